"""What a message asks for: intents and plain words mapped to the actions that start them.

A table, so the routes can be read at a glance; `bot/dialogue.py` decides when to use it.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

from bot.breathing import learning, weighed_by_name
from bot.languages import fine_abroad, greeted_in
from bot.reminders import checkin_later, pause_asked, quiet_for_a_while, shifted_by
from bot.safety_words import (
    ASKS_WHAT_WE_DO,
    NEW_HERE,
    about_a_pet,
    affection_only,
    crisis_kind,
    declines_a_person,
    is_doubtful,
    is_third_party,
    names_someone_close,
    pet_ate_something,
    tells_a_loss,
    worried_about_someone,
)
from bot.safety_words.everyday import forgets_medicine, medicine_mishap, meds_reminder_not_needed
from bot.safety_words.explained import an_errand_for_us, partner_temper_only
from bot.sleep import (
    awake_and_sleepless,
    kept_awake_by_thoughts,
    sleep_question,
    sleep_told,
    sleeper,
    up_late,
    wind_down_asked,
)
from bot.topics import (
    ABOUT_US,
    EXASPERATED,
    KEEP_THE_REST,
    STORY_START,
    chat_topic,
    service_topic,
    their_news,
)

if TYPE_CHECKING:
    from nlu import Parse

# Intent -> the action that starts it.
ROUTES: dict[str, str] = {
    "greet": "action_greet",
    "goodbye": "action_goodbye",
    "thanks": "action_thanks",
    "mood_report": "action_start_checkin",
    "checkin_request": "action_start_checkin",
    "breathing_request": "action_start_breathing",
    "sleep_help": "action_start_sleep",
    "set_reminder": "action_set_reminder",
    "list_reminders": "action_list_reminders",
    "cancel_reminder": "action_cancel_reminder",
    "help": "action_menu",
    "human_request": "action_handover",
    "delete_data": "action_start_delete",
    "export_data": "action_export",
    "smalltalk": "action_smalltalk",
    "support_other": "action_support_other",
    "affirm": "action_menu",
    "deny": "action_menu",
    "out_of_scope": "action_fallback",
}
# Requests strong enough to interrupt a flow in progress.
# "done!", "took them 👍": a reminder acted on.
# "i took my tablets": one dose, as asked ("i took all my tablets" is never matched).
_TOOK = r"(i )?(just |already )?took (it|them|em|'em|my (?!life\b)\w+)( already| now| earlier)?"
DONE_WORDS = re.compile(
    r"^(done|all done|did it|done it|just did|taken|drank it|had it|"
    r"(?:taken|done|did it|took (?:it|them))(?: them)?,? (?:thanks|thank you|ty|thx|cheers)|"
    r"(?:forgot,? )?(?:taking|doing|having) (?:it|them|mine) now|"
    r"ok done|yes done|already (did|done|have|took (it|them))( it| them| that)?|done already|"
    rf"{_TOOK}|(i'?ve|i have) (just |already )?taken (it|them|my (?!life\b)\w+)( now)?|"
    rf"(yep|yes|yeah|ok|okay),? (did it|done|{_TOOK})|👍|✅|✔️)"
    # "did it already x", "done thanks xx": already, thanks and a kiss after it
    r"(?:,? already)?(?:,? (?:thanks|thank you|ty|thx|cheers))?(?:\s+x{1,3})?\W*$",
    re.IGNORECASE,
)
# "idk what to do", "not sure": unsure about the question, not a request for the help menu.
UNSURE = re.compile(r"^(idk|i don'?t know|i dunno|dunno|not sure|no idea|hard to say)\b", re.I)
# "idk", "wait what", "huh?" as the whole answer: unsure of the answer, or of the question.
UNSURE_ANSWER = re.compile(
    r"^\W*(?:(?:um+|hm+|er+m?|wait|sorry|oh|lol|honestly)[ ,.!]*)?(?:idk|(?:i )?don'?t know|"
    r"i dunno|"
    r"dunno|not sure|unsure|no idea|no clue|hard to say|can'?t say|what|wat|wut|huh|eh|pardon|"
    r"what do (?:you|u) mean|wdym|i don'?t (?:get|understand)(?: it)?|confused)"
    r"(?: really| tbh| honestly| sorry| lol)?\W*$",
    re.IGNORECASE,
)
INTERRUPTS = frozenset(
    {
        "checkin_request",
        "breathing_request",
        "sleep_help",
        "set_reminder",
        "list_reminders",
        "cancel_reminder",
        "help",
        "human_request",
        "delete_data",
        "export_data",
    }
)
# A form's own intents never interrupt it ("4, feeling low" inside a check-in).
FORM_INTENTS: dict[str, tuple[str, ...]] = {
    "checkin_form": ("checkin_request", "mood_report"),
    "breathing_form": ("breathing_request",),
    "breathing_after_form": ("breathing_request", "mood_report"),
    "sleep_form": ("sleep_help",),
    "reminder_form": ("set_reminder",),
    "delete_form": ("delete_data",),
}
# A form's other questions that may be answered before the one it asked ("to stretch"
# when asked what for and when).
SIDE_ANSWERS: dict[str, tuple[str, ...]] = {
    "reminder_form": ("reminder_label",),
    # "woke at 4 and couldnt get back": when they got up is next; "took ages" or "2/5" told
    # before their question is kept, and the question asked is not counted as missed
    "sleep_form": ("woke_at", "latency", "quality"),
}
MENU_NUMBERS = {
    "1": "action_start_checkin",
    "2": "action_start_breathing",
    "3": "action_start_sleep",
    "4": "action_set_reminder",
    "5": "action_handover",
}
# Moving a reminder in other words: "postpone it", "prepone it to 8", "push it back an hour".
_SHIFT = (
    r"\b(?:postpone|prepone|delay|bring (?:it|that|this) forward|push (?:it|that|this) back|"
    r"put (?:it|that|this) off)\b"
)
# Asking to be grounded: "grounding exercise", "i need to ground myself", "can we do the
# 54321 thing" (not "im grounded" or "the ground floor").
GROUNDING_WORDS = (
    r"\bgrounding\b|\bground (?:me|myself|yourself|ourselves)\b|"
    r"\b5[\s,-]*4[\s,-]*3[\s,-]*2[\s,-]*1\b"
)
GROUNDING = re.compile(GROUNDING_WORDS, re.IGNORECASE)
# A guided meditation or calming sounds asked of us: "do u have any sleep meditations", "can
# you play rain sounds", "do you do body scans" (not "any good meditation apps").
MEDITATION_ASKED = re.compile(
    r"^(?!.*\b(?:apps?|websites?|youtube|podcasts?|courses?|classes?|remind\w*)\b).*(?:\bmeditat\w*|"
    r"\bbody ?scans?\b|\bsleep stor(?:y|ies)\b|\b(?:rain|white noise|ocean|wave|calming|"
    r"relaxing|nature) (?:sounds?|noises?|music)\b|"
    r"\bguided (?:relaxation|imagery|visuali[sz]ation)\b|\bmindful\w*|"
    r"\b(?:relaxation|relaxing) (?:exercises?|techniques?)\b)",
    re.IGNORECASE,
)
KEYWORDS: tuple[tuple[str, str], ...] = (
    (_SHIFT, "action_change_reminder"),
    (r"^(menu|options|help me|what can you do)\??$", "action_menu"),
    (ASKS_WHAT_WE_DO.pattern, "action_menu"),
    (r"\b(check[- ]?in|checkin)\b", "action_start_checkin"),
    (
        r"\b(record|log|note|track|rate)\b.{0,12}\b(how i('?m| am)? feel\w*|my mood|my feelings)\b",
        "action_start_checkin",
    ),
    (r"\b(breath(e|ing)?|box|4-7-8|478|calm down)\b", "action_start_breathing"),
    (GROUNDING_WORDS, "action_start_breathing"),  # 5-4-3-2-1, then breathing offered
    (
        r"\b(sleep diary|(log|record|track|note)( down)? "
        r"(my |last night'?s |how i )?(sleep|slept))",
        "action_sleep_diary",
    ),
    (r"\b(sleep|slept|insomnia|can'?t sleep)\b", "action_start_sleep"),
    (r"\b(move|change|reschedule|push|switch)\b.*\bto\b", "action_change_reminder"),
    (
        r"\b(cancel|delete|remove|stop|turn off)\b.*\b(one|reminder|reminders|it)\b",
        "action_cancel_reminder",
    ),
    (r"\bremind(er|ers)?\b", "action_set_reminder"),
    (
        r"\b(talk to|speak to|chat with) (a |an |some)?(person|human|someone|somebody|real)\b",
        "action_handover",
    ),
)
EXIT_WORDS = re.compile(
    r"^(exit|quit it|never ?mind|nvm|forget it|leave it|menu|"
    r"cancel (this|that|it)|stop (this|that|it)|something else)\W*$",
    re.IGNORECASE,
)
# Declining to answer the question a flow asked, or signing off, leaves the flow.
LEAVE_FLOW = re.compile(
    r"^(?:(?:honestly|tbh|sorry|actually|ugh|um+|ok|okay|look|sweet as|cool|cheers|aight|"
    r"alright|right|anyway)[ ,]+)*"
    r"(no|nope|nah|no thanks?|not now|not right now|maybe later|later|skip( it| this)?|pass|"
    r"i don'?t want to|i'?d rather not|rather not|bye|goodbye|bye for now|gtg|"
    # "sweet as, catch ya", "aight peace": signing off in other words
    r"catch (?:ya|you)(?: later)?|cya|see ya|laters|ttyl|ttfn|peace(?: out)?|hooroo|cheerio|"
    r"(?:speak|talk) (?:soon|later|tmrw|tomorrow)|"
    r"got to go|gotta go|good ?night|night|done|all done|all good|(?:i'?m |i am )?(?:all )?"
    r"(?:good|ok|okay|fine|better) now|(?:(?:please|pls|can you|just) )?stop asking (?:me )?(?:so "
    r"many |all these |these |any more )?(?:questions|stuff|things)?(?: please| pls)?|"
    r"(?:no more|enough(?: with the)?|too many) questions(?: please| pls)?|"
    # "can we do this later", "do it later pls"
    r"(?:(?:can|could) (?:we|i) |let'?s |lets )?(?:do|finish) (?:this|it|that)(?: one)? later"
    r"(?: on)?(?: please| pls| plz)?|"
    r"i (?:really )?(?:don'?t|dont|do not) (?:want|wanna|feel like) (?:to )?"
    r"(?:answer(?: this| these| questions)?|"
    r"do(?:ing)? (?:this|that|it|(?:the|a) (?:diary|check ?-?in|exercise|breathing))))"
    r"(?:[ ,]+(?:right now|now|today|tonight|atm|rn|at the moment|thanks|thank you|sorry))*\W*$",
    re.IGNORECASE,
)
# "why do you need to know?", asked instead of answering a flow's question.
WHY_ASK = re.compile(
    r"^\W*(?:but |ok |okay |um+ )?(?:why\??$|what for|how come|why do (?:you|u) (?:need|want|ask)|"
    r"what(?:'?s| is) (?:this|that|it) (?:(?:even|actually|all|really) )?for|"
    r"why (?:are|r) (?:you|u) asking|why does (?:it|that) matter|"
    # "why do you keep asking me that", "why do u always ask that", "why all the questions"
    r"why (?:do|d|are|r|does) (?:you|u|ya|it) (?:keep(?: on)?|always|even) ask(?:ing)?\b|"
    r"why (?:do|d) (?:you|u|ya) ask (?:me )?(?:that|this|these|so many)\b|"
    r"why (?:all|so many) (?:the |these )?questions|"
    r"what do (?:you|u) (?:need|want) (?:it|that|this) for|"
    r"(?:wait )?what (?:does|will|would) (?:that|it|this) (?:delete|erase|remove|do)|"
    r"what gets (?:deleted|erased))",
    re.IGNORECASE,
)
# "i just need to vent", "can i rant for a sec": wanting to be heard, not a check-in.
VENTING = re.compile(
    r"\b(?:need|want|wanna|have|got) to (?:vent|rant|get (?:this|it|something|some stuff|"
    r"things) off my chest)\b|\b(?:need|want|wanna) to (?:just )?talk(?: (?:it out|about it|"
    r"for a (?:bit|sec|minute|while)))?(?=\W*$)|\blet me (?:vent|rant)\b|"
    r"\b(?:can|could|may) i (?:just |quickly |please )?(?:vent|rant|moan|have a (?:vent|rant|"
    r"moan))\b|\bcan i just talk\b(?! to (?:a|an|some|the|real))|\bneed a (?:vent|rant|moan)\b|"
    r"\bjust venting\b|\b(?:vent|rant) incoming\b|"
    r"\b(?:mind|ok|okay) if i (?:vent|rant|moan)\b|"
    r"\bsorry (?:for|about) the rant\b|"
    # "i'd rather just talk", "rather talk if thats ok" (not "rather talk to a person")
    r"\b(?:rather|prefer to) (?:just )?(?:talk|chat|vent)(?: (?:about it|it (?:out|through)|"
    r"instead|for a (?:bit|sec|minute|while)|to you|with you))*(?=(?:\W+(?:tbh|honestly|really|"
    r"if (?:that'?s|thats|its|it'?s) (?:ok|okay|alright|fine)|please|pls|thanks|x+))*\W*$)|"
    r"\bcan i (?:just )?tell (?:you|u) (?:about it|what'?s (?:going on|happening|wrong|up))\b|"
    r"^(?:can we|could we|let'?s|lets|i (?:just )?want to|i wanna)?\s*(?:just )?(?:talk|chat)"
    r"(?: for a (?:bit|sec|minute|while))?(?: instead| rather| for now)?(?: i guess| please| pls)?"
    r"\W*$",
    re.IGNORECASE,
)
# "ok stop", "i want to stop", "can we stop now": ending what we are doing together.
# Only "stop" and "finish": "i want to end it" is never read as leaving a flow.
# "im done", "ok i'm done now", "im finished with this": finished with what we are doing.
DONE_HERE = re.compile(
    r"^(?:(?:ok(?:ay)?|right|so|um+|yeah|yep)[ ,]+)*(?:i'?m|im|i am)\s+(?:all\s+)?"
    r"(?:done|finished)(?:[ ,]+(?:now|here|with (?:this|that|it|the (?:exercise|breathing|"
    r"check ?-?in|diary|questions))|for (?:now|today|tonight)|thanks|thank you|ty|thx))*\W*$",
    re.IGNORECASE,
)
STOP_FLOW = re.compile(
    r"^(?:(?:ok(?:ay)?|so|um+|please|pls|can we|could we|can i|i want to|i wanna|"
    r"i'?d like to|let'?s|i need to)[ ,]+)*(?:stop|finish)(?:[ ,]+(?:it|this|that|"
    r"here|now|for now|please|pls|the exercise|the breathing|breathing|the check ?-?in))*\W*$",
    re.IGNORECASE,
)
BREATHING_STOP = re.compile(
    r"^(?:(?:ok|okay|right|um+|yeah)[ ,]+)?(done|finish(ed)?|enough|that'?s enough|"
    r"enough for now|stop (it|breathing|"
    r"the exercise|now)|end (it|the exercise))\W*$",
    re.IGNORECASE,
)
# While a breathing exercise runs: "ok", "👍", "doing it" keep it going.
BREATHING_WITH_YOU = re.compile(
    r"^\W*(?:ok(?:ay)?|k+|kk|yes|yep|yeah|ya|sure|alright|right|got it|mhm+|hmm+|doing it|"
    r"im doing it|i'?m doing it|breathing|ok breathing|trying|i'?m trying|im trying|will do|cool|"
    r"fine|in|out|hold|holding|ready)\W*$|^[^\w]+$",
    re.IGNORECASE,
)
# "hang on", "one sec", "brb" while breathing: hold the prompts until they are back.
# A moment asked for: "hang on", "one sec", "brb", maybe after "sorry" or "ok".
HOLD_ON = (
    r"^\W*(?:(?:sorry|oh|oops|um+|ok(?:ay)?)[ ,.!]+)?(?:hang on|hold on|wait|one sec|1 sec|"
    r"a sec|one (?:moment|min(?:ute)?)|just a (?:sec|second|moment|min(?:ute)?)|brb|"
    r"be right back|back in a (?:sec|min|bit)|gimme a (?:sec|min)|give me a (?:sec|second|"
    r"moment|min(?:ute)?)"
)
# A moment asked for, alone: "brb", "one sec", "hang on a min", "back in a bit x".
A_MOMENT = re.compile(
    r"^\W*(?:(?:sorry|soz|oh|oops|ok(?:ay)?|k)\W+)*(?:brb|be right back|bbs|bbl|back (?:soon|in "
    r"a (?:sec|min|mo|bit|few))|(?:one|1|a) (?:sec|second|min|minute|mo|moment)|just a (?:sec|"
    r"second|min|minute|mo|moment)|(?:gimme|give me|gimmie) (?:a |one )?(?:sec|second|min|minute|"
    r"mo|moment)|(?:hang|hold) on(?: (?:a|one) (?:sec|second|min|minute|mo|moment))?)"
    r"(?:\W+(?:lol|sorry|soz|pls|please|brb|x+))*\W*$",
    re.IGNORECASE,
)
BREATHING_PAUSE = re.compile(
    HOLD_ON + r"|pause(?: (?:it|this|the breathing))?)\b",
    re.IGNORECASE,
)
# "ok back", "go on", "ready", "continue": back after a pause, so the rounds go on.
BREATHING_RESUME = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|right|alright|sorry|so|yes|yeah|yep)[ ,.!]+)*(?:(?:i'?m|im|i am) )?"
    r"(?:back|ready|here|go on|continue|carry on|keep going|resume|go ahead|start again|"
    r"where were we|let'?s (?:go|continue|carry on|keep going|do (?:it|this))|lets (?:go|continue|"
    r"carry on|keep going|do (?:it|this)))(?:[ ,.!]+(?:now|again|then|please|pls|sorry|soz|x+|"
    r"lol))*\W*$",
    re.IGNORECASE,
)
# Back after a hard time: "sorry about last night", "i'm back", "im ok now".
BACK_AFTER = re.compile(
    r"\bsorry (?:about|for) (?:last night|yesterday|earlier|before|the other (?:day|night)|that)\b|"
    r"^\W*(?:hi|hey|hello|hiya)?\W*(?:i'?m|im) back\b",
    re.IGNORECASE,
)
# "a bit better", "better than yesterday", "better now": easing, not low (but "been better",
# "no better" and "not any better" are).
EASING = re.compile(
    r"^(?!.*\b(?:been|could be|had|not|no|isn'?t|wasn'?t|never|any)\s+(?:\w+\s+)?better\b)"
    r"(?!.*\b(?:but|still|worse)\b).*\b(?:(?:a )?(?:bit|little|lil|slightly|tad|much|way|loads|"
    r"lot) better|better (?:now|today|tonight|this (?:morning|evening|week)|than (?:yesterday|"
    r"before|earlier|last (?:night|week)))|feeling better|getting better|bit calmer|calmer now)\b",
    re.IGNORECASE,
)
# Loneliness told of themselves: "i feel so lonely lately", "i have no friends".
LONELY_NOW = re.compile(
    # "i just feel really alone tonight": a word or two between
    r"\b(?:i'?m|im|i am|i feel|i just feel|i've been|ive been|feeling|been|so)\s+(?:\w+\s+)?"
    r"(?:lonely|isolated|alone)\b|\bi have no friends\b|\bno one to talk to\b|"
    r"\bnobody to talk to\b|"
    # "ngl kinda lonely tonight", "lowkey lonely rn"
    r"^\W*(?:(?:ngl|tbh|honestly|lowkey|just|feeling|feelin|bit|a bit|kinda|kind of|pretty|"
    r"really|super|so)\W+)+(?:lonely|isolated)\b|"
    # "I live alone and most days I don't speak to anyone"
    r"\b(?:don'?t|do not|never|hardly|barely|haven'?t) "
    r"(?:\w+ )?(?:speak|spoken|talk|talked|see|seen) (?:to )?(?:anyone|anybody|a soul|no ?one)\b|"
    # "it is my birthday today and nobody has called"
    r"\b(?:nobody|no ?one|no-one) (?:has|had|'s) (?:called|rung|rang|phoned|texted|visited|been "
    r"in touch|remembered)\b|"
    # "aint nobody checkin on me", "my friends never check in on me anymore"
    r"\b(?:(?:nobody|no ?one|no-one|no1)|(?:friends|family|mates|people|parents|kids|children)"
    r"\s+(?:\w+\s+)?(?:never|don'?t|dont|do not|no longer))\s+(?:(?:ever|even|really|actually|"
    r"bother to)\s+)*(?:checks?|checkin'?|checking|asks?|asking)\s+(?:in\s+)?(?:on|after|about|"
    r"how)\s+(?:me|i)\b",
    re.IGNORECASE,
)
# A nightmare told: the sleep coach answers it.
NIGHTMARE_TOLD = re.compile(
    # (not "my manager is a nightmare", "the commute was a total nightmare")
    r"(?<!is a )(?<!was a )(?<!been a )(?<!s a )(?<!total )(?<!absolute )(?<!such a )"
    r"(?<!complete )(?<!bit of a )\b(?:nightmares?|bad dreams?|night terrors?)\b",
    re.IGNORECASE,
)
# A breathing pattern named on its own.
PATTERN_NAMED = re.compile(
    r"^\W*(?:(?:can we do |let'?s do |do )?(?:the )?(?:4-?7-?8|4 7 8|box|square|slow|478)"
    r"(?: breathing| one)?)\W*(?:pls|please|plz)?\W*$",
    re.IGNORECASE,
)
# Which breathing exercises there are, asked: "what kind of breathing", "what breathing
# exercises do you have", "any breathing techniques?".
BREATHING_KINDS = re.compile(
    r"\b(?:what|which|wat|wht)\b(?: \w+){0,3} (?:of )?breathing\b|"
    r"\bbreathing (?:exercises?|techniques?|ones?)\b.{0,30}\b(?:have|got|do|there|know|offer)\b|"
    r"\b(?:any|other|more|different|types? of|kinds? of) breathing (?:exercises?|techniques?)\b",
    re.IGNORECASE,
)
# Breathing named: "the breathing thing", "breathing exercises", "4-7-8".
BREATHING_NAMED = re.compile(r"\bbreath\w*|\b4\W{0,3}7\W{0,3}8\b", re.IGNORECASE)
# A reminder asked for in other words, with a time: "i need a poke at 9 to call my sister",
# "can you nudge me tomorrow to book the gp".
NUDGE_ASKED = re.compile(
    r"\b(?:a |me |you to )?(?:poke|nudge|ping|buzz|shout|prod|heads up)\b.{0,40}\b(?:at \d|"
    r"in (?:an?|\d+|half an) (?:hours?|mins?|minutes?)|tomorrow|tmrw|tonight|this (?:evening|"
    r"afternoon|morning)|every (?:day|night|morning|evening|week|mon|tue|wed|thu|fri|sat|sun))",
    re.IGNORECASE,
)
# Nothing more wanted, said to sign off: "no thats all thanks", "nope im good ty", "thats
# everything", "nothing else thanks".
DONE_FOR_NOW = re.compile(
    # ("im good thanks" alone may answer how they are: a "no" first makes it a sign-off)
    r"^\W*(?:(?:no+|nope|nah|na)\W+(?:i'?m|im|i am) (?:good|ok|okay|all good|sorted)(?: for "
    r"now| now)?|(?:(?:no+|nope|nah|na|ok|okay|right)\W+)?(?:(?:that'?s|thats|that is|it'?s|its) "
    r"(?:all|everything|it)(?: for (?:now|today))?|nothing (?:else|more)(?: for now)?|all good"
    r"(?: now)?))"
    r"(?:\W+(?:thanks|thank you|thank u|ty|thx|cheers|ta|x+))+\W*$",
    re.IGNORECASE,
)
# Saying goodbye in words; without them the goodbye reading is news told.
GOODBYE_WORDS = re.compile(
    r"\b(?:bye+|byee*|cya|see (?:you|ya|u)|good ?night|gn|nite|night night|ttyl|talk (?:later|soon|"
    r"tomorrow)|later|laters|gtg|g2g|got to go|gotta go|have to go|off to (?:bed|sleep)|take care|"
    r"goodbye|farewell|signing off|that'?s all|done for (?:now|today)|speak soon|catch you|"
    r"(?:try to |going to |gonna |off to )?sleep now|going to (?:bed|sleep)|heading to bed|"
    r"(?:try|going) to (?:get some )?sleep|peace out|ttfn|ta[- ]?ta|cheerio|adios|ciao|hooroo|"
    r"au revoir|tsch[üu]ss|hasta luego|alvida|phir milenge|"
    r"(?:speak|talk|chat) (?:tmrw|tmw|tmr|tmoz|tomorrow|tomoz|later|soon|in the morning)|"
    r"laterz|ta[- ]r+a+h?|tarra+h?|toodles|toodle[- ]?(?:oo|pip)|later gator|gotta bounce)\b|👋|"
    # "right im off", "ok i'm off now x": leaving, said alone
    r"^\W*(?:(?:right|ok(?:ay)?|anyway|well|so)\W+)*(?:i'?m|im|i am) off(?: now| then)?\W*"
    r"(?:x+\W*)?$|"
    r"^\W*(?:g'?|good ?)?(?:night|nite)(?:y|ie|s)?\W*$",  # "night", "gnight!"
    re.IGNORECASE,
)
LONG_DAY = re.compile(r"\blong day\b|\bknackered\b|\bdrained\b", re.IGNORECASE)
# Asking for a person in words: without them, "just called him, thanks" is not a request.
# A person asked for in so many words: "a real human being", "an actual person".
A_REAL_PERSON = re.compile(
    r"\b(?:real|actual|live) (?:person|human(?: being)?|people)\b|\bhuman being\b",
    re.IGNORECASE,
)
HUMAN_WORDS = re.compile(
    r"\b(?:person|people|human|someone|somebody|some1|real|staff|team|agent|operator|"
    r"counsell?or|therapist|volunteer|anyone|anybody|talk|speak|chat|call me|ring me|phone me|"
    r"live)\b",
    re.IGNORECASE,
)
# A score given with an apology for answering late: "sorry only seeing this now. about a 5",
# "sorry just seen this! 7 today", "soz was at work - 6/10".
LATE_SCORE = re.compile(
    r"^\W*(?:(?:hey|hi|hiya|oh|omg|ah|oops)\W+)?(?:so+rry|soz|sry|apologies)\b[^\d]{0,50}?"
    r"[.,;:!?-]+\s*(?:(?:about|like|a|an|maybe|prob(?:ably)?|i'?d say|id say|its|it'?s|im|i'?m|"
    r"mood|solid|honestly|tbh)\W+)*(?:10|[1-9])(?:\s*/\s*10|\s+out of (?:10|ten))?(?:\W+(?:today|"
    r"tbh|i think|i guess|rn|ish|atm|thanks|ty|x+))*\W*$",
    re.IGNORECASE,
)
# A person wanted, beside a question about us: "r u a bot? i want a person", "you're just a
# bot, get me a human", "is this ai? i need someone real".
PERSON_WANTED = re.compile(
    r"\b(?:want|wanna|need|needed|get me|give me|put me through to|prefer|rather (?:have|talk to|"
    r"speak to)|(?:talk|speak|chat|text) (?:to|with))\b(?:\W+\w+){0,3}?\W+(?:person|human|"
    r"someone|somebody|some1|staff|team|real one|proper person|one of (?:them|you))\b|"
    r"\b(?:talk|speak|chat|text) (?:to|with) one\b|"
    # "is there anyone i can actually talk to", "is there someone real i could speak to"
    r"\b(?:is|are) there (?:anyone|anybody|someone|somebody|a (?:real )?(?:person|human)|people)"
    r"(?: real)? (?:i|we) (?:can|could) (?:actually |really |just )?(?:talk|speak|chat|text)\b",
    re.IGNORECASE,
)
THANKED = re.compile(r"\b(?:thanks?|thank you|thx|ty|cheers)\b", re.IGNORECASE)
# Talking to someone told as done: "i talked to a real person today at the gp and it helped",
# "spoke to someone at work about it". Not a request (unless they ask again in it).
TALKED_TO_SOMEONE = re.compile(
    r"^(?!.*\b(?:can|could|want|wanna|need|would like|like to|please|pls|plz|again|now)\b)"
    r"(?!.*\?).*\b(?:talked|spoke|spoken|chatted|opened up|been talking|was talking) "
    r"(?:to|with)\b",
    re.IGNORECASE,
)
# Words for how someone is: a yes or no that carries them is a mood told.
HOW_I_AM = re.compile(
    r"\b(?:better|worse|bad|awful|terrible|sad|low|down|tired|exhausted|anxious|stressed|rough|"
    r"shit|crap|rubbish|horrible|lonely|numb|empty|overwhelmed)\b",
    re.IGNORECASE,
)
# Something that went wrong, told: "my exam went badly", "it all went wrong".
WENT_BADLY = re.compile(
    r"\b(?:went|going|gone|go) (?:really |so |very |pretty )?(?:badly|wrong|south|downhill|to shit|"
    r"pear[- ]shaped)\b|\b(?:got|getting|gotten) (?:even |much |a lot )?worse\b",
    re.IGNORECASE,
)
# A hello with "not bad" or "better" in a kind wish: "hi hope you're not feeling bad".
GREETED_WELL = re.compile(r"\bnot (?:too |so |that )?bad\b|\bhope (?:you|u)\b", re.IGNORECASE)
# "ok", "thanks", 👍 on their own.
ACK_ONLY = re.compile(
    r"^(?:ok(?:ay)?|k+|kk|fine|alright|ight|sure|cool|thanks?|thank you|ty|thx|ok thanks?|"
    r"okay thanks?|ok ty|👍|👌|🙏|🆗)\W*$",
    re.IGNORECASE,
)
# Taken in, and nothing more: "aw ok", "oh right", "fair enough", "ah i see".
ACK_SOFT = re.compile(
    r"^\W*(?:(?:oh+|ah+|aw+|ohh+|ahh+|o+)\W+(?:ok(?:ay)?|k|right|i see|alright|fair enough|"
    r"cool|fair)|fair enough|i see|gotcha|got it|makes sense|right ok(?:ay)?|ok(?:ay)? then)"
    r"(?:\W+(?:then|lol|haha|fair enough|no worries|np))*\W*$",
    re.IGNORECASE,
)
# "ok thanks" inside a form: thanked, not leaving.
THANKS_ONLY = re.compile(
    r"^\W*(?:ok(?:ay)?|k|cool|great|nice)?[ ,]*(?:thanks?|thank you|thx|ty|cheers)\W*$", re.I
)
# "actually ok lets do it", "go on then": start again what they just left.
RESUME = re.compile(
    r"^\W*(?:actually|ok(?:ay)?|fine|alright|oh|on second thought)?[ ,]*(?:ok(?:ay)?|fine|yes|yeah|"
    r"alright)?[ ,]*(?:let'?s (?:do|try) (?:it|this|that)|lets (?:do|try) (?:it|this|that)|"
    r"go on then|i'?ll do it|i can do it|let'?s go|i changed my mind|changed my mind|"
    r"i'?m ready|im ready|ready now|let'?s do it now|do it)\W*$",
    re.IGNORECASE,
)
# "how long is this", "how long does this take": how long a flow takes.
HOW_LONG = re.compile(
    r"^\W*(?:um+ |ok |okay |but )?(?:how long (?:is|will|does|do|would|'?s)|how many (?:more )?"
    r"(?:questions|steps|rounds)|is this (?:gonna|going to) take long|will this take long)",
    re.IGNORECASE,
)
# A question about the exercise: "how long is this", "whats box breathing", "how many rounds".
BREATHING_QUESTION = re.compile(
    r"\bhow (?:long|many|much longer)\b|\bwhat(?:'?s| is| are)? (?:the )?(?:difference|box|4-?7-?8|"
    r"slow|this|that|these)\b|\bwhy (?:do|does|am|are|is|hold)\b|\bwhich (?:one|is best)\b|"
    r"\bdifference between\b|\bhow does (?:it|this) (?:work|help)\b",
    re.IGNORECASE,
)
# How to do it, asked mid-exercise: "nose or mouth?", "hold for 4 what?", "is this helping?".
BREATHING_HOW = re.compile(
    r"\b(?:nose|mouth)\b.{0,20}\?|\bnose or (?:the )?mouth\b|"
    # "am i supposed to breathe out through my mouth", "do i use my nose"
    r"\b(?:am i|do i|should i|can i|is it|do you|are we)\b.{0,30}\b(?:nose|mouth)\b|"
    r"\b(?:am i|are we) (?:supposed|meant) to\b|\bhold (?:for \d+ )?(?:what|my "
    r"breath)\b|\bhold what\b|\bam i doing (?:it|this) (?:right|wrong)\b|\bwhat (?:do|should|shall|"
    r"am) i (?:do|hold|supposed to do|meant to do)\b|\bshould i (?:count|hold|close my eyes|"
    r"breathe)\b|\b(?:is|isn'?t) (?:this|it) "
    r"(?:supposed to|meant to)\b|(?P<helping>\bis (?:this|it) (?:helping|working)\b|"
    # "does this actually work", "will this help", "does breathing really help with anxiety"
    r"^\W*(?:(?:but|so|ok|um+|honestly|wait)\W+)*(?:does|do|will|would|can) (?:this|it|these|"
    r"breathing|this breathing|this exercise|that) (?:actually |really |even |honestly )?"
    r"(?:work|help)\b[^.!]*$|"
    r"\bhow do i know (?:it'?s|its|if it'?s) working\b)",
    re.IGNORECASE,
)
# "this isnt working", "didnt help", "still anxious": breathing is not what helps now.
NOT_HELPING = re.compile(
    r"\b(?:is ?n'?t|is not|not|isnt|aint|ain'?t) (?:really )?(?:working|helping)\b|"
    r"\b(?:did ?n'?t|didnt|did not|does ?n'?t|doesnt|does not) (?:really )?(?:work|help)\b|"
    r"\bstill (?:anxious|panick?(?:ing|y)|stressed|scared|shaking|on edge|wound up|tense)\b|"
    r"\bmaking (?:it|me) worse\b|\bnot for me\b|"
    r"\b(?:feel|feeling|felt)(?: even| much| a bit| a lot| way| so much)? worse\b",
    re.IGNORECASE,
)
# The body saying something during breathing: paused, reassured, emergency in reach.
BREATHING_BODY = re.compile(
    r"\b(?:chest|heart)\b.{0,20}\b(?:tight|hurts?|pain|pounding|racing|aches?|heavy|weird)\b|"
    r"\b(?:tight|pain|hurts?) (?:in )?(?:my )?chest\b|\b(?:dizzy|light-?headed|faint|tingl\w*|"
    r"numb|pins and needles|can'?t (?:breathe|get (?:a|my) breath)|short of breath|"
    r"hyperventilat\w*|feel sick|gonna be sick|going to be sick|(?P<head>headache|migraine|"
    r"head (?:hurts|is (?:hurting|pounding|killing me)|feels (?:weird|funny|fuzzy))))\b",
    re.IGNORECASE,
)
# Editing an existing reminder reads like other requests ("move the check in one to 8").
REMINDER_CHANGE = re.compile(
    r"\b(?:make|change|move) (?:it|that|them)\b.*\d|"
    # "change it to saturday", "move that one to tomorrow"
    r"\b(?:make|change|move|push|switch|shift) (?:it|that|them|that one|this one)\b.{0,12}"
    r"\b(?:to|for|till|until) (?:tomorrow|tmrw|tonight|next week|(?:next |this )?(?:mon|tue|wed|"
    r"thu|fri|sat|sun)\w*)\b|"
    r"\b(?:move|change|reschedule|push|switch|shift)\b.*\bto\b.*\d|"
    r"\b(?:move|change|reschedule|push|shift|edit)\b.*\breminders?\b|"
    # "i want to change the time", "can i change the time of it": said of their reminders
    r"\b(?:change|move|edit|alter)\s+(?:the|what)\s+time\b|" + _SHIFT,
    re.IGNORECASE,
)
# "my parents are getting divorced", "got sacked today": something hard in their life, told
# rather than asked, which the fallback meets with care rather than "not something I do".
LIFE_EVENT = re.compile(
    r"^(?!\W*(?:what|how|why|when|where|who|which|can|could|is|are|do|does|will|would|should)"
    r"\b)(?!.*\?\W*$).*\b(?:divorc\w*|separat(?:ed|ing)|dumped|broke up|break ?up|split up|"
    r"cheated|fired|sacked|laid off|made redundant|redundancy|lost my (?:job|home|house|baby)|"
    r"evicted|homeless|failed|flunked|miscarr\w*|diagnosed|cancer|in hospital|surgery|funeral|"
    r"bullied|bullying|in debt|bankrupt|kicked out|moving out|mov(?:ing|ed) away|rejected|"
    r"argument|arguing|lost my job|laid off|made redundant|got fired|been fired|got sacked|"
    r"been sacked|evicted|"
    r"can'?t pay (?:my |the )?(?:rent|bills|mortgage)|behind on (?:rent|bills)|money problems|"
    r"fighting|(?:got|is|am|i'm) (?:ill|sick)|drinking (?:a lot|too much|more|again|every (?:day|"
    r"night)|heavily|alone)|using again|gambling|(?:got|had|some|really) bad news)\b",
    re.IGNORECASE,
)
# Letters or digits: the message is more than emoji.
EMOJI_ONLY_NOT = re.compile(r"[^\W_]")
# "my cat died", "my nan passed away": a loss, however short, is how they feel.
# Two feelings at once: "nervous but excited", "happy and sad at the same time".
_HARD_FEELING = (
    r"(?:nervous|anxious|scared|terrified|worried|sad|tired|stressed|overwhelmed|shaky|"
    r"bittersweet|emotional|apprehensive|jittery|low)"
)
_GOOD_FEELING = (
    r"(?:excited|happy|hopeful|looking forward|proud|relieved|grateful|buzzing|pumped|glad|"
    r"thrilled|optimistic)"
)
MIXED = re.compile(
    rf"\b{_HARD_FEELING}\b.{{0,30}}\b(?:but|and|yet|also|&|\+)\b.{{0,20}}\b{_GOOD_FEELING}\b|"
    rf"\b{_GOOD_FEELING}\b.{{0,30}}\b(?:but|and|yet|also|&|\+)\b.{{0,20}}\b{_HARD_FEELING}\b|"
    r"\bmixed (?:feelings|emotions|bag)\b|\bbittersweet\b",
    re.IGNORECASE,
)
LOSS = re.compile(
    r"\b(?:hung|hanged|killed) (?:him|her|them)sel(?:f|ves)\b|\btook (?:his|her|their) (?:own )?"
    r"life\b|\bdied by suicide\b|\blost (?:him|her|them|my \w+) to suicide\b|"
    r"\b(?:my|our) (?:\w+ )?(?:cat|dog|pet|puppy|kitten|hamster|rabbit|bunny|bird|horse|"
    r"mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|"
    r"grandfather|brother|sister|son|daughter|baby|husband|wife|partner|boyfriend|girlfriend|"
    r"friend|bestie|uncle|aunt|auntie|cousin|niece|nephew|colleague|coworker|co-worker|boss|"
    r"neighbou?r|teacher|classmate|flatmate|roommate|mate|godmother|godfather|stepmum|stepmom|"
    r"stepdad|fiance|fiancee|ex)\b.{0,20}?\b(?:died|passed|"
    r"is gone|was put down|was put to sleep|had to be put down|killed (?:him|her|them)sel(?:f|ves)|"
    r"(?:was|were|got) found (?:hanging|hanged|dead)|"
    r"took (?:his|her|their) (?:own )?life|funeral)\b|"
    r"\blost (?:the|my|our) (?:baby|pregnancy)\b|\bmiscarr\w*|\bstill ?b(?:orn|irth)\b|"
    r"\b(?:my|our) (?:\w+ )?(?:mum|mom|mam|dad|nan|gran|grandma|grandad|brother|sister|son|"
    r"daughter|husband|wife|partner|friend)'?s funeral\b|"
    # "lost my grandad last week", "grandad died", "my best mate died in a crash"
    r"\blost (?:my|our) (?:\w+ )?(?:mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|"
    r"grandad|grandpa|grandmother|grandfather|brother|sister|son|daughter|baby|husband|wife|"
    r"partner|friend|mate|bestie|uncle|aunt|auntie|cousin|dog|cat)\b(?! (?:'s )?(?:phone|keys|"
    r"number|job|wallet))|"
    r"^\W*(?:\w+ )?(?:mum|mom|mam|dad|nan|nana|gran|granny|grandma|grandad|grandpa|mate|best "
    r"mate|best friend)\b.{0,10}\b(?:died|passed away|passed)\b|"
    # told mid-sentence without "my": "nothing feels real since mum died"
    r"\b(?:since|after|when|cos|because|and then|now that) (?:mum|mom|mam|dad|nan|nana|gran|"
    r"granny|grandma|grandad|grandpa)\b.{0,10}\b(?:died|passed away|passed)\b|"
    r"\b(?:my|our) (?:\w+ )?(?:mate|best mate|best friend)\b.{0,20}?\b(?:died|passed away)\b|"
    # "we had to put our dog down", "had my cat put to sleep"
    r"\b(?:put|putting) (?:my|our|the) (?:\w+ )?(?:cat|dog|pet|puppy|kitten|hamster|rabbit|"
    r"bunny|horse|pony) (?:down|to sleep)\b|\bhad (?:my|our|the) (?:\w+ )?(?:cat|dog|pet|"
    r"puppy|kitten|hamster|rabbit|bunny|horse|pony) put (?:down|to sleep)\b|"
    # "my brother overdosed last year and died", "would have been his birthday today"
    r"\b(?:died|passed away) (?:of|from) an? (?:overdose|od)\b|\b(?:overdosed|od'?d)\b.{0,30}"
    r"\band (?:died|passed away|passed)\b|\bwould(?:'ve| have) been (?:his|her|their|my \w+'s) "
    r"(?:\w+ )?birthday\b|\banniversary of (?:his|her|their|my \w+'s) death\b|"
    # "my late wife's birthday today. She would have been 80."
    r"\b(?:my|our) late (?:great[- ])?(?:mum|mom|mam|dad|mother|father|nan|nana|gran|granny|"
    r"grandma|grandad|grandpa|brother|sister|son|daughter|husband|wife|partner|friend)\b|"
    r"\b(?:he|she) would(?:'ve| have) been (?:\d+|\w+ty)(?: today| this year)?\b",
    re.IGNORECASE,
)
# Time zone by name without a place: ask which, or say which it is.
# The day or date asked: "what day is it", "whats the date today", "what's today's date".
DAY_ASK = re.compile(
    r"^\W*(?:um+\W+|sorry\W+|quick question\W+)?(?:what|wat|which)(?:'?s| is)? (?:day|date|"
    r"the date|today'?s date)(?: is it| is it today| today| is today)?\W*$",
    re.IGNORECASE,
)
TIMEZONE_ASK = re.compile(
    r"^\W*(what'?s|what is|which is|whats) my time ?zone\W*$|^\W*my time ?zone\?\W*$|"
    r"^\W*(what|which|wat) time ?zone (am i|am i in|am i on|"
    r"do (you|u) have (me|for me)( in| on| as)?|"
    r"(are|r) (you|u) using( for me)?|is (mine|mine set to|it set to|set))\W*$|"
    r"^\W*(what|wat) time (is it|is it (there|for you|now)|do you (have|think it is))"
    r"( then| now| for me)?\W*$|"
    # "what time zone do u think im in", "what tz have you got me on"
    r"^\W*(what|which|wat) (time ?zone|tz) (do|did) (you|u) (think|reckon) (i'?m|im|i am) "
    r"(in|on)\W*$|"
    r"^\W*(what|which|wat) (time ?zone|tz) (have|did) (you|u) (got|put|set) me (in|on|as|to)\W*$|"
    r"^\W*(what|wat) time (is it|is it now) (for me|here|where i am|my time)\W*$|"
    # "whats the time", "what's the time now pls", "what time is it rn"
    r"^\W*(what'?s|whats|wats|what is|what) the time( (now|rn|right now|for me|here|where i am|"
    r"please|pls|plz|mate|then))*\W*$|^\W*(what|wat) time (is it|is it now) (rn|right now|"
    r"please|pls|plz)\W*$",
    re.I,
)
# "check in with me tomorrow at 8": a check-in or breathing later is a reminder, not now.
LATER = re.compile(
    r"(?<!about )\b(tomorrow|tmrw|tonight|later(?: on| today)?|this (evening|afternoon)|every|"
    r"in the (?:morning|afternoon|evening|arvo)(?=\W*(?:pls|please|x+)?\W*$)|"
    r"each|daily|at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?|in \d+ ?(min|mins|minutes|hours?|hrs?)|"
    r"in an? (hour|bit|while)|"
    r"on (mon|tue|wed|thu|fri|sat|sun)\w*)\b",
    re.IGNORECASE,
)
TIMEZONE_WORDS = re.compile(r"\btime ?zone\b", re.IGNORECASE)
QUIET_HOURS_WORDS = re.compile(r"\bquiet hours?\b", re.IGNORECASE)
# "don't text me before 10am": words about being contacted, read with bot.sleep.quiet_bound_from.
CONTACT_WORDS = re.compile(
    r"\b(text|texts|message|messages|msg|msgs|remind|reminders?|ping|contact|bother|nudges?|"
    # "dont send anything before 9am"
    r"hear from (you|u)|send(?:ing)? (?:me )?(?:anything|stuff|owt|nothing))\b",
    re.IGNORECASE,
)
# "no more check ins unless i text first", "stop nudging me": no messages out of the blue.
NUDGES_OFF = re.compile(
    r"^(?!.*\b(?:right now|now|today|tonight|at the moment|rn|yet)\b)"
    # (not someone else who never checks on them: "my friends never check in on me anymore")
    r"(?!.*\b(?:nobody|no ?one|no1|friends|family|mates|people|they|he|she|mum|mom|dad|parents|"
    r"(?:sister|brother|son|daughter|partner|husband|wife|boyfriend|girlfriend|bf|gf|kid)s?)\W+"
    r"(?:\w+\W+)?(?:never|don'?t|dont|do not|doesn'?t|doesnt|won'?t|wont|stopped|no longer)\b)"
    r"(?!.*\b(?:you|u) never\b).*"  # "you never check in on me": wanting more of them, not none
    r"\b(?:don'?t|do not|dont|stop|no more|quit|never|without|turn off|switch off|disable|"
    r"opt out of)\b.{0,30}\b(?:check(?:ing)?[- ]?ins?|"
    r"nudg(?:e|es|ing)|check(?:ing)? (?:up )?on me|messag(?:e|es|ing) me (?:first|out of the blue|"
    r"randomly)|text(?:s|ing)? me (?:first|out of the blue|randomly)|random (?:messages|texts))\b|"
    r"\bonly (?:message|text|msg) me (?:when|if) i\b|"
    r"\bstop sending (?:me )?(?:these|them|this)\b|\bno more of (?:these|them)\b",
    re.IGNORECASE,
)
NUDGES_ON = re.compile(
    r"\b(?:nudges? (?:back )?on|turn (?:the )?nudges? (?:back )?on|(?:start|resume) (?:the )?"
    r"nudges?|(?:you can|please|pls) (?:check in on|nudge|message) me (?:again|sometimes)|"
    r"check in on me (?:again|sometimes|now and then))\b",
    re.IGNORECASE,
)
# Changing the answer to "may I keep our conversation?" after first contact.
CONSENT_KEEP = re.compile(
    r"^\W*(?:(?:actually|ok|okay|yes|yeah|fine|alright|on second thought)\W+)*"
    r"(please |you can |u can |ok )?(keep|save|store) (my|our) "
    r"(messages|conversation|chats?|data)( after all| now| then)?\W*$|"
    # "yes i consent", "ok i give my consent now", after saying no at first contact
    r"^\W*(?:(?:actually|ok|okay|yes|yeah|fine|alright|on second thought|(?:i'?ve )?changed my "
    r"mind)\W+)*(?:i (?:do |now )?consent|i give (?:my )?consent|i (?:do )?agree to (?:you|u) "
    r"keeping (?:it|them|my \w+))(?: now| then| after all| to (?:that|it|(?:you|u) keeping (?:it|"
    r"them|my \w+)))?\W*$",
    re.IGNORECASE,
)
CONSENT_STOP = re.compile(
    r"\b(?:(don'?t|do not|stop|no longer|without( you)?|not) (keep|keeping|save|saving|store|"
    r"storing|recording)|(?:don'?t|dont|do not|no longer) (?:want|need) (?:you|u|the bot|this)? ?"
    r"(?:to )?(?:keep|keeping|save|saving|store|storing|record\w*)) (my|our|any( of my)?) "
    r"(messages|conversations?|chats?|data|texts)\b",
    re.IGNORECASE,
)
# The answer to "what time should I move it to?".
CLOCK_ANSWER = re.compile(r"\d|\b(noon|midday|midnight)\b", re.IGNORECASE)
# "what time will that be?", "when is it?": asked about a reminder, with reminders set.
REMINDER_WHEN = re.compile(
    # "whats paused", "which ones are on pause": the list, which says until when
    r"^(?:\W*(?:what'?s|whats|what is|what are|which (?:ones? )?(?:is|are)) (?:still )?(?:paused|"
    r"on pause|on hold)\W*$|"
    r"(?!\W*what (?:time|day) is it(?: now| today)?\W*$)"
    r"\W*(?:so |and |wait |sorry )?(?:what time|when|what day|which day)(?:'?s| is| will| was|"
    r" did(?: you)?)?(?: that| it| this| the reminder| my reminder)?(?: be| set(?: for)?| for|"
    r" again| go(?:ing)? off| happen)*\W*$|"
    # "what have i got on sunday", "what do i have tomorrow": the list, which says each day
    r"\W*(?:so |and |ok )?what(?:'?ve| have| do)? (?:i|u|you) (?:got|have|get)(?: set(?: up)?)?"
    r"(?: on| for)? (?:today|tonight|tomorrow|tmrw|this week|next week|(?:this |next )?(?:mon|tues|"
    r"wednes|thurs|fri|satur|sun)day)\W*$|"
    # "whats on tomorrow", "what's on today?", "anything on sunday?": that day's
    r"\W*(?:so |and |ok )?(?:(?:what'?s|whats|wats|wots|what is) on|(?:any|anythin[g]?) (?:on|for))"
    r"(?: for)? (?:today|2day|tonight|tomorrow|tmrw|2moro|(?:this |next )?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)\W*$)",
    re.IGNORECASE,
)
REMINDER_CANCEL = re.compile(
    r"\b(cancel|delete|remove|turn off|stop|drop)\b.*\b(reminders?|"
    r"one|ones|it|that|this)\b|"
    # "scrap the water one", "bin the gym reminder", "get rid of my meds one"
    r"\b(?:scrap|bin|ditch|axe|nix|get rid of|do away with)\s+(?:the|my|that|this|your)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:reminders?|one|ones)\b|"
    # "delete all of them", "get rid of both", said of the reminders they have
    r"\b(?:cancel|delete|remove|turn off|stop|drop|scrap|clear|bin|ditch|get rid of)\s+"
    r"(?:all (?:of )?(?:them|those|these)|them(?: all)?|those(?: all)?|these|both(?: of them)?)"
    r"\W*(?:please|pls|plz|thanks?)?\W*$|"
    # "delete number 2", "delete 2": one on the list, never all their data
    r"^\W*(?:please\s+)?(?:delete|cancel|remove|drop|scrap)\s+(?:number\s+|no\.?\s*|#)?\d{1,2}"
    r"(?:\s+(?:please|pls|plz|thanks?))?\W*$|"
    # "cancel dentist", "remove the gym" (checked only when they have reminders)
    r"^\W*(?:please\s+)?(?:cancel|remove)\s+(?:the\s+|my\s+)?"
    r"(?!(?:everything|data|account|history|messages|me|subscription|all of it)\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?\W*$",
    re.IGNORECASE,
)
TIMEZONE_CHANGE = re.compile(
    r"\b(?:time ?zone(?: is| to)?|i(?:'m| am) (?:in|based in)|i live in|"
    r"living in|moved to)\s+(.+?)\W*$|"
    r"^\W*((?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{2})?)\W*$|"
    r"\b(?:i'?m|i am|im|we'?re|we are) on ([\w/+:-]+(?: [\w/+:-]+)? time)\b",
    re.IGNORECASE,
)
# An answer that picks a reminder from the list just shown ("2", "all", "both").
WHICH_ONE = re.compile(r"\d|all|both")
# What a reminder is for, told on its own after it was set ("to call the dentist").
WHAT_FOR = re.compile(r"^(?:it'?s |its )?(?:to|about|that) \S", re.IGNORECASE)
# "what was my score last time?", "how was my mood yesterday": about their earlier check-ins.
# Asking how their check-ins have gone: "how was my week", "show me my mood history",
# "am i getting better?".
MOOD_HISTORY = re.compile(
    r"\bhow (?:has|have|is|was) my (?:mood|moods|week|check-?ins?)\b|"
    r"\bwhat (?:was|were|did i (?:say|rate|give|put|score)) (?:as )?(?:my (?:mood|score)|me|"
    r"myself|it)?\b.{0,20}\b(?:yesterday|last (?:week|time|night)|on (?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)\b|"
    r"\bhow (?:was|has been|have i been(?: doing| feeling)?|did i do)(?: in)? (?:my |this |the "
    r"last |last )?(?:week|month|fortnight|mood|moods)\b|"
    r"\b(?:show|see|view|tell me|give me|what'?s|what is|whats)\b.{0,12}\bmy (?:moods?|check-?ins?|"
    r"scores?)(?: history| trend| so far| lately| over time| this week)?\b|"
    r"\b(?:mood|check-?in) (?:history|trend|graph|chart|log)\b|"
    r"\bam i (?:getting|doing) (?:any )?(?:better|worse)\b|\bhave i (?:been )?(?:got(?:ten)?|"
    r"getting) (?:better|worse)\b|\bhow have i been (?:doing|feeling)\b|"
    r"\bhow (?:am i|have i been) (?:doing|feeling) (?:lately|recently|overall|these days|this week|"
    r"this month)\b",
    re.IGNORECASE,
)
PAST_MOOD = re.compile(
    r"^\W*(?:(?:so|and|wait|hey|um+|oh|btw)\W+)?(?:what(?:'?s|\s+(?:was|were|did|is|has|are))|"
    r"whats|how(?:'?s|\s+(?:was|were|did|is|has|have|are)))\s"
    r"(?=.*\b(?:scores?|scored|moods?|rated?|rating|number|check[- ]?ins?)\b)"
    r"(?=.*\b(?:last|before|yesterday|previous(?:ly)?|earlier|the other day)\b)",
    re.IGNORECASE,
)
# Shaped as a question to us: "...?", or "what/how/can you/do you..." at the start.
QUESTION = re.compile(
    r"\?\W*$|^\W*(?:what|how|when|where|who|which|why|(?:can|could|do|will|would|are) (?:you|u)|"
    r"is (?:it|this|that|there))\b",
    re.IGNORECASE,
)
# Asked for an alarm or a timer, which a text cannot ring: "set an alarm for 7am", "set a 10
# minute timer", "wake me up at 6" (not "i set an alarm but slept through it").
ALARM_ASK = re.compile(
    r"^\W*(?:(?:hey|hi|ok(?:ay)?|so)\W+)?(?:(?:can|could|will|would) (?:you|u)(?: please| pls)?\s+|"
    r"(?:please|pls|plz)\s+|i (?:need|want) (?:you to\s+)?)?(?:(?:set|make|start|put on|give me)\s+"
    r"(?:me\s+)?(?:an?\s+|my\s+|the\s+)?(?:[\w:.]+\s+){0,3}?(?P<kind>alarm|timer|countdown)s?\b|"
    r"(?P<bare>alarm|timer)(?=\s+(?:for|at|in|@)\b|\s*\d|\W*$)|wake me(?: up)?(?=.*\d))",
    re.IGNORECASE,
)


# A bad night told, and nothing else: "i didnt sleep well", "barely slept", "awful night".
BAD_NIGHT = re.compile(
    r"^\W*(?:(?:ugh|honestly|tbh|so|and|i)\W+)*(?:(?:i )?(?:didn'?t|didnt|did not|couldn'?t|"
    r"couldnt|could not) sleep(?: (?:well|much|at all|properly|great|last night|again))*|(?:i )?"
    r"(?:barely|hardly) slept(?: at all| last night| again)*|(?:i )?slept (?:really |so )?(?:badly|"
    r"terribly|awfully|like (?:crap|shit|rubbish))(?: last night| again)*|(?:such an? |another )?"
    r"(?:awful|terrible|bad|rough|horrible|shit|crap|rubbish|sleepless) night(?: last night|"
    r" again)?|no sleep(?: last night| again)?)(?:\W+(?:again|tbh|lol|ugh|honestly))*\W*$",
    re.IGNORECASE,
)
SLEEP_WORDS = re.compile(
    r"\b(?:sleep\w*|slept|bed|insomnia|awake|night\w*|tired|exhausted|nap\w*|dream\w*|rest|"
    r"wake|waking|woke|ceiling|\d{1,2} ?am|melatonin|snor\w*|toss\w*)\b",
    re.IGNORECASE,
)


# Their account with us, to be closed, in words the model reads as another service's: "how
# do i delete my account", "how can i close my account" (not "my facebook account").
_CLOSE_OUR_ACCOUNT = re.compile(
    r"^\W*(?:(?:hi|hello|hey|ok|okay|so|please|pls|plz)\W+)*(?:(?:how (?:do|can|would|could) i|how "
    r"to|can i|could i|i want to|i'?d like to|i need to|i wanna|want to)\s+)?(?:delete|close|"
    r"remove|erase|deactivate|get rid of|shut down)\s+(?:my|this|the)\s+(?:account|profile|"
    r"(?:mindlink )?account)(?:\s+(?:with (?:you|u)|here|on here|on mindlink|please|pls|plz|"
    r"then|now))*\W*$",
    re.IGNORECASE,
)
_CLOCK_ONLY = re.compile(
    r"^\W*(?:at |around |about )?(?:half|quarter)(?: (?:past|to|after))? \d{1,2}(?: ?(?:am|pm))?"
    r"\W*$",
    re.IGNORECASE,
)


# "im good thanks how are you": a fine answer that asks back, whatever the model made of it.
_FINE_AND_ASKED_BACK = re.compile(
    r"^\W*(?:(?:i'?m|im|i am|all|pretty|really|yeah|yes|not too|doing|just|been|ok|okay)\W+)*"
    r"(?:good|great|fine|ok|okay|alright|not bad|well|grand|decent)\b.{0,20}\b(?:how (?:are|r) "
    r"(?:you|u|ya)|hbu|wbu|and (?:you|u)|how about (?:you|u)|what about (?:you|u)|how'?s (?:you|"
    r"yours|your day)|(?:and )?(?:yo)?urself|how (?:are|r) (?:you|u|ya) going)\W*$",
    re.IGNORECASE,
)


# A keyboard mash: one letter over and over ("hhhhhhhhhh"), a short run of consonants
# repeated ("lkjlkjlkj"), letters with no vowel ("sdfghj"), or a run along one row of the
# keyboard ("jfkdlsjfkdsl;a"); and emoticons ("xD") that say nothing we can answer.
_ROWS = ("qwertyuiop", "asdfghjkl;'", "zxcvbnm,./")
_EMOTICON = re.compile(r"^\W*x+d+\W*$", re.IGNORECASE)


def _mashed(word: str) -> bool:
    """One typed word that is no word: a letter held down, a run along a keyboard row."""
    letters = re.sub(r"[^a-z]", "", word)
    vowels = sum(letters.count(v) for v in "aeiouy")
    if len(letters) >= 6 and len(set(letters)) == 1 and letters[0] not in "mxz":
        return True  # "hhhhhhhhhh", "aaaaaaaaaaaaa" (not "mmmmmm", "zzzzzz")
    if re.fullmatch(r"([^aeiouy]{2,4})\1{2,}[^aeiouy]*", letters) and len(set(letters)) >= 2:
        return True  # "lkjlkjlkj", "sdsdsd"
    if len(letters) >= 5 and vowels == 0 and len(set(letters)) >= 4:
        return True  # "sdfghj", "bcdfgh" (not "hmmmm", "grrrr", "brb")
    row = next((r for r in _ROWS if letters and all(c in r for c in word)), None)
    # "jfkdlsjfkdsl;a" (not "ahhhhhhh", a cry)
    return row is not None and len(letters) >= 7 and vowels <= 1 and len(set(letters)) >= 4


def _emoji_of_nothing(text: str) -> bool:
    """Emoji alone, none of them a feeling, a gesture or a mood we read ("🍕🍕🍕", "🚗")."""
    from nlu.mood import EMOJI_SCORES
    from nlu.text import EMOJI_WORDS

    said = text.strip()
    if not said or EMOJI_ONLY_NOT.search(said) or re.search(r"[!?.,:;()<>]", said):
        return False
    if crisis_kind(said) or is_doubtful(said):  # "🔫", "🌉⬇️": asked about, never shrugged off
        return False
    return not any(e in said for e in (*EMOJI_WORDS, *EMOJI_SCORES))


def is_mash(text: str) -> bool:
    """Whether the whole message is keyboard mashing, a bare emoticon ("xD"), or emoji that
    carry no feeling ("🍕🍕🍕")."""
    words = text.strip().lower().split()
    if _EMOTICON.match(text) or _emoji_of_nothing(text):
        return True
    return bool(words) and len(words) <= 3 and all(_mashed(w) for w in words)


# Letter pairs no English word has, anywhere in it ("qwpeoriu"): a word typed at random.
_NO_ENGLISH_PAIR = re.compile(r"q(?=[b-df-hj-np-tv-xz])|[jvz](?=[jqx])|x(?=[jx])", re.IGNORECASE)


def _along_a_row(word: str) -> bool:
    """Keys pressed in a line along one keyboard row ("asdf", "asdfgh", "qwerty", "hjkl",
    "lkjh", "zxcvbnm"), over most of the word (not "property", whose "erty" is a run too)."""
    row = next((r for r in _ROWS if all(c in r for c in word)), None)
    if row is None or len(word) < 4:
        return False
    longest = run = 1
    before = 0
    for a, b in itertools.pairwise(word):
        step = row.index(b) - row.index(a)
        run = (run + 1 if step == before else 2) if step in (1, -1) else 1
        before = step
        longest = max(longest, run)
    return longest >= max(4, len(word) - 2)


def _typed_twice(word: str) -> bool:
    """A few different keys typed over again ("sdfsdf", "asdfasdf", "jkljkl"): no vowel among
    them, or a run along a row (not "mmmmmm" or "hmmhmm", sounds)."""
    found = re.fullmatch(r"([a-z]{3,5})\1+", word)
    if found is None or len(set(found.group(1))) < len(found.group(1)):
        return False
    keys = found.group(1)
    return not re.search(r"[aeiouy]", keys) or _along_a_row(keys)


def unreadable(text: str) -> bool:
    """Whether a short message is only letters typed at random ("qwpeoriu zmxncb", "xkcdqw
    plkj", "asdfgh", "sdfsdf"): each word a keyboard mash, keys along a row or typed twice, or
    a word with letter pairs no English word has.
    Never read for safety (bot.safety uses `is_mash` alone); only to say we did not follow."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words or len(words) > 3 or any(not w.isascii() for w in words):
        return False
    return all(
        _mashed(w)
        or _along_a_row(w)
        or _typed_twice(w)
        or (len(w) >= 5 and _NO_ENGLISH_PAIR.search(w))
        for w in words
    )


# What MindLink keeps: the only things "export" can mean here.
OUR_DATA = re.compile(
    r"\b(?:data|info|information|messages?|texts?|chats?|conversations?|history|transcripts?|"
    r"check-?ins?|moods?|diary|records?|everything|all|stuff|copy|mindlink|gdpr|"
    r"subject access|what (?:you|u) (?:have|know|keep|store|hold)|about me|on me)\b",
    re.IGNORECASE,
)


# A goodnight with a kiss or a heart: "night x", "nighty night xx", "gn 😘".
_NIGHT_WITH_A_KISS = re.compile(
    r"^\W*(?:good ?night|g'?night|night(?:y)?(?: night)?|nite|gn|sleep (?:well|tight))\W*"
    r"(?:(?:x+|xo+|😘|💋|❤️?|💕|😴)\s*)+\W*$",
    re.IGNORECASE,
)
# Warmth said back to us: "that's kind of you", "aw you're sweet", "how lovely of you".
_KIND_OF_YOU = re.compile(
    r"^\W*(?:aw+w*\W+|oh\W+)?(?:that'?s|thats|you'?re|youre|ur|u r|how) (?:so |very |really |"
    r"too )?(?:kind|sweet|nice|lovely|thoughtful)(?: of (?:you|u))?\W*(?:(?:thanks?|thank you|"
    r"ty|x+|❤️?|🥰|😊)\W*)*$",
    re.IGNORECASE,
)
# Thanks in slang, said alone: "legend", "ur a star", "absolute lifesaver x".
_THANKS_SLANG = re.compile(
    r"^\W*(?:(?:you'?re|youre|ur|u r|you are|what)\W+)?(?:an?\W+)?(?:absolute\W+|total\W+|"
    r"proper\W+)?(?:legend|star|lifesaver|life saver|gem|diamond|hero)\W*(?:(?:x+|thanks?|ty|"
    r"cheers|❤️?|🙏|👍)\W*)*$",
    re.IGNORECASE,
)
# Signing off, said alone: "aight peace", "catch ya later", "ok cya", "✌️".
_BYE_ALONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|aight|alright|right|anyway|cool|sweet as|cheers|thanks|ta)\W+)*"
    r"(?:peace(?: out)?|✌️?|cya|see ya|laters|ttyl|ttfn|catch (?:ya|you)(?: later)?|bye+|"
    r"hooroo|cheerio|night night|nighty night|nn|gn|nite|g'?night|good ?night|"
    # "ta-ra", "ta ra x", "toodles", "gotta bounce": signing off, UK and US
    r"ta[- ]?r+a+h?|ta[- ]?ta(?: for now)?|toodles|toodle[- ]?(?:oo|pip)|later(?:s)? gator|"
    r"(?:gotta|got to) bounce|"
    # "gotta go", "got to run", "have to head off": leaving
    r"(?:(?:i'?ve |i )?(?:gotta|got to|have to|need to|must) (?:go|run|dash|head(?: off)?|fly)))"
    r"(?:\W+(?:bot|mate|hun|babe|love|luv|pet|duck|chuck|all|everyone|then|now|sorry|soz|bye|x+))*\W*(?:(?:x+|😘|😴|💤|❤️?)\W*)*$",
    re.IGNORECASE,
)
# "Fine" taken back: "actually no im not fine", "no i'm not ok tbh".
NOT_FINE = re.compile(
    r"^\W*(?:(?:actually|no+|nah|honestly|tbh|ok|well|wait|sorry|lol|haha|i lied)\W+)*"
    r"(?:i'?m|im|i am)\W+(?:really\W+|actually\W+|so\W+)?not\W+(?:really\W+)?"
    r"(?:fine|ok(?:ay)?|alright|good|great)\b(?:\W+(?:at all|really|tbh|honestly|actually|if i'?m "
    r"honest|to be honest|lol|tho|though))*\W*$",
    re.IGNORECASE,
)
# Help asked in another language, in a word: "ayuda", "hilfe!", "bachao".
_HELP_ALONE = re.compile(
    r"^\W*(?:ayuda|ay[uú]dame|socorro|auxilio|aidez-moi|au secours|ajuda|hilfe|aiuto|aiutami|"
    r"bachao|madad|tulong|saklolo)\W*$",
    re.IGNORECASE,
)
# Only hearts or folded hands: "❤️", "🙏🙏", "💕".
_HEARTS_ONLY = re.compile(r"^\s*(?:(?:❤|♥|🧡|💛|💚|💙|💜|🤍|💕|💖|💗|💓|💞|🫶|🤗|🙏)\ufe0f?\s*)+$")
# What someone did to them, or what falls on them: "she laughed at me", "i'm the one who".
# Hurt by someone close, told: "my boyfriend said something really hurtful", "she ghosted me".
HURT_BY_SOMEONE = re.compile(
    r"\bsaid (?:something|some stuff|things) (?:really |so |pretty |quite )?(?:hurtful|horrible|"
    r"nasty|mean|awful|cruel|cutting|out of order)\b|\b(?:hurt|upset|humiliated|embarrassed|"
    r"ignored|ghosted|blanked|excluded) me\b|\bleft me (?:on read|on delivered|out)\b|"
    # "my manager had a go at me today", "she snapped at me in front of everyone"
    r"\b(?:had a go|had a pop|shouted|yelled|snapped|went off|kicked off|laughed|took it out) "
    r"(?:at|on) me\b|\b(?:told me off|made fun of me|talked down to me|belittled me|blamed me)\b|"
    r"\b(?:i )?got (?:told off|shouted at|yelled at|laughed at|picked on|made fun of)\b|"
    # a falling-out with someone close: "massive row with my mum", "fell out with my best mate"
    r"\b(?:fell|falling|fallen) out with\b|"
    # "me and my best mate fell out", "my mum and me argued again", "we keep arguing"
    r"\b(?:me and (?:my|his|her) \w+(?: \w+)?|my \w+(?: \w+)? and (?:me|i)|we)(?: have| had| "
    r"just| always| keep| kept)? (?:fell out|fallen out|falling out|argued|argue|arguing|"
    r"rowed|had (?:a|another) (?:row|argument|fight|falling[- ]out))\b|"
    r"\b(?:a|massive|huge|big|blazing|another|awful|"
    r"horrible) (?:row|argument|fight|bust-?up|falling[- ]out) with\b|\b(?:had|having) (?:a |"
    r"another |such a )?(?:massive |huge |big |blazing |bit of a )?(?:row|bust-?up)\b|"
    # a confidence broken: "told everyone my secret", "stabbed me in the back"
    r"\b(?:told|showed|spread) (?:everyone|everybody|people|the whole \w+) my (?:secrets?|"
    r"business)\b|\bstabbed me in the back\b|\bbetrayed me\b",
    re.IGNORECASE,
)
_DONE_TO_ME = re.compile(
    r"\b(?:to|at|on|with|about|behind|over|for) me\b|\bme (?:off|out|down|up|feel)\b|"
    r"\bbehind my back\b|"
    r"\b(?:i'?m|im|i am) (?:always )?the one\b|\bi (?:always|have to|end up|ended up|had to)\b|"
    # "my mate said man up when i told him i was struggling": their own struggle, told
    r"\bi (?:told|opened up to) (?:him|her|them)\b|\bi (?:was|am|'m|m|'ve been|have been) "
    r"(?:really |so )?(?:struggling|not (?:ok|okay|coping)|depressed|anxious|low|down)\b|"
    + HURT_BY_SOMEONE.pattern,
    re.IGNORECASE,
)
# Asking after them: "is she ok?" (worry in so many words is `worried_about_someone`'s).
_ASKED_IF_OK = re.compile(r"\bis (?:he|she|they) ok(?:ay)?\b", re.IGNORECASE)


