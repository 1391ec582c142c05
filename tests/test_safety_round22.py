"""Round twenty-two of safety, the words: unable to speak with someone in the room."""

from __future__ import annotations

import pytest

from bot import safety_words


@pytest.mark.parametrize(
    "said",
    [
        "i cant talk hes here",
        "cant talk my dad is here",
        "i cant talk right now my boyfriend is here",
        "hes home i cant call",
        "she'll hear me",
    ],
)
def test_unable_to_speak_with_someone_there(said: str) -> None:
    assert safety_words.cant_speak_now(said)


@pytest.mark.parametrize(
    "said",
    [
        "cant talk rn in class",
        "i cant talk now, i'll text you later",
        "my dad is here for the weekend and its been lovely",
        "can you hear me",
    ],
)
def test_busy_or_glad_is_not_unable_to_speak(said: str) -> None:
    assert not safety_words.cant_speak_now(said)


def test_a_named_person_there_is_abuse_now_too() -> None:
    assert safety_words.abuse_now("cant talk my stepdad is home")
