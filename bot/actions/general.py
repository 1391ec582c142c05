"""Greeting, menu, small talk, fallback, caring for someone else, a person, your data."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import effect, emotion_of, intent_of, now_of, say, slot, text_of
from bot.languages import fine_abroad
from bot.moods import low_said, vented_about
from bot.routing import (
    A_MOMENT,
    EASING,
    EMOJI_ONLY_NOT,
    LIFE_EVENT,
    UNSURE_ANSWER,
    is_mash,
    unreadable,
)
from bot.safety_words import (
    AGE_ONLY,
    DARK_POST,
    OTHER_HURT,
    abuse_in_care,
    cannot_reach_them,
    child_nearby_at_risk,
    ends_a_relationship,
    follow_up_about_them,
    good_health_news,
    is_bleeding,
    is_third_party,
    other_in_danger_now,
    says_young,
    secret_or_child_abuse,
    third_party_abuse,
    threat_if_i_leave,
    threatens_others,
    works_with_children,
    worried_about_someone,
)
from bot.sleep import small_hours
from bot.topics import (
    ABOUT_TEMPLATES,
    AI_ASKED,
    BODY_ASKED,
    BOT_FEELING_ASKED,
    CONFUSED,
    COPING_WITH_BREATHING,
    HELPED,
    HOW_WE_WORK,
    OFF_TOPIC_ASKS,
    SARCASTIC_THANKS,
    SOLD,
    SORRY_ONLY,
    about_words,
    chat_topic,
    coping_kind,
    off_topic_kind,
    questions_about_us,
    social_plans,
    their_name,
    told_not_asked,
)


class _Say(Action):
    """An action that only says one template."""

    template = ""
    action = ""

    def name(self) -> str:
        """Action name."""
        return self.action

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Say the template with the helpline in reach."""
        text = text_of(tracker)
        _, ekman, confidence = emotion_of(tracker)
        now = now_of(tracker)
        told = told_not_asked(text)
        last_told = slot(tracker, "told_at", None)
        # "its sunny today", then "going for a walk later": not the same words twice running
        told_again = bool(last_told) and now - datetime.fromisoformat(str(last_told)) <= TOLD_AGAIN
        say(
            dispatcher,
            self.template,
            helpline=slot(tracker, "helpline", {}),
            text=text,
            topic=chat_topic(text),
            their=their_name(text),
            after_crisis=bool(slot(tracker, "recent_crisis", False)),
            # "good morning! slept really well" (not "hows it going": nothing good was said)
            glad=ekman == "joy" and confidence >= FELT and _GOOD_SAID.search(text) is not None,
            # "do u have feelings", "do you get lonely"
            feelings_asked=bool(ABOUT_ITS_FEELINGS.search(text) or BOT_FEELING_ASKED.search(text)),
            body_asked=BODY_ASKED.search(text) is not None,  # "do you sleep", "do u eat"
            ai_asked=AI_ASKED.search(text) is not None,  # "do you use chatgpt"
            up_to=UP_TO.search(text) is not None,  # "what are you up to": not "I'm fine"
            sorry_only=SORRY_ONLY.match(text) is not None,  # "sorry": no late reply to excuse
            new_to_it=NEW_TO_TEXTING.search(text) is not None,  # "hope i'm doing this right"
            sold=SOLD.search(text) is not None,  # "do you sell my data": a plain no first
            told=told,  # "on the train", "its cold today": news, not chat
            told_again=told_again,
            # "ok bye, feeling a bit better", "thanks that actually helped a lot"
            easing=EASING.search(text) is not None,
            helped=HELPED.search(text) is not None and not SARCASTIC_THANKS.search(text),
        )
        # "lol my dog just fell in the pond", then "haha and my brother fell in after him":
        # not the same "Glad something made you smile" twice running
        noted = self.template == "smalltalk" and (
            (told and chat_topic(text) is None) or chat_topic(text) == "laugh"
        )
        return [SlotSet("told_at", now.isoformat())] if noted else []


# A fond memory of someone: "she used to sing really badly in the car".
_REMEMBERED = re.compile(
    r"\b(?:used to|would always|always used to|remember (?:when|how)|i miss (?:her|him|them|how)|"
    r"we (?:used to|would))\b",
    re.IGNORECASE,
)
# Tears or a sinking feeling shown: not good news.
_TEARS = re.compile(
    "[\U0001f62d\U0001f622\U0001f97a\U0001f61e\U0001f614\U0001f494\U0001f629\U0001f62b]"
)
# Bothered in so many words, whatever gladness the model heard: "its so hot i cant sleep".
_BOTHERED = re.compile(
    r"\b(?:can'?t|cant|cannot) (?:sleep|cope|deal|stand|focus|concentrate|get (?:to )?sleep)\b|"
    r"\b(?:so|really) (?:fed up|stressed|annoyed)\b|\bsick (?:of|and tired)\b|\b(?:going|"
    r"driving me) (?:insane|mad|crazy|round the bend)\b|\bi hate\b",
    re.IGNORECASE,
)
# "what are you up to", "wyd", "are you busy": what we're doing asked, not how we are.
UP_TO = re.compile(
    r"\bwhat (?:are |r )?(?:you|u|ya) (?:up to|doing)\W*$|\bwyd\b|^\W*(?:are|r) (?:you|u) busy\b",
    re.IGNORECASE,
)
# Unsure how to do this, with a hello: "I hope I am doing this correctly", "never done this".
NEW_TO_TEXTING = re.compile(
    r"\b(?:doing this (?:right|correctly|properly)|(?:not sure|don'?t know|dont know|do not know) "
    r"how (?:this|it) works|never (?:done|used) (?:this|anything like this) before)\b",
    re.IGNORECASE,
)
# Good news or a good day in so many words (not "good evening": a hello).
_GOOD_SAID = re.compile(
    r"\b(?:good(?! (?:morning|afternoon|evening|night)\b)|great|fine|well|happy|amazing|awesome|"
    r"brilliant|lovely|fantastic|excellent|"
    r"grand|better|wonderful|perfect|nice|not bad|decent)\b",
    re.IGNORECASE,
)


