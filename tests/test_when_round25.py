"""Reminder times, round 25: times no reminder can be set for (an hour no clock has, a day no
month has, years ahead), a few years ahead with a time, and "every" typed in a hurry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from nlu import parse_when
from nlu.when import unworkable

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
ZONE = "Europe/London"


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("at 25 oclock", "clock"),
        ("at 25 o'clock", "clock"),
        ("tomorrow at 25:00", "clock"),
        ("at 7:60am", "clock"),
        ("at 13pm", "clock"),
        ("on the 31st of february", "date"),
        ("on 31st feb", "date"),
        ("feb 30th at 5pm", "date"),
        ("on the 32nd", "date"),
        ("in 500 years", "far"),
        ("in 10 years at 9am", "far"),
        ("in a decade", "far"),
        ("in five years", "far"),
        ("on the 15th of march 2031", "far"),
    ],
)
def test_a_time_that_cannot_be_set_says_why_and_is_not_set(said: str, why: str) -> None:
    assert unworkable(said, ZONE, NOW) == why
    assert parse_when(f"remind me {said}", ZONE, NOW) is None


@pytest.mark.parametrize(
    "said",
    [
        "at 7 o'clock",
        "at 12 oclock",
        "on the 30th",
        "in 1 year",
        "in 13 months",
        "on the 15th of march 2027",
        "on the 15th of march 2029",
        "on the 29th of february",  # 2028's: a leap day is never out of reach
        "every 2 years",
        "every year on the 3rd of may",
    ],
)
def test_a_time_that_can_be_set_is_set(said: str) -> None:
    assert unworkable(said, ZONE, NOW) is None
    assert parse_when(f"remind me {said}", ZONE, NOW) is not None


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("in 2 years at 5pm", datetime(2028, 3, 2, 17, 0, tzinfo=UTC)),
        ("in 3 years", datetime(2029, 3, 2, 9, 0, tzinfo=UTC)),
        ("in 1 year at 8pm", datetime(2027, 3, 2, 20, 0, tzinfo=UTC)),
    ],
)
def test_a_few_years_ahead_with_a_time_is_that_day(said: str, day: datetime) -> None:
    when = parse_when(f"remind me {said}", ZONE, NOW)
    assert when is not None and when.first == day


@pytest.mark.parametrize(
    "said", ["evry nite at 10", "evry night at 10", "eveyr day at 10pm", "evrey night at 10"]
)
def test_every_typed_in_a_hurry_still_repeats(said: str) -> None:
    when = parse_when(f"remind me to take my pills {said}", ZONE, NOW)
    assert when is not None and when.rrule is not None and "FREQ=DAILY" in when.rrule
    assert when.local_time is not None and when.local_time.hour == 22
