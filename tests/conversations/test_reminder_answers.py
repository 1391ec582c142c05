"""Reminders as testers texted them, with the real model: two requests in one message, a bare
hour at six in the evening, a new time zone, "tomorrow" after midnight, a pause, "change it"
with two reminders and a time already gone. The clock starts on Monday 2 March at noon."""

from __future__ import annotations

import re

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.fixture
def at_six(someone: TestBot) -> TestBot:
    """A UK person, onboarded, at 18:00 on Monday."""
    someone.onboard()
    someone.tick(hours=6)
    return someone


def test_a_second_request_is_offered_not_put_in_the_reminder(at_six: TestBot) -> None:
    said = at_six.say("remind me at 9 to take meds and also can we do breathing")
    assert "remind you to take meds once, on Mon 2 Mar at 9:00pm" in said
    assert "and also" not in said and "breathing too" in said
    assert "breathe" in at_six.say("yes").lower()


@pytest.mark.parametrize(
    ("message", "first", "second"),
    [
        (
            "remind me tomorrow at 7 to take my pills and remind me at 10 to go to bed",
            "to take your pills once, on Tue 3 Mar at 7:00am",
            "on Mon 2 Mar at 10:00pm",
        ),
        (
            "remind me to take my meds at 9 and to call the gp at 10 tomorrow",
            "to take your meds once, on Mon 2 Mar at 9:00pm",
            "to call the gp once, on Tue 3 Mar at 10:00am",
        ),
    ],
)
def test_two_reminders_in_one_message_are_both_set(
    at_six: TestBot, message: str, first: str, second: str
) -> None:
    at_six.say(message)
    listed = at_six.say("what reminders do i have")
    assert first in listed and second in listed
    assert "remind you" not in listed  # no second request inside the first's words


@pytest.mark.parametrize(
    ("message", "when"),
    [
        ("remind me at 9 to take meds", "on Mon 2 Mar at 9:00pm"),
        ("remind me to kill the lights at 11", "on Mon 2 Mar at 11:00pm"),
    ],
)
def test_a_bare_hour_is_the_next_time_it_comes_round(
    at_six: TestBot, message: str, when: str
) -> None:
    assert when in at_six.say(message)


def test_a_one_off_arrives_at_the_time_listed_after_a_zone_change(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum tomorrow at 2pm")
    someone.say("i'm in new york now")
    assert "once, on Tue 3 Mar at 2:00pm" in someone.say("what reminders do i have")
    assert someone.tick(hours=26, minutes=5) == []  # 14:05 in London is 9:05am in New York
    assert someone.tick(hours=5) == ["Reminder: call mum"]  # 2pm in New York


def test_tomorrow_at_half_past_midnight_is_this_morning(someone: TestBot) -> None:
    someone.onboard()
    someone.tick(hours=12, minutes=30)
    said = someone.say("remind me to call the gp tomorrow at 9")
    assert "on Tue 3 Mar at 9:00am" in said and "Wednesday" in said


def test_the_list_says_a_pause(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to stretch every day at 8pm")
    paused = re.search(r"Nothing until (\w+ \d+ \w+)", someone.say("pause my reminders for 3 days"))
    assert paused is not None
    listed = someone.say("what reminders do i have")
    assert f"every day at 8:00pm (paused until {paused.group(1)})" in listed
    someone.tick(days=4)
    assert "paused" not in someone.say("what reminders do i have")


def test_change_it_with_two_reminders_asks_which(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to meditate at 9pm")
    someone.say("remind me to journal at 10pm")
    asked = someone.say("change it to 8pm")
    assert "Which one should I move?" in asked and "Moved" not in asked
    assert "remind you to meditate once, on Mon 2 Mar at 8:00pm" in someone.say("1")
    assert "to journal once, on Mon 2 Mar at 10:00pm" in someone.say("what reminders do i have")


def test_a_reminder_in_the_past_is_answered_plainly(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("remind me to call mum yesterday")
    assert "can't remind you in the past" in said
    assert "yesterday" not in said and "remind you to call mum?" in said


@pytest.mark.parametrize(
    ("correction", "when"),
    [
        ("sorry i meant 8pm not 9pm", "on Mon 2 Mar at 8:00pm"),
        ("oops i meant 9am", "on Tue 3 Mar at 9:00am"),
        ("no not 9, 10", "on Mon 2 Mar at 10:00pm"),
        ("wait i meant tomorrow morning", "on Tue 3 Mar at 8:00am"),
    ],
)
def test_a_correction_moves_the_reminder_just_set(
    at_six: TestBot, correction: str, when: str
) -> None:
    at_six.say("remind me at 9 to take meds")
    assert f"Moved. I'll now remind you to take meds once, {when}" in at_six.say(correction)


def test_snooze_after_two_reminders_snoozes_both(at_six: TestBot) -> None:
    at_six.say("remind me to take my meds at 8pm")
    at_six.say("remind me to call mum at 8pm")
    assert len(at_six.tick(hours=2, minutes=1)) == 2
    said = at_six.say("snooze")
    assert "take your meds" in said and "call mum" in said


def test_didnt_do_it_after_a_medicine_reminder_reminds_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 10 minutes")
    assert someone.tick(minutes=11) == ["Reminder: take your meds"]
    said = someone.say("didnt do it")
    assert "I'll remind you to take your meds" in said and "sorry" not in said.lower()


def test_two_reminders_with_pm_times_joined_by_and_to_are_both_set(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to drink water at 2pm and to stretch at 4pm")
    assert "drink water" in replies and "stretch" in replies and "4:00pm" in replies
