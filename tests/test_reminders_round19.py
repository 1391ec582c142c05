"""Round nineteen, fast: the words behind check-ins asked for later, a 😭 for the mood, a
sarcastic 10/10, and the hours someone who works nights sleeps."""

from __future__ import annotations

import pytest

from bot.reminders import checkin_later


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("check in tmrw at 8?", True),
        ("can we check in tonight", True),
        ("check-in at 9 every evening", True),
        ("lets do a check in at 8pm", True),
        ("check in tomorrow at 8 for my flight", False),
        ("how do i check in online", False),
        ("check in", False),
    ],
)
def test_a_check_in_asked_for_later(text: str, later: bool) -> None:
    assert checkin_later(text) is later
