"""Safety first, then handover, first contact, pending questions, the active flow, a new one.

One function decides what to run for a message; rasa-sdk actions do the talking.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import (
    alarms,
    context,
    effects,
    emergency,
    engine,
    handover,
    onboarding,
    safety,
    safety_words,
)
from bot.actions import DOMAIN, SUBMIT
from bot.actions.checkin import bare_score
from bot.actions.general import supporting_lately
from bot.actions.reminders import (
    asks_anew,
    asks_for_reminder,
    corrects_reminder,
    leaves_out_days,
    skips_a_day,
)
from bot.actions.sleep import DIARY_AGAIN, SLEEP_HISTORY, TIPS_WANTED
from bot.breathing import PATTERNS
from bot.breathing import choose as choose_pattern
from bot.jobs import cancel_jobs
from bot.keywords import asks_to_stop
from bot.locale import helpline_of, zone_named
from bot.moods import grossed_out, joyful_news, mood_trend
from bot.nudges import set_wanted as set_nudges_wanted
from bot.proactive import quiet_window
from bot.reminders import just_sent, rezone
from bot.routing import (
    ACK_ONLY,
    BACK_AFTER,
    BREATHING_BODY,
    BREATHING_HOW,
    BREATHING_PAUSE,
    BREATHING_QUESTION,
    BREATHING_RESUME,
    BREATHING_STOP,
    BREATHING_WITH_YOU,
    CLOCK_ANSWER,
    CONSENT_KEEP,
    CONSENT_STOP,
    CONTACT_WORDS,
    DONE_HERE,
    DONE_WORDS,
    EASING,
    EMOJI_ONLY_NOT,
    EXIT_WORDS,
    FORM_INTENTS,
    HOW_LONG,
    INTERRUPTS,
    LATER,
    LEAVE_FLOW,
    LONELY_NOW,
    LOSS,
    MENU_NUMBERS,
    MIXED,
    MOOD_HISTORY,
    NIGHT_MIND,
    NOT_HELPING,
    NUDGES_OFF,
    NUDGES_ON,
    PANIC,
    PANIC_PAST,
    PAST_MOOD,
    QUESTION,
    QUIET_HOURS_WORDS,
    REMINDER_CANCEL,
    REMINDER_CHANGE,
    REMINDER_WHEN,
    RESUME,
    SIDE_ANSWERS,
    STOP_FLOW,
    THANKS_ONLY,
    TIMEZONE_ASK,
    TIMEZONE_WORDS,
    UNSURE,
    UNSURE_ANSWER,
    VENTING,
    WHAT_FOR,
    WHICH_ONE,
    WHY_ASK,
    intent_of,
    keyword_action,
    route,
    worked_up_ahead,
)
from bot.safety import answer_of
from bot.safety_words import is_dose_taken, is_everyday_dose
from bot.sleep import quiet_bound_from, quiet_hours_from, quiet_window_from
from bot.text import exists, render
from bot.topics import (
    ADVICE_ASK,
    ASKED_BACK,
    COPING_FOR_EKMAN,
    COPING_WITH_BREATHING,
    DELETE_WORDS,
    FINE_ANSWER,
    LONELY,
    PART_OF_DATA,
    SOMEONE_ELSES_DATA,
    THIRD_PERSON,
    WHAT_NOW,
    chat_topic,
    service_topic,
)
from bot.types import Reply
from store.models import (
    BreathingSession,
    CheckIn,
    Conversation,
    Flag,
    OutboundMessage,
    Reminder,
)

if TYPE_CHECKING:
    from nlu import Parse

FLOW_TIMEOUT = timedelta(hours=6)
# Words that make a time a request even without "remind": "every day at 9 to journal".
RECURRING_OR_TASK = re.compile(r"\b(?:every|daily|each|nightly|to [a-z]+)\b", re.IGNORECASE)
# Short texts sent one after another are also read together ("i cant" / "do this anymore").
SPLIT_WORDS = 5
SPLIT_WITHIN = timedelta(minutes=3)
# Put off a reminder that just came: "snooze", "later", "remind me again in 15 min".
SNOOZE = re.compile(
    r"^\W*(?:snooze|later|not now|in a bit|in a while|remind me (?:again |later|in )|again in|"
    r"(?:ask|tell|ping|text) me (?:again |later|in )|give me \d+|\d+ (?:more )?min)",
    re.IGNORECASE,
)
LATER_WORD = re.compile(r"\b(?:later|in a while|after \w+|tonight|when i)\b", re.IGNORECASE)
# Not done yet, in answer to a reminder: "havent taken them yet, ill do it after dinner".
NOT_YET = re.compile(
    r"^\W*(?:(?:no|nope|nah|sorry|oops|ah)\W+)?(?:not yet|haven'?t (?:yet|(?:taken|done|had) "
    r"(?:them|it|mine|my \w+) yet)|havent (?:yet|(?:taken|done|had) (?:them|it|mine|my \w+) yet)|"
    r"will do(?: it)? (?:in a (?:min|minute|sec|bit)|later|soon|after)|"
    r"i'?ll (?:do|take|have) (?:it|them|mine|my \w+) (?:later|soon|in a (?:min|bit|sec)|after|"
    r"when|tonight)|give me a (?:min|sec|bit|minute)|"
    r"did ?n'?t (?:do|take|have) (?:it|them|mine|my \w+)(?: yet)?\W*$)",
    re.IGNORECASE,
)
# Thanks that closes an exercise ("thx that helped"), not thanks in passing ("ty").
FINISHED = re.compile(r"\b(?:helped|better|done|enough|that'?s it|finished|calmer)\b", re.I)
# "at night", "during the day": a time when they'd rather not hear from us.
PART_OF_DAY = re.compile(
    r"\b(?:at night|during the day|in the (?:morning|evening|night|day)|mornings|evenings|nights|"
    r"weekends?|while i(?:'m| am)? (?:asleep|sleeping|at work)|when i(?:'m| am)? (?:asleep|"
    r"sleeping|at work)|without deleting)\b",
    re.IGNORECASE,
)
# "I'm here with you" in a row, before ordinary messages are answered as themselves.
MAX_STAYS = 2
# Readings of a short reply to the direct question that mean we could not read it.
UNCLEAR_ANSWERS = frozenset({"greet", "smalltalk", "out_of_scope", "goodbye", "thanks"})
# How long an offer we made stays open to a "yes" or an answer.
OFFER_FOR = timedelta(hours=2)
# How long after setting a reminder a bare time ("9:30pm") is its new time.
JUST_SET = timedelta(minutes=15)
# Greeted within this long after a crisis: welcomed back and asked how they are now.
WELCOME_BACK_HOURS = 72
# A breathing exercise paused for an aside waits this long for "ok back".
PAUSE_FOR = timedelta(hours=1)
# Readings of a message mid-exercise that are an aside, not a new request.
ASIDE_INTENTS = frozenset({"smalltalk", "out_of_scope", "out_of_scope_unsure", "greet"})
# Questions about the service answered in the middle of a check-in, which then goes on.
ANSWERED_MID_CHECKIN = frozenset({"bot", "privacy", "helpline", "therapist", "media", "medicine"})
# How sure the model must be that a question mid-check-in is off-topic to leave it unsaved.
OFF_TOPIC_SURE = 0.9
# How long after leaving a form "actually ok lets do it" starts it again.
RESUME_FOR = timedelta(minutes=30)
FORM_STARTS = {
    "checkin_form": "action_start_checkin",
    "breathing_form": "action_start_breathing",
    "sleep_form": "action_sleep_diary",
}
# How long after a crisis a question about means ("where can i buy rope") is read as danger.
MEANS_WATCH_HOURS = 48
CHEST = re.compile(r"\b(?:chest|heart)\b", re.IGNORECASE)
ASKS = re.compile(r"\?|\b(?:how|should|does|do i|is it|can i|what)\b", re.IGNORECASE)
LOSS_HEARD_FOR = timedelta(hours=2)  # memories after a loss is told are heard as grief
# Telling about someone who died: "she was my best friend", "he always used to sing".
MEMORY_OF_THEM = re.compile(
    r"^\W*(?:and |but |honestly |just )?(?:he|she|they|we|my (?:\w+ ){0,2}(?:mum|mom|dad|"
    r"nan|gran|grandma|grandad|grandpa|brother|sister|friend|husband|wife|partner|son|"
    r"daughter|dog|cat|boy|girl))\b.{0,30}\b(?:was|were|used to|would always|always|loved|"
    r"had|made|taught|gave)\b",
    re.IGNORECASE,
)
# Soon after a crisis, these are heard as more of what they are going through, not a new topic.
STAY_INTENTS = frozenset({"mood_report", "smalltalk", "out_of_scope", "support_other", "crisis"})
MAX_REASKS = 2


# After "i just need to vent", feelings are listened to for this long since the last one.
LISTEN_FOR = timedelta(minutes=20)
# A hard feeling told this recently is what a bare "what should i do?" is about.
FELT_FOR = timedelta(minutes=30)
# A message this long about how they feel is listened to first, not met with a 1-10 question.
LONG_TELLING = 12
# A bare number this soon after a check-in reminder or a nudge answers its 1-10 question.
MOOD_ASKED_FOR = timedelta(hours=24)


def respond(
    session: Session,
    convo: Conversation,
    text: str,
    media: list[dict[str, str]],
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Replies for one message that is not a carrier keyword. An offer we made ("would a
    breathing exercise help?") is only answered while it is fresh: "meh" a day later is
    not a yes to yesterday's question."""
    made = convo.slots.get("offer_at")
    if made and now - datetime.fromisoformat(str(made)) > OFFER_FOR:
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
    before = convo.slots.get("offer")
    menu_before = convo.slots.get("menu_shown")
    replies = _respond(session, convo, text, media, parse, settings, now)
    if menu_before and convo.slots.get("menu_shown") and not _menu_in(replies):
        # answered with something else since the menu ("my dog died"): a number next is
        # not a choice from it
        convo.slots = {**convo.slots, "menu_shown": False}
    if 0 < len(text.split()) <= SPLIT_WORDS:  # kept, to be read with what comes next
        convo.slots = {**convo.slots, "last_said": {"text": text[:80], "at": now.isoformat()}}
    else:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "last_said"}
    offer = convo.slots.get("offer")
    if offer and (offer != before or not made):
        convo.slots = {**convo.slots, "offer_at": now.isoformat()}
    elif not offer:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer_at"}
    return replies


def _menu_in(replies: list[Reply]) -> bool:
    """Whether the replies show the menu, or point back to the one just shown."""
    return any(r.text in (render("menu"), render("menu_again", listed=True)) for r in replies)


