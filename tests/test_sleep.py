"""Sleep diary answers: reading a time of night from a short text."""

from __future__ import annotations

import pytest

from bot.actions.sleep import night_told
from bot.sleep import clock_answer, quiet_bound_from, quiet_hours_from


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
        ("like 4 hours maybe", "bed", None),  # how long, not when
        ("4h", "bed", None),
        ("about 1am after 2 hours of scrolling", "bed", "01:00"),
    ],
)
def test_clock_answer(text: str, role: str, expected: str | None) -> None:
    assert clock_answer(text, role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quiet hours 11pm to 6am", ("23:00", "06:00")),
        ("quiet hours 23:00-07:00", ("23:00", "07:00")),
        ("set my quiet hours from 10 till 7", ("22:00", "07:00")),
        ("quiet hours off", ("00:00", "00:00")),
        ("no quiet hours please", ("00:00", "00:00")),
        ("what are my quiet hours", None),
        ("quiet hours 7am to 7am", None),
    ],
)
def test_quiet_hours_from(text: str, expected: tuple[str, str] | None) -> None:
    assert quiet_hours_from(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dont text me before 10am", ("end", "10:00")),
        ("please don't message me before 9 thanks", ("end", "09:00")),
        ("no messages after 9pm", ("start", "21:00")),
        ("nothing past 10 please", ("start", "22:00")),
        ("don't remind me after 11:30pm", ("start", "23:30")),
        ("don't text me", None),
    ],
)
def test_quiet_bound_from(text: str, expected: tuple[str, str] | None) -> None:
    assert quiet_bound_from(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "went to bed at 11:30, woke up at 6:45, slept like crap",
            {"bed_time": "23:30", "wake_time": "06:45", "quality": 1},
        ),
        ("log sleep: bed 2am wake 10am", {"bed_time": "02:00", "wake_time": "10:00"}),
        ("bed at 11 up at 7", {"bed_time": "23:00", "wake_time": "07:00"}),
        ("i went to bed at 11pm", {"bed_time": "23:00"}),
        ("went to bed at 11pm and woke at 11:30pm", {"bed_time": "23:00"}),  # not a night
        ("i slept 4 hours last night", {}),
        ("sleep diary", {}),
    ],
)
def test_a_night_told_in_one_message(text: str, told: dict[str, object]) -> None:
    assert night_told(text) == told


@pytest.mark.parametrize(
    ("said", "role", "expected"),
    [
        ("half eleven", "bed", "23:30"),
        ("quarter to seven", "wake", "06:45"),
        ("quarter past twelve", "bed", "00:15"),
        ("eleven thirty", "bed", "23:30"),
        ("around eleven ish", "bed", "23:00"),
        ("seven", "wake", "07:00"),
        ("woke up like 5 times", "wake", None),
        ("about one hour", "bed", None),
    ],
)
def test_times_said_in_words(said: str, role: str, expected: str | None) -> None:
    assert clock_answer(said, role) == expected
