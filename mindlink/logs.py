"""Structured JSON logs. Only ids and counts go in; message text and numbers never do."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# Attribute names a log call may attach; anything else in ``extra`` is dropped.
ALLOWED = frozenset(
    {
        "conversation_id",
        "inbound_id",
        "outbound_id",
        "message_sid",
        "intent",
        "replies",
        "attempt",
        "reason",
        "error_code",
        "status",
        "inbound",
        "outbound",
        "count",
        "endpoint",
        "job_id",
        "reminder_id",
        "staff_id",
        "flag_id",
        "kind",
        "seconds",
        "task",
    }
)


class JsonFormatter(logging.Formatter):
    """One JSON object per line with the allowed ids."""

    def format(self, record: logging.LogRecord) -> str:
        """Serialise the record without its arguments' free text."""
        payload: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.msg if isinstance(record.msg, str) else str(record.msg),
        }
        for key in ALLOWED:
            if key in record.__dict__:
                payload[key] = record.__dict__[key]
        if record.exc_info and record.exc_info[0] is not None:
            # The type only: exception messages can quote user text.
            payload["exc_type"] = record.exc_info[0].__name__
        return json.dumps(payload, default=str)


def configure(level: str = "INFO") -> None:
    """Send mindlink's logs to stderr as JSON."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("mindlink")
    logger.handlers[:] = [handler]
    logger.setLevel(level)
    logger.propagate = False
    logging.getLogger("rasa_sdk").setLevel(logging.ERROR)  # per-slot chatter, no ids