def _respond(
    session: Session,
    convo: Conversation,
    text: str,
    media: list[dict[str, str]],
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Replies for one message, whatever offer is pending."""
    _note_reply(session, convo, now)
    assessment = safety.assess(text, parse, settings)
    if assessment.level == "none":
        assessment = _read_with_the_last(convo, text, now) or assessment
    words_kind = safety_words.crisis_kind(text)  # crisis words of their own, read once
    # (a long story the model hears as danger is never explained away by its first words)
    heard = bool(words_kind) or safety.told_around_a_danger(text, parse)
    if not heard and service_topic(text) == "complaint" and not safety_words.is_doubtful(text):
        # "whats the point of you then": about us, not about living
        assessment = safety.Assessment("none")
    if not heard and NOT_WANTED.match(text.strip()) and not safety_words.is_doubtful(text):
        # "no i dont want to breathe i want to be angry": about the exercise, not living
        assessment = safety.Assessment("none")
    if (
        assessment.level == "doubt"
        and DONE_HERE.match(text.strip())
        and under_way(session, convo, settings, now)
        and not safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "ok im done now" mid-exercise, as it says to reply: finished with it, not with life
        assessment = safety.Assessment("none")
    if safety_words.acting_now(text) and safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS):
        # "fine. i'll do it then", even while waiting for a person: danger now
        assessment, words_kind = safety.Assessment("crisis", "danger"), "danger"
    if (
        assessment.level != "crisis"
        and convo.active_flow is None  # not "tonight" answering "when shall I remind you?"
        and safety_words.where_or_when(text)
        and safety.in_crisis_window(convo, settings, now)
    ):  # "im on the roof", "i mean it though, tonight": the plan, told in part, even waiting
        assessment = safety.Assessment("crisis", "danger")
    if safety_words.phone_is_watched(text):
        # "dont text me after 6, he checks my phone": nothing from us unless they text first
        quiet_unless_texted(session, convo)
        if not (assessment.level == "crisis" and assessment.kind == "danger"):
            if assessment.level == "crisis":  # flagged for staff all the same
                safety.raise_flag(session, convo, "crisis", assessment.kind, now)
                convo.last_crisis_at = now  # "ok" next is met with help in reach, not the menu
            helpline = helpline_of(convo, settings)
            abuse = words_kind == "abuse"  # hurt, told in this message
            return [Reply(render("only_when_texted", helpline=helpline, abuse=abuse))]
    if safety_words.says_young(text):  # "im 16": a children's line goes with any crisis answer
        convo.slots = {**convo.slots, "young": True}
    for flag, is_told in (
        ("deaf", safety_words.says_deaf),  # texting 999 instead of a silent call
        ("man_hurt", safety_words.man_hurt_by_partner),  # the Men's Advice Line with abuse
        ("same_sex", safety_words.same_sex_couple),  # an LGBT+ abuse line with abuse
        ("parent_hurts", safety_words.hurt_by_parent),  # "tell a parent" is then no advice
    ):
        if is_told(text):
            convo.slots = {**convo.slots, flag: True}
    if safety_words.says_older(text):  # "i am 81": a line for older people goes with abuse
        convo.slots = {**convo.slots, "older": True}
    if safety_words.new_parent(text):  # "she's 3 weeks old": the midwife or health visitor too
        convo.slots = {**convo.slots, "new_parent": True}
    if safety_words.veteran(text):  # "i'm a veteran": the veterans' line, where there is one
        convo.slots = {**convo.slots, "veteran": True}
    if (
        assessment.level in ("crisis", "doubt")
        and convo.slots.get("safety_state") in ("clarifying", "offered_person")
        and safety.answer_of(text, parse.intent) == "no"
        and not words_kind
        and not safety.says_more_than_no(text)  # "no, i've already taken the pills"
    ):  # "No, I'm not going to hurt myself, I'm just tired of it all": a no, as said
        assessment = safety.Assessment("none")
    if (
        assessment.level in ("crisis", "doubt")
        and safety.asked_after_crisis(text)
        and not words_kind
        and safety.in_crisis_window(convo, settings, now)
    ):  # "are you going to call the police?": answered, not read as a new crisis
        return safety.stay(convo, settings, text)
    if assessment.level in ("crisis", "doubt") and _still_about_them(
        convo, text, now, own_words=bool(words_kind)
    ):
        assessment = safety.Assessment("third_party")
    if assessment.level in ("crisis", "doubt") and convo.active_flow == safety.CHECKIN_FORM:
        # "hopeless", as the feelings of a check-in: kept with the score if the question cuts
        # the check-in short
        convo.slots = {**convo.slots, "checkin_told": text[:300]}
    if assessment.level in ("crisis", "doubt") and _grieving(convo, text, now):
        assessment = safety.Assessment("none")  # "he was always there for me", after a loss
    if (
        assessment.level == "none"
        and _loss_lately(convo, now)
        and safety_words.wants_to_follow_them(text)
    ):  # "sometimes i think about following him", after a loss: asked directly
        assessment = safety.Assessment("doubt")
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and _grieving(convo, text, now)
        and MEMORY_OF_THEM.search(text)
        and not safety_words.harm_told(text)
    ):  # "she used to make me breakfast every sunday": a memory of them, heard as one
        told = int(convo.slots.get("memories_told", 0))
        convo.slots = {**convo.slots, "memories_told": told + 1}
        return [Reply(render("grief_memory", fond=parse.ekman == "joy", told=told))]
    earlier = convo.slots.get("supporting_other")
    progress = safety_words.help_under_way(text)
    if (
        progress
        and not words_kind
        and supporting_lately(earlier, now)
        and bool(earlier and earlier.get("about_crisis"))
    ):  # "ive rung 999 they're on hold", "they found him hes in hospital": said so
        helpline = helpline_of(convo, settings)
        return [Reply(render("support_other_progress", helpline=helpline, how=progress))]
    if (
        assessment.level in ("none", "third_party")
        and safety_words.same_for_me(text)
        and supporting_lately(earlier, now)
        and bool(earlier and earlier.get("about_crisis"))
    ):  # "honestly i feel the same way sometimes", about a sister who wants to die: asked
        return safety.clarify(session, convo, settings, now, "suicidal")
    acted_on = bool(DONE_WORDS.match(text.strip())) and _just_reminded(session, convo, now)
    not_yet = (
        not words_kind and NOT_YET.search(text) is not None and _just_reminded(session, convo, now)
    )
    snoozed = (
        None
        if assessment.level != "none" and not not_yet
        else _snooze(session, convo, text, settings, now)
    )
    if snoozed is not None:
        return snoozed
    if assessment.level == "none" and re.match(r"^\W*snooze\W*$", text, re.IGNORECASE):
        return [Reply(render("snooze_nothing"))]  # nothing due to put off
    if assessment.level != "none" and (
        acted_on or _stops_activity(session, convo, text, settings, now)
    ):  # "i want to stop" mid-exercise: the exercise; "i took my tablets": the reminder
        assessment = safety.Assessment("none")
    sent = _reminder_just_sent(session, convo, now) if assessment.kind == "stop" else None
    if sent is not None and sent.active:
        # "can you make it stop" just after a reminder: that reminder
        return _run(session, convo, "action_cancel_reminder", text, parse, settings, now)
    if (
        assessment.level != "none"
        and not words_kind
        and not safety_words.is_doubtful(text)
        and BREATHING_BODY.search(text)
        and convo.active_flow is None
        and under_way(session, convo, settings, now)
    ):  # "i feel like i'm going to faint" mid-exercise: the breathing, not a crisis
        effects.stop_breathing(session, convo, {}, settings, now)
        chest = CHEST.search(text) is not None  # the emergency number first
        return [Reply(render("breathing_body", helpline=helpline_of(convo, settings), chest=chest))]
    if emergency.corrected(convo, text, now):  # "no i mean hanging out, like at the pub"
        return [Reply(render("emergency_misread"))]
    sign = emergency.sign_of(text)
    if sign is not None:  # "found my son hanging", "i cant wake her up": 999 and first aid
        return emergency.respond(session, convo, sign, text, settings, now)
    ongoing = emergency.lately(convo, now, text)
    if ongoing and not (words_kind and assessment.level == "crisis"):
        # "she's snoring weird", "should i put her on her side": still the emergency
        return emergency.respond(session, convo, ongoing, text, settings, now, again=True)
    farewell = safety_words.sounds_like_goodbye(text) and safety.crisis_within(
        convo, now, hours=MEANS_WATCH_HOURS
    )
    if farewell:  # "thanks for everything" after a crisis: asked, with the emergency number
        worry = [Reply(render("farewell_worry"))]
        return worry + safety.crisis_response(session, convo, "danger", settings, now)
    overdose_at = convo.slots.get("overdose_at")
    if (
        overdose_at
        and now - datetime.fromisoformat(str(overdose_at)) < OVERDOSE_WATCH
        and safety_words.sleepy(text)
    ):  # "i just want to sleep" after 40 paracetamol: the overdose, not tiredness
        return _flagged(session, convo, settings, now, "overdose_sleepy")
    lived = (
        _lived_topic(text)
        if assessment.level == "none" and not words_kind and convo.active_flow is None
        else None
    )
    if lived is not None:  # OCD, drink, coming out, a crying baby, gambling: met as such
        template, context_words = lived
        helpline = helpline_of(convo, settings)
        young = bool(convo.slots.get("young"))
        if template != "coming_out":  # a short breathing exercise is offered with the rest
            convo.slots = {**convo.slots, "offer": "breathing"}
        return [Reply(render(template, helpline=helpline, young=young, **context_words))]
    if assessment.level == "none" and safety_words.household_burn(text):
        # "burned myself on the oven": first aid, not a breathing exercise
        return [Reply(render("minor_burn", helpline=helpline_of(convo, settings)))]
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and safety_words.illness_news(text)
        and not text.rstrip().endswith("?")
        and not safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)  # "in hospital now"
    ):  # "scan results came back, its ms": hard news, heard before anything else
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("hard_news"))]
    if (
        assessment.level != "crisis"
        and convo.slots.get("crisis_kind") == "abuse"
        and safety_words.abuser_away(text)
        and not safety.asked_after_crisis(text)  # "hes not back yet": answered as that
        and safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "hes asleep now", after abuse: a safer moment to get help, not a sleep diary
        helpline = helpline_of(convo, settings)
        strangled = bool(convo.slots.get("strangled"))
        return [Reply(render("abuser_away", helpline=helpline, strangled=strangled))]
    if (
        not acted_on
        and safety_words.did_it(text)
        and safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "i took them" after a crisis: an overdose, whatever the model read
        return safety.crisis_response(session, convo, "danger", settings, now, taken=True)
    if assessment.level != "crisis" and safety_words.asks_about_means(text):
        # "where can i buy rope" the day after a crisis: danger, not a shopping question
        declined = convo.slots.get("safety_state") == "declined"  # "no" to the question just now
        if declined or safety.crisis_within(convo, now, hours=MEANS_WATCH_HOURS):
            assessment = safety.Assessment("crisis", "danger")
    if (
        (assessment.level != "crisis" or not words_kind)
        and safety.refuses_contact(text)
        and safety.in_crisis_window(convo, settings, now)
    ):  # "please dont tell anyone", soon after a crisis (whatever the model read in it)
        return safety.no_contact(convo, settings)
    if (
        assessment.level in ("crisis", "doubt")
        and words_kind in (None, "self_harm")
        and safety.WOUND_CARE.search(text)
        and ASKS.search(text)
        and not safety.in_crisis_window(convo, settings, now)
    ):  # "how do i know if it needs stitches": how to look after it, with help in reach
        safety.raise_flag(session, convo, "crisis", "self_harm", now)
        convo.last_crisis_at = now
        convo.slots = {**convo.slots, "crisis_kind": "self_harm"}
        return safety.stay(convo, settings, text)
    if safety_words.pressed_for_pictures(text) and words_kind not in ("suicidal", "danger"):
        # "he'll send the pics to my school if i dont send more": sextortion, met as such
        return safety.exploitation_response(session, convo, settings, now)
    if safety_words.intrusive_thoughts(text) and words_kind not in ("suicidal", "danger"):
        # "intrusive thoughts about hurting my baby, i'd never do it": what they are, and help
        return [Reply(render("intrusive_thoughts", helpline=helpline_of(convo, settings)))]
    if safety_words.dose_by_mistake(text) and words_kind != "suicidal":
        # "took 4 instead of 1 by accident, is that bad": medical advice now, not a crisis
        return [Reply(render("dose_mistake", helpline=helpline_of(convo, settings)))]
    if safety_words.told_to_harm(text) and words_kind not in ("suicidal", "danger"):
        # "the voices are telling me to hurt my mum": keeping everyone safe, and help today
        return _flagged(session, convo, settings, now, "harm_to_others", means=None, voices=True)
    doctor = safety_words.needs_a_doctor_now(text)
    if doctor and words_kind not in ("suicidal", "danger"):
        # "stopped drinking 2 days ago, shaking and seeing things", "hearing things": medical
        # help today (withdrawal can be dangerous), not a diary or a breathing exercise
        return _flagged(session, convo, settings, now, "doctor_now", why=doctor)
    if safety_words.no_safe_place(text) and words_kind not in ("suicidal", "danger", "abuse"):
        # "kicked out, sleeping in my car tonight": somewhere safe first, not sleep tips
        young = bool(convo.slots.get("young"))
        return _flagged(session, convo, settings, now, "nowhere_safe", young=young)
    if safety_words.harm_to_others(text) and words_kind not in ("suicidal", "danger"):
        # "so angry i could hurt someone, i've got a knife": keeping everyone safe, now
        means = safety_words.means_named(text)
        child = safety_words.harm_to_child(text)  # "i feel like shaking the baby"
        return _flagged(session, convo, settings, now, "harm_to_others", means=means, child=child)
    if safety_words.eating_worry(text) and words_kind not in (
        "suicidal",
        "danger",
    ):  # "i make myself throw up after i eat": met as an eating worry, with its own line
        return safety.eating_response(session, convo, settings, now)
    if assessment.level == "crisis":
        effects.stop_breathing(session, convo, {}, settings, now)
        if convo.handed_over:
            safety.raise_flag(session, convo, "crisis", assessment.kind, now)
        at_home = safety_words.abuse_at_home(text)
        if safety_words.sexual_violence(text):  # a line for sexual violence goes with it
            convo.slots = {**convo.slots, "sexual": True}
        if assessment.kind == "abuse" and safety_words.hurt_by_adult_in_charge(text):
            convo.slots = {**convo.slots, "young": True}  # "my teacher...": most likely a child
        bleeding = safety_words.is_bleeding(text)
        convo.slots = {
            **convo.slots,
            "burned": bool(safety_words.BURNED.search(text)) or bool(convo.slots.get("burned")),
            "crisis_by_words": bool(words_kind),  # or the model's
            "strangled": safety_words.was_strangled(text) or bool(convo.slots.get("strangled")),
        }
        return safety.crisis_response(
            session,
            convo,
            assessment.kind,
            settings,
            now,
            at_home=at_home,
            bleeding=bleeding,
            taken=safety_words.overdose_told(text),
            strangled=safety_words.was_strangled(text),
            secret=safety_words.told_to_keep_secret(text),
            followed=safety_words.being_followed(text),
            means=safety_words.means_named(text) if assessment.kind != "abuse" else None,
            # "he's hitting me right now", "hiding in the bathroom": the emergency number first
            urgent=assessment.kind in ("abuse", "danger") and safety_words.abuse_now(text),
        )
    state = convo.slots.get("safety_state")
    if state in ("declined", "declined_person"):
        replies = safety.after_declined(session, convo, text, settings, now)
        if replies is not None:
            return replies
        state = None
    if state == "clarifying" and (
        safety_words.urgent_now(text) or safety_words.sounds_like_goodbye(text)
    ):  # "tonight's the night", "thanks for everything x" instead of yes or no: danger
        return safety.crisis_response(session, convo, "danger", settings, now)
    if state == "clarifying":
        asked_about = convo.slots.get("clarify_said")
        replies = safety.after_clarify(session, convo, text, parse.intent, settings, now)
        if replies is not None and asked_about and convo.slots.get("safety_state") == "declined":
            # "no" to a question a faint reading raised: now answer what they said
            first, reading = _replayed(asked_about, text, parse, convo.timezone, now)
            if route(intent_of(reading, first, settings), first) == "action_fallback":
                return replies  # "i wanna kms 💀", "no lol": nothing else in it to answer
            return replies + _dialogue(session, convo, first, reading, settings, now)
        if replies is not None:
            return replies
        leaving = parse.intent in ("thanks", "goodbye") or THANKS_ONLY.match(text.strip())
        if leaving and not safety_words.sounds_like_goodbye(text):
            # "thanks for listening, really": a warm goodbye, help in reach, and we check in
            helpline = helpline_of(convo, settings)
            return [Reply(render("clarify_leaving", helpline=helpline))]
        asked_back = text.rstrip().endswith("?")  # "should i say something?": answered
        unclear = parse.intent in UNCLEAR_ANSWERS and keyword_action(text) is None
        if len(text.split()) <= 4 and unclear and not parse.entities and not asked_back:
            # "oo po", "hmm": not an answer we can read; asked again kindly, help in reach
            convo.slots = {**convo.slots, "safety_state": "clarifying", "clarify_kind": "suicidal"}
            helpline = helpline_of(convo, settings)
            return [Reply(render("clarify_unclear", helpline=helpline, why=False))]
    recent_crisis = safety.in_crisis_window(convo, settings, now)
    if recent_crisis and not convo.handed_over and safety.METHOD_ASKED.search(text):
        # "do you think it would hurt": never answered; asked about acting on it now
        return safety.clarify(session, convo, settings, now, "acting")
    taken_back = safety_words.takes_it_back(text) if recent_crisis else None
    if taken_back and assessment.level != "crisis":  # not "delete my data": keep the follow-up
        return safety.taken_back(convo, settings, taken_back)
    # A panic now with only a faint reading: breathing at once (its opening gives the
    # emergency number), not a question first.
    panic_now = assessment.faint and PANIC.search(text) is not None
    if (
        convo.slots.get("safety_state") == "offered_person"
        and not words_kind
        and safety.YES_FIRST.match(text)
    ):  # "yes but i'm safe right now, i just need someone to know": a yes to a person
        replies = safety.after_offer(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
    if (
        assessment.level == "doubt"
        and assessment.faint
        and BREATHING_BODY.search(text)
        and under_way(session, convo, settings, now)
        and convo.active_flow is None
    ):  # "im dizzy" in the middle of 4-7-8: the exercise stops, and what to do about it
        effects.stop_breathing(session, convo, {}, settings, now)
        chest = CHEST.search(text) is not None  # the emergency number first
        return [Reply(render("breathing_body", helpline=helpline_of(convo, settings), chest=chest))]
    if assessment.level == "doubt" and not convo.handed_over and not panic_now:
        if recent_crisis and (_may_stay(convo) or not assessment.faint):
            # they told us already: stay with them rather than ask again
            return safety.stay_or_escalate(session, convo, text, settings, now)
        if not recent_crisis:
            said = _said(text, parse) if assessment.faint and assessment.kind != "quote" else None
            effects.stop_breathing(session, convo, {}, settings, now)  # no rounds over the question
            return safety.clarify(
                session, convo, settings, now, assessment.kind, assessment.past, said
            )
        # a faint reading after staying with them twice: answered as what it says
    if state == "followed_up":
        replies = safety.after_followup(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
    if state == "offered_person":
        replies = safety.after_offer(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
        if recent_crisis and _still_in_it(text, parse.intent, convo) and _may_stay(convo):
            return safety.stay_or_escalate(session, convo, text, settings, now)
    elif (
        recent_crisis
        and not convo.handed_over
        and _still_in_it(text, parse.intent, convo)
        and _may_stay(convo)
    ):
        # "actually yes, i do think about it"
        return safety.stay_or_escalate(session, convo, text, settings, now)
    back = (
        not recent_crisis
        and not convo.handed_over
        and (intent_of(parse, text, settings) == "greet" or BACK_AFTER.search(text) is not None)
        and safety.crisis_within(convo, now, hours=WELCOME_BACK_HOURS)
    )
    if recent_crisis and not convo.handed_over and safety.asked_after_crisis(text):
        # "do you think it gets better?", "what should i do tonight": answered, help in reach
        return safety.stay(convo, settings, text)
    if recent_crisis and convo.onboarded and not convo.handed_over and ACK_ONLY.match(text.strip()):
        # "ok" after the crisis answer: help stays in reach, not the menu
        helpline = helpline_of(convo, settings)
        return [Reply(render("crisis_ack", helpline=helpline))]
    if back:  # "hey, sorry about last night": welcomed back warmly, and asked how they are
        convo.slots = {**convo.slots, "safety_state": "followed_up"}
        helpline = helpline_of(convo, settings)
        return [Reply(render("welcome_back", helpline=helpline))]
    if convo.handed_over:  # staff have the conversation; the bot stays quiet
        # "never mind, i'm ok now"
        called_off = handover.call_off(session, convo, text, settings, now)
        if called_off is not None:
            return called_off
        requested = route(intent_of(parse, text, settings), text)
        worried = assessment.level in ("crisis", "doubt")
        if requested in ("action_start_delete", "action_delete_data", "action_export_data"):
            return _run(session, convo, requested, text, parse, settings, now)  # always theirs
        if convo.active_flow == "delete_form":  # the yes or no to erasing: always theirs too
            replies = _continue_form(
                session, convo, "delete_form", text, parse, settings, now, parse.intent
            )
            if replies is not None:
                return replies
        return safety.while_waiting(convo, settings, now, text, worried=worried)
    if media and not text.strip():
        return [Reply(render("media"))]
    if not convo.onboarded:
        requested = route(intent_of(parse, text, settings), text)
        said = _said(text, parse)
        step = onboarding.step(
            convo, text, parse.intent, requested, settings, now, said, after_crisis=recent_crisis
        )
        if step is not None:
            replies, pending = step
            if pending:
                first, reading = _replayed(pending.said, text, parse, convo.timezone, now)
                replies += _run(session, convo, pending.action, first, reading, settings, now)
            return replies
    if assessment.level == "third_party" and service_topic(text) not in ("coping", "journal"):
        # (the model can read "how do i cope with grief" as about someone else)
        return _run(session, convo, "action_support_other", text, parse, settings, now)
    if asks_to_stop(text) or (
        STOP_FLOW.match(text.strip()) and not under_way(session, convo, settings, now)
    ):  # "stop please" with nothing under way: how STOP works, and the gentler ways
        return _how_to_stop(convo, settings, when=bool(PART_OF_DAY.search(text)))
    if acted_on:
        return [Reply(render("reminder_ack"))]
    if (
        not convo.active_flow
        and safety_words.AGE_ONLY.search(text)
        and not supporting_lately(convo.slots.get("supporting_other"), now)
    ):
        # "im 16" out of the blue: thanked, and a young person told of their own line
        young = safety_words.says_young(text)
        return [Reply(render("age_told", young=young, helpline=helpline_of(convo, settings)))]
    skipped = _reminder_just_sent(session, convo, now) if SKIP_TODAY.match(text.strip()) else None
    if skipped is not None:  # "not today" to the reminder just sent: fine, and when it's next
        upcoming = context.reminder_description(skipped, convo.timezone) if skipped.active else None
        return [Reply(render("reminder_skipped", upcoming=upcoming))]
    if assessment.level == "none" and is_dose_taken(text):  # "took my meds", read as routine
        return [Reply(render("dose_usual"))]
    if is_everyday_dose(text):  # "took 2 paracetamol for my headache"
        return [Reply(render("dose_everyday"))]
    if safety_words.stepping_away(text) and not under_way(session, convo, settings, now):
        return [Reply(render("stepping_away"))]  # "someone at the door brb"
    return _dialogue(session, convo, text, parse, settings, now)


# Not doing it this time, in answer to a reminder: "not today", "skip", "can't today".
SKIP_TODAY = re.compile(
    r"^\W*(?:not today|skip(?:ping)?(?: it| today| this one| this time)?|not this time|"
    r"can'?t today|cant today|no time today|not tonight|maybe tomorrow|tomorrow maybe|"
    r"(?:no|nah),? not today)\W*$",
    re.IGNORECASE,
)


def _just_reminded(session: Session, convo: Conversation, now: datetime) -> bool:
    """The last thing sent to them was a reminder to do something, within two hours."""
    reminder = _reminder_just_sent(session, convo, now)
    return reminder is not None and reminder.kind != "checkin"  # a check-in one asks a number


def _mood_asked(session: Session, convo: Conversation, now: datetime) -> bool:
    """The last thing sent to them, within a day, asked how they feel from 1 to 10: a
    check-in reminder or a nudge."""
    last = session.execute(
        select(OutboundMessage.kind, OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if last is None or now - last.created_at > MOOD_ASKED_FOR:
        return False
    if last.kind == "nudge":
        return True
    if last.kind != "reminder" or not last.dedupe_key:
        return False
    reminder = session.get(Reminder, int(last.dedupe_key.split(":")[1]))
    return reminder is not None and reminder.kind == "checkin"


def _reminder_just_sent(session: Session, convo: Conversation, now: datetime) -> Reminder | None:
    """The reminder that was the last thing sent to them, within two hours."""
    last = session.execute(
        select(OutboundMessage.kind, OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if last is None or last.kind != "reminder" or not last.dedupe_key:
        return None
    reminder = session.get(Reminder, int(last.dedupe_key.split(":")[1]))
    return (
        reminder if reminder is not None and now - last.created_at <= timedelta(hours=2) else None
    )


def _snooze(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "snooze", "later", "remind me again in 15 min" just after a reminder came: the same
    reminder once more, after the time they said (10 minutes, or an hour for "later")."""
    if not SNOOZE.search(text) and not NOT_YET.search(text):
        return None
    due = just_sent(session, convo, now)  # two at 8pm: "snooze" means both
    if not due:
        return None
    from nlu import parse_duration_minutes

    minutes = parse_duration_minutes(text) or (
        60 if LATER_WORD.search(text) or (NOT_YET.match(text.strip()) and "min" not in text) else 10
    )
    replies: list[Reply] = []
    for reminder in due:
        replies += effects.apply(
            session,
            convo,
            {
                "mindlink_effect": "create_reminder",
                "kind": reminder.kind,
                "label": reminder.label,
                "first": (now + timedelta(minutes=minutes)).isoformat(),
            },
            settings,
            now,
        )
    return replies


def _dialogue(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Pending offer, running exercise, active form, or a new request."""
    derived = context.derive(session, convo, settings, now)
    offer = convo.slots.get("offer")
    intent = intent_of(parse, text, settings)
    if (
        intent == "support_other"
        and not safety_words.worried_about_someone(text)
        and OWN_FEELING.search(text)
    ):  # "my boyfriend keeps liking his ex's photos and i feel like i'm not enough": theirs
        intent = "mood_report"
    felt = convo.slots.get("felt")
    if (
        felt
        and (ADVICE_ASK.match(text.strip()) or COPE_ASK.search(text))
        and now - datetime.fromisoformat(felt["at"]) < FELT_FOR
        and not _more_about_them(convo, text, intent, now)  # worry for someone: about them
    ):
        # "so anxious about my interview" ... "what should i do?": ideas for that feeling
        _end_form(convo)
        kind = str(felt["kind"])
        convo.slots = {
            **{k: v for k, v in convo.slots.items() if k not in ("felt", "offer")},
            **({"offer": "breathing"} if kind in COPING_WITH_BREATHING else {}),
        }
        helpline = helpline_of(convo, settings)
        return [Reply(render("coping", kind=kind, helpline=helpline))]
    if (
        intent in ("sleep_help", "mood_report")
        and not convo.active_flow
        and WORN_OUT.search(text)
        and not SLEEP_TROUBLE.search(text)
        and not parse.crisis
    ):  # "just finished a 12 hour night shift and im exhausted": heard, not a sleep diary
        shift = SHIFT_WORK.search(text) is not None
        return [Reply(render("worn_out", shift=shift))]
    if NOT_WANTED.match(text.strip()) and not convo.active_flow:
        # "no i dont want to breathe i want to be angry": not started; heard instead
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
        return [Reply(render("not_wanted"))]
    if (
        MONEY_WORRY.search(text)
        and not convo.active_flow
        and intent in ("out_of_scope", "mood_report", "smalltalk", "help")
    ):  # "rent is due friday and i'm £200 short": the worry met, and where help is
        return [Reply(render("money_worry", country=convo.country or ""))]
    if (
        SAY_SOMETHING.match(text.strip())
        and not convo.active_flow
        and not _more_about_them(convo, text, intent, now)
    ):  # "should i say something?" about what upset them: how to raise it
        return [Reply(render("advice_say_something"))]
    again = _breathing_again(session, convo, text, now)
    if again is not None:  # "again", "one more time" just after an exercise: the same one
        if convo.active_flow == "breathing_after_form":
            _end_form(convo)
        if not convo.active_flow:
            chosen = replace(parse, entities=())
            return _run(session, convo, "action_start_breathing", again, chosen, settings, now)
    if (
        not convo.active_flow
        and FINE_ANSWER.match(text.strip())
        and ASKED_BACK.search(text.strip())
    ):  # "good thanks, you?": glad, and asked back (not "you're welcome")
        return [Reply(render("doing_well", asked_back=True))]
    if SLEEP_HISTORY.search(text) and not convo.active_flow:
        # "what's my sleep efficiency", "how was my sleep last week": the diary, read back
        return _run(session, convo, "action_sleep_summary", text, parse, settings, now)
    if MOOD_HISTORY.search(text) and not convo.active_flow:
        # "how was my week", "am i getting better?": their check-ins, read back
        history = mood_trend(derived["recent_moods"], str(derived["today"]))
        return [Reply(render("mood_history", **history))]
    _remember_feeling(convo, text, parse, now)
    paused = derived["breathing_paused"]
    if paused and _pause_over(convo, now):  # back long after "hang on": that exercise is over
        effects.stop_breathing(session, convo, {}, settings, now)
        paused = False
    if (derived["breathing_running"] or paused) and BREATHING_SWITCH.search(text):
        # "can we switch to box instead": that one, from the start, without asking again
        # how they feel
        row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
        before = row.mood_before if row is not None and row.mood_before else -1
        effects.stop_breathing(session, convo, {}, settings, now)
        convo.slots = {**convo.slots, "switched_mood_before": before}
        started = _run(session, convo, "action_start_breathing", text, parse, settings, now)
        convo.slots = {k: v for k, v in convo.slots.items() if k != "switched_mood_before"}
        return started
    if derived["breathing_running"] or paused:
        said = text.strip()
        # "done", "ok stop", "no", or "thx that helped": finished, so ask how they feel now.
        finished = intent == "deny" or (intent == "thanks" and FINISHED.search(said) is not None)
        if BREATHING_STOP.match(said) or STOP_FLOW.match(said) or DONE_HERE.match(said) or finished:
            # "done", "ok stop", "no", "thx that helped": finished, so ask how they feel now
            return _run(session, convo, "action_stop_breathing", text, parse, settings, now)
        if not paused and (intent == "thanks" or said.isdigit()):  # "ty", "2": still breathing
            return [Reply(render("breathing_with_you"))]
        during = _during_breathing(session, convo, said, intent, settings, now, paused=paused)
        if during is not None:
            return during
        if service_topic(said) is None:  # a question about us ("is this private?") is
            effects.stop_breathing(session, convo, {}, settings, now)  # answered; it goes on
    if offer:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer"}
        keeping = CONSENT_KEEP.search(text) is not None  # "yes i consent": not a yes to the offer
        replies = (
            None if keeping else _answer_offer(session, convo, offer, text, parse, settings, now)
        )
        if replies is not None:
            return replies
    form = convo.active_flow
    if form and convo.flow_updated_at and now - convo.flow_updated_at > FLOW_TIMEOUT:
        _end_form(convo)
        form = None
    if form and (CONSENT_STOP.search(text) or CONSENT_KEEP.search(text)):
        _end_form(convo)  # "please don't keep my messages" is answered as such, never a wipe
        form = None
    if form:
        if EXIT_WORDS.match(text.strip()):
            _leave_form(convo, form, now)
            convo.slots = {**convo.slots, "menu_shown": True}
            return [Reply(render("flow_left")), Reply(render("menu"))]
        replies = _continue_form(session, convo, form, text, parse, settings, now, intent)
        if replies is not None:
            return replies
    if not form and bare_score(text) and _mood_asked(session, convo, now):
        # "6" to a check-in reminder or a nudge ("how are you, 1 to 10?"): the mood, not a
        # menu choice or a new time for the reminder just set
        convo.slots = {**convo.slots, "mood_asked": True}
        return _run(session, convo, "action_start_checkin", text, parse, settings, now)
    left = convo.slots.get("left_form")
    if (
        left
        and RESUME.match(text.strip())
        and now - datetime.fromisoformat(left["at"]) < RESUME_FOR
    ):
        # "actually ok lets do it", soon after leaving: start that again
        convo.slots = {k: v for k, v in convo.slots.items() if k != "left_form"}
        start = FORM_STARTS.get(str(left["form"]))
        if start:
            return _run(session, convo, start, "", replace(parse, entities=()), settings, now)
    zone = onboarding.zone_told(text, convo.country)  # "im actually in melbourne not london"
    if zone:
        return _set_zone(session, convo, zone, now)
    if QUIET_HOURS_WORDS.search(text) and len(text.split()) <= 12:
        said = _quiet_hours(convo, text, settings)
        if not quiet_hours_from(text):  # shown, not changed: "11pm to 7am" next sets them
            convo.slots = {**convo.slots, "offer": "quiet_hours"}
        return [Reply(said)]
    window = quiet_window_from(text) if CONTACT_WORDS.search(text) else None
    if window and len(text.split()) <= 14:  # "don't text me before 9am or after 9pm"
        convo.quiet_start, convo.quiet_end = window
        return [
            Reply(render("quiet_hours", start=window[0], end=window[1], off=False, changed=True))
        ]
    bound = quiet_bound_from(text) if CONTACT_WORDS.search(text) else None
    if bound and len(text.split()) <= 12:
        return [Reply(_quiet_bound(convo, bound, settings))]
    if TIMEZONE_ASK.search(text):
        local = now.astimezone(ZoneInfo(convo.timezone))
        return [Reply(render("timezone_current", zone=convo.timezone, local=local))]
    if TIMEZONE_WORDS.search(text) and len(text.split()) <= 6:
        convo.slots = {**convo.slots, "offer": "timezone_city"}
        return [Reply(render("timezone_which_city"))]
    off = NUDGES_OFF.search(text) is not None
    if (off or NUDGES_ON.search(text)) and len(text.split()) <= 16:
        wanted = not off
        set_nudges_wanted(convo, wanted)
        checkins = [r for r in derived["reminders"] if r.get("kind") == "checkin"]
        return [Reply(render("nudges_changed", wanted=wanted, checkin_reminders=len(checkins)))]
    stop_keeping = CONSENT_STOP.search(text) is not None
    if stop_keeping or CONSENT_KEEP.search(text):
        convo.consent = not stop_keeping
        return [Reply(render("consent_changed", keep=convo.consent))]
    before_too = BEFORE_TOO.match(text.strip())
    if before_too and derived["reminders"] and _reminder_just_set(convo, now):
        earlier = _one_before(session, convo, before_too, now)
        if earlier is not None:  # "and the day before too please": a second one, earlier
            return effects.reminders.create_reminder(session, convo, earlier, settings, now)
        return [Reply(render("reminder_before_gone"))]  # already past, or one that repeats
    if (
        derived["reminders"]
        and _reminder_just_set(convo, now)
        and (TIME_CORRECTED.match(text) or corrects_reminder(text) or REPEAT_SAID.match(text))
    ):  # "make it 8", "sorry i meant 8pm not 9pm": the reminder just set, moved
        # "at 7:30 actually", "change it", just after setting one: that reminder, moved
        if REPEAT_SAID.match(text):  # "every night": at the time it was set for, each day
            text = "every weekday" if "weekday" in text.lower() else "daily"
            parse = _with_when(parse, text, convo.timezone, now)
        text, parse = _in_the_same_unit(convo, text, parse)
        return _run(session, convo, "action_change_reminder", text, parse, settings, now)
    if derived["reminders"]:
        if len(text.split()) <= 12 and (skips_a_day(text) or leaves_out_days(text)):
            # "skip tomorrow", "not on sundays": a day or days without it, the reminder kept
            return _run(session, convo, "action_cancel_reminder", text, parse, settings, now)
        if REMINDER_CHANGE.search(text):
            return _run(session, convo, "action_change_reminder", text, parse, settings, now)
        if REMINDER_CANCEL.search(text):
            return _run(session, convo, "action_cancel_reminder", text, parse, settings, now)
        if REMINDER_WHEN.match(text):
            return _run(session, convo, "action_list_reminders", text, parse, settings, now)
    menu_choice = MENU_NUMBERS.get(text.strip().rstrip("."))
    if menu_choice and convo.slots.get("menu_shown"):
        # The number chose an option; it is not a mood of 1 or a reminder at 4 o'clock.
        chosen = replace(parse, entities=())
        return _run(session, convo, menu_choice, "", chosen, settings, now)
    alarm = _alarm_offer(convo, text, parse, settings, now)
    if alarm is not None:
        return alarm
    if _more_about_them(convo, text, intent, now):  # "she lives far away"
        return _run(session, convo, "action_support_other", text, parse, settings, now)
    topic = chat_topic(text)
    if topic in SAID_TO_US and (not parse.crisis or topic == "complaint"):
        # "do you even care?", "guess what", "you're the only one i talk to": answered as said
        return _run(session, convo, "action_smalltalk", text, parse, settings, now)
    asked = OPINION_ASKED.search(text)
    if (
        asked
        and not keyword_action(text)
        and not parse.crisis
        and service_topic(text) != "hospital"
    ):
        # "am i overreacting?", "should i text my ex?": a thought back, not a form or a menu
        about = next(name for name, value in asked.groupdict().items() if value)
        return [Reply(render("opinion_asked", about=about))]
    if (
        intent == "mood_report"
        and PANIC_PAST.search(text)
        and re.search(r"\bpanic(?:king|ing|ked)? attacks?\b", text, re.IGNORECASE)
        and len(text.split()) <= 20
        and not parse.crisis
    ):  # "i had a panic attack at work today": heard as what it was, breathing for next time
        convo.slots = {**convo.slots, "offer": "breathing"}
        return [Reply(render("panic_past", helpline=helpline_of(convo, settings)))]
    if intent == "mood_report" and GOOD_NEWS.search(text) and parse.ekman == "joy":
        # "I GOT THE JOB!!!": glad with them first; a check-in only if they want one
        return [Reply(render("good_news"))]
    glad = parse.ekman in ("joy", "surprise", "neutral") and not parse.crisis
    if glad and joyful_news(text) and keyword_action(text) is None:
        # "going to be a grandad, over the moon", "got engaged!!!", read as small talk
        return [Reply(render("good_news"))]
    if intent == "mood_report" and LONELY_NOW.search(text) and len(text.split()) <= 15:
        # "i feel so lonely lately": met as loneliness, with ideas, not only a 1-10 question;
        # what they say next about it is listened to ("i dont really have anyone")
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        helpline = helpline_of(convo, settings)
        return [Reply(render("coping", kind="lonely", helpline=helpline))]
    listening = _listening(session, convo, text, intent, parse, now)
    if listening is not None:
        return listening
    action = route(intent, text)
    menu_asked = _MENU_ASKED.match(text.strip()) is not None
    fallen_back = action in ("action_fallback", "action_menu") and not menu_asked
    if fallen_back and safety.in_crisis_window(convo, settings, now):
        # "you know what for", "what's the point of you": stayed with, not the menu
        return safety.stay(convo, settings, text)
    now_not_later = PANIC.search(text) or worked_up_ahead(text)  # "exam tomorrow, freaking out"
    asked_for = intent in ("checkin_request", "breathing_request") and not now_not_later
    if asked_for and LATER.search(text) and not parse.crisis:  # (a panic is now, not later)
        action = "action_set_reminder"
        parse = _with_when(parse, text, convo.timezone, now)
    if action == "action_set_reminder" and not _reminder_just_set(convo, now):
        bare = _bare_time(text)
        # "11pm" or "20 mins" out of the blue, or "I work nights all this week, 7pm to 7am":
        # told, not asked for; asked what it is for, not made a reminder
        if bare or (not asks_for_reminder(text) and not RECURRING_OR_TASK.search(text)):
            convo.slots = {**convo.slots, "offer": "reminder_from_time", "offer_text": text[:40]}
            return [Reply(render("bare_time", when=_at_or_in(text) if bare else None))]
    if action in ("action_start_delete", "action_export_data") and SOMEONE_ELSES_DATA.search(text):
        # "my son uses this, please delete his data": only the person themself can ask
        return [Reply(render("data_of_someone_else", export=action == "action_export_data"))]
    if action == "action_start_delete" and PART_OF_DATA.search(text):
        # "delete my last message", "forget what i said about my ex": not everything
        return [Reply(render("delete_part"))]
    if action == "action_start_delete" and not DELETE_WORDS.search(text):
        # "leave me alone", "i dont want these messages anymore": how to stop, never a wipe
        return _how_to_stop(convo, settings, when=False)
    if action == "action_menu" and (intent in ("affirm", "deny") or ACK_ONLY.match(text.strip())):
        # "ok", "k", "ok cool": not the whole menu again
        return [Reply(render("menu_again", listed=bool(convo.slots.get("menu_shown"))))]
    if action == "action_menu" and intent == "deny" and LEAVE_FLOW.match(text.strip()):
        return [Reply(render("offer_declined"))]  # "no thanks" to nothing in particular
    return _run(session, convo, action, text, parse, settings, now)


def _alarm_offer(
    convo: Conversation, text: str, parse: Parse, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "set an alarm for 7am", "set a timer for 10 minutes": we cannot ring, so we say so
    and offer a text at that time (a yes sets it as asked); None for anything else."""
    quiet = quiet_window(convo, settings)
    timed = _with_when(replace(parse, intent="set_reminder"), text, convo.timezone, now)
    offer = alarms.offer_for(text, timed, convo.timezone, quiet)
    if offer is None:
        return None
    if offer["timed"]:
        convo.slots = {**convo.slots, "offer": "alarm", "offer_text": text[:200]}
    return [Reply(render("alarm_offer", **offer))]


def _during_breathing(
    session: Session,
    convo: Conversation,
    said: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    paused: bool = False,
) -> list[Reply] | None:
    """A message while the prompts run (or wait, ``paused``): "ok" keeps it going or picks
    it up again, a question is answered, an aside ("hang on, my phone") pauses it, the body
    speaking ("my chest feels tight") stops it; None for a new request, which ends it."""
    row = session.get(BreathingSession, convo.slots.get("breathing_session_id"))
    pattern = PATTERNS[row.pattern if row is not None else "box"]
    if BREATHING_BODY.search(said):
        effects.stop_breathing(session, convo, {}, settings, now)
        helpline = helpline_of(convo, settings)
        return [Reply(render("breathing_body", helpline=helpline))]
    if LEAVING_NOW.match(said):  # "i have to go": stopped, and how to pick it up again
        effects.stop_breathing(session, convo, {}, settings, now)
        return [Reply(render("breathing_stopped", leaving=True))]
    pace = BREATHING_PACE.search(said)
    if pace:  # "slower", "too fast": the counts are a guide; the rounds go on
        faster = pace.group("faster") is not None
        asked = "faster" if faster else "slower"
        return [Reply(render("breathing_how", asked=asked, paused=paused))]
    how = BREATHING_HOW.search(said)
    if how:  # "nose or mouth?": answered, and the rounds go on
        asked = "helping" if how.group("helping") else "how"
        return [Reply(render("breathing_how", asked=asked, paused=paused))]
    if BREATHING_QUESTION.search(said):
        about = render(
            "breathing_about",
            pattern=pattern.key,
            rounds=pattern.rounds,
            minutes=max(1, round(pattern.rounds * pattern.cycle_seconds / 60)),
        )
        waiting = [Reply(render("breathing_paused", out_of_scope=False, again=True))]
        return [Reply(about), *(waiting if paused else [])]
    if NOT_HELPING.search(said):  # "this isnt working": something else that may help
        effects.stop_breathing(session, convo, {}, settings, now)
        return [Reply(render("breathing_not_helping"))]
    hold = BREATHING_PAUSE.match(said) is not None  # "hang on" reads as a yes to the model
    hold = hold or safety_words.stepping_away(said)  # "someone at the door brb"
    back = BREATHING_RESUME.match(said) or BREATHING_WITH_YOU.match(said) or intent == "affirm"
    if back and not hold and not paused:
        return [Reply(render("breathing_with_you"))]
    if back and not hold:
        effects.apply(session, convo, {"mindlink_effect": "resume_breathing"}, settings, now)
        step = row.step if row is not None else 0
        return [Reply(render("breathing_resumed", round=step + 1, rounds=pattern.rounds))]
    if hold or _aside(said, intent, paused):
        effects.apply(session, convo, {"mindlink_effect": "pause_breathing"}, settings, now)
        off_topic = intent == "out_of_scope" and not hold
        return [Reply(render("breathing_paused", out_of_scope=off_topic, again=paused))]
    return None


# The exercise once more: "again", "do it again", "one more round".
BREATHING_AGAIN = re.compile(
    r"^\W*(?:(?:can we|let'?s|lets|i want to|please)\s+)?(?:do (?:it|that|this) )?"
    r"(?:again|once more|one more (?:time|round|go)|another (?:round|go|one)|go again|"
    r"more please|repeat)"
    r"(?:\s+(?:please|pls|plz))?\W*$",
    re.IGNORECASE,
)
AGAIN_WITHIN = timedelta(minutes=30)


def _breathing_again(session: Session, convo: Conversation, text: str, now: datetime) -> str | None:
    """The pattern to start again when "again" follows an exercise that just ended."""
    if not BREATHING_AGAIN.match(text):
        return None
    last = session.scalars(
        select(BreathingSession)
        .where(BreathingSession.conversation_id == convo.id)
        .order_by(BreathingSession.id.desc())
        .limit(1)
    ).first()
    if last is None or last.ended_at is None or last.status != "done":
        return None
    if now - last.ended_at > AGAIN_WITHIN:
        return None
    return {"box": "box breathing", "478": "4-7-8", "slow": "slow breathing"}[last.pattern]


# Leaving mid-exercise: "i have to go", "gtg", "sorry gotta run".
LEAVING_NOW = re.compile(
    r"^\W*(?:sorry\W+|ok\W+|oh\W+)?(?:i )?(?:have to|gotta|got to|need to|must|g2g|gtg)"
    r"(?: (?:go|run|leave|dash))?\b|^\W*(?:sorry\W+)?(?:brb|bye|cya|see ya|talk later|ttyl)\W*$",
    re.IGNORECASE,
)
# The pace asked for: "slower", "too fast", "can we speed up".
BREATHING_PACE = re.compile(
    r"\b(?:slower|too fast|slow (?:it |this )?down|more slowly|can'?t keep up)\b|"
    r"(?P<faster>\b(?:faster|quicker|too slow|speed (?:it |this )?up)\b)",
    re.IGNORECASE,
)


def _aside(said: str, intent: str, paused: bool) -> bool:
    """Small talk or something off-topic mid-exercise ("my phone is ringing", "whats the
    weather like"): not a new request, so the exercise waits rather than ends. Questions
    about the service and plain requests ("check in") are answered as themselves."""
    if keyword_action(said) is not None or service_topic(said) is not None:
        return False
    if paused and (intent == "thanks" or said.isdigit()):  # "ty", "2" while waiting
        return True
    return intent in ASIDE_INTENTS


def _pause_over(convo: Conversation, now: datetime) -> bool:
    """Paused so long ago that the exercise is over, not waiting."""
    at = convo.slots.get("breathing_paused_at")
    return not at or now - datetime.fromisoformat(str(at)) > PAUSE_FOR


def _more_about_them(convo: Conversation, text: str, intent: str, now: datetime) -> bool:
    """More about the person they are worried about, soon after asking how to help them, or
    asking what to do now ("what do i do", "yes" to ideas for helping)."""
    earlier = convo.slots.get("supporting_other")
    if not supporting_lately(earlier, now):
        return False
    if WHAT_NOW.search(text) or intent == "affirm" or safety_words.AGE_ONLY.search(text):
        return True
    if safety_words.follow_up_about_them(text):  # "i promised tho", "mum doesnt believe me"
        return True
    told = earlier or {}
    serious = told.get("about_crisis") or told.get("abuse") or told.get("urgent")
    if (
        serious
        and intent not in ("thanks", "goodbye", "greet", "deny")
        and not keyword_action(text)
        and (THIRD_PERSON.search(text) is not None or "?" in text)
    ):  # "she's asleep now. should i wake her?": still about them
        return True
    vague = intent in ("out_of_scope", "out_of_scope_unsure", "smalltalk", "help", "support_other")
    return vague and THIRD_PERSON.search(text) is not None


def _still_about_them(convo: Conversation, text: str, now: datetime, *, own_words: bool) -> bool:
    """Soon after asking about someone else, more about them ("he wont answer his phone
    now"), with no crisis words of the person's own (``own_words``): about them, not the
    person writing."""
    if not supporting_lately(convo.slots.get("supporting_other"), now):
        return False
    if own_words:
        return False
    if safety_words.follow_up_about_them(text):  # "i promised tho. is it bad if i tell?"
        return True
    if safety_words.FIRST_PERSON_OVERRIDE.search(text) or safety_words.hurt_themself_told(text):
        return False  # "he pushed me into the wardrobe": their own danger now
    return THIRD_PERSON.search(text) is not None


def _remember_feeling(convo: Conversation, text: str, parse: Parse, now: datetime) -> None:
    """Keep the kind of a hard feeling just told, for a "what should i do?" that follows."""
    kind = COPING_FOR_EKMAN.get(parse.ekman) if parse.emotion_confidence >= 0.75 else None
    if LOSS.search(text):
        kind = "grief"
    elif kind == "low" and LONELY.search(text):
        kind = "lonely"
    if kind and len(text.split()) >= 3:
        convo.slots = {**convo.slots, "felt": {"kind": kind, "at": now.isoformat()}}
    if kind == "grief" and LOSS.search(text):  # what follows a loss is read as part of it
        convo.slots = {**convo.slots, "loss_at": now.isoformat(), "memories_told": 0}


# A reaction to coming out: "she just cried and wont talk to me", "keeps calling me my deadname".
_REACTED = re.compile(
    r"\b(?:cried|crying|won'?t talk|wont talk|didn'?t (?:take|react)|kicked|shouted|angry|"
    r"disowned|deadnam\w*|won'?t accept|doesn'?t accept|laughed)\b",
    re.IGNORECASE,
)


def _lived_topic(text: str) -> tuple[str, dict[str, Any]] | None:
    """The template for OCD, drink recovery, coming out, a crying baby or gambling, with what
    it needs; None else."""
    topic = next(iter(safety_words.lived_topics(text)), None)
    if topic == "ocd":
        return topic, {"hands": re.search(r"\bhands?\b", text, re.IGNORECASE) is not None}
    if topic == "craving":
        return topic, {"lapse": safety_words.craving_told(text) == "lapse"}
    if topic == "coming_out":
        return topic, {"reacted": _REACTED.search(text) is not None}
    if topic == "gambling":
        short = re.search(r"\b(?:rent|bills?|mortgage|food)\b", text, re.IGNORECASE)
        return topic, {"rent": short is not None}
    if topic == "cutting_down":  # drink, smoking, vaping, gambling, weed or other drugs
        return topic, {"what": safety_words.cutting_down(text)}
    return (topic, {}) if topic else None  # a crying baby needs nothing more


def _loss_lately(convo: Conversation, now: datetime) -> bool:
    """A loss was told within `LOSS_HEARD_FOR`."""
    told = convo.slots.get("loss_at")
    return bool(told) and now - datetime.fromisoformat(str(told)) <= LOSS_HEARD_FOR


def _grieving(convo: Conversation, text: str, now: datetime) -> bool:
    """A loss was told lately and this message has nothing of danger in its words ("he was
    always there for me"): a memory to hear, whatever the model read in it."""
    if not _loss_lately(convo, now):
        return False
    return not (
        safety_words.crisis_kind(text)
        or safety_words.is_doubtful(text)
        or safety_words.wants_to_follow_them(text)
        or safety_words.prepared(text)
    )


def _listening(
    session: Session, convo: Conversation, text: str, intent: str, parse: Parse, now: datetime
) -> list[Reply] | None:
    """ "i just need to vent": listen. What they say next about how they feel is heard, with
    an exercise or a check-in offered, rather than starting a check-in form."""
    ekman = parse.ekman if parse.emotion_confidence >= 0.5 else "neutral"
    if ekman == "disgust" and grossed_out(text):
        ekman = "grossed_out"  # "coworker chewing with his mouth open, so gross": grim, not hard
    asked = keyword_action(text) not in (None, "action_menu")  # "...can we do breathing"
    if VENTING.search(text) and not asked:
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("listening", more=False, ekman=ekman))]
    scored = any(e.type == "mood_score" for e in parse.entities)
    if LOSS.search(text) and intent == "mood_report" and not scored and not asked:
        # "my dog died yesterday": met as a loss and listened to, not a form to fill in
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("loss_heard"))]
    # A long hard telling ("my whole week has been a disaster...") is venting too.
    told_at_length = len(text.split()) >= LONG_TELLING and ekman not in ("joy", "surprise")
    since = convo.slots.get("listening_since")
    recent = bool(since) and now - datetime.fromisoformat(str(since)) <= LISTEN_FOR
    # Just checked in: more about the day is heard, not a second check-in straight away.
    checked_in = intent == "mood_report" and _checked_in_lately(session, convo, now)
    told_at_length = told_at_length and not asked  # "...I should like to record how I feel"
    if not (recent or checked_in or (told_at_length and intent == "mood_report")):
        return None
    if intent not in ("mood_report", "out_of_scope_unsure") or scored:
        return None
    again = recent and bool(convo.slots.get("listened"))  # the offer was made already
    convo.slots = {
        **convo.slots,
        "listening_since": now.isoformat(),
        "offer": None if ekman == "grossed_out" else "breathing",  # no breathing for a grim fridge
        "listened": True,
    }
    return [Reply(render("listening", more=True, again=again, ekman=ekman))]


