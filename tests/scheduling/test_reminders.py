"""The reminder API the dialogue calls, and reminders fired by the beat tick."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from flask import Flask

from bot.reminders import active_reminders, cancel_reminder, create_reminder, describe, reschedule
from store.models import Reminder
from tests.fakes import FakeClock, RecordingChannel
from tests.scheduling.conftest import add_person, outbound, tick

ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Auckland",
]


def local(moment: datetime | None, tz: str) -> str:
    assert moment is not None
    return moment.astimezone(ZoneInfo(tz)).strftime("%a %d %b %H:%M")


def new_reminder(app: Flask, clock: FakeClock, tz: str = "Europe/London", **kw: object) -> int:
    """Create a reminder for a new person; returns its id."""
    args: dict[str, object] = {
        "kind": "custom",
        "label": "take my tablets",
        "rrule": "FREQ=DAILY",
        "local_time": "21:00",
        "first": None,
    }
    args.update(kw)
    with app.extensions["mindlink"].db.session() as session:
        convo = add_person(session, tz=tz, last_inbound_at=clock.now)
        reminder = create_reminder(session, convo, now=clock.now, **args)  # type: ignore[arg-type]
        return reminder.id


def reminder(app: Flask, reminder_id: int) -> Reminder:
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Reminder, reminder_id)
        assert row is not None
        return row


@pytest.mark.parametrize("tz", ZONES)
def test_create_computes_next_fire_in_the_persons_zone(
    app: Flask, clock: FakeClock, tz: str
) -> None:
    rid = new_reminder(app, clock, tz)
    row = reminder(app, rid)
    fire = row.next_fire_at
    assert fire is not None and fire > clock.now
    assert fire.astimezone(ZoneInfo(tz)).strftime("%H:%M") == "21:00"
    assert fire - clock.now <= timedelta(days=1)
    assert row.timezone == tz and row.active


@pytest.mark.parametrize(
    ("kw", "words"),
    [
        ({"rrule": "FREQ=DAILY", "local_time": "21:00"}, "every day at 9:00pm"),
        # The shape nlu.when produces: the time repeated in BYHOUR/BYMINUTE.
        (
            {"rrule": "FREQ=DAILY;BYHOUR=21;BYMINUTE=30", "local_time": "21:30"},
            "every day at 9:30pm",
        ),
        (
            {
                "rrule": "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=7;BYMINUTE=0",
                "local_time": None,
            },
            "on weekdays at 7:00am",
        ),
        (
            {"rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "local_time": "07:00"},
            "on weekdays at 7:00am",
        ),
        ({"rrule": "FREQ=WEEKLY;BYDAY=SA,SU", "local_time": "10:30"}, "on weekends at 10:30am"),
        (
            {"rrule": "FREQ=WEEKLY;BYDAY=MO,TH", "local_time": "18:15"},
            "every Monday and Thursday at 6:15pm",
        ),
        ({"rrule": "RRULE:FREQ=WEEKLY", "local_time": "12:00"}, "every Tuesday at 12:00pm"),
        ({"rrule": "FREQ=DAILY;INTERVAL=2", "local_time": "08:00"}, "every other day at 8:00am"),
        (
            {"rrule": "FREQ=MONTHLY;BYMONTHDAY=1", "local_time": "09:00"},
            "on the 1st of every month at 9:00am",
        ),
        (
            {"rrule": None, "local_time": None, "first": datetime(2026, 3, 3, 9, 0, tzinfo=UTC)},
            "once, on Tue 3 Mar at 9:00am",
        ),
    ],
)
def test_describe_in_plain_words(app: Flask, clock: FakeClock, kw: dict, words: str) -> None:
    # Monday 2 March 2026 12:00 in London (UTC in winter).
    rid = new_reminder(app, clock, "Europe/London", **kw)
    assert describe(reminder(app, rid), "Europe/London") == words


def test_active_reminders_soonest_first_and_cancel(app: Flask, clock: FakeClock) -> None:
    db = app.extensions["mindlink"].db
    with db.session() as session:
        convo = add_person(session, last_inbound_at=clock.now)
        late = create_reminder(
            session,
            convo,
            kind="sleep",
            label="",
            rrule="FREQ=DAILY",
            local_time="22:30",
            first=None,
            now=clock.now,
        )
        soon = create_reminder(
            session,
            convo,
            kind="checkin",
            label="",
            rrule="FREQ=DAILY",
            local_time="13:00",
            first=None,
            now=clock.now,
        )
        assert [r.id for r in active_reminders(session, convo)] == [soon.id, late.id]
        cancel_reminder(session, soon)
        assert [r.id for r in active_reminders(session, convo)] == [late.id]
    clock.advance(hours=2)  # 14:00: the cancelled 13:00 one never fires
    tick(app)
    assert outbound(app) == []


def test_reschedule_keeps_what_is_not_given(app: Flask, clock: FakeClock) -> None:
    rid = new_reminder(app, clock, rrule="FREQ=WEEKLY;BYDAY=MO,WE", local_time="09:00")
    db = app.extensions["mindlink"].db
    with db.session() as session:
        row = session.get(Reminder, rid)
        assert row is not None
        reschedule(session, row, local_time="20:00", rrule=None, first=None, now=clock.now)
        assert row.rrule == "FREQ=WEEKLY;BYDAY=MO,WE"
        assert local(row.next_fire_at, "Europe/London") == "Mon 02 Mar 20:00"
        reschedule(session, row, local_time=None, rrule="FREQ=DAILY", first=None, now=clock.now)
        assert row.local_time == "20:00"
        assert describe(row, "Europe/London") == "every day at 8:00pm"


def test_reschedule_a_one_off_to_another_time_keeps_its_day(app: Flask, clock: FakeClock) -> None:
    first = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    rid = new_reminder(app, clock, rrule=None, local_time=None, first=first)
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Reminder, rid)
        assert row is not None
        reschedule(session, row, local_time="17:30", rrule=None, first=None, now=clock.now)
        assert local(row.next_fire_at, "Europe/London") == "Thu 05 Mar 17:30"


def test_unknown_kind_and_bad_rule_are_refused(app: Flask, clock: FakeClock) -> None:
    with pytest.raises(ValueError):
        new_reminder(app, clock, kind="party")
    with pytest.raises(ValueError):
        new_reminder(app, clock, rrule="FREQ=SOMETIMES")


def test_due_reminder_fires_once_and_moves_to_tomorrow(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(app, clock)
    clock.now = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    tick(app)
    tick(app)  # a second tick (or a second beat) finds nothing more to do
    assert channel.bodies() == ["Reminder: take my tablets"]
    row = reminder(app, rid)
    assert local(row.next_fire_at, "Europe/London") == "Tue 03 Mar 21:00"
    assert row.last_fired_at == clock.now and row.queued_at is None
    [sent] = outbound(app)
    assert sent.kind == "reminder"
    assert sent.dedupe_key == f"reminder:{rid}:2026-03-02T21:00:00+00:00"


@pytest.mark.parametrize("tz", ZONES)
def test_a_daily_reminder_keeps_local_time_through_a_dst_change(
    app: Flask, clock: FakeClock, channel: RecordingChannel, tz: str
) -> None:
    # 25 Mar - 8 Apr 2026 spans the spring change in London/New York's aftermath and the
    # autumn change in Sydney and Auckland (5 Apr); Kolkata has none.
    clock.now = datetime(2026, 3, 25, 0, 0, tzinfo=UTC)
    rid = new_reminder(app, clock, tz, local_time="19:00")
    fired = []
    for _ in range(14):
        row = reminder(app, rid)
        assert row.next_fire_at is not None
        clock.now = row.next_fire_at
        tick(app)
        fired.append(clock.now.astimezone(ZoneInfo(tz)))
    assert {f.strftime("%H:%M") for f in fired} == {"19:00"}
    assert len({f.date() for f in fired}) == 14
    assert [row.kind for row in outbound(app) if row.kind == "reminder"] == ["reminder"] * 14


def test_a_reminder_set_inside_quiet_hours_fires_at_its_time_once(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(app, clock, local_time="23:30")  # quiet hours are 23:00-07:00
    clock.now = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    tick(app)
    tick(app)
    assert channel.bodies() == ["Reminder: take my tablets"]  # the time they chose
    for minutes in (30, 60, 300):  # ticks during the night send nothing more
        clock.now = datetime(2026, 3, 2, 23, 30, tzinfo=UTC) + timedelta(minutes=minutes)
        tick(app)
    assert channel.bodies() == ["Reminder: take my tablets"]
    assert local(reminder(app, rid).next_fire_at, "Europe/London") == "Tue 03 Mar 23:30"


def test_personal_quiet_hours_do_not_hold_a_reminder_set_inside_them(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    with app.extensions["mindlink"].db.session() as session:
        convo = add_person(
            session, last_inbound_at=clock.now, quiet_start="12:30", quiet_end="14:00"
        )
        row = create_reminder(
            session,
            convo,
            kind="checkin",
            label="",
            rrule="FREQ=DAILY",
            local_time="13:00",
            first=None,
            now=clock.now,
        )
        rid = row.id
    clock.now = datetime(2026, 3, 2, 13, 0, tzinfo=UTC)
    tick(app)
    assert len(channel.sent) == 1
    assert "check-in" in channel.sent[0].body
    assert local(reminder(app, rid).next_fire_at, "Europe/London") == "Tue 03 Mar 13:00"


def test_opted_out_people_get_nothing_and_the_reminder_stops(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(app, clock)
    set_flags(app, rid, opted_out=True)
    clock.now = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    tick(app)
    assert channel.sent == [] and outbound(app) == []
    assert reminder(app, rid).active is False


def test_handed_over_people_get_no_reminder_but_keep_it(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(app, clock)
    set_flags(app, rid, handed_over=True)
    clock.now = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)
    tick(app)
    assert channel.sent == []
    row = reminder(app, rid)
    assert row.active and local(row.next_fire_at, "Europe/London") == "Tue 03 Mar 21:00"
    set_flags(app, rid, handed_over=False)  # staff handed back: the next one goes
    clock.now = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)
    tick(app)
    assert len(channel.sent) == 1


def test_a_one_off_fires_once_then_ends(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(
        app, clock, rrule=None, local_time=None, first=clock.now + timedelta(minutes=20)
    )
    clock.advance(minutes=20)
    tick(app)
    clock.advance(days=1)
    tick(app)
    assert len(channel.sent) == 1
    row = reminder(app, rid)
    assert row.active is False and row.next_fire_at is None


def test_an_occurrence_found_far_too_late_is_skipped_not_sent(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    rid = new_reminder(app, clock, local_time="13:00")
    clock.now = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)  # the beat was down for 23 hours
    tick(app)
    assert channel.sent == []
    assert local(reminder(app, rid).next_fire_at, "Europe/London") == "Tue 03 Mar 13:00"


def set_flags(app: Flask, reminder_id: int, **flags: object) -> None:
    """Change the reminder owner's conversation flags."""
    from store.models import Conversation

    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Reminder, reminder_id)
        assert row is not None
        convo = session.get(Conversation, row.conversation_id)
        for name, value in flags.items():
            setattr(convo, name, value)


