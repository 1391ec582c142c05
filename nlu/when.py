"""Reminder times and recurrences in the user's time zone ("every weekday at 7am")."""

from __future__ import annotations

import calendar
import re
import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from nlu.clock import clock_match
from nlu.types import When

DEFAULT_TIME = time(9, 0)
_EVENING = re.compile(r"\b(tonight|this evening|in the evening|evening|night|pm)\b")
_MORNING = re.compile(r"\b(morning|in the morning|am)\b")
# What is only done in the morning: an hour said with it is a morning hour.
_MORNING_TASK = re.compile(r"\b(wake|waking|get up|getting up|alarm|breakfast|school run)\b")
_DATE_WORDS = re.compile(
    r"\b(\d{1,2}(st|nd|rd|th)|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|"
    r"aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b"
)
# How "tomorrow" gets typed.
_TOMORROW_TYPED = (
    r"tmrw|tmr|tmw|tomoz|tomo|tomoro|tomorro|tomrw|tmoro|2mor+ow|2moro|2mrw|2moz|tmorrow|"
    r"tomorow|tommorow|tommorrow|tommorw"
)
_DAY_WORDS = re.compile(
    r"\b(tomorrow|tmrw|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|mon|tue|wed|thu|fri|sat|sun|weekend|week|month|next)\b"
)
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "in 2 days", "in three days", "in a week", "in a fortnight", "in a month", "the day after
# tomorrow": a day some days, weeks or months ahead.
_DAYS_AHEAD = re.compile(
    r"\bin (\d{1,2}|an?|one|two|three|four|five|six) (days?|weeks?|fortnights?|months?)\b"
    r"|\b(?:the )?day after (tomorrow)\b"
)
_TIME_HINT = re.compile(
    rf"\d|\b(every|each|daily|weekly|nightly|tomorrow|{_TOMORROW_TYPED}|tonight|today|noon|"
    r"in (?:an?|one|two|three|four|five|six) (?:days?|weeks?|fortnights?|months?)|fortnight|"
    r"midnight|midday|"
    r"morning|evening|night|afternoon|hour|minute|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|weekday|weekend|half|quarter|an? (hour|min)|arvo|first thing|bed ?time|"
    r"before bed|next (?:week|month)|hourly|mins?|hrs?|lunch|tonite|2nite|2night|nite|"
    r"(?:on|every|next|this) (?:mon|tue|wed|thu|fri|sat|sun)\b)"
)


_SHORT_DAYS = {
    "mon": "monday", "wed": "wednesday", "fri": "friday", "sat": "saturday", "sun": "sunday",
}  # fmt: skip


def _day_in_full(found: re.Match[str]) -> str:
    """ "on mon" -> "on monday", "sat at 2" -> "saturday at 2"."""
    if found.lastindex == 2:
        return f"{found.group(1)} {_SHORT_DAYS[found.group(2)]}"
    return _SHORT_DAYS[found.group(1)]


def _am_pm_day(found: re.Match[str]) -> str:
    """ "tmrw am" -> "tmrw morning", "friday pm" -> "friday afternoon"."""
    return f"{found.group(1)} {'morning' if found.group(2) == 'am' else 'afternoon'}"


def _except_days(found: re.Match[str]) -> str:
    """ "every day except sundays" -> "every monday, tuesday, ... and saturday"; "every
    morning except weekends" -> "every weekday morning"."""
    part, said = found.group(1) or "", found.group(2)
    if said.startswith("weekend"):
        kept = _WEEK[:5]
    else:
        left = {_FULL_DAY[d[:3]] for d in re.findall(_DAY, said)}
        kept = [day for day in _WEEK if day not in left]
    if not kept:
        return found.group(0)
    if kept == _WEEK[:5]:
        days = "weekday"
    else:
        days = ", ".join(kept[:-1]) + " and " + kept[-1] if len(kept) > 1 else kept[0]
    part = "" if part == "day" else part
    return f"every {days} {part}".rstrip()


def _minutes_to(found: re.Match[str]) -> str:
    """ "at ten to 7" -> "at 6:50", "at 20 past 6" -> "at 6:20"."""
    words = {"five": 5, "ten": 10, "twenty": 20, "twenty five": 25}
    minutes = int(found.group(1)) if found.group(1).isdigit() else words[found.group(1)]
    hour = int(found.group(3))
    if not 1 <= hour <= 12:
        return found.group(0)
    if found.group(2) == "to":
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return f"at {hour}:{minutes:02d}"


_SPAN_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_UNITS_SAID = "|".join(_UNITS) + "|nine"
# A span from now said in parts, which the parser misreads ("in quarter of an hour" was an
# hour, "in forty five mins" five minutes, "in 1 hour 15" an hour, "in 2 and a half hours" none).
_SPAN_IN_PARTS = re.compile(
    r"\bin (?:(?P<tens>twenty|thirty|forty|fifty)[ -](?P<unit>" + _UNITS_SAID + r") "
    r"(?=min|minutes?\b)|(?P<n>\d+|an?|one|two|three|four|five|six) (?:and a (?P<part>half|"
    r"quarter) (?:hours?|hrs?)|(?:hours?|hrs?) and a (?P<part2>half|quarter))\b|"
    r"(?P<quarters>(?:a |one )?quarter|(?:three|3) quarters) of an hour\b|"
    r"(?P<h>\d+) ?(?:hours?|hrs?|h) (?:and )?(?P<m>\d{1,2})(?: ?(?:minutes?|mins?|m))?\b"
    r"(?! ?(?:am|pm|a\.m|p\.m|o'?clock|[:.]\d)))"
)


def _span_in_minutes(found: re.Match[str]) -> str:
    """ "in 2 and a half hours" -> "in 150 minutes", "in forty five" -> "in 45 "."""
    if found["tens"]:
        nine = 9 if found["unit"] == "nine" else 0
        return f"in {_TENS[found['tens']] + (_UNITS.get(found['unit']) or nine)} "
    if found["n"]:
        hours = int(found["n"]) if found["n"].isdigit() else _SPAN_WORDS[found["n"]]
        part = found["part"] or found["part2"]
        return f"in {hours * 60 + (30 if part == 'half' else 15)} minutes"
    if found["quarters"]:
        return f"in {45 if found['quarters'].startswith(('three', '3')) else 15} minutes"
    return f"in {int(found['h']) * 60 + int(found['m'])} minutes"


