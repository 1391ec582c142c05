"""The words behind the round-two misreads, read without the model: a mood neither good nor
bad, a word-read score taken back, a question put instead of a number, a hedged yes to keeping
the conversation, a phone call asked for, time that drags, and the line older people can ring."""

from __future__ import annotations

import pytest

from bot.actions.checkin import NOT_SO
from bot.actions.general import CALL_ASK, LONG_DAYS
from bot.forms import ABOUT_THE_SCORE, ASKED_WHAT_TO_DO
from bot.locale import helpline_for
from bot.moods import mood_in_words
from bot.onboarding import CLEAR_YES
from mindlink.config import load_settings


@pytest.mark.parametrize(
    "text",
    [
        "idk like not great not awful",
        "neither good nor bad",
        "not happy but not sad either",
        "not too bad but not great either",
        "not great, not terrible tbh",
    ],
)
def test_neither_good_nor_bad_is_the_middle(text: str) -> None:
    assert mood_in_words(text) == 5


@pytest.mark.parametrize(("text", "mood"), [("not great", 4), ("not bad", 6), ("fine", 6)])
def test_one_word_denied_keeps_its_own_reading(text: str, mood: int) -> None:
    assert mood_in_words(text) == mood


@pytest.mark.parametrize(
    "text", ["no im not", "no i'm not fine", "im not really ok tbh", "i lied", "who am i kidding"]
)
def test_a_score_taken_back(text: str) -> None:
    assert NOT_SO.match(text)


@pytest.mark.parametrize("text", ["no", "not really", "no thanks", "nope thats all"])
def test_nothing_more_to_note_is_not_taking_it_back(text: str) -> None:
    assert not NOT_SO.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do i bring it up with him",
        "should i tell him",
        "ok how do i see a gp about it",
        "what help is there for carers",
        "wat shud i do",
        "can you help me make a plan",
    ],
)
def test_a_question_of_what_to_do_is_not_a_score(text: str) -> None:
    assert ASKED_WHAT_TO_DO.search(text) and not ABOUT_THE_SCORE.search(text)


@pytest.mark.parametrize(
    "text", ["what should i put", "how do i pick a number", "how should i rate it"]
)
def test_a_question_about_the_score_stays_with_it(text: str) -> None:
    assert not (ASKED_WHAT_TO_DO.search(text) and not ABOUT_THE_SCORE.search(text))


@pytest.mark.parametrize(
    "text", ["i guess thats fine", "I suppose that's alright", "well ok", "i think so", "yes"]
)
def test_a_hedged_yes_is_consent(text: str) -> None:
    assert CLEAR_YES.match(text)


@pytest.mark.parametrize("text", ["i guess not", "well no", "i suppose i'd rather not", "hold on"])
def test_a_hedged_no_is_not_consent(text: str) -> None:
    assert not CLEAR_YES.match(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do you have anyone I could talk to on the telephone?",
        "can i speak to someone over the phone",
        "is there a number i can ring",
        "can you call me",
    ],
)
def test_a_phone_call_asked_for(text: str) -> None:
    assert CALL_ASK.search(text)


@pytest.mark.parametrize(
    "text", ["The days are very long", "the evenings drag", "weekends go on forever"]
)
def test_time_that_drags(text: str) -> None:
    assert LONG_DAYS.search(text)


@pytest.mark.parametrize(
    "text", ["long day at work today!", "i worked all day long and loved it", "it was a long week"]
)
def test_a_long_day_told_gladly_is_not_time_dragging(text: str) -> None:
    assert not LONG_DAYS.search(text)


def test_the_silver_line_is_the_uks_only() -> None:
    helplines = load_settings({})["helplines"]
    assert "0800 4 70 80 90" in helpline_for("GB", helplines)["older_chat"]
    assert helpline_for("US", helplines)["older_chat"] == ""
    assert helpline_for("ZZ", helplines)["older_chat"] == ""
