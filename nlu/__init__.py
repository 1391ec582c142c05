"""MindLink NLU: intent, emotion, crisis and entities for one message.

Importing this package is cheap; only load() pulls in the model runtime.
"""

from __future__ import annotations

from nlu.clock import parse_clock_time, parse_duration_minutes
from nlu.mood import parse_mood_score
from nlu.types import Classifier, Entity, Parse, When
from nlu.when import parse_when

__all__ = [
    "Classifier",
    "Entity",
    "Parse",
    "When",
    "load",
    "parse_clock_time",
    "parse_duration_minutes",
    "parse_mood_score",
    "parse_when",
]


def load(model_dir: str | None = None) -> Classifier:
    """Load the trained model once; the caller keeps and reuses the returned classifier."""
    from pathlib import Path

    from nlu.model import MODEL_DIR, NluModel

    return NluModel(Path(model_dir) if model_dir else MODEL_DIR)
