"""How a 1-10 score is said, beyond a plain number (pure functions): at or below zero,
between two whole numbers, as a thumb, as a number with nothing to say what it is for, or
as a score with no feelings told."""

from __future__ import annotations

import re

# A score at or below the bottom of the scale: "0", "zero", "-1", "im a 0 tbh", "0/10",
# "minus 100", "below zero", "less than 1". Said of how they are: the bottom, met with care.
_BELOW_THE_SCALE = re.compile(
    r"^\W*(?:(?:check[- ]?in|checkin|mood|my mood is|honestly|tbh|literally|like|about|"
    r"prob(?:ably)?|maybe|def(?:initely)?|im|i'?m|i am|i feel|feeling|feel like|its|it'?s|at|a|"
    r"an|solid|big|fat|round|today|rn|right now|lowkey|highkey|ngl|honest(?:ly)?|bout)\W+)*"
    r"(?:0(?:\.\d)?|zero|nil|nought|-\s*\d{1,3}(?:\.\d)?|(?:minus|negative)\s+(?:\d{1,3}|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|twenty|fifty|a (?:hundred|thousand|million)|"
    r"(?:one )?(?:hundred|thousand|million)|infinity)|below (?:zero|0|1|one|the scale)|"
    r"less than (?:0|1|one|zero|nothing)|lower than (?:0|1|one|zero)|sub ?zero|"
    r"off the (?:bottom of the )?scale(?: at the bottom)?)"
    r"(?:\s*(?:/|out of|outta)\s*(?:10|ten))?(?:\W*(?:if that|tbh|honestly|really|rn|right now|"
    r"today|atm|lol|tbf|if i'?m honest|i guess|i think|probably|maybe|mate|tho|though|ngl|fr|"
    r"lowkey|tbqh|honestly|to be honest|"
    r"(?:on|of) (?:your|the) scale))*\W*$",
    re.IGNORECASE,
)


# A 0 given as the score inside a longer message: "I would say 0.", "mood is a 0 today",
# "honestly a zero, everything's too much" (not "0 calories" or "at 0800").
_ZERO_SCORED = re.compile(
    r"(?:^|\b(?:say|said|a|an|at|about|like|its|it'?s|rate (?:it|today|my mood)|give it|"
    r"mood(?: is| was|:)?|score(?: of| is)?|feeling|feel like|im|i'?m|i am)\W+)(?:a\W+)?"
    r"(?:0|zero)(?:\s*(?:/|out of)\s*(?:10|ten))?(?=\W*$|[.,;!?)]|\s+(?:today|tonight|rn|"
    r"right now|tbh|honestly|if (?:i'?m|im) honest|ngl|lol|mate|and|but|tho|though|atm|"
    r"at the moment|everything|nothing|i|im|i'?m|cos|because|coz)\b)",
    re.IGNORECASE,
)


def below_the_scale(text: str) -> bool:
    """Whether a short answer scores how they feel at 0 or below ("0", "-1", "zero tbh")."""
    return _BELOW_THE_SCALE.match(text) is not None


def zero_scored(text: str) -> bool:
    """Whether a longer message gives 0 as its score ("I would say 0.", "a 0 tbh, everything
    is too much"), or is only a score at or below zero."""
    return below_the_scale(text) or _ZERO_SCORED.search(text.replace("’", "'")) is not None


# A score between two whole numbers: "7.5", "6,5/10", "about a 7 and a half".
_BETWEEN = re.compile(
    r"^\W*(?:(?:check[- ]?in|checkin|like|about|bout|around|maybe|prob(?:ably)?|solid|im|i'?m|"
    r"i am|a|an|mood|honestly|tbh|i'?d say|id say|lowkey|ngl)\W+)*(10|[1-9])"
    r"(?:[.,](\d)(?!\d)|\s+(?:and a half|n a half))"
    r"(?:\s*(?:/|out of)\s*(?:10|ten))?(?:\W+(?:tbh|i guess|i think|ish|maybe|today|rn|honestly))*"
    r"\W*$",
    re.IGNORECASE,
)