# Another exercise asked for mid-way: "can we switch to box instead", "try 4-7-8".
BREATHING_SWITCH = re.compile(
    r"\b(?:switch|change|swap|go|move|try|do|rather|prefer|instead)\b.{0,20}\b(?:box|4-?7-?8|"
    r"four seven eight|slow(?: breathing)?|the (?:other|first|second|third) one)\b|"
    r"\b(?:box|4-?7-?8|slow breathing)\b.{0,12}\binstead\b",
    re.IGNORECASE,
)
# Worn out, not sleeping badly: "exhausted after a 12 hour shift", "so so tired".
WORN_OUT = re.compile(
    r"\b(?:exhausted|knackered|shattered|drained|worn out|wiped out|burnt out|burned out|"
    r"running on empty|(?:so|really|very|soo+|super|completely|absolutely)(?: so)? tired|"
    r"dead on my feet)\b",
    re.IGNORECASE,
)
# Words of a sleep problem, which the sleep coach is for.
SLEEP_TROUBLE = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|cant|unable to|trouble|struggl\w*|hard to) (?:sleep|fall asleep|"
    r"get to sleep|stay asleep|drop off)\b|\binsomnia\b|\b(?:awake|wake|waking|woke) (?:up )?(?:at|"
    r"all|every|in the)\b|\bsleep (?:diary|tips|problems?|badly|terribly)\b|\bnightmares?\b|"
    r"\bnot sleeping\b|\bslept (?:badly|terribly|awful|like crap)\b",
    re.IGNORECASE,
)
SHIFT_WORK = re.compile(r"\b(?:shifts?|nights|night shift|on call|double)\b", re.IGNORECASE)
# Saying what they don't want: "no i dont want to breathe", "i don't want a sleep diary".
NOT_WANTED = re.compile(
    r"^\W*(?:no+|nah|nope)?\W*(?:i\s+)?(?:don'?t|dont|do not)\s+(?:want|wanna|need)(?:\s+to)?\s+"
    r"(?:do\s+)?(?:a\s+|the\s+|any\s+|another\s+)?(?:breath\w*|sleep diary|diary|check[- ]?in|"
    r"exercises?|numbers?|tips|advice|menu)\b",
    re.IGNORECASE,
)
# Money worries of their own: "rent is due friday and i'm £200 short", "bills doubled".
MONEY_WORRY = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t) (?:afford|pay)\b|(?:[£$€]\s?\d+|\d+\s?(?:quid|pounds|dollars|"
    r"euros|bucks)) short\b|\bshort (?:on|for) (?:money|cash|rent|the rent|bills)\b|\bbehind on "
    r"(?:rent|bills|payments|my \w+)\b|\b(?:in|drowning in|so much) debt\b|\boverdraft\b|"
    r"\bbills? (?:has |have )?(?:doubled|gone up|piling up|keep coming)\b|\brent is due\b|"
    r"\bmoney (?:worries|problems|is (?:so )?tight|stress|troubles)\b|\b(?:i'?m|im) (?:so |"
    r"totally |completely )?(?:broke|skint)\b|\bloan (?:hasn'?t|has not|didn'?t|not) (?:come|"
    r"arrived|come through|been paid)\b|\bmy energy bill\b",
    re.IGNORECASE,
)
# Asking whether to raise something that upset them: "should i say something?".
SAY_SOMETHING = re.compile(
    r"^\W*(?:so|ok|okay|but|and|hmm+|do you think)?\W*should i (?:say something|say anything|tell "
    r"(?:him|her|them)|talk to (?:him|her|them)(?: about it)?|confront (?:him|her|them)|bring it "
    r"up|text (?:him|her|them)|call (?:him|her|them) out|just leave it|let it go|say how i feel)"
    r"(?: or (?:not|just leave it|let it go|wait))?\W*(?:\?|tho|though)?\W*$",
    re.IGNORECASE,
)
# Their own feelings, told with someone else in the story.
OWN_FEELING = re.compile(
    r"\bi (?:feel|felt|am feeling|'?m feeling|feel like)\b|\bi'?m (?:so |really |just )?(?:sad|"
    r"hurt|upset|angry|jealous|lonely|anxious|insecure|gutted|heartbroken|devastated|stressed|scared|"
    r"not enough)\b|\bmakes me (?:feel|sad|angry|anxious)\b",
    re.IGNORECASE,
)
# Remarks to the bot answered as said, whatever the intent ("whats the point of you then").
SAID_TO_US = frozenset({"care", "guess", "only_you", "memory", "apology", "complaint", "there"})
# The menu asked for in so many words (shown even soon after a crisis).
_MENU_ASKED = re.compile(
    r"^\W*(?:menu|options|help|what can (?:you|u) do|what do (?:you|u) do|show me the menu)\W*$",
    re.IGNORECASE,
)
CHECKED_IN_LATELY = timedelta(hours=3)
# After an overdose is told, drowsiness is read as the overdose for this long.
OVERDOSE_WATCH = timedelta(hours=24)


def _checked_in_lately(session: Session, convo: Conversation, now: datetime) -> bool:
    """A check-in was saved in the last few hours."""
    last = session.scalar(
        select(CheckIn.created_at)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.id.desc())
        .limit(1)
    )
    return last is not None and now - last <= CHECKED_IN_LATELY


