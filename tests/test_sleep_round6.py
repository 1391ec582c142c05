"""Sleep topics told rather than asked, and the words read after them (pure functions)."""

from __future__ import annotations

import pytest

from bot.offers import HOW_TO_STOP, cups_told
from bot.sleep import awake_and_sleepless, sleep_question, sleep_told


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("flew back from new york yesterday and my sleep is all over the place", "jet_lag"),
        ("totally jet lagged", "jet_lag"),
        ("i scroll on my phone in bed for hours", "screens"),
        ("been on tiktok every night instead of sleeping", "screens"),
        ("ive been drinking energy drinks for exams and now i cant sleep", "caffeine"),
        ("my husband snores so loud", "snoring"),
    ],
)
def test_a_topic_told_is_that_topic(text: str, topic: str) -> None:
    assert sleep_told(text) == topic
    assert sleep_question(text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "my flight got cancelled",  # no sleep in it
        "i scroll through instagram all day",  # not at night
        "went to bed at 11 and scrolled till 1",  # a diary answer, with times
    ],
)
def test_not_a_sleep_topic_told(text: str) -> None:
    assert sleep_told(text) is None


@pytest.mark.parametrize(
    ("text", "awake"),
    [
        ("its 3am and im so anxious i cant sleep", True),
        ("lying here wide awake, cant get to sleep", True),
        ("i cant sleep lately", False),
        ("its 3am", False),
    ],
)
def test_awake_and_sleepless(text: str, awake: bool) -> None:
    assert awake_and_sleepless(text) is awake


@pytest.mark.parametrize(
    ("text", "cups"),
    [
        ("i have like 4 cups a day", 4),
        ("two coffees", 2),
        ("about 3 or 4 cans", 3),
        ("loads", None),
    ],
)
def test_cups_told(text: str, cups: int | None) -> None:
    assert cups_told(text) == cups


@pytest.mark.parametrize(
    "text", ["how do i stop", "but how do i cut down?", "what do i do about it"]
)
def test_how_to_stop(text: str) -> None:
    assert HOW_TO_STOP.match(text)
