"""Reminders as people text them, round seven: "did it already x" to a reminder that came;
loose cancels; "dont remind me on fridays" said back; three times a day read as one list;
the list in order of the day; "half 6" for meds offers the morning."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_did_it_already_with_a_kiss_is_done(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 12:05")
    came = " ".join(someone.tick(minutes=10))
    assert "take your meds" in came
    reply = someone.say("did it already x")
    assert "Nice one" in reply


def test_dont_remind_me_on_fridays_says_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8pm every day")
    reply = someone.say("dont remind me on fridays")
    assert reply.startswith("OK, not on Fridays.") and "Moved" not in reply
    assert "every day except Friday at 8:00pm" in reply


def test_three_times_read_back_as_one_list(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to drink water 3 times a day at 9am, 1pm and 6pm")
    assert "to drink water every day at 9:00am, 1:00pm and 6:00pm" in reply


def test_the_list_goes_by_time_of_day(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8pm every day")
    someone.say("remind me to take my meds at 8am every day")
    listed = someone.say("what reminders do i have")
    assert listed.index("8:00am") < listed.index("8:00pm")
    cancelled = someone.say("cancel 1")
    assert "8:00am" in cancelled


def test_gym_thanks_is_about_the_gym(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me 7am gym thanks")
    assert "about gym" in reply and "thanks" not in reply


def test_half_6_for_meds_offers_the_morning(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me at half 6 to take my meds every day")
    assert "6:30pm" in reply and '"6:30am"' in reply
    moved = someone.say("6:30am")
    assert "every day at 6:30am" in moved
    listed = someone.say("what reminders do i have")
    assert "6:30am" in listed and "6:30pm" not in listed


def test_also_add_one_keeps_the_first(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 8am every day")
    someone.say("change my meds one to 9am")
    added = someone.say("actually can you also add one at 9pm")
    assert "every day at 9:00pm" in added and "Moved" not in added
    listed = someone.say("what reminders do i have")
    assert "every day at 9:00am" in listed and "every day at 9:00pm" in listed


def test_the_time_before_taken_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("actually make it 10")
    back = someone.say("no wait 9 was right")
    assert "every day at 9:00pm" in back
    listed = someone.say("what reminders do i have")
    assert "9:00pm" in listed and "10:00pm" not in listed


def test_the_next_one_is_named(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water at 10am every day")
    someone.say("remind me to stretch at 3pm every day")
    reply = someone.say("what time is my next one")
    assert reply.startswith("Your next reminder is today at 3:00pm, to stretch.")


def test_a_reminder_for_a_son_comes_to_pass_on(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind my son to do his homework at 5pm")
    assert "remind you to remind your son to do his homework" in reply
    assert "not to your son" in reply


def test_texting_mum_is_a_reminder_to_pass_on(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("can you text my mum at 6 to remind her about her pills")
    assert "remind you to remind your mum about her pills" in reply and "6:00pm" in reply
    assert "not to your mum" in reply


def test_remind_typed_in_a_hurry(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remmind me to tak my meds at 9pm evry day")
    assert "remind you to tak your meds every day at 9:00pm" in reply