def _hour_in_part(found: re.Match[str]) -> str:
    """ "8 in the morning" -> "8am", "8 at night" -> "8pm", "2 at night" -> "2am"."""
    hour = int(re.split(r"[:.]", found[1])[0])
    night = found[2].endswith("night")
    half = "am" if found[2].endswith("morning") or (night and (hour == 12 or hour <= 4)) else "pm"
    return f"{found[1].replace('.', ':')}{half}"


_REWRITES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # "@ 9", "@9pm": at
    (re.compile(r"@\s*(?=\d)"), "at "),
    # "at 8 in the morning and 8 at night": each hour with its half of the day
    (
        re.compile(
            r"\b(\d{1,2}(?:[:.]\d\d)?)\s*(?:o'?clock\s+)?(in the morning|in the afternoon|"
            r"in the evening|at night)\b"
        ),
        _hour_in_part,
    ),
    (_SPAN_IN_PARTS, _span_in_minutes),
    # The parser reads "this evening", "after lunch" or "next morning" against the machine's
    # own clock, not the `now` it is given: said so that it reads them against `now`.
    (re.compile(r"\b(?:later )?this (?:coming )?(evening|night)\b"), r"today \1"),
    (re.compile(r"\b(?:later (?:on )?|after |from |before )tonight\b"), "tonight"),
    (re.compile(r"\b(?:after|from|before) (?:the )?(evening|night)\b"), r"today \1"),
    (re.compile(r"\bthis lunch ?(?:time)?\b"), "today at noon"),
    (re.compile(r"\bnext lunch ?(?:time)?\b"), "tomorrow at noon"),
    (re.compile(r"\b(?:the )?next (morning|afternoon|evening|night)\b"), r"tomorrow \1"),
    (re.compile(r"\b(?:straight |right |just )?(?:after|from) lunch(?: ?time)?\b"), "at 1pm"),
    (re.compile(r"\b(?:just )?before lunch(?: ?time)?\b"), "at 11am"),
    (re.compile(r"\b(?:at )?(?:the )?end of (?:the |my )?day\b"), "in the evening"),
    (re.compile(r"\b(?:at )?(?:the )?start of (?:the |my )?day\b"), "in the morning"),
    # "8 every morning", "9pm every night": a time of day said first, not every 8th day
    (
        re.compile(r"^(?:at )?(\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)\s+(?=(?:each|every|evry)\b)"),
        r"at \1 ",
    ),
    # "at 8 every morning and 8 every night": the first time here (the reminder makes the
    # other), never "every 8th" of the year
    (
        re.compile(
            r"(\d(?:[:.]\d\d)?\s*(?:am|pm)?\s+(?:every|each)\s+(?:morning|afternoon|evening|night|"
            r"day))\s*(?:and|&|,|\+)\s*(?:again\s+)?(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+"
            r"(?:every|each|in the|at)\s+(?:morning|afternoon|evening|night)s?\b"
        ),
        r"\1",
    ),
    # "every day 8", "every morning 7:30": the time after the days, not the 8th day of the year
    (
        re.compile(
            r"\b((?:each|every|evry) ?(?:day|morning|evening|night|weekday))\s+"
            r"(\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)\s*$"
        ),
        r"\1 at \2",
    ),
    # Short day names recurrent misreads ("thurs at 6" was Tuesday, "weds" today) or skips ("on
    # mon"); "sat", "sun" and "wed" only where they can only be days.
    (re.compile(r"\b(?:weds|wednes)\b"), "wednesday"),
    (re.compile(r"\b(?:thurs|thur|thu)\b"), "thursday"),
    (re.compile(r"\b(?:tues|tue)\b"), "tuesday"),
    (re.compile(r"\b(on|every|next|this) (mon|wed|fri|sat|sun)\b"), _day_in_full),
    (re.compile(r"\b(mon|wed|fri|sat|sun)\b(?=\s+(?:at|@)\s*\d)"), _day_in_full),
    # "friday week": the friday of next week
    (
        re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday) week\b"),
        r"next \1",
    ),
    (re.compile(r"\b(?:tonite|2nite|2night)\b"), "tonight"),
    # "every wkday", "wkends": weekdays, weekends
    (re.compile(r"\bwk ?(day|end)(s?)\b"), r"week\1\2"),
    (re.compile(r"\bnite(s?)\b"), r"night\1"),
    # "take 3 tablets every day at 8am", "drink 2 glasses of water": how many, never every 3rd day
    (
        re.compile(
            r"\b(take|drink|have|do|eat|use|my|your) \d{1,3} (?=[a-z])(?!(?:am|pm|a\.m|p\.m|"
            r"o'?clock|oclock|days?|weeks?|months?|hours?|hrs?|h|mins?|minutes?|times?|tomorrow|"
            r"tonight|today|every|each|on|in|at|and|or|to|till|until|ish|(?:jan|feb|mar|apr|may|jun|"
            r"jul|aug|sep|oct|nov|dec)[a-z]*)\b)"
        ),
        r"\1 some ",
    ),
    # "take 2 every day at 8am": two of them each day
    (re.compile(r"\b(take|drink|have|eat) \d{1,2} (?=(?:every|each)\b)"), r"\1 some "),
    # "every mornin at 8", "evenin": the morning, the evening (not 8pm once)
    (re.compile(r"\b(mornin|evenin)(s?)\b"), r"\1g\2"),
    # "go 2 bed at 10.30 every nite": "to", not every 2nd day
    (re.compile(r"\b(me|go|going|got|need|want|remember|time) 2 (?=[a-z])"), r"\1 to "),
    (
        re.compile(r"\b(at|@|around|about|by|for|from|till|until) (\d{1,2}(?:[:.]\d\d)?)ish\b"),
        r"\1 \2",
    ),
    # "remind me 7ish to journal": about 7, said without "at"
    (re.compile(r"\b(\d{1,2}(?:[:.]\d\d)?)ish\b"), r"at \1"),
    # "tmrw am", "friday pm": the morning, the afternoon
    (
        re.compile(
            r"\b(today|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday) "
            r"(am|pm)\b"
        ),
        _am_pm_day,
    ),
    # "every day at 8am except weekends", "at 7 every morning to take my tablets except
    # sundays": the days left out, said next to "every", as below
    (
        re.compile(
            r"\bevery ?(day|morning|afternoon|evening|night)?\b(?P<mid>(?:(?!\bevery\b).)*?),?\s+"
            r"(?P<left>(?:except|but not|apart from|not on)(?: on)?(?: the)? "
            r"(?:weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
            r"(?:,? (?:(?:and|or|&) )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*))\b"
        ),
        lambda found: f"every {found.group(1) or 'day'} {found['left']}{found['mid']}",
    ),
    # "every day except sundays", "every morning except weekends": the other days
    (
        re.compile(
            r"\bevery ?(day|morning|afternoon|evening|night)?,? "
            r"(?:except|but not|apart from|not on)(?: on)?(?: the)? "
            r"(weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
            r"(?:,? (?:(?:and|or|&) )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)\b"
        ),
        _except_days,
    ),
    (re.compile(r"\b(\d+) ?(?:hrs?|hours?)\b"), r"\1 hours"),
    (re.compile(r"\b(\d+) ?(?:mins?|minutes?)\b"), r"\1 minutes"),
    # "every couple of hours", "every few days": the number, after "every" as after "in"
    (re.compile(r"\bevery couple(?: of)? (hours|minutes|days|weeks)\b"), r"every 2 \1"),
    (re.compile(r"\bevery few (hours|days|weeks)\b"), r"every 3 \1"),
    (re.compile(r"\ba couple(?: of)? (hours|minutes|days|weeks)\b"), r"2 \1"),
    (re.compile(r"\ba couple(?: of)? (?:mins|min)\b"), "2 minutes"),
    (re.compile(r"\ba few (?:mins?|minutes)\b"), "5 minutes"),
    (re.compile(r"\ba few (hours|days|weeks)\b"), r"3 \1"),
    # "in 10 to take the washing out": minutes, as "back in 10" is
    (
        re.compile(
            r"\bin ([5-9]|[1-8]\d|90)\b(?![:./]\d)(?!\s*(?:st|nd|rd|th|am|pm|a\.m|p\.m|"
            r"minutes|hours|h\b|days?|weeks?|months?|years?|secs?|seconds?|%|o'?clock|-|or\b|"
            r"and\b|to \d|[/:.]))"
        ),
        r"in \1 minutes",
    ),
    # "ten to 7", "20 past 6" after "at" (or straight after "remind me"): a clock time, not
    # 10pm
    (
        re.compile(
            r"(?:\bat |(?<=\bme ))(5|10|20|25|five|ten|twenty|twenty five) (past|to) (\d{1,2})\b"
        ),
        _minutes_to,
    ),
    (re.compile(r"\bfirst thing(?: in the morning)?\b"), "in the morning"),
    # "before bed", "at bedtime": the night (9pm unless told), every night if said so
    (
        re.compile(
            r"\b(?:(?:just )?before (?:i go to )?bed(?:time)?|at bed ?time|(?:at|around) bedtime|"
            r"when i go to bed|before (?:i )?sleep)\b"
        ),
        "night",
    ),
    (re.compile(r"\b(?:fortnightly|every fortnight)\b"), "every 2 weeks"),
    (re.compile(r"\bhourly\b"), "every hour"),
    # A week or a weekend named, not a day: its first day (9am unless told, offered to change)
    (re.compile(r"\b(?:this|(?:at|on|over) the) weekend\b(?!['’])"), "saturday"),
    (
        re.compile(r"\b(?:on )?((?:mon|tues|wednes|thurs|fri|satur|sun)day) (?:of )?next week\b"),
        r"next \1",
    ),
    (re.compile(r"\bnext week\b(?!['’])"), "next monday"),
    (re.compile(r"(?<!\bof )\bnext month\b(?!['’])"), "on the 1st of next month"),
    (
        re.compile(r"\b(?:on )?(weekday|weekend) (morning|afternoon|evening|night)s\b"),
        r"every \1 \2",
    ),
    # "change it to mornings", "in the evenings": every morning, every evening
    (
        re.compile(r"\b(?:in the|on|at|to|me|for) (morning|afternoon|evening|night)s\b(?!['’])"),
        r"every \1",
    ),
    (re.compile(r"\bhalf an? hour\b"), "30 minutes"),
    (re.compile(r"\ban hour and a half\b"), "90 minutes"),
    (re.compile(r"\bin an? hour\b"), "in 60 minutes"),
    # "evry nite", "eveyr day": every, before "every night" is read
    (re.compile(r"\b(evry|evey|evrey|everry|evrry|eveyr|evrey|evrerry)\b"), "every"),
    (re.compile(r"\b(every ?day|evryday|everyday)\b"), "every day"),
    (re.compile(r"\b(each|every single)\b"), "every"),
    (re.compile(r"\b(nightly|every night|every evening)\b"), "every day night"),
    (re.compile(r"\bevery morning\b"), "every day morning"),
    (re.compile(r"\bweekdays\b"), "every weekday"),
    (re.compile(rf"\b({_TOMORROW_TYPED})\b"), "tomorrow"),
    # Australian and New Zealand "arvo" is the afternoon ("s'arvo": this afternoon).
    (re.compile(r"\bs'arvo\b"), "this afternoon"),
    (re.compile(r"\barvo\b"), "afternoon"),
    (re.compile(r"\bevery afternoon\b"), "every day afternoon"),
    # "at lunch", "lunchtime": midday
    (
        re.compile(r"\b(?:(?:at|around|by|over) )?lunch ?time\b|\b(?:at|around|by|over) lunch\b"),
        "at noon",
    ),
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


_WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "mon-fri", "monday to friday", "tues thru thurs": every day from the first to the last.
_DAY_RANGE = re.compile(
    rf"\b(?:(every|on|from) )?({_DAY})s?(\s*[-–—]\s*|\s+(?:to|till|until|through|thru)\s+)"
    rf"({_DAY})s?\b"
)
# What may follow a range joined by a word, so "on friday to sun myself" stays a task.
_AFTER_RANGE = re.compile(
    r"\s*(?:$|[,.!?;@\d]|(?:at|to|and|from|in|on|every|around|about|by|between|"
    r"mornings?|afternoons?|evenings?|nights?)\b)"
)
# "move it from monday to friday": a change of day, not a range of days.
_MOVING = re.compile(r"\b(move|moving|change|reschedule|push|shift|switch)\b")


def _days_ranged(found: re.Match[str]) -> str:
    """ "mon-fri" -> "every weekday"; "tues to thurs" -> "every tuesday, wednesday and
    thursday"; a range may run over the weekend ("fri-mon")."""
    joined_by_word = bool(found.group(3).strip(" -–—"))
    if joined_by_word and not _AFTER_RANGE.match(found.string, found.end()):
        return found.group(0)
    if found.group(1) == "from" and _MOVING.search(found.string):
        return found.group(0)
    first = _WEEK.index(_FULL_DAY[found.group(2)[:3]])
    last = _WEEK.index(_FULL_DAY[found.group(4)[:3]])
    days = [_WEEK[(first + k) % 7] for k in range((last - first) % 7 + 1)]
    if days == _WEEK[:5]:
        return "every weekday"
    if len(days) == 7:
        return "every day"
    return "every " + (", ".join(days[:-1]) + " and " + days[-1] if len(days) > 1 else days[0])


