"""The `evaluate` command: held-out metrics for the model and two baselines."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from nlu import ood
from nlu.data import Example, load_examples, split
from nlu.labels import EKMAN, EKMAN_GROUPS, INTENT_EMOTION, INTENTS, intent_of

if TYPE_CHECKING:
    from nlu.model import NluModel

REPORT = Path(__file__).resolve().parent.parent / "docs" / "nlu-eval.md"
Predict = Callable[[list[str]], tuple[list[str], list[str], list[bool]]]


def gold(test: list[Example]) -> dict[str, list]:
    """Gold labels per task from the held-out examples."""
    intents = [(e.text, intent_of(e.label)) for e in test if not e.is_emotion]
    emotions = [(e.text, EKMAN[e.label]) for e in test if e.is_emotion]
    crisis: dict[str, bool] = {}
    for e in test:
        crisis[e.text] = crisis.get(e.text, False) or e.label.startswith("crisis/")
    hard = [e.text for e in test if e.source == "hard_negatives.yml"]
    return {"intent": intents, "emotion": emotions, "crisis": sorted(crisis.items()), "hard": hard}


def score(g: dict[str, list], predict: Predict) -> dict[str, object]:
    """Metrics for one system."""
    from sklearn.metrics import accuracy_score, f1_score

    texts = sorted(
        {t for t, _ in g["intent"]} | {t for t, _ in g["emotion"]} | {t for t, _ in g["crisis"]}
    )
    intents, ekmans, crises = predict(texts)
    by_text = {t: (i, e, c) for t, i, e, c in zip(texts, intents, ekmans, crises, strict=True)}
    yi = [y for _, y in g["intent"]]
    pi = [by_text[t][0] for t, _ in g["intent"]]
    ye = [y for _, y in g["emotion"]]
    pe = [by_text[t][1] for t, _ in g["emotion"]]
    yc = np.array([y for _, y in g["crisis"]])
    pc = np.array([by_text[t][2] for t, _ in g["crisis"]])
    oos = [p == "out_of_scope" for y, p in zip(yi, pi, strict=True) if y == "out_of_scope"]
    hard = [by_text[t][2] for t in g["hard"]]
    return {
        "intent_accuracy": accuracy_score(yi, pi),
        "intent_macro_f1": f1_score(yi, pi, average="macro", zero_division=0),
        "emotion_accuracy": accuracy_score(ye, pe),
        "emotion_macro_f1": f1_score(ye, pe, average="macro", zero_division=0),
        "crisis_recall": float(pc[yc].mean()) if yc.any() else 1.0,
        "crisis_fpr": float(pc[~yc].mean()) if (~yc).any() else 0.0,
        "hard_negative_fpr": float(np.mean(hard)) if hard else 0.0,
        "oos_recall": float(np.mean(oos)) if oos else 1.0,
        "_pairs": (yi, pi, ye, pe),
    }


def model_predict(model_dir: str | None) -> Predict:
    """Prediction function for the trained model."""
    return _predict_with(_load(model_dir))


def _load(model_dir: str | None) -> NluModel:
    from nlu.model import MODEL_DIR, NluModel

    return NluModel(Path(model_dir) if model_dir else MODEL_DIR)


def _predict_with(model: NluModel) -> Predict:
    def predict(texts: list[str]) -> tuple[list[str], list[str], list[bool]]:
        parses = [model.classify(t) for t in texts]
        return [p.intent for p in parses], [p.ekman for p in parses], [p.crisis for p in parses]

    return predict


def _train_rows(train: list[Example]) -> dict[str, tuple[list[str], list]]:
    rows: dict[str, tuple[list[str], list]] = {
        "intent": ([], []),
        "emotion": ([], []),
        "crisis": ([], []),
    }
    for e in train:
        if e.is_emotion:
            rows["emotion"][0].append(e.text)
            rows["emotion"][1].append(EKMAN[e.label])
        else:
            rows["intent"][0].append(e.text)
            rows["intent"][1].append(intent_of(e.label))
            if e.label in INTENT_EMOTION:
                rows["emotion"][0].append(e.text)
                rows["emotion"][1].append(EKMAN[INTENT_EMOTION[e.label]])
        rows["crisis"][0].append(e.text)
        rows["crisis"][1].append(e.label.startswith("crisis/"))
    return rows


def linear_predict(train: list[Example], featurise: Callable[[Sequence[str]], object]) -> Predict:
    """Logistic-regression heads over any featuriser (TF-IDF or frozen embeddings)."""
    from sklearn.linear_model import LogisticRegression

    heads = {}
    for task, (texts, labels) in _train_rows(train).items():
        clf = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
        heads[task] = clf.fit(featurise(texts), labels)

    def predict(texts: list[str]) -> tuple[list[str], list[str], list[bool]]:
        x = featurise(texts)
        return (
            list(heads["intent"].predict(x)),
            list(heads["emotion"].predict(x)),
            [bool(v) for v in heads["crisis"].predict(x)],
        )

    return predict


def tfidf_featuriser(train: list[Example]) -> Callable[[Sequence[str]], object]:
    """Word 1-2 gram plus char 2-5 gram TF-IDF fitted on the training texts."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [e.text for e in train]
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts)
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
    ).fit(texts)
    return lambda xs: hstack([words.transform(xs), chars.transform(xs)]).tocsr()