# Something told twice this close together is answered in other words the second time.
TOLD_AGAIN = timedelta(minutes=15)
# A second hello this soon after the first ("hey", then "im back") is met briefly.
GREETED_AGAIN_WITHIN = timedelta(minutes=15)


# A check-in this low, saved a day to a week before a hello, is asked after.
LOW_LAST_TIME = 4
ASKED_AFTER_FOR_DAYS = 7


def low_last_time(tracker: Tracker) -> dict[str, int] | None:
    """The last check-in's score and how many days ago it was, when it was low and saved
    on an earlier day this week: what a hello after it picks up ("how are you doing now?")."""
    moods = slot(tracker, "recent_moods", None) or []
    today = slot(tracker, "today", None)
    if not moods or not today or slot(tracker, "recent_crisis", False):
        return None
    last = moods[0]
    days = (date.fromisoformat(str(today)) - date.fromisoformat(str(last["day"]))).days
    if int(last["mood"]) > LOW_LAST_TIME or not 1 <= days <= ASKED_AFTER_FOR_DAYS:
        return None
    return {"mood": int(last["mood"]), "days": days}


class ActionGreet(_Say):
    """Hello, and what I can do (once: a second hello soon after is met in a line); after a
    low check-in on an earlier day, how they are doing now."""

    action, template = "action_greet", "greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The hello, or a short one when we have just said it."""
        now = now_of(tracker)
        last = slot(tracker, "greeted_at", None)
        # "What would you like?" asked: "not much" next is nothing in particular, not a mood
        asked = SlotSet("what_like_at", now.isoformat())
        if last and now - datetime.fromisoformat(str(last)) <= GREETED_AGAIN_WITHIN:
            say(dispatcher, "greet_again")
            return [SlotSet("greeted_at", now.isoformat()), asked]
        text = text_of(tracker)
        low = low_last_time(tracker)
        if low is not None and chat_topic(text) is None:
            # "hey", two days after a check-in of 3: picked up from there, not the menu
            say(dispatcher, "greet_after_low", their=their_name(text), **low)
            return [SlotSet("greeted_at", now.isoformat())]
        events = await super().run(dispatcher, tracker, domain)
        if chat_topic(text) == "how_are_you":  # "hey whats up": "nm hbu" next answers it
            asked = SlotSet("offer", "how_are_you")
        return [*events, SlotSet("greeted_at", now.isoformat()), asked]


# A goodnight: "gn", "night x", "nite nite", "sleep well", "off to bed now".
GOODNIGHT = re.compile(
    r"\b(?:good ?night|g'?night|gn|nite|nighty|night night|nite nite|sleep (?:well|tight)|"
    r"sweet dreams|off to (?:bed|sleep)|going to (?:bed|sleep)|heading to bed|bed ?time)\b|"
    r"^\W*(?:(?:ok|okay|right|anyway|thanks|thank you)\W+)*(?:night|nite)(?:y|ie|s)?\b|"
    r"^\W*nn\W*$|(?:^|[,.!])\s*(?:night|nite)(?:y|ie)?(?:\W+x+)?\W*$",  # "thanks hun, night x"
    re.IGNORECASE,
)


class ActionGoodbye(_Say):
    """Goodbye; a goodnight said back as one."""

    action, template = "action_goodbye", "goodbye"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "night x": good night and sleep well, not only "take care"."""
        text = text_of(tracker)
        if GOODNIGHT.search(text) and not slot(tracker, "recent_crisis", False):
            easing = EASING.search(text) is not None
            say(dispatcher, "goodbye", night=True, easing=easing, after_crisis=False)
            return []
        return await super().run(dispatcher, tracker, domain)


# Thanks again this soon after the last is met in a line.
THANKED_AGAIN_WITHIN = timedelta(minutes=10)
# Thanks this soon after good news ("i got the job!!!", "thanks!! so happy") shares the joy.
GLAD_WITH_THEM_FOR = timedelta(minutes=30)


class ActionThanks(_Say):
    """You're welcome; just after good news, glad with them instead."""

    action, template = "action_thanks", "thanks"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "thanks!! so happy" after "i got the job!!!": their joy, not "anything else?"."""
        news = slot(tracker, "good_news_at", None)
        if news and now_of(tracker) - datetime.fromisoformat(str(news)) <= GLAD_WITH_THEM_FOR:
            say(dispatcher, "thanks_after_good_news")
            return [SlotSet("good_news_at", None)]
        now = now_of(tracker)
        last = slot(tracker, "thanked_at", None)
        after_crisis = bool(slot(tracker, "recent_crisis", False))  # the helpline said again
        if fine_abroad(text_of(tracker)) and not after_crisis:
            # "main theek hoon", "mir geht es gut": glad they are fine, not "you're welcome"
            say(dispatcher, "thanks", fine=True, after_crisis=False)
            return [SlotSet("thanked_at", now.isoformat())]
        if GOODNIGHT.search(text_of(tracker)) and not after_crisis:
            # "thanks hun, night x": good night, not "Anything else I can do?"
            say(dispatcher, "goodbye", night=True, easing=False, after_crisis=False)
            return [SlotSet("thanked_at", now.isoformat())]
        if (
            last
            and not after_crisis
            and now - datetime.fromisoformat(str(last)) <= THANKED_AGAIN_WITHIN
        ):
            # "thanks", "thanks", "thanks": the second and third met in a line, not the same
            # "Anything else I can do?" again
            say(dispatcher, "thanks_again")
            return [SlotSet("thanked_at", now.isoformat())]
        events = await super().run(dispatcher, tracker, domain)
        return [*events, SlotSet("thanked_at", now.isoformat())]


class ActionMenu(_Say):
    """The menu, or how we work when that is what was asked."""

    action, template = "action_menu", "menu"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "how do you work": how texting us goes, not only a list of what we do."""
        if HOW_WE_WORK.search(text_of(tracker)):
            say(dispatcher, "about_how")
            return []
        return await super().run(dispatcher, tracker, domain)


