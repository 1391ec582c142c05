"""Words about someone else's trouble: their age told, a door they won't open, a grandparent
named without "my", and a child next door told of again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.actions.general import more_about_a_child, their_ages
from bot.safety_words import cannot_reach_them, follow_up_about_them
from bot.safety_words.others import names_someone_close

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("shes 13", [13]),
        ("they're like 4 and 6", [4, 6]),
        ("he's 88, is it normal", [88]),
        ("she is only 12 years old", [12]),
        ("he's 2 hours late", []),
        ("shes 5 minutes away", []),
    ],
)
def test_their_age_is_read_and_not_a_time(text: str, ages: list[int]) -> None:
    assert their_ages(text) == ages


@pytest.mark.parametrize(
    "text",
    [
        "she wont open the door",
        "he's locked himself in the bathroom",
        "they won't let me in",
        "she refuses to open her bedroom door",
    ],
)
def test_a_door_they_wont_open_is_not_reaching_them(text: str) -> None:
    assert cannot_reach_them(text) and follow_up_about_them(text) == "door"


def test_an_open_door_is_not() -> None:
    assert not cannot_reach_them("she opened the door and we talked")


@pytest.mark.parametrize("text", ["grandad has stopped eating", "nan keeps falling over"])
def test_a_grandparent_named_without_my_is_someone_close(text: str) -> None:
    assert names_someone_close(text)


def test_more_about_a_child_only_soon_after_a_worry_about_one() -> None:
    earlier = {"at": NOW.isoformat(), "child_risk": True}
    assert more_about_a_child(earlier, "i can hear them crying at night", "mood_report", NOW)
    assert not more_about_a_child(earlier, "thanks i'll call them", "thanks", NOW)
    assert not more_about_a_child({**earlier, "child_risk": False}, "they cry", "mood_report", NOW)
    assert not more_about_a_child(None, "they cry", "mood_report", NOW)
