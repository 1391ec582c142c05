"""The data model: conversations, messages, what people told us, schedules, staff."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from store.types import EncryptedJSON, EncryptedText, UTCDateTime


def utcnow() -> datetime:
    """Timezone-aware now in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with naming conventions Alembic can rely on."""

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON}


class Conversation(Base):
    """One person on one channel: their number, preferences, and dialogue state."""

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "address_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # "sms" | "whatsapp"
    address_hash: Mapped[str] = mapped_column(String(64), index=True)
    address: Mapped[str] = mapped_column(EncryptedText)  # E.164, without "whatsapp:"
    our_number: Mapped[str] = mapped_column(String(64), default="")
    profile_name: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    timezone_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    consent: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    onboarded: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    handed_over: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    last_crisis_at: Mapped[datetime | None] = mapped_column(nullable=True)
    quiet_start: Mapped[str | None] = mapped_column(String(5), nullable=True)
    quiet_end: Mapped[str | None] = mapped_column(String(5), nullable=True)
    active_flow: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Encrypted: a form's slots can hold the person's own words until the form ends.
    slots: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    flow_updated_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    last_outbound_at: Mapped[datetime | None] = mapped_column(nullable=True)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    unanswered_nudges: Mapped[int] = mapped_column(Integer, default=0)
    nudges_stopped_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # A lease serialises handling of one conversation across workers (portable across DBs).
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(nullable=True)
    send_lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    send_lease_until: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # When the next inactivity nudge is due (None: not planned yet, or nudges stopped).
    next_nudge_at: Mapped[datetime | None] = mapped_column(nullable=True, index=True)

    inbound: Mapped[list[InboundMessage]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", passive_deletes=True
    )


class InboundMessage(Base):
    """A message a person sent us; the id orders arrival."""

    __tablename__ = "inbound_messages"
    # Ids order arrival and are never reused, even after deletions (SQLite too).
    __table_args__ = (
        Index("ix_inbound_pending", "status", "received_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    message_sid: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(EncryptedText, default="")
    media: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)  # JSON list
    num_media: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|handled|failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    handled_at: Mapped[datetime | None] = mapped_column(nullable=True)
    intent: Mapped[str | None] = mapped_column(String(32), nullable=True)
    intent_confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    emotion: Mapped[str | None] = mapped_column(String(32), nullable=True)
    ekman: Mapped[str | None] = mapped_column(String(16), nullable=True)
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    crisis_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Bodies of people who declined consent are erased once answered.
    redacted: Mapped[bool] = mapped_column(Boolean, default=False)

    conversation: Mapped[Conversation] = relationship(back_populates="inbound")


class OutboundMessage(Base):
    """A message we send; created in the same transaction as the decision to send it."""

    __tablename__ = "outbound_messages"
    __table_args__ = (
        Index("ix_outbound_pending", "status", "created_at"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    body: Mapped[str] = mapped_column(EncryptedText, default="")
    kind: Mapped[str] = mapped_column(String(16), default="reply")
    # pending -> sending -> queued|sent|delivered|read | undelivered|failed ; skipped
    status: Mapped[str] = mapped_column(String(16), default="pending")
    twilio_sid: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True, nullable=True)
    content_sid: Mapped[str | None] = mapped_column(String(64), nullable=True)
    content_variables: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    error_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    error_reason: Mapped[str | None] = mapped_column(String(255), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    variant: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CheckIn(Base):
    """A mood check-in."""

    __tablename__ = "checkins"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    mood: Mapped[int] = mapped_column(Integer)
    emotion: Mapped[str | None] = mapped_column(String(32), nullable=True)
    ekman: Mapped[str | None] = mapped_column(String(16), nullable=True)
    feelings: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    source: Mapped[str] = mapped_column(String(16), default="checkin")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class SleepEntry(Base):
    """One night in the sleep diary."""

    __tablename__ = "sleep_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    bed_time: Mapped[str] = mapped_column(String(5))
    wake_time: Mapped[str] = mapped_column(String(5))
    latency_minutes: Mapped[int] = mapped_column(Integer)
    awake_minutes: Mapped[int] = mapped_column(Integer, default=0)
    quality: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-5; None: skipped
    efficiency: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class BreathingSession(Base):
    """A paced breathing exercise, with mood before and after."""

    __tablename__ = "breathing_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    pattern: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|done|stopped
    step: Mapped[int] = mapped_column(Integer, default=0)
    mood_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mood_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Reminder(Base):
    """A recurring or one-off reminder, in the person's local time."""

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminder_due", "active", "next_fire_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(
        String(16), default="custom"
    )  # checkin|sleep|breathing|custom
    label: Mapped[str] = mapped_column(EncryptedText, default="")
    rrule: Mapped[str | None] = mapped_column(String(255), nullable=True)
    local_time: Mapped[str | None] = mapped_column(String(5), nullable=True)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    next_fire_at: Mapped[datetime | None] = mapped_column(nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_fired_at: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # First occurrence: anchors "every other week" and the weekday of a plain weekly rule.
    anchor_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Set when the dispatcher queued the current occurrence; cleared when it fires.
    queued_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ScheduledJob(Base):
    """A one-off proactive job (crisis follow-up, breathing step, nudge); fires once."""

    __tablename__ = "scheduled_jobs"
    __table_args__ = (Index("ix_job_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[datetime] = mapped_column()
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|done|cancelled
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True, nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Set when the dispatcher (re)queued the job; a lost broker message is requeued later.
    queued_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Why a job ended without running its handler (opted_out, handed_over, ...).
    skipped_reason: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Nudge(Base):
    """A nudge we sent: which variant, and whether the person replied within 24 h."""

    __tablename__ = "nudges"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    variant: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
    replied: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class Flag(Base):
    """A conversation waiting for a person: crisis, doubt, or a request for a human."""

    __tablename__ = "flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(32))  # crisis|clarify|human_request
    crisis_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="waiting")  # waiting|taken|resolved
    taken_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)


class Staff(Base):
    """A console user."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(String(255), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # support|clinician|admin|researcher
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """A staff note on a conversation."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    body: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuditLog(Base):
    """Who looked at or changed what, and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


# --- Staff console ---------------------------------------------------------------------------
# Console sign-ins are kept server-side; the browser holds only a random token whose SHA-256
# is the key here, so a copy of this table cannot be replayed as a live session.


class StaffSession(Base):
    """A signed-in console session: expires when idle and after an absolute lifetime."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


# The console lists conversations newest activity first and pages by (last_activity_at, id).
Index("ix_conversations_activity_id", Conversation.last_activity_at, Conversation.id)
