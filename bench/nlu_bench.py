"""Benchmark the NLU against the plain fp32 transformers encoder (same as `python -m nlu bench`)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nlu.bench import main

if __name__ == "__main__":
    raise SystemExit(main())
