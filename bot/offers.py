"""An answer to something we offered ("would a breathing exercise help?", "a quick sleep
diary?", "a reminder at 11pm?") while the offer is fresh; and a text offered instead of an
alarm we cannot ring.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import alarm_answers, alarms, crisis, put_off, winddown_offer
from bot.actions.reminders import TASK_VERBS, asks_anew
from bot.actions.sleep import DIARY_AGAIN, TIPS_WANTED, night_told
from bot.breathing import grounding_reply
from bot.followups import in_the_same_unit
from bot.forms import continue_form
from bot.listening import (
    BARE_YEAH,
    LOST_FOR_WORDS,
    MEH_ONLY,
    SHRUGGED_OFF,
    STILL_TELLING,
    WAIT_AND_SEE,
    listening,
    listening_lately,
    talk_answer,
)
from bot.locale import helpline_of, zone_named
from bot.moods import vented_about
from bot.preferences import quiet_hours, quiet_in_the_day, set_zone
from bot.proactive import quiet_window
from bot.readings import at_or_in, bare_time, replayed, with_when
from bot.routing import CLOCK_ANSWER, NIGHT_MIND, QUIET_HOURS_WORDS, VENTING, WHAT_FOR, WHICH_ONE
from bot.runner import run
from bot.safety_words import answer_of
from bot.scores import bare_score
from bot.sleep import asks_something, clock_answer, quiet_hours_from
from bot.text import render
from bot.topics import ASKED_BACK, FINE_ANSWER
from bot.types import Reply
from store.models import CheckIn, Conversation, OutboundMessage, ScheduledJob

if TYPE_CHECKING:
    from nlu import Parse


# How long an offer we made stays open to a "yes" or an answer.
OFFER_FOR = timedelta(hours=2)
# More of the same advice: "another one", "any more tips?", "what else can i do".
MORE_TIPS = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|hmm)\W+)?(?:another (?:one|tip)|more(?: tips| ideas| please)?|any "
    r"(?:more|other) (?:tips|ideas|advice)|anything else|what else(?: can i (?:do|try))?|"
    r"other (?:tips|ideas)|what do i do|what (?:should|can) i (?:do|try)(?: now)?)\W*$",
    re.IGNORECASE,
)


# Unsure of an offer, or asking what it is: "idk", "maybe", "not sure", "what would that
# involve", "how long does it take" (not "maybe later", which puts it off).
_UNSURE_PART = (
    r"(?:idk|i don'?t know|i dunno|dunno|not sure|unsure|no idea|maybe|perhaps|possibly|hm+|"
    r"um+|i guess|what (?:would|does|will) (?:that|it|this) (?:involve|entail|mean|be|do)|"
    r"what (?:would|do|will) i (?:have|need) to do|"
    r"what(?:'?s| is| does) (?:that|it|this|involved|a sleep diary|"
    r"the (?:sleep )?diary|a wind[- ]?down(?: reminder)?|the breathing(?: one| exercise)?)"
    r"(?: (?:like|about|for|involve|entail))?|what (?:kind|sort|type)(?: of (?:breathing|"
    r"exercise|diary|questions|reminder|thing))?|how long(?: (?:does|will|would) (?:it|that) "
    r"take| is it)?|how (?:does|would) (?:it|that) work|what do (?:i|you) (?:have|need) to do|"
    r"what happens|like what|such as|what do (?:you|u) mean|wdym|what)"
)
UNSURE_OF_OFFER = re.compile(
    rf"^\W*(?:(?:oh|ok|okay|so|well|sorry|honestly|erm|er)[ ,.!]+)*{_UNSURE_PART}"
    rf"(?:[ ,.!?]+(?:and |but |or )?{_UNSURE_PART})*"
    r"(?: (?:really|tbh|honestly|sorry|lol|though|tho|then|exactly|first))*\W*$",
    re.IGNORECASE,
)
# Not understood, rather than unsure: "what do you mean", "huh?": said more clearly.
WE_WERE_UNCLEAR = re.compile(
    r"\b(?:what do (?:you|u) mean|wdym|huh|pardon)\b|^\W*what\W*$", re.IGNORECASE
)
# Offers whose answer "idk" or "what's that?" gets what they involve, with the offer kept.
EXPLAINED = frozenset(
    {"breathing", "night_breathing", "checkin_breathing", "sleep_breathing", "sleep_diary",
     "winddown", "alarm"}
)  # fmt: skip
# Offers whose "no" can be taken back just after ("actually yes", "go on then"); a "no" to
# sleep help also leaves "tips" meaning more of them.
DECLINABLE = frozenset(
    {"breathing", "night_breathing", "checkin_breathing", "sleep_breathing", "sleep_diary",
     "winddown", "alarm"}
)  # fmt: skip
SLEEP_OFFERS = ("sleep_diary", "night_breathing", "sleep_breathing")
# Taking a "no" back: "actually yes", "go on then", "on second thought yes please", "actually
# i will", "actually yeah lets try it" (not a bare "ok", which only acknowledges).
CHANGED_MIND = re.compile(
    r"^\W*(?:(?:oh|ok|okay|fine|well|hmm+|wait)[\s,.!]+)*(?:(?:actually|on second thoughts?|"
    r"(?:i'?ve )?changed my mind|thinking about it)[\s,.!]+(?:(?:yes|yeah|yea|yep|ok|okay|sure|"
    r"please|go on|why not|i will|i'?ll (?:do|try) it|let'?s (?:do|try) it|lets (?:do|try) it)"
    r"[\s,.!]*)+|go on then|oh go on|let'?s do it|lets do it|i'?ll give it a go|i'?ll try it|"
    r"(?:yes|yeah|ok|okay) (?:actually|go on then|let'?s do it|lets do it|why not))"
    r"(?:[\s,.!]+(?:then|please|pls|thanks|why not|x+))*\W*$",
    re.IGNORECASE,
)
# A yes taken back that does not say to what: "actually yes", "on second thought yeah".
BARE_YES_BACK = re.compile(
    r"^\W*(?:(?:actually|on second thoughts?|(?:i'?ve )?changed my mind|thinking about it)"
    r"[\s,.!]+)+(?:(?:yes|yeah|yea|yep|ok|okay|sure|please|i will|i do)[\s,.!]*)+$",
    re.IGNORECASE,
)
# A mind that keeps them awake, told after sleep help: "i just lie there thinking about my
# ex", "my head won't stop", "i keep worrying about work".
BUSY_MIND = re.compile(
    r"\b(?:thinking|think|thoughts?|overthink\w*|racing|spinning|mind|head|brain|worr\w*|"
    r"replaying|going over)\b",
    re.IGNORECASE,
)


# Wanting the person after all, just after calling them off: "actually yes i want someone",
# "can they still come", "i changed my mind, i do need someone" (not a bare "yes" or "ok",
# which only acknowledge that the team was told).
PERSON_AFTER_ALL = re.compile(
    r"\b(?:i (?:do |actually |really |still )?(?:want|need)|i'?d (?:still |actually )?like|"
    r"(?:can|could) (?:i|you|u) (?:still )?(?:get|have|ask)|get me|ask)\b.{0,20}\b(?:someone|"
    r"somebody|a person|a human|them|the team|one)\b|\b(?:can|could) (?:they|someone|somebody) "
    r"still (?:come|join|reply|text)\b|\b(?:ask|get|call) (?:them|someone|the team) (?:back|"
    r"again)\b|\bchanged my mind\b",
    re.IGNORECASE,
)


# A yes said politely: "that would be nice, thank you", "oh that sounds lovely" (the model
# hears thanks in it).
POLITE_YES = re.compile(
    r"^\W*(?:(?:oh|yes|yeah|ok|okay|well)\W+)*(?:that|it|this) (?:would|'d|might|could|sounds?)"
    r"(?: be| really| actually)* (?:nice|lovely|great|good|helpful|help|grand|wonderful)\b"
    r"(?:[\s,.!]+(?:thank you|thanks|ty|please|x+|actually|i think))*\W*$",
    re.IGNORECASE,
)


# A yes with a wish for it to be short: "ok but quick", "yeah a short one", "sure quickly".
QUICK_YES = re.compile(
    r"^\W*(?:ok(?:ay)?|k|yes|yeah|ya|yep|sure|go on|fine|alright)\W+(?:but |just |a |then )*"
    r"(?:quick(?:ly)?|short|a quick one|a short one|quick one|short one)(?: one| pls| please)?\W*$",
    re.IGNORECASE,
)
# A breathing offer still met by a bare yes after OFFER_FOR, for this long, when nothing was
# sent since: "yeah ok" the next morning to "would a breathing exercise help?".
LATE_YES_FOR = timedelta(hours=24)
LATE_YES_OFFERS = frozenset(
    {"breathing", "checkin_breathing", "night_breathing", "sleep_breathing"}
)
LATE_YES_WORDS = 4


def late_yes(session: Session, convo: Conversation, text: str, parse: Parse, now: datetime) -> bool:
    """Whether a short yes answers the breathing offer we made hours ago, the last thing we
    sent them, so it is still taken as a yes to it."""
    offer, made = convo.slots.get("offer"), convo.slots.get("offer_at")
    if offer not in LATE_YES_OFFERS or not made or len(text.split()) > LATE_YES_WORDS:
        return False
    at = datetime.fromisoformat(str(made))
    if now - at > LATE_YES_FOR or answer_of(text, parse.intent) != "yes":
        return False
    if _safety_asked_lately(session, convo, now):  # a late "yes" may answer that question
        return False
    return nothing_sent_since(session, convo, at)


def nothing_sent_since(session: Session, convo: Conversation, at: datetime) -> bool:
    """Whether what we sent at ``at`` (a question, an offer) is still the last thing they
    got from us: no reminder, nudge or other message since."""
    last = session.scalar(
        select(OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    )
    return last is not None and last - at < timedelta(minutes=1)


# What else there is, asked instead of a yes or no: "what are my options", "is there anything
# else", "what else is there", "something else?", "what other options are there".
OPTIONS_ASKED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|hmm+|um+|well|idk|no|nah|maybe)\W+)*(?:what (?:are|r) (?:my|the) "
    r"(?:options|choices)|(?:is there|are there|got|have you got|do you have) (?:anything|"
    r"something|any other (?:options|ideas)|other (?:options|ideas)) ?(?:else)?|what else (?:is "
    r"there|have you got|you got|can (?:you|u) do|could (?:i|we) do|could help|might help|"
    r"helps?)|(?:any )?other (?:options|ideas|things)|something else|anything else|what other "
    r"(?:options|things|ideas)(?: (?:are there|do you have|have you got|is there))?|options|"
    r"what (?:can|could) (?:you|u) (?:do|offer)(?: (?:instead|then|else))?|"
    r"(?:(?:idk|i don'?t know|i dont know|dunno|i dunno|not sure) )?what (?:would|will|could|"
    r"might|does|do) (?:even |actually )?help(?: me)?)"
    r"(?:\W+(?:instead|then|please|pls|tho|though|maybe|perhaps|i can do|for me|apart from "
    r"(?:that|breathing)))*\W*$",
    re.IGNORECASE,
)


# Nothing has helped, said to the help for tonight: "i tried all that", "this isnt working",
# "nothing works", "ive tried everything".
NOTHING_HELPS = re.compile(
    r"\btried (?:all (?:of )?(?:that|those|them|these|this)|(?:it|them|that|those) all|"
    r"everything|that|those|them|all)\b|\bnothing (?:works|helps|is working|is helping|"
    r"ever works)\b|\b(?:isn'?t|isnt|is not|not|doesn'?t|doesnt|didn'?t|didnt) (?:really )?"
    r"(?:working|helping|work|help)\b",
    re.IGNORECASE,
)


# Something that happened to them, told in the night: "my boyfriend left me today", "we had
# a huge fight", "i lost my job".
HAPPENED = re.compile(
    r"\b(?:left me|dumped me|broke up|split up|cheated|died|passed away|funeral|(?:a |huge |big )?"
    r"(?:fight|row|argument)|lost my (?:job|mum|mom|dad|baby|friend|nan|gran)|got (?:fired|sacked"
    r"|made redundant)|diagnos\w+)\b",
    re.IGNORECASE,
)


# A yes leading the answer: "yeah because i cant calm down" (not "yeah no", "yes but not now").
YES_LEADING = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|yup|ya|yh|yeh|please|ok|okay|sure)\b(?!\W*(?:no|nah|not)\b)",
    re.IGNORECASE,
)
# A no to the offer inside such an answer: "yeah maybe later", "yes but i dont want to".
OFFER_REFUSED = re.compile(
    r"\b(?:no|nah|nope|not now|later|another time|rather not|maybe|not (?:really|sure|right now|"
    r"today|tonight|yet))\b|\b(?:don'?t|dont|do not) (?:want|need|fancy|think|feel like)\b",
    re.IGNORECASE,
)
# Breathing offered while they tell us how they feel.
BREATHING_OFFERS = frozenset({"breathing", "night_breathing", "checkin_breathing"})
# What a low check-in is about, named in a word or two after the breathing offer ("my exams").
WHAT_ABOUT_WORDS = 4
# A yes that only leads into more of the story: "yeah and today she had a go at me in front of
# everyone", "yes and then he just walked off" (not "yeah lets do it", "yeah, a quick one").
STORY_GOES_ON = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|ya|yh|yup|yeh)\b[\s,.!-]*(?P<rest>(?:and|but|plus|then|also|she|"
    r"he|they|we|my|our|his|her|their|today|yesterday|tonight|last night|this morning|on top of "
    r"that|apparently)\b(?:\W+\w[\w']*){3,}.*|"
    # "yeah its just constant", "yeah i cant switch off", "yeah nobody listens": agreeing, then
    # more of how it is
    r"(?:it|its|it'?s|it is|that|thats|that'?s|this|i|im|i'?m|i'?ve|ive|i'?d|id|every|everything|"
    r"everyone|nobody|no one|nothing|there|work|life)\b(?:\W+\w[\w']*){2,}.*)$",
    re.IGNORECASE,
)
# What still says yes to the offer: "yeah and lets do it", "yes then a short one".
_YES_TO_IT = re.compile(
    r"\b(?:breath\w*|exercises?|let'?s|lets|go ahead|do (?:it|that|one)|try (?:it|that|one)|"
    r"sounds good|please|pls|(?:quick|short) one|help|would|could|need|want|ok|okay|good|great|"
    r"sure|think so|why not|go on|calm|up for (?:it|that|one)|give it a (?:go|try|shot)|go for it|"
    r"(?:i'?ll|ill|will|can|could) try|ready|alright|fine|i'?m in|im in|might|may|be nice|"
    r"like (?:that|to))\b",
    re.IGNORECASE,
)
# "yeah exactly", "yes that's it": agreeing with what we said back, not yes to the breathing.
AGREED = re.compile(
    r"^\W*(?:(?:yes|yeah|yea|yep|ya|yh|yup|yeh)\W+)?(?:exactly|so true|true|pretty much|spot on|"
    r"that'?s (?:it|right|exactly it)|you'?re right|ur right|it (?:really )?is|it (?:really )?"
    r"does)\W*$",
    re.IGNORECASE,
)


# Some word of taking up an offer: "and yes please", "but ok lets try it".
_YES_IN_IT = re.compile(
    r"\b(?:yes|yeah|yea|yep|yup|ya|yh|ok|okay|sure|please|pls|let'?s|lets|breath\w*|try|"
    r"do it|alright|why not|go on|help|sounds good|i'?d like)\b",
    re.IGNORECASE,
)


# "maybe she's right", "perhaps i am selfish": a thought about the story, not a yes.
MAYBE_TOLD = re.compile(
    r"^\W*(?:maybe|perhaps|probably|prob)\W+(?P<rest>(?:she|he|they|she'?s|he'?s|they'?re|her|"
    r"his|their|my|it'?s|its|that'?s|thats|i'?m|im|i am|i was|i really am)\b(?:\W+\w[\w']*)+"
    r"\W*)$",
    re.IGNORECASE,
)


def story_goes_on(text: str) -> str | None:
    """The rest of a yes that only leads into more of the story ("yeah and she had a go at
    me": "and she had a go at me"); None for a yes to what was offered."""
    told = STORY_GOES_ON.match(text.strip())
    maybe = MAYBE_TOLD.match(text.strip()) if told is None else None
    if maybe is not None and not _WORTH_IT.search(maybe["rest"]):
        return maybe["rest"]  # ("maybe its worth a try": a yes)
    if told is None or _DONT_MIND.search(told["rest"]):  # "yeah i dont mind": a yes
        return None
    # ("yeah i just dont know how people do it": no yes in a "do it" they cannot)
    if _YES_TO_IT.search(_NEGATED.sub(" ", told["rest"])):
        return None
    return told["rest"]


# What the offer might do, after a "maybe": "maybe its worth a try", "maybe it would help".
_WORTH_IT = re.compile(r"\b(?:worth|idea|help\w*|try\w*|work\w*|go)\b", re.IGNORECASE)
# A yes said with a negative: "yeah i dont mind", "yes no harm in trying".
_DONT_MIND = re.compile(r"\b(?:don'?t|dont|do not) mind\b|\bno harm\b", re.IGNORECASE)
# What a negative says cannot or does not happen: "dont know how people do it".
_NEGATED = re.compile(
    r"\b(?:don'?t|dont|do not|can'?t|cant|cannot|never|not|nobody|no one)\b(?:\W+[\w']+){0,5}",
    re.IGNORECASE,
)


# One picked from a list by its place: "the first one", "2nd".
_PLACE = re.compile(r"\b(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)\b", re.I)


def answer_offer(
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
    if answer == "no" and YES_LEADING.match(text) and not OFFER_REFUSED.search(text):
        answer = "yes"  # "yeah because i cant calm down": the model's "no" is in the can't
    if answer is None and POLITE_YES.match(text):  # "that would be nice, thank you"
        answer = "yes"
    if answer is None and offer in LATE_YES_OFFERS and QUICK_YES.match(text):
        answer = "yes"  # "ok but quick" to a breathing exercise
    if offer == "checkin" and answer is None and bare_score(text):
        # "5" to "want to do a quick check-in?": the check-in, with that as how they feel
        convo.slots = {**convo.slots, "mood_asked": True}
        return run(session, convo, "action_start_checkin", text, parse, settings, now)
    if offer == "talk":  # "would you like to tell me about it?": yes, no, or the telling
        return talk_answer(convo, answer, now)
    if offer == "declined":  # just said no to something: taken back, or more sleep tips
        return _after_no(session, convo, text, parse, settings, now)
    if offer == "timezone_city":
        zone = zone_named(text, convo.country)
        return set_zone(session, convo, zone, now) if zone else None
    if offer == "person_again":  # they called off a person, and want one after all
        if FINE_ANSWER.match(text.strip()):  # "im ok": glad, not a 1-10 question unasked
            return [Reply(render("doing_well", asked_back=False))]
        if not PERSON_AFTER_ALL.search(text):
            return None
        return run(session, convo, "action_handover", text, parse, settings, now)
    if offer == "reminder_for":  # "would a reminder to drink water help?"
        unsure = UNSURE_OF_OFFER.match(text) is not None
        return put_off.reminder_answer(session, convo, text, parse, settings, now, unsure=unsure)
    if offer == "reminder_time":  # "11am", or what it is for: "to call the dentist"
        if not (CLOCK_ANSWER.search(text) or WHAT_FOR.match(text.strip())):
            return None
        if asks_anew(text) or QUIET_HOURS_WORDS.search(text):
            return None
        text, parse = in_the_same_unit(session, convo, text, parse)  # "10" after 9pm: 10pm
        return run(session, convo, "action_change_reminder", text, parse, settings, now)
    if offer == "breathing" and answer is None and _grounding_lately(convo, now):
        step = grounding_reply(text)
        if step:  # "i cant smell anything" after the 5-4-3-2-1: help with it, offer kept
            convo.slots = {**convo.slots, "offer": "breathing", "grounding_at": now.isoformat()}
            return [Reply(render("grounding_more", told=step))]
    if offer == "breathing" and listening_lately(convo, now) and LOST_FOR_WORDS.match(text):
        return None  # "idk" while telling us: lost for words, not unsure of the breathing
    if (
        offer in BREATHING_OFFERS
        and answer == "yes"
        and listening_lately(convo, now)
        and STILL_TELLING.match(text)
        and len(text.split()) >= 3
        and not _YES_IN_IT.search(text)
    ):  # "and then takes credit for it" (read as a yes): more of the story, listened to
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        return listening(session, convo, text, "mood_report", parse, now)
    rest = story_goes_on(text) if offer in BREATHING_OFFERS else None
    if rest is not None:  # "yeah and today she had a go at me": the story, listened to (the
        # offer was made just now, so not made again in full)
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        return listening(session, convo, rest, "mood_report", parse, now)
    if (
        offer == "checkin_breathing"  # (while listening, what they tell is listened to there)
        and answer is None
        and len(text.split()) <= WHAT_ABOUT_WORDS
        and vented_about(text) is not None
        and "?" not in text
        and not parse.crisis
    ):  # "my exams", "work", to "would a breathing exercise help?" after a low check-in:
        # what it is about, listened to (not "Sorry, I'm not sure I understood that")
        heard = {"listening_since": now.isoformat(), "listened": True, "offer": offer}
        convo.slots = {**convo.slots, **heard}
        ekman = parse.ekman if parse.ekman in ("sadness", "fear", "anger") else "sadness"
        about = vented_about(text)
        return [Reply(render("listening", more=True, ekman=ekman, about=about, checked_in=True))]
    # "meh" is no yes; a bare "yeah" to "I'm here, go on" (the offer not said in it) agrees
    agreed = bool(AGREED.match(text) or (offer == "breathing" and MEH_ONLY.match(text)))
    if offer == "breathing" and convo.slots.get("offer_quiet") and BARE_YEAH.match(text):
        agreed = True
    fine_now = SHRUGGED_OFF.match(text) is not None and not listening_lately(convo, now)
    if offer in BREATHING_OFFERS and answer == "yes" and fine_now:
        answer = "no"  # "its fine now", to breathing offered after a panic attack: a no
    shrugged = SHRUGGED_OFF.match(text) or WAIT_AND_SEE.match(text)
    if offer == "breathing" and shrugged and listening_lately(convo, now) and not parse.crisis:
        # "its fine", "fingers crossed" (read as a yes): shrugged off, no yes to breathing
        return listening(session, convo, text, "mood_report", parse, now)
    if offer == "breathing" and convo.slots.get("offer_in_passing") and BARE_YEAH.match(text):
        # "yeah", to "Ah, the last thing you needed! ... a short breathing exercise can help
        # ("breathe")": agreeing, or a yes to it; asked, the offer kept open
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "offer": offer}
        return [Reply(render("breathing_or_more"))]
    if offer in BREATHING_OFFERS and agreed:
        # "yeah exactly" to what we said back: agreed, still listening, the offer still open
        turn = int(convo.slots.get("listen_turns") or 0) + 1
        heard = {"listening_since": now.isoformat(), "listened": True, "listen_turns": turn}
        convo.slots = {**convo.slots, **heard, "offer": offer}
        return [Reply(render("listening", more=True, said="aside", ekman="neutral", turn=turn))]
    if offer in EXPLAINED and UNSURE_OF_OFFER.match(text):
        # "idk", "what would that involve": what it is, and the offer stays open for a yes
        # said once for this offer (as made at offer_at): not all of it again
        this_one = f"{offer}@{convo.slots.get('offer_at')}"
        again = convo.slots.get("offer_explained") == this_one
        convo.slots = {**convo.slots, "offer": offer, "offer_explained": this_one}
        offered = str(convo.slots.get("offer_time") or "22:30")
        unclear = WE_WERE_UNCLEAR.search(text) is not None
        reply = render("offer_explained", offer=offer, time=offered, again=again, unclear=unclear)
        return [Reply(reply)]
    if offer == "put_off":  # "at 8" just after "tell me when": reminded then
        reminded = put_off.when_told(session, convo, text, parse, settings, now)
        if reminded is None and answer == "yes":  # "yeah" to "i can remind you": when, asked
            convo.slots = {**convo.slots, "offer": "put_off"}
            return [Reply(render("offer_later", asked_when=True))]
        if reminded is not None or answer != "no":
            return reminded
        return [Reply(render("offer_declined"))]
    if offer == "alarm" and not winddown_offer.NOT_WANTED_AT_ALL.search(text):
        # "yes but make it 7:30", "no, 6:45", "it's for my meds": that reminder instead
        said = _alarm_as_said(convo, text)
        if said:
            told = with_when(
                replace(parse, intent="set_reminder", entities=()), said, convo.timezone, now
            )
            return run(session, convo, "action_set_reminder", said, told, settings, now)
    if put_off.put_off(text, offer):  # "not now but tomorrow", "in 10 mins", "maybe later"
        replies = put_off.answer(session, convo, offer, text, parse, settings, now)
        if replies is not None:
            return replies
    if offer == "winddown":  # "yes but at 10", "can it be later?", "maybe later", "yes"
        return winddown_offer.answer(session, convo, text, answer, settings, now)
    if offer == "pause_until":  # "till friday", "a week", to "Until when?": paused until then
        until = re.sub(r"^(?:till|til|until)\s+", "", text.strip(), flags=re.IGNORECASE)
        if re.match(r"(?:a|one|1|two|2|three|3) weeks?\b", until, re.IGNORECASE):
            until = f"for {until}"  # "a week": for a week
        said = f"pause everything {until}"  # (their reminders, or only our nudges if none)
        said = re.sub(r"everything (?=\w+day\b|tomorrow|tmrw|next\b)", "everything until ", said)
        told = with_when(replace(parse, entities=()), said, convo.timezone, now)
        if any(e.type == "when" for e in told.entities) or re.search(r"\bweeks?\b", said):
            return run(session, convo, "action_cancel_reminder", said, told, settings, now)
        if (
            answer == "no"
            or UNSURE_OF_OFFER.match(text)
            or _NOT_SURE.match(text)
            or _KEEP_THEM.search(text)
        ):
            return [Reply(render("reminder_pause_left"))]  # "dunno", "never mind": left as is
        return None
    if offer == "reminder_new":  # "You don't have any reminders yet": one, asked for next
        return _new_reminder(session, convo, text, parse, answer, settings, now)
    what_for = WHAT_FOR.match(text.strip()) is not None  # "to stretch"
    if offer == "reminder_from_time" and (answer == "yes" or what_for):  # "a reminder at 11pm?"
        said = f"remind me {at_or_in(str(convo.slots.get('offer_text') or ''))}"
        said += f" {text.strip()}" if what_for else ""
        told = with_when(replace(parse, entities=()), said, convo.timezone, now)
        return run(session, convo, "action_set_reminder", said, told, settings, now)
    topic = _topic_answered(convo, now) if offer in SLEEP_OFFERS else None
    if offer == "breathing" and _topic_answered(convo, now) == "busy_mind":
        topic = "busy_mind"  # "any tips" after what helps a busy mind: more for that
    if topic and (
        MORE_TIPS.match(text)
        or TIPS_WANTED.match(text)
        or HOW_TO_STOP.match(text)
        or (topic == "caffeine" and (cups_told(text) is not None or HOW_MUCH.match(text)))
    ):  # "any tips" after the snoring answer, "how do i stop" after the phone in bed, "i have
        # like 4 cups a day" after caffeine: more on that, not general tips or the menu
        tonight = offer == "night_breathing" or topic == "busy_mind"
        return _more_on_topic(convo, settings, topic, text, tonight=tonight)
    if offer in SLEEP_OFFERS and (MORE_TIPS.match(text) or TIPS_WANTED.match(text)):
        # "another one", "any more tips?", "tips" after sleep tips or tonight's help: more
        return _more_sleep_tips(convo, tonight=offer == "night_breathing")
    if offer == "sleep_diary" and _busy_mind(text, answer):
        # "i just lie there for hours thinking about my ex" after sleep tips: what helps
        return _busy_mind_helped(convo, now)
    if offer == "sleep_diary" and answer is None and DIARY_AGAIN.match(text):
        # "diary", "the diary" to "a quick sleep diary?": yes
        return run(session, convo, "action_sleep_diary", text, parse, settings, now)
    if offer == "sleep_diary" and answer is None and bare_time(text) and _time_unclear(text):
        # "usually like 1am", "around 7 i guess": a usual time, or one that may be bed or
        # getting up, is not last night's bedtime; the diary asks each in turn
        convo.slots = {**convo.slots, "offer": "sleep_diary"}
        usual = USUAL_TIME.search(text) is not None
        return [Reply(render("sleep_time_unclear", time=_time_said(text), usual=usual))]
    if offer == "sleep_diary" and answer is None and not asks_something(text):
        night = night_told(text)
        if night.get("woke_at") or (night.get("bed_time") and night.get("wake_time")):
            # "work at 7 and ive been up since 2": last night told, so the diary, keeping it
            return run(session, convo, "action_sleep_diary", text, parse, settings, now)
    if offer == "sleep_diary" and answer is None and bare_time(text):
        # "11pm" to "a quick sleep diary?": yes, and that is when they went to bed
        run(session, convo, "action_sleep_diary", text, parse, settings, now)
        return continue_form(session, convo, "sleep_form", text, parse, settings, now, parse.intent)
    if offer == "quiet_hours" and quiet_hours_from(text):  # "11pm to 7am", just after asked
        return [Reply(quiet_hours(convo, text, settings))]
    if offer == "quiet_hours_day":  # "yes" or "8 till 4", to moving them to the day
        moved = quiet_in_the_day(convo, text, answer)
        return None if moved is None else [Reply(moved)]
    if offer == "cancel_which":
        return (
            run(session, convo, "action_cancel_reminder", text, parse, settings, now)
            if WHICH_ONE.search(text) or _PLACE.search(text)  # "the first one"
            else None
        )
    if offer == "night_breathing" and NOTHING_HELPS.search(text):
        # "i tried all that", "this isnt working" after tonight's help: no yes to breathing;
        # letting go of trying to sleep, and breathing offered again
        convo.slots = {**convo.slots, "offer": "night_breathing"}
        return [Reply(render("sleep_tonight_still", tried=True))]
    if offer == "night_breathing" and answer is None and HAPPENED.search(text):
        # "my boyfriend left me today and i cant stop thinking about it": heard, before any
        # word about busy minds at night
        convo.slots = {**convo.slots, "listening_since": now.isoformat()}
        return listening(session, convo, text, parse.intent, parse, now)
    if offer == "night_breathing" and answer is None and NIGHT_MIND.search(text):
        # awake at night with a busy mind: what helps with that, and slow breathing offered
        return _busy_mind_helped(convo, now)
    if offer == "how_are_you":  # "good thanks", "nm hbu": glad, and asked back if asked
        if not FINE_ANSWER.match(text.strip()):
            return None  # "not great tbh": answered as what it says
        asked_back = ASKED_BACK.search(text.strip()) is not None
        return [Reply(render("doing_well", asked_back=asked_back))]
    if offer == "checkin_breathing" and OPTIONS_ASKED.match(text):
        # "what are my options", "is there anything else" after a low check-in: what else
        # may help now, not the whole menu; a yes next still starts the breathing
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        convo.slots = {**convo.slots, "offer": offer}
        return [Reply(render("offer_options", helpline=helpline_of(convo, settings)))]
    if answer == "no" and offer == "checkin_breathing":
        # no to breathing after a low check-in: other help named, not a bare "OK"; what
        # they say next is listened to, without offering breathing again ("maybe later":
        # how to start it when they want it, too)
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        convo.slots = {**convo.slots, "offer": "declined", "declined_offer": offer}
        later = put_off.NOT_NOW.search(text) is not None
        helpline = helpline_of(convo, settings)
        return [Reply(render("checkin_low_declined", helpline=helpline, later=later))]
    talk = re.sub(r"^\W*(?:no+|nah+|nope)\b[\s,.!]*", "", text, flags=re.IGNORECASE)
    if answer in ("no", None) and VENTING.search(talk):
        # "no just talk", "nah i just need to vent", "i'd rather just talk": listened to, not
        # told how to have it later, nor asked how they are as if we had just met
        return listening(session, convo, talk, parse.intent, parse, now)
    if answer == "no" and offer == "breathing" and listening_lately(convo, now):
        # "nah" to breathing offered while they tell us how they feel: still listening
        heard = {"listening_since": now.isoformat(), "exercise_declined_at": now.isoformat()}
        convo.slots = {**convo.slots, **heard, "offer": "declined", "declined_offer": offer}
        return [Reply(render("offer_declined", offer=offer, listening=True))]
    if answer == "no":
        if offer in DECLINABLE:  # "actually yes" next takes it back; "tips" gets more of them
            convo.slots = {**convo.slots, "offer": "declined", "declined_offer": offer}
        return [Reply(render("offer_declined", offer=offer))]
    if answer != "yes":
        return None
    if offer in ("breathing", "night_breathing", "checkin_breathing", "sleep_breathing"):
        score = _score_just_told(session, convo, now) if offer == "checkin_breathing" else None
        if score is not None:  # the check-in's score stands for how they feel before it
            convo.slots = {**convo.slots, "switched_mood_before": score}
        if offer in ("sleep_breathing", "night_breathing") or (
            offer == "breathing" and _topic_answered(convo, now) == "busy_mind"
        ):  # a yes to breathing offered with sleep help, by day or at night, in bed: slow
            # breathing begun (the one the help names), not a choice of three to make
            convo.slots = {**convo.slots, "offered_pattern": "slow"}
        started = run(session, convo, "action_start_breathing", text, parse, settings, now)
        passed = ("switched_mood_before", "offered_pattern")
        convo.slots = {k: v for k, v in convo.slots.items() if k not in passed}
        return started
    if offer == "alarm":  # the alarm or timer asked for, read again as a reminder
        asked = {"text": str(convo.slots.get("offer_text") or ""), "intent": "set_reminder"}
        first, reading = replayed(asked, text, parse, convo.timezone, now)
        return run(session, convo, "action_set_reminder", first, reading, settings, now)
    if offer == "sleep_diary":
        return run(session, convo, "action_sleep_diary", text, parse, settings, now)
    if offer == "checkin":  # "yes" to "want to do a quick mood check-in?"
        return run(session, convo, "action_start_checkin", "check in", parse, settings, now)
    return None


# A check-in's score stands for how they feel before breathing begun this soon after it.
SCORE_STANDS_FOR = timedelta(minutes=30)


def _grounding_lately(convo: Conversation, now: datetime) -> bool:
    """Whether the 5-4-3-2-1 grounding steps were the last thing given, just now."""
    given, made = convo.slots.get("grounding_at"), convo.slots.get("offer_at")
    if not given or (made and str(given) < str(made)):
        return False
    return now - datetime.fromisoformat(str(given)) <= OFFER_FOR


def _score_just_told(session: Session, convo: Conversation, now: datetime) -> int | None:
    """The score of the check-in they saved in the last half hour, or None."""
    last = session.execute(
        select(CheckIn.mood, CheckIn.created_at)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.id.desc())
        .limit(1)
    ).first()
    return (
        int(last.mood) if last is not None and now - last.created_at <= SCORE_STANDS_FOR else None
    )


