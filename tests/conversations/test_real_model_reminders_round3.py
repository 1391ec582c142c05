"""Reminders as people text them, round three: a reminder set inside quiet hours comes at the
time chosen, "twice a day" with one time asks for both, "ok" to a sleep-diary reminder starts
the diary, "not today" to a one-off brings it back tomorrow, and a nudge never lands on top of
a reminder."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from flask import Flask

from bot import followups
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

LONDON = ZoneInfo("Europe/London")


def local_now(app: Flask) -> str:
    """The shared fake clock, as the person's wall clock."""
    return f"{app.extensions['mindlink'].clock.now.astimezone(LONDON):%a %H:%M}"


def test_a_reminder_set_inside_quiet_hours_comes_at_the_time_chosen(someone: TestBot) -> None:
    someone.onboard()  # Mon 12:00 London; quiet hours 23:00-07:00
    said = someone.say("remind me at 6am to take my meds")
    assert "6:00am" in said and "will still come then" in said and "hold it" not in said
    assert someone.tick(hours=17, minutes=59) == []
    arrived = someone.tick(minutes=1)
    assert arrived == ["Reminder: take your meds"]
    assert local_now(someone.app) == "Tue 06:00"


def test_twice_a_day_with_one_time_asks_for_both(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("remind me to take my tablets twice a day, at 8am")
    assert "8:00am" in asked and "second time" in asked and "Done" not in asked
    done = someone.say("8am and 8pm")
    assert "every day at 8:00am and 8:00pm" in done


def test_ok_to_a_sleep_diary_reminder_starts_the_diary(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to fill in my sleep diary in 10 mins")
    (arrived,) = someone.tick(minutes=11)
    assert arrived.startswith("Reminder: fill in your sleep diary") and '"ok"' in arrived
    started = someone.say("ok")
    assert "sleep diary" in started and "get into bed" in started and "Great" not in started


def test_not_today_to_a_one_off_brings_it_back_tomorrow(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me at 3pm to ring the dentist")
    assert someone.tick(hours=3, minutes=1) == ["Reminder: ring the dentist"]
    app = someone.app
    services = app.extensions["mindlink"]
    with services.db.session() as session:
        convo = someone.conversation(session)
        assert convo is not None
        now = services.clock.now
        replies = followups.skip_today(session, convo, "not today", services.settings, now)
    assert replies is not None
    (said,) = [reply.text for reply in replies]
    assert said.startswith("No problem, not today.") and "tomorrow at 3:00pm" in said
    assert "done now" not in said
    assert someone.tick(hours=23) == []
    assert someone.tick(hours=1) == ["Reminder: ring the dentist"]


def test_a_nudge_never_lands_on_top_of_a_reminder(someone: TestBot) -> None:
    someone.onboard()  # Mon 12:00; a nudge comes after three quiet days, at their usual hour
    assert "every day at 12:00pm" in someone.say("remind me to check in every day at 12pm")
    for _ in range(4 * 24):
        someone.tick(hours=1)
    sent = [row for row in someone.outbound() if row.kind in ("reminder", "nudge")]
    assert [row.kind for row in sent].count("nudge") == 1
    times = sorted(row.created_at for row in sent)
    assert all(later - earlier >= timedelta(hours=3) for earlier, later in pairwise(times))


def test_every_two_hours_still_keeps_out_of_the_night(someone: TestBot) -> None:
    someone.onboard()  # Mon 12:00
    assert "every 2 hours" in someone.say("remind me to stretch every 2 hours")
    came = []
    for _ in range(4 * 22):  # to Tue 10:00, a tick every 15 minutes
        if someone.tick(minutes=15):
            came.append(local_now(someone.app))
    assert came[:5] == ["Mon 14:00", "Mon 16:00", "Mon 18:00", "Mon 20:00", "Mon 22:00"]
    assert came[5:] == ["Tue 07:00", "Tue 08:00", "Tue 10:00"]


def test_and_at_the_same_time_too_sets_no_second_one(someone: TestBot) -> None:
    someone.onboard()  # Mon 12:00: "at 9" is 9pm
    assert "at 9:00pm" in someone.say("remind me at 9 to take my meds")
    said = someone.say("and at 9pm too")
    assert "You already have that one" in said
    listed = someone.say("what reminders have i got")
    assert listed.count("to take your meds") == 1


def test_what_was_that_for_after_a_reminder_says_which_one(someone: TestBot) -> None:
    someone.onboard()  # Mon 12:00
    someone.say("remind me to take my meds every day at 1pm")
    assert someone.tick(hours=1, minutes=1) == ["Reminder: take your meds"]
    said = someone.say("what was that for")
    assert said.startswith("That was the reminder you asked me for, to take your meds.")
    assert "every day at 1:00pm" in said and "cancel it" in said


@pytest.mark.parametrize("answer", ["ugh fine", "fine", "k done", "on it"])
def test_a_grudging_ok_to_a_reminder_is_taken_as_seen(someone: TestBot, answer: str) -> None:
    someone.onboard()
    someone.say("remind me in 10 min to take my meds")
    assert someone.tick(minutes=11) == ["Reminder: take your meds"]
    said = someone.say(answer)
    assert said == "Great 👍"
