"""The words read in round three: caring for someone, a friend the same age, taking them to a
doctor, emoji that carry no feeling, and a diagnosis asked of us."""

from __future__ import annotations

import pytest

from bot.actions.general import DOCTOR_FOR_THEM
from bot.listening import CARING_FOR
from bot.routing import is_mash
from bot.topics import service_topic


@pytest.mark.parametrize(
    "text",
    [
        "My wife has dementia and I am her full time carer. I am exhausted.",
        "i look after my husband who has dementia",
        "im my mums carer",
        "i'm caring for my dad since his stroke",
    ],
)
def test_caring_for_someone_is_heard(text: str) -> None:
    assert CARING_FOR.search(text)


@pytest.mark.parametrize("text", ["i care about my mum", "she looks after me", "careful now"])
def test_other_care_words_are_not_caring_for(text: str) -> None:
    assert not CARING_FOR.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Should I take her to the GP?",
        "do i need to get him seen",
        "should we book him an appointment",
    ],
)
def test_a_doctor_for_them_is_asked(text: str) -> None:
    assert DOCTOR_FOR_THEM.search(text)


@pytest.mark.parametrize("text", ["🍕🍕🍕", "🚗", "🌮 🌮"])
def test_emoji_of_no_feeling_are_not_understood(text: str) -> None:
    assert is_mash(text)


@pytest.mark.parametrize("text", ["😭😭😭", "🙂", "❤️", "💀", "👍", "ok 🍕"])
def test_emoji_of_feeling_or_words_are_read(text: str) -> None:
    assert not is_mash(text)


@pytest.mark.parametrize(
    "text",
    ["can you tell me if im depressed", "can you diagnose me with adhd", "am i depressed"],
)
def test_a_diagnosis_asked_of_us_sends_to_a_doctor(text: str) -> None:
    assert service_topic(text) == "see_doctor"


def test_a_question_of_something_else_is_no_diagnosis() -> None:
    assert service_topic("can you tell me if its going to rain") is None


@pytest.mark.parametrize("text", ["🔫", "🗡️", "🌉⬇️", "💊💊💊"])
def test_emoji_of_danger_are_never_shrugged_off(text: str) -> None:
    assert not is_mash(text)
