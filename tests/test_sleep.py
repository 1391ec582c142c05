"""Sleep diary answers: reading a time of night from a short text, how long they slept,
checking the night, and what the diary shows for the week."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import DOMAIN
from bot.actions.sleep import (
    SLEEP_HISTORY,
    ActionSleepSummary,
    ActionSubmitSleep,
    ValidateSleepForm,
    latency_answer,
    night_told,
)
from bot.sleep import (
    asks_something,
    asleep_told,
    clock_answer,
    night_check,
    night_figures,
    quiet_bound_from,
    quiet_hours_from,
    sleep_summary,
    sleepless,
)


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        ("11", "bed", "23:00"),
        ("11pm", "bed", "23:00"),
        ("half 11", "bed", "23:30"),
        ("around midnight", "bed", "00:00"),
        ("1:30am", "bed", "01:30"),
        ("7", "wake", "07:00"),
        ("6.45", "wake", "06:45"),
        ("went to bed at 11 but woke up at 3", "bed", "23:00"),
        ("went to bed at 11, up at 7", "wake", "07:00"),
        ("fell asleep at 2, alarm at 6:30", "wake", "06:30"),
        # Only the other end of the night: ask again rather than guess.
        ("i keep waking up at 3am", "bed", None),
        ("woke at 4", "bed", None),
        ("went to bed at 11", "wake", None),
        ("no idea", "bed", None),
        ("like 4 hours maybe", "bed", None),  # how long, not when
        ("4h", "bed", None),
        ("about 1am after 2 hours of scrolling", "bed", "01:00"),
    ],
)
def test_clock_answer(text: str, role: str, expected: str | None) -> None:
    assert clock_answer(text, role) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("quiet hours 11pm to 6am", ("23:00", "06:00")),
        ("quiet hours 23:00-07:00", ("23:00", "07:00")),
        ("set my quiet hours from 10 till 7", ("22:00", "07:00")),
        ("quiet hours off", ("00:00", "00:00")),
        ("no quiet hours please", ("00:00", "00:00")),
        ("what are my quiet hours", None),
        ("quiet hours 7am to 7am", None),
    ],
)
def test_quiet_hours_from(text: str, expected: tuple[str, str] | None) -> None:
    assert quiet_hours_from(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dont text me before 10am", ("end", "10:00")),
        ("please don't message me before 9 thanks", ("end", "09:00")),
        ("no messages after 9pm", ("start", "21:00")),
        ("nothing past 10 please", ("start", "22:00")),
        ("don't remind me after 11:30pm", ("start", "23:30")),
        ("don't text me", None),
    ],
)
def test_quiet_bound_from(text: str, expected: tuple[str, str] | None) -> None:
    assert quiet_bound_from(text) == expected


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "went to bed at 11:30, woke up at 6:45, slept like crap",
            {"bed_time": "23:30", "wake_time": "06:45", "quality": 1},
        ),
        ("log sleep: bed 2am wake 10am", {"bed_time": "02:00", "wake_time": "10:00"}),
        ("bed at 11 up at 7", {"bed_time": "23:00", "wake_time": "07:00"}),
        ("i went to bed at 11pm", {"bed_time": "23:00"}),
        ("went to bed at 11pm and woke at 11:30pm", {"bed_time": "23:00"}),  # not a night
        ("i slept 4 hours last night", {"asleep": 240}),
        ("sleep diary", {}),
        (
            "bed at 11, up at 7, never fell asleep",
            {"bed_time": "23:00", "wake_time": "07:00", "asleep": 0},
        ),
        # over 12 hours in bed: kept aside to be confirmed, not taken
        ("went to bed at 7am, woke up at 11pm", {"bed_time": "07:00", "wake_check": "23:00"}),
        ("is 6 hours of sleep enough", {}),
    ],
)
def test_a_night_told_in_one_message(text: str, told: dict[str, object]) -> None:
    assert night_told(text) == told


@pytest.mark.parametrize(
    ("said", "role", "expected"),
    [
        ("half eleven", "bed", "23:30"),
        ("quarter to seven", "wake", "06:45"),
        ("quarter past twelve", "bed", "00:15"),
        ("eleven thirty", "bed", "23:30"),
        ("around eleven ish", "bed", "23:00"),
        ("seven", "wake", "07:00"),
        ("woke up like 5 times", "wake", None),
        ("about one hour", "bed", None),
    ],
)
def test_times_said_in_words(said: str, role: str, expected: str | None) -> None:
    assert clock_answer(said, role) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("i slept about 6 hours", 360),
        ("i slept 8 hours", 480),
        ("maybe 5 hours sleep", 300),
        ("i think i slept about 6 hours", 360),
        ("got 6 and a half hours", 390),
        ("slept 7h 30m", 450),
        ("5-6 hours of sleep", 330),
        ("six hours sleep", 360),
        ("barely slept 3 hours", 180),
        ("slept half an hour", 30),
        # a night without sleep
        ("never fell asleep", 0),
        ("didn't sleep at all", 0),
        ("i was awake all night", 0),
        ("no sleep", 0),
        ("i didnt sleep", 0),
        ("got no sleep", 0),
        ("couldn't sleep at all", 0),
        # how long it took, or how it went: not how long they slept
        ("took 2 hours to fall asleep", None),
        ("couldn't sleep for 2 hours", None),
        ("didn't fall asleep till 3", None),
        ("i fell asleep after 2 hours", None),
        ("lay awake for 2 hours", None),
        ("20 min", None),
        ("an hour", None),
        ("i didn't sleep well", None),
        ("slept badly", None),
        ("no sleep problems", None),
        ("awake most of the night", None),
        ("none", None),  # to "how long did it take": no time at all
        ("0", None),
        ("i got sleep eventually", None),
    ],
)
def test_how_long_they_slept(text: str, minutes: int | None) -> None:
    told = asleep_told(text)
    assert (told[0] if told else None) == minutes
    assert sleepless(text) is (minutes == 0)


def latency_tracker(text: str, **slots: Any) -> Tracker:
    """A literal tracker whose latest message is ``text``."""
    message = {"text": text, "intent": {"name": "sleep_help"}, "entities": []}
    return Tracker("t", slots, message, [], False, None, {"name": "sleep_form"}, None)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("20 mins", 20),
        ("an hour", 60),
        ("ages", 60),
        ("i slept about 6 hours", None),  # how long they slept, not how long it took
        ("never fell asleep", None),
        ("took an hour to fall asleep and slept 6 hours", 60),
    ],
)
def test_the_time_to_fall_asleep_is_not_the_time_asleep(text: str, minutes: int | None) -> None:
    assert latency_answer(latency_tracker(text)) == minutes


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what's 2+2", True),
        ("2+2", True),
        ("who won the match last night", True),
        ("why do you need to know", True),
        ("is 6 hours enough", True),
        ("did not sleep at all", False),
        ("how about 11", False),
        ("11pm?", False),
        ("when i went to bed about 11", False),
        ("can't remember, 11ish", False),
        ("7am", False),
        ("3/5", False),
    ],
)
def test_a_question_is_not_an_answer(text: str, asked: bool) -> None:
    assert asks_something(text) is asked


@pytest.mark.parametrize(
    ("bed", "wake", "check"),
    [
        ("23:00", "07:00", "ok"),
        ("01:00", "04:00", "ok"),  # 3 hours: short, but said often enough
        ("21:00", "09:00", "ok"),
        ("07:00", "23:00", "confirm"),  # 16 hours
        ("21:00", "09:30", "confirm"),
        ("04:00", "06:00", "confirm"),
        ("23:00", "22:30", "odd"),  # up before bed
        ("23:00", "23:30", "odd"),
        ("06:00", "23:00", "odd"),  # 17 hours
    ],
)
def test_night_check(bed: str, wake: str, check: str) -> None:
    assert night_check(bed, wake) == check


@pytest.mark.parametrize(
    ("bed", "wake", "latency", "asleep", "expected"),
    [
        ("23:00", "07:00", 20, None, (480, 460, 0.958)),
        ("23:00", "07:00", 0, 360, (480, 360, 0.75)),
        ("01:00", "09:00", 0, 480, (480, 480, 1.0)),
        ("23:00", "07:00", 480, 0, (480, 0, 0.0)),  # a sleepless night
        ("23:00", "07:00", 30, 0, (480, 0, 0.0)),  # what they slept wins over the latency
        ("23:00", "07:00", 0, 490, (480, 480, 1.0)),  # rounded up past the night: capped
    ],
)
def test_night_figures(
    bed: str, wake: str, latency: int, asleep: int | None, expected: tuple[int, int, float]
) -> None:
    assert night_figures(bed, wake, latency, asleep) == expected


NIGHTS = [
    {"day": "2026-03-03", "bed_time": "00:00", "wake_time": "07:00", "efficiency": 0.714},
    {"day": "2026-03-02", "bed_time": "23:00", "wake_time": "07:00", "efficiency": 0.958},
    {"day": "2026-02-20", "bed_time": "22:00", "wake_time": "06:00", "efficiency": 0.5},
]


def test_sleep_summary_of_the_last_week() -> None:
    summary = sleep_summary(NIGHTS, "2026-03-03")
    assert (summary["count"], summary["efficiency"], summary["in_bed"]) == (2, 84, 450)
    assert [n["label"] for n in summary["nights"]] == ["Tue 3 Mar", "Mon 2 Mar"]
    assert summary["asleep"] == round((300 + 460) / 2)
    assert summary["logged_today"] and summary["last_day"] is None


@pytest.mark.parametrize(
    ("nights", "today", "last_day"),
    [(NIGHTS, "2026-03-20", "Tue 3 Mar"), ([], "2026-03-03", None)],
)
def test_sleep_summary_with_no_night_this_week(
    nights: list[dict[str, Any]], today: str, last_day: str | None
) -> None:
    summary = sleep_summary(nights, today)
    assert (summary["count"], summary["efficiency"], summary["last_day"]) == (0, None, last_day)
    assert not summary["logged_today"]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what's my sleep efficiency", True),
        ("how has my sleep been this week", True),
        ("what was my sleep like last week", True),
        ("show me my sleep diary", True),
        ("how did i sleep", True),
        ("how have i been sleeping lately", True),
        ("sleep diary", False),
        ("can i do my sleep diary", False),
        ("how can i improve my sleep efficiency", False),
        ("what can i do about my sleep", False),
        ("i want to track my sleep", False),
        ("my sleep has been awful", False),
    ],
)
def test_asking_what_the_diary_shows(text: str, asked: bool) -> None:
    assert (SLEEP_HISTORY.search(text) is not None) is asked


def run(action: Action, text: str, **slots: Any) -> tuple[list[str], dict[str, Any]]:
    """Run an action on a literal tracker: its texts and the slots it set."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, latency_tracker(text, **slots), DOMAIN))
    texts = [m["text"] for m in dispatcher.messages if m.get("text")]
    return texts, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


