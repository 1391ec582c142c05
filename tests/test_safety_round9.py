"""Safety words from a ninth round: a harm named only to deny it, a racing mind, worry about
telling someone news, a chore sobbed over with "kms", a joke said to be one, and the
breathing's own counts or a panic coming back mid-exercise; and the crisis beside each that
must still be heard."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.everyday import racing_mind_only, telling_news_worry
from bot.safety_words.explained import about_the_exercise, denies_harm_only, panic_again


@pytest.mark.parametrize(
    "text",
    [
        "no i dont want to hurt myself",
        "no im not going to actually punch anything lol",
        "nah im not gonna do anything stupid",
        "i wont hurt anyone i promise",
        "no i'm not going to hurt myself, i'm just angry",
    ],
)
def test_a_harm_named_only_to_deny_it(text: str) -> None:
    assert denies_harm_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to kill myself",  # out of the blue: may be the start of telling it
        "i dont want to hurt myself anymore",
        "no i dont want to hurt myself but i cant stop",
        "im not going to kill myself tonight",
        "no i dont want to hurt myself, i want to die",
    ],
)
def test_not_when_it_says_more(text: str) -> None:
    assert not denies_harm_only(text)


@pytest.mark.parametrize(
    "text", ["idk my mind just wont stop", "my brain wont switch off", "my thoughts keep racing"]
)
def test_a_racing_mind(text: str) -> None:
    assert racing_mind_only(text)


@pytest.mark.parametrize(
    "text",
    ["my mind wont stop telling me to die", "my head wont stop, i want it all to end"],
)
def test_not_a_mind_that_tells_them_to_die(text: str) -> None:
    assert not racing_mind_only(text)


@pytest.mark.parametrize(
    "text",
    ["dunno what im gonna tell my wife", "how do i tell my parents", "idk what to tell my mum"],
)
def test_worry_about_telling_news(text: str) -> None:
    assert telling_news_worry(text)


@pytest.mark.parametrize(
    "text",
    [
        "i dont know how to tell my wife goodbye",
        "dont know what to tell my wife, im sorry",
        "dont know how to tell my mum i want to die",
    ],
)
def test_not_a_goodbye_or_a_wish_to_die(text: str) -> None:
    assert not telling_news_worry(text)


@pytest.mark.parametrize(
    "text", ["kms this homework is so long 😭", "i want to die 😭 my exam is tomorrow"]
)
def test_a_chore_sobbed_over_is_asked_gently(text: str) -> None:
    assert safety_words.laughing_hyperbole(text)


@pytest.mark.parametrize("text", ["kms 😭", "i want to die 😭"])
def test_sobbing_alone_is_not_a_joke(text: str) -> None:
    assert not safety_words.laughing_hyperbole(text)


@pytest.mark.parametrize("text", ["joking obvs", "obvs joking", "lol jk"])
def test_a_joke_said_to_be_one(text: str) -> None:
    assert safety_words.takes_it_back(text) == "joking"


def test_tired_of_everything_at_work_is_a_job() -> None:
    assert not safety_words.is_doubtful("just tired of everything at work")
    assert safety_words.is_doubtful("tired of everything")
    assert safety_words.is_doubtful("tired of everything at work and at home")


@pytest.mark.parametrize("text", ["i cant do the 7 second hold", "i cant hold my breath that long"])
def test_the_exercise_counts_found_hard(text: str) -> None:
    assert about_the_exercise(text)


@pytest.mark.parametrize(
    "text", ["i cant hold on anymore", "the hold makes me want to die", "its too long"]
)
def test_not_holding_on(text: str) -> None:
    assert not about_the_exercise(text)


@pytest.mark.parametrize(
    "text", ["its happening again im in the toilets at work", "another one is starting"]
)
def test_a_panic_coming_back(text: str) -> None:
    assert panic_again(text)


@pytest.mark.parametrize(
    "text",
    [
        "its happening again i want to die",
        "its happening again hes hitting me",
        "its happening again im on the bridge",
    ],
)
def test_not_with_harm_a_wish_or_a_place_of_danger(text: str) -> None:
    assert not panic_again(text)