# The same inside a longer message, after a word that makes it a score: "bout a 7.5 i think".
_BETWEEN_SAID = re.compile(
    r"\b(?:a|an|like|about|bout|around|say|mood(?: is| was|:)?|at|feeling|its|it'?s|im|i'?m|"
    r"rate (?:it|today|my mood)|give it|score(?: of| is)?)\W+(?:a\W+)?(10|[1-9])[.,](\d)(?!\d)"
    r"(?!\s*(?:am|pm|hours?|hrs?|h\b|km|k\b|miles?|mi\b|%|kg|lbs?|stone|st\b|mins?|minutes?|"
    r"degrees|°|million|grand|quid|pounds|dollars))",
    re.IGNORECASE,
)


def between_scores(text: str) -> int | None:
    """The whole number kept for a score between two ("7.5" is an 8, "6.2" a 6), else None."""
    said = text.replace("’", "'")
    found = _BETWEEN.match(said) or _BETWEEN_SAID.search(said)
    if found is None:
        return None
    tenth = int(found.group(2)) if found.group(2) else 5
    return min(10, int(found.group(1)) + (1 if tenth >= 5 else 0))


# Only a number (or "zero", "minus 1"), with nothing to say what it is for: "6", "1.", "7/10".
_BARE_SCORE = re.compile(
    r"^\W*(?:-\s*|minus\s+)?(?:\d{1,2}(?:[.,]\d)?|zero|one|two|three|four|five|six|seven|eight|"
    r"nine|ten)(?:\s*(?:/|out of)\s*(?:10|ten))?\W*$",
    re.IGNORECASE,
)


def bare_score(text: str) -> bool:
    """Whether a message is only a number, which may or may not be a mood ("6", "7/10")."""
    return _BARE_SCORE.match(text) is not None


# Yes to "did you mean 6 for how you're feeling?".
YES_MEANT = re.compile(
    r"^\W*(?:yes+|yeah|yea|yep|yup|ya|yh|y|sure|correct|right|exactly|mhm+|uh huh|ok(?:ay)?|"
    r"i did|i do|i am|it is|that'?s (?:right|it|me))(?:\W+(?:i did|i do|i am|it is|that'?s right|"
    r"sadly|unfortunately|tbh|honestly|please|pls|thanks|ty|lol))*\W*$",
    re.IGNORECASE,
)


# A thumbs up (or down) to the mood question: "ok", or not.
THUMBS = {"👍": 6, "👌": 6, "🆗": 6, "👎": 3}


def thumbs(text: str) -> int | None:
    """The mood a lone thumbs up or down stands for (any skin tone), else None."""
    said = re.sub(r"[\U0001F3FB-\U0001F3FF\ufe0f\s]", "", text)
    return THUMBS.get(said[0]) if said and len(set(said)) == 1 else None


# The words that only carry a score: "mood 4", "im a 3 today", "id say 7/10" (read with no
# apostrophes).
_SCORE_WORDS = re.compile(
    r"\b(?:my|mood|moods|is|was|im|i|am|a|an|like|about|around|feeling|feel|at|today|todays|"
    r"tonight|rn|right|now|currently|atm|out|of|outta|on|the|scale|solid|prob|probably|maybe|"
    r"honestly|tbh|say|id|rate|rating|it|give|score|check|in|checkin|its|number|level|me|put|"
    r"down|as|for|log|record|note|please|pls|plz|ish|guess|think|hmm+|um+|uh+|ok|okay|so|well|"
    r"yeah|yh|hey|hi|hello|quick|lets|do|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"thanks|thx|ty|bout|innit|eh+|lol|yeah|ya|say|would|outta|somewhere|round|reckon|suppose|"
    r"probs|prolly|defo|def|just|roughly|approx|gonna|go|with|sitting|sat|overall|honest|"
    r"though|tho|ngl|lowkey|highkey|if|that|i'?d|id|"
    # "its giving 4", "10/10 no notes", "a 6 fr": slang around a score, nothing felt
    r"giving|gives|fr|frfr|deadass|no notes)\b|\d{1,2}(?:[.,]\d)?",
    re.IGNORECASE,
)
_A_SCORE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)


def score_only(text: str) -> bool:
    """Whether a message holds a score and nothing of how they feel ("mood 4", "7/10")."""
    said = re.sub(r"['’]", "", text)
    return bool(_A_SCORE.search(said)) and not re.search(
        r"[a-z]", _SCORE_WORDS.sub(" ", said), re.I
    )