# Asking for a phone call: we can only text, and say so.
CALL_ASK = re.compile(
    r"\b(?:call|ring|phone|facetime|video ?call)\s+me\b|\b(?:a|on the) (?:phone )?call\b|"
    # "anyone I could talk to on the telephone?", "speak to someone over the phone"
    r"\b(?:talk|speak|chat)\w*\b.{0,30}\b(?:on|over|by) the (?:tele)?phone\b|\bby (?:tele)?phone\b|"
    r"\b(?:number|someone|anyone|somebody|anybody) (?:i|we) (?:can|could) (?:ring|phone|call)\b",
    re.I,
)

# Asking the bot how it feels: "do u have feelings", "u bored?".
ABOUT_ITS_FEELINGS = re.compile(
    r"\b(?:have|feel) (?:feelings|emotions)\b|\b(?:are|r) (?:you|u) (?:bored|lonely|happy|sad|ok|"
    r"alive|sentient)\b|^\W*(?:u|you) (?:bored|lonely|ok|alive)\W*$",
    re.IGNORECASE,
)
# How sure the emotion reading must be before small talk answers the feeling in it.
FELT = 0.75


# Strain told with a laugh: "this exam is killing me lol", "work is the worst haha".
STRAIN_LAUGHED_OFF = re.compile(
    r"\b(?:is|are|'?s|'?re|(?:has|have|'?s|'?ve) been) (?:literally |actually |honestly )?"
    r"(?:killing me|the worst|"
    r"destroying me|draining me|too much)\b|\b(?:so|really|soo+) (?:stressed|tired|done|"
    r"overwhelmed|behind)\b|"
    # "this exam is gonna kill me fr 💀", "work will be the death of me"
    r"\b(?:exams?|tests?|revision|essay|homework|coursework|deadline|work|job|shift|boss|"
    r"uni|school|college|assignment|dissertation|mocks?)\b.{0,25}\b(?:(?:is |are )?(?:gonna|"
    r"going to|will|bout to|about to) (?:literally |actually )?(?:kill|end|destroy|finish) me|"
    r"(?:will|gonna|going to) be the death of me)\b",
    re.IGNORECASE,
)


# Laughed, or the skull: "lmaooo", "haha", "💀", "😂".
_LAUGHED = re.compile(r"\b(?:lol+|lmf?ao+|ha(?:ha)+\w*|rofl|pmsl)\b|💀|😂|🤣", re.IGNORECASE)
AT_US = re.compile(r"\b(?:you|u|you'?re|ur)\b", re.IGNORECASE)  # "you're killing me lol"


def _about(tracker: Tracker, text: str) -> dict[str, Any]:
    """What the answers about us and about medicines are filled with."""
    return {
        **about_words(text),
        "helpline": slot(tracker, "helpline", {}),
        "country": slot(tracker, "country", "") or "",
        "channel": slot(tracker, "channel", "") or "",
        "retention_days": slot(tracker, "retention_days", None),
    }


# Questions about the service itself, after which "how do i stop it" means the messages (not a
# medicine or a feeling).
SERVICE_ITSELF = frozenset(
    {"cost", "who_runs", "encryption", "anonymous", "keeping", "trust", "age_limit", "who_we_are",
     "our_number", "why_kept"}
)  # fmt: skip


def _answer_about_us(
    dispatcher: CollectingDispatcher, tracker: Tracker, question: str, *, last: bool
) -> None:
    """One of several questions about us answered; only the last asks what they'd like."""
    text = text_of(tracker)
    if question == "how":
        say(dispatcher, "about_how", consent_next=not last)
    elif question in ABOUT_TEMPLATES:
        say(dispatcher, ABOUT_TEMPLATES[question], **_about(tracker, text), consent_next=not last)
    else:  # "privacy", "bot": answered in the small-talk words
        say(
            dispatcher,
            "smalltalk",
            topic=question,
            sold=SOLD.search(text) is not None,  # "do you sell my data": a plain no first
            ai_asked=AI_ASKED.search(text) is not None,  # "are you chatgpt"
            feelings_asked=False,
            helpline=slot(tracker, "helpline", {}),
        )


