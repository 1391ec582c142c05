"""Reminders: set, list, change, cancel, describe, and fire each occurrence exactly once.

The dialogue flows call the first five; the scheduling tasks call ``claim_due`` and
``fire``. Firing is a compare-and-set on ``next_fire_at`` plus an outbound row with a
unique ``dedupe_key``, in one transaction, so two dispatchers, a retried task or a
worker killed mid-way still produce one message per occurrence.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import case, literal, or_, select, update
from sqlalchemy.orm import Session

from bot.outbox import queue_replies
from bot.proactive import gate
from bot.schedule import (
    first_fire,
    in_quiet_hours,
    local_at,
    needs_anchor,
    next_occurrence,
    parse_hhmm,
    rule_parts,
)
from bot.sms import split_message
from bot.text import render
from bot.types import Reply
from store.models import BreathingSession, CheckIn, Conversation, OutboundMessage, Reminder

log = logging.getLogger("mindlink.reminders")

KINDS = ("checkin", "sleep", "breathing", "custom")
# An occurrence found later than this (the scheduler was down) is skipped, not sent late.
MAX_LATENESS = timedelta(hours=12)
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def create_reminder(
    session: Session,
    convo: Conversation,
    *,
    kind: str,
    label: str,
    rrule: str | None,
    local_time: str | None,
    first: datetime | None,
    now: datetime,
) -> Reminder:
    """Store a reminder and when it first fires, in the person's time zone.

    One-off when ``rrule`` is None and ``first`` is set; ``local_time`` ("21:00") pins
    the wall-clock time of a recurring rule and defaults to the local time of ``first``.
    """
    reminder = planned(
        kind=kind,
        label=label,
        rrule=rrule,
        local_time=local_time,
        first=first,
        tz=convo.timezone,
        now=now,
    )
    reminder.conversation_id = convo.id
    session.add(reminder)
    session.flush()
    log.info("reminder_created", extra={"reminder_id": reminder.id, "conversation_id": convo.id})
    return reminder


def planned(
    *,
    kind: str,
    label: str,
    rrule: str | None,
    local_time: str | None,
    first: datetime | None,
    tz: str,
    now: datetime,
) -> Reminder:
    """The reminder ``create_reminder`` would store, in no session: to compare before storing.

    Raises ValueError for a kind, rule or time it could not store.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown reminder kind {kind!r}")
    rule = _normalise_rule(rrule)
    local = _local_time(rule, local_time, first, tz)
    rule, local = _pin_time(rule, local)
    fire_at = first_fire(rule, local, tz, first, now)
    return Reminder(
        kind=kind,
        label=label,
        rrule=rule,
        local_time=local,
        timezone=tz,
        next_fire_at=fire_at,
        anchor_at=fire_at,
        active=True,
        created_at=now,
    )


def active_reminders(session: Session, convo: Conversation) -> list[Reminder]:
    """The person's active reminders as they read in a list: those that repeat by the time
    of day they come (8am before 8pm, whichever is next), then one-offs, soonest first."""
    rows = session.scalars(
        select(Reminder)
        .where(Reminder.conversation_id == convo.id, Reminder.active.is_(True))
        .order_by(Reminder.next_fire_at.asc().nulls_last(), Reminder.id)
    )
    return sorted(rows, key=lambda row: _list_order(row, convo.timezone))


def put_off_from(session: Session, convo: Conversation, sent: Reminder) -> Reminder:
    """The reminder ``sent`` stands for: itself, or, for a one-off put off from a repeating
    one ("later", then it came), that repeating one ("stop these" means it)."""
    if sent.rrule:
        return sent
    for row in active_reminders(session, convo):
        if row.rrule and row.kind == sent.kind and row.label == sent.label:
            return row
    return sent


def _put_off_copy(session: Session, sent: Reminder) -> bool:
    """Whether a one-off is a repeating reminder of theirs put off, kept or cancelled since."""
    rows = session.scalars(
        select(Reminder).where(
            Reminder.conversation_id == sent.conversation_id,
            Reminder.kind == sent.kind,
            Reminder.rrule.is_not(None),
        )
    )
    return any(row.label == sent.label for row in rows)


def _list_order(row: Reminder, tz: str) -> tuple[int, str]:
    """Repeating ones first, by local time of day; one-offs after, by when they come."""
    if row.rrule:
        context = when_context(row, tz)
        hours = context.get("hours") or [context["hour"]]
        return 0, f"{hours[0]:02d}:{context['minute']:02d}"
    if row.next_fire_at is None:
        return 2, ""
    return 1, row.next_fire_at.isoformat()


def reschedule(
    session: Session,
    reminder: Reminder,
    *,
    local_time: str | None,
    rrule: str | None,
    first: datetime | None,
    now: datetime,
) -> Reminder:
    """Change the time, the rule or the first date; None keeps the existing value."""
    convo = session.get(Conversation, reminder.conversation_id)
    tz = convo.timezone if convo is not None else reminder.timezone
    rule = _normalise_rule(rrule) if rrule is not None else reminder.rrule
    local = local_time if local_time is not None else reminder.local_time
    if local is not None:
        parse_hhmm(local)  # reject "25:00" before it is stored
    if rule is None and first is None:
        # A one-off moved to another time of day keeps its day, unless that time has passed
        # ("make it 5pm" at six for one due at 6:10): then the next day at that time.
        first = _same_day_at(reminder.next_fire_at, local, tz) if local else reminder.next_fire_at
        if first is not None and local and first <= now:
            first = _same_day_at(now + timedelta(days=1), local, tz)
    if rule is not None and local is None:
        local = _local_time(rule, None, first or reminder.next_fire_at, tz)
    rule, local = _pin_time(rule, local)
    fire_at = first_fire(rule, local, tz, first, now)
    reminder.rrule, reminder.local_time, reminder.timezone = rule, local, tz
    reminder.next_fire_at, reminder.anchor_at = fire_at, fire_at
    reminder.queued_at = None  # a task queued for the old time finds nothing due
    reminder.active = True
    session.flush()
    return reminder


