"""A "no" to what came with sleep help: "tips" just after still gets more tips (for tonight
when it was tonight's help), a busy mind told after it is met as such, and the "no" says how
to have it later."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("its 3am and i cant sleep", "A few more for tonight"),
        ("i cant sleep", "A few more that help"),
        ("i cant sleep my mind wont switch off", "A few more that help"),
    ],
)
def test_tips_after_saying_no_gets_more_tips(someone: TestBot, first: str, more: str) -> None:
    someone.onboard()
    someone.say(first)
    declined = someone.say("no")
    assert '"tips"' in declined or '"breathe"' in declined
    replies = someone.say("tips")
    assert more in replies and "Here's what I can do" not in replies


def test_a_busy_mind_after_no_to_breathing_at_night_is_met_as_such(someone: TestBot) -> None:
    someone.onboard()
    someone.say("its 3am and i cant sleep")
    someone.say("no")
    replies = someone.say("i keep thinking about work")
    assert "mind that won't switch off" in replies and "Glad to hear it" not in replies


def test_no_to_a_wind_down_reminder_says_how_to_set_one_later(someone: TestBot) -> None:
    someone.onboard()
    for said in ("sleep diary", "11pm", "7am", "took about 40 mins", "3"):
        someone.say(said)
    assert "remind me to wind down at" in someone.say("no")


def test_no_to_nothing_in_particular_still_renders() -> None:
    from bot.text import render

    assert render("offer_declined") == "OK. I'm here whenever you need me."


@pytest.mark.parametrize(
    "said", ["no just talk", "nah i just need to vent", "no, can we just talk"]
)
def test_no_with_a_wish_to_talk_is_listened_to(someone: TestBot, said: str) -> None:
    someone.onboard()
    assert "breathing exercise" in someone.say("how do i cope with anxiety")
    replies = someone.say(said)
    assert "I'm listening" in replies and '"breathe"' not in replies
