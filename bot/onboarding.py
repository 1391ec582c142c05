"""First contact: welcome, what this is and is not, consent to keep messages, time zone.

(first message) ──▶ welcome + consent question ──▶ consent: yes / no
    ──▶ time zone guessed from the number: "is that right?" ──▶ yes / a city / anything
    ──▶ onboarded (anything else is answered as a normal message)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.listening import NO_REASON, offer_to_listen
from bot.locale import (
    guess_timezone,
    helpline_of,
    zone_from_clock,
    zone_from_text,
    zone_named,
    zone_near,
)
from bot.moods import excited_news, joyful_news
from bot.routing import (
    MENU_NUMBERS,
    PANIC,
    TIMEZONE_CHANGE,
    is_mash,
    unreadable,
)
from bot.safety_words import answer_of
from bot.text import render
from bot.topics import (
    ABOUT_TEMPLATES,
    REFERRED,
    SOMEONE_ELSES_DATA,
    about_words,
    service_topic,
)
from bot.types import Reply
from store.models import Conversation

# Help asked for in a first message that the answer to a question gives ("i need help with my
# anxiety": coping ideas), kept to answer once first contact is done.
ASKED_FOR_HELP = frozenset({"coping", "journal", "listening"})
# A request about their data: at first contact there is nothing held yet.
DATA_ACTIONS = frozenset({"action_start_delete", "action_delete_data", "action_export"})
# Requests worth answering straight after first contact (not greetings or chit-chat).
CASUAL = frozenset(
    {
        "action_greet",
        "action_goodbye",
        "action_thanks",
        "action_smalltalk",
        "action_menu",
        "action_fallback",
    }
)


@dataclass(frozen=True)
class Pending:
    """What the first message asked for, to run once first contact is done: the action,
    and the reading of the message ({text, intent, emotion...}) so its details (a reminder's
    time and label, feelings) are not asked for again. Kept in the encrypted slots until
    then, never longer."""

    action: str
    said: dict[str, Any]


Step = tuple[list[Reply], Pending | None]

# Feelings told in a first message that the welcome meets with a word of care.
HARD_FEELINGS = frozenset({"sadness", "fear", "anger", "disgust"})

# A question about what keeping the conversation means, asked instead of a yes or no.
ASKS_ABOUT_DATA = re.compile(
    r"\b(data|privacy|private|confidential|secure|encrypt\w*|who (can|will|gets to) "
    r"(see|read)|what (do|will|would) (you|u) (do (?:with|to|about|if)|keep|store|save)|why "
    r"(do|would) (you|u) "
    r"(need|want|keep)|what does that mean|what('?s| is) kept|what (happens|if) (if )?i say no|"
    r"do i have to(?! be\b)|what if i (say|don'?t)|is it (ok|okay) to say no|what do (you|u) mean|"
    r"what does (keep|keeping|that|it)( (it|that|them|our conversation|my messages))? mean|"
    r"what do (you|u) mean by|keep (what|our (conversation|chats?|messages)\?)|"
    r"wdym|keep (?:our|my|the) convos?|"
    # "what am i consenting to", "agreeing to what exactly", "what am i saying yes to"
    r"what (?:am i|would i be|are you asking me to|do i) (?:be )?(?:consent\w*|agree\w*|saying "
    r"yes|sign\w* up)(?: to| for)?|(?:consent\w*|agree\w*) to what|"
    r"what (info|information|data|stuff|things?|messages) (do|will|would) (you|u) (keep|store|save|"
    r"have|collect)|can i (say no|refuse|not)|why (do|would) (you|u) wanna|does it matter|"
    # "who sees it", "who reads them"
    r"who (sees|reads|looks at|has access to|can see|can read|would see|would read) "
    r"(it|them|that|this|these|my \w+|our \w+|what i \w+))\b",
    re.IGNORECASE,
)


# Lost, at "may I keep our conversation?": "??", "what", "huh", "wait what", "sorry?".
LOST = re.compile(
    r"^\W*(?:(?:wait|sorry|um+|hm+|oh)\W+)?(?:\?+|sorry\s*\?+|huh|eh|what|wat|wut|wot|pardon|"
    r"come again|what do (?:you|u) mean|wdym|i don'?t (?:get|understand)(?: it| that)?|"
    r"(?:i'?m )?confused)(?:\W+(?:what|huh))*\W*$",
    re.IGNORECASE,
)
# A plain yes or no at the start, which a question after it does not undo ("yes but who
# sees it", "no, but can i still use it").
SAID_FIRST = re.compile(r"^\W*(?:yes|yeah|yep|yup|ok|okay|sure|no|nope|nah)\b", re.IGNORECASE)


# Not an answer yet, to "may I keep our conversation?".
UNDECIDED = re.compile(
    r"^\W*(?:maybe(?: later| not)?|not sure|unsure|idk|i don'?t know|dunno|"
    r"let me think(?: about it)?|not yet|later|hmm+|um+|i'?ll think about it)\W*$",
    re.IGNORECASE,
)


# Asking what it costs: "is it free?", "how much does this cost", "will i be charged".
COST_ASKED = re.compile(
    r"\b(?:is (?:it|this|mindlink) free|how much (?:does|is) (?:it|this)|(?:does|will) (?:it|this) "
    r"cost|(?:will|do) i (?:get|be) charged|any charges?|cost me|costs? anything)\b",
    re.IGNORECASE,
)
# Consent is only given in words that say so ("yes", "sure, go ahead", "ok 👍").
CLEAR_YES = re.compile(
    # "i guess thats fine", "well ok", "i suppose that's alright": hedged, still a yes
    r"^\W*(?:(?:i (?:guess|suppose|think)|i mean|well|um+|hmm+|erm+|oh)\W+)*"
    r"(?:(?:y|ya|yah|yas|ye|yeh+|yee|yes+|yeah+|yea|yep|yup|yh|ok|okay|okey|k|kk|sure|fine|alright|"
    r"aight|ofc|of course|course|go ahead|go on|go for it|cool|i (?:suppose|guess|think) so|"
    r"that'?s (?:fine|ok|okay|alright)|no problem|np|"
    r"i agree|agree(?:d)?|i do|i consent|i give (?:my )?consent|absolutely|definitely|please|si|"
    r"sí|oui|ja|haan)\b|"
    r"(?:\U0001f44d|\u2705|\U0001f44c|\u2714))",
    re.IGNORECASE,
)
# Yes as it is said around the world, taken as consent only at the consent question (keeping
# CLEAR_YES strict elsewhere): "grand (yeah)", "sound" (Ireland), "sweet as" (New Zealand),
# "yebo" (Zulu), "opo"/"oo" (Tagalog), "ok lah"/"can" (Singapore), "haan ji"/"theek hai"
# (Hindi), "ndiyo" (Swahili), "no wahala" (Nigerian Pidgin: no problem), "aye", "bet",
# "nah yeah", "yeah nah yeah" (the last word is the answer), "ok na", "oya", "i gree" (Nigerian
# English and Pidgin: "okay then", "go on", "I agree"). The whole message must be the yes, with
# at most a friendly word after it.
LOCAL_YES = re.compile(
    r"^\W*(?:grand(?:[\s,]+(?:yeah|so|yes|sure|go on))?|(?:yeah |ya |yes )?grand|"
    r"sweet as(?: bro| mate)?|"
    r"sweet|yebo(?: yes)?|ewe|opo|oo(?: po)?|sige|(?:ok|okay|can|ya|yah|yes|sure|shiok) lah?|"
    r"can can|haan(?: ji)?|ji haan|han ji|theek hai|thik hai|ndiyo|no wahala|(?:yeah,? )?nah,? "
    r"yeah|yeah yeah|(?:ok|okay|alright|yes|yeah) na|oya(?: na)?|i (?:don )?gree|na so|"
    r"bet|for sure|fo sho|too right|righto|right on|sound|nae bother|aye|deffo|defo|of course o|"
    r"yes o+|"
    # "i don't mind" (British English: fine by me)
    r"(?:i )?(?:don'?t|dont|do not) mind(?: at all)?|"
    # yes in Portuguese, Polish, Russian and others, Turkish, Arabic
    r"sim|tak|da|evet|naam|na'?am)"
    r"(?:\W+(?:mate|bro|boss|sis|ma'?am|sir|po|ji|o|la|lah|eh|hey|thanks|ta|cheers))*\W*$",
    re.IGNORECASE,
)
# "yeah nah" (Australia, New Zealand): no (but "yeah nah yeah" is a yes).
# And no in German, Polish, French, Turkish, Swedish or Danish, Dutch, Russian.
LOCAL_NO = re.compile(
    r"^\W*(?:yeah,? nah\b(?![\s,]+yeah)|(?:nein|nie|non|hay[iı]r|nej|nee|niet|nyet|net)\W*$)",
    re.IGNORECASE,
)
# Courtesy before the answer, set aside to read it: "thank you, yes please", "haha ok", "hi yes".
_COURTESY = re.compile(
    r"^\W*(?:(?:thank you|thankyou|thanks|thank u|ty|thx|cheers|lol|haha+|hehe+|oh|ah|um+|hmm+|"
    r"well|hi|hello|hey)\b\W*)+",
    re.IGNORECASE,
)
# Yes as it is said formally, the whole message: "Certainly.", "by all means", "that is
# correct", "yes, you may", "that would be fine, thank you".
POLITE_YES = re.compile(
    r"^\W*(?:certainly|by all means|very well|indeed|correct|"
    # "sounds good", "why not", "fair enough", "i guess": a yes, if a casual one
    r"(?:(?:that |yeah |ok |okay )?sounds? (?:good|great|fine|ok|okay|alright|grand|perfect|"
    r"reasonable))|works for me|fair enough|(?:yeah |sure |ok |okay )?why not|i (?:guess|suppose)|"
    r"all good|perfect|lovely|brilliant|great|"
    r"that(?: is|'?s) (?:correct|right|fine|acceptable|perfectly fine|quite all ?right|all ?right|"
    r"agreeable)|(?:yes,? )?(?:of course,? )?you (?:may|can)(?: keep (?:it|them|our conversation|"
    r"the conversation|my messages))?|please do|please go ahead|that (?:would|will) be (?:fine|ok|"
    r"okay|lovely|great|alright|all right)|(?:i'?m |i am |i would be |i'?d be )?happy (?:for you "
    r"to|with that)|i have no objections?|no objections?)"
    r"(?:\W+(?:thank you|thanks|ta|cheers|dear))*\W*$",
    re.IGNORECASE,
)
# What the service does, asked at the consent question: "what does it actually do", "how does
# this work", "what's it for", "wat can u do". Answered, then the question again.
WHAT_IT_DOES = re.compile(
    r"\b(?:what|wat|wot) (?:does|do|can|will|would) (?:it|this|you|u|ya|mindlink|this (?:thing|"
    r"app|bot|service))(?: actually| even| really| exactly)? do\b|\bhow (?:does|do) (?:it|this|you|"
    r"u|mindlink|this (?:thing|app|bot|service)) (?:actually |even |really |exactly )?work\b|"
    r"\bwhat(?:'?s| is) (?:it|this|this (?:thing|app|bot|service)) (?:actually )?for\b|"
    r"\bwhat (?:can|do) (?:you|u) (?:help (?:me )?with|offer)\b",
    re.IGNORECASE,
)
# Sent by a leaflet or someone who suggested it: "my gp gave me a leaflet with this number on it",
# "my daughter suggested I try this" (with bot.topics.REFERRED: welcomed with thanks).
SENT_BY = re.compile(
    r"\b(?:leaflet|flyer|poster|booklet|card)\b.{0,40}\b(?:this|your|the) number\b|"
    r"\b(?:this|your) number\b.{0,20}\b(?:on|from|in) (?:a|the|my) (?:leaflet|flyer|poster|"
    r"booklet|card)\b|\b(?:suggested|recommended) (?:that )?(?:i |me )?(?:try|text|use|contact|"
    r"message) (?:this|you|u|it)\b|\b(?:given|got|gave me|had) (?:this|your|the) number\b.{0,12}"
    r"\b(?:by|from|at)\b|"
    # "someone told me about this", "heard about you from a friend"
    r"\b(?:told me|heard) about (?:this|you|u|mindlink)\b|"
    # "my counsellor suggested i try texting this when things get a bit much"
    r"\b(?:suggested|recommended|said) (?:that )?(?:i |me )?(?:should )?(?:try )?(?:texting|"
    r"messaging|using|contacting) (?:this|you|u|it|here)\b",
    re.IGNORECASE,
)
# Which languages we speak, or sorry for their English: "do you speak spanish", "hablas
# español?", "my english is not so good sorry".
LANGUAGE_ASKED = re.compile(
    r"\b(?:do|can|could) (?:you|u) (?:speak|understand|read|write|talk|reply|text)(?: in)? "
    r"(?:spanish|polish|french|german|portuguese|italian|arabic|urdu|hindi|punjabi|bengali|"
    r"romanian|russian|ukrainian|chinese|mandarin|cantonese|turkish|somali|farsi|persian|tamil|"
    r"gujarati|tagalog|swahili|yoruba|dutch|vietnamese|korean|japanese|any other languages?|"
    r"other languages?|another language)\b|"
    r"\bcan i (?:write|text|talk|speak|message) (?:you )?in (?!english\b)[a-z]+\b|"
    r"\b(?:other|another|different) languages?\b|"
    r"\b(?:what|which) languages? (?:do|can|will|does) (?:you|u|this|it) (?:speak|understand|"
    r"do|know|reply in|text in|work in)\b|"
    r"\b(?:hablas?|parlez|parles|sprechen sie|sprichst du|falas?|mówisz|parli) \w+",
    re.IGNORECASE,
)
ENGLISH_APOLOGY = re.compile(
    r"^\W*(?:(?:sorry|sry|hello|hi|helo)\W+)*(?:(?:my|i) (?:english|speak english|have english) "
    r"(?:is )?(?:not|isn'?t|no) (?:so |very |that |too |much )?(?:good|great|well|perfect)|"
    r"(?:my )?english (?:is )?(?:not|no|isn'?t) (?:so |very |that )?(?:good|great|perfect)|"
    r"(?:sorry (?:for|about) my (?:bad |poor )?english)|(?:my |i have |i speak )?"
    r"(?:bad|poor|broken|little|not good) english|i (?:don'?t|do not|dont) speak (?:much |good |"
    r"very good |a lot of )?english)(?:\W+(?:sorry|sry|so sorry|please|pls))*\W*$",
    re.IGNORECASE,
)


def language_asked(text: str) -> bool:
    """Asked which languages we speak ("do you speak spanish"), or sorry for their English."""
    return bool(LANGUAGE_ASKED.search(text) or ENGLISH_APOLOGY.match(text.strip()))


# Wanting erased data back, as a first message (nothing is left to show it was theirs): "undo
# that", "bring my data back", "i didn't mean to delete it".
_DATA_WORDS = r"(?:data|messages|check-?ins|history|chats?|conversations?|account)"
UNDO_ERASE = re.compile(
    r"\bundo (?:that|it|this|the delete|the deletion)\b|\bun-?delete\b|"
    rf"\b(?:bring|get|put|give) (?:my|our|the) {_DATA_WORDS} back\b|"
    rf"\b(?:bring|get|put|give) back (?:my|our|the) {_DATA_WORDS}\b|"
    rf"\b(?:recover|restore|retrieve) (?:my|our|the) {_DATA_WORDS}\b|"
    r"\bdidn'?t mean (?:to )?(?:delete|erase|wipe)\b|"
    r"\bdeleted (?:it|everything|my data) by (?:mistake|accident)\b",
    re.IGNORECASE,
)
# Not someone who meant to sign up: "wrong number", "who is this? i never signed up".
WRONG_NUMBER = re.compile(
    r"\bwrong (?:number|person|no\.?)\b|\bnever signed up\b|\bdidn'?t sign up\b|"
    r"\b(?:remove|delete|take) my number\b|"
    r"\bnot meant for me\b|\bdon'?t know (?:you|who this is)\b",
    re.IGNORECASE,
)


# Saying no to keeping anything before being asked: "i dont want to give consent", "please
# don't keep my messages", "i dont want u storing my data".
KEEPING_DECLINED = re.compile(
    r"\b(?:i )?(?:don'?t|dont|do not|won'?t|wont|will not) (?:want to |wanna )?(?:give|giving) "
    r"(?:my |you |u )?consent\b|\b(?:please |pls )?(?:don'?t|dont|do not) (?:keep|store|save|"
    r"record) (?:my|any of my|anything i)\b|\bi (?:don'?t|dont|do not) want (?:you|u|my \w+|"
    r"anything) (?:to )?(?:keep|keeping|store|storing|save|saving|stored|kept|saved)\b|"
    r"\bno consent\b",
    re.IGNORECASE,
)


def step(
    convo: Conversation,
    text: str,
    intent: str,
    requested: str,
    settings: dict[str, Any],
    now: datetime,
    said: dict[str, Any] | None = None,
    after_crisis: bool = False,
    hardship: bool = False,
) -> Step | None:
    """This onboarding step's replies and an action to run after them (the request the
    person opened with), or None when the message should go to the flows."""
    state = convo.slots.get("onboarding")
    helpline = helpline_of(convo, settings)
    if is_mash(text) or unreadable(text):
        # "asdfgh", "sdfsdf": keys typed by accident, not a feeling or a request to come back to
        intent, requested, said = "out_of_scope", "action_fallback", None
    elif other_script(text):
        # "مرحبا", "你好": letters the model cannot read are taken as a hello, not as a feeling,
        # a request or a question we can't help with
        intent, requested, said = "greet", "action_greet", None
    if state in (None, "consent") and SOMEONE_ELSES_DATA.search(text):
        # "my son uses this, delete his data": only the person themself can ask
        export = requested == "action_export"
        return [Reply(render("data_of_someone_else", export=export))], None
    if state in (None, "consent") and WRONG_NUMBER.search(text):
        # "sorry wrong number", "i never signed up for this": no welcome, nothing unasked
        _set(convo, "consent", asked=int(convo.slots.get("asked", 0)))
        return [Reply(render("wrong_number"))], None
    if state is None and UNDO_ERASE.search(text):
        # "undo that" just after their data was erased: it can't be, said plainly, then a
        # fresh welcome (nothing is left to tell who they were)
        _set(convo, "consent", asked=1, pending_action=None, pending_said=None)
        welcome = render("welcome", helpline=helpline, request=False, after_crisis=after_crisis)
        return [Reply(render("deleted_gone")), Reply(welcome)], None
    if state is None and requested in DATA_ACTIONS and not KEEPING_DECLINED.search(text):
        # "delete my data" as the very first message: there is nothing held yet, said plainly,
        # then the welcome (not "I'll help with that in a moment. First, one question: ...")
        _set(convo, "consent", asked=1, pending_action=None, pending_said=None)
        nothing = render("data_none_yet", export=requested == "action_export")
        welcome = render("welcome", helpline=helpline, request=False, after_crisis=after_crisis)
        return [Reply(nothing), Reply(welcome)], None
    if state == "consent" and requested in DATA_ACTIONS and not KEEPING_DECLINED.search(text):
        # "delete my data" to "may I keep our conversation?": nothing is held yet, and erasing
        # it is a no to keeping it; "export my data", nothing to send, and asked again
        none_held = Reply(render("data_none_yet", export=requested == "action_export"))
        if requested == "action_export":
            reask = render("consent_reask", request=False, bot=False, feeling=False)
            return [none_held, Reply(reask)], None
        said_no = step(convo, "no", "deny", "action_greet", settings, now)
        return ([none_held, *said_no[0]], said_no[1]) if said_no else None
    if state is None and KEEPING_DECLINED.search(text):
        # "i dont want to give consent" as the first message: the welcome, and that is their
        # no (not "I'll help with that in a moment. First, one question: ...")
        _set(convo, "consent", asked=1, pending_action=None, pending_said=None)
        welcome = render(
            "welcome", helpline=helpline, request=False, declined=True, after_crisis=after_crisis
        )
        step_after = step(convo, "no", "deny", "action_greet", settings, now)
        return ([Reply(welcome), *step_after[0]], step_after[1]) if step_after else None
    topic = service_topic(text) or ""
    if topic == "age":  # "im 15 is that ok" as a first message: whether they may, answered
        topic = "age_limit"
    if state is None and (topic == "privacy" or language_asked(text)):
        # "who reads these messages", "do you speak spanish" as the first message: answered,
        # then the welcome and consent
        action = _pending(requested)
        _set(convo, "consent", asked=1, pending_action=action, pending_said=action and said)
        first = (
            _language(convo, text, settings) if language_asked(text) else render("about_who_reads")
        )
        welcome = render(
            "welcome", helpline=helpline, request=bool(action), after_crisis=after_crisis
        )
        return [Reply(first), Reply(welcome)], None
    if state is None and ABOUT_TEMPLATES.get(topic) and topic != "who_we_are":
        # "is this anonymous?" as the first message: answered, then the welcome and consent
        # (who we are, asked as a first message, is what the welcome says); a person asked
        # for beside it ("is this free? i need to speak to someone") is asked for after
        action = "action_handover" if requested == "action_handover" else None
        _set(convo, "consent", asked=1, pending_action=action, pending_said=action and said)
        about = _about(ABOUT_TEMPLATES[topic], convo, text, settings)
        welcome = render(
            "welcome", helpline=helpline, request=bool(action), after_crisis=after_crisis
        )
        return [Reply(about), Reply(welcome)], None
    if state is None:
        action = _pending(requested, text)  # "i need help with my anxiety": once consent is done
        if action is None and said and hardship:
            # "i need money for food": met once consent is done, not the menu
            action, said = "action_start_checkin", {**said, "intent": "mood_report"}
        elif action is None and said and NO_REASON.match(text):
            # "idk why im texting this": heard once consent is done ("you don't need a
            # reason"), not the menu
            action, said = "action_start_checkin", {**said, "intent": "mood_report"}
        _set(convo, "consent", asked=1, pending_action=action, pending_said=action and said)
        if action is None and (REFERRED.search(text) or SENT_BY.search(text)):
            # "my therapist said to text this": asked how things have been once consent is
            # done, not handed the menu
            convo.slots = {**convo.slots, "referred": True}
        told_zone = zone_told(text, convo.country)
        if told_zone:  # "remind me at 8 but im in new york": that zone, for what they asked
            convo.timezone, convo.timezone_confirmed = told_zone, True
        reading = said or {}
        glad = excited_news(text) is not None or joyful_news(text)
        welcome = render(
            "welcome",
            helpline=helpline,
            request=(requested not in CASUAL or action == "action_smalltalk")
            and not NO_REASON.match(text),
            after_crisis=after_crisis,
            # "my GP told me to text this number", "i got this number from a leaflet"
            referred=bool(REFERRED.search(text) or SENT_BY.search(text)),
            bot=topic == "bot",  # "r u a bot": said plainly, first
            # "i've been feeling low since my husband died": heard before the question
            feeling=intent == "mood_report" and reading.get("ekman") in HARD_FEELINGS and not glad,
            glad=glad,  # "im literally shaking i got into uni": good news, not "sorry"
            # "im having a panic attack": what to do right now, before the one question
            panic=requested == "action_start_breathing" and PANIC.search(text) is not None,
            # "i need to talk about something", "this is hard to say": before they tell it
            heard="talk" if topic == "listening" else False,
            # "whats the weather tomorrow", "can you check my bank balance": not ours, said
            off_topic=requested == "action_fallback" and intent == "out_of_scope" and not hardship,
        )
        return [Reply(welcome)], None
    if state == "consent":
        # "maybe later", "not sure": not a no; asked again with more about what is kept
        plain = _COURTESY.sub("", text.strip()) or text.strip()  # "thank you, yes please"
        answer = None if UNDECIDED.match(plain) else answer_of(plain, intent)
        if LOCAL_NO.match(plain):
            answer = "no"  # "yeah nah" (Australia, New Zealand), "nein", "nie"
        elif LOCAL_YES.match(plain) or POLITE_YES.match(plain):
            answer = "yes"  # "grand yeah", "sweet as", "yebo", "ok lah", "certainly"
        elif answer == "yes" and not CLEAR_YES.match(plain):
            answer = None  # "hold on", "pacific": what the model calls a yes is not consent
        if answer is not None and not SAID_FIRST.match(text) and ASKS_ABOUT_DATA.search(text):
            answer = None  # "what if i say no", "can i say no": asked about, not answered
        told_zone = zone_named(text, convo.country) if answer is None else None
        if told_zone:  # "pacific" before a yes or no: kept for when they answer
            convo.timezone, convo.timezone_confirmed = told_zone, True
        lost = answer is None and LOST.match(text) is not None
        if answer is None and (lost or ASKS_ABOUT_DATA.search(text)):
            days = int(settings["retention"]["transcript_days"])
            return [Reply(render("consent_explain", days=days, lost=lost))], None
        if answer is None and (WHAT_IT_DOES.search(text) or language_asked(text)):
            # "how does it work", "do you speak polish": answered, and asked again (not a no)
            said_first = (
                _language(convo, text, settings)
                if language_asked(text)
                else render("about_how", consent_next=True)
            )
            reask = render("consent_reask", request=False, bot=False, feeling=False)
            return [Reply(said_first), Reply(reask)], None
        asked_about = ABOUT_TEMPLATES.get(service_topic(text) or "")
        if answer is None and asked_about:
            # "can my employer see this?", "will my doctor see this?": answered, asked again
            return [
                Reply(_about(asked_about, convo, text, settings)),
                Reply(render("consent_reask", request=False, bot=False, feeling=False)),
            ], None
        asks_what = service_topic(text) == "bot"  # "wat is this": answered every time
        if answer is None and not asks_what and (cost := COST_ASKED.search(text)) is not None:
            # "is it free?": answered, and asked again, however many times
            return [Reply(render("consent_reask", free=bool(cost), request=False))], None
        # "Europe/London" or "london" on its own: where they are, not a no; kept, asked again
        zone_only = bool(told_zone) and len(text.split()) <= 3
        if answer is None and (convo.slots.get("asked", 0) < 2 or asks_what or zone_only):
            action = _pending(requested, text)
            pending = action or convo.slots.get("pending_action")
            kept = said if action else convo.slots.get("pending_said")
            _set(convo, "consent", asked=2, pending_action=pending, pending_said=kept)
            if UNDECIDED.match(text):  # "idk", "maybe": what yes and no mean, asked again
                days = int(settings["retention"]["transcript_days"])
                return [Reply(render("consent_explain", days=days, lost=True))], None
            feeling = intent == "mood_report"
            bot = service_topic(text) == "bot"  # "who are you?": answered, then asked again
            complaint = service_topic(text) == "complaint"  # "this is stupid": heard first
            reask = render(
                "consent_reask",
                feeling=feeling,
                request=bool(pending),
                bot=bot,
                complaint=complaint,
            )
            return [Reply(reask)], None
        if answer is None and (action := _pending(requested, text)):
            # "maybe later", then "check in": a no for now, and the check-in they asked for
            _set(convo, "consent", pending_action=action, pending_said=said)
        convo.consent = answer == "yes"
        if not convo.consent:  # "ok fine yes" or "why do you need it" soon after: see preferences
            convo.slots = {**convo.slots, "consent_declined_at": now.isoformat()}
        replies = [
            Reply(
                render(
                    "consent_given" if convo.consent else "consent_declined", unclear=answer is None
                )
            )
        ]
        _, certain = guess_timezone(convo.address, convo.timezone)
        if not certain and not convo.timezone_confirmed:
            _set(convo, "timezone")
            local = now.astimezone(ZoneInfo(convo.timezone))
            return [
                *replies,
                Reply(render("timezone_check", zone=convo.timezone, local=local)),
            ], None
        replies.append(Reply(render("timezone_set", zone=convo.timezone)))
        heard = convo.slots.get("heard_first") in HEARD_OFFERS
        done = _done(convo, replies, now)
        if done[1] is None and not heard:  # a city as the next message corrects the zone set
            convo.slots = {
                **convo.slots,
                "offer": "timezone_city",
                "zone_asked": {"at": now.isoformat(), "question": False},
            }
        return done
    if state == "timezone":
        zone = zone_named(text, convo.country) or zone_told(text, convo.country, asked=True)
        answer = answer_of(text, intent)
        if not zone and answer != "yes":  # "no its 3am here": where it is 3am now
            zone = zone_from_clock(text, now, convo.country, convo.timezone)
        if not zone and answer != "yes":  # "melborne", "no im in torronto": a slip of the keys
            zone = zone_near(text)
        local = now.astimezone(ZoneInfo(convo.timezone))
        kept = Reply(render("timezone_kept", zone=convo.timezone, local=local))
        lost = LOST.match(text) is not None or ZONE_LOST.search(text) is not None
        if not zone and lost and not convo.slots.get("timezone_explained"):
            # "not sure what u mean", "?": why we ask, and the question put as a clock time
            convo.slots = {**convo.slots, "timezone_explained": True}
            reply = render("timezone_check", zone=convo.timezone, local=local, explain=True)
            return [Reply(reply)], None
        if not zone and (lost or ZONE_UNSURE.match(text)):
            # "idk", "not sure", or lost again: the guess is kept, and how to change it later
            return _done(convo, [kept], now)
        if zone:
            convo.timezone, convo.timezone_confirmed = zone, True
        elif answer == "yes":
            convo.timezone_confirmed = True
        elif answer == "no":
            return [Reply(render("timezone_ask_city"))], None
        elif text.strip().rstrip(".") in MENU_NUMBERS:
            # "1" answers neither this question nor how they feel: the guess stands, and the
            # numbered menu is shown so the next number picks from it
            return _done(convo, [Reply(render("timezone_set", zone=convo.timezone))], now)
        else:
            finish(convo)
            return None
        changed = render("timezone_changed", zone=convo.timezone, changed=bool(zone))
        return _done(convo, [Reply(changed)], now)
    finish(convo)
    return None


# Not knowing their time zone, to "is that right?": "idk", "not sure", "no idea tbh".
ZONE_UNSURE = re.compile(
    r"^\W*(?:(?:um+|hm+|erm+|uh+|sorry|honestly)\W+)*(?:idk|i (?:don'?t|dont|do not) know|"
    r"dunno|not sure|unsure|no idea|no clue|not a clue|maybe|i think so\?|no ?idea)"
    r"(?:\W+(?:tbh|lol|sorry|really|to be honest|mate|haha))*\W*$",
    re.IGNORECASE,
)
# Not following the time-zone question: "not sure what u mean", "why do you need that",
# "what's a time zone".
ZONE_LOST = re.compile(
    r"\b(?:not sure|unsure|dunno|idk|don'?t know|dont know) what (?:you|u|ya) mean\b|"
    r"\bwhat do (?:you|u|ya) mean\b|\bwhat(?:'?s| is| does) (?:a |my |the )?time ?zone\b|"
    r"\bwhy do (?:you|u) (?:need|want|ask)\b|\bwhat(?:'?s| is)? (?:that|it|this) for\b|"
    r"\bhow (?:do|would|should) i know\b|\bwdym\b|\bi don'?t (?:get|understand)\b",
    re.IGNORECASE,
)


# Where they are, told in everyday words: "im actually in melbourne not london", "im in perth
# actually", "tz: Lagos", "i've moved to leeds".
ZONE_TOLD = re.compile(
    r"(?:\b(?:i'?m|im|i am|we'?re|we are)(?: actually| now| currently| really| still)? (?:in|based "
    r"in|living in|staying in|over in|out in|down in|up in)|\bi (?:actually |now )?live in|"
    r"\b(?:i'?ve |i )?(?:just )?moved to|^\W*tz\b|\btime ?zone(?: is| to| should be)?(?=\W*:|\s))"
    r"\W*\s*(?P<place>.+?)(?:,? (?:not|rather than|instead of|and not) .+?)?"
    r"(?:[\s,]+(?:actually|now|these days|atm|at the moment|btw|lol|mate|thanks|x|"
    # how long they are there: "im in new york this week", "in madrid for work till friday"
    r"this (?:week|weekend|month)|for (?:a |the )?(?:few days|week|weekend|month|fortnight|"
    r"work|a bit|now)|on (?:holiday|business|a work trip)|right now|today|tonight|till \w+|"
    r"until \w+))*\W*$",
    re.IGNORECASE,
)
# Where what is said of a place starts: "qld so no daylight savings", "bali rn".
_SAID_OF_PLACE = re.compile(
    r"\s*,?\s+(?:so|but|and|because|cos|coz|cause|since|though|tho|rn|atm|for now|which|"
    r"where|with|till|until)\b",
    re.IGNORECASE,
)
# A part of a place: "central london" is London (not Central Time).
_PART_OF_PLACE = re.compile(
    r"^(?:central|north|south|east|west|northern|southern|eastern|western|greater|inner|outer|"
    r"downtown|uptown|near|outside|just outside|rural)\s+(?=\w)(?!time\b)",
    re.IGNORECASE,
)


# A move told as when something began: "since i moved to london", "when we moved to leeds".
_MOVE_IN_A_STORY = re.compile(
    r"\b(?:since|when|after|before|ever since)\s+(?:i|we)(?:'?ve| have)?\s+(?:first\s+|just\s+)?"
    r"moved to\b",
    re.IGNORECASE,
)


def zone_told(text: str, country: str | None, *, asked: bool = False) -> str | None:
    """The time zone of where they say they are ("im actually in melbourne not london", "tz:
    Lagos"), or None when the words name no place ("im in bed", "i'm in love with nyc").
    ``asked``: in answer to where they are, so what follows the place may say more of it
    ("im in qld so no daylight savings"); elsewhere "im in london but i hate it" is not
    about their clock."""
    if _MOVE_IN_A_STORY.search(text):
        return None  # "so lonely since i moved to london for work": when it began, not a clock
    told = ZONE_TOLD.search(text)
    if told:
        place = told.group("place")
        zone = zone_named(place, country) or zone_named(_PART_OF_PLACE.sub("", place), country)
        # "im in qld so no daylight savings", "im in bali rn but from sydney": the place
        # before what is said of it
        said_of = _SAID_OF_PLACE.split(place, maxsplit=1)[0] if asked else place
        zone = zone or (zone_named(said_of, country) if said_of != place else None)
        if zone:
            return zone
    named = TIMEZONE_CHANGE.search(text)  # "my time zone is EST", "moved to new york city"
    said = next((group for group in named.groups() if group), None) if named else None
    return zone_from_text(said) if said and not _PART_OF_PLACE.match(said) else None


def _done(convo: Conversation, replies: list[Reply], now: datetime) -> Step:
    """Finish; run what they first asked for, offer again what was offered when their first
    message was heard, ask how things have been (sent by someone), or show the menu."""
    pending = convo.slots.get("pending_action")
    said = convo.slots.get("pending_said") or {}
    referred = bool(convo.slots.get("referred"))
    heard = convo.slots.get("heard_first")
    finish(convo)
    if pending:
        return replies, Pending(str(pending), dict(said))
    if heard in HEARD_OFFERS:  # "my mum has cancer", then "yes" to keeping it: go on
        if heard == "talk":
            offer_to_listen(convo, now)
        convo.slots = {**convo.slots, "offer": heard}
        return [*replies, Reply(render("heard_go_on", offer=heard))], None
    if referred:  # what they say next is listened to
        offer_to_listen(convo, now)
        return [*replies, Reply(render("no_reason_needed", referred=True))], None
    convo.slots = {**convo.slots, "menu_shown": True}
    return [*replies, Reply(render("menu"))], None


# Offers a first message answered before the welcome can leave open ("would you like to tell
# me about it?", "would a short breathing exercise help?"): made again once consent is answered.
HEARD_OFFERS = frozenset({"talk", "breathing"})


def asked_after_heard(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """The welcome and the question about keeping our conversation after a first message that
    was answered before first contact ("my mum has cancer": heard, "i think i have ocd": met as
    such), or the question again when it was asked already; what was offered is offered again
    once they answer. Nothing when first contact is done, or nothing was offered."""
    offer = convo.slots.get("offer")
    state = convo.slots.get("onboarding")
    if (
        convo.onboarded
        or offer not in HEARD_OFFERS
        or convo.slots.get("safety_state")
        or state not in (None, "consent")
    ):
        return []
    if state == "consent":  # asked already: asked again, and what was offered comes after
        _set(convo, "consent", heard_first=offer)
        return [Reply(render("consent_reask", request=False, bot=False, feeling=False))]
    _set(convo, "consent", asked=1, pending_action=None, pending_said=None, heard_first=offer)
    helpline = helpline_of(convo, settings)
    welcome = render("welcome", helpline=helpline, request=False, heard=offer, after_crisis=False)
    return [Reply(welcome)]


def other_script(text: str) -> bool:
    """Whether the letters of a message are mostly not Latin ("مرحبا", "你好", "привет")."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    return bool(letters) and latin * 2 < len(letters)


def first_media(convo: Conversation, settings: dict[str, Any], after_crisis: bool) -> list[Reply]:
    """A photo or voice note as the very first message: that we only read text, then the
    welcome and the question about keeping our conversation (nothing said is lost: there were
    no words). Nothing once first contact has begun."""
    if convo.onboarded or convo.slots.get("onboarding") is not None:
        return []
    _set(convo, "consent", asked=1, pending_action=None, pending_said=None)
    helpline = helpline_of(convo, settings)
    welcome = render("welcome", helpline=helpline, request=False, after_crisis=after_crisis)
    return [Reply(render("media", first=True)), Reply(welcome)]


# A yes or no to keeping our conversation with more after it: "no. i feel awful", "yes, i need
# help sleeping", "no thanks i just want to talk". The answer is taken, and the rest is met
# once it is, instead of being dropped for the menu.
_ANSWER_THEN_MORE = re.compile(
    r"^\W*(?P<answer>(?:no thank you|no thanks|nah thanks|yes please|yeah sure|yeah ok(?:ay)?|"
    r"ok(?:ay)? sure|sure thing|yes|yeah|yea|yep|yup|ya|yh|ok|okay|sure|fine|no|nope|nah)\b)"
    r"(?:[\s,.!;:-]+(?:(?:and|but|though|tho|so|also|anyway|thanks|thank you|please|pls)\b)?)+"
    r"(?P<rest>\w.*)$",
    re.IGNORECASE,
)


def answered_with_more(convo: Conversation, text: str) -> tuple[str, str] | None:
    """At the consent question, a yes or no and what else was said beside it ("no", "i feel
    awful"); None when the message is only an answer, is about keeping their data, or a
    request told earlier is already waiting."""
    found = _ANSWER_THEN_MORE.match(text.strip())
    if (
        found is None
        or convo.slots.get("onboarding") != "consent"
        or convo.slots.get("pending_action")
    ):
        return None
    rest = found.group("rest").strip()
    if (
        len(rest.split()) < 2
        or _COURTESY.sub("", rest).strip() == ""
        or KEEPING_DECLINED.search(rest)
        or ASKS_ABOUT_DATA.search(rest)
        or SOMEONE_ELSES_DATA.search(rest)
    ):
        return None
    return found.group("answer"), rest


def keep_for_after(convo: Conversation, rest: str, requested: str, said: dict[str, Any]) -> bool:
    """What was asked or told beside the answer ("i need help sleeping", "i feel awful"),
    kept to be met once the answer is taken; False when it is only chat."""
    if WHAT_IT_DOES.search(rest) or service_topic(rest) == "bot":
        return True  # "ok sure but what is this": taken, and what we do is the menu after it
    action = _pending(requested, rest)
    if action is None and said.get("intent") == "mood_report":
        # "im really struggling today": how they are, heard ("i'm fine thanks" is not)
        action = "action_start_checkin" if said.get("ekman") in HARD_FEELINGS else None
    if action is None or action in DATA_ACTIONS:
        return False
    _set(convo, "consent", pending_action=action, pending_said=said)
    return True


def _pending(requested: str, text: str = "") -> str | None:
    """The action a message before consent asked for, kept for later (None for a hello); help
    asked for in words ("i need help with my anxiety", "i need to talk about something") too."""
    if requested == "action_smalltalk" and service_topic(text) in ASKED_FOR_HELP:
        return requested
    return None if requested in CASUAL else requested


def finish(convo: Conversation) -> None:
    """Mark first contact done (the person can still change consent or zone later)."""
    convo.onboarded = True
    drop = (
        "onboarding",
        "asked",
        "pending_action",
        "pending_said",
        "timezone_explained",
        "referred",
        "heard_first",
    )
    convo.slots = {k: v for k, v in convo.slots.items() if k not in drop}


def _set(convo: Conversation, state: str, **extra: Any) -> None:
    """Record the onboarding state in the conversation's slots."""
    convo.slots = {**convo.slots, "onboarding": state, **extra}


def _language(convo: Conversation, text: str, settings: dict[str, Any]) -> str:
    """Which languages we speak, or no need to be sorry for their English; before consent."""
    return render(
        "language",
        apology=ENGLISH_APOLOGY.match(text.strip()) is not None,
        helpline=helpline_of(convo, settings),
        consent_next=True,
    )


def _about(template: str, convo: Conversation, text: str, settings: dict[str, Any]) -> str:
    """The answer to a question about us, asked before consent."""
    return render(
        template,
        **about_words(text),
        helpline=helpline_of(convo, settings),
        country=convo.country or "",
        channel=convo.channel,
        retention_days=int(settings["retention"]["transcript_days"]),
        consent_next=True,  # the question about keeping our conversation comes next
    )
