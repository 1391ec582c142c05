"""Words read as meant, round four: text-speak advice asks, anxiety however spelt, a stay's
length after a city, eulogies and plans asked for."""

from __future__ import annotations

import pytest

from bot.listening import EULOGY, HOW_ASK, PLAN_ASK, STOP_ASK, WORKLOAD
from bot.onboarding import zone_told
from bot.topics import ADVICE_ASK, ANXIOUS_WORDS


@pytest.mark.parametrize(
    "text", ["wat shud i do", "what shud i do?", "wot shld i do", "wat can i do"]
)
def test_advice_asked_in_text_speak(text: str) -> None:
    assert ADVICE_ASK.match(text)


@pytest.mark.parametrize("text", ["what do you do", "what should you do"])
def test_questions_about_us_are_not_advice_asks(text: str) -> None:
    assert not ADVICE_ASK.match(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [("feelin realy anxius", True), ("cant stp shakin", True), ("im panicking", True),
     ("my animal is sick", False), ("im so angry", False)],
)  # fmt: skip
def test_anxiety_however_spelt(text: str, found: bool) -> None:
    assert bool(ANXIOUS_WORDS.search(text)) is found


@pytest.mark.parametrize(
    ("text", "zone"),
    [("im in new york this week", "America/New_York"), ("im in tokyo on holiday", "Asia/Tokyo"),
     ("im in madrid for work till friday", "Europe/Madrid"), ("im in hospital this week", None),
     ("im in a bad place this week", None), ("im in love with nyc", None)],
)  # fmt: skip
def test_a_city_with_how_long_they_stay(text: str, zone: str | None) -> None:
    assert zone_told(text, "GB") == zone


@pytest.mark.parametrize(
    "text",
    ["i have to give the eulogy", "they want me to speak at the funeral", "writing his eulogy"],
)
def test_eulogy_words(text: str) -> None:
    assert EULOGY.search(text)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [(PLAN_ASK, "can you help me make a plan"), (PLAN_ASK, "where do i even start"),
     (HOW_ASK, "how do i even write that"), (WORKLOAD, "i have 4 essays due"),
     (WORKLOAD, "so much work and no time")],
)  # fmt: skip
def test_plans_and_hows_asked(pattern: object, text: str) -> None:
    assert pattern.search(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "found"),
    [("how do i stop it", True), ("how can i stop the messages if i want to", True),
     ("can i unsubscribe later", True), ("how do i stop feeling like this", False),
     ("how do i stop taking it", False)],
)  # fmt: skip
def test_how_to_stop_asked(text: str, found: bool) -> None:
    assert bool(STOP_ASK.match(text)) is found