_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# "15 march", "15th of march 2027" (not "at 15 march": a clock time).
_DAY_MONTH = re.compile(
    rf"(?<![\d:.£$€])(?<!\bat )(\d{{1,2}})(st|nd|rd|th)?(?: of)? (?:the )?{_MONTH}"
    r"(?:,? (\d{4})\b)?"
)
# "march 15th", "march the 15th, 2027" (not "march 3pm").
_MONTH_DAY = re.compile(
    rf"\b{_MONTH} (?:the )?(\d{{1,2}})(st|nd|rd|th)?\b(?:,? (\d{{4}})\b)?"
    r"(?![:.]\d|\s*(?:[ap]\.?m\b|mins?\b|minutes?\b|hours?\b|hrs?\b))"
)
# After `_rewrite`: "15th of march 2027", "on the 15th", "on 15th", "the 15th" said alone.
_ON_DATE = re.compile(rf"(?<![\d:.])(\d{{1,2}})(?:st|nd|rd|th) of {_MONTH}(?: (\d{{4}}))?")
_RECURS = re.compile(r"\b(every|daily|nightly|weekly|fortnightly|monthly|yearly|annually|hourly)\b")
_ON_DAY = re.compile(
    r"(?:^(?:on )?(?:the )?|\bon (?:the )?|\bme the )(\d{1,2})(?:st|nd|rd|th)\b"
    r"(?! of (?:every|each)\b| every\b)"
)