def _forgets(text: str) -> bool:
    """Something small they keep forgetting or skipping ("my meds", "to drink water")."""
    from bot.listening import forgotten_task

    return forgotten_task(text) is not None


# Only the question of how we are, feelings included: "how are you feeling today?", "and
# how r u doing this morning". Asked of us, not a mood of theirs to note.
_HOW_ARE_YOU_ONLY = re.compile(
    r"^\W*(?:(?:hi+|hey+|hello|hiya|so|and|ok|okay)\W+)*how (?:are|r) (?:you|u|ya)"
    r"(?: (?:feeling|feelin|doing|doin|keeping|getting on))?"
    r"(?: (?:today|tonight|this (?:morning|afternoon|evening)|now|then|lately|these days))?"
    r"(?: (?:bot|mindlink|mate|hun|babe))?\W*$",
    re.IGNORECASE,
)

# A reminder moved by so long in so many words: "push the dentist one back an hour".
_MOVE_VERB = re.compile(
    r"\b(?:push\w*|postpone\w*|delay|move|bring|put\b.{0,30}\boff|prepone)\b", re.I
)


# Readings of "wind down" and the like that still mean winding down is asked for.
WIND_DOWN_READS = frozenset(
    {"goodbye", "mood_report", "smalltalk", "checkin_request", "out_of_scope", "greet", "help",
     "breathing_request", "sleep_help", "affirm", "thanks", "crisis"}
)  # fmt: skip


