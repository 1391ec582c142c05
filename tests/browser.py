"""Headless Chromium for end-to-end tests: Debian's build driven by Playwright."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.services import REQUIRED

CHROMIUM = os.environ.get("MINDLINK_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need_chromium() -> None:
    """Skip off CI when Chromium or Playwright is missing; fail on CI."""
    reason = ""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        reason = f"{CHROMIUM} not found (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed"
    if reason and REQUIRED:
        pytest.fail(reason + " - CI requires the browser test", pytrace=False)
    if reason:
        pytest.skip(reason)


def launch(playwright: Any) -> Any:
    """A headless Chromium with the flags this machine needs."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
