"""Send a conversation's stored outbound messages, one at a time, in order."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.outbox import decide
from store import Database, lease
from store.models import Conversation, OutboundMessage
from tasks.channel import Channel, Outgoing, PermanentSendError, TransientSendError

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


def deliver_conversation(
    db: Database,
    conversation_id: int,
    channel: Channel,
    settings: dict[str, Any],
    owner: str,
    clock: Callable[[], datetime],
) -> Delivered:
    """Send pending messages oldest first; stop at a retryable failure to keep order."""
    twilio = settings["twilio"]
    with db.session() as session:
        if not lease.acquire(session, conversation_id, owner, clock(), SEND_LEASE, purpose="send"):
            return Delivered(busy=True)
    sent = 0
    leased_at = clock()
    try:
        while True:
            with db.session() as session:
                # Renew once a third of the lease has gone: a long queue or a slow provider
                # outlasts one lease, and a second worker taking it over would send the same
                # rows again. (Renewing before every send costs a commit per message.)
                if clock() - leased_at > timedelta(seconds=SEND_LEASE / 3):
                    if not lease.acquire(
                        session, conversation_id, owner, clock(), SEND_LEASE, purpose="send"
                    ):
                        log.warning("send_lease_lost", extra={"conversation_id": conversation_id})
                        return Delivered(sent=sent)
                    leased_at = clock()
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
                    return Delivered(sent=sent)
                convo = session.get(Conversation, conversation_id)
                assert convo is not None
                now = clock()
                decision = decide(convo, row, now, settings.get("whatsapp_templates") or {})
                if decision.action == "skip":
                    row.status, row.error_reason = "skipped", decision.reason
                    log.info(
                        "outbound_skipped", extra={"outbound_id": row.id, "reason": decision.reason}
                    )
                    continue
                row.status = "sending"
                row.attempts += 1
                lease.relaxed_commit(session)  # an attempt count, not a record of sending
                session.commit()
                message = Outgoing(
                    to=address_for(convo),
                    from_=sender_for(convo, settings),
                    body=row.body,
                    status_callback=status_callback(settings),
                    content_sid=decision.content_sid,
                    content_variables=decision.content_variables,
                )
                try:
                    result = channel.send(message)
                except TransientSendError as exc:
                    if row.attempts >= int(twilio["send_retries"]):
                        _fail(row, "retries_exhausted", str(exc), now)
                        continue
                    row.status = "pending"
                    row.error_reason = str(exc)
                    return Delivered(
                        sent=sent,
                        retry_in=backoff_seconds(
                            row.attempts, float(twilio["retry_backoff_seconds"])
                        ),
                    )
                except PermanentSendError as exc:
                    _fail(row, exc.code, exc.reason, now)
                    continue
                row.twilio_sid, row.status, row.sent_at = result.sid, result.status, now
                row.error_reason = None
                convo.last_outbound_at = now
                sent += 1
                log.info(
                    "outbound_sent",
                    extra={"outbound_id": row.id, "conversation_id": conversation_id},
                )
    finally:
        with db.session() as session:
            lease.release(session, conversation_id, owner, purpose="send")


def _fail(row: OutboundMessage, code: str, reason: str, now: datetime) -> None:
    """Record a final failure; it stays visible to staff and in metrics."""
    row.status, row.error_code, row.error_reason, row.updated_at = "failed", code, reason, now
    log.warning("outbound_failed", extra={"outbound_id": row.id, "error_code": code})
