"""Everyday words, round thirteen: news to be glad with, and time zones as people say them."""

from __future__ import annotations

import pytest

from bot.languages import written_in
from bot.listening import SO_SO
from bot.locale import zone_said
from bot.routing import DAY_ASK
from bot.topics import everyday_news


@pytest.mark.parametrize(
    ("zone", "said"),
    [
        ("America/New_York", "US Eastern time (New York)"),
        ("Europe/London", "UK time (London)"),
        ("Australia/Perth", "Perth time"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires time"),
        ("Etc/GMT-2", "UTC+2"),
        ("Etc/GMT+5", "UTC-5"),
        ("UTC", "UTC"),
    ],
)
def test_a_zone_as_people_say_it(zone: str, said: str) -> None:
    assert zone_said(zone) == said


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("im dying to see my sister shes coming home from uni friday", "forward"),
        ("cant wait to see my nan at christmas", "forward"),
        ("really looking forward to the weekend", "forward"),
        ("gasping for a brew", "treat"),
        ("im flying to spain tomorrow", "trip"),
        ("we're going on holiday tomorrow", "trip"),
        ("were moving to leeds next month", "move"),
        ("its my birthday today", "birthday"),
    ],
)
def test_everyday_news(text: str, kind: str) -> None:
    news = everyday_news(text)
    assert news is not None and news["kind"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "i cant wait for this week to be over",
        "cant wait for it all to end",
        "im going to the bridge tonight",
        "im heading to london bridge tonight",
        "im off to bed",
        "heading to work",
        "im flying to spain tomorrow but im so nervous",
        "im dying to be gone",
        "going to the river later",
        "i just want to die",
        "its my birthday and nobody remembered",
        "cant wait to see my nan again",
        "im dying to be with my dad in heaven",
        "cant wait to join her",
    ],
)
def test_not_everyday_news(text: str) -> None:
    assert everyday_news(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hallo wie geht es dir", "de"),
        ("je suis un peu stressé", "fr"),
        ("comment ça va", "fr"),
        ("hi how are you", None),
        ("the bus was late", None),
    ],
)
def test_everyday_words_in_another_language(text: str, lang: str | None) -> None:
    assert written_in(text) == lang


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what day is it", True),
        ("whats the date today", True),
        ("what's today's date", True),
        ("what day is it tomorrow for the party", False),
        ("what a day", False),
    ],
)
def test_the_day_asked(text: str, asked: bool) -> None:
    assert bool(DAY_ASK.match(text)) is asked


@pytest.mark.parametrize(
    ("text", "so_so"),
    [
        ("meh", True),
        ("could be better tbh", True),
        ("same old same old", True),
        ("just existing", False),
        ("surviving", False),
        ("meh i want to die", False),
    ],
)
def test_a_so_so_day(text: str, so_so: bool) -> None:
    assert bool(SO_SO.match(text)) is so_so
