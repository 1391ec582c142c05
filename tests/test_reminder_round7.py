"""Reminders, seventh round: "did it already x" is a reminder acted on; "scrap the water one"
is a cancel as routing reads it; "gym thanks" is about the gym; days left out are said back
("OK, not on Fridays"); several times for the same days read as one list; a repeating hour
said without am/pm offers the other half of the day."""

from __future__ import annotations

import pytest

from bot.actions.reminders import _other_reading, label_of
from bot.followups import ADD_ONE, ALSO_AT, BACK_ON, BACK_TO
from bot.routing import DONE_WORDS, REMINDER_CANCEL
from bot.text import render


@pytest.mark.parametrize(
    "said",
    ["did it already x", "did it already", "done it already xx", "done x", "took them xx",
     "yep did it already", "did it already, thanks x", "done thanks xx"],
)  # fmt: skip
def test_done_with_already_thanks_or_a_kiss(said: str) -> None:
    assert DONE_WORDS.match(said)


@pytest.mark.parametrize("said", ["done with this x", "took my life already", "x"])
def test_not_done_words(said: str) -> None:
    assert not DONE_WORDS.match(said)


@pytest.mark.parametrize(
    "said",
    ["scrap the water one", "bin the gym reminder", "ditch my meds one",
     "get rid of the stretch reminder", "get rid of this one", "do away with the water reminder"],
)  # fmt: skip
def test_loose_cancels_are_cancels(said: str) -> None:
    assert REMINDER_CANCEL.search(said)


@pytest.mark.parametrize(
    "said", ["i want to ditch this job", "bin that idea", "get rid of my anxiety", "scrap that"]
)
def test_loose_words_about_other_things_are_not(said: str) -> None:
    assert not REMINDER_CANCEL.search(said)


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remind me 7am gym thanks", "about gym"),
        ("remind me tmrw 9am dentist thank you", "about dentist"),
        ("remind me to stretch thanks", "stretch"),
        ("remind me to pray x at 9", "pray"),
        ("remind me to say thanks at 9", "say thanks"),
        ("remind me at 9 to send thanks", "send thanks"),
    ],
)
def test_thanks_after_one_word_is_a_sign_off_unless_thanking_is_the_task(
    said: str, label: str
) -> None:
    assert label_of(said) == label


def _daily(at: str) -> dict[str, object]:
    return {"rrule": "FREQ=DAILY", "local_time": at, "first": None}


@pytest.mark.parametrize(
    ("said", "at", "other"),
    [
        ("remind me at half 6 to take my meds every day", "18:30", {"hour": 6, "minute": 30}),
        ("remind me at 9 every day to take my meds", "09:00", {"hour": 21, "minute": 0}),
    ],
)
def test_a_repeating_bare_hour_offers_the_other_half(said: str, at: str, other: object) -> None:
    assert _other_reading(said, _daily(at)) == other


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("remind me at 6:30pm to take my meds every day", "18:30"),
        ("remind me at half 6 to take my morning meds every day", "06:30"),
        ("remind me at 18:30 every day", "18:30"),
        ("remind me at 12 every day to eat", "12:00"),
    ],
)
def test_a_plain_time_offers_nothing(said: str, at: str) -> None:
    assert _other_reading(said, _daily(at)) is None


def test_the_other_half_is_offered_in_the_confirmation() -> None:
    said = render(
        "reminder_created",
        description="to take your meds every day at 6:30pm",
        time_guessed=False,
        unnamed=False,
        day_after=None,
        other_half=None,
        other_reading={"hour": 6, "minute": 30},
        quiet=False,
    )
    assert 'If you meant 6:30am, just send "6:30am".' in said


def _when(**extra: object) -> dict[str, object]:
    return {"hour": 20, "minute": 0, "once": False, "freq": "WEEKLY", "interval": 1,
            "month_day": None, "hours": [], **extra}  # fmt: skip


def test_six_days_read_as_every_day_but_one() -> None:
    said = render("reminder_when", **_when(days=[0, 1, 2, 3, 5, 6]))
    assert said == "every day except Friday at 8:00pm"