class ActionSmalltalk(_Say):
    """A light answer that steers back to what I can do; a question about coping gets a
    few ideas, and breathing offered for anxiety or anger."""

    action, template = "action_smalltalk", "smalltalk"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Coping ideas, or the small-talk answer."""
        text = text_of(tracker)
        topic = chat_topic(text)
        if A_MOMENT.match(text):  # "brb": they'll be back, not "I'm just a small bot"
            say(dispatcher, "stepping_away")
            return []
        if topic == "what_kept":  # "what do u have on me": how much is kept, of each kind
            effect(dispatcher, "export_data", summary=True)
            return []
        asked = questions_about_us(text)
        if len(asked) > 1:  # "is this free? is it private?": each answered in turn
            for number, question in enumerate(asked, start=1):
                _answer_about_us(dispatcher, tracker, question, last=number == len(asked))
            return [SlotSet("about_us_at", now_of(tracker).isoformat())]
        if topic in ABOUT_TEMPLATES:  # about us, a medicine or getting care: its own answer
            say(dispatcher, ABOUT_TEMPLATES[topic], **_about(tracker, text))
            if topic not in SERVICE_ITSELF:
                return []
            # "is this free?" ... "how do i stop it": about the messages (bot.listening)
            return [SlotSet("about_us_at", now_of(tracker).isoformat())]
        if CONFUSED.match(text):  # "wtf" just after the menu: what they meant, asked
            say(dispatcher, "confused_by_us")
            return []
        kind = coping_kind(text) if topic == "coping" else None
        _, ekman, confidence = emotion_of(tracker)
        if topic == "laugh" and ekman in ("fear", "sadness", "anger") and confidence >= FELT:
            # "too scared to even open it lol": the feeling, not the laugh
            say(dispatcher, "fallback_feeling", ekman=ekman, told=False)
            return [SlotSet("offer", "breathing")]
        if topic == "laugh" and low_said(text):
            # "dead inside lol", "so lonely haha": low, whatever laugh comes with it
            say(dispatcher, "fallback_feeling", ekman="sadness", told=False)
            return [SlotSet("offer", "breathing")]
        strained = STRAIN_LAUGHED_OFF.search(text) and not AT_US.search(text)
        if strained and (topic == "laugh" or (ekman == "joy" and _LAUGHED.search(text))):
            # "this exam is killing me lol": strain, laughed off, still strain; more about it
            # next ("chem tomorrow and i havent revised") is listened to
            say(dispatcher, "fallback_feeling", ekman="fear", told=False)
            since = now_of(tracker).isoformat()
            return [SlotSet("offer", "breathing"), SlotSet("listening_since", since)]
        if topic is None and social_plans(text):
            # "im off out with the girls tonight", often read as lonely: good to hear
            say(dispatcher, "smalltalk_glad", ekman="joy", plans=True)
            return []
        if (
            topic is None and LIFE_EVENT.search(text) and not good_health_news(text)
        ):  # "i've been drinking a lot lately" (not "im cancer free!")
            say(dispatcher, "fallback_feeling", ekman="sadness", told=True)
            return [SlotSet("offer", "breathing")]
        if topic is None and confidence >= FELT and ekman != "neutral":
            # "got a surprise party at work!": what they feel, not "I'm just a small bot"
            if ekman == "joy" and _REMEMBERED.search(text):
                # "she used to sing really badly in the car": a memory, after a loss
                say(dispatcher, "remembered")
                return []
            if ekman == "joy" and _TEARS.search(text):
                # "mocks next week 😭😭😭": strain, whatever the model heard
                say(dispatcher, "fallback_feeling", ekman="fear", told=False)
                return [SlotSet("offer", "breathing")]
            if LONG_DAYS.search(text):
                # "The days are very long": time dragging, often read as glad; heard as it is
                say(dispatcher, "fallback_feeling", ekman="sadness", told=False, long_days=True)
                since = now_of(tracker).isoformat()
                return [SlotSet("listening_since", since), SlotSet("listened", False)]
            if ekman == "joy" and _BOTHERED.search(text):
                # "its so hot today i cant sleep": read as glad, but nothing glad in it
                say(dispatcher, "fallback_feeling", ekman="anger", told=False, about=None)
                return [SlotSet("offer", "breathing")]
            if ekman in ("joy", "surprise"):
                say(dispatcher, "smalltalk_glad", ekman=ekman)
                return []
            about = vented_about(text)  # "he ended it last night after 4 years": a breakup
            say(dispatcher, "fallback_feeling", ekman=ekman, told=False, about=about)
            return [SlotSet("offer", "breathing")]
        if kind is None:
            events = await super().run(dispatcher, tracker, domain)
            asked_back = topic in ("personal", "friend", "met") or (
                topic == "how_are_you" and not (ekman == "joy" and confidence >= FELT)
            )  # "how old are you" is answered, and asked back how they are
            if asked_back:
                return [*events, SlotSet("offer", "how_are_you")]  # "good thanks" answers it
            if topic in (None, "laugh", "bored"):  # "Want to do a quick mood check-in?": a
                return [*events, SlotSet("offer", "checkin")]  # "yes" next starts one
            return events
        say(dispatcher, "coping", kind=kind, helpline=slot(tracker, "helpline", {}))
        return [SlotSet("offer", "breathing" if kind in COPING_WITH_BREATHING else None)]


# A second question about the same person within this time gets the next piece of advice.
SUPPORT_AGAIN = timedelta(hours=2)


def supporting_lately(earlier: dict[str, Any] | None, now: datetime) -> bool:
    """Whether they asked how to help someone else within ``SUPPORT_AGAIN``."""
    if not earlier:
        return False
    return now - datetime.fromisoformat(str(earlier["at"])) < SUPPORT_AGAIN


# More said about children they fear are neglected: "they're like 4 and 6", "i can hear
# them crying at night".
_ABOUT_THEM = re.compile(r"\b(?:she|he|they|her|him|them|shes|hes|theyre|they'?re|kids?)\b", re.I)


def more_about_a_child(
    earlier: dict[str, Any] | None, text: str, intent: str, now: datetime
) -> bool:
    """Soon after a worry about a child nearby, more about them (not thanks or goodbye)."""
    return (
        supporting_lately(earlier, now)
        and bool(earlier and earlier.get("child_risk"))
        and intent not in ("thanks", "goodbye", "greet", "affirm", "deny")
        and _ABOUT_THEM.search(text) is not None
    )


# Whether to take the person they worry about to a doctor: "Should I take her to the GP?",
# "do i need to get him seen by a doctor", "should i make her an appointment".
DOCTOR_FOR_THEM = re.compile(
    r"\b(?:should|shall|do|would it help if|is it worth|can) (?:i|we) (?:need to )?(?:take|bring|"
    r"get|make|book|drag|send|ring|call)\b.{0,25}\b(?:gp|doctors?|doc|dr|appointment|seen)\b",
    re.IGNORECASE,
)
# Eating that worries them in someone else: "has stopped eating properly", "barely eats".
_NOT_EATING = re.compile(
    r"\b(?:stopped|not|isn'?t|isnt|hasn'?t|hasnt|won'?t|wont|barely|hardly|refus\w*|skipp\w*)"
    r"\b.{0,12}\b(?:eat\w*|meals?|food)\b|\beating disorder\b|\banorexi\w*|\bbulimi\w*|"
    r"\bmaking (?:herself|himself|themselves) sick\b",
    re.IGNORECASE,
)
# A friend the same age as a young person writing: "she's 15 same as me", "hes 14 like me".
_PEER_AGE = re.compile(
    r"\b(?:1[0-7]|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b.{0,12}\b(?:same as|"
    r"like|as old as) me\b|\b(?:we'?re|were|we are) both (?:1[0-7]|in year \d+)\b|"
    r"\bsame (?:age|year) as me\b",
    re.IGNORECASE,
)


# The age of the person they worry about: "shes 13", "they're like 4 and 6", "he's 88".
_THEIR_AGE = re.compile(
    r"\b(?:she'?s|shes|he'?s|hes|they'?re|theyre|she is|he is|they are)\s+(?:only |just |like |"
    r"about |around |nearly |almost )?(\d{1,3})(?:\s*(?:and|&|,)\s*(\d{1,2}))?"
    r"(?:\s*(?:yo|y/o|years?(?: old)?|yrs?(?: old)?))?\b(?!\s*(?:%|minutes?|mins?|hours?|"
    r"days?|weeks?|months?|times?|pills?|tablets?|am|pm|o'?clock|kg|lbs?|stone)\b)",
    re.IGNORECASE,
)
# Their own child or teenager: "my son", "my 16 year old daughter", "my teenager".
_OWN_CHILD = re.compile(
    r"\b(?:my|our) (?:(?:little |eldest |youngest |oldest |teenage |teen |\d{1,2}[- ]?(?:yo|y/o|"
    r"(?:year|yr)s?[- ]old) ))?(?:son|daughter|boy|girl|kid|child|teenager|teen|stepson|"
    r"stepdaughter|step-son|step-daughter)\b(?!'?s\b)|"
    r"\bmy \d{1,2}[- ]?(?:yo|y/o|(?:year|yr)s?[- ]old)\b(?! (?:self|me)\b)",  # "my 16 year old has"
    re.IGNORECASE,
)
# Their own child's body, where marks were found: "my son's legs", "my daughters arms".
_CHILDS_BODY = re.compile(
    r"\bmy (?:son|daughter|kid|child|teen|teenager|boy|girl)'?s (?:\w+ )?(?:arms?|legs?|wrists?|"
    r"thighs?|stomach|body|skin|hips?)\b",
    re.IGNORECASE,
)
# A grandparent, or someone old: "my grandad", "nan", "my elderly mum".
_OLDER_PERSON = re.compile(
    r"\b(?:grandad|granddad|grandpa|grandma|grandmother|grandfather|nan|nana|nanna|gran|granny|"
    r"elderly|great[- ]grand\w*)\b",
    re.IGNORECASE,
)
# An old person saying they have had enough of living: "he keeps saying he's ready to go".
_READY_TO_GO = re.compile(
    r"\bready to (?:go|die|be with|join)\b|\b(?:had|has) enough of (?:life|living)\b|"
    r"\bwants? to (?:go|be) (?:with|to) (?:nan|grandma|grandad|mum|dad|god|heaven)\b",
    re.IGNORECASE,
)


# Asking for the words to use: "what should i say to her", "how do i talk to him".
# Asking how to help them: "i dont know what to say to her", "how do i support him".
_HOW_TO_HELP = re.compile(
    r"\b(?:what (?:to|do i|should i|can i) (?:say|do|text|tell)(?: to)? (?:her|him|them)|"
    r"how (?:do|can|should) i (?:help|support|comfort|cheer up|be there for) (?:her|him|them)|"
    r"(?:help|support|comfort|cheer up|be there for) (?:her|him|them))\b",
    re.IGNORECASE,
)
_WORDS_ASKED = re.compile(
    r"\bwhat (?:do|should|can|could) i (?:say|tell|ask)\b|\bhow (?:do|should|can|could) i "
    r"(?:talk|ask|bring|approach|start|say|word)\b|\bwhat (?:do|should) i ask\b",
    re.IGNORECASE,
)


def their_ages(text: str) -> list[int]:
    """Ages told of the person (or children) they worry about: "they're like 4 and 6"."""
    return [int(n) for m in _THEIR_AGE.finditer(text) for n in m.groups() if n]


class ActionSupportOther(Action):
    """Someone is worried about another person: about their safety, or more generally."""

    def name(self) -> str:
        """Action name."""
        return "action_support_other"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Suicide-specific advice only when the words are about suicide or self-harm; asked
        again soon after ("what should i say to her?"), words to start with instead."""
        now = datetime.fromisoformat(str(slot(tracker, "now")))
        text = text_of(tracker)
        earlier = slot(tracker, "supporting_other")
        # "my mate posted something dark on insta and now hes not answering": feared at risk,
        # and with no answer, in danger until they are reached
        dark = DARK_POST.search(text) is not None
        about_crisis = is_third_party(text) or dark or bool(earlier and earlier.get("about_crisis"))
        again = supporting_lately(earlier, now)
        abuse = third_party_abuse(text) or bool(earlier and earlier.get("abuse"))
        urgent = (
            other_in_danger_now(text)
            or (bool(earlier and earlier.get("about_crisis")) and again and cannot_reach_them(text))
            or (dark and cannot_reach_them(text))
        )
        still_urgent = again and bool(earlier and earlier.get("urgent"))
        steps_given = still_urgent and bool(earlier and earlier.get("steps"))
        care = abuse_in_care(text) or bool(earlier and earlier.get("care"))
        threat = threatens_others(text) or bool(earlier and earlier.get("threat"))
        # a teacher or youth worker: their safeguarding lead, not "tell a trusted adult"
        professional = works_with_children(text) or bool(earlier and earlier.get("professional"))
        # a child next door or in the family with signs of harm: child protection, not "tell
        # a trusted adult" (a young person's advice) nor an adult's abuse line
        child_risk = child_nearby_at_risk(text) or bool(earlier and earlier.get("child_risk"))
        if child_risk and not (abuse or about_crisis):
            # "i can hear them crying at night": the child's danger is said in the child
            # protection reply, not the steps for someone who has taken an overdose
            urgent = still_urgent = steps_given = False
        template = "support_other"
        # a young person worried for a friend their age ("she's 15 same as me"): an adult they
        # trust and the children's line, told again with what to do next
        peer = _PEER_AGE.search(text) is not None
        eating = _NOT_EATING.search(text) is not None or bool(earlier and earlier.get("eating"))
        young = peer or says_young(text) or bool(earlier and earlier.get("young"))
        ages = their_ages(text)
        # a child being abused ("my best mate's uncle touches her", then "shes 13"): the
        # young people's line and a trusted adult, never the adults' domestic abuse script
        child_abuse = (abuse and (secret_or_child_abuse(text) or any(a < 18 for a in ages))) or (
            again and bool(earlier and earlier.get("child_abuse"))
        )
        kept = threat_if_i_leave(text) or (again and bool(earlier and earlier.get("kept")))
        # their own son or daughter at risk: the line for young people and their parents
        own_child = _OWN_CHILD.search(text) is not None or (
            again and bool(earlier and earlier.get("own_child"))
        )
        old = (
            any(a >= 65 for a in ages)
            or _OLDER_PERSON.search(text) is not None
            or (again and bool(earlier and earlier.get("old")))
        )
        little = any(a < 12 for a in ages)  # "they're like 4 and 6"
        # self-harm found or feared ("i think my daughter is self harming"): the steps for
        # self-harm, with suicide asked about gently, not the steps for a suicide attempt
        harm_found = not abuse and (
            OTHER_HURT.search(text) is not None
            or (again and bool(earlier and earlier.get("harm_found")))
        )
        # what was said before in this thread, so each reply brings something new
        times = int((earlier or {}).get("times", 0)) + 1 if again else 0
        if earlier and (AGE_ONLY.search(text) or peer):  # "im 16", after asking about someone
            say(
                dispatcher,
                "support_other_young",
                helpline=slot(tracker, "helpline", {}),
                young=says_young(text) or peer,
            )
            return [SlotSet("supporting_other", {**earlier, "at": now.isoformat(), "young": young})]
        if still_urgent or (
            again and urgent
        ):  # "what do i do", "he says he's fine": what to do now, step by step
            template = "support_other_urgent"
        elif again:
            template = "support_other_more"
        say(
            dispatcher,
            template,
            helpline=slot(tracker, "helpline", {}),
            about_crisis=about_crisis,
            abuse=abuse,
            secret=secret_or_child_abuse(text),
            care=care,
            kept=kept,
            child_abuse=child_abuse,
            own_child=own_child,
            old=old,
            little=little,
            ready_to_go=_READY_TO_GO.search(text) is not None,
            times=times,
            words_asked=_WORDS_ASKED.search(text) is not None,
            threat=threat,
            urgent=urgent,
            bleeding=is_bleeding(text),
            # ("i dont know what to say to her": ideas for helping, asked)
            worried=worried_about_someone(text)
            or bool(earlier)
            or _HOW_TO_HELP.search(text) is not None,
            follow=follow_up_about_them(text) if earlier else None,
            repeat=steps_given,  # the steps given already: what is new, not all again
            professional=professional,
            child_risk=child_risk and not professional,
            young=young,
            doctor=DOCTOR_FOR_THEM.search(text) is not None,
            eating=eating,
            # "found cuts on my daughters arms she's 13": a parent's steps for self-harm found
            harm_found=harm_found,
            child=own_child or any(a < 18 for a in ages) or _CHILDS_BODY.search(text) is not None,
        )
        return [
            SlotSet(
                "supporting_other",
                {
                    "at": now.isoformat(),
                    "about_crisis": about_crisis,
                    "abuse": abuse,
                    "care": care,
                    "threat": threat,
                    "urgent": urgent or still_urgent,
                    # the step-by-step list for someone in danger, once given
                    "steps": steps_given or template == "support_other_urgent",
                    "professional": professional,
                    "child_risk": child_risk,
                    "young": young,
                    "eating": eating,
                    "child_abuse": child_abuse,
                    "kept": kept,
                    "own_child": own_child,
                    "harm_found": harm_found,
                    "old": old,
                    # replies given in this thread: the first, then each one after
                    "times": times,
                },
            )
        ]


