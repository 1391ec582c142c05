"""Handle a conversation's stored messages one at a time, in arrival order."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from bot import pipeline
from bot.outbox import queue_replies
from store import Database, lease
from store.models import Conversation, InboundMessage

if TYPE_CHECKING:
    from nlu import Classifier

log = logging.getLogger("mindlink.bot")

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class Handled:
    """Outcome of one pass over a conversation."""

    busy: bool
    handled: int = 0
    outbound: int = 0
    retry: bool = False
    jobs: tuple[tuple[int, datetime], ...] = ()
    alerts: tuple[int, ...] = ()


RETRY = -1  # _handle_next: the message failed but has attempts left


def handle_conversation(
    db: Database,
    conversation_id: int,
    classifier: Classifier,
    settings: dict[str, Any],
    owner: str,
    clock: Callable[[], datetime],
) -> Handled:
    """Take the conversation's lease and answer every pending message in order."""
    seconds = int(settings["limits"]["handle_lease_seconds"])
    with db.session() as session:
        if session.get(Conversation, conversation_id) is None:
            return Handled(busy=False)
        if not lease.acquire(session, conversation_id, owner, clock(), seconds):
            return Handled(busy=True)
    handled = outbound = 0
    jobs: list[tuple[int, datetime]] = []
    alerts: list[int] = []
    try:
        while True:
            with db.session() as session:
                if not lease.acquire(session, conversation_id, owner, clock(), seconds):
                    # Our lease lapsed and another worker holds it: it carries on from here.
                    return Handled(
                        False, handled, outbound, jobs=tuple(jobs), alerts=tuple(set(alerts))
                    )
                result = _handle_next(session, conversation_id, classifier, settings, clock())
                new_jobs = list(session.info.pop("new_jobs", []))
                new_alerts = list(session.info.pop("alerts", []))
            jobs.extend(new_jobs)  # committed by now: safe to enqueue
            alerts.extend(new_alerts)
            if result is None:
                break
            if result == RETRY:
                return Handled(False, handled, outbound, True, tuple(jobs), tuple(alerts))
            handled += 1
            outbound += result
    finally:
        with db.session() as session:
            lease.release(session, conversation_id, owner)
    return Handled(False, handled, outbound, jobs=tuple(jobs), alerts=tuple(set(alerts)))


def _handle_next(
    session: Any,
    conversation_id: int,
    classifier: Classifier,
    settings: dict[str, Any],
    now: datetime,
) -> int | None:
    """Answer the oldest pending message; return how many rows were queued, None if none."""
    row = session.scalar(
        select(InboundMessage)
        .where(
            InboundMessage.conversation_id == conversation_id, InboundMessage.status == "pending"
        )
        .order_by(InboundMessage.id)
        .limit(1)
    )
    if row is None:
        return None
    convo = session.get(Conversation, conversation_id)
    row.attempts += 1
    session.commit()  # an attempt counts even if this worker dies mid-way
    consent_before = convo.consent
    try:
        with session.begin_nested():
            parse = classifier.classify(row.body or "", tz=convo.timezone, now=now)
            zone = convo.timezone
            replies = pipeline.respond(
                session,
                convo,
                row,
                parse,
                settings,
                now,
                reread=lambda words: classifier.classify(words, tz=zone, now=now),
            )
            _record_parse(row, parse)
    except Exception:
        log.exception(
            "handle_failed",
            extra={
                "conversation_id": conversation_id,
                "inbound_id": row.id,
                "attempt": row.attempts,
            },
        )
        if row.attempts < MAX_ATTEMPTS:
            return RETRY
        replies = pipeline.apology(convo, settings)
        row.status = "failed"
    else:
        row.status = "handled"
    row.handled_at = now
    if convo.consent is False and not row.crisis:
        row.body = ""
        row.media = None
        row.redacted = True
    if convo.consent is False and consent_before is not False:
        _forget_earlier(session, convo.id, row.id)  # "no": what they wrote before goes too
    rows = queue_replies(session, convo, replies, now, settings["limits"]["max_sms_chars"])
    log.info(
        "handled",
        extra={
            "conversation_id": conversation_id,
            "inbound_id": row.id,
            "intent": row.intent,
            "replies": len(rows),
        },
    )
    return len(rows)


def _forget_earlier(session: Any, conversation_id: int, before_id: int) -> None:
    """Blank what they wrote before saying no to keeping it (their first message, often with
    their name or what brought them here); crisis messages stay for staff, as for later ones."""
    session.execute(
        update(InboundMessage)
        .where(
            InboundMessage.conversation_id == conversation_id,
            InboundMessage.id < before_id,
            InboundMessage.status != "pending",
            InboundMessage.crisis.is_not(True),
            InboundMessage.redacted.is_(False),
        )
        .values(body="", media=None, redacted=True)
        .execution_options(synchronize_session=False)
    )


def _record_parse(row: InboundMessage, parse: Any) -> None:
    """Keep what the model read, for staff and for research exports."""
    row.intent = parse.intent
    row.intent_confidence = float(parse.intent_confidence)
    row.emotion = parse.emotion
    row.ekman = parse.ekman
    row.crisis = bool(parse.crisis)
    row.crisis_score = float(parse.crisis_score)
