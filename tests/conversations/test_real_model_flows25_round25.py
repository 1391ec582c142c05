"""Round 25, through the real model: the guided flows with answers people really give."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import BreathingSession, SleepEntry
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _rows(app: Flask, kind: type) -> list:
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(kind)))


@pytest.mark.parametrize("said", ["done", "ok all done", "finished", "did it", "all done thanks"])
def test_done_before_the_rounds_is_breathing_on_their_own_not_a_way_out(
    someone: TestBot, real_app: Flask, said: str
) -> None:
    someone.onboard()
    someone.say("breathing")
    assert "how do you feel right now" in someone.say("2")
    someone.tick(seconds=60)
    replies = someone.say(said)
    assert "leave that for now" not in replies
    assert "hadn't started the rounds" in replies and "How do you feel now" in replies
    assert "noted a 7" in someone.say("7")
    [row] = _rows(real_app, BreathingSession)
    assert (row.pattern, row.mood_before, row.mood_after) == ("478", None, 7)


def test_go_after_done_on_their_own_starts_the_paced_rounds(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("box")
    someone.say("done")
    replies = someone.say("go")
    assert "Box breathing: in for 4" in replies
    assert any("Round 1 of 4" in text for text in someone.tick(seconds=20))
    leaving = someone.as_("+447400900771").onboard()  # "im done" still leaves
    leaving.say("breathing")
    leaving.say("2")
    assert "hadn't started the rounds" not in leaving.say("im done")
    scored = someone.as_("+447400900772").onboard()  # a number is how they feel before
    scored.say("breathing")
    scored.say("2")
    assert "4-7-8 breathing: in through your nose" in scored.say("6")


@pytest.mark.parametrize(
    ("score", "asked", "answer"),
    [
        ("3", "is that bad?", "A 3 just tells me today's a harder one"),
        ("5", "thats bad right?", "Not bad at all"),
        ("8", "is that good lol", "Yes, an 8 sounds like a good day"),
    ],
)
def test_is_that_bad_about_the_score_is_answered_not_kept_as_feelings(
    someone: TestBot, score: str, asked: str, answer: str
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(score)
    replies = someone.say(asked)
    assert answer in replies and "What words would you use" in replies
    assert "note about today" in someone.say("anxious")


def test_is_that_normal_at_the_note_is_answered_not_saved_as_the_note(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("3")
    someone.say("anxious")
    replies = someone.say("is that normal?")
    assert "no wrong answer" in replies and "saved" not in replies
    other = someone.as_("+447400900773").onboard()  # how they feel, not about the score
    other.say("check in")
    other.say("3")
    assert "no wrong answer" not in other.say("its bad today")


def test_an_evening_time_put_right_after_the_wake_time_is_the_bed_time(
    someone: TestBot, real_app: Flask
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("10pm")
    someone.say("8am")
    replies = someone.say("wait actually it was 11pm")
    assert "to bed at 11:00pm" in replies and "up at 11" not in replies
    someone.say("20 mins")
    assert "in bed 9h" in someone.say("4")
    [entry] = _rows(real_app, SleepEntry)
    assert entry.latency_minutes == 20
    other = someone.as_("+447400900774").onboard()  # a morning time is the wake time still
    other.say("sleep diary")
    other.say("11pm")
    other.say("6am")
    assert "up at 7:00am" in other.say("no wait 7am")


@pytest.mark.parametrize("said", ["skip", "pass", "skip that one"])
def test_skip_at_how_long_to_fall_asleep_keeps_the_diary(someone: TestBot, said: str) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    someone.say("7")
    replies = someone.say(said)
    assert "leave that for now" not in replies
    assert "skip that one" in replies and "rate your sleep" in replies
    assert "You were in bed 8h" in someone.say("4")


@pytest.mark.parametrize(
    ("latency", "asked", "answer"),
    [
        ("20", "is that bad?", "No, 20 minutes is normal"),
        ("about an hour", "is that normal?", "It's on the long side"),
    ],
)
def test_is_that_bad_mid_diary_is_answered_and_the_rating_asked_again(
    someone: TestBot, latency: str, asked: str, answer: str
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11")
    someone.say("7")
    someone.say(latency)
    replies = someone.say(asked)
    assert answer in replies and "rate your sleep" in replies
    assert "Just a number from 1 to 5" not in replies
    assert "You were in bed 8h" in someone.say("4")


def test_is_that_bad_after_hours_asleep_told_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    someone.say("like 5 hrs")
    replies = someone.say("is that bad?")
    assert "5h of sleep is on the short side" in replies and "get up" in replies


def test_hi_an_hour_after_asking_for_breathing_is_greeted(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("2")
    someone.tick(seconds=3600)
    replies = someone.say("hiya")
    assert "Hi!" in replies and "how do you feel right now" in replies
    assert "A number from 1 to 10 is all I need" not in replies


def test_the_pattern_already_running_named_again_goes_on(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("you pick")
    someone.say("skip")
    someone.tick(seconds=5)
    replies = someone.say("actually box breathing")
    assert "box breathing already" in replies
    assert "Before we start" not in replies and "stopped" not in replies
    assert any("Round 2 of 4" in text for text in someone.tick(seconds=20))
    other = someone.as_("+447400900777")
    other.onboard()
    other.mid_breathing()
    assert "4-7-8 breathing: in through your nose" in other.say("actually 478")


def test_what_a_low_check_in_is_about_told_at_the_breathing_offer_is_heard(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("3")
    someone.say("anxious")
    assert "breathing exercise help" in someone.say("skip")
    replies = someone.say("my exams")
    assert "not sure I understood" not in replies and "listening" in replies
    assert "note how you're feeling with a check-in" not in replies
    assert "Which would you like" in someone.say("yes")


def test_done_with_how_they_feel_now_is_kept_as_after(someone: TestBot, real_app: Flask) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("2")
    someone.tick(seconds=60)
    replies = someone.say("done, 6")
    assert "noted a 6" in replies and "4-7-8 breathing: in through" not in replies
    [row] = _rows(real_app, BreathingSession)
    assert (row.mood_before, row.mood_after) == (None, 6)