def _ordinal(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def _dates_as_ordinals(low: str) -> str:
    """ "march 15" and "15 march" -> "15th of march", so one pattern reads them and the
    day of the month is not taken for a clock time."""

    def day_month(found: re.Match[str]) -> str:
        day, _, month, year = found.groups()
        return f"{_ordinal(int(day))} of {month}" + (f" {year}" if year else "")

    def month_day(found: re.Match[str]) -> str:
        month, day, suffix, year = found.groups()
        if month == "may" and not suffix and not low[: found.start()].endswith("on "):
            return found.group(0)  # "i may 2 ..." is not the 2nd of may
        return f"{_ordinal(int(day))} of {month}" + (f" {year}" if year else "")

    return _MONTH_DAY.sub(month_day, _DAY_MONTH.sub(day_month, low))


# Where a numeric date is written month first ("3/9" is March 9th). Everywhere else the day
# comes first ("9/3" is the 9th of March). Canada is mixed (English Canada writes 3/9 as
# often as not, Quebec 9/3); we read it as its neighbour does, and a day over 12 settles
# any date either way ("25/12" is Christmas in New York too). The Philippines writes month
# first as the US does, and so do US territories and the Compact states.
MONTH_FIRST = frozenset({"US", "CA", "PH", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW"})


def date_order(tz: str) -> str:
    """ "MDY" where the country of time zone `tz` writes numeric dates month first, else
    "DMY" (the UK, Ireland, Australia, India and most of the world)."""
    return "MDY" if _country_of_zone(tz) in MONTH_FIRST else "DMY"


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    from pytz import country_timezones  # tzdata's zone.tab (dateparser depends on pytz)

    return {zone: country for country, zones in country_timezones.items() for zone in zones}


def _country_of_zone(tz: str) -> str | None:
    country = _zone_countries().get(tz)
    return country.upper() if country else None


# "9/3", "09/03/2026", "9.3.", "9.3.2026", "2026-03-09" (not "7/10" for a mood, "24/7",
# "1/2 an hour", or "9.30" the time).
_NUMERIC_DATE = re.compile(
    r"(?<![\w/.:£$€-])(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2})?)?)"
    r"(?![\w/:]|\.\d)"
)
# Words before a numeric date that say it is one: "on 9/3", "remind me 9/3 at 8".
_DATE_CUE = re.compile(
    r"(?:^|\b(?:on|for|by|until|till|from|before|after|me|the|date|due|starting)\s+)$"
)
# Words before "9-5" that make it a date ("on 9-5"); alone or "from 9-5" it is 9 to 5.
_DASH_DATE_CUE = re.compile(r"\b(?:on|by|until|till|the|date|due|starting)\s+$")
_NOT_A_DATE_AFTER = re.compile(
    r"\s*(?:an? )?(?:hours?|hrs?|mins?|minutes?|out of|of (?:an?|the)|am\b|pm\b|a\.m|p\.m)"
)


def _numeric_dates(low: str, order: str) -> str:
    """ "on 9/3" -> "on 9th of march" read in the person's order (day first unless `order`
    is "MDY"), so a date said in numbers is read like one said in words."""

    def as_words(found: re.Match[str]) -> str:
        if found.group(0) == "24/7":  # all the time, not the 24th of July
            return found.group(0)
        if found.group("iy"):
            year, month, day = (int(found.group(k)) for k in ("iy", "im", "id"))
        else:
            sep, year_said = found.group("sep"), found.group("y")
            dotted = sep == "." and found.group(0).endswith(".")
            before = low[: found.start()]
            if before.endswith(("at ", "@", "around ", "about ")):
                return found.group(0)  # "at 10.11.": a time
            cued = _DATE_CUE.search(before) is not None
            hours = int(found.group("a")) <= 12 and int(found.group("b")) <= 12
            if year_said is None and sep == "-" and hours and not _DASH_DATE_CUE.search(before):
                # "9-5": from 9 to 5 (the parser took it for the 5th of September)
                return f"{found.group('a')} to {found.group('b')}"
            if year_said is None and not dotted and (sep == "." or not cued):
                return found.group(0)  # "at 9.30", "7/10 today"
            if year_said is None and _NOT_A_DATE_AFTER.match(low, found.end()):
                return found.group(0)
            first, second = int(found.group("a")), int(found.group("b"))
            day, month = (second, first) if order == "MDY" else (first, second)
            if month > 12 >= day:  # "25/12" in New York, "12/25" in London: only one way
                day, month = month, day
            year = 0 if year_said is None else int(year_said) + (2000 if len(year_said) == 2 else 0)
        if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year or 2024, month)[1]:
            return found.group(0)
        return f"{_ordinal(day)} of {_MONTHS[month - 1]}" + (f" {year}" if year else "")

    return _NUMERIC_DATE.sub(as_words, low)


# Words that begin like a day but are not one ("fridge", "wedding", "sunflower", "monitor"):
# recurrent reads them as the day, so "every day to go to the wedding" came only on Wednesdays.
_LIKE_A_DAY = re.compile(
    r"\b(?!(?:mon|tues?|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?\b|month)"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z']+"
)


# "twice a day", "3 times daily", "2x a day": how often in a day, every day.
TIMES_A_DAY = re.compile(
    r"\b(?:twice|(?:two|three|four|[2-6]) ?(?:times|x)|x ?[2-6])\s*(?:a|per|each|every) ?day\b"
    r"|\b(?:twice|(?:two|three|four|[2-6]) ?(?:times|x)) daily\b"
    # "morning and night", "every morning and evening": twice a day, the times asked for
    r"|\b(?:every |each |in the )?mornings? and (?:every |each |at |in the )?(?:nights?|evenings?|"
    r"bed ?time)\b|\b(?:every |each |at |in the )?(?:nights?|evenings?) and (?:every |each |in "
    r"the )?mornings?\b"
)


_HOW_MANY = {"twice": 2, "two": 2, "three": 3, "four": 4}


def _fewer_times_than_asked(low: str) -> bool:
    """ "twice a day at 8am": fewer times of day told than times a day asked for."""
    asked = TIMES_A_DAY.search(low)
    if asked is None:
        return False
    word = re.search(r"twice|two|three|four|[2-6]", asked.group(0))
    wanted = (
        int(word.group(0))
        if word and word.group(0).isdigit()
        else _HOW_MANY.get(word.group(0) if word else "", 2)
    )
    rest, told = f"{low[: asked.start()]} {low[asked.end() :]}", 0
    while told < wanted and (found := clock_match(rest)) is not None:
        start, end = found[2]
        more = _MORE_CLOCKS.match(rest[end:])  # "at 8, 2 and 8": the 2 and 8 as well
        if more is not None:
            told += len(re.findall(r"\d{1,2}(?:[:.]\d\d)?", more.group(0)))
            end += more.end()
        rest, told = f"{rest[:start]} {rest[end:]}", told + 1
    return told < wanted


def _rewrite(text: str, order: str = "DMY") -> tuple[str, time | None, bool]:
    low = " ".join(text.lower().replace("’", "'").split())
    if clock_match(low) is not None:
        # "twice a day at 8 and 8": every day at each time (with no time, how often alone
        # names none, and the time is asked for)
        low = TIMES_A_DAY.sub("every day", low)
    for pattern, repl in _REWRITES:
        low = pattern.sub(repl, low)
    low = _LIKE_A_DAY.sub("thing", low)
    low = re.sub(r"\bevery day (?=every )", "", _DAY_RANGE.sub(_days_ranged, low))
    low = _DAY_LIST.sub(_days_listed, low)
    low = _DAYS_PLURAL.sub(r"every \1", low)
    low = _dates_as_ordinals(_numeric_dates(low, order))
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
    elif not explicit and 4 <= clock.hour < 12 and _MORNING_TASK.search(low):
        explicit = True  # "remind me at 7 to wake up": 7 in the morning
    elif not explicit and clock.hour < 12 and "morning" in low and not _EVENING.search(low):
        explicit = True  # "every morning at 6", "tomorrow morning at 5": in the morning
    # "at 10 and 2", "at 10, 12, 2 and 4": the first time here; the reminder makes the rest
    rest = _MORE_CLOCKS.sub("", low[end:])
    low = f"{low[:start]} at {clock.strftime('%H:%M')} {rest}"
    return " ".join(low.split()).replace("every every", "every"), clock, explicit


_MORE_CLOCKS = re.compile(
    r"^\s*(?:(?:,|and|&|\+)\s*(?:at\s+)?(?:half (?:past )?|quarter (?:past|to) )?"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.?|p\.m\.?)?\b\s*)+"
    r"(?!\s*(?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?|times|of)\b)"
)


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


# An hour said with no am/pm is read in these hours: "at 11" at six in the evening is 11pm
# tonight (the next time 11 comes round), never 11am tomorrow, and never 4 in the morning.
_AWAKE = range(7, 24)
# Before this hour "tomorrow" means the coming morning: at 00:30, "tomorrow at 9" is in hours.
_SMALL_HOURS_END = 5


def _tomorrow(local_now: datetime) -> date:
    """The day "tomorrow" names: the next one, or still today in the small hours."""
    if local_now.hour < _SMALL_HOURS_END:
        return local_now.date()
    return local_now.date() + timedelta(days=1)


def _next_clock(
    local_now: datetime, clock: time, explicit: bool, quiet: tuple[time, time] | None = None
) -> datetime:
    """Next occurrence of the clock time; an ambiguous hour is the next time it comes round
    in waking hours, today's evening included, unless that falls in the `quiet` hours and
    the other half of the day does not ("at 11" at six in the evening: 11am tomorrow, not
    11pm held until morning)."""
    hours = [clock.hour] if explicit or clock.hour >= 12 else [clock.hour, clock.hour + 12]
    options = []
    for day in (0, 1):
        for hour in hours:
            base = local_now.date() + timedelta(days=day)
            options.append(datetime.combine(base, time(hour, clock.minute)))
    future = sorted(o for o in options if o > local_now)
    awake = [o for o in future if o.hour in _AWAKE] or future
    if quiet is not None and len(hours) == 2:
        outside = [o for o in awake if not _in_window(o.time(), *quiet)]
        return (outside or awake)[0]
    return awake[0]


