"""Reminder times said as weekends, day ranges, days of the month and weeks ahead."""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest

from nlu import parse_when
from nlu.entities import extract_entities
from nlu.types import When

# Friday 6 March 2026, 15:00 in London and 10:00 in New York (on standard time until Sunday 8).
FRIDAY = datetime(2026, 3, 6, 15, 0, tzinfo=UTC)
ZONES = ["Europe/London", "America/New_York"]
WEEKDAYS_0745 = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=45"


def _local(when: When | None, tz: str) -> str:
    assert when is not None
    return when.first.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "remind me on weekends at 10am to call grandma",
        "remind me every weekend at 10am to call grandma",
        "remind me weekends at 10am to call grandma",
        "remind me to call grandma at 10am on weekends",
        "remind me sat-sun at 10am to call grandma",
    ],
)
def test_when_weekends_recur_on_saturday_and_sunday(text: str, tz: str) -> None:
    when = parse_when(text, tz, FRIDAY)
    assert when is not None
    assert when.rrule == "FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=10;BYMINUTE=0"
    assert when.local_time == time(10, 0)
    assert _local(when, tz) == "2026-03-07 10:00"


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "remind me mon-fri at 7:45am to take my meds",
        "remind me mon to fri at 7:45am to take my meds",
        "remind me monday-friday at 7:45am to take my meds",
        "remind me monday to friday at 7:45am to take my meds",
        "remind me Monday – Friday at 7:45am to take my meds",
        "remind me mon thru fri 7:45am to take my meds",
        "remind me from monday to friday at 7:45am to take my meds",
        "remind me weekdays at 7:45am to take my meds",
        "remind me every weekday at 7:45am to take my meds",
    ],
)
def test_when_weekday_range_recurs_on_weekdays(text: str, tz: str) -> None:
    when = parse_when(text, tz, FRIDAY)
    assert when is not None
    assert when.rrule == WEEKDAYS_0745
    assert when.local_time == time(7, 45)
    assert _local(when, tz) == "2026-03-09 07:45"  # Monday; New York is on summer time by then


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("remind me tue-thu at 8pm", "FREQ=WEEKLY;BYDAY=TU,WE,TH;BYHOUR=20;BYMINUTE=0"),
        ("remind me fri to mon at 9am", "FREQ=WEEKLY;BYDAY=FR,SA,SU,MO;BYHOUR=9;BYMINUTE=0"),
        ("remind me mon-sun at 9am", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0"),
        (
            "remind me mon-fri to take my meds",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9;BYMINUTE=0",
        ),
    ],
)
def test_when_other_day_ranges(text: str, rrule: str) -> None:
    when = parse_when(text, "Europe/London", FRIDAY)
    assert when is not None and when.rrule == rrule


@pytest.mark.parametrize(
    "text", ["remind me on friday to sun myself", "move my reminder from monday to friday"]
)
def test_when_two_days_that_are_not_a_range(text: str) -> None:
    when = parse_when(text, "Europe/London", FRIDAY)
    assert when is None or when.rrule is None


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "remind me on the 15th to pay rent",
        "remind me on 15th to pay rent",
        "remind me to pay rent on the 15th",
        "the 15th",
        "on 15th",
    ],
)
def test_when_day_of_month_is_the_next_one_at_the_default_time(text: str, tz: str) -> None:
    when = parse_when(text, tz, FRIDAY)
    assert when is not None and when.rrule is None
    # no time said: the same default as a day without one ("tomorrow"), not midnight
    tomorrow = parse_when("remind me tomorrow to pay rent", tz, FRIDAY)
    assert tomorrow is not None and when.local_time is tomorrow.local_time is None
    assert _local(when, tz)[11:] == _local(tomorrow, tz)[11:] == "09:00"
    assert _local(when, tz) == "2026-03-15 09:00"


@pytest.mark.parametrize(
    ("now", "local"),
    [
        (datetime(2026, 3, 20, 12, 0, tzinfo=UTC), "2026-04-15 09:00"),  # past: next month
        (datetime(2026, 3, 15, 7, 0, tzinfo=UTC), "2026-03-15 09:00"),  # that day, still ahead
        (datetime(2026, 3, 15, 10, 0, tzinfo=UTC), "2026-04-15 09:00"),  # that day, gone by
        (datetime(2026, 12, 20, 12, 0, tzinfo=UTC), "2027-01-15 09:00"),  # over the new year
    ],
)
def test_when_day_of_month_this_month_or_next(now: datetime, local: str) -> None:
    when = parse_when("remind me on the 15th to pay rent", "Europe/London", now)
    assert _local(when, "Europe/London") == local


