from pathlib import Path

from nlu.data import Example, load_examples
from nlu.finetune import Settings
from nlu.train import run


def _tiny() -> list[Example]:
    by_label: dict[str, list[Example]] = {}
    for ex in load_examples():
        if ex.source != "generated.yml":
            by_label.setdefault(ex.label, []).append(ex)
    return [ex for label in sorted(by_label) for ex in by_label[label][:2]]


def test_training_is_deterministic(tmp_path: Path) -> None:
    settings = Settings(epochs=1, batch_size=16, seed=3)
    for name in ("a", "b"):
        run(out=tmp_path / name, settings=settings, examples=_tiny(), export=False, refit=False)
    first = (tmp_path / "a" / "heads.npz").read_bytes()
    assert first == (tmp_path / "b" / "heads.npz").read_bytes()
    assert (tmp_path / "a" / "meta.json").read_text() == (tmp_path / "b" / "meta.json").read_text()
