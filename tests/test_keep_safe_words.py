"""Safety words: not being able to keep oneself safe is danger; a sports injury is not harm."""

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


@pytest.mark.parametrize(
    "text",
    ["i hurt myself at the gym today, pulled a muscle", "hurt myself playing football lol"],
)
def test_a_sports_injury_is_not_self_harm(text: str) -> None:
    assert safety_words.crisis_kind(text) is None and safety_words.harmless_only(text)


@pytest.mark.parametrize("text", ["i hurt myself on purpose at the gym", "i hurt myself again"])
def test_hurting_oneself_otherwise_is_still_self_harm(text: str) -> None:
    assert safety_words.crisis_kind(text) == "self_harm"


@pytest.mark.parametrize(
    ("text", "at_risk"),
    [
        ("my neighbour's kid has bruises again and i heard screaming", True),
        ("i think my neighbours child is being abused", True),
        ("my friends son is always hungry and left on his own", True),
        ("the kids were screaming with laughter at the park", False),
        ("my neighbours kid hit my car with a ball", False),
        ("one of my pupils has bruises", False),  # a teacher: the safeguarding answer
        ("im 14 and my friend has bruises from her dad", False),  # a young person's answer
    ],
)
def test_a_child_nearby_with_signs_of_harm(text: str, at_risk: bool) -> None:
    assert safety_words.child_nearby_at_risk(text) is at_risk