def test_several_times_read_as_one_list() -> None:
    said = render(
        "reminder_when", **_when(freq="DAILY", days=[], clocks=[(9, 0), (13, 0), (18, 0)])
    )
    assert said == "every day at 9:00am, 1:00pm and 6:00pm"


def test_days_left_out_are_said_back() -> None:
    said = render("reminder_moved", description="to x", named=False, left_out=[4], quiet=False)
    assert said.startswith("OK, not on Fridays.")
    weekend = render(
        "reminder_moved", description="to x", named=False, left_out=[5, 6], quiet=False
    )
    assert weekend.startswith("OK, not on weekends.")


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remind my son to do his homework at 5pm", "remind your son to do his homework"),
        ("remind my husband about the bins tomorrow at 7", "remind your husband about the bins"),
        (
            "can you text my mum at 6 to remind her about her pills",
            "remind your mum about her pills",
        ),
        (
            "message my little brother tomorrow at 8 to remind him to take his inhaler",
            "remind your little brother to take his inhaler",
        ),
        ("remind me to take my meds at 8", "take your meds"),
    ],
)
def test_a_reminder_for_someone_else_is_theirs_to_pass_on(said: str, label: str) -> None:
    assert label_of(said) == label


@pytest.mark.parametrize(
    ("said", "label"),
    [
        ("remmind me to tak my meds at 9pm evry day", "tak your meds"),
        ("remnd me to call mum at 5", "call mum"),
        ("rmind me to drink water at 3", "drink water"),
        ("remin me to stretch at 4", "stretch"),
    ],
)
def test_remind_typed_in_a_hurry_stays_out_of_the_task(said: str, label: str) -> None:
    assert label_of(said) == label


@pytest.mark.parametrize(
    ("said", "at"),
    [
        ("no wait 9 was right", "9"),
        ("go back to 10 please", "10"),
        ("actually keep it at 4", "4"),
        ("9pm is fine actually", "9pm"),
    ],
)
def test_the_time_before_wanted_back(said: str, at: str) -> None:
    back = BACK_TO.match(said)
    assert back and at in (back["to"], back["keep"], back["was"])


@pytest.mark.parametrize(
    ("said", "rest"),
    [
        ("actually can you also add one at 9pm", "at 9pm"),
        ("add another at 3pm please", "at 3pm please"),
        ("can i have a second one at 6pm", "at 6pm"),
    ],
)
def test_one_more_asked_for_as_a_thing_to_add(said: str, rest: str) -> None:
    added = ADD_ONE.match(said)
    assert added and added["rest"] == rest and ALSO_AT.match(f"also {rest}")


def test_the_next_one_says_when_in_words() -> None:
    said = render(
        "reminder_next", kind="custom", label="stretch", days_away=1, weekday=1, day=3, month=3,
        hour=9, minute=0, count=2,
    )  # fmt: skip
    assert said.startswith("Your next reminder is tomorrow at 9:00am, to stretch.")


def test_weekdays_read_with_on() -> None:
    said = render("reminder_when", **_when(days=[0, 1, 2, 3, 4], hour=7))
    assert said == "on weekdays at 7:00am"


@pytest.mark.parametrize(
    "said",
    ["unpause my reminders", "ok turn them back on", "actually no keep it", "undo that",
     "resume my reminders please", "start my reminders again", "i didnt mean to cancel it"],
)  # fmt: skip
def test_reminders_wanted_back_on(said: str) -> None:
    assert BACK_ON.match(said)


@pytest.mark.parametrize("said", ["keep it up", "turn it off", "i want to cancel it"])
def test_not_back_on(said: str) -> None:
    assert not BACK_ON.match(said)


@pytest.mark.parametrize(
    "said",
    [
        "remind me on the last day of every month to check my budget",
        "remind me to check my budget on the last day of every month",
        "remind me to check my budget at the end of every month",
    ],
)
def test_the_end_of_the_month_stays_out_of_the_task(said: str) -> None:
    assert label_of(said) == "check your budget"


def test_the_last_day_of_the_month_in_words() -> None:
    said = render("reminder_when", **_when(freq="MONTHLY", days=[], month_day=-1, hour=9))
    assert said == "on the last day of every month at 9:00am"