def _in_window(at: time, start: time, end: time) -> bool:
    """Whether `at` falls in [start, end), a window that may wrap past midnight."""
    if start == end:
        return False
    if start < end:
        return start <= at < end
    return at >= start or at < end


# Another one earlier, said after the time: "and the day before", "and an hour before too".
_BEFORE_TOO = re.compile(
    r",?\s*\b(?:and|&|plus|also)\s+(?:also\s+)?(?:remind me\s+)?(?:the|a|an|one|\d{1,2})\s+"
    r"(?:day|night|evening|morning|hours?|days?|mins?|minutes?)\s+before\b(?:\s+(?:too|as well|"
    r"also))?",
    re.IGNORECASE,
)
# How long it goes on for: "for the next 5 days", "for a week", "for 2 weeks".
_SPAN = re.compile(
    r",?\s*\bfor (?:the next |another |the )?(?P<n>\d{1,2}|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|fourteen) (?P<unit>days?|nights?|weeks?)\b|,?\s*\bfor a fortnight\b",
    re.IGNORECASE,
)
_SPAN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10, "fourteen": 14}  # fmt: skip


# How far ahead a one-off reminder may be set: four years, so a leap day is never out of reach.
FURTHEST_AHEAD = timedelta(days=4 * 366)
# More years ahead than that in words: "in 500 years", "in a decade", "in 10 yrs".
_YEARS_AHEAD = re.compile(
    r"\bin (?:(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|many|a hundred|a million) "
    r"(?:years?|yrs?)|(?:a|one|\d+|a few|several) (?:decades?|centur(?:y|ies)|"
    r"millenni(?:um|a|ums)))\b"
)
# A few years ahead in words, read as the date it falls on ("in 2 years at 5pm").
_YEARS_IN = re.compile(r"\bin ([1-4]) (?:years?|yrs?)(?:'? time)?\b", re.IGNORECASE)


def _years_as_date(text: str, local_today: date) -> str:
    """ "in 2 years at 5pm" -> "on the 2nd of march 2028 at 5pm" (the date parser reads a
    count of years with a time as tomorrow)."""

    def as_date(found: re.Match[str]) -> str:
        day = local_today + relativedelta(years=int(found.group(1)))
        return f"on the {_ordinal(day.day)} of {_MONTHS[day.month - 1]} {day.year}"

    return _YEARS_IN.sub(as_date, text)


# "25 o'clock", "at 0 oclock": an hour no clock has.
_OCLOCK = re.compile(r"(?<![\d.:])(\d{1,3})\s*o'?\s*clock\b")


def parse_when(
    text: str, tz: str, now: datetime, quiet: tuple[time, time] | None = None
) -> When | None:
    """Resolve a reminder time or recurrence in time zone `tz`, relative to `now`; a bare hour
    ("at 11") is kept out of the `quiet` hours (local start, end) when the other half of the
    day is outside them. "for the next 5 days" ends a daily reminder after the fifth day.
    None for a time that cannot be set (see `unworkable`)."""
    if _unworkable_words(text) is not None:
        return None
    when = _parse_any(text, tz, now, quiet)
    return None if when is not None and _too_far(when, now) else when


def unworkable(text: str, tz: str, now: datetime) -> str | None:
    """Why the time in `text` cannot be set, or None: "clock" for an hour no clock has ("25
    o'clock", "7:60", "13pm"), "date" for a day no month has ("the 31st of february", "the
    32nd"), "far" for more than four years ahead ("in 500 years", "on the 1st of may 2031")."""
    why = _unworkable_words(text)
    if why is not None:
        return why
    when = _parse_any(text, tz, now)
    return "far" if when is not None and _too_far(when, now) else None


def _too_far(when: When, now: datetime) -> bool:
    """A one-off more than four years ahead ("on the 1st of may 2031", said in 2026)."""
    return when.rrule is None and when.first is not None and when.first - now > FURTHEST_AHEAD


def _unworkable_words(text: str) -> str | None:
    """ "clock", "date" or "far" as `unworkable` says, from the words alone."""
    low = text.lower().replace("\u2019", "'")
    if _no_such_clock(low) or any(
        not 1 <= int(found.group(1)) <= 24 for found in _OCLOCK.finditer(low)
    ):
        return "clock"
    on_date = _on_date(_dates_as_ordinals(low))
    if on_date is not None:
        day, month, _, _ = on_date
        longest = calendar.monthrange(2024, month)[1] if month else 31  # a leap year
        if not 1 <= day <= longest:
            return "date"
    return "far" if _YEARS_AHEAD.search(low) else None


def _parse_any(
    text: str, tz: str, now: datetime, quiet: tuple[time, time] | None = None
) -> When | None:
    """`parse_when` however far ahead."""
    # "on thursday at 2 and the day before": the day and time are the first part's (the
    # date parser reads "the day before" against its own clock)
    text = _BEFORE_TOO.sub("", text)
    if _YEARS_IN.search(text):
        aware_now = now if now.tzinfo else now.replace(tzinfo=UTC)
        text = _years_as_date(text, aware_now.astimezone(ZoneInfo(tz)).date())
    span = _SPAN.search(text)
    if span is not None:
        return _for_a_span(text, span, tz, now, quiet)
    return _parse_when(text, tz, now, quiet)


def _for_a_span(
    text: str, span: re.Match[str], tz: str, now: datetime, quiet: tuple[time, time] | None
) -> When | None:
    """ "at 9pm for the next 5 days", "every day for a week at 8": every day (or as said)
    at that time, until the last of those days; a one-off with no time of day is left as
    it is read without the span."""
    rest = (text[: span.start()] + text[span.end() :]).strip()
    when = _parse_when(rest, tz, now, quiet)
    if when is None:  # "pause my reminders for 3 days": the span is the only time said
        return _parse_when(text, tz, now, quiet)
    if when.first is None:
        return when
    if span["n"] is None:
        days = 14
    else:
        count = _SPAN_NUMBERS.get(span["n"].lower()) or int(span["n"])
        days = count * 7 if span["unit"].lower().startswith("week") else count
    rule = when.rrule
    if rule is None:
        if when.local_time is None:
            return when
        at = when.local_time
        rule = f"FREQ=DAILY;BYHOUR={at.hour};BYMINUTE={at.minute}"
    parts = [p for p in rule.split(";") if not p.startswith(("UNTIL", "COUNT", "BYYEARDAY"))]
    zone = ZoneInfo(tz)
    last = when.first.astimezone(zone).date() + timedelta(days=days - 1)
    until = f"UNTIL={last:%Y%m%d}T235959"
    return replace(when, rrule=";".join([*parts, until]), text=text.strip())


