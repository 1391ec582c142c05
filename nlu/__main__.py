"""Entry point for `python -m nlu`."""

from nlu.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
