"""Reminder fixes from the tester reports: bare hours, "tomorrow" after midnight, corrections
("sorry i meant 8pm not 9pm"), two requests in one message, "change it" with two reminders,
a time-zone change for one-offs, and the reminders that came together."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot import reminders
from bot.actions.common import EFFECT_KEY
from bot.actions.reminders import (
    ActionChangeReminder,
    correction,
    corrects_reminder,
    label_of,
    second_reminder,
    split_requests,
)
from nlu import parse_when
from tests.botdriver import TestBot

LONDON = "Europe/London"
MONDAY_6PM = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("remind me at 9 to take meds", datetime(2026, 3, 2, 21, 0, tzinfo=UTC)),
        ("remind me to kill the lights at 11", datetime(2026, 3, 2, 23, 0, tzinfo=UTC)),
        ("remind me at 8 to call mum", datetime(2026, 3, 2, 20, 0, tzinfo=UTC)),
        ("remind me at 4 to stretch", datetime(2026, 3, 3, 16, 0, tzinfo=UTC)),  # not 4am
        ("remind me at 7 to wake up", datetime(2026, 3, 3, 7, 0, tzinfo=UTC)),
    ],
)
def test_a_bare_hour_is_the_next_time_it_comes_round(said: str, due: datetime) -> None:
    when = parse_when(said, LONDON, MONDAY_6PM)
    assert when is not None and when.first == due


@pytest.mark.parametrize(
    ("now", "said", "due"),
    [
        (
            datetime(2026, 3, 3, 0, 30, tzinfo=UTC),
            "remind me to call the gp tomorrow at 9",
            datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        ),
        (
            datetime(2026, 3, 3, 0, 30, tzinfo=UTC),
            "tomorrow morning",
            datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
        ),
        (
            datetime(2026, 3, 3, 0, 30, tzinfo=UTC),
            "tomorrow",
            datetime(2026, 3, 3, 9, 0, tzinfo=UTC),
        ),
        (  # in the day, tomorrow is the next day
            datetime(2026, 3, 3, 10, 0, tzinfo=UTC),
            "remind me to call the gp tomorrow at 9",
            datetime(2026, 3, 4, 9, 0, tzinfo=UTC),
        ),
    ],
)
def test_tomorrow_said_after_midnight_is_the_coming_morning(
    now: datetime, said: str, due: datetime
) -> None:
    when = parse_when(said, LONDON, now)
    assert when is not None and when.first == due


@pytest.mark.parametrize(
    ("said", "fixed"),
    [
        ("sorry i meant 8pm not 9pm", ("8pm", "9pm")),
        ("sorry i meant 8pm not 8am", ("8pm", "8am")),
        ("oops i meant 9am", ("9am", "")),
        ("no not 9, 10", ("10", "9")),
        ("wait i meant tomorrow morning", ("tomorrow morning", "")),
        ("i meant to say thanks", None),
        ("i mean it", None),
        ("not now", None),
        ("i do not want to", None),
        ("what i meant is i feel sad at night", None),
        ("remind me to take my meds at 8pm not 9pm", None),
    ],
)
def test_a_correction_names_the_new_time_and_the_old(
    said: str, fixed: tuple[str, str] | None
) -> None:
    assert correction(said) == fixed


def test_a_new_reminder_is_not_a_correction() -> None:
    assert corrects_reminder("sorry i meant 8pm not 9pm")
    assert not corrects_reminder("i meant remind me to call mum at 8pm")


@pytest.mark.parametrize(
    ("said", "label", "second"),
    [
        ("remind me at 9 to take meds and also can we do breathing", "take meds", ""),
        (
            "remind me tomorrow at 7 to take my pills and remind me at 10 to go to bed",
            "take your pills",
            "remind me at 10 to go to bed",
        ),
        (
            "remind me to take my meds at 9 and to call the gp at 10 tomorrow",
            "take your meds",
            "remind me to call the gp at 10 tomorrow",
        ),
        ("remind me to buy bread and milk at 5", "buy bread and milk", ""),
        ("remind me to walk and then stretch at 6", "walk and then stretch", ""),
        ("remind me to call mum yesterday", "call mum", ""),
    ],
)
def test_the_label_stops_where_a_second_request_starts(said: str, label: str, second: str) -> None:
    assert label_of(said) == label
    assert second_reminder(split_requests(said)[1]) == second


def _tracker(text: str, **slots: Any) -> Tracker:
    message = {"text": text, "intent": {"name": "set_reminder"}, "entities": []}
    base = {"now": MONDAY_6PM.isoformat(), "timezone": LONDON}
    return Tracker("t", {**base, **slots}, message, [], False, None, {}, None)


def _run_change(tracker: Tracker) -> tuple[list[dict[str, Any]], list[str], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionChangeReminder().run(dispatcher, tracker, {}))
    custom = [m["custom"] for m in dispatcher.messages if EFFECT_KEY in (m.get("custom") or {})]
    texts = [str(m["text"]) for m in dispatcher.messages if m.get("text")]
    return custom, texts, events


MEDS = {"id": 1, "kind": "custom", "label": "take meds", "local_time": "21:00", "rrule": None}
MUM = {"id": 2, "kind": "custom", "label": "call mum", "local_time": "20:00", "rrule": None}
TWO = [
    {**MUM, "description": "to call mum once, on Mon 2 Mar at 8:00pm"},
    {**MEDS, "description": "to take meds once, on Mon 2 Mar at 9:00pm"},
]


@pytest.mark.parametrize(
    ("said", "moved", "local_time"),
    [
        ("sorry i meant 10pm not 9pm", 1, "22:00"),  # the 9pm one, though mum was set last
        ("no not 8, 7", 2, "19:00"),
        ("actually 7pm", 2, "19:00"),  # the one just set
    ],
)
def test_a_correction_moves_the_reminder_it_names_or_the_last(
    said: str, moved: int, local_time: str
) -> None:
    effects, _, _ = _run_change(_tracker(said, reminders=TWO, last_reminder_id=2))
    assert [(e["id"], e["local_time"]) for e in effects] == [(moved, local_time)]


def test_change_it_with_two_reminders_asks_which_and_a_number_answers() -> None:
    effects, texts, events = _run_change(
        _tracker("change it to 8pm", reminders=TWO, last_reminder_id=2)
    )
    assert effects == [] and "Which one should I move?" in texts[0]
    assert '"all"' not in texts[0]
    pending = next(e["value"] for e in events if e["name"] == "reminder_change_pending")
    effects, _, events = _run_change(
        _tracker("2", reminders=TWO, last_reminder_id=2, reminder_change_pending=pending)
    )
    assert [(e["id"], e["local_time"]) for e in effects] == [(1, "20:00")]
    assert {"event": "slot", "name": "reminder_change_pending", "value": None} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]


def _convo_id(bot: TestBot) -> int:
    with bot.app.extensions["mindlink"].db.session() as session:
        convo = bot.conversation(session)
        assert convo is not None
        return convo.id


def test_a_one_off_keeps_its_wall_time_in_a_new_zone(testbot: TestBot) -> None:
    bot = testbot.onboard()
    db = bot.app.extensions["mindlink"].db
    now = bot.app.extensions["mindlink"].clock.now
    with db.session() as session:
        from store.models import Conversation

        convo = session.get(Conversation, _convo_id(bot))
        assert convo is not None and convo.timezone == LONDON
        row = reminders.create_reminder(
            session,
            convo,
            kind="custom",
            label="call mum",
            rrule=None,
            local_time="14:00",
            first=datetime(2026, 3, 3, 14, 0, tzinfo=UTC),
            now=now,
        )
        convo.timezone = "America/New_York"
        assert reminders.rezone(session, convo, now) == 1
        assert row.next_fire_at == datetime(2026, 3, 3, 19, 0, tzinfo=UTC)  # 2pm in New York
        assert "Tue 3 Mar at 2:00pm" in reminders.describe(row, convo.timezone)


def test_reminders_sent_together_are_both_just_sent(testbot: TestBot) -> None:
    bot = testbot.onboard()
    db = bot.app.extensions["mindlink"].db
    clock = bot.app.extensions["mindlink"].clock
    with db.session() as session, session.begin():
        from store.models import Conversation

        convo = session.get(Conversation, _convo_id(bot))
        assert convo is not None
        for label in ("take your meds", "call mum"):
            reminders.create_reminder(
                session,
                convo,
                kind="custom",
                label=label,
                rrule=None,
                local_time="20:00",
                first=datetime(2026, 3, 2, 20, 0, tzinfo=UTC),
                now=clock.now,
            )
    sent = bot.tick(hours=8, minutes=1)
    assert sent == ["Reminder: take your meds", "Reminder: call mum"]
    with db.session() as session:
        convo = session.get(Conversation, _convo_id(bot))
        assert convo is not None
        labels = [r.label for r in reminders.just_sent(session, convo, clock.now)]
        assert labels == ["take your meds", "call mum"]
        later = clock.now.replace(hour=23)
        assert reminders.just_sent(session, convo, later) == []  # two hours on: nothing
