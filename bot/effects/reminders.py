"""Reminders set, moved and cancelled in words, confirmed with quiet hours in mind."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import reminders
from bot.context import reminder_description
from bot.effects import effect
from bot.jobs import cancel_jobs, handler, schedule_job
from bot.schedule import in_quiet_hours, next_local_time
from bot.text import render
from bot.types import Reply
from store.models import (
    Conversation,
    Reminder,
    ScheduledJob,
)

# The hour from which a reminder comes in the evening ("tonight": 9pm).
EVENING_FROM = 17
# A reminder set as a delay ("in 20 mins", "in 2 hours"), and its unit.
_DELAY_UNIT = re.compile(r"\bin\s+\d+\s*(min|m\b|hour|hr|h\b)", re.IGNORECASE)


@effect("create_reminder")
def create_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Create it and confirm in words, mentioning quiet hours when they delay it."""
    first = datetime.fromisoformat(data["first"]) if data.get("first") else None
    local_time = str(data["local_time"])[:5] if data.get("local_time") else None
    row = reminders.create_reminder(
        session,
        convo,
        kind=str(data.get("kind") or "custom"),
        label=str(data.get("label") or ""),
        rrule=data.get("rrule"),
        local_time=local_time,
        first=first,
        now=now,
    )
    delay = _DELAY_UNIT.search(str(data.get("text") or ""))
    convo.slots = {
        **convo.slots,
        "last_reminder_id": row.id,
        "reminder_at": now.isoformat(),
        # "remind me again in 10", "again tomorrow same time"
        "last_reminder": {"kind": row.kind, "label": row.label, "local_time": row.local_time},
        "reminder_change_pending": None,  # a "which one?" asked before is not answered now
        # "in 20 minutes" then "make it 25": the same unit
        "reminder_in": ("hours" if delay.group(1).lower().startswith("h") else "minutes")
        if delay
        else None,
    }
    guessed = bool(data.get("time_guessed"))
    unnamed = row.kind == "custom" and not row.label
    # the next clock time moves it ("with breakfast": theirs); "to call the dentist" names it
    if guessed or unnamed or data.get("meal"):
        convo.slots = {**convo.slots, "offer": "reminder_time"}
    quiet = _quiet_note(convo, row, settings)
    rows = [row]
    for at in data.get("also_at") or []:  # "at 8am and 8pm": the same reminder at each time
        more = reminders.create_reminder(
            session,
            convo,
            kind=row.kind,
            label=row.label,
            rrule=row.rrule,
            local_time=row.local_time,
            first=first,
            now=now,
        )
        reminders.reschedule(session, more, local_time=str(at)[:5], rrule=None, first=None, now=now)
        if not row.rrule and not _A_DAY_SAID.search(str(data.get("text") or "")):
            # "at 8am and 8pm" said at 6pm, once: 8pm today, not tomorrow with the 8am
            soonest = next_local_time(str(at)[:5], convo.timezone, now)
            reminders.reschedule(session, more, local_time=None, rrule=None, first=soonest, now=now)
        rows.append(more)
        quiet = quiet if quiet["quiet"] else _quiet_note(convo, more, settings)
    if not row.rrule:  # one-offs said in the order they come
        rows.sort(key=lambda each: each.next_fire_at or now)
    # "to drink water every day at 9:00am, 1:00pm and 6:00pm"
    about = render("reminder_about", kind=row.kind, label=row.label)
    when = reminders.describe_together(rows, convo.timezone)
    description = f"{about} {when}" if about else when
    return [
        Reply(
            render(
                "reminder_created",
                description=description,
                time_guessed=guessed,
                unnamed=unnamed,
                day_after=_day_after_if_today(data, row, convo.timezone, now),
                gone_today=_gone_today(data, row, convo.timezone, now),
                other_half=data.get("other_half"),
                other_reading=data.get("other_reading"),
                morning_chosen=data.get("morning_chosen"),
                meal=data.get("meal"),
                work=data.get("work"),
                passed_on=data.get("passed_on"),
                nightly_hint=_bedtime_once(row, str(data.get("text") or "")),
                # "at 9pm and 9am" with no day said: both once, and how to have them daily
                daily_hint=len(rows) > 1
                and not row.rrule
                and not _A_DAY_SAID.search(str(data.get("text") or "")),
                evening=row.next_fire_at is not None
                and row.next_fire_at.astimezone(ZoneInfo(convo.timezone)).hour >= EVENING_FROM,
                **quiet,
            )
        )
    ]


