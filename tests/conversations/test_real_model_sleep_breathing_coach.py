"""The breathing coach as people answer it: how they feel after ("that didnt help",
"done", "meh"), and before ("idk", "pause", "resume")."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED_AFTER = "How do you feel now"


def _to_the_end(someone: TestBot) -> str:
    someone.onboard()
    for answer in ("breathing", "1", "6"):
        someone.say(answer)
    return "\n".join(someone.tick(seconds=80))


@pytest.mark.parametrize("said", ["that didnt help", "nope didnt work", "worse tbh"])
def test_not_helped_is_heard_and_something_else_offered(someone: TestBot, said: str) -> None:
    assert ASKED_AFTER in _to_the_end(someone)
    replies = someone.say(said)
    assert "sorry it didn't help" in replies and "5 things you can see" in replies


@pytest.mark.parametrize("said", ["done", "meh"])
def test_done_or_meh_after_ends_it_kindly(someone: TestBot, said: str) -> None:
    _to_the_end(someone)
    assert "Thanks for giving it a go" in someone.say(said)


def _asked_before(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathing")
    someone.say("2")


def test_idk_to_how_they_feel_before_just_starts(someone: TestBot) -> None:
    _asked_before(someone)
    assert "4-7-8 breathing" in someone.say("idk")


@pytest.mark.parametrize("hold", ["pause", "not yet"])
def test_pause_before_starting_waits_and_resume_starts(someone: TestBot, hold: str) -> None:
    _asked_before(someone)
    assert "I'll wait" in someone.say(hold)
    assert "4-7-8 breathing" in someone.say("resume")


def test_again_after_stopping_part_way_offers_the_choice(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    someone.say("this isnt helping")
    assert "Which would you like?" in someone.say("again")
