"""Sleep diary arithmetic (pure): time in bed, efficiency, and which CBT-I tips apply."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

_CLOCK = re.compile(
    r"\b(?:at\s+|around\s+|about\s+|~)?(?<![/\d])(?<!out of )(\d{1,2})(?:[:.h](\d{2}))?"
    # "4 hours" and "20 mins" are how long, not what time; "2/5", "3 out of 5" a rating
    r"(?!\d|\s*(?:hours?|hrs?|h|mins?|minutes?|times?|x)\b|\s*(?:/|out of)\s*(?:5|10)\b)"
    r"\s*(am|pm|a\.m\.|p\.m\.)?",
    re.IGNORECASE,
)
# A time right after these words answers the other question ("waking up at 3am" is not a
# bed time; "went to bed at 11" is not a wake time).
_ABOUT_OTHER = {
    "bed": re.compile(r"\b(?:wak\w*|woke|awake|up)\s*$", re.IGNORECASE),
    "wake": re.compile(r"\b(?:bed|asleep|sleep|slept|off)\s*$", re.IGNORECASE),
}


_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_MINUTE_WORDS = {"fifteen": 15, "thirty": 30, "forty five": 45, "forty-five": 45}
_HOUR_WORD = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


_PAST_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25, "twenty-five": 25}
_PAST_MINUTES = r"(?:five|ten|twenty[- ]five|twenty)"


def _past(said: str) -> int:
    return int(said) if said.isdigit() else _PAST_WORDS[said]


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS[word]


def in_digits(text: str) -> str:
    """ "half eleven" -> "11:30", "quarter to seven" -> "6:45", "eleven thirty" -> "11:30":
    times said in words, written the way the clock pattern reads them."""
    low = text.lower()
    # "twenty past 7", "10 past 11"; "ten to 7" (in words only: "10 to 7" is a range)
    low = re.sub(
        rf"\b({_PAST_MINUTES}|\d{{1,2}}) (?:mins? |minutes )?past {_HOUR_WORD}\b",
        lambda m: f"{_hour(m.group(2))}:{_past(m.group(1)):02d}",
        low,
    )
    low = re.sub(
        rf"(?<!from )\b({_PAST_MINUTES}) (?:mins? |minutes )?to {_HOUR_WORD}\b",
        lambda m: f"{(_hour(m.group(2)) - 1) or 12}:{60 - _past(m.group(1)):02d}",
        low,
    )
    # "7 30", "1130", "0630": hours and minutes without the colon
    low = re.sub(
        r"\b(\d{1,2}) ?([0-5]\d)(?:\b|(?=[ap]\.?m))"
        r"(?!\s*(?:mins?|minutes?|hours?|hrs?|h\b|times?|x\b|%|/|-))",
        lambda m: f"{m.group(1)}:{m.group(2)}" if int(m.group(1)) < 24 else m.group(0),
        low,
    )
    low = re.sub(rf"\bquarter past {_HOUR_WORD}\b", lambda m: f"{_hour(m.group(1))}:15", low)
    low = re.sub(
        rf"\bquarter to {_HOUR_WORD}\b",
        lambda m: f"{(_hour(m.group(1)) - 1) or 12}:45",
        low,
    )
    low = re.sub(rf"\bhalf (?:past )?{_HOUR_WORD}\b", lambda m: f"{_hour(m.group(1))}:30", low)
    low = re.sub(
        rf"\b{_HOUR_WORD} (fifteen|thirty|forty[ -]five)\b",
        lambda m: f"{_hour(m.group(1))}:{_MINUTE_WORDS[m.group(2).replace('-', ' ')]:02d}",
        low,
    )
    # a bare hour word, unless it counts something ("one hour", "two times")
    return re.sub(
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
        r"(?!\s*(?:hours?|hrs?|mins?|minutes?|times?|nights?|days?|of)\b)",
        lambda m: str(_HOUR_WORDS[m.group(1)]),
        low,
    )


def minutes_between(start: str, end: str) -> int:
    """Minutes from ``start`` to ``end`` ("HH:MM"), crossing midnight when needed."""
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    diff = (eh * 60 + em) - (sh * 60 + sm)
    return diff if diff > 0 else diff + 24 * 60


def efficiency(
    bed_time: str, wake_time: str, latency_minutes: int, awake_minutes: int = 0
) -> float:
    """Time asleep / time in bed, between 0 and 1."""
    in_bed = minutes_between(bed_time, wake_time)
    asleep = max(0, in_bed - latency_minutes - awake_minutes)
    return round(asleep / in_bed, 3) if in_bed else 0.0


SHORT_SLEEP = 6 * 60  # under this asleep, a night is short however efficient


def tips(
    eff: float,
    latency_minutes: int,
    quality: int,
    in_bed_minutes: int,
    awake_minutes: int = 0,
    asleep_minutes: int | None = None,
) -> list[str]:
    """Names of the CBT-I tips that fit this night (most relevant first); ``awake_minutes``
    is the time lying awake after waking early."""
    chosen: list[str] = []
    if asleep_minutes is not None and asleep_minutes < SHORT_SLEEP and eff >= 0.85:
        chosen.append("short_night")
    if latency_minutes > 30 or awake_minutes > 30:
        chosen.append("stimulus_control")
    if eff < 0.85:
        chosen.append("fixed_wake")
    if in_bed_minutes > 9 * 60 and eff < 0.85:
        chosen.append("time_in_bed")
    if 0 < quality <= 2 or latency_minutes > 20:  # (0: not rated)
        chosen.append("wind_down")
    if 0 < quality <= 2 and eff >= 0.85:  # enough sleep, but it did not feel restful
        chosen.append("unrefreshed")
    if not chosen:
        chosen.append("keep_going")
    return chosen[:3]


def clock_answer(text: str, role: str) -> str | None:
    """A time of night from a short answer, as "HH:MM".

    Without am/pm, bed times from 6 to 11 are evening and wake times are morning,
    which is what people mean when they text "11" and "7". A time said of the other end
    of the night is skipped, and None (ask again) when that is the only one.
    """
    text = in_digits(text).replace("midnight", "12am").replace("noon", "12pm")
    other = _ABOUT_OTHER.get(role)
    match = next(
        (m for m in _CLOCK.finditer(text) if not (other and other.search(text[: m.start()]))),
        None,
    )
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    suffix = (match.group(3) or "").lower().replace(".", "")
    if hour > 23 or minute > 59:
        return None
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    elif not suffix and hour <= 12:
        if role == "bed" and 6 <= hour <= 11:
            hour += 12
        elif role == "bed" and hour == 12:
            hour = 0
        elif role == "wake" and hour == 12:
            hour = 12
    if "half" in text.lower() and not match.group(2):
        minute = 30  # "half 11" and "half past 11" both mean 11:30
    return f"{hour:02d}:{minute:02d}"


def winddown_time(
    bed_time: str,
    quiet_start: str | None = None,
    minutes_before: int = 30,
    quiet_end: str | None = None,
) -> str:
    """When to start winding down: 30 minutes before bed, but before quiet hours begin
    if bed time falls inside them (so the reminder can actually arrive). With the end of
    the quiet hours known, a bed time after them (8am, after a night shift) stays."""
    h, m = map(int, bed_time.split(":"))
    total = (h * 60 + m - minutes_before) % (24 * 60)
    if quiet_start:
        qh, qm = map(int, quiet_start.split(":"))
        quiet = qh * 60 + qm
        # Evening bed times are compared on one axis that runs from noon to noon.
        inside = (total - 720) % 1440 >= (quiet - 720) % 1440
        if quiet_end:  # (the same start and end: no quiet hours)
            eh, em = map(int, quiet_end.split(":"))
            inside = (total - quiet) % 1440 < (eh * 60 + em - quiet) % 1440
        if inside:
            total = (quiet - 15) % 1440
    return f"{total // 60:02d}:{total % 60:02d}"


def small_hours(hour: int, until: int = 5) -> bool:
    """From 11pm to 5am (or ``until``): awake now, so help for tonight comes before a diary
    of last night; until 7am, too early for the team to be about."""
    return hour >= 23 or hour < until


QUIET_OFF = "00:00"  # start == end: no quiet hours
_QUIET_OFF_WORDS = re.compile(r"\b(off|none|no quiet|turn (?:them |it )?off|disable)\b", re.I)
_RANGE = re.compile(r"(.+?)\s*(?:\bto\b|\btill\b|\buntil\b|\btil\b|-|–)\s*(.+)", re.IGNORECASE)


def quiet_hours_from(text: str) -> tuple[str, str] | None:
    """New quiet hours from "quiet hours 11pm to 6am" / "23:00-07:00" / "off", or None.

    The first time is read as an evening one and the second as a morning one, as
    people mean "quiet hours 10 to 7".
    """
    if _QUIET_OFF_WORDS.search(text):
        return QUIET_OFF, QUIET_OFF
    rest = re.split(r"quiet hours?", text, maxsplit=1, flags=re.IGNORECASE)[-1]
    # "change my quiet hours to 1am to 7am": the first "to" is not the range's
    rest = re.sub(r"^\W*(?:to|be|are|from|as|at|=|:)\s+", "", rest, flags=re.IGNORECASE)
    found = _RANGE.search(rest)
    if not found:
        return None
    start, end = clock_answer(found.group(1), "bed"), clock_answer(found.group(2), "wake")
    return (start, end) if start and end and start != end else None


_QUIET_BOUND = re.compile(
    r"\b(?:don'?t|do not|never|no|nothing|not)\b.{0,30}?\b(before|after|past)\s+(.{1,12}?)"
    r"(?:\s+(?:please|pls|thanks|ok)\b.*)?[.!]*$",
    re.IGNORECASE,
)


def quiet_bound_from(text: str) -> tuple[str, str] | None:
    """One end of the quiet hours from "don't text me before 10am" ("end", "10:00") or
    "no messages after 9pm" ("start", "21:00"); None if the words say neither."""
    found = _QUIET_BOUND.search(text.strip())
    if not found:
        return None
    side = "end" if found.group(1).lower() == "before" else "start"
    when = clock_answer(found.group(2), "wake" if side == "end" else "bed")
    return (side, when) if when else None


# "don't text me before 9am or after 9pm", "no messages after 10pm or before 8": both ends.
_QUIET_BOTH = re.compile(
    r"\b(?:don'?t|do not|never|no|nothing|not)\b.{0,30}?\b(before|after|past)\s+(.{1,12}?)"
    r"\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:not\s+)?(?:\w+\s+){0,2}?(before|after|past)\s+"
    r"(.{1,12}?)(?:\s+(?:please|pls|thanks|ok)\b.*)?[.!]*$",
    re.IGNORECASE,
)


def quiet_window_from(text: str) -> tuple[str, str] | None:
    """Both ends of the quiet hours from "don't text me before 9am or after 9pm":
    ("21:00", "09:00"); None unless one end is "before" and the other "after"."""
    found = _QUIET_BOTH.search(text.strip())
    if not found:
        return None
    ends: dict[str, str | None] = {}
    for word, said in ((found.group(1), found.group(2)), (found.group(3), found.group(4))):
        side = "end" if word.lower() == "before" else "start"
        ends[side] = clock_answer(said, "wake" if side == "end" else "bed")
    start, end = ends.get("start"), ends.get("end")
    return (start, end) if start and end and start != end else None


# How much sleep was had, told as a length ("slept about 6 hours", "maybe 5 hours sleep").
_AMOUNT = (
    r"(?P<n>\d{1,2}(?:[.,]\d)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)(?:\s*(?:-|to|or)\s*(?P<n2>\d{1,2}(?:[.,]\d)?))?(?P<half>\s+and\s+a\s+half)?"
    r"\s*(?:hours?|hrs?|h)\b(?:\s*(?:and\s+)?(?P<m>\d{1,2})\s*(?:mins?|minutes?|m)\b)?"
)
_SLEPT_FOR = re.compile(
    r"\b(?:slept|sleep|asleep|got|had|managed|get)\b(?:[\s,]+(?:for|about|around|maybe|like|"
    r"roughly|approx\w*|only|just|barely|a|an|good|solid|total|probably|possibly|max|"
    r"maximum|at most|under|over|nearly|almost|ish|~))*\s+" + _AMOUNT,
    re.IGNORECASE,
)
_OF_SLEEP = re.compile(_AMOUNT + r"\s+(?:of\s+)?(?:sleep|asleep|kip|shut ?eye)\b", re.IGNORECASE)
# "couldn't sleep for 2 hours" is how long it took, not how long they slept; so is "took ages
# to fall asleep, maybe an hour".
_NOT_BEFORE = re.compile(
    r"(?:n'?t|\bnot|\bnever|\bcannot|\bunable to|\b(?:fall|fell|falling|fallen)|\b(?:get|got|"
    r"getting|go|went|going|drift(?:ed)? off|drop(?:ped)? off) to)\s*$",
    re.IGNORECASE,
)
_HALF_HOUR = re.compile(r"\b(?:slept|asleep|sleep)\b.{0,15}\bhalf an hour\b", re.IGNORECASE)
# A night without sleep: "never fell asleep", "didn't sleep at all", "awake all night".
_SLEEPLESS = re.compile(
    r"\b(?:never|didn'?t|did not|couldn'?t|could not|wasn'?t able to|unable to|not)\s+(?:even\s+)?"
    r"(?:fall(?:en)?|fell|get|got|go|went|drop(?:ped)?|drift(?:ed)?)\s+(?:to\s+)?"
    r"(?:asleep|sleep|off)(?:\s+at all)?\W*$|"
    r"\b(?:didn'?t|did not|couldn'?t|could not|haven'?t|have not|hasn'?t|never)\s+"
    r"(?:get\s+(?:any\s+)?)?(?:sleep|slept)\s+(?:at all|a wink|one wink|all night|whatsoever|"
    r"the whole night)\b|"
    r"\b(?:didn'?t|did not|haven'?t|have not|never)\s+(?:sleep|slept)\W*$|"
    r"\b(?:didn'?t|did not|couldn'?t) get (?:any|a wink of) sleep\b|"
    r"\b(?:awake|up) (?:all|the whole|the entire) night\b|"
    r"(?:\b(?:got|had)\s+)?\b(?:zero|0|no)\s+(?:hours?\s+(?:of\s+)?)?sleep\b(?!\s+(?:problems?|"
    r"issues?|diary|tips|hygiene))|\bnot (?:a|one) (?:single )?wink\b|\bsleepless night\b|"
    r"\ball[- ]?nighter\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"a": 1, "an": 1, **_HOUR_WORDS}


def _hours_said(found: re.Match[str]) -> int:
    """Minutes in "6 hours", "6.5 hrs", "6 and a half hours", "5-6 hours", "7h 30m"."""

    def value(said: str) -> float:
        said = said.lower().replace(",", ".")
        return float(said) if said[0].isdigit() else float(_NUMBER_WORDS[said])

    hours = value(found.group("n"))
    if found.group("n2"):
        hours = (hours + value(found.group("n2"))) / 2
    if found.group("half"):
        hours += 0.5
    return round(hours * 60) + int(found.group("m") or 0)


# Hours on their own, to the bed or wake time question: "maybe 4 hours", "5 hrs tops".
_HOURS_ONLY = re.compile(
    r"^\W*(?:(?:maybe|about|around|like|roughly|prob(?:ably)?|only|just|barely|max|bout|abt|"
    r"approx\w*|ish|~|um+|erm+|hm+|idk|dunno|uh+|honestly|tbh|lol)[\s,~]*)*"
    + _AMOUNT
    + r"(?:[\s,]*(?:maybe|max|tops|at most|ish|if that|at best|tbh|lol|probably|i think|"
    r"i guess|i reckon|i'?d say|id say|or so|or something))*\W*$",
    re.IGNORECASE,
)
LONGEST_WAIT = 3 * 60  # hours alone of at least this are how long they slept, not the wait


def hours_only(text: str) -> int | None:
    """Minutes in a bare amount of hours long enough to be a night's sleep ("maybe 4 hours"
    -> 240), given where a clock time was asked; None otherwise ("an hour" is the wait to
    fall asleep, told early)."""
    found = _HOURS_ONLY.match(text.strip())
    if found is None:
        return None
    minutes = _hours_said(found)
    return minutes if minutes >= LONGEST_WAIT else None


def sleepless(text: str) -> bool:
    """The night had no sleep in it at all ("never fell asleep", "awake all night")."""
    return _SLEEPLESS.search(text.strip()) is not None


def asleep_told(text: str) -> tuple[int, str] | None:
    """Minutes asleep, when the words tell how long they slept, and the rest of the text.

    "i slept about 6 hours" -> 360, "never fell asleep" -> 0; "took 2 hours to fall asleep"
    and "couldn't sleep for an hour" tell something else, so None.
    """
    if sleepless(text):
        return 0, ""
    for pattern in (_SLEPT_FOR, _OF_SLEEP):
        for found in pattern.finditer(text):
            if _NOT_BEFORE.search(text[: found.start()]):
                continue
            rest = text[: found.start()] + " " + text[found.end() :]
            return _hours_said(found), rest
    half = _HALF_HOUR.search(text)
    if half and not _NOT_BEFORE.search(text[: half.start()]):
        return 30, text[: half.start()] + " " + text[half.end() :]
    return None


_QUESTION_WORD = re.compile(
    r"^\W*(?:(?:so|and|but|wait|um+|hm+|hey|ok|okay|lol|sorry|btw|quick question|actually|"
    r"also|oh|just wondering|random question|quick q)\W+)*"
    r"(?:what|what'?s|whats|who|who'?s|whose|why|where|which|how(?!\s+about)|is|are|can|could|"
    r"do|does|did|will|would|should|shall|may|tell me|explain|when(?=\s+(?:is|was|did|do|does|"
    r"are|will|should)\b))\s+(?!not\b)\S",
    re.IGNORECASE,
)
_SUM = re.compile(r"\d\s*[+*=×÷]\s*\d")  # (not "/": "3/5" is a rating)


def asks_something(text: str) -> bool:
    """A question or a sum ("what's 2+2", "who won the match"), not an answer to ours."""
    return bool(_QUESTION_WORD.search(text) or _SUM.search(text))


SHORTEST_NIGHT, LONGEST_NIGHT = 3 * 60, 12 * 60  # outside these: checked with the person
IMPOSSIBLE_SHORT, IMPOSSIBLE_LONG = 60, 16 * 60  # outside these: a mistake, asked again


def night_check(bed_time: str, wake_time: str) -> str:
    """ "ok", "confirm" (an unusual night: over 12h or under 3h in bed) or "odd" (over 16h or
    under 1h, which is a slip: up before bed, or am and pm swapped)."""
    in_bed = minutes_between(bed_time, wake_time)
    if not IMPOSSIBLE_SHORT <= in_bed <= IMPOSSIBLE_LONG:
        return "odd"
    if not SHORTEST_NIGHT <= in_bed <= LONGEST_NIGHT:
        return "confirm"
    return "ok"


def night_figures(
    bed_time: str,
    wake_time: str,
    latency_minutes: int,
    asleep_minutes: int | None,
    awake_minutes: int = 0,
) -> tuple[int, int, float]:
    """(minutes in bed, minutes asleep, efficiency) of a night; what they said they slept,
    when they said it, counts over the time it took to fall asleep and the time lying awake
    after waking early (``awake_minutes``)."""
    in_bed = minutes_between(bed_time, wake_time)
    if asleep_minutes is None:
        asleep = max(0, in_bed - latency_minutes - awake_minutes)
    else:
        asleep = max(0, min(asleep_minutes, in_bed))
    return in_bed, asleep, (round(asleep / in_bed, 3) if in_bed else 0.0)


# Woken for good before getting up: the time they woke, and the words that say they stayed
# awake ("woke at 4 and couldnt get back", "i got up at 7 but was awake from 5").
_RISE_WORDS = (
    r"\b(?:got|get|getting|gotten)\s+(?:up|out of bed|out)\b|\bout of bed\b|\brose\b|"
    r"\balarm\b|\bup at\b|\bup (?=\d)|"  # ("up 6:45")
    r"\b(?:lay|laid|lying|stayed|stay)\s+in bed\s+(?:till|until|til)\b|"
    r"\b(?:slept|sleep|asleep|dozed|lie[- ]in)\s+(?:till|until|til)\b"
)
_WOKE_WORDS = (
    r"\b(?:woke|woken|wake|waking|wakes|awoke)(?:\s+up)?\b|\bawake\b|\bup (?:since|from)\b|"
    r"\b(?:didn'?t|did not|never|no|couldn'?t) (?:sleep|slept|get back to sleep) "
    r"(?:after|past|since|from)\b"
)
_WAKE_MARKS = re.compile(f"(?P<rise>{_RISE_WORDS})|(?P<woke>{_WOKE_WORDS})", re.IGNORECASE)
_STAYED_AWAKE = re.compile(
    r"\b(?:couldn'?t|could not|cant|can'?t|cannot|didn'?t|did not|never|wasn'?t able to|"
    r"unable to|no chance of|not)\s+(?:get(?:ting)?|got|go(?:ing)?|went|fall(?:ing)?|fell|"
    r"drop(?:ping)?|drift(?:ing)?|nod(?:ding)?)\s+(?:back|off again|to sleep again)\b|"
    r"\b(?:didn'?t|did not|never|no|couldn'?t) (?:sleep|slept) (?:after|past|since|from)\b|"
    r"\b(?:lay|laid|lying|stayed|been|was|were)\s+(?:there\s+|in bed\s+)?(?:wide\s+)?awake\b|"
    r"\b(?:lay|lying|laid) there\b|\bawake (?:from|since)\b|\bup since\b|\bthat was (?:it|me)\b|"
    r"\bfor good\b|\bno more sleep\b|\bnot back to sleep\b|\bwide awake\b",
    re.IGNORECASE,
)
_SLEPT_AGAIN = re.compile(
    r"\b(?:went|got|fell|drifted|dropped|dozed|nodded)\s+(?:back\s+)?(?:to sleep|asleep|off)"
    r"(?:\s+again)?\b|\bback to sleep\b|\bdozed\b|\bthen slept\b|"
    r"\bslept (?:again|till|until|til|on)\b",
    re.IGNORECASE,
)
# Woke, then got up within this long, without a word about lying awake: the wait counts.
EARLY_GAP = 2 * 60


def early_waking(text: str) -> tuple[str, str | None, str] | None:
    """(time they woke for good, time they got up or None, the rest of the text) when the
    words tell a waking they did not sleep after; None otherwise.

    "woke at 4 and couldnt get back" -> ("04:00", None, ...), "i got up at 7 but was awake
    from 5" -> ("05:00", "07:00", ...), "woke at 6, got up at 7" -> ("06:00", "07:00", ...).
    A waking followed by sleep ("woke at 3 but went back to sleep") is not one, nor a gap
    of hours with no word about lying awake ("woke at 3 for the loo, up at 7").
    """
    text = in_digits(text)
    marks = _wake_marks(text)
    ends = [mark.start() for mark in marks[1:]] + ([len(text)] if marks else [])
    woke = rise = None
    rise_said = ""
    rises: list[str] = []
    spans: list[tuple[int, int]] = []
    for mark, end in zip(marks, ends, strict=True):
        part = text[mark.start() : end]
        said = clock_answer(part, "wake")
        if said is None:
            continue
        if mark.group("woke") and woke is None:
            # "woke at 3, then again at 5 and couldnt get back": the last before it
            stayed_at = _STAYED_AWAKE.search(part)
            woke = _last_clock(part[: stayed_at.start()]) if stayed_at else None
            woke = woke or said
            spans.append((mark.start(), end))
        elif mark.group("rise"):
            rises.append(said)
            if rise is None:
                rise, rise_said = said, mark.group("rise").lower()
            spans.append((mark.start(), end))
    stayed_at = _STAYED_AWAKE.search(text)
    # "was awake for an hour then slept till 7": sleep came again after it
    again = _SLEPT_AGAIN.search(text, stayed_at.end() if stayed_at else 0)
    stayed = stayed_at is not None
    if woke is None and rise_said == "up at" and len(rises) > 1:
        woke, rise = rises[0], rises[1]  # "up at 7 but lay in bed till 8"
    elif woke is None and rise_said == "up at" and stayed:
        woke, rise = rise, None  # "was up at 4 and couldnt get back to sleep"
    if woke is None or again:
        return None
    if rise is not None and (rise == woke or minutes_between(woke, rise) > 12 * 60):
        rise = None  # the same time, or before it: only the waking is known
    if not stayed and (rise is None or minutes_between(woke, rise) > EARLY_GAP):
        return None
    rest = text
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return woke, rise, _STAYED_AWAKE.sub(" ", rest)


_NEGATED = re.compile(r"(?:n'?t|\bnot|\bnever)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)


def _wake_marks(text: str) -> list[re.Match[str]]:
    """The words that name a waking or a getting up, in order; "couldnt get back to sleep
    till 6" tells when sleep came again, not when they got up."""
    return [
        mark
        for mark in _WAKE_MARKS.finditer(text)
        if not (
            mark.group("rise")
            and re.search(r"\b(?:till|until|til)\b", mark.group(0))
            and _NEGATED.search(text[: mark.start()])
        )
    ]


