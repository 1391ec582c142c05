"""Write nlu/data/generated.yml: template variants used for training only (never evaluated)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
WORDS = HERE / "data" / "templates" / "variants.yaml"
OUT = HERE / "data" / "generated.yml"


def _lines(w: dict[str, Any], rng: random.Random) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for label, words in w["emotion_words"].items():
        seen = {
            f"{rng.choice(w['feel'])} {x}{rng.choice(w['tails'])}" for x in words for _ in "abcd"
        }
        out[label] = sorted(seen)
    out["neutral"] = sorted(
        {
            f.format(p=rng.choice(w["places"]), t=rng.choice(w["times"]))
            for f in w["neutral"]
            for _ in range(8)
        }
    )
    for label, cores in w["crisis_core"].items():
        out[label] = sorted(
            {
                rng.choice(w["crisis_pre"]) + c + rng.choice(w["crisis_post"])
                for c in cores
                for _ in range(6)
            }
        )
    out["out_of_scope"] = sorted(
        {
            q.format(v=rng.choice(w["oos_v"]), n=rng.choice(w["oos_n"]))
            for q in w["oos_q"]
            for _ in range(20)
        }
    )
    out["set_reminder"] = sorted(
        {
            f.format(task=rng.choice(w["rem_task"]), when=rng.choice(w["rem_when"]))
            for f in w["rem_frame"]
            for _ in range(12)
        }
    )
    out["mood_report"] = sorted({f.format(s=s) for f in w["mood_frame"] for s in range(1, 11)})
    return out


def render(seed: int = 7) -> str:
    """Return the generated YAML text (deterministic for a seed)."""
    words = yaml.safe_load(WORDS.read_text(encoding="utf-8"))
    parts = ['version: "3.1"', "nlu:"]
    for label, lines in _lines(words, random.Random(seed)).items():
        parts.append(f"- intent: {label}")
        parts.append("  examples: |")
        parts.extend(f"    - {line}" for line in lines)
    return "\n".join(parts) + "\n"


def main() -> None:
    """Write the generated file next to the hand-written data."""
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
