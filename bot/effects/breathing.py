"""A breathing session: paced prompts as scheduled jobs, stopped at once on request."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot import breathing
from bot.effects import effect
from bot.jobs import cancel_jobs, handler, schedule_job
from bot.text import render
from bot.types import Reply
from store.models import (
    BreathingSession,
    Conversation,
    ScheduledJob,
)


@effect("start_breathing")
def start_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Create the session and schedule one paced prompt per round, then the end."""
    pattern = breathing.PATTERNS[str(data["pattern"])]
    row = BreathingSession(
        conversation_id=convo.id,
        pattern=pattern.key,
        mood_before=data.get("mood_before"),
        started_at=now,
    )
    session.add(row)
    session.flush()
    _schedule_rounds(session, convo, row, now)
    convo.slots = {
        **convo.slots,
        "breathing_session_id": row.id,
        "breathing_mood_before": data.get("mood_before"),
    }
    return []


def _schedule_rounds(
    session: Session, convo: Conversation, row: BreathingSession, now: datetime, again: str = ""
) -> None:
    """One job per round still to come (after ``row.step``), then the end. ``again`` tells
    apart the jobs of a session picked up after a pause from the ones cancelled by it."""
    pattern = breathing.PATTERNS[row.pattern]
    first = row.step + 1
    for index, offset in enumerate(breathing.schedule(pattern, first_round=first)):
        schedule_job(
            session,
            convo,
            "breathing_step",
            now + timedelta(seconds=offset),
            {"session_id": row.id, "round": first + index},
            dedupe_key=f"breathing:{row.id}:{first + index}{again}",
        )
    schedule_job(
        session,
        convo,
        "breathing_end",
        now + timedelta(seconds=breathing.finish_after(pattern, first_round=first)),
        {"session_id": row.id},
        dedupe_key=f"breathing:{row.id}:end{again}",
    )


def _running_session(session: Session, convo: Conversation) -> BreathingSession | None:
    """The breathing session in progress, if any."""
    sid = convo.slots.get("breathing_session_id")
    row = session.get(BreathingSession, sid) if sid else None
    return row if row is not None and row.conversation_id == convo.id else None


def _paced_session(
    session: Session, convo: Conversation, job: ScheduledJob
) -> BreathingSession | None:
    """The session a pacing job belongs to, while it still runs and the person may be texted."""
    row = session.get(BreathingSession, job.payload.get("session_id"))
    if row is None or row.status != "running" or convo.opted_out:
        return None
    return row


@effect("stop_breathing")
def stop_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Cancel the remaining prompts at once."""
    cancel_jobs(session, convo, "breathing_step")
    cancel_jobs(session, convo, "breathing_end")
    row = _running_session(session, convo)
    if row is not None and row.status in ("running", "paused"):
        row.status, row.ended_at = "stopped", now
    convo.slots = {k: v for k, v in convo.slots.items() if k != "breathing_paused_at"}
    return []


@effect("pause_breathing")
def pause_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Hold the remaining prompts until they are back ("hang on, my phone")."""
    row = _running_session(session, convo)
    if row is None or row.status != "running":
        return []
    cancel_jobs(session, convo, "breathing_step")
    cancel_jobs(session, convo, "breathing_end")
    row.status = "paused"
    convo.slots = {**convo.slots, "breathing_paused_at": now.isoformat()}
    return []


@effect("resume_breathing")
def resume_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Pick a paused exercise up again at the round after the last one sent."""
    row = _running_session(session, convo)
    if row is None or row.status != "paused":
        return []
    row.status = "running"
    _schedule_rounds(session, convo, row, now, again=f"@{now.isoformat()}")
    convo.slots = {k: v for k, v in convo.slots.items() if k != "breathing_paused_at"}
    return []


@effect("finish_breathing")
def finish_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Keep the mood after."""
    row = _running_session(session, convo)
    if row is not None:
        row.mood_after = data.get("mood_after")
        row.status = "done" if row.status == "running" else row.status
        row.ended_at = row.ended_at or now
    convo.slots = {
        k: v
        for k, v in convo.slots.items()
        if k not in ("breathing_session_id", "breathing_mood_before")
    }
    return []


@handler("breathing_step")
def breathing_step(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """One paced prompt."""
    row = _paced_session(session, convo, job)
    if row is None:
        return []
    pattern = breathing.PATTERNS[row.pattern]
    row.step = int(job.payload["round"])
    return [
        Reply(
            render("breathing_step", round=row.step, rounds=pattern.rounds, phases=pattern.phases),
            kind="breathing",
        )
    ]


@handler("breathing_end")
def breathing_end(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Last round done: ask how they feel."""
    row = _paced_session(session, convo, job)
    if row is None:
        return []
    row.status, row.ended_at = "done", now
    convo.active_flow = "breathing_after_form"
    convo.flow_updated_at = now
    convo.slots = {**convo.slots, "requested_slot": "mood_after", "mood_after": None}
    return [
        Reply(render("breathing_end"), kind="breathing"),
        Reply(render("ask_mood_after"), kind="breathing"),
    ]