def rise_time(text: str) -> str | None:
    """The time they got up, from words that say so ("woke at 3 but went back to sleep, up
    at 7" -> "07:00"); None when no time follows such words."""
    text = in_digits(text)
    marks = _wake_marks(text)
    ends = [mark.start() for mark in marks[1:]] + ([len(text)] if marks else [])
    said = [
        (mark.group("rise").lower() == "up at", at)
        for mark, end in zip(marks, ends, strict=True)
        if mark.group("rise") and (at := clock_answer(text[mark.start() : end], "wake"))
    ]
    # "got up at 6:30" over "baby up at 12": a bare "up at" may be someone else's
    return min(said, key=lambda found: found[0])[1] if said else None


def woke_time(text: str) -> str | None:
    """The time they woke, told with the bed time ("bed at 11, woke up at 6:30"), when it is
    the only waking told and nothing says they slept again or lay awake after it."""
    text = in_digits(text)
    woke = [mark for mark in _wake_marks(text) if mark.group("woke")]
    if not woke:
        return None
    last = woke[-1]  # "woke at 3 but went back to sleep, woke up at 7": the last one
    if len(woke) > 1 and not _SLEPT_AGAIN.search(text, woke[0].end(), last.start()):
        return None
    # ("fell asleep around 2, woke at 10": the sleep was before it)
    if _SLEPT_AGAIN.search(text, last.end()) or _STAYED_AWAKE.search(text, last.start()):
        return None
    return clock_answer(text[last.start() :], "wake")


