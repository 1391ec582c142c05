"""The conversation list query: filters, search and keyset pages, newest activity first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from store.models import Conversation, Flag

PAGE_SIZE = 50
FILTERS = ("flagged", "crisis", "handed_over", "opted_out")


@dataclass(frozen=True)
class Filters:
    """What the list is narrowed to."""

    flagged: bool = False
    crisis: bool = False
    handed_over: bool = False
    opted_out: bool = False
    channel: str = ""

    @classmethod
    def from_args(cls, args: dict[str, str]) -> Filters:
        """Read the query string (checkboxes send "1"; unknown channels are ignored)."""
        channel = args.get("channel", "")
        return cls(
            **{name: args.get(name) == "1" for name in FILTERS},
            channel=channel if channel in ("sms", "whatsapp") else "",
        )

    def args(self) -> dict[str, str]:
        """Back to query-string form, for links that keep the filters."""
        out = {name: "1" for name in FILTERS if getattr(self, name)}
        if self.channel:
            out["channel"] = self.channel
        return out


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row shown."""

    at: datetime
    id: int

    def encode(self) -> str:
        """As a query-string value."""
        return f"{self.at.isoformat()}_{self.id}"

    @classmethod
    def decode(cls, text: str | None) -> Cursor | None:
        """Parse ``encode()``'s output; None when absent or malformed."""
        if not text or "_" not in text:
            return None
        at, _, ident = text.rpartition("_")
        try:
            return cls(datetime.fromisoformat(at), int(ident))
        except ValueError:
            return None


def open_crisis() -> ColumnElement[bool]:
    """SQL: the conversation has had a crisis (a stored crisis time or a crisis flag)."""
    return or_(
        Conversation.last_crisis_at.is_not(None),
        exists().where(Flag.conversation_id == Conversation.id, Flag.reason == "crisis"),
    )


def query(
    filters: Filters, after: Cursor | None = None, limit: int = PAGE_SIZE
) -> Select[Conversation]:
    """Conversations matching ``filters``, newest activity first, starting after ``after``."""
    stmt = select(Conversation)
    if filters.flagged:
        stmt = stmt.where(Conversation.flagged.is_(True))
    if filters.crisis:
        stmt = stmt.where(open_crisis())
    if filters.handed_over:
        stmt = stmt.where(Conversation.handed_over.is_(True))
    if filters.opted_out:
        stmt = stmt.where(Conversation.opted_out.is_(True))
    if filters.channel:
        stmt = stmt.where(Conversation.channel == filters.channel)
    if after is not None:
        # Spelled out rather than a row-value comparison so both SQLite and PostgreSQL
        # can walk the (last_activity_at, id) index from the cursor.
        stmt = stmt.where(
            or_(
                Conversation.last_activity_at < after.at,
                and_(Conversation.last_activity_at == after.at, Conversation.id < after.id),
            )
        )
    order = (Conversation.last_activity_at.desc(), Conversation.id.desc())
    return stmt.order_by(*order).limit(limit)


def page(
    session: Session, filters: Filters, after: Cursor | None = None, size: int = PAGE_SIZE
) -> tuple[list[Conversation], Cursor | None]:
    """One page and the cursor of the next (None on the last page)."""
    rows = list(session.scalars(query(filters, after, size + 1)))
    more = len(rows) > size
    rows = rows[:size]
    nxt = Cursor(rows[-1].last_activity_at, rows[-1].id) if more and rows else None
    return rows, nxt
