"""Send a conversation's stored outbound messages, one at a time, in order."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from bot.outbox import decide
from store import Database, lease
from store.models import Conversation, OutboundMessage
from tasks.channel import Channel, Outgoing, PermanentSendError, Sent, TransientSendError

log = logging.getLogger("mindlink.delivery")

SEND_LEASE = 60  # seconds; renewed whenever a third of it has passed


@dataclass(frozen=True)
class Delivered:
    """Outcome of one pass: how many went out, and whether to come back later."""

    busy: bool = False
    sent: int = 0
    retry_in: float | None = None


def backoff_seconds(attempt: int, base: float, cap: float = 300.0) -> float:
    """Exponential back-off for the n-th failed attempt (1-based)."""
    return float(min(cap, base * 2 ** max(0, attempt - 1)))


def address_for(convo: Conversation) -> str:
    """Twilio's "To" for this conversation."""
    return f"whatsapp:{convo.address}" if convo.channel == "whatsapp" else convo.address


def sender_for(convo: Conversation, settings: dict[str, Any]) -> str:
    """Twilio's "From": the number they wrote to, else the configured one."""
    if convo.our_number:
        return convo.our_number
    twilio = settings["twilio"]
    return str(twilio["whatsapp_from"] if convo.channel == "whatsapp" else twilio["sms_from"])


def status_callback(settings: dict[str, Any]) -> str | None:
    """Where Twilio reports delivery status, when a public URL is configured."""
    base = settings["proxy"]["public_base_url"].rstrip("/")
    return f"{base}/twilio/status" if base else None


@dataclass(frozen=True)
class _Claim:
    """The next message to send, read inside the transaction that marked it ``sending``."""

    row_id: int
    attempts: int
    message: Outgoing


def deliver_conversation(
    db: Database,
    conversation_id: int,
    channel: Channel,
    settings: dict[str, Any],
    owner: str,
    clock: Callable[[], datetime],
) -> Delivered:
    """Send pending messages oldest first; stop at a retryable failure to keep order.

    Two transactions a message: one takes (or renews) the send lease and marks the next
    row ``sending``; the next records the result and, in the same transaction, claims the
    following row or gives the lease back.
    """
    twilio = settings["twilio"]
    with db.session() as session:
        if not lease.acquire(
            session, conversation_id, owner, clock(), SEND_LEASE, purpose="send", commit=False
        ):
            return Delivered(busy=True)
        leased_at = clock()
        lease.relaxed_commit(session)  # a lease and an attempt count: bookkeeping only
        claim = _claim_next(session, conversation_id, owner, settings, clock())
    sent = 0
    try:
        while claim is not None:
            outcome: Sent | TransientSendError | PermanentSendError
            try:
                outcome = channel.send(claim.message)
            except (TransientSendError, PermanentSendError) as exc:
                outcome = exc
            with db.session() as session:
                now = clock()
                # Plain UPDATEs: recording a result needs no row loaded (nor decrypted).
                if isinstance(outcome, TransientSendError):
                    if claim.attempts < int(twilio["send_retries"]):
                        _record(session, claim.row_id, status="pending", error_reason=str(outcome))
                        lease.release(session, conversation_id, owner, "send", commit=False)
                        return Delivered(
                            sent=sent,
                            retry_in=backoff_seconds(
                                claim.attempts, float(twilio["retry_backoff_seconds"])
                            ),
                        )
                    _fail(session, claim.row_id, "retries_exhausted", str(outcome), now)
                elif isinstance(outcome, PermanentSendError):
                    _fail(session, claim.row_id, outcome.code, outcome.reason, now)
                else:
                    _record(
                        session,
                        claim.row_id,
                        twilio_sid=outcome.sid,
                        status=outcome.status,
                        sent_at=now,
                        error_reason=None,
                        updated_at=now,
                    )
                    session.execute(
                        update(Conversation)
                        .where(Conversation.id == conversation_id)
                        .values(last_outbound_at=now)
                    )
                    sent += 1
                    log.info(
                        "outbound_sent",
                        extra={"outbound_id": claim.row_id, "conversation_id": conversation_id},
                    )
                # Renew once a third of the lease has gone: a long queue or a slow provider
                # outlasts one lease, and a second worker taking it over would send the same
                # rows again. (Renewing before every send would cost a commit per message.)
                if now - leased_at > timedelta(seconds=SEND_LEASE / 3):
                    if not lease.acquire(
                        session,
                        conversation_id,
                        owner,
                        now,
                        SEND_LEASE,
                        purpose="send",
                        commit=False,
                    ):
                        log.warning("send_lease_lost", extra={"conversation_id": conversation_id})
                        return Delivered(sent=sent)
                    leased_at = now
                claim = _claim_next(session, conversation_id, owner, settings, now)
    except BaseException:
        with db.session() as session:  # best effort; otherwise the lease simply expires
            lease.release(session, conversation_id, owner, purpose="send")
        raise
    return Delivered(sent=sent)


def _claim_next(
    session: Any, conversation_id: int, owner: str, settings: dict[str, Any], now: datetime
) -> _Claim | None:
    """Mark the oldest sendable row ``sending`` (skipping what may not go), or give the
    lease back when nothing is left. Runs inside the caller's transaction."""
    templates = settings.get("whatsapp_templates") or {}
    while True:
        row = session.scalar(
            select(OutboundMessage)
            .where(
                OutboundMessage.conversation_id == conversation_id,
                OutboundMessage.status.in_(("pending", "sending")),
            )
            .order_by(OutboundMessage.id)
            .limit(1)
        )
        if row is None:
            lease.release(session, conversation_id, owner, purpose="send", commit=False)
            return None
        convo = session.get(Conversation, conversation_id)
        assert convo is not None
        decision = decide(convo, row, now, templates)
        if decision.action == "skip":
            row.status, row.error_reason = "skipped", decision.reason
            session.flush()
            log.info("outbound_skipped", extra={"outbound_id": row.id, "reason": decision.reason})
            continue
        row.status = "sending"
        row.attempts += 1
        return _Claim(
            row.id,
            row.attempts,
            Outgoing(
                to=address_for(convo),
                from_=sender_for(convo, settings),
                body=row.body,
                status_callback=status_callback(settings),
                content_sid=decision.content_sid,
                content_variables=decision.content_variables,
            ),
        )


def _record(session: Any, row_id: int, **values: Any) -> None:
    """Update one outbound row's delivery fields."""
    session.execute(update(OutboundMessage).where(OutboundMessage.id == row_id).values(**values))


def _fail(session: Any, row_id: int, code: str, reason: str, now: datetime) -> None:
    """Record a final failure; it stays visible to staff and in metrics."""
    _record(session, row_id, status="failed", error_code=code, error_reason=reason, updated_at=now)
    log.warning("outbound_failed", extra={"outbound_id": row_id, "error_code": code})
