"""Word rules for everyday worries and news the model can hear as a crisis."""

from __future__ import annotations

import pytest

from bot.safety_words.everyday import falling_short_only, looking_forward
from bot.safety_words.explained import only_an_idiom


@pytest.mark.parametrize(
    "text",
    ["but im scared i wont be good enough", "so nervous ill mess it up", "worried i cant keep up"],
)
def test_falling_short(text: str) -> None:
    assert falling_short_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "scared i wont be good enough and i want to die",
        "im scared i wont last the night",
        "my dad hits me and im scared i wont be good enough",
    ],
)
def test_falling_short_with_more_beside_it(text: str) -> None:
    assert not falling_short_only(text)


def test_looking_forward() -> None:
    assert looking_forward("cant wait to see my mum, havent seen her in ages")
    assert not looking_forward("cant wait for it all to end")
    assert not looking_forward("cant wait to see him hurt")


def test_news_that_hit_me() -> None:
    assert only_an_idiom("i didnt know him that well but it still hit me")
    assert not only_an_idiom("he hit me")


def test_medicine_forgotten() -> None:
    from bot.safety_words.everyday import forgets_medicine

    assert forgets_medicine("keep forgetting to take my pills")
    assert forgets_medicine("i always forget my meds lol")
    assert not forgets_medicine("i forgot my meds on purpose, whats the point")
    assert not forgets_medicine("keep forgetting my pills so i can save them up")
