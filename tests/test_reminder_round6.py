"""Reminders, sixth round: a reminder asked for as a thing ("i need a poke at 9 to call my
sister") is for the task, not for the asking; "remind me at 9 pls" names no task; a change or
cancel names a reminder by what it is for in other words ("my meds one" for the tablets) and
never by a word like "about"; "twice a day" keeps count of the times told."""

from __future__ import annotations

import pytest

from bot.actions.reminders import cancels_one_named, label_of, matches, times_a_day


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("i need a poke at 9 to call my sister", "call your sister"),
        ("give me a shout at 6 to stretch", "stretch"),
        ("i could do with a quick buzz tmrw at 8 to take the bins out", "take the bins out"),
        ("give me a heads up at 5 about the meeting", "about the meeting"),
    ],
)
def test_a_reminder_asked_for_as_a_thing_is_for_the_task(said: str, label: str) -> None:
    assert label_of(said) == label


@pytest.mark.parametrize(
    "said",
    ["remind me at 9 pls", "ping me at 9 please", "remind me tmrw pls", "remind me at 9 thanks"],
)
def test_thanks_after_the_time_is_no_task(said: str) -> None:
    assert label_of(said) == ""


def _custom(label: str) -> dict[str, object]:
    return {"id": 1, "kind": "custom", "label": label}


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("take your tablets", "move my meds one to 9"),
        ("take your pills", "cancel the medication reminder"),
        ("call your mom", "cancel the mum one"),
        ("drink water", "scrap the water one"),
    ],
)
def test_a_reminder_is_named_in_other_words(label: str, said: str) -> None:
    assert matches(_custom(label), said)


@pytest.mark.parametrize(
    ("label", "said"),
    [
        ("about your gp appointment", "stop reminding me about water"),
        ("that you are doing your best", "cancel the one that goes off at 8"),
        ("take your meds", "cancel the dentist one"),
    ],
)
def test_only_words_that_name_something_match(label: str, said: str) -> None:
    assert not matches(_custom(label), said)


@pytest.mark.parametrize(
    ("said", "cancels"),
    [
        ("scrap the water one", True),
        ("bin the gym reminder", True),
        ("get rid of the water one pls", True),
        ("ditch my meds one", True),
        ("scrap the dentist one", False),  # none about the dentist
        ("i drank loads of water today", False),
    ],
)
def test_a_loose_cancel_names_one_of_theirs(said: str, cancels: bool) -> None:
    theirs = [
        {"id": 1, "kind": "custom", "label": "drink water"},
        {"id": 2, "kind": "custom", "label": "go to the gym"},
        {"id": 3, "kind": "custom", "label": "take your tablets"},
    ]
    assert cancels_one_named(said, theirs) is cancels


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("remind me twice a day to take my meds", 2),
        ("3 times a day to drink water", 3),
        ("remind me 2x a day", 2),
        ("remind me every day at 8", 0),
    ],
)
def test_times_a_day_are_counted(said: str, wanted: int) -> None:
    assert times_a_day(said) == wanted


def test_2x_a_day_is_not_part_of_the_task() -> None:
    assert label_of("remind me 2x a day to take my tablets") == "take your tablets"


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("i keep forgetting to eat lunch can you remind me at 1 every day", "eat lunch"),
        ("i always forget my meds, remind me at 8", "about your meds"),
        ("Remind me every weekday at 7am to take my meds 💊", "take your meds"),
        ("remind me to drink water 💧💧 every 2 hours", "drink water"),
        ("remind me to call mum ❤️", "call mum"),
        ("remind me to pay £5 to bob", "pay £5 to bob"),
    ],
)
def test_what_for_is_kept_in_their_words(said: str, label: str) -> None:
    assert label_of(said) == label


@pytest.mark.parametrize(
    ("said", "put_off"),
    [
        ("can't rn", True),
        ("busy atm", True),
        ("im at work", True),
        ("ugh not now", True),
        ("nah not now", True),
        ("i cant right now, my mum is ill", False),  # more to hear than "later"
        ("i can't do this anymore", False),
        ("no", False),
    ],
)
def test_put_off_in_loose_words(said: str, put_off: bool) -> None:
    from bot.followups import SNOOZE

    assert bool(SNOOZE.search(said)) is put_off
