"""Short, plain answers to "how are you": "pretty good", "im ok", "not bad", "fine thanks".

The emotion data is made of messages that say what happened and how it felt, so the
encoder has little to go on in two words: "pretty good" and "im fine" came out as
disappointment, and a check-in answered "I'm sorry you're feeling this way". Such a
message is read from its one word of how things are; a so-so answer with tiredness beside
it ("a bit tired but ok", "fine, just sleepy") is so-so too. Anything longer, negated ("not
good") or qualified otherwise ("fine, just stressed") is left to the model.
"""

from __future__ import annotations

import re

# Words around the answer that do not change it: "honestly im doing pretty good today thx".
_FILLER = re.compile(
    r"\b(?:i'?m|i am|im|am|i feel|feel|feeling|i'?ve been|been|doing|i'?d say|"
    r"pretty|really|rly|very|so|quite|actually|honestly|tbh|ngl|tho|though|overall|"
    r"today|tonight|this morning|rn|right now|at the moment|atm|now|"
    r"yeah|yea|yes|yep|yh|ya|oh|um+|hmm+|well|mate|bro|"
    r"thanks|thank you|thx|ty|cheers|ta|"
    r"and you|you|u|how about you|hbu|wbu|how are you|hru|"
    r"all|things are|it'?s|its|just|i guess|i suppose|kinda|kind of|ish|only)\b",
    re.IGNORECASE,
)
_GOOD = frozenset(
    {
        "good",
        "great",
        "amazing",
        "awesome",
        "brilliant",
        "fantastic",
        "wonderful",
        "excellent",
        "happy",
        "grand",
        "lekker",
        "stoked",
        "lush",
        "fab",
        "ace",
        "cracking",
        "lovely",
        "top",
        "super",
        "chuffed",
        "buzzing",
        "blessed",
        "on top of the world",
        "better",
        "chill",
        "chilled",
        "chilling",
        "vibing",
        "peaceful",
        "much better",
        "a lot better",
        "loads better",
    }
)
_SO_SO = frozenset(
    {
        "ok",
        "okay",
        "okey",
        "k",
        "fine",
        "alright",
        "alr",
        "aight",
        "not bad",
        "not too bad",
        "could be worse",
        "soso",
        "meh",
        "average",
        "normal",
        "same as usual",
        "same as always",
        "same old",
        "the same",
        "mid",
        "surviving",
        "sound",
        "all good",
        "cant complain",
        "can't complain",
    }
)


def plain_answer(text: str) -> tuple[str, str] | None:
    """(fine emotion, Ekman group) for a short plain answer, else None."""
    words = text.split()
    if not words or len(words) > 8:
        return None
    low = re.sub(r"\bso[\s-]so\b", "soso", text.lower())
    core = _words(_FILLER.sub(" ", low))
    if core in _GOOD:
        return "happy", "joy"
    if core in _SO_SO:
        return "neutral", "neutral"
    # "a bit tired but ok", "fine, just sleepy": so-so, with tiredness beside it; "good but
    # busy": good
    rest, tired = _TIRED.subn(" ", core)
    rest, busy = _BUSY.subn(" ", rest)
    rest = _words(_JOINERS.sub(" ", rest))
    if (tired or busy) and rest in _SO_SO:
        return "neutral", "neutral"
    if busy and not tired and rest in _GOOD:
        return "happy", "joy"
    return None


_TIRED = re.compile(r"\b(?:tired|sleepy|knackered|shattered|worn out|a bit slow)\b")
_BUSY = re.compile(r"\b(?:busy|hectic|a lot on)\b")
_JOINERS = re.compile(r"\b(?:a bit|a little|bit|little|but|and|otherwise|apart from that)\b")


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


# A good day, or a good time, said in so many words: "pretty good day actually", "had a
# lovely evening with my sister", "went for a run, felt great".
_GOOD_TIME = re.compile(
    r"\b(?:(?:good|great|nice|lovely|decent|amazing|brilliant|fantastic|wonderful|productive|"
    r"relaxing|chill|solid|perfect|awesome|gorgeous|beautiful|fab|cracking)"
    r" (?:day|week|weekend|night|evening|morning|afternoon|time|one|walk|session|workout|"
    r"sleep|chat|catch[- ]up|laugh)|(?:felt|feeling|feel) (?:great|good|amazing|lovely|"
    r"fantastic|brilliant|so much better|much better|loads better|really good|really great)|"
    r"enjoyed|had (?:a|the) (?:blast|laugh|good time|great time|lovely time)|"
    r"in a (?:good|great) mood)\b",
    re.IGNORECASE,
)
# Anything that can turn it: a negation or a "but", a wish, a hard word, a laugh that may be
# dry, a question, an eye-roll. With any of these the model's reading stands.
_TURNED = re.compile(
    r"\b(?:not|no|never|nothing|nobody|(?:do|does|did|is|was|were|are|ca|could|would|should|"
    r"have|has|had|wo|ai|must|need)n'?t|nt|without|but|though|tho|however|except|"
    r"until|if|wish|hope|hoping|should|would|could|\w+'d|id|only|despite|although|even|still|"
    r"yet|thought|finally|supposed|apparently|pretend\w*|fake|"
    r"bad|sad|sick|ill|hurt\w*|pain\w*|cry\w*|cried|tears?|miss\w*|lost|lose|losing|died|dead|"
    r"death|funeral|anxi\w+|stress\w*|worr\w+|scar\w+|afraid|fear\w*|panic\w*|angry|mad|"
    r"annoy\w*|frustrat\w+|hate\w*|tired|exhausted|lonely|alone|awful|terrible|horrible|worst|"
    r"grim|gross|shit\w*|crap\w*|fuck\w*|ugh+|argh+|sigh|broke\w*|fail\w*|fight\w*|argu\w+|"
    r"rough|hard|difficult|struggl\w+|sorry|guilt\w*|ashamed|shame|embarrass\w*|disappoint\w*|"
    r"upset|depress\w*|empty|numb|low|blue|over|end|ended|last|again|gone|left|leave|ex|goodbye|"
    r"bye|"
    r"lol|lmao|haha\w*|yeah right|sure|thanks a lot|top work|nice one)\b|"
    r"[?🙃🙄😒😤😡🤬😭😢😔😞💀]",
    re.IGNORECASE,
)


# A greeting that opens the message: "Good morning.", "hi, good evening". No good time told.
_GOOD_HELLO = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya)\W+)?good (?:morning|afternoon|evening)\b\W*", re.IGNORECASE
)


def good_time_told(text: str) -> bool:
    """A good day or a good time told plainly ("pretty good day actually, went for a run"),
    with nothing beside it that could turn it. The encoder read such messages as a
    let-down; the words are clear enough to stand over that reading."""
    said = _GOOD_HELLO.sub("", text)
    return bool(_GOOD_TIME.search(said)) and not _TURNED.search(said)
