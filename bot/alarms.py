"""An alarm or a timer asked for: a text cannot ring, so a reminder at that time is offered.

"set an alarm for 7am" ──▶ "I can't ring an alarm, but I can text you at 7:00am. Want that?"
    ──▶ yes: the request is read again as a reminder (bot/dialogue.py, offer "alarm")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot import reminders
from bot.routing import ALARM_ASK
from store.models import Reminder

if TYPE_CHECKING:
    from nlu import Parse, When


def offer_for(text: str, parse: Parse, tz: str, quiet: tuple[str, str]) -> dict[str, Any] | None:
    """Context for ``alarm_offer.txt`` when ``text`` asks for an alarm or a timer, else None.

    ``parse`` carries the time they asked for, if any (a "when" entity, and
    "duration_minutes" for "in 10 minutes"). ``quiet`` (their quiet hours) holds nothing
    back: a reminder comes at the time they chose, so a 6am alarm is a 6am text.
    """
    asked = ALARM_ASK.search(text)
    if asked is None:
        return None
    kind = (asked.group("kind") or asked.group("bare") or "alarm").lower()
    found = {e.type: e.value for e in parse.entities}
    when: When | None = found.get("when")  # type: ignore[assignment]
    context: dict[str, Any] = {"timer": kind in ("timer", "countdown"), "timed": when is not None}
    if when is None:
        return context
    local = when.first.astimezone(ZoneInfo(tz))
    minutes = found.get("duration_minutes")
    context.update(
        minutes=int(minutes) if isinstance(minutes, int) and not when.rrule else None,
        hour=local.hour,
        minute=local.minute,
        description=_recurring(when, tz) if when.rrule else None,
    )
    return context


def _recurring(when: When, tz: str) -> str:
    """ "weekdays at 7:00am", in the words a set reminder is described with."""
    unsaved = Reminder(
        rrule=when.rrule,
        local_time=when.local_time.strftime("%H:%M") if when.local_time else None,
        next_fire_at=when.first,
        anchor_at=when.first,
    )
    return reminders.describe(unsaved, tz)
