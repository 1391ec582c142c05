"""Whatever someone sends, they get an answer, and nothing falls back to the apology."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot

ODD = [
    "",
    " ",
    "?",
    "...",
    "😭😭😭",
    "🙂",
    "ok",
    "k",
    "yes",
    "no",
    "idk",
    "hmm",
    "lol",
    "x" * 1600,
    "ça va pas trop",
    "¿qué?",
    "12345",
    "0",
    "11/10",
    "-3",
    "\u200b",
    "<script>alert(1)</script>",
    "DROP TABLE users;",
    "what's the time",
    "thanks",
    "bye",
    "MENU",
    "menu please",
    "what can you do",
    "I’m not ok",
    "why",
    "can u help",
    "are you a bot",
    "tell me a joke",
    "I hate everything",
]


@pytest.mark.parametrize("text", ODD)
def test_every_message_gets_a_reply(person: TestBot, text: str) -> None:
    if not text.strip():
        person.push(
            text,
            NumMedia="1",
            MediaUrl0="https://api.twilio.com/media/ME9",
            MediaContentType0="image/png",
        )
    else:
        person.push(text)
    replies = person.pop()
    assert replies, f"no reply to {text!r}"
    assert not any("something went wrong" in r for r in replies)
    assert all(len(r) <= 1600 for r in replies)
