"""Round nineteen: reminders and check-ins in people's own words. A check-in asked for later
without the word "remind", a reminder every 30 minutes said as such, a sarcastic 10/10, and a
bare 😭 for the mood asked about rather than guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def at_six_pm(someone: TestBot) -> TestBot:
    """Someone onboarded, with the clock at 6pm in London on a Monday."""
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    return someone.onboard()


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("can we do a check in tomorrow at 8", "once, on Tue 3 Mar at 8:00am"),
        ("check in tmrw at 8?", "once, on Tue 3 Mar at 8:00am"),
        ("check in at 8 tomorrow pls", "once, on Tue 3 Mar at 8:00am"),
        ("can you check on me tonight at 10", "once, on Mon 2 Mar at 10:00pm"),
        ("ask me how im doing every evening at 9", "every day at 9:00pm"),
        ("ask me how i am every morning at 8", "every day at 8:00am"),
    ],
)
def test_a_check_in_asked_for_later_is_a_check_in_reminder(
    someone: TestBot, said: str, when: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert f"I'll remind you to check in {when}" in replies
    assert "Tell me what it's for" not in replies and "If you'd like a reminder" not in replies


def test_a_check_in_reminder_asked_for_without_remind_comes_as_a_check_in(
    someone: TestBot,
) -> None:
    at_six_pm(someone).say("can we do a check in tonight at 7")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=61))


def test_checking_in_for_a_flight_is_not_a_check_in_reminder(someone: TestBot) -> None:
    replies = at_six_pm(someone).say("check in tomorrow at 8 for my flight")
    assert "remind you to check in" not in replies


@pytest.mark.parametrize(
    ("said", "every"),
    [
        ("remind me to drink water every 30 mins", "every 30 minutes"),
        ("remind me every 45 mins to take a break", "every 45 minutes"),
        ("remind me to drink water every 120 mins", "every 2 hours"),
    ],
)
def test_a_reminder_every_so_many_minutes_says_how_often(
    someone: TestBot, said: str, every: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert every in replies and "regularly" not in replies
    assert every in someone.say("what reminders do i have")


def test_a_reminder_every_30_minutes_comes_every_30_minutes(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to drink water every 30 mins")
    assert len(someone.tick(minutes=31)) == 1
    assert len(someone.tick(minutes=30)) == 1
