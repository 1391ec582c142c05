"""Delivering a chunk of conversations at once (``deliver_many``), on SQLite and PostgreSQL.

The chunk is claimed in one transaction and recorded in one more, its messages go out
several at a time; these tests hold it to the guarantees of the one-conversation loop:
order within a conversation, the send lease, ``sending`` committed before the call,
back-off, recorded failures and the skip decisions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from bot.outbox import queue_replies
from bot.types import Reply
from store import Database, lease
from store.models import Conversation, OutboundMessage
from tasks.channel import Outgoing, PermanentSendError, Sent, TransientSendError
from tasks.delivery import Delivered, deliver_many
from tests.fakes import FakeClock
from tests.scheduling.conftest import add_person, outbound


@dataclass
class ThreadedChannel:
    """Takes several sends at once; fails the bodies it is told to, once each, by name."""

    concurrency: int = 4
    fail_once: dict[str, Exception] = field(default_factory=dict)
    sent: list[Outgoing] = field(default_factory=list)
    during_send: list[object] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def send(self, message: Outgoing) -> Sent:
        """Record the message (or raise the failure queued for its body)."""
        for hook in self.during_send:
            hook(message)  # type: ignore[operator]
        with self._lock:
            failure = self.fail_once.pop(message.body, None)
            if failure is not None:
                raise failure
            self.sent.append(message)
            return Sent(sid=f"SMbatch{len(self.sent):030d}", status="queued")

    def bodies(self, to: str) -> list[str]:
        """What one recipient got, in the order it went out."""
        return [m.body for m in self.sent if m.to == to]


def people(app: Flask, clock: FakeClock, *texts: list[str], **fields: object) -> list[int]:
    """One conversation per list of texts, each text stored as a pending reminder row."""
    db = app.extensions["mindlink"].db
    ids = []
    with db.session() as session:
        for own in texts:
            convo = add_person(session, last_inbound_at=clock(), **fields)
            queue_replies(session, convo, [Reply(t, kind="reminder") for t in own], clock())
            ids.append(convo.id)
    return ids


def address(app: Flask, cid: int) -> str:
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        return convo.address


def run(app: Flask, ids: list[int], channel: object, clock: FakeClock, owner: str = "w1"):
    svc = app.extensions["mindlink"]
    return deliver_many(svc.db, ids, channel, svc.settings, owner, clock)  # type: ignore[arg-type]


def test_a_chunk_goes_out_once_each_and_in_order_within_a_conversation(
    any_app: Flask, clock: FakeClock
) -> None:
    texts = [[f"p{i} only"] for i in range(10)] + [["a1", "a2", "a3"], ["b1", "b2"]]
    ids = people(any_app, clock, *texts)
    channel = ThreadedChannel()
    results = run(any_app, ids, channel, clock)
    assert results == {cid: Delivered(sent=len(t)) for cid, t in zip(ids, texts, strict=True)}
    for cid, own in zip(ids, texts, strict=True):
        assert channel.bodies(address(any_app, cid)) == own
    rows = outbound(any_app)
    assert {r.status for r in rows} == {"queued"}
    assert all(r.attempts == 1 and r.twilio_sid and r.sent_at for r in rows)
    with any_app.extensions["mindlink"].db.session() as session:
        convos = session.scalars(select(Conversation).where(Conversation.id.in_(ids))).all()
        assert all(c.send_lease_owner is None and c.last_outbound_at == clock() for c in convos)
    assert run(any_app, ids, channel, clock) == {cid: Delivered() for cid in ids}
    assert len(channel.sent) == sum(len(t) for t in texts), "nothing goes twice"


def test_each_row_is_committed_as_sending_before_its_send(any_app: Flask, clock: FakeClock) -> None:
    ids = people(any_app, clock, ["one"], ["two"], ["three"])
    db: Database = any_app.extensions["mindlink"].db
    seen: list[tuple[str, int]] = []

    def look(message: Outgoing) -> None:  # another connection, as a second worker would
        with db.session() as session:
            rows = session.scalars(select(OutboundMessage)).all()
            (row,) = [r for r in rows if r.body == message.body]  # bodies are encrypted
            seen.append((row.status, row.attempts))

    channel = ThreadedChannel(during_send=[look])
    run(any_app, ids, channel, clock)
    assert seen == [("sending", 1)] * 3


def test_a_conversation_leased_by_another_worker_is_left_alone(
    any_app: Flask, clock: FakeClock
) -> None:
    free, taken = people(any_app, clock, ["free"], ["taken"])
    db: Database = any_app.extensions["mindlink"].db
    with db.session() as session:
        assert lease.acquire(session, taken, "other-worker", clock(), 60, purpose="send")
    channel = ThreadedChannel()
    results = run(any_app, [free, taken], channel, clock)
    assert results == {free: Delivered(sent=1), taken: Delivered(busy=True)}
    assert [m.body for m in channel.sent] == ["free"]
    row = outbound(any_app, taken)[0]
    assert (row.status, row.attempts) == ("pending", 0)
    with db.session() as session:
        convo = session.get(Conversation, taken)
        assert convo is not None and convo.send_lease_owner == "other-worker", "theirs, still"
    clock.advance(seconds=61)  # their lease ran out: ours now
    assert run(any_app, [taken], channel, clock) == {taken: Delivered(sent=1)}


def test_a_transient_failure_backs_off_and_keeps_the_order(
    any_app: Flask, clock: FakeClock
) -> None:
    ok, flaky = people(any_app, clock, ["fine"], ["first", "second"])
    channel = ThreadedChannel(fail_once={"first": TransientSendError("fake 503")})
    results = run(any_app, [ok, flaky], channel, clock)
    assert results[ok] == Delivered(sent=1)
    assert results[flaky].sent == 0 and results[flaky].retry_in is not None
    first, second = outbound(any_app, flaky)
    assert (first.status, first.attempts, first.error_reason) == ("pending", 1, "fake 503")
    assert (second.status, second.attempts) == ("pending", 0), "nothing overtakes the first"
    assert channel.bodies(address(any_app, flaky)) == []
    assert run(any_app, [flaky], channel, clock) == {flaky: Delivered(sent=2)}
    assert channel.bodies(address(any_app, flaky)) == ["first", "second"]
    assert [r.attempts for r in outbound(any_app, flaky)] == [2, 1]


def test_retries_run_out_and_permanent_failures_are_recorded(
    any_app: Flask, clock: FakeClock
) -> None:
    settings = any_app.extensions["mindlink"].settings
    settings["twilio"]["send_retries"] = 1
    bad, tired = people(any_app, clock, ["bad number", "after it"], ["tired"])
    channel = ThreadedChannel(
        fail_once={
            "bad number": PermanentSendError("21211", "fake invalid number"),
            "tired": TransientSendError("fake 429"),
        }
    )
    results = run(any_app, [bad, tired], channel, clock)
    assert results == {bad: Delivered(sent=1), tired: Delivered()}
    failed, after = outbound(any_app, bad)
    assert (failed.status, failed.error_code) == ("failed", "21211")
    assert after.status == "queued", "the rest of the conversation still goes"
    (row,) = outbound(any_app, tired)
    assert (row.status, row.error_code, row.error_reason) == (
        "failed",
        "retries_exhausted",
        "fake 429",
    )


def test_an_unexpected_error_leaves_that_row_for_another_try_and_records_the_rest(
    any_app: Flask, clock: FakeClock
) -> None:
    good, broken = people(any_app, clock, ["good"], ["broken"])
    channel = ThreadedChannel(fail_once={"broken": RuntimeError("bug")})
    results = run(any_app, [good, broken], channel, clock)
    assert results == {good: Delivered(sent=1), broken: Delivered(error=True)}
    assert outbound(any_app, good)[0].status == "queued"
    assert outbound(any_app, broken)[0].status == "sending"
    assert run(any_app, [broken], channel, clock) == {broken: Delivered(sent=1)}


def test_skip_decisions_still_apply(any_app: Flask, clock: FakeClock) -> None:
    (opted,) = people(any_app, clock, ["for someone who left", "also not"], opted_out=True)
    (quiet_wa,) = people(any_app, clock, ["outside the window"], channel="whatsapp")
    (open_wa,) = people(any_app, clock, ["inside the window"], channel="whatsapp")
    with any_app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, quiet_wa)
        assert convo is not None
        convo.last_inbound_at = clock() - timedelta(hours=25)
    settings = any_app.extensions["mindlink"].settings
    settings["whatsapp_templates"] = {"reminder": {"content_sid": "", "variables": []}}
    channel = ThreadedChannel()
    results = run(any_app, [opted, quiet_wa, open_wa], channel, clock)
    assert results == {opted: Delivered(), quiet_wa: Delivered(), open_wa: Delivered(sent=1)}
    assert [m.to for m in channel.sent] == [f"whatsapp:{address(any_app, open_wa)}"]
    assert [(r.status, r.error_reason) for r in outbound(any_app, opted)] == [
        ("skipped", "opted_out")
    ] * 2
    (row,) = outbound(any_app, quiet_wa)
    assert (row.status, row.error_reason) == (
        "skipped",
        "outside_whatsapp_24h_window_no_template",
    )


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_template_goes_outside_the_window_whatever_the_concurrency(
    app: Flask, clock: FakeClock, concurrency: int
) -> None:
    ids = people(app, clock, ["remember"], ["and you"], channel="whatsapp")
    with app.extensions["mindlink"].db.session() as session:
        for convo in session.scalars(select(Conversation).where(Conversation.id.in_(ids))):
            convo.last_inbound_at = clock() - timedelta(days=3)
    settings = app.extensions["mindlink"].settings
    settings["whatsapp_templates"] = {
        "reminder": {"content_sid": "HX" + "1" * 32, "variables": ["reminder"]}
    }
    channel = ThreadedChannel(concurrency=concurrency)
    assert run(app, ids, channel, clock) == {cid: Delivered(sent=1) for cid in ids}
    assert {m.content_sid for m in channel.sent} == {"HX" + "1" * 32}
    assert sorted(m.content_variables or "" for m in channel.sent) == [
        '{"1": "and you"}',
        '{"1": "remember"}',
    ]