def frozen_featuriser() -> Callable[[Sequence[str]], object]:
    """Embeddings from the plain (not fine-tuned) encoder in the package."""
    from nlu.encoder import Encoder

    encoder = Encoder(threads=2)
    return lambda xs: encoder.encode(list(xs))


def _table(labels: list[str], y: list[str], p: list[str]) -> str:
    from sklearn.metrics import classification_report, confusion_matrix

    labels = [lab for lab in labels if lab in set(y) | set(p)]
    report = classification_report(y, p, labels=labels, digits=3, zero_division=0)
    cm = confusion_matrix(y, p, labels=labels)
    short = [lab[:6] for lab in labels]
    lines = ["gold \\ pred".ljust(18) + " ".join(s.rjust(6) for s in short)]
    lines += [
        lab[:18].ljust(18) + " ".join(str(v).rjust(6) for v in row)
        for lab, row in zip(labels, cm, strict=True)
    ]
    return f"```\n{report}```\n\nConfusion matrix:\n\n```\n" + "\n".join(lines) + "\n```\n"


def with_safety_words(model: NluModel) -> Predict:
    """The model's predictions, with the crisis flag the bot acts on and `python -m nlu parse`
    reports: `bot.safety.crisis_flag` under the thresholds in config.yml."""
    import yaml

    from bot.safety import crisis_flag
    from mindlink.config import ROOT

    settings = {"crisis": yaml.safe_load((ROOT / "config.yml").read_text())["crisis"]}

    def predict(texts: list[str]) -> tuple[list[str], list[str], list[bool]]:
        parses = [(t, model.classify(t)) for t in texts]
        return (
            [p.intent for _, p in parses],
            [p.ekman for _, p in parses],
            [crisis_flag(t, p, settings) for t, p in parses],
        )

    return predict


def score_ood(examples: list[Example], predict: Predict) -> dict[str, float]:
    """Metrics on the unseen-style set."""
    intents, ekmans, crises = predict([e.text for e in examples])
    return ood.metrics(examples, intents, ekmans, crises)


SAFETY_ROW = "fine-tuned MiniLM + safety words (`nlu parse`)"
SAFETY_NOTE = (
    "The second row is the crisis flag the bot acts on and `python -m nlu parse` reports: "
    "the model's reading, raised by explicit crisis words and set aside when words explain it "
    "away (`bot.safety.crisis_flag`; the direct question counts as flagged). Its intent and "
    "emotion are the model's. Those words were written while reading every hand-written "
    "message, these included, in the safety sweep, so its crisis figures here flatter it "
    "more than the model's own."
)


def render_ood(results: dict[str, dict[str, float]], examples: list[Example]) -> str:
    """Markdown section for the unseen-style set."""
    counts: dict[str, int] = {}
    for e in examples:
        group = "crisis" if e.label.startswith("crisis/") else e.label
        group = "emotion" if group in EKMAN_GROUPS else group
        counts[group] = counts.get(group, 0) + 1
    out = [
        "## Unseen-style set (`nlu/ood/`)",
        "",
        "Written apart from the training data, in the styles of public corpora (emotion "
        "tweets, forum comments, assistant queries, support-forum posts); never trained or "
        "tuned on. Crisis FPR counts every non-crisis message of the set; near-miss FPR only "
        f"the hard non-crisis ones. Sizes: {json.dumps(counts)}.",
        "",
        "| system | " + " | ".join(ood.KEYS) + " |",
        "|---" * (len(ood.KEYS) + 1) + "|",
    ]
    for name, r in results.items():
        out.append(f"| {name} | " + " | ".join(f"{r[k]:.3f}" for k in ood.KEYS) + " |")
    return "\n".join(out) + "\n"


