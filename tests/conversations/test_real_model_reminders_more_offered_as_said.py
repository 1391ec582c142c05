"""A time with a day told out of the blue is offered in words that read: "a reminder tomorrow
at 9?", "a reminder on friday 3pm?" (was "at tomorrow at 9", "friday 3pm"), and the yes sets
it for that day."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "offered", "day"),
    [
        ("tomorrow at 9", "a reminder tomorrow at 9?", "at 9:00am"),
        ("friday 3pm", "a reminder on friday 3pm?", "on Fri"),
    ],
)
def test_a_day_and_a_time_is_offered_as_said(
    someone: TestBot, said: str, offered: str, day: str
) -> None:
    someone.onboard()
    assert offered in someone.say(said)
    assert day in someone.say("yes")
