"""Reminders, fifth round: a reminder named by a bare hour ("the one at 8:30") is found
in either half of the day."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.actions.reminders import at_time, label_of
from nlu import parse_when
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MONDAY_6PM = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


_EVENING = {"id": 1, "kind": "custom", "label": "to take your pills", "local_time": "20:30"}
_MORNING = {"id": 2, "kind": "custom", "label": "to take meds", "local_time": "08:00"}


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("move the one at 8:30 to 9", [_EVENING]),
        ("cancel the 8:30 one", [_EVENING]),
        ("the one at 8", [_MORNING]),
        ("the 8:30am one", []),  # am said: not the evening one
    ],
)
def test_a_bare_hour_names_either_half_of_the_day(said: str, found: list[dict]) -> None:
    assert at_time([_EVENING, _MORNING], said) == found


def test_moving_the_one_at_a_bare_time_moves_it_to_the_new_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my pills at 8:30pm")
    reply = someone.say("move the one at 8:30 to 9")
    assert "9:00pm" in reply and "8:30" not in reply


def test_cancelling_the_one_at_a_bare_time_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take meds at 8am every day")
    someone.say("remind me to go to bed at 10:30pm every night")
    reply = someone.say("cancel the one at 10:30")
    assert "cancelled" in reply and "10:30pm" in reply
    assert "winding down" not in someone.say("what reminders do i have")


# "oh and also remind me ...": a lead-in, then one new request, not a change to the last.


@pytest.mark.parametrize(
    "said",
    [
        "oh and also remind me to pay rent on friday",
        "ok and remind me to pay rent on friday",
        "oh yeah also remind me to pay rent on friday",
    ],
)
def test_a_lead_in_before_a_new_request_sets_a_new_one(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to call the dentist tomorrow at 10")
    reply = someone.say(said)
    assert "pay rent" in reply and "Moved" not in reply
    listed = someone.say("list reminders")
    assert "call the dentist once, on Tue 3 Mar at 10:00am" in listed and "pay rent" in listed


# A time said before "every", or a bare hour after the days: a time of day, not a period.


@pytest.mark.parametrize(
    ("said", "rrule", "local_time"),
    [
        ("8 every morning", "FREQ=DAILY;BYHOUR=8;BYMINUTE=0", "08:00:00"),
        ("9 every night", "FREQ=DAILY;BYHOUR=21;BYMINUTE=0", "21:00:00"),
        ("8 every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0", "08:00:00"),
        ("every day 8", "FREQ=DAILY;BYHOUR=8;BYMINUTE=0", "08:00:00"),
        ("every morning 7:30", "FREQ=DAILY;BYHOUR=7;BYMINUTE=30", "07:30:00"),
        ("every 2 days", "FREQ=DAILY;INTERVAL=2;BYHOUR=9;BYMINUTE=0", "09:00:00"),
    ],
)
def test_a_time_next_to_every_is_a_time_of_day(said: str, rrule: str, local_time: str) -> None:
    when = parse_when(said, "Europe/London", MONDAY_6PM)
    assert when is not None
    assert when.to_json()["rrule"] == rrule and when.to_json()["local_time"] == local_time


def test_eight_every_morning_answers_when(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds")
    reply = someone.say("8 every morning")
    assert "every day at 8:00am" in reply and "8 days" not in reply


# "again, same time tomorrow": the time of the one before, not 9am.


@pytest.mark.parametrize(
    "said",
    ["remind me again same time tomorrow", "remind me again tomorrow at the same time"],
)
def test_again_at_the_same_time_keeps_the_time(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    someone.say("remind me at 9 tonight to take my tablets")
    assert someone.tick(hours=3, minutes=1) == ["Reminder: take your tablets"]
    reply = someone.say(said)
    assert (
        "take your tablets once, on Tue 3 Mar at 9:00pm" in reply
        or "take your tablets again tomorrow at 9:00pm" in reply
    )


def test_same_time_is_not_kept_in_the_words() -> None:
    assert label_of("can u remind me again same time tomorrow") == "again same time"


def test_again_in_some_minutes_is_still_a_snooze(someone: TestBot) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    someone.say("remind me at 9 tonight to take my tablets")
    someone.tick(hours=3, minutes=1)
    assert "9:16pm" in someone.say("remind me again in 15 mins")


def test_a_reminder_asked_for_beside_a_time_zone_is_set_there(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to take my meds at 8 but im in new york")
    assert "US Eastern time (New York)" in reply
    assert "I'll remind you to take your meds" in reply and " at 8:00" in reply
    assert "take your meds" in someone.say("what reminders do i have")


@pytest.mark.parametrize("said", ["delete all of them", "get rid of both", "cancel them all"])
def test_all_of_them_after_the_list_cancels_the_reminders_not_the_data(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("remind me to drink water at 3pm")
    someone.say("remind me to stretch at 5pm")
    someone.say("what are my reminders")
    reply = someone.say(said)
    assert "cancelled both reminders" in reply and "permanently erase" not in reply


@pytest.mark.parametrize(
    ("said", "first", "second"),
    [
        (
            "set a reminder for my meds every day at 8am and one for bed at 10pm",
            "set a reminder for my meds every day at 8am",
            "remind me for bed at 10pm",
        ),
        (
            "remind me at 9 to take meds and another one to stretch at 6pm",
            "remind me at 9 to take meds",
            "remind me to stretch at 6pm",
        ),
    ],
)
def test_and_one_for_another_thing_is_a_second_reminder(said: str, first: str, second: str) -> None:
    from bot.actions.reminders import second_reminder, split_requests

    head, rest = split_requests(said)
    assert (head.strip(), second_reminder(rest)) == (first, second)


def test_two_reminders_in_one_message_are_both_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("set a reminder for my meds every day at 8am and one for bed at 10pm")
    listed = someone.say("what reminders do i have")
    assert "meds every day at 8:00am" in listed and "bed" in listed and "10:00pm" in listed


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("i keep forgetting my meds can you remind me", "about your meds"),
        ("i always forget to drink water, remind me?", "drink water"),
        ("i keep forgetting to take my tablets can u remind me", "take your tablets"),
        ("can you remind me", ""),
    ],
)
def test_what_they_keep_forgetting_is_what_to_remind_about(said: str, label: str) -> None:
    assert label_of(said) == label


def test_forgetting_the_meds_is_asked_only_when(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("i keep forgetting my meds can you remind me")
    assert "When should I remind you about your meds?" in asked
    assert "about your meds" in someone.say("8pm")


def test_a_bare_hour_after_an_evening_reminder_stays_in_the_evening(someone: TestBot) -> None:
    someone.onboard()
    set_for = someone.say("remind me 2 drink water tonite")
    assert "9:00pm" in set_for
    assert "10:00pm" in someone.say("10")


@pytest.mark.parametrize(
    ("first", "then", "second"),
    [
        ("remind me to take my pills at 8am", "and at night too, 9pm", "9:00pm"),
        ("remind me to take my pills every day at 8am", "and 9pm as well", "every day at 9:00pm"),
        ("remind me to stretch at 7pm", "also in the morning", "8:00am"),
        ("remind me to stretch at 7pm", "and at 9", "9:00pm"),
    ],
)
def test_the_same_once_more_at_another_time_is_a_second_reminder(
    someone: TestBot, first: str, then: str, second: str
) -> None:
    someone.onboard()
    someone.say(first)
    assert second in someone.say(then)
    listed = someone.say("what reminders do i have")
    assert "1." in listed and "2." in listed


def test_the_same_task_for_someone_else_is_a_second_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum at 5pm")
    assert "to call dad" in someone.say("and dad at 6")
    listed = someone.say("what reminders do i have")
    assert "call mum" in listed and "call dad" in listed and "6:00pm" in listed


@pytest.mark.parametrize(
    ("said", "when"),
    [("later, at 9pm", "at 9:00pm"), ("not now, tomorrow morning", "at 8:00am")],
)
def test_a_reminder_put_off_to_a_time_said_comes_then(
    someone: TestBot, said: str, when: str
) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 1 minute")
    assert any("take your meds" in r for r in someone.tick(minutes=2))
    reply = someone.say(said)
    assert "take your meds" in reply and when in reply


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remind me to ring gp when i finish work", "ring gp"),
        ("remind me to call mum after work", "call mum"),
        ("remind me to take my meds when i wake up", "take your meds"),
    ],
)
def test_when_something_happens_is_not_part_of_what_to_remind(said: str, label: str) -> None:
    assert label_of(said) == label


def test_a_time_zone_in_a_first_message_is_the_zone_of_what_they_asked(
    someone: TestBot,
) -> None:
    first = someone.say("remind me to take my meds at 8 but im in new york")
    assert "keep our conversation" in first
    after = someone.say("yes")
    assert "US Eastern time (New York)" in after and "take your meds" in after
