"""The sleep coach, third round: a bed or wake time put right at the next question ("no wait
it was 1am") is kept, and the diary goes on."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import SleepEntry
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def nights(app: Flask) -> list[SleepEntry]:
    """Every night kept in the diary."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(SleepEntry)))


@pytest.mark.parametrize(
    ("first", "fix", "said_back", "bed", "wake"),
    [
        ("midnight", "no wait it was 1am", "to bed at 1:00am", "01:00", "09:00"),
        ("11", "sorry i meant half 11", "to bed at 11:30pm", "23:30", "09:00"),
        ("12", "no wait i went to bed at 1", "to bed at 1:00am", "01:00", "09:00"),
    ],
)
def test_a_bed_time_put_right_at_the_next_question_is_kept(
    someone: TestBot, first: str, fix: str, said_back: str, bed: str, wake: str
) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say(first)
    reply = someone.say(fix)
    assert said_back in reply and "what time did you get up" in reply
    assert "leave that" not in reply
    someone.say("9")
    someone.say("20 mins")
    someone.say("4")
    night = nights(someone.app)[-1]
    assert (night.bed_time, night.wake_time) == (bed, wake)


def test_a_wake_time_put_right_at_the_next_question_is_kept(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11")
    someone.say("7")
    reply = someone.say("sorry i meant i got up at 8")
    assert "up at 8:00am" in reply and "fall asleep" in reply
    someone.say("20 mins")
    someone.say("4")
    assert nights(someone.app)[-1].wake_time == "08:00"


def test_a_plain_no_still_leaves_the_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("half 11")
    assert "leave that for now" in someone.say("no")
