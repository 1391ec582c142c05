"""Just after a breathing exercise: "again" does not ask again how they feel."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED_BEFORE = "Before we start: how do you feel"


def _box_done(someone: TestBot, before: str = "4") -> TestBot:
    someone.onboard()
    someone.say("breathing exercise please")
    someone.say("box")
    someone.say(before)
    someone.tick(seconds=90)
    return someone


def test_again_after_a_score_uses_it_for_before(someone: TestBot) -> None:
    _box_done(someone)
    someone.say("7")
    replies = someone.say("again")
    assert ASKED_BEFORE not in replies and "Box breathing" in replies
    someone.tick(seconds=90)
    assert "from 7 to 8" in someone.say("8")


def test_again_after_words_starts_without_asking(someone: TestBot) -> None:
    _box_done(someone)
    someone.say("calmer")
    replies = someone.say("one more time")
    assert ASKED_BEFORE not in replies and "Box breathing" in replies
