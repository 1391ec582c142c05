"""What people text back when a reminder arrives: a snooze is confirmed as briefly as a
snooze button would ("OK, I'll remind you to take your meds again at 12:21pm", not a new
reminder set), and "in 20 mins" puts it off 20 minutes (it was offered a new reminder "in
in 20 mins")."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("answer", "again"),
    [
        ("snooze", "at 12:21pm"),
        ("in 20 mins", "at 12:31pm"),
        ("in half an hour", "at 12:41pm"),
        ("later", "at 1:11pm"),
    ],
)
def test_a_snooze_is_confirmed_briefly(someone: TestBot, answer: str, again: str) -> None:
    someone.onboard()
    someone.say("remind me to take my meds in 10 mins")
    assert any("take your meds" in r for r in someone.tick(minutes=11))
    replies = someone.say(answer)
    assert replies == f"OK, I'll remind you to take your meds again {again}."
    assert any("take your meds" in r for r in someone.tick(hours=1, minutes=1))