def _after_no(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """Just after a "no" to an offer: "actually yes" takes it back, "tips" after sleep help
    gets more, a busy mind told after no to breathing at night is helped; None otherwise."""
    before = str(convo.slots.get("declined_offer") or "")
    if before in SLEEP_OFFERS and (MORE_TIPS.match(text) or TIPS_WANTED.match(text)):
        return _more_sleep_tips(convo, tonight=before == "night_breathing")
    if before == "night_breathing" and _busy_mind(text, answer_of(text, parse.intent)):
        return _busy_mind_helped(convo, now)  # "i keep thinking about work"
    if before == "night_breathing" and len(text.split()) <= NIGHT_WORDS:
        if MIND_NAMED.search(text):  # "its just my brain", "my head wont shut up"
            return _busy_mind_helped(convo, now)
        if LYING_AWAKE.search(text):  # "i just lie there", "tossing and turning"
            convo.slots = {**convo.slots, "offer": "night_breathing"}
            return [Reply(render("sleep_tonight_still"))]
    if (
        before == "breathing"
        and BARE_YES_BACK.match(text)
        and _safety_asked_lately(session, convo, now)
    ):  # the same offer follows a "no" to "are you thinking of ending your life?": a bare
        # "actually yes" may take that back instead, so which one is asked, and a yes to
        # that is read as a yes to the safety question
        crisis.clarify(session, convo, settings, now, "suicidal")
        return [Reply(render("offer_yes_which", helpline=helpline_of(convo, settings)))]
    if before in DECLINABLE and CHANGED_MIND.match(text):
        yes = replace(parse, intent="affirm", entities=())
        return answer_offer(session, convo, before, "yes", yes, settings, now)
    return None


def _safety_asked_lately(session: Session, convo: Conversation, now: datetime) -> bool:
    """The safety question was put lately (its gentle check-in is still to come), or a crisis
    was told in the last day."""
    pending = session.scalar(
        select(ScheduledJob.id).where(
            ScheduledJob.conversation_id == convo.id,
            ScheduledJob.kind == "gentle_followup",
            ScheduledJob.status == "pending",
        )
    )
    return pending is not None or crisis.crisis_within(convo, now, hours=24)


_NOT_SURE = re.compile(
    r"^\W*(?:idk|dunno|i dunno|not sure|no idea|i don'?t know|never ?mind|nvm|forget it|"
    r"leave it)\W*$",
    re.IGNORECASE,
)
# Reminders kept on after all, to "Until when?": "ok start them again", "actually keep them".
_KEEP_THEM = re.compile(
    r"\b(?:start|turn|switch|put) (?:them|it|em) (?:back )?(?:on|again)\b|\b(?:keep|leave) (?:them|"
    r"it|em)\b|\bactually (?:no|don'?t|dont)\b|\bdon'?t (?:pause|stop) (?:them|it)\b",
    re.IGNORECASE,
)
# Asked to set one, just after hearing there are none: "set one then", "ok make one", "go on
# then", "can you set one".
_SET_ONE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yeah|yes|well|right|so|fine|go on|can you|could you|can u|please|"
    r"pls|lets|let'?s)\W+)*(?:set|make|add|do|create)(?: me)? (?:one|a reminder|some|a new one|"
    r"one up)(?: then| now| please| pls| for me)*\W*$",
    re.IGNORECASE,
)


