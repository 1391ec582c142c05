"""First contact as people answer it: the consent question met with a question of their own,
with "??", with "i don't mind" or a yes in their own language."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

EXPLAINED = "If you say no, I still help the same way"
GIVEN = 'You can ask me to "export my data"'
DECLINED = "I won't keep your messages"


@pytest.mark.parametrize("asked", ["why do u need to keep it", "why would u keep it"])
def test_why_keep_it_is_a_question_about_data_not_a_crisis(someone: TestBot, asked: str) -> None:
    someone.say("hi")
    replies = someone.say(asked)
    assert EXPLAINED in replies and "116 123" not in replies
    assert GIVEN in someone.say("yes")


def test_why_keep_it_later_is_answered_as_why_we_keep_data(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("why do u need to keep it")
    assert "So I can help over time" in replies and "116 123" not in replies
