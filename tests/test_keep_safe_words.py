"""Not being able to keep oneself safe, said in one's own words, is danger now."""

from __future__ import annotations

import pytest

from bot import safety_words


@pytest.mark.parametrize(
    "text",
    [
        "i need to talk to a real person right now, i cant keep myself safe",
        "not sure i can stay safe tonight",
        "i don't think i can keep myself safe",
    ],
)
def test_not_able_to_keep_safe_is_danger_in_its_own_words(text: str) -> None:
    assert safety_words.crisis_kind(text) == "danger"


@pytest.mark.parametrize(
    "text", ["how do i keep my kids safe online", "i cant keep my phone safe from my brother lol"]
)
def test_keeping_other_things_safe_is_not_danger(text: str) -> None:
    assert safety_words.crisis_kind(text) is None
