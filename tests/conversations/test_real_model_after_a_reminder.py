"""Said just after a reminder arrives: "no more of these pls" or "stop these" is about that
reminder (a repeating one is cancelled, a one-off is said to be done), not a question about
wanting to live."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize("said", ["no more of these pls", "stop these", "dont need these anymore"])
def test_no_more_after_a_repeating_reminder_cancels_it(someone: TestBot, said: str) -> None:
    someone.onboard()
    soon = someone.app.extensions["mindlink"].clock.now + timedelta(minutes=5)
    at = soon.strftime("%I:%M%p").lstrip("0").lower()  # London is on UTC in March
    someone.say(f"remind me to drink water every day at {at}")
    someone.tick(minutes=6)
    replies = someone.say(said)
    assert (
        "I've cancelled: to drink water every day" in replies and "ask you directly" not in replies
    )
    assert "don't have any reminders" in someone.say("what reminders do i have")


def test_no_more_after_a_one_off_says_it_is_done(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call the dentist in 2 minutes")
    someone.tick(minutes=3)
    replies = someone.say("no more of these pls")
    assert "just for once" in replies and "ask you directly" not in replies


def test_no_more_of_these_with_nothing_just_sent_is_still_asked_about(someone: TestBot) -> None:
    someone.onboard()
    assert "just for once" not in someone.say("no more of these pls")


def test_stop_reminding_me_about_my_meds_cancels_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my meds every day at 9pm")
    replies = someone.say("stop reminding me about my meds")
    assert "cancelled" in replies and "suddenly" not in replies


def test_will_do_after_a_reminder_is_not_taken_as_done(someone: TestBot) -> None:
    someone.onboard()
    soon = someone.app.extensions["mindlink"].clock.now + timedelta(minutes=5)
    at = soon.strftime("%I:%M%p").lstrip("0").lower()
    someone.say(f"remind me to take my meds every day at {at}")
    someone.tick(minutes=6)
    replies = someone.say("will do")
    assert "Nice one" not in replies and "👍" in replies


def test_a_snooze_closes_the_offer_that_came_with_the_reminder(someone: TestBot) -> None:
    someone.onboard()
    soon = someone.app.extensions["mindlink"].clock.now + timedelta(minutes=5)
    at = soon.strftime("%I:%M%p").lstrip("0").lower()
    someone.say(f"remind me to do a breathing exercise every day at {at}")
    someone.tick(minutes=6)
    assert "again at" in someone.say("not now")
    assert "Done. I'll remind you" not in someone.say("in an hour")
