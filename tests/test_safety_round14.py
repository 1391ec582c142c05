"""Words for crisis told late, briefly, or as a question back (round 14)."""

from __future__ import annotations

import pytest

from bot import safety_words


@pytest.mark.parametrize(
    "text",
    [
        "cant talk. hes hitting me",
        "my husband is beating me, he has machete",
        "he is choking me",
        "they are hitting me rn",
        "my stepdad's punching me",
    ],
)
def test_hurt_as_they_write_is_happening_now(text: str) -> None:
    assert safety_words.abuse_now(text)


@pytest.mark.parametrize(
    "text",
    [
        "hes been hitting me for years",
        "shes hitting me up later",
        "he's beating me at fifa",
        "my dad beat me",
        "he keeps hitting me when hes drunk",
    ],
)
def test_abuse_told_of_or_everyday_words_are_not_happening_now(text: str) -> None:
    assert not safety_words.abuse_now(text)
