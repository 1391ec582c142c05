"""Reminders as testers texted them: a new request while one waits for its time, cancels
that name nothing they have, "move it to tomorrow" for one that repeats, the same one twice."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.reminders import comes_before, repeats_on
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("pending", "new", "kept"),
    [
        ("remind me at 25:00 to sleep", "remind me tomorrow at 10 to call the vet", "call the vet"),
        (
            "remind me twice a day to drink water",
            "remind me mon-fri at 7:45am to take my meds",
            "take your meds",
        ),
        ("remind me", "remind me tomorrow at 10 to call the vet", "call the vet"),
    ],
)
def test_a_new_complete_request_replaces_the_one_waiting_for_a_time(
    someone: TestBot, pending: str, new: str, kept: str
) -> None:
    someone.onboard()
    assert "should I remind you" in someone.say(pending)
    assert f"remind you to {kept}" in someone.say(new)
    listed = someone.say("what reminders do i have")
    assert f"1. to {kept}" in listed and "2." not in listed
    assert "winding down" not in listed and "water" not in listed


def test_a_bare_time_still_answers_the_question(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water")
    assert "remind you to drink water" in someone.say("at 9pm")


def test_a_new_request_without_a_time_is_the_one_asked_about(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water")
    assert "When should I remind you to call the vet?" in someone.say("remind me to call the vet")
    assert "remind you to call the vet once" in someone.say("tomorrow at 10")


def test_a_request_that_only_says_when_keeps_the_task_asked_about(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water")
    assert "remind you to drink water" in someone.say("remind me please at 9pm")


@pytest.mark.parametrize(
    ("asked", "said"),
    [
        ("cancel the dentist reminder", 'matches "dentist"'),
        ("stop reminding me about the gym", 'matches "gym"'),
        ("cancel the 8am one", 'matches "8am"'),
        ("cancel 5", "You don't have a reminder number 5"),
    ],
)
def test_cancelling_one_they_do_not_have_cancels_nothing(
    someone: TestBot, asked: str, said: str
) -> None:
    someone.onboard()
    someone.say("remind me to take meds every day at 9pm")
    replies = someone.say(asked)
    assert said in replies and "haven't cancelled anything" in replies
    assert "1. to take meds every day at 9:00pm" in replies
    assert "1. to take meds" in someone.say("what reminders do i have")


def test_a_number_out_of_range_with_two_says_so_and_lists_them(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take meds every day at 9pm")
    someone.say("remind me to drink water every day at 3pm")
    replies = someone.say("cancel 5")
    assert "You don't have a reminder number 5" in replies and "2. to take meds" in replies
    assert "cancelled: to take meds" in someone.say("2")  # the list's number picks it


def test_cancel_reminder_with_its_number_in_words(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take meds every day at 9pm")
    someone.say("remind me to drink water every day at 3pm")
    assert "cancelled: to take meds" in someone.say("cancel reminder 2")


@pytest.mark.parametrize("asked", ["cancel it", "cancel my reminder", "cancel the reminder"])
def test_cancelling_the_only_one_without_naming_it_still_cancels_it(
    someone: TestBot, asked: str
) -> None:
    someone.onboard()
    someone.say("remind me to take meds every day at 9pm")
    assert "cancelled: to take meds every day at 9:00pm" in someone.say(asked)
    assert "don't have any reminders" in someone.say("what reminders do i have")


def test_moving_a_daily_one_to_tomorrow_says_it_comes_anyway_and_changes_nothing(
    someone: TestBot,
) -> None:
    someone.onboard()  # Monday midday in London
    someone.say("remind me to journal every day at 9pm")
    replies = someone.say("move it to tomorrow")
    assert "Moved" not in replies
    assert "already comes tomorrow" in replies and "haven't changed anything" in replies
    assert "pause my reminders until tomorrow" in replies  # tonight's comes first
    assert "journal every day at 8:00pm" in someone.say("8pm")  # the time asked for next
    sent = [r for _ in range(9) for r in someone.tick(hours=1)]  # to 9pm: at 8pm
    assert any("journal" in r for r in sent)


def test_moving_a_weekly_one_to_another_day_changes_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum every sunday at 6pm")
    replies = someone.say("move it to saturday")
    assert "Moved" not in replies and "can't move just one day" in replies
    assert "1. to call mum every Sunday at 6:00pm" in someone.say("what reminders do i have")


@pytest.mark.parametrize(
    "asked",
    [
        "remind me to take my meds every day at 9pm",
        "remind me tomorrow at 10 to call the vet",
        "remind me to take my meds every day at 8am and 8pm",
    ],
)
def test_the_same_reminder_twice_is_set_once(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say(asked)
    replies = someone.say(asked)
    assert "You already have" in replies and "Done." not in replies
    listed = someone.say("what reminders do i have")
    assert "3." not in listed and ("2." not in listed or "8am and 8pm" in asked)


def test_the_same_task_at_another_time_is_a_second_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me tomorrow at 10 to call the vet")
    assert "Done." in someone.say("remind me tomorrow at 11 to call the vet")


def test_the_same_reminder_answered_to_when_is_set_once(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9pm")
    someone.say("remind me to take my meds")
    assert "You already have that one" in someone.say("every day at 9pm")
    assert "2." not in someone.say("what reminders do i have")


MONDAY_NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("rule", "at", "zone", "day", "comes"),
    [
        ("FREQ=DAILY", "21:00", "Europe/London", date(2026, 3, 3), True),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "07:00", "Europe/London", date(2026, 3, 7), False),
        ("FREQ=WEEKLY;BYDAY=SU", "18:00", "America/New_York", date(2026, 3, 8), True),
        ("FREQ=WEEKLY;BYDAY=SU", "18:00", "Asia/Tokyo", date(2026, 3, 7), False),
        ("FREQ=DAILY;INTERVAL=2", "09:00", "Europe/London", date(2026, 3, 3), None),
    ],
)
def test_whether_a_repeating_reminder_comes_on_a_day(
    rule: str, at: str, zone: str, day: date, comes: bool | None
) -> None:
    assert repeats_on(rule, at, zone, day) is comes


@pytest.mark.parametrize(
    ("at", "zone", "sooner"),
    [
        ("21:00", "Europe/London", True),  # tonight's, before tomorrow
        ("09:00", "Europe/London", False),  # this morning's has gone: next is tomorrow
        ("21:00", "Asia/Tokyo", False),  # already 9pm in Tokyo
        ("21:00", "America/Los_Angeles", True),
    ],
)
def test_whether_a_daily_one_comes_before_tomorrow(at: str, zone: str, sooner: bool) -> None:
    tomorrow = date(2026, 3, 3)
    assert comes_before("FREQ=DAILY", at, zone, tomorrow, MONDAY_NOON) is sooner


def test_cancel_with_only_the_task_named(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to go to the dentist tomorrow at 10am")
    replies = someone.say("cancel dentist")
    assert "cancelled" in replies and "dentist" in replies
    assert "not something I can help with" not in replies
