"""Check-in: mood 1-10 (or emoji), feeling words, an optional note.

    start ──▶ ask mood ──▶ ask feelings ──▶ ask note ──▶ submit
               │ ▲ (prefilled from "I'm a 4, stressed" or "check in 3 tired"; "calm"
               │ │  is a 7 and its feelings; other words are kept as the feelings and
               │ │  the number is asked again, as is "a 10 out of 10 bad day"; a bare
               │ │  "6" nobody asked for is asked about first: "did you mean 6…?")
               │ └── "actually not really" ◀┘       │ "yes": the note is asked for
               └──────────────── re-ask twice, then offer a way out

"0" or "-1" is the bottom of the scale, met with care; "7.5" is kept whole and said so.
Submit stores the check-in (effect), answers in keeping with the mood and emotion,
notices trends against recent check-ins, and offers an exercise when the mood is low (a
"no" to it gets other help, in bot.dialogue).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import (
    SHORT_ANSWER_WORDS,
    bare_number,
    effect,
    emotion_of,
    entity,
    intent_of,
    is_skip,
    say,
    slot,
    text_of,
)
from bot.moods import (
    MIDDLE,
    ROUGH_MOODS,
    SCORE_JUDGED,
    asked_good,
    band,
    crying_only,
    glad_said,
    grossed_out,
    joyful_news,
    laughing_told,
    low_said,
    mood_in_words,
    mood_leading,
    mood_trend,
    streak_days,
    trend,
    vented_about,
    words_disagree,
)
from bot.routing import (
    EASING,
    LIFE_EVENT,
    LOSS,
    MIXED,
    MOOD_HISTORY,
    WENT_BADLY,
    WHY_ASK,
    keyword_action,
)
from bot.scores import (
    THUMBS,
    YES_MEANT,
    bare_score,
    below_the_scale,
    between_scores,
    off_the_scale,
    other_scale,
    score_only,
    score_range,
    thumbs,
    zero_scored,
)
from nlu.mood import GUESSED_EMOJI  # 🙃, 😴, 💯, 🔥: said back, to be put right
from nlu.mood import WORDS as SCORE_WORDS  # "one" to "ten"
from nlu.plain import plain_answer

FORM = "checkin_form"
SLOTS = ("mood", "feelings", "note")


# A number taken back for another: "6 no wait 3", "7, actually more like 5".
_CORRECTED = re.compile(
    r"^\W*\d{1,2}\W+(?:no+|nah|sorry|wait|actually|i mean|make (?:it|that)|scratch that)\b"
    r"(?:\W+(?:wait|actually|sorry|no|more like|like|maybe|prob(?:ably)?|a|an))*\W+(\d{1,2})\W*$",
    re.IGNORECASE,
)
# A score past either end of the scale, said as such: "11/10", "0/10", "a 0 out of 10".
_BEYOND_THE_SCALE = re.compile(
    r"^\W*(?:like |a |an |solid )*(0|1[1-9]|[2-9]\d|\d{3,})\s*(?:/|out of)\s*10\b\W*\w*\W*$",
    re.IGNORECASE,
)


def mood_from(tracker: Tracker) -> int | None:
    """A 1-10 mood from the NLU's entity or a bare number."""
    from nlu import parse_mood_score

    text = text_of(tracker)
    if AGE_OF_THEM.match(text):
        return None  # "shes 4", about the daughter who won't stop crying: her age, not a score
    if zero_scored(text):
        return 1  # "0", "-3", "minus 10", "I would say 0.": the bottom of the scale
    between = between_scores(text)
    if between is not None:
        return between  # "7.5": kept as a whole number, and said back
    value = entity(tracker, "mood_score")
    if value is not None and len(text.split()) > SHORT_ANSWER_WORDS:
        # "exams in 2 days and im freaking out 😭": an emoji in a long message is a feeling
        # shown, not a score given
        value = parse_mood_score(re.sub(r"[^\w\s/'.]", " ", text))
    corrected = _CORRECTED.search(text)
    if corrected and 1 <= int(corrected.group(1)) <= 10:
        return int(corrected.group(1))  # "6 no wait 3": the number they settled on
    beyond = _BEYOND_THE_SCALE.match(text)
    if value is None and beyond:  # "11/10" is a 10, "0/10" a 1: said past the end, meant
        return 10 if int(beyond.group(1)) > 10 else 1
    if value is None and len(text.split()) <= SHORT_ANSWER_WORDS:
        value = parse_mood_score(text)  # "nine out of ten", whatever the model made of it
    if value is None:
        value = bare_number(text)
        if value is not None and not 1 <= value <= 10 and re.search(r"[a-z]{2}", text, re.I):
            return None  # "he was 14", about the dog that died: not a score out of range
        if value is not None and _COUNTED.search(text):
            return None  # "i have 6 subjects and i feel bad": a count, not a score
        if value is not None and _OTHER_SCORE.search(text):
            return None  # "my back pain is a 9 today", "im in year 9": not how they feel
    return int(value) if value is not None else None


# Someone's age, told: "shes 4", "he's only 15", "my son is 6 months".
AGE_OF_THEM = re.compile(
    r"^\W*(?:she'?s|he'?s|she is|he is|they'?re|theyre|they are|my (?:son|daughter|boy|girl|"
    r"kid|child|baby|brother|sister)(?: is|'s))\s+(?:only\s+|just\s+|nearly\s+|almost\s+)?"
    r"\d{1,2}(?:\s*(?:yo|y/o|yrs?(?: old)?|years?(?: old)?|months?(?: old)?))?\W*$",
    re.IGNORECASE,
)
# A number that scores something else: pain, a school year, a level of anxiety.
_OTHER_SCORE = re.compile(
    r"\b(?:pain|ache|migraine|headache|year|level|grade|anxiety)\b[^.,;!?\d]{0,12}\d{1,2}\b|"
    r"\b\d{1,3} ?(?:k|km|mi|miles?|grand|quid|pounds?|dollars?|bucks|euros?|hundred|thousand|"
    r"stone|kg|kilos?|lbs?|mg)\b",  # "ran my first 10k", "owe 3 grand": a distance, money
    re.IGNORECASE,
)
# A number counting things: "6 subjects", "3 more exams" (not "7 thanks").
_COUNTED = re.compile(
    r"(?<![\d.:/])\d{1,2}\s+(?:more\s+)?(?!(?:this|thanks|plus|unless|always|perhaps|sometimes|"
    r"guess|less|yes|its|was|does|goes|feels|seems|gets|says)\b)[a-z]{3,}s\b",
    re.IGNORECASE,
)


# The score put right at the next question: "actually 6", "wait no make it 5", "more like a 4".
_MOOD_FIX = re.compile(
    r"^\W*(?:(?:actually|no+|nah|wait|sorry|oops|hmm+|um+|erm|oh|i mean|i meant|meant|"
    r"make (?:it|that)|more like|scratch that|change (?:it|that) to|it'?s|its|prob(?:ably)?|"
    r"(?:can|could) (?:you|u|i|we) (?:change|make|put) (?:it|that|my score)(?: down)?(?: to| as)?|"
    r"please|pls|(?:a )?(?:bit |little |lot )?(?:lower|higher)|less|"
    r"maybe|like|a|an|idk|dunno|i dunno|i guess|i think|i'?d say|id say|more|about|around|"
    r"roughly|honestly|tbh|ok(?:ay)?|so|well)\W+)*(\d{1,2})(?:\s*/\s*10| out of 10)?"
    r"(?:\W+(?:actually|tbh|really|instead|maybe|prob(?:ably)?|i guess|i think|honestly|then|"
    r"lol|tho|though|ish|or so|really))*\W*$",
    re.IGNORECASE,
)


