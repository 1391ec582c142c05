"""The crisis flag the bot acts on (and `python -m nlu parse` reports): the model's reading,
raised by crisis words, set aside when words explain it away; a direct question counts."""

from __future__ import annotations

import pytest

from bot.safety import crisis_flag
from mindlink.config import load_settings
from nlu.types import Parse

SETTINGS = {"crisis": load_settings()["crisis"]}


def _read(text: str, score: float, kind: str | None = "suicidal") -> Parse:
    threshold = 0.05
    return Parse(
        text=text,
        intent="crisis" if score >= threshold else "smalltalk",
        intent_confidence=0.9,
        emotion="sad",
        emotion_confidence=0.9,
        ekman="sadness",
        crisis=score >= threshold,
        crisis_score=score,
        crisis_kind=kind if score >= threshold else None,
        entities=(),
    )


@pytest.mark.parametrize(
    "text", ["my throat is on fire", "accidentally killed myself in minecraft lol"]
)
def test_a_model_reading_explained_away_is_not_flagged(text: str) -> None:
    assert crisis_flag(text, _read(text, 0.99), SETTINGS) is False


def test_crisis_words_are_flagged_whatever_the_model_reads() -> None:
    text = "i want to kill myself"
    assert crisis_flag(text, _read(text, 0.0), SETTINGS) is True


def test_a_model_reading_nothing_explains_is_flagged() -> None:
    text = "everything feels pointless and i cant see a way out"
    assert crisis_flag(text, _read(text, 0.97), SETTINGS) is True


def test_a_plain_message_the_model_does_not_flag_is_not_flagged() -> None:
    text = "what time does the pharmacy shut"
    assert crisis_flag(text, _read(text, 0.001), SETTINGS) is False


@pytest.mark.parametrize(
    "text", ["still nobody?", "still no one?", "nobodys replied", "no one has replied yet"]
)
def test_still_no_one_while_waiting_is_asked_about_honestly(text: str) -> None:
    from bot.safety_words import STILL_WAITING

    assert STILL_WAITING.search(text)