_A_DAY_SAID = re.compile(
    r"\b(?:tonight|today|tomorrow|tmrw|tmr|(?:mon|tues|wednes|thurs|fri|satur|sun)day|once|"
    r"just this|only this|\d{1,2}(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _bedtime_once(row: Reminder, text: str) -> bool:
    """A bedtime reminder set for one night without a day said ("remind me to wind down at
    10pm"): most people want it every night, so the reply says how."""
    return not row.rrule and reminders.for_bedtime(row) and not _A_DAY_SAID.search(text)


def _gone_today(data: dict[str, Any], row: Reminder, tz: str, now: datetime) -> bool:
    """ "at 5pm today" said at six: set for tomorrow, which is worth saying."""
    if not re.search(r"\b(?:today|tonight)\b", str(data.get("text") or ""), re.IGNORECASE):
        return False
    if row.rrule or row.next_fire_at is None:
        return False
    zone = ZoneInfo(tz)
    return row.next_fire_at.astimezone(zone).date() > now.astimezone(zone).date()


def _day_after_if_today(data: dict[str, Any], row: Reminder, tz: str, now: datetime) -> int | None:
    """ "tomorrow at 9" said after midnight and set for later today: the weekday of the day
    after (2 for Wednesday), to say how to move it there; else None."""
    if not re.search(r"\btomorrow\b", str(data.get("text") or ""), re.IGNORECASE):
        return None
    if row.rrule or row.next_fire_at is None:
        return None
    zone = ZoneInfo(tz)
    day = row.next_fire_at.astimezone(zone).date()
    if day != now.astimezone(zone).date():
        return None
    return (day + timedelta(days=1)).weekday()


@effect("reschedule_reminder")
def reschedule_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Move it and confirm."""
    row = _own_reminder(session, convo, data)
    if row is None:
        return [Reply(render("reminder_none", doing="change"))]
    first = datetime.fromisoformat(data["first"]) if data.get("first") else None
    if first is None and data.get("day") and not row.rrule and row.next_fire_at is not None:
        # "move it to saturday": the same time of day, on that day
        first = reminders.on_day_named(str(data["day"]), row.next_fire_at, convo.timezone, now)
    local_time = str(data["local_time"])[:5] if data.get("local_time") else None
    # "change it to call mum": what it is for, said again (its time kept)
    named = bool(data.get("label")) and (not row.label or bool(data.get("relabel")))
    if named:
        row.label = str(data["label"])[:120]
    told_what_only = named and not (local_time or data.get("rrule") or first)
    reminders.reschedule(
        session, row, local_time=local_time, rrule=data.get("rrule"), first=first, now=now
    )
    convo.slots = {**convo.slots, "last_reminder_id": row.id, "reminder_at": now.isoformat()}
    return [
        Reply(
            render(
                "reminder_moved",
                description=reminder_description(row, convo.timezone),
                named=told_what_only or bool(data.get("added")),
                left_out=[int(d) for d in data.get("left_out") or []],
                **_quiet_note(convo, row, settings),
            )
        )
    ]


@effect("repeat_together")
def repeat_together(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """One-offs set together ("at 9pm and 9am") made to repeat by ``data["rrule"]``, each at
    its own time of day, and confirmed in one line."""
    rows = [
        row
        for rid in data.get("ids") or []
        if (row := session.get(Reminder, rid)) is not None and row.conversation_id == convo.id
    ]
    if not rows:
        return [Reply(render("reminder_none", doing="change"))]
    zone = ZoneInfo(convo.timezone)
    for row in rows:
        at = row.local_time or (row.next_fire_at or now).astimezone(zone).strftime("%H:%M")
        reminders.reschedule(
            session, row, local_time=at, rrule=str(data["rrule"]), first=None, now=now
        )
    rows.sort(key=lambda row: row.local_time or "")
    convo.slots = {**convo.slots, "last_reminder_id": rows[0].id, "reminder_at": now.isoformat()}
    about = render("reminder_about", kind=rows[0].kind, label=rows[0].label)
    when = reminders.describe_together(rows, convo.timezone)
    return [
        Reply(
            render(
                "reminder_moved",
                description=f"{about} {when}" if about else when,
                named=False,
                **_quiet_note(convo, rows[0], settings),
            )
        )
    ]


@effect("split_reminder")
def split_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Some of its days at another time ("make it 8:30 on weekends"): the reminder keeps
    the other days (at a time of their own when one is told: "9pm on weekends and 7pm on
    weekdays"), and a second one like it comes on those days at the new time."""
    row = _own_reminder(session, convo, data)
    if row is None:
        return [Reply(render("reminder_none", doing="change"))]
    more = reminders.create_reminder(
        session,
        convo,
        kind=row.kind,
        label=row.label,
        rrule=str(data["rrule"]),
        local_time=str(data["local_time"])[:5],
        first=None,
        now=now,
    )
    kept_at = str(data.get("kept_local_time") or row.local_time or "")[:5] or None
    reminders.reschedule(
        session, row, local_time=kept_at, rrule=str(data["kept_rrule"]), first=None, now=now
    )
    convo.slots = {**convo.slots, "last_reminder_id": more.id, "reminder_at": now.isoformat()}
    about = render("reminder_about", kind=row.kind, label=row.label)
    return [
        Reply(
            render(
                "reminder_split",
                about=about,
                kept=reminders.describe(row, convo.timezone),
                moved=reminders.describe(more, convo.timezone),
                **_quiet_note(convo, more, settings),
            )
        )
    ]


def _own_reminder(session: Session, convo: Conversation, data: dict[str, Any]) -> Reminder | None:
    """The reminder an effect names, if it belongs to this person."""
    row = session.get(Reminder, data.get("id"))
    return row if row is not None and row.conversation_id == convo.id else None


def _quiet_note(convo: Conversation, row: Reminder, settings: dict[str, Any]) -> dict[str, Any]:
    """Template context saying whether the next firing falls in quiet hours (it still comes
    then), or whether some of its times do and wait until they end (``held``)."""
    start = convo.quiet_start or settings["quiet_hours"]["start"]
    end = convo.quiet_end or settings["quiet_hours"]["end"]
    due = row.next_fire_at
    if reminders.held_in_quiet_hours(row, convo.timezone, start, end):
        # "every 2 hours": the night's ones wait until the end (bot.proactive.gate)
        return {"quiet": False, "held": True, "quiet_start": start, "quiet_end": end}
    if reminders.for_bedtime(row):  # a bedtime task goes at the time set (bot.proactive.gate)
        return {"quiet": False}
    if due is None or not in_quiet_hours(due, convo.timezone, start, end):
        return {"quiet": False}
    return {"quiet": True, "quiet_start": start, "quiet_end": end}


@effect("cancel_reminder")
def cancel_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Cancel one reminder of this person's, kept in mind a while for "actually keep it"."""
    row = _own_reminder(session, convo, data)
    if row is not None:
        reminders.cancel_reminder(session, row)
        before = convo.slots.get("reminders_cancelled") or {}
        ids = list(before.get("ids") or []) if before.get("at") == now.isoformat() else []
        cancelled = {"ids": [*ids, row.id], "at": now.isoformat()}
        convo.slots = {**convo.slots, "reminders_cancelled": cancelled}
    return []


# How long "actually keep it" or "turn them back on" can bring back reminders just cancelled.
UNDO_FOR = timedelta(minutes=30)


def _just_cancelled(convo: Conversation, now: datetime) -> list[int]:
    """The reminders cancelled in the last half hour."""
    cancelled = convo.slots.get("reminders_cancelled") or {}
    just = bool(cancelled.get("at")) and now - datetime.fromisoformat(cancelled["at"]) < UNDO_FOR
    return list(cancelled.get("ids") or []) if just else []


def _paused(convo: Conversation, now: datetime) -> list[int]:
    """The reminders a pause still holds."""
    paused = convo.slots.get("reminders_paused") or {}
    held = bool(paused.get("until")) and now < datetime.fromisoformat(str(paused["until"]))
    return list(paused.get("ids") or []) if held else []


def back_on_waiting(convo: Conversation, now: datetime) -> bool:
    """Whether some reminders were just cancelled, or are paused, to switch back on."""
    return bool(_just_cancelled(convo, now) or _paused(convo, now))


_NOT_A_NAME = frozenset(
    {"the", "one", "reminder", "reminders", "unpause", "resume", "restart", "turn", "switch",
     "back", "keep", "please", "going", "again", "start", "put", "bring", "that", "them", "and"}
)  # fmt: skip


def _named_among(session: Session, ids: list[int], text: str) -> int | None:
    """The one reminder among ``ids`` the message names by a word of its label, if exactly
    one is named ("unpause the meds one"); None otherwise."""
    said = set(re.findall(r"[a-z]{3,}", text.lower())) - _NOT_A_NAME
    named = [
        row.id
        for row in (session.get(Reminder, i) for i in ids)
        if row is not None and said & set(re.findall(r"[a-z]{3,}", (row.label or "").lower()))
    ]
    return named[0] if len(named) == 1 and len(ids) > 1 else None


@effect("reminders_back_on")
def reminders_back_on(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """ "unpause my reminders", "actually no keep it": those just cancelled or paused, back on."""
    ids = _just_cancelled(convo, now)
    cancel_jobs(session, convo, "pause_reminders")  # a pause asked for ahead: not to come
    for held in _paused(convo, now):
        row = session.get(Reminder, held)  # (one paused, then cancelled, stays cancelled)
        if row is not None and row.active:
            ids.append(row.id)
    one = _named_among(session, ids, str(data.get("text") or ""))
    if one is not None:  # "unpause the meds one": that one; the rest stay as they are
        rows = reminders.back_on(session, convo, [one], now)
        paused = dict(convo.slots.get("reminders_paused") or {})
        if paused:
            paused["ids"] = [i for i in paused.get("ids") or [] if i != one]
            convo.slots = {**convo.slots, "reminders_paused": paused}
        on = [reminder_description(row, convo.timezone) for row in rows]
        return [Reply(render("reminders_back_on", on=on))]
    rows = reminders.back_on(session, convo, ids, now) if ids else []
    convo.slots = {**convo.slots, "reminders_cancelled": None, "reminders_paused": None}
    on = [reminder_description(row, convo.timezone) for row in rows]
    return [Reply(render("reminders_back_on", on=on))]


@effect("skip_reminder_day")
def skip_reminder_day(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Skip the reminders named on one day ("skip tomorrow"), and say what happens next."""
    zone = ZoneInfo(convo.timezone)
    day = datetime.fromisoformat(str(data["day"])).date()
    rows = [
        row for rid in data.get("ids", []) if (row := _own_reminder(session, convo, {"id": rid}))
    ]
    outcomes = [(row, reminders.skip_on(session, row, convo.timezone, day)) for row in rows]
    skipped = [row for row, outcome in outcomes if outcome == "skipped"]
    first_due = [row for row, outcome in outcomes if outcome == "later"]
    return [
        Reply(
            render(
                "reminder_day_skipped",
                day="tonight"
                if data.get("tonight")
                else _day_words(day, now.astimezone(zone).date()),
                skipped=[(_about(row), _at_words(row, zone)) for row in skipped],
                first=[(_about(row), _at_words(row, zone)) for row in first_due],
            )
        )
    ]


def _about(row: Reminder) -> str:
    """ "to call mum": what the reminder is for."""
    return render("reminder_about", kind=row.kind, label=row.label) or "your reminder"


def _day_words(day: date, today: date) -> str:
    """ "today", "tomorrow" or "on Saturday"."""
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return "on " + day.strftime("%A")


def _at_words(row: Reminder, zone: ZoneInfo) -> str:
    """ "Tue 3 Mar at 9:00am", or "" when it does not come again."""
    if row.next_fire_at is None:
        return ""
    local = row.next_fire_at.astimezone(zone)
    return local.strftime("%a %-d %b at ") + local.strftime("%-I:%M%p").lower()


def _pause_from(
    session: Session, convo: Conversation, start: datetime, resume: datetime, only: list[int]
) -> list[Reply]:
    """ "im on holiday next week, no reminders": they come as usual until ``start``, then
    nothing until ``resume`` (a job holds them when the time comes)."""
    cancel_jobs(session, convo, "pause_reminders")  # a pause asked for anew replaces the last
    rows = [
        row
        for row in reminders.active_reminders(session, convo)
        if row.rrule and (not only or row.id in only)
    ]
    payload = {"until": resume.isoformat(), "only": only}
    schedule_job(session, convo, "pause_reminders", start, payload)
    paused = {
        "from": start.isoformat(),
        "until": resume.isoformat(),
        "ids": [row.id for row in rows],
        "all": not only,
    }
    convo.slots = {**convo.slots, "reminders_paused": paused}
    held = [reminder_description(row, convo.timezone) for row in rows]
    zone = ZoneInfo(convo.timezone)
    return [
        Reply(
            render(
                "reminders_paused_ahead",
                held=held,
                start=start.astimezone(zone),
                day=resume.astimezone(zone),
                last=(resume - timedelta(days=1)).astimezone(zone),
            )
        )
    ]


@handler("pause_reminders")
def pause_when_due(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """The day a pause asked for ahead comes: their reminders held until it ends, silently."""
    resume = datetime.fromisoformat(str(job.payload["until"]))
    only = [int(i) for i in job.payload.get("only") or []]
    reminders.pause_until(session, convo, resume, only=only or None)
    return []


@effect("pause_reminders")
def pause_reminders(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Hold repeating reminders, and our nudges, until the start of the day asked for;
    one-offs stay as set."""
    zone = ZoneInfo(convo.timezone)
    day = datetime.fromisoformat(str(data["until"])).astimezone(zone).date()
    resume = datetime.combine(day, time(0, 0), tzinfo=zone)
    only = [int(i) for i in data.get("only") or []]  # one named: the rest come as set
    start = datetime.fromisoformat(str(data["from"])) if data.get("from") else None
    if start is not None and start > now:
        return _pause_from(session, convo, start, resume, only)
    ours_only = bool(data.get("ours_only"))  # "pause my check ins but keep my meds reminder"
    rows = [] if ours_only else reminders.pause_until(session, convo, resume, only=only or None)
    held = [reminder_description(row, convo.timezone) for row in rows]
    # the list says "paused until ..." against these until then; no nudge comes before it,
    # unless only one was paused
    paused = {"until": resume.isoformat(), "ids": [row.id for row in rows], "all": not only}
    if ours_only:
        paused["all"] = True  # no nudge until then, their reminders as set
    convo.slots = {**convo.slots, "reminders_paused": paused}
    others = bool(reminders.active_reminders(session, convo)) and not rows  # one-offs only
    kept_ids = {int(i) for i in data.get("kept") or []}  # "except my meds": those come as usual
    kept = [
        reminder_description(row, convo.timezone)
        for row in reminders.active_reminders(session, convo)
        if row.id in kept_ids
    ]
    return [
        Reply(
            render(
                "reminders_paused",
                held=held,
                others=others and not ours_only,
                day=resume,
                one=bool(only),
                kept=kept,
                ours_only=ours_only,
            )
        )
    ]
