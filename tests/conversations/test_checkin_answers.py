"""Answers to the check-in's questions, in people's own words, with the shipped model."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import CheckIn
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def saved(app: Flask) -> list[CheckIn]:
    """Every stored check-in, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.id)))


def check_in(someone: TestBot, *said: str) -> str:
    """Start a check-in, say each message; the replies to the last one."""
    someone.onboard()
    someone.say("check in")
    replies = ""
    for text in said:
        replies = someone.say(text)
    return replies


@pytest.mark.parametrize(
    ("answer", "mood"),
    [
        ("calm", 7),
        ("pretty good actually", 7),
        ("tired but ok", 6),
        ("loved", 8),
        ("relaxed", 7),
        ("sleepy", 5),
        ("hopeful", 7),
        ("panicky", 3),
    ],
)
def test_a_feeling_word_answers_the_mood_question(
    someone: TestBot, real_app: Flask, answer: str, mood: int
) -> None:
    replies = check_in(someone, answer)
    assert f"about a {mood}" in replies or f"about an {mood}" in replies
    assert "That sounds hard" not in replies and "breathe together" not in replies
    done = someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(mood, answer)]
    assert ("breathing exercise" in done) is (mood <= 3)  # panicky: breathing is offered


@pytest.mark.parametrize(
    ("answer", "mood"), [("nine out of ten", 9), ("🥰", 9), ("😡", 2), ("😰", 3), ("💯", 9)]
)
def test_a_score_in_words_or_an_emoji_is_saved(
    someone: TestBot, real_app: Flask, answer: str, mood: int
) -> None:
    assert "What words would you use" in check_in(someone, answer)
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [mood]


def test_the_score_for_now_is_kept_not_yesterdays(someone: TestBot, real_app: Flask) -> None:
    check_in(someone, "8 but yesterday was a 3", "skip")
    assert "an 8" in someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [8]


def test_a_high_score_for_a_bad_day_is_asked_about(someone: TestBot, real_app: Flask) -> None:
    asked = check_in(someone, "i'd say a 10 out of 10 bad day")
    assert "rough day" in asked and "1 (really low) to 10 (great)" in asked
    assert "good to hear" not in asked
    someone.say("2")
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [2]


def test_a_count_in_a_message_is_not_a_score(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    replies = someone.say("i have like six subjects and i feel bad")
    assert "1 (really low) to 10" in replies and "your 6" not in replies
    someone.say("4")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [4]


def test_sorry_i_meant_puts_the_score_right(someone: TestBot, real_app: Flask) -> None:
    assert "Got it, 4 then" in check_in(someone, "7", "sorry i meant 4")
    someone.say("skip")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [4]


def test_a_happy_emoji_taken_back_asks_the_score_again(someone: TestBot, real_app: Flask) -> None:
    again = check_in(someone, "😊", "actually not really")
    assert "1 (really low) to 10" in again
    someone.say("😔")
    someone.say("skip")
    assert [c.mood for c in saved(real_app)] == [3]


def test_score_and_feelings_told_with_the_request_are_kept(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    replies = someone.say("check in 3 tired and anxious")
    assert "What words would you use" not in replies and "note" in replies
    someone.say("skip")
    assert [(c.mood, c.feelings) for c in saved(real_app)] == [(3, "tired and anxious")]


@pytest.mark.parametrize("yes", ["yes", "yes i want to add something"])
def test_yes_to_the_note_question_asks_for_the_note(
    someone: TestBot, real_app: Flask, yes: str
) -> None:
    check_in(someone, "4", "sad")
    asked = someone.say(yes)
    assert "Write anything" in asked and "saved" not in asked
    someone.say("my cat died")
    assert [(c.mood, c.note) for c in saved(real_app)] == [(4, "my cat died")]


def test_about_the_same_after_breathing_keeps_the_mood_from_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("1")
    someone.say("5")
    someone.tick(seconds=70)
    assert "Steady at 5" in someone.say("about the same")


def test_yeah_go_on_to_the_note_question_asks_for_the_note(someone: TestBot) -> None:
    assert "Write anything you'd like to remember" in check_in(someone, "4", "tired", "yeah go on")


def test_a_question_about_past_moods_mid_check_in_is_answered_not_saved(someone: TestBot) -> None:
    replies = check_in(someone, "6", "how have i been this week")
    assert "check-ins" in replies
    someone.say("ok")
    someone.say("skip")
    assert [c.feelings for c in saved(someone.app)] == ["ok"]
