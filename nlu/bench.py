"""The `bench` command: latency and throughput next to the plain fp32 transformers encoder."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np

from nlu.data import load_examples, split


def messages(n: int) -> list[str]:
    """Distinct held-out messages (realistic lengths), repeated cyclically up to n."""
    texts = sorted({e.text for e in split(load_examples())[2]})
    return [texts[i % len(texts)] for i in range(n)]


def _stats(samples: list[float]) -> tuple[float, float, float]:
    ms = np.array(samples) * 1000
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 99)), float(ms.mean())


def baseline(texts: list[str], batch: int = 32) -> tuple[list[float], float]:
    """Plain transformers fp32: padding to 128 tokens, mean pooling, one thread."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel, AutoTokenizer

    from nlu.encoder import package_model_dir

    torch.set_num_threads(1)
    tok = AutoTokenizer.from_pretrained(str(package_model_dir()))
    model = AutoModel.from_pretrained(str(package_model_dir())).eval()

    def embed(chunk: list[str]) -> object:
        enc = tok(chunk, padding="max_length", truncation=True, max_length=128, return_tensors="pt")
        with torch.no_grad():
            hidden = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        return (hidden * mask).sum(1) / mask.sum(1)

    embed(texts[:2])
    times = []
    for text in texts:
        start = time.perf_counter()
        embed([text])
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        embed(texts[i : i + batch])
    return times, len(texts) / (time.perf_counter() - start)


def ours(texts: list[str], model_dir: str | None, batch: int = 32) -> tuple[list[float], float]:
    """Full classify() per message on one thread (cache cleared), then batch encoding."""
    from nlu.model import MODEL_DIR, NluModel

    model = NluModel(Path(model_dir) if model_dir else MODEL_DIR, threads=1)
    model.classify(texts[0])
    times = []
    for text in texts:
        model.clear_cache()
        start = time.perf_counter()
        model.classify(text)
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    for member in model.members:
        member.encoder.encode(texts, batch_size=batch)
    return times, len(texts) / (time.perf_counter() - start)


def main(model_dir: str | None = None, n: int = 300) -> int:
    """Print p50/p99 latency, throughput and the ratio to the baseline."""
    texts = messages(n)
    base_t, base_tp = baseline(texts)
    our_t, our_tp = ours(texts, model_dir)
    b50, b99, bmean = _stats(base_t)
    o50, o99, omean = _stats(our_t)
    print(f"messages: {n} held-out texts, one thread")
    print(
        f"baseline fp32 transformers (pad 128): p50 {b50:.2f} ms  p99 {b99:.2f} ms  "
        f"mean {bmean:.2f} ms  batch-32 throughput {base_tp:.0f} msg/s"
    )
    print(
        f"nlu classify (int8 ONNX, dynamic length): p50 {o50:.2f} ms  p99 {o99:.2f} ms  "
        f"mean {omean:.2f} ms  batch-32 throughput {our_tp:.0f} msg/s"
    )
    print(
        f"latency ratio (p50 ours / p50 baseline): {o50 / b50:.3f}  "
        f"(mean ratio {omean / bmean:.3f})"
    )
    return 0