def _last_clock(text: str) -> str | None:
    """The last morning time in ``text`` ("woke at 3, then again at 5" -> "05:00")."""
    for found in reversed(list(_CLOCK.finditer(text))):
        said = clock_answer(text[found.start() :], "wake")
        if said is not None:
            return said
    return None


def awake_after(woke_at: str | None, wake_time: str) -> int:
    """Minutes lying awake between waking for good and getting up (0 when not told)."""
    if not woke_at or woke_at == wake_time:
        return 0
    return minutes_between(woke_at, wake_time)


def day_label(day: str) -> str:
    """ "2026-03-02" -> "Mon 2 Mar"."""
    when = date.fromisoformat(day)
    return f"{when:%a} {when.day} {when:%b}"


def sleep_summary(nights: list[dict[str, Any]], today: str, days: int = 7) -> dict[str, Any]:
    """What the sleep diary shows for the last ``days`` days (``nights`` newest first, each
    with "day", "bed_time", "wake_time" and "efficiency"): each night, and the averages."""
    since = date.fromisoformat(today) - timedelta(days=days - 1)
    recent = [n for n in nights if date.fromisoformat(str(n["day"])) >= since]
    shown = []
    for night in recent:
        in_bed = minutes_between(str(night["bed_time"]), str(night["wake_time"]))
        eff = float(night["efficiency"])
        shown.append(
            {
                "label": day_label(str(night["day"])),
                "bed_time": night["bed_time"],
                "wake_time": night["wake_time"],
                "in_bed": in_bed,
                "asleep": round(in_bed * eff),
                "efficiency": round(eff * 100),
            }
        )
    count = len(shown)
    older = nights[0] if nights and not recent else None
    return {
        "days": days,
        "count": count,
        "nights": shown,
        "efficiency": round(sum(n["efficiency"] for n in shown) / count) if count else None,
        "in_bed": round(sum(n["in_bed"] for n in shown) / count) if count else None,
        "asleep": round(sum(n["asleep"] for n in shown) / count) if count else None,
        "last_day": day_label(str(older["day"])) if older else None,
        "logged_today": any(str(n["day"]) == today for n in nights),
    }


