"""Safety words from a twelfth round: dying of embarrassment, swearing off drink, held up in
traffic, and what new shoes did to the feet told just after them; and the crisis beside each
that must still be heard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import safety_words
from bot.safety import strain_told_before
from bot.safety_words.everyday import everyday_hurt_only
from bot.safety_words.explained import harmless_only, laughing_hyperbole

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _before(text: str, minutes: int = 1) -> dict[str, str]:
    return {"text": text, "at": (NOW - timedelta(minutes=minutes)).isoformat()}


@pytest.mark.parametrize(
    "text",
    [
        "i literally want to die of embarrassment",
        "i just want to die of embarrassment",
        "i want to die from shame, i called my teacher mum",
    ],
)
def test_dying_of_embarrassment_is_said_lightly(text: str) -> None:
    assert laughing_hyperbole(text)


@pytest.mark.parametrize(
    "text",
    [
        "i literally want to die",
        "i want to die of embarrassment, i have the pills here tonight",
        "i want to die, the shame of it all",
    ],
)
def test_not_a_wish_to_die_with_no_cause_or_with_means(text: str) -> None:
    assert not laughing_hyperbole(text)


@pytest.mark.parametrize(
    "text", ["never drinking again", "im never drinking again lol", "never touching tequila again"]
)
def test_swearing_off_drink(text: str) -> None:
    assert harmless_only(text)


@pytest.mark.parametrize(
    "text",
    ["never drinking again, i want to die", "never drinking again, i took pills last night"],
)
def test_not_when_more_is_told_beside_it(text: str) -> None:
    assert not harmless_only(text)


@pytest.mark.parametrize(
    "text",
    ["been sat on the m25 for 2 hours", "stuck in traffic since 5", "sitting in a jam on the a1"],
)
def test_held_up_on_the_road(text: str) -> None:
    assert everyday_hurt_only(text)


@pytest.mark.parametrize(
    "text",
    ["stuck in traffic and i want to drive off the bridge", "sat in traffic thinking of ending it"],
)
def test_not_a_drive_that_ends_in_danger(text: str) -> None:
    assert not everyday_hurt_only(text)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("these new shoes are killing my feet", "blisters everywhere"),
        ("did a 20 mile hike today", "my feet are so sore"),
        ("first day on my feet all day at the new job", "everything is aching"),
    ],
)
def test_what_a_strain_did_told_just_after(first: str, then: str) -> None:
    assert strain_told_before(then, _before(first), NOW)


@pytest.mark.parametrize(
    ("first", "then", "minutes"),
    [
        ("these new shoes are killing my feet", "blisters everywhere", 60),  # long after
        ("had a rubbish day", "blisters everywhere", 1),  # no strain told
        ("these new shoes are killing my feet", "blisters on my arms from the lighter", 1),
        ("went for a run", "burned myself again, blisters everywhere", 1),
        ("went for a walk to the bridge", "sore, i want to jump", 1),
        ("walked to the station", "so sore i cant go on anymore", 1),
    ],
)
def test_not_a_wound_or_a_crisis_after_it(first: str, then: str, minutes: int) -> None:
    assert not strain_told_before(then, _before(first, minutes), NOW)


def test_none_when_nothing_came_before() -> None:
    assert not strain_told_before("blisters everywhere", None, NOW)
    assert safety_words.crisis_kind("blisters everywhere") is None
