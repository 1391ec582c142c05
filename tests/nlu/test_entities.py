from datetime import UTC, datetime, time

import pytest

from nlu import parse_clock_time, parse_duration_minutes, parse_mood_score, parse_when

FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("7/10", 7),
        ("5.5", 5),
        ("like a 3", 3),
        ("8 out of 10", 8),
        ("a solid 7", 7),
        ("2", 2),
        ("10/10 today", 10),
        ("i'd say 4", 4),
        ("feeling like a six", 6),
        ("😭", 2),
        ("😔", 3),
        ("😐", 5),
        ("🙂", 7),
        ("😁", 9),
        ("remind me at 8", None),
        ("in 20 minutes", None),
        ("i have 2 kids", None),
        ("today was one of those days where everything clicked", None),
        ("im one of ten", None),
        ("id say a 2 of 10", 2),
        ("hello", None),
        ("", None),
    ],
)
def test_mood_score(text: str, score: int | None) -> None:
    assert parse_mood_score(text) == score


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11pm", time(23, 0)),
        ("23:30", time(23, 30)),
        ("half 11", time(11, 30)),
        ("around 7", time(7, 0)),
        ("7am", time(7, 0)),
        ("quarter to 11", time(10, 45)),
        ("11.30pm", time(23, 30)),
        ("midnight", time(0, 0)),
        ("went to bed at 1am", time(1, 0)),
        ("7/10", None),
        ("i slept 8 hours", None),
        ("no idea", None),
    ],
)
def test_clock_time(text: str, expected: time | None) -> None:
    assert parse_clock_time(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20 mins", 20),
        ("an hour", 60),
        ("half an hour", 30),
        ("45", 45),
        ("1.5 hours", 90),
        ("an hour and a half", 90),
        ("1h30", 90),
        ("took me ten minutes", 10),
        ("a couple of hours", 120),
        ("not long", None),
    ],
)
def test_duration(text: str, minutes: int | None) -> None:
    assert parse_duration_minutes(text) == minutes


WEEKDAYS_7 = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0"


@pytest.mark.parametrize(
    ("text", "tz", "now", "first", "rrule"),
    [
        ("every weekday at 7am", "Europe/London", FRIDAY, "2026-03-09T07:00", WEEKDAYS_7),
        ("in 20 minutes", "Europe/London", FRIDAY, "2026-03-06T15:20", None),
        ("tomorrow at 9", "Europe/London", FRIDAY, "2026-03-07T09:00", None),
        ("remind me 2moro at 9", "Europe/London", FRIDAY, "2026-03-07T09:00", None),
        ("tommorow at 9 pls", "Europe/London", FRIDAY, "2026-03-07T09:00", None),
        (
            "every day at 9pm",
            "Europe/London",
            FRIDAY,
            "2026-03-06T21:00",
            "FREQ=DAILY;BYHOUR=21;BYMINUTE=0",
        ),
        ("at 8", "Europe/London", FRIDAY, "2026-03-06T20:00", None),
        (
            "remind me at 8",
            "Europe/London",
            datetime(2026, 3, 6, 21, 0, tzinfo=UTC),
            "2026-03-07T08:00",
            None,
        ),
        (
            "every monday and thursday at 6:30pm",
            "Europe/London",
            FRIDAY,
            "2026-03-09T18:30",
            "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=18;BYMINUTE=30",
        ),
        (
            "remind me mon wed fri at 6pm to go to the gym",
            "Europe/London",
            FRIDAY,
            "2026-03-06T18:00",
            "FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0",
        ),
        (
            "tues & thurs at 7am",
            "Europe/London",
            FRIDAY,
            "2026-03-10T07:00",
            "FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=7;BYMINUTE=0",
        ),
        (
            "on sundays at 10",
            "Europe/London",
            FRIDAY,
            "2026-03-08T10:00",
            "FREQ=WEEKLY;BYDAY=SU;BYHOUR=10;BYMINUTE=0",
        ),
        ("remind me in half an hour", "Europe/London", FRIDAY, "2026-03-06T15:30", None),
        ("remind me tonight at 11 to go to bed", "Europe/London", FRIDAY, "2026-03-06T23:00", None),
        # New York: daylight saving starts on Sunday 8 March 2026.
        (
            "tomorrow at 9",
            "America/New_York",
            datetime(2026, 3, 7, 12, 0, tzinfo=UTC),
            "2026-03-08T13:00",
            None,
        ),
        (
            "every day at 9am",
            "America/New_York",
            datetime(2026, 3, 7, 12, 0, tzinfo=UTC),
            "2026-03-07T14:00",
            "FREQ=DAILY;BYHOUR=9;BYMINUTE=0",
        ),
        # London: summer time starts on Sunday 29 March 2026.
        (
            "tomorrow at 9",
            "Europe/London",
            datetime(2026, 3, 28, 12, 0, tzinfo=UTC),
            "2026-03-29T08:00",
            None,
        ),
        ("at 8", "Asia/Kolkata", datetime(2026, 3, 6, 0, 0, tzinfo=UTC), "2026-03-06T02:30", None),
        ("every weekday at 7am", "Australia/Sydney", FRIDAY, "2026-03-08T20:00", WEEKDAYS_7),
    ],
)
def test_parse_when(text: str, tz: str, now: datetime, first: str, rrule: str | None) -> None:
    when = parse_when(text, tz, now)
    assert when is not None
    assert when.first.tzinfo is not None
    assert when.first.astimezone(UTC).strftime("%Y-%m-%dT%H:%M") == first
    assert when.rrule == rrule


