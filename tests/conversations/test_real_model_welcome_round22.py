"""Round twenty-two: first contact, the menu, small talk and what we cannot do. Keys typed by
accident ("asdfgh", "sdfsdf", "qwerty") are said not to be understood, never read as a feeling,
a check-in or a request for someone's data, at first contact or later; real short words are
still read."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"
NOT_FOLLOWED = ("not sure I understood", "didn't catch", "didn't quite follow")


@pytest.mark.parametrize("typed", ["asdfgh", "sdfsdf", "asdf", "hjkl", "qwerty", "lkjh"])
def test_keys_typed_by_accident_are_not_understood(someone: TestBot, typed: str) -> None:
    someone.onboard()
    replies = someone.say(typed)
    assert any(words in replies for words in NOT_FOLLOWED) or "not something I can help" in replies
    assert ONE_TO_TEN not in replies and "what MindLink keeps" not in replies
    assert "sorry you're going through" not in replies.lower()


@pytest.mark.parametrize("typed", ["asdfgh", "sdfsdf"])
def test_keys_typed_at_first_contact_are_no_feeling(someone: TestBot, typed: str) -> None:
    welcome = someone.say(typed)
    assert "not an emergency service" in welcome and "Reply YES or NO" in welcome
    assert "going through" not in welcome and "in a moment" not in welcome
    after = someone.say("yes")
    assert ONE_TO_TEN not in after and "Here's what I can do" in after


def test_keys_typed_at_the_consent_question_are_asked_again(someone: TestBot) -> None:
    someone.say("hi")
    replies = someone.say("asdfgh")
    assert "YES or NO" in replies and "feel hard" not in replies
    assert ONE_TO_TEN not in someone.say("yes")


@pytest.mark.parametrize("said", ["property", "were", "type", "salad", "hmmm", "ok"])
def test_short_real_words_are_not_called_typing_by_accident(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert not any(words in replies for words in NOT_FOLLOWED[1:])


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("asdfgh", True),
        ("qwerty", True),
        ("zxcvbnm", True),
        ("sdfsdf", True),
        ("asdfasdf", True),
        ("property", False),
        ("were", False),
        ("tree", False),
        ("mmmmmm", False),
        ("hmmhmm", False),
        ("hahaha", False),
        ("byebye", False),
    ],
)
def test_what_counts_as_keys_typed_by_accident(text: str, typed: bool) -> None:
    from bot.routing import unreadable

    assert unreadable(text) is typed
