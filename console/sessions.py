"""Server-side console sessions: a random token in the cookie, its hash in ``staff_sessions``."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from store.models import Staff, StaffSession

COOKIE = "mindlink_console"
# Writing last_seen_at on every request would turn each page view into a write.
TOUCH_EVERY = timedelta(seconds=60)


@dataclass(frozen=True)
class Limits:
    """How long a session lives idle and at most."""

    idle: timedelta
    absolute: timedelta

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> Limits:
        """Read ``console.idle_minutes`` / ``console.max_hours`` (defaults 30 min / 12 h)."""
        console = settings.get("console") or {}
        return cls(
            idle=timedelta(minutes=float(console.get("idle_minutes", 30))),
            absolute=timedelta(hours=float(console.get("max_hours", 12))),
        )


@dataclass(frozen=True)
class StaffUser:
    """The signed-in staff member as Flask-Login sees it (a plain value, no ORM state)."""

    id: int
    email: str
    name: str
    role: str
    session_id: int

    is_authenticated = True
    is_active = True
    is_anonymous = False

    def get_id(self) -> str:
        """Flask-Login's identifier."""
        return str(self.id)


def token_hash(token: str) -> str:
    """What is stored for a cookie token."""
    return hashlib.sha256(token.encode()).hexdigest()


def start(session: Session, staff: Staff, now: datetime) -> str:
    """Create a session for ``staff`` and return the token to put in the cookie."""
    token = secrets.token_urlsafe(32)
    session.add(
        StaffSession(
            token_hash=token_hash(token), staff_id=staff.id, created_at=now, last_seen_at=now
        )
    )
    return token


def load(session: Session, token: str, now: datetime, limits: Limits) -> StaffUser | None:
    """The staff member behind ``token``; None (and the row deleted) if expired or disabled."""
    row = session.scalar(select(StaffSession).where(StaffSession.token_hash == token_hash(token)))
    if row is None:
        return None
    staff = session.get(Staff, row.staff_id)
    expired = now - row.last_seen_at > limits.idle or now - row.created_at > limits.absolute
    if staff is None or not staff.active or expired:
        session.delete(row)
        return None
    if now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now
    return StaffUser(staff.id, staff.email, staff.name, staff.role, row.id)


def end(session: Session, token: str) -> None:
    """Delete the session behind ``token`` (sign out)."""
    session.execute(delete(StaffSession).where(StaffSession.token_hash == token_hash(token)))


def end_all(session: Session, staff_id: int) -> None:
    """Sign a staff member out everywhere (role change, deactivation)."""
    session.execute(delete(StaffSession).where(StaffSession.staff_id == staff_id))


def purge_expired(session: Session, now: datetime, limits: Limits) -> None:
    """Delete sessions nobody can use any more."""
    session.execute(
        delete(StaffSession).where(
            (StaffSession.last_seen_at < now - limits.idle)
            | (StaffSession.created_at < now - limits.absolute)
        )
    )
