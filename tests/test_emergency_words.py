"""Which messages tell a medical emergency happening now (pure words, no model)."""

from __future__ import annotations

import pytest

from bot.emergency import sign_of


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("found my son hanging in the garage", "hanging"),
        ("my roommate took a bunch of xanax with vodka and i cant wake her up", "unresponsive"),
        ("my mum just took an overdose, shes sleepy and wont wake up properly", "unresponsive"),
        ("he's not breathing what do i do", "not_breathing"),
        ("my 2 year old swallowed some of my tablets", "poisoned_child"),
        ("i cant feel my arm and my face is drooping", "stroke"),
        ("my chest hurts and my left arm is numb", "heart"),
        ("i think i'm having a heart attack", "heart"),
        ("grandma fell and is not moving", "fall"),
        ("my brother is having a seizure", "seizure"),
    ],
)
def test_an_emergency_told_as_it_happens(text: str, sign: str) -> None:
    assert sign_of(text) == sign


@pytest.mark.parametrize(
    "text",
    [
        "just saw my ex hanging out with her new boyfriend",
        "found out my friends have been hanging out without me",
        "i'm so depressed i can't wake up in the mornings anymore",
        "my mum says i cant wake up in the mornings",
        "my boyfriend has been totally unresponsive since our fight",
        "she wont respond to my texts",
        "i was so drunk last night i passed out, not moving til noon lol",
        "i'm literally having a heart attack about this interview",
        "my mum nearly had a heart attack when she saw my grades lol",
        "when i get anxious it feels like i'm not breathing",
        "i found my dad hanging 5 years ago and i still see it",
    ],
)
def test_everyday_words_are_not_an_emergency(text: str) -> None:
    assert sign_of(text) is None
