import json
import subprocess
import sys
from collections import Counter

from nlu import ood
from nlu.data import load_examples, split
from nlu.labels import CRISIS_KINDS, EKMAN, EKMAN_GROUPS, INTENTS, intent_of


def test_import_does_not_load_model_runtime() -> None:
    code = (
        "import sys, nlu, nlu.fake; "
        "print([m for m in ('torch', 'transformers', 'onnxruntime') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_training_data_covers_every_label() -> None:
    examples = load_examples()
    intents = Counter(intent_of(e.label) for e in examples if not e.is_emotion)
    assert set(intents) == set(INTENTS)
    assert min(intents.values()) >= 150
    groups = Counter(EKMAN[e.label] for e in examples if e.is_emotion)
    assert set(groups) == set(EKMAN_GROUPS)
    assert min(groups.values()) >= 250


def test_split_is_deterministic_and_disjoint() -> None:
    train, val, test = split(load_examples())
    assert {e.text for e in test}.isdisjoint({e.text for e in train + val})
    assert not any(e.generated for e in test + val)
    assert [e.text for e in split(load_examples())[2]] == [e.text for e in test]


def test_mapping_is_json_documented() -> None:
    assert json.loads(json.dumps(EKMAN)) == EKMAN
    assert set(EKMAN.values()) == set(EKMAN_GROUPS)


def test_unseen_style_set_is_apart_from_the_training_data() -> None:
    unseen = ood.load()
    labels = Counter(e.label for e in unseen)
    assert set(labels) <= set(EKMAN_GROUPS) | {"out_of_scope", "not_crisis"} | {
        f"crisis/{k}" for k in CRISIS_KINDS
    }
    assert labels["not_crisis"] >= 100 and sum(labels.values()) >= 600
    key = lambda t: " ".join(t.lower().split())  # noqa: E731
    trained = {key(e.text) for e in load_examples()}
    assert not [e.text for e in unseen if key(e.text) in trained]