LISTED_AGAIN_WITHIN = timedelta(minutes=15)  # what we can do, listed once in that time


class ActionFallback(Action):
    """Not something I can help with, or I'm not sure: say so and suggest what I can do."""

    def name(self) -> str:
        """Action name."""
        return "action_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Feelings get care and an offer; off-topic gets a plain "not me"; unclear, a menu."""
        _, ekman, confidence = emotion_of(tracker)
        if vented_about(text_of(tracker)) == "trust":  # "i trusted her", read as pride: hurt
            ekman, confidence = "sadness", 1.0
        leaving = ends_a_relationship(text_of(tracker))
        if leaving and ekman == "joy":  # "i have thoughts about leaving him", read as hope
            ekman, confidence = "sadness", 1.0
        # "jfkdlsjfkdsl;a", "qwpeoriu zmxncb": no feeling read into it
        mash = is_mash(text_of(tracker)) or unreadable(text_of(tracker))
        if A_MOMENT.match(text_of(tracker)):  # "one sec": not "not sure I understood"
            say(dispatcher, "stepping_away")
            return []
        if chat_topic(text_of(tracker)) == "mishap":
            # "my flight got cancelled": an "oh no", not "not something I can help with"
            say(dispatcher, "smalltalk", topic="mishap")
            return [SlotSet("offer", "breathing")]
        if ekman == "joy" and confidence >= FELT and not mash and told_not_asked(text_of(tracker)):
            # "i ran my first 5k this morning", unsure what it asks: glad with them
            say(dispatcher, "smalltalk_glad", ekman=ekman)
            return []
        if ekman in ("sadness", "fear", "anger", "disgust") and confidence >= 0.5 and not mash:
            about = vented_about(text_of(tracker)) or ("partner" if leaving else None)
            say(dispatcher, "fallback_feeling", ekman=ekman, told=False, about=about)
            return [SlotSet("offer", "breathing")]
        if LIFE_EVENT.search(text_of(tracker)) and not mash:  # "my parents are getting divorced"
            say(dispatcher, "fallback_feeling", ekman="sadness", told=True)
            return [SlotSet("offer", "breathing")]
        now = now_of(tracker)
        last = slot(tracker, "fallback_at", None)
        # "tell me a joke", then "whats 2+2": the list once, then a short line to the menu
        again = bool(last) and now - datetime.fromisoformat(str(last)) <= LISTED_AGAIN_WITHIN
        said = text_of(tracker).strip()
        # "can u do my coursework", read unsurely: still plainly not ours to do
        out_of_scope = (
            intent_of(tracker) == "out_of_scope" or off_topic_kind(said) in OFF_TOPIC_ASKS
        )
        # "🫠", "👀" alone, unread: asked in words, not handed the whole list
        emoji_only = bool(said) and EMOJI_ONLY_NOT.search(said) is None
        kind = "emoji" if emoji_only else off_topic_kind(said) if out_of_scope else None
        if kind == "heartbreak":  # "how do i get my ex back": heartbreak, and listened to
            say(dispatcher, "fallback", out_of_scope=True, kind=kind, again=False)
            return [SlotSet("listening_since", now.isoformat()), SlotSet("listened", False)]
        say(
            dispatcher,
            "fallback",
            out_of_scope=out_of_scope,
            # "tell me a joke", "whats 12 times 13", "going to tesco later": met as said
            kind=kind,
            misses=int(slot(tracker, "fallback_count", 0)),
            again=again,
        )
        return [
            SlotSet("fallback_count", int(slot(tracker, "fallback_count", 0)) + 1),
            SlotSet("fallback_at", now.isoformat()),
        ]


