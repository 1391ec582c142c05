"""Praise about a bad turn of events is read as annoyance; praise that is meant is not."""

from __future__ import annotations

import pytest

from nlu.sarcasm import sounds_sarcastic


@pytest.mark.parametrize(
    "text",
    [
        "oh great, the washing machine has broken down and flooded the kitchen",
        "wonderful. train cancelled, next one in an hour",
        "so happy to report my laptop crashed and i lost the whole essay 🙃",
        "nice one council, bins not collected for the third week in a row",
        "love how my landlord has ignored the leak for a month",
        "perfect, locked out in the rain with a dead phone",
        "another meeting that could have been an email. living the dream",
        "thanks a lot, you ate my leftovers again 🙄",
        "just what i needed today, not",
    ],
)
def test_praise_about_something_going_wrong_is_sarcastic(text: str) -> None:
    assert sounds_sarcastic(text)


@pytest.mark.parametrize(
    "text",
    [
        "great news, i passed my driving test!!",
        "that breathing exercise was just what i needed",
        "brilliant, the flight wasn't cancelled after all",
        "so glad the flu has finally gone",
        "yay, we're going back to the seaside again this summer",
        "amazing day, lost 5kg since january",
        "my train was cancelled and i'm stuck at the station",
        "fired up for my first day tomorrow, great team",
    ],
)
def test_praise_that_is_meant_or_a_plain_complaint_is_not(text: str) -> None:
    assert not sounds_sarcastic(text)


@pytest.mark.parametrize(
    "text", ["great. just great.", "well that went great, got dumped on my birthday"]
)
def test_short_dry_praise_is_sarcastic(text: str) -> None:
    assert sounds_sarcastic(text)