# A score on another scale, or past the top of ours, said alone: "70%", "2/5", "3 out of 5",
# "80/100", "100", "1000", "1000000" (not "11", which is asked again as outside the scale).
_OTHER_SCALE = re.compile(
    r"^\W*(?:(?:like|about|bout|around|maybe|prob(?:ably)?|solid|a|an|im|i'?m|i am|honestly|tbh|"
    r"mood|feeling|at|its|it'?s|i'?d say|id say)\W+)*(?P<n>\d{1,9}(?:[.,]\d)?)\s*(?:(?P<pc>%|"
    r"percent|per ?cent)|(?:/|out of|outta)\s*(?P<of>5|five|100|a hundred)\b)?"
    r"(?:\W*(?:tbh|honestly|lol|today|rn|right now|i guess|i think|maybe|ish|lmao|fr))*\W*$",
    re.IGNORECASE,
)


def other_scale(text: str) -> tuple[int, str] | None:
    """The 1-10 score for one said on another scale, and how to say it back: "70%" is a 7
    and "2/5" a 4 ("scaled"), "100" is a 10 ("top"), "0%" a 1 ("bottom"); None otherwise."""
    found = _OTHER_SCALE.match(text.replace("’", "'"))
    if found is None:
        return None
    n = float(found.group("n").replace(",", "."))
    of = (found.group("of") or "").lower()
    if found.group("pc") or of in ("100", "a hundred"):
        tenths = n / 10
    elif of:
        tenths = n * 2 if n <= 5 else -1
    elif n >= 100 and n == int(n) and set(str(int(n))[1:]) == {"0"}:
        return 10, "top"  # "100", "1000": past the top, said gladly
    else:
        return None
    if not 0 <= tenths <= 10:
        return None
    score = int(tenths + 0.5)
    return (1, "bottom") if score < 1 else (score, "scaled")


# A score given as a range: "3-4", "3 to 4", "6–7/10" (the lower is kept, as for "4 or 5").
_RANGE = re.compile(
    r"^\W*(?:(?:like|about|bout|around|maybe|prob(?:ably)?|somewhere|a|an|im|i'?m|mood|"
    r"honestly|tbh|between|somewhere between|id say|i'?d say)\W+)*(10|[1-9])\s*"
    r"(?:-|–|—|to|or|and)\s*(?:an?\s+)?(10|[1-9])"
    r"(?:\s*(?:/|out of)\s*10)?(?:\W*(?:tbh|honestly|lol|today|rn|i guess|i think|maybe|ish))*"
    r"\W*$",
    re.IGNORECASE,
)


def score_range(text: str) -> int | None:
    """The score kept for one given as a range of two close numbers ("3-4" is a 3), else
    None."""
    found = _RANGE.match(text.replace("’", "'"))
    if found is None:
        return None
    low, high = sorted((int(found.group(1)), int(found.group(2))))
    return low if 0 < high - low <= 2 else None


# Past either end in words: "off the charts good", "off the scale bad", "lower than low".
_OFF_THE_SCALE = re.compile(
    r"^\W*(?:(?:honestly|tbh|like|im|i'?m|i am|feeling|its|it'?s|literally|mood)\W+)*"
    r"(?:off the (?:charts?|scale|scales)|through the roof|beyond|past)\W+"
    r"(?:(?:so|really|how|in how)\W+)?(?P<how>good|great|happy|amazing|high|bad|low|awful|"
    r"terrible|shit|crap|rubbish|sad|down)(?:\W+(?:today|tbh|honestly|lol|rn|haha))*\W*$|"
    r"^\W*(?:(?:honestly|tbh|like|im|i'?m|i am|feeling|its|it'?s|literally)\W+)*"
    r"(?P<how2>good|great|happy|amazing|bad|low|awful|terrible|shit|crap|rubbish|sad)\W+"
    r"(?:off the (?:charts?|scale|scales)|beyond (?:the )?(?:scale|10|ten|1|one))"
    r"(?:\W+(?:today|tbh|honestly|lol|rn|haha))*\W*$",
    re.IGNORECASE,
)
_GOOD_END = frozenset({"good", "great", "happy", "amazing", "high"})


def off_the_scale(text: str) -> str | None:
    """ "top" or "bottom" for a mood said to be past an end of the scale in words ("off the
    charts good", "off the scale bad"); None otherwise."""
    found = _OFF_THE_SCALE.match(text.replace("’", "'"))
    if found is None:
        return None
    how = (found.group("how") or found.group("how2")).lower()
    return "top" if how in _GOOD_END else "bottom"