# Tips asked for on the way to bed: "going to bed now, any tips", "off to sleep, any advice?".
_BED_TIPS = re.compile(
    r"\b(?:any|some|got any|give me|quick|a few) (?:tips?|advice|ideas?|suggestions?)\b|"
    r"\b(?:tips?|advice)\W*\??\W*$|\bhow (?:do|can) i (?:get to |fall )?(?:sleep|asleep)\b",
    re.IGNORECASE,
)
# The menu asked for with a slip of the keys: "mneu", "meun", "menue", "optoins".
_MENU_TYPED = re.compile(
    r"^\W*(?:meun|mneu|menue|mnu|emnu|mmenu|menuu|nemu|optoins|opitons|optins|opions|optons|"
    r"otions|optiosn)\W*$",
    re.IGNORECASE,
)


def intent_of(parse: Parse, text: str, settings: dict[str, Any]) -> str:
    """The model's intent, or the fallback when it is unsure.

    A message of only emoji that reads as a mood (😭, 😔, 🙂) is a mood report, and so is
    a loss told in a few words ("my cat died"), whatever the model made of it. A panic
    happening now is met with breathing.
    """
    if parse.intent != "crisis" and NOT_FINE.match(text):
        return "mood_report"  # "actually no im not fine", after "fine": told, not a "no"
    if _MENU_TYPED.match(text):
        return "help"  # "mneu", "optoins": the menu, typed in a hurry

    if re.match(r"^\W*(?:x+o*|xo+|😘|💋)\W*$", text, re.IGNORECASE):
        return "goodbye"  # "x" after a goodnight: a kiss to sign off, not a mood
    if parse.intent != "crisis" and greeted_in(text):
        return "greet"  # "merhaba", "salut": a hello in their language, not a mood or a city
    if fine_abroad(text):
        return "thanks"  # "main theek hoon", "mir geht es gut": fine, as "im fine thanks" is
    if _NIGHT_WITH_A_KISS.match(text):
        return "goodbye"  # "night x", "nighty night xx": a goodnight
    if parse.intent == "goodbye" and _BED_TIPS.search(text):
        return "sleep_help"  # "going to bed now, any tips": tips asked, not only goodnight
    if parse.intent != "crisis" and DONE_FOR_NOW.match(text):
        return "goodbye"  # "no thats all thanks", "nope im good thanks": signing off
    if parse.intent != "crisis" and chat_topic(text) in ("change_subject", "not_sure"):
        # "can we talk about something else": asked of us, not the menu; "idk": no words
        # needed yet, not a surprise nor the menu
        return "smalltalk"
    if _KIND_OF_YOU.match(text):
        return "thanks"  # "that's kind of you", "aw ur sweet": thanks, not news to note
    if _HEARTS_ONLY.match(text):
        return "thanks"  # "❤️", "🙏" sent back to us: thanks, not a mood to score
    if an_errand_for_us(text) or medicine_mishap(text):
        # "text my boyfriend for me and say im running late": we can't; "i dropped my pills
        # down the sink": the pharmacy (bot.topics answers both)
        return "smalltalk"
    if meds_reminder_not_needed(text):
        return "cancel_reminder"  # "i dont need the meds reminder anymore, i stopped them"
    if parse.intent == "crisis" and service_topic(text) == "bot" and len(text.split()) <= 8:
        return "smalltalk"  # "whats ur purpose", read as despair: what we are, answered
    if re.match(r"^\s*(?:[❓❔?]\ufe0f?\s*)+$", text):
        return "help"  # "❓" alone: what can you do, like "???"
    if parse.intent != "crisis" and _HELP_ALONE.match(text):
        return "help"  # "ayuda", "hilfe": help asked in their language, never "you're welcome"
    if parse.intent in ("mood_report", "smalltalk") and ACK_SOFT.match(text):
        return "affirm"  # "aw ok", after "jokes aren't my thing": taken in, not a mood
    if re.match(r"^\s*(?:🤔\s*)+$", text):
        return "smalltalk"  # "🤔" alone: thinking, like "hmm", not a mood to check in on
    if parse.intent != "crisis" and chat_topic(text) == "met":
        return "smalltalk"  # "nice to meet you": said back, not good news or a mood
    if re.match(r"^\s*(?:🆗\s*)+$", text):
        return "affirm"  # "🆗": ok
    if _BYE_ALONE.match(text) and parse.intent != "crisis":
        return "goodbye"  # "aight peace", "catch ya later", "✌️": signing off
    if _THANKS_SLANG.match(text) and parse.intent != "crisis":
        return "thanks"  # "legend", "ur a star": thanks, not something to be unsure about
    if parse.intent != "crisis" and _FINE_AND_ASKED_BACK.match(text):
        return "smalltalk"  # answered in kind, and asked how they are in return
    if parse.intent != "crisis" and _CLOCK_ONLY.match(text):
        return "set_reminder"  # "half 6" on its own: a time (asked what it is for), not a mood
    if (
        parse.intent != "crisis"  # an emoji that is a mood, however unsure the intent head is
        and not EMOJI_ONLY_NOT.search(text)
        and any(e.type == "mood_score" for e in parse.entities)
    ):
        return "mood_report"
    if is_mash(text) or (parse.intent != "crisis" and unreadable(text)):
        return "out_of_scope_unsure"  # "jfkdlsjfkdsl;a", "hhhhhhhhhh": not understood, said so
    if parse.intent != "crisis" and _CLOSE_OUR_ACCOUNT.match(text):
        return "delete_data"  # "how do i delete my account": theirs with us, asked of us
    if parse.intent == "export_data" and not OUR_DATA.search(text) and len(text.split()) > 2:
        return "out_of_scope"  # "export my spotify playlist": not ours to export
    if parse.intent != "crisis" and (quiet_for_a_while(text) or pause_asked(text)):
        return "cancel_reminder"  # "mute till monday": their reminders paused until then
    if parse.intent in ("cancel_reminder", "list_reminders") and KEEP_THE_REST.search(text):
        return "delete_data"  # "delete my messages but keep my reminders": what can be erased
    wind_down = wind_down_asked(text) if parse.intent in WIND_DOWN_READS else None
    if wind_down:
        # "wind down", "wind down pls": 4-7-8 for sleep, not a 1-10 question or a goodbye;
        # "wind down routine pls": the routine
        return "sleep_help" if wind_down == "routine" else "breathing_request"
    topic = service_topic(text)
    if topic and parse.intent == "human_request" and PERSON_WANTED.search(text):
        # "r u a bot? i want a person", "is this the mental health line? i really need to talk
        # to someone": the person asked for, not only the question answered
        return "human_request"
    if topic == "who_we_are" and parse.intent == "mood_report" and len(text.split()) >= 10:
        # "my GP gave me this number. I've been feeling low since my husband died": how they
        # are comes first; who we are is said on first contact anyway
        return "mood_report"
    if chat_topic(text) in ("ailment", "sore"):
        return "smalltalk"  # "this cough wont go away" (nothing worrying beside it): see someone
    if topic and (
        parse.intent != "crisis"
        or pet_ate_something(text)
        # "will you tell the police?", "can i drink on citalopram": a question, answered
        or (topic in ABOUT_US and not crisis_kind(text) and not is_doubtful(text))
    ):
        return "smalltalk"
    unsure = parse.intent_confidence < float(settings["nlu"]["fallback_confidence"])
    asked_how = chat_topic(text) == "how_are_you"
    if (
        unsure
        and parse.intent != "crisis"
        and len(text.split()) <= 3
        and chat_topic(text) in ("laugh", "what_mean", "guess", "there", "compliment")
    ):  # "jajaja", "mdr": a laugh; "huh?", "omg", "hmm": not a message we could not follow
        return "smalltalk"
    if (parse.intent != "crisis" and EXASPERATED.match(text)) or STORY_START.match(text):
        return "mood_report"  # "fml", "can i just tell you something": heard, not a hello
    if (
        parse.intent == "greet"
        and len(text.split()) >= 8
        and parse.ekman in ("sadness", "fear", "anger")
        and parse.emotion_confidence >= 0.5
    ):  # "Hello dear. It is my birthday today and nobody has called.": told, not a hello
        return "mood_report"
    if (
        parse.intent == "greet"
        and len(text.split()) >= 4
        and (HOW_I_AM.search(text) or WENT_BADLY.search(text))
        and not GREETED_WELL.search(text)
    ):  # "hey im back, things got worse", "hi its me again. my exam went badly": how they
        # are, told with the hello, not only the hello
        return "mood_report"
    if parse.intent == "greet" and chat_topic(text) in ("compliment", "what_mean", "there"):
        # "ily", "love you bot x": fondness; "wdym": asked, not a hello; "hello??": waiting
        return "smalltalk"
    if parse.intent == "mood_report" and _HOW_ARE_YOU_ONLY.match(text):
        return "smalltalk"  # "how are you feeling today": asked of us; not "glad to hear it"
    if (unsure or parse.intent == "greet") and parse.intent != "crisis" and asked_how:
        return "smalltalk"  # "how r u", "im good thanks how are you": answered, and asked back
    if (
        parse.intent in ("smalltalk", "greet", "out_of_scope")
        or (unsure and parse.intent != "crisis")
    ) and LOSS.search(text):
        # "hiya 👋 my nan died this morning": the loss, not the hello; "my nan passed away on
        # sunday", read unsurely, is a loss too, not a message we could not follow
        return "mood_report"
    if parse.intent == "crisis" and affection_only(text):
        return "mood_report"  # "dad hugged me when i passed my test": news of their own
    if PATTERN_NAMED.match(text):
        return "breathing_request"  # "4-7-8", "box breathing pls": not a mood of 4
    if parse.intent != "crisis" and learning(text):
        return "breathing_request"  # "teach me 4-7-8", "how does 478 work": not a time of 4
    forgets = parse.intent in ("out_of_scope", "checkin_request") or unsure
    forgets = forgets and parse.intent != "crisis"
    # "keep forgetting to take my pills": the model can hear the pills as a crisis
    forgets = forgets or (parse.intent == "crisis" and forgets_medicine(text))
    if forgets and _forgets(text):
        return "mood_report"  # "i keep forgetting my antidepressants": a reminder offered
    if (
        parse.intent in ("out_of_scope", "smalltalk", "help")
        and _MOVE_VERB.search(text)
        and shifted_by(text) is not None
    ):
        return "set_reminder"  # "push the dentist one back an hour": a reminder moved
    if parse.intent in ("out_of_scope", "smalltalk", "help") and NUDGE_ASKED.search(text):
        return "set_reminder"  # "i need a poke at 9 to call my sister"
    if parse.intent in ("help", "smalltalk", "out_of_scope", "checkin_request") and (
        BREATHING_KINDS.search(text)
    ):
        return "breathing_request"  # "what breathing exercises do you have": the three, offered
    if parse.intent in ("help", "smalltalk", "out_of_scope", "checkin_request") and (
        HOW_LONG.search(text) and BREATHING_NAMED.search(text)
    ):
        return "breathing_request"  # "how long is the breathing thing": answered, and offered
    if parse.intent == "goodbye" and not GOODBYE_WORDS.search(text):
        # "home now, long day", "I rang her. She's coming Sunday.": news, not a goodbye
        return "mood_report" if HOW_I_AM.search(text) or LONG_DAY.search(text) else "smalltalk"
    if parse.intent in ("deny", "affirm", "smalltalk", "out_of_scope") and A_REAL_PERSON.search(
        text
    ):
        return "human_request"  # "no i mean a real human being": a person, asked for again
    if parse.intent == "human_request" and declines_a_person(text):
        return "deny"  # "i dont want to talk to a person": a no, never a handover
    if parse.intent == "human_request" and not HUMAN_WORDS.search(text):
        return "thanks" if THANKED.search(text) else "smalltalk"  # "just called him, thanks"
    if parse.intent == "human_request" and TALKED_TO_SOMEONE.search(text):
        return "smalltalk"  # "i talked to a real person today at the gp and it helped": told
    if parse.intent == "mood_report" and BAD_NIGHT.match(text):
        return "sleep_help"  # "i didnt sleep well": last night, not a 1-10 question
    if parse.intent in ("mood_report", "smalltalk", "checkin_request") and up_late(text):
        return "sleep_help"  # "i was up till 4 gaming lol": last night, never a mood of 4
    if parse.intent in ("mood_report", "smalltalk", "checkin_request") and NIGHTMARE_TOLD.search(
        text
    ):
        return "sleep_help"  # "i had a nightmare": what helps with those, not a 1-10 question
    if parse.intent in ("out_of_scope", "smalltalk", "help") and TALK_DOWN.search(text):
        return "mood_report"  # "can you talk me down": support now, not small talk
    if parse.intent in ("out_of_scope", "smalltalk") and weighed_by_name(text):
        return "breathing_request"  # "box or 478 which is better": the three side by side
    if parse.intent in ("out_of_scope", "smalltalk") and sleep_question(text):
        return "sleep_help"  # "what's a good bedtime for a teenager": the sleep coach answers
    if parse.intent in ("affirm", "deny") and len(text.split()) >= 3 and HOW_I_AM.search(text):
        return "mood_report"  # "not any better tbh", "yeah pretty rough": how they are
    if parse.intent != "crisis" and LATE_SCORE.match(text.replace("\u2019", "'")):
        return "mood_report"  # "sorry only seeing this now. about a 5": the score, given late
    scored = any(e.type == "mood_score" for e in parse.entities)  # "a 3 today, so anxious"
    numbered = re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", text, re.I)
    if parse.intent == "greet" and scored and numbered and len(text.split()) >= 4:
        return "mood_report"  # "Good evening. I am quite well thank you, perhaps a 7."
    if parse.intent in ("mood_report", "checkin_request", "smalltalk") and (
        PANIC.search(text) or (worked_up_ahead(text) and not scored)
    ):
        return "breathing_request"
    if parse.intent in ("mood_report", "checkin_request") and (
        awake_and_sleepless(text) or sleep_told(text) or kept_awake_by_thoughts(text)
    ):  # "its 3am and im so anxious i cant sleep": help for tonight; "so stressed, my
        # husband snores so loud i cant sleep": the snoring
        return "sleep_help"
    if parse.intent == "breathing_request" and PANIC_PAST.search(text) and not keyword_action(text):
        return "mood_report"  # "i had a panic attack yesterday": told, not happening now
    if parse.intent == "support_other" and (
        about_a_pet(text) or (tells_a_loss(text) and not is_third_party(text))
    ):  # "my cat is sick and i'm worried", "my mum passed away": their own worry or grief
        return "mood_report"
    if (
        parse.intent == "support_other"
        and _DONE_TO_ME.search(text)
        and not worried_about_someone(text)
        and not _ASKED_IF_OK.search(text)
    ):  # "my flatmate never cleans up and i'm the one who ends up doing it": their own
        # trouble with someone, not worry for them
        return "mood_report"
    if parse.intent == "support_other" and partner_temper_only(text):
        return "mood_report"  # "my boyfriend gets really angry": their own home, listened to
    if parse.intent == "support_other" and their_news(text) and not worried_about_someone(text):
        return "mood_report"  # "my sister is pregnant": their news, and how it is for them
    if parse.intent == "support_other" and NEW_HERE.search(text):
        return "help"  # "my daughter set this up for me. what do i do now?"
    if parse.intent == "support_other" and (
        (LIFE_EVENT.search(text) and not worried_about_someone(text))
        or not (names_someone_close(text) or is_third_party(text))
    ):  # "my parents are getting divorced", "my landlord just texted": their own news
        return "mood_report"
    if (
        parse.intent == "checkin_request"
        and parse.intent_confidence < 0.8
        and keyword_action(text) != "action_start_checkin"
    ):
        return "mood_report"  # "chem tomorrow and i havent revised at all": told, not asked
    if (
        parse.intent == "sleep_help"
        and parse.intent_confidence < 0.9
        and re.search(r"^\W*(?:a |some )?breath(?:e|ing)\b", text, re.IGNORECASE)
    ):
        return "breathing_request"  # "breathing for sleep": the exercise, to wind down
    if (
        parse.intent == "sleep_help"
        and parse.intent_confidence < 0.9
        and not SLEEP_WORDS.search(text)
        and sleeper(text) not in ("baby", "shift")  # "my baby is up every 2 hours": nights
    ):
        return "mood_report"  # "can't focus at work", read as sleep without a word about it
    if unsure:
        return "out_of_scope_unsure"
    return parse.intent