# Work that ends in the morning: "if i finish at 7am", "my shift ends at 6 in the morning",
# "i get off work at 8am" (a night worked; the sleep comes in the day).
_MORNING_FINISH = (
    r"\b(?:finish(?:es|ing)?|done|clock(?:ing)? off|get(?:ting)? off|shift (?:ends|finishes))"
    r"(?: work| my shift| shift)? (?:at|around|about|by) (?P<finish>(?:[3-9]|1[01])"
    r"(?:[:.][0-5]\d)?\s*(?:am|a\.m\.|in the morning))"
)
_FINISH = re.compile(_MORNING_FINISH, re.IGNORECASE)


def morning_finish(text: str) -> dict[str, str]:
    """The time work ends in the morning and about when to be in bed after it, as texted
    ("if i finish at 7am" -> {"finish": "7am", "bed_by": "8am"}); empty when not told."""
    found = _FINISH.search(text)
    said = clock_answer(found.group("finish"), "wake") if found else None
    if said is None:
        return {}
    hour, minute = map(int, said.split(":"))
    finish, half = _spoken(hour * 60 + minute)
    bed, bed_half = _spoken(hour * 60 + minute + 60)
    return {"finish": finish + half, "bed_by": bed + bed_half}


# Who is sleeping badly, when the words say so.
_SLEEPERS = (
    (
        "shift",
        r"\bnight ?shifts?\b|\bshift ?work\w*|"
        r"\bwork(?:ing)? (?:nights|night shifts?|shifts|lates)\b|"
        r"\bon (?:nights|night shift|lates|earlies)\b|\bafter (?:my|a|the) (?:night )?shift\b|"
        r"\brotating shifts?\b|\b(?:12|twelve)[- ]hour (?:night )?shifts?\b|\bnight worker\b|"
        r"\b(?:10|11|12|twelve|ten) ?(?:hour|hr)s? nights\b|"
        r"\b(?:i|we) (?:do|work) (?:night |late |early )?shifts\b|\bdoing (?:night )?shifts\b|"
        r"\b(?:on )?nights (?:this|next) week\b|\bsleep(?:ing)? (?:during|in) the day(?:time)?\b|"
        + _MORNING_FINISH,
    ),
    (
        "baby",
        r"\b(?:my|our|the|a|new|newborn|with (?:a|the|my)) (?:baby|babies|newborn|little one)\b|"
        r"\bbaby (?:wakes|keeps|is up|won'?t|doesn'?t|cries|crying)\b|\bnight feeds?\b|"
        r"\b(?:breast|bottle)[- ]?feed\w*|\bnewborn\b|\bteething\b|"
        r"\b(?:new|first[- ]time|exhausted|tired) (?:mum|mom|mam|mother|dad|father|parents?)\b|"
        r"\bmaternity leave\b|\bpaternity leave\b|"
        # "a 3 month old", "my 6 week old", "18 month old", "4mo", "newborn twins"
        r"\b(?:[1-9]|1\d|2[0-4]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
        r"[- ]?(?:weeks?|wks?|months?|mths?|mnths?)[- ]?olds?\b|"
        r"\b(?:my|our|a) (?:[1-9]|1[0-8]) ?(?:mo|wk)s?\b|\btwins\b",
    ),
    (
        "teen",
        r"\bteen(?:ager)?s?\b|\badolescents?\b|\b1[3-9] ?(?:yo|y/o|years? old|yrs? old)\b|"
        r"\bi'?m 1[3-9]\b|\bschool nights?\b|\byear (?:9|10|11|12|13)\b|\bsixth form\b|"
        r"\bgcses?\b|\ba[- ]levels?\b|\bhigh school(?:er)?\b",
    ),
    (
        "child",
        r"\b(?:my|our|a|the) (?:son|daughter|kids?|child|children|boy|girl|toddler)\b|"
        r"\b(?:[2-9]|1[0-2]) ?(?:yo|y/o|years? old)\b|\bkids\b|\bchildren\b|\btoddlers?\b",
    ),
    (
        "older",
        r"\bi'?m (?:[6-9]\d|1[01]\d)\b|\b[6-9]\d ?(?:yo|y/o|years? old)\b|\bin my (?:60s|70s|80s|"
        r"90s|sixties|seventies|eighties|nineties)\b|\bretired\b|\bpensioners?\b|\belderly\b|"
        r"\bolder (?:people|person|adults?)\b|\bat my age\b|\bas (?:i|we|you) get older\b",
    ),
)
_SLEEPER_WORDS = tuple((who, re.compile(words, re.IGNORECASE)) for who, words in _SLEEPERS)