def _new_reminder(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    answer: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """After "You don't have any reminders yet": "set one then" asks what for and when;
    "drink water at 2" sets that; None for anything else."""
    said = text.strip()
    asked = replace(parse, intent="set_reminder", entities=())
    nodded = re.match(r"^\W*(?:ok(?:ay)?|k|kk|cool|right|fine|alright|oh|ah)\W*$", said, re.I)
    if (answer == "yes" and not nodded) or _SET_ONE.match(said):  # (a bare "ok" only nods)
        return run(session, convo, "action_set_reminder", "remind me", asked, settings, now)
    words = said.lower().split()
    if not words or not (WHAT_FOR.match(said) or words[0] in TASK_VERBS):
        return None
    request = f"remind me {said}" if WHAT_FOR.match(said) else f"remind me to {said}"
    told = with_when(asked, request, convo.timezone, now)
    return run(session, convo, "action_set_reminder", request, told, settings, now)


def _more_sleep_tips(convo: Conversation, *, tonight: bool) -> list[Reply]:
    """More sleep tips (for tonight, at night), with the offer that comes with them."""
    convo.slots = {**convo.slots, "offer": "night_breathing" if tonight else "sleep_diary"}
    return [Reply(render("sleep_tips_more", tonight=tonight))]


# How to stop or cut down, asked after the topic was answered: "how do i stop", "how can i
# cut down", "but how do i break the habit", "what do i do about it".
HOW_TO_STOP = re.compile(
    r"^\W*(?:(?:ok|okay|so|but|and|right|hmm+|yeah)\W+)*(?:how (?:do|can|should|would|could) "
    r"(?:i|you|u|we|one) (?:actually |even |ever )?(?:stop|quit|cut (?:down|back)|break (?:the|"
    r"that|this) habit|get over it|fix (?:it|that|this)|deal with (?:it|that|this|him|her|them)|"
    r"cope with (?:it|that|this|him|her|them)|not do (?:it|that))|what (?:do|can|should) i do "
    r"about (?:it|that|this|him|her|them))\b[^?]{0,30}\W*$",
    re.IGNORECASE,
)
# How much is all right, asked after caffeine: "how many is too many", "how much is ok".
HOW_MUCH = re.compile(
    r"^\W*(?:(?:ok|okay|so|but|and|hmm+)\W+)*how (?:many|much)(?: (?:cups|coffees|cans|is|"
    r"would be|should i have|can i have|a day|too many|too much|ok|okay|safe|fine|is ok|is too "
    r"(?:many|much)))*\W*$",
    re.IGNORECASE,
)
# Said with a time, a usual one or a guess: "usually like 1am", "normally around 11".
USUAL_TIME = re.compile(
    r"\b(?:usually|normally|generally|typically|always|most (?:nights|days)|every (?:night|"
    r"day)|tend to|on average)\b",
    re.IGNORECASE,
)
_AM_PM = re.compile(r"\d\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:morning|evening|night|midnight)\b", re.I)
_CUPS = re.compile(
    r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:or \w+\s*)?"
    r"(?:cups?|coffees?|mugs?|cans?|teas?|espressos?|shots?|pots?|red ?bulls?|monsters?|"
    r"energy drinks?|a day|per day|daily)\b",
    re.IGNORECASE,
)
_TIME_SAID = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b(?:midnight|midday|noon)\b", re.I
)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_NUMBER_WORDS |= {"eight": 8, "nine": 9, "ten": 10}