def _set_zone(session: Session, convo: Conversation, zone: str, now: datetime) -> list[Reply]:
    """Take the zone the person named, and say so; repeating reminders keep their local time
    there ("every day at 9pm" is 9pm in New York now), so none fires twice in one day."""
    convo.timezone, convo.timezone_confirmed = zone, True
    moved = rezone(session, convo, now)
    return [Reply(render("timezone_changed", zone=zone, changed=True, moved=moved))]


def _how_to_stop(convo: Conversation, settings: dict[str, Any], *, when: bool) -> list[Reply]:
    """How STOP works, and the gentler ways (fewer messages, quiet hours at ``when`` asked)."""
    start, end = quiet_window(convo, settings)
    return [Reply(render("opt_out_how", when=when, start=start, end=end))]


def _quiet_bound(convo: Conversation, bound: tuple[str, str], settings: dict[str, Any]) -> str:
    """Move one end of the quiet hours ("not before 10am"), keeping the other."""
    start, end = quiet_window(convo, settings)
    side, when = bound
    start, end = (start, when) if side == "end" else (when, end)
    if start == end:  # "not after 8am" with quiet hours ending at 8: say them, change nothing
        return _quiet_hours(convo, "", settings)
    convo.quiet_start, convo.quiet_end = start, end
    return render("quiet_hours", start=start, end=end, off=False, changed=True)