def sleeper(text: str) -> str | None:
    """Whose sleep the words are about, when they say: "shift" (working nights), "baby" (a
    parent up with one), "teen", "child" or "older"; None for anyone else. "slept like a
    baby" is nobody's baby."""
    text = re.sub(r"\blike a (?:baby|log)\b", " ", text, flags=re.IGNORECASE)
    return next((who for who, words in _SLEEPER_WORDS if words.search(text)), None)


# Told as what keeps happening, not as one night: "every night", "for weeks", "i wake at 3".
_ONGOING = re.compile(
    r"\bevery (?:single )?(?:night|morning|day)\b|\beach (?:night|morning)\b|"
    r"\bevery (?:\d+|one|two|three|four|few|couple of) ?(?:hours?|hrs?|h)\b|"
    r"\b(?:night )?feeds\b|\b(?:up|awake) (?:all|half|most of) the night\b|"
    r"\bmost (?:nights|mornings)\b|\bnight after night\b|\bnightly\b|\blately\b|"
    r"\brecently\b|\bthese days\b|\bfor (?:weeks|months|years|ages|a while|a long time|the "
    r"(?:past|last) (?:few |couple of )?(?:weeks?|months?|years?))\b|\bin (?:weeks|months|ages|"
    r"years)\b|\ball (?:week|month)\b|\b(?:keep|keeps|kept) (?:on )?(?:waking|wakin|getting up|"
    r"lying awake|having)\b|\balways\b|\bcan never\b|\bnever (?:sleep|seem|get (?:to sleep|a "
    r"(?:good|full|proper))|manage)\b|\busually\b|\boften\b|\bconstantly\b|\ball the time\b|"
    r"\binsomnia\b|\b(?:i'?ve |have )?been (?:lying|waking|staying up|struggling|having)\b|"
    r"\bsince (?:the baby|i|my|we|christmas|january|last (?:week|month|year))\b|"
    r"\bi (?:always |usually |often |normally |still )?wake (?:up )?(?:at|around|about|every|"
    r"in|early|too|before)\b|\b(?:baby|he|she|they) (?:wakes|keeps waking)\b|"
    r"\bon (?:school|work|week) ?nights\b|^\W*(?:keep )?waking (?:up )?(?:too early|early|in the "
    r"night|at \d|every)|"
    # "i get like 4 hours a night", "i go to bed at 10 but dont fall asleep till 2": how
    # nights go, not last night
    r"\b(?:a|per) night\b|^(?!.*\blast night\b).*\bi (?:normally |generally |tend to )?(?:go "
    r"to bed|get (?:in)?to bed|go to sleep)\b",
    re.IGNORECASE,
)
_TROUBLE = re.compile(
    r"\b(?:badly|poorly|terribly|awful|rubbish|crap|not (?:sleeping|well|great)|properly|"
    r"struggl\w+|trouble|problems?|tired|exhausted|knackered|shattered|restless)\b|"
    r"\b(?:[1-5]|one|two|three|four|five)(?:[.,]5)? ?(?:hours?|hrs?|h)\b",
    re.IGNORECASE,
)
_WAKING = re.compile(
    r"\bwak(?:e|es|ing)\b|\bwoke\b|\bwoken\b|\bup (?:at \d|in the night|during the night)\b|"
    r"\bback to sleep\b|\btoo early\b|\bstay asleep\b|\bmiddle of the night\b|"
    r"\b[1-5] ?am\b",
    re.IGNORECASE,
)
_FALLING = re.compile(
    r"\b(?:can'?t|cant|cannot|can never|never|struggle to|struggling to|hard to|trouble)\s+"
    r"(?:fall(?:ing)?\s+|get(?:ting)?\s+(?:to\s+)?|go(?:ing)?\s+to\s+|drop(?:ping)?\s+)?"
    r"(?:a)?sleep(?:ing)?\b|\bdrop(?:ping)? off\b|\binsomnia\b|\b(?:lie|lying|lay) awake\b|"
    r"\btakes? (?:me )?(?:ages|hours|forever) to\b|\bnot sleeping\b|\bslept (?:properly|well)\b|"
    r"\bsleep(?:ing)? (?:badly|terribly|poorly|properly)\b",
    re.IGNORECASE,
)


_FALLING_FIRST = re.compile(
    r"\b(?:can'?t|cant|cannot|can never|never|struggle to|struggling to|hard to|trouble|takes? "
    r"(?:me )?(?:ages|hours|forever) to)\s+(?:fall(?:ing)?\s+|get(?:ting)?\s+(?:to\s+)?|"
    r"go(?:ing)?\s+to\s+|drop(?:ping)?\s+)(?:a)?sleep(?:ing)?\b|\b(?:lie|lying|lay|laid) awake "
    r"(?:for (?:ages|hours)|till|until|til)\b|"
    # "cant sleep till like 2am", "dont fall asleep before 1": late to sleep, not waking
    r"\b(?:can'?t|cant|cannot|can never|never|don'?t|dont|do not|doesn'?t|won'?t)\s+(?:get to\s+)?"
    r"(?:sleep|fall asleep|drop off|nod off)\s+(?:till|until|til|before)\b",
    re.IGNORECASE,
)


# Waking unrefreshed, not waking too early: "i keep waking up tired".
_UNREFRESHED = re.compile(
    r"\bwak(?:e|es|ing) up (?:so |really |feeling |still |absolutely )?(?:tired|exhausted|"
    r"knackered|shattered|groggy|drained|unrefreshed|with (?:a )?headaches?)\b|"
    r"\bnever (?:feel|wake up) (?:rested|refreshed)\b",
    re.IGNORECASE,
)


def sleep_pattern(text: str) -> str | None:
    """What keeps happening, when the words tell a pattern rather than one night: "waking"
    (in the night or too early), "falling" (getting to sleep) or "general"; None for one
    night ("i slept badly", "woke at 4 and couldnt get back")."""
    if not _ONGOING.search(text) or _UNREFRESHED.search(text):
        return None  # "i keep waking up tired": the diary finds out why, not early-waking tips
    if _FALLING_FIRST.search(text):  # "cant fall asleep before 2am": getting to sleep
        return "falling"
    if _WAKING.search(text):
        return "waking"
    if _FALLING.search(text):
        return "falling"
    return "general" if _TROUBLE.search(text) else None


