"""Short plain answers to "how are you" are read from their one word of how things are."""

from __future__ import annotations

import pytest

from nlu.plain import good_time_told, plain_answer


@pytest.mark.parametrize(
    "text",
    [
        "pretty good",
        "im good thanks hbu",
        "Feeling much better!",
        "really great today 😊",
        "all good",
    ],
)
def test_good_is_joy(text: str) -> None:
    assert plain_answer(text) == ("happy", "joy")


@pytest.mark.parametrize(
    "text",
    ["i feel fine", "im ok", "not bad", "so so tbh", "meh", "ok i guess", "fine thanks, you?"],
)
def test_so_so_is_neutral(text: str) -> None:
    assert plain_answer(text) == ("neutral", "neutral")


@pytest.mark.parametrize(
    "text",
    [
        "not good",
        "not great tbh",
        "i am fine, just stressed",
        "tired",
        "good riddance",
        "im fine but my dog died this morning and i cant stop crying about it",
        "great, the boiler broke again",
        "",
    ],
)
def test_anything_more_is_left_to_the_model(text: str) -> None:
    assert plain_answer(text) is None


@pytest.mark.parametrize(
    "text",
    ["a bit tired but ok", "i am fine, just tired", "knackered but alright", "ok, bit sleepy"],
)
def test_so_so_with_tiredness_is_neutral(text: str) -> None:
    assert plain_answer(text) == ("neutral", "neutral")


@pytest.mark.parametrize("text", ["chill", "chilling tbh", "good but busy", "great, busy tho"])
def test_calm_or_good_and_busy_is_joy(text: str) -> None:
    assert plain_answer(text) == ("happy", "joy")


@pytest.mark.parametrize("text", ["busy but ok", "hectic but fine"])
def test_busy_but_ok_is_neutral(text: str) -> None:
    assert plain_answer(text) == ("neutral", "neutral")


@pytest.mark.parametrize("text", ["not chill", "good but tired", "hectic"])
def test_other_mixes_are_left_to_the_model(text: str) -> None:
    assert plain_answer(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "pretty good day actually, went for a run",
        "actually had a decent day",
        "had a lovely evening with my sister",
        "went for a walk and felt great",
        "good day",
    ],
)
def test_a_good_time_told_plainly(text: str) -> None:
    assert good_time_told(text)


@pytest.mark.parametrize(
    "text",
    [
        "didnt have a good day",
        "wasnt a great week",
        "good day but my mum is in hospital",
        "i thought i'd feel better by now",
        "nice one airline, charging me £60 for a bag",
        "its been a good run. see you on the other side",
        "great day 🙄",
        "was it a good day?",
        "had a lovely time, miss them already",
    ],
)
def test_anything_that_can_turn_it_leaves_the_model_reading(text: str) -> None:
    assert not good_time_told(text)
