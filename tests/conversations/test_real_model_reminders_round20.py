"""Round twenty: reminders and check-ins in people's own words. Someone abroad naming the
country they are in, rather than a city."""

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
    ("said", "zone"),
    [
        ("im in india now", "India time (Kolkata)"),
        ("im in thailand", "Bangkok time"),
        ("im in portugal this week", "Lisbon time"),
        ("im in norway for work", "Oslo time"),
        ("i moved to vietnam", "Ho Chi Minh time"),
    ],
)
def test_a_country_with_one_clock_sets_the_time_zone(
    someone: TestBot, said: str, zone: str
) -> None:
    assert f"I've set your time zone to {zone}" in at_six_pm(someone).say(said)
    assert zone in someone.say("what time is it for me")


@pytest.mark.parametrize(
    ("said", "country", "city", "zone"),
    [
        ("i'm in australia now", "Australia", "sydney", "Sydney time"),
        ("i live in canada", "Canada", "vancouver", "Pacific time (Vancouver)"),
        ("just landed in the us", "the US", "chicago", "US Central time (Chicago)"),
    ],
)
def test_a_country_with_several_clocks_asks_which_city(
    someone: TestBot, said: str, country: str, city: str, zone: str
) -> None:
    asked = at_six_pm(someone).say(said)
    assert f"more than one time zone in {country}, so which city are you in?" in asked
    assert "not sure I understood" not in asked
    assert f"I've set your time zone to {zone}" in someone.say(city)
    # a reminder then comes at their own 8pm
    assert "at 8:00pm" in someone.say("remind me to take my meds at 8pm")


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("remind me to take meds at 830pm", "on Mon 2 Mar at 8:30pm"),
        ("remind me at 8 30pm to take my meds", "on Mon 2 Mar at 8:30pm"),
        ("remind me at 830 to take my meds", "on Mon 2 Mar at 8:30pm"),
        ("remind me to take my meds every day at 1030am", "every day at 10:30am"),
    ],
)
def test_hours_and_minutes_run_together_are_a_time(someone: TestBot, said: str, told: str) -> None:
    replies = at_six_pm(someone).say(said)
    assert told in replies and "When should I remind you" not in replies


def test_a_reminder_moved_to_hours_and_minutes_run_together(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    assert "every day at 9:30pm" in someone.say("change it to 930")


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("can u remind me abt my meds at 8", "remind you about your meds once"),
        ("remind me bout the dentist at 3 tomorrow", "remind you about the dentist once"),
        ("remmind me too take my tabs at 9", "remind you to take your tabs once"),
        ("remined me to take my meds at 9", "remind you to take your meds once"),
    ],
)
def test_a_reminder_typed_in_a_hurry_keeps_what_it_is_for(
    someone: TestBot, said: str, told: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert told in replies
    assert "to abt" not in replies and "to bout" not in replies and "remined" not in replies


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("remind me in quarter of an hour to check the washing", "at 6:15pm"),
        ("remind me in forty five mins to move my car", "at 6:45pm"),
        ("remind me in 2 and a half hours to pick up the kids", "at 8:30pm"),
        ("remind me in 1 hour 15 to leave", "at 7:15pm"),
        ("remind me in an hour and a quarter to leave", "at 7:15pm"),
    ],
)
def test_a_span_from_now_said_in_parts_comes_then(someone: TestBot, said: str, at: str) -> None:
    replies = at_six_pm(someone).say(said)
    assert f"once, on Mon 2 Mar {at}" in replies
    assert "If another time suits you better" not in replies and "in quarter" not in replies


def test_every_few_hours_with_the_hours_straight_after(someone: TestBot) -> None:
    replies = at_six_pm(someone).say("remind me every 2 hours 9 to 5 to drink water")
    assert "every 2 hours from 9am to 5pm" in replies and "every 5 hours" not in replies


