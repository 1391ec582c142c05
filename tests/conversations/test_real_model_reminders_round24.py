"""Reminders in people's own words, round 24: two schedules for one task with the time first,
"n" for "and" between times, a time changed with "8 to 4", and a bare "no" to a reminder."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from nlu import parse_when
from nlu.text import mend
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_every_day_and_on_friday_sets_both(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds at 8am every day and 6pm on friday")
    assert "take your meds every day at 8:00am" in replies
    assert "take your meds every Friday at 6:00pm" in replies


def test_every_day_at_two_times_is_still_one_daily_pair(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds every day at 8am and 8pm")
    assert "every day at 8:00am and 8:00pm" in replies
    assert "Friday" not in replies


def test_9_n_9_is_9am_and_9pm(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me at 9 n 9 to take my tablets")
    assert "9:00pm" in replies
    assert "9:00am" in replies


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("at 9 n 9", "at 9 and 9"),
        ("9am n 9pm", "9am and 9pm"),
        ("mondays n thursdays", "mondays and thursdays"),
        ("me n my mum", "me n my mum"),
        ("7 n a half", "7 n a half"),
    ],
)
def test_n_between_times_or_days_reads_as_and(said: str, read: str) -> None:
    assert mend(said) == read


@pytest.mark.parametrize("said", ["actually 8 to 4", "from 8 to 4 please", "change 8 to 4"])
def test_8_to_4_moves_the_8am_one_to_4pm(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    replies = someone.say(said)
    assert "take your meds every day at 4:00pm" in replies
    assert "feeling" not in replies


def test_8_to_4_later_on_still_moves_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    someone.tick(minutes=20)
    replies = someone.say("actually 8 to 4")
    assert "every day at 4:00pm" in replies


def test_9_to_10_for_one_at_9pm_is_10pm(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    assert "every day at 10:00pm" in someone.say("actually 9 to 10")


def test_8_to_4_with_no_reminder_at_8_moves_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 10am every day")
    replies = someone.say("actually 8 to 4")
    assert "Moved" not in replies


def test_6_for_one_at_8am_stays_in_the_morning(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    assert "every day at 6:00am" in someone.say("actually 6")


def reminded(someone: TestBot) -> TestBot:
    """Someone whose one-off reminder to take their meds has just come."""
    someone.onboard()
    someone.say("remind me in 2 mins to take my meds")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=3))
    return someone


@pytest.mark.parametrize("said", ["no", "nope", "no i havent"])
def test_a_bare_no_to_a_reminder_is_met_kindly(someone: TestBot, said: str) -> None:
    replies = reminded(someone).say(said)
    assert "That's OK. Want me to remind you again a bit later" in replies
    assert "whenever you need me" not in replies


def test_in_an_hour_after_the_no_puts_it_off(someone: TestBot) -> None:
    someone = reminded(someone)
    someone.say("no")
    assert "take your meds again at" in someone.say("in an hour")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=61))


def test_yes_after_the_no_puts_it_off_an_hour(someone: TestBot) -> None:
    someone = reminded(someone)
    someone.say("no")
    assert "take your meds again at" in someone.say("yes please")


def test_not_today_after_the_no_leaves_it_till_tomorrow(someone: TestBot) -> None:
    someone = reminded(someone)
    someone.say("nope")
    assert "again tomorrow" in someone.say("not today")


def test_ok_after_something_else_is_not_a_yes_to_putting_it_off(someone: TestBot) -> None:
    someone = reminded(someone)
    someone.say("no")
    someone.say("what reminders have i got")
    assert "again at" not in someone.say("ok")


def test_a_bare_no_with_no_reminder_keeps_its_old_answer(someone: TestBot) -> None:
    someone.onboard()
    assert "remind you again" not in someone.say("no")


def test_a_time_gone_today_is_said_to_be_tomorrow(someone: TestBot) -> None:
    someone.onboard()  # (the clock starts at noon)
    replies = someone.say("remind me today at 10am to take my meds")
    assert "That time has already gone today, so it's set for tomorrow" in replies


def test_a_time_still_to_come_today_says_nothing_of_tomorrow(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me at 5pm today to call the bank")
    assert "already gone" not in replies
    assert "5:00pm" in replies


def test_pause_the_water_ones_till_tomorrow_pauses_not_cancels(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every hour")
    someone.say("remind me to take my meds at 8am every day")
    replies = someone.say("pause the water ones till tomorrow")
    assert "Paused until Tue 3 Mar" in replies
    assert "cancelled" not in replies
    listed = someone.say("what reminders have i got")
    assert "drink water every hour (paused until Tue 3 Mar)" in listed
    assert "take your meds every day at 8:00am" in listed


@pytest.mark.parametrize("said", ["enough water reminders for today", "no more reminders today"])
def test_enough_for_today_pauses_till_tomorrow(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to drink water every hour")
    replies = someone.say(said)
    assert "Nothing until Tue 3 Mar, then it starts again" in replies
    assert "cancelled" not in replies and "move it to" not in replies


def test_two_paused_are_they(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every hour")
    someone.say("remind me to stretch every day at 3pm")
    assert "then they start again" in someone.say("pause my reminders till friday")


def test_no_more_reminders_still_cancels(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every hour")
    assert "I've cancelled: to drink water every hour" in someone.say("no more reminders")


@pytest.mark.parametrize("said", ["no more today", "not today", "enough for today"])
def test_no_more_today_to_an_hourly_reminder_holds_it_till_tomorrow(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("remind me to drink water every hour")
    assert "Reminder: drink water" in "\n".join(someone.tick(minutes=61))
    replies = someone.say(said)
    assert "until Tue 3 Mar" in replies
    assert "feeling" not in replies
    assert "Reminder: drink water" not in "\n".join(someone.tick(minutes=61))


def test_not_today_to_a_daily_reminder_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 12:30pm")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=31))
    replies = someone.say("not today")
    assert "I'll remind you again" in replies
    assert "Paused" not in replies


def test_i_want_to_change_the_time_asks_for_the_new_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    assert "What time should I move it to?" in someone.say("i want to change the time")
    assert "every day at 9:00am" in someone.say("9am")


def test_i_want_to_change_the_time_with_no_reminders_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    assert "What time should I move it to?" not in someone.say("i want to change the time")


def test_8_in_the_morning_and_8_at_night_is_daily_at_both(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds every day at 8 in the morning and 8 at night")
    assert "take your meds every day at 8:00am and 8:00pm" in replies
    assert "regularly" not in replies


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("every day at 8 in the morning", time(8)),
        ("every day at 7 in the evening", time(19)),
        ("tomorrow at 2 at night", time(2)),
        ("tomorrow at 8", time(8)),
    ],
)
def test_an_hour_with_its_part_of_the_day(said: str, at: time) -> None:
    found = parse_when(said, "Europe/London", datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    assert found is not None and found.local_time == at


@pytest.mark.parametrize(
    "said",
    [
        "remind me every 2 hrs to drink water between 9 and 5",
        "remind me every 2 hrs to drink water from 9 to 5",
    ],
)
def test_the_hours_it_comes_in_are_not_the_task(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "to drink water every 2 hours from 9am to 5pm" in replies
    assert "between 9 and 5" not in replies and "from 9 to 5 every" not in replies


def test_a_range_in_the_task_itself_is_kept(someone: TestBot) -> None:
    someone.onboard()
    assert "read chapters 9 to 12" in someone.say("remind me to read chapters 9 to 12 tomorrow")


@pytest.mark.parametrize("said", ["did i take my meds today", "have i had my tablets today?"])
def test_did_i_take_them_with_a_medicine_reminder_gets_an_honest_answer(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    replies = someone.say(said)
    assert "I can't tell you for sure" in replies and "please don't double up" in replies
    assert "not something I can help with" not in replies


def test_did_i_take_them_after_a_one_off_came(someone: TestBot) -> None:
    reminded(someone).say("took them")
    assert "I can't tell you for sure" in someone.say("did i take my meds today?")


def test_did_i_take_them_with_no_medicine_reminder_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water at 8am every day")
    assert "I can't tell you for sure" not in someone.say("did i take my meds today")
