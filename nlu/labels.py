"""Label sets and the fine-emotion to Ekman mapping."""

from __future__ import annotations

INTENTS: tuple[str, ...] = (
    "greet",
    "goodbye",
    "thanks",
    "affirm",
    "deny",
    "mood_report",
    "checkin_request",
    "breathing_request",
    "sleep_help",
    "set_reminder",
    "list_reminders",
    "cancel_reminder",
    "help",
    "human_request",
    "delete_data",
    "export_data",
    "smalltalk",
    "crisis",
    "support_other",
    "out_of_scope",
)

FALLBACK_INTENT = "out_of_scope"

# Fine emotion label -> Ekman group (follows the GoEmotions Ekman grouping).
EKMAN: dict[str, str] = {
    "angry": "anger",
    "annoyed": "anger",
    "frustrated": "anger",
    "disgusted": "disgust",
    "scared": "fear",
    "anxious": "fear",
    "stressed": "fear",
    "happy": "joy",
    "amused": "joy",
    "grateful": "joy",
    "loving": "joy",
    "hopeful": "joy",
    "proud": "joy",
    "relieved": "joy",
    "sad": "sadness",
    "lonely": "sadness",
    "grief": "sadness",
    "disappointed": "sadness",
    "guilty": "sadness",
    "surprised": "surprise",
    "confused": "surprise",
    "neutral": "neutral",
}

EKMAN_GROUPS: tuple[str, ...] = (
    "anger",
    "disgust",
    "fear",
    "joy",
    "sadness",
    "surprise",
    "neutral",
)

CRISIS_KINDS: tuple[str, ...] = ("suicidal", "self_harm", "abuse", "danger")
THIRD_PARTY = "third_party"

# Intent examples that double as emotion examples (intent or crisis kind -> fine emotion).
INTENT_EMOTION: dict[str, str] = {
    "set_reminder": "neutral",
    "list_reminders": "neutral",
    "cancel_reminder": "neutral",
    "export_data": "neutral",
    "delete_data": "neutral",
    "help": "neutral",
    "out_of_scope": "neutral",
    "crisis/suicidal": "sad",
    "crisis/self_harm": "sad",
    "crisis/abuse": "scared",
    "crisis/danger": "scared",
}


def intent_of(label: str) -> str:
    """Return the intent part of a Rasa label such as ``crisis/abuse``."""
    return label.split("/", 1)[0]


def crisis_kind_of(label: str) -> str | None:
    """Return the crisis kind of a ``crisis/<kind>`` label, else None."""
    head, _, kind = label.partition("/")
    return kind if head == "crisis" and kind else None


# Output classes of the fine-tuned heads: crisis is split by kind in the intent head.
INTENT_CLASSES: tuple[str, ...] = tuple(i for i in INTENTS if i != "crisis") + tuple(
    f"crisis/{k}" for k in CRISIS_KINDS
)
EMOTION_CLASSES: tuple[str, ...] = tuple(EKMAN)