# The score the last check-in had, said again: "same as yesterday", "prob the same as last
# time", "same as before tbh".
_SAME_AS_LAST = re.compile(
    r"^\W*(?:(?:um+|hmm+|prob(?:ably)?|i guess|i think|honestly|tbh|pretty much|about|much|"
    r"basically|just|ok(?:ay)?|still|kinda|kind of)\W+)*(?:the )?same (?:as|like) (?:yesterday|"
    r"last time|before|the other day|last week|last night|this morning|earlier|usual)"
    r"(?:\W+(?:really|tbh|i guess|i think|honestly|tho|though|lol|x+))*\W*$",
    re.IGNORECASE,
)


# Better or worse than last time, and nothing more: "bit better", "a lot worse than
# yesterday", "feeling slightly better today".
_MOVED = re.compile(
    r"^\W*(?:(?:im|i'?m|i am|feeling|feelin|feel|i feel|doing|um+|hmm+|ok(?:ay)?|honestly|tbh|"
    r"yeah|maybe|prob(?:ably)?)\W+)*(?:a\W+)?(?:(?P<small>bit|little|lil|slightly|tad|touch|"
    r"smidge)|(?P<big>lot|loads|much|way|heaps|tons|so much))?\W*(?P<way>better|worse)"
    r"(?:\W+(?:than|then|since)\W+(?:yesterday|last time|before|the other day|last week|earlier|"
    r"this morning|last night))?(?:\W+(?:today|now|tonight|tbh|i think|i guess|thanks|ty|"
    r"honestly|actually|really|lol))*\W*$",
    re.IGNORECASE,
)


def moved_since(text: str) -> int | None:
    """How far from the last score "bit better" (+1), "a lot worse" (-2) moves it; None when
    the words say no such thing."""
    found = _MOVED.match(text.replace("\u2019", "'"))
    if found is None:
        return None
    step = 2 if found.group("big") else 1
    return step if found.group("way").lower() == "better" else -step


def _mood_fixed(text: str) -> int | None:
    """A new 1-10 score said as a correction ("actually 6", or "6" alone after the score we
    read in an emoji), else None."""
    found = _MOOD_FIX.match(text)
    if found is None or not 1 <= int(found.group(1)) <= 10:
        return None
    return int(found.group(1))


def feelings_from(tracker: Tracker, text: str = "") -> dict[str, Any] | None:
    """The feeling words with the emotion the model read in them (None if unread).

    A shrug ("meh", "so so") is neutral and a hedged low ("been better") is sadness,
    whatever the model made of them.
    """
    name, ekman, confidence = emotion_of(tracker)
    if not text and (ekman == "neutral" or confidence < 0.5):
        return None
    if text:
        name, ekman = by_the_words(text, name, ekman)
    if text and ekman == "joy" and joyful_news(text):  # "got engaged!!": met gladly
        return {"text": text, "emotion": name, "ekman": ekman, "news": True}
    return {"text": text, "emotion": name, "ekman": ekman}


def by_the_words(text: str, name: str, ekman: str) -> tuple[str, str]:
    """The fine emotion and Ekman group once the words have their say over a reading: a
    shrug is neutral, a death told is grief ("my dog died yesterday"), grief with no death
    told is sad ("she broke up with me"), something hard with the rest well ("a bit stressed
    but mostly ok") is neutral, and a hedged low ("been better") is sadness."""
    if SHRUG.match(text) or LONG_DAY.match(text) or GOOD_BUT_TIRED.match(text) or BORED.match(text):
        return "neutral", "neutral"
    if WENT_BADLY.search(text) and not EASING.search(text):
        return "disappointed", "sadness"  # "my exam went badly", "things got worse": never glad
    if LOSS.search(text):
        return "grief", "sadness"
    if ekman in ("anger", "disgust") and ILL_TOLD.search(text) and not CROSS_SAID.search(text):
        return "worried", "fear"  # "cos my dad is ill": worry for them, not frustration
    if name == "grief":
        return "sad", ekman
    if (
        ekman in ("sadness", "fear", "anger", "disgust")
        and MOSTLY_WELL.search(text)
        and not HEDGED_LOW.search(text)
    ):
        return "neutral", "neutral"  # "somewhat tired, but otherwise content": not hard
    if ekman in ("joy", "neutral", "surprise") and vented_about(text) == "trust":
        return "sad", "sadness"  # "i trusted her": hurt, though the model can hear pride
    if ekman in ("joy", "neutral", "surprise") and joyful_news(text):
        return (name if ekman == "joy" else "happy"), "joy"  # "my daughter had her baby!"
    if ekman == "disgust" and grossed_out(text):
        return "grossed_out", ekman  # "coworker chewing with his mouth open, so gross"
    if ekman in ("joy", "neutral") and HEDGED_LOW.search(text):
        return "disappointed", "sadness"
    if ekman in ("joy", "surprise") and low_said(text):
        return "sad", "sadness"  # "im so depressed lmao": the laugh is no gladness
    if (
        ekman in ("joy", "neutral", "surprise")
        and WORRY_SAID.search(text)
        and not GLAD_TOO.search(text)
        and not MOSTLY_WELL.search(text)
    ):
        return "anxious", "fear"  # "very tensed about my job interview tomorrow": not glad
    if GLAD_HEDGED.match(text):
        return (name if ekman == "joy" else "content"), "joy"  # "content i guess": not hard
    if EASING.search(text) or (BETTER_LATELY.search(text) and not _BUT_STILL.search(text)):
        return "relieved", "joy"  # "better than it's been in weeks" too
    if ekman in ("sadness", "fear", "anger", "disgust") and RELIEF.search(text):
        return "relieved", "joy"  # "my exams are finally over", with a 9
    return name, ekman


# Someone ill or in hospital: "cos my dad is ill", "nan's back in hospital", "my dog is sick".
ILL_TOLD = re.compile(
    r"\b(?:ill|unwell|poorly|sick(?! of| and tired| to death)|in (?:the )?hospital|in a ?& ?e|"
    r"in icu|cancer|tumou?r|chemo|diagnos\w*|dementia|had a (?:stroke|heart attack|fall)|"
    r"surgery|operation|not well|not very well)\b",
    re.IGNORECASE,
)
# Crossness in so many words: then it is frustration after all ("fuming the hospital lost it").
CROSS_SAID = re.compile(
    r"\b(?:angry|annoyed|annoying|furious|fuming|livid|pissed|mad at|rage|raging|frustrat\w*|"
    r"irritat\w*|hate|sick of|fed up|so done)\b",
    re.IGNORECASE,
)
# Something hard behind them, told gladly: "my exams are finally over", "no more school".
RELIEF = re.compile(
    r"\b(?:finally (?:over|done|finished|sorted|home|off)|done and dusted|what a relief|"
    r"such a relief|(?:so|really|very|im|i'?m|i am|feeling|feel) relieved|"
    r"no more (?:exams|school|uni|work|deadlines)|weight off my shoulders)\b",
    re.IGNORECASE,
)


# Below this the opening line stays neutral: "honestly i'm fine" is not met with "I'm sorry".
SURE = 0.75
# "been better", "not my best day": low, though the word "better" can read as joy.
HEDGED_LOW = re.compile(
    r"\b(?:been|could be|had|have had|i'?ve had) better\b|\bnot (?:my|the) best\b|"
    r"\bnot (?:great|amazing|brilliant|good|so good|too good|the greatest)\b|"
    r"\bone of those (?:days|weeks)\b",
    re.IGNORECASE,
)