# A span of hours ("9-5", "from 9am to 5pm", "9 till 5") with nothing of how often ("at 10 to
# 5" is a time).
_HOURS_ONLY = re.compile(
    r"(?<![\d/.-])(?<!at )(?<!@)(?<!@ )(?:from |between )?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*"
    r"(?:-|–|to|till|til|until)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?(?![\d/.-])"
)
_HOW_OFTEN = re.compile(
    r"\b(?:every|each|hourly|daily|nightly|weekly|hours?|hrs?|mins?|minutes?)\b"
)


def _parse_when(
    text: str, tz: str, now: datetime, quiet: tuple[time, time] | None = None
) -> When | None:
    """Resolve a reminder time or recurrence, as `parse_when` does, without a span."""
    from recurrent.event_parser import RecurringEvent

    if not text or not (_TIME_HINT.search(text.lower()) or _DAY_RANGE.search(text.lower())):
        return None
    if _no_such_clock(text.lower()):  # "tomorrow at 25:00" is no time, not 9am tomorrow
        return None
    dated = _numeric_dates(text.lower(), date_order(tz))
    if _HOURS_ONLY.search(dated) and not _HOW_OFTEN.search(dated):
        # "9-5", "from 9 to 5 on weekdays": hours to be in, not a time to remind (nor the 5th
        # of September, nor every 5th week)
        return None
    if _fewer_times_than_asked(text.lower()):
        # "3 times a day": how often, not when (the 3 is no 3pm, nor 9am once); "twice a day
        # at 8am": one time of two, so both are asked for rather than 8am alone set
        return None
    zone = ZoneInfo(tz)
    aware_now = now if now.tzinfo else now.replace(tzinfo=UTC)
    local_now = aware_now.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
    later = _later_today(text.lower(), local_now)
    if later is not None:  # "this evening" said at 7pm: later this evening
        return When(_to_utc(later, zone), None, None, text.strip())
    windowed = _hours_in_window(text.lower())
    if windowed is not None:  # "every hour between 9 and 5": those hours, every day
        following = rrulestr(windowed, dtstart=local_now).after(local_now, inc=False)
        return When(_to_utc(following, zone), windowed, None, text.strip()) if following else None
    low, clock, explicit = _rewrite(text, date_order(tz))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # parsedatetime's own deprecation notice
        try:
            result = RecurringEvent(now_date=local_now).parse(low)
        except (TypeError, ValueError):  # recurrent trips over some "from X to Y" phrases
            result = None
    on_date = _on_date(low)
    recurs = on_date is None or _RECURS.search(low)  # "once, on tue 3rd of mar": not weekly
    if isinstance(result, str) and result.startswith("RRULE") and recurs:
        clock = _daytime(clock, explicit) if clock else _default_time(low)
        rule = _normalise_rrule(result, clock)
        if "FREQ=HOURLY" in rule or "FREQ=MINUTELY" in rule:
            clock = None
        occurrences = rrulestr(rule, dtstart=local_now)
        first = occurrences.after(local_now, inc=False)
        if first is None:
            return None
        return When(_to_utc(first, zone), rule, clock, text.strip())
    if on_date is not None:  # "on the 15th", "on the 31st of february" (no such day: None)
        at = _daytime(clock, explicit) if clock is not None else _default_time(low)
        on_day = _next_on_date(local_now, on_date, at)
        if on_day is None:
            return None
        return When(_to_utc(on_day, zone), None, at if clock is not None else None, text.strip())
    when: datetime | None = result if isinstance(result, datetime) else None
    if _DATE_WORDS.search(low) and not re.search(r"\bin \d+ (min|hour)", low):
        when = _dateparse(low, local_now) or when
    relative = re.search(r"\bin \d+ (minutes?|mins?|hours?|hrs?)\b", low)
    ahead = _day_ahead(low, local_now.date())
    if ahead is not None and not relative:  # "in 2 days at 5pm", "in a week", "in a month"
        at = _daytime(clock, explicit) if clock is not None else _default_time(low)
        when = datetime.combine(ahead, at)
        return When(_to_utc(when, zone), None, at if clock is not None else None, text.strip())
    if when is None and clock is None:
        return None
    if clock is not None and not relative:
        if _DAY_WORDS.search(low) or _DATE_WORDS.search(low):
            day = (when or local_now).date()
            if re.search(r"\btomorrow\b", low):  # the parser can drift to the real today
                day = _tomorrow(local_now)
            elif re.search(r"\b(today|tonight)\b", low):
                day = local_now.date()
            clock = _daytime(clock, explicit)
            when = datetime.combine(day, clock)
            if when <= local_now:
                when += timedelta(days=1)
        else:
            when = _next_clock(local_now, clock, explicit, quiet)
    elif when is not None and not relative and when.time() == local_now.time():
        when = datetime.combine(when.date(), _default_time(low))
    if (
        when is not None
        and re.search(r"\btomorrow\b", low)
        and when.date() == local_now.date() + timedelta(days=1)
        and _tomorrow(local_now) == local_now.date()
        and when - timedelta(days=1) > local_now
    ):  # "tomorrow" said at 00:30: the coming morning
        when -= timedelta(days=1)
    if when is None or when <= local_now:
        return None
    local_time = when.time() if clock is not None else None
    return When(_to_utc(when, zone), None, local_time, text.strip())


# A part of today named with no clock time, and when it starts (the hour it stands for) and
# ends; "this evening" said after its hour is later this evening, not tomorrow's or none.
_TODAY_PART = re.compile(r"\b(?:this|today) (morning|afternoon|evening|night)\b|\b(tonight)\b")
_PART_HOURS = {
    "morning": (time(8), time(12)),
    "afternoon": (time(15), time(18)),
    "evening": (time(18), time(22)),
    "night": (time(21), time(22, 30)),  # not into the usual quiet hours
    "tonight": (time(21), time(22, 30)),
}