@pytest.mark.parametrize("text", ["remind me to drink water", "hello", "", "i feel sad"])
def test_parse_when_without_time(text: str) -> None:
    assert parse_when(text, "Europe/London", FRIDAY) is None


def test_when_local_time_is_wall_clock() -> None:
    when = parse_when("every day at 9pm", "America/New_York", FRIDAY)
    assert when is not None
    assert when.local_time == time(21, 0)
    assert when.to_json()["rrule"] == "FREQ=DAILY;BYHOUR=21;BYMINUTE=0"


@pytest.mark.parametrize(
    "text",
    ["slept from midnight to 7", "i'm working from home today", "move £50 from savings", "9" * 400],
)
def test_parse_when_never_raises(text: str) -> None:
    when = parse_when(text, "America/New_York", FRIDAY)
    assert when is None or when.first > FRIDAY


@pytest.mark.parametrize(
    ("text", "rrule", "hour"),
    [
        ("tomorrow morning", None, 8),
        ("next tuesday morning", None, 8),
        ("friday afternoon", None, 15),
        ("drink water evry hour", "FREQ=HOURLY", None),
        ("evry day at 9", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0", 9),
    ],
)
def test_parts_of_the_day_and_typed_every(text: str, rrule: str | None, hour: int | None) -> None:
    when = parse_when(text, "Europe/London", datetime(2026, 3, 2, 18, 0, tzinfo=UTC))
    assert when is not None and when.rrule == rrule
    if hour is not None:
        assert when.local_time is not None and when.local_time.hour == hour


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("remind me in 2 days at 5pm to pay the rent", "2026-03-04 17:00"),
        ("remind me in two days at 5pm to pay the rent", "2026-03-04 17:00"),
        ("remind me the day after tomorrow at 5pm to pay the rent", "2026-03-04 17:00"),
        ("remind me in 3 days to call mum", "2026-03-05 09:00"),
    ],
)
def test_days_ahead(text: str, local: str) -> None:
    from zoneinfo import ZoneInfo

    monday_evening = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    when = parse_when(text, "Europe/London", monday_evening)
    assert when is not None and when.rrule is None
    assert when.first.astimezone(ZoneInfo("Europe/London")).strftime("%Y-%m-%d %H:%M") == local


@pytest.mark.parametrize(
    "text",
    [
        "i owe like 3 grand on my credit card and i dont know what to do",
        "about 2 hundred quid short this month",
        "put on like 5 pounds over christmas",
    ],
)
def test_a_sum_or_a_weight_is_no_mood_score(text: str) -> None:
    assert parse_mood_score(text) is None
