"""Mood arithmetic: bands, trends and streaks (pure functions)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any


def band(mood: int) -> str:
    """ "low" (1-3), "middle" (4-6) or "high" (7-10)."""
    if mood <= 3:
        return "low"
    return "middle" if mood <= 6 else "high"


# A band named instead of a number ("low", "middling", "good"): the middle of it.
ROUGH_MOODS = {"low": 2, "middle": 5, "high": 8}


def trend(mood: int, previous: list[int]) -> str | None:
    """ "lower"/"higher" than the last three check-ins (newest first), else None."""
    last = previous[:3]
    if len(last) < 3:
        return None
    if mood < min(last):
        return "lower"
    if mood > max(last):
        return "higher"
    return None


def streak_days(days: list[str], today: str) -> int:
    """Consecutive days with a check-in ending today (today's new one included)."""
    seen = {date.fromisoformat(d) for d in days}
    current = date.fromisoformat(today)
    seen.add(current)
    count = 0
    while current in seen:
        count += 1
        current -= timedelta(days=1)
    return count


def mood_trend(recent: list[dict[str, Any]]) -> dict[str, Any]:
    """What ``mood_history.txt`` says about recent check-ins (newest first in ``recent``):
    the scores oldest first, with their days, and whether they have been rising or falling
    (the last one against the mean of those before it, by more than one point)."""
    shown = list(reversed(recent[:7]))
    scores = [int(m["mood"]) for m in shown]
    trend = None
    if len(scores) >= 3:
        before = sum(scores[:-1]) / (len(scores) - 1)
        trend = (
            "lower"
            if scores[-1] < before - 1
            else "higher"
            if scores[-1] > before + 1
            else "steady"
        )
    days = [datetime.fromisoformat(str(m["day"])).strftime("%a") for m in shown]
    return {"moods": list(zip(days, scores, strict=True)), "trend": trend}
