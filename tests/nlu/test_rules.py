"""Explicit first-person crisis phrases, and what must not count as one."""

from __future__ import annotations

import pytest

from nlu.rules import explicit_crisis


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("i want to kill myself", "suicidal"),
        ("honestly i don't want to live anymore", "suicidal"),
        ("i wish i was dead", "suicidal"),
        ("everyone would be better off without me", "suicidal"),
        ("i've been having suicidal thoughts again", "suicidal"),
        ("i keep thinking about ending it all", "suicidal"),
        ("i'm ready to end it all tonight", "suicidal"),
        ("i've been cutting myself again", "self_harm"),
        ("i self harm when it gets bad", "self_harm"),
        ("i've just taken an overdose", "self_harm"),
        ("how many pills would it take to die", "suicidal"),
        ("what's a lethal dose of paracetamol", "suicidal"),
        ("how much paracetamol does it take to kill you", "suicidal"),
        ("painless ways to die", "suicidal"),
        ("what's the easiest way to go", "suicidal"),
        ("how long does it take to bleed out", "suicidal"),
        ("ya no quiero vivir", "suicidal"),
        ("je veux mourir", "suicidal"),
        ("ayoko na mabuhay, pagod na ako", "suicidal"),
    ],
)
def test_explicit_first_person_phrases(text: str, kind: str) -> None:
    assert explicit_crisis(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "my friend keeps saying she wants to die",
        "how to help someone with suicidal thoughts",
        "how do i ask someone if they're thinking about suicide",
        "this song is to die for",
        "i could die happy after that concert",
        "i hurt myself at the gym",
        "the movie where he wants to end it all",
        "i never want to leave this beach",
        "how many ibuprofen can i take in a day",
        "how many pills should i take for my headache",
        "is 2 paracetamol a lethal dose for a dog",
        "what's the best way to go to london",
        "how much does it cost to die your hair",
        "might take myself to the cinema",
        "i cut myself shaving again",
        "no quiero vivir en londres mas, the rent is insane",
        "what's the lethal dose of caffeine, asking for my energy drink habit",
    ],
)
def test_not_an_explicit_first_person_crisis(text: str) -> None:
    assert explicit_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("remind me to take all my pills at once", "suicidal"),
        ("i could just swallow a whole bottle of sleeping pills", "suicidal"),
        ("take all my meds in one go tonight", "suicidal"),
        ("did you take all my vitamins", None),
        ("take the whole box of cereal", None),
        ("remind me to take all my tablets at 8am", None),
    ],
)
def test_a_whole_supply_at_once(text: str, kind: str | None) -> None:
    assert explicit_crisis(text) == kind
