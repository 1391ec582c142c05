"""Numpy inference for the trained heads, and byte-stable saving of their weights."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np

SCALE = 16.0  # embeddings are L2-normalised then scaled, as during fine-tuning


def softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise softmax."""
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=-1, keepdims=True))


def sigmoid(x: np.ndarray) -> np.ndarray:
    """Elementwise logistic function."""
    return np.asarray(1.0 / (1.0 + np.exp(-x)))


def predict(emb: np.ndarray, w: dict[str, np.ndarray]) -> tuple[np.ndarray, ...]:
    """Return (intent probs, emotion probs, crisis scores) for normalised embeddings."""
    z = emb * SCALE
    intent = softmax(z @ w["intent_w"].T + w["intent_b"])
    emotion = softmax(z @ w["emotion_w"].T + w["emotion_b"])
    crisis = sigmoid(z @ w["crisis_w"].T + w["crisis_b"])[:, 0]
    return intent, emotion, crisis


def save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write arrays as an .npz with fixed timestamps so equal weights give equal bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.save(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())


def load(path: Path) -> dict[str, np.ndarray]:
    """Read arrays written by save()."""
    with np.load(path, allow_pickle=False) as data:
        return {name: np.asarray(data[name]) for name in data.files}
