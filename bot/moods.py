"""Mood arithmetic and reading: bands, trends, streaks, and moods said in words (pure
functions)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from bot.safety_words.text import GO_AWAY


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


def mood_trend(recent: list[dict[str, Any]], today: str | None = None) -> dict[str, Any]:
    """What ``mood_history.txt`` says about recent check-ins (newest first in ``recent``):
    the scores oldest first, with their days ("today" for ``today``'s), whether they have
    been rising or falling (the last one against the mean of those before it, by more than
    one point), and whether there is one for today already."""
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
    days = [
        "today" if str(m["day"]) == today else datetime.fromisoformat(str(m["day"])).strftime("%a")
        for m in shown
    ]
    done_today = bool(shown) and today is not None and str(shown[-1]["day"]) == today
    return {"moods": list(zip(days, scores, strict=True)), "trend": trend, "today": done_today}


# A mood in a word or two, to "1 to 10?": "meh", "not great", "pretty good", "calm".
WORD_MOODS = {
    "awful": 2,
    "terrible": 2,
    "horrible": 2,
    "miserable": 2,
    "depressed": 2,
    "furious": 2,
    "everything sucks": 2,
    "life sucks": 2,
    "crap": 3,
    "crappy": 3,
    "shitty": 3,
    "shit": 3,
    "shite": 3,
    "rubbish": 3,
    "bad": 3,
    "not good": 3,
    "not fine": 3,
    "not alright": 3,
    "its not fine": 3,
    "it's not fine": 3,
    "its not ok": 3,
    "it's not ok": 3,
    "not ok": 3,
    "not okay": 3,
    "low": 3,
    "down": 3,
    "sad": 3,
    "rough": 3,
    "blue": 3,
    "numb": 3,
    "dead inside": 2,
    "sucks": 3,
    "panicky": 3,
    "panicking": 3,
    "scared": 3,
    "angry": 3,
    "lonely": 3,
    "overwhelmed": 3,
    "gutted": 3,
    "fed up": 3,
    "struggling": 3,
    "not so good": 3,
    "not too good": 3,
    "not very good": 3,
    "not that good": 3,
    "not doing well": 3,
    "not doing great": 4,
    "not the best": 4,
    "not so great": 4,
    "not too great": 4,
    "been better": 4,
    "could be better": 4,
    "hanging in there": 4,
    "surviving": 4,
    "knackered": 4,
    "flat": 4,
    "tense": 4,
    "tensed": 4,
    "mood off": 4,
    "mood is off": 4,
    "ordinary": 4,
    "crook": 4,
    "had better days": 4,
    "had better": 4,
    "not lekker": 3,
    "not too lekker": 4,
    "not so lekker": 4,
    "not grand": 3,
    "not the greatest": 4,
    "not happy": 3,
    "shattered": 4,
    "wrecked": 4,
    "bleh": 4,
    "blah": 4,
    "could be worse": 5,
    "same old": 5,
    "not amazing": 5,
    "not the worst": 6,
    "stressed": 4,
    "anxious": 4,
    "worried": 4,
    "nervous": 4,
    "frustrated": 4,
    "annoyed": 4,
    "not great": 4,
    "exhausted": 4,
    "drained": 4,
    "tired": 5,
    "sleepy": 5,
    "meh": 5,
    "so so": 5,
    "average": 5,
    "mid": 5,
    "middling": 5,
    "fair to middling": 5,
    "okish": 5,
    "bored": 5,
    "not bad": 6,
    "not too bad": 6,
    "ok": 6,
    "okay": 6,
    "alright": 6,
    "aight": 6,
    "fine": 6,
    # "I'm grand", "sound" (Ireland, UK): fine
    "grand": 6,
    "sound": 6,
    "been worse": 6,
    "cant complain": 6,
    "can't complain": 6,
    "mustn't complain": 6,
    "mustnt complain": 6,
    "all good": 7,
    "not too shabby": 7,
    "vibing": 7,
    "decent": 7,
    "good": 7,
    "calm": 7,
    "relaxed": 7,
    "chilled": 7,
    "chill": 7,
    "content": 7,
    "peaceful": 7,
    "hopeful": 7,
    "happy": 8,
    "lekker": 8,
    "stoked": 8,
    "heaps good": 8,
    "cracking": 8,
    "blessed": 8,
    "lush": 8,
    "fab": 8,
    "ace": 8,
    "wonderful": 9,
    "top of the world": 9,
    "great": 8,
    "loved": 8,
    "grateful": 8,
    "excited": 8,
    "proud": 8,
    "brilliant": 9,
    "ecstatic": 9,
    "elated": 9,
    "thrilled": 9,
    "over the moon": 9,
    "on cloud nine": 9,
    "buzzing": 8,
    "chuffed": 8,
    "fantastic": 9,
    "amazing": 9,
}
_HEDGE = (
    r"(?:(?:pretty|quite|fairly|kinda|kind of|a bit|a little|honestly|tbh|just|feeling|feel|i feel|"
    r"im|i'?m|i am|am|doing|i'?ve|ive|have|really|very|so|super|bit|mostly|still|nah|no|nope|"
    r"on|ja|ya|yeah|yah|oh|ah|aw|och|sure|well|um+|hmm+|idk|dunno|i dunno|lowkey|highkey|ngl|"
    r"lwk|proper|right)\W+)*"
)
_WORD = (
    "("
    + "|".join(
        re.escape(word).replace(r"\ ", r"[\s-]+")
        for word in sorted(WORD_MOODS, key=len, reverse=True)
    )
    + ")"
)
_MOOD_WORDS = re.compile(
    r"^\W*"
    + _HEDGE
    + _WORD
    # "tired but ok"; "not bad, tired" and "not bad just tired" as with "but"
    + r"(?:(?:\W+(but|and|yet|though|tho)\W+|\s*[,;.]\s*|\s+(?=just\W))"
    + _HEDGE
    + _WORD
    + r")?"
    r"(?:\W+(?:tbh|honestly|really|actually|today|rn|right now|i guess|i think|thanks|ty|thx|atm|"
    r"lately|overall|at the moment|af|asf|as hell|as fuck|ngl|tho|though|lol|mate|only|ish|ta|"
    r"cheers|day|week|night|one|hey|eh|yaar|bro|fam|innit|a bit|a little|"
    r"recently|this week|fr|frfr|love|luv|hun|hon|pet|duck|dear|darling|babe|x+))*\W*$",
    re.IGNORECASE,
)


# Neither one thing nor the other: "not great not awful", "neither good nor bad", "idk like
# not happy but not sad either". A good word against a bad one puts them in the middle.
_PLAIN_WORD = (
    "("
    + "|".join(
        re.escape(word).replace(r"\ ", r"[\s-]+")
        for word in sorted(WORD_MOODS, key=len, reverse=True)
        if not word.startswith(("not ", "its ", "it's "))
    )
    + ")"
)
_NEITHER = re.compile(
    r"^\W*(?:(?:idk|dunno|i dunno|i don'?t know|like|um+|hmm+|well|honestly|tbh|just|i'?m|im|"
    r"i feel|feeling|i guess|somewhere)\W+)*(?:neither|not)\W+(?:too\W+|that\W+|really\W+)?"
    + _PLAIN_WORD
    + r"(?:\W+(?:nor|or|and|but|yet))?\W+(?:not\W+)?(?:too\W+|that\W+|really\W+)?"
    + _PLAIN_WORD
    + r"(?:\W+(?:either|tbh|honestly|really|i guess|just (?:in )?(?:the )?middle|just meh|"
    r"somewhere in between|in between))*\W*$",
    re.IGNORECASE,
)
# The middle of the scale, for "neither good nor bad".
MIDDLE = 5


def mood_in_words(text: str) -> int | None:
    """A 1-10 mood said in a word or two ("calm", "pretty good actually", "tired but ok").

    Two words joined by "but" lean to the second; by "and", to the lower of the two; a good
    and a bad word both denied ("not great not awful") are the middle.
    """
    neither = _NEITHER.match(text.replace("’", "'"))
    if neither is not None:
        one, other = (
            WORD_MOODS[" ".join(w.lower().replace("-", " ").split())] for w in neither.groups()
        )
        if min(one, other) < MIDDLE < max(one, other):
            return MIDDLE
    # "ok ok only", "good good": a word said twice is said once
    said = _MOOD_WORDS.match(re.sub(r"\b(?!so\b)(\w+)(?:\W+\1\b)+", r"\1", text.replace("’", "'")))
    if said is None:
        return None
    first = WORD_MOODS[" ".join(said.group(1).lower().replace("-", " ").split())]
    if said.group(3) is None:
        return first
    second = WORD_MOODS[" ".join(said.group(3).lower().replace("-", " ").split())]
    if (said.group(2) or "but").lower() == "and":
        return (first + second) // 2
    return (first + second + 1) // 2 if second >= first else (first + second) // 2


# Words that say the day was bad, or good, whatever number came with them.
_ROUGH_DAY = re.compile(
    r"\b(?:(?<!not )(?<!not a )(?<!n't a )(?<!n't )bad (?:day|week|night|time)|awful|terrible|"
    r"horrible|horrendous|dreadful|"
    r"miserable|worst|shit(?:ty)? (?:day|week)|crap(?:py)? (?:day|week)|rough (?:day|week)|"
    r"hell of a (?:day|week)|"
    # the review joke: "10/10 would not recommend", "would not recommend today"
    r"would(?:n'?t| not) recommend|do(?:n'?t| not) recommend|zero stars|one star|1 star)\b",
    re.IGNORECASE,
)
_ANOTHER_DAY = re.compile(
    r"\b(?:yesterday|yday|last (?:night|week)|earlier|this morning)\b", re.IGNORECASE
)
_GOOD_DAY = re.compile(
    r"\b(?:(?<!not )(?:great|amazing|fantastic|brilliant|wonderful|perfect|best) (?:day|week|"
    r"night|time|mood)|(?<!not )(?:so|really|very) happy|best day)\b",
    re.IGNORECASE,
)


def words_disagree(mood: int, text: str) -> str | None:
    """ "rough" when a high score comes with words of a bad day ("a 10 out of 10 bad day"),
    "good" when a very low one comes with words of a good day; else None."""
    if len(text.split()) > 12 or _ANOTHER_DAY.search(text):
        return None  # a story told with a number, or words about another day: it stands
    rough, good = _ROUGH_DAY.search(text), _GOOD_DAY.search(text)
    if mood >= 8 and rough and not good:
        return "rough"
    if mood <= 2 and good and not rough:
        return "good"
    return None


# Where the first part of an answer ends: "pretty good today, got a lot done".
_FIRST_PART_END = re.compile(r"\s*(?:[,.;!:]+|\s[-–—]\s)\s*")


def mood_leading(text: str) -> int | None:
    """A mood said in words first in a longer answer ("pretty good today, got a lot done",
    "bit rubbish. work was awful"); None when the first part says no mood, or is all of it."""
    said = text.strip()
    first = _FIRST_PART_END.split(said, maxsplit=1)[0]
    if not first or first == said.rstrip(".!"):
        return None
    return mood_in_words(first)


# Only sobbing faces: "😭", "😭😭😭". As often laughing till they cry as a rough time, so asked.
_CRYING_ONLY = re.compile(r"^\s*(?:😭\s*)+[.!?]*\s*$")
# Laughing, said when asked which: "laughing", "lol", "the funny kind", "😂", "haha good".
_LAUGHING = re.compile(
    r"\b(?:laugh\w*|lol+|lmao+|lmfao|haha\w*|funny|joke|jk|happy tears?|good (?:kind|one|way))\b|"
    r"[😂🤣]",
    re.IGNORECASE,
)


# A low feeling in so many words, which no laugh beside it makes glad: "dead inside lol", "im
# so depressed lmao", "so lonely haha" (not "not sad", "no longer lonely").
_LOW_SAID = re.compile(
    r"(?<!\bnot )(?<!\bnot so )(?<!n't )(?<!\bno longer )(?<!\bless )\b(?:dead inside|empty inside|"
    r"numb|depressed|miserable|lonely|hopeless|worthless|hate my life|hate myself)\b",
    re.IGNORECASE,
)


def low_said(text: str) -> bool:
    """Whether a low feeling is said in so many words ("dead inside lol"), laugh or not."""
    return _LOW_SAID.search(text.replace("’", "'")) is not None


def crying_only(text: str) -> bool:
    """Whether a message is only 😭, which may be a rough time or laughing till they cry."""
    return _CRYING_ONLY.match(text) is not None


def laughing_told(text: str) -> bool:
    """Whether they say the 😭 was laughing ("lol laughing", "the funny kind", "😂"), not
    "not funny", "wasn't laughing"."""
    denied = re.search(r"\bnot\b|n'?t\b", text, re.IGNORECASE)
    return _LAUGHING.search(text) is not None and denied is None


# "about the same", "no different", after an exercise: the mood before, unchanged.
_SAME = re.compile(
    r"^\W*(?:(?:um+|hmm+|honestly|tbh|i think|i guess|ok|okay)\W+)*(?:(?:about|pretty much|much|"
    r"roughly|basically|just|kinda|kind of|more or less|still)\W+)?(?:the )?same(?: really| tbh| i "
    r"think| i guess| as before| as before we started| as i was| as earlier|[- ]?ish)*\W*$|"
    r"^\W*(?:no|not much|not really any|nothing) (?:real )?(?:change|different|difference)\W*$|"
    r"^\W*(?:it )?(?:didn'?t|did not) (?:change (?:much|anything)|make (?:a|much|any) difference)"
    r"\W*$|^\W*no (?:better|worse)(?:,? no (?:better|worse))?(?: really)?\W*$",
    re.IGNORECASE,
)


def same_as_before(text: str) -> bool:
    """Whether they say their mood has not changed ("about the same", "no different")."""
    return _SAME.match(text.replace("’", "'")) is not None


# Big happy news told: a baby on the way or born, an engagement or a wedding, a place won.
_JOYFUL_NEWS = re.compile(
    r"\bgoing to be an? (?:grand ?)?(?:dad|daddy|father|mum|mummy|mom|mommy|mother|parent|"
    r"aunt(?:ie|y)?|uncle|grandad|granddad|grandpa|grandma|gran|nan|nana|granny|big (?:brother|"
    r"sister))\b|"
    r"\b(?:we'?re|we are|i'?m|im|i am|she'?s|shes|she is|wife'?s|wife is|partner'?s|partner is|"
    r"girlfriend is|gf is)\s+(?:having a baby|expecting|pregnant)\b|"
    r"\b(?:had|has had|gave birth to) (?:a|the|her|his|their|our) (?:baby|little (?:boy|girl)|"
    r"son|daughter|twins)\b|\b(?:baby|grand(?:son|daughter|baby|child)|little (?:one|boy|girl)) "
    r"(?:was |is |has )?(?:born|arrived)\b|\bit'?s a (?:boy|girl)\b|"
    r"\b(?:got|getting|are|we'?re|i'?m|im|just) (?:engaged|married|hitched)\b|"
    r"\b(?:she|he|they) said yes\b|"
    r"\b(?:got|landed) (?:the|my dream|a new|my first) job\b(?! done)|"
    r"\bgot (?:into|in to|a place at) (?:uni|university|college|med school|my first choice)\b|"
    r"\bpassed my (?:driving )?(?:test|exams?|degree|thesis|viva)\b|\bgraduated\b|"
    r"\bgot (?:a )?promot(?:ed|ion)\b|"
    # "i finally quit smoking", "my dog came home after 2 days missing"
    r"\b(?:finally )?(?:quit|stopped|gave up|given up) (?:smoking|vaping|drinking|the (?:fags|cigs|"
    r"booze|vape|drink))\b|\b(?:came|come|is|was|got) (?:back )?home (?:safe(?: and sound)?|"
    r"after (?:\w+ ){1,3}(?:missing|lost|on the run))\b|\b(?:been )?found (?:safe|alive|safe "
    r"and well)\b|"
    # "my son got his gcse results and he smashed it!!", "she aced her exams"
    r"\b(?:smashed|nailed|aced) (?:it|them|(?:my|his|her|their) (?:exams?|tests?|interview|"
    r"results|gcses|a[- ]levels|finals|driving test))\b|"
    r"\b(?:he|she|they|my (?:son|daughter|kid|boy|girl)) passed (?:his|her|their) (?:driving )?"
    r"(?:test|exams?|gcses|a[- ]levels|degree)\b|"
    # "got a first", "got accepted into my masters", "we got the keys", "got the scholarship"
    r"\bgot (?:a first|a 2[:.]1|straight a'?s|all a'?s|full marks|the keys|a scholarship|the "
    r"scholarship|the house|the flat|my place|a place|the offer|an offer|the part|the lead)\b|"
    r"\b(?:got|been|was|i'?m|im) accepted (?:in ?to|to|at|on|for)\b|"
    # a little one's first steps or words
    r"\b(?:took|taking|did|made) (?:his|her|their|my|our) (?:very )?first steps?\b|"
    r"\bsaid (?:his|her|their) (?:very )?first words?\b|"
    # a wedding of their own coming up: "wedding is tomorrow", "getting married on saturday"
    r"(?:^|[,.!]\s*|\b(?:my|our)\s+)(?:big day|wedding(?: day)?) (?:is )?(?:tomorrow|today|"
    r"this (?:weekend|saturday|friday|sunday)|on (?:saturday|friday|sunday)|next week|in \w+ "
    r"days?)\b|\bgetting married (?:tomorrow|today|this|on|next|in)\b|"
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a hundred) "
    r"(?:full )?(?:days?|weeks?|months?|years?) (?:sober|clean|dry|smoke[- ]free|alcohol[- ]free|"
    r"booze[- ]free|drink[- ]free|gambling[- ]free|vape[- ]free|"
    r"off (?:the )?(?:drink|booze|cigs|fags|weed))\b|"
    r"\b(?:sober|clean|dry) (?:for )?(?:\d+|a|one|two|three|six) (?:days?|weeks?|months?|years?)"
    r"(?: now| today)?\W*$",
    re.IGNORECASE,
)
# What takes the gladness out of it: "my ex got engaged", "pregnant and terrified".
_NOT_GLAD = re.compile(
    r"\b(?:not|never|no longer|scared|terrified|afraid|frightened|worried|anxious|nervous|"
    r"panick\w*|sad|upset|jealous|left behind|lonely|alone|miscarr\w*|lost|died|passed (?:away|"
    r"on)|ex|ex'?s|without me|instead|but|crying|cried|hate|hates|gutted|regret\w*|unplanned|"
    r"too (?:early|soon)|premature|prem|nicu|icu|hospital|poorly|ill|sick|hits?|hurts?|abus\w*|"
    r"how (?:do|will|can) i|ago|still|wish|except|if only|again|have to|has to|speech|stress\w*|"
    r"money|afford|cant|dont|didnt|wont|isnt|wasnt|arent|"
    r"couldnt|doesnt|havent|hasnt)\b|"
    r"n't\b",
    re.IGNORECASE,
)


def joyful_news(text: str) -> bool:
    """Whether a message tells big happy news with nothing against it ("just got engaged!!",
    "going to be a grandad, over the moon"; not "my ex got engaged")."""
    said = text.replace("’", "'")
    return _JOYFUL_NEWS.search(said) is not None and _NOT_GLAD.search(said) is None


# What big news does to a body, or nerves that come with the excitement: "im literally
# shaking", "crying happy tears", "nervous but excited", "terrified but so excited".
_EXCITED_BODY = re.compile(
    r"\b(?:(?:i'?m|im|i am|i'?ve been|literally|actually|still|so|cant stop|can'?t stop|my hands "
    r"are|hands)\s+)*(?:shaking|trembling|shaky|buzzing)\b(?: (?:rn|right now|all over|like a "
    r"leaf))?|"
    r"\b(?:can'?t|cant|still can'?t|still cant) (?:believe it|stop smiling)\b|\bpinch me\b|"
    r"\b(?:crying |cried |in |shedding )?(?:happy|joyful|proud) tears\b|\btears of (?:joy|"
    r"happiness)\b|\b(?:crying|in tears|cried) (?:with|from|out of) (?:joy|happiness|relief)\b|"
    r"\bheart (?:is )?(?:racing|pounding|going)\b|\bbutterflies\b|"
    r"\b(?:(?:so|really|bit|a bit|little|a little|kinda|super) )?(?:nervous|scared|terrified|"
    r"anxious|bricking it|shitting it|petrified)\W+(?:but|and|yet|&|\+)\W+(?:(?:so|really|also|"
    r"super|soo+) )*(?:excited|happy|buzzing|can'?t wait|cant wait|stoked|thrilled|pumped)\b|"
    r"\b(?:(?:so|really|super|soo+) )?(?:excited|happy|buzzing|stoked|thrilled)\W+(?:but|and|yet|"
    r"&|\+)\W+(?:(?:so|really|a bit|bit|a little|also|kinda) )*(?:nervous|scared|terrified|"
    r"anxious|bricking it|petrified)\b|\bnervous[- ]excited\b|\bexcited[- ]nervous\b",
    re.IGNORECASE,
)
# A tear emoji beside a heart or a glad face: happy tears ("first steps today 😭❤️").
_HAPPY_TEARS = re.compile(
    "(?:\U0001f62d|\U0001f972|\U0001f979)+\\s*(?:\u2764\ufe0f?|[\U0001f495\U0001f496"
    "\U0001f497\U0001f49b\U0001f49c\U0001f499\U0001f49a\U0001f970\U0001f60d\U0001f389"
    "\U0001f64c\U0001f973])|(?:\u2764\ufe0f?|[\U0001f970\U0001f60d\U0001f389\U0001f973])"
    "\\s*\U0001f62d|\U0001f979"
)


# With big news and nothing against it, tears alone are happy ones ("my dog came home 😭😭").
_TEARS = re.compile(
    r"(?:\U0001f62d|\U0001f979)+|\b(?:crying|cried|in tears|sobbing|bawling)\b", re.IGNORECASE
)


def excited_news(text: str) -> str | None:
    """ "body" when big happy news comes with what it does to a body ("im literally shaking
    i got into uni", "crying happy tears i got the job", "first steps today 😭❤️"), "nerves"
    when nerves come beside the excitement ("so nervous but excited, wedding is tomorrow"),
    "nerves_ahead" when they come before a big day that is no news ("nervous but excited,
    first day at uni tomorrow!"), "relief" when someone missing is back ("my dog came home
    after 2 days missing 😭😭"); None when there is no such news, or something else in it
    takes the gladness out ("shaking, i got into uni but i cant afford to go")."""
    said = text.replace("’", "'")
    felt = _EXCITED_BODY.search(said) or _HAPPY_TEARS.search(said) or _TEARS.search(said)
    if felt is None:
        return None
    rest = _TEARS.sub(" ", _HAPPY_TEARS.sub(" ", _EXCITED_BODY.sub(" ", said)))
    if _NOT_GLAD.search(rest) is not None:
        return None
    nerves = _NERVES.search(felt.group(0)) is not None
    news = _JOYFUL_NEWS.search(rest)
    if news is None:
        # "nervous but excited, first day at uni tomorrow!": a big day ahead, not news
        return "nerves_ahead" if nerves and _DAY_AHEAD.search(rest) else None
    if re.search(r"\b(?:home|found)\b", news.group(0), re.IGNORECASE):
        return "relief"  # "my dog came home after 2 days missing 😭": a relief, not a prize
    return "nerves" if nerves else "body"


# A big day coming: "first day at uni tomorrow", "interview on monday", "flying out tonight".
_DAY_AHEAD = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tonight|this (?:weekend|week|morning|afternoon|evening)|on (?:mon|"
    r"tues|wednes|thurs|fri|satur|sun)day|next week|first day|big day|in \w+ days?)\b",
    re.IGNORECASE,
)


_NERVES = re.compile(
    r"\b(?:nervous|scared|terrified|anxious|bricking|shitting|petrified|butterflies)\b",
    re.IGNORECASE,
)


# Grossed out by something or someone else: "coworker keeps chewing with his mouth open, so
# gross", "flatmate left rotting food in the fridge". Not "i feel disgusting" (about
# themselves) nor "what he did to her was disgusting" (a wrong done, not a smell).
_GROSS = re.compile(
    r"\b(?:gross(?:ed out)?|rank|minging|manky|vile|nasty|revolting|rancid|rott(?:ing|en)|"
    r"mou?ldy|stinks?|stinking|smelly|reeks?|chewing|slurping|spat|spits?|spitting|eww+|yuck|"
    r"yuk|grim|sticky|crusty|filthy|skank(?:y)?|"
    # "the state of the kitchen at work is disgusting", "the smell on the tube, i wanted to gag"
    r"disgusting|gag(?:ged|ging)?|retch(?:ed|ing)?|(?:the|that|a|this) smell|smells|stench|"
    r"toenails?|clippings|bogeys?|bogies|snot|dog poo|poo)\b|🤢|🤮",
    re.IGNORECASE,
)
_ABOUT_THEMSELF = re.compile(
    r"\b(?:myself|my ?self|my (?:body|skin|face|weight|thighs|stomach|belly|hair|teeth)|"
    r"(?:i|i'?m|im|i am) (?:feel |look )?(?:so |really |just |such a |a bit |a )?(?:gross|"
    r"disgusting|vile|nasty|rank|revolting|dirty|ugly|fat|filthy|minging)|i (?:feel|look)|"
    r"hate (?:me|myself)|grim (?:day|week|night|time|news|year)|feel(?:ing|s)? (?:so |really )?"
    r"(?:awful|terrible|low|sad|rubbish|crap|shit|bad|down|hopeless|empty|alone|grim)|hopeless|"
    r"worthless|pointless|no point|give up|can'?t go on|die|dying|dead|kill\w*|suicid\w*|"
    r"end it)\b",
    re.IGNORECASE,
)
_WRONG_DONE = re.compile(
    r"\b(?:did to|touch\w*|hit|hits|hurt\w*|abus\w*|assault\w*|rap(?:e|ed)|grop\w*|harass\w*|"
    r"shout\w*|scream\w*|threat\w*|racis\w*|sexis\w*|homophob\w*|creep\w*|flash\w*|follow\w*|"
    r"treat\w*|the way (?:he|she|they|people)|gas|smoke|burning|fire|"
    r"kid|child|children|my (?:son|daughter)|(?<!next )to me|at (?:me|my|her|him)|on (?:me|her|"
    r"him)|in my face|partner|husband|wife|boyfriend|girlfriend|bf|gf|diagnos\w*|hospital|"
    r"results?|scan|cancer|tumou?r|funeral|died|death|illness|doctor)\b",
    re.IGNORECASE,
)


def grossed_out(text: str) -> bool:
    """Whether a message is disgust at something grim around them (a habit, a mess, a smell),
    not at themselves and not at a wrong done to someone."""
    said = text.replace("’", "'")
    return (
        _GROSS.search(said) is not None
        and _ABOUT_THEMSELF.search(said) is None
        and _WRONG_DONE.search(said) is None
    )


# What a hard telling is about, so the answer can say it back: a breakup, loneliness, money,
# study, a housemate, work, a partner, family or friends (the first that fits, in that order).
# Who only sent them to us is not what the telling is about: "my son told me to write to you".
_SENT_BY = (
    r"(?! (?:told|suggested|said|asked|advised|wanted|got) me to\b| (?:set (?:this|it|me) up|"
    r"gave me (?:this|the|your) number|signed me up|showed me)\b)"
)
_VENTED_ABOUT: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "breakup",
        re.compile(
            r"\b(?:broke up|broken up|break ?up|breaking up|split up|we split|dumped me|got dumped|"
            r"cheated on me|(?:he|she|they) (?:cheated|(?:was|were|has been|have been|been) "
            r"cheating)|(?:he|she|they) (?:ended|finished) (?:it|things|us)|(?:he|she|they) "
            r"left me|(?:my )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[ée]e?) "
            r"(?:left|ended it|dumped|cheated)|(?:i'?m|im|i am|we'?re|we are|were) (?:getting )?"
            r"divorc\w*|my divorce|divorcing (?:him|her|them|my)|doesn'?t love me anymore|"
            r"dont love me anymore)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # a confidence broken: "i trusted her", "she told everyone my secret" (the model can
        # hear pride or joy in "i trusted her")
        "trust",
        re.compile(
            r"\bi (?:really |actually |genuinely |fully )?trusted (?:him|her|them|you|u|my)\b|"
            r"\b(?:told|showed|spread) (?:everyone|everybody|people|the whole \w+) my (?:secrets?|"
            r"business)\b|\bstabbed me in the back\b|\bbetrayed me\b|\bi thought (?:he|she|they) "
            r"(?:was|were) my (?:friends?|mates?|best friend|best mate)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lonely",
        re.compile(
            r"\b(?:lonely|so alone|all alone|very alone|really alone|feel alone|alone here|"
            r"isolated|no friends?|no one to talk to|nobody to talk "
            r"to|(?:nobody|no ?one|no-one|noone) (?:\w+ ){0,3}(?:talks|speaks|texts|messages) "
            r"to me|"
            r"i have (?:no ?one|nobody|no-one)(?: else)?\W*$|"
            r"on my own (?:every|all|again|most)|(?:don'?t|dont|do not) (?:know|speak to|"
            r"talk to|see) (?:anyone|anybody|a single "
            r"(?:person|soul))|not (?:a single|one) person|no one (?:texts|calls|messages) me|"
            r"nobody (?:texts|calls|messages) me|"
            # "nobody likes me", "no one ever messages me first"
            r"(?:nobody|no ?one|no-one) (?:ever |really |even |actually )?(?:likes|invites|texts|"
            r"calls|messages) me\b|"
            # "my children rarely visit and the house is very quiet": left alone by their own
            r"(?:children|kids|family|grandchildren|grandkids|son|daughter|nobody|no ?one|no-one)"
            r" (?:\w+ )?(?:rarely|never|hardly(?: ever)?|seldom|don'?t|dont|doesn'?t|doesnt) "
            r"(?:visit|call|ring|phone|come (?:round|over|to see me))|(?:nobody|no ?one|no-one) "
            r"(?:ever )?(?:visits|calls|rings|phones|comes (?:round|over))|the house (?:is|feels) "
            r"(?:so |very |too |really |awfully )?(?:quiet|empty)|"
            # "my family is in poland", "all my family are back home": far from their people
            r"(?:my |all my )?family (?:is|are|lives?) (?:all )?(?:in|back in|back home|abroad|"
            r"overseas|far away|miles away))\b",
            re.IGNORECASE,
        ),
    ),
    (
        # set beside others who seem further on: "everyone else passed first go", "all my
        # friends got into uni and i didnt", "everyone in my year has a boyfriend"
        "behind",
        re.compile(
            r"\b(?:every(?:one|body|1) else|all (?:of )?my (?:\w+ )?(?:friends|mates|classmates|"
            r"cousins|siblings)|every(?:one|body|1) (?:in|at) my \w+|they all|the rest of (?:them|"
            r"my \w+))\b(?: \w+){0,3}? (?:passed|got|gets|getting|has|have|had|is getting|are "
            r"getting|seems?|seem to|moved|bought|graduated|finished|knows?|already|are (?:all )?"
            r"(?:married|engaged|doing|in|at|moving)|is (?:married|engaged|doing|moving))\b|"
            r"\b(?:left behind|falling behind|behind everyone|compared? (?:myself|me) to)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # someone missed: "i miss my grandma so much", "missing him like crazy"
        "missing",
        re.compile(
            r"\bi (?:really |just |so |still |do |genuinely )*miss (?:my|our|him|her|them|home|"
            r"having)\b|\bmissing (?:my|him|her|them|home)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # themselves as a parent: "i feel like a terrible mum", "im such a bad dad"
        "parent",
        re.compile(
            r"\b(?:i'?m|im|i am|i feel like|i feel|like|being|such)\s+(?:such\s+)?an?\s+(?:\w+\s+)?"
            r"(?:terrible|bad|awful|useless|rubbish|crap|shit|horrible|failure of an?|shocking|"
            r"worst|failing|crappy)\s+(?:mum|mom|mam|mummy|mommy|dad|daddy|mother|father|"
            r"parent)\b|"
            r"\bfailing (?:as a (?:mum|mom|dad|mother|father|parent)|my (?:kids|children|son|"
            r"daughter|baby))\b|"
            r"\bworst (?:mum|mom|dad|mother|father|parent) (?:ever|in the world)\b|"
            # "i feel like a failure as a mum", "not a good enough dad", "letting my kids down"
            r"\b(?:failure|failing|useless|no good|rubbish|crap|hopeless) (?:as|of) an? (?:mum|"
            r"mom|mam|mummy|mommy|dad|daddy|mother|father|parent)\b|\bnot (?:a )?(?:good|good "
            r"enough|very good) (?:a |as a |enough )?(?:mum|mom|mam|dad|mother|father|parent)\b|"
            r"\b(?:letting|let|failed) (?:my|the) (?:kids|children|son|daughter|baby|boys|girls)"
            r"(?: down)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        # an illness that does not let up: "my fibro has been awful", "sick of being ill"
        "illness",
        re.compile(
            r"\b(?:fibro\w*|chronic (?:pain|fatigue|illness|migraines?|condition)|cfs|m\.?e\.?/cfs|"
            r"long covid|lupus|crohn'?s|colitis|endometriosis|arthritis|flare ?-?ups?|"
            r"(?:my|this) (?:illness|condition|disability)|(?:being|feeling|always) (?:ill|sick|"
            r"unwell) (?:all the time|constantly|every day)|(?:sick|tired|fed up) of being (?:ill|"
            r"sick|in pain|unwell))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "money",
        re.compile(
            r"\b(?:rent|bills?|money|debts?|overdraft|skint|broke(?! up)|wages?|salary|afford|"
            r"mortgage|cost of living|pay ?day|payslip|universal credit|benefits)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "study",
        re.compile(
            r"\b(?:exams?|revis(?:e|ed|ing|ion)|studying|coursework|assignments?|essays?|"
            r"dissertation|mocks|gcses?|a[- ]levels?|finals|homework|uni work|thesis|lectures?|"
            r"grades?|resits?|my course|(?:uni|university|college) (?:is|was|has been|work))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "housemate",
        re.compile(
            r"\b(?:flat ?mates?|house ?mates?|room ?mates?|roomies?|landlord|landlady)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "work",
        re.compile(
            # (work as a place or a job, not "nothing seems to work")
            r"\b(?:at|from|after|before|for|my|the|off|in|(?:go|going|went|get|getting|got|back|"
            r"late|drive|walk|commute) to) work\b|^\W*work\b|\bi work (?:in|at|for|as)\b|"
            r"\bwork (?:is|was|has|have|stuff|today|tomorrow|rn|sucks|drama|life)\b|"
            r"\b(?:job|boss|manager|shifts?|co-?workers?|colleagues?|office|workplace|promotion|appraisal|clients?|customers?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # someone close going far away: "my best friend is moving to australia"
        "moving_away",
        re.compile(
            r"\b(?:my|our) [\w' ]{1,30}?\b(?:is|are|'s|'re|was|were) (?:moving|emigrating|"
            r"relocating|going to live) (?:to|away|abroad|overseas|across)\b|\b(?:my|our) "
            r"[\w' ]{1,30}?\b(?:moved|emigrated|relocated) (?:away|abroad|overseas)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # someone close in hospital: "my mum is in hospital again", "dad's in intensive care"
        "hospital",
        re.compile(
            r"\b(?:my|our) [\w' ]{1,40}?\b(?:in|into|back in|to|at the) (?:the )?(?:hospital|"
            r"hospice|a&e|a and e|icu|intensive care|resus)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "partner",
        re.compile(
            # (not news to break to them: "dunno what im gonna tell my wife")
            r"(?<!tell my )(?<!tell the )\b(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|"
            r"hubby|fianc[ée]e?|other half)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "family",
        re.compile(
            r"\b(?:mum|mom|mam|mummy|mother|dad|father|parents?|sister|brother|siblings?|family|"
            r"step-?(?:mum|mom|dad)|in[- ]?laws?|nan|gran|grandma|grandad|aunt(?:ie)?|uncle)\b"
            + _SENT_BY,
            re.IGNORECASE,
        ),
    ),
    (
        "friends",
        re.compile(r"\b(?:friends?|mates|bestie|best mate|group chat)\b", re.IGNORECASE),
    ),
    (
        "children",
        re.compile(
            r"\b(?:my|our|the) (?:\w+ )?(?:sons?|daughters?|kids?|children|child|toddlers?|baby|"
            r"twins|teenagers?|little ones?|boys|girls)\b" + _SENT_BY,
            re.IGNORECASE,
        ),
    ),
    (
        # school itself, not its work: "my teacher is so annoying", "got detention for nothing"
        "school",
        re.compile(
            r"\b(?:teachers?|detention|isolation at school|head ?teacher|head of year|form tutor|"
            r"(?:at|in|after|before|to|hate|from) school|school (?:is|was|has been|today|sucks|"
            r"rn|stuff|drama))\b",
            re.IGNORECASE,
        ),
    ),
    (
        # themselves found wanting, with nothing else named: "i just feel like such a failure",
        # "im a disappointment to everyone", "i feel like im failing at everything"
        "failure",
        re.compile(
            r"\b(?:i'?m|im|i am|i feel like|i feel|feel like|feeling like|i'?ve been)\s+(?:just\s+|"
            r"so\s+|such\s+)?(?:an?\s+|such an?\s+)?(?:(?:total|complete|absolute|massive|huge|"
            r"utter|big|fucking|f\*+ing)\s+)?(?:failure|disappointment|let ?down|useless|"
            r"not good enough|failing at (?:everything|life|it all))\b|"
            r"\b(?:can'?t|cant|cannot) do anything right\b|\bi (?:mess|fuck|screw) (?:everything|"
            r"it all) up\b",
            re.IGNORECASE,
        ),
    ),
)


def vented_about(text: str) -> str | None:
    """What a hard telling is about ("breakup", "lonely", "behind", "missing", "parent", "illness",
    "money", "study", "housemate", "work", "moving_away", "hospital", "partner", "family",
    "friends", "children", "school", "failure"), for the words said back; None when it names
    none."""
    said = _FINE_PART.sub(" ", text.replace("’", "'"))
    return next((name for name, pattern in _VENTED_ABOUT if pattern.search(said)), None)


# What they say is fine is not what the telling is about: "work is fine, friends are fine".
_FINE_PART = re.compile(
    r"\b[\w']+(?: [\w']+)? (?:is|are|'s|'re|was|were|has been|have been)(?: all| actually| "
    r"totally| mostly)? (?:fine|ok|okay|good|great|alright|all right|going well|not the problem|"
    r"not the issue)\b",
    re.IGNORECASE,
)


# How the day went, said with a late reply: "been a mad day", "today was actually really good".
_BUSY_DAY = re.compile(
    r"\b(?:mad|manic|crazy|hectic|busy|mental|long|full[- ]on|nuts) (?:day|week|one|shift)\b|"
    r"\b(?:(?:so|mad|really|super|crazy|well) busy|flat out|rushed off my feet|at work|working|"
    r"on shift|in (?:a meeting|class))\b",
    re.IGNORECASE,
)
_GOOD_TODAY = re.compile(
    r"\b(?:(?:today|it|the day)(?: was| has been|'s been)|had an?)(?: actually| really| such an?| "
    r"so| pretty)* (?:good|great|lovely|amazing|nice|brilliant|fab|fantastic|decent)(?: day| one)?"
    r"\b|\b(?:good|great|lovely|amazing|brilliant|fab) day\b",
    re.IGNORECASE,
)


def day_told(text: str) -> str | None:
    """ "good" or "busy": how the day went, told with a late reply ("sorry just seeing this!
    today was actually really good", "soz was at work"); None when it says neither."""
    said = text.replace("’", "'")
    if _GOOD_TODAY.search(said) and _NOT_GLAD.search(_GOOD_TODAY.sub(" ", said)) is None:
        return "good"
    return "busy" if _BUSY_DAY.search(said) else None


# Gladness in so many words: a glad mood word ("happy", "good", "chuffed"), or one of these,
# or a glad face. Without any, a reading of joy in "money" or "just life" is the model's guess.
_GLAD_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(word).replace(r"\ ", r"[\s-]+")
        for word in sorted(WORD_MOODS, key=len, reverse=True)
        if WORD_MOODS[word] >= 7 and not word.startswith("not ")
    )
    + r"|glad|love|loving|lovely|nice|fun|yay|woo+|better|best|positive|thankful|relieved|"
    r"proud|celebrat\w*|holiday|birthday|party|lol|haha\w*)\b|[\U0001f600-\U0001f60d\U0001f642"
    r"\U0001f917\U0001f929\U0001f970\U0001f973\u263a\u2764\U0001f389\U0001f495-\U0001f49c]",
    re.IGNORECASE,
)


def glad_said(text: str) -> bool:
    """Whether the words themselves say something glad ("happy", "nice day", "😊"), not just
    name a thing ("money", "my landlord")."""
    return _GLAD_WORDS.search(text.replace("’", "'")) is not None


# Told to back off: "just leave me alone", "go away", "stop bothering me", "give me some space".
LEAVE_ME_ALONE = re.compile(
    # (not "the anxiety just wont go away": what will not leave them)
    r"\b(?:leave me (?:alone|be)|" + GO_AWAY + r"|stop (?:bothering|pestering|hassling|bugging) me|"
    r"give me (?:some )?space|stop (?:asking|texting|messaging) me|"
    # "quit asking how i am", "enough with the questions", "no more questions pls"
    r"(?:stop|quit) (?:asking|bugging me) (?:me )?(?:how|if|what|about|so many)|"
    r"enough (?:with )?(?:the |all the |these )?questions|no more questions)\b",
    re.IGNORECASE,
)
# Left alone by everyone, told with it: "just leave me alone, everyone does", "like everyone
# else". Space, and the hurt in it heard.
EVERYONE_LEAVES = re.compile(
    r"\b(?:everyone|everybody|every1|they all|all of them|people)(?: else)? (?:does|do|did|has|"
    r"have|always does|always do)\b|\blike (?:everyone|everybody|every1|all the others)(?: else)?"
    r"\b|\b(?:everyone|everybody) (?:else )?(?:leaves|has left|left|gives up on) me\b",
    re.IGNORECASE,
)
# "why do you keep asking me how i feel": the questions are what wears on them.
WHY_ASKED_HOW = re.compile(
    r"\b(?:keep|always|constantly) ask(?:ing)? (?:me )?(?:how|if|what)\b|\b(?:stop|quit) asking\b|"
    r"\benough (?:with )?(?:the |all the |these )?questions\b|\bno more questions\b",
    re.IGNORECASE,
)


# Asked of the score just given, at the next question: "is that bad?", "is that normal",
# "is a 3 low?", "thats bad right?", "should i be worried": answered, not kept as feelings.
SCORE_JUDGED = re.compile(
    r"^\W*(?:(?:so|and|um+|hm+|wait|oh|lol|but|ok(?:ay)?)\W+)*"
    r"(?:is (?:that|it|this|a \d{1,2}|\d{1,2})|(?:that'?s|thats|that is|it'?s|its) )\s*"
    r"(?:(?:really|too|very|a|like|kinda|pretty)\s+)*"
    r"(?:bad|low|normal|ok(?:ay)?|good|alright|high|worrying|weird|concerning|(?:a )?bad (?:score|"
    r"number|sign)|low (?:score|number))"
    r"(?:\W+(?:right|then|lol|tho|though|or what|or not|do you think|dyt))*\W*$|"
    r"^\W*(?:should i be|do i need to be) (?:worried|concerned)\W*$",
    re.IGNORECASE,
)


def asked_good(text: str) -> bool:
    """Whether "is that good?" (or ok, normal) was asked, rather than "is that bad?"."""
    return re.search(r"\b(?:good|ok(?:ay)?|alright|normal|high)\b", text, re.IGNORECASE) is not None
