"""Turn the bot's replies into outbound rows, and decide whether a stored row may go out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.sms import split_message
from bot.types import Reply
from store.models import Conversation, OutboundMessage

# Kinds that answer something the person just sent; everything else is proactive.
# Staff replies are not: they may come long after the person last wrote, and WhatsApp
# only accepts free text within 24 hours of that.
RESPONSIVE_KINDS = frozenset({"reply", "optout"})
# Kinds that may still reach someone who opted out (the confirmation of opting out itself).
OPTED_OUT_ALLOWED = frozenset({"optout"})
WHATSAPP_WINDOW = timedelta(hours=24)


def queue_replies(
    session: Session,
    convo: Conversation,
    replies: Iterable[Reply],
    now: datetime,
    max_chars: int = 1600,
) -> list[OutboundMessage]:
    """Store each reply as one or more outbound rows (long texts split in order)."""
    rows: list[OutboundMessage] = []
    for reply in replies:
        if reply.dedupe_key and session.scalar(
            select(OutboundMessage.id).where(OutboundMessage.dedupe_key == reply.dedupe_key)
        ):
            continue
        parts = split_message(reply.text, max_chars) or [""]
        for index, part in enumerate(parts):
            key = (
                reply.dedupe_key
                if index == 0
                else (f"{reply.dedupe_key}#{index}" if reply.dedupe_key else None)
            )
            row = OutboundMessage(
                conversation_id=convo.id,
                body=part,
                kind=reply.kind,
                dedupe_key=key,
                created_at=now,
                updated_at=now,
                variant=reply.template_vars.get("variant") if reply.template_vars else None,
            )
            if reply.template:
                row.content_variables = json.dumps(
                    {k: v for k, v in reply.template_vars.items() if k != "variant"}
                )
                row.content_sid = reply.template  # resolved to a ContentSid at send time
            session.add(row)
            rows.append(row)
    if rows:
        session.flush()
    return rows


@dataclass(frozen=True)
class Decision:
    """Whether to send a stored message, and how."""

    action: str  # "send" | "template" | "skip"
    reason: str = ""
    content_sid: str | None = None
    content_variables: str | None = None


class Recipient(Protocol):
    """What ``decide`` reads of a conversation (a ``Conversation`` or a plain record)."""

    @property
    def channel(self) -> str: ...
    @property
    def opted_out(self) -> bool: ...
    @property
    def last_inbound_at(self) -> datetime | None: ...


class Stored(Protocol):
    """What ``decide`` reads of a stored message (an ``OutboundMessage`` or a record)."""

    @property
    def kind(self) -> str: ...
    @property
    def body(self) -> str: ...
    @property
    def content_sid(self) -> str | None: ...
    @property
    def content_variables(self) -> str | None: ...


def decide(convo: Recipient, row: Stored, now: datetime, templates: dict[str, Any]) -> Decision:
    """Apply opt-out and WhatsApp's 24-hour rule to one stored message."""
    if convo.opted_out and row.kind not in OPTED_OUT_ALLOWED:
        return Decision("skip", "opted_out")
    if convo.channel != "whatsapp" or row.kind in RESPONSIVE_KINDS:
        return Decision("send")
    last = convo.last_inbound_at
    if last is not None and now - last < WHATSAPP_WINDOW:
        return Decision("send")
    name = row.content_sid or row.kind
    template = templates.get(name) or {}
    if not template.get("content_sid"):
        return Decision("skip", "outside_whatsapp_24h_window_no_template")
    variables = row.content_variables or _variables(template, row.body)
    return Decision(
        "template",
        "outside_whatsapp_24h_window",
        content_sid=template["content_sid"],
        content_variables=variables,
    )


def _variables(template: dict[str, Any], body: str) -> str:
    """ContentVariables JSON: numbered placeholders filled from the message body."""
    names = template.get("variables") or []
    return json.dumps({str(i + 1): body for i, _ in enumerate(names)})


# Delivery status order: a late callback never moves a message backwards.
STATUS_RANK = {
    "pending": 0,
    "sending": 1,
    "accepted": 1,
    "scheduled": 1,
    "queued": 2,
    "sent": 3,
    "undelivered": 4,
    "failed": 4,
    "canceled": 4,
    "delivered": 5,
    "read": 6,
}
KNOWN_STATUSES = frozenset(STATUS_RANK)


def advance(current: str, reported: str) -> str:
    """The status to keep when ``reported`` arrives for a message at ``current``."""
    if current == "skipped":
        return current
    return reported if STATUS_RANK.get(reported, -1) > STATUS_RANK.get(current, -1) else current
