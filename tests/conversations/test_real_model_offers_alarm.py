"""The text offered instead of an alarm, answered with more than yes: another time ("yes but
make it 7:30", "no, 6:45", "can you make it 6:15 instead") or what it is for ("its for my
meds")."""

from __future__ import annotations

import pytest

from bot.alarm_answers import as_reminder, moved_to
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("asked", "answer", "at"),
    [
        ("set an alarm for 7am", "yes but make it 7:30", "at 7:30am"),
        ("set an alarm for 7am", "no make it 6:45", "at 6:45am"),
        ("wake me up at 6", "can you make it 6:15 instead", "at 6:15am"),
        ("set an alarm for 7pm", "make it 7:30", "at 7:30pm"),
    ],
)
def test_another_time_sets_the_text_then(
    someone: TestBot, asked: str, answer: str, at: str
) -> None:
    someone.onboard()
    assert "Want that?" in someone.say(asked)
    replies = someone.say(answer)
    assert "Done" in replies and at in replies


@pytest.mark.parametrize(
    ("answer", "what"),
    [("its for my meds", "about your meds"), ("to take my meds", "to take your meds")],
)
def test_what_it_is_for_sets_it_named(someone: TestBot, answer: str, what: str) -> None:
    someone.onboard()
    someone.say("set an alarm for 7am")
    replies = someone.say(answer)
    assert f"remind you {what} once" in replies and "7:00am" in replies


@pytest.mark.parametrize(
    ("asked", "reminder"),
    [
        ("set an alarm for 7am", "remind me at 7am"),
        ("set a timer for 20 minutes", "remind me in 20 minutes"),
        ("can you set an alarm for tomorrow at 6:30am", "remind me tomorrow at 6:30am"),
    ],
)
def test_an_alarm_request_in_reminder_words(asked: str, reminder: str) -> None:
    assert as_reminder(asked) == reminder


def test_a_date_is_not_taken_for_the_time() -> None:
    assert moved_to("set an alarm for the 5th at 7am", "07:00", "7:30") == (
        "remind me the 5th at 7:30am"
    )


def test_what_it_is_for_with_more_said_is_not_made_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("set an alarm for 7am")
    assert "Done. I'll remind you" not in someone.say("its for when im gone")