# Worry in so many words, however the model read it: "feeling very tensed about tomorrow".
WORRY_SAID = re.compile(
    r"(?<!\bnot )(?<!\bless )(?<!\bno longer )(?<!\bnot so )(?<!n't )\b(?:tensed?|stressed|"
    r"stressed out|worried|anxious|nervous|scared|dreading|panicking|panicky|on edge|uneasy|"
    r"apprehensive|bricking it|freaking out|overthinking)\b",
    re.IGNORECASE,
)
GLAD_TOO = re.compile(r"\b(?:excited|happy|buzzing|can'?t wait|cant wait|relieved)\b", re.I)
# A glad word with a shrug of a hedge: "content i guess", "calm i think", "pretty happy tbh"
# (the model can read the hedge as disappointment).
GLAD_HEDGED = re.compile(
    r"^\W*(?:(?:pretty|quite|fairly|mostly|kinda|kind of|feeling|feel|im|i'?m|i feel|actually)"
    r"\W+)*(?:content|calm|happy|relaxed|peaceful|hopeful|chill(?:ed)?|settled|positive|grateful|"
    r"thankful|rested|optimistic|cheerful|good|decent)(?:\W+(?:i guess|i think|i suppose|ish|"
    r"mostly|tbh|really|actually|overall|today|lol|thanks|thx))*\W*$",
    re.IGNORECASE,
)
# "long day", "been a long week tbh": tiring, not glad (the model read "long day" as joy).
LONG_DAY = re.compile(
    r"^\W*(?:(?:just|such|a|very|really|so|been|it'?s|its|what|another|one)\W+)*long "
    r"(?:day|week|shift|night|one)(?:\W+(?:tbh|honestly|lol|ngl|today|innit|mate))*\W*$",
    re.IGNORECASE,
)
# "good but tired", "happy, just knackered": well enough, and tired (not "that sounds hard").
GOOD_BUT_TIRED = re.compile(
    r"^\W*(?:(?:pretty|really|quite|feeling|im|i'?m)\W+)*(?:good|great|fine|ok(?:ay)?|alright|"
    r"happy|grand|decent)\W+(?:but|just|though|tho|and)\W+"
    r"(?:a bit |bit |so |really |very |pretty )?"
    r"(?:tired|sleepy|knackered|shattered|exhausted|wrecked|drained)\W*$",
    re.IGNORECASE,
)
# "can we do this later", "finish it later pls": the check-in put off.
DO_LATER = re.compile(
    r"^\W*(?:(?:ok|okay|sorry|actually|um+|hmm+)\W+)*(?:(?:can|could) (?:we|i) |let'?s |lets )?"
    r"(?:do|finish) (?:this|it|that)(?: one)? later\b",
    re.IGNORECASE,
)
# "thanks", "thank you so much": thanks for the question, not how they feel.
THANKED_ONLY = re.compile(
    r"^\W*(?:thanks?|thank (?:you|u|ya)|thankyou|thx|ty|ta|cheers)"
    r"(?: (?:so much|very much|a lot|lots|again))?\W*$",
    re.IGNORECASE,
)
# "bored", "so bored af": dull, not hard.
BORED = re.compile(
    r"^\W*(?:(?:so|just|a bit|bit|really|kinda|pretty|im|i'?m|sooo+)\W+)*bored"
    r"(?:\W+(?:af|asf|tbh|lol|ngl|out of my (?:mind|skull)|stiff|rn|i guess|i suppose|really|"
    r"today|tho))*\W*$",
    re.IGNORECASE,
)
# "meh", "so so", "average i guess": neither good nor bad.
SHRUG = re.compile(
    r"^\W*(?:(?:idk|dunno|i dunno|just|honestly|tbh|um+|hmm+)\W+)*"
    r"(?:meh+|eh+|so[- ]?so|ok(?:ay)?[- ]?ish|average|middling|50/50|fifty[- ]fifty|"
    r"same old|nothing special|not bad not good|neither (?:good|here) nor (?:bad|there)|"
    r"could be worse|mid|(?:i'?m |im |i am )?(?:ok|okay|fine|alright|alr|all right)(?:,? "
    r"(?:i guess|i suppose|ish|i think))?)(?: i guess| tbh| really| honestly| thanks| thx)?\W*$",
    re.IGNORECASE,
)


# A rough band, said after we asked for one: "pretty low", "middling i guess", "good".
ROUGHLY = re.compile(
    r"^\W*(?:(?:pretty|quite|fairly|a bit|kinda|kind of|probably|prob|maybe|i guess|i'?d say|"
    r"id say|def(?:initely)?|more like|i think|prolly)\W+)*(low|bad|not good|rubbish|middling|"
    r"middle|in the middle|mid|medium|ok(?:ay)?|so-?so|alright|good|great|high)"
    r"(?:\W+(?:i guess|i think|tbh|ish|maybe|probably|really|one))?\W*$",
    re.IGNORECASE,
)
_BANDS = {
    "low": "low",
    "bad": "low",
    "not good": "low",
    "rubbish": "low",
    "good": "high",
    "great": "high",
    "high": "high",
}


# The score just given, taken back: "actually not really", "hmm no", "wait no not really".
TAKEN_BACK = re.compile(
    r"^\W*(?:(?:actually|wait|hmm+|um+|well|oh|sorry)\W+)+(?:no+\W+|nah\W+)?(?:not really|no+|"
    r"nah|not so much|not quite|not that (?:good|great|happy|high)|that'?s (?:wrong|not right)|"
    r"i lied|not (?:good|great|happy)(?: at all)?)(?:\W+(?:tbh|honestly|lol|sorry))?\W*$",
    re.IGNORECASE,
)
# A word-read score taken back at the next question: "im fine honestly" (about a 6), then
# "no im not", "i lied", "who am i kidding". Not a bare "no" or "not really", which answer
# "anything else you'd like to note?".
NOT_SO = re.compile(
    r"^\W*(?:(?:no+|nah|actually|tbh|honestly|ok|well|lol|haha|sorry)\W+)*(?:i'?m|im|i am)\W+"
    r"(?:not|really not|actually not|so not)(?:\W+(?:really|actually|at all))?"
    r"(?:\W+(?:fine|ok(?:ay)?|alright|good|great|happy))?"
    r"(?:\W+(?:at all|really|tbh|honestly|lol|if i'?m honest|to be honest))*\W*$|"
    r"^\W*(?:(?:no+|nah|actually|ok|well)\W+)*(?:i lied|(?:that'?s|thats|that was) a lie|who am i "
    r"kidding|(?:not|nowhere near) (?:fine|ok(?:ay)?|alright) (?:at all|really|tbh)|i'?m not "
    r"really(?: fine| ok)?)\W*$",
    re.IGNORECASE,
)
# Not understood, to "what words would you use?": "what do you mean", "like what?", "huh".
ASKED_WHAT = re.compile(
    r"^\W*(?:(?:um+|hm+|sorry|oh|wait|lol)\W+)?(?:what do (?:you|u) mean|wdym|huh|what|wat|wut|"
    r"pardon|like what|such as|what words|what kind of words|i don'?t (?:get|understand)(?: it)?|"
    r"what (?:should|do|can|shall) i (?:write|say|put)(?: here| there)?|"
    r"confused)(?: by that| exactly| sorry| lol)?\W*$",
    re.IGNORECASE,
)
# Yes to "anything else you'd like to note?", with the note still to come.
WANTS_TO_ADD = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|yup|ya|yh|y|sure|ok(?:ay)?|actually|well|um+|hmm+)\W*)+"
    r"(?:(?:i\W+)?(?:do|want to|wanna|would like to|'?d like to|need to)\W+(?:add|note|say|write|"
    r"put)(?:\W+(?:something|a note|a bit|one thing|a thing|something else|more|down))*"
    r"|there is|i have(?: something| one thing)?(?: to add)?|please|pls|go on|go ahead|why not)?"
    r"\W*$|"
    r"^\W*(?:can|could|may) i (?:add|write|put) (?:something|a note|a bit)\W*$|"
    r"^\W*i(?:'?d| would) like to (?:add|note) (?:something|a note|a bit)\W*$",
    re.IGNORECASE,
)
# Stopping the check-in at its later questions: "actually can we stop", "stop the check in",
# "lets leave it there", "can we end this". ("skip" and "pass" skip only the question.)
QUIT_CHECKIN = re.compile(
    r"^\W*(?:(?:actually|ok(?:ay)?|sorry|soz|nah|no|um+|hmm+|honestly|tbh|please|pls|so|right|"
    r"wait|ugh|tbf)\W+)*(?:(?:can|could|shall) (?:we|i|u|you) (?:just |please |pls )?|"
    r"let'?s (?:just )?|lets (?:just )?|i (?:want|wanna|would like|'?d like|need) to |i'?d rather |"
    r"just |please |pls )?(?:(?:stop|quit|pause|finish|cancel|skip the rest(?: of (?:it|this|the "
    r"questions))?|call it a day)(?:\W+(?:it|this|that|the check ?-?in|(?:the |these |all the |"
    r"all these )?questions|here|now|there|for now|for today|the rest))*|"
    r"(?:end|leave|drop) (?:this|that|the check ?-?in|(?:it )?(?:here|there|for now|for today))|"
    r"(?:leave|drop) it)"
    r"(?:\W+(?:please|pls|plz|thanks|thank you|ty|now|lol|tbh|x+))*\W*$",
    re.IGNORECASE,
)
# A request to check in, before what they told with it: "check in 3 tired and anxious".
_REQUEST = re.compile(
    r"^\W*(?:(?:can we|can i|could we|let'?s|lets|i want to|i wanna|i'?d like to|time to|"
    r"quick)\W+)*(?:do\W+)?(?:a\W+)?(?:mood\W+)?(?:check[- ]?in|checkin)(?:\W+(?:please|pls|"
    r"now))?\W*(?:(?:im|i'?m|i am|a|an|like|about|feeling|mood)\W+)*(?:(?:10|[1-9])(?:\s*/\s*10|"
    r" out of 10)?)?\W*(?:(?:and|but|feeling|i feel|im|i'?m|i am)\W+)*",
    re.IGNORECASE,
)
# Asking for a check-in again, in the middle of one: "check in", "can we do a check in".
CHECKIN_AGAIN = re.compile(
    r"^\W*(?:(?:can we|can i|could we|let'?s|lets|i want to|i wanna|i'?d like to|time to|"
    r"quick|ok|okay|um+|hmm+)\W+)*(?:do\W+)?(?:a\W+)?(?:mood\W+)?(?:check[- ]?in|checkin)"
    r"(?:\W+(?:please|pls|now))?\W*$",
    re.IGNORECASE,
)