# Asked to be or play a therapist: "can u pretend to be my therapist", "will you be my
# counsellor", "act like my therapist for a bit". Not a person asked for.
PLAY_A_THERAPIST = re.compile(
    r"\b(?:pretend(?:ing)? (?:to be|you'?re|ur|your|u r|you are)|act (?:like|as)|be|play|"
    r"roleplay(?: as)?) (?:my |a |an |like a )?(?:therapist|counsell?or|psychologist|"
    r"psychiatrist|shrink|life coach)\b",
    re.IGNORECASE,
)
# Time that drags, told as a fact: "the days are very long", "the evenings drag", "weekends
# go on forever", "nothing to fill the day".
LONG_DAYS = re.compile(
    r"\b(?:days?|evenings?|nights?|weekends?|afternoons?)\b (?:are|is|feel|feels|seem|"
    r"seems|can be|get|gets) (?:(?:so|very|really|awfully|terribly|that|too) )*(?:long|empty|"
    r"endless|quiet|slow)\b|\b(?:days?|evenings?|time|hours?|weekends?) "
    r"(?:drags?|dragging|go(?:es)? on (?:forever|and on)|never end)\b|"
    r"\bnothing to fill (?:the|my) (?:days?|time)\b",
    re.IGNORECASE,
)
# Until this hour (from 11pm), the team is unlikely to be about.
TEAM_ABOUT_FROM = 7