def _quiet_hours(convo: Conversation, text: str, settings: dict[str, Any]) -> str:
    """Set the person's quiet hours from their words, or say what they are."""
    wanted = quiet_hours_from(text)
    if wanted:
        convo.quiet_start, convo.quiet_end = wanted
    start, end = quiet_window(convo, settings)
    return render("quiet_hours", start=start, end=end, off=start == end, changed=bool(wanted))


def _answer_offer(
    session: Session,
    convo: Conversation,
    offer: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """Yes/no to something the bot offered; None when the reply was something else."""
    answer = answer_of(text, parse.intent)
    if offer == "timezone_city":
        zone = zone_named(text, convo.country)
        return _set_zone(session, convo, zone, now) if zone else None
    if offer == "reminder_time":  # "11am", or what it is for: "to call the dentist"
        return (
            _run(session, convo, "action_change_reminder", text, parse, settings, now)
            if (CLOCK_ANSWER.search(text) or WHAT_FOR.match(text.strip()))
            and not asks_anew(text)
            and not QUIET_HOURS_WORDS.search(text)
            else None
        )
    what_for = WHAT_FOR.match(text.strip()) is not None  # "to stretch"
    if offer == "reminder_from_time" and (answer == "yes" or what_for):  # "a reminder at 11pm?"
        said = f"remind me {_at_or_in(str(convo.slots.get('offer_text') or ''))}"
        said += f" {text.strip()}" if what_for else ""
        told = _with_when(replace(parse, entities=()), said, convo.timezone, now)
        return _run(session, convo, "action_set_reminder", said, told, settings, now)
    if offer in ("sleep_diary", "night_breathing") and (
        MORE_TIPS.match(text) or TIPS_WANTED.match(text)
    ):
        # "another one", "any more tips?", "tips" after sleep tips or tonight's help: more
        convo.slots = {**convo.slots, "offer": offer}
        return [Reply(render("sleep_tips_more", tonight=offer == "night_breathing"))]
    if offer == "sleep_diary" and answer is None and DIARY_AGAIN.match(text):
        # "diary", "the diary" to "a quick sleep diary?": yes
        return _run(session, convo, "action_sleep_diary", text, parse, settings, now)
    if offer == "sleep_diary" and answer is None and _bare_time(text):
        # "11pm" to "a quick sleep diary?": yes, and that is when they went to bed
        _run(session, convo, "action_sleep_diary", text, parse, settings, now)
        return _continue_form(
            session, convo, "sleep_form", text, parse, settings, now, parse.intent
        )
    if offer == "quiet_hours" and quiet_hours_from(text):  # "11pm to 7am", just after asked
        return [Reply(_quiet_hours(convo, text, settings))]
    if offer == "cancel_which":
        return (
            _run(session, convo, "action_cancel_reminder", text, parse, settings, now)
            if WHICH_ONE.search(text)
            else None
        )
    if offer == "night_breathing" and answer is None and NIGHT_MIND.search(text):
        # awake at night with a busy mind: what helps with that, and breathing offered again
        convo.slots = {**convo.slots, "offer": "breathing"}
        return [Reply(render("sleep_racing"))]
    if offer == "how_are_you":  # "good thanks", "nm hbu": glad, and asked back if asked
        if not FINE_ANSWER.match(text.strip()):
            return None  # "not great tbh": answered as what it says
        asked_back = ASKED_BACK.search(text.strip()) is not None
        return [Reply(render("doing_well", asked_back=asked_back))]
    if answer == "no" and offer == "checkin_breathing":
        # no to breathing after a low check-in: other help named, not a bare "OK"; what
        # they say next is listened to, without offering breathing again
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        return [Reply(render("checkin_low_declined", helpline=helpline_of(convo, settings)))]
    if answer == "no":
        return [Reply(render("offer_declined"))]
    if answer != "yes":
        return None
    if offer in ("breathing", "night_breathing", "checkin_breathing"):
        return _run(session, convo, "action_start_breathing", text, parse, settings, now)
    if offer == "alarm":  # the alarm or timer asked for, read again as a reminder
        asked = {"text": str(convo.slots.get("offer_text") or ""), "intent": "set_reminder"}
        first, reading = _replayed(asked, text, parse, convo.timezone, now)
        return _run(session, convo, "action_set_reminder", first, reading, settings, now)
    if offer == "sleep_diary":
        return _run(session, convo, "action_sleep_diary", text, parse, settings, now)
    if offer == "winddown":
        at = str(convo.slots.get("offer_time") or "22:30")
        return effects.apply(
            session,
            convo,
            {
                "mindlink_effect": "create_reminder",
                "kind": "sleep",
                "label": "wind down",
                "rrule": "FREQ=DAILY",
                "local_time": at,
                "first": None,
            },
            settings,
            now,
        )
    return None


def _continue_form(
    session: Session,
    convo: Conversation,
    form: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    intent: str,
) -> list[Reply] | None:
    """Fill the requested slot; None when the message is a new request instead."""
    requested = convo.slots.get("requested_slot")
    if requested == "when":
        parse = _with_when(parse, text, convo.timezone, now)
    if form == "checkin_form" and NOT_A_FORM.search(text) and not parse.crisis:
        # "i dont want to do a check in i just want to talk": no number; listened to instead
        _end_form(convo)
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        ekman = parse.ekman if parse.emotion_confidence >= 0.5 else "neutral"
        return [Reply(render("listening", more=False, ekman=ekman, declined=True))]
    if form == "checkin_form" and COPE_ASK.search(text) and not parse.crisis:
        # "i don't know how to cope" after "my grandad died": ideas for that, not a number
        felt = convo.slots.get("felt") or {}
        kind = "grief" if LOSS.search(text) or felt.get("kind") == "grief" else felt.get("kind")
        kind = kind or COPING_FOR_EKMAN.get(parse.ekman) or "low"
        _end_form(convo)
        if kind in COPING_WITH_BREATHING:
            convo.slots = {**convo.slots, "offer": "breathing"}
        return [Reply(render("coping", kind=kind, helpline=helpline_of(convo, settings)))]
    if form == "checkin_form" and not UNSURE_ANSWER.match(text.strip()):
        aside = _asked_mid_checkin(session, convo, text, parse, settings, now)
        if aside is not None:  # answered, then the same question again; nothing is kept
            told = convo.slots.get("feelings")
            if isinstance(told, dict):  # their feelings were met already: not again
                convo.slots = {**convo.slots, "feelings": {**told, "answered": None}}
            return aside + _next_step(session, convo, form, text, parse, settings, now, None)
    tracker = engine.build_tracker(
        str(convo.id),
        _slots(session, convo, settings, now),
        engine.latest_message(text, parse),
        form,
    )
    outcome = engine.run(f"validate_{form}", tracker)
    if outcome.loop_changed and outcome.active_loop is None:  # the answer ended the form
        _end_form(convo)
        convo.slots = {**convo.slots, **outcome.slots}
        convo.slots.pop("requested_slot", None)
        return [Reply(t) for t in outcome.texts]
    if outcome.slots.pop("aside", None):
        # the form's own answer to something said on the side ("tips" or a sleep question
        # mid-diary): then the same question again, not counted as a missed answer
        convo.slots = {**convo.slots, **outcome.slots}
        replies = [Reply(t) for t in outcome.texts]
        return replies + _next_step(session, convo, form, text, parse, settings, now, None)
    filled = requested is not None and outcome.slots.get(requested) is not None
    # What the form also wanted, told first ("to stretch" before the time), moves it on too.
    filled = filled or any(outcome.slots.get(k) for k in SIDE_ANSWERS.get(form, ()))
    # "wait no make it 5" at a later question: the score put right, not a way out
    filled = filled or (requested != "mood" and outcome.slots.get("mood") is not None)
    # "idk", "wait what", 👍 to "1 to 10?": asked again more gently, with rough bands
    unsure = not filled and requested == "mood" and _unsure_answer(text)
    if form == "delete_form" and not filled and outcome.texts:
        # "what happens if i do?", "a copy first?": answered, and the yes or no still stands
        done = [r for e in outcome.effects for r in effects.apply(session, convo, e, settings, now)]
        return done + [Reply(t) for t in outcome.texts]
    if not filled and intent == "thanks" and THANKS_ONLY.match(text.strip()):
        if form == "checkin_form":
            # "ok thank you" to a check-in we offered after they vented: a goodbye to the
            # questions, taken warmly, with the way back
            _leave_form(convo, form, now)
            return [Reply(render("form_thanks_leave"))]
        # "ok thanks" mid-diary: welcome, and the same question again (with the way out)
        thanked = [Reply(render("form_thanks"))]
        return thanked + _next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and not unsure and _leaving(text, intent, parse):
        _leave_form(convo, form, now)
        # a goodbye or a thank-you is answered as one; a "no" gets the way back in
        return None if intent in ("goodbye", "thanks") else [Reply(render("flow_way_out"))]
    if not filled and WHY_ASK.match(text.strip()):  # explain, then ask the same again
        why = [Reply(render("form_why", form=form))]
        return why + _next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and HOW_LONG.search(text):  # "how long is this": answered, then asked again
        chosen = convo.slots.get("pattern")
        how = [Reply(render("form_how_long", form=form, pattern=chosen))]
        return how + _next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and form == "breathing_form" and BREATHING_QUESTION.search(text):
        # "whats box breathing?", "whats the difference between them"
        chosen = convo.slots.get("pattern") or choose_pattern(text)
        if chosen:  # "ok that one" next chooses it
            convo.slots = {**convo.slots, "pattern_explained": chosen}
        about = [Reply(render("breathing_choices", pattern=chosen))]
        return about + _next_step(session, convo, form, text, parse, settings, now, None, None)
    own = intent in FORM_INTENTS.get(form, ())
    # "20 mins" to "what time did you get up?": a wrong answer to the diary, asked again
    own = own or (form == "sleep_form" and not filled and _bare_time(text))
    strong = intent in INTERRUPTS and not own and not UNSURE.match(text.strip()) and not unsure
    if intent in ("set_reminder", "sleep_help") and keyword_action(text) is None:
        # "12 hour days for weeks", "i keep looking at his bed": told, not asked for
        strong = False
    if filled:  # "30 mins" or "everything" answers the question; only plain words interrupt
        # ("export my data" in the note is a request about their data, not a note)
        data_ask = intent in ("export_data", "delete_data") and parse.intent_confidence >= 0.9
        strong = strong and (keyword_action(text) is not None or data_ask)
    if strong and (not filled or parse.intent_confidence >= 0.8):
        aside = _aside_then_back(session, convo, form, text, parse, settings, now, intent)
        if aside is not None:
            return aside
        _end_form(convo)
        return None
    convo.slots = {**convo.slots, **outcome.slots}
    replies = [Reply(t) for t in outcome.texts]
    heard = parse.ekman if not filled and len(text.split()) >= 3 else None
    if heard and LOSS.search(text):
        heard = "loss"  # "since my nan passed": the loss is met first
    elif heard and MIXED.search(text):
        heard = "mixed"  # "nervous but excited": both, not "that sounds hard"
    elif heard and EASING.search(text):
        heard = "easing"  # "better than yesterday": glad, then the number
    if not filled and outcome.texts:
        heard = "explained"  # the validator said what was wrong ("outside the scale")
    if unsure:  # "low", "middling" or "good" next is taken as a rough number
        heard = "unsure"
        convo.slots = {**convo.slots, "mood_roughly": True}
    missed = requested if not filled else None
    return replies + _next_step(session, convo, form, text, parse, settings, now, missed, heard)


# Asking how to cope, instead of answering a check-in question.
COPE_ASK = re.compile(
    r"\b(?:don'?t|dont|do not) know how to (?:cope|deal with (?:it|this)|handle (?:it|this)|"
    r"get through (?:it|this))\b|\bhow (?:do|can|am) i (?:supposed to )?(?:cope|deal with (?:it|"
    r"this)|get through (?:it|this))\b|\bany (?:advice|tips) (?:on|for) coping\b",
    re.IGNORECASE,
)
# Asking what we think: "am i overreacting?", "is it my fault?", "should i text my ex?".
OPINION_ASKED = re.compile(
    r"(?P<overreacting>\bam i (?:over ?reacting|being (?:dramatic|silly|stupid|unreasonable)|"
    r"wrong to feel|crazy)\b)|"
    r"(?P<fault>\b(?:is|was) (?:it|this|that) (?:all )?my fault\b|\bam i (?:to blame|a bad "
    r"person|the problem)\b|\bdo (?:you|u) think i'?m (?:a bad person|to blame|the problem)\b)|"
    r"(?P<normal>\bis (?:it|this|that) (?:normal|ok|okay|weird) (?:to|for me to) (?:feel|cry|be "
    r"(?:sad|angry|upset|this tired|jealous|scared|nervous)|miss|still (?:feel|miss|cry|think)|"
    r"keep (?:crying|thinking)|not want to (?:talk|go out|see anyone))\b)|"
    r"(?P<decide>\b(?:do (?:you|u) think|would (?:you|u) say) i should\b|\bwhat would (?:you|u) "
    r"do\b|\bshould i (?:text|message|call|tell|quit|leave|break up|apologi[sz]e|go|stay|forgive|"
    r"block|reply|say sorry|talk to)\b)",
    re.IGNORECASE,
)
# Good news told: "I GOT THE JOB!!!", "passed my driving test", "she said yes".
GOOD_NEWS = re.compile(
    r"\b(?:got (?:the|a|my|into)|passed|won|aced|nailed|promoted|promotion|engaged|accepted|"
    r"offered|graduated|finished|finally did|she said yes|he said yes|got it)\b|!{2,}",
    re.IGNORECASE,
)
# Not wanting the check-in's questions: "i just want to talk", "stop asking for a number".
NOT_A_FORM = re.compile(
    r"\b(?:don'?t|dont|do not) (?:want|wanna) (?:to )?(?:do )?(?:a |the |this |any )?"
    r"(?:check[- ]?ins?|numbers?|rat(?:e|ing)|forms?|questions?)\b|"
    r"\bjust (?:want|wanna|need) to (?:talk|vent|chat|tell (?:you|someone))\b|"
    r"\bstop asking (?:me )?(?:for )?(?:a )?(?:number|that|questions)\b|"
    r"\b(?:that'?s|thats|this is|this isn'?t|that isn'?t) (?:not )?(?:helpful|helping)\b|"
    r"\b(?:you'?re|ur|youre) just a bot\b|\b(?:you|u) (?:don'?t|dont) get it\b|"
    r"\bi can'?t (?:put|give) (?:it )?a number\b",
    re.IGNORECASE,
)
# A time put right just after setting a reminder: "at 7:30 actually", "no make it 8pm",
# "change it", "can it be half 6".
_CLOCK_SAID = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|midnight|"
    r"half (?:past )?\w+|quarter (?:past|to) \w+)"
)
TIME_CORRECTED = re.compile(
    r"^\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah)\W+)*(?:"
    r"(?:(?:make it|change (?:it|that)(?: to)?|move (?:it|that)(?: to)?|can (?:it|we) (?:be|do|"
    r"make it)|at|for|to)\s+)*" + _CLOCK_SAID + r"(?:\s+(?:actually|instead|then|please|pls))?|"
    r"change (?:it|that|the time)|move (?:it|that))\W*$",
    re.IGNORECASE,
)
# Just after a one-off was set, the same made to repeat: "every night", "make it nightly",
# "can it be every day".
REPEAT_SAID = re.compile(
    r"^\W*(?:(?:oh|ok|okay|actually|and|sorry|wait)\W+)*(?:(?:make|change|set) (?:it|that|this)"
    r"(?: to)?\s+|(?:can|could) (?:it|that|you make it) (?:be|repeat)?\s*|(?:i meant|i mean|meant)"
    r"\s+)?(?:every|each) (?:night|evening|morning|day|weekday)|(?:nightly|daily)\b"
    r"(?:\s+(?:please|pls|plz|thanks|thx|actually|instead))*\W*$",
    re.IGNORECASE,
)
# Another of the same, earlier: "and the day before too please", "2 hours before as well".
BEFORE_TOO = re.compile(
    r"^\W*(?:and|also|plus|oh and|can you)?\W*(?:remind me\s+)?(?:(?:the|a)\s+(?P<unit1>day|night|"
    r"evening|morning)|(?:an|one)\s+(?P<unit2>hour)|(?P<count>\d{1,2})\s+(?P<unit3>days?|hours?|"
    r"mins?|minutes?))\s+before(?:\s+(?:too|as well|also))?(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# Only a number, maybe after "no make it": "25", "wait no make it 25 pls".
_BARE_NUMBER = re.compile(
    r"\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah)\W+)*(?:(?:make it|change (?:it|that)"
    r"(?: to)?|can (?:it|we) (?:be|do))\s+)?(\d{1,3})(?:\s+(?:actually|instead|then|please|pls))?"
    r"\W*",
    re.IGNORECASE,
)
# More of the same advice: "another one", "any more tips?", "what else can i do".
MORE_TIPS = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|hmm)\W+)?(?:another (?:one|tip)|more(?: tips| ideas| please)?|any "
    r"(?:more|other) (?:tips|ideas|advice)|anything else|what else(?: can i (?:do|try))?|"
    r"other (?:tips|ideas)|what do i do|what (?:should|can) i (?:do|try)(?: now)?)\W*$",
    re.IGNORECASE,
)
# Said to change course rather than to ask something on the side.
SWITCHING = re.compile(
    r"^\W*(?:actually|instead|nvm|never ?mind|forget (?:it|that|this)|scratch that|no wait|"
    r"change of plan)\b",
    re.IGNORECASE,
)
# Requests met in the middle of a diary or a check-in, which then carries on.
ASIDE_REQUESTS = frozenset(
    {"action_set_reminder", "action_list_reminders", "action_cancel_reminder"}
)


