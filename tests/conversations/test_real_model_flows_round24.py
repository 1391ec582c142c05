"""Round twenty-four: the check-in, breathing and the sleep diary as people go through them.
A score said in words with a story beside it ("three, work was awful") is the score; the time
or the day asked halfway through a diary, a check-in or the mood before breathing is told and
the same question asked again, so the next "7" still answers it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from store.models import CheckIn
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASK_NUMBER = "If you put a number on how you feel"
NOTE_ASKED = "Anything else you'd like to note about today?"
WORDS_ASKED = "What words would you use for how you're feeling?"
WAKE_ASKED = "what time did you get up"
ASLEEP_ASKED = "how long did it take you to fall asleep"
MEANT_MOOD = "Did you mean"


def _moods(someone: TestBot) -> list[int]:
    with someone.app.extensions["mindlink"].db.session() as session:
        return [row.mood for row in session.scalars(select(CheckIn).order_by(CheckIn.id))]


@pytest.mark.parametrize(
    ("answer", "score"),
    [
        ("three, work was awful", 3),
        ("two. everything is falling apart at work", 2),
        ("five i guess, just tired", 5),
        ("eight! had a lovely walk", 8),
        ("four cos my mum is in hospital", 4),
    ],
)
def test_a_score_in_words_with_a_story_is_the_score(
    someone: TestBot, answer: str, score: int
) -> None:
    someone.onboard().say("check in")
    replies = someone.say(answer)
    assert ASK_NUMBER not in replies and (NOTE_ASKED in replies or WORDS_ASKED in replies)
    if WORDS_ASKED in replies:
        someone.say("stressed")
    someone.say("skip")
    assert _moods(someone) == [score]


@pytest.mark.parametrize(
    "answer", ["two things happened today and im not sure", "one more day of this"]
)
def test_a_count_in_words_is_still_no_score(someone: TestBot, answer: str) -> None:
    someone.onboard().say("check in")
    replies = someone.say(answer)
    assert NOTE_ASKED not in replies and WORDS_ASKED not in replies


@pytest.mark.parametrize("asked", ["what time is it", "whats the time", "what day is it"])
def test_the_time_asked_mid_diary_is_told_and_the_diary_goes_on(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    replies = someone.say(asked)
    assert "Monday 2 March" in replies and WAKE_ASKED in replies
    replies = someone.say("7")
    assert ASLEEP_ASKED in replies and MEANT_MOOD not in replies


def test_the_time_asked_mid_check_in_is_told_and_the_number_still_counts(
    someone: TestBot,
) -> None:
    someone.onboard().say("check in")
    replies = someone.say("what time is it")
    assert "Monday 2 March" in replies and "from 1 (really low) to 10" in replies
    replies = someone.say("5")
    assert WORDS_ASKED in replies and MEANT_MOOD not in replies


def test_the_time_asked_before_breathing_begins_keeps_the_breathing(someone: TestBot) -> None:
    someone.onboard().say("breathing")
    someone.say("2")
    replies = someone.say("what time is it")
    assert "Monday 2 March" in replies and "Before we start" in replies
    assert "4-7-8 breathing" in someone.say("5")


def test_the_time_zone_asked_mid_diary_keeps_its_own_answer(someone: TestBot) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    assert "time zone" in someone.say("what's my time zone").lower()


@pytest.mark.parametrize(
    "asked",
    [
        "what should i think about while doing this",
        "what do i focus on",
        "where should my attention be",
    ],
)
def test_what_to_think_about_mid_breathing_is_answered_and_the_rounds_go_on(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say(asked)
    assert "Just the breath" in replies and "carry on with the next round" in replies
    assert "pause" not in replies
    assert "Round 2 of 4" in " ".join(someone.tick(seconds=20))


def test_how_to_breathe_mid_breathing_keeps_its_own_answer(someone: TestBot) -> None:
    someone.onboard().mid_breathing()
    replies = someone.say("do i breathe through my nose")
    assert "In through your nose" in replies and "Just the breath" not in replies