# Questions about sleep, answered (in the diary too) before going on.
_SLEEP_QUESTIONS = (
    (
        "how_much",
        r"\bhow (?:much|many hours?(?: of)?) (?:sleep|kip)\b|\bhow many hours\b.{0,30}\bsleep|"
        r"\bhow long should\b.{0,25}\bsleep\b|\b(?:good|right|best|normal|ideal|healthy|"
        r"sensible|reasonable|usual|recommended) (?:bed ?time|time (?:to|for) (?:go(?:ing)? to )?"
        r"(?:bed|sleep))\b(?!\s*(?:stor|routine|snack|drink|book|song|read|ritual))|"
        r"\bwhat time should\b.{0,30}\b(?:bed|sleep)\b|\bwhen should\b.{0,30}"
        r"\b(?:go to bed|go to sleep|be asleep|sleep)\b|\b(?:enough|too much) sleep\b|"
        r"\bbed ?times? for\b|\b(?:is|was|isn'?t) (?:that|it|this) (?:really )?enough\b|"
        # "i sleep like 4 hours a night and im fine right?", "is 5 hrs enough"
        r"\b(?:[3-7]|three|four|five|six|seven)(?:[.,]5)? ?(?:hours?|hrs?|h)\b.{0,40}(?:\benough\b|"
        r"\b(?:i'?m|im) (?:fine|ok|okay)\b|\bnormal\b|\bis (?:that|it|this) (?:ok|okay|bad|fine)\b|"
        r"\bright\s*\?)",
    ),
    (
        "falling_time",
        r"\bhow long (?:does|should|do|can|is)\b.{0,30}\b(?:take|normal)\b.{0,25}\b(?:fall(?:ing)? "
        r"asleep|get(?:ting)? to sleep|drop(?:ping)? off|go(?:ing)? to sleep)\b|"
        r"\b(?:normal|ok|okay)\b.{0,20}\btake\b.{0,30}\b(?:to fall asleep|to get to sleep|"
        r"to drop off)\b",
    ),
    ("efficiency", r"\bsleep efficiency\b|\bwhat(?:'s| is| does) (?:the |my )?efficiency\b"),
    ("nap", r"\bnap(?:s|ping)?\b|\bsiesta\b"),
    (
        "pills",
        r"\bmelatonin\b|\bsleeping (?:pills?|tablets?)\b|\bsleep(?:ing)? aids?\b|\bnytol\b|"
        r"\bsominex\b|\bzopiclone\b|\bzolpidem\b|\bantihistamines?\b|\bvalerian\b",
    ),
    (
        "night_waking",
        r"\b(?:normal|ok|okay|common|bad|natural)\b.{0,30}\bwak(?:e|ing)\b.{0,30}\b(?:night|"
        r"\d ?am|early|middle|several times|a lot|lots)\b|\bwhy (?:do|does|am|do we) (?:i|we|"
        r"people|you) (?:always |keep |still )?(?:wak(?:e|ing)|up)(?: up)? (?:at|in the night|"
        r"during the night|so early|too early|early|every night|around)\b",
    ),
    ("caffeine", r"\bcoffee\b|\bcaffeine\b|\btea\b|\benergy drinks?\b|\bred bull\b|\bcola\b"),
    ("alcohol", r"\balcohol\b|\bbooze\b|\bwine\b|\bbeer\b|\bnightcap\b|\ba drink\b"),
    ("screens", r"\bphones?\b|\bscreens?\b|\bblue light\b|\bscrolling\b|\btv\b|\btelly\b"),
    ("exercise", r"\bexercis\w*|\bwork(?:ing)? ?out\b|\bgym\b|\byoga\b"),
    ("jet_lag", r"\bjet ?-?lag\w*"),
    (
        "tips",
        r"\bhow (?:can|do|should|could|am) i (?:(?:supposed to |meant to )?get (?:to sleep|"
        r"(?:any|some|more|better|enough|decent|proper) sleep|sleep)|sleep "
        r"(?:better|more|through)|fall asleep|stop waking|stay asleep|drop off)\b|\bwhat (?:can|"
        r"should) i do\b.{0,20}\bsleep|\bbest way to (?:fall asleep|sleep|get to sleep)\b",
    ),
)
_QUESTION_WORDS = tuple(
    (topic, re.compile(words, re.IGNORECASE)) for topic, words in _SLEEP_QUESTIONS
)


# Snoring that keeps them awake, or their own: "my partner snores", "i snore really loud".
_SNORING = re.compile(r"\bsnor(?:e|es|ed|ing|er)\b", re.IGNORECASE)
_OWN_SNORING = re.compile(
    r"\bi (?:\w+ )?snor(?:e|ed)\b|\bmy snoring\b|\b(?:i'?m|im) snoring\b|\bsays? i snore\b"
    r"|\bstop (?:me )?snoring\b",
    re.IGNORECASE,
)


# Noise that keeps them up, told: "the neighbours are so loud i cant sleep", "traffic noise
# keeps waking me", "dogs barking all night".
_NOISE = re.compile(
    r"\bneighbou?rs?\b.{0,40}\b(?:loud|noisy|noise|music|party|partying|shouting|banging|"
    r"arguing|screaming|thumping|bass)\b|\b(?:loud|noisy|noise|music|party|partying|shouting|"
    r"banging|thumping|bass)\b.{0,40}\bneighbou?rs?\b|\b(?:traffic|street|road|construction|"
    r"building work|roadworks) noise\b|\b(?:dogs?|foxes) (?:barking|howling|screaming)\b|"
    r"\b(?:too|so|really) (?:loud|noisy)\b",
    re.IGNORECASE,
)


# Jet lag told: "flew back from new york yesterday and my sleep is all over the place".
_JET_LAG = re.compile(r"\bjet ?-?lag\w*", re.IGNORECASE)
_FLIGHT = re.compile(
    r"\b(?:flew|flown|flight|flights|landed|long[- ]haul|red[- ]?eye|time difference)\b",
    re.IGNORECASE,
)
# A phone or screen in bed told: "i scroll on my phone in bed for hours", "watching tiktok
# till late every night".
_SCREENS_TOLD = re.compile(
    r"\b(?:(?:doom ?)?scroll\w*|on (?:my|the) (?:phone|ipad|tablet|laptop)|tiktok|youtube|"
    r"instagram|insta|reels|netflix|gaming|(?:phone|screen) time|can'?t put (?:my|the) phone "
    r"down)\b",
    re.IGNORECASE,
)

_CAFFEINE_TOLD = re.compile(
    r"\b(?:drink\w*|drank|had|have|having|living on|on)\b.{0,20}\b(?:coffees?|caffeine|energy "
    r"drinks?|red ?bulls?|monsters?|pre-?workout)\b",
    re.IGNORECASE,
)


# Bodily pain keeping them up, told: "my back pain keeps me up all night", "toothache
# keeping me up", "my period pains are keeping me awake". Heartache, "the pain of losing
# him", is not the body's.
_PAIN = re.compile(
    r"\b(?:pains?|painful|aches?|aching|achy|toothache|headaches?|migraines?|backache|"
    r"earache|cramps?|arthritis|sciatica|fibromyalgia|fibro)\b|\bmy (?:back|knees?|hips?|"
    r"neck|shoulders?|legs?|feet|foot|arms?|joints?|tooth|teeth|stomach|tummy|belly|head|ears?)"
    r" (?:is|are|keeps|kept)? ?(?:killing|hurting|hurts|throbbing)\b",
    re.IGNORECASE,
)
_NOT_THE_BODY = re.compile(
    r"\b(?:pain of|emotional(?:ly)? pain|heart ?(?:ache|break)|mental pain|in so much pain "
    r"(?:inside|emotionally)|growing pains)\b",
    re.IGNORECASE,
)
_KEPT_UP = re.compile(r"\b(?:keep(?:s|ing)?|kept) (?:me|us) up\b", re.IGNORECASE)


