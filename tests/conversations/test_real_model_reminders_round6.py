"""Reminders as people text them, round six: "twice a day" with one time told asks for the
other (or takes "just the one"), never dropping one silently; three times a day are three;
a loose cancel ("scrap the water one") cancels that one and a cancel naming none of theirs
cancels nothing; "ugh not now" to a reminder that came puts it off."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_a_poke_at_9_is_to_call_your_sister(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("i need a poke at 9 to call my sister")
    assert "remind you to call your sister" in reply and "need a poke" not in reply


def test_twice_a_day_with_one_time_asks_for_the_second(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me twice a day to take my meds")
    asked = someone.say("8am")
    assert "8:00am" in asked and "second time" in asked and "Done" not in asked
    done = someone.say("8pm")
    assert "every day at 8:00am and 8:00pm" in done
    listed = someone.say("what reminders do i have")
    assert "8:00am" in listed and "8:00pm" in listed


def test_twice_a_day_at_one_time_asks_for_the_second(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("remind me twice a day at 8am to take my meds")
    assert "8:00am" in asked and "second time" in asked
    done = someone.say("half 8 at night")
    assert "every day at 8:00am and 8:30pm" in done


@pytest.mark.parametrize("enough", ["just the one is fine", "no thats it", "once a day is enough"])
def test_one_time_is_enough_when_they_say_so(someone: TestBot, enough: str) -> None:
    someone.onboard()
    someone.say("remind me twice a day to take my meds")
    someone.say("8am")
    done = someone.say(enough)
    assert "every day at 8:00am" in done
    listed = someone.say("what reminders do i have")
    assert "1. to take your meds every day at 8:00am" in listed and "2." not in listed


def test_three_times_a_day_told_two_asks_for_the_third(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me 3 times a day to drink water")
    asked = someone.say("9am, 1pm")
    assert "third time" in asked
    done = someone.say("6pm")
    assert all(t in done for t in ("9:00am", "1:00pm", "6:00pm"))
    listed = someone.say("what have i got")
    assert "3." in listed and "1:00pm" in listed


def test_three_times_a_day_told_at_once_are_three(someone: TestBot) -> None:
    someone.onboard()
    done = someone.say("remind me to take my meds 3 times a day at 8am, 2pm and 8pm")
    assert all(t in done for t in ("8:00am", "2:00pm", "8:00pm"))


def test_forget_it_after_one_time_sets_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me twice a day to use my inhaler")
    someone.say("8am")
    reply = someone.say("actually forget it")
    assert "Done" not in reply and "9:00am" not in reply
    assert "inhaler" not in someone.say("what reminders do i have")


def test_scrap_the_water_one_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water every 2 hours")
    someone.say("remind me tmrw at half 6 to ring the dentist")
    reply = someone.say("scrap the water one")
    assert "cancelled" in reply and "drink water" in reply and "dentist" not in reply
    listed = someone.say("what have i got")
    assert "water" not in listed and "dentist" in listed


def test_stopping_one_they_do_not_have_cancels_nothing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me 2moro at 10 about my gp appointment")
    reply = someone.say("stop reminding me about water")
    assert "cancelled:" not in reply and "water" in reply
    assert "gp appointment" in someone.say("what reminders do i have")


def test_my_meds_one_moves_the_tablets_reminder(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me every weekday at 7 to take my tablets")
    reply = someone.say("move my meds one to 9")
    assert "take your tablets on weekdays at 9:00am" in reply


def test_ugh_not_now_puts_off_a_reminder_that_came(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 5 mins to do my exercises")
    came = someone.tick(minutes=6)
    assert any("do your exercises" in m for m in came)
    reply = someone.say("ugh not now")
    assert "again at" in reply and "do your exercises" in reply


def test_what_they_keep_forgetting_is_what_for(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("i keep forgetting to eat lunch can you remind me at 1 every day")
    assert "remind you to eat lunch every day at 1:00pm" in reply
    assert "what it's for" not in reply


def test_cant_right_now_puts_off_a_reminder_that_came(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me in 5 mins to call the gp")
    someone.tick(minutes=6)
    reply = someone.say("can't rn")
    assert "again at" in reply and "call the gp" in reply
