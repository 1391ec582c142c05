"""Guided flows as people text them, round thirteen: the breathing choice answered in more
words than a number; check-ins, sleep and reminders said loosely."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CHOICE_AGAIN = "Just reply 1 for box"


@pytest.mark.parametrize("said", ["ok go on then", "yeah breathing", "something quick"])
def test_a_go_ahead_in_words_at_the_choice_begins(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("can we do some breathing")
    reply = someone.say(said)
    assert CHOICE_AGAIN not in reply and "how do you feel right now" in reply


def test_which_is_good_for_panic_is_answered_and_begun(someone: TestBot) -> None:
    someone.onboard()
    someone.say("lets do breathing")
    reply = someone.say("which ones good for panic")
    assert "slow breathing" in reply and CHOICE_AGAIN not in reply
    started = someone.say("4")
    assert "Slow breathing" in started


@pytest.mark.parametrize(
    "said",
    [
        "im a 5 today and can u remind me to call the dentist at 3",
        "feeling a bit rubbish today and can u remind me to call the dentist at 3pm",
    ],
)
def test_a_reminder_asked_after_something_told_is_set(someone: TestBot, said: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert "remind you to call the dentist" in reply and "only done" not in reply
    assert "call the dentist" in someone.say("what reminders do i have")


def test_an_hour_said_roughly_is_the_time_not_the_task(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me 7ish to do my journal")
    assert "remind you to do your journal" in reply and "7:00pm" in reply
    assert "ish" not in reply


@pytest.mark.parametrize(
    "said", ["i keep forgetting my antidepressants", "i keep forgetting my meds"]
)
def test_medicine_kept_forgetting_gets_a_reminder_offered(someone: TestBot, said: str) -> None:
    someone.onboard()
    offered = someone.say(said)
    assert "Would a reminder help?" in offered
    asked = someone.say("yeah can you remind me")
    assert "When should I remind you to take your" in asked
    done = someone.say("8am")
    assert "remind you to take your" in done and "8:00am" in done


def test_a_word_read_score_put_right_loosely_at_the_note(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("meh")
    fixed = someone.say("idk like a 4 maybe")
    assert "4 then" in fixed
    assert "saved your 4" in someone.say("skip")


def test_a_reminder_picked_by_its_place_on_the_list(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    someone.say("remind me to walk at 6pm every day")
    someone.say("list my reminders")
    assert "cancelled: to walk" in someone.say("delete the second one")


def test_the_first_one_to_which_one(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    someone.say("remind me to walk at 6pm every day")
    assert "Which one" in someone.say("cancel one of my reminders")
    assert "cancelled: to take your meds" in someone.say("the first one")


def test_any_tips_after_the_busy_mind_answer_is_more_for_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    racing = someone.say("its half 2 and my brain wont shut up")
    assert "won't switch off" in racing
    more = someone.say("any tips")
    assert "A few more for a mind that won't settle" in more and "Here's what I can do" not in more
    assert "breathing" in more


def test_whats_paused_lists_them(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm daily")
    someone.say("pause my reminders for a week")
    listed = someone.say("whats paused")
    assert "paused until" in listed and "Here's what I can do" not in listed


def test_change_it_to_another_task_keeps_the_time(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me at 5pm to call dad")
    changed = someone.say("actually change it to call mum")
    assert "remind you to call mum" in changed and "5:00pm" in changed
    listed = someone.say("what reminders do i have")
    assert "call mum" in listed and "call dad" not in listed


def test_set_one_then_after_none_yet(someone: TestBot) -> None:
    someone.onboard()
    assert "don't have any reminders" in someone.say("what reminders do i have")
    asked = someone.say("set one then")
    assert "What should I remind you about" in asked
    done = someone.say("drink water at 2")
    assert "remind you to drink water" in done and "2:00pm" in done


def test_a_task_and_time_after_none_yet_is_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("what reminders do i have")
    done = someone.say("drink water at 2")
    assert "remind you to drink water" in done and "2:00pm" in done


@pytest.mark.parametrize(
    "said", ["remind me in like 20 min to check the oven", "remind me 20mins to check the oven"]
)
def test_a_delay_said_loosely_is_the_time(someone: TestBot, said: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert "remind you to check the oven once" in reply
    assert "another time suits you" not in reply
    came = " ".join(someone.tick(minutes=21))
    assert "check the oven" in came


def test_morning_and_night_asks_both_times(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("remind me to take my meds morning and night")
    assert "What times of day should I remind you to take your meds?" in asked
    done = someone.say("8am and 10pm")
    assert "to take your meds every day at 8:00am and 10:00pm" in done


def test_the_plant_one_is_the_one_for_the_plants(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to water the plants every sunday at 10am")
    someone.say("remind me to call nan every sunday at 5pm")
    reply = someone.say("cancel the plant one")
    assert "cancelled: to water the plants" in reply


def test_till_friday_to_until_when_pauses_them(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    assert "Until when?" in someone.say("pause my reminders")
    paused = someone.say("till friday")
    assert paused.startswith("Paused.") and "Fri" in paused


def test_stop_reminding_me_for_now_is_a_break(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    asked = someone.say("stop reminding me for now")
    assert "Until when?" in asked and "cancelled:" not in asked
    assert someone.say("a week").startswith("Paused.")


def test_same_as_yesterday_is_the_last_score(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "5", "skip", "skip"):
        someone.say(said)
    someone.say("check in")
    reply = someone.say("same as yesterday")
    assert "Same as last time" in reply and "a 5" in reply


@pytest.mark.parametrize("said", ["yeah the diary", "diary", "can we do the diary"])
def test_the_diary_asked_for_in_a_word_starts_it(someone: TestBot, said: str) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert "What time did you get into bed?" in reply


def test_switch_to_the_4_7_8_one_mid_exercise(someone: TestBot) -> None:
    someone.onboard()
    for said in ("breathing", "1", "skip"):
        someone.say(said)
    someone.tick(seconds=20)
    reply = someone.say("can we switch to the 4 7 8 one")
    assert "4-7-8 breathing" in reply and "reminders" not in reply


def test_typed_fast_after_a_reminder_came(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 1 min")
    assert "take your meds" in " ".join(someone.tick(minutes=2))
    assert "Nice one" in someone.say("took em")
    someone.say("remind me to drink water in 1 min")
    assert "drink water" in " ".join(someone.tick(minutes=2))
    assert "again at" in someone.say("snoze")


def test_every_wkday_is_weekdays(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me every wkday at 7 to take my tablets")
    assert "on weekdays at 7:00am" in reply


def test_cancel_the_last_one_is_the_one_just_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call the gp at 9am tmrw")
    someone.say("remind me to buy milk at 5pm")
    assert "cancelled: to buy milk" in someone.say("cancel the last one")


def test_forgot_remind_me_in_10_after_it_came_is_that_one_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 1 min")
    assert "take your meds" in " ".join(someone.tick(minutes=2))
    reply = someone.say("oh crap i forgot, remind me in 10")
    assert "remind you to take your meds again" in reply


def test_start_them_again_to_until_when_keeps_them(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("stop reminding me for now")
    reply = someone.say("ok start them again")
    assert "carry on as before" in reply
