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


NOTED_ROUGH = "Sorry, that sounds like a rough night. I'll note it for how you slept."
RATE_ASKED = "How would you rate your sleep"


@pytest.mark.parametrize(
    ("at", "said"),
    [(0, "i feel awful tbh"), (1, "awful"), (1, "i feel awful tbh"), (2, "awful")],
)
def test_a_rating_told_early_in_the_diary_is_said_back_and_not_asked_again(
    someone: TestBot, at: int, said: str
) -> None:
    someone.onboard().say("sleep diary")
    for answer in ["11pm", "7am"][:at]:
        someone.say(answer)
    replies = someone.say(said)
    assert NOTED_ROUGH in replies
    for answer in ["11pm", "7am", "20 mins"][at:]:
        replies = someone.say(answer)
    assert RATE_ASKED not in replies and "sleep efficiency" in replies


def test_a_time_with_how_the_night_felt_keeps_its_old_answer(someone: TestBot) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    replies = someone.say("woke at 6:30, felt rubbish")
    assert ASLEEP_ASKED in replies and "note it for how you slept" not in replies


def test_a_hello_hours_into_the_diary_is_greeted_and_the_question_asked_again(
    someone: TestBot,
) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    someone.tick(seconds=5 * 3600)
    replies = someone.say("hi")
    assert "partway through your sleep diary" in replies and WAKE_ASKED in replies
    assert ASLEEP_ASKED in someone.say("7am")


def test_a_hello_mid_check_in_still_names_the_check_in(someone: TestBot) -> None:
    someone.onboard().say("check in")
    someone.say("3")
    assert "partway through a check-in" in someone.say("hey")


@pytest.mark.parametrize("asked", ["hbu", "and you?", "how are you", "what about you", "wbu"])
def test_how_we_are_asked_back_mid_check_in_is_answered_and_the_question_kept(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().say("check in")
    replies = someone.say(asked)
    assert "thanks for asking" in replies and "from 1 (really low) to 10" in replies
    assert "Thanks for telling me" not in replies and "didn't catch a number" not in replies
    assert WORDS_ASKED in someone.say("6")


def test_a_score_with_a_question_back_is_still_the_score(someone: TestBot) -> None:
    someone.onboard().say("check in")
    replies = someone.say("5, you?")
    assert WORDS_ASKED in replies and "thanks for asking" not in replies


@pytest.mark.parametrize(
    ("asked", "begun"),
    [
        ("whats the best one for anxiety", "For anxiety, slow breathing"),
        ("whats good for sleep", "For sleep, 4-7-8"),
    ],
)
def test_whats_best_for_a_feeling_at_the_choice_names_the_one_and_begins_it(
    someone: TestBot, asked: str, begun: str
) -> None:
    someone.onboard().say("breathing")
    replies = someone.say(asked)
    assert begun in replies and "Before we start" in replies


def test_the_middle_one_at_the_choice_is_4_7_8(someone: TestBot) -> None:
    someone.onboard().say("breathing")
    assert "Before we start" in someone.say("the middle one")
    assert "4-7-8 breathing" in someone.say("5")


def test_whats_box_breathing_at_the_choice_is_still_explained_not_chosen(
    someone: TestBot,
) -> None:
    someone.onboard().say("breathing")
    replies = someone.say("whats box breathing")
    assert "an even square" in replies and "Before we start" not in replies


@pytest.mark.parametrize(
    ("said", "noted"),
    [("45 mins", "about 45 minutes to fall asleep"), ("took ages", "to fall asleep")],
)
def test_how_long_it_took_told_early_in_the_diary_is_said_back_and_not_asked_again(
    someone: TestBot, said: str, noted: str
) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    replies = someone.say(said)
    assert noted in replies and WAKE_ASKED in replies
    replies = someone.say("7am")
    assert RATE_ASKED in replies and ASLEEP_ASKED not in replies


def test_the_wake_time_and_how_long_together_are_not_said_back(someone: TestBot) -> None:
    someone.onboard().say("sleep diary")
    someone.say("11pm")
    replies = someone.say("woke at 7 took about 20 mins to drop off")
    assert RATE_ASKED in replies and "I'll note" not in replies


@pytest.mark.parametrize(
    "asked", ["what does the number mean", "how do you calculate this", "how is it scored"]
)
def test_the_scale_asked_about_at_the_mood_question_is_said_again_gently(
    someone: TestBot, asked: str
) -> None:
    someone.onboard().say("check in")
    replies = someone.say(asked)
    assert "middling (4–6)" in replies and "not something I can help with" not in replies
    assert WORDS_ASKED in someone.say("5")


def test_an_off_topic_question_at_the_mood_question_is_still_off_topic(someone: TestBot) -> None:
    someone.onboard().say("check in")
    assert "not something I can help with" in someone.say("whats the capital of france?")


def test_sleep_efficiency_asked_just_after_the_diary_offers_no_diary_again(
    someone: TestBot,
) -> None:
    someone.onboard().say("sleep diary")
    for answer in ["11pm", "7am", "20 mins", "3"]:
        someone.say(answer)
    replies = someone.say("what is sleep efficiency")
    assert "share of your time in bed" in replies and "quick sleep diary" not in replies


def test_sleep_efficiency_asked_with_no_diary_today_still_offers_it(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("what is sleep efficiency")
    assert "share of your time in bed" in replies and "quick sleep diary" in replies


@pytest.mark.parametrize(
    ("night", "asked", "told"),
    [
        (["11pm", "7am", "20 mins", "3"], "is that good?", "Yes, 96% is good"),
        (["10pm", "7am", "2 hours", "2"], "is that bad", "78% is a bit low"),
    ],
)
def test_the_nights_figure_asked_about_is_told_and_the_wind_down_offer_kept(
    someone: TestBot, night: list[str], asked: str, told: str
) -> None:
    someone.onboard().say("sleep diary")
    for answer in night:
        someone.say(answer)
    replies = someone.say(asked)
    assert told in replies and "Would you like a wind-down reminder" in replies
    assert "surprise" not in replies
    assert "every day at" in someone.say("yes")


def test_yes_to_the_wind_down_offer_still_sets_it(someone: TestBot) -> None:
    someone.onboard().say("sleep diary")
    for answer in ["11pm", "7am", "20 mins", "3"]:
        someone.say(answer)
    assert "every day at 10:30pm" in someone.say("yes")
