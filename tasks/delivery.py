"""Send stored outbound messages: a conversation's one at a time and in order, and the
first message of many conversations at once (``deliver_many``)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.orm import Session

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
    error: bool = False  # the channel raised something unexpected: deliver again


# Twilio's error for a recipient who has unsubscribed at the carrier (replied STOP).
UNSUBSCRIBED = "21610"


def backoff_seconds(attempt: int, base: float, cap: float = 300.0) -> float:
    """Exponential back-off for the n-th failed attempt (1-based)."""
    return float(min(cap, base * 2 ** max(0, attempt - 1)))


class Addressee(Protocol):
    """What addressing reads of a conversation (a ``Conversation`` or a plain record)."""

    @property
    def channel(self) -> str: ...
    @property
    def address(self) -> str: ...
    @property
    def our_number(self) -> str: ...


def address_for(convo: Addressee) -> str:
    """Twilio's "To" for this conversation."""
    return f"whatsapp:{convo.address}" if convo.channel == "whatsapp" else convo.address


def sender_for(convo: Addressee, settings: dict[str, Any]) -> str:
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
                    if outcome.code == UNSUBSCRIBED:
                        _carrier_opted_out(session, [conversation_id])
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
    _update_rows(session, [{"row_id": row_id}], **values)


def _update_rows(session: Any, rows: list[dict[str, Any]], **values: Any) -> None:
    """Apply ``values`` to each outbound row in ``rows`` (by its ``row_id``), executemany."""
    if rows:
        table = cast(Table, OutboundMessage.__table__)  # Core, so no rows are loaded
        session.execute(
            update(table).where(table.c.id == bindparam("row_id")).values(**values), rows
        )


def _fail(session: Any, row_id: int, code: str, reason: str, now: datetime) -> None:
    """Record a final failure; it stays visible to staff and in metrics."""
    _record(session, row_id, status="failed", error_code=code, error_reason=reason, updated_at=now)
    log.warning("outbound_failed", extra={"outbound_id": row_id, "error_code": code})


# --- A chunk of conversations at once --------------------------------------------------


@dataclass(frozen=True)
class _Recipient:
    """The columns of a conversation that delivery reads (nothing else is decrypted)."""

    id: int
    channel: str
    address: str
    our_number: str
    opted_out: bool
    last_inbound_at: datetime | None


@dataclass(frozen=True)
class _Pending:
    """The columns of a pending outbound row that delivery reads."""

    id: int
    conversation_id: int
    kind: str
    body: str
    content_sid: str | None
    content_variables: str | None
    attempts: int


Outcome = Sent | TransientSendError | PermanentSendError | Exception


def deliver_many(
    db: Database,
    conversation_ids: Iterable[int],
    channel: Channel,
    settings: dict[str, Any],
    owner: str,
    clock: Callable[[], datetime],
) -> dict[int, Delivered]:
    """Deliver the pending messages of many conversations, each still in order.

    One transaction takes the send leases of the whole chunk, settles what may not go
    (``decide``) and marks the first sendable row of every conversation ``sending``
    (attempts + 1); the rows then go to the channel, several at a time when it allows,
    never two of one conversation at once; one more transaction records every result and
    gives back the leases. A conversation with more rows waiting carries on through
    ``deliver_conversation`` under the lease it already holds. A conversation whose lease
    someone else holds comes back ``busy``; one that must back off, with ``retry_in``.
    """
    ids = sorted(set(conversation_ids))
    results: dict[int, Delivered] = {}
    if not ids:
        return results
    now = clock()
    with db.session() as session:
        lease.relaxed_commit(session)  # leases, skips and attempt counts: bookkeeping only
        leased = lease.acquire_many(session, ids, owner, now, SEND_LEASE, purpose="send")
        claims, more = _claim_first(session, leased, settings, now)
        lease.release_many(session, leased - claims.keys(), owner, purpose="send")
    leased_at = now
    results.update({cid: Delivered(busy=True) for cid in ids if cid not in leased})
    results.update({cid: Delivered() for cid in leased if cid not in claims})
    if not claims:
        return results
    try:
        outcomes = _send_claims(
            db, channel, claims, owner, clock, leased_at, concurrency=_concurrency(channel)
        )
        carry_on = _record_results(db, claims, outcomes, more, owner, settings, clock, results)
    except BaseException:
        with db.session() as session:  # best effort; otherwise the leases simply expire
            lease.release_many(session, claims.keys(), owner, purpose="send")
        raise
    for cid in carry_on:  # rarely more than one row: the same loop as a single conversation
        first = results[cid]
        try:
            rest = deliver_conversation(db, cid, channel, settings, owner, clock)
        except Exception:  # it gave its lease back; the caller queues it again
            log.exception("deliver_failed", extra={"conversation_id": cid})
            rest = Delivered(error=True)
        results[cid] = Delivered(rest.busy, first.sent + rest.sent, rest.retry_in, rest.error)
    return results