NIGHT = {"bed_time": "23:00", "wake_time": "07:00", "requested_slot": "latency"}


def test_time_asleep_told_to_the_latency_question_fills_it_with_the_time_awake() -> None:
    texts, slots = run(ValidateSleepForm(), "i slept about 6 hours", **NIGHT)
    assert (slots["latency"], slots["asleep"]) == (120, 360)
    assert texts == []


def test_a_sleepless_night_told_to_the_latency_question_is_met_kindly() -> None:
    texts, slots = run(ValidateSleepForm(), "never fell asleep", **NIGHT)
    assert (slots["latency"], slots["asleep"], slots["quality"]) == (480, 0, 1)
    assert texts == []  # not asked to rate it: the summary next says sorry, once


def test_an_unusual_night_is_confirmed_with_yes() -> None:
    asked = {"bed_time": "07:00", "requested_slot": "wake_time"}
    texts, slots = run(ValidateSleepForm(), "11pm", **asked)
    assert slots["wake_time"] is None and slots["wake_check"] == "23:00"
    assert "Just to check" in texts[0]
    texts, slots = run(ValidateSleepForm(), "yes", **asked, wake_check="23:00")
    assert (slots["wake_time"], slots["wake_check"], texts) == ("23:00", None, [])


def test_the_submitted_night_uses_the_time_asleep() -> None:
    night = {**NIGHT, "latency": 480, "quality": 1, "asleep": 0, "now": "2026-03-02T09:00:00"}
    dispatcher = CollectingDispatcher()
    tracker = latency_tracker("1", **night)
    asyncio.run(ActionSubmitSleep().run(dispatcher, tracker, DOMAIN))
    [saved] = [m["custom"] for m in dispatcher.messages if m.get("custom")]
    assert (saved["efficiency"], saved["latency"]) == (0.0, 480)
    done = dispatcher.messages[1]["text"]
    assert "no sleep" in done and "good sign" not in done


@pytest.mark.parametrize(
    ("recent", "expected", "offered"),
    [
        (NIGHTS[:2], "2 nights logged", False),
        (NIGHTS[1:2], "1 night logged", True),
        ([], "haven't logged any nights", True),
        (None, "can't look back", True),  # served to a Rasa that does not derive the nights
    ],
)
def test_sleep_summary_action(
    recent: list[dict[str, Any]] | None, expected: str, offered: bool
) -> None:
    slots = {"recent_sleep": recent, "today": "2026-03-03", "now": "2026-03-03T09:00:00+00:00"}
    texts, set_slots = run(ActionSleepSummary(), "what's my sleep efficiency", **slots)
    assert expected in texts[0]
    assert (set_slots.get("offer") == "sleep_diary") is offered
