"""What a reminder is about, read from the words around its time."""

from __future__ import annotations

import pytest

from bot.actions.reminders import label_of


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("remind me to take my meds at 8", "take your meds"),
        ("remind me in an hour to eat something", "eat something"),
        ("remind me mon wed fri at 6pm to go to the gym", "go to the gym"),
        ("remind me to put on sunscreen at noon", "put on sunscreen"),
        ("remind me to meditate at 7am every day", "meditate"),
        ("remind me every weekday at 7am to take my meds", "take your meds"),
        ("remind me at 9pm to call mum", "call mum"),
        ("remind me tomorrow to buy milk", "buy milk"),
        ("Remind me in 20 mins to drink water", "drink water"),
        ("remind me at 6 to ring dad tomorrow", "ring dad"),
        ("remind me about the dentist tomorrow at 3", "about the dentist"),
        ("remind me tonight that i need to pack", "that you need to pack"),
        ("remind me at half 7 to take my meds", "take your meds"),
        (
            "set a reminder for my therapy appointment on thursday at 2pm",
            "about your therapy appointment",
        ),
        ("remind me on the 1st of every month to pay rent", "pay rent"),
        ("remind me every day at 9pm", ""),
        ("set a reminder for 7am", ""),
        ("can you remind me", ""),
        ("nudge me every evening to journal", "journal"),
        ("remind me 2 call mum sat at 2", "call mum"),
        ("remind me 2moro to pay rent", "pay rent"),
        ("remind me to put on sun cream at noon", "put on sun cream"),
        ("remind me to watch the sunset at 7", "watch the sunset"),
        ("text me every day at noon to take my vitamins", "take your vitamins"),
        ("remind me to text my sister at 5", "text your sister"),
        ("and one to take my meds every night at 10", "take your meds"),
        ("another one about the dentist tomorrow at 9", "about the dentist"),
        ("remind me weekly on sunday evening to plan my week", "plan your week"),
        ("remind me to water the plants weekly", "water the plants"),
    ],
)
def test_label_of(text: str, label: str) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "remind me each Tuesday at 10 to telephone my sister. Many thanks.",
            "telephone your sister",
        ),
        ("remind me to call mum please x", "call mum"),
        ("remind me to water the plants cheers mate", "water the plants"),
        ("remind me at 9 to take my meds. Kind regards, Margaret", "take your meds"),
        ("remind me to ring Dave, thank you so much!! xx", "ring Dave"),
        ("remind me to swim, ta", "swim"),
        ("remind me to say thanks", "say thanks"),  # the thanks is the task
        ("remind me to buy a thank you card", "buy a thank you card"),
        ("remind me to pick up pasta", "pick up pasta"),
    ],
)
def test_sign_offs_are_not_part_of_the_label(text: str, label: str) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("tomorrow", "2026-03-03 11:00"),
        ("saturday", "2026-03-07 11:00"),
        ("mon", "2026-03-09 11:00"),
    ],
)
def test_a_day_named_keeps_the_time_of_day(word: str, expected: str) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.reminders import on_day_named

    now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # a Monday evening in London
    moment = datetime(2026, 3, 8, 11, 0, tzinfo=UTC)
    moved = on_day_named(word, moment, "Europe/London", now)
    assert moved.astimezone(ZoneInfo("Europe/London")).strftime("%Y-%m-%d %H:%M") == expected


@pytest.mark.parametrize(
    "text",
    [
        "remind me the day after tomorrow at 5pm to pay the rent",
        "remind me in two days at 5pm to pay the rent",
        "remind me to pay the rent the day after tomorrow",
    ],
)
def test_days_ahead_stay_out_of_the_label(text: str) -> None:
    assert label_of(text) == "pay the rent"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("remind me on weekends at 10am to call grandma", "call grandma"),
        ("remind me mon to fri at 7:45am to take my meds", "take your meds"),
        ("remind me monday to friday at 7:45am to take my meds", "take your meds"),
        ("remind me on 15th to pay rent", "pay rent"),
        ("remind me on friday to sun myself", "sun yourself"),
    ],
)
def test_the_task_is_read_past_day_ranges_and_dates(text: str, label: str) -> None:
    assert label_of(text) == label
