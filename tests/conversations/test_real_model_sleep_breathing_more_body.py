"""Dizzy or tight-chested during breathing: the answer to "how are you feeling now?" is
heard, eased or not."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _stopped_by(someone: TestBot, said: str) -> TestBot:
    someone.onboard()
    someone.mid_breathing()
    assert "How are you feeling now?" in someone.say(said)
    return someone


@pytest.mark.parametrize("eased", ["ok", "a bit better now thanks", "its passed"])
def test_eased_is_met_gladly_with_the_gentlest_pace_offered(someone: TestBot, eased: str) -> None:
    replies = _stopped_by(someone, "i feel dizzy").say(eased)
    assert "glad it's passed" in replies and "slow breathing" in replies


def test_still_light_headed_gets_what_to_do_and_when_to_call(someone: TestBot) -> None:
    replies = _stopped_by(someone, "im getting a bit lightheaded").say("still a bit dizzy")
    assert "Sit or lie down" in replies and "NHS 111" in replies and "999" in replies


def test_a_chest_still_tight_is_told_to_call_the_emergency_number(someone: TestBot) -> None:
    replies = _stopped_by(someone, "my chest feels tight").say("still tight")
    assert "call 999 now" in replies and "glad" not in replies
