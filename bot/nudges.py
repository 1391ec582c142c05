"""Inactivity nudges that draw on what the person did and felt, and stop when ignored.

Each conversation carries ``next_nudge_at``. The scheduler plans it, and fires it with a
compare-and-set on that column plus a unique outbound ``dedupe_key``, so a nudge goes
once however many dispatchers run. ``note_reply`` (called by the dialogue layer on every
inbound message) records that the person answered and lets the scheduler plan afresh.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.locale import helpline_of
from bot.outbox import queue_replies
from bot.proactive import gate, quiet_window
from bot.schedule import defer_past_quiet, nudge_due_at, usual_hour
from bot.text import render
from bot.types import Reply
from store.models import (
    BreathingSession,
    CheckIn,
    Conversation,
    InboundMessage,
    Nudge,
    OutboundMessage,
    Reminder,
    ScheduledJob,
)

log = logging.getLogger("mindlink.nudges")

VARIANTS = ("a", "b")
REPLY_WINDOW = timedelta(hours=24)
STOP_REASON = "unanswered_nudges"
ASKED_REASON = "asked"  # "don't check in on me unless i text first"


# A nudge within this long of a crisis asks after them gently, and nothing else.
AFTER_CRISIS = timedelta(days=14)
# After abuse was told, no nudge for this long: someone else may see the phone.
AFTER_ABUSE = timedelta(days=30)
# A nudge keeps this far from any other message of ours: "time for your check-in" and "it
# has been a little while" in the same minute read as two voices talking at once.
APART = timedelta(hours=3)


@dataclass(frozen=True)
class NudgeFacts:
    """What a nudge may mention: how they felt, what they kept up, what helped."""

    last_mood: int | None = None
    streak: int = 0
    exercise: str | None = None
    days_away: int = 0
    after_crisis: bool = False


def streak_days(days: list[date]) -> int:
    """Consecutive days with a check-in, counting back from the latest one."""
    unique = sorted(set(days), reverse=True)
    if not unique:
        return 0
    count = 1
    for newer, older in pairwise(unique):
        if newer - older != timedelta(days=1):
            break
        count += 1
    return count


def situation(facts: NudgeFacts) -> str:
    """Which kind of nudge fits: the most personal thing we know wins; after a crisis, only
    a gentle asking after them, with help in reach."""
    if facts.after_crisis:
        return "after_crisis"
    if facts.last_mood is not None and facts.last_mood <= 4:
        return "low_mood"
    if facts.streak >= 3:
        return "streak"
    if facts.exercise:
        return "exercise"
    if facts.last_mood is not None and facts.last_mood >= 7:
        return "good_mood"
    return "general"


def variant_for(facts: NudgeFacts, conversation_id: int, sent_before: int) -> str:
    """``<situation>_<a|b>``: alternates per person, so a second nudge never repeats the first."""
    letter = VARIANTS[(conversation_id + sent_before) % len(VARIANTS)]
    return f"{situation(facts)}_{letter}"


def gather(session: Session, convo: Conversation, now: datetime) -> NudgeFacts:
    """Read the facts a nudge may draw on from the person's history."""
    zone = ZoneInfo(convo.timezone)
    checkins = session.execute(
        select(CheckIn.mood, CheckIn.created_at)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.created_at.desc())
        .limit(60)
    ).all()
    exercise = session.scalar(
        select(BreathingSession.pattern)
        .where(
            BreathingSession.conversation_id == convo.id,
            BreathingSession.status == "done",
            # "seemed to help" only where the mood after was better than before
            BreathingSession.mood_after > BreathingSession.mood_before,
        )
        .group_by(BreathingSession.pattern)
        .order_by(func.count().desc(), func.max(BreathingSession.started_at).desc())
        .limit(1)
    )
    last = convo.last_inbound_at
    return NudgeFacts(
        last_mood=int(checkins[0][0]) if checkins else None,
        streak=streak_days([at.astimezone(zone).date() for _, at in checkins]),
        exercise=exercise,
        days_away=(now - last).days if last else 0,
        after_crisis=convo.last_crisis_at is not None and now - convo.last_crisis_at < AFTER_CRISIS,
    )


def writing_hour(session: Session, convo: Conversation, sample: int = 50) -> int | None:
    """The local hour the person usually writes at, from their recent messages."""
    times = session.scalars(
        select(InboundMessage.received_at)
        .where(InboundMessage.conversation_id == convo.id)
        .order_by(InboundMessage.id.desc())
        .limit(sample)
    ).all()
    return usual_hour(times, convo.timezone)


def _config(settings: dict[str, Any]) -> dict[str, Any]:
    return dict(settings.get("nudges") or {})


def _state(session: Session, convo: Conversation) -> tuple[datetime | None, int, int]:
    """(last nudge time, unanswered count, nudges ever sent); a reply since resets the count."""
    last_nudge, sent = session.execute(
        select(func.max(Nudge.sent_at), func.count(Nudge.id)).where(
            Nudge.conversation_id == convo.id
        )
    ).one()
    unanswered = convo.unanswered_nudges
    inbound = convo.last_inbound_at
    if inbound is not None and last_nudge is not None and inbound > last_nudge:
        unanswered = 0  # they wrote after the last nudge even if note_reply was not called
    return last_nudge, unanswered, int(sent)


