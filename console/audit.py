"""The audit trail: who looked at or changed what. Targets are ids, never content."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from store.models import AuditLog

log = logging.getLogger("mindlink.console")


def record(
    session: Session,
    staff_id: int | None,
    action: str,
    target: str,
    now: datetime,
    **detail: Any,
) -> AuditLog:
    """Add an audit row in the caller's transaction."""
    row = AuditLog(staff_id=staff_id, action=action, target=target, detail=detail, created_at=now)
    session.add(row)
    log.info(action, extra={"staff_id": staff_id})
    return row


def conversation(conversation_id: int) -> str:
    """The audit target for a conversation."""
    return f"conversation:{conversation_id}"