def _aside_then_back(
    session: Session,
    convo: Conversation,
    form: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    intent: str,
) -> list[Reply] | None:
    """A reminder asked for halfway through a sleep diary or a check-in: done, then the same
    question again, so the next "6am" answers the diary instead of moving the reminder.
    None when it is not such a request."""
    action = route(intent, text)
    if form not in ("sleep_form", "checkin_form") or action not in ASIDE_REQUESTS:
        return None
    if SWITCHING.match(text):  # "actually can you remind me...": this instead
        return None
    required = DOMAIN["forms"][form]["required_slots"]
    kept = {name: convo.slots[name] for name in required if name in convo.slots}
    _end_form(convo)
    replies = _run(session, convo, action, text, parse, settings, now)
    if convo.active_flow is not None:  # it asked a question of its own ("when?") first
        return replies
    convo.slots = {k: v for k, v in convo.slots.items() if k != "offer"} | kept
    back = [Reply(render("flow_back", form=form))]
    return replies + back + _next_step(session, convo, form, text, parse, settings, now, None)


def _asked_mid_checkin(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """A question put to us instead of an answer ("what was my score last time?", "are you a
    bot?", "what's the weather like?"): its answer, or None for an answer to keep. Questions
    about themselves ("why do i always feel like this") read as feelings and are kept."""
    if PAST_MOOD.match(text):
        derived = context.derive(session, convo, settings, now)
        last = derived["recent_moods"][0] if derived["recent_moods"] else None
        today = datetime.fromisoformat(str(derived["today"])).date()
        days_ago = (today - datetime.fromisoformat(last["day"]).date()).days if last else None
        return [Reply(render("checkin_last", last=last and last["mood"], days_ago=days_ago))]
    if service_topic(text) in ANSWERED_MID_CHECKIN:
        return _run(session, convo, "action_smalltalk", text, parse, settings, now)
    off_topic = parse.intent == "out_of_scope" and parse.intent_confidence >= OFF_TOPIC_SURE
    if off_topic and QUESTION.search(text):
        return [Reply(render("form_off_topic"))]
    return None


def _unsure_answer(text: str) -> bool:
    """ "idk", "wait what", "huh?", or emoji that are no mood (👍, 💀): unsure what to answer."""
    said = text.strip()
    return UNSURE_ANSWER.match(said) is not None or (
        bool(said) and EMOJI_ONLY_NOT.search(said) is None
    )


def _may_stay(convo: Conversation) -> bool:
    """The same "I'm here with you" at most twice in a row; after that, what they say is
    answered as itself (the helpline was just given, and a doubt or crisis is still read)."""
    return int(convo.slots.get("stays", 0)) < MAX_STAYS


def _still_in_it(text: str, intent: str, convo: Conversation) -> bool:
    """Soon after a crisis: more of what they are going through, "what do i do?", or a yes
    taken back; not a short answer to a question a flow asked ("6", "skip"), nor a plain
    request for an exercise ("4-7-8", "breathe"), which are carried out."""
    if convo.active_flow and len(text.split()) <= 3:
        return False
    if keyword_action(text) not in (None, "action_menu", "action_handover"):
        return False
    if intent in STAY_INTENTS or (intent == "help" and keyword_action(text) != "action_menu"):
        return True
    return bool(safety.TAKEN_BACK.match(text.strip()))


def _stops_activity(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> bool:
    """ "i want to stop", said while a flow or an exercise is under way, is about that."""
    said = text.strip()
    leaving = STOP_FLOW.match(said) or (convo.active_flow is not None and LEAVE_FLOW.match(said))
    # "ok im done now", as an exercise says to reply (after a crisis it is asked about first)
    done = DONE_HERE.match(said) and not safety.crisis_within(convo, now, MEANS_WATCH_HOURS)
    return bool(leaving or done) and under_way(session, convo, settings, now)


def under_way(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> bool:
    """A flow is asking something, or a breathing exercise is running (or paused)."""
    if convo.active_flow is not None:
        return True
    derived = context.derive(session, convo, settings, now)
    return bool(derived["breathing_running"] or derived["breathing_paused"])


def _read_with_the_last(convo: Conversation, text: str, now: datetime) -> safety.Assessment | None:
    """ "i cant" ... "do this anymore": a crisis typed over two short texts is read whole."""
    last = convo.slots.get("last_said")
    if not last or len(text.split()) > SPLIT_WORDS:
        return None
    if now - datetime.fromisoformat(str(last["at"])) > SPLIT_WITHIN:
        return None
    if convo.slots.get("safety_state") or convo.handed_over:
        return None  # an answer to our question, or staff have it
    first = str(last["text"])
    if safety_words.crisis_kind(first) or safety_words.is_doubtful(first):
        return None  # already read as what it was
    whole = f"{first} {text}"
    kind = safety_words.crisis_kind(whole)
    if kind:
        return safety.Assessment("crisis", kind)
    return safety.Assessment("doubt") if safety_words.is_doubtful(whole) else None


def quiet_unless_texted(session: Session, convo: Conversation) -> None:
    """No follow-ups or nudges from us from now on; replies only."""
    convo.slots = {**convo.slots, "only_when_texted": True}
    set_nudges_wanted(convo, False)
    for kind in safety.FOLLOWUP_KINDS:
        cancel_jobs(session, convo, kind)


def _leave_form(convo: Conversation, form: str, now: datetime) -> None:
    """Leave the form, remembering which, so "actually ok lets do it" can start it again."""
    _end_form(convo)
    convo.slots = {**convo.slots, "left_form": {"form": form, "at": now.isoformat()}}


def _bare_time(text: str) -> bool:
    """A clock time or a length of time on its own ("11pm", "20 mins"), with no word of a
    reminder."""
    words = text.strip()
    return (
        len(words.split()) <= 4
        and CLOCK_ANSWER.search(words) is not None
        and not asks_for_reminder(words)
        and not WHAT_FOR.match(words)
    )


def _reminder_just_set(convo: Conversation, now: datetime) -> bool:
    """A reminder was set or moved in the last few minutes ("9:30pm" then moves it)."""
    at = convo.slots.get("reminder_at")
    return bool(at) and now - datetime.fromisoformat(str(at)) < JUST_SET


def _flagged(
    session: Session,
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    template: str,
    **context: Any,
) -> list[Reply]:
    """An answer to danger outside the crisis answer itself (withdrawal, nowhere to sleep,
    fear of hurting someone): staff see it as danger, and the reply has the helpline. Any
    question we were asking (a sleep diary) ends there."""
    safety.raise_flag(session, convo, "crisis", "danger", now)
    _end_form(convo)
    return [Reply(render(template, helpline=helpline_of(convo, settings), **context))]


# How far before, by the word said ("the day", "an hour", "20 mins").
_BEFORE_STEPS = (
    ("day", timedelta(days=1)),
    ("morning", timedelta(days=1)),
    ("hour", timedelta(hours=1)),
    ("min", timedelta(minutes=1)),
)


def _one_before(
    session: Session, convo: Conversation, said: re.Match[str], now: datetime
) -> dict[str, Any] | None:
    """The reminder just set, once more, a day, a night or some hours before it; None for a
    repeating one or a time already past."""
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if row is None or row.rrule or row.next_fire_at is None:
        return None
    unit = (said.group("unit1") or said.group("unit2") or said.group("unit3") or "day").lower()
    count = int(said.group("count") or 1)
    if unit.startswith(("night", "evening")):  # the evening before, at 8pm their time
        zone = ZoneInfo(convo.timezone)
        day_before = row.next_fire_at.astimezone(zone).date() - timedelta(days=1)
        first = datetime.combine(day_before, datetime.min.time(), zone).replace(hour=20)
    else:
        step = next(length for name, length in _BEFORE_STEPS if unit.startswith(name))
        first = row.next_fire_at - step * count
    if first <= now:
        return None
    return {"kind": row.kind, "label": row.label, "first": first.isoformat(), "text": ""}


def _in_the_same_unit(convo: Conversation, text: str, parse: Parse) -> tuple[str, Parse]:
    """ "make it 25" just after "in 20 minutes": 25 minutes, not 25 o'clock."""
    unit = convo.slots.get("reminder_in")
    number = _BARE_NUMBER.fullmatch(text.strip())
    if not unit or number is None:
        return text, parse
    return f"in {number.group(1)} {unit}", replace(parse, entities=())


def _at_or_in(said: str) -> str:
    """ "at 11pm" for a clock time, "in 20 mins" for a length of time."""
    said = said.strip()[:40]
    duration = re.search(r"\b(?:min|mins|minutes?|hours?|hrs?|h)\b", said, re.IGNORECASE)
    return f"in {said}" if duration else f"at {said}"


def _leaving(text: str, intent: str, parse: Parse) -> bool:
    """No answer to the question, but a "no", "not now", "thanks" or goodbye instead."""
    said = text.strip()
    if LEAVE_FLOW.match(said) or STOP_FLOW.match(said) or DONE_HERE.match(said):
        return True
    return intent in ("deny", "goodbye", "thanks") and parse.intent_confidence >= 0.8


def _said(text: str, parse: Parse) -> dict[str, Any]:
    """A message and its reading, kept to be answered after a question of ours."""
    return {
        "text": text[:500],
        "intent": parse.intent,
        "emotion": parse.emotion,
        "emotion_confidence": parse.emotion_confidence,
        "ekman": parse.ekman,
    }


def _replayed(
    said: dict[str, Any], text: str, parse: Parse, tz: str, now: datetime
) -> tuple[str, Parse]:
    """The first message again, read now: its times resolve in the zone just confirmed."""
    first = str(said.get("text") or "")
    if not first:
        return text, parse
    from nlu.entities import extract_entities

    intent = str(said.get("intent") or parse.intent)
    return first, replace(
        parse,
        text=first,
        intent=intent,
        intent_confidence=1.0,
        emotion=str(said.get("emotion") or "neutral"),
        emotion_confidence=float(said.get("emotion_confidence") or 0.0),
        ekman=str(said.get("ekman") or "neutral"),
        entities=extract_entities(first, tz=tz, now=now, intent=intent),
    )


def _with_when(parse: Parse, text: str, tz: str, now: datetime) -> Parse:
    """When we asked "when?", read any time expression as a reminder time."""
    if any(e.type == "when" for e in parse.entities):
        return parse
    from nlu import Entity, parse_when

    try:
        when = parse_when(text, tz, now)
    except (ValueError, KeyError, OverflowError):
        return parse
    if when is None:
        return parse
    return replace(parse, entities=(*parse.entities, Entity("when", when, text)))


def _next_step(
    session: Session,
    convo: Conversation,
    form: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    missed: str | None,
    heard: str | None = None,
) -> list[Reply]:
    """Ask the next missing slot (re-asking gently, then offering a way out) or submit.

    ``heard`` is the emotion of a message that told us something instead of answering,
    so the re-ask can acknowledge it.
    """
    required = DOMAIN["forms"][form]["required_slots"]
    missing = next((s for s in required if convo.slots.get(s) is None), None)
    convo.flow_updated_at = now
    if missing is None:
        _end_form(convo, keep_values=True)
        replies = _run(session, convo, SUBMIT[form], text, parse, settings, now)
        convo.slots = {k: v for k, v in convo.slots.items() if k not in required}
        return replies
    convo.active_flow = form
    reasks = int(convo.slots.get("reasks", 0)) + 1 if missed == missing else 0
    convo.slots = {**convo.slots, "requested_slot": missing, "reasks": reasks}
    if reasks > MAX_REASKS:
        _end_form(convo)
        return [Reply(render("flow_way_out"))]
    name = f"reask_{missing}" if reasks and exists(f"reask_{missing}") else f"ask_{missing}"
    replies = [Reply(render(name, heard=heard if reasks else None, slots=convo.slots))]
    if reasks == MAX_REASKS:
        replies.append(Reply(render("flow_offer_exit")))
    return replies


def _run(
    session: Session,
    convo: Conversation,
    action: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Run an action, apply its events and effects, and follow a form it opens."""
    tracker = engine.build_tracker(
        str(convo.id),
        _slots(session, convo, settings, now),
        engine.latest_message(text, parse),
        convo.active_flow,
    )
    outcome = engine.run(action, tracker)
    convo.slots = {
        k: v for k, v in {**convo.slots, **outcome.slots}.items() if k not in engine.CONTEXT_SLOTS
    }
    convo.slots = {
        **convo.slots,
        "menu_shown": action == "action_menu",
    }
    replies = [Reply(t) for t in outcome.texts]
    for data in outcome.effects:
        replies += effects.apply(session, convo, data, settings, now)
    if outcome.loop_changed and outcome.active_loop:
        convo.active_flow = outcome.active_loop
        convo.slots = {**convo.slots, "reasks": 0}
        replies += _next_step(session, convo, outcome.active_loop, text, parse, settings, now, None)
    elif outcome.loop_changed:
        convo.active_flow = None
    return replies


def _slots(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Stored slots plus the derived context."""
    return {**convo.slots, **context.derive(session, convo, settings, now)}


def _end_form(convo: Conversation, keep_values: bool = False) -> None:
    """Leave the active form."""
    form = convo.active_flow
    convo.active_flow = None
    drop = {"requested_slot", "reasks", "mood_roughly"}
    if form and not keep_values:
        drop |= set(DOMAIN["forms"][form]["required_slots"])
    convo.slots = {k: v for k, v in convo.slots.items() if k not in drop}


def _note_reply(session: Session, convo: Conversation, now: datetime) -> None:
    """Tell the nudge logic the person wrote back."""
    try:
        from bot.nudges import note_reply
    except ImportError:  # pragma: no cover - nudges are optional in slim builds
        return
    note_reply(session, convo, now)


def flag(
    session: Session,
    convo: Conversation,
    reason: str,
    kind: str | None,
    now: datetime,
    settings: dict[str, Any],
) -> Flag:
    """Put the conversation in the staff queue."""
    return safety.raise_flag(session, convo, reason, kind, now)
