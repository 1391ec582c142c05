"""Breathing coach: box 4-4-4-4, 4-7-8, slow 6-per-minute.

start ──▶ ask pattern ──▶ ask mood_before ──▶ submit: paced prompts scheduled
                                                 │  (one per round, by scheduled jobs)
"done" / new request ──▶ stop at once ─────────┐ ▼
                              breathing_after_form: ask mood_after ──▶ compare, store
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import (
    bare_number,
    effect,
    entity,
    is_skip,
    now_of,
    say,
    slot,
    text_of,
)
from bot.breathing import (
    CALM_NOW,
    HOW_DID_I_DO,
    PATTERNS,
    choose,
    compared,
    learning,
    named,
    suited,
)
from bot.moods import same_as_before
from bot.routing import (
    BREATHING_HOW,
    BREATHING_QUESTION,
    BREATHING_STOP,
    DONE_HERE,
    GROUNDING,
    HOLD_ON,
    HOW_LONG,
    MEDITATION_ASKED,
    NOT_HELPING,
    PANIC,
    VENTING,
    worked_up_ahead,
)

FORM = "breathing_form"
# Where others can see them: "im at my desk people can see me", "on the bus", "in a meeting".
DISCREET = re.compile(
    r"\b(?:at (?:my |the )?(?:desk|work|office|school|uni)|in (?:a |the )?(?:meeting|office|"
    r"class|lecture|lesson|shop|queue|open plan)|on (?:the |a )?(?:bus|train|tube|plane)|in "
    r"public|(?:people|everyone|others|they|someone|colleagues|coworkers) (?:can|could|will|"
    r"would) (?:see|hear|notice)|(?:around|surrounded by|next to) (?:people|colleagues|"
    r"coworkers|others)|(?:can'?t|cant|cannot) (?:do it |breathe )?(?:out loud|loudly)|"
    r"(?:discreet|subtle|quiet|silent) (?:one|way|exercise))\b",
    re.IGNORECASE,
)
AFTER_FORM = "breathing_after_form"


# "good, calmer", "much better thanks": it helped, said in words rather than a number.
_HELPED = re.compile(
    r"^(?!.*\b(?:not|n'?t|no|worse)\b).*\b(?:better|calmer|calm|relaxed|good|great|helped|"
    r"nice|lovely|lighter|chilled|peaceful)\b",
    re.IGNORECASE,
)
HELPED = 0
# "that didnt help", "worse", "still anxious": the mood_after value for it did not help.
NOT_HELPED = -2
_WORSE = re.compile(r"^\W*(?:(?:a bit|a little|bit|even|much|kinda|feel|i feel)\s+)*worse\b", re.I)
# "meh. not sure it did anything", "didnt really do much", "same as before": no difference,
# which is an answer (it did not help), not a reason to ask for a number again.
_NO_DIFFERENCE = re.compile(
    r"\b(?:did ?n'?t|didnt|did not|does ?n'?t|doesnt|does not) (?:really |seem to |do )?"
    r"(?:do|change|make) (?:much|anything|a lot|owt|a difference|any difference|much difference)"
    r"\b|\bnot sure (?:it|that|if it|that it) (?:did|does|helped|worked|made|changed)\b|"
    r"\b(?:no|not much|not any|hardly any) (?:real )?(?:difference|change)\b|"
    r"\bnothing (?:changed|happened|really changed)\b|^\W*(?:\w+\W+){0,2}same as before\b",
    re.IGNORECASE,
)
# "done", "meh", "ok": an answer that gives no number and says neither way.
_NO_SCORE = re.compile(
    r"^\W*(?:meh|ok(?:ay)?|fine|alright|idk|dunno|not sure|no idea|hard to say|👍+|👌)\W*$", re.I
)
# "ok that one", "lets do that": the pattern just explained.
_THAT_ONE = re.compile(
    r"^\W*(?:ok(?:ay)?|yes|yeah|sure|alright)?[ ,]*(?:(?:i'?ll |let'?s |lets )?"
    r"(?:do |try |go with )?(?:that|this|that one|this one|it)|sounds good|go on)\W*"
    r"(?:one|please|pls)?\W*$",
    re.IGNORECASE,
)  # the mood_after value for "it helped" in words (no number stored)


# How they feel, told in words instead of a number: "pretty anxious tbh", "not great",
# "stressed out", "a bit wound up", "meh".
_FEELING_WORDS = re.compile(
    r"\b(?:anxious|anxiety|stressed|stress|panick?y|panicking|nervous|tense|wound up|on edge|"
    r"worried|scared|overwhelmed|wired|jittery|shaky|shaking|restless|agitated|upset|sad|down|"
    r"low|angry|frustrated|irritated|annoyed|fed up|tired|exhausted|drained|awful|terrible|"
    r"horrible|rubbish|crap|shit|bad|not (?:great|good|good at all|brilliant|amazing|so good|"
    r"too good)|meh|so-?so|ok-?ish|okay-?ish|alright|calm|fine|good|great|rough|crappy|"
    r"struggling|sick|heavy|numb)\b",
    re.IGNORECASE,
)
WORDS_FOR_A_MOOD = 8  # a feeling in a few words; a longer message says more than how they are


def told_in_words(text: str) -> bool:
    """How they feel, in a few words rather than a number ("pretty anxious tbh")."""
    return len(text.split()) <= WORDS_FOR_A_MOOD and _FEELING_WORDS.search(text) is not None


# Asked how they feel before starting: "ok go on", "just start", "lets go", "ready": started
# without a number, as "skip" would.
_GO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|alright|yes|yeah|yep|sure|um+|just|so)[ ,.!]+)*"
    r"(?:(?:i'?m|im|i am) )?"
    r"(?:go(?: on| ahead)?|ready|start(?: it| now)?|begin|let'?s (?:go|start|begin|do (?:it|this))|"
    r"lets (?:go|start|begin|do (?:it|this))|get on with it|carry on|continue|resume|"
    # "idk" to how they feel: no number needed to begin
    r"idk|dunno|i dunno|not sure|no idea|i don'?t know|hard to say)"
    r"(?: then| now| please| pls)?\W*$|"
    # a bare "ok" or "sure" to the question: go ahead, no number needed
    r"^\W*(?:ok(?:ay)?|k+|kk|okie|sure|yes|yeah|yep|yup|cool|alright|fine by me|👍)\W*$",
    re.IGNORECASE,
)
# Asked how they feel before starting: "wait", "brb", "hang on a sec": not an answer, so the
# question waits for them (and is not counted as missed).
_HOLD = re.compile(
    HOLD_ON + r"|pause|not yet|not ready(?: yet)?)"
    r"(?:[ ,.!]+(?:a (?:sec|second|min|minute|moment)|please|pls|sorry|x|yet))*\W*$|"
    # "hang on someone's at the door", "one sec my phone": called away, with why
    r"^\W*(?:(?:sorry|oh|oops|um+|ok(?:ay)?)[ ,.!]+)?(?:hang on|hold on|one sec|1 sec|"
    r"just a (?:sec|second|moment|min(?:ute)?)|brb|be right back|gimme a (?:sec|min)|"
    r"give me a (?:sec|second|moment|min(?:ute)?))\b[^?]*$",
    re.IGNORECASE,
)
# Settled before starting ("ok i feel a bit better", "actually im fine now", "calmer now
# thanks"), often after grounding: no exercise needed, and no choice asked again.
_SETTLED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|actually|tbh|honestly|yeah|yes|thanks|thank you|ty|um+|hm+|that "
    r"helped|it helped|that worked)[ ,.!]+)*(?:i (?:think|guess) )?(?:(?:i'?m|im|i am|i feel|"
    r"feeling|i'?m feeling|im feeling|feel) )(?:a (?:bit|little|lot) |loads |much |way |so much )?"
    r"(?:better|calmer|ok(?:ay)?(?: now)|fine(?: now)|alright(?: now)|more settled|settled|"
    r"less (?:anxious|panicky|stressed|shaky))"
    r"(?:[ ,.!]+(?:now|already|thanks|thank you|ty|thx|actually|tbh|i think|x+|:\)|🙂|😊))*\W*$",
    re.IGNORECASE,
)
# Breathing asked for to wind down or sleep: "help me wind down", "i need to wind down before
# bed", "breathing for sleep" (not ideas for a routine: "wind down routine ideas").
WIND_DOWN_NOW = re.compile(
    r"^(?!.*\b(?:ideas?|tips?|routine|advice|remind\w*|every)\b)"
    r".*(?:\bwind(?:ing)?[- ]?down\b|\b(?:breath\w*|exercise|one) (?:for|to help (?:me )?"
    r"(?:with )?|before) (?:sleep\w*|bed(?:time)?)\b)",
    re.IGNORECASE,
)
# A short one asked for: "breathing but quick pls", "a quick breathing exercise" (not "quick
# question").
QUICK_ASKED = re.compile(r"\b(?:quick|short|fast)\b(?!\s+(?:question|q|one about)\b)", re.I)
# Back after "hang on": "ok back", "im back", "sorry about that".
_BACK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|alright|sorry|so|yes|yeah|yep)[ ,.!]+)*(?:(?:i'?m|im|i am) )?"
    r"(?:back|here|sorry about that|where were we)(?: now| again)?\W*$",
    re.IGNORECASE,
)
# Asked before starting how it is done: "how do i do it", "ok but how", "what do i do".
_HOW_TO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|but|and|um+|hm+|wait|sorry|right|yeah|sure)\W+)*"
    r"(?:how (?:do|does|would|should|can|will) (?:i|you|we|one|it|this|that) (?:do|go|work)"
    r"(?: it| this| that| box(?: breathing)?| 4\W?7\W?8| the breathing| breathing)?|"
    r"how (?:is|was) (?:it|this|that) done|what do i (?:do|have to do|need to do)|how)"
    r"(?:\s+(?:then|again|exactly|tho|though|lol|sorry|pls|please))*\W*$",
    re.IGNORECASE,
)


def _asked_how(text: str) -> str | None:
    """How to breathe or sit, asked before starting ("nose or mouth?", "can i lie down")."""
    from bot.exercise import comfort_asked  # (the same questions as mid-exercise)

    asked = comfort_asked(text)
    if asked in ("posture", "eyes", "nose"):
        return asked
    how = BREATHING_HOW.search(text)
    return "how" if how is not None and how.group("helping") is None else None


def mood_answer(tracker: Tracker) -> int | None:
    """1-10 from the entity or a bare number; -1 when skipped."""
    text = text_of(tracker)
    value = entity(tracker, "mood_score")
    if value is None:
        value = bare_number(text)
    if value is None:
        return -1 if is_skip(text) else None
    return int(value) if 1 <= int(value) <= 10 else None


class ActionStartBreathing(Action):
    """Open the breathing form; a named pattern in the request is kept."""

    def name(self) -> str:
        """Action name."""
        return "action_start_breathing"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Prefill the pattern if the message names one; in a panic, begin straight away."""
        text = text_of(tracker).lower()
        pattern = named(text)  # "the 4 7 8 one"; not the 2 in "i need 2 minutes"
        switched = tracker.get_slot("switched_mood_before")
        if switched is not None and pattern is None:  # "a different one": which, then on
            return [
                ActiveLoop(FORM),
                SlotSet("pattern", None),
                SlotSet("mood_before", int(switched)),
                SlotSet("requested_slot", "pattern"),
            ]
        if switched is not None and pattern is not None:  # mid-exercise: how they felt stands
            return [
                ActiveLoop(FORM),
                SlotSet("pattern", pattern),
                SlotSet("mood_before", int(switched)),
                SlotSet("requested_slot", None),
            ]
        panic, ahead = PANIC.search(text), worked_up_ahead(text)
        if GROUNDING.search(text) and pattern is None and not panic and switched is None:
            # "grounding exercise", "i need to ground myself": 5-4-3-2-1, breathing offered
            say(dispatcher, "grounding")
            # (kept so "i cant smell anything" next is heard as about the grounding)
            given = now_of(tracker).isoformat()
            return [SlotSet("offer", "breathing"), SlotSet("grounding_at", given)]
        if MEDITATION_ASKED.search(text) and pattern is None and not panic and switched is None:
            # "do u have any sleep meditations": none to play, a body scan by text instead
            say(dispatcher, "breathing_meditation")
            return [SlotSet("offer", "breathing")]
        offered = tracker.get_slot("offered_pattern")
        if pattern is None and offered and not panic and switched is None:
            # "yes" to "would a slow breathing exercise help?": that one, not the choice of three
            say(dispatcher, "breathing_suited", pattern=offered, what="offered")
            pattern = str(offered)
        if pattern is None and not panic and switched is None and QUICK_ASKED.search(text):
            # "breathing but quick pls": the one-minute one, said why, then how they feel
            say(dispatcher, "breathing_suited", pattern="slow", what="quick")
            pattern = "slow"
        if pattern is None and not panic and switched is None and WIND_DOWN_NOW.search(text):
            # "help me wind down", "breathing for sleep": 4-7-8, said why, then how they feel
            say(dispatcher, "breathing_suited", pattern="478", what="sleep")
            pattern = "478"
        if panic or ahead:  # worked up about tomorrow: slow breathing now, not a 999 line
            say(
                dispatcher,
                "breathing_panic",
                helpline=slot(tracker, "helpline", {}),
                ahead=bool(ahead and not panic),
            )
            return [
                ActiveLoop(FORM),
                SlotSet("pattern", pattern or "slow"),
                SlotSet("mood_before", -1),
                SlotSet("requested_slot", None),
            ]
        if HOW_LONG.search(text):  # "how long is the breathing thing": that, then the choice
            say(dispatcher, "form_how_long", form=FORM, pattern=pattern)
        elif compared(text):  # "difference between box and 4-7-8": all three, then the choice
            say(dispatcher, "breathing_choices", pattern=None)
            pattern = None
        elif pattern is not None and (BREATHING_QUESTION.search(text) or learning(text)):
            # "whats box breathing?": what it is, then the usual first question; "teach me
            # 4-7-8": how it is done too
            taught = learning(text) is not None and not BREATHING_QUESTION.search(text)
            say(dispatcher, "breathing_choices", pattern=pattern, how=taught)
        return [
            ActiveLoop(FORM),
            SlotSet("pattern", pattern),
            SlotSet("mood_before", None),
            SlotSet("breathing_wait", None),
            # "can we do a breathing exercise im on the train": done so nobody notices
            SlotSet("breathing_discreet", True if DISCREET.search(text) else None),
            SlotSet("requested_slot", "pattern" if pattern is None else "mood_before"),
        ]


