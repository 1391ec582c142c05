"""A model directory may list several fine-tuned members; their readings are averaged."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from nlu.model import MODEL_DIR, NluModel, combined_score

MESSAGES = [
    "hey there",
    "remind me to take my meds every day at 9pm",
    "i dont want to be here anymore",
    "this exam is killing me lol",
    "my cousin keeps saying he wants to die, how do i support him",
    "what's the exchange rate from dollars to yen",
    "pretty good day actually, went for a run",
]


def test_a_single_score_is_kept_exactly() -> None:
    assert combined_score([0.0478]) == 0.0478


def test_scores_are_averaged_as_log_odds() -> None:
    # Two members at the same score agree; the mean log-odds of 0.9 and 0.1 is even odds.
    assert combined_score([0.3, 0.3]) == pytest.approx(0.3)
    assert combined_score([0.9, 0.1]) == pytest.approx(0.5)


def test_one_member_sure_of_a_crisis_outweighs_another_s_faint_reading() -> None:
    assert combined_score([0.999, 0.04]) > 0.05
    assert combined_score([0.999, 1e-4]) > 0.05


def test_one_member_s_mild_reading_alone_does_not_raise_an_alarm() -> None:
    # A plain mean of 0.11 and 0.0001 would be 0.055, over a threshold near 0.05.
    assert combined_score([0.11, 1e-4]) < 0.01


def test_the_score_stays_a_probability_at_the_extremes() -> None:
    for scores in ([0.0, 0.0], [1.0, 1.0], [0.0, 1.0]):
        value = combined_score(scores)
        assert 0.0 < value < 1.0 and math.isfinite(value)


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> NluModel:
    """The shipped model listed twice as the members of one directory."""
    single = json.loads((MODEL_DIR / "meta.json").read_text())
    members = single.get("members", ["."])
    root = tmp_path_factory.mktemp("members")
    listed = [str((MODEL_DIR / name).resolve()) for name in members] * 2
    (root / "meta.json").write_text(json.dumps({"members": listed}))
    return NluModel(root)


def test_a_model_averaged_with_itself_reads_every_message_as_it_does_alone(
    twice: NluModel,
) -> None:
    alone = NluModel(MODEL_DIR)
    assert twice.meta["crisis_threshold"] == pytest.approx(alone.meta["crisis_threshold"])
    for text in MESSAGES:
        a, b = alone.classify(text), twice.classify(text)
        assert (a.intent, a.emotion, a.ekman, a.crisis, a.crisis_kind) == (
            b.intent,
            b.emotion,
            b.ekman,
            b.crisis,
            b.crisis_kind,
        ), text
        assert b.crisis_score == pytest.approx(a.crisis_score, abs=1e-6)
        assert b.intent_confidence == pytest.approx(a.intent_confidence, abs=1e-6)


def test_members_that_disagree_on_their_labels_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    meta = json.loads((MODEL_DIR / "meta.json").read_text())
    member = MODEL_DIR / meta.get("members", ["."])[0]
    for name in ("heads.npz", "encoder.int8.onnx"):
        (other / name).symlink_to((member / name).resolve())
    member_meta = json.loads((member / "meta.json").read_text())
    member_meta["intent_classes"] = list(reversed(member_meta["intent_classes"]))
    (other / "meta.json").write_text(json.dumps(member_meta))
    (tmp_path / "meta.json").write_text(json.dumps({"members": [str(member), str(other)]}))
    with pytest.raises(ValueError, match="intent classes"):
        NluModel(tmp_path)
