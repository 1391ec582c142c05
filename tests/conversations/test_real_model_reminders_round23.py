"""Round twenty-three: reminders in everyday texting. "take 3 tablets every day at 8am" is
every day (the 3 is how many), never every third day; "every mornin at 8" is every morning,
not 8pm once; "go 2 bed at 10.30 every nite" is every night, not every other day. Several
tasks in one message, each with its time ("take meds at 8am, drink water at 12 and go to bed
at 11pm", "at 9pm n to drink water at 3pm"), are each set, never one task at all three
times."""

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


def test_three_tasks_each_with_a_time_are_three_reminders(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take meds at 8am, drink water at 12 and go to bed at 11pm")
    assert "to take meds once, on Tue 3 Mar at 8:00am." in replies
    assert "to drink water once, on Tue 3 Mar at 12:00pm." in replies
    assert "to go to bed once, on Mon 2 Mar at 11:00pm." in replies
    listed = someone.say("what reminders do i have")
    assert "3. " in listed
    assert "take meds once, on Mon 2 Mar at 11:00pm" not in listed


@pytest.mark.parametrize(
    ("said", "second"),
    [
        ("remind me 2 take my meds at 9pm n to drink water at 3pm", "to drink water once"),
        (
            "remind me to go to bed at 10 and wake up at 7",
            "to wake up once, on Tue 3 Mar at 7:00am",
        ),
        ("remind me to take my meds at 9pm & call mum tomorrow", "to call mum once, on Tue 3 Mar"),
    ],
)
def test_a_second_task_after_a_time_is_set_too(someone: TestBot, said: str, second: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "on Mon 2 Mar at" in replies
    assert second in replies


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("remind me to call mum at 5 and dad at 6", "to call dad once"),
        ("remind me to take my meds at 9am and 9pm every day", "every day at 9:00am and 9:00pm"),
        ("remind me at 9 to take my meds and call the gp", "to take your meds and call the gp"),
    ],
)
def test_one_task_at_two_times_or_two_things_at_one_time_stay(
    someone: TestBot, said: str, set_as: str
) -> None:
    someone.onboard()
    assert set_as in someone.say(said)
