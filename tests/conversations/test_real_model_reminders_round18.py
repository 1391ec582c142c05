"""Reminders in people's own words: a one-word mood to a check-in reminder, a time of day
with no am or pm, a reminder tied to a meal, and "remind me again tomorrow" with a daily
reminder already set."""

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


def checkin_reminded(someone: TestBot) -> TestBot:
    """Someone whose check-in reminder has just come."""
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    return someone


@pytest.mark.parametrize(
    ("said", "score"),
    [("meh", 5), ("bleh", 4), ("ok i guess", 6), ("so so", 5), ("could be better", 4)],
)
def test_a_one_word_mood_to_a_check_in_reminder_is_noted(
    someone: TestBot, said: str, score: int
) -> None:
    replies = checkin_reminded(someone).say(said)
    assert f"note that as about a {score}" in replies
    assert "MENU" not in replies and "reply yes" not in replies


@pytest.mark.parametrize(
    ("said", "morning"),
    [
        ("remind me to call the vet at 10", "10:00am"),
        ("remind me to ring the gp at 8", "8:00am"),
        ("can you remind me at 9 to phone the bank", "9:00am"),
    ],
)
def test_a_bare_evening_hour_for_a_daytime_errand_is_the_morning(
    someone: TestBot, said: str, morning: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert f"Tue 3 Mar at {morning}" in replies
    assert "tonight, just send" in replies
    # and the evening one, said next, is tonight's
    evening = morning.replace(":00am", "pm")
    assert f"Mon 2 Mar at {morning.replace('am', 'pm')}" in someone.say(evening)


@pytest.mark.parametrize("said", ["remind me to call mum at 8", "remind me to take my meds at 9"])
def test_a_bare_evening_hour_for_anything_else_offers_the_morning(
    someone: TestBot, said: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert "Mon 2 Mar at" in replies and "pm" in replies
    assert "If you meant" in replies and "am, just send" in replies


@pytest.mark.parametrize(
    "again", ["can you remind me again tomorrow", "remind me to take my meds tomorrow at 9am"]
)
def test_again_tomorrow_with_a_daily_reminder_due_then_is_not_set_twice(
    someone: TestBot, again: str
) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9am")
    replies = someone.say(again)
    assert "will come anyway" in replies and "every day at 9:00am" in replies
    listed = someone.say("what reminders do i have")
    assert "once" not in listed and "2." not in listed


def test_again_tomorrow_at_another_time_is_still_set(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9am")
    assert "Tue 3 Mar at 10:00am" in someone.say("remind me again tomorrow at 10")


@pytest.mark.parametrize(
    ("said", "when"),
    [
        ("remind me to take my vitamins with breakfast", "every day at 8:00am"),
        ("remind me to take my tablets after dinner every day", "every day at 7:00pm"),
        ("can u remind me to take my metformin with dinner each night", "every day at 6:00pm"),
        ("remind me to do my exercises after dinner", "Mon 2 Mar at 7:00pm"),
    ],
)
def test_a_meal_said_for_the_time_is_set_at_that_meal(
    someone: TestBot, said: str, when: str
) -> None:
    replies = at_six_pm(someone).say(said)
    assert when in replies
    assert "at another time, just send it" in replies
    assert "When should I remind you" not in replies


def test_the_time_of_breakfast_said_next_moves_it(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my vitamins with breakfast")
    assert "every day at 7:00am" in someone.say("7am")


def reminded(someone: TestBot, task: str = "drink water") -> TestBot:
    """Someone whose reminder has just come."""
    someone.onboard()
    someone.say(f"remind me to {task} in 5 minutes")
    assert "Reminder:" in "\n".join(someone.tick(minutes=6))
    return someone


@pytest.mark.parametrize("said", ["cant rn im driving", "im at work rn x", "cant, on the bus"])
def test_busy_with_a_reason_to_a_reminder_puts_it_off(someone: TestBot, said: str) -> None:
    replies = reminded(someone).say(said)
    assert "remind you to drink water again at" in replies
    assert "check in" not in replies.lower()


@pytest.mark.parametrize("said", ["ugh do i have to", "cba", "do i really need to"])
def test_reluctance_to_a_reminder_is_met_kindly(someone: TestBot, said: str) -> None:
    replies = reminded(someone, "walk the dog").say(said)
    assert "some days are like that" in replies
    assert "Here's what I can do" not in replies


@pytest.mark.parametrize(
    ("change", "now"),
    [
        ("actually make that sunday night", "every Sunday at 9:00pm"),
        ("make it saturday morning", "every Saturday at 8:00am"),
    ],
)
def test_a_weekly_one_just_set_moved_to_a_day_and_part_of_it(
    someone: TestBot, change: str, now: str
) -> None:
    at_six_pm(someone).say("remind me every monday at 10am to put the bins out")
    assert now in someone.say(change)
    assert now in someone.say("what reminders do i have")


def test_a_weekly_one_moved_to_a_day_at_a_time_later_on(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me every monday at 10am to put the bins out")
    someone.say("what reminders do i have")
    assert "every Sunday at 9:00pm" in someone.say("move the bins one to sunday at 9pm")


@pytest.mark.parametrize(
    "said", ["stop the check in reminders", "no more check-in reminders please"]
)
def test_stopping_check_in_reminders_cancels_them(someone: TestBot, said: str) -> None:
    at_six_pm(someone).say("remind me to check in every day at 9pm")
    assert "cancelled" in someone.say(said)
    assert "don't have any reminders" in someone.say("what reminders do i have")


def test_stopping_check_ins_with_no_such_reminder_stops_the_nudges(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    assert "out of the blue" in someone.say("stop the check in reminders")


@pytest.mark.parametrize("said", ["yep", "yes", "yeah 👍"])
def test_a_yes_to_a_reminder_is_seen(someone: TestBot, said: str) -> None:
    replies = reminded(someone, "take my meds").say(said)
    assert "Great 👍" in replies
    assert "MENU" not in replies


@pytest.mark.parametrize(
    ("answer", "when"),
    [
        ("mornings", "every day at 8:00am"),
        ("in the mornings please", "every day at 8:00am"),
        ("weekday evenings", "on weekdays at 9:00pm"),
        ("with breakfast", "every day at 8:00am"),
    ],
)
def test_a_part_of_the_day_or_a_meal_told_when_asked_sets_it(
    someone: TestBot, answer: str, when: str
) -> None:
    at_six_pm(someone).say("remind me to take my vitamins")
    replies = someone.say(answer)
    assert when in replies
    assert "couldn't work out a time" not in replies


@pytest.mark.parametrize("answer", ["idk whenever", "any time", "you choose"])
def test_no_time_in_mind_when_asked_sets_one_to_change(someone: TestBot, answer: str) -> None:
    at_six_pm(someone).say("remind me to drink more water")
    replies = someone.say(answer)
    assert "Tue 3 Mar at 9:00am" in replies
    assert "If another time suits you better" in replies


@pytest.mark.parametrize("said", ["why do you keep asking me this", "why am i getting these"])
def test_why_asked_after_a_check_in_reminder_says_which_reminder(
    someone: TestBot, said: str
) -> None:
    replies = checkin_reminded(someone).say(said)
    assert "the reminder you asked me for" in replies
    assert "surprise" not in replies


@pytest.mark.parametrize("said", ["can we do this later", "could we do it later?"])
def test_later_to_a_check_in_reminder_puts_it_off(someone: TestBot, said: str) -> None:
    replies = checkin_reminded(someone).say(said)
    assert "remind you to check in again at" in replies


@pytest.mark.parametrize("said", ["turn off all reminders for tonight", "pause my reminders today"])
def test_reminders_off_for_tonight_skips_tonight_only(someone: TestBot, said: str) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    replies = someone.say(said)
    assert "Tue 3 Mar at 9:00pm" in replies and "cancelled" not in replies
    assert "every day at 9:00pm" in someone.say("what reminders do i have")


@pytest.mark.parametrize("said", ["can you change the time", "could i change the time please"])
def test_change_the_time_just_after_setting_asks_the_new_time(someone: TestBot, said: str) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    replies = someone.say(said)
    assert "What time should I move it to?" in replies
    assert "every day at 10:00pm" in someone.say("10")


def test_the_first_one_with_no_list_seen_asks_which(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    someone.say("remind me to drink water every day at 2pm")
    replies = someone.say("cancel the first one")
    assert "Which one do you mean?" in replies and "cancelled" not in replies
    assert "drink water" in someone.say("1")
    assert "take your meds" in someone.say("what reminders do i have")


def test_the_first_one_after_the_list_is_the_first_listed(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 9pm")
    someone.say("remind me to drink water every day at 2pm")
    someone.say("what reminders do i have")
    assert "cancelled: to drink water" in someone.say("cancel the first one")


@pytest.mark.parametrize(
    "said", ["how often will you message me", "how often do you text", "how many texts will i get"]
)
def test_how_often_we_text_is_said(someone: TestBot, said: str) -> None:
    replies = someone.onboard().say(said)
    assert "Mostly I only reply when you text me" in replies
    assert "no more check-ins" in replies


def test_only_once_a_day_is_told_how_little_we_text(someone: TestBot) -> None:
    someone.onboard().say("remind me to take my meds every day at 9am")
    replies = someone.say("only message me once a day")
    assert "I can't set a limit" in replies and "Your reminder comes" in replies


@pytest.mark.parametrize(
    "said", ["remind me to have lunch every day at 1", "remind me to go for a walk every day at 2"]
)
def test_an_afternoon_hour_is_not_offered_as_the_small_hours(someone: TestBot, said: str) -> None:
    replies = at_six_pm(someone).say(said)
    assert "every day at" in replies and "pm" in replies
    assert "am, just send" not in replies


@pytest.mark.parametrize(("yes", "time"), [("yes", "9pm"), ("yeah go on", "lunch time")])
def test_a_time_for_something_they_keep_forgetting_is_every_day(
    someone: TestBot, yes: str, time: str
) -> None:
    at_six_pm(someone).say("i keep forgetting my meds")
    someone.say(yes)
    assert "every day at" in someone.say(time)


def test_a_time_told_at_once_for_something_forgotten_is_every_day(someone: TestBot) -> None:
    at_six_pm(someone).say("i keep forgetting my meds")
    assert "every day at 8:00am" in someone.say("yeah at 8am")


@pytest.mark.parametrize(
    ("answer", "when"), [("11am", "every day at 11:00am"), ("in 20 mins", "once")]
)
def test_keep_forgetting_asked_as_a_reminder_repeats_unless_a_delay(
    someone: TestBot, answer: str, when: str
) -> None:
    at_six_pm(someone).say("i keep forgetting to drink water")
    assert when in someone.say(answer)


@pytest.mark.parametrize(
    ("later", "when"),
    [
        ("after dinner", "Mon 2 Mar at 7:00pm"),
        ("not now, after lunch tomorrow", "Tue 3 Mar at 1:00pm"),
    ],
)
def test_a_meal_told_for_when_to_breathe_sets_the_reminder(
    someone: TestBot, later: str, when: str
) -> None:
    at_six_pm(someone).say("i feel anxious")
    someone.say("maybe later")
    assert when in someone.say(later)


def test_a_meal_told_for_something_forgotten_is_its_time(someone: TestBot) -> None:
    at_six_pm(someone).say("i keep forgetting my meds")
    assert "every day at 8:00am" in someone.say("yeah with breakfast")


@pytest.mark.parametrize("said", ["done both", "both done ✅", "did them both"])
def test_both_done_to_two_reminders_at_once_is_seen(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 5 minutes")
    someone.say("remind me to feed the cat in 5 minutes")
    assert "Reminder:" in "\n".join(someone.tick(minutes=6))
    replies = someone.say(said)
    assert "Nice one" in replies and "MENU" not in replies


@pytest.mark.parametrize(
    ("said", "tonight"),
    [
        ("no i meant tonight", "Mon 2 Mar at 10:00pm"),
        ("actually this evening", "Mon 2 Mar at 10:00pm"),
        ("no tonight", "Mon 2 Mar at 10:00pm"),
    ],
)
def test_tonight_said_after_the_morning_was_chosen_is_the_evening_hour(
    someone: TestBot, said: str, tonight: str
) -> None:
    assert "Tue 3 Mar at 10:00am" in at_six_pm(someone).say("remind me to call the vet at 10")
    assert tonight in someone.say(said)


def test_this_evening_said_for_tomorrows_one_off_moves_it_to_today(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to call mum tomorrow at 2pm")
    assert "Mon 2 Mar" in someone.say("actually this evening")


@pytest.mark.parametrize("said", ["done", "done ✅"])
def test_done_hours_after_a_reminder_with_nothing_since_is_seen(
    someone: TestBot, said: str
) -> None:
    reminded(someone, "take my meds").tick(hours=3)
    replies = someone.say(said)
    assert "Nice one" in replies and "MENU" not in replies


def test_tomorrow_instead_to_a_daily_reminder_sets_no_extra_one(someone: TestBot) -> None:
    at_six_pm(someone).say("remind me to take my meds every day at 7pm")
    assert "Reminder:" in "\n".join(someone.tick(hours=1))
    replies = someone.say("remind me tomorrow instead")
    assert "every day at 7:00pm" in replies and "9:00am" not in replies
    assert "2." not in someone.say("what reminders do i have")
