"""Render user-facing words from templates/bot/ (never from Python literals)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot.locale import zone_said

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates" / "bot"


@lru_cache(maxsize=1)
def _env() -> Environment:
    """One Jinja environment for the bot's texts."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )
    env.filters["zone"] = zone_said
    env.filters["clock"] = twelve_hour
    return env


def twelve_hour(hh_mm: str) -> str:
    """ "23:00" -> "11pm", "06:30" -> "6:30am": a clock time as people text it."""
    hour, minute = int(hh_mm[:2]), int(hh_mm[3:5])
    shown = 12 if hour % 12 == 0 else hour % 12
    return f"{shown}{f':{minute:02d}' if minute else ''}{'am' if hour < 12 else 'pm'}"


def render(name: str, **context: Any) -> str:
    """Render ``templates/bot/<name>.txt``; blank lines left by template logic are dropped."""
    text = _env().get_template(f"{name}.txt").render(**context)
    return _BLANK_LINES.sub("\n", text).strip()


def exists(name: str) -> bool:
    """True when a template of that name exists."""
    return (TEMPLATE_DIR / f"{name}.txt").exists()