# Their own pregnancy, or the menopause, behind the bad nights: "im pregnant and cant sleep",
# "menopause night sweats keep waking me".
# (not "i think im pregnant and cant sleep": a worry, not how to sleep with a bump)
_PREGNANT = re.compile(
    r"^(?!.*\b(?:think|might|may|maybe|could|scared|worried|afraid|unsure|if|test)\b).*"
    r"(?:\b(?:i'?m|im|i am|being|since i got|now) (?:\d+ ?(?:weeks?|wks?|months?) )?pregnant\b|"
    r"\bmy (?:bump|pregnancy)\b)",
    re.IGNORECASE,
)
_MENOPAUSE = re.compile(
    r"\b(?:menopaus\w*|perimenopaus\w*|peri-?menopaus\w*|night sweats|hot flush\w*|hot "
    r"flashes)\b",
    re.IGNORECASE,
)


def pain_at_night(text: str) -> bool:
    """Bodily pain keeping them from sleep, told ("my knee pain keeps me up")."""
    said = _BED_BY_DAY.sub(" ", text)  # ("cant get out of bed most days": the days, not sleep)
    about_sleep = _ABOUT_SLEEP.search(said) or _KEPT_UP.search(said)
    return bool(about_sleep and _PAIN.search(text) and not _NOT_THE_BODY.search(text))


# Kept in bed by day, not kept from sleep: "cant get out of bed most days", "stuck in bed".
_BED_BY_DAY = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t|couldnt|struggl\w* to|hard to|barely|unable to) "
    r"(?:even )?(?:get|got) (?:out of|up out of) bed\b|\b(?:stuck|in) bed all day\b|"
    r"\bbed ?-?(?:bound|ridden)\b|\bstuck in bed\b",
    re.IGNORECASE,
)


# Up late last night, told with the hour: "i was up till 4 gaming lol", "stayed up til 3am on
# tiktok" (the hour is when they slept, never a mood score).
_UP_LATE = re.compile(
    r"\b(?:was|been|stayed|staying|sat|still) up (?:till|until|til|untill|to|past) (?:like |about "
    r"|around |gone )?(?:[1-6]|midnight)(?:[:.][0-5]\d)?\s*(?:am|a\.m\.|in the morning)?\b",
    re.IGNORECASE,
)


def up_late(text: str) -> bool:
    """Whether they tell of being up late with the hour ("was up till 4 gaming")."""
    return _UP_LATE.search(text) is not None


def sleep_told(text: str) -> str | None:
    """A sleep topic told rather than asked: snoring ("my partner snores", or their own),
    pain ("my back pain keeps me up"), jet lag ("flew back from new york yesterday and my
    sleep is all over the place") or a phone in bed ("i scroll on my phone in bed for
    hours"); None otherwise (and with a time in it, which answers the diary)."""
    late = up_late(text)  # "was up till 4 on tiktok": the hour is last night's, not the diary's
    weeks = re.sub(r"\b\d+ ?(?:weeks?|wks?|months?) pregnant\b", "", text, flags=re.IGNORECASE)
    if re.search(r"\d", weeks) and not late:  # ("im 30 weeks pregnant": no time told)
        return None
    if _SNORING.search(text):
        return "own_snoring" if _OWN_SNORING.search(text) else "snoring"
    if _NOISE.search(text) and _ABOUT_SLEEP.search(text):
        return "noise"
    if _JET_LAG.search(text) or (_FLIGHT.search(text) and _ABOUT_SLEEP.search(text)):
        return "jet_lag"
    if _SCREENS_TOLD.search(text) and (_ABOUT_SLEEP.search(text) or late):
        return "screens"
    if _CAFFEINE_TOLD.search(text) and _ABOUT_SLEEP.search(text):
        return "caffeine"  # "been drinking energy drinks for exams and now i cant sleep"
    if pain_at_night(text):
        return "pain"  # "my back pain keeps me up all night": pain and sleep, not a diary
    if _MENOPAUSE.search(text) and (_ABOUT_SLEEP.search(text) or _KEPT_UP.search(text)):
        return "menopause"  # "night sweats keep waking me"
    if _PREGNANT.search(text) and (_ABOUT_SLEEP.search(text) or _KEPT_UP.search(text)):
        return "pregnancy"  # "im pregnant and cant sleep"
    return None


# Winding down asked for in so many words: "wind down", "help me wind down", "winddown pls".
WIND_DOWN = re.compile(r"\bwind(?:ing)?[- ]?down\b", re.IGNORECASE)
# A routine or ideas for winding down, not the exercise now: "wind down routine pls", "any
# tips for winding down", "how do i wind down before bed".
_ROUTINE = re.compile(
    r"\b(?:routines?|ideas?|tips?|advice|habits?|suggestions?|how (?:do|can|should) (?:i|you))\b",
    re.IGNORECASE,
)
# Not asking for a wind-down: a reminder, or news ("winding down after work with a film").
_NOT_ASKED = re.compile(r"\bremind\w*|\bafter (?:work|school|uni)\b|\bwith (?:a|my)\b", re.I)


def wind_down_asked(text: str) -> str | None:
    """ "routine" when a wind-down routine is asked for ("wind down routine pls"), "now" when
    winding down itself is ("wind down", "help me wind down"), or None."""
    if not WIND_DOWN.search(text) or _NOT_ASKED.search(text):
        return None
    return "routine" if _ROUTINE.search(text) else "now"


def sleep_question(text: str) -> str | None:
    """The topic of a question about sleep ("what's a good bedtime for a teenager" ->
    "how_much", "is it bad to nap" -> "nap"), or None when it asks none of ours. Snoring,
    jet lag or a phone in bed told, not asked, is that topic (see `sleep_told`)."""
    told = sleep_told(text)
    if told:
        return told
    if "?" not in text and not asks_something(text) and not _ASKED_INSIDE.search(text):
        # "had a 2 hour nap this afternoon": a nap told is the nap answer, not last night
        # (with the night told too, it is the diary's: "bed at 11, up at 7, napped at lunch")
        night = re.search(r"\b(?:bed|woke|wake|got up)\b", text, re.IGNORECASE)
        return "nap" if _NAP_TOLD.search(text) and not night else None
    topic = next((topic for topic, words in _QUESTION_WORDS if words.search(text)), None)
    if topic in _ONLY_WITH_SLEEP and not _ABOUT_SLEEP.search(text):
        return None  # "can i use my phone for this?" is not about sleep
    return topic


# A nap had, told: "had a 2 hour nap", "napped all afternoon", "fell asleep on the sofa
# after work".
_NAP_TOLD = re.compile(
    r"\b(?:had|took|have|having|did|just woke up from) (?:a|an|my|another)\b.{0,25}\bnap\b|"
    r"\bnapped\b|\bnapping\b|\bfell asleep on the (?:sofa|couch|settee)\b",
    re.IGNORECASE,
)
# A question after what they tell: "i have to be up at 5.30, when should i go to bed", "i had
# a 2 hour nap this afternoon is that bad", "i nap every afternoon, is that why i cant sleep".
_ASKED_INSIDE = re.compile(
    r"\b(?:is|was|isn'?t) (?:that|it|this) (?:too \w+|bad|ok|okay|alright|normal|fine|healthy|"
    r"enough|unhealthy|weird|a problem|an issue|why)\b|"
    r"\b(?:what time|when|how early|how late)\s+(?:should|shall|do|must|would|ought|can|need)\s+"
    r"(?:i|we|u|you|she|he|they|my \w+|the kids?)\b|\b(?:what'?s|whats|what is|wats)\s+"
    r"(?:a|the|my)\b",
    re.IGNORECASE,
)
# The time they have to be up, told: "if i get up at 6", "i have to be up at 5.30", "alarm
# goes off at half 6", "i wake at 7", "need to be up by 6am".
_WAKE_TOLD = re.compile(
    r"\b(?:(?:get(?:ting)?|be|am|i'?m|im|up|got) up|wake(?: up)?|waking(?: up)?|alarm(?: clock)?"
    r"(?: goes off| is| set| rings| going off)?|up)\s+(?:at|by|for|around|about|before)?\s*"
    r"(?P<time>(?:half(?: past)? |quarter (?:past|to) )?\d{1,2}(?:[:.]\d{2})?\s*"
    r"(?:am|a\.m\.|pm|p\.m\.)?|(?:half(?: past)? |quarter (?:past|to) )?(?:four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\b)",
    re.IGNORECASE,
)