def cups_told(text: str) -> int | None:
    """How many coffees (or teas, cans) a day they told: "i have like 4 cups a day" -> 4."""
    found = _CUPS.search(text)
    if found is None:
        return None
    n = found.group("n").lower()
    return int(n) if n.isdigit() else _NUMBER_WORDS[n]


def _time_unclear(text: str) -> bool:
    """A time told to the diary offer that is not plainly last night's bedtime: a usual
    one ("usually like 1am"), or an hour from 5 to 9 with no am or pm ("around 7 i guess"),
    which may as well be when they get up."""
    if USUAL_TIME.search(text):
        return True
    bed = clock_answer(text, "bed")
    return bed is not None and not _AM_PM.search(text) and 17 <= int(bed[:2]) <= 21


def _time_said(text: str) -> str:
    """The time as they said it, for saying back ("1am", "7")."""
    found = _TIME_SAID.search(text)
    return found.group(0).strip() if found else "that"


def _topic_answered(convo: Conversation, now: datetime) -> str | None:
    """The sleep topic just answered ("snoring", "screens"...), while its offer is open."""
    told = convo.slots.get("sleep_topic")
    if not isinstance(told, dict) or not told.get("at"):
        return None
    if now - datetime.fromisoformat(str(told["at"])) > OFFER_FOR:
        return None
    return str(told.get("topic") or "") or None


