"""Reminders as people text them, round four: the task is said back in their words ("poke me
at 9 to call my sister" is to call your sister), the days of a schedule stay out of the task,
"twice a day at half 8 and half 7" is two daily times, and what quiet hours let through is
said truly."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("said", "task", "not_said"),
    [
        ("poke me at 9 to call my sister", "remind you to call your sister", "poke you"),
        ("i need reminding to drink more water", "remind you to drink more water", "reminding"),
        ("text me at 7 tomorrow morning to wake me up", "remind you to wake up", "wake you"),
        ("remind me to do yoga mon wed fri at 7", "remind you to do yoga every", "yoga mon"),
    ],
)
def test_the_task_is_said_back_as_theirs(
    someone: TestBot, said: str, task: str, not_said: str
) -> None:
    someone.onboard()
    reply = someone.say(said)
    assert task in reply and not_said not in reply


def test_twice_a_day_at_half_past_is_two_daily_times(someone: TestBot) -> None:
    someone.onboard()
    reply = someone.say("remind me to take my meds twice a day at half 8 and half 7")
    assert "every day at 8:30am and 7:30pm" in reply
    assert "regularly" not in reply


def test_quiet_hours_are_said_to_let_set_reminders_through(someone: TestBot) -> None:
    someone.onboard()
    someone.say("quiet hours 11pm to 7am")
    reply = someone.say("how do i stop you messaging me at night")
    assert "reminder you set" in reply
