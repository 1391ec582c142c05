"""Process-wide collaborators, built at start-up and injectable in tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from flask import current_app

from store import Database

if TYPE_CHECKING:
    from nlu import Classifier
    from tasks.channel import Channel


def utcnow() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


@dataclass
class Services:
    """Settings, database, outbound channel, clock and the (lazily loaded) NLU model."""

    settings: dict[str, Any]
    db: Database
    channel: Channel
    classifier_factory: Callable[[], Classifier]
    clock: Callable[[], datetime] = utcnow
    _classifier: Classifier | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def classifier(self) -> Classifier:
        """The NLU model, loaded once per process on first use (workers only)."""
        if self._classifier is None:
            with self._lock:
                if self._classifier is None:
                    self._classifier = self.classifier_factory()
        return self._classifier

    @property
    def classifier_loaded(self) -> bool:
        """True once the model is in memory."""
        return self._classifier is not None


def services() -> Services:
    """The services of the current Flask app."""
    svc: Services = current_app.extensions["mindlink"]
    return svc
