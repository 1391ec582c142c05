"""Delivery holds its per-conversation lease for as long as it keeps sending."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Flask

from bot.outbox import queue_replies
from bot.types import Reply
from store.models import Conversation
from tasks.channel import Outgoing, Sent
from tasks.delivery import Delivered, deliver_conversation
from tests.fakes import FakeClock

SLOW_SECONDS = 40  # each send takes this long on the fake clock: three outlast one lease


@dataclass
class SlowChannel:
    """A provider that takes SLOW_SECONDS per message; a second worker wakes mid-queue."""

    clock: FakeClock
    sent: list[str] = field(default_factory=list)
    on_send: list[object] = field(default_factory=list)

    def send(self, message: Outgoing) -> Sent:
        """Take time, record, and let the competing worker try its luck."""
        self.clock.advance(seconds=SLOW_SECONDS)
        self.sent.append(message.body)
        sid = f"SMslow{len(self.sent):030d}"
        for hook in self.on_send:
            hook()  # type: ignore[operator]
        return Sent(sid=sid, status="queued")


def test_a_long_delivery_keeps_its_lease_and_a_second_worker_stays_out(
    app: Flask, clock: FakeClock
) -> None:
    svc = app.extensions["mindlink"]
    with svc.db.session() as session:
        convo = Conversation(channel="sms", address_hash="d" * 64, address="+447400123456")
        convo.slots, convo.created_at = {}, clock()
        session.add(convo)
        session.flush()
        cid = convo.id
        queue_replies(session, convo, [Reply(f"part {i}") for i in range(4)], clock())

    channel = SlowChannel(clock)
    second: list[Delivered] = []

    def competing_worker() -> None:
        if len(channel.sent) == 2:  # 80 s in: past a lease that was never renewed
            second.append(
                deliver_conversation(svc.db, cid, channel, svc.settings, "worker-b", clock)
            )

    channel.on_send.append(competing_worker)
    first = deliver_conversation(svc.db, cid, channel, svc.settings, "worker-a", clock)
    assert second == [Delivered(busy=True)], "the second worker must find the lease taken"
    assert first == Delivered(sent=4)
    assert channel.sent == [f"part {i}" for i in range(4)], "each part once, in order"
