"""Round twenty-two: people telling the bot how they are. Others' success set against their
own ("everyone else passed first go") is not congratulated, and being left behind is met as
such."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"


def test_everyone_else_passing_mid_vent_is_not_congratulated(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i failed my driving theory test again. third time. i feel so stupid")
    replies = someone.say("everyone else passed first go")
    assert "congratulations" not in replies.lower() and "brilliant" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "all my friends got into uni and i didnt",
        "everyone else in my year has a boyfriend",
        "i feel like im falling behind everyone my age",
    ],
)
def test_being_left_behind_by_others_is_heard_as_such(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "left behind" in replies
    assert "congratulations" not in replies.lower() and "big news" not in replies


def test_their_own_pass_is_still_congratulated(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("i passed my driving test today!!!")


@pytest.mark.parametrize(
    "said",
    ["stop asking me how i feel", "quit asking how i am lol", "enough with the questions"],
)
def test_told_to_stop_asking_mid_check_in_is_given_space(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(said)
    assert "didn't mean to keep asking" in replies and ONE_TO_TEN not in replies
    assert "note that as" not in someone.say("4")  # the check-in was let go


def test_leave_me_alone_mid_sleep_diary_stops_the_questions(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    replies = someone.say("leave me alone")
    assert "give you some space" in replies and "get into bed" not in replies


def test_stop_asking_for_a_number_still_listens(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "no numbers needed" in someone.say("stop asking me for a number")


def test_anxiety_that_wont_go_away_is_not_told_to_go_away(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "give you some space" not in someone.say("my anxiety wont go away")
