"""Reminders, quiet hours and time zones in people's own words: when we go quiet asked
about, where they are now while home is elsewhere, answers to a check-in reminder, school
nights, and "do this again tomorrow" after an exercise."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_what_time_do_you_stop_texting_me_is_the_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("what time do you stop texting me")
    assert "Your quiet hours are 11pm–7am" in replies
    assert "reply STOP" not in replies
    # and the hours said next set them
    assert "quiet hours are now 11pm–8am" in someone.say("11pm to 8am")


def test_when_do_u_stop_messaging_at_night_is_the_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("when do u stop messaging at night")
    assert "Your quiet hours are 11pm–7am" in replies
    assert "sleep" not in replies.lower().replace("asleep", "")


def test_how_late_do_you_text_is_the_quiet_hours(someone: TestBot) -> None:
    someone.onboard()
    assert "Your quiet hours are" in someone.say("how late do u text")


def test_can_you_stop_messaging_me_still_stops(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you stop messaging me")
    assert "quiet hours are" not in replies
    assert "START" in replies


def test_when_will_you_stop_texting_me_is_how_to_stop(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("when will you stop texting me")
    assert "STOP" in replies


def test_home_in_the_uk_but_in_bali_now_takes_bali(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i live in the uk but im in bali rn")
    assert "Bali" in replies
    assert "UK time" not in replies


def test_in_bali_now_but_home_in_the_uk_takes_bali(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("im in bali rn but i live in the uk")
    assert "Bali" in replies
    assert "UK time" not in replies


def checkin_reminded(someone: TestBot) -> TestBot:
    """Someone whose check-in reminder has just come."""
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    return someone


@pytest.mark.parametrize("said", ["👍", "👍🏻", "ok 👍", "ok"])
def test_a_thumbs_up_to_a_check_in_reminder_is_an_ok(someone: TestBot, said: str) -> None:
    replies = checkin_reminded(someone).say(said)
    assert "note that as about a 6" in replies
    assert "MENU" not in replies and "Glad you're doing OK" not in replies


@pytest.mark.parametrize("said", ["yes", "sure go on"])
def test_a_yes_to_a_check_in_reminder_starts_it(someone: TestBot, said: str) -> None:
    replies = checkin_reminded(someone).say(said)
    assert "1 (really low) to 10" in replies
    assert "MENU" not in replies and "Glad to hear it" not in replies


def test_school_nights_are_sunday_to_thursday(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my meds on school nights at 9pm")
    assert "take your meds Sunday to Thursday at 9:00pm" in replies
    assert "weekdays" not in replies and "school nights" not in replies


def test_the_night_before_school_repeats_sunday_to_thursday(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to pack my bag the night before school at 8pm")
    assert "pack your bag Sunday to Thursday at 8:00pm" in replies


def test_every_weeknight_repeats(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to do homework every weeknight at 7pm")
    assert "do homework on weekdays at 7:00pm" in replies
    assert "once" not in replies


def test_do_this_again_tomorrow_after_a_check_in_is_a_check_in(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    someone.say("ok")
    someone.say("skip")
    replies = someone.say("remind me to do this again tomorrow")
    assert "I'll remind you to check in once" in replies
    assert "do this again" not in replies and "9:00am" not in replies


def test_do_this_again_tomorrow_halfway_through_a_check_in(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("6")
    replies = someone.say("remind me to do this again tomorrow")
    assert "I'll remind you to check in once" in replies
    assert "Back to your check-in" in replies


def test_do_this_again_tomorrow_after_breathing_is_breathing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("1")
    someone.say("skip")
    someone.tick(minutes=5)
    someone.say("skip")
    replies = someone.say("remind me to do this again tomorrow")
    assert "I'll remind you to take a breathing break once" in replies
    assert "do this again" not in replies and "9:00am" not in replies


def test_do_it_again_at_a_time_after_breathing_keeps_the_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("2")
    replies = someone.say("remind me to do it again tomorrow at 8am")
    assert "take a breathing break once" in replies and "8:00am" in replies


def test_do_this_again_with_nothing_before_asks_what_for(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to do this again tomorrow")
    assert "Tell me what it's for" in replies
    assert "do this again" not in replies


def stretch_reminded(someone: TestBot) -> TestBot:
    """Someone whose one-off reminder to stretch has just come."""
    someone.onboard()
    someone.say("remind me to stretch in 2 mins")
    assert "Reminder: stretch" in "\n".join(someone.tick(minutes=3))
    return someone


def test_whats_this_for_again_after_a_reminder_says_what(someone: TestBot) -> None:
    replies = stretch_reminded(someone).say("what's this for again")
    assert "the reminder you asked me for, to stretch" in replies
    assert "Here's what I can do" not in replies


def test_can_you_stop_sending_this_one_is_that_reminder(someone: TestBot) -> None:
    replies = stretch_reminded(someone).say("can you stop sending this one")
    assert "won't come again" in replies
    assert "reply STOP" not in replies


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("remind me to stretch in a bit", "stretch"),
        ("can u remind me to text my sister later", "text your sister"),
        ("remind me to do my physio later on today", "do your physio"),
    ],
)
def test_later_said_with_the_request_is_an_hour_on(someone: TestBot, said: str, task: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert f"I'll remind you to {task} once" in replies
    assert "If another time suits you better" in replies
    assert "When should I remind you" not in replies


def test_a_new_time_on_weekends_keeps_the_weekdays(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 8am")
    replies = someone.say("make it 8:30 on weekends")
    assert "take your meds on weekdays at 8:00am, and on weekends at 8:30am" in replies
    listed = someone.say("what reminders do i have")
    assert "on weekdays at 8:00am" in listed and "on weekends at 8:30am" in listed


def test_weekends_only_still_moves_it_wholly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 8am")
    replies = someone.say("make it 8:30 on weekends only")
    assert "take your meds on weekends at 8:30am" in replies
    assert "weekdays" not in replies


@pytest.mark.parametrize("said", ["my time is wrong", "ur clock is wrong lol"])
def test_time_told_wrong_asks_which_city(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "I have you on UK time (London)" in replies and "Which city are you in" in replies
    assert "1 (really low) to 10" not in replies
    assert "Dubai" in someone.say("dubai")


def test_a_reminder_an_hour_early_asks_which_city(someone: TestBot) -> None:
    replies = stretch_reminded(someone).say("that came an hour early")
    assert "Which city are you in" in replies


@pytest.mark.parametrize(
    "said", ["can you text me less", "you text way too much", "less check ins pls"]
)
def test_fewer_messages_asked_for_says_how(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert 'text "no more check-ins"' in replies
    assert "1 (really low) to 10" not in replies and "small wellbeing bot" not in replies


def test_too_many_texts_from_work_is_not_about_us(someone: TestBot) -> None:
    someone.onboard()
    assert "no more check-ins" not in someone.say("i get too many texts from work")


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("just landed in dubai", "Dubai time"),
        ("im in spain on holiday so an hour ahead", "Madrid time"),
        ("we're in lisbon this week", "Lisbon time"),
    ],
)
def test_arrived_somewhere_sets_the_zone(someone: TestBot, said: str, zone: str) -> None:
    someone.onboard()
    assert f"set your time zone to {zone}" in someone.say(said)


def test_in_a_bad_place_rn_is_no_place(someone: TestBot) -> None:
    someone.onboard()
    assert "time zone" not in someone.say("im in a bad place rn")


def meds_reminded(someone: TestBot) -> TestBot:
    """Someone whose one-off reminder to take their meds has just come."""
    someone.onboard()
    someone.say("remind me to take my meds in 2 mins")
    assert "Reminder: take your meds" in "\n".join(someone.tick(minutes=3))
    return someone


def test_can_u_remind_me_in_20_after_a_reminder_snoozes_it(someone: TestBot) -> None:
    replies = meds_reminded(someone).say("can u remind me in 20")
    assert "remind you to take your meds again at" in replies
    assert "Tell me what it's for" not in replies


@pytest.mark.parametrize(
    "said", ["can you remind me again tomorrow", "remind me tomorrow same time"]
)
def test_again_tomorrow_after_a_reminder_is_the_same_time(someone: TestBot, said: str) -> None:
    replies = meds_reminded(someone).say(said)
    assert "remind you to take your meds again tomorrow at" in replies
    assert "9:00am" not in replies and "about same time" not in replies


@pytest.mark.parametrize("said", ["i ran out", "ugh ive run out of them"])
def test_ran_out_after_a_meds_reminder_says_how_to_get_more(someone: TestBot, said: str) -> None:
    replies = meds_reminded(someone).say(said)
    assert "pharmacist or doctor" in replies
    assert "1 (really low) to 10" not in replies


@pytest.mark.parametrize("said", ["cant be bothered", "dont feel like it tbh", "not in the mood"])
def test_not_up_to_it_after_a_reminder_is_met_kindly(someone: TestBot, said: str) -> None:
    replies = stretch_reminded(someone).say(said)
    assert "some days are like that" in replies
    assert "frustrating" not in replies and "1 (really low) to 10" not in replies


def test_ran_out_after_a_stretch_reminder_is_not_about_medicine(someone: TestBot) -> None:
    assert "pharmacist" not in stretch_reminded(someone).say("i ran out")


def test_not_on_weekends_with_no_reminders_says_what_comes_when(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("can you not text me on weekends")
    assert "I can't leave out days" in replies and "no more check-ins" in replies
    assert "nothing to cancel" not in replies


def test_not_on_weekends_with_a_reminder_leaves_those_days_out(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 8am")
    assert "take your meds on weekdays at 8:00am" in someone.say("can you not text me on weekends")