def _more_on_topic(
    convo: Conversation, settings: dict[str, Any], topic: str, text: str, *, tonight: bool
) -> list[Reply]:
    """More on the sleep topic just answered, with the offer that came with it (once)."""
    doctor = helpline_of(convo, settings).get("doctor") or "doctor"
    convo.slots = {
        **{k: v for k, v in convo.slots.items() if k != "sleep_topic"},
        "offer": "night_breathing" if tonight else "sleep_diary",
    }
    cups = cups_told(text) if topic == "caffeine" else None
    asked = topic == "caffeine" and HOW_MUCH.match(text) is not None
    reply = render(
        "sleep_topic_more",
        topic=topic,
        cups=cups,
        asked_how_much=asked,
        doctor=doctor,
        tonight=tonight,
    )
    return [Reply(reply)]


def _busy_mind_helped(convo: Conversation, now: datetime) -> list[Reply]:
    """What helps a mind that keeps them awake, and breathing offered; "any tips" next gets
    more for a busy mind."""
    told = {"topic": "busy_mind", "at": now.isoformat()}
    convo.slots = {**convo.slots, "offer": "breathing", "sleep_topic": told}
    return [Reply(render("sleep_racing"))]


# After no to breathing at night, a few words about the night rather than a new request.
NIGHT_WORDS = 12
# The mind named as what keeps them up: "its just my brain", "my head", "my thoughts" (not
# "my head hurts").
MIND_NAMED = re.compile(
    r"\b(?:brain|mind|head|thoughts)\b(?!\s+(?:hurts|aches|is (?:pounding|killing|sore)))", re.I
)
# Lying awake told: "i just lie there", "lying here staring at the ceiling", "tossing and
# turning".
LYING_AWAKE = re.compile(
    r"\b(?:lie|lay|lying|laying) (?:there|here|awake|in bed)\b|\bstaring at the (?:ceiling|wall)\b|"
    r"\btoss(?:ing)? and turn(?:ing)?\b|\bwide awake\b|\bcan'?t (?:get|fall|drop) (?:back )?"
    r"(?:to sleep|asleep|off)\b",
    re.IGNORECASE,
)


