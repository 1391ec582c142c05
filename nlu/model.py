"""The real classifier: fine-tuned MiniLM (int8 ONNX) plus numpy heads."""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from nlu import heads
from nlu.encoder import Encoder
from nlu.entities import extract_entities
from nlu.labels import EKMAN, EKMAN_GROUPS, FALLBACK_INTENT, THIRD_PARTY, intent_of
from nlu.plain import good_time_told, plain_answer
from nlu.rules import explicit_crisis
from nlu.sarcasm import bad_news_told, sounds_sarcastic
from nlu.types import Parse

MODEL_DIR = Path(__file__).parent / "model"
RULE_SCORE = 0.97
SARCASM_CONFIDENCE = 0.8  # how sure the sarcasm rule is; the model's own is in the praise
PLAIN_CONFIDENCE = 0.8  # how sure the reading of a two-word answer ("pretty good") is

# A hello that opens a longer message: "hi, i cant sleep", "good morning! slept terribly
# again", "hi there, need to talk to someone". The hello alone pulls the whole message to
# `greet`; what follows it is what the person wants.
GREETING_OPENER = re.compile(
    r"^\W*(?:h+i+|hey+|hello+|hiya|heya|hullo|yo|howdy|hey+a|"
    r"(?:good )?(?:morning|afternoon|evening)|g'?morning|gm)"
    r"(?:\s+(?:there|again|all|everyone|you|mindlink|bot))?\b[\s,.!:;~-]*",
    re.IGNORECASE,
)
AFTER_A_HELLO_CONFIDENCE = 0.8
# What, said after a hello, is read instead of the hello: a request or how they feel.
_AFTER_A_HELLO = frozenset(
    {
        "checkin_request",
        "breathing_request",
        "sleep_help",
        "set_reminder",
        "list_reminders",
        "cancel_reminder",
        "human_request",
        "delete_data",
        "export_data",
        "mood_report",
    }
)


class Member:
    """One fine-tuned encoder with its heads and thresholds (one directory)."""

    def __init__(self, model_dir: Path, threads: int) -> None:
        self.meta = json.loads((model_dir / "meta.json").read_text())
        self.weights = heads.load(model_dir / "heads.npz")
        self.encoder = Encoder(onnx_file=model_dir / "encoder.int8.onnx", threads=threads)
        classes = self.meta["intent_classes"]
        self.crisis_cols = [i for i, c in enumerate(classes) if c.startswith("crisis/")]

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray, float]:
        """Intent probs, emotion probs and crisis score for one message."""
        windows = self.encoder.windows(text)
        mean = windows.mean(axis=0, keepdims=True)
        mean /= max(float(np.linalg.norm(mean)), 1e-9)
        rows = np.concatenate([mean, windows]) if len(windows) > 1 else mean
        intent_p, emotion_p, crisis_p = heads.predict(rows, self.weights)
        blended = 0.5 * crisis_p + 0.5 * intent_p[:, self.crisis_cols].sum(axis=1)
        return intent_p[0], emotion_p[0], float(blended.max())


def _logit(p: float) -> float:
    p = min(max(p, 1e-7), 1 - 1e-7)
    return math.log(p / (1 - p))


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def combined_score(scores: list[float]) -> float:
    """The members' crisis scores as one: the mean of their log-odds. With thresholds near
    0.05 a plain mean would alarm on one member's mild 0.11 however sure the other is that
    there is nothing (0.0001); here the members must lean that way together, and a reading
    near certainty (0.999) still carries against a faint one. A single member's score is
    returned as it is."""
    if len(scores) == 1:
        return scores[0]
    return _sigmoid(sum(_logit(s) for s in scores) / len(scores))


