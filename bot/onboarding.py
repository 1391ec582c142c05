"""First contact: welcome, what this is and is not, consent to keep messages, time zone.

(first message) ──▶ welcome + consent question ──▶ consent: yes / no
    ──▶ time zone guessed from the number: "is that right?" ──▶ yes / a city / anything
    ──▶ onboarded (anything else is answered as a normal message)
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.locale import helpline_for, zone_from_text
from bot.safety import answer_of
from bot.text import render
from bot.types import Reply
from store.models import Conversation


def step(
    convo: Conversation, text: str, intent: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """Replies for this onboarding step, or None when the message should go to the flows."""
    state = convo.slots.get("onboarding")
    helpline = helpline_for(convo.country, settings["helplines"])
    if state is None:
        _set(convo, "consent", asked=1)
        return [Reply(render("welcome", helpline=helpline))]
    if state == "consent":
        answer = answer_of(text, intent)
        if answer is None and convo.slots.get("asked", 0) < 2:
            _set(convo, "consent", asked=2)
            return [Reply(render("consent_reask"))]
        convo.consent = answer == "yes"
        _set(convo, "timezone")
        return [
            Reply(render("consent_given" if convo.consent else "consent_declined")),
            Reply(
                render(
                    "timezone_check",
                    zone=convo.timezone,
                    local=now.astimezone(ZoneInfo(convo.timezone)),
                )
            ),
        ]
    if state == "timezone":
        zone = zone_from_text(text)
        answer = answer_of(text, intent)
        if zone:
            convo.timezone, convo.timezone_confirmed = zone, True
        elif answer == "yes":
            convo.timezone_confirmed = True
        elif answer == "no":
            return [Reply(render("timezone_ask_city"))]
        finish(convo)
        if zone or answer == "yes":
            convo.slots = {**convo.slots, "menu_shown": True}  # the reply is the numbered menu
            return [Reply(render("onboarded", zone=convo.timezone, changed=bool(zone)))]
        return None
    finish(convo)
    return None


def finish(convo: Conversation) -> None:
    """Mark first contact done (the person can still change consent or zone later)."""
    convo.onboarded = True
    convo.slots = {k: v for k, v in convo.slots.items() if k not in ("onboarding", "asked")}


def _set(convo: Conversation, state: str, **extra: Any) -> None:
    """Record the onboarding state in the conversation's slots."""
    convo.slots = {**convo.slots, "onboarding": state, **extra}