def resume(session: Session, convo: Conversation, ids: list[int], now: datetime) -> int:
    """Switch back on the reminders an opt-out switched off; a one-off whose time has passed
    stays off. Returns how many are on again."""
    resumed = 0
    for reminder in session.scalars(
        select(Reminder).where(
            Reminder.conversation_id == convo.id,
            Reminder.id.in_(ids),
            Reminder.active.is_(False),
        )
    ):
        # (stored times come back aware, in UTC: store.types.UTCDateTime)
        due = (
            _following(reminder, reminder.timezone, now)
            if reminder.rrule
            else reminder.next_fire_at
        )
        if due is None or due <= now:
            continue
        reminder.active, reminder.next_fire_at, reminder.queued_at = True, due, None
        resumed += 1
    session.flush()
    return resumed


def back_on(session: Session, convo: Conversation, ids: list[int], now: datetime) -> list[Reminder]:
    """Switch back on the reminders of theirs with these ids, just cancelled or held by a
    pause: a repeating one from its next time, a one-off at the time it was set for while
    that is still to come. Returns those on again."""
    rows = []
    for row in session.scalars(
        select(Reminder).where(Reminder.conversation_id == convo.id, Reminder.id.in_(ids))
    ):
        due = _following(row, row.timezone or convo.timezone, now) if row.rrule else row.anchor_at
        if due is None or due <= now:
            continue
        row.active, row.next_fire_at, row.queued_at = True, due, None
        rows.append(row)
    session.flush()
    return sorted(rows, key=lambda row: _list_order(row, convo.timezone))


def cancel_reminder(session: Session, reminder: Reminder) -> None:
    """Stop a reminder; a task already queued for it finds it inactive and does nothing."""
    reminder.active = False
    reminder.next_fire_at = None
    reminder.queued_at = None
    session.flush()


def describe(reminder: Reminder, tz: str) -> str:
    """Plain words for when a reminder fires: "every day at 9:00pm", "weekdays at 7:00am"."""
    return render("reminder_when", **when_context(reminder, tz))


def describe_together(rows: list[Reminder], tz: str) -> str:
    """When several reminders set at once fire, in one phrase: "every day at 9:00am, 1:00pm
    and 6:00pm" when only their times differ, else each said in turn."""
    contexts = [when_context(row, tz) for row in rows]
    rest = [
        {k: v for k, v in c.items() if k not in ("hour", "minute")}
        | ({"month_day": None} if c.get("freq") != "MONTHLY" else {})  # (the day it was set)
        for c in contexts
    ]
    if len(rows) < 2 or contexts[0]["once"] or any(r != rest[0] for r in rest):
        return " and ".join(render("reminder_when", **c) for c in contexts)
    clocks = sorted((c["hour"], c["minute"]) for c in contexts)
    return render("reminder_when", **contexts[0], clocks=clocks)


def when_context(reminder: Reminder, tz: str) -> dict[str, Any]:
    """The facts ``reminder_when.txt`` turns into words."""
    zone = ZoneInfo(tz)
    local_next = reminder.next_fire_at.astimezone(zone) if reminder.next_fire_at else None
    if reminder.local_time:
        at = parse_hhmm(reminder.local_time)
        hour, minute = at.hour, at.minute
    elif local_next is not None:
        hour, minute = local_next.hour, local_next.minute
    else:
        hour, minute = 0, 0
    context: dict[str, Any] = {"hour": hour, "minute": minute, "once": not reminder.rrule}
    if not reminder.rrule:
        moment = local_next or datetime.now(zone)
        context.update(weekday=moment.weekday(), day=moment.day, month=moment.month)
        return context
    parts = rule_parts(reminder.rrule)
    days = [WEEKDAYS.index(day[-2:]) for day in parts.get("BYDAY", "").split(",") if day]
    if not days and parts.get("FREQ") == "WEEKLY" and reminder.anchor_at is not None:
        days = [reminder.anchor_at.astimezone(zone).weekday()]
    month_day = parts.get("BYMONTHDAY", "")
    nth = re.fullmatch(r"([+-]?\d)[A-Z]{2}", parts.get("BYDAY", ""))
    if nth and parts.get("FREQ") == "MONTHLY":  # "the last friday of every month": -1FR
        context["nth_day"] = int(nth[1])
    elif not month_day and reminder.anchor_at is not None:
        month_day = str(reminder.anchor_at.astimezone(zone).day)
    context.update(
        freq=parts.get("FREQ", ""),
        interval=int(parts.get("INTERVAL", "1")),
        days=sorted(days),
        month_day=int(month_day.split(",")[0]) if month_day.lstrip("-").isdigit() else None,
        # several hours in a day ("every hour between 9 and 5"): each of them
        hours=[int(h) for h in parts.get("BYHOUR", "").split(",") if h.isdigit()],
    )
    until = re.match(r"(\d{4})(\d{2})(\d{2})", parts.get("UNTIL", ""))
    if until:  # "for the next 5 days": the last day it comes
        last = date(int(until[1]), int(until[2]), int(until[3]))
        context.update(until=(last.weekday(), last.day, last.month))
    return context


# A reminder to fill in the sleep diary we keep: "ok" to it starts the diary here.
_OUR_DIARY = re.compile(r"\bsleep (?:diary|log|journal)\b", re.IGNORECASE)


def for_our_diary(reminder: Reminder) -> bool:
    """A reminder to fill in the sleep diary, which they can do here and now."""
    return bool(_OUR_DIARY.search(reminder.label or ""))


def reminder_reply(reminder: Reminder, due: datetime) -> Reply:
    """The message for one occurrence; a WhatsApp template carries it outside 24 h."""
    text = render(f"reminder_{reminder.kind}", label=reminder.label, diary=for_our_diary(reminder))
    return Reply(
        text=text,
        kind="reminder",
        dedupe_key=f"reminder:{reminder.id}:{due.isoformat()}",
        template="reminder",
        template_vars={"1": text},
    )