def told_with_request(text: str) -> str:
    """The words told after a request to check in and any score ("check in 3 tired and
    anxious" -> "tired and anxious"); empty when there are none."""
    found = _REQUEST.match(text)
    rest = text[found.end() :].strip() if found else ""
    return rest[:280] if re.search(r"[a-z]{3}", rest, re.IGNORECASE) else ""


# An apology for answering late, before the answer: "sorry only seeing this now.", "hey
# sorry was busy,", "soz was at work -".
LATE_REPLY = re.compile(
    r"^\W*(?:(?:hey|hi|hiya|oh|ah|omg|oops)\W+)?(?:so+rry|soz|sry|apologies)\b[^.,;:!?]{0,40}?"
    r"\b(?:late|busy|work|seen|seeing|saw|missed|forgot|asleep|sleeping|driving|out|away|"
    r"now|earlier|phone|reply|replying)\b[^.,;:!?]{0,20}[.,;:!-]+\s*",
    re.IGNORECASE,
)
# An apology to us opening the message: "sorry missed yesterday", "sorry for the late reply".
APOLOGY = re.compile(r"^\W*(?:so+rry|soz|apologies)\b", re.IGNORECASE)


def _checks_in(tracker: Tracker) -> bool:
    """Whether they have a check-in reminder, which asks how they feel from 1 to 10."""
    return any(r.get("kind") == "checkin" for r in slot(tracker, "reminders", []) or [])


def fits(mood: int, ekman: str, tracker: Tracker) -> bool:
    """Whether the emotion read in a message with no words agrees with its mood score."""
    if any(c.isalpha() for c in text_of(tracker)):
        return True  # words carry their own feeling, whatever number came with them
    expected = {"low": ("sadness", "fear", "anger", "disgust"), "high": ("joy", "surprise")}
    return ekman in expected.get(band(mood), ())


