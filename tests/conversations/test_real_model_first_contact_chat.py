"""Small talk and questions about the bot itself, as people text them."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "asked", ["how old are you", "where are you based", "do you like music", "do u sleep"]
)
def test_a_personal_question_to_the_bot_is_answered_and_asked_back(
    someone: TestBot, asked: str
) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "I'm a bot" in replies and "Thanks for telling me" not in replies
    assert "Glad you're doing OK" in someone.say("good thanks")


@pytest.mark.parametrize("asked", ["do you use chatgpt", "what ai do you use", "is this chat gpt"])
def test_asked_about_ai_the_bot_says_what_it_is(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "I'm a bot" in replies and "not ChatGPT" in replies
    assert "Here's what I can do" not in replies


def test_i_dont_trust_this_at_first_contact_is_not_asked_about_self_harm(
    someone: TestBot,
) -> None:
    someone.say("hi")
    replies = someone.say("i dont trust this")
    assert "hurting yourself" not in replies and "I won't keep your messages" in replies


def test_i_dont_trust_you_is_met_with_what_we_do_with_their_words(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i don't trust you")
    assert "you don't have to trust me straight away" in replies
    assert "hurting yourself" not in replies


def test_not_trusting_anyone_still_gets_the_crisis_answer(someone: TestBot) -> None:
    someone.onboard()
    assert "116 123" in someone.say("i can't trust anyone anymore")
