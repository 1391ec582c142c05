"""A breathing exercise in progress: kept going, paused for an aside, picked up again,
switched, stopped, or done once more just after it ended.

    running ──"hang on", an aside──▶ paused ──"ok back"──▶ running
    running/paused ──"done", "ok stop", "thx that helped"──▶ stopped, asked how they feel
    running/paused ──"i feel faint", "i have to go", "this isnt working"──▶ stopped
    running/paused ──"can we do a different one"──▶ stopped, the choice of pattern again
    paused for over an hour ──▶ over; "again" soon after it ended ──▶ the same one again
    "a different one" soon after it ended ──▶ the choice of pattern again
    "how did i do" soon after it ended ──▶ the rounds done, and the mood before and after
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import effects, safety_words
from bot.actions.breathing import STILL_AWAKE
from bot.actions.reminders import asks_for_reminder
from bot.breathing import CALM_NOW, HOW_DID_I_DO, PATTERNS, named
from bot.coping import more_ideas, more_shift_tips
from bot.jobs import cancel_jobs, schedule_job
from bot.locale import helpline_of
from bot.readings import with_when
from bot.routing import (
    BREATHING_BODY,
    BREATHING_HOW,
    BREATHING_PAUSE,
    BREATHING_QUESTION,
    BREATHING_RESUME,
    BREATHING_STOP,
    BREATHING_WITH_YOU,
    DAY_ASK,
    DONE_HERE,
    NOT_HELPING,
    PANIC,
    STOP_FLOW,
    TIMEZONE_ASK,
    TIMEZONE_WORDS,
    keyword_action,
    route,
)
from bot.runner import end_form, run
from bot.text import render
from bot.topics import service_topic
from bot.types import Reply
from store.models import BreathingSession, Conversation, OutboundMessage

if TYPE_CHECKING:
    from nlu import Parse


# Thanks that closes an exercise ("thx that helped"), not thanks in passing ("ty").
FINISHED = re.compile(r"\b(?:helped|better|done|enough|that'?s it|finished|calmer)\b", re.I)
# What is left of it, asked mid-exercise: "how many more", "how many rounds left", "how much
# longer", "nearly done?".
HOW_MANY_LEFT = re.compile(
    r"\bhow (?:many (?:more|left|to go|rounds? (?:left|to go|more))|much (?:longer|more|left))\b|"
    r"\b(?:nearly|almost) (?:done|there|finished|over)\b|\bhow long (?:left|to go|now)\b|"
    r"\bare we (?:nearly |almost )?(?:done|there)\b",
    re.IGNORECASE,
)
# Enough of it, said mid-exercise: "ok thats enough for now", "enough", "i think thats enough"
# (not "ive had enough", which may be about more than the exercise: met as a feeling).
ENOUGH = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|yeah|i think|think|um+|hmm+|actually)\W+)*"
    r"(?:that'?s|thats|that is|it'?s|its|that'?ll be|i'?ve done|ive done)?"
    r"\s*enough(?: (?:for (?:now|today|me|tonight)|now|thanks|thank you|ty))*\W*$",
    re.IGNORECASE,
)
# Tears mid-exercise: "im crying", "cant stop crying", "this is making me emotional".
CRYING = re.compile(
    r"\b(?:cry(?:ing)?|cried|tears?|teary|tearing up|sobbing|welling up|emotional)\b", re.I
)
# Someone else crying: "my mum just called, she's crying", "the baby wont stop crying".
SOMEONE_ELSE_CRYING = re.compile(
    r"\b(?:she|he|they|it|mum|mom|dad|baby|son|daughter|sister|brother|friend|partner|wife|"
    r"husband|gf|bf|girlfriend|boyfriend|kids?|child|nan|gran|grandma|grandad|\w+'s)"
    r"(?:'s|'re| is| was| were| are| been| keeps?| won'?t stop| cant stop| can'?t stop| started|"
    r" just| always)*\s+(?:cry(?:ing)?|cried|in tears|sobbing)\b|"
    r"\bmade (?:her|him|them|my \w+) cry\b",
    re.IGNORECASE,
)
FEELING_WORDS = 12  # a hard feeling told in passing, not a story
# Fed up with the exercise itself: "this is stupid", "this is pointless", "waste of time",
# "i hate this", "not doing this": stopped, and something else offered.
FED_UP = re.compile(
    r"^\W*(?:(?:ugh+|omg|nah|no|ok(?:ay)?|honestly|tbh|sorry|lol|god|jeez|fs)\W+)*"
    r"(?:(?:this|that|it|breathing|this breathing(?: thing)?|this exercise)\s*(?:is|'s|s|feels?)?"
    r"\s*(?:so |really |well |actually |just |kinda |a bit |proper )?"
    r"(?:stupid|pointless|dumb|silly|"
    r"useless|boring|ridiculous|rubbish|crap|shit|bs|bullshit|lame|a waste of time|waste of time)|"
    r"(?:what a |such a )?waste of (?:time|my time)|i (?:hate|can'?t be bothered with|cba with) "
    r"(?:this|breathing|it)|(?:i'?m |im )?not doing this(?: anymore)?|this is(?:n'?t| not) for me|"
    r"cba|can'?t be (?:bothered|arsed))"
    r"(?:\W+(?:tbh|honestly|lol|ngl|sorry|tho|though|mate))*\W*$",
    re.IGNORECASE,
)
HELPING_NOW = re.compile(
    r"^\W*(?:(?:ok|oh|yeah|wow|omg)\W+)?(?:(?:it'?s|its|this is|this'?s|thats|that'?s|it is)\s+)?"
    r"(?:really |actually |def(?:initely)? |already )?(?:helping|working)(?: already| now| tbh)?"
    r"[.!]*$",
    re.IGNORECASE,
)
CALMER = re.compile(r"\b(?:calmer|better|relaxed|easier|helping|working)\b", re.I)
# Calmer words said with a "not" or a "still": "not any better", "better but still shaking".
UNEASED = re.compile(
    r"\b(?:not|no|never|hardly|barely|wish|worse|still|but)\b|n'?t\b", re.IGNORECASE
)
# More of it asked for while it runs: "can we do one more round after this", "can we do it
# again after".
MORE_AFTER = re.compile(
    r"\b(?:one more|another|more|extra|again)\b.{0,25}\b(?:after (?:this|that|it)|when (?:this|"
    r"it|we)(?:'?s| is| are)? (?:done|finished|over))\b|\b(?:after (?:this|that)|when (?:this|it)"
    r"(?:'?s| is) (?:done|finished|over))\b.{0,25}\b(?:one more|another|more|again)\b|"
    r"\b(?:again|another (?:one|round)|one more) after(?:wards)?\W*$",
    re.IGNORECASE,
)
# A breathing exercise paused for an aside waits this long for "ok back".
PAUSE_FOR = timedelta(hours=1)
# Readings of a message mid-exercise that are an aside, not a new request.
ASIDE_INTENTS = frozenset({"smalltalk", "out_of_scope", "out_of_scope_unsure", "greet"})
CHEST = re.compile(r"\b(?:chest|heart)\b", re.IGNORECASE)
# Panic told mid-exercise: "im still panicking", "freaking out".
PANIC_NOW = re.compile(r"\bpanic\w*|\bfreaking out\b|\bhyperventilat\w*", re.IGNORECASE)
# Breath that will not come: "still cant breathe", "i cant catch my breath".
BREATH_GONE = re.compile(
    r"\b(?:can'?t|cannot|cant) (?:breathe?|get (?:a|my|any) breath|catch my breath|get (?:any |"
    r"enough )?air)\b|\bshort of breath\b|\bhyperventilat\w*|\b(?:no|not enough) air\b",
    re.IGNORECASE,
)
# An exercise begun in a panic was begun this long after the message that told it.
PANIC_STARTED_WITHIN = timedelta(minutes=2)
# Another exercise asked for mid-way: "can we switch to box instead", "try 4-7-8".
BREATHING_SWITCH = re.compile(
    r"\b(?:switch|change|swap|go|move|try|do|rather|prefer|instead)\b.{0,20}\b(?:box|"
    r"4\W{0,3}7\W{0,3}8|four seven eight|slow(?: breathing)?|the (?:other|first|second|third) "
    r"one)\b|\b(?:box|4\W{0,3}7\W{0,3}8|slow breathing)\b.{0,12}\binstead\b",
    re.IGNORECASE,
)
# A pattern named alone mid-way: "actually box breathing", "478 pls", "the slow one".
PATTERN_ALONE = re.compile(
    r"^\W*(?:(?:actually|um+|erm|ok(?:ay)?|no|wait|sorry|hmm+|oh|can we do|lets do|let'?s do)"
    r"\W+)*(?:the\s+)?(?:box|square|4\W{0,3}7\W{0,3}8|slow)(?:\s+(?:breathing|one|breaths?|pls|"
    r"please|plz|then|instead))*\W*$",
    re.IGNORECASE,
)
# Another one, not named: "can we do a different one", "try another", "something else".
BREATHING_OTHER = re.compile(
    r"\b(?:a |the )?(?:different|another|other) (?:one|exercise|type|kind|breathing|pattern|"
    r"technique)\b|^\W*(?:can we |could we |let'?s |lets )?(?:try|do) (?:another|something "
    r"else)\W*$",
    re.IGNORECASE,
)
# The exercise too hard, or an easier one asked for: "this is too hard", "4-7-8 is too
# difficult", "can we do an easier one", "something gentler".
TOO_HARD = re.compile(
    r"\b(?:too|way too) (?:hard|difficult)\b(?! to (?:focus|concentrate))|"
    r"\b(?:an? |something )(?:easier|gentler|simpler)\b|"
    r"\b(?:easier|gentler|simpler) (?:one|exercise|pattern|breathing|way|version)\b|"
    r"\bstruggling (?:with (?:this|it|the holds?)|to keep up)\b",
    re.IGNORECASE,
)
# Leaving mid-exercise: "i have to go", "gtg", "sorry gotta run" (not "brb", which pauses).
LEAVING_NOW = re.compile(
    r"^\W*(?:sorry\W+|ok\W+|oh\W+)?(?:(?:i )?(?:have to|gotta|got to|need to|must) (?:go|run|"
    r"leave|dash)|g2g|gtg)\b|^\W*(?:sorry\W+)?(?:bye|cya|see ya|talk later|ttyl)\W*$|"
    # "ugh my kid is screaming i have to go": called away, said last
    r"^.*\b(?:i )?(?:have to|gotta|got to|need to|must) (?:go|run|dash)"
    r"(?: now| sorry| bye| x+)*\W*$",
    re.IGNORECASE,
)
# Fewer rounds asked for: "make it shorter", "this is too long", "can we just do one more".
SHORTER = re.compile(
    r"\b(?:shorter|fewer rounds|less rounds|(?:too|so|really) long|takes? (?:too|so) long|"
    r"(?:just|only) (?:one|two|1|2) (?:more )?(?:rounds?|more)|not so many(?: rounds)?|"
    r"cut (?:it|this) short|a short one|wrap (?:it|this) up|taking (?:ages|forever|so long|too "
    r"long))\b",
    re.IGNORECASE,
)
# Attention drifting mid-exercise, or unsure it is done right: "my mind keeps wandering",
# "i keep losing count", "cant focus", "im not sure im doing it right".
MIND_WANDERS = re.compile(
    r"\b(?:mind|brain|head|thoughts?)\b.{0,20}\b(?:wander\w*|drift\w*|elsewhere|all over "
    r"the place)\b|\b(?:keep|keeps|kept) (?:wandering|drifting|getting distracted|zoning out)\b|"
    r"\b(?:lost|losing|lose) (?:the )?count\b|\b(?:can'?t|cant|cannot|struggling to|hard to) "
    r"(?:focus|concentrate)\b|\b(?:keep )?getting distracted\b|"
    r"(?P<how>\bnot sure (?:if )?(?:i'?m|im|i am) doing (?:it|this) (?:right|properly|correctly)"
    r"\b|\b(?:am i|i'?m|im) doing (?:it|this) wrong\b|\bis this right\b)",
    re.IGNORECASE,
)
# What to keep in mind while breathing, asked: "what should i think about while doing this",
# "what do i focus on", "where should my attention be", "what am i meant to be thinking about".
FOCUS_ASKED = re.compile(
    r"\b(?:what|wat|where)\b.{0,12}\b(?:should|do|shall|can|am|must) i\b.{0,20}\b(?:think(?:ing)?"
    r" (?:about|of)|focus(?:ing)?(?: on)?|concentrat\w*(?: on)?|picture|imagine|visuali[sz]e|look "
    r"at)\b|\bwhere (?:should|do) (?:i put |i keep )?my (?:attention|focus|mind|thoughts)\b|"
    r"\bwhat (?:should|do) i do with my (?:mind|thoughts|head|brain)\b",
    re.IGNORECASE,
)
# The holds too long, not the exercise: "the hold is too long", "holding is too hard".
HOLD_TOO_LONG = re.compile(
    r"\bhold(?:s|ing)?\b.{0,20}\b(?:too (?:long|hard|much)|so (?:long|hard)|(?:is|are) "
    r"(?:long|hard))\b|\b(?:can'?t|cant|cannot) hold\b",
    re.IGNORECASE,
)
SHORT_LEAD = 5  # seconds: the last round's end is asked about this long after its length
# The pace asked for: "slower", "too fast", "can we speed up".
BREATHING_PACE = re.compile(
    r"\b(?:slower|too fast|slow (?:it |this )?down|more slowly|can'?t keep up)\b|"
    r"(?P<faster>\b(?:faster|quicker|too slow|speed (?:it |this )?up)\b)",
    re.IGNORECASE,
)
# The exercise once more: "again", "do it again", "one more round".
BREATHING_AGAIN = re.compile(
    r"^\W*(?:(?:can we|let'?s|lets|i want to|please)\s+)?(?:do (?:it|that|this) )?"
    r"(?:again|once more|one more (?:time|round|go)|another (?:round|go|one)|go again|"
    r"more please|repeat)"
    r"(?:\s+(?:please|pls|plz))?\W*$",
    re.IGNORECASE,
)
AGAIN_WITHIN = timedelta(minutes=30)
# Thanks for an exercise that helped: "that helped thanks", "thank you i feel better".
HELPED_THANKS = re.compile(
    r"\b(?:helped|helps|helpful|better|calmer|relaxed|needed that|worked)\b", re.IGNORECASE
)
# Asleep during the exercise: "i fell asleep lol", "sorry dozed off halfway through".
FELL_ASLEEP = re.compile(
    r"^(?!.*\b(?:can'?t|cant|cannot|couldn'?t|couldnt|didn'?t|didnt|never|not)\b).*"
    r"\b(?:fell|fallen|dropped|dozed|drifted|nodded) (?:asleep|off)\b",
    re.IGNORECASE,
)
# Drifting off now, mid-exercise: "zzz", "getting sleepy", "im falling asleep lol".
DRIFTING = re.compile(
    r"^\W*(?:z{3,}|(?:(?:i'?m|im|i am) )?(?:(?:so|getting|very|really|actually|kinda) )*(?:sleepy|"
    r"drowsy)|(?:(?:i'?m|im|i am) )?(?:falling asleep|nodding off|drifting off|dropping off))"
    r"(?:\W+(?:now|lol|haha|x+|already|tbh|😴|💤))*\W*$",
    re.IGNORECASE,
)
BREATHING_FORMS = ("breathing_form", "breathing_after_form")
# Reminders asked for mid-exercise: seen to while the exercise waits.
REMINDER_ASIDES = frozenset(
    {"action_set_reminder", "action_list_reminders", "action_cancel_reminder"}
)
# After "i feel dizzy" stopped an exercise, we asked how they feel; the answer is heard
# for this long.
BODY_ASKED_FOR = timedelta(minutes=15)
# "still dizzy", "worse", "not really": it has not passed.
BODY_STILL = re.compile(
    r"\b(?:still|worse|not (?:really|great|good|better|much better|yet)|no better|getting "
    r"worse|can'?t|won'?t (?:stop|go)|keeps?)\b|^\W*(?:no|nope|nah|bad|awful|not good)\W*$|"
    # "its not working", "nothing helps", "help", "im scared": the panic has not eased
    r"\b(?:(?:not|isn'?t|isnt|aint) (?:working|helping|stopping|easing|going away)|nothing "
    r"(?:is )?(?:working|helping|helps|works)|(?:doesn'?t|doesnt|didn'?t|didnt) (?:help|work)|"
    r"scared|terrified|frightened|panick?\w*|freaking out|make it stop|help me|help+)\b",
    re.IGNORECASE,
)
# "ok", "better now", "fine thanks", "it's passed": it has.
BODY_EASED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yeah|yes|yep|a bit|bit|much|loads|way|feeling|i feel|feel|im|i'?m|"
    r"it'?s|its|that'?s|thats|all|think|i think|phew|thankfully)\W+)*"
    r"(?:ok(?:ay)?|fine|better|good|alright|passed|gone|"
    r"settled|calmer|normal|grand|easing|eased)(?:\W+(?:now|again|thanks|thank you|ty|thx|"
    r"i think|a bit|a little|slightly|i guess|off|down|now thanks))*\W*$",
    re.IGNORECASE,
)


def in_progress(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """A message while an exercise runs or waits: switched, finished, kept going, answered
    or paused; None for anything else, which ends it (an exercise paused long ago is over)."""
    paused = derived["breathing_paused"]
    if paused and pause_over(convo, now):  # back long after "hang on": that exercise is over
        effects.stop_breathing(session, convo, {}, settings, now)
        if BREATHING_RESUME.match(text.strip()):  # "ok im back": told so, and how to start again
            return [Reply(render("breathing_resumed", expired=True))]
        paused = False
    if paused and convo.active_flow and convo.active_flow not in BREATHING_FORMS:
        return None  # a question asked on the side ("what time?") is answered; it waits
    comfort = comfort_asked(text) if derived["breathing_running"] or paused else None
    comfort = None if BREATHING_BODY.search(text) else comfort  # (the chest comes first)
    if comfort is not None:  # "can i do this lying down", "im yawning lol": yes, and on it goes
        return [Reply(render("breathing_how", asked=comfort, paused=paused))]
    if (derived["breathing_running"] or paused) and TOO_HARD.search(text):
        # "4-7-8 is too hard can we do an easier one": the gentlest, begun (not "that's the
        # breathing doing its work", nor 4-7-8 again for its name)
        row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
        if row is None or row.pattern != "slow":
            easier = Reply(render("breathing_suited", pattern="slow", what="easier"))
            return [easier, *_switch(session, convo, "slow breathing", parse, settings, now)]
        # already the gentlest: the counts are only a guide, and the rounds go on
        return [Reply(render("breathing_how", asked="slower", paused=paused))]
    switch = BREATHING_SWITCH.search(text) or PATTERN_ALONE.match(text)
    asked_for = named(text) if switch else None
    sid = convo.slots.get("breathing_session_id") if asked_for else None
    row = session.get(BreathingSession, sid) if sid else None
    if derived["breathing_running"] and row is not None and asked_for == row.pattern:
        # "actually box breathing" while box breathing runs: it goes on, not begun again
        return [Reply(render("breathing_same", pattern=asked_for))]
    if (derived["breathing_running"] or paused) and (switch or BREATHING_OTHER.search(text)):
        # "can we switch to box instead": that one, from the start; "can we do a different
        # one": the choice again; either way without asking again how they feel
        return _switch(session, convo, text, parse, settings, now)
    if derived["breathing_running"] or paused:
        said = text.strip()
        # "done", "ok stop", "no", or "thx that helped": finished, so ask how they feel now.
        finished = intent == "deny" or (intent == "thanks" and FINISHED.search(said) is not None)
        finished = finished or ENOUGH.match(said) is not None  # "ok thats enough for now"
        if BREATHING_STOP.match(said) or STOP_FLOW.match(said) or DONE_HERE.match(said) or finished:
            # "done", "ok stop", "no", "thx that helped": finished, so ask how they feel now
            return run(session, convo, "action_stop_breathing", text, parse, settings, now)
        if not paused and CALM_NOW.match(said):
            # "ok im calmer now": there already, so it ends kindly and asks how they feel
            return run(session, convo, "action_stop_breathing", text, parse, settings, now)
        if not paused and (intent == "thanks" or said.isdigit()):  # "ty", "2": still breathing
            return [Reply(render("breathing_with_you"))]
        during = _during_breathing(
            session, convo, said, intent, settings, now, paused=paused, ekman=parse.ekman
        )
        if during is not None:
            return during
        aside = _reminder_aside(session, convo, text, parse, intent, settings, now)
        if aside is not None:
            return aside
        if service_topic(said) is None:  # a question about us ("is this private?") is
            effects.stop_breathing(session, convo, {}, settings, now)  # answered; it goes on
    return None


# How to be comfortable, asked or told mid-exercise: yawning, lying down, eyes, a blocked
# nose, or liking it ("this is actually nice").
COMFORT = (
    ("yawn", re.compile(r"\byawn\w*", re.IGNORECASE)),
    (
        "nose",
        re.compile(
            r"\b(?:nose|nostrils?)\b.{0,12}\b(?:blocked|stuffy|bunged up|congested|runny)\b|"
            r"\bblocked nose\b|\bcan'?t breathe (?:through|thru|out of) my nose\b",
            re.IGNORECASE,
        ),
    ),
    (
        "posture",
        re.compile(
            r"\b(?:can|should|do|is it ok(?:ay)? (?:to|if)) (?:i|you)\b.{0,20}\b(?:lying|lie|"
            r"laying|lay|sitting|sit|standing|stand|walking|in bed)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "eyes",
        re.compile(
            r"\b(?:close|shut|open|keep) (?:my )?eyes\b|\beyes (?:open|closed|shut)\b", re.I
        ),
    ),
    (
        "nice",
        re.compile(
            r"^\W*(?:(?:ok|oh|wow|omg|honestly|tbh)\W+)?(?:(?:this|it|that)(?: is|'s|s| feels)? )?"
            r"(?:actually |really |quite |so |kinda |pretty )?(?:nice|lovely|relaxing|calming|"
            r"soothing|peaceful)\b[^?]*$",
            re.IGNORECASE,
        ),
    ),
)


def comfort_asked(text: str) -> str | None:
    """What about being comfortable a message mid-exercise asks or tells, if anything."""
    return next((kind for kind, words in COMFORT if words.search(text)), None)


def _switch(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Stop this exercise and start the one named (or ask which), keeping how they felt."""
    row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
    before = row.mood_before if row is not None and row.mood_before else -1
    effects.stop_breathing(session, convo, {}, settings, now)
    convo.slots = {**convo.slots, "switched_mood_before": before}
    started = run(session, convo, "action_start_breathing", text, parse, settings, now)
    convo.slots = {k: v for k, v in convo.slots.items() if k != "switched_mood_before"}
    return started


