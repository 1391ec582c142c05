"""Small talk: which answer fits the words."""

from __future__ import annotations

import pytest

from bot.routing import chat_topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("are you a real person?", "bot"),
        ("r u a bot", "bot"),
        ("what are you then", "bot"),
        ("am i talking to a human", "bot"),
        ("how r u", "how_are_you"),
        ("hey how's it going", "how_are_you"),
        ("how you doing", "how_are_you"),
        ("what's your name", "name"),
        ("lmao", "laugh"),
        ("😂😂", "laugh"),
        ("nice weather today", None),
        ("i'm bored", None),
    ],
)
def test_chat_topic(text: str, topic: str | None) -> None:
    assert chat_topic(text) == topic
