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
    # feelings shown rather than scored, read onto the scale (also in docs/nlu.md)
    "😡": 2,
    "🤬": 2,
    "😱": 2,
    "😠": 3,
    "😤": 3,
    "😰": 3,
    "😨": 3,
    "😥": 3,
    "😖": 3,
    "😣": 3,
    "🥺": 3,
    "😓": 4,
    "😒": 4,
    "🙃": 4,
    "😴": 5,
    "😪": 5,
    "🥱": 5,
    "🤗": 8,
    "😆": 8,
    "🥰": 9,
    "💯": 9,
    "🔥": 9,
}
# Scores above that are a guess at what the emoji means: said back, so they can be put right.
GUESSED_EMOJI = frozenset({"🙃", "😴", "😪", "🥱", "💯", "🔥"})
# Mood scores in words: "one" to "ten".
WORDS = {word: n for word, n in WORD_NUMBERS.items() if n <= 10}
_N = r"(10|[1-9]|" + "|".join(WORDS) + r")"
_OUT_OF = re.compile(r"\b" + _N + r"(?:\.5)?(?:\s*(?:/|out of|outta|on)\s*(?:10|ten)|\s+of\s+10)\b")
_CUE = re.compile(
    r"\b(?:like|about|around|maybe|prob(?:ably)?|solid|an?|mood(?: is| was|:)?|say"
    r"|rate(?: it| today| my mood)?(?: as)?(?: a)?|give it(?: a)?|score(?: of)?|at|feeling"
    r"|honestly|today'?s?"
    r"(?: is| was)?(?: a)?|it'?s(?: a)?)\s+(?:an?\s+)?"
    + _N
    + r"(?:-?ish)?\b(?!\s*(?:am|pm|:|\.\d|%|k\b|km|min|hour|of\b|"
    r"hr|day|week|month|year|o'?clock|times|x\b|people|kids|pills|tablets|grand|quid|pounds?|"
    r"dollars?|bucks|euros?|hundred|thousand|million|stone|kg|kilos?|lbs?|mg|ml|"
    r"percent|per ?cent|degrees|miles?|mins?|secs?|seconds?))"
)
_BARE = re.compile(
    r"^\W*" + _N + r"(?:\.5|\s+and a half|-?ish)?"
    r"(?:\s*(?:i guess|i think|tbh|honestly|ish|maybe|today))?\W*$"
)


def _value(token: str) -> int:
    return int(token) if token.isdigit() else WORDS[token]


# Where one part of a message stops and another starts: "8 but yesterday was a 3".
_CLAUSES = re.compile(r"[,;!?]|\.(?!\d)|\b(?:but|though|tho|although|whereas|while|and)\b")
# A part about another time than now: "yesterday was a 3", "last week i was a 2".
_THEN = re.compile(
    r"\b(?:yesterday|yday|last (?:night|week|month|time|year)|the other day|earlier|this morning|"
    r"usually|normally|used to|before (?:that|this)|a while ago|ago)\b"
)
_NOW = re.compile(r"\b(?:now|today|tonight|rn|atm|at the moment|currently)\b")
# A number that counts things ("six subjects", "3 coffees") rather than scores a mood.
_COUNTED = re.compile(r"^\s+(?:more\s+)?([a-z]{3,}s)\b")
_NOT_A_THING = frozenset(
    {"this", "thanks", "plus", "unless", "always", "perhaps", "sometimes", "guess", "less", "yes"}
)


# What a number right after scores, when it is not a mood: pain, a school year, a level.
_NOT_MOOD = re.compile(
    r"\b(?:pain|ache|migraine|headache|year|level|grade|size|day|week|floor|number|room|"
    r"anxiety)\b[^.,;!?]{0,12}$"
)


def _counts(low: str, end: int) -> bool:
    """Whether the number ending at ``end`` is followed by a plural noun."""
    after = _COUNTED.match(low[end:])
    return after is not None and after.group(1) not in _NOT_A_THING


def _score(low: str) -> int | None:
    """The score in one part of a message, or None."""
    for pattern in (_OUT_OF, _BARE):
        m = pattern.search(low)
        if m:
            return _value(m.group(1))
    for m in _CUE.finditer(low):
        if re.search(r"\b(?:at|by|around) " + re.escape(m.group(1)) + r"\b", low):
            break  # "around 6", "at 8": a time, however said
        if _NOT_MOOD.search(low[: m.start(1)]):
            continue  # "my back pain is a 9", "im in year 9": a score of something else
        if not _counts(low, m.end()):
            return _value(m.group(1))
    for emoji in sorted(EMOJI_SCORES, key=len, reverse=True):
        if emoji in low:
            return EMOJI_SCORES[emoji]
    return None


def parse_mood_score(text: str) -> int | None:
    """Return a 1-10 mood score from '7/10', 'like a 3', '8 out of 10', '5' or an emoji.

    With scores for another time in the message ("8 but yesterday was a 3"), the one for
    now wins; a number counting things ("like six subjects") is no score.
    """
    low = " ".join(text.lower().replace("’", "'").split())
    parts = [p for p in _CLAUSES.split(low) if p.strip()]
    then = [p for p in parts if _THEN.search(p) and not _NOW.search(p)]
    if then and len(then) < len(parts):  # only the parts about now may hold the score
        scores = (_score(part.strip()) for part in parts if part not in then)
        return next((score for score in scores if score is not None), None)
    return _score(low)
