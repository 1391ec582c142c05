"""The `train` command: fine-tune, pick thresholds on validation, export the artefact."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from nlu import heads
from nlu.data import Example, load_examples, split
from nlu.finetune import IGNORE, Sample, Settings, batch_tensors, head_arrays, train_model
from nlu.labels import EMOTION_CLASSES, INTENT_CLASSES, INTENT_EMOTION, intent_of

MODEL_DIR = Path(__file__).parent / "model"
TARGET_CRISIS_RECALL = 0.98
# The false-alarm budget wins when validation cannot give both: the threshold is never set
# below the point where more than this share of validation non-crisis messages would alarm.
MAX_CRISIS_FPR = 0.05


def build_samples(examples: list[Example]) -> list[Sample]:
    """Merge examples by text into multi-task samples (first label per head wins)."""
    intents: dict[str, str] = {}
    emotions: dict[str, str] = {}
    for ex in examples:
        if ex.is_emotion:
            emotions.setdefault(ex.text, ex.label)
        else:
            intents.setdefault(ex.text, ex.label)
            if ex.label in INTENT_EMOTION:
                emotions.setdefault(ex.text, INTENT_EMOTION[ex.label])
    out = []
    for text in sorted(set(intents) | set(emotions)):
        label = intents.get(text)
        emotion = emotions.get(text)
        out.append(
            Sample(
                text=text,
                intent=INTENT_CLASSES.index(label) if label else IGNORE,
                emotion=EMOTION_CLASSES.index(emotion) if emotion else IGNORE,
                crisis=int(bool(label and label.startswith("crisis/"))),
            )
        )
    return out


def crisis_score(intent_p: np.ndarray, crisis_p: np.ndarray) -> np.ndarray:
    """Blend the crisis head with the intent head's crisis mass."""
    crisis_cols = [i for i, c in enumerate(INTENT_CLASSES) if c.startswith("crisis/")]
    return np.asarray(0.5 * crisis_p + 0.5 * intent_p[:, crisis_cols].sum(axis=1))


def torch_embed(model: Any, tok: Any, texts: list[str]) -> np.ndarray:
    """Normalised embeddings from the torch model (fp32 reference)."""
    import torch

    out = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            ids, mask = batch_tensors(tok, texts[start : start + 64])
            out.append(model.embed(ids, mask).numpy() / heads.SCALE)
    return np.concatenate(out) if out else np.zeros((0, 384), dtype=np.float32)


def crisis_threshold(score: np.ndarray, y: np.ndarray) -> float:
    """The highest threshold with recall >= target, raised if needed so that no more than
    the false-alarm budget of non-crisis messages reach it; kept within [0.02, 0.5]."""
    pos = np.sort(score[y == 1])
    k = int(np.floor(len(pos) * (1 - TARGET_CRISIS_RECALL)))
    t = float(pos[k]) - 1e-6 if len(pos) else 0.5
    neg = np.sort(score[y == 0])[::-1]
    budget = int(np.floor(len(neg) * MAX_CRISIS_FPR))
    if budget < len(neg):
        t = max(t, float(neg[budget]) + 1e-6)
    return min(max(t, 0.02), 0.5)


def pick_thresholds(samples: list[Sample], emb: np.ndarray, w: dict[str, np.ndarray]) -> dict:
    """Crisis threshold for recall >= target within the false-alarm budget, and the intent
    confidence fallback threshold."""
    intent_p, _, crisis_p = heads.predict(emb, w)
    score = crisis_score(intent_p, crisis_p)
    y = np.array([s.crisis for s in samples])
    crisis_t = crisis_threshold(score, y)
    crisis_cols = [i for i, c in enumerate(INTENT_CLASSES) if c.startswith("crisis/")]
    other_cols = [i for i, c in enumerate(INTENT_CLASSES) if not c.startswith("crisis/")]
    rows = [i for i, s in enumerate(samples) if s.intent != IGNORE]
    gold = [intent_of(INTENT_CLASSES[samples[i].intent]) for i in rows]
    best = (-1.0, 0.0)
    for t in np.arange(0.2, 0.91, 0.05):
        hits = 0
        for i, g in zip(rows, gold, strict=True):
            rest = intent_p[i, other_cols]
            if score[i] >= crisis_t and intent_p[i, crisis_cols].sum() >= rest.max():
                pred = "crisis"
            elif rest.max() / rest.sum() < t:
                pred = "out_of_scope"
            else:
                pred = intent_of(INTENT_CLASSES[other_cols[int(rest.argmax())]])
            hits += pred == g
        acc = hits / len(rows) if rows else 0.0
        if acc >= best[0]:
            best = (acc, float(t))
    fpr = float((score[y == 0] >= crisis_t).mean()) if (y == 0).any() else 0.0
    rec = float((score[y == 1] >= crisis_t).mean()) if (y == 1).any() else 1.0
    return {
        "crisis_threshold": round(crisis_t, 6),
        "intent_threshold": round(best[1], 2),
        "val_crisis_recall": round(rec, 4),
        "val_crisis_fpr": round(fpr, 4),
        "val_intent_accuracy": round(best[0], 4),
    }


