"""A message plainly in another language, and the line in it that says we write in English."""

from __future__ import annotations

import pytest

from bot.languages import written_in
from bot.locale import helpline_for
from bot.text import render
from mindlink.config import load_settings


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("hola necesito ayuda", "es"),
        ("quiero morir", "es"),
        ("mi vida no tiene sentido", "es"),
        ("je veux mourir", "fr"),
        ("não quero mais viver", "pt"),
        ("ich will nicht mehr leben", "de"),
        ("voglio morire", "it"),
        ("mujhe marna hai", "hi"),
        ("ayoko na mabuhay", "tl"),
        # everyday words, so the line in their language comes with any answer
        ("kaise ho", "hi"),
        ("main theek hoon", "hi"),
        ("aaj bahut thak gaya hoon", "hi"),
        ("mera mann udaas hai aaj", "hi"),
        ("kya tum hindi samajhte ho", "hi"),
        ("hola que tal", "es"),
        ("hallo wie gehts", "de"),
        ("tengo un examen mañana y estoy nerviosa", "es"),
        ("que haces", "es"),
        # help asked in a word
        ("ayuda", "es"),
        ("hilfe!", "de"),
        ("bachao", "hi"),
    ],
)
def test_a_message_in_another_language_is_known(text: str, lang: str) -> None:
    assert written_in(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "hola",  # one word: a hello anyone might send
        "oi oi",
        "the main thing is i cant sleep",
        "i need help please",
        "ok",
        "😭😭",
        "",
        "ho ho ho merry christmas",  # one word said three times is one word
        "haan ji",  # a yes to our question stays a yes
        "au revoir",  # a goodbye anyone might send
    ],
)
def test_english_or_too_little_is_left_alone(text: str) -> None:
    assert written_in(text) is None


def test_no_english_message_in_the_data_is_taken_for_another_language() -> None:
    from nlu.data import load_examples

    known = [e.text for e in load_examples() if written_in(e.text)]
    # only the examples written in other languages on purpose (crisis, and everyday Hindi
    # like "nahi yaar", "neend nahi aa rahi yaar")
    assert all(not any(w in t.split() for w in ("the", "and", "you")) for t in known)
    assert len(known) <= 14


@pytest.mark.parametrize("lang", ["es", "fr", "pt", "de", "it", "hi", "tl"])
def test_the_line_names_the_emergency_number(lang: str) -> None:
    line = helpline_for("GB", load_settings({})["helplines"])
    assert "999" in render("english_only", lang=lang, helpline=line)