@dataclass(frozen=True)
class Fired:
    """What happened to one due reminder."""

    outcome: str  # sent | deferred | dropped | skipped_late | not_due | taken | gone
    conversation_id: int | None = None
    due: datetime | None = None


def claim_due(
    session: Session, now: datetime, lookahead: timedelta, requeue_after: timedelta
) -> list[tuple[int, datetime]]:
    """Mark reminders due within ``lookahead`` as queued and return (id, due) to enqueue.

    The conditional UPDATE hands each occurrence to one dispatcher; a queued one that
    has not fired after ``requeue_after`` (its broker message was lost) is handed out again.
    """
    rows = session.execute(
        update(Reminder)
        .where(
            Reminder.active.is_(True),
            Reminder.next_fire_at <= now + lookahead,
            or_(Reminder.queued_at.is_(None), Reminder.queued_at < now - requeue_after),
        )
        .values(queued_at=now)
        .returning(Reminder.id, Reminder.next_fire_at)
        .execution_options(synchronize_session=False)
    ).all()
    return [(row[0], row[1]) for row in rows if row[1] is not None]


def fire(session: Session, reminder_id: int, now: datetime, settings: dict[str, Any]) -> Fired:
    """Send (or defer, or drop) the due occurrence of one reminder; never twice."""
    return fire_many(session, [reminder_id], now, settings)[0]


def fire_many(
    session: Session, reminder_ids: list[int], now: datetime, settings: dict[str, Any]
) -> list[Fired]:
    """Fire the due occurrences of many reminders: one read, one compare-and-set for all.

    The UPDATE moves ``next_fire_at`` on only where it still holds the occurrence we
    read, and returns the rows it moved; only those get a message, so a racing
    dispatcher (or a retry) that read the same occurrence sends nothing.
    """
    rows = session.execute(
        select(Reminder, Conversation)
        .join(Conversation, Conversation.id == Reminder.conversation_id)
        .where(Reminder.id.in_(reminder_ids))
    ).all()
    found = {reminder.id: (reminder, convo) for reminder, convo in rows}
    results: dict[int, Fired] = {}
    sending: list[tuple[Reminder, Conversation, datetime, datetime | None]] = []
    for reminder_id in reminder_ids:
        if reminder_id not in found:
            results[reminder_id] = Fired("gone")
            continue
        reminder, convo = found[reminder_id]
        decided = _decide(session, reminder, convo, now, settings)
        if isinstance(decided, Fired):
            results[reminder_id] = decided
        else:
            sending.append((reminder, convo, *decided))
    won = _advance_many(session, [(r.id, due, nxt) for r, _, due, nxt in sending], now)
    limit = int(settings["limits"]["max_sms_chars"])
    for reminder, convo, due, _ in sending:
        if reminder.id not in won:
            results[reminder.id] = Fired("taken", convo.id, due)
            continue
        store_reply(session, convo, reminder_reply(reminder, due), now, limit)
        offer = _offered_by(reminder)
        if offer:  # "ok", "sure go on" next starts the exercise, or the diary
            convo.slots = {**convo.slots, "offer": offer, "offer_at": now.isoformat()}
        log.info("reminder_fired", extra={"reminder_id": reminder.id, "conversation_id": convo.id})
        results[reminder.id] = Fired("sent", convo.id, due)
    session.flush()  # every message of the batch in one round trip
    return [results[reminder_id] for reminder_id in reminder_ids]


def _offered_by(reminder: Reminder) -> str | None:
    """What a "yes" to this reminder starts: the breathing exercise, the sleep diary."""
    if reminder.kind == "breathing":
        return "breathing"
    return "sleep_diary" if for_our_diary(reminder) else None


def store_reply(
    session: Session, convo: Conversation, reply: Reply, now: datetime, limit: int
) -> None:
    """Add the outbound row for one occurrence, as ``queue_replies`` would, without a flush.

    The compare-and-set already makes the occurrence ours, so the dedupe look-up that
    ``queue_replies`` does first is skipped (the unique ``dedupe_key`` still backs it up);
    a text long enough to need splitting takes the ``queue_replies`` path.
    """
    if len(split_message(reply.text, limit)) > 1:
        queue_replies(session, convo, [reply], now, limit)
        return
    row = OutboundMessage(
        conversation_id=convo.id,
        body=reply.text.strip(),
        kind=reply.kind,
        dedupe_key=reply.dedupe_key,
        created_at=now,
        updated_at=now,
        variant=reply.template_vars.get("variant"),
    )
    if reply.template:
        row.content_variables = json.dumps(
            {k: v for k, v in reply.template_vars.items() if k != "variant"}
        )
        row.content_sid = reply.template
    session.add(row)


def _decide(
    session: Session,
    reminder: Reminder,
    convo: Conversation,
    now: datetime,
    settings: dict[str, Any],
) -> Fired | tuple[datetime, datetime | None]:
    """Settle a reminder that will not be sent now; else (due, following) to send it."""
    due = reminder.next_fire_at
    if not reminder.active or due is None:
        return Fired("gone")
    if due > now:  # ran early (clock skew, or a rescheduled time): the next tick queues it again
        reminder.queued_at = None
        return Fired("not_due", convo.id, due)
    following = _following(reminder, convo.timezone, max(now, due))
    if held_after_crisis(reminder, convo, now):
        # "take your tablets" the day someone told us of an overdose: never sent; the
        # reminder itself stays for later
        _advance(session, reminder.id, due, **_after_fire(following, None))
        log.info("reminder_skipped", extra={"reminder_id": reminder.id, "reason": "after_crisis"})
        return Fired("dropped", convo.id, due)
    verdict = gate(
        convo, "reminder" if at_chosen_time(reminder) else "reminder_every", now, settings
    )
    if verdict.action == "drop" and verdict.reason == "opted_out":
        _advance(session, reminder.id, due, active=False, next_fire_at=None)
        return Fired("dropped", convo.id, due)
    if verdict.action == "drop" or now - due > MAX_LATENESS:
        # Handed over (or found far too late): skip this occurrence, keep the reminder.
        outcome = "dropped" if verdict.action == "drop" else "skipped_late"
        _advance(session, reminder.id, due, **_after_fire(following, None))
        log.info("reminder_skipped", extra={"reminder_id": reminder.id, "reason": outcome})
        return Fired(outcome, convo.id, due)
    if verdict.action == "defer":
        # "every 2 hours" through the night: the night's ones wait until quiet hours end,
        # and then one comes
        _advance(session, reminder.id, due, next_fire_at=verdict.until)
        return Fired("deferred", convo.id, due)
    return due, following