def quantisation_check(model: Any, tok: Any, onnx_file: Path, test: list[Example]) -> dict:
    """Held-out intent accuracy and Ekman accuracy with fp32 torch vs the int8 ONNX encoder."""
    from nlu.encoder import Encoder
    from nlu.labels import EKMAN

    samples = build_samples(test)
    texts = [s.text for s in samples]
    w = head_arrays(model)
    result = {}
    for name, emb in (
        ("fp32", torch_embed(model, tok, texts)),
        ("int8", Encoder(onnx_file=onnx_file, threads=2).encode(texts)),
    ):
        intent_p, emotion_p, _ = heads.predict(emb, w)
        pairs_i = [
            (intent_of(INTENT_CLASSES[s.intent]), intent_of(INTENT_CLASSES[int(p)]))
            for s, p in zip(samples, intent_p.argmax(1), strict=True)
            if s.intent != IGNORE
        ]
        pairs_e = [
            (EKMAN[EMOTION_CLASSES[s.emotion]], EKMAN[EMOTION_CLASSES[int(p)]])
            for s, p in zip(samples, emotion_p.argmax(1), strict=True)
            if s.emotion != IGNORE
        ]
        acc_i = np.mean([a == b for a, b in pairs_i]) if pairs_i else 0.0
        acc_e = np.mean([a == b for a, b in pairs_e]) if pairs_e else 0.0
        result[name] = f"{acc_i:.3f} / {acc_e:.3f}"
    return result


def run(
    seed: int = 13,
    out: Path = MODEL_DIR,
    settings: Settings | None = None,
    examples: list[Example] | None = None,
    export: bool = True,
    refit: bool = True,
) -> dict:
    """Train end to end and write heads.npz, meta.json (and the ONNX encoder) to `out`."""
    from tokenizers import Tokenizer

    from nlu.encoder import export_onnx, package_model_dir

    started = time.perf_counter()
    settings = settings or Settings(seed=seed)
    examples = examples if examples is not None else load_examples()
    train, val, test = split(examples)
    model_dir = package_model_dir()
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(settings.max_tokens)
    tok.no_padding()
    n_i, n_e = len(INTENT_CLASSES), len(EMOTION_CLASSES)
    model = train_model(build_samples(train), n_i, n_e, model_dir, settings)
    val_samples = build_samples(val)
    meta: dict[str, Any] = pick_thresholds(
        val_samples, torch_embed(model, tok, [s.text for s in val_samples]), head_arrays(model)
    )
    if refit:
        model = train_model(build_samples(train + val), n_i, n_e, model_dir, settings)
    out.mkdir(parents=True, exist_ok=True)
    heads.save(out / "heads.npz", head_arrays(model))
    if export:
        export_onnx(model.bert, out / "encoder.int8.onnx", quantise=True)
        meta["quantisation_check"] = quantisation_check(model, tok, out / "encoder.int8.onnx", test)
    meta |= {
        "seed": settings.seed,
        "settings": settings.__dict__,
        "intent_classes": list(INTENT_CLASSES),
        "emotion_classes": list(EMOTION_CLASSES),
        "train_examples": len(train) + (len(val) if refit else 0),
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    meta["seconds"] = round(time.perf_counter() - started, 1)
    return meta
