"""Reminders as people text them, third round: what follows "that" kept whole, a bare hour kept
out of quiet hours, short day names, typed delays, times of day in words, changes said in plain
words ("make it weekdays only", "dont remind me on weekends") and what a reminder is for."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.common import EFFECT_KEY
from bot.actions.reminders import (
    ActionCancelReminder,
    correction,
    kind_of,
    label_of,
    second_reminder,
    split_requests,
)
from nlu import parse_when
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

LONDON = "Europe/London"
MONDAY_6PM = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
QUIET = (time(23, 0), time(7, 0))


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remind me at 8pm that im doing this for my kids", "that you're doing this for your kids"),
        (
            "remind me tomorrow at 9 that i am stronger than i think",
            "that you are stronger than you think",
        ),
        ("remind me every morning that it gets better", "that it gets better"),
        ("remind me that this too shall pass every morning", "that this too shall pass"),
        ("remind me that today is a new day every morning at 8", "that today is a new day"),
        ("remind me that i was brave today at 9pm", "that you were brave"),
        ("remind me that it was worth it at 9pm", "that it was worth it"),
        ("remind me tonight that i need to pack", "that you need to pack"),
    ],
)
def test_what_follows_that_is_kept_and_said_back_to_them(said: str, label: str) -> None:
    assert label_of(said) == label


def _local(said: str, quiet: tuple[time, time] | None = None, tz: str = LONDON) -> str:
    when = parse_when(said, tz, MONDAY_6PM, quiet=quiet)
    assert when is not None
    return f"{when.first.astimezone(ZoneInfo(tz)):%a %H:%M}"


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("remind me at 11 to call mum", "Tue 11:00"),  # 11pm would wait until 7am
        ("remind me at 11:30 to call mum", "Tue 11:30"),
        ("11", "Tue 11:00"),
        ("remind me at 10 to call mum", "Mon 22:00"),  # before quiet hours: tonight
        ("remind me at 11pm to call mum", "Mon 23:00"),  # said so: kept
        ("remind me tonight at 11 to call mum", "Mon 23:00"),
        ("remind me every day at 11 to call mum", "Tue 11:00"),
    ],
)
def test_a_bare_hour_in_quiet_hours_is_the_other_half_of_the_day(said: str, due: str) -> None:
    assert _local(said, QUIET) == due


def test_a_bare_hour_is_unchanged_without_quiet_hours() -> None:
    assert _local("remind me at 11 to call mum") == "Mon 23:00"
    assert _local("remind me at 10 to call mum", (time(22, 0), time(8, 0))) == "Tue 10:00"


def test_at_11_said_at_six_is_11am_said_so_and_11pm_moves_it_to_tonight(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    said = someone.say("remind me at 11 to call mum")
    assert "Tue 3 Mar at 11:00am" in said
    assert "11pm is in your quiet hours" in said and 'send "11pm"' in said
    assert "Mon 2 Mar at 11:00pm" in someone.say("11pm")


def test_a_task_for_bedtime_at_11_stays_at_night(someone: TestBot) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    said = someone.say("remind me to kill the lights at 11")
    assert "Mon 2 Mar at 11:00pm" in said and "quiet hours" not in said


def test_what_follows_that_is_what_they_hear(someone: TestBot) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    said = someone.say("remind me at 8pm that im doing this for my kids")
    assert "that you're doing this for your kids" in said
    assert someone.tick(hours=2, minutes=1) == ["Reminder: you're doing this for your kids"]


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("remind me on weds at 7pm to put the bins out", "Wed 19:00"),
        ("remind me thurs at 6 to go to yoga", "Thu 18:00"),
        ("remind me on thur at 6 to go to yoga", "Thu 18:00"),
        ("remind me at 7.30 tomoro to go gym", "Tue 07:30"),
        ("remind me in 2 hrs to check the oven", "Mon 20:00"),
        ("remind me in 2hrs to check the oven", "Mon 20:00"),
        ("remind me in 10 to take the washing out", "Mon 18:10"),
        ("remind me in a couple of hours to eat", "Mon 20:00"),
        ("remind me in a few mins to eat", "Mon 18:05"),
        ("remind me @ 9 to call the council", "Mon 21:00"),
        ("remind me first thing tomorrow to call the gp", "Tue 08:00"),
        ("remind me before bed to take my tablets", "Mon 21:00"),
        ("remind me at quarter to 7 to leave", "Mon 18:45"),
        ("remind me at 10 to 7 to leave", "Mon 18:50"),
        ("remind me at twenty past 8 to leave", "Mon 20:20"),
        ("remind me this weekend to call grandma", "Sat 09:00"),
        ("remind me next week to book the mot", "Mon 09:00"),
        ("remind me on tuesday next week to call the bank", "Tue 09:00"),
        ("remind me at lunchtime to take a break", "Tue 12:00"),
        ("remind me to call the gp in 10 to 15 minutes", "Mon 18:15"),
        ("remind me to ask about the weekend rota at 3pm", "Tue 15:00"),
        ("remind me on wed to call", "Wed 09:00"),
        ("remind me on mon to call", "Mon 09:00"),
        ("remind me friday week to call", "Fri 09:00"),
        ("remind me tonite at 9 to pack", "Mon 21:00"),
        ("remind me at 5ish to call", "Tue 17:00"),
        ("remind me tmrw am to run", "Tue 08:00"),
        ("remind me tmrw pm to run", "Tue 15:00"),
        ("remind me tomorrow morning at 5 to run", "Tue 05:00"),  # not 5pm
        ("remind me 5:30 tmrw morning to run", "Tue 05:30"),
    ],
)
def test_times_as_people_type_them(said: str, due: str) -> None:
    assert _local(said) == due


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        ("remind me every thurs to go to yoga", "FREQ=WEEKLY;BYDAY=TH;BYHOUR=9;BYMINUTE=0"),
        ("remind me fortnightly to pay the cleaner", "FREQ=WEEKLY;INTERVAL=2;BYHOUR=9;BYMINUTE=0"),
        ("remind me hourly to drink water", "FREQ=HOURLY"),
        ("remind me every arvo at 4 to go for a walk", "FREQ=DAILY;BYHOUR=16;BYMINUTE=0"),
        ("remind me in the afternoons to walk", "FREQ=DAILY;BYHOUR=15;BYMINUTE=0"),
        ("change it to mornings", "FREQ=DAILY;BYHOUR=8;BYMINUTE=0"),
        (
            "remind me weekday mornings at 7 to run",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0",
        ),
        ("remind me every night before bed to take my tablets", "FREQ=DAILY;BYHOUR=21;BYMINUTE=0"),
        ("remind me every nite at 10 to read", "FREQ=DAILY;BYHOUR=22;BYMINUTE=0"),
        ("remind me every morning at 6 to run", "FREQ=DAILY;BYHOUR=6;BYMINUTE=0"),
        (
            "remind me every day except sunday to run",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;BYHOUR=9;BYMINUTE=0",
        ),
        (
            "remind me every morning except weekends to run",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8;BYMINUTE=0",
        ),
        # words that begin like a day are not one
        ("remind me every day to go to the wedding", "FREQ=DAILY;BYHOUR=9;BYMINUTE=0"),
        ("remind me every week to clean the fridge", "FREQ=WEEKLY;BYHOUR=9;BYMINUTE=0"),
        ("remind me every week to buy sunflower seeds", "FREQ=WEEKLY;BYHOUR=9;BYMINUTE=0"),
        # a day of the month
        (
            "remind me every month on the 3rd to pay rent",
            "FREQ=MONTHLY;BYMONTHDAY=3;BYHOUR=9;BYMINUTE=0",
        ),
    ],
)
def test_how_often_as_people_type_it(said: str, rule: str) -> None:
    when = parse_when(said, LONDON, MONDAY_6PM)
    assert when is not None and when.rrule == rule


@pytest.mark.parametrize(
    "said",
    [
        "remind me to book next week's train at 5",
        "remind me to sort the mornings routine at 4pm",
        "remind me to pay for next month's rent tomorrow",
    ],
)
def test_time_words_that_name_a_thing_make_no_repeat(said: str) -> None:
    when = parse_when(said, LONDON, MONDAY_6PM)
    assert when is not None and when.rrule is None


def test_next_month_is_its_first_day() -> None:
    assert _local("remind me next month to renew") == "Wed 09:00"  # 1 April


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remind me to finish this tomorrow", "finish this"),
        ("remind me to send this email at 5", "send this email"),
        ("remind me to do this next week", "do this"),
        ("remind me @ 9 to call the council", "call the council"),
        ("remind me first thing tomorrow to call the gp", "call the gp"),
        ("remind me to call the gp first thing tomorrow", "call the gp"),
        ("remind me before bed to take my tablets", "take your tablets"),
        ("remind me at quarter to 7 to leave", "leave"),
        ("remind me at 10 to 7 to leave", "leave"),
        ("remind me later to call back", "call back"),
        ("remind me after work to go for a run", "go for a run"),
        ("remind me at lunch to take a break", "take a break"),
        ("remind me the 3rd to pay rent", "pay rent"),
        ("remind me 9am tmrw call council", "call council"),
        ("set reminder 7am gym", "about gym"),
        ("remind me mon-fri 7am take meds", "take meds"),
        ("remind me around 5 to call", "call"),
        ("remind me sometime tomorrow to call the bank", "call the bank"),
        ("remind me evry day 8am to walk", "walk"),
        ("remind me 5:30 tmrw morning to run", "run"),
        ("remind me 2nite at 9 to pack", "pack"),
        ("remind me in one hour to stretch", "stretch"),
        ("remind me in twenty minutes to stretch", "stretch"),
        ("remind me to book next week's train at 5", "book next week's train"),
        ("remind me to ask about the weekend rota at 3pm", "ask about the weekend rota"),
        (
            "remind me to tell my boss about today's meeting at 5",
            "tell your boss about today's meeting",
        ),
    ],
)
def test_what_it_is_for_as_people_type_it(said: str, label: str) -> None:
    assert label_of(said) == label


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("remind me to take the bins out before bed", "custom"),
        ("remind me every night before bed to brush my teeth", "custom"),
        ("remind me to check in on my mum tomorrow", "custom"),
        ("remind me to check in with my sister at 5", "custom"),
        ("remind me to get the bed sheets washed", "custom"),
        ("remind me to change my bedding", "custom"),
        ("remind me to go to bed at 10", "sleep"),
        ("remind me at 10 to get ready for bed", "sleep"),
        ("set a bedtime reminder for 10pm", "sleep"),
        ("remind me to check in every day at 9pm", "checkin"),
        ("remind me to do my breathing at 3", "breathing"),
    ],
)
def test_what_kind_of_reminder_comes_from_what_it_is_for(said: str, kind: str) -> None:
    assert kind_of(said) == kind


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        ("can you do it at 10 instead", ("10", "")),
        ("10 instead", ("10", "")),
        ("can you make that every weekday instead", ("every weekday", "")),
        ("do it tomorrow instead pls", ("tomorrow", "")),
        ("i ate pasta instead", None),
        ("call dad instead", None),
        ("can we do breathing instead", None),
    ],
)
def test_a_time_said_instead_is_a_correction(said: str, fixed: tuple[str, str] | None) -> None:
    assert correction(said) == fixed


def test_three_reminders_in_one_message_are_each_found() -> None:
    said = "remind me at 8am to take meds, at 1pm to eat lunch and at 10pm to go to bed"
    first, rest = split_requests(said)
    assert label_of(first) == "take meds"
    second, third = split_requests(second_reminder(rest))
    assert second == "remind me at 1pm to eat lunch"
    assert second_reminder(third) == "remind me at 10pm to go to bed"


def _cancel(text: str, reminders: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[str]]:
    message = {"text": text, "intent": {"name": "cancel_reminder"}, "entities": []}
    slots = {"now": MONDAY_6PM.isoformat(), "timezone": LONDON, "reminders": reminders}
    tracker = Tracker("t", slots, message, [], False, None, {}, None)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionCancelReminder().run(dispatcher, tracker, {}))
    custom = [m["custom"] for m in dispatcher.messages if EFFECT_KEY in (m.get("custom") or {})]
    texts = [str(m["text"]) for m in dispatcher.messages if m.get("text")]
    return custom, texts


JOURNAL = {
    "id": 1,
    "kind": "custom",
    "label": "journal",
    "local_time": "20:00",
    "rrule": "FREQ=DAILY",
    "description": "to journal every day at 8:00pm",
}
WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
STRETCH = {
    "id": 2,
    "kind": "custom",
    "label": "stretch",
    "local_time": "09:00",
    "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA",
    "description": "to stretch every Monday, ... at 9:00am",
}


@pytest.mark.parametrize(
    "said", ["make it weekdays only", "can you make that every weekday instead"]
)
def test_a_change_read_as_a_cancel_changes_it_and_keeps_its_time(said: str) -> None:
    effects, _ = _cancel(said, [JOURNAL])
    assert [e[EFFECT_KEY] for e in effects] == ["reschedule_reminder"]
    assert effects[0]["local_time"] == "20:00"
    assert effects[0]["rrule"] == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"


@pytest.mark.parametrize(
    ("said", "rules"),
    [
        ("dont remind me on weekends", {1: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", 2: WEEKDAYS}),
        ("no reminders at the weekend please", {1: WEEKDAYS, 2: WEEKDAYS}),
        ("not on sundays or saturdays", {1: WEEKDAYS, 2: WEEKDAYS}),
        ("i dont want the journal one on fridays", {1: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,SA,SU"}),
        ("skip mondays for the stretch reminder", {2: "FREQ=WEEKLY;BYDAY=TU,WE,TH,FR,SA"}),
    ],
)
def test_days_left_out_keep_the_reminder(said: str, rules: dict[int, str]) -> None:
    effects, _ = _cancel(said, [JOURNAL, STRETCH])
    assert all(e[EFFECT_KEY] == "reschedule_reminder" for e in effects)
    assert {e["id"]: e["rrule"] for e in effects} == rules
    assert all(e["local_time"] in ("20:00", "09:00") for e in effects)


def test_no_more_reminders_cancels_them_all() -> None:
    effects, _ = _cancel("no more reminders pls", [JOURNAL, STRETCH])
    assert [(e[EFFECT_KEY], e["id"]) for e in effects] == [
        ("cancel_reminder", 1),
        ("cancel_reminder", 2),
    ]


def test_a_break_from_reminders_is_still_a_pause() -> None:
    effects, _ = _cancel("no reminders for a week", [JOURNAL])
    assert [e[EFFECT_KEY] for e in effects] == ["pause_reminders"]


@pytest.mark.parametrize(
    "said", ["cancel the one on sundays", "no not the one on sunday", "dont remind me tomorrow"]
)
def test_a_reminder_picked_by_its_day_is_not_days_left_out(said: str) -> None:
    effects, _ = _cancel(said, [JOURNAL, STRETCH])
    assert all(e[EFFECT_KEY] != "reschedule_reminder" for e in effects)


def test_delete_and_a_number_deletes_that_reminder_not_all_their_data(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me every sunday evening to plan my week")
    someone.say("remind me every weekday at 7:30 to take my meds")
    said = someone.say("delete number 2")
    assert "cancelled: to plan your week" in said and "erase" not in said
    assert "take your meds" in someone.say("what reminders do i have")


def test_a_journal_reminder_named_is_cancelled_not_a_journaling_tip(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me every day at 8pm to journal")
    someone.say("remind me every day at 9am to take my meds")
    someone.app.extensions["mindlink"].clock.advance(minutes=20)
    said = someone.say("get rid of the journal one")
    assert "cancelled: to journal" in said and "Journaling can really help" not in said


def test_remind_me_an_hour_earlier_moves_the_one_set(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me at 3 tomorrow to call the dentist")
    someone.app.extensions["mindlink"].clock.advance(minutes=20)
    said = someone.say("can you remind me an hour earlier")
    assert "call the dentist once, on Tue 3 Mar at 2:00pm" in said
    assert "1." in someone.say("what reminders do i have")
    assert "2." not in someone.say("what reminders do i have")


def test_a_bare_hour_for_a_reminder_with_no_time_is_in_waking_hours(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to call mum")
    someone.say("tomorrow")
    assert "on Tue 3 Mar at 6:00pm" in someone.say("6")


@pytest.mark.parametrize(
    ("said", "times"),
    [
        ("remind me to drink water at 10, 12, 2 and 4", ["10:00", "12:00", "14:00", "16:00"]),
        ("remind me every day at 10 and 2 to stretch", ["10:00", "14:00"]),
        ("remind me tomorrow at 7:30, 12:30 and 6:30 to eat", ["07:30", "12:30", "18:30"]),
        ("remind me at 8am and 8pm to take my meds", []),  # read as said, elsewhere
        ("remind me at 9 to take 2 and 4 tablets", []),
    ],
)
def test_a_list_of_bare_hours_runs_through_the_day(said: str, times: list[str]) -> None:
    from bot.actions.reminders import listed_times

    assert listed_times(said) == times


def test_every_day_at_10_and_2_is_daily_not_yearly() -> None:
    when = parse_when("remind me every day at 10 and 2 to stretch", LONDON, MONDAY_6PM)
    assert when is not None and when.rrule == "FREQ=DAILY;BYHOUR=10;BYMINUTE=0"


def test_water_at_10_12_2_and_4_sets_four_for_the_day(someone: TestBot) -> None:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = MONDAY_6PM
    someone.say("remind me to drink water at 10, 12, 2 and 4")
    listed = someone.say("what reminders do i have")
    for n, at in enumerate(("10:00am", "12:00pm", "2:00pm", "4:00pm"), start=1):
        assert f"{n}. to drink water once, on Tue 3 Mar at {at}" in listed


@pytest.mark.parametrize(
    ("said", "rule"),
    [
        (
            "remind me to drink water every hour between 9 and 5",
            "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16,17;BYMINUTE=0",
        ),
        (
            "remind me every 2 hours from 8am to 8pm on weekdays to stretch",
            "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=8,10,12,14,16,18,20;BYMINUTE=0",
        ),
        (
            "remind me every hour between 2 and 6 to move",
            "FREQ=DAILY;BYHOUR=14,15,16,17,18;BYMINUTE=0",
        ),
        ("remind me every hour to drink water", "FREQ=HOURLY"),
    ],
)
def test_every_hour_between_two_times_keeps_to_them(said: str, rule: str) -> None:
    when = parse_when(said, LONDON, MONDAY_6PM)
    assert when is not None and when.rrule == rule


def test_every_hour_between_two_times_is_said_so(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("remind me every 2 hours from 8am to 8pm on weekdays to stretch")
    assert "to stretch every 2 hours from 8am to 8pm on weekdays" in said
    assert "every hour from 9am to 5pm" in someone.say(
        "remind me to drink water every hour between 9 and 5"
    )