@pytest.mark.parametrize("kind", ["checkin", "custom"])
def test_the_batch_path_stores_the_same_row_as_queue_replies(
    app: Flask, clock: FakeClock, kind: str
) -> None:
    from bot.outbox import queue_replies
    from bot.reminders import reminder_reply, store_reply
    from store.models import Conversation

    rid = new_reminder(app, clock, kind=kind)
    columns = ("body", "kind", "content_sid", "content_variables", "variant", "status")
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Reminder, rid)
        assert row is not None
        convo = session.get(Conversation, row.conversation_id)
        assert convo is not None
        queue_replies(session, convo, [reminder_reply(row, clock.now)], clock.now)
        store_reply(
            session, convo, reminder_reply(row, clock.now + timedelta(days=1)), clock.now, 1600
        )
        cid = convo.id
    rows = outbound(app, cid)
    assert len(rows) == 2
    assert [getattr(rows[0], c) for c in columns] == [getattr(rows[1], c) for c in columns]


def test_an_occurrence_whose_queued_task_was_lost_is_queued_again(
    app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    from bot.reminders import claim_due
    from tasks.scheduling import LOOKAHEAD, REQUEUE_AFTER

    rid = new_reminder(app, clock)
    clock.now = datetime(2026, 3, 2, 20, 59, 30, tzinfo=UTC)
    with app.extensions["mindlink"].db.session() as session:  # a tick whose publish was lost
        assert claim_due(session, clock.now, LOOKAHEAD, REQUEUE_AFTER) == [
            (rid, datetime(2026, 3, 2, 21, 0, tzinfo=UTC))
        ]
    clock.now = datetime(2026, 3, 2, 21, 1, tzinfo=UTC)
    tick(app)  # still marked as queued: left to the task we think is on its way
    assert channel.sent == []
    clock.now += REQUEUE_AFTER
    tick(app)
    assert channel.bodies() == ["Reminder: take my tablets"]


def test_moving_a_parsed_rule_to_another_time_changes_when_it_fires(
    app: Flask, clock: FakeClock
) -> None:
    rid = new_reminder(app, clock, rrule="FREQ=DAILY;BYHOUR=21;BYMINUTE=0", local_time="21:00")
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(Reminder, rid)
        assert row is not None
        assert row.rrule == "FREQ=DAILY"
        reschedule(session, row, local_time="20:00", rrule=None, first=None, now=clock.now)
        assert local(row.next_fire_at, "Europe/London") == "Mon 02 Mar 20:00"
        reschedule(
            session, row, local_time=None, rrule="FREQ=DAILY;BYHOUR=9,21", first=None, now=clock.now
        )
        assert row.local_time is None
        assert local(row.next_fire_at, "Europe/London") == "Mon 02 Mar 21:00"