def _later_today(low: str, local_now: datetime) -> datetime | None:
    """The next half hour at least half an hour away when a part of today is named after
    its hour but before its end ("this evening" at 7pm: 7:30pm); None otherwise."""
    found = _TODAY_PART.search(low)
    if found is None or clock_match(low) is not None or _RECURS.search(low):
        return None
    start, end = _PART_HOURS[found.group(1) or found.group(2)]
    if not start <= local_now.time() < end:
        return None
    soon = local_now + timedelta(minutes=30)
    later = soon.replace(minute=0) + timedelta(minutes=30 if soon.minute <= 30 else 60)
    if soon.minute == 0:
        later = soon
    return later if later.time() <= end and later.date() == local_now.date() else None


_EVERY_FEW_HOURS = re.compile(
    r"\b(?:hourly|every (?:(\d{1,2}|an?|one|two|three|four) )?(?:hours?|hrs?))\b"
)
_WINDOW = re.compile(
    r"\b(?:between|from) (\d{1,2})(?:[:.]00)?\s*(am|pm)? (?:and|to|till|until|-|–) "
    r"(\d{1,2})(?:[:.]00)?\s*(am|pm)?\b"
)

# The hours straight after how often, with no "between": "every 2 hours 9 to 5", "hourly 9-5".
_WINDOW_AFTER = re.compile(
    r"\s+(\d{1,2})(?:[:.]00)?\s*(am|pm)?\s*(?:to|till|until|-|–)\s*(\d{1,2})(?:[:.]00)?\s*(am|pm)?\b"
)


def _hours_in_window(low: str) -> str | None:
    """ "every hour between 9 and 5" -> "FREQ=DAILY;BYHOUR=9,10,...,17;BYMINUTE=0" (every two
    hours: 9, 11, ... 17; on weekdays: those days); None when no such window is said."""
    every = _EVERY_FEW_HOURS.search(low)
    if every is None:
        return None
    window = _WINDOW.search(low) or _WINDOW_AFTER.match(low, every.end())
    if window is None:
        return None
    count = every.group(1) or "1"
    step = int(count) if count.isdigit() else _NUMBER_WORDS.get(count, 1)
    first, last = (_window_hour(window.group(k), window.group(k + 1)) for k in (1, 3))
    if first is None or last is None or step < 1:
        return None
    if not window.group(2) and first < 7:
        first += 12  # "between 2 and 6": the afternoon
    if last <= first and not window.group(4) and last + 12 <= 23:
        last += 12  # "between 9 and 5": until 5pm
    if last <= first:
        return None
    hours = ",".join(str(h) for h in range(first, last + 1, step))
    days = ""
    if re.search(r"\bweekdays?\b", low):
        days = ";BYDAY=MO,TU,WE,TH,FR"
    elif re.search(r"\bweekends?\b", low):
        days = ";BYDAY=SA,SU"
    return f"FREQ={'WEEKLY' if days else 'DAILY'}{days};BYHOUR={hours};BYMINUTE=0"


def _window_hour(hour: str, suffix: str | None) -> int | None:
    value = int(hour)
    if suffix:
        return value % 12 + (12 if suffix == "pm" else 0) if 1 <= value <= 12 else None
    return value if value <= 23 else None


# "25:00", "7:60am", "13pm": a clock time no day has.
_CLOCK_SAID = re.compile(
    # ("8 30pm" is half past 8, not a 30 o'clock)
    r"(?<![\d.:£$€])(\d{1,2}):(\d{2})(?!\d)|(?<![\d.:£$€])(?<!\d )(\d{1,2})\s*[ap]\.?m\b"
)


def _no_such_clock(low: str) -> bool:
    for found in _CLOCK_SAID.finditer(low):
        if found.group(1) is not None:
            hour, minute = int(found.group(1)), int(found.group(2))
            if minute > 59 or hour > 24 or (hour == 24 and minute > 0):
                return True
        elif int(found.group(3)) > 12:
            return True
    return False


def _day_ahead(low: str, today: date) -> date | None:
    """The day "in 2 days", "in a week", "in a fortnight", "in a month" or "the day after
    tomorrow" puts it on, or None. A month ahead of the 31st is the month's last day."""
    found = _DAYS_AHEAD.search(low)
    if found is None:
        return None
    if found.group(3):
        return today + timedelta(days=2)
    count, unit = found.group(1), found.group(2)
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    if unit.startswith("month"):
        return today + relativedelta(months=number)
    days = {"d": 1, "w": 7, "f": 14}[unit[0]]
    return today + timedelta(days=number * days)


def _on_date(low: str) -> tuple[int, int | None, int | None, bool] | None:
    """(day, month, year, next month) of a date said by its day of the month: "on the 15th",
    "15th of march 2027", "on the 3rd of next month"; None when no such date is said."""
    found = _ON_DATE.search(low)
    if found is not None:
        year = int(found.group(3)) if found.group(3) else None
        return int(found.group(1)), _MONTHS.index(found.group(2)[:3]) + 1, year, False
    found = _ON_DAY.search(low)
    if found is None:
        return None
    return int(found.group(1)), None, None, bool(re.search(r"\bnext month\b", low))


def _next_on_date(
    local_now: datetime, on_date: tuple[int, int | None, int | None, bool], at: time
) -> datetime | None:
    """The first such day at `at` after now: the 15th this month if still ahead, else next
    month's; "15th of march" this year or next; None for a day no month has (31st of
    february, 32nd) or a date already past."""
    day, month, year, next_month = on_date
    if month is None:
        start = date(local_now.year, local_now.month, 1) + relativedelta(months=int(next_month))
        months = (start + relativedelta(months=k) for k in range(14))
        candidates = [(m.year, m.month) for m in months]
    elif year is not None:
        candidates = [(year, month)]
    else:
        candidates = [(local_now.year + k, month) for k in range(9)]  # 29th feb: a leap year
    for y, m in candidates:
        if 1 <= day <= calendar.monthrange(y, m)[1]:
            when = datetime.combine(date(y, m, day), at)
            if when > local_now:
                return when
    return None


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