def plan(
    session: Session,
    convo: Conversation,
    settings: dict[str, Any],
    not_before: datetime | None = None,
) -> tuple[datetime | None, int]:
    """When the next nudge is due (None: none), and how many are unanswered.

    With ``not_before``, an overdue plan starts from then, so someone away for weeks
    still hears from us at their usual hour rather than the moment we notice.
    """
    cfg = _config(settings)
    last_nudge, unanswered, _ = _state(session, convo)
    due = nudge_due_at(
        last_inbound_at=convo.last_inbound_at,
        last_nudge_at=last_nudge,
        unanswered=unanswered,
        inactive_hours=float(cfg.get("inactive_hours", 72)),
        backoff_hours=[float(h) for h in cfg.get("backoff_hours", [72])],
        max_unanswered=int(cfg.get("max_unanswered", 3)),
        tz=convo.timezone,
        hour=writing_hour(session, convo, int(cfg.get("usual_hour_messages", 50))),
        quiet=quiet_window(convo, settings),
        not_before=not_before,
    )
    return due, unanswered


def plan_unplanned(
    session: Session, now: datetime, settings: dict[str, Any], limit: int = 1000
) -> int:
    """Give conversations that have none a planned nudge time (or a reason for none)."""
    convos = session.scalars(
        select(Conversation)
        .where(
            Conversation.next_nudge_at.is_(None),
            Conversation.nudges_stopped_reason.is_(None),
            Conversation.opted_out.is_(False),
            Conversation.handed_over.is_(False),
            Conversation.onboarded.is_(True),  # never someone who did not sign up
            Conversation.last_inbound_at.is_not(None),
        )
        .order_by(Conversation.id)
        .limit(limit)
    ).all()
    for convo in convos:
        due, _ = plan(session, convo, settings, not_before=now)
        convo.next_nudge_at = due
        if due is None:
            convo.nudges_stopped_reason = STOP_REASON
    session.flush()
    return len(convos)


def due_conversations(session: Session, now: datetime, limit: int = 5000) -> list[int]:
    """Ids of conversations whose planned nudge is due."""
    return list(
        session.scalars(
            select(Conversation.id)
            .where(
                Conversation.next_nudge_at <= now,
                Conversation.opted_out.is_(False),
                Conversation.onboarded.is_(True),
                Conversation.nudges_stopped_reason.is_(None),
            )
            .order_by(Conversation.next_nudge_at)
            .limit(limit)
        )
    )


@dataclass(frozen=True)
class NudgeOutcome:
    """What happened to one due nudge."""

    outcome: str  # sent | deferred | dropped | replanned | stopped | not_due | taken | gone
    variant: str | None = None


def fire(
    session: Session, conversation_id: int, now: datetime, settings: dict[str, Any]
) -> NudgeOutcome:
    """Send the due nudge of one conversation, or defer, re-plan or stop it; never twice."""
    convo = session.get(Conversation, conversation_id)
    if convo is None:
        return NudgeOutcome("gone")
    due = convo.next_nudge_at
    if due is None or due > now:
        return NudgeOutcome("not_due")
    verdict = gate(convo, "nudge", now, settings)
    if verdict.action == "drop":
        _move(session, convo.id, due, next_nudge_at=None)
        return NudgeOutcome("dropped")
    if verdict.action == "defer":
        _move(session, convo.id, due, next_nudge_at=verdict.until)
        return NudgeOutcome("deferred")
    held = _paused_until(convo)
    if held is not None and held > now:  # "pause everything for a week": nothing till then
        later, _ = plan(session, convo, settings, not_before=held)
        _move(session, convo.id, due, next_nudge_at=later or held)
        return NudgeOutcome("deferred")
    planned, unanswered = plan(session, convo, settings)
    if planned is None:
        _move(session, convo.id, due, next_nudge_at=None, nudges_stopped_reason=STOP_REASON)
        log.info("nudges_stopped", extra={"conversation_id": convo.id})
        return NudgeOutcome("stopped")
    if planned > due:  # they wrote (or a nudge went) since this was planned
        later, _ = plan(session, convo, settings, not_before=now)
        _move(session, convo.id, due, next_nudge_at=later)
        return NudgeOutcome("replanned")
    if _abuse_told_lately(convo, now):  # a message from us could put them at risk
        _move(session, convo.id, due, next_nudge_at=now + AFTER_ABUSE)
        return NudgeOutcome("dropped")
    clear = clear_of_others(session, convo, now)
    if clear > now:  # a reminder or a follow-up just went, or is about to: one at a time
        _move(
            session,
            convo.id,
            due,
            next_nudge_at=defer_past_quiet(clear, convo.timezone, *quiet_window(convo, settings)),
        )
        return NudgeOutcome("deferred")
    _, _, sent_before = _state(session, convo)
    facts = gather(session, convo, now)
    variant = variant_for(facts, convo.id, sent_before)
    following = _after_sending(convo, now, unanswered + 1, settings)
    if not _move(session, convo.id, due, next_nudge_at=following, unanswered_nudges=unanswered + 1):
        return NudgeOutcome("taken")
    session.add(Nudge(conversation_id=convo.id, variant=variant, sent_at=now))
    text = render(f"nudge_{variant}", facts=facts, helpline=helpline_of(convo, settings))
    if unanswered + 1 >= int(_config(settings).get("max_unanswered", 3)):
        # the last before they stop: said so, so silence is never met with more of the same
        text = f"{text}\n{render('nudge_last')}"
    reply = Reply(
        text=text,
        kind="nudge",
        dedupe_key=f"nudge:{convo.id}:{due.isoformat()}",
        template="nudge",
        template_vars={"variant": variant},
    )
    queue_replies(session, convo, [reply], now, int(settings["limits"]["max_sms_chars"]))
    log.info("nudge_sent", extra={"conversation_id": convo.id, "variant": variant})
    return NudgeOutcome("sent", variant)


