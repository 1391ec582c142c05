"""FakeClassifier: deterministic keyword rules with the real entity extraction (no torch)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from nlu.entities import extract_entities
from nlu.labels import EKMAN, THIRD_PARTY
from nlu.types import Parse

# Checked in order; the first matching rule wins.
CRISIS_RULES: tuple[tuple[str, str], ...] = (
    (
        "self_harm",
        r"\b(cut(ting)? myself|hurt(ing)? myself|self[- ]?harm|took (a bunch of|all my|"
        r"too many) (pills|tablets)|overdos)",
    ),
    (
        "suicidal",
        r"\b(kill myself|kms|unalive|suicid|end (it all|my life)|want to die|"
        r"wanna die|wants to die|better off without me|don'?t want to be here)",
    ),
    ("abuse", r"\b(hits me|beats me|abus|raped|hurts me|touches me)"),
    ("danger", r"\b(in danger|following me|break(ing)? in|has a (knife|gun)|call (the )?police)"),
)
THIRD_PARTY_RE = r"\b(my|our) (friend|cousin|sister|brother|son|daughter|mum|mom|dad|partner)\b"
INTENT_RULES: tuple[tuple[str, str], ...] = (
    ("human_request", r"\b(human|real person|talk to (a|some)one|counsell?or|agent)\b"),
    ("delete_data", r"\b(delete|erase|wipe|forget) (my|all|everything)"),
    ("export_data", r"\b(export|download|copy of) .*(data|history)|\btranscript\b"),
    ("cancel_reminder", r"\b(cancel|delete|remove|stop)\b.*\b(remind|reminder|reminders)\b"),
    ("list_reminders", r"\b(list|show|what)\b.*\breminders?\b|^reminders\??$"),
    ("set_reminder", r"\bremind me\b|\b(set|add|new) (a )?reminder\b"),
    ("breathing_request", r"\b(breath|breathe|breathing|calm me|grounding|meditat)"),
    ("sleep_help", r"\b(sleep|insomnia|can'?t sleep|nightmare)"),
    ("checkin_request", r"\b(check ?-?in|log my mood|mood check)\b"),
    ("help", r"^(help|menu|options)\b|\bwhat can you do\b|\bhow does this work\b"),
    ("thanks", r"\b(thanks|thank you|thx|ty|cheers)\b"),
    ("goodbye", r"\b(bye|goodbye|good night|goodnight|see you|ttyl|gtg)\b"),
    ("greet", r"^(hi|hello|hey|hiya|yo|good morning|morning)\b"),
    ("affirm", r"^(yes|yeah|yep|sure|ok|okay|y|definitely|sounds good)\b"),
    ("deny", r"^(no|nope|nah|not really|never ?mind)\b"),
    (
        "mood_report",
        r"\b(feel|feeling|sad|happy|tired|stressed|anxious|angry|lonely|"
        r"\d+ ?/ ?10|out of 10|okay i guess|not great)\b|[😭😔😐🙂😁😢😊]",
    ),
    ("smalltalk", r"\b(how are you|who are you|are you a bot|lol|haha)\b"),
)
EMOTION_RULES: tuple[tuple[str, str], ...] = (
    ("angry", r"\b(angry|furious|pissed|mad|fuming)\b"),
    ("disgusted", r"\b(disgust|gross|ew+|vile)\w*"),
    ("scared", r"\b(scared|afraid|terrified|in danger)\b"),
    ("anxious", r"\b(anxious|nervous|worried|panic)\w*"),
    ("stressed", r"\b(stress|overwhelm)\w*"),
    ("sad", r"\b(sad|down|depressed|cry|crying|hopeless|die|kill myself)\b|😭|😢|😔"),
    ("lonely", r"\b(lonely|alone)\b"),
    ("grief", r"\b(died|passed away|funeral)\b"),
    ("grateful", r"\b(thanks|thank you|grateful)\b"),
    ("happy", r"\b(happy|great|good|amazing|glad)\b|😊|😁|🙂"),
    ("surprised", r"\b(wow|omg|no way|shocked)\b"),
)


def _first(rules: tuple[tuple[str, str], ...], text: str) -> str | None:
    return next((name for name, pattern in rules if re.search(pattern, text)), None)


class FakeClassifier:
    """Keyword-rule classifier for tests of code that depends on the NLU."""

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        """Classify one message with keyword rules."""
        low = " ".join(text.lower().replace("’", "'").split())
        third_party = bool(re.search(THIRD_PARTY_RE, low))
        kind = None if third_party else _first(CRISIS_RULES, low)
        if kind:
            intent = "crisis"
        elif third_party and _first(CRISIS_RULES, low):
            intent, kind = "support_other", THIRD_PARTY
        else:
            intent = _first(INTENT_RULES, low) or "out_of_scope"
        emotion = _first(EMOTION_RULES, low) or "neutral"
        return Parse(
            text=text,
            intent=intent,
            intent_confidence=1.0 if intent != "out_of_scope" else 0.0,
            emotion=emotion,
            emotion_confidence=1.0,
            ekman=EKMAN[emotion],
            crisis=intent == "crisis",
            crisis_score=1.0 if intent == "crisis" else 0.0,
            crisis_kind=kind,
            entities=extract_entities(text, tz=tz, now=now or datetime.now(UTC), intent=intent),
        )