def _during_breathing(
    session: Session,
    convo: Conversation,
    said: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    paused: bool = False,
    ekman: str = "neutral",
) -> list[Reply] | None:
    """A message while the prompts run (or wait, ``paused``): "ok" keeps it going or picks
    it up again, a question is answered, an aside ("hang on, my phone") pauses it, the body
    speaking ("my chest feels tight") stops it; None for a new request, which ends it."""
    row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
    pattern = PATTERNS[row.pattern if row is not None else "box"]
    if BREATHING_BODY.search(said):  # (the chest named first only when met before any flow)
        return body_speaks(session, convo, said, settings, now, chest_first=False)
    if LEAVING_NOW.match(said):  # "i have to go": stopped, and how to pick it up again
        effects.stop_breathing(session, convo, {}, settings, now)
        return [Reply(render("breathing_stopped", leaving=True))]
    if FOCUS_ASKED.search(said):  # "what should i think about": the breath, and the count
        return [Reply(render("breathing_how", asked="focus", paused=paused))]
    drifting = MIND_WANDERS.search(said)
    if drifting:  # "my mind keeps wandering", "lost count": normal, and the rounds go on
        asked = "how" if drifting.group("how") else "wander"  # "am i doing it right"
        return [Reply(render("breathing_how", asked=asked, paused=paused))]
    if MORE_AFTER.search(said):  # "can we do one more round after this": yes, when it ends
        return [Reply(render("breathing_how", asked="more", paused=paused))]
    if HOLD_TOO_LONG.search(said):  # "the hold is too long": shorter holds, rounds go on
        return [Reply(render("breathing_hold_hard"))]
    if row is not None and SHORTER.search(said):
        # "make it shorter", "too long": one last round now, then how they feel
        return _shortened(session, convo, row, settings, now)
    pace = BREATHING_PACE.search(said)
    if pace:  # "slower", "too fast": the counts are a guide; the rounds go on
        faster = pace.group("faster") is not None
        asked = "faster" if faster else "slower"
        return [Reply(render("breathing_how", asked=asked, paused=paused))]
    if STILL_AWAKE.match(said):  # "im still wide awake lol": no need to sleep yet; on it goes
        return [Reply(render("breathing_how", asked="awake", paused=paused))]
    how = BREATHING_HOW.search(said)
    if how:  # "nose or mouth?": answered, and the rounds go on
        asked = "helping" if how.group("helping") else "how"
        return [Reply(render("breathing_how", asked=asked, paused=paused))]
    if DAY_ASK.match(said) or (TIMEZONE_ASK.search(said) and not TIMEZONE_WORDS.search(said)):
        # "what day is it", "whats the time": told, and the rounds go on
        local = now.astimezone(ZoneInfo(convo.timezone))
        return [Reply(render("breathing_time_told", local=local, paused=paused))]
    if row is not None and HOW_MANY_LEFT.search(said):  # "how many more": what is left
        left = max(0, pattern.rounds - row.step)
        about = render("breathing_about", left=left, rounds=pattern.rounds, paused=paused)
        return [Reply(about)]
    if BREATHING_QUESTION.search(said):
        about = render(
            "breathing_about",
            pattern=pattern.key,
            rounds=pattern.rounds,
            minutes=max(1, round(pattern.rounds * pattern.cycle_seconds / 60)),
        )
        waiting = [Reply(render("breathing_paused", out_of_scope=False, again=True))]
        return [Reply(about), *(waiting if paused else [])]
    person = intent == "human_request" or keyword_action(said) == "action_handover"
    if (NOT_HELPING.search(said) or FED_UP.match(said)) and not person:
        # "this isnt working", "this is stupid": stopped, and something else that may help
        # ("this isnt helping can i talk to a real person": the person, asked for)
        panic = _in_panic(session, convo, row, said)  # (in a panic: company, and what to do)
        effects.stop_breathing(session, convo, {}, settings, now)
        if panic:  # "i still cant breathe" or "bit better" next is heard as about the panic
            heard = {"at": now.isoformat(), "chest": False, "breath": True}
            convo.slots = {**convo.slots, "body_asked": heard}
        helpline = helpline_of(convo, settings)
        return [Reply(render("breathing_not_helping", panic=panic, helpline=helpline))]
    if not paused and _feeling_better(said, intent, ekman):
        # "i feel calmer already": glad, and the rounds go on unless they say "done"
        return [Reply(render("breathing_with_you", better=True))]
    if not paused and _hard_feeling(said, intent, ekman):
        # "im crying" mid-exercise: met with care, and the breathing waits for them
        effects.apply(session, convo, {"mindlink_effect": "pause_breathing"}, settings, now)
        # ("my mum just called, she's crying": hers, not theirs; heard, not "tears often come")
        crying = CRYING.search(said) is not None and not SOMEONE_ELSE_CRYING.search(said)
        return [Reply(render("breathing_feelings", crying=crying))]
    hold = BREATHING_PAUSE.match(said) is not None  # "hang on" reads as a yes to the model
    hold = hold or safety_words.stepping_away(said)  # "someone at the door brb"
    back = BREATHING_RESUME.match(said) or BREATHING_WITH_YOU.match(said) or intent == "affirm"
    # "i need to calm down", "help me breathe": what this exercise is doing, so it goes on
    back = back or (intent == "breathing_request" and not named(said) and not PANIC.search(said))
    if back and not hold and not paused:
        return [Reply(render("breathing_with_you"))]
    if back and not hold:
        effects.apply(session, convo, {"mindlink_effect": "resume_breathing"}, settings, now)
        step = row.step if row is not None else 0
        return [Reply(render("breathing_resumed", round=step + 1, rounds=pattern.rounds))]
    if hold or _aside(said, intent, paused):
        effects.apply(session, convo, {"mindlink_effect": "pause_breathing"}, settings, now)
        off_topic = intent == "out_of_scope" and not hold
        greeting = intent == "greet" and not hold and not paused  # "hi": still here, waiting
        paused_now = render(
            "breathing_paused", out_of_scope=off_topic, again=paused, greeting=greeting
        )
        return [Reply(paused_now)]
    return None


