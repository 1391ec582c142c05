"""A "no" to an offer taken back just after ("actually yes", "go on then", "actually yeah
lets try it"): what was offered starts; a bare "ok" after the no only acknowledges. (A bare
"actually yes" after a no to breathing just after the safety question: see
test_real_model_offers_listening_round3.py.)"""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "back", ["actually yes", "go on then", "on second thought yes please", "actually i will"]
)
def test_the_sleep_diary_declined_then_wanted_starts(someone: TestBot, back: str) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    someone.say("no")
    assert "What time did you get into bed?" in someone.say(back)


def test_breathing_declined_after_a_low_check_in_then_wanted_starts(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "3", "sad", "skip", "no"):
        someone.say(said)
    assert "Let's breathe together" in someone.say("actually yeah lets try it")


def test_a_text_instead_of_an_alarm_declined_then_wanted_is_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("set an alarm for 7am")
    someone.say("no")
    assert "7:00am" in someone.say("actually yes")


def test_the_wind_down_reminder_declined_then_wanted_is_set(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "11pm", "7am", "took about 40 mins", "3", "no"):
        someone.say(said)
    assert "every day at 10:30pm" in someone.say("actually yes")


def test_ok_after_a_no_only_acknowledges(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant sleep")
    someone.say("no")
    assert "What time did you get into bed?" not in someone.say("ok")
