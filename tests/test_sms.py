"""SMS segment arithmetic and splitting."""

from __future__ import annotations

import pytest

from bot.sms import is_gsm7, segment_count, split_message, units


@pytest.mark.parametrize(
    ("text", "segments"),
    [
        ("", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 306, 2),
        ("a" * 307, 3),
        ("€" * 80, 1),  # extension characters count twice
        ("€" * 81, 2),
        ("é" * 160, 1),  # é is in GSM-7
        ("ç" * 70, 1),  # lowercase ç is not: UCS-2
        ("ç" * 71, 2),
        ("hi 🙂" + "a" * 65, 1),  # emoji are two UTF-16 units
        ("hi 🙂" + "a" * 66, 2),
        ("a" * 134 + "🙂", 3),  # one emoji turns 1 GSM-7 segment into 3 UCS-2
    ],
)
def test_segment_count(text: str, segments: int) -> None:
    assert segment_count(text) == segments


def test_encoding_detection() -> None:
    assert is_gsm7("Hello, how are you? £5 @ 9pm")
    assert not is_gsm7("feeling 😔")
    assert units("[x]") == 5


def test_short_text_is_one_part() -> None:
    assert split_message("hello") == ["hello"]
    assert split_message("   ") == []


def test_split_respects_limit_and_prefers_boundaries() -> None:
    paragraphs = [f"Paragraph {i}. " + "word " * 150 for i in range(5)]
    text = "\n\n".join(p.strip() for p in paragraphs)
    parts = split_message(text, 1600)
    assert all(len(p) <= 1600 for p in parts)
    assert parts[0].endswith("word")
    assert " ".join(parts).split() == text.split()


def test_split_counts_emoji_as_two_units() -> None:
    text = "🙂" * 2000
    parts = split_message(text, 1600)
    assert "".join(parts) == text
    assert [len(p) for p in parts] == [800, 800, 400]
