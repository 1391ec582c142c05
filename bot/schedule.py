"""Time arithmetic for proactive messages: pure functions of ``now`` and a time zone."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr


def parse_hhmm(value: str) -> time:
    """ "21:30" -> time(21, 30)."""
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def next_occurrence(
    rrule: str | None, local_time: str | None, tz: str, after: datetime
) -> datetime | None:
    """The first local wall-clock occurrence strictly after ``after`` (UTC out).

    The rule is evaluated on naive local times and then placed in ``tz``, so a 21:00
    reminder stays at 21:00 local across daylight-saving changes. A local time that
    does not exist (spring forward) moves to the first valid minute after it.
    """
    if not rrule:
        return None
    zone = ZoneInfo(tz)
    local_after = after.astimezone(zone).replace(tzinfo=None)
    rule_text = rrule if rrule.startswith("RRULE:") else f"RRULE:{rrule}"
    start = local_after.replace(second=0, microsecond=0) - timedelta(days=1)
    if local_time:
        at = parse_hhmm(local_time)
        start = start.replace(hour=at.hour, minute=at.minute)
    rule = rrulestr(rule_text, dtstart=start)
    candidate = rule.after(local_after, inc=False)
    while candidate is not None:
        aware = _localise(candidate, zone)
        if aware > after:
            return aware.astimezone(ZoneInfo("UTC"))
        candidate = rule.after(candidate, inc=False)
    return None


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
