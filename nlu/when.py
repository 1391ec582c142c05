"""Reminder times and recurrences in the user's time zone ("every weekday at 7am")."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

from nlu.clock import clock_match
from nlu.types import When

DEFAULT_TIME = time(9, 0)
_EVENING = re.compile(r"\b(tonight|this evening|in the evening|evening|night|pm)\b")
_MORNING = re.compile(r"\b(morning|in the morning|am)\b")
_DATE_WORDS = re.compile(
    r"\b(\d{1,2}(st|nd|rd|th)|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
    r"aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b"
)
# How "tomorrow" gets typed.
_TOMORROW_TYPED = r"tmrw|tmr|tomoz|2mor+ow|2moro|tmorrow|tomorow|tommorow|tommorrow"
_DAY_WORDS = re.compile(
    r"\b(tomorrow|tmrw|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|wed|thu|fri|sat|sun|weekend|week|month|next)\b"
)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "in 2 days", "in three days", "the day after tomorrow": a day some days ahead.
_DAYS_AHEAD = re.compile(
    r"\bin (\d{1,2}|a|one|two|three|four|five|six) days?\b|\b(?:the )?day after (tomorrow)\b"
)
_TIME_HINT = re.compile(
    rf"\d|\b(every|each|daily|weekly|nightly|tomorrow|{_TOMORROW_TYPED}|tonight|today|noon|"
    r"in (?:a|one|two|three|four|five|six) days?|"
    r"midnight|midday|"
    r"morning|evening|night|afternoon|hour|minute|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekday|weekend|half|quarter|an? (hour|min))"
)
_REWRITES = [
    (re.compile(r"\bhalf an? hour\b"), "30 minutes"),
    (re.compile(r"\ban hour and a half\b"), "90 minutes"),
    (re.compile(r"\bin an? hour\b"), "in 60 minutes"),
    (re.compile(r"\b(each|every single)\b"), "every"),
    (re.compile(r"\b(nightly|every night|every evening)\b"), "every day night"),
    (re.compile(r"\bevery morning\b"), "every day morning"),
    (re.compile(r"\bweekdays\b"), "every weekday"),
    (re.compile(rf"\b({_TOMORROW_TYPED})\b"), "tomorrow"),
    (re.compile(r"\b(evry|evey|evrey|everry|evrry)\b"), "every"),
    (re.compile(r"\b(every ?day|evryday|everyday)\b"), "every day"),
    # "remind me 2 check in": texting "2" for "to", not every 2nd day
    (re.compile(r"\b(me|u|you) 2 (?=[a-z])"), r"\1 to "),
    # "take 10 minutes for myself every day": a length of time that is the task, not a period
    (
        re.compile(
            r"\b(take|have|spend|get|give myself) (\d+|a few|five|ten) (minutes?|mins?|hours?)\b"
        ),
        r"\1 a break",
    ),
    (
        re.compile(r"\b(weeknights|weekday nights|school nights|work nights)\b"),
        "every weekday night",
    ),
    (
        re.compile(
            r"\b(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s? "
            r"(evening|morning|afternoon|night)s\b"
        ),
        r"every \1 \2",
    ),
]
# A part of the day with no clock time ("tomorrow morning"): the hour `_default_time` gives,
# not the parser's own (6:00 for a morning).
_DAY_PART = re.compile(r"\b(?:in the |this )?(morning|afternoon)\b")


_DAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)"
)
_DAY_LIST = re.compile(rf"\b(?:every |on )?({_DAY}s?(?:\s*(?:,|&|/|\+|and|n)?\s*{_DAY}s?\b)+)")
_DAYS_PLURAL = re.compile(
    r"\b(?:every |on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b"
)
_FULL_DAY = {
    "mon": "monday",
    "tue": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}


def _days_listed(found: re.Match[str]) -> str:
    """ "mon wed fri" / "tues & thurs" -> "every monday, wednesday and friday"."""
    days = [_FULL_DAY[d[:3]] for d in re.findall(_DAY, found.group(1))]
    return "every " + (", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else days[0])


def _rewrite(text: str) -> tuple[str, time | None, bool]:
    low = " ".join(text.lower().replace("’", "'").split())
    for pattern, repl in _REWRITES:
        low = pattern.sub(repl, low)
    low = _DAY_LIST.sub(_days_listed, low)
    low = _DAYS_PLURAL.sub(r"every \1", low)
    found = clock_match(low)
    if not found and _DAY_PART.search(low):
        clock = _default_time(low)
        low = _DAY_PART.sub(f"at {clock.strftime('%H:%M')}", low, count=1)
        return " ".join(low.split()).replace("every every", "every"), clock, True
    if not found:
        return low, None, False
    clock, explicit, (start, end) = found
    if not explicit and clock.hour < 12 and _EVENING.search(low) and not _MORNING.search(low):
        clock, explicit = time(clock.hour + 12, clock.minute), True
    low = f"{low[:start]} at {clock.strftime('%H:%M')} {low[end:]}"
    return " ".join(low.split()).replace("every every", "every"), clock, explicit


def _default_time(low: str) -> time:
    if re.search(r"\b(night|evening|bed)\b", low):
        return time(21, 0)
    if "afternoon" in low:
        return time(15, 0)
    if "morning" in low:
        return time(8, 0)
    return DEFAULT_TIME


def _normalise_rrule(rule: str, clock: time | None) -> str:
    parts = dict(p.split("=", 1) for p in rule.removeprefix("RRULE:").split(";") if "=" in p)
    if parts.get("INTERVAL") == "1":
        del parts["INTERVAL"]
    if parts.get("FREQ") in ("DAILY", "WEEKLY", "MONTHLY", "YEARLY") and clock is not None:
        parts["BYHOUR"], parts["BYMINUTE"] = str(clock.hour), str(clock.minute)
    order = ["FREQ", "INTERVAL", "BYMONTHDAY", "BYDAY", "BYHOUR", "BYMINUTE"]
    keys = [k for k in order if k in parts] + sorted(k for k in parts if k not in order)
    return ";".join(f"{k}={parts[k]}" for k in keys)


def _to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    return local.replace(tzinfo=zone).astimezone(UTC)


def _daytime(clock: time, explicit: bool) -> time:
    """Read an ambiguous '4' as 16:00 and '9' as 09:00 (waking hours)."""
    if not explicit and 1 <= clock.hour <= 6:
        return time(clock.hour + 12, clock.minute)
    return clock


def _next_clock(local_now: datetime, clock: time, explicit: bool) -> datetime:
    """Next occurrence of the clock time; an ambiguous hour may be am or pm (waking hours)."""
    hours = [clock.hour] if explicit or clock.hour >= 12 else [clock.hour, clock.hour + 12]
    options = []
    for day in (0, 1):
        for hour in hours:
            base = local_now.date() + timedelta(days=day)
            options.append(datetime.combine(base, time(hour, clock.minute)))
    future = sorted(o for o in options if o > local_now)
    awake = [o for o in future if 7 <= o.hour <= 22]
    return (awake or future)[0]


def parse_when(text: str, tz: str, now: datetime) -> When | None:
    """Resolve a reminder time or recurrence in time zone `tz`, relative to `now`."""
    from recurrent.event_parser import RecurringEvent

    if not text or not _TIME_HINT.search(text.lower()):
        return None
    zone = ZoneInfo(tz)
    aware_now = now if now.tzinfo else now.replace(tzinfo=UTC)
    local_now = aware_now.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    low, clock, explicit = _rewrite(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # parsedatetime's own deprecation notice
        try:
            result = RecurringEvent(now_date=local_now).parse(low)
        except (TypeError, ValueError):  # recurrent trips over some "from X to Y" phrases
            result = None
    if isinstance(result, str) and result.startswith("RRULE"):
        clock = _daytime(clock, explicit) if clock else _default_time(low)
        rule = _normalise_rrule(result, clock)
        if "FREQ=HOURLY" in rule or "FREQ=MINUTELY" in rule:
            clock = None
        occurrences = rrulestr(rule, dtstart=local_now)
        first = occurrences.after(local_now, inc=False)
        if first is None:
            return None
        return When(_to_utc(first, zone), rule, clock, text.strip())
    when: datetime | None = result if isinstance(result, datetime) else None
    if _DATE_WORDS.search(low) and not re.search(r"\bin \d+ (min|hour)", low):
        when = _dateparse(low, local_now) or when
    if when is None and clock is None:
        return None
    relative = re.search(r"\bin \d+ (minutes?|mins?|hours?|hrs?)\b", low)
    ahead = _days_ahead(low)
    if ahead is not None and not relative:  # "in 2 days at 5pm", "the day after tomorrow"
        at = _daytime(clock, explicit) if clock is not None else _default_time(low)
        when = datetime.combine(local_now.date() + timedelta(days=ahead), at)
        return When(_to_utc(when, zone), None, at if clock is not None else None, text.strip())
    if clock is not None and not relative:
        if _DAY_WORDS.search(low) or _DATE_WORDS.search(low):
            day = (when or local_now).date()
            if re.search(r"\btomorrow\b", low):  # the parser can drift to the real today
                day = local_now.date() + timedelta(days=1)
            elif re.search(r"\b(today|tonight)\b", low):
                day = local_now.date()
            clock = _daytime(clock, explicit)
            when = datetime.combine(day, clock)
            if when <= local_now:
                when += timedelta(days=1)
        else:
            when = _next_clock(local_now, clock, explicit)
    elif when is not None and not relative and when.time() == local_now.time():
        when = datetime.combine(when.date(), _default_time(low))
    if when is None or when <= local_now:
        return None
    local_time = when.time() if clock is not None else None
    return When(_to_utc(when, zone), None, local_time, text.strip())


def _days_ahead(low: str) -> int | None:
    """How many days ahead "in 2 days" or "the day after tomorrow" puts it, or None."""
    found = _DAYS_AHEAD.search(low)
    if found is None:
        return None
    if found.group(2):
        return 2
    count = found.group(1)
    return int(count) if count.isdigit() else _NUMBER_WORDS[count]


def _dateparse(low: str, local_now: datetime) -> datetime | None:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": local_now, "PREFER_DATES_FROM": "future"}
    try:
        found = search_dates(low, languages=["en"], settings=settings)
    except (TypeError, ValueError, OverflowError):
        return None
    dates = [dt for _, dt in found or [] if isinstance(dt, datetime)]
    if not dates:
        return None
    return max(dates, key=lambda d: (d.date() != local_now.date(), d))
