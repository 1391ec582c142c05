"""Breathing patterns and their pacing (pure data and arithmetic)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    """A breathing pattern: phase lengths in seconds and how many rounds."""

    key: str
    phases: tuple[tuple[str, int], ...]
    rounds: int

    @property
    def cycle_seconds(self) -> int:
        """Length of one round."""
        return sum(seconds for _, seconds in self.phases)


# Calm reached, told mid-exercise: "ok im calmer now", "i feel better now", "im ok now",
# "much calmer thanks" ("calmer already", "its helping" are on the way there: the rounds go
# on).
CALM_NOW = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yeah|yes|right|phew|thanks|thank you|ty|thx|honestly|i think)\W+)*"
    r"(?:(?:i'?m|im|i am|i feel|feel|feeling|i'?m feeling|im feeling|much|a lot|loads|way|"
    r"heaps|so much)\s+)*(?:a (?:lot|bit) |much |way |so much |loads )?(?:calmer|better|"
    r"ok(?:ay)?|fine|alright|calm|settled|relaxed)\s+(?:now|again)"
    r"(?:\W+(?:thanks|thank you|ty|thx|cheers|x+|i think|tbh))*\W*$",
    re.IGNORECASE,
)


# Told back after the 5-4-3-2-1 grounding steps: stuck on one ("i cant smell anything",
# "idk what i can see its dark", "what if i cant concentrate") or doing them ("i can see my
# tv, a lamp, my cat").
_GROUNDING_STUCK = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|don'?t|dont|struggl\w+ to|hard to|unable to)\s+"
    r"(?:really\s+)?(?:see|smell|hear|taste|feel|touch|think|concentrate|focus|do (?:it|this|that)|"
    r"find|name|get past)\b|\b(?:it'?s|its|it is|too|so|pitch) dark\b|\bnothing to (?:see|smell|"
    r"hear|taste)\b|\b(?:idk|dunno|don'?t know|dont know|no idea) what (?:i can|to)\b|"
    r"\b(?:mind|brain|head|thoughts) (?:keeps?|is|are) (?:wandering|drifting|racing|going)\b|"
    r"\btoo (?:anxious|panick?y|wound up|stressed|scared) to\b",
    re.IGNORECASE,
)
_GROUNDING_DOING = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|um+|right|well)\W+)*i (?:can )?(?:see|hear|smell|taste|feel)\b|"
    r"^[^?]*\w+\s*,\s*\w+[^?]*,\s*(?:and\s+)?\w+[^?]*$",
    re.IGNORECASE,
)


def grounding_reply(text: str) -> str | None:
    """ "stuck" on a grounding step, "doing" them (things named), or None."""
    if _GROUNDING_STUCK.search(text):
        return "stuck"
    if _GROUNDING_DOING.search(text):
        return "doing"
    return None


PATTERNS: dict[str, Pattern] = {
    "box": Pattern("box", (("in", 4), ("hold", 4), ("out", 4), ("hold", 4)), rounds=4),
    "478": Pattern("478", (("in", 4), ("hold", 7), ("out", 8)), rounds=4),
    "slow": Pattern("slow", (("in", 5), ("out", 5)), rounds=6),
}

CHOICES = {
    "1": "box",
    "box": "box",
    "square": "box",
    "4444": "box",
    "2": "478",
    "478": "478",
    "4-7-8": "478",
    "4 7 8": "478",
    "relax": "478",
    "3": "slow",
    "slow": "slow",
    "6": "slow",
    "six": "slow",
    "resonant": "slow",
    "coherent": "slow",
}


# Asking how it went just after: "how did i do", "was that good", "did i do it right".
HOW_DID_I_DO = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|and|well|hmm+|lol)\W+)*(?:how(?: did|'?d) i do|how was (?:that|i|"
    r"my breathing)|(?:was|is) (?:that|it|i|this) (?:good|ok(?:ay)?|alright|right|any good|"
    r"correct|done right)|did i do (?:it |that |this )?(?:ok(?:ay)?|alright|well|good|right|"
    r"properly|correctly|wrong)|did i do (?:it|that|ok|well)|(?:am|was) i doing (?:it|that) "
    r"(?:right|properly|ok|wrong)|did (?:it|that) (?:work|help)|how did (?:that|it) go)"
    r"(?:\s+(?:then|lol|tho|though))?\W*$",
    re.IGNORECASE,
)

# Slow breathing named by its pace: "the 6 one", "6 a minute", "six breaths".
SIX_A_MINUTE = re.compile(r"\b(?:6|six)(?: one| a min\w*| per min\w*| breaths?)\b")
ORDINALS = {"first": "box", "second": "478", "third": "slow", "last": "slow"}
# The one in the middle of the list: "the middle one", "middle pls" (not "in the middle of a
# panic attack").
MIDDLE_ONE = re.compile(
    r"^\W*(?:(?:the|um+|erm|ok(?:ay)?|i'?ll do|lets do|let'?s do|can i do)\W+)*middle"
    r"(?: one| option| 1)?(?:\W+(?:one|please|pls|plz|thanks|then|x+))*\W*$",
    re.IGNORECASE,
)
# A pattern named in so many words ("box", "4 7 8", "the slow one"), not a bare number
# ("i need 2 minutes") or a choice left to us.
NAMED = re.compile(
    r"\b(?:box|square|slow|resonant|coherent)\b|\b4\W{0,3}7\W{0,3}8\b|"
    r"\b(?:6|six)(?: one| a min\w*| per min\w*| breaths?)\b",
    re.IGNORECASE,
)

# A pattern's name typed with a letter doubled or dropped: "boxx", "bocx", "sloww", "slwo".
MISTYPED = re.compile(r"(?P<box>bo+x+|bo?cx|bx)|(?P<slow>slo+w+|slwo|sloe|slo)")
# A choice left to the bot, or a plain "yes" to the offer: the simplest pattern.
LEAVE_IT_TO_BOT = (
    "any",
    "you pick",
    "you choose",
    "up to you",
    "whatever",
    "dunno",
    "idk",
    "not sure",
    "either",
    "don't mind",
    "dont mind",
    "doesn't matter",
    "doesnt matter",
    "surprise",
    "easiest",
    "simplest",
    "u choose",
    "u only choose",
    "you only choose",
    "u pick",
    "you think",
    "u think",
    "you decide",
    "u decide",
    "your call",
    "ur call",
    "recommend",
    "your choice",
    "ur choice",
    "any one",
)
GO_AHEAD = {
    "",
    "yes",
    "yes please",
    "yeah",
    "yea",
    "yep",
    "ok",
    "okay",
    "ok sure",
    "sure",
    "go on",
    "go ahead",
    "lets do it",
    "let's do it",
    "please",
    "y",
}

# A go-ahead in more words than a bare "yes", to the choice of three: "ok go on then", "yeah
# breathing", "lets do it then", "something quick", "whichever is quickest". Box is begun.
GO_ON = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|yes|yeah|yea|yep|sure|fine|alright|right|go on|um+|erm|just)\W+)*"
    r"(?:go on|go ahead|(?:let'?s|lets) (?:do|go|try|start)(?: it| this| that| one)?|do it|"
    r"(?:that|this) one|(?:the )?breathing(?: one| exercise| thing)?|"
    r"(?:something|anything|one|a|the) (?:quick|short|easy|simple|fast)(?:est)?(?: one)?|"
    r"(?:quick|short|easy|simple)(?:est)? one|the (?:quickest|shortest|easiest|simplest)(?: one)?|"
    r"whichever(?: (?:one|is (?:quickest|shortest|easiest|best)))?|anything|any of (?:them|those))"
    r"(?:\W+(?:then|please|pls|plz|x+|thanks|thx|ta))*\W*$",
    re.IGNORECASE,
)
# Which suits what they feel: "which ones good for panic", "whats best for sleep", "which
# would help my anxiety": the one for it, begun (sleep: 4-7-8; focus: box; otherwise slow).
FOR_WHAT = re.compile(
    r"\b(?:which|what|wat)(?:'?s)?\b.{0,25}\b(?:good|best|better|help|helps|work|works|for)\b.{0,20}"
    r"\b(?P<what>panic\w*|anxi\w*|stress\w*|nerv\w*|sleep\w*|bed|wind(?:ing)? down|night|"
    r"focus\w*|concentrat\w*|work|exams?|calm\w*|anger|angry|tense|tension)\b",
    re.IGNORECASE,
)


# The one for something, named at the choice: "the one for sleep", "one that helps with
# anxiety", "something for panic".
ONE_FOR = re.compile(
    r"^\W*(?:(?:um+|erm|ok(?:ay)?|just|maybe|prob(?:ably)?|i'?ll do|i'?ll have|lets do|let'?s do|"
    r"can (?:i|we) (?:do|have))\W+)*(?:the |a )?(?:one|1|something|kind|type|exercise|breathing)?"
    r"\s*(?:that'?s |thats |which is |that is |thats good )?(?:good |best |better |that helps? )?"
    r"(?:for|with|to help(?: me)?(?: with)?)\s+(?:my |me |the |a |getting to )?"
    r"(?P<what>panic\w*|anxi\w*|stress\w*|nerv\w*|sleep\w*|bed(?:time)?|wind(?:ing)? down|night|"
    r"focus\w*|concentrat\w*|work|exams?|calm\w*|anger|angry|tense|tension)\b",
    re.IGNORECASE,
)
# Holding the breath not wanted: "one without holding my breath", "no holds pls", "i cant
# hold my breath": slow breathing, which has none.
NO_HOLD = re.compile(
    r"\b(?:without|no|not|don'?t|dont|hate|rather not)\b.{0,15}\bhold(?:ing|s)?\b"
    r"(?!\s+(?:it|on|me|myself|together|back)\b)|\bno holds?\b|"
    r"\b(?:can'?t|cant|cannot)\s+hold\s+(?:my\s+)?breath",
    re.IGNORECASE,
)


def suited(text: str) -> tuple[str, str] | None:
    """The pattern for what they say it is for, and that in a word ("sleep", "panic",
    "focus", "no_hold"), or None."""
    if NO_HOLD.search(text):
        return "slow", "no_hold"
    found = FOR_WHAT.search(text) or ONE_FOR.search(text)
    if found is None:
        return None
    what = found["what"].lower()
    if what.startswith(("sleep", "bed", "wind", "night")):
        return "478", "sleep"
    if what.startswith(("focus", "concentrat", "work", "exam")):
        return "box", "focus"
    if what.startswith(("anxi", "nerv")):
        return "slow", "anxiety"
    if what.startswith("stress"):
        return "slow", "stress"
    if what.startswith(("anger", "angry")):
        return "slow", "anger"
    if what.startswith(("calm", "tens")):
        return "slow", "calm"
    return "slow", "panic"


def choose(text: str) -> str | None:
    """The pattern a reply names ("2", "box", "4-7-8", "slow one"), or None."""
    cleaned = text.lower().strip()
    if cleaned in CHOICES:
        return CHOICES[cleaned]
    compact = cleaned.replace(" ", "").replace("-", "")
    if "478" in compact:
        return "478"
    for word in re.findall(r"[\w']+", cleaned):
        if word in CHOICES and not word.isdigit():
            return CHOICES[word]
        typed = MISTYPED.fullmatch(word)  # "boxx", "sloww"
        if typed:
            return "box" if typed.group("box") else "slow"
    if SIX_A_MINUTE.search(cleaned):  # "the 6 one": slow breathing, 6 breaths a minute
        return "slow"
    if MIDDLE_ONE.match(cleaned):
        return "478"
    for word, key in ORDINALS.items():
        if re.search(rf"\b{word}\b", cleaned):
            return key
    if any(w in cleaned for w in LEAVE_IT_TO_BOT) or cleaned.strip(" .!👍") in GO_AHEAD:
        return "box"
    if GO_ON.match(cleaned):  # "ok go on then", "yeah breathing", "something quick"
        return "box"
    digits = [w for w in cleaned.split() if w in ("1", "2", "3")]
    return CHOICES[digits[0]] if len(digits) == 1 else None


def named(text: str) -> str | None:
    """The pattern a first message names ("can we do the 4 7 8 one", "box breathing pls"), or
    None: a bare number or "you pick" there is no choice yet."""
    return choose(text) if NAMED.search(text) else None


# The patterns weighed against each other: "whats the difference between box breathing and
# 4-7-8", "which is best for anxiety", "box or 4 7 8, which is better".
_WEIGHED = re.compile(
    r"\bdifferen(?:ce|t)\b|\bcompare\b|\bvs\.?\b|\bversus\b|\bwhich\b|\bbetter\b|\bbest\b|"
    r"\bor\b",
    re.IGNORECASE,
)
_BEST_FOR = re.compile(
    r"\b(?:which|what)\b.{0,35}\b(?:best|better|recommend\w*|suits?|good)\b.{0,25}\bfor\b|"
    r"\bdifference between (?:them|the (?:three|3|breathing|exercises|different))",
    re.IGNORECASE,
)


def weighed_by_name(text: str) -> bool:
    """Whether two patterns are named and weighed ("box or 478 which is better")."""
    found = {choose(m.group(0)) for m in NAMED.finditer(text)} - {None}
    return len(found) >= 2 and _WEIGHED.search(text) is not None


def compared(text: str) -> bool:
    """Whether the patterns are asked about side by side, rather than one of them (said
    while breathing is the subject: "which is best for anxiety")."""
    return weighed_by_name(text) or _BEST_FOR.search(text) is not None


# Asking to learn a pattern or how it goes: "teach me 4-7-8", "how does 478 work", "show me
# box breathing", "explain the 4 7 8 thing".
LEARN = re.compile(
    r"\b(?:teach|show|explain|tell me (?:about|how)|talk me through|walk me through|learn|"
    r"how (?:does|do|did|is|would|should|can|will) (?:\w+ ){0,4}(?:work|go|done|help|do)|"
    r"how (?:do|does|would|should|can) (?:i|you|we|one) do|how to (?:do|use)|what(?:'?s| is| are)"
    r"|wats|wots|wtf is|never (?:heard|tried|done))\b",
    re.IGNORECASE,
)


# Named plainly enough to be a breathing pattern in any message ("box" alone may be a parcel).
_LEARN_NAMED = re.compile(
    r"\b4\W{0,3}7\W{0,3}8\b|\b(?:box|square|slow|resonant|coherent)\s+breath\w*", re.IGNORECASE
)


def learning(text: str) -> str | None:
    """The pattern someone asks to learn or asks about ("teach me 4-7-8" -> "478", "how does
    box breathing work" -> "box"), or None. Asked of a pattern only, never of a bare number
    ("how do i change my 7am reminder")."""
    if not _LEARN_NAMED.search(text) or not LEARN.search(text):
        return None
    return named(text)


def schedule(pattern: Pattern, lead_seconds: int = 5, first_round: int = 1) -> list[int]:
    """Seconds from the start (or from picking up after a pause at ``first_round``) at which
    each remaining round's prompt goes out."""
    left = max(0, pattern.rounds - first_round + 1)
    return [lead_seconds + i * pattern.cycle_seconds for i in range(left)]


def finish_after(pattern: Pattern, lead_seconds: int = 5, first_round: int = 1) -> int:
    """Seconds from the start (or from picking up at ``first_round``) at which we ask how
    they feel."""
    left = max(0, pattern.rounds - first_round + 1)
    return lead_seconds + left * pattern.cycle_seconds


# "done", "ok all done", "finished", "did it", a while after "how do you feel right now, before
# we start?": they breathed on their own (the pattern is in the list they chose from), or
# thought the rounds were running. Not a way out ("im done" is, and "done with this").
DONE_ALONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|k|right|yeah|yep|yes|so|um+|phew|there|and)[ ,.!]+)*"
    r"(?:(?:all )?(?:done|dun|finished)(?: it| them)?|"
    r"(?:i )?did (?:it|that|them|those|some|a few|the breathing|\d (?:rounds?|breaths?))|"
    r"(?:i'?ve |ive )?done (?:it|that|them|those|some|a few|the breathing))"
    r"(?:[ ,.!]+(?:now|then|already|x+|lol|thanks|thank you|ty|thx|now what|what now|what next|"
    r"whats next|what'?s next))*"
    # "done, 6", "done feel like a 7 now": how they feel now, told with it
    r"(?:[ ,.!:-]+(?:(?:i'?m|im|i feel|feel|feeling|about|like|prob(?:ably)?|maybe)\s+)*"
    r"(?:a |an )?(?P<score>10|[1-9])(?:\s*(?:/|out of)\s*10)?(?:\s+now)?)?\W*$",
    re.IGNORECASE,
)
# Asked, after "done" on their own, whether to be paced after all: "start", "go", "ok pace me",
# "lets do it together" (a number or "ok" is how they feel now).
PACE_ME = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yes|yeah|yep|sure|go on|alright|right|um+)[ ,.!]+)*"
    r"(?:start(?: it| them| now| again)?|go(?: on| ahead)?|begin|again|"
    r"(?:let'?s|lets) (?:go|start|begin|do it|do (?:it|them|this) (?:together|with you))|"
    r"(?:pace|guide|talk|walk) me(?: through(?: it| them)?)?|(?:do it |do them )?with (?:you|me))"
    r"(?:[ ,.!]+(?:then|please|pls|plz|x+))*\W*$",
    re.IGNORECASE,
)
