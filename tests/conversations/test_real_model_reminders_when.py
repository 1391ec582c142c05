"""Reminder times said in everyday words, read against the bot's clock (Mon 2 Mar 2026,
noon in London) rather than the machine's."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from nlu.when import parse_when
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

LONDON = "Europe/London"


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("after lunch", "Mon 02 Mar 13:00"),
        ("this evening", "Mon 02 Mar 18:00"),
        ("later this evening", "Mon 02 Mar 18:00"),
        ("this lunchtime", "Mon 02 Mar 12:00"),
        ("next morning", "Tue 03 Mar 08:00"),
        ("before tonight", "Mon 02 Mar 21:00"),
        ("after lunch tomorrow", "Tue 03 Mar 13:00"),
        ("end of day tomorrow", "Tue 03 Mar 18:00"),
    ],
)
def test_a_part_of_the_day_is_read_against_the_clock_given(said: str, at: str) -> None:
    now = datetime(2026, 3, 2, 11, 0, tzinfo=UTC)
    when = parse_when(said, LONDON, now)
    assert when is not None
    assert when.first.astimezone(ZoneInfo(LONDON)).strftime("%a %d %b %H:%M") == at


@pytest.mark.parametrize(
    ("said", "hour", "minute", "at"),
    [
        ("this evening", 18, 40, "19:30"),
        ("tonight", 21, 5, "22:00"),
        ("this afternoon", 15, 20, "16:00"),
        ("this morning", 8, 15, "09:00"),
    ],
)
def test_a_part_of_today_said_late_in_it_is_later_today(
    said: str, hour: int, minute: int, at: str
) -> None:
    now = datetime(2026, 3, 2, hour, minute, tzinfo=UTC)
    when = parse_when(said, LONDON, now)
    assert when is not None and when.local_time is None  # a guess, offered to change
    assert when.first.astimezone(ZoneInfo(LONDON)).strftime("%d %H:%M") == f"02 {at}"


def test_after_lunch_is_today_at_one(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to call mum after lunch")
    assert "call mum once, on Mon 2 Mar at 1:00pm" in replies


def test_this_evening_is_this_evening(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("remind me to take my pills this evening")
    assert "take your pills once, on Mon 2 Mar at 6:00pm" in replies
