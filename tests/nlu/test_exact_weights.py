"""The encoder's integer matmuls give the exact product on every CPU: int8 weights become
uint8 with their zero point moved by 128 (`nlu.encoder.exact_on_any_cpu`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from nlu.encoder import exact_on_any_cpu


def _matmul_integer(path: Path, weights: np.ndarray, zero_point: np.ndarray) -> None:
    node = helper.make_node("MatMulInteger", ["a", "w", "a_zp", "w_zp"], ["y"])
    graph = helper.make_graph(
        [node],
        "mm",
        [helper.make_tensor_value_info("a", TensorProto.UINT8, [None, weights.shape[0]])],
        [helper.make_tensor_value_info("y", TensorProto.INT32, [None, weights.shape[1]])],
        initializer=[
            numpy_helper.from_array(weights, "w"),
            numpy_helper.from_array(zero_point, "w_zp"),
            numpy_helper.from_array(np.array(0, dtype=np.uint8), "a_zp"),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def test_saturating_products_come_out_exact(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    weights = rng.integers(-128, 128, size=(64, 16), dtype=np.int8)
    weights[:, 0] = 127  # a column whose pairwise sums overflow 16 bits
    zero_point = rng.integers(-3, 4, size=16, dtype=np.int8)
    a = rng.integers(0, 256, size=(8, 64), dtype=np.uint8)
    a[0] = 255
    path = tmp_path / "mm.onnx"
    _matmul_integer(path, weights, zero_point)
    assert exact_on_any_cpu(path) == 2
    model = onnx.load(str(path))
    kinds = {t.name: t.data_type for t in model.graph.initializer}
    assert kinds["w"] == TensorProto.UINT8 and kinds["w_zp"] == TensorProto.UINT8
    (got,) = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(None, {"a": a})
    want = a.astype(np.int64) @ (weights.astype(np.int64) - zero_point.astype(np.int64))
    assert np.array_equal(got, want)
    assert exact_on_any_cpu(path) == 0  # already exact: left as it is


def test_the_shipped_encoder_is_exact() -> None:
    model = onnx.load(str(Path(__file__).resolve().parents[2] / "nlu/model/encoder.int8.onnx"))
    tensors = {t.name: t.data_type for t in model.graph.initializer}
    weights = [n.input[1] for n in model.graph.node if n.op_type == "MatMulInteger"]
    assert weights and all(tensors[w] == TensorProto.UINT8 for w in weights)
