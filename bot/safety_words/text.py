"""The normaliser every word list reads through, and the words of harm several families share.

Messages are read after `_plain` (curly apostrophes made straight, single spaces), so each pattern
needs only one spelling. `_HARM_WORDS` and `_HARM_NOT_FEAR` are the words that stop an everyday
explanation from counting: a message that names hurt, a threat or death is never explained away.
"""

from __future__ import annotations

import re

_I = r"(?:i|im|i'm|i am|ive|i've|i have|i was|i will|i'll|ill|i keep|i just|i really|me)"

# "go away" said to us, not of what will not leave them ("the thought wont go away") nor of a
# trip ("go away for the weekend").
GO_AWAY = (
    r"(?<!won't )(?<!wont )(?<!doesn't )(?<!doesnt )(?<!never )(?<!not )go away(?! (?:for|on) )"
)

# A call for help being made, said in passing: "ok calling now", "calling 999", "ringing an
# ambulance rn". Read as the whole message (or its start).
CALLING_NOW = (
    r"^\W*(?:(?:ok(?:ay)?|right|yes|yeah|will do|doing it|on it)\W+)*(?:calling|ringing|phoning|"
    r"dialling|dialing)(?: (?:them|him|her|999|911|000|112|111|988|samaritans|an ambulance|"
    r"ambulance|the police|police|now|rn|right now))+\b"
)

_HARM_WORDS = re.compile(
    r"\b(?:hit\w*|hurt\w*|threat\w*|kill\w*|weapon|knife|gun|attack\w*|follow\w*|broke in|"
    r"break\w* in|scared|afraid|terrified|danger\w*|unsafe|safe|hiding|die|dead|suicid\w*|"
    r"end it|myself)\b",
    re.IGNORECASE,
)


# Hurt or danger, fear aside: what turns dread or heartbreak into something to ask about.
_HARM_NOT_FEAR = re.compile(
    r"\b(?:hit\w*|hurt\w*|threat\w*|kill\w*|weapon|knife|gun|attack\w*|follow\w*|broke in|"
    r"die|dead|suicid\w*|end it|abus\w*|unsafe|danger\w*|rap(?:e|ed)|chok\w*|strangl\w*|"
    r"push(?:ed)? me|grab\w* me|punch\w*|slap\w*|kick\w*|beat\w*)\b",
    re.IGNORECASE,
)


def harm_told(text: str) -> bool:
    """Hurt, danger or death in so many words (fear aside)."""
    return bool(_HARM_NOT_FEAR.search(_plain(text)))


def _without_harm(told: re.Pattern[str], text: str) -> bool:
    """``told`` is in the message, and no word of anyone hurt, threatened or afraid."""
    plain = _plain(text)
    return bool(told.search(plain)) and not _HARM_WORDS.search(plain)


def _plain(text: str) -> str:
    """Straight apostrophes (phones type curly ones) and single spaces."""
    return " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split())