def _concurrency(channel: Channel) -> int:
    """How many sends the channel takes at once (1 unless it says otherwise)."""
    return max(1, int(getattr(channel, "concurrency", 1)))


def _claim_first(
    session: Session, leased: set[int], settings: dict[str, Any], now: datetime
) -> tuple[dict[int, _Claim], set[int]]:
    """Mark the oldest sendable row of each leased conversation ``sending`` (skipping what
    may not go, as ``decide`` says); return the claims and the conversations with more
    rows after the claimed one. Runs inside the caller's transaction, with Core
    statements: a handful per chunk, whatever its size."""
    if not leased:
        return {}, set()
    templates = settings.get("whatsapp_templates") or {}
    callback = status_callback(settings)
    convo_cols = (
        Conversation.id,
        Conversation.channel,
        Conversation.address,
        Conversation.our_number,
        Conversation.opted_out,
        Conversation.last_inbound_at,
    )
    recipients = {
        row[0]: _Recipient(*row)
        for row in session.execute(select(*convo_cols).where(Conversation.id.in_(sorted(leased))))
    }
    row_cols = (
        OutboundMessage.id,
        OutboundMessage.conversation_id,
        OutboundMessage.kind,
        OutboundMessage.body,
        OutboundMessage.content_sid,
        OutboundMessage.content_variables,
        OutboundMessage.attempts,
    )
    waiting: dict[int, list[_Pending]] = defaultdict(list)
    for row in session.execute(
        select(*row_cols)
        .where(
            OutboundMessage.conversation_id.in_(sorted(leased)),
            OutboundMessage.status.in_(("pending", "sending")),
        )
        .order_by(OutboundMessage.conversation_id, OutboundMessage.id)
    ):
        waiting[row[1]].append(_Pending(*row))
    claims: dict[int, _Claim] = {}
    more: set[int] = set()
    skipped: list[dict[str, Any]] = []
    for cid, rows in waiting.items():
        convo = recipients[cid]
        for index, pending in enumerate(rows):
            decision = decide(convo, pending, now, templates)
            if decision.action == "skip":
                skipped.append({"row_id": pending.id, "reason": decision.reason})
                log.info(
                    "outbound_skipped", extra={"outbound_id": pending.id, "reason": decision.reason}
                )
                continue
            claims[cid] = _Claim(
                pending.id,
                pending.attempts + 1,
                Outgoing(
                    to=address_for(convo),
                    from_=sender_for(convo, settings),
                    body=pending.body,
                    status_callback=callback,
                    content_sid=decision.content_sid,
                    content_variables=decision.content_variables,
                ),
            )
            if index + 1 < len(rows):
                more.add(cid)
            break
    _update_rows(session, skipped, status="skipped", error_reason=bindparam("reason"))
    if claims:
        session.execute(
            update(OutboundMessage)
            .where(OutboundMessage.id.in_(sorted(c.row_id for c in claims.values())))
            .values(status="sending", attempts=OutboundMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        )
    return claims, more


def _send_claims(
    db: Database,
    channel: Channel,
    claims: dict[int, _Claim],
    owner: str,
    clock: Callable[[], datetime],
    leased_at: datetime,
    concurrency: int,
) -> dict[int, Outcome]:
    """Send one claimed row per conversation, up to ``concurrency`` at once; renew the
    leases of the conversations still waiting whenever a third of a lease has passed, and
    send nothing more for a conversation whose lease was lost."""
    outcomes: dict[int, Outcome] = {}
    held = set(claims)

    def renew_if_due() -> None:
        nonlocal leased_at, held
        now = clock()
        if now - leased_at <= timedelta(seconds=SEND_LEASE / 3):
            return
        waiting = held - outcomes.keys()
        with db.session() as session:
            lease.relaxed_commit(session)
            kept = lease.acquire_many(session, waiting, owner, now, SEND_LEASE, purpose="send")
        for cid in waiting - kept:
            log.warning("send_lease_lost", extra={"conversation_id": cid})
        held -= waiting - kept
        leased_at = now

    if concurrency == 1 or len(claims) == 1:
        for cid, claim in claims.items():
            renew_if_due()
            if cid in held:
                outcomes[cid] = _send_one(channel, claim)
        return outcomes
    with ThreadPoolExecutor(max_workers=min(concurrency, len(claims))) as pool:
        futures: dict[Future[Outcome], int] = {
            pool.submit(_send_one, channel, claim): cid for cid, claim in claims.items()
        }
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=SEND_LEASE / 6, return_when=FIRST_COMPLETED)
            for future in done:
                outcomes[futures[future]] = future.result()
            if pending:
                renew_if_due()
                for future in list(pending):
                    if futures[future] not in held and future.cancel():
                        pending.discard(future)
    return outcomes