def wake_told(text: str) -> str | None:
    """The getting-up time someone tells with a question about bedtime, as "HH:MM" ("if i get
    up at 6" -> "06:00", "alarm goes off at half 6" -> "06:30"), or None."""
    found = _WAKE_TOLD.search(text)
    if not found or re.search(r"\b(?:hours?|hrs?|mins?|minutes?)\b", text[found.end() :][:8]):
        return None  # "wake up 2 hours early" is not a time
    return clock_answer(found.group("time"), "wake")


def _spoken(minutes: int) -> tuple[str, str]:
    """A clock time of day in minutes as people text it, and its am/pm: (10:30, pm)."""
    hour, minute = divmod(minutes % (24 * 60), 60)
    half = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return (f"{shown}:{minute:02d}" if minute else str(shown)), half


def bedtime_for(wake: str, hours: tuple[float, float] = (8.5, 7.5)) -> dict[str, str]:
    """When to be in bed to get up at ``wake`` ("06:00") with about 7 to 9 hours asleep:
    {"wake": "6am", "bed_from": "9:30", "bed_to": "10:30pm"} (the first am/pm is left out
    when both ends share it)."""
    hour, minute = map(int, wake.split(":"))
    up = hour * 60 + minute
    early, early_half = _spoken(up - round(hours[0] * 60))
    late, late_half = _spoken(up - round(hours[1] * 60))
    woke, woke_half = _spoken(up)
    return {
        "wake": woke + woke_half,
        "bed_from": early if early_half == late_half else early + early_half,
        "bed_to": late + late_half,
    }


def bedtime_told(text: str) -> dict[str, str]:
    """For a question about bedtime with the getting-up time in it, the times the answer
    counts back from it (adults in bed 7.5 to 8.5 hours before, teenagers asleep 8 to 10
    hours before); empty when no getting-up time is told."""
    wake = wake_told(text)
    if wake is None:
        return {}
    teen = bedtime_for(wake, (10, 8))
    return {**bedtime_for(wake), "teen_from": teen["bed_from"], "teen_to": teen["bed_to"]}


# Asked about coffee, drink, screens or exercise, a question is ours only with sleep in it.
_ONLY_WITH_SLEEP = ("caffeine", "alcohol", "screens", "exercise")
_ABOUT_SLEEP = re.compile(
    r"\b(?:sleep\w*|slept|bed\w*|night|nights|asleep|insomnia|nap\w*|awake|drop off|wak\w+|"
    r"evening)\b",
    re.IGNORECASE,
)


# Unable to sleep, told while awake now: "its 3am and im so anxious i cant sleep", "lying
# here wide awake, cant get to sleep".
_CANT_SLEEP_NOW = re.compile(
    r"\b(?:can'?t|cant|cannot|unable to) (?:get to |get back to |go back to |fall )?"
    r"(?:sleep|asleep)\b",
    re.IGNORECASE,
)
_AWAKE_NOW_WORDS = re.compile(
    r"\b(?:right now|rn|tonight|still (?:awake|up)|wide awake|lying (?:here|awake|in bed)|"
    r"(?:it'?s|its) (?:almost |nearly |past |gone )?\d{1,2}(?::\d\d)? ?(?:am|a\.m\.|in the "
    r"morning))\b",
    re.IGNORECASE,
)


# Thoughts going round, told with sleep that won't come: "cant sleep. keep replaying an
# argument w my bf", "cant sleep keep thinking about work".
REPLAYING = re.compile(
    r"\b(?:keep|keeps|kept|keep on|just keep) (?:replaying|going over|thinking about|running "
    r"over|playing)\b|\bgoing (?:round and round|over and over)\b",
    re.IGNORECASE,
)


def kept_awake_by_thoughts(text: str) -> bool:
    """Unable to sleep for thoughts that go round ("cant sleep, keep replaying the argument")."""
    return bool(_CANT_SLEEP_NOW.search(text)) and bool(REPLAYING.search(text))


def awake_and_sleepless(text: str) -> bool:
    """Unable to sleep, and awake as they write ("its 3am and im so anxious i cant sleep")."""
    return bool(_CANT_SLEEP_NOW.search(text)) and bool(_AWAKE_NOW_WORDS.search(text))


# Tired after a full night: "i keep waking up exhausted even after 8 hours", "i sleep 8 hours
# but wake up tired", "9 hrs sleep and still groggy".
TIRED_AFTER_A_FULL_NIGHT = re.compile(
    r"^(?!.*\b(?:shifts?|worked|working)\b)(?=.*(?:\b(?:sleep\w*|slept|get|getting|got|had|after|"
    r"with)\s+(?:like\s+|about\s+|around\s+|a (?:full|good|solid)\s+|over\s+)?(?:[7-9]|seven|"
    r"eight|nine)(?:[.,]5)? ?(?:hours?|hrs?|h)\b|\b(?:[7-9]|seven|eight|nine) ?(?:hours?|hrs?|h)"
    r"(?: of)? sleep\b))(?=.*\b(?:exhausted|tired|knackered|shattered|groggy|drained|wrecked|"
    r"like i (?:haven'?t|havent|didn'?t|didnt) slept)\b)",
    re.IGNORECASE,
)


# Kept awake by worry: "i cant sleep because of my anxiety", "i have a big day tomorrow and
# i cant sleep", "too stressed to sleep".
WORRIED_AWAKE = re.compile(
    r"^(?=.*\b(?:can'?t|cant|cannot|couldn'?t|unable to|too \w+ to|trouble|struggling to) "
    r"(?:get to |fall )?(?:sleep|asleep|switch off|relax)\b)"
    r"(?=.*\b(?:anxi\w*|worr\w*|stress\w*|overthink\w*|nervous|nerves|on edge|big day|"
    r"(?:exam|interview|test|presentation|surgery|operation|appointment|flight)s? tomorrow)\b)",
    re.IGNORECASE,
)


# Nights that go badly told by a new parent or a shift worker, in any words: "new baby,
# havent slept in weeks lol", "i work nights so i sleep during the day and its awful".
_NIGHT_WORDS = re.compile(r"\b(?:sleep\w*|slept|awake|up all night|nights?)\b", re.IGNORECASE)
_NIGHTS_GONE_BADLY = re.compile(
    r"\b(?:haven'?t|havent|have not|hasn'?t|not|no|barely|hardly|never|won'?t|wont|can'?t|cant|"
    r"doesn'?t|doesnt|keeps?|every \d+|up all|awful|terrible|horrible|hell|nightmare|impossible|"
    r"struggl\w*|zombie|tired|knackered|shattered|exhausted|wrecked|wrecking|killing|ruin\w*|"
    r"rubbish|crap|shit|hard|so bad|dead on my feet|running on|non[- ]?existent|zero|"
    r"what sleep)\b",
    re.IGNORECASE,
)
# Glad news of sleep: "my baby slept through the night!!", "finally sleeping 6 hours".
_NIGHTS_GONE_WELL = re.compile(
    r"\bthrough the night\b|\b(?:finally|at last)\b.{0,20}\bslept\b|\bslept (?:well|great|"
    r"amazing|so well)\b",
    re.IGNORECASE,
)


def broken_nights(text: str) -> str | None:
    """ "baby" or "shift" when a new parent or a shift worker tells of nights going badly,
    whatever the model heard in the words ("lol" can read as glad); None otherwise."""
    who = sleeper(text)
    if who not in ("baby", "shift") or _NIGHTS_GONE_WELL.search(text):
        return None
    words = _NIGHT_WORDS.findall(text)
    if who == "shift":  # "i work nights" names nights without a word of sleeping
        words = [w for w in words if not w.lower().startswith("night")]
    return who if words and _NIGHTS_GONE_BADLY.search(text) else None
