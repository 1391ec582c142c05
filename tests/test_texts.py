"""The bot's words: template logic never glues two sentences together."""

from __future__ import annotations

import re

import pytest

from bot.text import render, twelve_hour

GLUED = re.compile(r"[.!?][A-Z]")
HELPLINE = {
    "emergency": "999",
    "abuse": "an abuse line",
    "child": "a children's line",
    "assault": "a rape crisis line",
    "sentence": "Samaritans",
    "silent": "press 55",
}


@pytest.mark.parametrize("at_home", [True, False])
@pytest.mark.parametrize("again", [False, True])
@pytest.mark.parametrize("name", ["crisis", "crisis_stay"])
@pytest.mark.parametrize("kind", ["abuse", "danger", "self_harm", "suicidal"])
def test_crisis_words_keep_each_sentence_apart(
    name: str, kind: str, again: bool, at_home: bool
) -> None:
    text = render(
        name,
        kind=kind,
        helpline=HELPLINE,
        handed_over=False,
        again=again,
        at_home=at_home,
        bleeding=kind == "danger",
        taken=kind == "danger",
        strangled=kind == "abuse",
        urgent=kind == "abuse" and at_home,
        young=at_home,
        said=None,
        sexual=again,
        secret=not at_home,
    )
    assert not GLUED.search(text), text
    assert "Samaritans" in text
    if again and name == "crisis":  # said again soon after: the emergency number first
        assert text.index("999") < text.index("Samaritans")
    if name == "crisis" and kind == "abuse" and at_home:  # hurt as they write: 999 first
        assert text.startswith("If you're in danger right now") or again


@pytest.mark.parametrize("trend", ["lower", "higher", None])
@pytest.mark.parametrize("band,mood", [("low", 3), ("middle", 5), ("high", 8)])
def test_checkin_summary_keeps_each_sentence_apart(band: str, mood: int, trend: str | None) -> None:
    text = render(
        "checkin_done",
        band=band,
        mood=mood,
        ekman="joy",
        saved=True,
        trend=trend,
        streak=3,
        loss=False,
    )
    assert not GLUED.search(text), text
    assert "3 days in a row" in text


@pytest.mark.parametrize("ekman", ["fear", "sadness", "anger"])
def test_a_good_number_with_a_hard_feeling_is_not_called_good_news(ekman: str) -> None:
    text = render(
        "checkin_done",
        band="high",
        mood=7,
        ekman=ekman,
        saved=True,
        trend=None,
        streak=0,
        loss=False,
    )
    assert "good to hear" not in text and "a 7" in text and "Saved." in text
    assert not GLUED.search(text), text


@pytest.mark.parametrize(
    ("hh_mm", "said"),
    [
        ("23:00", "11pm"),
        ("07:00", "7am"),
        ("00:00", "12am"),
        ("12:00", "12pm"),
        ("06:30", "6:30am"),
    ],
)
def test_a_clock_time_is_said_as_people_text_it(hh_mm: str, said: str) -> None:
    assert twelve_hour(hh_mm) == said
