"""Check-ins, third round: a plainly good answer told beside the score ("pretty good
actually, 8") is kept as good, whatever the model made of it. With the shipped model."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import CheckIn
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def saved(app: Flask) -> list[CheckIn]:
    """Every stored check-in, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.id)))


@pytest.mark.parametrize(
    ("said", "mood"),
    [("pretty good actually, 8", 8), ("not bad, 7", 7), ("good actually 8", 8)],
)
def test_a_plain_good_beside_the_score_is_good(someone: TestBot, said: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say(said)
    reply = someone.say("no")
    assert "That's good to hear" in reply and "hasn't all been easy" not in reply
    assert saved(someone.app)[-1].mood == mood


def test_a_worry_beside_a_high_score_is_still_heard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("8 but stressed about work")
    assert "some stress in there" in someone.say("no")
