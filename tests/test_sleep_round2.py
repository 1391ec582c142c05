"""The sleep coach, second round: times written one way, broken nights counted as broken,
requests made halfway through the diary, and a pattern told instead of one night."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import DOMAIN
from bot.actions.sleep import ActionSubmitSleep
from bot.text import render


def tracker(text: str, intent: str = "sleep_help", **slots: Any) -> Tracker:
    """A literal tracker in the sleep diary whose latest message is ``text``."""
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    return Tracker("t", slots, message, [], False, None, {"name": "sleep_form"}, None)


def run(action: Action, text: str, **slots: Any) -> tuple[list[str], dict[str, Any]]:
    """Run an action on a literal tracker: its texts and the slots it set."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker(text, **slots), DOMAIN))
    texts = [m["text"] for m in dispatcher.messages if m.get("text")]
    return texts, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


NIGHT = {"bed_time": "23:15", "wake_time": "07:00", "now": "2026-03-02T09:00:00+00:00"}


@pytest.mark.parametrize(("bed", "said"), [("23:15", "10:45pm"), ("00:30", "12:00am")])
def test_the_wind_down_offer_writes_the_time_as_its_confirmation_does(bed: str, said: str) -> None:
    night = {**NIGHT, "bed_time": bed, "latency": 20, "quality": 3}
    texts, slots = run(ActionSubmitSleep(), "3", **night)
    offer = texts[-1]
    assert f"wind-down reminder at {said} each night" in offer
    hour, minute = map(int, str(slots["offer_time"]).split(":"))
    confirmed = render(
        "reminder_when",
        hour=hour,
        minute=minute,
        once=False,
        freq="DAILY",
        interval=1,
        days=[],
        month_day=None,
    )
    assert confirmed == f"every day at {said}"


def test_the_diary_read_back_and_the_night_check_use_the_same_clock() -> None:
    check = render("sleep_wake_check", bed_time="23:00", wake_time="13:30", in_bed=870)
    assert "bed at 11:00pm and up at 1:30pm" in check
    odd = render("sleep_wake_odd", bed_time="07:00", wake_time="07:30", in_bed=30)
    assert "Bed at 7:00am and up at 7:30am" in odd
