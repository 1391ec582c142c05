"""Round twenty-three: reminders in everyday texting. "take 3 tablets every day at 8am" is
every day (the 3 is how many), never every third day; "every mornin at 8" is every morning,
not 8pm once; "go 2 bed at 10.30 every nite" is every night, not every other day. Several
tasks in one message, each with its time ("take meds at 8am, drink water at 12 and go to bed
at 11pm", "at 9pm n to drink water at 3pm"), are each set, never one task at all three
times. "what have i got on sunday", "any reminders tomorrow?" list that day's, numbered as on
the full list. "drink water while im at work" is every 2 hours from 9am to 5pm on weekdays,
said so with how to give other hours, not asked when with "every day at 9pm" as an example.
"taken ✅ thx" to a medication reminder just sent is done, as "taken ✅" is. "9-5" is hours
(asked again for a time), never Sat 5 Sep; "on 9-5" in the UK is Sat 9 May. "take my meds at
9pm and 9am" says how to have them daily, and "every day" / "make them daily" next makes both
daily instead of asking which one to move. "at 8am and take them again at 8pm" sets both
times, not 8am alone. "whats on tomorrow", "anything on sunday?" list that day's too, once
some are set. "set a reminder for my meds 9pm" is about your meds, not "your meds 9pm"."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.reminders import comes_on
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


def with_four(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.say("remind me to take my tablets at 8am every day")
    someone.say("remind me about my dentist appt on sunday at 2pm")
    someone.say("remind me to call mum tomorrow at 6pm")
    someone.say("remind me to water the plants every other day at 7pm")
    return someone


def test_what_have_i_got_on_sunday_lists_that_day_only(someone: TestBot) -> None:
    replies = with_four(someone).say("what have i got on sunday")
    assert "Your reminders for Sun 8 Mar:" in replies
    assert "1. to take your tablets every day at 8:00am" in replies
    assert "2. to water the plants every other day at 7:00pm" in replies  # Mon, Wed, Fri, Sun
    assert "4. about your dentist appt once, on Sun 8 Mar at 2:00pm" in replies
    assert "call mum" not in replies
    assert "You have 1 more on other days" in replies


@pytest.mark.parametrize("said", ["any reminders tomorrow?", "what have i got tmrw"])
def test_any_reminders_tomorrow_lists_tomorrows(someone: TestBot, said: str) -> None:
    replies = with_four(someone).say(said)
    assert "Your reminders for tomorrow (Tue 3 Mar):" in replies
    assert "3. to call mum once, on Tue 3 Mar at 6:00pm" in replies
    assert "dentist" not in replies
    assert "water the plants" not in replies
    # the numbers are the full list's: "cancel 3" cancels the call to mum
    assert "cancelled: to call mum" in someone.say("cancel 3")


def test_nothing_on_the_day_asked_says_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum tomorrow at 6pm")
    replies = someone.say("do i have anything on friday")
    assert "Nothing's set for Fri 6 Mar. Your other reminders:\n1. to call mum once" in replies


def test_what_reminders_do_i_have_still_lists_them_all(someone: TestBot) -> None:
    replies = with_four(someone).say("what reminders do i have")
    assert "Your reminders:\n1. to take your tablets" in replies
    assert "4. about your dentist appt" in replies


@pytest.mark.parametrize(
    ("next_at", "rrule", "day", "comes"),
    [
        (datetime(2026, 3, 3, 18, tzinfo=UTC), None, date(2026, 3, 3), True),
        (datetime(2026, 3, 3, 18, tzinfo=UTC), None, date(2026, 3, 8), False),
        (datetime(2026, 3, 2, 19, tzinfo=UTC), "FREQ=DAILY;INTERVAL=2", date(2026, 3, 8), True),
        (datetime(2026, 3, 2, 19, tzinfo=UTC), "FREQ=DAILY;INTERVAL=2", date(2026, 3, 3), False),
        (
            datetime(2026, 3, 3, 8, tzinfo=UTC),
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
            date(2026, 3, 7),
            False,
        ),
        (datetime(2026, 3, 3, 8, tzinfo=UTC), "FREQ=DAILY", date(2026, 3, 2), False),
    ],
)
def test_comes_on(next_at: datetime, rrule: str | None, day: date, comes: bool) -> None:
    at = f"{next_at.hour:02d}:00"
    assert comes_on(next_at, rrule, at, "Europe/London", day) is comes


WORK_HINT = "If your work hours are different, send them like"


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        (
            "remind me to drink water while im at work",
            "to drink water every 2 hours from 9am to 5pm on weekdays.",
        ),
        (
            "remind me to drink water during work hours",
            "to drink water every 2 hours from 9am to 5pm on weekdays.",
        ),
        (
            "remind me to drink water every couple of hours at work",
            "to drink water every 2 hours from 9am to 5pm on weekdays.",
        ),
        ("remind me to stretch every hour at work", "to stretch every hour from 9am to 5pm"),
    ],
)
def test_at_work_is_every_few_hours_in_work_hours(someone: TestBot, said: str, set_as: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert set_as in replies
    assert WORK_HINT in replies
    assert "every day at 9pm" not in replies


def test_other_work_hours_sent_next_move_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water while im at work")
    replies = someone.say("every 2 hours from 8am to 4pm on weekdays")
    assert "I'll now remind you to drink water every 2 hours from 8am to 4pm on weekdays" in replies
    assert "1. to drink water every 2 hours from 8am to 4pm" in someone.say(
        "what reminders do i have"
    )


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("remind me to drink water at work at 11am", "once, on Tue 3 Mar at 11:00am"),
        ("remind me to drink water every 2 hours", "to drink water every 2 hours. None come"),
    ],
)
def test_a_time_said_or_no_work_keeps_its_old_reply(
    someone: TestBot, said: str, set_as: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert set_as in replies
    assert WORK_HINT not in replies


def reminded(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.say("remind me to take my meds in 1 min")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=2))
    return someone


@pytest.mark.parametrize("said", ["taken ✅ thx", "done thank you x", "took them thx"])
def test_done_with_thanks_is_done(someone: TestBot, said: str) -> None:
    assert "Nice one ✅" in reminded(someone).say(said)


@pytest.mark.parametrize(("said", "reply"), [("taken ✅", "Nice one ✅"), ("ok thanks", "welcome")])
def test_done_or_thanks_alone_keep_their_replies(someone: TestBot, said: str, reply: str) -> None:
    assert reply in reminded(someone).say(said)


def test_nine_to_five_is_no_date_in_september(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum")
    replies = someone.say("9-5")
    assert "Sep" not in replies
    assert "couldn't work out a time" in replies


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("remind me on 9-5 to call mum", "once, on Sat 9 May at 9:00am"),
        ("remind me to leave at 10 to 5", "once, on Mon 2 Mar at 4:50pm"),
        (
            "remind me to drink water every hour 9-5 on weekdays",
            "every hour from 9am to 5pm on weekdays",
        ),
    ],
)
def test_dates_and_times_with_a_dash_or_to_stay(someone: TestBot, said: str, set_as: str) -> None:
    someone.onboard()
    assert set_as in someone.say(said)


TWO_ONCE = "to take your meds once, on Mon 2 Mar at 9:00pm and once, on Tue 3 Mar at 9:00am."


@pytest.mark.parametrize("then", ["every day", "make them daily", "both every day"])
def test_two_times_then_every_day_makes_both_daily(someone: TestBot, then: str) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds at 9pm and 9am")
    assert TWO_ONCE in replies
    assert 'Say "every day" if you\'d like them daily.' in replies
    moved = someone.say(then)
    assert "I'll now remind you to take your meds every day at 9:00am and 9:00pm." in moved
    assert "Which one" not in moved
    listed = someone.say("what reminders do i have")
    assert (
        "1. to take your meds every day at 9:00am\n2. to take your meds every day at 9:00pm"
        in listed
    )


def test_two_times_then_weekdays_only(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm and 9am")
    assert "on weekdays at 9:00am and 9:00pm" in someone.say("weekdays only")


def test_one_time_then_every_day_and_different_tasks_keep_their_replies(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds at 9pm")
    assert 'Say "what reminders do I have" to see them all.' in replies
    assert "I'll now remind you to take your meds every day at 9:00pm." in someone.say("every day")
    someone.say("remind me to call mum at 5pm and go to the gym at 7pm")
    assert "Which one should I move?" in someone.say("every day")


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        (
            "remind me to take meds at 8am and take them again at 8pm",
            "to take meds once, on Mon 2 Mar at 8:00pm and once, on Tue 3 Mar at 8:00am",
        ),
        (
            "remind me to take my tablets at 8am every day and take them again at 8pm",
            "to take your tablets every day at 8:00am and 8:00pm",
        ),
        (
            "remind me to take meds at 8am and 8pm on weekdays",
            "to take meds on weekdays at 8:00am and 8:00pm",
        ),
    ],
)
def test_taken_again_later_is_a_second_time(someone: TestBot, said: str, set_as: str) -> None:
    someone.onboard()
    assert set_as in someone.say(said)


@pytest.mark.parametrize(
    ("said", "heading", "listed"),
    [
        ("whats on tomorrow", "Your reminders for tomorrow (Tue 3 Mar):", "2. to call mum"),
        ("wats on 2moro", "Your reminders for tomorrow (Tue 3 Mar):", "2. to call mum"),
        ("anything on sunday?", "Your reminders for Sun 8 Mar:", "3. to stretch"),
        ("what's on today?", "Your reminders for today (Mon 2 Mar):", "1. to drink water"),
    ],
)
def test_whats_on_a_day_lists_that_days(
    someone: TestBot, said: str, heading: str, listed: str
) -> None:
    someone.onboard()
    someone.say("remind me to drink water in 2 hours")
    someone.say("remind me to call mum tomorrow at 6pm")
    someone.say("remind me to stretch on sunday at 10am")
    replies = someone.say(said)
    assert heading in replies
    assert listed in replies
    assert replies.count(". to ") == 1


def test_whats_on_with_no_reminders_or_about_tv_is_no_list(someone: TestBot) -> None:
    someone.onboard()
    assert "Your reminders" not in someone.say("whats on tomorrow")
    someone.say("remind me to take my meds every day at 9am")
    assert "Your reminders" not in someone.say("whats on netflix tonight")


@pytest.mark.parametrize(
    ("said", "set_as"),
    [
        ("set a reminder for my meds 9pm", "about your meds once, on Mon 2 Mar at 9:00pm."),
        ("remind me to take my meds 9pm", "to take your meds once, on Mon 2 Mar at 9:00pm."),
        ("remind me to watch the 10pm news tomorrow", "to watch the 10pm news once"),
    ],
)
def test_a_time_with_no_at_is_not_part_of_the_task(
    someone: TestBot, said: str, set_as: str
) -> None:
    someone.onboard()
    assert set_as in someone.say(said)