def render(results: dict[str, dict], meta: dict, sizes: dict[str, int]) -> str:
    """Markdown report."""
    keys = [
        "intent_accuracy",
        "intent_macro_f1",
        "emotion_accuracy",
        "emotion_macro_f1",
        "crisis_recall",
        "crisis_fpr",
        "hard_negative_fpr",
        "oos_recall",
    ]
    out = [
        "# NLU evaluation (held-out split)",
        "",
        "Generated by `python -m nlu evaluate`. Test set: the hand-written examples whose "
        "SHA-1 text bucket is < 20 (see `nlu/data.py`); training never sees them. "
        f"Sizes: {json.dumps(sizes)}.",
        "",
        "| system | " + " | ".join(keys) + " |",
        "|---" * (len(keys) + 1) + "|",
    ]
    for name, r in results.items():
        out.append(f"| {name} | " + " | ".join(f"{r[k]:.3f}" for k in keys) + " |")
    if SAFETY_ROW in results:
        out += ["", SAFETY_NOTE]
    members = meta.get("member_meta") or [meta]
    for name, m in zip(meta.get("members") or [""], members, strict=True):
        q = m.get("quantisation_check")
        who = f"member `{name}` (seed {m.get('seed')}): " if name else ""
        if q:
            out += [
                "",
                f"{who}Quantisation check (held-out intent accuracy / Ekman accuracy, argmax, "
                f"no thresholds): fp32 torch {q['fp32']}, int8 ONNX {q['int8']}.",
            ]
        out += [
            "",
            f"{who}Thresholds: crisis {m['crisis_threshold']:.4f} (validation recall "
            f"{m['val_crisis_recall']}, FPR {m['val_crisis_fpr']}), intent fallback "
            f"{m['intent_threshold']}.",
        ]
    if len(members) > 1:
        out += [
            "",
            f"The members are averaged: crisis threshold {meta['crisis_threshold']:.4f} (the "
            "mean of the members' thresholds as log-odds; scores are combined the same way), "
            f"intent fallback {meta['intent_threshold']:.2f}.",
        ]
    out.append("")
    yi, pi, ye, pe = results["fine-tuned MiniLM (int8 ONNX)"]["_pairs"]
    out += [
        "## Intent",
        "",
        _table(list(INTENTS), yi, pi),
        "## Emotion (Ekman)",
        "",
        _table(list(EKMAN_GROUPS), ye, pe),
    ]
    return "\n".join(out)


def main(model_dir: str | None = None, write: bool = True, ood_only: bool = False) -> int:
    """Evaluate on the held-out split and the unseen-style set, print and optionally write
    the markdown report; `ood_only` scores only the model on the unseen-style set."""
    unseen = ood.load()
    classifier = _load(model_dir)
    model = _predict_with(classifier)
    if ood_only:
        print(render_ood({"fine-tuned MiniLM (int8 ONNX)": score_ood(unseen, model)}, unseen))
        return 0
    examples = load_examples()
    train, val, test = split(examples)
    g = gold(test)
    meta = dict(classifier.meta)
    if len(classifier.members) > 1:
        meta["member_meta"] = [member.meta for member in classifier.members]
    systems = {
        "fine-tuned MiniLM (int8 ONNX)": model,
        SAFETY_ROW: with_safety_words(classifier),
        "TF-IDF + logistic regression": linear_predict(train + val, tfidf_featuriser(train + val)),
        "frozen MiniLM + logistic regression": linear_predict(train + val, frozen_featuriser()),
    }
    results = {name: score(g, predict) for name, predict in systems.items()}
    unseen_results = {name: score_ood(unseen, predict) for name, predict in systems.items()}
    sizes = {
        "intent": len(g["intent"]),
        "emotion": len(g["emotion"]),
        "crisis_texts": len(g["crisis"]),
        "hard_negatives": len(g["hard"]),
    }
    text = render(results, meta, sizes)
    if unseen:
        text += "\n" + render_ood(unseen_results, unseen)
    print(text)
    if write:
        REPORT.parent.mkdir(parents=True, exist_ok=True)
        REPORT.write_text(text)
    return 0