@pytest.mark.parametrize(
    ("text", "tz", "now", "local", "clock"),
    [
        ("remind me on the 15th at 6pm", "Europe/London", FRIDAY, "2026-03-15 18:00", time(18)),
        ("on the 15th at 6", "America/New_York", FRIDAY, "2026-03-15 18:00", time(18)),
        # April has no 31st: the next month that has one
        (
            "remind me on the 31st to pay rent",
            "Europe/London",
            datetime(2026, 4, 2, 12, 0, tzinfo=UTC),
            "2026-05-31 09:00",
            None,
        ),
        ("on the 15th of next month", "Europe/London", FRIDAY, "2026-04-15 09:00", None),
        ("remind me on the 20th of march", "Europe/London", FRIDAY, "2026-03-20 09:00", None),
        ("remind me on march 2nd at 8am", "America/New_York", FRIDAY, "2027-03-02 08:00", time(8)),
        (
            "remind me on 3 april at 15:30",
            "Europe/London",
            FRIDAY,
            "2026-04-03 15:30",
            time(15, 30),
        ),
        ("on the 29th of feb", "Europe/London", FRIDAY, "2028-02-29 09:00", None),
    ],
)
def test_when_dates_by_day_of_month(
    text: str, tz: str, now: datetime, local: str, clock: time | None
) -> None:
    when = parse_when(text, tz, now)
    assert when is not None and when.rrule is None
    assert _local(when, tz) == local
    assert when.local_time == clock


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "remind me every month on the 15th to pay rent",
        "remind me on the 15th of every month to pay rent",
        "remind me on the 15th of each month to pay rent",
        "remind me monthly on the 15th to pay rent",
    ],
)
def test_when_day_of_every_month_is_monthly(text: str, tz: str) -> None:
    when = parse_when(text, tz, FRIDAY)
    assert when is not None
    assert when.rrule == "FREQ=MONTHLY;BYMONTHDAY=15;BYHOUR=9;BYMINUTE=0"
    assert _local(when, tz) == "2026-03-15 09:00"


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "remind me on the 31st of february",
        "remind me on the 30th of feb",
        "remind me on the 30th of feb to pay rent",
        "on 31st april",
        "remind me on 29 feb 2027",
        "remind me on the 32nd",
        "at 25:00",
        "remind me at 25:00 to pay rent",
        # a clock time no day has is not the default hour either
        "remind me tomorrow at 25:00",
        "remind me every day at 25:00",
        "remind me on the 15th at 25:00",
        "remind me at 7:60am",
        "remind me at 13pm",
    ],
)
def test_when_impossible_date_or_time_is_none(text: str, tz: str) -> None:
    assert parse_when(text, tz, FRIDAY) is None


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("remind me in a week to follow up", "2026-03-13 09:00"),
        ("in a week", "2026-03-13 09:00"),
        ("in a week's time", "2026-03-13 09:00"),
        ("in 1 week", "2026-03-13 09:00"),
        ("in 2 weeks", "2026-03-20 09:00"),
        ("in two weeks", "2026-03-20 09:00"),
        ("in a fortnight", "2026-03-20 09:00"),
        ("remind me in a fortnight to book the gp", "2026-03-20 09:00"),
        ("in a month", "2026-04-06 09:00"),
        ("in 3 months", "2026-06-06 09:00"),
    ],
)
def test_when_weeks_and_months_ahead(text: str, tz: str, local: str) -> None:
    when = parse_when(text, tz, FRIDAY)
    assert when is not None and when.rrule is None
    # no time said: the module's default hour, as for "in 3 days" and "tomorrow"
    assert when.local_time is None
    assert _local(when, tz) == local


@pytest.mark.parametrize(
    ("text", "now", "local", "clock"),
    [
        ("remind me in a week at 5pm to follow up", FRIDAY, "2026-03-13 17:00", time(17)),
        ("in a fortnight at 8", FRIDAY, "2026-03-20 08:00", time(8)),
        # a month from the 31st of January: the last day of February
        ("in a month", datetime(2026, 1, 31, 12, 0, tzinfo=UTC), "2026-02-28 09:00", None),
    ],
)
def test_when_weeks_and_months_ahead_with_a_time(
    text: str, now: datetime, local: str, clock: time | None
) -> None:
    when = parse_when(text, "Europe/London", now)
    assert _local(when, "Europe/London") == local
    assert when is not None and when.local_time == clock


@pytest.mark.parametrize(
    "text",
    [
        "remind me in a week to follow up",
        "remind me on weekends at 10am to call grandma",
        "remind me mon to fri at 7:45am to take my meds",
        "remind me on the 15th to pay rent",
    ],
)
def test_when_reaches_the_reminder_entity(text: str) -> None:
    entities = extract_entities(text, tz="Europe/London", now=FRIDAY, intent="set_reminder")
    assert [e.type for e in entities].count("when") == 1


@pytest.mark.parametrize(
    ("text", "rrule"),
    [
        ("remind me to check in every couple of hours", "FREQ=HOURLY;INTERVAL=2"),
        ("every couple hours drink water", "FREQ=HOURLY;INTERVAL=2"),
        ("stretch every few hours", "FREQ=HOURLY;INTERVAL=3"),
    ],
)
def test_every_couple_or_few_hours_is_that_many_hours(text: str, rrule: str) -> None:
    when = parse_when(text, "Europe/London", FRIDAY)
    assert when is not None and when.rrule == rrule
