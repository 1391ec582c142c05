"""Pure time arithmetic: wall-clock reminders across zones and both DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.schedule import (
    at_or_after_hour,
    first_fire,
    in_quiet_hours,
    needs_anchor,
    next_occurrence,
    nudge_due_at,
    quiet_hours_end,
    usual_hour,
)

ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Auckland",
]

# Local calendar days just before each zone's spring-forward and fall-back in 2026
# (Kolkata has no DST: the same dates must simply keep working).
TRANSITIONS = {
    ("Europe/London", "spring"): datetime(2026, 3, 27),
    ("Europe/London", "autumn"): datetime(2026, 10, 23),
    ("America/New_York", "spring"): datetime(2026, 3, 6),
    ("America/New_York", "autumn"): datetime(2026, 10, 30),
    ("Australia/Sydney", "spring"): datetime(2026, 10, 2),
    ("Australia/Sydney", "autumn"): datetime(2026, 4, 3),
    ("Asia/Kolkata", "spring"): datetime(2026, 3, 27),
    ("Asia/Kolkata", "autumn"): datetime(2026, 10, 23),
    ("Pacific/Auckland", "spring"): datetime(2026, 9, 25),
    ("Pacific/Auckland", "autumn"): datetime(2026, 4, 3),
}


def utc(local: datetime, tz: str) -> datetime:
    """A naive local wall time in ``tz`` as an aware UTC datetime."""
    return local.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def walk(rrule: str, local_time: str | None, tz: str, start: datetime, n: int) -> list[datetime]:
    """The next ``n`` occurrences after ``start``, fed back one by one like the dispatcher."""
    found, after = [], start
    for _ in range(n):
        nxt = next_occurrence(rrule, local_time, tz, after)
        assert nxt is not None
        found.append(nxt)
        after = nxt
    return found


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("change", ["spring", "autumn"])
def test_nine_pm_stays_nine_pm_local_across_dst(tz: str, change: str) -> None:
    start = utc(TRANSITIONS[(tz, change)].replace(hour=12), tz)
    fires = walk("FREQ=DAILY", "21:00", tz, start, 6)
    local = [f.astimezone(ZoneInfo(tz)) for f in fires]
    assert [(d.hour, d.minute) for d in local] == [(21, 0)] * 6
    days = [d.date() for d in local]
    assert days == [days[0] + timedelta(days=i) for i in range(6)]


@pytest.mark.parametrize("tz", ZONES)
def test_weekday_rule_skips_the_weekend(tz: str) -> None:
    friday_noon = utc(datetime(2026, 3, 6, 12), tz)
    fires = walk("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "07:00", tz, friday_noon, 3)
    local = [f.astimezone(ZoneInfo(tz)) for f in fires]
    assert [d.strftime("%a %H:%M") for d in local] == ["Mon 07:00", "Tue 07:00", "Wed 07:00"]


@pytest.mark.parametrize(
    ("tz", "gap_day", "expected_local"),
    [
        # 01:30 does not exist on spring-forward night: it moves to the same instant after.
        ("Europe/London", datetime(2026, 3, 29), "02:30"),
        ("America/New_York", datetime(2026, 3, 8), "03:30"),
    ],
)
def test_a_time_skipped_by_spring_forward_moves_forward(
    tz: str, gap_day: datetime, expected_local: str
) -> None:
    wall = "01:30" if tz == "Europe/London" else "02:30"
    before = utc(gap_day - timedelta(hours=6), tz)
    fire = next_occurrence("FREQ=DAILY", wall, tz, before)
    assert fire is not None
    local = fire.astimezone(ZoneInfo(tz))
    assert local.date() == gap_day.date()
    assert local.strftime("%H:%M") == expected_local


@pytest.mark.parametrize(
    ("tz", "day", "wall"),
    [
        ("Europe/London", datetime(2026, 10, 25), "01:30"),
        ("America/New_York", datetime(2026, 11, 1), "01:30"),
    ],
)
def test_a_time_that_happens_twice_fires_once(tz: str, day: datetime, wall: str) -> None:
    fires = walk("FREQ=DAILY", wall, tz, utc(day - timedelta(hours=3), tz), 2)
    local = [f.astimezone(ZoneInfo(tz)) for f in fires]
    assert [d.date() for d in local] == [day.date(), day.date() + timedelta(days=1)]
    assert fires[1] - fires[0] == timedelta(hours=25)  # the repeated hour is not a second fire


@pytest.mark.parametrize("tz", ZONES)
def test_every_other_week_keeps_its_phase_from_the_anchor(tz: str) -> None:
    anchor = utc(datetime(2026, 3, 3, 18, 0), tz)  # a Tuesday
    fires, after = [], anchor
    for _ in range(3):
        nxt = next_occurrence("FREQ=WEEKLY;INTERVAL=2", "18:00", tz, after, anchor)
        assert nxt is not None
        fires.append(nxt.astimezone(ZoneInfo(tz)))
        after = nxt
    assert [f.date().isoformat() for f in fires] == ["2026-03-17", "2026-03-31", "2026-04-14"]
    assert all(f.strftime("%a %H:%M") == "Tue 18:00" for f in fires)


@pytest.mark.parametrize(
    ("rule", "anchored"),
    [
        ("FREQ=DAILY", False),
        ("FREQ=DAILY;INTERVAL=2", True),
        ("FREQ=WEEKLY", True),
        ("FREQ=WEEKLY;BYDAY=MO", False),
        ("FREQ=MONTHLY", True),
        ("FREQ=MONTHLY;BYMONTHDAY=1", False),
        ("RRULE:FREQ=DAILY;COUNT=3", True),
    ],
)
def test_needs_anchor(rule: str, anchored: bool) -> None:
    assert needs_anchor(rule) is anchored


@pytest.mark.parametrize("tz", ZONES)
def test_first_fire_of_a_plain_weekly_rule_is_the_next_local_time(tz: str) -> None:
    now = utc(datetime(2026, 3, 2, 10, 0), tz)  # Monday 10:00 local
    fire = first_fire("FREQ=WEEKLY", "09:00", tz, None, now)
    assert fire.astimezone(ZoneInfo(tz)).strftime("%a %d %H:%M") == "Tue 03 09:00"


@pytest.mark.parametrize("tz", ZONES)
def test_first_fire_of_a_one_off(tz: str) -> None:
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    later = now + timedelta(minutes=20)
    assert first_fire(None, None, tz, later, now) == later
    assert first_fire(None, None, tz, now - timedelta(hours=1), now) == now  # never lost
    only_time = first_fire(None, "09:00", tz, None, now).astimezone(ZoneInfo(tz))
    assert only_time.strftime("%H:%M") == "09:00"
    assert now < only_time <= now + timedelta(days=1)


def test_first_fire_needs_something() -> None:
    with pytest.raises(ValueError):
        first_fire(None, None, "UTC", None, datetime(2026, 3, 2, tzinfo=UTC))


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    ("local_hour", "quiet"),
    [(23, True), (3, True), (7, True), (8, False), (12, False), (21, False), (22, True)],
)
def test_quiet_hours_wrap_midnight_in_every_zone(tz: str, local_hour: int, quiet: bool) -> None:
    now = utc(datetime(2026, 6, 10, local_hour, 0), tz)
    assert in_quiet_hours(now, tz, "22:00", "08:00") is quiet


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("change", ["spring", "autumn"])
def test_quiet_hours_end_at_eight_local_even_across_dst(tz: str, change: str) -> None:
    # 23:00 local on the night of the change: quiet hours end at 08:00 local next morning.
    night = TRANSITIONS[(tz, change)] + timedelta(days=1)
    now = utc(night.replace(hour=23), tz)
    end = quiet_hours_end(now, tz, "22:00", "08:00").astimezone(ZoneInfo(tz))
    assert (end.date(), end.hour, end.minute) == ((night + timedelta(days=1)).date(), 8, 0)


def test_quiet_hours_end_is_now_outside_them() -> None:
    now = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    assert quiet_hours_end(now, "UTC", "22:00", "08:00") == now


@pytest.mark.parametrize("tz", ZONES)
def test_usual_hour_is_the_local_hour_they_write_most(tz: str) -> None:
    base = datetime(2026, 3, 1)
    times = [utc(base.replace(day=d, hour=19, minute=40), tz) for d in range(1, 6)]
    times += [utc(base.replace(day=d, hour=8), tz) for d in range(1, 3)]
    assert usual_hour(times, tz) == 19
    assert usual_hour([], tz) is None


@pytest.mark.parametrize("tz", ZONES)
def test_at_or_after_hour(tz: str) -> None:
    earliest = utc(datetime(2026, 3, 2, 20, 15), tz)
    assert (
        at_or_after_hour(earliest, tz, 19).astimezone(ZoneInfo(tz)).strftime("%d %H:%M")
        == "03 19:00"
    )
    assert (
        at_or_after_hour(earliest, tz, 21).astimezone(ZoneInfo(tz)).strftime("%d %H:%M")
        == "02 21:00"
    )


def plan(**overrides: object) -> datetime | None:
    """nudge_due_at with the config.yml defaults and a London evening writer."""
    args: dict[str, object] = {
        "last_inbound_at": datetime(2026, 3, 2, 19, 30, tzinfo=UTC),
        "last_nudge_at": None,
        "unanswered": 0,
        "inactive_hours": 72,
        "backoff_hours": [72, 120, 240],
        "max_unanswered": 3,
        "tz": "Europe/London",
        "hour": 19,
        "quiet": ("22:00", "08:00"),
    }
    args.update(overrides)
    return nudge_due_at(**args)  # type: ignore[arg-type]


def test_first_nudge_after_inactivity_at_their_usual_hour() -> None:
    assert plan() == datetime(2026, 3, 5, 19, 0, tzinfo=UTC)  # 72 h later, at 19:00


@pytest.mark.parametrize(("unanswered", "wait_hours"), [(1, 120), (2, 240)])
def test_nudges_back_off_when_ignored(unanswered: int, wait_hours: int) -> None:
    last = datetime(2026, 3, 6, 19, 0, tzinfo=UTC)
    due = plan(unanswered=unanswered, last_nudge_at=last, hour=None)
    assert due == last + timedelta(hours=wait_hours)


def test_no_nudge_after_max_unanswered_or_before_any_message() -> None:
    assert plan(unanswered=3, last_nudge_at=datetime(2026, 3, 6, tzinfo=UTC)) is None
    assert plan(last_inbound_at=None) is None


def test_a_night_owl_is_not_nudged_in_quiet_hours() -> None:
    due = plan(hour=23)
    assert due is not None
    assert due.astimezone(ZoneInfo("Europe/London")).strftime("%H:%M") == "08:00"


def test_the_usual_hour_well_before_the_earliest_moment_waits_for_the_next_day() -> None:
    due = plan(hour=15)  # 15:00 is 4.5 h before Thursday 19:30: Friday 15:00
    assert due == datetime(2026, 3, 6, 15, 0, tzinfo=UTC)


def test_an_overdue_plan_starts_from_not_before() -> None:
    now = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
    assert plan(not_before=now) == datetime(2026, 4, 1, 18, 0, tzinfo=UTC)  # 19:00 BST
