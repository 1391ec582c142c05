"""Asking about, for, or to erase what is kept, in everyday words."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CONFIRM = "Reply YES to delete or NO to keep it"


@pytest.mark.parametrize("asked", ["can you forget everything i said", "can u forget me"])
def test_forget_everything_is_a_request_to_erase(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert CONFIRM in replies and "I don't read back old conversations" not in replies


def test_do_you_remember_me_is_still_answered_as_memory(someone: TestBot) -> None:
    someone.onboard()
    assert "I don't read back old conversations" in someone.say("do you remember me")
