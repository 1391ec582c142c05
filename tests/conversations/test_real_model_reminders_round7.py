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


def test_unpause_switches_them_back_on_and_never_cancels(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water at 10am every day")
    nothing = someone.say("unpause my reminders")
    assert "nothing paused" in nothing and "Done" not in nothing
    assert "to drink water" in someone.say("what reminders do i have")
    someone.say("pause my reminders till monday")
    back = someone.say("unpause my reminders")
    assert back.startswith("OK, back on:") and "to drink water every day at 10:00am" in back
    listed = someone.say("what reminders do i have")
    assert "to drink water" in listed and "paused" not in listed


def test_keep_it_after_a_cancel_brings_it_back(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("remind me to call the bank at 11am tomorrow")
    someone.say("turn off all my reminders please")
    back = someone.say("ok turn them back on")
    assert "to take your meds every day at 9:00pm" in back and "to call the bank" in back
    listed = someone.say("what reminders do i have")
    assert "take your meds" in listed and "call the bank" in listed


def test_a_cancel_long_ago_is_not_undone(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds at 9pm every day")
    someone.say("cancel it")
    someone.tick(hours=1)
    someone.say("actually no keep it")
    assert "don't have any reminders" in someone.say("what reminders do i have")


def test_the_last_day_of_every_month(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me on the last day of every month to check my budget")
    assert "to check your budget on the last day of every month at 9:00am" in reply


def test_weekends_too_after_weekdays_is_every_day(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to drink water at 10am on weekdays only")
    reply = someone.say("make it weekends too")
    assert "to drink water every day at 10:00am" in reply
    gym = someone.as_("+447700900555")
    gym.onboard()
    gym.say("remind me to go to the gym every monday at 6pm")
    assert "every Monday and Thursday at 6:00pm" in gym.say("and thursdays as well")
