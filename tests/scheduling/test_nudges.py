"""Personal inactivity nudges: what they say, when they go, and when they stop."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from bot.nudges import NudgeFacts, note_reply, set_wanted, situation, streak_days, variant_for
from store.models import BreathingSession, CheckIn, Conversation, InboundMessage, Nudge
from tests.fakes import FakeClock, RecordingChannel
from tests.scheduling.conftest import add_person, outbound, tick

_sids = itertools.count(1)
# Monday 2 March 2026, London (UTC in winter): they last wrote at 19:30.
LAST = datetime(2026, 3, 2, 19, 30, tzinfo=UTC)


def wrote(session: object, convo: Conversation, at: datetime, body: str = "hi") -> None:
    """Record an inbound message from the person at ``at``."""
    session.add(  # type: ignore[attr-defined]
        InboundMessage(
            conversation_id=convo.id,
            message_sid=f"SMnudge{next(_sids):026d}",
            body=body,
            status="handled",
            received_at=at,
        )
    )
    if convo.last_inbound_at is None or at > convo.last_inbound_at:
        convo.last_inbound_at = at


def evening_writer(app: Flask, **fields: object) -> int:
    """Someone who usually writes around 19:00 London time; returns the conversation id."""
    with app.extensions["mindlink"].db.session() as session:
        convo = add_person(session, **fields)  # type: ignore[arg-type]
        for days_ago in (6, 5, 4, 3, 0):
            wrote(session, convo, LAST - timedelta(days=days_ago, minutes=days_ago * 3))
        wrote(session, convo, LAST - timedelta(days=2, hours=11))  # one morning message
        return convo.id


def convo_row(app: Flask, cid: int) -> Conversation:
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Conversation, cid)
        assert row is not None
        return row


def nudges(app: Flask, cid: int) -> list[Nudge]:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(Nudge).where(Nudge.conversation_id == cid)))


def run_until(app: Flask, clock: FakeClock, until: datetime, step: timedelta) -> None:
    """Tick the beat every ``step`` until ``until``."""
    while clock.now < until:
        clock.now = min(until, clock.now + step)
        tick(app)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (NudgeFacts(last_mood=3, streak=5, exercise="box"), "low_mood"),
        (NudgeFacts(last_mood=6, streak=4), "streak"),
        (NudgeFacts(last_mood=6, streak=1, exercise="478"), "exercise"),
        (NudgeFacts(last_mood=8), "good_mood"),
        (NudgeFacts(), "general"),
    ],
)
def test_the_most_personal_situation_wins(facts: NudgeFacts, expected: str) -> None:
    assert situation(facts) == expected


def test_variants_alternate_so_a_second_nudge_differs() -> None:
    facts = NudgeFacts(last_mood=8)
    assert {variant_for(facts, 7, n) for n in range(2)} == {"good_mood_a", "good_mood_b"}


@pytest.mark.parametrize(
    ("days", "streak"),
    [
        ([], 0),
        ([date(2026, 3, 2)], 1),
        ([date(2026, 3, 2), date(2026, 3, 1), date(2026, 2, 28), date(2026, 2, 28)], 3),
        ([date(2026, 3, 2), date(2026, 2, 28), date(2026, 2, 27)], 1),
    ],
)
def test_streak_days(days: list[date], streak: int) -> None:
    assert streak_days(days) == streak


def test_nudge_uses_their_last_mood_and_goes_at_their_usual_hour(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    with app.extensions["mindlink"].db.session() as session:
        session.add(CheckIn(conversation_id=cid, mood=3, created_at=LAST - timedelta(days=1)))
    tick(app)
    # 72 h after 19:30 Monday is Thursday 19:30; they usually write at 19:00.
    assert convo_row(app, cid).next_nudge_at == datetime(2026, 3, 5, 19, 0, tzinfo=UTC)
    run_until(app, clock, datetime(2026, 3, 5, 18, 59, tzinfo=UTC), timedelta(hours=6))
    assert channel.sent == []
    clock.now = datetime(2026, 3, 5, 19, 0, tzinfo=UTC)
    tick(app)
    tick(app)
    [message] = channel.sent
    assert "3/10" in message.body
    [nudge] = nudges(app, cid)
    assert nudge.variant.startswith("low_mood_") and nudge.sent_at == clock.now
    [row] = outbound(app, cid)
    assert row.kind == "nudge" and row.variant == nudge.variant


def test_preferred_exercise_shapes_the_nudge(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    with app.extensions["mindlink"].db.session() as session:
        for pattern in ("478", "478", "box"):
            session.add(
                BreathingSession(
                    conversation_id=cid, pattern=pattern, status="done", mood_before=4, mood_after=6
                )
            )
    run_until(app, clock, datetime(2026, 3, 6, 19, 0, tzinfo=UTC), timedelta(hours=12))
    [message] = channel.sent
    assert "4-7-8 breathing" in message.body


def test_an_exercise_is_not_said_to_have_helped_without_a_better_mood_after(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    with app.extensions["mindlink"].db.session() as session:
        session.add(BreathingSession(conversation_id=cid, pattern="box", status="done"))
        session.add(
            BreathingSession(
                conversation_id=cid, pattern="box", status="done", mood_before=5, mood_after=5
            )
        )
    run_until(app, clock, datetime(2026, 3, 6, 19, 0, tzinfo=UTC), timedelta(hours=12))
    [message] = channel.sent
    assert "seemed to help" not in message.body and "Box" not in message.body


def test_after_a_crisis_the_nudge_only_asks_after_them(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app, last_crisis_at=LAST - timedelta(hours=1))
    with app.extensions["mindlink"].db.session() as session:
        session.add(CheckIn(conversation_id=cid, mood=8, created_at=LAST - timedelta(days=1)))
    run_until(app, clock, datetime(2026, 3, 6, 19, 0, tzinfo=UTC), timedelta(hours=12))
    [message] = channel.sent
    assert "is there any time" in message.body and "8/10" not in message.body
    [nudge] = nudges(app, cid)
    assert nudge.variant.startswith("after_crisis_")


def test_no_nudge_for_weeks_after_abuse_was_told(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    evening_writer(app, last_crisis_at=LAST - timedelta(hours=1), slots={"crisis_kind": "abuse"})
    run_until(app, clock, datetime(2026, 3, 12, 19, 0, tzinfo=UTC), timedelta(hours=12))
    assert channel.sent == []


def test_ignored_nudges_back_off_then_stop_with_a_reason(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    run_until(app, clock, LAST + timedelta(days=40), timedelta(hours=3))
    sent = [n.sent_at for n in nudges(app, cid)]
    assert len(sent) == 3 and len(channel.sent) == 3
    gaps = [later - earlier for earlier, later in itertools.pairwise(sent)]
    assert gaps[0] >= timedelta(hours=117) and gaps[1] >= timedelta(hours=237)
    assert gaps[0] < timedelta(hours=120 + 3) and gaps[1] < timedelta(hours=240 + 3)
    assert all(n.replied is False for n in nudges(app, cid))
    row = convo_row(app, cid)
    assert row.nudges_stopped_reason == "unanswered_nudges"
    assert row.next_nudge_at is None and row.unanswered_nudges == 3
    assert len({n.variant for n in nudges(app, cid)}) >= 2


def test_a_reply_is_credited_and_nudges_start_afresh(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    run_until(app, clock, datetime(2026, 3, 5, 19, 0, tzinfo=UTC), timedelta(hours=12))
    assert len(channel.sent) == 1
    clock.advance(hours=3)
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        wrote(session, convo, clock.now, "feeling ok")
        note_reply(session, convo, clock.now)
    [nudge] = nudges(app, cid)
    assert nudge.replied is True
    row = convo_row(app, cid)
    assert row.unanswered_nudges == 0 and row.next_nudge_at is None
    tick(app)  # planned again from their latest message
    planned = convo_row(app, cid).next_nudge_at
    assert planned == datetime(2026, 3, 8, 19, 0, tzinfo=UTC)  # 72 h on, at their hour


def test_a_reply_without_note_reply_still_postpones_the_nudge(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    tick(app)
    clock.now = LAST + timedelta(days=2)
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        wrote(session, convo, clock.now)
    run_until(app, clock, datetime(2026, 3, 6, 19, 30, tzinfo=UTC), timedelta(hours=6))
    assert channel.sent == []  # the old plan was re-planned from the new message
    assert convo_row(app, cid).next_nudge_at == datetime(2026, 3, 7, 19, 0, tzinfo=UTC)


@pytest.mark.parametrize("flag", ["opted_out", "handed_over"])
def test_no_nudges_for_opted_out_or_handed_over(
    app: Flask, clock: FakeClock, channel: RecordingChannel, flag: str
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    tick(app)  # planned while they were still reachable
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        setattr(convo, flag, True)
    run_until(app, clock, LAST + timedelta(days=20), timedelta(hours=6))
    assert channel.sent == [] and nudges(app, cid) == []
    assert outbound(app, cid) == []


def test_asked_for_no_nudges_none_go_even_after_they_write_again(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    clock.now = LAST
    cid = evening_writer(app)
    tick(app)
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        set_wanted(convo, False)
        wrote(session, convo, clock.now + timedelta(hours=1))
        note_reply(session, convo, clock.now + timedelta(hours=1))
    run_until(app, clock, LAST + timedelta(days=20), timedelta(hours=6))
    assert channel.sent == [] and convo_row(app, cid).nudges_stopped_reason == "asked"
    with app.extensions["mindlink"].db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        set_wanted(convo, True)
    run_until(app, clock, LAST + timedelta(days=30), timedelta(hours=6))
    assert len(channel.sent) >= 1
