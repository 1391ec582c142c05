"""Mood scores on a 1-10 scale from numbers, words and emoji."""

from __future__ import annotations

import re

from nlu.clock import WORD_NUMBERS

# Emoji -> mood score (documented in docs/nlu.md).
EMOJI_SCORES: dict[str, int] = {
    "😭": 2,
    "😢": 2,
    "💔": 2,
    "😿": 2,
    "😔": 3,
    "😞": 3,
    "☹️": 3,
    "☹": 3,
    "😩": 3,
    "😫": 3,
    "🙁": 3,
    "😟": 4,
    "😕": 4,
    "🫤": 4,
    "🥲": 4,
    "😐": 5,
    "😑": 5,
    "😶": 5,
    "🤷": 5,
    "🙂": 7,
    "😌": 7,
    "😊": 8,
    "☺️": 8,
    "😄": 8,
    "😃": 8,
    "😁": 9,
    "😀": 9,
    "🥳": 9,
    "😍": 9,
    "🤩": 10,
}
# Mood scores in words: "one" to "ten".
WORDS = {word: n for word, n in WORD_NUMBERS.items() if n <= 10}
_N = r"(10|[1-9]|" + "|".join(WORDS) + r")"
_OUT_OF = re.compile(r"\b" + _N + r"(?:\.5)?\s*(?:/|out of|outta|on)\s*10\b")
_CUE = re.compile(
    r"\b(?:like|about|around|maybe|prob(?:ably)?|solid|an?|mood(?: is| was|:)?|say"
    r"|rate(?: it| today| my mood)?(?: as)?(?: a)?|give it(?: a)?|score(?: of)?|at|feeling"
    r"|honestly|today'?s?"
    r"(?: is| was)?(?: a)?|it'?s(?: a)?)\s+(?:an?\s+)?"
    + _N
    + r"\b(?!\s*(?:am|pm|:|\.\d|%|min|hour|"
    r"hr|day|week|month|year|o'?clock|times|x\b|people|kids|pills|tablets))"
)
_BARE = re.compile(
    r"^\W*" + _N + r"(?:\.5)?(?:\s*(?:i guess|i think|tbh|honestly|ish|maybe|today))?\W*$"
)


def _value(token: str) -> int:
    return int(token) if token.isdigit() else WORDS[token]


def parse_mood_score(text: str) -> int | None:
    """Return a 1-10 mood score from '7/10', 'like a 3', '8 out of 10', '5' or an emoji."""
    low = " ".join(text.lower().replace("’", "'").split())
    for pattern in (_OUT_OF, _BARE):
        m = pattern.search(low)
        if m:
            return _value(m.group(1))
    m = _CUE.search(low)
    if m and not re.search(r"\b(?:at|by|around) " + re.escape(m.group(1)) + r"\b", low):
        return _value(m.group(1))
    for emoji in sorted(EMOJI_SCORES, key=len, reverse=True):
        if emoji in text:
            return EMOJI_SCORES[emoji]
    return None
