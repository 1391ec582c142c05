"""A helpline asked for by name, and the words for someone who died."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.listening import pronouns, who_is_meant
from bot.locale import country_name, line_place
from bot.text import render
from bot.topics import service_topic


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("whos the number for lifeline", "GB", ("AU", "Australia")),  # not the UK's line
        ("whats the number for the 988 lifeline", "GB", ("US", "the US")),
        ("what about samaritans", "US", ("GB", "the UK")),
        ("is there a number for tele manas", "GB", ("IN", "India")),
        ("i live in canada whats the number", "GB", ("CA", "Canada")),  # a country named
    ],
)
def test_a_line_named_that_is_not_theirs_is_placed_where_it_is(
    text: str, country: str, place: tuple[str, str]
) -> None:
    assert line_place(text, country) == place


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("whats the number for samaritans", "GB"),  # their own line: answered as always
        ("number for lifeline", "AU"),
        ("is 988 free", "US"),
        ("can i text 988", "CA"),
        ("the 1988 census", "GB"),  # not a line
        ("what number do i call", "GB"),
    ],
)
def test_their_own_line_or_no_line_named_is_not_placed_abroad(text: str, country: str) -> None:
    assert line_place(text, country) is None


@pytest.mark.parametrize("text", ["what about samaritans", "and lifeline?", "988?"])
def test_a_line_asked_about_in_passing_is_a_helpline_question(text: str) -> None:
    assert service_topic(text) == "helpline"


def test_the_line_abroad_comes_with_their_own() -> None:
    from bot.locale import helpline_for
    from mindlink.config import load_settings

    table = load_settings({})["helplines"]
    text = render(
        "helpline_abroad",
        helpline=helpline_for("AU", table),
        place="Australia",
        here=helpline_for("GB", table),
        here_place=country_name("GB"),
    )
    assert "13 11 14" in text and "In an emergency there, call 000" in text
    assert "If you're in the UK, Samaritans on 116 123" in text and "999" in text
    assert text.count("116 123") == 1


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("my husband died in march", "he"),
        ("lost my nan last week", "she"),
        ("my mum passed away on sunday", "she"),
        ("my grandad died and i was with him", "he"),
        ("my best friend died", "they"),
        ("our dog was put down today", "they"),
        ("she used to make me breakfast every sunday", "she"),
    ],
)
def test_who_was_lost_is_read_from_the_words(text: str, who: str) -> None:
    assert who_is_meant(text) == who


def test_a_memory_without_a_name_takes_the_loss_as_told() -> None:
    convo = SimpleNamespace(slots={"lost_one": "he"})
    assert pronouns(convo, "we went fishing every summer") == {"they": "he", "them": "him"}  # type: ignore[arg-type]
    assert pronouns(convo, "she was always singing") == {"they": "she", "them": "her"}  # type: ignore[arg-type]
    assert pronouns(SimpleNamespace(slots={}), "") == {"they": "they", "them": "them"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "task"),
    [
        ("i keep skipping lunch", "have lunch"),
        ("ugh i always miss my meds", "take my meds"),
        ("i never drink enough water tbh", "drink water"),
        ("i keep skipping meals when im stressed", "eat"),
        ("i keep forgetting to call my mum", "call my mum"),
        ("i missed the bus", None),  # once, not a habit
        ("i skipped lunch today", None),
    ],
)
def test_something_small_they_keep_skipping_is_a_task(text: str, task: str | None) -> None:
    from bot.listening import forgotten_task

    assert forgotten_task(text) == task