@pytest.mark.parametrize(
    ("said", "first", "second"),
    [
        (
            "remind me at 9 on weekdays and 10 on weekends to take my meds",
            "on weekdays at 9:00am",
            "on weekends at 10:00am",
        ),
        (
            "remind me to take my meds 9pm on weekends and 7pm on weekdays",
            "on weekends at 9:00pm",
            "on weekdays at 7:00pm",
        ),
    ],
)
def test_a_time_first_on_two_sets_of_days_is_two_reminders(
    someone: TestBot, said: str, first: str, second: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert first in replies and second in replies and "every 10 weeks" not in replies
    listed = someone.say("what reminders do i have")
    assert first in listed and second in listed


def test_a_repeating_reminder_changed_to_two_times_on_two_sets_of_days(
    someone: TestBot,
) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    replies = someone.say("can you make it 9pm on weekends and 7pm on weekdays")
    assert "on weekends at 9:00pm, and on weekdays at 7:00pm" in replies
    listed = someone.say("what reminders do i have")
    assert "on weekdays at 7:00pm" in listed and "on weekends at 9:00pm" in listed


@pytest.mark.parametrize(
    ("said", "told"),
    [
        (
            "remind me on the last friday of every month to pay the bills",
            "to pay the bills on the last Friday of every month at 9:00am",
        ),
        (
            "remind me on the first monday of every month to check my budget",
            "to check your budget on the first Monday of every month at 9:00am",
        ),
        (
            "remind me the last friday of each month at 5pm to pay the bills",
            "to pay the bills on the last Friday of every month at 5:00pm",
        ),
    ],
)
def test_a_weekday_of_every_month_is_said_back_as_asked(
    someone: TestBot, said: str, told: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert told in replies and "on the last on the" not in replies
    assert told in someone.say("what reminders do i have")


@pytest.mark.parametrize(
    "said", ["no reminders this weekend please", "turn off all reminders for the weekend"]
)
def test_no_reminders_this_weekend_said_on_a_weekday_holds_no_weekday(
    someone: TestBot, said: str
) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    replies = someone.say(said)
    assert "Nothing until Sat" not in replies and "Until when?" not in replies
    assert "pause my reminders until Monday" in replies
    assert "paused" not in someone.say("what reminders do i have")


def test_no_reminders_this_weekend_said_at_the_weekend_holds_them_till_monday(
    someone: TestBot,
) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 7, 10, 0, tzinfo=UTC)
    assert "Nothing until Mon 9 Mar" in someone.say("no reminders this weekend please")


@pytest.mark.parametrize(
    ("said", "noted"),
    [("between 3 and 4", "a 3"), ("maybe a 5 or 6", "a 5"), ("3-4", "a 3")],
)
def test_a_mood_given_as_two_close_numbers_is_said_back(
    someone: TestBot, said: str, noted: str
) -> None:
    someone.onboard().say("check in")
    replies = someone.say(said)
    assert f"Somewhere in between, then. I'll note it as {noted}." in replies
    assert "words would you use" in replies


def test_a_mood_range_answered_to_a_check_in_reminder_is_said_back(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to check in in 2 minutes")
    someone.tick(minutes=3)
    assert "I'll note it as a 3." in someone.say("between 3 and 4")


@pytest.mark.parametrize("said", ["id say 7 or 8", "prob a 6 or 7"])
def test_two_close_numbers_to_a_check_in_reminder_are_the_mood(someone: TestBot, said: str) -> None:
    at_six_pm(someone).say("remind me to check in in 2 minutes")
    someone.tick(minutes=3)
    replies = someone.say(said)
    assert "not something I can help with" not in replies
    assert "I'll note it as a" in replies and "words would you use" in replies


@pytest.mark.parametrize("said", ["can we do this later", "not right now thanks"])
def test_a_check_in_put_off_with_no_time_offers_a_reminder_for_when_they_say(
    someone: TestBot, said: str
) -> None:
    at_six_pm(someone).say("check in")
    replies = someone.say(said)
    assert "Let's leave that for now" in replies and "I can remind you" in replies
    assert "remind you to check in once, on Mon 2 Mar at 7:00pm" in someone.say("in an hour")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=61))


def test_a_date_said_after_the_task_is_left_out_of_it(someone: TestBot) -> None:
    replies = at_six_pm(someone).say("remind me to call mum on her birthday, 14th march")
    assert "remind you to call mum on her birthday once, on Sat 14 Mar" in replies
    assert "14th march once" not in replies