class ActionHandover(Action):
    """Hand the conversation to a person."""

    def name(self) -> str:
        """Action name."""
        return "action_handover"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Flag for staff; the bot goes quiet until they hand it back. Asked to play a
        therapist ("can u pretend to be my therapist"), no one is called: said what we are,
        and listened to."""
        if PLAY_A_THERAPIST.search(text_of(tracker)):
            say(dispatcher, "not_a_therapist")
            now = now_of(tracker).isoformat()
            return [SlotSet("listening_since", now), SlotSet("listened", False)]
        effect(dispatcher, "handover", reason="human_request")
        call = CALL_ASK.search(text_of(tracker)) is not None  # "can you call me?"
        held = bool(slot(tracker, "reminders", []))  # said: they wait while staff are here
        local = now_of(tracker).astimezone(ZoneInfo(str(slot(tracker, "timezone", "UTC"))))
        say(
            dispatcher,
            "handover",
            helpline=slot(tracker, "helpline", {}),
            call=call,
            older=bool(slot(tracker, "older", False)),
            reminders=held,
            danger=slot(tracker, "crisis_kind", "") == "danger",
            # at 3am the honest answer is that a reply may not come before morning
            night=small_hours(local.hour, until=TEAM_ABOUT_FROM),
        )
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionExport(Action):
    """Send a summary of what is kept about the person."""

    def name(self) -> str:
        """Action name."""
        return "action_export"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """The engine composes the summary and the copy from the database; "export more"
        asks for the next part of the copy."""
        effect(dispatcher, "export_data", more=EXPORT_MORE.search(text_of(tracker)) is not None)
        return []


# The next part of a copy: "export more", "send me the rest", "next part please".
EXPORT_MORE = re.compile(r"\b(?:more|rest|next|part \d+|continue|earlier|older)\b", re.I)


class ActionStartDelete(Action):
    """Ask for confirmation before erasing everything."""

    def name(self) -> str:
        """Action name."""
        return "action_start_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Open the confirmation form; a question about what erasing means, asked in the
        same breath ("if i delete my data can i still use this"), is answered first."""
        asked = _WHAT_IF_DELETED.search(text_of(tracker)) is not None
        return [
            ActiveLoop("delete_form"),
            SlotSet("confirm_delete", None),
            SlotSet("requested_slot", "confirm_delete"),
            SlotSet("delete_asked", True if asked else None),  # (see ask_confirm_delete)
        ]


