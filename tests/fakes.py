"""Hand-written fakes: a channel that records sends and a clock tests can move."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from tasks.channel import Outgoing, PermanentSendError, Sent, TransientSendError


@dataclass
class RecordingChannel:
    """Records every send; can be told to fail the next N sends."""

    sent: list[Outgoing] = field(default_factory=list)
    fail_transient: int = 0
    fail_permanent: int = 0
    _ids: itertools.count[int] = field(default_factory=itertools.count)

    def send(self, message: Outgoing) -> Sent:
        """Record the message or raise the failure queued for it."""
        if self.fail_transient:
            self.fail_transient -= 1
            raise TransientSendError("fake 503")
        if self.fail_permanent:
            self.fail_permanent -= 1
            raise PermanentSendError("21211", "fake invalid number")
        self.sent.append(message)
        return Sent(sid=f"SMfake{next(self._ids):032d}", status="queued")

    def bodies(self, to: str | None = None) -> list[str]:
        """Bodies sent (to one address, if given), oldest first."""
        return [m.body for m in self.sent if to is None or m.to == to]


@dataclass
class FakeClock:
    """A clock that only moves when told."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 12, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        """The current fake time."""
        return self.now

    def advance(self, **kwargs: float) -> datetime:
        """Move forward by a timedelta's keyword arguments."""
        self.now += timedelta(**kwargs)
        return self.now