def _advance_many(
    session: Session, items: list[tuple[int, datetime, datetime | None]], now: datetime
) -> set[int]:
    """Compare-and-set for many reminders in one UPDATE; returns the ids this caller moved."""
    if not items:
        return set()
    stamp = Reminder.__table__.c.next_fire_at.type
    due = case({rid: literal(at, stamp) for rid, at, _ in items}, value=Reminder.id)
    following = case({rid: literal(nxt, stamp) for rid, _, nxt in items}, value=Reminder.id)
    active = case({rid: literal(nxt is not None) for rid, _, nxt in items}, value=Reminder.id)
    moved = session.execute(
        update(Reminder)
        .where(
            Reminder.id.in_([rid for rid, _, _ in items]),
            Reminder.next_fire_at == due,
            Reminder.active.is_(True),
        )
        .values(next_fire_at=following, active=active, last_fired_at=now, queued_at=None)
        .returning(Reminder.id)
        .execution_options(synchronize_session=False)
    )
    return set(moved.scalars())


def _advance(session: Session, reminder_id: int, due: datetime, **values: Any) -> bool:
    """Compare-and-set: move ``next_fire_at`` on from ``due``; True for exactly one caller."""
    result = session.execute(
        update(Reminder)
        .where(
            Reminder.id == reminder_id,
            Reminder.next_fire_at == due,
            Reminder.active.is_(True),
        )
        .values(queued_at=None, **values)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def _after_fire(following: datetime | None, fired_at: datetime | None) -> dict[str, Any]:
    """Column values once an occurrence is done: the next one, or the end of a one-off."""
    values: dict[str, Any] = {"next_fire_at": following, "active": following is not None}
    if fired_at is not None:
        values["last_fired_at"] = fired_at
    return values


def _following(reminder: Reminder, tz: str, after: datetime) -> datetime | None:
    """The occurrence after ``after``; occurrences missed meanwhile collapse into this one."""
    return next_occurrence(reminder.rrule, reminder.local_time, tz, after, reminder.anchor_at)


def _normalise_rule(rrule: str | None) -> str | None:
    """Strip the "RRULE:" prefix and reject rules dateutil cannot read."""
    if not rrule:
        return None
    rule = rrule.strip().removeprefix("RRULE:")
    rrulestr(f"RRULE:{rule}", dtstart=datetime(2026, 1, 1))
    return rule


def _pin_time(rule: str | None, local: str | None) -> tuple[str | None, str | None]:
    """One source for the time of day: ``local_time`` wins over BYHOUR/BYMINUTE in the rule.

    "Move it to 8pm" changes ``local_time`` only, so a rule that still said BYHOUR=21
    would keep firing at nine. A rule with several hours (9am and 9pm) keeps its own.
    """
    if rule is None or local is None:
        return rule, local
    parts = rule_parts(rule)
    if "," in parts.get("BYHOUR", "") or "," in parts.get("BYMINUTE", ""):
        return rule, None
    kept = [
        item
        for item in rule.split(";")
        if item.split("=", 1)[0].strip().upper() not in ("BYHOUR", "BYMINUTE", "BYSECOND")
    ]
    return ";".join(kept), local


def _local_time(
    rule: str | None, local_time: str | None, first: datetime | None, tz: str
) -> str | None:
    """The wall-clock time to keep: given, else the local time of ``first`` for day rules."""
    if local_time:
        parse_hhmm(local_time)
        return local_time
    if rule and first is not None and rule_parts(rule).get("FREQ") not in ("HOURLY", "MINUTELY"):
        return first.astimezone(ZoneInfo(tz)).strftime("%H:%M")
    return None


def _same_day_at(moment: datetime | None, local_time: str, tz: str) -> datetime | None:
    """``moment``'s local day at ``local_time`` (UTC out)."""
    if moment is None:
        return None
    return local_at(moment, parse_hhmm(local_time), tz)


# A day named for a one-off moved to it: "move it to tomorrow", "change it to saturday".
DAY_NAMED = re.compile(
    r"\b(tomorrow|tmrw|tmr|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Before this local hour "tomorrow" still means the coming day's morning.
SMALL_HOURS_END = 5


def day_named(word: str, tz: str, now: datetime) -> date:
    """The local date ``word`` names: tomorrow, or the next such weekday after today."""
    local = now.astimezone(ZoneInfo(tz))
    today = local.date()
    key = word.lower()[:3]
    if key in ("tom", "tmr"):  # at 00:30 "tomorrow" is the coming morning (nlu.when)
        return today if local.hour < SMALL_HOURS_END else today + timedelta(days=1)
    return today + timedelta(days=(_WEEKDAYS.index(key) - today.weekday()) % 7 or 7)


def comes_on(
    next_at: datetime | None, rrule: str | None, local_time: str | None, tz: str, day: date
) -> bool:
    """Whether a reminder due next at ``next_at`` (then by ``rrule``, if it repeats) comes on
    the local ``day``: "what have I got on sunday"."""
    if next_at is None:
        return False
    zone = ZoneInfo(tz)
    first = next_at.astimezone(zone).date()
    if first >= day or not rrule:
        return first == day
    midnight = datetime.combine(day, time(0, 0), tzinfo=zone)
    found = next_occurrence(rrule, local_time, tz, midnight - timedelta(seconds=1), next_at)
    return found is not None and found.astimezone(zone).date() == day


def on_day_named(word: str, moment: datetime, tz: str, now: datetime) -> datetime:
    """``moment``'s time of day on the day ``word`` names: tomorrow, or the next such
    weekday after today (UTC out)."""
    zone = ZoneInfo(tz)
    day = day_named(word, tz, now)
    at = moment.astimezone(zone)
    return datetime.combine(day, at.time().replace(tzinfo=None), tzinfo=zone).astimezone(
        moment.tzinfo
    )


def repeats_on(rrule: str, local_time: str | None, tz: str, day: date) -> bool | None:
    """Whether a repeating reminder comes on the local ``day``; None when that hangs on the
    day it started (every other day, weekly with no day named)."""
    if needs_anchor(rrule):
        return None
    zone = ZoneInfo(tz)
    midnight = datetime.combine(day, time(0, 0), tzinfo=zone)
    found = next_occurrence(rrule, local_time, tz, midnight - timedelta(seconds=1))
    return found is not None and found.astimezone(zone).date() == day


def skip_on(session: Session, row: Reminder, tz: str, day: date) -> str:
    """Skip a repeating reminder on the local ``day`` when that is when it next comes:
    "skipped" (it carries on after that day), "none" (it does not come that day), or
    "later" (another time comes first, which is the one to skip or let come)."""
    if not row.rrule or row.next_fire_at is None:
        return "none"
    zone = ZoneInfo(tz)
    due_day = row.next_fire_at.astimezone(zone).date()
    if due_day < day:
        return "later" if repeats_on(row.rrule, row.local_time, tz, day) is not False else "none"
    if due_day > day:
        return "none"
    end_of_day = datetime.combine(day, time(23, 59, 59), tzinfo=zone)
    row.next_fire_at, row.queued_at = _following(row, tz, end_of_day), None
    row.active = row.next_fire_at is not None
    session.flush()
    return "skipped"


def comes_before(
    rrule: str, local_time: str | None, tz: str, day: date, now: datetime
) -> bool | None:
    """Whether a repeating reminder comes again after ``now`` and before the local ``day``;
    None when that hangs on the day it started."""
    if needs_anchor(rrule):
        return None
    found = next_occurrence(rrule, local_time, tz, now)
    return found is not None and found.astimezone(ZoneInfo(tz)).date() < day


def rezone(session: Session, convo: Conversation, now: datetime) -> int:
    """After a change of time zone every reminder keeps its wall-clock time in the new zone:
    a repeating one its local time, a one-off the same day and time ("Tue at 2pm" is 2pm in
    New York now), so the list and the message agree. A one-off whose new time has already
    gone keeps its old moment. Returns how many moved."""
    moved = 0
    for row in active_reminders(session, convo):
        if row.rrule:
            following = _following(row, convo.timezone, now)
        else:
            following = _same_wall_time(row, convo.timezone, now)
        if following is not None:
            row.next_fire_at, row.timezone, row.queued_at = following, convo.timezone, None
            moved += 1
    session.flush()
    return moved


def _same_wall_time(row: Reminder, tz: str, now: datetime) -> datetime | None:
    """A one-off's local day and time in its old zone, as a moment in ``tz``; None when that
    moment has passed."""
    if row.next_fire_at is None:
        return None
    old = row.next_fire_at.astimezone(ZoneInfo(row.timezone or tz))
    wall = old.replace(tzinfo=None)
    if row.local_time:
        wall = datetime.combine(wall.date(), parse_hhmm(row.local_time))
    moment = wall.replace(tzinfo=ZoneInfo(tz)).astimezone(row.next_fire_at.tzinfo)
    return moment if moment > now else None


def pause_until(
    session: Session, convo: Conversation, resume: datetime, only: list[int] | None = None
) -> list[Reminder]:
    """Hold each repeating reminder (or ``only`` those with these ids) until its first time
    from ``resume`` on; one-offs stay as set. Returns the reminders held."""
    held = []
    for row in _repeating(session, convo):
        if only is not None and row.id not in only:
            continue
        following = _following(row, convo.timezone, resume)
        if following is not None and (row.next_fire_at is None or following > row.next_fire_at):
            row.next_fire_at, row.queued_at = following, None  # a queued task finds nothing due
            held.append(row)
    session.flush()
    return held


def _repeating(session: Session, convo: Conversation) -> list[Reminder]:
    """The person's active reminders that repeat."""
    return [row for row in active_reminders(session, convo) if row.rrule]


# Quiet from us for a while, in a few words: "mute till monday", "pause everything for a
# week", "no messages until i'm back". A pause of their reminders (and with it our nudges),
# never a reminder set for Monday or one cancelled for good.
_OURS = (
    r"(?:everything|it all|all|you|(?:all |the |your |my |these )*(?:messages|texts|"
    r"notifications|reminders|check[- ]?ins|nudges)(?: and (?:the |my |your )?(?:messages|texts|"
    r"notifications|reminders|check[- ]?ins|nudges))?)"
)
QUIET_FOR_A_TIME = re.compile(
    r"^\W*(?:(?:please|pls|plz|can you|could you|can u|just|ok|okay)\s+)*"
    rf"(?:(?:pause|mute|silence)(?: {_OURS})?|no (?:more )?(?:messages|texts|notifications|"
    r"check[- ]?ins|nudges)(?: from (?:you|u))?) (?:for (?:(?:a|one|two|three|four|five|six|"
    r"seven|a few|a couple(?: of)?|\d{1,2}) (?:days?|weeks?)|the (?:week|weekend|holidays?))|"
    r"(?:till|til|until|untill|to) (?:(?:next )?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|tomorrow|next week|the weekend|(?:i'?m|im|i am|i get) back)|this "
    r"(?:week|weekend)|over the weekend)(?:\s+(?:please|pls|plz|thanks|thank you|thx|x+))*\W*$",
    re.IGNORECASE,
)
# A break from us, in words: "take a break from messaging me", "i need a break from these
# messages", "stop texting me for a few days" (not "stop texting me", or "... at night").
BREAK_FROM_US = re.compile(
    r"\b(?:a break|a rest|some space|some time off|time off) from (?:(?:your|these|the|all the|"
    r"all these|all your|ur) (?:messages|texts|reminders|check[- ]?ins|notifications|nudges)|"
    r"(?:messaging|texting|contacting) me|you|mindlink)\b|"
    r"\b(?:stop|quit|don'?t|dont|do not|no) (?:text|messag|contact)\w* me\b.{0,12}?\b(?:for (?:a "
    r"(?:bit|while|little while|few days|couple of days|week|few weeks)|the (?:week|weekend|time "
    r"being|next few days|holidays?)|(?:a few|a couple(?: of)?|\d{1,2}|two|three) (?:days|weeks)|"
    r"now)|this (?:week|weekend)|(?:till|until|til|untill) (?:\w+day|tomorrow|next week|"
    r"(?:i'?m|im|i am|i get) back))\b",
    re.IGNORECASE,
)


def quiet_for_a_while(text: str) -> bool:
    """ "mute till monday", "take a break from messaging me": our messages held for a while,
    never the end of them (STOP) nor a reminder set or cancelled."""
    return bool(QUIET_FOR_A_TIME.match(text) or BREAK_FROM_US.search(text))


# A break from their reminders in other words, whatever else is said with it: "pause everything
# except my meds till friday", "snooze my reminders for 3 days", "put my reminders on hold".
# Never "pause it" mid-exercise, nor "snooze" to a reminder just come (one put off).
PAUSE_ASKED = re.compile(
    r"\b(?:pause|snooze|mute|silence|suspend|freeze)\W+(?:(?:all|both|every ?one) of\s+)?"
    r"(?:(?:all|both|my|the|your|ur|these|those|of)\s+)*(?:everything|all|them\b(?=.*\b(?:for|"
    r"till|til|until|untill|except|apart|but|over|this|next)\b)|(?:reminders|check[- ]?ins|"
    r"messages|texts|notifications|nudges|pings)\b)|\bput (?:(?:all|both|my|the|your|ur|these|"
    r"those|of)\s+)*(?:everything|reminders|check[- ]?ins|messages|notifications) on hold\b|"
    # "pause the water ones till tomorrow", "snooze my gym reminder for a week": those named
    r"\b(?:pause|snooze|mute|silence|suspend|freeze)\W+(?:the|my|your|ur|these|those)\s+"
    r"(?:[\w'-]+\s+){1,2}?(?:reminders?|ones?)\b(?=.*\b(?:for|till|til|until|untill|this|next|"
    r"today|tonight|tomorrow)\b)|"
    # "enough water reminders for today", "no more reminders today pls": the rest of today
    r"\b(?:enough|no more)\s+(?:of\s+)?(?:(?:the|my|your|ur|these|those)\s+)?(?:[\w'-]+\s+)"
    r"{0,2}?(?:reminders|ones|pings|texts|messages)\b(?=.*\b(?:today|tonight)\b)",
    re.IGNORECASE,
)


# None of them for a time said: "im away next week so no run reminders", "no reminders while
# im on holiday pls" (not "no more reminders", which ends them).
_NONE_OF_THEM = re.compile(
    # (not "i got no reminders this week", "why were there no reminders till now")
    r"^(?!.*\b(?:got|had|get|getting|received|been|were|was|why|did|didn'?t|didnt|haven'?t|"
    r"havent)\b).*\bno (?!more\b)(?:[\w'-]+ ){0,2}(?:reminders|check[- ]?ins|messages|texts|"
    r"notifications|nudges)\b",
    re.IGNORECASE,
)
_FOR_A_TIME = re.compile(
    r"\b(?:next week|this week|(?:this|next|the) weekend|for (?:a|the|one|two|three|a few|a couple|"
    r"\d{1,2})\b|till|til|until|untill|while (?:i'?m|im|i am)|on holiday|away)\b",
    re.IGNORECASE,
)


def pause_asked(text: str) -> bool:
    """ "pause everything except my meds till friday", "snooze my reminders for 3 days": their
    reminders held for a while (all, or all but those named), never cancelled."""
    return PAUSE_ASKED.search(text) is not None or bool(
        _NONE_OF_THEM.search(text) and _FOR_A_TIME.search(text)
    )


# Medicine in a reminder: after a crisis, a prompt to take it is not sent for a while.
_MEDICINE = re.compile(
    r"\b(?:pills?|tablets?|meds|medicines?|medications?|insulin|paracetamol|acetaminophen|"
    r"tylenol|ibuprofen|dose|antidepressants?|sertraline|citalopram|fluoxetine|"
    r"lithium|quetiapine|mirtazapine|diazepam|painkillers?|capsules?|vitamins?)\b",
    re.IGNORECASE,
)
MEDICINE_HOLD = timedelta(hours=72)


def for_medicine(reminder: Reminder) -> bool:
    """A reminder to take medicine ("take my meds", "inhaler")."""
    return medicine_label(reminder.label or "")


def medicine_label(label: str) -> bool:
    """Whether what a reminder is for is taking medicine ("take my meds", "inhaler")."""
    return bool(_MEDICINE.search(label)) or "inhaler" in label


def held_after_crisis(reminder: Reminder, convo: Conversation, now: datetime) -> bool:
    """A medicine reminder within three days of a crisis told: skipped, not sent."""
    last = convo.last_crisis_at
    if last is None or now - last > MEDICINE_HOLD:
        return False
    return bool(_MEDICINE.search(reminder.label or ""))


# A task for bedtime, set for the night on purpose: "take my sleeping pills at 10pm", "kill
# the lights at 11".
_BEDTIME_TASK = re.compile(
    r"\b(?:sleeping (?:pills?|tablets?)|melatonin|night(?:time)? (?:meds|medication|tablets?|"
    r"pills?|dose)|bed|bedtime|sleep|lights? (?:off|out)|(?:kill|turn off|switch off) the "
    r"lights?)\b",
    re.IGNORECASE,
)


def at_chosen_time(reminder: Reminder) -> bool:
    """Whether it comes at a time of day the person chose (so quiet hours do not hold it):
    "at 6am", "every day at 9pm", "in 20 minutes"; not the night-time ones of "every 2
    hours", which only the arithmetic put there."""
    if not reminder.rrule:
        return True
    parts = rule_parts(reminder.rrule)
    return parts.get("FREQ") not in ("HOURLY", "MINUTELY") or "BYHOUR" in parts


def held_in_quiet_hours(reminder: Reminder, tz: str, start: str, end: str) -> bool:
    """Whether some of its times in the coming day fall in quiet hours and so wait until
    they end ("every 2 hours": the night's ones)."""
    if at_chosen_time(reminder) or for_bedtime(reminder) or reminder.next_fire_at is None:
        return False
    until = reminder.next_fire_at + timedelta(days=1)
    due: datetime | None = reminder.next_fire_at
    while due is not None and due < until:
        if in_quiet_hours(due, tz, start, end):
            return True
        due = _following(reminder, tz, due)
    return False


def for_bedtime(reminder: Reminder) -> bool:
    """A bedtime reminder, or a task for bedtime: sent at the time set, quiet hours or not
    (holding "take my sleeping pills" until morning would defeat it)."""
    return bedtime_task(reminder.kind, reminder.label or "")


def bedtime_task(kind: str, label: str) -> bool:
    """Whether a reminder of this kind and label is for bedtime (see ``for_bedtime``)."""
    return kind == "sleep" or bool(_BEDTIME_TASK.search(label))


# How long after an exercise or a check-in "remind me to do this again tomorrow" means it.
_JUST_DONE_FOR = timedelta(hours=2)


# How long a one-off reminder that was sent is still spoken of when they ask for their list.
SENT_LATELY = timedelta(days=3)


def last_sent(session: Session, convo: Conversation, now: datetime) -> dict[str, Any] | None:
    """The reminder sent last, within `SENT_LATELY`, when it was a one-off that is now done:
    what it was for and when it was due, in their time ("did you remind me?" with none left is
    answered with it, not "you don't have any reminders yet")."""
    sent = session.execute(
        select(OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id, OutboundMessage.kind == "reminder")
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if sent is None or not sent.dedupe_key or now - _aware(sent.created_at) > SENT_LATELY:
        return None
    _, number, due = sent.dedupe_key.split(":", 2)
    reminder = session.get(Reminder, int(number))
    if reminder is None or reminder.active or reminder.rrule:  # (a repeating one was cancelled)
        return None
    if _put_off_copy(session, reminder):  # "later" to a repeating one, cancelled since
        return None
    at = _aware(datetime.fromisoformat(due)).astimezone(ZoneInfo(convo.timezone))  # as set
    today = now.astimezone(ZoneInfo(convo.timezone)).date()
    return {
        "kind": reminder.kind,
        "label": reminder.label,
        "days_ago": (today - at.date()).days,
        "weekday": at.weekday(),
        "day": at.day,
        "month": at.month,
        "hour": at.hour,
        "minute": at.minute,
    }


def last_done(session: Session, convo: Conversation, now: datetime) -> dict[str, str] | None:
    """The breathing exercise or check-in under way or done within two hours, and the local
    time ("HH:MM", to five minutes) it began: what "do this again tomorrow" points at."""
    flow = convo.active_flow or str(convo.slots.get("aside_from") or "")
    if flow.startswith(("breathing", "checkin")):  # (asked for halfway through it)
        kind = "breathing" if flow.startswith("breathing") else "checkin"
        began = convo.flow_updated_at or now
        if kind == "breathing":
            sid = convo.slots.get("breathing_session_id")
            row = session.get(BreathingSession, sid) if sid else None
            began = row.started_at if row is not None and row.status == "running" else now
        return _done_at(kind, began, convo.timezone)
    found: list[tuple[datetime, str]] = []
    breathed = session.scalars(
        select(BreathingSession.started_at)
        .where(BreathingSession.conversation_id == convo.id)
        .order_by(BreathingSession.started_at.desc())
        .limit(1)
    ).first()
    if breathed is not None:
        found.append((_aware(breathed), "breathing"))
    checked = session.scalars(
        select(CheckIn.created_at)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.created_at.desc())
        .limit(1)
    ).first()
    if checked is not None:
        found.append((_aware(checked), "checkin"))
    recent = [(at, kind) for at, kind in found if now - at <= _JUST_DONE_FOR]
    if not recent:
        return None
    began, kind = max(recent)
    return _done_at(kind, began, convo.timezone)


def _aware(moment: datetime) -> datetime:
    """A stored time, read as UTC when it carries no zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _done_at(kind: str, began: datetime, tz: str) -> dict[str, str]:
    local = _aware(began).astimezone(ZoneInfo(tz))
    minute = local.minute - local.minute % 5
    return {"kind": kind, "at": f"{local.hour:02d}:{minute:02d}"}


# A check-in asked for later, said with no reminder word: "check in tmrw at 8?", "can we check
# in tonight", "check-in at 9 every evening" (not "check in at 8 for my flight").
_CHECKIN_LATER = re.compile(
    r"^\W*(?:(?:can|could|shall) (?:we|u|you) |let'?s |pls |please )?(?:do |have )?"
    r"(?:a |another |my )?check[- ]?in(?: with me| w me| w/ me)?\s+(?:tomorrow|tmrw|tmr|tonight|"
    r"later|this (?:morning|evening|afternoon)|every|each|at \d|in \d|in an? |"
    r"on (?:mon|tue|wed|thu|fri|sat|sun))"
    r"(?!.*\b(?:flight|hotel|airport|gate|online|desk|reception|train|ferry|luggage|bags?)\b)",
    re.IGNORECASE,
)


def checkin_later(text: str) -> bool:
    """A check-in asked for at a later time in so many words ("check in tmrw at 8?")."""
    return _CHECKIN_LATER.search(text) is not None


# A go-ahead, or a plain "ok", to a check-in reminder's "how are you feeling, 1 to 10?": "👍",
# "ok 👍", "yes", "sure go on", "yep lets do it", "👍🏻". Each word or mark must be one of these.
_GO_AHEAD_WORDS = frozenset(
    (
        "ok", "okay", "oki", "okie", "okey", "k", "kk", "ok ok", "yes", "yeah", "yea", "yep",
        "yup", "ya", "yh", "sure", "alright", "aight", "go", "on", "then", "ahead", "lets",
        "let's", "do", "it", "this", "ready", "sounds", "good", "will", "fine", "now", "thanks",
        "ta", "thx", "cheers", "x", "please", "pls", "go on",
    )
)  # fmt: skip
_GO_AHEAD_MARKS = frozenset("👍👌✅🙂😊🙌👊🤙😂🤣")
_SKIN_TONE = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f]")


def goes_ahead(text: str) -> str | None:
    """ "👍", "ok 👍", "yes", "sure go on", said to a check-in reminder: what starts the
    check-in, read as the check-in itself reads it ("ok" and "👍" are a 6 said back, "yes" asks
    the number); None for anything else."""
    from bot.moods import mood_in_words

    said = _SKIN_TONE.sub("", text).lower()
    marks = [c for c in said if c in _GO_AHEAD_MARKS]
    words = re.sub(f"[{''.join(_GO_AHEAD_MARKS)}]", " ", said)
    words_said = re.findall(r"[\w']+", words)
    left = re.sub(r"[\w'\s.,!]", "", words)
    if left or not (marks or words_said):
        return None
    if not all(word in _GO_AHEAD_WORDS for word in words_said):
        return None
    plain = " ".join(words_said)
    if plain and mood_in_words(plain) is not None:
        return plain  # "ok", "good thanks": the mood they said
    if marks and all(mark in "👍👌✅🙌👊🤙" for mark in marks):
        return "ok"  # a thumbs up is an ok, as in the check-in
    if marks:
        return "".join(marks)  # "🙂"
    return "check in"  # "yes", "sure go on": the check-in, from its first question


def just_sent(
    session: Session, convo: Conversation, now: datetime, within: timedelta = timedelta(hours=2)
) -> list[Reminder]:
    """The reminders whose messages were the last thing sent, together, within two hours (or
    ``within``): two due at 8pm go out in one batch, and "snooze" after them means both."""
    last = session.execute(
        select(OutboundMessage.kind, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if last is None or last.kind != "reminder" or now - last.created_at > within:
        return []
    keys = session.scalars(
        select(OutboundMessage.dedupe_key).where(
            OutboundMessage.conversation_id == convo.id,
            OutboundMessage.kind == "reminder",
            OutboundMessage.created_at == last.created_at,
        )
    )
    ids = sorted({int(key.split(":")[1]) for key in keys if key and key.startswith("reminder:")})
    if not ids:
        return []
    return list(session.scalars(select(Reminder).where(Reminder.id.in_(ids)).order_by(Reminder.id)))


def came_lately(
    session: Session, convo: Conversation, now: datetime, within: timedelta = timedelta(minutes=15)
) -> list[Reminder]:
    """The reminders to do something sent in the last quarter hour (or ``within``), whatever
    was sent since: a diary question asked after one came leaves "took them" about it."""
    keys = session.scalars(
        select(OutboundMessage.dedupe_key).where(
            OutboundMessage.conversation_id == convo.id,
            OutboundMessage.kind == "reminder",
            OutboundMessage.created_at >= now - within,
        )
    )
    ids = {int(key.split(":")[1]) for key in keys if key and key.startswith("reminder:")}
    if not ids:
        return []
    rows = session.scalars(select(Reminder).where(Reminder.id.in_(ids)))
    return [row for row in rows if row.kind != "checkin"]


def put_off(
    session: Session, convo: Conversation, now: datetime, within: timedelta = timedelta(hours=2)
) -> list[Reminder]:
    """The reminders that came within two hours (or ``within``) and were put off since ("not
    yet"), waiting to come again: "took them" before then is about them."""
    sent = session.execute(
        select(OutboundMessage.kind, OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(3)
    ).all()
    if not sent or sent[0].kind == "reminder":  # just come: not put off (see ``just_sent``)
        return []
    came = next((row for row in sent if row.kind == "reminder"), None)
    if came is None or not came.dedupe_key or now - came.created_at > within:
        return []
    reminder = session.get(Reminder, int(came.dedupe_key.split(":")[1]))
    if reminder is None:
        return []
    return [
        row
        for row in active_reminders(session, convo)
        if not row.rrule
        and row.kind == reminder.kind
        and row.label == reminder.label
        and row.created_at >= came.created_at
    ]


# "postpone it by an hour", "push it back 30 mins", "bring it forward by half an hour",
# "make it an hour later": moved by so long, earlier or later.
_LATER_BY = re.compile(
    r"\b(?:postpone|delay|push(?:ed)? (?:\w+ ){0,3}back|put (?:\w+ ){0,3}off|move (?:\w+ ){0,3}"
    r"(?:back|later)|"
    r"later)\b",
    re.IGNORECASE,
)
_EARLIER_BY = re.compile(
    r"\b(?:prepone|bring (?:\w+ ){0,3}forward|move (?:\w+ ){0,3}(?:up|earlier)|earlier|sooner)\b",
    re.IGNORECASE,
)
BY_HOW_LONG = re.compile(
    r"\b(?:by\s+)?((?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty five|"
    r"half an?|a couple of|a few)\s*(?:hours?|hrs?|minutes?|mins?)(?: and a half)?)\b",
    re.IGNORECASE,
)


def shifted_by(text: str) -> int | None:
    """Minutes to move a reminder by, later (+) or earlier (-), when the message says so
    ("prepone it by one hour" -> -60); None when it names a new time instead."""
    from nlu import parse_duration_minutes

    how_long = BY_HOW_LONG.search(text)
    if how_long is None or re.search(r"\bin\s+" + re.escape(how_long.group(1)), text, re.I):
        return None  # "move it to in 2 hours": a new time, not a shift
    minutes = parse_duration_minutes(how_long.group(1))
    if not minutes:
        return None
    if _EARLIER_BY.search(text):
        return -minutes
    if _LATER_BY.search(text):
        return minutes
    return None
