"""Commands: train, evaluate, bench, parse."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nlu.types import Parse


def _train(args: argparse.Namespace) -> int:
    from nlu.finetune import Settings
    from nlu.train import MODEL_DIR, run

    if args.out:
        targets = [(Path(args.out), args.seed)]
    else:  # the committed artefact: each of its members again, with the seed it was made with
        top = json.loads((MODEL_DIR / "meta.json").read_text())
        names = top.get("members") or ["."]
        targets = [
            (
                MODEL_DIR / name,
                int(json.loads((MODEL_DIR / name / "meta.json").read_text())["seed"]),
            )
            for name in names
        ]
    for out, seed in targets:
        settings = Settings(seed=seed, epochs=args.epochs)
        meta = run(seed=seed, out=out, settings=settings, refit=not args.no_refit)
        print(f"artefact written to {out} in {meta['seconds']}s")
        print(
            json.dumps(
                {
                    k: meta[k]
                    for k in sorted(meta)
                    if k.startswith(("val_", "crisis_t", "intent_t"))
                },
                indent=2,
            )
        )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from nlu.evaluate import main as evaluate

    return evaluate(args.model_dir, write=not args.no_write, ood_only=args.ood_only)


def _bench(args: argparse.Namespace) -> int:
    from nlu.bench import main as bench

    return bench(args.model_dir, n=args.n)


def _safety_judge() -> Callable[[str, Parse], bool]:
    """The bot's crisis decision (`bot.safety.crisis_flag`): the model's reading with the
    explicit words that raise it or explain it away, under the thresholds in config.yml."""
    import yaml

    from bot.safety import crisis_flag
    from mindlink.config import ROOT

    with open(ROOT / "config.yml", encoding="utf-8") as fh:
        settings = {"crisis": yaml.safe_load(fh)["crisis"]}
    return lambda text, parse: crisis_flag(text, parse, settings)


def _parse(args: argparse.Namespace) -> int:
    import nlu
    from nlu.model import fallback

    classifier = nlu.load(args.model_dir)
    judge = None if args.model_only else _safety_judge()
    if hasattr(sys.stdin, "reconfigure"):  # bytes that are not UTF-8 become U+FFFD, not errors
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    for line in iter(sys.stdin.readline, ""):
        text = line.rstrip("\r\n")
        try:
            parse = classifier.classify(text, tz=args.tz, now=datetime.now(UTC))
        except Exception as exc:  # one bad line must not stop the stream
            parse = fallback(text)
            print(f"parse error: {type(exc).__name__}", file=sys.stderr)
        record = parse.to_json()
        if judge is not None:
            record["crisis_model"] = parse.crisis  # the model's own reading, before the words
            try:
                record["crisis"] = judge(text, parse)
            except Exception as exc:  # the model's reading stands
                print(f"safety error: {type(exc).__name__}", file=sys.stderr)
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run a command-line command."""
    parser = argparse.ArgumentParser(prog="python -m nlu")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("train", help="fine-tune and write the artefact")
    p.add_argument("--seed", type=int, default=13, help="with --out; otherwise each member's own")
    p.add_argument("--out", default=None, help="one model here (default: every member again)")
    p.add_argument("--epochs", type=int, default=6)
    p.add_argument("--no-refit", action="store_true", help="skip the refit on train+validation")
    p.set_defaults(func=_train)
    p = sub.add_parser("evaluate", help="held-out report, also written to docs/nlu-eval.md")
    p.add_argument("--model-dir", default=None)
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--ood-only", action="store_true", help="only the model on nlu/ood/")
    p.set_defaults(func=_evaluate)
    p = sub.add_parser("bench", help="latency and throughput against plain transformers")
    p.add_argument("--model-dir", default=None)
    p.add_argument("-n", type=int, default=300)
    p.set_defaults(func=_bench)
    p = sub.add_parser("parse", help="one JSON object per stdin line")
    p.add_argument("--model-dir", default=None)
    p.add_argument("--tz", default="UTC")
    p.add_argument(
        "--model-only",
        action="store_true",
        help="report the model's crisis reading alone, without the bot's safety words",
    )
    p.set_defaults(func=_parse)
    args = parser.parse_args(argv)
    return int(args.func(args))