class NluModel:
    """Classifies messages with the committed artefact in `model_dir`: one member, or,
    when its meta.json lists `members` (sub-directories), their average."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int = 1) -> None:
        top = json.loads((model_dir / "meta.json").read_text())
        dirs = [model_dir / name for name in top["members"]] if "members" in top else [model_dir]
        self.members = [Member(d, threads) for d in dirs]
        first = self.members[0].meta
        if any(m.meta["intent_classes"] != first["intent_classes"] for m in self.members):
            raise ValueError("members disagree on the intent classes")
        self.meta = dict(top)
        self.meta.setdefault("intent_classes", first["intent_classes"])
        self.meta.setdefault("emotion_classes", first["emotion_classes"])
        self.meta["crisis_threshold"] = combined_score(
            [m.meta["crisis_threshold"] for m in self.members]
        )
        self.meta["intent_threshold"] = float(
            np.mean([m.meta["intent_threshold"] for m in self.members])
        )
        self.intents: list[str] = self.meta["intent_classes"]
        self.emotions: list[str] = self.meta["emotion_classes"]
        self.crisis_cols = [i for i, c in enumerate(self.intents) if c.startswith("crisis/")]
        self.other_cols = [i for i, c in enumerate(self.intents) if not c.startswith("crisis/")]
        self.group_of = np.array([EKMAN_GROUPS.index(EKMAN[e]) for e in self.emotions])

    def clear_cache(self) -> None:
        """Forget every cached embedding (the benchmark times uncached calls)."""
        for member in self.members:
            member.encoder._cache.clear()

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray, float]:
        """Intent probs, emotion probs and crisis score for one message, averaged over
        the members."""
        read = [member.scores(text) for member in self.members]
        if len(read) == 1:
            return read[0]
        intent_p = np.mean([r[0] for r in read], axis=0)
        emotion_p = np.mean([r[1] for r in read], axis=0)
        return intent_p, emotion_p, combined_score([r[2] for r in read])

    def classify(self, text: str, *, tz: str = "UTC", now: datetime | None = None) -> Parse:
        """Classify one message."""
        now = now or datetime.now(UTC)
        if not text or not text.strip():
            return fallback(text)
        intent_p, emotion_p, score = self.scores(text)
        rule_kind = explicit_crisis(text)
        if rule_kind:
            score = max(score, RULE_SCORE)
        crisis = score >= self.meta["crisis_threshold"]
        intent, conf, kind = self._intent(intent_p, crisis, score, rule_kind)
        rest = after_greeting(text) if intent == "greet" else None
        if rest is not None:
            # The crisis score stays the whole message's; only what is asked is read anew.
            rest_intent_p, rest_emotion_p, _ = self.scores(rest)
            read = self._intent(rest_intent_p, crisis, score, rule_kind)
            # A hard feeling counts ("hello, had an awful day"); good news with a hello
            # stays a glad hello, and "hey there, it's been a while" a plain one.
            felt = read[0] != "mood_report" or self._emotion(rest_emotion_p)[1] not in (
                "neutral",
                "joy",
            )
            if read[0] in _AFTER_A_HELLO and read[1] >= AFTER_A_HELLO_CONFIDENCE and felt:
                (intent, conf, kind), emotion_p = read, rest_emotion_p
        fine, group, emotion_conf = self._emotion(emotion_p)
        if group in ("joy", "surprise") and sounds_sarcastic(text):
            # Praise about a breakdown is annoyance; the model only hears the praise.
            fine, group, emotion_conf = "annoyed", "anger", SARCASM_CONFIDENCE
        elif group == "joy" and bad_news_told(text):  # "got made redundant today"
            fine, group, emotion_conf = "disappointed", "sadness", SARCASM_CONFIDENCE
        elif (plain := plain_answer(text)) is not None:  # "pretty good", "im ok"
            (fine, group), emotion_conf = plain, PLAIN_CONFIDENCE
        elif group in ("sadness", "fear", "anger", "disgust") and good_time_told(text):
            # "pretty good day actually, went for a run": the model heard a let-down
            fine, group, emotion_conf = "happy", "joy", PLAIN_CONFIDENCE
        return Parse(
            text=text,
            intent=intent,
            intent_confidence=conf,
            emotion=fine,
            emotion_confidence=emotion_conf,
            ekman=group,
            crisis=bool(crisis),
            crisis_score=float(score),
            crisis_kind=kind,
            entities=extract_entities(text, tz=tz, now=now, intent=intent),
        )

    def _intent(
        self, intent_p: np.ndarray, crisis: bool, score: float, rule_kind: str | None
    ) -> tuple[str, float, str | None]:
        """Intent, confidence and crisis kind; the crisis kinds count as one intent."""
        mass = float(intent_p[self.crisis_cols].sum())
        rest = intent_p[self.other_cols]
        top = int(rest.argmax())
        if crisis and (rule_kind or mass >= float(rest[top])):
            best = max(self.crisis_cols, key=lambda i: intent_p[i])
            return "crisis", max(mass, score), rule_kind or self.intents[best].split("/", 1)[1]
        kind = None
        if crisis:
            best = max(self.crisis_cols, key=lambda i: intent_p[i])
            kind = rule_kind or self.intents[best].split("/", 1)[1]
        conf = float(rest[top]) / max(float(rest.sum()), 1e-9)
        intent = intent_of(self.intents[self.other_cols[top]])
        if conf < self.meta["intent_threshold"]:
            intent = FALLBACK_INTENT
        if intent == "support_other" and not crisis:
            kind = THIRD_PARTY
        return intent, conf, kind

    def _emotion(self, emotion_p: np.ndarray) -> tuple[str, str, float]:
        """Fine label, Ekman group and the group's probability."""
        groups = np.bincount(self.group_of, weights=emotion_p, minlength=len(EKMAN_GROUPS))
        group = int(groups.argmax())
        members = [i for i, g in enumerate(self.group_of) if g == group]
        fine = max(members, key=lambda i: float(emotion_p[i]))
        return self.emotions[fine], EKMAN_GROUPS[group], float(groups[group])


def after_greeting(text: str) -> str | None:
    """What follows an opening hello, when it is at least two words; else None."""
    opener = GREETING_OPENER.match(text)
    if opener is None:
        return None
    rest = text[opener.end() :].strip()
    return rest if len(rest.split()) >= 2 else None


def fallback(text: str) -> Parse:
    """The neutral out-of-scope parse used for empty text."""
    return Parse(
        text=text,
        intent=FALLBACK_INTENT,
        intent_confidence=0.0,
        emotion="neutral",
        emotion_confidence=1.0,
        ekman="neutral",
        crisis=False,
        crisis_score=0.0,
        crisis_kind=None,
        entities=(),
    )