class ActionStartCheckin(Action):
    """Open the check-in form, keeping whatever the first message already told us."""

    def name(self) -> str:
        """Action name."""
        return "action_start_checkin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Prefill mood and feelings; the engine asks for the rest."""
        said = text_of(tracker)
        mood = mood_from(tracker)
        mood = mood if mood is not None and 1 <= mood <= 10 else None
        if mood is not None and bare_score(said) and not tracker.get_slot("mood_asked"):
            # "6" with no question of ours before it (after a water reminder, after sleep
            # tips): asked whether it is how they feel, not saved as a mood unasked
            return [
                ActiveLoop(FORM),
                SlotSet("mood", None),
                SlotSet("feelings", None),
                SlotSet("note", None),
                SlotSet("mood_offered", {"mood": mood, "said": said.strip()[:12]}),
                SlotSet("mood_asked", None),
                SlotSet("requested_slot", "mood"),
            ]
        if mood is not None and crying_only(said) and tracker.get_slot("mood_asked"):
            # "😭😭" to a check-in reminder: a rough time or laughing till they cry, asked
            return [
                ActiveLoop(FORM),
                SlotSet("mood", None),
                SlotSet("feelings", None),
                SlotSet("note", None),
                SlotSet("mood_offered", _crying_offered(mood, said)),
                SlotSet("mood_asked", None),
                SlotSet("requested_slot", "mood"),
            ]
        if mood is not None and words_disagree(mood, said):
            mood = None  # "a 10 out of 10 bad day": asked for, rather than saved the wrong way
        feelings = feelings_from(tracker)
        if keyword_action(said) == "action_start_checkin":
            # "check in 3 tired and anxious": the words after the request are how they feel;
            # "I should like to record how I am feeling" is asked, not told
            after = told_with_request(said)
            feelings = feelings_from(tracker, after) if after else None
            said = after or said
        late = LATE_REPLY.match(said)
        if late is not None:
            # "sorry only seeing this now. about a 5", "hey sorry was busy, im pretty good
            # today" to a check-in reminder: the apology is no sad day; what follows is told
            said = said[late.end() :].strip(" ,.;:-!") or said
            told = None if score_only(said) or said == text_of(tracker) else said
            feelings = _word_felt(tracker, told, mood or MIDDLE) if told else None
        # a mood in words is a number when we asked for one: a check-in reminder they have
        # (or answered late); "not great tbh" to "how are you doing today?" is asked for one
        asked = tracker.get_slot("mood_asked") or late is not None or _checks_in(tracker)
        worded = mood_in_words(said) if mood is None and asked else None
        if worded is None and mood is None and asked and not MIXED.search(said):
            worded = mood_leading(said)  # "pretty good today, got a lot done"
        if worded is not None:  # "not great tbh", "grand", to a reminder: a number, said back
            mood = worded
            feelings = _word_felt(tracker, said[:280], worded)
        if feelings is not None and mood is not None and not fits(mood, feelings["ekman"], tracker):
            feelings = None  # "🤷" is a 5; a reading of joy in it would be answered wrongly
        if mood is not None and score_only(said):
            feelings = None  # "mood 4", "im a 3": a score alone; how they feel is asked next
        if feelings is None and joyful_news(said):  # "my daughter had her baby": glad news
            feelings = feelings_from(tracker, said[:280])
        emotion, ekman = "neutral", "neutral"
        if feelings is not None:
            text = feelings["text"] = said[:280]
            sure = emotion_of(tracker)[2] >= SURE  # unsure: plain, unless the words say more
            emotion, ekman = by_the_words(
                text,
                feelings["emotion"] if sure else "neutral",
                feelings["ekman"] if sure else "neutral",
            )
            if SHRUG.match(text):  # "im ok i guess": kept as neutral, not met with "I'm sorry"
                feelings.update(emotion="neutral", ekman="neutral")
            if emotion == "relieved":  # "feeling loads better than last week": glad, when saved
                feelings.update(emotion=emotion, ekman=ekman)
            if mood is not None and mood >= 6 and APOLOGY.match(text):
                # "sorry missed yesterday, 7 today": an apology to us, not a sad day
                emotion, ekman = "neutral", "neutral"
                feelings.update(emotion="neutral", ekman="neutral")
            if ekman == "joy" and joyful_news(text):  # kept as joy, and congratulated
                feelings.update(emotion=emotion, ekman="joy", news=True)
            if emotion == "grossed_out":  # the next question says "grim" too, not "hard"
                feelings.update(emotion=emotion)
        told_hard_news = LIFE_EVENT.search(said) is not None
        answered = bool(asked)  # our "how are you feeling?" answered: the check-in is under way
        # "😊", "😭😭": met once, with the number we read in it said back (below)
        emoji_only = mood is not None and bool(said.strip()) and not re.search(r"\w", said)
        if zero_scored(said) and mood == 1:  # "check in 0", "I would say 0.": the bottom
            say(dispatcher, "checkin_mood_bottom")
            feelings = None if below_the_scale(said) else feelings
        elif mood is not None and between_scores(said) is not None:  # "check in 7.5"
            say(dispatcher, "checkin_mood_whole", mood=mood)
        elif mood is not None and score_range(said) == mood:  # "between 3 and 4": the lower
            say(dispatcher, "checkin_mood_between", mood=mood)
        elif worded is not None:
            if told_hard_news:  # "not great tbh, my mum is ill": the news met, then the number
                say(dispatcher, "checkin_ack", ekman="sadness", emotion="life_event", answered=True)
            say(dispatcher, "checkin_mood_rough", mood=mood)
        elif feelings is None and LOSS.search(said):  # a death told, with a number
            say(dispatcher, "checkin_ack", ekman="sadness", emotion="grief", answered=answered)
        elif told_hard_news and emotion != "grief" and (feelings is None or ekman != "joy"):
            # "my parents are getting divorced", "i just got some bad news": met with care,
            # whatever feeling the model heard in it (a death told is met as grief)
            say(dispatcher, "checkin_ack", ekman="sadness", emotion="life_event", answered=answered)
        elif feelings is not None and feelings.get("news") and ekman == "joy":
            # "got engaged!!"
            say(dispatcher, "checkin_ack", ekman="joy", emotion="news", answered=answered)
        elif feelings is not None and MIXED.search(said):
            # "nervous but excited"
            say(dispatcher, "checkin_ack", ekman=ekman, emotion="mixed", answered=answered)
        elif feelings is not None and not emoji_only:
            say(dispatcher, "checkin_ack", ekman=ekman, emotion=emotion, answered=answered)
        elif mood is None and not answered and _told_something(said):
            # "my dog is poorly, vet tomorrow", read as no feeling: thanked for telling us,
            # not met with a bare 1-10 question
            say(dispatcher, "checkin_ack", ekman="neutral", emotion="neutral", answered=False)
        if emoji_only:  # "💔", "😭😭": the number we read in it, said back so it can be put right
            felt = ekman if feelings is not None else "neutral"
            say(dispatcher, "checkin_mood_rough", mood=mood, ekman=felt)
        return [
            ActiveLoop(FORM),
            SlotSet("mood", mood),
            SlotSet("feelings", feelings),
            SlotSet("note", None),
            SlotSet("mood_offered", None),
            SlotSet("mood_asked", None),
            SlotSet(
                "requested_slot",
                "mood" if mood is None else ("feelings" if feelings is None else "note"),
            ),
        ]


# Words enough to have told us something, not only asked for a check-in.
TOLD_WORDS = 3


def _told_something(said: str) -> bool:
    """Whether the message that opened the check-in told us something ("my dog is poorly,
    vet tomorrow"), not only asked for one ("can we do a check in")."""
    return keyword_action(said) is None and len(said.split()) >= TOLD_WORDS


def _crying_offered(mood: int, said: str) -> dict[str, Any]:
    """The 😭 said for the mood, kept to ask whether it is a rough time or laughing."""
    return {"mood": mood, "said": said.strip()[:12], "crying": True}


# A feeling word this close to the number we asked about agrees with it.
OFFER_AGREES = 2


