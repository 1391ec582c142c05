"""Not knowing, said alone ("idk", "hmm idk", "i dont know what to say"): met with no words
needed yet, not a surprise, the menu or "I'm just a small wellbeing bot"; inside a check-in
or after the crisis answer it keeps its own meaning there."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NO_WORDS_NEEDED = "you don't have to know"


@pytest.mark.parametrize("said", ["idk", "hmm idk", "idk what to say", "i dont know tbh"])
def test_not_knowing_alone_needs_no_words_yet(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert NO_WORDS_NEEDED in replies and "surprise" not in replies
    assert "small wellbeing bot" not in replies and "Here's what I can do" not in replies


def test_not_knowing_how_they_are_after_being_asked(someone: TestBot) -> None:
    someone.onboard()
    someone.say("how are you")
    assert NO_WORDS_NEEDED in someone.say("idk")


def test_idk_to_the_check_in_number_keeps_the_rough_bands(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("idk")
    assert "middling" in replies and NO_WORDS_NEEDED not in replies


def test_idk_to_the_offer_of_a_person_keeps_its_answer(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    replies = someone.say("idk")
    assert "completely your choice" in replies and NO_WORDS_NEEDED not in replies


def test_idk_with_more_told_is_not_only_not_knowing(someone: TestBot) -> None:
    someone.onboard()
    assert NO_WORDS_NEEDED not in someone.say("idk i just feel really low today")
