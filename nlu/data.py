"""Load Rasa NLU YAML training data and split it deterministically."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml

from nlu.labels import EKMAN

DATA_DIR = Path(__file__).parent / "data"
TEST_PERCENT = 20  # hash bucket < 20 -> held-out test (hand-written files only)
VAL_PERCENT = 15  # next 15 buckets -> validation for thresholds, then refit on train+val


@dataclass(frozen=True)
class Example:
    """One labelled message."""

    text: str
    label: str
    source: str

    @property
    def is_emotion(self) -> bool:
        """True when the label is a fine emotion rather than an intent."""
        return self.label in EKMAN

    @property
    def generated(self) -> bool:
        """True for template variants, which are never used for evaluation."""
        return self.source.startswith("generated")


def parse_rasa(text: str, source: str) -> list[Example]:
    """Parse one Rasa NLU YAML document into examples."""
    doc = yaml.safe_load(text) or {}
    out: list[Example] = []
    for block in doc.get("nlu", []) or []:
        label = block.get("intent")
        if not label:
            continue
        for line in str(block.get("examples", "")).splitlines():
            line = line.strip()
            if line.startswith("- "):
                out.append(Example(line[2:].strip(), str(label), source))
    return out


def load_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """Load every YAML file under the data directory, in a stable order."""
    out: list[Example] = []
    for path in sorted(data_dir.glob("*.yml")):
        out.extend(parse_rasa(path.read_text(encoding="utf-8"), path.name))
    return out


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def bucket(text: str) -> int:
    """Stable 0-99 bucket of a message, independent of its label."""
    digest = hashlib.sha1(_key(text).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % 100


def split(examples: list[Example]) -> tuple[list[Example], list[Example], list[Example]]:
    """Split into (train, validation, test); generated repeats of hand-written text are dropped."""
    written = {_key(ex.text) for ex in examples if not ex.generated}
    train: list[Example] = []
    val: list[Example] = []
    test: list[Example] = []
    for ex in examples:
        b = bucket(ex.text)
        if ex.generated and _key(ex.text) in written:
            continue
        if ex.generated or b >= TEST_PERCENT + VAL_PERCENT:
            train.append(ex)
        elif b < TEST_PERCENT:
            test.append(ex)
        else:
            val.append(ex)
    return train, val, test
