"""Sleep and check-in words: tips asked for after the answer for a mind that won't switch
off, a mood told as "seven and a half" or "7ish", and a loss told in a first message beside
who sent them."""

from __future__ import annotations

import pytest

from nlu import parse_mood_score
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "score"),
    [
        ("seven and a half", 7),
        ("6 and a half", 6),
        ("like 7ish", 7),
        ("7-ish", 7),
        ("5ish i guess", 5),
        ("i slept 7 and a half hours", None),
        ("around 6", None),
    ],
)
def test_a_half_or_ish_beside_a_score(said: str, score: int | None) -> None:
    assert parse_mood_score(said) == score


def test_tips_after_the_racing_mind_answer_are_sleep_tips(someone: TestBot) -> None:
    someone.onboard()
    assert "switch off" in someone.say("i cant switch off at night")
    tips = someone.say("tips pls")
    assert "A few more that help" in tips and "Here's what I can do" not in tips


def test_yes_after_the_racing_mind_answer_starts_breathing(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i cant switch off at night")
    assert "breath" in someone.say("yes").lower()


def test_a_check_in_takes_seven_and_a_half(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    assert "words would you use" in someone.say("seven and a half")


def test_a_loss_told_beside_who_sent_them_is_heard_first(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say(
        "Hello, my GP gave me this number. I've been feeling low since my husband died in "
        "the spring."
    )
    assert "sorry for your loss" in reply and "What would help right now?" not in reply


def test_a_loss_in_a_first_message_is_answered_after_the_consent_question(
    someone: TestBot,
) -> None:
    first = someone.say(
        "Hello, my GP gave me this number. I've been feeling low since my husband died in "
        "the spring."
    )
    assert "keep our conversation" in first
    assert "sorry for your loss" in someone.say("yes")
