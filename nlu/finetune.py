"""Multi-task fine-tuning of the MiniLM encoder (intent, fine emotion, crisis) with torch."""

from __future__ import annotations

import os
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from nlu.heads import SCALE
from nlu.text import normalise

IGNORE = -100


@dataclass(frozen=True)
class Sample:
    """One training row; a label of -100 means 'not labelled for this head'."""

    text: str
    intent: int
    emotion: int
    crisis: int


@dataclass(frozen=True)
class Settings:
    """Fine-tuning hyper-parameters."""

    epochs: int = 6
    batch_size: int = 32
    lr: float = 6e-5
    head_lr: float = 2e-3
    max_tokens: int = 128
    crisis_pos_weight: float = 2.0
    seed: int = 13
    threads: int = 2


def _seed_everything(seed: int, threads: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    torch.use_deterministic_algorithms(True)


def build_model(model_dir: Path, n_intents: int, n_emotions: int) -> Any:
    """Return the encoder with three linear heads on the mean-pooled output."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from transformers import AutoModel

    class MultiTask(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(model_dir))
            dim = self.bert.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.intent = torch.nn.Linear(dim, n_intents)
            self.emotion = torch.nn.Linear(dim, n_emotions)
            self.crisis = torch.nn.Linear(dim, 1)

        def embed(self, ids: Any, mask: Any) -> Any:
            hidden = self.bert(input_ids=ids, attention_mask=mask)[0]
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1) * SCALE

        def forward(self, ids: Any, mask: Any) -> tuple[Any, Any, Any]:
            z = self.dropout(self.embed(ids, mask))
            return self.intent(z), self.emotion(z), self.crisis(z).squeeze(-1)

    return MultiTask()


def train_model(
    samples: list[Sample],
    n_intents: int,
    n_emotions: int,
    model_dir: Path,
    settings: Settings,
    log: Any = print,
) -> Any:
    """Fine-tune and return the torch model (in eval mode)."""
    import torch
    from tokenizers import Tokenizer

    _seed_everything(settings.seed, settings.threads)
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(settings.max_tokens)
    tok.no_padding()
    model = build_model(model_dir, n_intents, n_emotions)
    model.train()
    head_params = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    body_params = [p for n, p in model.named_parameters() if n.startswith("bert.")]
    optim = torch.optim.AdamW(
        [
            {"params": body_params, "lr": settings.lr},
            {"params": head_params, "lr": settings.head_lr},
        ],
        weight_decay=0.01,
    )
    steps = settings.epochs * ((len(samples) + settings.batch_size - 1) // settings.batch_size)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optim, lambda s: min(1.0, (s + 1) / max(1, steps // 10)) * max(0.0, 1 - s / steps)
    )
    ce = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    bce = torch.nn.BCEWithLogitsLoss(pos_weight=torch.tensor(settings.crisis_pos_weight))
    rng = random.Random(settings.seed)
    lengths = [len(tok.encode(normalise(s.text)).ids) for s in samples]
    for epoch in range(settings.epochs):
        total = 0.0
        for batch_idx in _batches(lengths, settings.batch_size, rng):
            batch = [samples[i] for i in batch_idx]
            ids, mask = batch_tensors(tok, [s.text for s in batch])
            intent_logits, emotion_logits, crisis_logits = model(ids, mask)
            loss = bce(crisis_logits, torch.tensor([float(s.crisis) for s in batch]))
            y_int = torch.tensor([s.intent for s in batch])
            y_emo = torch.tensor([s.emotion for s in batch])
            if (y_int != IGNORE).any():
                loss = loss + ce(intent_logits, y_int)
            if (y_emo != IGNORE).any():
                loss = loss + ce(emotion_logits, y_emo)
            optim.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optim.step()
            sched.step()
            total += float(loss.detach()) * len(batch)
        log(f"epoch {epoch + 1}/{settings.epochs} loss {total / len(samples):.4f}")
    return model.eval()


def _batches(lengths: list[int], size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length, so a few long posts do not pad every batch."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    pool = size * 50
    batches = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: lengths[i])
        batches += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(batches)
    return batches


def batch_tensors(tok: Any, texts: list[str]) -> tuple[Any, Any]:
    """Pad a batch of token ids to its longest member."""
    import torch

    encs = [tok.encode(normalise(t)).ids for t in texts]
    width = max(len(e) for e in encs)
    ids = torch.zeros((len(encs), width), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for i, e in enumerate(encs):
        ids[i, : len(e)] = torch.tensor(e)
        mask[i, : len(e)] = 1
    return ids, mask


def head_arrays(model: Any) -> dict[str, np.ndarray]:
    """Linear head weights as float32 numpy arrays."""
    out: dict[str, np.ndarray] = {}
    for name in ("intent", "emotion", "crisis"):
        layer = getattr(model, name)
        out[f"{name}_w"] = layer.weight.detach().numpy().astype(np.float32)
        out[f"{name}_b"] = layer.bias.detach().numpy().astype(np.float32)
    return out