class ValidateCheckinForm(FormValidationAction):
    """Extract and check each answer of the check-in."""

    def name(self) -> str:
        """Action name."""
        return "validate_checkin_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Each answer extracted and checked; a bare 😭 for the mood is asked about first."""
        asked = tracker.get_slot("requested_slot") == "mood"
        text = text_of(tracker).strip()
        offered = tracker.get_slot("mood_offered")
        crying = bool(offered and offered.get("crying"))
        if asked and crying and laughing_told(text):  # "lol laughing" to "rough, or laughing?"
            say(dispatcher, "checkin_mood_laughing")
            return [SlotSet("mood_offered", None)]
        mood = mood_from(tracker) if asked and crying_only(text) else None
        if mood is not None and not crying:  # 😭: rough, or laughing till they cry? asked
            return [SlotSet("mood_offered", _crying_offered(mood, text))]
        events = await super().run(dispatcher, tracker, domain)
        return [*events, SlotSet("mood_offered", None)] if crying else events

    async def extract_mood(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Only when we asked for the mood; words about how they feel are kept as feelings."""
        if tracker.get_slot("requested_slot") != "mood":
            return {}
        text = text_of(tracker).strip()
        offered = tracker.get_slot("mood_offered")
        said_yes = YES_MEANT.match(text) or thumbs(text) == THUMBS["👍"]  # 👍 to it is a yes
        if offered and said_yes:  # yes to "did you mean 6 for how you feel?"
            if below_the_scale(str(offered["said"])):
                say(dispatcher, "checkin_mood_bottom")
            if offered.get("crying"):  # "yes" to "rough, or laughing?": rough, said back
                say(dispatcher, "checkin_mood_rough", mood=int(offered["mood"]))
            return {"mood": int(offered["mood"])}
        mood = mood_from(tracker)
        if mood is not None and crying_only(text):  # 😭 again, once asked which: a rough time
            say(dispatcher, "checkin_mood_rough", mood=mood)
            return {"mood": mood}
        apart = _score_apart(text) if mood is None else None
        apart = apart if apart is not None or mood is not None else _leading_score(text)
        mood = mood if apart is None else apart  # "Terrible. 2.", "7 today which is better…"
        if zero_scored(text):  # "0", "-1": the bottom of the scale, heard as such
            say(dispatcher, "checkin_mood_bottom")
            told = _told_with_score(tracker, text)  # "0 tbh, everything is shit"
            return {"mood": 1} if told is None else {"mood": 1, "feelings": told}
        ranged = score_range(text)
        if ranged is not None:  # "3-4", "between 3 and 4": the lower, and said so
            say(dispatcher, "checkin_mood_between", mood=ranged)
            return {"mood": ranged}
        past = off_the_scale(text)
        if past == "bottom":  # "off the scale bad": the bottom, met with care
            say(dispatcher, "checkin_mood_bottom")
            return {"mood": 1}
        scaled = other_scale(text) or ((10, "top") if past == "top" else None)
        if scaled is not None:  # "70%", "2/5", "100": put on our scale, and said back
            score, how = scaled
            say(
                dispatcher,
                "checkin_mood_bottom" if how == "bottom" else "checkin_mood_scaled",
                mood=score,
                top=how == "top",
            )
            return {"mood": score}
        disagree = words_disagree(mood, text) if mood is not None else None
        if disagree:  # "a 10 out of 10 bad day": which way round, asked before it is saved
            say(dispatcher, "checkin_mood_check", day=disagree)
            return {}
        if mood is not None and text in GUESSED_EMOJI:  # 🙃, 😴: what we made of it, said back
            say(dispatcher, "checkin_mood_rough", mood=mood)
        elif mood is not None and not re.search(r"\w", text):
            # "😔", "🙂" to "1 to 10?": the number read in it said back, with care, as when an
            # emoji starts a check-in (not a bare "Thanks." for both alike); the words for how
            # they feel are still asked, so "actually not really" can take it back
            felt = feelings_from(tracker)
            felt = felt if felt is not None and fits(mood, felt["ekman"], tracker) else None
            ekman = felt["ekman"] if felt is not None else "neutral"
            say(dispatcher, "checkin_mood_rough", mood=mood, ekman=ekman)
        if mood is not None and between_scores(text) is not None:  # "7.5": kept whole, said so
            say(dispatcher, "checkin_mood_whole", mood=mood)
        if mood is not None:
            # "6, bit anxious about work": how they feel is told with the number
            told = _told_with_score(tracker, text) if len(text.split()) >= 3 or apart else None
            if told is not None and _fits_score(told, mood, text):
                # met before the next question ("That sounds hard.", "Glad to hear it.")
                told = {**told, "answered": "now", "easing": bool(BETTER_THAN.search(text))}
                if told["easing"] and mood >= MIDDLE:  # "7, better than it's been in weeks"
                    told = {**told, "emotion": "relieved", "ekman": "joy"}
            return {"mood": mood} if told is None else {"mood": mood, "feelings": told}
        thumb = thumbs(text)
        if thumb is not None:  # 👍: "ok", so about a 6, said back so it can be put right
            say(dispatcher, "checkin_mood_rough", mood=thumb)
            return {"mood": thumb}
        if CHECKIN_AGAIN.match(text):  # "check in", to this very question
            say(dispatcher, "checkin_under_way")
            return {}
        rough = ROUGHLY.match(text) if tracker.get_slot("mood_roughly") else None
        if rough:  # "low" to "roughly, low, middling or good?": the middle of that band
            mood = ROUGH_MOODS[_BANDS.get(rough.group(1).lower(), "middle")]
            say(dispatcher, "checkin_mood_rough", mood=mood)
            return {"mood": mood}
        recent = list(slot(tracker, "recent_moods", []))
        if recent and _SAME_AS_LAST.match(text):  # "same as yesterday": that score again
            mood = int(recent[0]["mood"])
            say(dispatcher, "checkin_mood_same", mood=mood)
            return {"mood": mood}
        moved = moved_since(text) if recent else None
        if recent and moved is not None:  # "bit better than yesterday": from the last score
            last = int(recent[0]["mood"])
            mood = max(1, min(10, last + moved))
            say(dispatcher, "checkin_mood_moved", mood=mood, last=last, up=moved > 0)
            return {"mood": mood}
        mood = mood_in_words(text)
        if mood is None and not MIXED.search(text):  # "pretty good, got a lot done" (not
            mood = mood_leading(text)  # "nervous but excited": both at once, asked)
        if offered and mood is not None and abs(mood - int(offered["mood"])) <= OFFER_AGREES:
            # "Grateful" to "did you mean 9 for how you feel?": the 9 it agrees with, and the
            # word kept as how they feel (not "about an 8" in place of their number)
            told = feelings_from(tracker, text[:280])
            kept = {"mood": int(offered["mood"])}
            if offered.get("crying"):  # "rough" to "rough, or laughing?": said back
                say(dispatcher, "checkin_mood_rough", mood=kept["mood"])
            return kept if told is None else {**kept, "feelings": told}
        if mood is not None:  # "meh", "calm", "tired but ok" to "1 to 10?": a number, said back
            say(dispatcher, "checkin_mood_rough", mood=mood)
            told = _word_felt(tracker, text, mood)
            if tracker.get_slot("feelings") is None and told is not None:
                return {"mood": mood, "feelings": told}  # the word is how they feel, too
            return {"mood": mood}
        if tracker.get_slot("feelings") is None and (len(text.split()) >= 3 or _hard_told(tracker)):
            # ("rough day" too: kept, so "what words would you use?" is not asked next)
            feelings = feelings_from(tracker)
            glad = feelings is None or feelings["ekman"] in ("joy", "neutral", "surprise")
            if glad and joyful_news(text):  # "going to be a grandad!": congratulated, kept
                return {"feelings": feelings_from(tracker, text[:280])}
            if feelings is not None and feelings["ekman"] == "disgust" and grossed_out(text):
                feelings = {**feelings, "emotion": "grossed_out"}  # grim, not hard
            if feelings is not None:
                return {"feelings": {**feelings, "text": text[:280]}}
        return {}

    def validate_mood(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A whole number from 1 to 10."""
        try:
            mood = int(value)
        except (TypeError, ValueError):
            return {"mood": None}
        if not 1 <= mood <= 10:
            say(dispatcher, "checkin_mood_range")
            return {"mood": None}
        return {"mood": mood}

    async def extract_feelings(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Any words count as feelings; the model's emotion reading goes with them."""
        if tracker.get_slot("requested_slot") != "feelings":
            return {}
        text = text_of(tracker).strip()
        if not text:
            return {}
        if CHECKIN_AGAIN.match(text):  # "check in", to the feelings question: we're in it
            say(dispatcher, "checkin_under_way")
            return {}
        fixed = _mood_fixed(text)
        if fixed is not None:  # "actually 6", after the 8 they gave: the number changes
            say(dispatcher, "checkin_mood_fixed", mood=fixed)
            return {"mood": fixed}
        if TAKEN_BACK.match(text) or NOT_SO.match(text):
            # "actually not really", after 😊: the score is asked again; what they said is
            # kept as how they feel (so it is not read as leaving the check-in)
            say(dispatcher, "checkin_mood_taken_back")
            felt = {"text": text[:280], "emotion": "disappointed", "ekman": "sadness"}
            return {"mood": None, "feelings": felt}
        if is_skip(text) or THANKED_ONLY.match(text):  # "thank you": no words, as for "skip"
            return {"feelings": {"text": "", "emotion": "neutral", "ekman": "neutral"}}
        if DO_LATER.match(text):  # "can we do this later?": leaving it for now, not feelings
            return {}
        if ASKED_WHAT.match(text) or WHY_ASK.match(text):
            # "what do you mean", "why do you want to know": answered, then asked again
            return {}
        if SCORE_JUDGED.match(text):  # "is that bad?" of the 3 just given: answered, asked again
            return _score_judged(dispatcher, tracker, text)
        if MOOD_HISTORY.search(text):  # "how have i been this week": answered, then asked again
            say(dispatcher, "mood_history", **_history(tracker))
            return {}
        feelings = feelings_from(tracker, text[:280])
        if feelings is not None and _joy_guessed(feelings, slot(tracker, "mood"), text):
            # "money" or "just life" after a 3: what it is about, not "Glad to hear it"
            feelings = {**feelings, "emotion": "neutral", "ekman": "neutral"}
        if feelings is not None and MIXED.search(text):
            # "happy but also scared", "excited and nervous": both met, not "Glad to hear it"
            feelings = {**feelings, "mixed": True}
        # told just now, in answer to the question: the next question acknowledges it
        return {"feelings": {**feelings, "answered": "now"} if feelings else None}

    def validate_feelings(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whatever words they chose."""
        return {"feelings": value}

    def validate_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Free text, or empty when skipped."""
        return {"note": value}

    async def extract_note(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Optional: "skip" or "no" leaves it empty."""
        if tracker.get_slot("requested_slot") != "note":
            return {}
        text = text_of(tracker).strip()
        if CHECKIN_AGAIN.match(text):  # "check in", to the note question: we're in it
            say(dispatcher, "checkin_under_way")
            return {}
        fixed = _mood_fixed(text)
        if fixed is not None:  # "wait no make it 5"
            say(dispatcher, "checkin_mood_fixed", mood=fixed)
            told = tracker.get_slot("feelings")
            if isinstance(told, dict) and told.get("answered"):
                # "Glad to hear it" was for the number taken back: not said again
                return {"mood": fixed, "feelings": {**told, "answered": None}}
            return {"mood": fixed}
        if NOT_SO.match(text):
            # "no im not", after "im fine honestly" was saved as about a 6: put right, and
            # the score asked again (not "I've saved your 6")
            say(dispatcher, "checkin_mood_taken_back")
            felt = {"text": text[:280], "emotion": "disappointed", "ekman": "sadness"}
            return {"mood": None, "feelings": felt}
        if WANTS_TO_ADD.match(text):  # "yes i want to add something": the note comes next
            return {}
        if SCORE_JUDGED.match(text):  # "is that bad?" of their score: answered, asked again
            return _score_judged(dispatcher, tracker, text)
        if MOOD_HISTORY.search(text):  # a question, not the note: answered, then asked again
            say(dispatcher, "mood_history", **_history(tracker))
            return {}
        # "thank you": no note, as "skip"; so is "can we stop" at this last question
        skipped = is_skip(text) or THANKED_ONLY.match(text) or QUIT_CHECKIN.match(text)
        return {"note": "" if skipped else text[:1000]}


# How sure of a hard feeling the model must be to keep a word or two as how they feel.
HARD_TOLD_SURE = 0.9
# A word or two named after a score: what it is about ("money", "my landlord"), not a feeling.
NAMED_ONLY_WORDS = 4


def _joy_guessed(feelings: dict[str, Any], mood: Any, text: str) -> bool:
    """Whether joy was read in a word or two with no glad word in them, after a middling or
    low score ("money" after a 3): the model's guess, not something to be glad about."""
    return (
        feelings.get("ekman") == "joy"
        and not feelings.get("news")
        and feelings.get("emotion") != "relieved"
        and mood is not None
        and int(mood) <= MIDDLE
        and len(text.split()) <= NAMED_ONLY_WORDS
        and not glad_said(text)
    )


def _hard_told(tracker: Tracker) -> bool:
    """A hard feeling told in a word or two instead of a number ("rough day", "bad day")."""
    _, ekman, confidence = emotion_of(tracker)
    return (
        intent_of(tracker) == "mood_report"
        and ekman in ("sadness", "fear", "anger")
        and confidence >= HARD_TOLD_SURE
    )


def _told_with_score(tracker: Tracker, text: str) -> dict[str, Any] | None:
    """How they feel, told beside the score ("0 tbh, everything is shit"), when no feelings
    are held yet; None for a score alone ("mood 4", "0")."""
    if tracker.get_slot("feelings") is not None or score_only(text) or below_the_scale(text):
        return None
    if score_only(_OTHER_DAY_SCORE.sub(" ", text)):
        return None  # "8 but yesterday was a 3": today's score, and another day's; no feelings
    plain = plain_answer(_SCORE_CUE.sub(" ", _SCORE_SAID.sub(" ", text)))
    if plain is not None:  # "pretty good actually, 8": the model can read that as a let-down
        return {"text": text[:280], "emotion": plain[0], "ekman": plain[1]}
    told = feelings_from(tracker)
    return None if told is None else {**told, "text": text[:280]}


# Another day's score beside today's: "but yesterday was a 3", "(last week i was a 2)".
_OTHER_DAY_SCORE = re.compile(
    r"\W*(?:but|and|though|tho|whereas|while)?\W*(?:yesterday|yday|last (?:night|week|time)|"
    r"earlier|this morning)\W+(?:(?:was|i was|it was|i'?d have said|was like|was more like|"
    r"felt like)\W+)?"
    r"(?:(?:a|an|like|about)\W+)*(?:10|[1-9])(?:\s*/\s*10)?\b",
    re.IGNORECASE,
)


def _fits_score(told: dict[str, Any], mood: int, text: str) -> bool:
    """Whether what was told beside a score may be met before the next question: a hard
    feeling with a score of 6 or less, a glad one with 5 or more, or better than before
    ("7 but tired" is not met with "That sounds hard")."""
    ekman = told.get("ekman")
    if BETTER_THAN.search(text) or told.get("news"):
        return True
    if ekman in ("sadness", "fear", "anger", "disgust"):
        return mood <= 6
    return ekman == "joy" and mood >= 5


def _score_apart(text: str) -> int | None:
    """A score said on its own beside a word or two of how they feel: "Terrible. 2.",
    "meh, 5", "rough day - 3"; None otherwise."""
    if len(text.split()) > 8:
        return None
    parts = [p for p in re.split(r"[.,;!?\n]+|\s+-\s+", text) if p.strip()]
    scores = [p for p in parts if bare_score(p)]
    if len(scores) != 1 or len(parts) < 2:
        return None
    said = scores[0].strip(" \t-").lower()
    value = str(SCORE_WORDS[said]) if said in SCORE_WORDS else re.sub(r"\D", "", said)
    return int(value) if value and 1 <= int(value) <= 10 else None


# A score opening a longer answer: "7 today which is better than it's been in weeks",
# "honestly a 3, my landlord is at it again" (not "3 exams tomorrow", "2 days no sleep").
_LEADING_SCORE = re.compile(
    r"^\W*(?:(?:like|about|around|a|an|prob(?:ably)?|honestly|maybe|i'?d say|id say|im|i'?m|"
    r"solid|defo|def|tbh|ngl|um+|hmm+|ok(?:ay)?|so|well)\W+)*(10|[1-9])(?:\s*/\s*10|\s+out of "
    r"(?:10|ten))?(?![\d:.,]\d|\s*(?:%|am\b|pm\b|k\b|x\b|-\s*\d|or\b|to\b))(?=\W+[a-z])",
    re.IGNORECASE,
)
_NOT_A_SCORE_AFTER = re.compile(
    r"^\W*(?:more |whole |full |long |extra )?(?:hours?|hrs?|mins?|minutes?|days?|nights?|weeks?|"
    r"months?|years?|yrs?|times?|people|of (?:them|us|my)|kids|children|exams?|tests?|"
    r"pills?|tablets?|drinks?|pints?|beers?|glasses|cups?|bottles?|cans?|units?|am\b|pm\b|"
    r"o'?clock|in the morning|at night|stone|kg|lbs?|miles?|km|grand|quid|pounds?|dollars?)\b",
    re.IGNORECASE,
)


# A score in words opening a longer answer, set apart from the rest by a stop or a hedge:
# "five i guess, just tired", "prob a three tbh. didnt sleep", "eight! had a lovely walk"
# (not "two things happened today" or "one more day to go").
_LEADING_WORD_SCORE = re.compile(
    r"^\W*(?:(?:like|about|around|a|an|prob(?:ably)?|honestly|maybe|i'?d say|id say|im|i'?m|"
    r"solid|defo|def|tbh|ngl|um+|hmm+|ok(?:ay)?|so|well)\W+)*"
    r"(" + "|".join(SCORE_WORDS) + r")(?:\s*/\s*10|\s+out of (?:10|ten))?"
    r"(?:\W+(?:i guess|i think|tbh|honestly|maybe|prob(?:ably)?|ish|today|rn|ngl|tho|lol))*"
    r"\s*(?:[.,;:!?]+|\s-+|\s+(?:cos|coz|cuz|because|but|as|since)\b)(?=\W*[a-z])",
    re.IGNORECASE,
)


def _leading_score(text: str) -> int | None:
    """A 1-10 score opening a longer answer to the mood question, the rest being how they are
    ("7 today which is better than it's been in weeks"); None for a count or a time."""
    said = _LEADING_WORD_SCORE.match(text.replace("\u2019", "'"))
    if said is not None:  # "five i guess, just tired": said in words, set apart
        return SCORE_WORDS[said.group(1).lower()]
    found = _LEADING_SCORE.match(text.replace("\u2019", "'"))
    if found is None or _NOT_A_SCORE_AFTER.match(text[found.end() :]):
        return None
    if _COUNTED.search(text) or _OTHER_SCORE.search(text):
        return None
    return int(found.group(1))


def _word_felt(tracker: Tracker, text: str, mood: int) -> dict[str, Any] | None:
    """How they feel, from a mood said in words ("i am doing fine only", "grand"): a plain
    answer is read from its word, and a reading of a hard feeling in a word of a middling or
    fair mood (5 and up) is not kept, so "fine only" is not saved as heavy; nor a glad one in
    a word of a low mood ("knackered", under 5)."""
    plain = plain_answer(text)
    if plain is not None:
        return {"text": text[:280], "emotion": plain[0], "ekman": plain[1]}
    told = feelings_from(tracker, text[:280])
    if (
        told is not None
        and mood >= MIDDLE
        and told.get("ekman") not in ("joy", "neutral", "surprise")
    ):
        glad = mood >= 7
        return {
            "text": text[:280],
            "emotion": "happy" if glad else "neutral",
            "ekman": "joy" if glad else "neutral",
        }
    if told is not None and mood < MIDDLE and told.get("ekman") == "joy":
        # "knackered" read as amused: a word of a low mood is no good in there
        return {"text": text[:280], "emotion": "neutral", "ekman": "neutral"}
    return told


# Better than for a good while: "better than it's been in weeks", "best i've felt in ages".
BETTER_LATELY = re.compile(
    r"\b(?:better|best) than (?:it'?s|it has|i'?ve|ive|i have) (?:been|felt)(?: in (?:ages|weeks|"
    r"months|days|a (?:while|long time)))?\b|\b(?:better|best) (?:i'?ve|ive|i have) (?:felt|been)"
    r"(?: in (?:ages|weeks|months|days|a (?:while|long time)))?\b|\b(?:better|best) in (?:ages|"
    r"weeks|months|a (?:while|long time))\b",
    re.IGNORECASE,
)
_BUT_STILL = re.compile(r"\b(?:but|still|worse)\b", re.IGNORECASE)
# Better than before, told with a low score: "like a 3 but better than yesterday".
BETTER_THAN = re.compile(
    r"\b(?<!been )(?<!be )(?:(?:a )?(?:bit|little|lil|slightly|tad|much|way|loads|lot) better|"
    r"better than (?:yesterday|yday|before|earlier|last (?:night|week)|i was|it was))\b|"
    + BETTER_LATELY.pattern,
    re.IGNORECASE,
)


# The words left around a score taken out: "Not too bad thank you. Maybe a 6."
_SCORE_CUE = re.compile(
    r"\b(?:(?:maybe|prob(?:ably)?|about|around|like|i'?d say|id say|say|solid|a|an)\s+)+"
    r"(?=\W*$|[.,;!])",
    re.IGNORECASE,
)


# The score beside the words: "8", "7/10", "6 out of 10".
_SCORE_SAID = re.compile(
    r"(?<!\d)(?<!\d\.)(?:10|[1-9])(?:\s*/\s*10|\s+out of (?:10|ten))?(?!\d|\.\d)"
)


def _history(tracker: Tracker) -> dict[str, Any]:
    """What ``mood_history.txt`` needs: the recent check-ins, their direction, and whether
    one was saved today."""
    return mood_trend(list(slot(tracker, "recent_moods", [])), str(slot(tracker, "today", "")))


# Something hard with the rest well: "somewhat tired, but otherwise content", "a bit stressed
# but mostly ok", "tired though generally fine".
MOSTLY_WELL = re.compile(
    r"\b(?:but|though|although|yet|apart from that|other than that)\b,?\s+(?:i'?m |im |i am |"
    r"i feel |feeling |it'?s |its )?(?:otherwise |overall |mostly |generally |basically |pretty |"
    r"quite |fairly |still )*(?:content|ok|okay|alright|fine|good|calm|settled|well|happy|"
    r"peaceful|grand)\b",
    re.IGNORECASE,
)


class ActionSubmitCheckin(Action):
    """Store the check-in and answer it."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_checkin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Reply in keeping with the mood, note the trend, offer an exercise when low."""
        mood = int(slot(tracker, "mood", 5))
        feelings = dict(slot(tracker, "feelings", {}) or {})
        emotion = str(feelings.get("emotion") or "neutral")
        ekman = str(feelings.get("ekman") or "neutral")
        recent = list(slot(tracker, "recent_moods", []))
        effect(
            dispatcher,
            "save_checkin",
            mood=mood,
            feelings=feelings.get("text", ""),
            note=str(slot(tracker, "note", "") or ""),
            emotion=emotion,
            ekman=ekman,
        )
        mood_band = band(mood)
        note = str(slot(tracker, "note", "") or "")
        if note and ekman == "neutral" and mood <= 6:
            # "Bit lonely since the children moved away." as the note of a 6: met, not
            # passed over with "I've saved your 6"
            _, heard, sure = emotion_of(tracker)
            if heard in ("sadness", "fear", "anger") and sure >= SURE and note in text_of(tracker):
                ekman = heard
        told = f"{feelings.get('text', '')} {note}"
        if MIXED.search(told) or MOSTLY_WELL.search(told):
            ekman = "mixed"  # "somewhat tired, but otherwise content": not "a bit heavy"
        say(
            dispatcher,
            "checkin_done",
            band=mood_band,
            mood=mood,
            ekman=ekman,
            trend=trend(mood, [int(r["mood"]) for r in recent]),
            # "my mum's funeral is on friday" told with a 7: not "That's good to hear"
            loss=LOSS.search(f"{feelings.get('text', '')} {slot(tracker, 'note', '') or ''}")
            is not None,
            # "got engaged!!!" as the note: congratulated (news told earlier was met then)
            news=not feelings.get("news") and joyful_news(str(slot(tracker, "note", "") or "")),
            streak=streak_days([str(r["day"]) for r in recent], str(slot(tracker, "today"))),
            saved=slot(tracker, "consent", None) is not False,
        )
        events: list[EventType] = [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("mood_offered", None),
            *(SlotSet(s, None) for s in SLOTS),
        ]
        if mood_band != "high" and NIGHT_TOLD.search(told):
            # "prob a three tbh. didnt sleep": the night looked at with a sleep diary
            say(dispatcher, "checkin_offer_diary")
            events.append(SlotSet("offer", "sleep_diary"))
        elif mood_band == "low":  # a "no" to it gets other help (talking, a helpline, a person)
            say(dispatcher, "offer_exercise")
            events.append(SlotSet("offer", "checkin_breathing"))
        return events


# A bad night told in a check-in: "didnt sleep", "slept badly", "no sleep", "rough night".
NIGHT_TOLD = re.compile(
    r"\b(?:(?:didn'?t|did not|couldn'?t|could not|can'?t|cannot) (?:get to )?sleep|(?:barely|"
    r"hardly|not) slept|slept (?:really |so )?(?:badly|terribly|awfully|bad|like (?:crap|shit|"
    r"rubbish))|(?:no|zero|hardly any|barely any) sleep|(?:awful|terrible|bad|rough|horrible|"
    r"sleepless|shit|crap) night|insomnia)\b",
    re.IGNORECASE,
)


def _score_judged(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> dict[str, Any]:
    """ "is that bad?", asked of the score just given: what it means, said; nothing is kept."""
    say(dispatcher, "checkin_score_judged", mood=tracker.get_slot("mood"), good=asked_good(text))
    return {}
