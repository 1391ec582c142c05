"""Sleep and breathing words, fifth round: work that ends in the morning, calm reached
mid-exercise, how someone feels told in words, and sleeping a lot and still tired."""

from __future__ import annotations

import pytest

from bot.actions.breathing import told_in_words
from bot.actions.sleep import TOO_MUCH
from bot.breathing import CALM_NOW
from bot.sleep import morning_finish, sleeper


@pytest.mark.parametrize(
    ("text", "finish", "bed_by"),
    [
        ("what time should i go to bed if i finish at 7am", "7am", "8am"),
        ("my shift ends at 6 in the morning", "6am", "7am"),
        ("i get off work at 7.30am how do i sleep", "7:30am", "8:30am"),
    ],
)
def test_work_ending_in_the_morning_is_a_night_shift(text: str, finish: str, bed_by: str) -> None:
    assert sleeper(text) == "shift"
    assert morning_finish(text) == {"finish": finish, "bed_by": bed_by}


@pytest.mark.parametrize("text", ["i finish work at 5pm", "i finish at 7", "up at 7am"])
def test_work_ending_in_the_day_is_not(text: str) -> None:
    assert morning_finish(text) == {}
    assert sleeper(text) is None


@pytest.mark.parametrize(
    "text", ["ok im calmer now", "i feel better now", "im ok now", "feeling a lot calmer now x"]
)
def test_calm_reached(text: str) -> None:
    assert CALM_NOW.match(text)


@pytest.mark.parametrize(
    "text", ["i feel calmer already", "its helping", "feeling better", "im not calmer now"]
)
def test_on_the_way_is_not_calm_reached(text: str) -> None:
    assert not CALM_NOW.match(text)


@pytest.mark.parametrize("text", ["pretty anxious tbh", "not great", "bit wound up", "meh"])
def test_a_feeling_in_words(text: str) -> None:
    assert told_in_words(text)


@pytest.mark.parametrize(
    "text", ["what is box breathing", "my boss just walked in and is staring at me and i cant"]
)
def test_not_a_feeling_in_words(text: str) -> None:
    assert not told_in_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "i sleep like 12 hours and still feel tired",
        "i get 11 hrs a night but wake up exhausted",
    ],
)
def test_long_nights_and_still_tired(text: str) -> None:
    assert TOO_MUCH.search(text)