def _busy_mind(text: str, answer: str | None) -> bool:
    """Whether a reply to sleep help tells of a mind that keeps them awake."""
    return answer is None and bool(NIGHT_MIND.search(text)) and bool(BUSY_MIND.search(text))


def _alarm_as_said(convo: Conversation, text: str) -> str | None:
    """The reminder request an answer to the alarm offer makes, at another time or with what
    it is for; None for a plain yes or no."""
    request = str(convo.slots.get("offer_text") or "")
    at = convo.slots.get("offer_time")
    moved = alarm_answers.moved_to(request, str(at), text) if at else None
    return moved or alarm_answers.named(request, text)


def alarm_offer(
    convo: Conversation, text: str, parse: Parse, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "set an alarm for 7am", "set a timer for 10 minutes": we cannot ring, so we say so
    and offer a text at that time (a yes sets it as asked); None for anything else."""
    quiet = quiet_window(convo, settings)
    timed = with_when(replace(parse, intent="set_reminder"), text, convo.timezone, now)
    offer = alarms.offer_for(text, timed, convo.timezone, quiet)
    if offer is None:
        return None
    if offer["timed"]:
        convo.slots = {**convo.slots, "offer": "alarm", "offer_text": text[:200]}
        clock = offer.get("minutes") is None and offer.get("description") is None
        # the time offered, so "make it 7:30" after 7am keeps to the morning
        at = f"{offer['hour']:02d}:{offer['minute']:02d}" if clock else None
        convo.slots = {**convo.slots, "offer_time": at}
    return [Reply(render("alarm_offer", **offer))]
