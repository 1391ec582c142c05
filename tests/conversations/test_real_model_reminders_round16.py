"""Reminders, the sleep coach and quiet hours in people's own words: reminders asked for
as a text from us, answers to a reminder just come, naps, and quiet hours asked about."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_text_me_tomorrow_arvo_sets_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("text me tmrw arvo to call the gp")
    assert "I'll remind you to call the gp" in replies
    assert "3:00pm" in replies
    assert "not something I can help with" not in replies


def test_txt_me_friday_is_for_the_task_not_a_text(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("txt me friday to ring nan")
    assert "I'll remind you to ring nan" in replies
    assert "txt you" not in replies
