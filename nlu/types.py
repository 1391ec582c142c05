"""Result types shared by the real classifier, the fake and callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol


@dataclass(frozen=True)
class When:
    """A resolved reminder time: first occurrence in UTC plus an optional RRULE in local time."""

    first: datetime
    rrule: str | None
    local_time: time | None
    text: str

    def to_json(self) -> dict[str, object]:
        """Return a JSON-safe dict."""
        return {
            "first": self.first.isoformat(),
            "rrule": self.rrule,
            "local_time": self.local_time.isoformat() if self.local_time else None,
            "text": self.text,
        }


@dataclass(frozen=True)
class Entity:
    """One extracted entity."""

    type: str
    value: object
    text: str

    def to_json(self) -> dict[str, object]:
        """Return a JSON-safe dict."""
        value = self.value
        if isinstance(value, When):
            out: object = value.to_json()
        elif isinstance(value, time):
            out = value.isoformat()
        else:
            out = value
        return {"type": self.type, "value": out, "text": self.text}


@dataclass(frozen=True)
class Parse:
    """What the NLU understood from one message."""

    text: str
    intent: str
    intent_confidence: float
    emotion: str
    emotion_confidence: float
    ekman: str
    crisis: bool
    crisis_score: float
    crisis_kind: str | None
    entities: tuple[Entity, ...]

    def to_json(self) -> dict[str, object]:
        """Return a JSON-safe dict."""
        return {
            "text": self.text,
            "intent": self.intent,
            "intent_confidence": round(self.intent_confidence, 4),
            "emotion": self.emotion,
            "emotion_confidence": round(self.emotion_confidence, 4),
            "ekman": self.ekman,
            "crisis": self.crisis,
            "crisis_score": round(self.crisis_score, 4),
            "crisis_kind": self.crisis_kind,
            "entities": [e.to_json() for e in self.entities],
        }


class Classifier(Protocol):
    """Anything that turns a message into a Parse."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        """Classify one message."""
        ...