# What erasing would mean, asked with the request: "if i delete my data can i still use
# this", "what happens if i delete everything", "can i get it back after?".
_WHAT_IF_DELETED = re.compile(
    r"^(?=.*\b(?:if i|when i|after i|once i|will|would|can i|could i|what|do i)\b)(?=.*\b(?:"
    r"still|undo|back|permanent\w*|forever|lose|losing|gone|recover|restore|start (?:again|over|"
    r"fresh)|happens?)\b)",
    re.IGNORECASE,
)


# A yes to erasing everything, said as such ("ok" or "sure" is asked again; "ok do it" is not).
_DELETE_YES = re.compile(
    r"^\W*(?:(?:ok|okay|alright|right|fine|sure|so|then|just)\W+)*"
    r"(?:(?:yes|yeah|yep|yup|y|confirm(?:ed)?|go ahead|go on|do it)(?:\W+(?:please|delete|erase|"
    r"wipe|do it|go ahead|then)(?: it| it all| all| everything| my data)?)*|(?:please\W+)?"
    r"(?:delete|erase|wipe)(?: it| it all| all| everything| my data)?(?:\W+(?:please|then))?)\W*$",
    re.IGNORECASE,
)
# A question about erasing, asked instead of a yes or no: "what happens if i do", "can i undo
# it?", "will my reminders go too".
_DELETE_ASKED = re.compile(
    r"(?=.*(?:\?\W*$|^\W*(?:(?:so|but|and|wait|ok|okay|hmm+|um+|sorry|hang on)\W+)*"
    r"(?:what|whats|what'?s|wat|will|would|does|do|is|are|can|could|how|if|when|why)\b))"
    r".*\b(?:happens?|undo|back|permanent\w*|forever|lose|losing|lost|gone|delete\w*|erase\w*|"
    r"wipe\w*|remove\w*|data|reminders?|check-?ins?|messages|history|diary|account|still|again|"
    r"start (?:again|over|fresh)|recover|restore|sure|mean|everything|it|that|this|i do)\b",
    re.IGNORECASE,
)

# Unsure whether to erase: "hmm not sure", "maybe", "i dont know tbh", "let me think";
# stopping to think: "actually wait", "hold on", "give me a sec".
_NOT_SURE = re.compile(
    r"^\W*(?:(?:hmm+|um+|er+m?|well|honestly|tbh|oh|actually|ah|sorry)\W+)*(?:not (?:sure|really "
    r"sure)|unsure|maybe|dunno|idk|i don'?t know|i dont know|let me think(?: about it)?|i'?ll "
    r"think about it|i need to think|not yet|hmm+|wait|hold on|hang on|one (?:sec|second|moment|"
    r"min)|(?:give me|just) a (?:sec|second|minute|min|moment))(?:\W+(?:tbh|honestly|yet|really|"
    r"about it|now|lol|a sec|a second|a minute|please|pls))*\W*$",
    re.IGNORECASE,
)
# Something else asked for at the confirmation: "remind me at 9 instead", "talk to a person".
_ELSE_ASKED = re.compile(
    r"\bremind me (?:to|at|in|about|every|tomorrow)\b|\b(?:talk|speak|chat) (?:to|with)\b|"
    r"\b(?:a person|a human|someone real)\b|\bcheck[- ]?in\b(?!s)|\bbreath",
    re.IGNORECASE,
)
# A copy wanted before erasing: "can i get a copy first", "send me it all before you do".
_COPY_FIRST = re.compile(r"\b(?:copy|export|download|send (?:me )?(?:it|them|everything))\b", re.I)


class ValidateDeleteForm(FormValidationAction):
    """Yes or no to erasing."""

    def name(self) -> str:
        """Action name."""
        return "validate_delete_form"

    async def extract_confirm_delete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Only a clear yes or no counts: erasing cannot be undone, so "ok" is asked again."""
        text = text_of(tracker).strip().lower()
        intent = intent_of(tracker)
        if _DELETE_YES.match(text):
            return {"confirm_delete": True}
        if intent == "deny" or text in ("no", "n", "keep", "don't", "dont", "cancel"):
            return {"confirm_delete": False}
        if intent == "export_data" or _COPY_FIRST.search(text):
            # "can i get a copy first?": the copy, and the yes or no is still to come
            effect(dispatcher, "export_data")
            say(dispatcher, "reask_confirm_delete", copy=True)
        elif _DELETE_ASKED.search(text) and not _ELSE_ASKED.search(text):
            # answered, and the yes or no is still to come ("ok do it" next erases)
            say(dispatcher, "delete_explain", reminders=len(slot(tracker, "reminders", [])))
        elif UNSURE_ANSWER.match(text) or _NOT_SURE.match(text):
            # "hmm not sure", "idk": what it means, and no rush (not the bare yes-or-no again)
            reminders = len(slot(tracker, "reminders", []))
            say(dispatcher, "delete_explain", reminders=reminders, unsure=True)
        return {}


class ActionSubmitDelete(Action):
    """Erase, or keep, as confirmed."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_delete"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Erase on yes; reassure on no."""
        if tracker.get_slot("confirm_delete"):
            effect(dispatcher, "delete_data")
            after_crisis = bool(slot(tracker, "recent_crisis", False))  # the check-in won't come
            say(
                dispatcher,
                "deleted",
                after_crisis=after_crisis,
                helpline=slot(tracker, "helpline", {}),
            )
        else:
            say(dispatcher, "delete_kept")
        return [ActiveLoop(None), SlotSet("requested_slot", None), SlotSet("confirm_delete", None)]
