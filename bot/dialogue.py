"""Safety first, then handover, first contact, pending questions, the active flow, a new one.

One function decides what to run for a message; rasa-sdk actions do the talking. The parts of
the conversation it hands on live beside it: `exercise` (a breathing exercise in progress),
`listening`, `followups` (just after a reminder), `offers`, `forms` and `preferences`;
`runner` runs the actions, and `readings` keeps and re-reads what was said.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import context, crisis, effects, emergency, handover, onboarding, safety, safety_words
from bot.actions.checkin import bare_score
from bot.actions.general import more_about_a_child, supporting_lately
from bot.actions.reminders import asks_for_reminder
from bot.actions.sleep import RACING_MIND, SLEEP_HISTORY
from bot.breathing import choose as choose_pattern
from bot.breathing import named
from bot.coping import coping_named, stressed_heard
from bot.exercise import (
    FOCUS_ASKED,
    body_answer,
    body_speaks,
    exercise_under_way,
    in_progress,
    once_more,
    pause_over,
)
from bot.followups import (
    NOT_YET,
    done_told,
    just_reminded,
    late_reply,
    mood_asked,
    reminder_just_sent,
    reminder_just_set,
    reminder_talk,
    skip_today,
    snooze,
)
from bot.forms import continue_form, score_put_right
from bot.jobs import cancel_jobs
from bot.keywords import asks_to_stop
from bot.languages import greeted_in, written_in
from bot.listening import (
    CARING_FOR,
    MEMORY_OF_THEM,
    TOO_YOUNG,
    coping_asked,
    grieving,
    listening,
    listening_lately,
    lived_topic,
    loss_lately,
    more_about_them,
    offer_to_listen,
    own_state_after_them,
    pronouns,
    put_right,
    remember_feeling,
    still_about_them,
    told_first,
    who_is_meant,
)
from bot.locale import (
    country_name,
    country_named,
    helpline_for,
    helpline_of,
    line_named,
    line_place,
)
from bot.moods import (
    crying_only,
    day_told,
    excited_news,
    joyful_news,
    mood_in_words,
    mood_leading,
    mood_trend,
    vented_about,
)
from bot.nudges import set_wanted as set_nudges_wanted
from bot.offers import (
    OFFER_FOR,
    PERSON_AFTER_ALL,
    alarm_offer,
    answer_offer,
    late_yes,
    nothing_sent_since,
)
from bot.preferences import how_to_stop, preference_told, quiet_hours_asked
from bot.readings import at_or_in, bare_time, kept_reading, replayed, with_when
from bot.reminders import for_medicine, goes_ahead, put_off_from, quiet_for_a_while
from bot.routing import (
    ABOUT_US,
    ACK_ONLY,
    BACK_AFTER,
    BREATHING_BODY,
    CONSENT_KEEP,
    CONSENT_STOP,
    DONE_HERE,
    DONE_WORDS,
    EXIT_WORDS,
    LATER,
    LEAVE_FLOW,
    LONELY_NOW,
    LOSS,
    MENU_NUMBERS,
    MOOD_HISTORY,
    NOT_HELPING,
    PANIC,
    PANIC_OFTEN,
    PANIC_PAST,
    PAST_MOOD,
    RESUME,
    STOP_FLOW,
    THANKS_ONLY,
    intent_of,
    keyword_action,
    route,
    worked_up_ahead,
)
from bot.runner import end_form, leave_form, run
from bot.safety_words import everyday, explained, is_dose_taken, is_everyday_dose
from bot.safety_words.crisis import survivor_guilt
from bot.safety_words.lived import after_influence, intrusive_about_a_child, intrusive_more
from bot.scores import score_range
from bot.sleep import (
    TIRED_AFTER_A_FULL_NIGHT,
    WORRIED_AWAKE,
    broken_nights,
    sleep_told,
    sleeper,
    small_hours,
)
from bot.text import render
from bot.topics import (
    ASKED_BACK,
    DELETE_WORDS,
    FINE_ANSWER,
    KEEP_THE_REST,
    PART_OF_DATA,
    SOMEONE_ELSES_DATA,
    care_not_helping,
    chat_topic,
    diagnosis_relief,
    mixed_news,
    nothing_in_mind,
    relief_news,
    service_topic,
    stop_but_keep,
    their_news,
)
from bot.types import Reply
from nlu.mood import parse_mood_score
from store.models import Conversation, Flag, Reminder

if TYPE_CHECKING:
    from bot.readings import Reread
    from nlu import Parse

FLOW_TIMEOUT = timedelta(hours=6)
# Words that make a time a request even without "remind": "every day at 9 to journal".
RECURRING_OR_TASK = re.compile(r"\b(?:every|daily|each|nightly|to [a-z]+)\b", re.IGNORECASE)
# Short texts sent one after another are also read together ("i cant" / "do this anymore").
SPLIT_WORDS = 5
SPLIT_WITHIN = timedelta(minutes=3)
# "at night", "during the day": a time when they'd rather not hear from us.
PART_OF_DAY = re.compile(
    r"\b(?:at night|during the day|in the (?:morning|evening|night|day)|mornings|evenings|nights|"
    r"weekends?|while i(?:'m| am)? (?:asleep|sleeping|at work)|when i(?:'m| am)? (?:asleep|"
    r"sleeping|at work)|without deleting)\b",
    re.IGNORECASE,
)
# "I'm here with you" in a row, before ordinary messages are answered as themselves.
MAX_STAYS = 2
# A message in another language is told we write in English at most this often (and with
# every crisis answer).
LANGUAGE_NOTE_EVERY = timedelta(hours=12)
# A telling begun without saying what: "something happened at a party last weekend", "i need
# to tell someone something".
SOMETHING_HAPPENED = re.compile(
    r"^\W*(?:(?:so|um+|ok|well|hi|hey|honestly)\W+)*(?:something|stuff|some(?:thing)? bad|"
    r"something (?:bad|really bad|awful|weird|horrible|scary))\s+happened\b(?!.{0,40}\b(?:lol|"
    r"lmao|haha\w*|funny|hilarious|great|amazing|good|phone|laptop|computer|car|order|parcel|"
    r"account|wifi|internet|app)\b)|"
    r"\bi (?:need|have|want) to tell (?:someone|somebody|you) (?:something|about something)\b|"
    r"\bsomething happened (?:to me|that i (?:can'?t|cant|haven'?t|havent|never))\b",
    re.IGNORECASE,
)
# Back in recovery, told: a lapse soon after is heard as one, with the overdose risk.
RECOVERY_HEARD_FOR = timedelta(hours=48)
# After something was taken: not knowing how much, or feeling it.
AFTER_USING = re.compile(
    r"\b(?:don'?t|dont|do not|no idea|not sure) (?:know )?how (?:much|many) i (?:took|had|"
    r"used|did)\b|\bfeel(?:ing)? (?:a bit |really |so |very |kinda )?(?:weird|strange|funny|off|"
    r"dizzy|sleepy|drowsy|woozy|sick|faint|out of it)\b|\bcan'?t (?:stay awake|breathe|keep my "
    r"eyes open)\b",
    re.IGNORECASE,
)
# After a height was asked for out of the blue, asking again about it is danger.
HEIGHT_WATCH = timedelta(hours=1)
HEIGHT_AGAIN = re.compile(
    r"\bhow (?:high|tall|far (?:down|the drop is|a drop))\b|\bthe drop\b|\bhigh enough\b|"
    r"\bhow (?:deep|cold) (?:is )?the (?:water|river|sea)\b|\b(?:survive|survivable)\b",
    re.IGNORECASE,
)
# After voices told: what they say of them next ("they get louder at night") is heard as that.
VOICES_HEARD_FOR = timedelta(hours=2)
# After saying they are drunk or high, fear or being alone is heard in that state for this long.
INFLUENCE_FOR = timedelta(hours=3)
# Fear of unwanted thoughts just told of is heard as such for this long.
INTRUSIVE_FOR = timedelta(hours=2)
THEY_SAY = re.compile(
    r"^\W*(?:and |but |yeah |yh |it'?s |its )?(?:they|the voices?|it|them)\b.{0,40}\b(?:get|gets|"
    r"getting|got|are|is|say|says|said|tell|tells|told|keep|keeps|won'?t|wont|never|always|"
    r"whisper\w*|shout\w*|scream\w*|laugh\w*|started|start|come|comes|louder|worse)\b",
    re.IGNORECASE,
)
# Readings of a short reply to the direct question that mean we could not read it.
# Wanting no more of the reminder just sent: "no more of these pls", "stop these", "dont need
# these anymore".
NO_MORE_OF_THESE = re.compile(
    r"^\W*(?:(?:ok|okay|um+|ugh|please|pls|actually|yeah|no|can you|can u|could you|could u)\W+)*"
    r"(?:no more (?:of )?(?:these|them|"
    r"this|that|those|reminders?)|stop (?:these|them|this|that|those|sending (?:these|them|this|"
    r"that))|(?:i )?(?:don'?t|dont|do not) (?:need|want) (?:these|them|this|that|those|"
    r"reminders?)(?: any ?more)?|enough (?:of )?(?:these|them|reminders))(?:\W+(?:reminders?|"
    r"one|please|pls|plz|thanks|thx|any ?more|now))*\W*$",
    re.IGNORECASE,
)
# Asking what to do, instead of answering the direct question: "what i should do", "any advice".
_ADVICE_FIRST = re.compile(
    r"^\W*(?:so|ok|okay|but|and|then|hmm+|um+)?\W*(?:what (?:should i|i should|do i|can i|i can|"
    r"shall i|i do) (?:do|try)(?: now| then| next)?|what now|any (?:advice|tips|ideas)|what do you "
    r"(?:suggest|think i should do)|(?:please )?(?:help|advise) me)\W*$",
    re.IGNORECASE,
)
UNCLEAR_ANSWERS = frozenset({"greet", "smalltalk", "out_of_scope", "goodbye", "thanks"})
# Greeted within this long after a crisis: welcomed back and asked how they are now.
WELCOME_BACK_HOURS = 72
# How a word about their own care not helping can be read ("my therapist is not helpful" is
# often read as asking for a person).
CARE_TALK_READS = frozenset(
    {"human_request", "mood_report", "out_of_scope", "out_of_scope_unsure", "smalltalk", "help",
     "support_other", "checkin_request"}
)  # fmt: skip
# How long after leaving a form "actually ok lets do it" starts it again.
RESUME_FOR = timedelta(minutes=30)
FORM_STARTS = {
    "checkin_form": "action_start_checkin",
    "breathing_form": "action_start_breathing",
    "sleep_form": "action_sleep_diary",
}
# How long after a crisis a question about means ("where can i buy rope") is read as danger.
MEANS_WATCH_HOURS = 48
# A bare goodbye faintly read as a crisis is a goodbye, unless a crisis was told this long ago.
SIGN_OFF_WATCH_HOURS = 24
# A question about stopping "it", this soon after feeling worse on a new medicine, is about it.
MEDICINE_TALK_FOR = timedelta(hours=2)
# "im scared" this soon after news that someone close is ill is fear for them.
FEAR_FOR_THEM_WITHIN = timedelta(hours=1)
ASKS = re.compile(r"\?|\b(?:how|should|does|do i|is it|can i|what)\b", re.IGNORECASE)
# Soon after a crisis, these are heard as more of what they are going through, not a new topic.
STAY_INTENTS = frozenset({"mood_report", "smalltalk", "out_of_scope", "support_other", "crisis"})


def respond(
    session: Session,
    convo: Conversation,
    text: str,
    media: list[dict[str, str]],
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    *,
    reread: Reread | None = None,
) -> list[Reply]:
    """Replies for one message that is not a carrier keyword. An offer we made ("would a
    breathing exercise help?") is only answered while it is fresh: "meh" a day later is
    not a yes to yesterday's question."""
    made = convo.slots.get("offer_at")
    stale = bool(made) and now - datetime.fromisoformat(str(made)) > OFFER_FOR
    if stale and not late_yes(session, convo, text, parse, now):  # (a yes to our last words)
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
    before = convo.slots.get("offer")
    menu_before = convo.slots.get("menu_shown")
    replies = _respond(session, convo, text, media, parse, settings, now, reread=reread)
    if menu_before and convo.slots.get("menu_shown") and not _menu_in(replies):
        # answered with something else since the menu ("my dog died"): a number next is
        # not a choice from it
        convo.slots = {**convo.slots, "menu_shown": False}
    # the last message, to explain what follows ("blisters everywhere" after new shoes)
    convo.slots = {**convo.slots, "said_before": {"text": text[:160], "at": now.isoformat()}}
    if 0 < len(text.split()) <= SPLIT_WORDS:  # kept, to be read with what comes next
        convo.slots = {**convo.slots, "last_said": {"text": text[:80], "at": now.isoformat()}}
    else:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "last_said"}
    offer = convo.slots.get("offer")
    # the breathing offer kept open while we listen, but not said in these replies ("I'm
    # here, go on"): a bare "yeah" next agrees with what we said, not with the offer
    quiet = offer == "breathing" and not any("breath" in r.text.lower() for r in replies)
    if quiet:
        convo.slots = {**convo.slots, "offer_quiet": True}
    else:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer_quiet"}
    # named only in passing, as a word to send ("... take the edge off ("breathe")"): a bare
    # "yeah" next may agree with what we heard, so it is asked about
    passing = offer == "breathing" and any(p in r.text for r in replies for p in IN_PASSING)
    if passing:
        convo.slots = {**convo.slots, "offer_in_passing": True}
    else:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer_in_passing"}
    if offer and (offer != before or not made):
        convo.slots = {**convo.slots, "offer_at": now.isoformat()}
    elif not offer:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer_at"}
    lang = written_in(text) or greeted_in(text)  # "hola necesito ayuda", "bonjour", "merhaba"
    if lang is not None and replies:
        replies = [*_in_their_language(convo, lang, settings, now), *replies]
    return replies


