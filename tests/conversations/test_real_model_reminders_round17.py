"""Reminders, quiet hours and time zones in people's own words: when we go quiet asked
about, where they are now while home is elsewhere, answers to a check-in reminder, school
nights, and "do this again tomorrow" after an exercise."""

from __future__ import annotations

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
