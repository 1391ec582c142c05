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