def keyword_action(text: str) -> str | None:
    """The action a request in plain words asks for ("remind me...", "breathing"), if any."""
    action = next(
        (action for pattern, action in KEYWORDS if re.search(pattern, text.strip(), re.I)), None
    )
    if action == "action_handover" and declines_a_person(text):
        return None  # "i dont want to talk to a person": never a handover
    return action


# Still awake after the help for tonight: what keeps them up, told instead of yes or no.
NIGHT_MIND = re.compile(
    r"\b(racing|spinning|overthink\w*|can'?t (stop|switch off|shut off|turn off|relax|settle)"
    r"|won'?t (stop|shut up|switch off|settle)|keeps? (thinking|going over|replaying)"
    r"|thinking about|worr(y|ied|ying)|anxious|stress\w*|can'?t (get|go) (back )?to sleep"
    r"|still (awake|up)|tried (that|it|everything)|doesn'?t (help|work)|didn'?t (help|work))\b",
    re.IGNORECASE,
)


# Panic told as something that keeps happening, not happening now: "i've been having panic
# attacks every day", "i get panic attacks a lot, how do i deal with them" (unless it is now
# as well: "i get them a lot and im having one rn").
_OFTEN = (
    r"(?:\b(?:every ?day|daily|every (?:night|morning|week|time)|a lot|all the time|so often|"
    r"often|regularly|constantly|most days|keep (?:having|getting)|been (?:having|getting)|i "
    r"(?:get|have|suffer (?:from|with)) (?:bad |really bad |frequent |regular )?(?:panic|anxiety) "
    r"attacks|how (?:do|can|should|would) (?:i|you|people|one) (?:deal|cope|handle|manage|"
    r"prevent|get rid))\b(?!.*\b(?:now|rn|right now|atm|at the moment|currently|having one)\b))"
)
# Words that tell a panic as over: "had one yesterday", "last night", "a week ago", or as
# what keeps happening (_OFTEN).
_OVER = rf"(?:\b(?:had|yesterday|last (?:night|week|time)|earlier|ago|used to)\b|{_OFTEN})"
# "panic attack rn", "can't catch my breath": slow breathing at once, not a 1-10 question
# (a panic told as the past is not).
# A time ahead: "exams next week and im freaking out" is worry about it, not panic now.
_AHEAD = (
    r"\b(?:tomorrow|tmrw|tmr|tmoz|next (?:week|month|year|term)|"
    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:week|weekend)|"
    r"in (?:a|an|two|three|a few|\d+) (?:days?|weeks?|months?))\b"
)
# A racing heart with its harmless cause told, or laughed at: "my heart is racing after that
# horror film lol", "heart pounding, just ran for the bus".
_HEART_EXPLAINED = (
    r"(?!.*\b(?:after|from|because of|cos of|cause of) (?:that |the |a |an |my |this |all (?:the |"
    r"that )?)?(?:\w+ )?(?:film|movie|run|running|jog|workout|gym|coffee|coffees|espresso|energy "
    r"drinks?|rollercoaster|ride|game|match|scare|jump ?scare|stairs|hike|dance|class|date|kiss)\b|"
    r".*\b(?:just|literally) (?:ran|run|sprinted|jogged|climbed|danced)\b|"
    r".*\b(?:lol|lmao|haha\w*)\b|.*😂)"
)
# Laughing too hard to breathe: "this meme has me on the floor 💀💀 cant breathe".
_LAUGHING = (
    r"(?!.*(?:\b(?:lmao+|lmfao+|haha\w*|meme|on the floor|crying laughing|so funny|hilarious|"
    r"funniest|laughing|pmsl|rofl)\b|😂|🤣|💀))"
)
PANIC = re.compile(
    rf"^(?!.*{_OVER}).*\b(?:(?:panic(?:king|ing)?|anxiety) attack|hyperventilat\w*)\b|"
    rf"^(?!.*{_OVER}){_LAUGHING}.*\b(?:can'?t (?:catch my )?breath\w*|cant (?:catch my )?"
    r"breath\w*)\b|"
    rf"^(?!.*{_OVER}){_HEART_EXPLAINED}.*"
    r"\bheart (?:is |keeps |won'?t stop )?(?:racing|pounding)\b|"
    rf"^(?!.*{_OVER})(?!.*{_AHEAD}).*\b(?:panic(?:king|ing)?|freaking out(?! about| over))\b",
    re.IGNORECASE,
)

