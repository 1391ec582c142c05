"""The sleep diary read as people word their answers: how long it took to fall asleep, the
time they got up, and how the night was."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _night(someone: TestBot, bed: str, wake: str, latency: str, quality: str = "3") -> str:
    someone.onboard()
    for answer in ("sleep diary", bed, wake, latency):
        someone.say(answer)
    return someone.say(quality)


@pytest.mark.parametrize(
    ("latency", "efficiency"),
    [
        ("hour and a half", "81%"),
        ("couple hours", "75%"),
        ("a few hours", "62%"),
        ("not long", "98%"),
        ("1h30", "81%"),
        ("about 2 and a half hours", "69%"),
    ],
)
def test_how_long_it_took_in_words(someone: TestBot, latency: str, efficiency: str) -> None:
    assert f"efficiency was about {efficiency}" in _night(someone, "11", "7", latency)


@pytest.mark.parametrize(
    ("bed", "wake", "in_bed"),
    [
        ("11", "ten to 7", "7h 50m"),
        ("11", "twenty past 7", "8h 20m"),
        ("10 30", "7", "8h 30m"),
        ("1130", "0630", "7h"),
    ],
)
def test_times_said_the_way_people_say_them(
    someone: TestBot, bed: str, wake: str, in_bed: str
) -> None:
    assert f"in bed {in_bed} and" in _night(someone, bed, wake, "0")


@pytest.mark.parametrize(
    ("said", "rated"),
    [("could be better", "feel restful"), ("rough", "feel restful"), ("horrendous", "rough night")],
)
def test_how_the_night_was_in_words(someone: TestBot, said: str, rated: str) -> None:
    assert rated in _night(someone, "11", "7", "10", said)
