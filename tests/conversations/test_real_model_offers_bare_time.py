"""A time told out of the blue ("in 10 mins", "at 9pm") is offered as a reminder in the
words they used, and a yes sets it without a made-up task ("remind you to in")."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(("said", "when"), [("in 10 mins", "in 10 mins"), ("at 9pm", "at 9pm")])
def test_a_bare_time_is_offered_as_said_and_set_plainly(
    someone: TestBot, said: str, when: str
) -> None:
    someone.onboard()
    offered = someone.say(said)
    assert f"a reminder {when}?" in offered and "in in" not in offered and "at at" not in offered
    done = someone.say("yes")
    assert "Done" in done and "remind you to in" not in done and "remind you to at" not in done