# Asked to be calmed now, or spiralling: "can you talk me down", "im spiralling rn".
TALK_DOWN = re.compile(
    r"\btalk me down\b|^\W*(?:i'?m|im|i am|i keep|keep|just|really|so|ugh|help)?\W*"
    r"(?:(?:really|so|just|completely|totally) )?spiral+(?:ing|in)?\b(?!.*\bout of control\b)",
    re.IGNORECASE,
)
# A panic told as over ("i had a panic attack yesterday").
# Worked up about something close ahead: "exam tomorrow and im freaking out", "job interview
# in an hour and im shaking". Slow breathing now, without the panic attack's 999 line.
WORRY_AHEAD = re.compile(
    r"^(?=.*\b(?:freaking out|panick?(?:ing|king)|shaking|trembling|bricking it)\b)"
    rf"(?=.*(?:{_AHEAD}|\bin (?:an|a|half an|\d+) (?:hours?|hrs?|minutes?|mins?)\b|\blater today\b|"
    r"\btonight\b))",
    re.IGNORECASE,
)


def worked_up_ahead(text: str) -> bool:
    """A short message worked up about something close ahead (a longer one is listened to)."""
    return len(text.split()) <= 14 and WORRY_AHEAD.search(text) is not None


PANIC_PAST = re.compile(
    rf"^(?=.*{_OVER}).*"
    r"\b(?:panic(?:king|ing|ked)?(?: attacks?)?|anxiety attacks?)\b",
    re.IGNORECASE,
)
PANIC_OFTEN = re.compile(rf"^(?=.*{_OFTEN})", re.IGNORECASE)


