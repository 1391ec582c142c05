"""Time arithmetic for proactive messages: pure functions of ``now`` and a time zone."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr


def parse_hhmm(value: str) -> time:
    """ "21:30" -> time(21, 30)."""
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def rule_parts(rrule: str) -> dict[str, str]:
    """ "FREQ=WEEKLY;BYDAY=MO,FR" -> {"FREQ": "WEEKLY", "BYDAY": "MO,FR"}."""
    text = rrule.removeprefix("RRULE:")
    parts = (item.split("=", 1) for item in text.split(";") if "=" in item)
    return {key.strip().upper(): value.strip().upper() for key, value in parts}


def needs_anchor(rrule: str) -> bool:
    """True when a rule's occurrences depend on its first date, not just on the rule.

    "Every other day" counts from the first day; a weekly rule without BYDAY repeats
    on the first one's weekday, a monthly one without BYMONTHDAY on its day of month, an
    hourly one without BYMINUTE on the first one's minute.
    """
    parts = rule_parts(rrule)
    if int(parts.get("INTERVAL", "1")) > 1 or "COUNT" in parts:
        return True
    freq = parts.get("FREQ", "")
    if freq in ("HOURLY", "MINUTELY"):
        # "every hour" said at 6pm comes at 7, 8, 9: on the minute of the first one
        return "BYMINUTE" not in parts
    if freq == "WEEKLY":
        return "BYDAY" not in parts
    if freq == "MONTHLY":
        return not ({"BYMONTHDAY", "BYDAY", "BYSETPOS"} & parts.keys())
    if freq == "YEARLY":
        return not ({"BYMONTH", "BYYEARDAY", "BYWEEKNO"} & parts.keys())
    return False


def next_occurrence(
    rrule: str | None,
    local_time: str | None,
    tz: str,
    after: datetime,
    anchor: datetime | None = None,
) -> datetime | None:
    """The first local wall-clock occurrence strictly after ``after`` (UTC out).

    The rule is evaluated on naive local times and then placed in ``tz``, so a 21:00
    reminder stays at 21:00 local across daylight-saving changes. A local time that
    does not exist (spring forward) moves to the first valid minute after it; one that
    happens twice (fall back) fires at the first of the two. ``anchor`` (UTC, the first
    occurrence) fixes the phase of rules that need one (see ``needs_anchor``).
    """
    if not rrule:
        return None
    zone = ZoneInfo(tz)
    local_after = after.astimezone(zone).replace(tzinfo=None)
    rule_text = rrule if rrule.startswith("RRULE:") else f"RRULE:{rrule}"
    if anchor is not None and needs_anchor(rrule):
        start = anchor.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    else:
        # Starting from yesterday keeps the walk short for the common daily/weekday rules.
        start = local_after.replace(second=0, microsecond=0) - timedelta(days=1)
    if local_time:
        at = parse_hhmm(local_time)
        start = start.replace(hour=at.hour, minute=at.minute)
    elif "BYHOUR" in (parts := rule_parts(rrule)) and "BYMINUTE" not in parts:
        start = start.replace(minute=0)  # "at 9 and 21" means on the hour
    rule = _parsed(rule_text).replace(dtstart=start)
    candidate = rule.after(local_after, inc=False)
    while candidate is not None:
        aware = _localise(candidate, zone)
        if aware > after:
            return aware.astimezone(ZoneInfo("UTC"))
        candidate = rule.after(candidate, inc=False)
    return None


@lru_cache(maxsize=512)
def _parsed(rule_text: str) -> rrule:
    """Parse a rule once per process; callers set ``dtstart`` with ``replace``."""
    parsed = rrulestr(rule_text, dtstart=datetime(2000, 1, 1))
    assert isinstance(parsed, rrule)
    return parsed


def _localise(naive: datetime, zone: ZoneInfo) -> datetime:
    """Attach ``zone``; a wall time skipped by DST moves forward to exist."""
    aware = naive.replace(tzinfo=zone)
    round_trip = aware.astimezone(ZoneInfo("UTC")).astimezone(zone).replace(tzinfo=None)
    if round_trip != naive:  # in the gap: take the same instant after the jump
        return aware.astimezone(ZoneInfo("UTC")).astimezone(zone)
    return aware


def in_quiet_hours(now: datetime, tz: str, start: str, end: str) -> bool:
    """True when local ``now`` falls in [start, end), which may wrap past midnight."""
    local = now.astimezone(ZoneInfo(tz)).time()
    begin, finish = parse_hhmm(start), parse_hhmm(end)
    if begin == finish:
        return False
    if begin < finish:
        return begin <= local < finish
    return local >= begin or local < finish


def quiet_hours_end(now: datetime, tz: str, start: str, end: str) -> datetime:
    """When the quiet hours containing ``now`` end (``now`` itself if not in them)."""
    if not in_quiet_hours(now, tz, start, end):
        return now
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    finish = parse_hhmm(end)
    candidate = local.replace(hour=finish.hour, minute=finish.minute, second=0, microsecond=0)
    if candidate <= local:
        candidate = (local + timedelta(days=1)).replace(
            hour=finish.hour, minute=finish.minute, second=0, microsecond=0
        )
    naive = candidate.replace(tzinfo=None)
    return _localise(naive, zone).astimezone(ZoneInfo("UTC"))


def local_at(day: datetime, at: time, tz: str) -> datetime:
    """``at`` on the local calendar day of ``day`` in ``tz``, as UTC (DST gaps move forward)."""
    zone = ZoneInfo(tz)
    local_day = day.astimezone(zone).date()
    return _localise(datetime.combine(local_day, at), zone).astimezone(UTC)


def next_local_time(local_time: str, tz: str, after: datetime) -> datetime:
    """The next time the clock in ``tz`` shows ``local_time``, strictly after ``after``."""
    at = parse_hhmm(local_time)
    candidate = local_at(after, at, tz)
    day = after
    while candidate <= after:
        day = day + timedelta(days=1)
        candidate = local_at(day, at, tz)
    return candidate


def first_fire(
    rrule: str | None,
    local_time: str | None,
    tz: str,
    first: datetime | None,
    now: datetime,
) -> datetime:
    """When a new (or rescheduled) reminder first fires.

    Recurring: the first occurrence at or after ``first`` (or after ``now``). One-off:
    ``first``, or the next ``local_time`` when only a time was given; a one-off already
    in the past fires at once rather than never.
    """
    if rrule:
        if first is None and needs_anchor(rrule):
            # "Every week at 9am" said on a Monday starts at the next 9am, not last Sunday.
            first = next_local_time(local_time, tz, now) if local_time else now
        start = max(first, now) if first is not None else now
        found = next_occurrence(rrule, local_time, tz, start - timedelta(seconds=1), first)
        if found is None:
            raise ValueError("the rule has no future occurrence")
        return found
    if first is not None:
        return max(first.astimezone(UTC), now)
    if local_time:
        return next_local_time(local_time, tz, now)
    raise ValueError("a reminder needs a rule, a first time or a local time")


def defer_past_quiet(due: datetime, tz: str, start: str, end: str) -> datetime:
    """``due`` itself, or the end of the quiet hours it falls in."""
    return quiet_hours_end(due, tz, start, end)


def usual_hour(times: Iterable[datetime], tz: str) -> int | None:
    """The local hour someone most often writes at (latest hour wins a tie); None if no data."""
    zone = ZoneInfo(tz)
    counts = Counter(moment.astimezone(zone).hour for moment in times)
    if not counts:
        return None
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


def at_or_after_hour(earliest: datetime, tz: str, hour: int) -> datetime:
    """The first moment at or after ``earliest`` when the local clock reads ``hour``:00."""
    candidate = local_at(earliest, time(hour, 0), tz)
    day = earliest
    while candidate < earliest:
        day = day + timedelta(days=1)
        candidate = local_at(day, time(hour, 0), tz)
    return candidate


USUAL_HOUR_SLACK = timedelta(hours=3)


def nudge_due_at(
    *,
    last_inbound_at: datetime | None,
    last_nudge_at: datetime | None,
    unanswered: int,
    inactive_hours: float,
    backoff_hours: Sequence[float],
    max_unanswered: int,
    tz: str,
    hour: int | None,
    quiet: tuple[str, str],
    not_before: datetime | None = None,
) -> datetime | None:
    """When the next inactivity nudge should go, or None when there should be none.

    The first waits ``inactive_hours`` after the last message; after n unanswered
    nudges the next waits ``backoff_hours[n]`` after the last nudge. The time is moved
    to the hour the person usually writes at (up to ``USUAL_HOUR_SLACK`` early, else up to
    a day later), and out of their quiet hours; never before ``not_before``.
    """
    if last_inbound_at is None or unanswered >= max_unanswered:
        return None
    if unanswered == 0 or last_nudge_at is None:
        wait = max(inactive_hours, backoff_hours[0] if backoff_hours else 0)
        earliest = last_inbound_at + timedelta(hours=wait)
    else:
        wait = backoff_hours[min(unanswered, len(backoff_hours) - 1)] if backoff_hours else 0
        earliest = max(
            last_nudge_at + timedelta(hours=wait),
            last_inbound_at + timedelta(hours=inactive_hours),
        )
    if not_before is not None:
        earliest = max(earliest, not_before)
    if hour is not None:
        # Their usual hour shortly before the earliest moment beats waiting almost a day.
        aligned = at_or_after_hour(earliest - USUAL_HOUR_SLACK, tz, hour)
        if not_before is not None and aligned < not_before:
            aligned = at_or_after_hour(not_before, tz, hour)
        earliest = aligned
    return defer_past_quiet(earliest, tz, *quiet)


def retention_cutoff(now: datetime, days: int) -> datetime:
    """Messages received or created before this moment are past the retention window."""
    return now - timedelta(days=days)
