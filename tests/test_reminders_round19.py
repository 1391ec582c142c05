"""Round nineteen, fast: the words behind check-ins asked for later, a 😭 for the mood, a
sarcastic 10/10, and the hours someone who works nights sleeps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.actions.reminders import label_of
from bot.moods import crying_only, laughing_told, mood_leading, words_disagree
from bot.preferences import day_quiet_from
from bot.reminders import checkin_later, planned
from bot.schedule import next_occurrence


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


@pytest.mark.parametrize(
    ("text", "crying"), [("😭", True), ("😭😭😭", True), ("😭 😭!", True), ("😂😭", False)]
)
def test_only_sobbing_faces(text: str, crying: bool) -> None:
    assert crying_only(text) is crying


@pytest.mark.parametrize(
    ("text", "laughing"),
    [("lmao laughing", True), ("the funny kind", True), ("😂", True), ("not funny", False),
     ("rough", False), ("wasn't laughing", False)],
)  # fmt: skip
def test_laughing_told(text: str, laughing: bool) -> None:
    assert laughing_told(text) is laughing


@pytest.mark.parametrize(
    "text", ["10/10 would not recommend today", "10 out of 10 wouldn't recommend", "10/10 1 star"]
)
def test_a_review_joke_is_a_rough_day(text: str) -> None:
    assert words_disagree(10, text) == "rough"


@pytest.mark.parametrize(
    ("text", "window"),
    [("8 till 4", ("08:00", "16:00")), ("10am-6pm", ("10:00", "18:00")),
     ("9 to 5", ("09:00", "17:00")), ("yes", None)],
)  # fmt: skip
def test_the_hours_slept_in_the_day(text: str, window: tuple[str, str] | None) -> None:
    assert day_quiet_from(text) == window


@pytest.mark.parametrize(
    ("text", "label"),
    [("can u give us a nudge at 6 to ring me mum", "ring your mum"),
     ("remind me to call me nan at 5", "call your nan"),
     ("remind me to text me", "text you")],
)  # fmt: skip
def test_me_for_my_is_said_back_as_your(text: str, label: str) -> None:
    assert label_of(text) == label


def test_every_hour_first_comes_on_the_hour_it_was_set_for() -> None:
    now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    first = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)
    row = planned(
        kind="custom", label="drink water", rrule="FREQ=HOURLY", local_time=None, first=first,
        tz="Europe/London", now=now,
    )  # fmt: skip
    assert row.next_fire_at == first
    assert next_occurrence("FREQ=HOURLY", None, "Europe/London", first, first) == first + timedelta(
        hours=1
    )


@pytest.mark.parametrize(
    ("text", "mood"),
    [("pretty good today, got a lot done", 7), ("bit rubbish. work was awful", 3),
     ("pretty good", None), ("my boss, ugh", None)],
)  # fmt: skip
def test_a_mood_said_first(text: str, mood: int | None) -> None:
    assert mood_leading(text) == mood
