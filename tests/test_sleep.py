"""Sleep diary answers: reading a time of night from a short text."""

from __future__ import annotations

import pytest

from bot.sleep import clock_answer


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("11", "bed", "23:00"),
        ("11pm", "bed", "23:00"),
        ("half 11", "bed", "23:30"),
        ("around midnight", "bed", "00:00"),
        ("1:30am", "bed", "01:30"),
        ("7", "wake", "07:00"),
        ("6.45", "wake", "06:45"),
        ("went to bed at 11 but woke up at 3", "bed", "23:00"),
        ("went to bed at 11, up at 7", "wake", "07:00"),
        ("fell asleep at 2, alarm at 6:30", "wake", "06:30"),
        # Only the other end of the night: ask again rather than guess.
        ("i keep waking up at 3am", "bed", None),
        ("woke at 4", "bed", None),
        ("went to bed at 11", "wake", None),
        ("no idea", "bed", None),
    ],
)
def test_clock_answer(text: str, role: str, expected: str | None) -> None:
    assert clock_answer(text, role) == expected
