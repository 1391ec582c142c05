"""Words for people the bot used to miss: drunk or high told of themself now, unwanted
thoughts of harming a baby told as thoughts that keep coming, and wishing they had died
instead of someone who did. Each checked against what it must not take in."""

from __future__ import annotations

import pytest

from bot.safety_words.crisis import survivor_guilt
from bot.safety_words.lived import (
    after_influence,
    intrusive_about_a_child,
    intrusive_more,
    intrusive_thoughts,
    lived_topics,
    under_the_influence,
)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("im so high rn lol", "high"),
        ("soooo im a bit drunk lol", "drunk"),
        ("im so tipsy haha", "drunk"),
        ("i'm proper wasted", "drunk"),
        ("im stoned lol everything is funny", "high"),
        ("feeling kinda high and kinda scared", "high"),
    ],
)
def test_drunk_or_high_now_is_heard(text: str, what: str) -> None:
    assert under_the_influence(text) == what
    assert f"{what}_now" in lived_topics(text)


@pytest.mark.parametrize(
    "text",
    [
        "im so drunk and i want to die",  # a crisis beside it
        "im drunk and i took pills",
        "im a bit drunk and driving home",
        "i was so drunk last night",  # the past
        "my mate is so drunk",  # someone else
        "getting drunk tonight lol",  # a plan
        "im high on life",
        "im high up on the roof",
        "im pissed off",
        "im so hungover",
        "high school is hard",
    ],
)
def test_not_drunk_or_high_now(text: str) -> None:
    assert under_the_influence(text) is None


@pytest.mark.parametrize(
    ("text", "scared", "alone"),
    [
        ("im kinda scared actually", True, False),
        ("like everything is melting", True, False),
        ("im at home alone", False, True),
        ("everyone left the party without me", False, True),
    ],
)
def test_how_it_feels_after_drunk_or_high(text: str, scared: bool, alone: bool) -> None:
    feels = after_influence(text)
    assert feels is not None
    assert (feels["scared"], feels["alone"]) == (scared, alone)


@pytest.mark.parametrize(
    "text", ["i want to kill myself", "ok", "lol", "im scared i'll hurt myself tonight"]
)
def test_a_crisis_or_nothing_after_drunk_or_high_is_not_this(text: str) -> None:
    assert after_influence(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i keep having really intense thoughts that i might hurt my baby",
        "i keep having thoughts of hurting my son",
        "ive been getting these scary images of drowning my baby in the bath",
    ],
)
def test_thoughts_that_keep_coming_about_a_baby_are_intrusive(text: str) -> None:
    assert intrusive_thoughts(text)
    assert intrusive_about_a_child(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to hurt my baby",
        "i keep having thoughts of hurting myself",
        "i had thoughts about my baby all day",
        "i keep having thoughts that i might hurt my baby and i think i will hurt my baby",
    ],
)
def test_not_intrusive_thoughts(text: str) -> None:
    assert not intrusive_thoughts(text)


@pytest.mark.parametrize(
    "text",
    [
        "i would never do it, they just pop in my head and it terrifies me",
        "am i a bad mum",
        "what's wrong with me",
        "will they take her away",
    ],
)
def test_more_about_intrusive_thoughts(text: str) -> None:
    assert intrusive_more(text)


@pytest.mark.parametrize("text", ["i shook her", "i want to kill myself", "ok thank you"])
def test_not_more_about_intrusive_thoughts(text: str) -> None:
    assert not intrusive_more(text)


@pytest.mark.parametrize(
    "text",
    [
        "like it should have been me",
        "sometimes i think i should have been there instead of her",
        "why him and not me",
        "i should have died with her",
        "i wish it was me",
    ],
)
def test_wishing_it_had_been_them(text: str) -> None:
    assert survivor_guilt(text)


@pytest.mark.parametrize(
    "text",
    [
        "it should have been me who got the promotion",
        "i should have been there for her",
        "it should have been me in the team",
    ],
)
def test_not_wishing_it_had_been_them(text: str) -> None:
    assert not survivor_guilt(text)