def _send_one(channel: Channel, claim: _Claim) -> Outcome:
    """The channel's answer for one message, as a value (never raises)."""
    try:
        return channel.send(claim.message)
    except Exception as exc:  # recorded with the others, never lost with the batch
        return exc


def _record_results(
    db: Database,
    claims: dict[int, _Claim],
    outcomes: dict[int, Outcome],
    more: set[int],
    owner: str,
    settings: dict[str, Any],
    clock: Callable[[], datetime],
    results: dict[int, Delivered],
) -> list[int]:
    """Record every outcome in one transaction and give back the leases of conversations
    that are done or must wait; return those that go on with their next row."""
    twilio = settings["twilio"]
    retries = int(twilio["send_retries"])
    base = float(twilio["retry_backoff_seconds"])
    now = clock()
    sent: list[dict[str, Any]] = []
    to_retry: list[dict[str, Any]] = []
    failed: list[dict[str, Any]] = []
    unsubscribed: list[int] = []
    release: list[int] = []
    carry_on: list[int] = []
    for cid, claim in claims.items():
        outcome = outcomes.get(cid)
        if outcome is None:  # lease lost before it was sent: the new holder sends it
            results[cid] = Delivered()
            continue
        if isinstance(outcome, Sent):
            sent.append({"row_id": claim.row_id, "sid": outcome.sid, "status": outcome.status})
            results[cid] = Delivered(sent=1)
        elif isinstance(outcome, TransientSendError) and claim.attempts < retries:
            to_retry.append({"row_id": claim.row_id, "reason": str(outcome)})
            results[cid] = Delivered(retry_in=backoff_seconds(claim.attempts, base))
            release.append(cid)
            continue
        elif isinstance(outcome, TransientSendError):
            failed.append(_failure(claim, "retries_exhausted", str(outcome)))
            results[cid] = Delivered()
        elif isinstance(outcome, PermanentSendError):
            failed.append(_failure(claim, outcome.code, outcome.reason))
            if outcome.code == UNSUBSCRIBED:
                unsubscribed.append(cid)
            results[cid] = Delivered()
        else:  # left ``sending``: delivered again, as when the single loop raises
            log.error(
                "send_error",
                exc_info=(type(outcome), outcome, outcome.__traceback__),
                extra={"outbound_id": claim.row_id, "conversation_id": cid},
            )
            results[cid] = Delivered(error=True)
            release.append(cid)
            continue
        (carry_on if cid in more else release).append(cid)
    with db.session() as session:
        _update_rows(
            session,
            sent,
            twilio_sid=bindparam("sid"),
            status=bindparam("status"),
            sent_at=now,
            error_reason=None,
            updated_at=now,
        )
        if sent:
            sent_to = sorted(cid for cid, r in results.items() if r.sent and cid in claims)
            session.execute(
                update(Conversation)
                .where(Conversation.id.in_(sent_to))
                .values(last_outbound_at=now)
                .execution_options(synchronize_session=False)
            )
        _update_rows(session, to_retry, status="pending", error_reason=bindparam("reason"))
        _update_rows(
            session,
            failed,
            status="failed",
            error_code=bindparam("code"),
            error_reason=bindparam("reason"),
            updated_at=now,
        )
        if unsubscribed:
            _carrier_opted_out(session, unsubscribed)
        lease.release_many(session, release, owner, purpose="send")
    for cid, claim in claims.items():
        if results[cid].sent:
            log.info("outbound_sent", extra={"outbound_id": claim.row_id, "conversation_id": cid})
    for row in failed:
        log.warning(
            "outbound_failed", extra={"outbound_id": row["row_id"], "error_code": row["code"]}
        )
    return carry_on


def _carrier_opted_out(session: Any, conversation_ids: list[int]) -> None:
    """Twilio refused to send because the carrier holds an opt-out for this number (a STOP
    we did not hear as one, such as "stop" sent to end an exercise): we stop sending too,
    until they text START."""
    session.execute(
        update(Conversation)
        .where(Conversation.id.in_(conversation_ids))
        .values(opted_out=True)
        .execution_options(synchronize_session=False)
    )
    for cid in conversation_ids:
        log.warning("carrier_opted_out", extra={"conversation_id": cid})


def _failure(claim: _Claim, code: str, reason: str) -> dict[str, Any]:
    return {"row_id": claim.row_id, "code": code, "reason": reason}