def _reminder_aside(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """A reminder asked for mid-exercise ("remind me to call mum at 6pm"): the exercise waits,
    the reminder is seen to, and they hear how to pick the breathing up again; None for
    anything else."""
    action = route(intent, text)
    if action not in REMINDER_ASIDES or (
        action == "action_set_reminder" and not asks_for_reminder(text)
    ):
        return None
    if action == "action_set_reminder" and parse.intent != "set_reminder":
        parse = with_when(parse, text, convo.timezone, now)
    effects.apply(session, convo, {"mindlink_effect": "pause_breathing"}, settings, now)
    replies = run(session, convo, action, text, parse, settings, now)
    row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
    step = row.step if row is not None else 0
    rounds = PATTERNS[row.pattern if row is not None else "box"].rounds
    waiting = render("breathing_paused", aside=True, round=step + 1, rounds=rounds)
    return [*replies, Reply(waiting)]


def _shortened(
    session: Session,
    convo: Conversation,
    row: BreathingSession,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """The rounds still to come are dropped: one last round, paced in the reply, and then
    how they feel is asked as at the end of any exercise (a paused one is picked up)."""
    pattern = PATTERNS[row.pattern]
    cancel_jobs(session, convo, "breathing_step")
    cancel_jobs(session, convo, "breathing_end")
    row.status = "running"
    convo.slots = {k: v for k, v in convo.slots.items() if k != "breathing_paused_at"}
    schedule_job(
        session,
        convo,
        "breathing_end",
        now + timedelta(seconds=pattern.cycle_seconds + SHORT_LEAD),
        {"session_id": row.id},
        dedupe_key=f"breathing:{row.id}:end@short{now.isoformat()}",
    )
    return [Reply(render("breathing_shorter", phases=pattern.phases))]


def _hard_feeling(said: str, intent: str, ekman: str) -> bool:
    """Tears or a hard feeling told mid-exercise ("im crying", "i feel so sad"), in a
    short message (a longer one tells something, and is listened to as that)."""
    if len(said.split()) > FEELING_WORDS:
        return False
    return CRYING.search(said) is not None or (
        intent == "mood_report" and ekman in ("sadness", "fear", "anger")
    )


def _feeling_better(said: str, intent: str, ekman: str) -> bool:
    """Calmer already, told mid-exercise in a few words ("i feel calmer already", "that was
    ok i guess. bit better"), whatever feeling the model hears in the shrug."""
    if HELPING_NOW.match(said):  # "its helping" (read by the model as asking for help)
        return True
    if len(said.split()) > FEELING_WORDS or not CALMER.search(said):
        return False
    if intent == "mood_report" and ekman == "joy":
        return True
    return intent in ("mood_report", "affirm", "smalltalk") and not UNEASED.search(said)


def _aside(said: str, intent: str, paused: bool) -> bool:
    """Small talk or something off-topic mid-exercise ("my phone is ringing", "whats the
    weather like"): not a new request, so the exercise waits rather than ends. Questions
    about the service and plain requests ("check in") are answered as themselves."""
    if keyword_action(said) is not None or service_topic(said) is not None:
        return False
    if paused and (intent == "thanks" or said.isdigit()):  # "ty", "2" while waiting
        return True
    return intent in ASIDE_INTENTS


def pause_over(convo: Conversation, now: datetime) -> bool:
    """Paused so long ago that the exercise is over, not waiting."""
    at = convo.slots.get("breathing_paused_at")
    return not at or now - datetime.fromisoformat(str(at)) > PAUSE_FOR


def once_more(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "again", "one more time" just after an exercise: the same one, from the start; how
    they said they felt after it stands for how they feel before this one. "how did i do"
    is answered from what they did and said; "any other tips?" just after coping ideas gets
    more of them."""
    body = body_answer(convo, text, settings, now)
    if body is not None:
        return body
    more = more_ideas(session, convo, text, settings, now)
    more = more if more is not None else more_shift_tips(session, convo, text, settings, now)
    if more is not None:
        return more
    asleep = _fell_asleep(session, convo, text, settings, now)
    if asleep is not None:
        return asleep
    if parse.intent == "thanks" and HELPED_THANKS.search(text) and not convo.active_flow:
        # "that helped thanks" after the exercise and how they felt: a warm close, not the
        # "you're welcome, anything else?" of any thanks
        ended = exercise_just_ended(session, convo, now)
        if ended is not None and convo.slots.get("thanked_for") != ended.id:
            convo.slots = {**convo.slots, "thanked_for": ended.id}
            return [Reply(render("breathing_thanks"))]
    if HOW_DID_I_DO.match(text) and not convo.active_flow:
        ended = exercise_just_ended(session, convo, now)
        if ended is None:
            return None
        again = convo.slots.get("how_it_went_told") == ended.id  # asked twice: said shortly
        convo.slots = {**convo.slots, "how_it_went_told": ended.id}
        return [Reply(how_it_went(ended, again=again))]
    last = _breathing_again(session, convo, text, now)
    if last is None:
        return _as_last_time(session, convo, text, parse, settings, now)
    again, row = last
    answered = convo.active_flow != "breathing_after_form"  # (asked, and not answered yet)
    if not answered:
        end_form(convo)
    if convo.active_flow:
        return None
    if answered:  # just told us (a number, or "calmer"): not asked again
        felt = row.mood_before if convo.slots.get("body_asked") else None  # (before dizziness)
        before = row.mood_after or felt or -1
        convo.slots = {**convo.slots, "switched_mood_before": before}
    chosen = replace(parse, entities=())
    started = run(session, convo, "action_start_breathing", again, chosen, settings, now)
    convo.slots = {k: v for k, v in convo.slots.items() if k != "switched_mood_before"}
    return started


def _running(session: Session, convo: Conversation) -> bool:
    """An exercise of theirs runs or is paused."""
    found = session.scalars(
        select(BreathingSession.id).where(
            BreathingSession.conversation_id == convo.id,
            BreathingSession.status.in_(("running", "paused")),
        )
    ).first()
    return found is not None


def exercise_under_way(session: Session, convo: Conversation) -> bool:
    """An exercise runs or waits, or its questions (how they feel before, which one) are
    being asked."""
    return convo.active_flow in BREATHING_FORMS or _running(session, convo)


def _fell_asleep(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "i fell asleep lol" during an exercise, or at its questions: the exercise (or the
    question) is over, and that is the best way for it to end; None otherwise."""
    drifting = DRIFTING.match(text) is not None  # "zzz": drifting off as we speak
    if not FELL_ASLEEP.search(text) and not drifting:
        return None
    running = _running(session, convo)
    if not running and convo.active_flow not in BREATHING_FORMS:
        return None
    if running:
        effects.stop_breathing(session, convo, {}, settings, now)
    if convo.active_flow in BREATHING_FORMS:
        end_form(convo)
    return [Reply(render("breathing_asleep", running=running, drifting=drifting))]


def _breathing_again(
    session: Session, convo: Conversation, text: str, now: datetime
) -> tuple[str, BreathingSession] | None:
    """What to start again when "again" follows an exercise that just ended, and that
    exercise."""
    again = BREATHING_AGAIN.match(text) is not None
    # "slow breathing" just after dizziness stopped one: that one, with how they felt kept
    other = not again and convo.slots.get("body_asked") is not None and named(text) is not None
    # "can we do a different one", "try 4-7-8 instead" just after one: the choice, or that one
    different = not again and (BREATHING_OTHER.search(text) or BREATHING_SWITCH.search(text))
    if not again and not other and not different:
        return None
    last = exercise_just_ended(session, convo, now)
    if last is None:
        return None
    if different and named(text) is None:
        return "breathing", last
    if other or different:
        return text, last
    if last.status == "stopped":  # stopped part-way (it may not have suited them): which one
        return "breathing", last
    return {"box": "box breathing", "478": "4-7-8", "slow": "slow breathing"}[last.pattern], last


# The exercise done before, asked for again some time later: "can we do that breathing
# again", "the same one as last time", "the breathing from yesterday".
AS_LAST_TIME = re.compile(
    r"\b(?:that|the same|same|the) (?:breathing|exercise|one)(?: exercise| thing)? (?:again|"
    r"(?:as|from|like) (?:last time|yesterday|before|the other day))\b|\blike last time\b|"
    r"\b(?:breathing|exercise|one) (?:we did|from) (?:last time|yesterday|before|the other day)\b",
    re.IGNORECASE,
)


def _as_last_time(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "can we do that breathing again" some time after one was done: that one, said so
    (not the choice of three); None for anything else, or with none done before."""
    if convo.active_flow or named(text) is not None or not AS_LAST_TIME.search(text):
        return None
    last = session.scalars(
        select(BreathingSession)
        .where(BreathingSession.conversation_id == convo.id, BreathingSession.status == "done")
        .order_by(BreathingSession.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return None
    if parse.intent != "breathing_request" and not re.search(r"breath|exercise", text, re.I):
        return None  # ("set the same one as before" may be a reminder)
    again = {"box": "box breathing", "478": "4-7-8", "slow": "slow breathing"}[last.pattern]
    started = run(session, convo, "action_start_breathing", again, replace(parse, entities=()),
                  settings, now)  # fmt: skip
    return [Reply(render("breathing_suited", what="again", pattern=last.pattern)), *started]


def exercise_just_ended(
    session: Session, convo: Conversation, now: datetime
) -> BreathingSession | None:
    """The last exercise, when it ended (done or stopped) in the last half hour."""
    last = session.scalars(
        select(BreathingSession)
        .where(BreathingSession.conversation_id == convo.id)
        .order_by(BreathingSession.id.desc())
        .limit(1)
    ).first()
    if last is None or last.ended_at is None or last.status not in ("done", "stopped"):
        return None
    return None if now - last.ended_at > AGAIN_WITHIN else last


def body_speaks(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    chest_first: bool = True,
) -> list[Reply]:
    """The body speaking mid-exercise ("i feel like i'm going to faint", "im dizzy"): the
    exercise stops, and what to do about it (the emergency number first for the chest; in
    a panic, breath that will not come is met as panic, with company)."""
    row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
    breath = BREATH_GONE.search(text) is not None and _in_panic(session, convo, row, text)
    effects.stop_breathing(session, convo, {}, settings, now)
    chest = CHEST.search(text) is not None
    told = BREATHING_BODY.search(text)
    head = told is not None and told.group("head") is not None and not chest
    convo.slots = {
        **convo.slots,
        "body_asked": {"at": now.isoformat(), "chest": chest, "breath": breath},
    }  # the answer to "how are you feeling now?" is heard as about this
    helpline = helpline_of(convo, settings)
    first = chest and chest_first
    body = render("breathing_body", helpline=helpline, chest=first, breath=breath, head=head)
    return [Reply(body)]


def _in_panic(
    session: Session, convo: Conversation, row: BreathingSession | None, said: str
) -> bool:
    """Whether they are in a panic: they say so, or the exercise was begun for one."""
    if PANIC_NOW.search(said):
        return True
    if row is None:
        return False
    opening = render("breathing_panic", ahead=False, helpline={"emergency": ""})
    told = session.scalars(
        select(OutboundMessage.body).where(
            OutboundMessage.conversation_id == convo.id,
            OutboundMessage.created_at >= row.started_at - PANIC_STARTED_WITHIN,
            OutboundMessage.created_at <= row.started_at,
        )
    )
    return any(body.startswith(opening) for body in told)


def body_answer(
    convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """The answer to "how are you feeling now?" after dizziness or a tight chest stopped an
    exercise: eased, or not (what to do then); None for anything else."""
    asked = convo.slots.get("body_asked")
    if not asked or convo.active_flow:
        return None
    if now - datetime.fromisoformat(str(asked["at"])) > BODY_ASKED_FOR:
        return None
    still = BODY_STILL.search(text) is not None
    if not still and not BODY_EASED.match(text):
        return None
    convo.slots = {k: v for k, v in convo.slots.items() if k != "body_asked"}
    breath = bool(asked.get("breath"))
    if still and breath and not asked["chest"]:
        # a panic not easing yet ("its not working", "still bad"): stayed with, and what they
        # say next is heard as about it again (said more briefly the next time)
        again = {**asked, "at": now.isoformat(), "told": int(asked.get("told", 0)) + 1}
        convo.slots = {**convo.slots, "body_asked": again}
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render(
                "breathing_body_after",
                eased=not still,
                chest=asked["chest"],
                breath=breath,
                again=int(asked.get("told", 0)) > 0,
                helpline=helpline,
            )
        )
    ]


def how_it_went(row: BreathingSession, *, again: bool = False) -> str:
    """How the exercise went, for "how did i do": the rounds done and the mood before and
    after, when they gave both (``again``: asked once more, said shortly)."""
    return render(
        "breathing_how_it_went",
        again=again,
        asking=False,
        rounds=PATTERNS[row.pattern].rounds,
        step=row.step,
        finished=row.status == "done",
        before=row.mood_before,
        after=row.mood_after,
    )
