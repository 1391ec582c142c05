"""Control and grooming told in passing: being locked in or having a phone taken is more than
coming out, and an adult in trust asking a young person for pictures is pressure for pictures."""

from __future__ import annotations

import pytest

from bot import safety_words


@pytest.mark.parametrize(
    "text",
    [
        "my parents lock me in and take my phone because i'm gay",
        "since i came out my dad takes my phone every night",
        "she won't let me see my friends since i told her i'm trans",
    ],
)
def test_kept_in_or_controlled(text: str) -> None:
    assert safety_words.kept_or_controlled(text)


@pytest.mark.parametrize(
    "text", ["i came out to my mum last night and she hugged me", "locked myself out again lol"]
)
def test_not_kept_in(text: str) -> None:
    assert not safety_words.kept_or_controlled(text)


@pytest.mark.parametrize(
    "text",
    [
        "my youth pastor asked me to send him pictures and said god wanted us to be close",
        "my swimming coach keeps asking me to send him pics",
        "this guy i met online wants me to send him photos, im 13",
    ],
)
def test_an_adult_asking_for_pictures(text: str) -> None:
    assert safety_words.pressed_for_pictures(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum asked me to send her pictures of the holiday",
        "my teacher asked us to send our project photos by friday",
    ],
)
def test_everyday_pictures(text: str) -> None:
    assert not safety_words.pressed_for_pictures(text)
