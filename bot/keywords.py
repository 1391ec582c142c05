"""Carrier keywords that must work the same on SMS and WhatsApp."""

from __future__ import annotations

import re

OPT_OUT = frozenset(
    {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout", "opt out"}
)
OPT_IN = frozenset({"start", "unstop", "yes start"})
# Coming back in words that can mean nothing else ("start texting me again", "opt back in",
# "resubscribe"); not "start please" or "start again", which may be about an exercise.
_START_PLUS = re.compile(
    r"^(?:(?:please|pls|plz|ok|okay|can you|could you|i want to|i'?d like to)\s+)*"
    r"(?:(?:start|restart|resume) (?:texting|messaging|sending|contacting) me(?: messages| texts)?"
    r"(?: again| back)?|(?:start|restart|resume) (?:mindlink|my messages|messages|texts|the "
    r"messages|the texts)(?: again| back)?|re ?subscribe(?: me)?|subscribe me(?: again| back)?|"
    r"opt (?:me )?(?:back )?in(?: again)?|unstop(?: me)?)"
    r"(?:\s+(?:please|pls|plz|now|thanks|thank you|thx))*$"
)
# (and "help" typed in a hurry: "hepl", "hlep", "halp", "hwlp")
HELP = frozenset({"help", "info", "hepl", "hlep", "halp", "hwlp", "hekp", "hellp", "helpp"})
# From someone who has opted out, a message that opens with "start" ("start please", "start
# again", "restart") can only mean coming back: there is no exercise to start again.
_COMES_BACK = re.compile(r"^(?:(?:ok|okay|pls|please|can you|can u)\s+)*(?:start|restart|unstop)\b")


def comes_back(body: str) -> bool:
    """Whether a message from someone opted out asks to start again."""
    return bool(_COMES_BACK.match(normalise(body)))


_PUNCT = re.compile(r"[^\w\s]")


def normalise(body: str) -> str:
    """Lowercase, strip punctuation and surrounding space, collapse inner space."""
    return " ".join(_PUNCT.sub(" ", body).lower().split())


# The stop keyword said with a little more, the whole message: "STOP please", "stop stop",
# "stop texting me", "unsubscribe me", "opt me out", "no more messages". (Not "stop texting
# me at night", which asks for quiet hours, nor "end it", "cancel it" or "quit my job".)
_STOP_PLUS = re.compile(
    r"^(?:(?:please|pls|plz|just|can you|could you|ok|okay)\s+)*"
    r"(?:stop|stopall|unsubscribe|opt ?out|opt me out)"
    r"(?:\s+(?:stop|please|pls|plz|now|all|me|thanks|thank you|thx|asap|already|mindlink|"
    r"(?:texting|txting|messaging|msging|messeging) me|sending me (?:messages|texts|msgs|stuff|"
    r"these|this|them)|all messages|all texts|unsubscribe|right now|from (?:this|the|your) "
    r"(?:service|list|number|texts|messages)|from (?:this|these|it|mindlink)))*$|"
    r"^(?:please\s+)?no more (?:messages|texts)(?: please| pls| thanks)?$|"
    # "remove me from this list", as from a mailing list: the texts stopped, nothing erased
    r"^(?:(?:please|pls|plz|can you|could you)\s+)*(?:remove|take) me (?:off|from) "
    r"(?:this|the|your) (?:list|mailing list|texts|messages)"
    r"(?:\s+(?:please|pls|plz|thanks|thank you))*$"
)


# "stop please", "ok stop": in the middle of an exercise or a question, the activity.
_STOP_THIS = re.compile(
    r"^(?:(?:please|pls|plz|just|ok|okay|can we|can you)\s+)*stop"
    r"(?:\s+(?:please|pls|plz|now|thanks|thank you|thx|it|that|this))+$|"
    r"^(?:please|pls|plz|just|ok|okay)(?:\s+(?:please|pls|plz|just|ok|okay))*\s+stop$"
)


def stops_the_activity(body: str) -> bool:
    """ "stop please" (not the bare keyword STOP, which a carrier acts on): said while an
    exercise or a question is under way, it ends that, not the subscription."""
    word = normalise(body)
    return word not in OPT_OUT and bool(_STOP_THIS.match(word))


def keyword(body: str) -> str | None:
    """Return "opt_out", "opt_in" or "help" when the whole message is that keyword."""
    word = normalise(body)
    if re.fullmatch(r"(?:\w )+\w", word):
        word = word.replace(" ", "")  # "S T O P", spelled out: the keyword
    if word in OPT_OUT or _STOP_PLUS.match(word):
        return "opt_out"
    if word in OPT_IN or _START_PLUS.match(word):
        return "opt_in"
    if word in HELP:
        return "help"
    return None


# Asking in words not to be texted: not a carrier keyword, so we say how to stop.
_STOP_IN_WORDS = re.compile(
    r"\b(stop|quit|don'?t|do not|never) (texting|txting|messaging|msging|messeging|sending|"
    r"contacting|sending me)\b|"
    r"\b(unsubscribe|opt) me( out)?\b|\bhow (do i|can i|to|i|would i|could i) "
    r"(unsubscribe|opt out)\b|"
    r"\bhow (do i|can i|to|i|would i|could i) stop (getting |receiving )?"
    r"(these |the |your |all )?(messages|texts|"
    r"texting|notifications|reminders from you|you|this bot|mindlink)\b|"
    r"\b(want|wanna|like|need) to (unsubscribe|opt out)\b|"
    r"\bno more (messages|texts|reminders from you)\b|"
    # "i dont want these messages anymore", "dont need your texts"
    r"\b(don'?t|dont|do not) (want|need) (these|your|the|any( more)?|all these|all your) "
    r"(messages|texts)\b|"
    # "i no longer wish to receive these messages", "i dont want to get your texts anymore"
    r"\b(no longer|don'?t|dont|do not) (wish|want) to (receive|get|be sent) (these|your|the|"
    r"any( more| further)?|all these|all your) (messages|texts)\b",
    re.IGNORECASE,
)


def asks_to_stop(body: str) -> bool:
    """ "stop texting me", "unsubscribe me", "how do I stop these messages"."""
    return "remind" not in body.lower() and bool(_STOP_IN_WORDS.search(body))
