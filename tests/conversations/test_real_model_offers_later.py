"""An offer put off: "not now but tomorrow", "in 10 mins" or "yes but in 20 mins" sets a
reminder to do it then; "later" asks when, and the time told next sets it; the wind-down
reminder "a bit later" asks what time."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _low_check_in(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "3", "anxious"):
        someone.say(said)
    assert "breathing exercise help" in someone.say("skip")


@pytest.mark.parametrize(
    ("said", "when"), [("not now but tomorrow", "Tue 3 Mar"), ("in 10 mins", "once, on Mon")]
)
def test_a_time_to_the_breathing_offer_sets_a_reminder(
    someone: TestBot, said: str, when: str
) -> None:
    _low_check_in(someone)
    replies = someone.say(said)
    assert "breathing break" in replies and when in replies


def test_the_reminder_then_starts_it_with_ok(someone: TestBot) -> None:
    _low_check_in(someone)
    someone.say("in 10 mins")
    assert any("breather" in m for m in someone.tick(minutes=11))
    assert "Let's breathe together" in someone.say("ok")


def test_later_to_the_sleep_diary_asks_when_and_sets_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    asked = someone.say("later")
    assert "tell me when" in asked and "Take care" not in asked
    assert "fill in your sleep diary once, on Tue 3 Mar at 9:00am" in someone.say("at 9am tomorrow")


def test_yes_but_in_20_mins_does_not_start_it_now(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep my mind wont switch off")
    replies = someone.say("yes but in 20 mins")
    assert "breathing break" in replies and "Let's breathe together" not in replies


def test_a_bit_later_to_the_wind_down_offer_asks_the_time(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "11pm", "7am", "took about 40 mins", "3"):
        someone.say(said)
    assert "What time would suit you" in someone.say("can it be a bit later")
    assert "every day at 11:00pm" in someone.say("11")


@pytest.mark.parametrize(
    "said", ["maybe tomorrow if im still here", "in 10 mins if i last that long"]
)
def test_putting_it_off_with_more_said_is_never_made_a_reminder(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("i cant sleep my mind wont switch off")
    assert "Done. I'll remind you" not in someone.say(said)
