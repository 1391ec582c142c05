"""Putting right a reminder just set, as people text it: another day ("make it thursday",
"no wait friday"), a time with a dot or in words ("9.30", "half 9"), and the day of one that
comes weekly."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("asked", "changed", "moved"),
    [
        ("remind me to go to the gym next tuesday", "actually make it wednesday", "Wed 4 Mar"),
        ("remind me to call the dentist on friday at 10", "make it thursday", "Thu 5 Mar"),
        ("remind me to call the dentist tomorrow at 10", "no wait friday", "Fri 6 Mar"),
    ],
)
def test_another_day_moves_the_one_just_set(
    someone: TestBot, asked: str, changed: str, moved: str
) -> None:
    someone.onboard()
    someone.say(asked)
    replies = someone.say(changed)
    assert "Moved" in replies and f"once, on {moved}" in replies


@pytest.mark.parametrize("changed", ["can you make it 9.30", "half 9 actually", "make it 21:30"])
def test_a_time_with_a_dot_or_in_words_is_that_time(someone: TestBot, changed: str) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm")
    assert "take your meds once, on Mon 2 Mar at 9:30pm" in someone.say(changed)


@pytest.mark.parametrize(
    ("asked", "changed", "moved"),
    [
        (
            "remind me to do yoga every friday at 6pm",
            "make it thursday",
            "every Thursday at 6:00pm",
        ),
        ("remind me to pay rent every 2nd friday", "actually monday", "every other Monday"),
    ],
)
def test_a_weekly_one_moves_to_the_day_named(
    someone: TestBot, asked: str, changed: str, moved: str
) -> None:
    someone.onboard()
    someone.say(asked)
    assert moved in someone.say(changed)
    assert moved in someone.say("what reminders do i have")
