"""Round twenty-three: reminders in everyday texting. "take 3 tablets every day at 8am" is
every day (the 3 is how many), never every third day; "every mornin at 8" is every morning,
not 8pm once; "go 2 bed at 10.30 every nite" is every night, not every other day."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("remind me to take 3 tablets every day at 8am", "to take 3 tablets every day at 8:00am"),
        ("remind me to take 2 tablets every night at 9", "to take 2 tablets every day at 9:00pm"),
        (
            "remind me to drink 2 glasses of water every day at 10am",
            "to drink 2 glasses of water every day at 10:00am",
        ),
        ("remind me to take my antidepressant every mornin at 8", "every day at 8:00am"),
        ("can u remind me to go 2 bed at 10.30 every nite", "every day at 10:30pm"),
    ],
)
def test_counts_and_texting_keep_every_day(someone: TestBot, said: str, set_as: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert set_as in replies
    assert "every other day" not in replies
    assert "every 3 days" not in replies


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("remind me to take my vitamins every other day at 9am", "every other day at 9:00am"),
        ("remind me to water the plants every 3 days at 8am", "every 3 days at 8:00am"),
        ("remind me on the 15th at 10am to call the gp", "on Sun 15 Mar at 10:00am"),
    ],
)
def test_every_few_days_said_stays(someone: TestBot, said: str, set_as: str) -> None:
    someone.onboard()
    assert set_as in someone.say(said)
