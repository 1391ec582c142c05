"""Just after a breathing exercise: "again" does not ask again how they feel, and "how did
i do" is answered from what they did and said."""

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


def test_how_did_i_do_is_answered_with_before_and_after(someone: TestBot) -> None:
    _box_done(someone, "3")
    someone.say("6")
    replies = someone.say("how did i do")
    assert "all 4 rounds" in replies and "from 3 to 6" in replies
    assert "Here's what I can do" not in replies
    again = someone.say("was that good")
    assert "no wrong way" in again and "all 4 rounds" not in again


def test_how_did_i_do_at_the_after_question_is_answered_then_asked(someone: TestBot) -> None:
    _box_done(someone, "4")
    replies = someone.say("how did i do")
    assert "all the rounds" in replies and "How do you feel now" in replies
    assert "from 4 to 6" in someone.say("6")


def test_how_did_i_do_after_stopping_part_way(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    someone.say("done")
    someone.say("5")
    assert "round 1 of 4" in someone.say("did i do it right?")