# Asked for by name inside a hello ("slept really well" with a hello is news, not a request).
_STARTS_A_FEATURE = frozenset({"action_start_checkin", "action_sleep_diary"})
# A reminder referred to: "move it", "cancel that one", "change the reminder".
_ABOUT_IT = re.compile(r"\b(?:it|that|this|one|reminders?)\b", re.IGNORECASE)


# "diary", "yeah the diary", "can we do the diary": ours, the sleep diary.
DIARY_ONLY = re.compile(
    r"^\W*(?:(?:yeah|yes|yep|ok|okay|sure|go on|please|pls|can we|could we|can i|lets|let'?s|"
    r"i'?ll|i want to|i wanna|id like to|i'?d like to)\W+)*(?:do |fill in |fill out |start )?"
    r"(?:the |a )?diary(?: then| now| please| pls| thanks)?\W*$",
    re.IGNORECASE,
)


def route(intent: str, text: str) -> str:
    """The action that starts what the person asked for."""
    if intent != "crisis" and DIARY_ONLY.match(text):
        return "action_sleep_diary"
    if intent == "greet" and len(text.split()) > 4:
        # "Good morning. I should like to record how I am feeling today": the request, not
        # only the hello
        asked = keyword_action(text)
        if asked in _STARTS_A_FEATURE:
            return asked
    if intent in ("help", "out_of_scope", "breathing_request") and MEDITATION_ASKED.search(text):
        return "action_start_breathing"  # what we can do by text instead, and breathing
    if intent in ("affirm", "smalltalk", "out_of_scope") and A_MOMENT.match(text):
        return "action_smalltalk"  # "hold on a sec": they'll be back, not the menu again
    if intent in ROUTES and intent not in ("out_of_scope", "affirm", "deny"):
        return ROUTES[intent]
    if intent == "out_of_scope" and len(text.split()) > 3:
        # Read as off-topic with confidence: "how do i check in for my flight", "the box
        # office", "remind me what the capital of france is" are not our check-in, breathing
        # or reminders. A bare command ("box breathing pls") still works, and so does a
        # change to a reminder said as "it" ("move it to tomorrow", not "change my flight").
        asked = keyword_action(text)
        about_it = asked in ("action_change_reminder", "action_cancel_reminder")
        if GROUNDING.search(text):  # "can we do the 54321 thing": grounding
            return "action_start_breathing"
        if checkin_later(text):  # "check in tmrw at 8?": our check-in, then
            return "action_set_reminder"
        return asked if asked and about_it and _ABOUT_IT.search(text) else "action_fallback"
    # Plain words still work when the model is unsure.
    return keyword_action(text) or ROUTES.get(intent, "action_fallback")