def _in_their_language(
    convo: Conversation, lang: str, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """ "hola necesito ayuda": a line in their language says we write only in English, with the
    emergency number; with every crisis answer, else at most once in `LANGUAGE_NOTE_EVERY`."""
    noted = convo.slots.get("language_note_at")
    crisis_now = convo.last_crisis_at is not None and convo.last_crisis_at >= now
    if noted and not crisis_now and now - datetime.fromisoformat(str(noted)) < LANGUAGE_NOTE_EVERY:
        return []
    convo.slots = {**convo.slots, "language_note_at": now.isoformat()}
    return [Reply(render("english_only", lang=lang, helpline=helpline_of(convo, settings)))]


# The breathing offer named only as a word to send, after frustration heard ("Ah, the last
# thing you needed! ... a short breathing exercise can help take the edge off ("breathe")").
IN_PASSING = ('a short breathing exercise can help take the edge off ("breathe")',)


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
    *,
    reread: Reread | None = None,
) -> list[Reply]:
    """Replies for one message, whatever offer is pending."""
    _note_reply(session, convo, now)
    assessment = safety.assess(text, parse, settings)
    if assessment.level == "doubt" and not convo.active_flow:
        # kept before the safety question, so "what should i do" after it gets ideas for it
        remember_feeling(convo, text, parse, now, loss=False)
    if assessment.level == "none":
        assessment = _read_with_the_last(convo, text, now) or assessment
    if assessment.level == "none" and _all_of_the_medicine(session, convo, text, now):
        # "took the lot" to "Reminder: take your tablets": the day's dose, or the packet?
        assessment = safety.Assessment("doubt", "dose")
    if assessment == safety.Assessment("doubt", "dose") and _taken_already(
        session, convo, text, now
    ):
        # "already took them this morning", to "Reminder: take your meds": the usual dose
        assessment = safety.Assessment("none")
        if not _medicine_just_reminded(session, convo, now):
            # "i already took them", just after setting one: today's done, the reminder kept
            row = session.get(Reminder, convo.slots.get("last_reminder_id"))
            repeats = row is not None and bool(row.rrule)
            return [Reply(render("medicine_taken_after_set", repeats=repeats))]
    medicine = _medicine_reply(session, convo, text, now)
    if medicine == "not_wanted":
        # "dont want to take them anymore", to "Reminder: take your tablets": heard, and why
        # stopping all at once is worth a word with the doctor first
        return [Reply(render("medicine_not_wanted"))]
    if medicine == "taken":  # "sorry missed this, took them now": ticked off
        return done_told(session, convo, now)
    if medicine == "run_out":  # "ive run out of them": how to get more, not asked about harm
        return [Reply(render("reminder_ran_out"))]
    if medicine == "came_off":  # "i stopped taking them": the prescriber first, and listened to
        reminder = reminder_just_sent(session, convo, now)
        repeats = reminder is not None and reminder.active and bool(reminder.rrule)
        offer_to_listen(convo, now)
        helpline = helpline_of(convo, settings)
        return [Reply(render("medicine_come_off", helpline=helpline, repeats=repeats))]
    if medicine == "stopped":  # "not taking them anymore, doctor stopped them"
        reminder = reminder_just_sent(session, convo, now)
        repeats = reminder is not None and reminder.active and bool(reminder.rrule)
        return [Reply(render("medicine_stopped", repeats=repeats))]
    if (
        assessment.level == "crisis"
        and not convo.slots.get("safety_state")
        and safety.strain_told_before(text, convo.slots.get("said_before"), now)
    ):  # "blisters everywhere" just after "these new shoes are killing my feet": the shoes
        assessment = safety.Assessment("none")
    words_kind = safety_words.crisis_kind(text)  # crisis words of their own, read once
    # (a long story the model hears as danger is never explained away by its first words)
    heard = bool(words_kind) or safety.told_around_a_danger(text, parse)
    if not heard and service_topic(text) == "complaint" and not safety_words.is_doubtful(text):
        # "whats the point of you then": about us, not about living
        assessment = safety.Assessment("none")
    if (
        not heard
        and not convo.onboarded
        and service_topic(text) in ABOUT_US
        and not safety_words.is_doubtful(text)
        and assessment.level != "third_party"  # "is this the crisis line? my daughter..."
    ):  # "why do u wanna keep it" to the consent question: about us, answered as such
        assessment = safety.Assessment("none")
    if (
        not heard
        and convo.slots.get("offer") == "person_again"
        and PERSON_AFTER_ALL.search(text)
        and not safety_words.is_doubtful(text)
    ):  # "i changed my mind can they still come", just after calling a person off: asked
        # for again (see offers.answer_offer), not a crisis read into it
        assessment = safety.Assessment("none")
    if (
        assessment.level == "doubt"
        and assessment.faint
        and not heard
        and convo.active_flow == "delete_form"
        and not safety_words.is_doubtful(text)
    ):  # "wait what will i lose", asked about erasing their data: about the data
        assessment = safety.Assessment("none")
    if (
        not heard
        and (NOT_HELPING.search(text) or STOP_FLOW.match(text.strip()) or FOCUS_ASKED.search(text))
        and not safety_words.is_doubtful(text)
        and exercise_under_way(session, convo)
    ):  # "i need to stop this isnt helping" during an exercise: about the exercise, which
        # stops and offers something else; "what am i meant to be thinking about": the breath
        assessment = safety.Assessment("none")
    if (
        assessment.level == "doubt"
        and assessment.faint
        and not heard
        and safety_words.SIGN_OFF.match(text)
        and not crisis.crisis_within(convo, now, hours=SIGN_OFF_WATCH_HOURS)
        and not crisis.said_no_lately(convo, now)
        and not convo.slots.get("safety_state")
    ):  # "goodbye" after setting a reminder: a goodbye, faintly read, with no crisis told
        # today; after one, it is still asked about (and a goodbye after means, answered)
        assessment = safety.Assessment("none")
    if (
        assessment.level == "doubt"
        and not heard
        and not safety_words.is_doubtful(text)
        and _answers_our_question(convo, text)
    ):  # "prob a three tbh. didnt sleep" to the mood question, "the last one" to the choice of
        # breathing: the answer we asked for, which the model alone read as a crisis
        assessment = safety.Assessment("none")
    if not heard and NOT_WANTED.match(text.strip()) and not safety_words.is_doubtful(text):
        # "no i dont want to breathe i want to be angry": about the exercise, not living
        assessment = safety.Assessment("none")
    if (
        assessment.level == "crisis"
        and not heard
        and _short_answer_to_a_question(convo, text)
        and not safety_words.prepared(text)
        and not crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "forever" to "how long did it take to fall asleep?", "didnt really help tbh" after
        # breathing: the model alone hears a crisis in a few words that answer our question;
        # asked directly, not the full answer
        assessment = safety.Assessment("doubt", assessment.kind, faint=True)
    if (
        assessment.level == "doubt"
        and DONE_HERE.match(text.strip())
        and under_way(session, convo)
        and not crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "ok im done now" mid-exercise, as it says to reply: finished with it, not with life
        assessment = safety.Assessment("none")
    if safety_words.acting_now(text) and crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS):
        # "fine. i'll do it then", even while waiting for a person: danger now
        assessment, words_kind = safety.Assessment("crisis", "danger"), "danger"
    if (
        assessment.level != "crisis"
        and convo.active_flow is None  # not "tonight" answering "when shall I remind you?"
        and safety_words.where_or_when(text)
        and crisis.in_crisis_window(convo, settings, now)
    ):  # "im on the roof", "i mean it though, tonight": the plan, told in part, even waiting
        assessment = safety.Assessment("crisis", "danger")
    if safety_words.phone_is_watched(text):
        # "dont text me after 6, he checks my phone": nothing from us unless they text first
        quiet_unless_texted(session, convo)
        if not (assessment.level == "crisis" and assessment.kind == "danger"):
            if assessment.level == "crisis":  # flagged for staff all the same
                crisis.raise_flag(session, convo, "crisis", assessment.kind, now)
                convo.last_crisis_at = now  # "ok" next is met with help in reach, not the menu
                # ("no he doesnt hit me" next is heard as about them)
                convo.slots = {**convo.slots, "crisis_kind": assessment.kind or "suicidal"}
            helpline = helpline_of(convo, settings)
            # hurt, told in this message ("he checks my phone and hits me")
            abuse = "abuse" in (words_kind, assessment.kind) and safety_words.hurt_told(text)
            # "he doesnt hit me but he reads all my messages, decides who i see... is this
            # normal?", "checks my phone and won't let me see my friends": control is abuse
            # too, said so
            control = not abuse and (
                safety_words.kept_or_controlled(text)
                or words_kind == "abuse"
                or (assessment.kind == "abuse" and safety_words.asks_if_abuse(text))
            )
            return [
                Reply(render("only_when_texted", helpline=helpline, abuse=abuse, control=control))
            ]
    _note_who_they_are(convo, text, now)
    ill_at = convo.slots.get("close_ill_at")
    if not words_kind and everyday.someone_close_ill(text):  # "my dad is in hospital"
        convo.slots = {**convo.slots, "close_ill_at": now.isoformat()}
    elif (
        assessment.level == "doubt"
        and assessment.faint
        and not words_kind
        and ill_at
        and now - datetime.fromisoformat(str(ill_at)) <= FEAR_FOR_THEM_WITHIN
        and everyday.bare_fear(text)
    ):  # "im scared", just after "my dad is in hospital": fear for him, heard as such
        assessment = safety.Assessment("none")
    if (
        assessment.level in ("crisis", "doubt")
        and convo.slots.get("safety_state") in ("clarifying", "offered_person")
        and safety_words.answer_of(text, parse.intent) == "no"
        and not words_kind
        and not safety_words.says_more_than_no(text)  # "no, i've already taken the pills"
    ):  # "No, I'm not going to hurt myself, I'm just tired of it all": a no, as said
        assessment = safety.Assessment("none")
    if (
        assessment.level in ("crisis", "doubt")
        and safety_words.asked_after_crisis(text)
        and not words_kind
        and crisis.in_crisis_window(convo, settings, now)
    ):  # "are you going to call the police?": answered, not read as a new crisis
        return crisis.stay(convo, settings, text)
    if assessment.level in ("crisis", "doubt") and still_about_them(
        convo, text, now, own_words=bool(words_kind)
    ):
        assessment = safety.Assessment("third_party")
    if assessment.level in ("crisis", "doubt") and convo.active_flow == crisis.CHECKIN_FORM:
        # "hopeless", as the feelings of a check-in: kept with the score if the question cuts
        # the check-in short
        convo.slots = {**convo.slots, "checkin_told": text[:300]}
    if assessment.level in ("crisis", "doubt") and grieving(convo, text, now):
        assessment = safety.Assessment("none")  # "he was always there for me", after a loss
    if (
        assessment.level == "none"
        and loss_lately(convo, now)
        and safety_words.wants_to_follow_them(text)
    ):  # "sometimes i think about following him", after a loss: asked directly
        assessment = safety.Assessment("doubt")
    if assessment.level != "crisis" and loss_lately(convo, now) and survivor_guilt(text):
        # "like it should have been me", "i should have been there instead of her", after a
        # loss: asked directly about thoughts of dying, even mid check-in
        assessment = safety.Assessment("doubt", "suicidal")
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and grieving(convo, text, now)
        and MEMORY_OF_THEM.search(text)
        and not safety_words.harm_told(text)
    ):  # "she used to make me breakfast every sunday": a memory of them, heard as one
        told = int(convo.slots.get("memories_told", 0))
        convo.slots = {**convo.slots, "memories_told": told + 1}
        fond = parse.ekman == "joy"
        young = TOO_YOUNG.search(text) is not None  # "he was only 24": far too soon
        memory = render("grief_memory", fond=fond, told=told, young=young, **pronouns(convo, text))
        return [Reply(memory)]
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
        return crisis.clarify(session, convo, settings, now, "suicidal")
    acted_on = bool(DONE_WORDS.match(text.strip())) and just_reminded(session, convo, now)
    not_yet = (
        not words_kind and NOT_YET.search(text) is not None and just_reminded(session, convo, now)
    )
    snoozed = (
        None
        if assessment.level != "none" and not not_yet
        else snooze(session, convo, text, settings, now)
    )
    if snoozed is not None:  # the reminder put off: an offer made with it is not still open
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
        return snoozed
    if assessment.level == "none" and re.match(r"^\W*snooze\W*$", text, re.IGNORECASE):
        return [Reply(render("snooze_nothing"))]  # nothing due to put off
    if assessment.level != "none" and (
        acted_on or _stops_activity(session, convo, text, settings, now)
    ):  # "i want to stop" mid-exercise: the exercise; "i took my tablets": the reminder
        assessment = safety.Assessment("none")
    no_more = NO_MORE_OF_THESE.match(text.strip()) is not None and not words_kind
    after = reminder_just_sent(session, convo, now) if no_more else None
    if after is not None:
        after = put_off_from(session, convo, after)
        # "no more of these pls", "stop these" just after a reminder: that reminder, not a
        # life to be done with; a one-off that has been sent already won't come again
        described = context.reminder_description(after, convo.timezone)
        one_off = not after.active
        if not one_off:
            effects.apply(
                session,
                convo,
                {"mindlink_effect": "cancel_reminder", "id": after.id},
                settings,
                now,
            )
        return [Reply(render("reminder_no_more", one_off=one_off, what=described))]
    sent = reminder_just_sent(session, convo, now) if assessment.kind == "stop" else None
    if sent is not None and sent.active:
        # "can you make it stop" just after a reminder: that reminder
        return run(session, convo, "action_cancel_reminder", text, parse, settings, now)
    if (
        assessment.level != "none"
        and not words_kind
        and not safety_words.is_doubtful(text)
        and BREATHING_BODY.search(text)
        and convo.active_flow is None
        and under_way(session, convo)
    ):  # "i feel like i'm going to faint" mid-exercise: the breathing, not a crisis
        return body_speaks(session, convo, text, settings, now)
    if (
        assessment.level != "none"
        and not words_kind
        and convo.active_flow is None
        and (explained.about_the_exercise(text) or explained.panic_again(text))
        and under_way(session, convo)
    ):  # "i cant do the 7 second hold", "its happening again im in the toilets at work"
        # mid-exercise: the breathing (whose opening gave the emergency number), not a crisis
        hard = explained.about_the_exercise(text)
        return [Reply(render("breathing_hold_hard" if hard else "breathing_with_you"))]
    if assessment.level != "none" and not words_kind and not safety_words.is_doubtful(text):
        body = body_answer(convo, text, settings, now)
        if body is not None:  # "still dizzy", after we asked how they feel once it stopped
            return body
    replies = _met_before_the_crisis_answer(
        session, convo, text, assessment, words_kind, acted_on, settings, now
    )
    if replies is not None:
        # "my mum has cancer" as the first message: heard, then the welcome and the one
        # question, so the "yes" that comes next is not taken for something else
        return replies + onboarding.asked_after_heard(convo, settings)
    if assessment.level != "crisis" and safety_words.asks_about_means(text):
        # "where can i buy rope" the day after a crisis: danger, not a shopping question
        declined = convo.slots.get("safety_state") == "declined"  # "no" to the question just now
        if declined or crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS):
            assessment = safety.Assessment("crisis", "danger")
        elif assessment.level == "none" and safety_words.asks_for_a_height(text):
            # "whats the tallest bridge near bristol", out of the blue: asked, gently (and,
            # with nothing hard told beside it, a "no" lets the question itself be answered)
            calm = parse.ekman in ("neutral", "joy", "surprise")
            assessment = safety.Assessment("doubt", "height", faint=calm)
            convo.slots = {**convo.slots, "height_asked_at": now.isoformat()}
    height_at = convo.slots.get("height_asked_at")
    if (
        assessment.level != "crisis"
        and height_at
        and now - datetime.fromisoformat(str(height_at)) <= HEIGHT_WATCH
        and HEIGHT_AGAIN.search(text)
    ):  # "just wondering how high it is", after "no reason": the height still, answered
        assessment = safety.Assessment("crisis", "suicidal")
    replies = _harm_met_as_such(session, convo, text, assessment, words_kind, settings, now)
    if replies is not None:
        return replies
    replies = _crisis_answer(session, convo, text, assessment, words_kind, settings, now)
    if replies is not None:
        return replies
    named = line_named(text, helpline_of(convo, settings)) if not words_kind else None
    if named is not None:  # "whats the number for beat": that line, even mid-crisis
        return [Reply(render("line_named", line=named, helpline=helpline_of(convo, settings)))]
    state = convo.slots.get("safety_state")
    asked_before = {k: v for k, v in convo.slots.items() if k.startswith("clarify_")}
    if state in ("declined", "declined_person"):
        replies = crisis.after_declined(session, convo, text, settings, now)
        if replies is not None:
            return replies
        state = None
    if state == "clarifying" and (
        safety_words.urgent_now(text) or safety_words.sounds_like_goodbye(text)
    ):  # "tonight's the night", "thanks for everything x" instead of yes or no: danger
        return crisis.crisis_response(session, convo, "danger", settings, now)
    if state == "clarifying":
        asked_about = convo.slots.get("clarify_said")
        # "joking obvs", "lol jk" to the direct question: a no, said laughing
        joking = not words_kind and safety_words.takes_it_back(text) == "joking"
        answer, said_as = ("no", "deny") if joking else (text, parse.intent)
        replies = crisis.after_clarify(session, convo, answer, said_as, settings, now)
        if (
            replies is not None
            and asked_about
            and not joking  # a joke taken back is not replayed as a mood ("glad to hear it")
            and convo.slots.get("safety_state") == "declined"
        ):
            # "no" to a question a faint reading raised: now answer what they said
            first, reading = replayed(asked_about, text, parse, convo.timezone, now)
            lived = lived_topic(first) if convo.active_flow is None else None
            if lived is not None:  # "no", after gambling told with "i'd rather be dead"
                return replies + _lived_answer(convo, lived, settings, now)
            if reading.intent == "crisis":  # "no" to it: how they feel, told ("im pregnant and
                reading = replace(reading, intent="mood_report")  # scared"), is heard
            fallback = route(intent_of(reading, first, settings), first) == "action_fallback"
            if fallback and not convo.active_flow:
                return replies  # "i wanna kms 💀", "no lol": nothing else in it to answer
            # ("forever" to "how long did it take to fall asleep?": the diary goes on)
            return replies + _dialogue(session, convo, first, reading, settings, now)
        if replies is not None:
            return replies
        leaving = parse.intent in ("thanks", "goodbye") or THANKS_ONLY.match(text.strip())
        if leaving and not safety_words.sounds_like_goodbye(text):
            # "thanks for listening, really": a warm goodbye, help in reach, and we check in
            helpline = helpline_of(convo, settings)
            return [Reply(render("clarify_leaving", helpline=helpline))]
        if _ADVICE_FIRST.search(text) and not safety_words.is_doubtful(text):
            # "what i should do", to the direct question: help comes, once we know they're safe
            # (the question first asked, put again: "is someone hurting you?" stays that)
            kind = str(asked_before.get("clarify_kind") or "suicidal")
            convo.slots = {**convo.slots, "safety_state": "clarifying", "clarify_kind": kind}
            helpline = helpline_of(convo, settings)
            reply = render("clarify_unclear", helpline=helpline, why=False, advice=True, kind=kind)
            return [Reply(reply)]
        asked_back = text.rstrip().endswith("?")  # "should i say something?": answered
        unclear = parse.intent in UNCLEAR_ANSWERS and keyword_action(text) is None
        if len(text.split()) <= 4 and unclear and not parse.entities and not asked_back:
            # "oo po", "hmm", "idk": not an answer we can read; the same question asked again
            # kindly ("is someone hurting you?" stays that), help in reach
            kind = str(asked_before.get("clarify_kind") or "suicidal")
            convo.slots = {**convo.slots, "safety_state": "clarifying", "clarify_kind": kind}
            helpline = helpline_of(convo, settings)
            return [Reply(render("clarify_unclear", helpline=helpline, why=False, kind=kind))]
    recent_crisis = crisis.in_crisis_window(convo, settings, now)
    if recent_crisis and not convo.handed_over and safety_words.METHOD_ASKED.search(text):
        # "do you think it would hurt": never answered; asked about acting on it now
        return crisis.clarify(session, convo, settings, now, "acting")
    taken_back = safety_words.takes_it_back(text) if recent_crisis else None
    if taken_back and assessment.level != "crisis":  # not "delete my data": keep the follow-up
        return crisis.taken_back(convo, settings, taken_back)
    # A panic now with only a faint reading: breathing at once (its opening gives the
    # emergency number), not a question first.
    panic_now = assessment.faint and PANIC.search(text) is not None
    ok_again = (  # "im ok now i put it away", "sorry im fine now, ignore me": glad, not
        # the crisis answer again (a no to a person; see crisis.after_offer)
        convo.slots.get("safety_state") in ("offered_person", "followed_up")
        and assessment.level != "crisis"
        and safety_words.OK_AGAIN.search(text) is not None
    )
    if (
        convo.slots.get("safety_state") == "offered_person" or ok_again
    ) and (  # "yes but i'm safe right now, i just need someone to know": a yes to a person
        not words_kind and (safety_words.YES_FIRST.match(text) or ok_again)
    ):
        replies = crisis.after_offer(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
    if state == "offered_person" and handover.unsure_of_person(convo, text):
        # "idk", "maybe", "what would they even do": what a person could help with, and that
        # it is their choice, before anyone is asked to join
        return handover.person_explained(convo, settings)
    if (
        assessment.level == "doubt"
        and assessment.faint
        and BREATHING_BODY.search(text)
        and under_way(session, convo)
        and convo.active_flow is None
    ):  # "im dizzy" in the middle of 4-7-8: the exercise stops, and what to do about it
        return body_speaks(session, convo, text, settings, now)
    if assessment.level == "doubt" and not convo.handed_over and not panic_now:
        if (
            recent_crisis
            and convo.slots.get("crisis_kind") == "abuse"
            and not assessment.faint
            and not convo.slots.get("own_asked")
        ):  # "i feel like giving up", after being hurt by someone: their own safety, asked
            convo.slots = {**convo.slots, "own_asked": True}
            return crisis.clarify(session, convo, settings, now, "suicidal")
        if recent_crisis and (_may_stay(convo) or not assessment.faint):
            # they told us already: stay with them rather than ask again
            return crisis.stay_or_escalate(session, convo, text, settings, now)
        if not recent_crisis and state == "clarifying":
            # more told instead of a yes or no ("i havent told anyone"): heard, and the same
            # question put again in fewer words, not word for word
            convo.slots = {**convo.slots, **asked_before, "safety_state": "clarifying"}
            helpline = helpline_of(convo, settings)
            kind = str(asked_before.get("clarify_kind") or "suicidal")
            reply = render("clarify_unclear", helpline=helpline, why=False, told=True, kind=kind)
            return [Reply(reply)]
        if not recent_crisis and safety_words.cant_speak_now(text):
            # "cant talk rn my mum is here", read as a worry: no questions to answer with them
            # there, only how to get help without speaking
            return [Reply(render("cant_talk_now", helpline=helpline_of(convo, settings)))]
        if not recent_crisis and not (assessment.faint and crisis.said_no_lately(convo, now)):
            # (a faint reading just after a "no" to this question is answered as said:
            # "i just feel like im always asking for help" is not asked about twice)
            said = (
                kept_reading(text, parse)
                if assessment.faint and assessment.kind != "quote"
                else None
            )
            effects.stop_breathing(session, convo, {}, settings, now)  # no rounds over the question
            return crisis.clarify(
                session, convo, settings, now, assessment.kind, assessment.past, said
            )
        # a faint reading after staying with them twice: answered as what it says
    if state == "followed_up":
        replies = crisis.after_followup(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
    if state == "offered_person":
        replies = crisis.after_offer(session, convo, text, parse.intent, settings, now)
        if replies is not None:
            return replies
        if recent_crisis and _still_in_it(text, parse.intent, convo) and _may_stay(convo):
            return crisis.stay_or_escalate(session, convo, text, settings, now)
    elif (
        recent_crisis
        and not convo.handed_over
        and _still_in_it(text, parse.intent, convo)
        and _may_stay(convo)
    ):
        # "actually yes, i do think about it"
        return crisis.stay_or_escalate(session, convo, text, settings, now)
    back = (
        not recent_crisis
        and not convo.handed_over
        and (intent_of(parse, text, settings) == "greet" or BACK_AFTER.search(text) is not None)
        and crisis.crisis_within(convo, now, hours=WELCOME_BACK_HOURS)
    )
    if recent_crisis and not convo.handed_over and safety_words.asked_after_crisis(text):
        # "do you think it gets better?", "what should i do tonight": answered, help in reach
        return crisis.stay(convo, settings, text)
    if recent_crisis and convo.onboarded and not convo.handed_over and ACK_ONLY.match(text.strip()):
        # "ok" after the crisis answer: help stays in reach, not the menu
        helpline = helpline_of(convo, settings)
        return [Reply(render("crisis_ack", helpline=helpline))]
    if back:  # "hey, sorry about last night": welcomed back warmly, and asked how they are
        convo.slots = {**convo.slots, "safety_state": "followed_up"}
        helpline = helpline_of(convo, settings)
        return [Reply(render("welcome_back", helpline=helpline))]
    # the first answer after the team hands the chat back says it is the bot again
    back_from_team = handover.back_from_the_team(convo)
    from_bot = [Reply(render("handover_back"))] if back_from_team else []
    return from_bot + _after_safety(
        session,
        convo,
        text,
        media,
        parse,
        assessment,
        recent_crisis,
        acted_on,
        settings,
        now,
        reread=reread,
    )


# Low or numb with a new baby, or the name for it: "i feel nothing when i look at her", "i
# dont feel any bond with my baby", "i think i have postnatal depression".
LOW_AFTER_A_BABY = re.compile(
    r"\b(?:postnatal|post-?natal|post-?partum) (?:depression|anxiety|blues)\b|\b(?:pnd|ppd)\b|"
    r"\b(?:feel|felt|feeling) (?:nothing|numb|no (?:love|bond|connection)|(?:so )?disconnected)"
    r"\b|"
    r"\b(?:don'?t|dont|do not|can'?t|cant|cannot) (?:feel (?:any )?(?:love|a bond|any bond|"
    r"connected)|bond|love (?:her|him|them|my baby))\b|\bno bond\b|"
    r"\b(?:i'?m|im|i am|i feel|i'?ve felt|ive felt|feeling|felt|been|so|really|very) (?:so |really "
    r"|very |quite |a bit |super )?(?:low|down|empty|numb|flat|depressed)\b",
    re.IGNORECASE,
)


# Their own paid carer named: "my carer", "the care worker who comes in".
OWN_CARER = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:carers?|care workers?|care assistants?|support workers?|home "
    r"help)\b|\bthe (?:carers?|care workers?) (?:who|that) (?:comes?|visits?)\b",
    re.IGNORECASE,
)


def _note_who_they_are(convo: Conversation, text: str, now: datetime) -> None:
    """What they tell of themselves that changes the help we name: young, deaf, older, a
    new parent, a veteran, hurt by a partner or a parent, caring for someone."""
    if CARING_FOR.search(text):  # "i look after my husband who has dementia": carers' help
        convo.slots = {**convo.slots, "carer_at": now.isoformat()}
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
    if OWN_CARER.search(text):  # "my carer takes my money": who oversees carers goes with abuse
        convo.slots = {**convo.slots, "own_carer": True}
    if safety_words.new_parent(text):  # "she's 3 weeks old": the midwife or health visitor too
        convo.slots = {**convo.slots, "new_parent": True}
    if safety_words.veteran(text):  # "i'm a veteran": the veterans' line, where there is one
        convo.slots = {**convo.slots, "veteran": True}


def _met_before_the_crisis_answer(
    session: Session,
    convo: Conversation,
    text: str,
    assessment: safety.Assessment,
    words_kind: str | None,
    acted_on: bool,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """An emergency put right or told (found someone, someone who will not wake), a goodbye or
    drowsiness after a crisis or an overdose, a lived topic, a burn, hard news, the abuser
    away, "i took them": each met as such before any crisis answer."""
    if emergency.corrected(convo, text, now):  # "no i mean hanging out, like at the pub"
        return [Reply(render("emergency_misread"))]
    sign = emergency.sign_of(text)
    if sign in ("body_chest", "body_faint") and under_way(session, convo):
        sign = None  # "my chest feels tight" mid-exercise: the exercise answers it
    if sign is not None:  # "found my son hanging", "i cant wake her up": 999 and first aid
        return emergency.respond(session, convo, sign, text, settings, now)
    ongoing = emergency.lately(convo, now, text)
    if ongoing and not (words_kind and assessment.level == "crisis"):
        # "she's snoring weird", "should i put her on her side": still the emergency
        return emergency.respond(session, convo, ongoing, text, settings, now, again=True)
    if (
        safety_words.TRIED_BEFORE.search(text)
        and not safety_words.told_as_past(text)
        and convo.slots.get("safety_state") in ("offered_person", "declined", "declined_person")
        and crisis.in_crisis_window(convo, settings, now)
        and not safety_words.PLAN_TOLD.search(text)
    ):  # "i've tried before and it didnt work", after the crisis answer: acting on it now?
        return crisis.clarify(session, convo, settings, now, "tried")
    farewell = safety_words.sounds_like_goodbye(text) and crisis.crisis_within(
        convo, now, hours=MEANS_WATCH_HOURS
    )
    # "goodnight", soon after "gonna take all my pills tonight": a goodbye, not good manners
    farewell = farewell or (
        safety_words.SIGN_OFF.match(text) is not None
        and bool(convo.slots.get("means"))
        and crisis.in_crisis_window(convo, settings, now)
    )
    if farewell:  # "thanks for everything" after a crisis: asked, with the emergency number
        worry = [Reply(render("farewell_worry"))]
        return worry + crisis.crisis_response(session, convo, "danger", settings, now)
    overdose_at = convo.slots.get("overdose_at")
    overdose_lately = bool(overdose_at) and (
        now - datetime.fromisoformat(str(overdose_at)) < OVERDOSE_WATCH
    )
    if overdose_lately and safety_words.sleepy(text):
        # "i just want to sleep" after 40 paracetamol: the overdose, not tiredness
        return _flagged(session, convo, settings, now, "overdose_sleepy")
    if overdose_lately and safety_words.when_taken(text):
        # "an hour ago", asked nothing else: still the overdose, not a hello
        return _flagged(session, convo, settings, now, "overdose_when")
    if safety_words.clean_from_drugs(text):  # "ive been clean from heroin 6 months"
        convo.slots = {**convo.slots, "clean_at": now.isoformat()}
    clean_at = convo.slots.get("clean_at")
    if (
        clean_at
        and now - datetime.fromisoformat(str(clean_at)) <= RECOVERY_HEARD_FOR
        and safety_words.used_again(text)
        and words_kind is None
    ):  # "i used last night", after "clean from heroin": a lapse, and an overdose risk
        convo.slots = {**convo.slots, "overdose_at": now.isoformat()}
        return _flagged(session, convo, settings, now, "used_again")
    if overdose_lately and not words_kind and AFTER_USING.search(text):
        # "i dont know how much i took", "i feel a bit weird": the emergency, now
        return crisis.crisis_response(session, convo, "danger", settings, now, taken=True)
    lived = (
        lived_topic(text)
        if assessment.level == "none" and not words_kind and convo.active_flow is None
        else None
    )
    if lived is not None:  # OCD, drink, coming out, a crying baby, gambling: met as such
        return _lived_answer(convo, lived, settings, now)
    if (
        assessment.level == "none"
        and not words_kind
        and convo.active_flow is None
        and SOMETHING_HAPPENED.search(text)
    ):  # "something happened at a party last weekend": an opening to say more, listened to
        offer_to_listen(convo, now)
        return [Reply(render("something_happened"))]
    influence = convo.slots.get("influence")
    feels = after_influence(text) if influence and convo.active_flow is None else None
    if (
        influence
        and feels is not None
        and not words_kind
        and now - datetime.fromisoformat(str(influence["at"])) <= INFLUENCE_FOR
    ):  # "im kinda scared actually", "im at home alone", just after "im so high rn lol"
        convo.slots = {**convo.slots, "offer": "breathing"}
        helpline = helpline_of(convo, settings)
        return [Reply(render("influence_more", what=influence["what"], helpline=helpline, **feels))]
    abroad = line_place(text, convo.country) if service_topic(text) == "helpline" else None
    if assessment.level == "none" and abroad is not None:
        # "i live in canada whats the number i should call": the line where they are; a
        # line from elsewhere ("whos the number for lifeline", from the UK) with their own
        line = helpline_for(abroad[0], settings["helplines"])
        theirs = convo.country != abroad[0] and country_named(text) is None  # not "i live in"
        here = country_name(convo.country) if theirs else None
        reply = render(
            "helpline_abroad",
            helpline=line,
            place=abroad[1],
            here=helpline_of(convo, settings),
            here_place=here,
        )
        return [Reply(reply)]
    if assessment.level == "none" and safety_words.household_burn(text):
        # "burned myself on the oven": first aid, not a breathing exercise
        return [Reply(render("minor_burn", helpline=helpline_of(convo, settings)))]
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and safety_words.new_parent(text)
        and LOW_AFTER_A_BABY.search(text)
    ):  # "my baby is 6 weeks old and i feel nothing when i look at her": not their fault,
        # common and treatable, and who to tell; thoughts of harm, where to turn
        offer_to_listen(convo, now)
        return [Reply(render("postnatal_low", helpline=helpline_of(convo, settings)))]
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and everyday.stopped_own_medicine(text)
    ):  # "i stopped taking my antidepressants": the prescriber first, then how they've been
        offer_to_listen(convo, now)
        return [Reply(render("medicine_come_off", helpline=helpline_of(convo, settings)))]
    worse_at = convo.slots.get("medicine_worse_at")
    stopping = (
        bool(worse_at)
        and now - datetime.fromisoformat(str(worse_at)) <= MEDICINE_TALK_FOR
        and not words_kind
        and explained.stop_taking_it(text)
    )
    if stopping or (
        assessment.level == "none"
        and convo.active_flow is None
        and everyday.worse_on_new_medicine(text)
    ):  # "my gp put me on 50mg last week and i feel worse", then "should i stop taking it":
        # the prescriber, before stopping; and told today of any thoughts of harm
        convo.slots = {**convo.slots, "medicine_worse_at": now.isoformat()}
        helpline = helpline_of(convo, settings)
        return [Reply(render("medicine_worse", helpline=helpline, stopping=stopping))]
    if (
        assessment.level == "none"
        and convo.active_flow is None
        and safety_words.illness_news(text)
        and not text.rstrip().endswith("?")
        and service_topic(text) is None  # "can you diagnose me with adhd": asked, not news
        and not crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)  # "in hospital now"
        # "my dad is in hospital", then "he had a stroke this morning": more of what they are
        # telling, listened to, not "I'm so sorry. That's a lot to take in" word for word again
        and not (convo.slots.get("offer") == "talk" and listening_lately(convo, now))
    ):  # "scan results came back, its ms": hard news, heard before anything else
        offer_to_listen(convo, now)
        # ("finally got a diagnosis after 3 years, adhd": often a relief, not a sorrow)
        return [Reply(render("hard_news", relief=diagnosis_relief(text)))]
    if safety_words.not_hit(text) and (
        (
            convo.slots.get("crisis_kind") == "abuse"
            and crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
        )
        or (assessment.level == "crisis" and assessment.kind == "abuse")
    ):  # "no he doesnt hit me", after control was told: it counts, without the suicide question.
        # Said out of the blue, "he never hits me" is someone wondering whether what happens
        # to them counts (the model hears only the hitting): the same answer, not the alarm
        return [Reply(render("abuse_not_physical", helpline=helpline_of(convo, settings)))]
    if (
        assessment.level != "crisis"
        and convo.slots.get("crisis_kind") == "abuse"
        and safety_words.abuser_away(text)
        # "hes not back yet": answered as that; "not tonight, he's down the pub": away now
        and (not safety_words.asked_after_crisis(text) or safety_words.NOT_YET.match(text))
        and crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "hes asleep now", after abuse: a safer moment to get help, not a sleep diary
        helpline = helpline_of(convo, settings)
        strangled = bool(convo.slots.get("strangled"))
        return [Reply(render("abuser_away", helpline=helpline, strangled=strangled))]
    if (
        not acted_on
        and safety_words.did_it(text)
        and crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
    ):  # "i took them" after a crisis: an overdose, whatever the model read
        return crisis.crisis_response(session, convo, "danger", settings, now, taken=True)
    return None


def _harm_met_as_such(
    session: Session,
    convo: Conversation,
    text: str,
    assessment: safety.Assessment,
    words_kind: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """No one to be told, wound care, sextortion, intrusive thoughts, a dose by mistake, voices,
    a doctor needed now, nowhere safe, harm to others or an eating worry: each with its own
    answer (and staff told where it is danger) rather than the general crisis one."""
    if (
        (assessment.level != "crisis" or not words_kind)
        and safety_words.refuses_contact(text)
        and crisis.in_crisis_window(convo, settings, now)
    ):  # "please dont tell anyone", soon after a crisis (whatever the model read in it)
        return crisis.no_contact(convo, settings)
    if (
        assessment.level in ("crisis", "doubt")
        and words_kind in (None, "self_harm")
        and safety_words.WOUND_CARE.search(text)
        and ASKS.search(text)
        and not crisis.in_crisis_window(convo, settings, now)
    ):  # "how do i know if it needs stitches": how to look after it, with help in reach
        crisis.raise_flag(session, convo, "crisis", "self_harm", now)
        convo.last_crisis_at = now
        convo.slots = {**convo.slots, "crisis_kind": "self_harm"}
        return crisis.stay(convo, settings, text)
    if safety_words.pressed_for_pictures(text) and words_kind not in ("suicidal", "danger"):
        # "he'll send the pics to my school if i dont send more": sextortion, met as such
        return crisis.exploitation_response(session, convo, settings, now)
    if safety_words.intrusive_thoughts(text) and words_kind not in ("suicidal", "danger"):
        # "intrusive thoughts about hurting my baby, i'd never do it": what they are, and help
        child = intrusive_about_a_child(text)
        told = {"at": now.isoformat(), "child": child}
        convo.slots = {**convo.slots, "intrusive": told}
        template = "intrusive_baby" if child else "intrusive_thoughts"
        return [Reply(render(template, helpline=helpline_of(convo, settings)))]
    intrusive = convo.slots.get("intrusive")
    if (
        intrusive
        and not words_kind
        and now - datetime.fromisoformat(str(intrusive["at"])) <= INTRUSIVE_FOR
        and intrusive_more(text)
    ):  # "i would never do it, they just pop in my head", "am i a bad mum": heard as such
        child, again = bool(intrusive.get("child")), bool(intrusive.get("more"))
        convo.slots = {**convo.slots, "intrusive": {**intrusive, "more": True}}
        helpline = helpline_of(convo, settings)
        return [Reply(render("intrusive_more", helpline=helpline, child=child, again=again))]
    if safety_words.dose_by_mistake(text) and words_kind != "suicidal":
        # "took 4 instead of 1 by accident, is that bad": medical advice now, not a crisis
        return [Reply(render("dose_mistake", helpline=helpline_of(convo, settings)))]
    if safety_words.hurt_by_dementia(text) and words_kind not in ("suicidal", "danger"):
        # "my wife has dementia and hit me today": their safety, then help for a carer, not
        # a domestic-abuse line; what they say next is listened to
        offer_to_listen(convo, now)
        return _flagged(session, convo, settings, now, "dementia_hurt")
    if safety_words.hurt_a_partner(text) and words_kind not in ("suicidal", "danger"):
        # "i hit my girlfriend last night, i didnt mean to": her safety, and help to stop
        who = who_is_meant(text.split("my ", 1)[-1])  # the partner named, not "i"
        they, them = {"he": ("he", "him"), "she": ("she", "her")}.get(who, ("they", "them"))
        return _flagged(session, convo, settings, now, "hurt_partner", they=they, them=them)
    if safety_words.told_to_harm(text) and words_kind not in ("suicidal", "danger"):
        # "the voices are telling me to hurt my mum": keeping everyone safe, and help today
        return _flagged(session, convo, settings, now, "harm_to_others", means=None, voices=True)
    doctor = safety_words.needs_a_doctor_now(text)
    if doctor and words_kind not in ("suicidal", "danger"):
        # "stopped drinking 2 days ago, shaking and seeing things", "hearing things": medical
        # help today (withdrawal can be dangerous), not a diary or a breathing exercise
        if doctor == "perceptions":
            convo.slots = {**convo.slots, "perceptions_at": now.isoformat()}
        return _flagged(session, convo, settings, now, "doctor_now", why=doctor)
    voices_at = convo.slots.get("perceptions_at")
    if (
        voices_at
        and now - datetime.fromisoformat(str(voices_at)) <= VOICES_HEARD_FOR
        and not words_kind
        and convo.active_flow is None
        and keyword_action(text) is None
        and THEY_SAY.search(text)
    ):  # "they get louder at night", after "i keep hearing voices": more of it, heard
        return [Reply(render("voices_more", helpline=helpline_of(convo, settings)))]
    if safety_words.no_safe_place(text) and words_kind not in ("suicidal", "danger", "abuse"):
        # "kicked out, sleeping in my car tonight": somewhere safe first, not sleep tips
        young = bool(convo.slots.get("young"))
        return _flagged(session, convo, settings, now, "nowhere_safe", young=young)
    if safety_words.harm_to_others(text) and words_kind not in ("suicidal", "danger"):
        # "so angry i could hurt someone, i've got a knife": keeping everyone safe, now
        means = safety_words.means_named(text)
        child = safety_words.harm_to_child(text)  # "i feel like shaking the baby"
        return _flagged(session, convo, settings, now, "harm_to_others", means=means, child=child)
    told_already = bool(convo.slots.get("eating")) and crisis.in_crisis_window(convo, settings, now)
    if (
        safety_words.eating_worry(text)
        and words_kind not in ("suicidal", "danger")
        and not told_already  # (more of it next is stayed with, not the same answer again)
    ):  # "i make myself throw up after i eat": met as an eating worry, with its own line
        return crisis.eating_response(session, convo, settings, now)
    return None


def _crisis_answer(
    session: Session,
    convo: Conversation,
    text: str,
    assessment: safety.Assessment,
    words_kind: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The crisis answer for what they told, with what else it needs (abuse at home, bleeding,
    an overdose taken, the emergency number first); None below a crisis."""
    if assessment.level == "crisis":
        effects.stop_breathing(session, convo, {}, settings, now)
        if convo.handed_over:
            crisis.raise_flag(session, convo, "crisis", assessment.kind, now)
        if _said_again_by_reading(convo, text, assessment, words_kind, settings, now):
            # "no plan nothing like that", "should i stop taking it", just after the crisis
            # answer: read as a crisis by the model alone, with no words of danger; stayed
            # with, not answered again louder each time
            return crisis.stay(convo, settings, text)
        if crisis.in_crisis_window(convo, settings, now) and safety_words.NO_PLAN.match(text):
            return crisis.stay(convo, settings, text)  # "i dont have a plan or anything"
        at_home = safety_words.abuse_at_home(text)
        if safety_words.sexual_violence(text):  # a line for sexual violence goes with it
            convo.slots = {**convo.slots, "sexual": True}
        # bullied, told in this message: telling an adult gets it stopped
        convo.slots = {
            **convo.slots,
            "bullied": assessment.kind == "abuse" and safety_words.bullied(text),
        }
        if assessment.kind == "abuse" and safety_words.hurt_by_adult_in_charge(text):
            convo.slots = {**convo.slots, "young": True}  # "my teacher...": most likely a child
        # "my coach keeps messaging me on snap": told that it is a warning sign, not their fault
        convo.slots = {
            **convo.slots,
            "groomed": assessment.kind == "abuse"
            and safety_words.trusted_adult_reaching_privately(text),
        }
        if assessment.kind == "abuse" and safety_words.adult_partner_of_a_child(text):
            # "im 15 and my boyfriend is 24": told it is not OK, and not their fault
            convo.slots = {**convo.slots, "older_partner": True, "young": True}
        urgent = assessment.kind in ("abuse", "danger") and safety_words.abuse_now(text)
        # "i cant talk hes here": whatever we send first could be seen, so we answer only
        silent = (
            urgent
            and safety_words.cant_speak_now(text)
            and not crisis.in_crisis_window(convo, settings, now)
        )
        if silent:
            quiet_unless_texted(session, convo)
        bleeding = safety_words.is_bleeding(text)
        convo.slots = {
            **convo.slots,
            "burned": bool(safety_words.BURNED.search(text)) or bool(convo.slots.get("burned")),
            "crisis_by_words": bool(words_kind),  # or the model's
            # "i'm standing on the bridge rn": a height, kept for what they say next
            "at_height": (
                bool(convo.slots.get("at_height")) and crisis.in_crisis_window(convo, settings, now)
            )
            or (safety_words.names_place_or_means(text) and not safety_words.means_named(text)),
            "strangled": safety_words.was_strangled(text) or bool(convo.slots.get("strangled")),
        }
        return crisis.crisis_response(
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
            urgent=urgent,
            # "i've thought about how i'd do it", "saved up my pills": a plan, told again
            planned=bool(safety_words.PLAN_TOLD.search(text)) or safety_words.prepared(text),
            # "...but hes really sorry, is that abuse": answered plainly
            asked_if_abuse=safety_words.asks_if_abuse(text),
            # "can you call 999 for me": we cannot, and say so before the number
            call_asked=safety_words.asks_us_to_call(text),
            silent=silent,
        )
    return None


def _said_again_by_reading(
    convo: Conversation,
    text: str,
    assessment: safety.Assessment,
    words_kind: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> bool:
    """Within the crisis window, a message the model alone reads as a crisis of a kind we are
    not newly told of: no crisis words, nothing urgent (a place, means, a time), no danger."""
    return (
        crisis.in_crisis_window(convo, settings, now)
        and not convo.handed_over
        and not words_kind
        and assessment.kind != "danger"
        and not safety_words.urgent_now(text)
        and not safety_words.abuse_now(text)
        and not safety_words.overdose_told(text)
        and not convo.slots.get("overdose_at")  # "like 15 paracetamol an hour ago"
        and not safety_words.means_named(text)
        and not safety_words.is_bleeding(text)
        and not safety_words.sexual_violence(text)
        and _may_stay(convo)
    )


def _after_safety(
    session: Session,
    convo: Conversation,
    text: str,
    media: list[dict[str, str]],
    parse: Parse,
    assessment: safety.Assessment,
    recent_crisis: bool,
    acted_on: bool,
    settings: dict[str, Any],
    now: datetime,
    *,
    reread: Reread | None = None,
) -> list[Reply]:
    """Past the safety checks: staff holding the conversation, a picture, first contact,
    someone else's trouble, how to stop, a reminder acted on, age told, a dose taken, then
    the dialogue itself."""
    if convo.handed_over:  # staff have the conversation; the bot stays quiet
        # "never mind, i'm ok now"
        called_off = handover.call_off(session, convo, text, settings, now)
        if called_off is not None:
            return called_off
        requested = route(intent_of(parse, text, settings), text)
        worried = assessment.level in ("crisis", "doubt")
        if requested in ("action_start_delete", "action_delete_data", "action_export"):
            return run(session, convo, requested, text, parse, settings, now)  # always theirs
        if convo.active_flow == "delete_form":  # the yes or no to erasing: always theirs too
            replies = continue_form(
                session, convo, "delete_form", text, parse, settings, now, parse.intent
            )
            if replies is not None:
                return replies
        # (a faint doubt, "anything i can do while i wait?", is answered: help is in it too)
        faint = assessment.level == "doubt" and assessment.faint
        asked = (
            None
            if worried and not faint
            else handover.meanwhile(session, convo, text, settings, worried=worried)
        )
        if asked is not None:  # "what can i do while i wait": told, not only "passed on"
            return asked
        joined = handover.while_joined(session, convo, text, settings, worried=worried)
        if joined is not None:  # "are you there?" after the team took it: they've joined
            return joined
        return crisis.while_waiting(convo, settings, now, text, worried=worried)
    if media and not text.strip():
        # a photo as the very first message: the welcome comes with it
        return onboarding.first_media(convo, settings, recent_crisis) or [Reply(render("media"))]
    about_them = assessment.level == "third_party" and service_topic(text) not in (
        "coping",
        "journal",
    )  # (the model can read "how do i cope with grief" as about someone else)
    if (
        not convo.onboarded
        and convo.slots.get("onboarding") is None
        and (about_them or more_about_them(convo, text, parse.intent, now))
    ):  # "my son says he wants to die, hes 15. what do i do" as the first message: the help
        # first, and while they tell more about him; the welcome comes when that talk pauses
        return run(session, convo, "action_support_other", text, parse, settings, now)
    if not convo.onboarded:
        requested = route(intent_of(parse, text, settings), text)
        said = kept_reading(text, parse)
        both = onboarding.answered_with_more(convo, text) if reread is not None else None
        if both is not None and reread is not None:
            # "no. i feel awful", "yes, i need help sleeping": the answer taken, and the rest
            # read on its own and met once it is (not dropped for the menu)
            answer, rest = both
            rest_parse = reread(rest)
            rest_requested = route(intent_of(rest_parse, rest, settings), rest)
            if onboarding.keep_for_after(
                convo, rest, rest_requested, kept_reading(rest, rest_parse)
            ):
                no = answer.lower().startswith("n")
                text, requested, said = answer, "action_greet", {}
                parse = replace(parse, text=answer, intent="deny" if no else "affirm")
        # ("i need money for food" is no question to say we can't help with)
        hardship = hardship_told(text)
        step = onboarding.step(
            convo,
            text,
            parse.intent,
            requested,
            settings,
            now,
            said,
            after_crisis=recent_crisis,
            hardship=hardship,
        )
        if step is not None:
            replies, pending = step
            if pending:
                first, reading = replayed(pending.said, text, parse, convo.timezone, now)
                heard = (
                    # "i cant afford my rent" as a first message: the worry met, and where
                    # help is, not a 1-10 question
                    _money_met(convo, first, HOUSING_WORRY.search(first) is not None, False, now)
                    if hardship_told(first) and not convo.slots.get("money_worry_at")
                    else told_first(session, convo, pending.action, first, reading, now)
                )
                if heard is None and pending.action == "action_start_checkin":
                    heard = stressed_heard(convo, first, reading.intent, reading, now)
                replies += heard or run(
                    session, convo, pending.action, first, reading, settings, now
                )
            return replies
    if assessment.level == "third_party" and service_topic(text) not in ("coping", "journal"):
        # (the model can read "how do i cope with grief" as about someone else)
        return run(session, convo, "action_support_other", text, parse, settings, now)
    if assessment.level in ("none", "third_party") and (
        safety_words.child_nearby_at_risk(text)
        or more_about_a_child(convo.slots.get("supporting_other"), text, parse.intent, now)
    ):  # "my neighbour's kids are left alone all the time", then "i hear them crying at night"
        return run(session, convo, "action_support_other", text, parse, settings, now)
    earlier = convo.slots.get("supporting_other") or {}
    if (
        assessment.level in ("none", "third_party")
        and not convo.active_flow
        and (earlier.get("about_crisis") or earlier.get("abuse"))
        and now - datetime.fromisoformat(str(earlier["at"]))
        < timedelta(days=safety_words.SERIOUS_THREAD_DAYS)
        and safety_words.still_them_later(text)
    ):  # "my daughter said she wants to kill herself", days later "shes still saying it": the
        # thread picked up again (what comes next, not the first answer word for word)
        convo.slots = {**convo.slots, "supporting_other": {**earlier, "at": now.isoformat()}}
        return run(session, convo, "action_support_other", text, parse, settings, now)
    asked = quiet_hours_asked(convo, text, settings)
    if asked is not None:  # "what time do you stop texting me": when we go quiet, and how
        return asked
    if (
        (asks_to_stop(text) and not quiet_for_a_while(text))  # "... for a few days": a pause
        or stop_but_keep(text)
        or (STOP_FLOW.match(text.strip()) and not under_way(session, convo))
    ):  # "stop please" with nothing under way: how STOP works, and the gentler ways
        kept = stop_but_keep(text)  # "...but keep my data": STOP erases nothing, said too
        return how_to_stop(convo, settings, when=bool(PART_OF_DAY.search(text)), kept=kept)
    if acted_on:
        return done_told(session, convo, now)
    young = safety_words.says_young(text)
    if (
        not convo.active_flow
        and safety_words.AGE_ONLY.search(text)
        and not supporting_lately(convo.slots.get("supporting_other"), now)
        # "I am 84.", while telling us about a lonely birthday: more of it, listened to
        and (young or not listening_lately(convo, now))
    ):
        # "im 16" out of the blue: thanked, and a young person told of their own line
        return [Reply(render("age_told", young=young, helpline=helpline_of(convo, settings)))]
    skipped = skip_today(session, convo, text, settings, now)
    if skipped is not None:  # "not today" to the reminder just sent: when it comes next
        return skipped
    if assessment.level == "none" and is_dose_taken(text):  # "took my meds", read as routine
        return [Reply(render("dose_usual"))]
    if is_everyday_dose(text):  # "took 2 paracetamol for my headache"
        return [Reply(render("dose_everyday"))]
    if safety_words.stepping_away(text) and not under_way(session, convo):
        return [Reply(render("stepping_away"))]  # "someone at the door brb"
    if safety_words.busy_right_now(text) and not under_way(session, convo):
        driving = re.search(r"\bdriving\b", text, re.IGNORECASE) is not None
        return [Reply(render("stepping_away", busy=True, driving=driving))]  # "cant rn in class"
    return _dialogue(session, convo, text, parse, settings, now)


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
    if intent == "help" and OWN_TROUBLE_TOLD.search(text) and keyword_action(text) is None:
        # "My son told me to write to you. I have been having trouble with my nerves since the
        # operation.": how they have been, told, not a request for the menu
        intent = "mood_report"
    if intent == "mood_report" and parse.intent == "support_other" and HELPING_THEM.search(text):
        # "my friend is going through a breakup and i dont know what to say to her": how to
        # help them, not their breakup met as ours
        intent = "support_other"
    if (
        intent in ("mood_report", "checkin_request", "smalltalk", "out_of_scope_unsure")
        and RACING_MIND.search(text)
        and not parse.crisis
        and not convo.active_flow
        and small_hours(now.astimezone(ZoneInfo(convo.timezone)).hour)
    ):  # "my mind wont stop racing" at 1:30am: help for tonight, not a 1-10 question
        intent = "sleep_help"
    if (
        intent == "sleep_help"
        and listening_lately(convo, now)
        and not convo.active_flow
        and not SLEEP_SAID.search(text)
        and keyword_action(text) is None
    ):  # "it's every night now", about the rows they are telling us of: more of the story,
        # not a sleep diary
        intent = "mood_report"
    replies = _met_at_once(session, convo, text, parse, intent, derived, settings, now)
    if replies is not None:
        return replies
    remember_feeling(convo, text, parse, now)
    # (an exercise paused an hour ago or more is long over, not stopped by this message)
    on = derived["breathing_running"] or (
        derived["breathing_paused"] and not pause_over(convo, now)
    )
    replies = in_progress(session, convo, text, parse, intent, derived, settings, now)
    if replies is not None:
        return replies
    replies = _answered(session, convo, text, parse, intent, offer, derived, settings, now)
    if on and context.breathing_status(session, convo) == "stopped":
        # "i cant sleep", "what time is it" mid-breathing: the rounds stop, and they are told
        # so (not left waiting for the next one)
        return [Reply(render("breathing_stopped", switched=True)), *replies]
    return replies


def _answered(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    offer: str | None,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """An open offer carried on, a setting, reminder talk, or a new request."""
    replies = _carried_on(session, convo, text, parse, intent, offer, settings, now)
    if replies is not None:
        return replies
    replies = preference_told(session, convo, text, derived, settings, now)
    if replies is not None:
        if asks_for_reminder(text) and onboarding.zone_told(text, convo.country):
            # "remind me to take my meds at 8 but im in new york": the zone, then the
            # reminder, its time read again in that zone
            from nlu.entities import extract_entities

            entities = extract_entities(text, tz=convo.timezone, now=now, intent="set_reminder")
            again = replace(parse, intent="set_reminder", entities=entities)
            return replies + _new_request(
                session, convo, text, again, "set_reminder", settings, now
            )
        return replies
    replies = reminder_talk(session, convo, text, parse, derived, settings, now)
    if replies is not None:
        return replies
    replies = _met_as_said(session, convo, text, parse, intent, settings, now)
    if replies is not None:
        return replies
    return _new_request(session, convo, text, parse, intent, settings, now)


def _met_at_once(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """Met as what it is before any exercise, offer or form carries on: ideas for a feeling
    just told, worn out, not wanting something, money worries, whether to say something,
    the same exercise again, "good thanks, you?", and their sleep or moods read back."""
    if not convo.active_flow and not parse.crisis:
        replies = put_right(convo, text, now)  # "you got it wrong, im not sad im angry"
        if replies is not None:
            return replies
    # "what do i do" while the breathing runs: about the exercise (answered there), not ideas
    # for the panic told just before, with the exercise left running behind them
    running = derived["breathing_running"]
    replies = None if running else coping_asked(convo, text, intent, settings, now)
    if replies is not None:
        return replies
    replies = coping_named(convo, text, settings) if not parse.crisis else None
    if replies is not None:  # "what coping techniques are there": some, not the menu
        return replies
    if (
        intent in ("sleep_help", "mood_report")
        and not convo.active_flow
        and (WORN_OUT.search(text) or (sleeper(text) == "baby" and BABY_NIGHTS.search(text)))
        and not SLEEP_TROUBLE.search(text)
        and not TIRED_AFTER_A_FULL_NIGHT.search(text)  # "exhausted even after 8 hours": sleep
        and not parse.crisis
    ):  # "just finished a 12 hour night shift and im exhausted": heard, not a sleep diary
        about = vented_about(text)
        # ("im knackered, up since 4 with the kids and no help from my partner": no help)
        if sleeper(text) in ("baby", "child") and about != "partner":
            # "knackered, baby up every 2 hours": nights
            return run(session, convo, "action_start_sleep", text, parse, settings, now)
        shift = SHIFT_WORK.search(text) is not None
        offer_to_listen(convo, now)  # "ya" to "do you want to talk about it?" is heard
        # "...double shifts all week cos two people are off sick... so im knackered": why
        # already told, so said back, not "do you want to talk about what's wearing you out?"
        why = WORN_OUT_WHY.search(text) is not None or len(text.split()) >= WORN_OUT_TOLD_WORDS
        why = why or shift  # "12 hour shift, very tired today": the shift is why
        return [Reply(render("worn_out", shift=shift, why=why, about=about))]
    if (
        intent in ("mood_report", "smalltalk", "out_of_scope", "out_of_scope_unsure")
        and not convo.active_flow
        and not parse.crisis
        and broken_nights(text)
    ):  # "new baby, havent slept in weeks lol" (read as glad), "i work nights so i sleep
        # during the day and its awful": help for those nights, not "glad you smiled" or a 1-10
        return run(session, convo, "action_start_sleep", text, parse, settings, now)
    kept_up = sleep_told(text) == "noise" or WORRIED_AWAKE.search(text) is not None
    if intent == "mood_report" and not convo.active_flow and kept_up and not parse.crisis:
        # "the neighbours are so loud i cant sleep": what helps with noise, not a check-in
        return run(session, convo, "action_start_sleep", text, parse, settings, now)
    if NOT_WANTED.match(text.strip()) and not convo.active_flow:
        # "no i dont want to breathe i want to be angry": not started; heard instead
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
        return [Reply(render("not_wanted"))]
    who = care_not_helping(text) if not convo.active_flow else None
    if who is not None and intent in CARE_TALK_READS:
        # "my therapist is not helpful", "my gp is useless": heard, and how to say so to
        # them, not a person from our team called in nor a 1-10 question
        offer_to_listen(convo, now)
        helpline = helpline_of(convo, settings)
        return [Reply(render("care_not_helping", who=who, helpline=helpline))]
    asked_a_score = (
        convo.active_flow == "checkin_form" and convo.slots.get("requested_slot") == "mood"
    )
    told = convo.slots.get("money_worry_at")
    met_lately = bool(told) and now - datetime.fromisoformat(str(told)) <= MONEY_MET_FOR
    if (
        safety_words.pregnancy_shock(text)
        and not convo.active_flow
        # ("crisis" here is the model's misreading: safety has already read the message)
        and intent
        in ("out_of_scope", "mood_report", "smalltalk", "help", "support_other", "crisis")
    ):  # "im pregnant and i dont know what to do": room to feel it, and where to talk it over
        offer_to_listen(convo, now)
        return [Reply(render("pregnancy_unsure", country=convo.country or ""))]
    # "my landlord is evicting me" (in a long telling of many troubles, listened to instead)
    housing = HOUSING_WORRY.search(text) is not None and len(text.split()) <= HOUSING_WORDS
    risen = RENT_RISE.search(text) is not None and len(text.split()) <= RENT_RISE_WORDS
    if (
        (MONEY_WORRY.search(text) or housing or risen or FOOD_SHORT.search(text))
        and (not convo.active_flow or asked_a_score)
        # (safety has already read the message: a "crisis" intent left here is the model's
        # misreading of a notice to leave, "my landlord is evicting me")
        and (
            intent in ("out_of_scope", "mood_report", "smalltalk", "help")
            or (housing and intent == "crisis")
        )
    ):  # "rent is due friday and i'm £200 short": the worry met, and where help is; told
        # instead of a number, it is met the same way and the check-in left; more about it
        # just after is heard, not answered with the same words again
        if convo.active_flow:
            end_form(convo)
        return _money_met(convo, text, housing, met_lately, now)
    if (
        SAY_SOMETHING.match(text.strip())
        and not convo.active_flow
        and not more_about_them(convo, text, intent, now)
    ):  # "should i say something?" about what upset them: how to raise it
        return [Reply(render("advice_say_something"))]
    replies = score_put_right(session, convo, text, now)  # "wait no i meant 3", just saved
    if replies is not None:
        return replies
    replies = once_more(session, convo, text, parse, settings, now)
    if replies is not None:
        return replies
    sent = None if convo.active_flow else reminder_just_sent(session, convo, now)
    said = goes_ahead(text) if sent is not None and sent.kind == "checkin" else None
    if (
        said is None
        and not convo.active_flow
        and (
            mood_in_words(text) is not None
            or crying_only(text)
            or mood_leading(text) is not None  # "pretty good today, got a lot done"
        )
        and mood_asked(session, convo, now)
    ):  # "meh", "bleh", "ok i guess" to "how are you feeling, 1 to 10?": their mood, noted
        # ("😭😭": asked whether it is a rough time or laughing)
        said = text
    if said is not None:  # "👍", "ok", "yes" to "Time for your check-in, how are you feeling?"
        convo.slots = {**convo.slots, "mood_asked": True}
        return run(session, convo, "action_start_checkin", said, parse, settings, now)
    if (
        not convo.active_flow and late_reply(text) and mood_asked(session, convo, now)
    ):  # "sorry only just seen this, been a mad day", hours after "how are you, 1 to 10?":
        # no harm done, and the check-in, so a "6" next is their mood
        convo.slots = {**convo.slots, "mood_asked": True}
        late = Reply(render("late_reply", day=day_told(text)))
        asked = replace(parse, entities=())
        checkin = run(session, convo, "action_start_checkin", "check in", asked, settings, now)
        return [late, *checkin]
    if not convo.active_flow and nothing_in_mind(text) and _just_asked_what_like(convo):
        # "not much", "just checking this out" to the hello's "What would you like?": no
        # reason needed, and how they are asked (not a 1-10 question, nor "heavy" words)
        convo.slots = {**convo.slots, "offer": "how_are_you"}
        asked_back = ASKED_BACK.search(text.strip()) is not None
        return [Reply(render("nothing_in_mind", asked_back=asked_back))]
    fine = not convo.active_flow and FINE_ANSWER.match(text.strip()) is not None
    asked_back = ASKED_BACK.search(text.strip()) is not None
    if fine and (asked_back or mood_asked(session, convo, now)):
        # "good thanks, you?", or "good thanks" to a nudge asking how they are: glad, and
        # asked back if asked (not "you're welcome")
        return [Reply(render("doing_well", asked_back=asked_back))]
    if SLEEP_HISTORY.search(text) and not convo.active_flow:
        # "what's my sleep efficiency", "how was my sleep last week": the diary, read back
        return run(session, convo, "action_sleep_summary", text, parse, settings, now)
    if PAST_MOOD.match(text) and not MOOD_HISTORY.search(text) and not convo.active_flow:
        # "what was my last score": the last check-in, read back (not "not something I can
        # help with")
        last = derived["recent_moods"][0] if derived["recent_moods"] else None
        today = datetime.fromisoformat(str(derived["today"])).date()
        ago = (today - datetime.fromisoformat(str(last["day"])).date()).days if last else None
        said = render("checkin_last", last=last and last["mood"], days_ago=ago, standalone=True)
        return [Reply(said)]
    if MOOD_HISTORY.search(text) and not convo.active_flow and not PART_OF_DATA.search(text):
        # "how was my week", "am i getting better?": their check-ins, read back (not "delete
        # my mood history", which asks to erase them)
        history = mood_trend(derived["recent_moods"], str(derived["today"]))
        return [Reply(render("mood_history", **history))]
    return None


def _just_asked_what_like(convo: Conversation) -> bool:
    """Whether the last thing we said was a hello asking what they would like."""
    asked, before = convo.slots.get("what_like_at"), convo.slots.get("said_before")
    if not asked or not isinstance(before, dict) or not before.get("at"):
        return False
    return datetime.fromisoformat(str(asked)) == datetime.fromisoformat(str(before["at"]))


def _carried_on(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    offer: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """An answer to the offer we made (``offer``, as it stood before this message), the form
    under way, a mood score asked for, or a form left just now started again."""
    if offer:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer"}
        keeping = CONSENT_KEEP.search(text) is not None  # "yes i consent": not a yes to the offer
        replies = (
            None if keeping else answer_offer(session, convo, offer, text, parse, settings, now)
        )
        if replies is not None:
            return replies
    form = convo.active_flow
    if (
        form
        and convo.flow_updated_at
        and now - convo.flow_updated_at > FLOW_TIMEOUT
        and not _choice_still_open(session, convo, form, text, now)
    ):
        end_form(convo)
        form = None
    if form and (CONSENT_STOP.search(text) or CONSENT_KEEP.search(text)):
        end_form(convo)  # "please don't keep my messages" is answered as such, never a wipe
        form = None
    if form:
        if EXIT_WORDS.match(text.strip()):
            leave_form(convo, form, now)
            convo.slots = {**convo.slots, "menu_shown": True}
            return [Reply(render("flow_left")), Reply(render("menu"))]
        replies = continue_form(session, convo, form, text, parse, settings, now, intent)
        if replies is not None:
            return replies
    scored = bare_score(text) or score_range(text) is not None
    if not form and scored and mood_asked(session, convo, now):
        # "6" or "id say 7 or 8" to a check-in reminder or a nudge ("how are you, 1 to 10?"):
        # the mood, not a menu choice, "not something I can help with" or a new time for the
        # reminder just set
        convo.slots = {**convo.slots, "mood_asked": True}
        return run(session, convo, "action_start_checkin", text, parse, settings, now)
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
            return run(session, convo, start, "", replace(parse, entities=()), settings, now)
    return None


# A breathing exercise chosen hours after we asked which, with nothing sent since ("2" the
# next morning to "Reply 1, 2 or 3"): still the choice, not a mood of 2.
CHOICE_OPEN_FOR = timedelta(hours=24)


def _choice_still_open(
    session: Session, convo: Conversation, form: str, text: str, now: datetime
) -> bool:
    """Whether a late reply picks from the breathing exercises we last asked them to choose
    from, so the choice is not timed out under it."""
    if form != "breathing_form" or convo.slots.get("requested_slot") != "pattern":
        return False
    said = text.strip().rstrip(".!")
    if said not in ("1", "2", "3") and named(said) is None:
        return False
    asked = convo.flow_updated_at
    return (
        asked is not None
        and now - asked <= CHOICE_OPEN_FOR
        and nothing_sent_since(session, convo, asked)
    )


def _met_as_said(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """Outside any flow, met as said: a choice from the menu, an alarm, more about someone
    they worry about, remarks to us, an opinion asked, a panic attack told, good news,
    loneliness, or feelings to listen to."""
    menu_choice = MENU_NUMBERS.get(text.strip().rstrip("."))
    if menu_choice and convo.slots.get("menu_shown"):
        # The number chose an option; it is not a mood of 1 or a reminder at 4 o'clock.
        chosen = replace(parse, entities=())
        return run(session, convo, menu_choice, "", chosen, settings, now)
    alarm = alarm_offer(convo, text, parse, settings, now)
    if alarm is not None:
        return alarm
    well = own_state_after_them(convo, text, now) if not parse.crisis else None
    if well is not None:  # "i'm ok, just worried about her", to "how are you doing yourself?"
        offer_to_listen(convo, now)  # what they tell next is listened to, not a 1-10 question
        return [Reply(render("own_state_after_them", well=well))]
    if more_about_them(convo, text, intent, now):  # "she lives far away"
        return run(session, convo, "action_support_other", text, parse, settings, now)
    news = _news_heard(convo, text, parse, now)
    if news is not None:
        return news
    topic = chat_topic(text)
    if topic in SAID_TO_US and (not parse.crisis or topic == "complaint"):
        # "do you even care?", "guess what", "you're the only one i talk to": answered as said
        return run(session, convo, "action_smalltalk", text, parse, settings, now)
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
        and re.search(r"\b(?:panic(?:king|ing|ked)?|anxiety) attacks?\b", text, re.IGNORECASE)
        and len(text.split()) <= 20
        and not parse.crisis
    ):  # "i had a panic attack at work today": heard as what it was, breathing for next time;
        # "i've been having panic attacks every day": what helps, and the doctor
        convo.slots = {**convo.slots, "offer": "breathing"}
        told = "panic_often" if PANIC_OFTEN.search(text) else "panic_past"
        return [Reply(render(told, helpline=helpline_of(convo, settings)))]
    glad = parse.ekman in ("joy", "surprise", "neutral") and not parse.crisis
    told_good = GOOD_NEWS.search(text) is not None and not LOSS.search(text)
    # "everyone else passed first go", after "i failed my theory test again": others' success
    # set against their own, or news told in the middle of something hard, is not theirs to
    # be congratulated on
    told_good = told_good and not OTHERS_DID.search(text) and not listening_lately(convo, now)
    if (intent == "mood_report" and told_good and parse.ekman == "joy") or (
        # ("y'all i just got promoted", read as disappointed: the words are glad)
        (glad or (not parse.crisis and excited_news(text) is None))
        and joyful_news(text)
        and not OTHERS_DID.search(text)
        and keyword_action(text) is None
    ):  # "I GOT THE JOB!!!", or "going to be a grandad, over the moon" read as small talk:
        # glad with them first, a check-in only if they want one; thanks next shares the joy
        convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        return [Reply(render("good_news"))]
    if intent == "mood_report" and LONELY_NOW.search(text) and len(text.split()) <= 15:
        # "i feel so lonely lately": met as loneliness, with ideas, not only a 1-10 question;
        # what they say next about it is listened to ("i dont really have anyone")
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        helpline = helpline_of(convo, settings)
        birthday = re.search(r"\bbirthday\b", text, re.IGNORECASE) is not None
        return [Reply(render("coping", kind="lonely", helpline=helpline, birthday=birthday))]
    heard = listening(session, convo, text, intent, parse, now)
    if heard is None:  # "im so stressed", "my anxiety is through the roof rn": support first
        return stressed_heard(convo, text, intent, parse, now)
    return heard


def _news_heard(convo: Conversation, text: str, parse: Parse, now: datetime) -> list[Reply] | None:
    """Big news that is not only good: someone close's ("my best friend got engaged": how they
    feel about it asked, not congratulated as theirs), or their own with a turn in it ("got
    engaged but my mum hates him": both heard); None for anything else."""
    if keyword_action(text) is not None or "?" in text:
        return None
    if safety_words.crisis_kind(text) or safety_words.is_doubtful(text):
        return None  # (the safety check has read this as no danger; its words still count)
    if listening_lately(convo, now):
        return None  # "my sister is getting married and she didnt ask me": part of a rant
    theirs = their_news(text)
    if theirs is not None:
        glad = (theirs["proud"] or theirs["glad"] or theirs["cheered"]) and not theirs["mixed"]
        if glad:  # "my son passed his driving test!!": thanks next shares the joy
            convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        else:  # what they say next about how they feel is listened to
            convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("their_news", **theirs))]
    if relief_news(text):  # "my mum got the all clear 😭": what a relief
        convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        return [Reply(render("good_news", felt="relief"))]
    if mixed_news(text) and not safety_words.crisis_kind(text) and not OTHERS_DID.search(text):
        offer_to_listen(convo, now)
        return [Reply(render("mixed_news"))]
    return None


def _new_request(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """A new request, as the routes read it, with the cases it must not be taken for."""
    action = route(intent, text)
    menu_asked = _MENU_ASKED.match(text.strip()) is not None
    fallen_back = action in ("action_fallback", "action_menu") and not menu_asked
    if fallen_back and crisis.in_crisis_window(convo, settings, now):
        # "you know what for", "what's the point of you": stayed with, not the menu
        return crisis.stay(convo, settings, text)
    if (
        action == "action_start_checkin"
        and intent == "mood_report"
        and keyword_action(text) is None
        and crisis.in_crisis_window(convo, settings, now)
    ):  # "my parents dont get it", soon after telling us they want to die: heard, not a
        # 1-10 question in the middle of it
        return crisis.stay(convo, settings, text)
    now_not_later = PANIC.search(text) or worked_up_ahead(text)  # "exam tomorrow, freaking out"
    # "i need to calm down before my exam in 10 mins": the time is the exam's; calm now
    calm_first = intent == "breathing_request" and BEFORE_IT.search(text) is not None
    now_not_later = now_not_later or (calm_first and not asks_for_reminder(text))
    asked_for = intent in ("checkin_request", "breathing_request") and not now_not_later
    later = asked_for and LATER.search(text) is not None and not parse.crisis
    if later:  # "can we do breathing later tonight": a reminder then (a panic is now, not later)
        action = "action_set_reminder"
        parse = with_when(parse, text, convo.timezone, now)
    if action == "action_set_reminder" and parse.intent != "set_reminder":
        # routed to a reminder in other words ("i need a poke at 9"): its time read too
        parse = with_when(parse, text, convo.timezone, now)
    if action == "action_set_reminder" and not reminder_just_set(convo, now):
        bare = bare_time(text)
        # "11pm" or "20 mins" out of the blue, or "I work nights all this week, 7pm to 7am":
        # told, not asked for; asked what it is for, not made a reminder
        told = not (asks_for_reminder(text) or RECURRING_OR_TASK.search(text) or later)
        if bare or told:
            convo.slots = {**convo.slots, "offer": "reminder_from_time", "offer_text": text[:40]}
            return [Reply(render("bare_time", when=at_or_in(text) if bare else None))]
    if action in ("action_start_delete", "action_export") and SOMEONE_ELSES_DATA.search(text):
        # "my son uses this, please delete his data": only the person themself can ask
        return [Reply(render("data_of_someone_else", export=action == "action_export"))]
    if action == "action_start_delete" and stop_but_keep(text):
        # "stop the messages but dont delete anything": how STOP works, never a wipe
        return how_to_stop(convo, settings, when=False, kept=True)
    if action == "action_start_delete" and PART_OF_DATA.search(text):
        # "delete my last message", "forget what i said about my ex": not everything
        # "delete my messages but keep my reminders": what erasing does to the rest
        # ("delete my mood history": a kind of thing, all of it, not one message)
        some = KEEP_THE_REST.search(text) or _ALL_OF_A_KIND.search(text)
        return [Reply(render("delete_part", keep=some is not None))]
    if action == "action_start_delete" and not DELETE_WORDS.search(text):
        # "leave me alone", "i dont want these messages anymore": how to stop, never a wipe
        return how_to_stop(convo, settings, when=False)
    if action == "action_menu" and (intent in ("affirm", "deny") or ACK_ONLY.match(text.strip())):
        # "ok", "k", "ok cool": not the whole menu again; "ok" then "👍" then "k": not the
        # same line each time
        acked = convo.slots.get("acked_at")
        again = bool(acked) and now - datetime.fromisoformat(str(acked)) <= ACKED_AGAIN
        times = int(convo.slots.get("acked_times") or 0) + 1 if again else 0
        convo.slots = {**convo.slots, "acked_at": now.isoformat(), "acked_times": times}
        listed = bool(convo.slots.get("menu_shown"))
        return [Reply(render("menu_again", listed=listed, times=times))]
    if action == "action_menu" and intent == "deny" and LEAVE_FLOW.match(text.strip()):
        return [Reply(render("offer_declined"))]  # "no thanks" to nothing in particular
    if action == "action_start_checkin" and mood_asked(session, convo, now):
        # "didnt sleep well so like a 3" to a check-in reminder: an answer, not a new check-in
        convo.slots = {**convo.slots, "mood_asked": True}
    return run(session, convo, action, text, parse, settings, now)


# An "ok" this soon after the last is met in other words.
ACKED_AGAIN = timedelta(minutes=15)
# Worn out, not sleeping badly: "exhausted after a 12 hour shift", "so so tired".
WORN_OUT = re.compile(
    r"\b(?:exhausted|knackered|shattered|drained|worn out|wiped out|burnt out|burned out|"
    r"running on empty|(?:so|really|very|soo+|super|completely|absolutely)(?: so)? tired(?! of\b)|"
    r"dead on my feet)\b",
    re.IGNORECASE,
)
# Why they are worn out, told with it: "knackered, been up all night with my mum at the
# hospital", "worked 12 hours then did the food shop", "cos the baby was teething".
WORN_OUT_WHY = re.compile(
    r"\b(?:because|cos|coz|cuz|since|after|been|worked|working|then|all (?:day|night|week))\b",
    re.IGNORECASE,
)
WORN_OUT_TOLD_WORDS = 15  # a telling this long says what is wearing them out
# Calm wanted before something ahead: "before my exam in 10 mins", "before the interview".
BEFORE_IT = re.compile(
    r"\bbefore (?:my|the|an?|this|our|his|her|their|tomorrow'?s|tonight'?s) \w+", re.IGNORECASE
)
# Nights told with a baby's age ("newborn twins, i havent slept in weeks"): their sleep.
BABY_NIGHTS = re.compile(r"\b(?:sleep\w*|slept|nights?|awake|up all)\b", re.IGNORECASE)
# Words of a sleep problem, which the sleep coach is for.
SLEEP_TROUBLE = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|cant|unable to|trouble|struggl\w*|hard to) (?:sleep|fall asleep|"
    r"get to sleep|stay asleep|drop off)\b|\binsomnia\b|\b(?:awake|wake|waking|woke) (?:up )?(?:at|"
    r"all|every|in the)\b|\bsleep (?:diary|tips|problems?|badly|terribly)\b|\bnightmares?\b|"
    r"\bnot sleeping\b|\bslept (?:badly|terribly|awful|like crap)\b",
    re.IGNORECASE,
)
# Any word about sleep or being tired: "every night now" without one is not about sleep.
SLEEP_SAID = re.compile(
    r"\b(?:sleep\w*|slept|asleep|bed|beds|bedtime|awake|insomnia|naps?|napping|tired|exhausted|"
    r"knackered|shattered|wake|woke|waking|dreams?|nightmares?|night ?shifts?|lie[- ]in|rest|"
    r"3am|4am|2am|1am|5am|up all night|can'?t switch off)\b",
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
# The money answer is given once; more about the same worry soon after is listened to.
MONEY_MET_FOR = timedelta(minutes=30)
HOUSING_WORDS = 25
# A home at risk: "my landlord is evicting me", "got a section 21", "i'm going to be homeless".
HOUSING_WORRY = re.compile(
    safety_words.HOUSING_AT_RISK.pattern
    + r"|\b(?:i'?m|im|i am|we'?re|we are) (?:now |basically |literally )?homeless\b",
    re.IGNORECASE,
)
# A rise told short: "rent went up again by 150 a month", "landlord is putting the rent up"
# (in a longer telling, listened to as it is told).
RENT_RISE = re.compile(
    r"\b(?:rent|bills?|mortgage|council tax|energy bills?) (?:has |have |is |are )?(?:just )?"
    r"(?:gone|going|went|shot|been put) up\b|\b(?:putting|put|puts) (?:the|my|our) rent up\b|"
    r"\brent (?:increase|rise|hike)\b",
    re.IGNORECASE,
)
RENT_RISE_WORDS = 12
# Money worries of their own: "rent is due friday and i'm £200 short", "bills doubled".
MONEY_WORRY = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t) (?:afford|pay)\b|(?:[£$€]\s?\d+|\d+\s?(?:quid|pounds|dollars|"
    r"euros|bucks)) short\b|\bshort (?:on|for) (?:money|cash|rent|the rent|bills)\b|\bbehind on "
    r"(?:rent|bills|payments|my \w+)\b|\b(?:in|drowning in|so much) debt\b|\boverdraft\b|"
    r"\bbills? (?:has |have )?(?:doubled|gone up|piling up|keep coming)\b|\brent is due\b|"
    r"\bmoney (?:worries|problems|is (?:so )?tight|stress|troubles)\b|\b(?:i'?m|im) (?:so |"
    r"totally |completely )?(?:broke|skint)\b|\bloan (?:hasn'?t|has not|didn'?t|not) (?:come|"
    r"arrived|come through|been paid)\b|\bmy energy bill\b|\b(?:stress(?:ed|ing)?|worr(?:ied|ying)|"
    r"anxious|panick?(?:ed|ing)) (?:so much |a lot |loads )?(?:about|over) (?:money|bills|debts?|"
    r"rent|my finances|paying (?:rent|the rent|bills))\b|\bi (?:owe|still owe)\b.{0,25}"
    r"(?:[£$€]\s?\d|\d+\s?(?:k|grand|quid|pounds|dollars|euros|bucks)\b|credit card|loan|bank)|"
    r"\bcredit card (?:debt|bill)s?\b|"
    r"\b(?:maxed out|max(?:ed)?) (?:my |all my )?(?:credit )?cards?\b",
    re.IGNORECASE,
)


def _money_met(
    convo: Conversation, text: str, housing: bool, met_lately: bool, now: datetime
) -> list[Reply]:
    """A money, food or housing worry met, with where help is; listened to after."""
    # ("ive got about 40 quid til payday", to "how is it affecting you?": listened to)
    heard = {"money_worry_at": now.isoformat(), "listening_since": now.isoformat()}
    convo.slots = {**convo.slots, **heard}
    if met_lately:
        convo.slots = {**convo.slots, "offer": "breathing"}
    food = FOOD_SHORT.search(text) is not None and not housing
    name = "money_worry_more" if met_lately and not housing and not food else "money_worry"
    return [Reply(render(name, country=convo.country or "", housing=housing, food=food))]


def hardship_told(text: str) -> bool:
    """Money, food or a home told as a worry of their own ("i cant afford my rent")."""
    return any(words.search(text) for words in (MONEY_WORRY, FOOD_SHORT, HOUSING_WORRY))


# Not enough money for food: "i need money for food", "cant afford food this week", "no food in
# the house and no money", "might have to use a food bank". Where food can be had, first.
FOOD_SHORT = re.compile(
    r"\b(?:money|cash|enough) (?:for|to (?:buy|get)) (?:food|groceries|dinner|the shopping|a meal|"
    r"meals|(?:my |the )?(?:kids'?|children'?s?) (?:food|dinner|tea))\b|"
    r"\b(?:can'?t|cannot|cant|couldn'?t) (?:afford|buy|pay for) (?:to eat|food|groceries|"
    r"(?:the |my )?(?:food )?shopping|dinner|(?:a |any )?meals?)\b|"
    r"\bno (?:food|money for food)(?: (?:in the (?:house|fridge|flat|cupboards?)|left|at home))?\b"
    r".{0,30}\b(?:money|skint|broke|paid|payday)\b|\b(?:money|skint|broke|paid|payday)\b.{0,30}"
    r"\bno food\b|\b(?:need|use|go to|going to|have to use|find) (?:a |the )?food ?banks?\b",
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
# How they have been, told in a sentence of their own: "I have been having trouble with my
# nerves", "i've been struggling since the op", "my anxiety has been bad".
OWN_TROUBLE_TOLD = re.compile(
    r"(?<!\?\s)\bi(?:'ve| have|ve) been (?:having (?:trouble|a (?:hard|tough|rough|bad) time|"
    r"problems)|feeling (?:low|down|anxious|sad|lonely|awful|terrible|rough|poorly|unwell|"
    r"overwhelmed|stressed|worried|nervous|not myself)|struggling|suffering|finding (?:it|things|"
    r"everything) (?:hard|difficult|tough))\b|\bmy (?:nerves|anxiety|depression|mood) (?:has|"
    r"have) been\b",
    re.IGNORECASE,
)
# Asking how to help someone through their trouble: "i dont know what to say to her".
HELPING_THEM = re.compile(
    r"\b(?:what (?:to|do i|should i|can i) (?:say|do|text|tell)(?: to)? (?:her|him|them)|"
    r"how (?:do|can|should) i (?:help|support|comfort|cheer up|be there for) (?:her|him|them)|"
    r"(?:help|support|comfort|cheer up|be there for) (?:her|him|them))\b",
    re.IGNORECASE,
)
OWN_FEELING = re.compile(
    r"\bi (?:feel|felt|am feeling|'?m feeling|feel like)\b|\bi'?m (?:so |really |just )?(?:sad|"
    r"hurt|upset|angry|jealous|lonely|anxious|insecure|gutted|heartbroken|devastated|stressed|scared|"
    r"not enough)\b|\bmakes me (?:feel|sad|angry|anxious)\b|"
    # "my daughter says i should talk to someone about feeling low": told to, for their own
    r"\b(?:talk|speak|text) to (?:someone|somebody|a doctor|my gp|a professional) about "
    r"(?:my |me )?(?:feeling|being) (?:low|down|depressed|anxious|sad|lonely|stressed)\b",
    re.IGNORECASE,
)
# Remarks to the bot answered as said, whatever the intent ("whats the point of you then").
SAID_TO_US = frozenset(
    {"care", "guess", "only_you", "memory", "apology", "complaint", "there", "understand"}
)
# The menu asked for in so many words (shown even soon after a crisis).
_MENU_ASKED = re.compile(
    r"^\W*(?:menu|options|help|what can (?:you|u) do|what do (?:you|u) do|show me the menu)\W*$",
    re.IGNORECASE,
)
# After an overdose is told, drowsiness is read as the overdose for this long.
OVERDOSE_WATCH = timedelta(hours=24)


# Asking what we think: "am i overreacting?", "is it my fault?", "should i text my ex?".
OPINION_ASKED = re.compile(
    r"(?P<overreacting>\bam i (?:over ?reacting|being (?:dramatic|silly|stupid|unreasonable)|"
    r"wrong to feel|crazy)\b)|"
    r"(?P<fault>\b(?:is|was) (?:it|this|that) (?:all )?my fault\b|\bam i (?:to blame|a bad "
    r"person|the problem)\b|\bdo (?:you|u) think i'?m (?:a bad person|to blame|the problem)\b)|"
    r"(?P<normal>\bis (?:it|this|that) (?:normal|ok|okay|weird) (?:to|for me to) (?:feel|cry|be "
    r"(?:sad|angry|upset|this tired|jealous|scared|nervous)|miss|still (?:feel|miss|cry|think)|"
    r"keep (?:crying|thinking)|not want to (?:talk|go out|see anyone))\b|"
    # "is that normal", "is it just me?", "am i the only one": asked bare, after telling us
    r"^\W*(?:(?:but|so|and|like|honestly)\W+)?(?:is|isn'?t) (?:it|this|that) (?:normal|common|"
    r"just me)\W*$|^\W*(?:(?:but|so|and)\W+)?am i (?:normal|the only one)\W*$)|"
    r"(?P<decide>\b(?:do (?:you|u) think|would (?:you|u) say) i should\b|\bwhat would (?:you|u) "
    r"do\b|\bshould i (?:text|message|call|tell|quit|leave|break up|apologi[sz]e|go|stay|forgive|"
    r"block|reply|say sorry|talk to)\b(?! (?:to )?(?:bed|sleep)\b))",
    re.IGNORECASE,
)
# Good news told: "I GOT THE JOB!!!", "passed my driving test", "she said yes" (not "since my
# husband passed", a death).
GOOD_NEWS = re.compile(
    r"\b(?:got (?:the|a|my|into)|(?:i|we|just) passed\b|passed (?:my|the|it|all|every|both|with|"
    r"first|an?)\b|won|aced|nailed|promoted|promotion|engaged|accepted|"
    r"offered|graduated|finished|finally did|she said yes|he said yes|got it)\b|!{2,}",
    re.IGNORECASE,
)


# Others' success, told beside their own: "everyone else passed first go", "all my mates
# got into uni", "they all got the grades".
OTHERS_DID = re.compile(
    r"\b(?:every(?:one|body|1) else|every(?:one|body|1)|all (?:my|the|of my|of the) (?:\w+ )?"
    r"(?:friends|mates|class(?:mates)?|cousins|siblings|colleagues|year|group|others)|they all|"
    r"the others|other people|my (?:friends|mates|classmates)|all of them|the rest of (?:them|us|"
    r"my \w+))\b",
    re.IGNORECASE,
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
    return bool(safety_words.TAKEN_BACK.match(text.strip()))


def _stops_activity(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> bool:
    """ "i want to stop", said while a flow or an exercise is under way, is about that."""
    said = text.strip()
    leaving = STOP_FLOW.match(said) or (convo.active_flow is not None and LEAVE_FLOW.match(said))
    # "ok im done now", as an exercise says to reply (after a crisis it is asked about first)
    done = DONE_HERE.match(said) and not crisis.crisis_within(convo, now, MEANS_WATCH_HOURS)
    return bool(leaving or done) and under_way(session, convo)


def under_way(session: Session, convo: Conversation) -> bool:
    """A flow is asking something, or a breathing exercise is running (or paused)."""
    if convo.active_flow is not None:
        return True
    return context.breathing_status(session, convo) in ("running", "paused")


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


# The day's dose taken earlier: "already took them this morning", "took it earlier".
_TOOK_THEM = (
    r"(?:took|taken|had)\s+(?:them|it|mine|my (?:\w+ )?(?:meds|tablets|pills|medication|dose))"
)
# Taken already, told just after a medicine reminder was set: "i already took them".
_ALREADY_TOOK = re.compile(
    r"^\W*(?:(?:oh|ah|lol|haha|but|actually|ok|well|tbf)\W+)*(?:i\s+)?(?:already|just)\s+"
    + _TOOK_THEM
    + r"(?:\s+(?:today|tonight|this morning|this evening|though|tho|lol|haha))*\W*$",
    re.IGNORECASE,
)
_TAKEN_EARLIER = re.compile(
    r"^\W*(?:(?:yeah|yep|yes|ya|oh|lol|no need|nah|ok)\W+)*(?:i\s+)?(?:already\s+|just\s+)?"
    + _TOOK_THEM
    + r"(?:\s+(?:already|earlier|this morning|this afternoon|this evening|at breakfast|with "
    r"breakfast|with (?:my )?(?:tea|dinner|lunch)|before|an hour ago|hours ago|ages ago|thanks|"
    r"ty|lol))+\W*$",
    re.IGNORECASE,
)


# Said of the medicine just reminded about: taken late, stopped by a doctor, or not wanted.
_TAKEN_NOW = re.compile(
    r"^\W*(?:(?:sorry|soz|oops|whoops|ah|oh|yeah|yep|ok|okay|lol|just seen this|missed (?:this|"
    r"it)|only just seen (?:this|it))\W+)*(?:i\s+)?(?:just\s+|have\s+|'ve\s+|ve\s+)?"
    + _TOOK_THEM
    + r"(?:\s+(?:now|just now|late|a bit late|thanks|ty|lol|x+))*\W*$",
    re.IGNORECASE,
)
_STOPPED_BY_DOCTOR = re.compile(
    r"^(?=.*\b(?:doctor|dr|doc|gp|psychiatrist|consultant|nurse|pharmacist|prescriber)\b)"
    r"(?=.*\b(?:stopped|took me off|taken me off|taking me off|came off|coming off|weaning|"
    r"switched|changed|not taking|no longer taking|don'?t take|dont take|don'?t need|dont need)\b)",
    re.IGNORECASE,
)
# Stopped by themselves, told to a reminder to take them: "i stopped taking them", "im not
# taking them anymore".
_STOPPED_THEM = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|well|actually|oh|ah|nah|no|um+|yeah)\W+)*(?:i'?ve|ive|i have|"
    r"i'?m|im|i am|i)?\s*(?:just |actually |kinda )?(?:stopped|quit|came off|come off|been off|"
    r"off|not taking|no longer taking|don'?t take|dont take)(?: taking| on)? (?:them|it|those|"
    r"these|my (?:\w+ )?(?:meds|tablets|pills|medication|antidepressants))(?:\s+(?:anymore|"
    r"any more|now|last week|a while ago|ages ago|a few days ago|tbh|honestly|lol|x+))*\W*$",
    re.IGNORECASE,
)
# None left: "ive run out of them", "ran out yesterday", "oh no i've run out".
_RUN_OUT = re.compile(
    r"^\W*(?:(?:oh|ugh|sorry|damn|ah|no|ok|oops|crap)\W+)*(?:i'?ve|ive|i have|i)?\s*(?:just |"
    r"actually )?(?:run|ran|running) out(?: of (?:them|it|my \w+|tablets|pills|meds|medication))?"
    r"(?:\W+(?:today|yesterday|last night|this morning|again|tbh|lol|oops|already))*\W*$",
    re.IGNORECASE,
)
_NOT_WANTED = re.compile(
    r"^\W*(?:(?:honestly|tbh|ngl|ugh|i mean|nah|no)\W+)*(?:i\s+)?(?:(?:don'?t|dont|do not) "
    r"(?:want|wanna) (?:to )?take (?:them|it|my (?:\w+ )?(?:meds|tablets|pills|medication))|"
    r"(?:sick|tired) of taking (?:them|it|my (?:\w+ )?(?:meds|tablets|pills|medication))|"
    r"(?:i'?m|im|i am) (?:going to |gonna )?stop(?:ping)? (?:taking )?(?:them|it|my (?:\w+ )?"
    r"(?:meds|tablets|pills|medication)))(?:\s+(?:anymore|any more|tbh|honestly|lol|now))*\W*$",
    re.IGNORECASE,
)


def _medicine_reply(session: Session, convo: Conversation, text: str, now: datetime) -> str | None:
    """What was said of the medicine just reminded about, when only the model reads more in
    it: "taken" late, "stopped" by a doctor, "came_off" by themselves, or "not_wanted"; None
    otherwise."""
    if (
        _STOPPED_THEM.match(text)  # the whole message: "anymore" here is the medicine
        and not safety_words.crisis_kind(text)
        and not crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
        and _medicine_just_reminded(session, convo, now)
    ):
        return "came_off"
    if (
        not safety_words.nothing_worrying(text)
        or safety_words.harm_hinted(text)
        or safety_words.took_all_of_them(text)
        or crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS)
        or not _medicine_just_reminded(session, convo, now)
    ):
        return None
    if _TAKEN_NOW.match(text):
        return "taken"
    if _STOPPED_BY_DOCTOR.search(text):
        return "stopped"
    if _RUN_OUT.match(text):
        return "run_out"
    return "not_wanted" if _NOT_WANTED.match(text) else None


def _taken_already(session: Session, convo: Conversation, text: str, now: datetime) -> bool:
    """ "already took them this morning", just after a reminder to take medicine, or "i
    already took them" just after one was set."""
    if crisis.crisis_within(convo, now, hours=MEANS_WATCH_HOURS):
        return False
    if _TAKEN_EARLIER.match(text) and _medicine_just_reminded(session, convo, now):
        return True
    earlier = _TAKEN_EARLIER.match(text) or _ALREADY_TOOK.match(text)
    return earlier is not None and _medicine_just_set(session, convo, now)


def _medicine_just_set(session: Session, convo: Conversation, now: datetime) -> bool:
    """A reminder to take medicine was set in the last few minutes ("remind me to take my
    meds at 9pm", then "i already took them")."""
    if not reminder_just_set(convo, now):
        return False
    reminder = session.get(Reminder, convo.slots.get("last_reminder_id"))
    return reminder is not None and for_medicine(reminder)


def _all_of_the_medicine(session: Session, convo: Conversation, text: str, now: datetime) -> bool:
    """ "took the lot", "had all of them", just after a reminder to take medicine."""
    return safety_words.took_all_of_them(text) and _medicine_just_reminded(session, convo, now)


def _medicine_just_reminded(session: Session, convo: Conversation, now: datetime) -> bool:
    """The last thing sent was a reminder to take medicine."""
    reminder = reminder_just_sent(session, convo, now)
    return reminder is not None and for_medicine(reminder)


def quiet_unless_texted(session: Session, convo: Conversation) -> None:
    """No follow-ups or nudges from us from now on; replies only."""
    convo.slots = {**convo.slots, "only_when_texted": True}
    set_nudges_wanted(convo, False)
    for kind in crisis.FOLLOWUP_KINDS:
        cancel_jobs(session, convo, kind)


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
    crisis.raise_flag(session, convo, "crisis", "danger", now)
    end_form(convo)
    return [Reply(render(template, helpline=helpline_of(convo, settings), **context))]


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
    return crisis.raise_flag(session, convo, reason, kind, now)


# All of one kind of thing we keep: "my mood history", "my check-ins", "my scores".
_ALL_OF_A_KIND = re.compile(
    r"\b(?:mood (?:history|scores)|(?:all )?(?:my|the) (?:check[- ]?ins|scores|moods)|"
    r"(?:everything|all) i (?:told|said|sent|wrote))\b",
    re.I,
)


# An answer this short to a question of ours is read with the question in mind.
SHORT_ANSWER = 4
# A score told with a few words of why: "prob a three tbh. didnt sleep".
SCORE_WITH_A_FEW_WORDS = 10


def _answers_our_question(convo: Conversation, text: str) -> bool:
    """A score to the check-in's mood question ("prob a three tbh. didnt sleep"), or a
    breathing pattern to the choice of one ("the last one"), in a few words."""
    asked = convo.slots.get("requested_slot")
    if convo.active_flow == "checkin_form" and asked == "mood":
        return len(text.split()) <= SCORE_WITH_A_FEW_WORDS and parse_mood_score(text) is not None
    if convo.active_flow == "breathing_form" and asked == "pattern":
        return len(text.split()) <= SHORT_ANSWER and choose_pattern(text) is not None
    return False


def _short_answer_to_a_question(convo: Conversation, text: str) -> bool:
    """A few words sent while one of our forms waits for an answer (the sleep diary, a
    check-in, the mood after breathing)."""
    return convo.active_flow is not None and len(text.split()) <= SHORT_ANSWER


def _lived_answer(
    convo: Conversation,
    lived: tuple[str, dict[str, Any]],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """OCD, drink, coming out, a crying baby or gambling, met as what it is."""
    template, context_words = lived
    helpline = helpline_of(convo, settings)
    young = bool(convo.slots.get("young"))
    if template != "coming_out":  # a short breathing exercise is offered with the rest
        convo.slots = {**convo.slots, "offer": "breathing"}
    if template in ("drunk_now", "high_now"):  # what follows is heard in that state
        state = {"what": template.removesuffix("_now"), "at": now.isoformat()}
        convo.slots = {**convo.slots, "influence": state}
    return [Reply(render(template, helpline=helpline, young=young, **context_words))]
