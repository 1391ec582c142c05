"""Who may get a proactive message now: opt-out, hand-over and quiet hours, in one place.

Reminders, nudges and scheduled jobs all ask ``gate`` before they produce anything;
quiet hours hold what we start (nudges, check-ins), never a reminder the person set for
that time ("remind me at 6am to take my meds" comes at 6am);
the outbound path (``bot.outbox.decide``) still applies opt-out and WhatsApp's
24-hour rule again at send time, because state can change between the two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.jobs import URGENT_KINDS
from bot.schedule import in_quiet_hours, quiet_hours_end
from store.models import Conversation

# Messages at a time the person chose, which quiet hours do not hold.
SET_BY_THEM = frozenset({"reminder", "bedtime"})


@dataclass(frozen=True)
class Gate:
    """The verdict for one proactive message: send now, wait until ``until``, or drop it."""

    action: str  # "send" | "defer" | "drop"
    reason: str = ""
    until: datetime | None = None


def quiet_window(convo: Conversation, settings: dict[str, Any]) -> tuple[str, str]:
    """The person's quiet hours, falling back to config.yml ``quiet_hours``."""
    defaults = settings.get("quiet_hours") or {}
    start = convo.quiet_start or str(defaults.get("start", "23:00"))
    end = convo.quiet_end or str(defaults.get("end", "07:00"))
    return start, end


def gate(convo: Conversation, kind: str, now: datetime, settings: dict[str, Any]) -> Gate:
    """Apply opt-out, hand-over and quiet hours to a proactive message of ``kind``."""
    if convo.opted_out:
        return Gate("drop", "opted_out")
    urgent = kind in URGENT_KINDS
    if convo.handed_over and not urgent:
        return Gate("drop", "handed_over")
    start, end = quiet_window(convo, settings)
    # A reminder is a time the person chose: holding their 6am meds until 7 defeats it.
    night_ok = urgent or kind in SET_BY_THEM
    if not night_ok and in_quiet_hours(now, convo.timezone, start, end):
        return Gate("defer", "quiet_hours", quiet_hours_end(now, convo.timezone, start, end))
    return Gate("send")
