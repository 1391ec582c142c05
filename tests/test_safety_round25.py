"""Safety words, round 25: wanting out of everything is asked about directly; something unkind
said of them once is a hurt to hear out."""

from __future__ import annotations

import pytest

from bot.safety_words import everyday_hurt_only, habit_owned, is_third_party, out_of_it_all
from bot.safety_words.others import URGENT_OTHER


@pytest.mark.parametrize(
    "said",
    [
        "i want to run away from everything",
        "i just want to escape it all",
        "honestly i wish i could disappear from everything",
        "i want to get away from everyone and everything tbh",
    ],
)
def test_wanting_out_of_everything(said: str) -> None:
    assert out_of_it_all(said)


@pytest.mark.parametrize(
    "said",
    [
        "i want to run away from everything and kill myself",  # the full answer
        "i want to disappear from this life",  # read as said
        "i want to run away from home",  # running away: its own question
        "i want to get away from it all for a weekend",  # a break
        "my boyfriend hits me and i want to run away from everything",
    ],
)
def test_not_only_wanting_out(said: str) -> None:
    assert not out_of_it_all(said)


@pytest.mark.parametrize(
    "said",
    [
        "she said i was selfish",
        "he said im selfish",
        "she called me annoying",
        "my mum said i was a disappointment",
        "my friend told me i'm a bad friend",
    ],
)
def test_something_unkind_said_once_is_a_hurt(said: str) -> None:
    assert everyday_hurt_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "he calls me stupid every day",  # again and again: read as the model reads it
        "he keeps telling me i'm useless",
        "he said im selfish and he hit me",
        "she said i'm selfish for wanting to die",
        "he said i was useless and should kill myself",
    ],
)
def test_not_only_something_unkind_said(said: str) -> None:
    assert not everyday_hurt_only(said)


@pytest.mark.parametrize(
    "said",
    [
        "my 15 year old is self harming, what do i do",
        "my 16 year old is self harming",
        "our 14 yo is self harming again",
    ],
)
def test_a_child_named_by_age_who_self_harms_is_someone_else(said: str) -> None:
    assert is_third_party(said)


def test_their_own_younger_self_is_still_them() -> None:
    assert not is_third_party("my 15 year old self was suicidal")


@pytest.mark.parametrize(
    "said", ["my wife took an overdose", "my brother ODed", "my boyfriend has od'd on heroin"]
)
def test_an_overdose_taken_by_someone_else_now_is_urgent(said: str) -> None:
    assert URGENT_OTHER.search(said) and is_third_party(said)


@pytest.mark.parametrize(
    "said", ["my wife took an overdose last year and i still worry", "my son is odd"]
)
def test_not_an_overdose_now(said: str) -> None:
    assert not URGENT_OTHER.search(said)


@pytest.mark.parametrize(
    ("said", "what"),
    [
        ("i relapsed on weed", "weed"),
        ("relapsed on coke last night", "drugs"),
        ("slipped up with the gambling again", "gambling"),
    ],
)
def test_a_relapse_on_a_habit_is_the_habit(said: str, what: str) -> None:
    assert habit_owned(said) == what


@pytest.mark.parametrize(
    "said", ["i relapsed", "i relapsed last night", "i relapsed with self harm"]
)
def test_a_relapse_with_nothing_named_is_not_a_habit(said: str) -> None:
    assert habit_owned(said) is None