def _paused_until(convo: Conversation) -> datetime | None:
    """When the reminders they paused start again: the reply said nothing comes until then,
    so no nudge does either."""
    paused = (convo.slots or {}).get("reminders_paused") or {}
    if not paused.get("until") or not paused.get("all", True):  # one reminder paused: not us
        return None
    return datetime.fromisoformat(str(paused["until"]))


def clear_of_others(session: Session, convo: Conversation, now: datetime) -> datetime:
    """The first moment from ``now`` that is ``APART`` from every other message we sent them
    or will send soon (a reminder, a follow-up); ``now`` when none is near."""
    near = [
        session.scalar(
            select(func.max(OutboundMessage.created_at)).where(
                OutboundMessage.conversation_id == convo.id,
                OutboundMessage.created_at > now - APART,
            )
        ),
        session.scalar(
            select(func.max(Reminder.next_fire_at)).where(
                Reminder.conversation_id == convo.id,
                Reminder.active.is_(True),
                Reminder.next_fire_at <= now + APART,
            )
        ),
        session.scalar(
            select(func.max(ScheduledJob.due_at)).where(
                ScheduledJob.conversation_id == convo.id,
                ScheduledJob.status == "pending",
                ScheduledJob.due_at <= now + APART,
            )
        ),
    ]
    moments = [moment for moment in near if moment is not None]
    return max(now, *(moment + APART for moment in moments)) if moments else now


def _abuse_told_lately(convo: Conversation, now: datetime) -> bool:
    """Abuse told within ``AFTER_ABUSE``, or they asked us to text only when they write."""
    if convo.slots.get("only_when_texted"):
        return True
    recent = convo.last_crisis_at is not None and now - convo.last_crisis_at < AFTER_ABUSE
    return recent and convo.slots.get("crisis_kind") == "abuse"


def note_reply(session: Session, convo: Conversation, now: datetime) -> None:
    """The person wrote: credit the nudges of the last 24 h and let nudges start afresh."""
    session.execute(
        update(Nudge)
        .where(
            Nudge.conversation_id == convo.id,
            Nudge.replied.is_(None),
            Nudge.sent_at >= now - REPLY_WINDOW,
        )
        .values(replied=True)
        .execution_options(synchronize_session=False)
    )
    expire_replies(session, now, convo.id)
    convo.unanswered_nudges = 0
    if convo.nudges_stopped_reason == STOP_REASON:
        convo.nudges_stopped_reason = None
    convo.next_nudge_at = None  # the scheduler plans the next one from this message


def expire_replies(session: Session, now: datetime, conversation_id: int | None = None) -> int:
    """Nudges with no reply within 24 h are recorded as not replied."""
    query = update(Nudge).where(Nudge.replied.is_(None), Nudge.sent_at < now - REPLY_WINDOW)
    if conversation_id is not None:
        query = query.where(Nudge.conversation_id == conversation_id)
    result = session.execute(
        query.values(replied=False).execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _after_sending(
    convo: Conversation, now: datetime, unanswered: int, settings: dict[str, Any]
) -> datetime:
    """When to look again after this nudge: the next one, or the check that stops them."""
    cfg = _config(settings)
    backoff = [float(h) for h in cfg.get("backoff_hours", [72])]
    return now + timedelta(hours=backoff[min(unanswered, len(backoff) - 1)])


def _move(session: Session, conversation_id: int, due: datetime, **values: Any) -> bool:
    """Compare-and-set on ``next_nudge_at``; True for exactly one caller."""
    result = session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, Conversation.next_nudge_at == due)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def set_wanted(convo: Conversation, wanted: bool) -> None:
    """The person asked for no nudges, or for them back; reminders they set are unaffected."""
    convo.nudges_stopped_reason = None if wanted else ASKED_REASON
    convo.next_nudge_at = None
    convo.unanswered_nudges = 0
