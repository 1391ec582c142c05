"""The unseen-style set: messages written apart from the training data, in the styles of
public corpora (emotion tweets, forum comments, assistant queries, support-forum posts).

Nothing here is trained on or tuned against: `load_examples` reads only `nlu/data/*.yml`.
Labels are Ekman groups (emotion.yml), `out_of_scope` (offtopic.yml), and `crisis/<kind>` or
`not_crisis` (crisis.yml).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nlu.data import Example, parse_rasa
from nlu.labels import EKMAN_GROUPS

OOD_DIR = Path(__file__).parent / "ood"
KEYS = ("ekman_macro_f1", "oos_recall", "crisis_recall", "crisis_fpr", "near_miss_fpr")


def load(ood_dir: Path = OOD_DIR) -> list[Example]:
    """Every example of the set, in a stable order."""
    out: list[Example] = []
    for path in sorted(ood_dir.glob("*.yml")):
        out.extend(parse_rasa(path.read_text(encoding="utf-8"), f"ood/{path.name}"))
    return out


def metrics(
    examples: list[Example], intents: list[str], ekmans: list[str], crises: list[bool]
) -> dict[str, float]:
    """Ekman macro-F1, off-topic recall and crisis recall/FPR for predictions in order."""
    from sklearn.metrics import f1_score

    emo = [(e.label, p) for e, p in zip(examples, ekmans, strict=True) if e.label in EKMAN_GROUPS]
    oos = [
        p == "out_of_scope"
        for e, p in zip(examples, intents, strict=True)
        if e.label == "out_of_scope"
    ]
    gold = np.array([e.label.startswith("crisis/") for e in examples])
    pred = np.array(crises, dtype=bool)
    near = np.array([e.label == "not_crisis" for e in examples])
    return {
        "ekman_macro_f1": float(
            f1_score([g for g, _ in emo], [p for _, p in emo], average="macro", zero_division=0)
        )
        if emo
        else 0.0,
        "oos_recall": float(np.mean(oos)) if oos else 0.0,
        "crisis_recall": float(pred[gold].mean()) if gold.any() else 0.0,
        "crisis_fpr": float(pred[~gold].mean()) if (~gold).any() else 0.0,
        "near_miss_fpr": float(pred[near].mean()) if near.any() else 0.0,
    }
