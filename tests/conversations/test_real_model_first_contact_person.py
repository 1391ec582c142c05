"""Asking for a person, calling them off, and wanting them after all."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED = "I've asked someone from our team"


def test_wanting_a_person_after_all_asks_the_team_again(someone: TestBot) -> None:
    someone.onboard()
    assert ASKED in someone.say("can i talk to a real person")
    assert "let the team know you don't need them" in someone.say("no wait i'm ok")
    assert ASKED in someone.say("actually yes i want someone")


def test_thanks_after_calling_a_person_off_does_not_ask_again(someone: TestBot) -> None:
    someone.onboard()
    someone.say("talk to a human")
    someone.say("nvm")
    assert ASKED not in someone.say("yes thanks")