class ValidateBreathingForm(FormValidationAction):
    """Pattern and mood before."""

    def name(self) -> str:
        """Action name."""
        return "validate_breathing_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "wait", "brb" before starting: the question waits, not counted as missed."""
        asked = tracker.get_slot("requested_slot")
        if asked in ("pattern", "mood_before") and VENTING.search(text_of(tracker)):
            # "actually can i just talk": not begun; listened to
            say(dispatcher, "not_wanted")
            now = now_of(tracker).isoformat()
            return [
                ActiveLoop(None),
                SlotSet("requested_slot", None),
                SlotSet("pattern", None),
                SlotSet("mood_before", None),
                SlotSet("breathing_wait", None),
                SlotSet("listening_since", now),
            ]
        if asked in ("pattern", "mood_before") and _SETTLED.match(text_of(tracker)):
            # "ok i feel a bit better" (after grounding, say): glad, and not begun
            say(dispatcher, "breathing_not_needed")
            return [
                ActiveLoop(None),
                SlotSet("requested_slot", None),
                SlotSet("pattern", None),
                SlotSet("mood_before", None),
                SlotSet("breathing_wait", None),
            ]
        if asked in ("pattern", "mood_before") and _HOLD.match(text_of(tracker)):
            return [SlotSet("breathing_wait", True), SlotSet("aside", True)]
        if asked == "pattern" and tracker.get_slot("breathing_wait"):
            if _BACK.match(text_of(tracker)):  # "ok back": the choice again, in full
                return [SlotSet("breathing_wait", None), SlotSet("aside", True)]
            events = await super().run(dispatcher, tracker, domain)
            return [*events, SlotSet("breathing_wait", None)]
        waited = asked == "mood_before" and tracker.get_slot("breathing_wait")
        if waited and _BACK.match(text_of(tracker)):  # "ok back" to "say go to start": begun
            return [SlotSet("mood_before", -1), SlotSet("breathing_wait", None)]
        if asked == "pattern" and DISCREET.search(text_of(tracker)):
            # "im at my desk people can see me": slow breathing, which nobody need notice,
            # started at once
            return [
                SlotSet("pattern", "slow"),
                SlotSet("mood_before", -1),
                SlotSet("breathing_discreet", True),
            ]
        comfort = _asked_how(text_of(tracker)) if asked in ("pattern", "mood_before") else None
        if comfort is not None:
            # "do i breathe through my nose?", "can i do this lying down": answered, then how
            # they feel asked again (not "a number from 1 to 10 is all I need")
            say(
                dispatcher,
                "breathing_how",
                asked=comfort,
                starting=True,
                choosing=asked == "pattern",
            )
            return [SlotSet("aside", True)]
        if asked in ("pattern", "mood_before") and _HOW_TO.match(text_of(tracker)):
            # "how do i do it": how, then the same question again (the choice kept)
            chosen = tracker.get_slot("pattern") if asked == "mood_before" else None
            say(dispatcher, "breathing_choices", pattern=chosen, how=True)
            return [SlotSet("aside", True)]
        return await super().run(dispatcher, tracker, domain)

    async def extract_pattern(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "1", "box", "4-7-8", "slow", "you pick"."""
        if tracker.get_slot("requested_slot") != "pattern":
            return {}
        fits = suited(text_of(tracker))
        if fits is not None:  # "which ones good for panic": that one, said why, and begun
            say(dispatcher, "breathing_suited", pattern=fits[0], what=fits[1])
            return {"pattern": fits[0]}
        if BREATHING_QUESTION.search(text_of(tracker)):  # "whats box breathing?": not a choice
            return {}
        explained = tracker.get_slot("pattern_explained")
        if explained and _THAT_ONE.match(text_of(tracker)):  # "ok that one", after explaining it
            return {"pattern": explained}
        choice = choose(text_of(tracker))
        return {"pattern": choice} if choice else {}

    async def extract_mood_before(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """1-10, or skip."""
        if tracker.get_slot("requested_slot") != "mood_before":
            return {}
        if _GO.match(text_of(tracker)):  # "ok go on": started without a number
            return {"mood_before": -1}
        mood = mood_answer(tracker)
        if mood is None and told_in_words(text_of(tracker)):
            return {"mood_before": -1}  # "pretty anxious tbh": told, and started (no number)
        return {"mood_before": mood} if mood is not None else {}


class ActionSubmitBreathing(Action):
    """Start the paced prompts."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_breathing"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Explain the pattern; the engine schedules one prompt per round."""
        key = str(slot(tracker, "pattern", "box"))
        mood = int(slot(tracker, "mood_before", -1))
        discreet = bool(tracker.get_slot("breathing_discreet"))
        rounds = PATTERNS[key].rounds
        say(dispatcher, "breathing_intro", pattern=key, rounds=rounds, discreet=discreet)
        effect(dispatcher, "start_breathing", pattern=key, mood_before=None if mood < 1 else mood)
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("pattern", None),
            SlotSet("mood_before", None),
            SlotSet("breathing_wait", None),
            SlotSet("breathing_cut_short", None),
            SlotSet("breathing_discreet", None),
        ]


class ActionStopBreathing(Action):
    """End a running exercise at once and ask how they feel."""

    def name(self) -> str:
        """Action name."""
        return "action_stop_breathing"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Stop the prompts; move to the after-question."""
        effect(dispatcher, "stop_breathing")
        say(
            dispatcher,
            "breathing_stopped",
            calm=CALM_NOW.match(text_of(tracker).strip()) is not None,
        )
        return [
            SlotSet("breathing_cut_short", True),  # (for "how did i do" at the question)
            ActiveLoop(AFTER_FORM),
            SlotSet("requested_slot", "mood_after"),
            SlotSet("mood_after", None),
        ]


# Still awake, said to how they feel after breathing at night: "still awake", "still cant
# sleep", "nope still up".
STILL_AWAKE = re.compile(
    r"^\W*(?:(?:no+|nope|nah|ugh+|meh|well)\W+)*(?:(?:i'?m|im|i am) )?still (?:wide )?(?:awake|up|"
    r"(?:can'?t|cant|cannot|not able to) (?:get to )?sleep|not (?:asleep|sleeping|sleepy))\b"
    r"(?:\W+(?:lol|ugh|tho|though|tbh|x+))*\W*$",
    re.IGNORECASE,
)


class ValidateBreathingAfterForm(FormValidationAction):
    """How they feel after the exercise."""

    def name(self) -> str:
        """Action name."""
        return "validate_breathing_after_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "how did i do?" before saying how they feel: answered, then asked again."""
        if HOW_DID_I_DO.match(text_of(tracker)):
            before = tracker.get_slot("breathing_mood_before")
            say(
                dispatcher,
                "breathing_how_it_went",
                again=False,
                asking=True,
                finished=not tracker.get_slot("breathing_cut_short"),
                rounds=None,  # (the exercise itself is not in the form's slots)
                step=None,
                before=before if before and int(before) >= 1 else None,
                after=None,
            )
            return [SlotSet("aside", True)]
        if STILL_AWAKE.match(text_of(tracker)):
            # "still awake" after breathing in the night: no number; letting go of trying
            say(dispatcher, "sleep_tonight_still")
            return [
                ActiveLoop(None),
                SlotSet("requested_slot", None),
                SlotSet("mood_after", None),
                SlotSet("offer", "night_breathing"),
            ]
        return await super().run(dispatcher, tracker, domain)

    async def extract_mood_after(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """1-10, or skip; "calmer", "better now" say it helped without a number."""
        text = text_of(tracker)
        if (NOT_HELPING.search(text) or _WORSE.match(text)) and bare_number(text) is None:
            return {"mood_after": NOT_HELPED}  # "that didnt help": said so, not asked again
        mood = mood_answer(tracker)
        before = tracker.get_slot("breathing_mood_before")
        if mood is None and before and int(before) >= 1 and same_as_before(text):
            return {"mood_after": int(before)}  # "about the same": as before, unchanged
        if mood is None and _NO_DIFFERENCE.search(text):
            return {"mood_after": NOT_HELPED}  # "didnt really do much": heard, not asked again
        if mood is None and _HELPED.search(text):
            return {"mood_after": HELPED}
        if mood is None and (BREATHING_STOP.match(text) or DONE_HERE.match(text)):
            return {"mood_after": -1}  # "done": finished, without a number
        if mood is None and _NO_SCORE.match(text):
            return {"mood_after": -1}
        return {"mood_after": mood} if mood is not None else {}


class ActionSubmitBreathingAfter(Action):
    """Store the mood after and compare it with before."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_breathing_after"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Compare before and after."""
        after = int(slot(tracker, "mood_after", -1))
        before = tracker.get_slot("breathing_mood_before")
        effect(dispatcher, "finish_breathing", mood_after=None if after < 1 else after)
        say(
            dispatcher,
            "breathing_after",
            before=before,
            after=None if after < 1 else after,
            helped=after == HELPED,
            not_helped=after == NOT_HELPED,
        )
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("mood_after", None),
            SlotSet("breathing_cut_short", None),
        ]
