"""Medicine "twice a day": the times told with it or after "when?" come every day at each
(they were set once each, on one day), and "3 times a day" is asked about, not set once at
9am."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize("times", ["8am and 8pm", "8 and 8"])
def test_twice_a_day_then_the_times_is_every_day_at_each(someone: TestBot, times: str) -> None:
    someone.onboard()
    asked = someone.say("remind me to take my sertraline twice a day")
    assert "What times of day" in asked
    done = someone.say(times)
    assert "every day at 8:00am and 8:00pm" in done
    assert "once" not in someone.say("what reminders do i have")


def test_twice_a_day_with_the_times_is_every_day_at_each(someone: TestBot) -> None:
    someone.onboard()
    done = someone.say("remind me to take my sertraline twice a day at 8 and 8")
    assert "every day at 8:00am and 8:00pm" in done


def test_three_times_a_day_asks_the_times(someone: TestBot) -> None:
    someone.onboard()
    assert "What times of day" in someone.say("remind me to take my meds 3 times a day")
    done = someone.say("8, 2 and 8")
    assert "every day at 8:00am, 2:00pm and 8:00pm" in done


def test_morning_and_evening_after_twice_a_day(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water twice a day")
    assert "every day at 8:00am and 9:00pm" in someone.say("morning and evening")
