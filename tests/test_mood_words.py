"""Moods read from numbers, words and emoji (pure functions)."""

from __future__ import annotations

import pytest

from bot.actions.checkin import TAKEN_BACK, WANTS_TO_ADD, told_with_request
from bot.moods import mood_in_words, same_as_before, words_disagree
from nlu import parse_mood_score


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("nine out of ten", 9),
        ("7 out of ten", 7),
        ("8 but yesterday was a 3", 8),
        ("yesterday was a 3 but today a 7", 7),
        ("a 7 this morning but now a 4", 4),
        ("yesterday was a 3 but today is better", None),
        ("i have like six subjects and i feel bad", None),
        ("i've had like 3 coffees", None),
        ("like a 3 maybe", 3),
        ("7 i guess", 7),
        ("🥰", 9),
        ("😡", 2),
        ("😰", 3),
        ("😴", 5),
        ("🙃", 4),
        ("💯", 9),
        ("💀", None),  # laughing or worn out: asked about, not guessed
    ],
)
def test_mood_score(text: str, score: int | None) -> None:
    assert parse_mood_score(text) == score


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("calm", 7),
        ("pretty good actually", 7),
        ("tired but ok", 6),
        ("good but tired", 6),
        ("tired and anxious", 4),
        ("loved", 8),
        ("relaxed", 7),
        ("sleepy", 5),
        ("hopeful", 7),
        ("panicky", 3),
        ("i feel calm", 7),
        ("pretty low tbh", 3),
        ("everything sucks", 2),
        ("not bad", 6),
        ("i have six subjects", None),
        ("calm down", None),
        ("stressed af", 4),
        ("tired as hell ngl", 5),
        ("good mate", 7),
    ],
)
def test_mood_in_words(text: str, mood: int | None) -> None:
    assert mood_in_words(text) == mood


@pytest.mark.parametrize(
    ("mood", "text", "disagree"),
    [
        (10, "i'd say a 10 out of 10 bad day", "rough"),
        (9, "9, awful", "rough"),
        (1, "1 best day ever", "good"),
        (8, "8, not a bad day", None),
        (8, "8 but yesterday was awful", None),
        (2, "2, bad day", None),
        (7, "7 great day", None),
    ],
)
def test_words_that_disagree_with_the_number(mood: int, text: str, disagree: str | None) -> None:
    assert words_disagree(mood, text) == disagree


@pytest.mark.parametrize(
    ("text", "same"),
    [
        ("about the same", True),
        ("pretty much the same", True),
        ("same as before", True),
        ("no change", True),
        ("didn't make much difference", True),
        ("better", False),
        ("same time tomorrow?", False),
        ("5", False),
    ],
)
def test_same_as_before(text: str, same: bool) -> None:
    assert same_as_before(text) is same


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("check in 3 tired and anxious", "tired and anxious"),
        ("can we do a check in, feeling a 6 but stressed", "stressed"),
        ("check in", ""),
        ("check in 7", ""),
        ("can we do a check in please", ""),
    ],
)
def test_words_told_with_a_request_to_check_in(text: str, told: str) -> None:
    assert told_with_request(text) == told


@pytest.mark.parametrize(
    ("text", "taken_back"),
    [
        ("actually not really", True),
        ("hmm no", True),
        ("wait no not really", True),
        ("not really", False),  # to "what words would you use?": no words, not a new score
        ("actually pretty tired", False),
    ],
)
def test_a_score_taken_back(text: str, taken_back: bool) -> None:
    assert (TAKEN_BACK.match(text) is not None) is taken_back


@pytest.mark.parametrize(
    ("text", "wants"),
    [
        ("yes", True),
        ("yes i want to add something", True),
        ("yeah i'd like to add a note", True),
        ("can i add something", True),
        ("yes my cat died", False),
        ("no", False),
        ("skip", False),
    ],
)
def test_yes_to_a_note_with_the_note_still_to_come(text: str, wants: bool) -> None:
    assert (WANTS_TO_ADD.match(text) is not None) is wants
