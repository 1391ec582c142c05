"""The words behind the round-one misreads, read without the model: a laughed-off strain,
being asked to play a therapist, a hard thing with the rest well, a score in words after all,
a wish to erase said in the past tense, check-ins turned off, loneliness told plainly."""

from __future__ import annotations

import pytest

from bot.actions.checkin import MOSTLY_WELL
from bot.actions.general import PLAY_A_THERAPIST, STRAIN_LAUGHED_OFF
from bot.forms import NOT_A_FORM
from bot.moods import mood_in_words
from bot.routing import LONELY_NOW, NUDGES_OFF
from bot.topics import ADVICE_ASK, DELETE_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "lmaooo this exam is gonna kill me fr 💀",
        "this essay is going to be the death of me lol",
        "my boss is gonna literally kill me haha",
    ],
)
def test_strain_laughed_off(text: str) -> None:
    assert STRAIN_LAUGHED_OFF.search(text)


def test_a_threat_laughed_at_is_not_strain() -> None:
    assert not STRAIN_LAUGHED_OFF.search("my sister is gonna kill me lol i ate her cake")


@pytest.mark.parametrize(
    "text",
    [
        "can u pretend to be my therapist",
        "will you be my counsellor",
        "act like my therapist for a bit",
        "can you roleplay as a psychologist",
    ],
)
def test_asked_to_play_a_therapist(text: str) -> None:
    assert PLAY_A_THERAPIST.search(text)


@pytest.mark.parametrize(
    "text", ["can i talk to a therapist", "i want a real counsellor", "is my therapist there"]
)
def test_a_real_therapist_asked_for_is_not_play(text: str) -> None:
    assert not PLAY_A_THERAPIST.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Somewhat tired, but otherwise content.",
        "a bit stressed but mostly ok",
        "tired though generally fine",
        "busy day, but overall good",
    ],
)
def test_something_hard_with_the_rest_well(text: str) -> None:
    assert MOSTLY_WELL.search(text)


def test_only_hard_is_not_mostly_well() -> None:
    assert not MOSTLY_WELL.search("tired and fed up with everything")


@pytest.mark.parametrize(
    ("text", "mood"),
    [("nah its not fine", 3), ("no im not ok", 3), ("not fine", 3), ("nah it's not fine tbh", 3)],
)
def test_not_fine_is_a_low_score(text: str, mood: int) -> None:
    assert mood_in_words(text) == mood


def test_its_fine_alone_is_not_scored() -> None:
    assert mood_in_words("its fine") is None  # after hard news, said back, not saved as a 6


@pytest.mark.parametrize(
    "text", ["And afterwards I want it deleted.", "i want everything erased", "get it wiped"]
)
def test_erasing_in_other_tenses(text: str) -> None:
    assert DELETE_WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    ["how do i turn off the check ins", "can you switch off the check-ins", "disable check ins"],
)
def test_check_ins_turned_off(text: str) -> None:
    assert NUDGES_OFF.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "I live alone and most days I don't speak to anyone",
        "i havent spoken to anyone in days",
        "i never see anyone anymore",
    ],
)
def test_loneliness_told_plainly(text: str) -> None:
    assert LONELY_NOW.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "no i dont want breathing i just want someone to get it",
        "i need someone to listen",
        "i dont want to do exercises",
    ],
)
def test_not_a_form_but_to_be_heard(text: str) -> None:
    assert NOT_A_FORM.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "what am i supposed to do, just take it?",
        "what am i meant to do",
        "so what am i expected to do",
    ],
)
def test_what_am_i_supposed_to_do_asks_for_ideas(text: str) -> None:
    assert ADVICE_ASK.match(text)
