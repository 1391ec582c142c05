"""Carrier keywords that must work the same on SMS and WhatsApp."""

from __future__ import annotations

import re

OPT_OUT = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out"}
)
OPT_IN = frozenset({"start", "unstop", "yes start"})
HELP = frozenset({"help", "info"})

_PUNCT = re.compile(r"[^\w\s]")


def normalise(body: str) -> str:
    """Lowercase, strip punctuation and surrounding space, collapse inner space."""
    return " ".join(_PUNCT.sub(" ", body).lower().split())


def keyword(body: str) -> str | None:
    """Return "opt_out", "opt_in" or "help" when the whole message is that keyword."""
    word = normalise(body)
    if word in OPT_OUT:
        return "opt_out"
    if word in OPT_IN:
        return "opt_in"
    if word in HELP:
        return "help"
    return None


# Asking in words not to be texted: not a carrier keyword, so we say how to stop.
_STOP_IN_WORDS = re.compile(
    r"\b(stop|quit|don'?t|do not|never) (texting|messaging|sending|contacting|sending me)\b|"
    r"\b(unsubscribe|opt) me( out)?\b|\bhow (do i|can i|to|i|would i|could i) "
    r"(unsubscribe|opt out)\b|"
    r"\bhow (do i|can i|to|i|would i|could i) stop (getting |receiving )?"
    r"(these |the |your |all )?(messages|texts|"
    r"texting|notifications|reminders from you|you|this bot|mindlink)\b|"
    r"\b(want|wanna|like|need) to (unsubscribe|opt out)\b|"
    r"\bno more (messages|texts|reminders from you)\b",
    re.IGNORECASE,
)


def asks_to_stop(body: str) -> bool:
    """ "stop texting me", "unsubscribe me", "how do I stop these messages"."""
    return "remind" not in body.lower() and bool(_STOP_IN_WORDS.search(body))
