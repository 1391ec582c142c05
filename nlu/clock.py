"""Clock times and durations in everyday words ("half 11", "11pm", "an hour")."""

from __future__ import annotations

import re
from datetime import time

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
}
_NUM = r"(\d{1,2}|" + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + ")"
_AMPM = r"\s*(a\.?m\.?|p\.?m\.?)?"

_HHMM = re.compile(r"\b(\d{1,2})[:.h](\d{2})" + _AMPM + r"(?![\d])")
_QUARTER_PAST = re.compile(r"\bquarter past " + _NUM + _AMPM + r"\b")
_QUARTER_TO = re.compile(r"\bquarter to " + _NUM + _AMPM + r"\b")
_HALF_PAST = re.compile(r"\bhalf (?:past )?" + _NUM + _AMPM + r"\b")
_OCLOCK = re.compile(r"\b" + _NUM + r"(?: o'?clock)?" + _AMPM + r"\b")
_MILITARY = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\b")
# Hours and minutes run together or split by a space: "830pm", "8 30pm", "1030am"; with no am
# or pm, three figures after "at" or "move it to": "at 830" (not "at 100%" or "at 250mg").
_COMPACT = re.compile(r"\b(\d{1,2}) ?([0-5]\d)\s*(a\.?m\b\.?|p\.?m\b\.?)")
_AT_COMPACT = re.compile(
    r"(?:\b(?:at|around|by|about|(?:it|that|this|one|them|time) to|make it)\s*|@\s*)"
    r"([1-9])([0-5]\d)\b(?![:.]?\d)"
    r"(?!\s*(?:%|mg|ml|mcg|g\b|kg|km|k\b|miles|quid|pounds|calories|kcal|steps|points|people|"
    r"times|words|pages|days|weeks|years|bpm|a\.?m|p\.?m))"
)
# A level, not a time: "my heart rate is at 120", "sugar was at 130".
_LEVEL_BEFORE = re.compile(r"\b(?:is|was|are|were|been|be|it'?s|its|stuck|sitting|rate|sugar)\s*$")
_NAMED = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}
# A bare hour with the day after it, asked for: "set a reminder for 7 tomorrow", "remind me 8
# tonight" (not "take 2 tomorrow", which is how many).
_FOR_BEFORE = re.compile(r"(?:^|\bfor|\bme)\s*$")
_DAY_AFTER = re.compile(
    r"\s*(?:tomorrow|tmrw|tmr|tomoz|tonight|tonite|this (?:morning|afternoon|evening)|"
    r"(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def _num(token: str) -> int:
    return int(token) if token.isdigit() else WORD_NUMBERS[token]


def _apply_ampm(hour: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        pm = ampm.startswith("p")
        return (hour % 12) + (12 if pm else 0)
    return hour if 0 <= hour <= 23 else None


def clock_match(text: str) -> tuple[time, bool, tuple[int, int]] | None:
    """Find a clock time; return (time, explicit am/pm or 24h, span) or None."""
    low = text.lower().replace("’", "'")
    for word, value in _NAMED.items():
        m = re.search(rf"\b{word}\b", low)
        if m:
            return value, True, m.span()
    m = _HHMM.search(low)
    if m:
        hour = _apply_ampm(int(m.group(1)), m.group(3))
        minute = int(m.group(2))
        if hour is not None and minute < 60:
            explicit = bool(m.group(3)) or int(m.group(1)) >= 13 or m.group(1).startswith("0")
            return time(hour, minute), explicit, m.span()
    for pattern, delta in ((_QUARTER_PAST, 15), (_QUARTER_TO, -15), (_HALF_PAST, 30)):
        m = pattern.search(low)
        if m:
            hour = _apply_ampm(_num(m.group(1)), m.group(2))
            if hour is None or hour > 23:
                continue
            total = (hour * 60 + delta) % (24 * 60)
            return time(total // 60, total % 60), bool(m.group(2)), m.span()
    m = _COMPACT.search(low)
    if m:
        hour = _apply_ampm(int(m.group(1)), m.group(3))
        if hour is not None:
            return time(hour, int(m.group(2))), True, m.span()
    m = _AT_COMPACT.search(low)
    if m and not _LEVEL_BEFORE.search(low[max(0, m.start() - 12) : m.start()]):
        return time(int(m.group(1)), int(m.group(2))), False, m.span(1)[:1] + m.span(2)[1:]
    m = _MILITARY.search(low)
    if m and not re.search(r"\b(19|20)\d\d\b", m.group(0)):
        return time(int(m.group(1)), int(m.group(2))), True, m.span()
    for m in _OCLOCK.finditer(low):
        before = low[max(0, m.start() - 12) : m.start()]
        after = low[m.end() : m.end() + 10]
        has_ampm = bool(m.group(2))
        cue = re.search(r"(\bat|\baround|\babout|\bby|\bfrom|\btill|\buntil|~)\s*$", before) or (
            _FOR_BEFORE.search(before) and _DAY_AFTER.match(after)
        )
        if re.match(r"\s*(/|out of|min|hour|hr|day|week|month|year|%)", after):
            continue
        if has_ampm or cue or "o'clock" in m.group(0) or low.strip() == m.group(0).strip():
            hour = _apply_ampm(_num(m.group(1)), m.group(2))
            if hour is not None and hour <= 23:
                return time(hour, 0), has_ampm, m.span()
    return None


def parse_clock_time(text: str) -> time | None:
    """Parse a clock time such as '11pm', '23:30', 'half 11', 'around 7' or '7am'."""
    found = clock_match(text)
    return found[0] if found else None


_DUR_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty five|"
    r"forty|fifty|sixty|ninety|a couple of|couple of|a few|few)\s*"
    r"(minutes?|mins?|m\b|hours?|hrs?|h\b)"
)
_HALF_HOUR = re.compile(r"\bhalf an? hour\b|\bhalf hour\b|\b30 ?min")
_AND_HALF = re.compile(r"\b(an?|one|\d+) (?:hours?|hrs?) and a half\b")
_HOUR_MIN = re.compile(r"\b(\d+)\s*h(?:ours?|rs?)?\s*(\d+)\s*m?(?:in(?:ute)?s?)?\b")


def parse_duration_minutes(text: str) -> int | None:
    """Parse a duration such as '20 mins', 'an hour', 'half an hour' or a bare '45' (minutes)."""
    low = text.lower().strip()
    m = _AND_HALF.search(low)
    if m:
        n = m.group(1)
        hours = 1 if n in ("a", "an", "one") else int(n)
        return hours * 60 + 30
    if _HALF_HOUR.search(low) and not _DUR_UNIT.search(low.replace("half an hour", "")):
        return 30
    m = _HOUR_MIN.search(low)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = _DUR_UNIT.search(low)
    if m:
        amount, unit = m.group(1), m.group(2)
        if amount in ("a", "an", "one"):
            value = 1.0
        elif amount in ("a couple of", "couple of"):
            value = 2.0
        elif amount in ("a few", "few"):
            value = 3.0
        elif amount in WORD_NUMBERS:
            value = float(WORD_NUMBERS[amount])
        else:
            value = float(amount)
        minutes = value * 60 if unit.startswith("h") else value
        return round(minutes) if 0 < minutes <= 24 * 60 else None
    m = re.fullmatch(r"(?:about |around |maybe |like )?(\d{1,3})", low)
    if m and 0 < int(m.group(1)) <= 600:
        return int(m.group(1))
    return None
