"""The conversation once the safety answer is given (`bot.safety` decides when it is).

crisis ──▶ warm words + local helpline + offer of a person
           flag for staff, alert, follow-up scheduled
doubtful ──▶ a direct, caring question ──▶ yes: crisis path
                                       └─▶ no: thanks + a gentle follow-up later
offered a person ──▶ yes: handover │ no: respected, follow-up still happens

Soon after, what they say is stayed with, help in reach (`stay`); follow-ups check back
(`crisis_followup`, `gentle_followup`); while a person is awaited, no message meets silence
(`while_waiting`). The words these answers are heard by are in `bot.safety_words.answers`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import safety_words
from bot.jobs import cancel_jobs, handler, schedule_job
from bot.languages import written_in
from bot.locale import helpline_for, helpline_of
from bot.outbox import WHATSAPP_WINDOW
from bot.reminders import active_reminders
from bot.routing import THANKED, keyword_action
from bot.safety_words import (
    A_SCORE,
    ASKED_AFTER_CRISIS,
    ASKED_BACK,
    ASKS_IF_PERSON,
    BETTER,
    DOING_WELL,
    FEEL_ALONE,
    FEELING_BETTER,
    FOR_A_PERSON,
    HEARD_BY_THEM,
    HEDGED,
    HELLO_ONLY,
    JOKING,
    LEADING_NO,
    LEANS_YES,
    LIFE_NAMED,
    LUKEWARM,
    MAYBE,
    MEANT_IT,
    MEANT_OTHER,
    METHOD_ASKED,
    MINIMISED,
    NO_CHANGE,
    NO_THEN_YES,
    NOT_BETTER,
    NOT_GOOD,
    NOT_OK,
    NOT_THAT,
    OK_AGAIN,
    OK_NOW,
    OK_THANKS,
    PERSON_AGAIN,
    PREFERS,
    SERIOUS,
    SKIPPED,
    SMILE_ONLY,
    SOMETIMES_BACK,
    STILL_HERE,
    STILL_THINKING,
    STILL_WAITING,
    STRUGGLING,
    TAKEN_BACK,
    THOUGHTS_OWNED,
    UNSURE,
    WHY_CARE,
    WORSE,
    YES_BUT,
    YES_FIRST,
    YES_TO_THE_OFFER,
    answer_of,
    asked_after_crisis,
    leans_yes,
    more_of_their_story,
    refuses_contact,
)
from bot.text import render
from bot.types import Reply
from store.models import CheckIn, Conversation, Flag, ScheduledJob

# After "no" to a person joining: when we check in again ("I'll check in on you soon").
DANGER_CHECK_MINUTES = 30
# After a "no" to the direct question, a faint reading this soon is answered as said.
NO_HOLDS_FOR = timedelta(minutes=30)
LATER_CHECK_MINUTES = 180


def crisis_response(
    session: Session,
    convo: Conversation,
    kind: str | None,
    settings: dict[str, Any],
    now: datetime,
    *,
    at_home: bool = True,
    bleeding: bool = False,
    taken: bool = False,
    strangled: bool = False,
    urgent: bool = False,
    secret: bool = False,
    followed: bool = False,
    means: str | None = None,
    planned: bool = False,
    asked_if_abuse: bool = False,
    call_asked: bool = False,
    silent: bool = False,
) -> list[Reply]:
    """Help at once; a person is told; someone checks back later.

    Told again within the hour ("from the bridge near my house"), the answer is shorter and
    leads with the emergency number instead of repeating itself. Abuse away from home
    ("bullied at school") is not pointed to a domestic abuse line.
    """
    keep_checkin(session, convo, now)
    again = in_crisis_window(convo, settings, now)
    # told again after an overdose ("like 15 paracetamol an hour ago"): still what was taken,
    # never "put the pills out of reach"
    taken = taken or (again and bool(convo.slots.get("overdose_at")))
    flag = raise_flag(session, convo, "crisis", kind, now)
    convo.last_crisis_at = now
    convo.active_flow = None
    convo.slots = {
        **_clear_flow(convo.slots),
        "safety_state": "offered_person",
        "crisis_kind": kind or "suicidal",
        "at_home": at_home or bool(convo.slots.get("at_home") and again),
        "hiding": urgent or bool(convo.slots.get("hiding") and again),
        # an overdose told: sleepiness later is the overdose, not tiredness
        "overdose_at": now.isoformat() if taken else convo.slots.get("overdose_at"),
        "stays": 0,
        "alone_told": False,
        "person_declined": False,
        # told again and again: said differently each time, with what they have named
        "agains": int(convo.slots.get("agains", 0)) + 1 if again else 0,
        "means": means or (convo.slots.get("means") if again else None),
    }
    _book_first_check(session, convo, settings, now, flag)
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    return [
        Reply(
            render(
                "crisis",
                helpline=helpline,
                kind=kind,
                handed_over=convo.handed_over,
                again=again,
                agains=int(convo.slots.get("agains", 0)),
                means=convo.slots.get("means"),
                at_home=at_home,
                bleeding=bleeding,
                taken=taken,
                strangled=strangled,
                urgent=urgent,
                planned=planned,
                secret=secret,
                followed=followed,
                young=bool(convo.slots.get("young")),
                older=bool(convo.slots.get("older")),
                own_carer=bool(convo.slots.get("own_carer")),
                man_hurt=bool(convo.slots.get("man_hurt")),
                same_sex=bool(convo.slots.get("same_sex")),
                new_parent=bool(convo.slots.get("new_parent")),
                veteran=bool(convo.slots.get("veteran")),
                sexual=bool(convo.slots.get("sexual")),
                parent_hurts=bool(convo.slots.get("parent_hurts")),
                asked_if_abuse=asked_if_abuse,
                call_asked=call_asked,
                silent=silent,
                bullied=bool(convo.slots.get("bullied")),
                groomed=bool(convo.slots.get("groomed")),
                older_partner=bool(convo.slots.get("older_partner")),
            )
        )
    ]


def eating_response(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Signs of an eating disorder: care, the line that knows about it, the emergency number
    for the body's warning signs; staff see it, and a person is offered."""
    flag = raise_flag(session, convo, "crisis", "self_harm", now)
    convo.last_crisis_at = now
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person", "crisis_kind": "self_harm"}
    convo.slots = {**convo.slots, "eating": True}
    _book_first_check(session, convo, settings, now, flag)
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    young = bool(convo.slots.get("young"))
    return [Reply(render("eating", helpline=helpline, young=young, handed_over=convo.handed_over))]


def exploitation_response(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Pressed for intimate pictures, or threatened with them: not their fault, what to do, the
    young people's line and the police; staff see it, and a person is offered."""
    raise_flag(session, convo, "crisis", "abuse", now)
    convo.last_crisis_at = now
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person", "crisis_kind": "abuse"}
    helpline = helpline_for(convo.country, settings["helplines"])
    return [Reply(render("exploitation", helpline=helpline, handed_over=convo.handed_over))]


def raise_flag(
    session: Session, convo: Conversation, reason: str, kind: str | None, now: datetime
) -> Flag:
    """Put the conversation in the staff queue (re-using an open flag) and alert staff."""
    convo.flagged = True
    flag = session.scalar(
        select(Flag).where(
            Flag.conversation_id == convo.id, Flag.status != "resolved", Flag.reason == reason
        )
    )
    if flag is None:
        flag = Flag(conversation_id=convo.id, reason=reason, crisis_kind=kind, created_at=now)
        session.add(flag)
        session.flush()
    elif kind == "danger":  # told more since ("from the bridge"): staff see the most urgent
        flag.crisis_kind = kind
    session.info.setdefault("alerts", []).append(flag.id)
    return flag


def clarify(
    session: Session,
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    kind: str | None = None,
    past: bool = False,
    said: dict[str, Any] | None = None,
) -> list[Reply]:
    """Ask directly and kindly, with help in reach whatever the answer.

    A possible danger or abuse is asked about as such ("is someone hurting you?"),
    anything else as thoughts of suicide or self-harm; a yes means the same either way.
    A bare plea ("i need help") is asked what is going on, and about both; a yes to that
    is answered as danger, emergency number first. A recovery milestone is celebrated first.
    With only a faint reading (``said``: the message, kept), a "no" lets the message itself
    be answered ("exam tomorrow and im freaking out"). Unless the reading was faint, a
    gentle check-in is booked for the next day at once: no answer at all is not left alone.
    """
    keep_checkin(session, convo, now)
    asked = kind  # what it is about: a plea, a dose, a milestone, running away, or a kind
    if kind in ("plea", "acting", "tried", "runaway"):  # a yes to acting on it tonight is danger
        kind = "danger"
    elif kind not in ("abuse", "danger", "dose"):
        kind = "suicidal"
    convo.slots = {
        **convo.slots,
        "safety_state": "clarifying",
        "clarify_kind": kind,
        "clarify_past": past,
        **({"clarify_said": said} if said else {}),
        **({"clarify_faint": True} if asked in ("quote", "stop", "aimed") else {}),
        **({"clarify_stop": True} if asked == "stop" else {}),
    }
    if not said and asked not in ("quote", "dose", "milestone", "stop", "aimed"):
        _book_gentle_followup(session, convo, settings, now)
    helpline = helpline_of(convo, settings)
    if asked == "stop":  # "can you make it stop": what they'd like to stop, asked first
        return [Reply(render("clarify_stop", helpline=helpline, said=None))]
    reply = render(
        "crisis_clarify", helpline=helpline, kind=kind, asked=asked, faint=bool(said), past=past
    )
    return [Reply(reply)]


# Checks back after a crisis: the first (an hour on), one promised for later today (soon),
# and the next day's (gentle, which waits out quiet hours).
FOLLOWUP_KINDS = ("crisis_followup", "soon_followup", "gentle_followup")
CHECKIN_FORM = "checkin_form"
CHECKIN_SLOTS = ("mood", "feelings", "note", "requested_slot", "checkin_told")


def keep_checkin(session: Session, convo: Conversation, now: datetime) -> None:
    """A check-in the safety question cut short is kept with what was told (the low days
    count most in a mood chart) and ends there."""
    if convo.active_flow != CHECKIN_FORM:
        return
    mood = convo.slots.get("mood")
    told = convo.slots.get("feelings")
    told = told if isinstance(told, dict) else {}
    if mood is not None and convo.consent is not False:
        session.add(
            CheckIn(
                conversation_id=convo.id,
                mood=int(mood),
                emotion=told.get("emotion"),
                ekman=told.get("ekman"),
                feelings=told.get("text") or convo.slots.get("checkin_told") or None,
                note=None,
                created_at=now,
            )
        )
    convo.active_flow = None
    convo.slots = {k: v for k, v in convo.slots.items() if k not in CHECKIN_SLOTS}


def _book_first_check(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime, flag: Flag
) -> None:
    """The check an hour or so after a crisis is told, unless one is already due by then: told
    again after the last check, or a new crisis another day, is checked on again."""
    due = now + timedelta(minutes=int(settings["crisis"]["followup_minutes"]))
    if not _followup_pending(session, convo, due):
        schedule_job(
            session,
            convo,
            "crisis_followup",
            due,
            {"flag_id": flag.id},
            dedupe_key=f"crisis_followup:{flag.id}:{now:%Y%m%d%H%M}",
        )


def _book_next_day(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> None:
    """The next day's check after a crisis, unless one is already to come."""
    hours = int(settings["crisis"]["second_followup_hours"])
    if not _followup_pending(session, convo, now + timedelta(hours=hours)):
        _book_gentle_followup(session, convo, settings, now)


def _book_gentle_followup(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> None:
    """A softer check-in the next day (one a day at most); on WhatsApp a little sooner, while
    a free-form message can still reach them."""
    hours = int(settings["crisis"]["second_followup_hours"])
    due = now + timedelta(hours=hours)
    last = convo.last_inbound_at
    if convo.channel == "whatsapp" and last is not None:
        last = last if last.tzinfo else last.replace(tzinfo=now.tzinfo)
        in_window = last + WHATSAPP_WINDOW - timedelta(hours=1)
        if now + timedelta(hours=1) <= in_window < due:
            due = in_window
    schedule_job(
        session,
        convo,
        "gentle_followup",
        due,
        {},
        dedupe_key=f"gentle_followup:{convo.id}:{now:%Y%m%d}",
    )


# Thoughts named, not only "ones" ("just the ones i always take" is about tablets).
_THOUGHTS_NAMED = re.compile(
    r"\b(?:thoughts?|passive|live|alive|exist|wake up|be here)\b", re.IGNORECASE
)

# A yes or more than usual, beside words of the usual dose: "yes, more than my usual".
_USUAL_NOT_MORE = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|yup|ya|yh|i have|i did)\b|\b(?:more|extra|too many|double|all of|"
    r"whole|lots?|loads)\b",
    re.IGNORECASE,
)


def after_clarify(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to the clarifying question; None when it was not an answer."""
    # "why do you care", "why are you asking me that": said why, then asked again
    why = WHY_CARE.match(text) is not None or safety_words.WHY_ASKED.match(text) is not None
    if SKIPPED.match(text) or why:  # "skip", left over from a check-in: asked again, kindly
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=why))]
    if HELLO_ONLY.match(text):  # "hi", back after a while: welcomed, and asked again gently
        helpline = helpline_of(convo, settings)
        kind = str(convo.slots.get("clarify_kind") or "suicidal")
        return [
            Reply(render("clarify_unclear", helpline=helpline, why=False, hello=True, kind=kind))
        ]
    if A_SCORE.match(text):
        # "5 i guess", left over from a check-in: a number is not an answer to our question
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=False))]
    if FEELING_BETTER.match(text):
        # "ok that's a bit better": an answer to an exercise's question, not a yes to ours
        helpline = helpline_of(convo, settings)
        return [Reply(render("clarify_unclear", helpline=helpline, why=False))]
    # ("no se que hacer" is not an English no: asked again, with the line in their language)
    answer = answer_of(text, intent) if not written_in(text) else None
    if answer == "no" and YES_BUT.match(text):
        answer = "yes"  # "yes but i wont do anything": the thoughts are there, a yes
    kind = str(convo.slots.get("clarify_kind") or "suicidal")
    # (asked about thoughts of harm: not "is someone hurting you?", nor "more than your dose?")
    thoughts_asked = kind not in ("abuse", "dose")
    owned = THOUGHTS_OWNED.search(text) is not None and not NOT_THAT.match(text)
    if answer != "yes" and thoughts_asked and owned:
        answer = "yes"  # "i have thoughts but no plan", "only passive ones": a yes
    elif answer is None and NOT_THAT.match(text):
        answer = "no"  # "not suicidal just depressed"
    past = bool(convo.slots.get("clarify_past"))
    faint = bool(convo.slots.get("clarify_said") or convo.slots.get("clarify_faint"))
    stop_asked = bool(convo.slots.get("clarify_stop"))
    convo.slots = {
        k: v
        for k, v in convo.slots.items()
        if k
        not in (
            "safety_state",
            "clarify_kind",
            "clarify_past",
            "clarify_said",
            "clarify_faint",
            "clarify_stop",
        )
    }
    if stop_asked:  # the answer to "what would you like to stop?"
        return _what_to_stop(session, convo, text, intent, answer, settings, now)
    if owned and not thoughts_asked and _THOUGHTS_NAMED.search(text):
        # "i have thoughts sometimes", to "is someone hurting you?" or "more than your usual
        # dose?": thoughts of ending their life told, answered as such
        return crisis_response(session, convo, "suicidal", settings, now)
    if kind == "dose":  # "have you taken more than your usual dose?"
        if _USUAL_NOT_MORE.search(text) is None and safety_words.USUAL_DOSE.search(text):
            # "just the ones i always take" (which the model may hear as a yes)
            return [Reply(render("dose_usual"))]
        if answer == "yes":
            return crisis_response(session, convo, "danger", settings, now)
        if answer == "no" or safety_words.USUAL_DOSE.search(text):
            return [Reply(render("dose_usual"))]
        return None
    if (
        kind != "danger"
        and not faint  # a faint reading's "no lol" is answered as a no (see below)
        and not MEANT_OTHER.search(text)
        and safety_words.misread_told(text)
        and len(text.split()) > 4  # what they meant told, not a bare "no not like that"
        and not safety_words.harm_told(text)
    ):  # "no not like that, just on my diet lol": we read it wrong, and say so
        cancel_jobs(session, convo, "gentle_followup")  # booked with the question
        # (a faint reading soon after is not asked about again)
        convo.slots = {**convo.slots, "said_no_at": now.isoformat()}
        return [Reply(render("crisis_misread", helpline=helpline_of(convo, settings)))]
    if MEANT_OTHER.search(text):
        # "no i mean im done with work for today", "on this puzzle i mean": we misread
        answer, faint = "no", True
        cancel_jobs(session, convo, "gentle_followup")  # booked with the question
    struggling = past and STRUGGLING.search(text) is not None  # "kinda struggling this week"
    if past and not struggling and DOING_WELL.search(text):
        answer = (
            "no"  # "yeah honestly im doing really well", to the gentle question after a milestone
        )
    unsure = UNSURE.match(text) is not None and (not faint or LEANS_YES.search(text) is not None)
    # "i'd never do anything but i think about it": thoughts told, whatever the "never"
    unsure = unsure or (answer is None and leans_yes(text))
    # "no. not really. maybe. idk", "nah i'm not ok", "nah fr": not a plain no
    unsure = unsure or (
        not faint and (HEDGED.search(text) is not None or bool(NOT_OK.search(text)))
    )
    meant = SERIOUS.match(text) is not None or MEANT_IT.match(text) is not None
    meant = meant or LIFE_NAMED.match(text) is not None  # "like life", to "done with what?"
    meant = meant or ASKED_BACK.match(text) is not None  # "what if i was", "would it matter"
    meant = meant or NO_THEN_YES.match(text) is not None  # "no... yes": the last word counts
    if answer == "yes" or unsure or meant or struggling:
        return crisis_response(session, convo, kind, settings, now)
    if kind == "danger" and safety_words.NOT_YET.match(text):
        # "no not tonight", to "are you thinking of acting on it now?": not a no; stayed with
        return stay(convo, settings, text)
    helpline = helpline_of(convo, settings)
    if not faint:  # a faint reading answered "no" was most likely not a crisis at all
        _book_gentle_followup(session, convo, settings, now)
    if answer == "no":
        # The next message may take the "no" back ("actually yes"): see after_declined.
        convo.slots = {
            **convo.slots,
            **({} if past or faint else {"offer": "breathing"}),
            "safety_state": "declined",
            "clarify_kind": kind,
            **({"clarify_past": True} if past else {}),
            "said_no_at": now.isoformat(),  # a faint reading soon after is not asked again
        }
        return [
            Reply(render("crisis_clarify_no", helpline=helpline, past=past, faint=faint, kind=kind))
        ]
    return None


def _what_to_stop(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    answer: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """What they would like to stop: something inside them ("the thoughts", "everything") is
    asked about directly; our messages are told how to stop; anything else is answered as
    said (None)."""
    helpline = helpline_of(convo, settings)
    inside = safety_words.STOP_INSIDE.search(text) is not None
    if (
        answer == "yes"
        or UNSURE.match(text)
        or (inside and not safety_words.STOP_OURS.search(text))
    ):
        return clarify(session, convo, settings, now, "suicidal")
    if safety_words.STOP_OURS.search(text):
        return [Reply(render("clarify_stop", helpline=helpline, said="ours"))]
    if answer == "no":
        return [Reply(render("clarify_stop", helpline=helpline, said="no"))]
    if intent == "mood_report" and len(text.split()) <= 4:  # "all of it", "the crying"
        return clarify(session, convo, settings, now, "suicidal")
    return None


def after_followup(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to a safety follow-up ("how are you doing now?"); None for a new request.
    "still bad" is stayed with, and we check in again the next day."""
    if HELLO_ONLY.match(text):  # "hi", back after the check: welcomed, and asked how they are
        helpline = helpline_of(convo, settings)
        return [Reply(render("followup_hello", helpline=helpline))]
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    if asked_after_crisis(text):  # "who is this", "leave me alone": answered, help in reach
        return stay(convo, settings, text)
    if STILL_THINKING.search(text):  # "still thinking about it": asked about acting on it now
        return clarify(session, convo, settings, now, "acting")
    if SMILE_ONLY.match(text):  # "🙂": glad to see it; a later check already booked stays
        helpline = helpline_of(convo, settings)
        return [Reply(render("followup_better", helpline=helpline, smiled=True))]
    if intent not in (
        "mood_report",
        "smalltalk",
        "out_of_scope",
        "affirm",
        "deny",
        "thanks",
    ) and not STILL_HERE.match(text):  # ("still here", read as a hello: an answer)
        return None  # "can we do breathing": answered as asked
    lukewarm = LUKEWARM.search(text) is not None  # "ok i guess": not better, not worse
    if BETTER.search(text) and not NOT_BETTER.search(text) and not lukewarm:
        for later in ("soon_followup", "gentle_followup"):  # no more checks needed
            cancel_jobs(session, convo, later)
        helpline = helpline_of(convo, settings)
        return [Reply(render("followup_better", helpline=helpline))]
    if WORSE.search(text) or NO_CHANGE.search(text) or NOT_GOOD.match(text):
        # "worse tbh", "still the same", "not really", a day after: are they safe? asked
        # directly
        kind = convo.slots.get("crisis_kind")
        return clarify(session, convo, settings, now, str(kind) if kind else None)
    if not convo.slots.get("only_when_texted") and not _followup_pending(session, convo):
        hours = int(settings["crisis"]["second_followup_hours"])
        schedule_job(
            session,
            convo,
            "gentle_followup",
            now + timedelta(hours=hours),
            {},
            dedupe_key=f"still_bad_followup:{convo.id}:{now:%Y%m%d}",
        )
    return stay(convo, settings, text)


# Wanting only to sleep, said plainly: "i just want to sleep", "need to sleep tbh".
_JUST_SLEEP = re.compile(
    r"^\W*(?:(?:no|nah|honestly|tbh|idk|i think|ugh)\W+)*(?:i )?(?:just |only |really )?(?:want|"
    r"wanna|need) (?:to )?(?:go to )?(?:sleep|bed)(?: now| tbh| honestly| lol| rn)*\W*$",
    re.IGNORECASE,
)


# Living with an old hurt, asked or told: "how do i deal with it", "it still gets to me", "i
# still have nightmares about it".
_LIVING_WITH_IT = re.compile(
    r"\b(?:deal(?:ing)? with|cop(?:e|ing)|get(?:ting)? over|move on|moving on|let (?:it )?go|stop "
    r"thinking about|handle|(?:what|how) (?:do|can|should) i|affects?|affected|gets? to me|think "
    r"about it|flashbacks?|nightmares?|memories|triggered|still (?:hurts?|hate|angry|upset|sad|"
    r"scared|struggle|struggling)|never (?:talked|told)|no one knows|nobody knows|haven'?t told)\b",
    re.IGNORECASE,
)


def after_declined(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The message after a "no" to the direct question, or to the offer of a person: a yes
    taken back is a yes."""
    person = convo.slots.get("safety_state") == "declined_person"
    kind = str(convo.slots.get("clarify_kind") or "suicidal")
    past = bool(convo.slots.get("clarify_past"))
    convo.slots = {
        k: v
        for k, v in convo.slots.items()
        if k not in ("safety_state", "clarify_kind", "clarify_past")
    }
    if past and kind in ("abuse", "danger") and _LIVING_WITH_IT.search(text):
        # "i dont really know how to deal with it", after "no, it was years ago": how people
        # live with being hurt as a child, and someone who knows about it
        return [Reply(render("past_hurt", helpline=helpline_of(convo, settings)))]
    if not person and SOMETIMES_BACK.match(text.strip()):
        return crisis_response(session, convo, kind, settings, now)  # "well maybe sometimes"
    if not person and _JUST_SLEEP.match(text):
        # "i just want to sleep", after a "no" and a low day: rest, not a sleep diary; and
        # what to do if sleep comes to mean more
        convo.slots = {k: v for k, v in convo.slots.items() if k != "offer"}
        return [Reply(render("rest_after_no", helpline=helpline_of(convo, settings)))]
    if not TAKEN_BACK.match(text.strip()):
        return None
    if A_SCORE.match(YES_FIRST.sub("", text.strip(), count=1).strip(" ,.!")):
        return None  # "yeah 8/10": a score, told with a yes, not the "no" taken back
    if not person and convo.slots.get("offer") == "breathing" and YES_TO_THE_OFFER.match(text):
        return None  # "yes please" to "would a short breathing exercise help?": the exercise
    if keyword_action(text) not in (None, "action_handover", "action_menu"):
        return None  # "yeah maybe the breathing": a yes to what we offered beside the "no"
    telling = len(text.split()) > 3 or more_of_their_story(
        TAKEN_BACK.sub("", text.strip(), count=1)
    )
    if person and telling and not FOR_A_PERSON.search(text):
        # "actually yes i do think about it", "yeah work stuff": stayed with, asked again
        return None
    if person:  # "actually yes please get someone"
        return _person_joins(session, convo, settings, now, text)
    return crisis_response(session, convo, kind, settings, now)


def _person_joins(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime, text: str = ""
) -> list[Reply]:
    """A yes to the offer of a person: staff take over, and the person is told what happens
    (reminders wait; after danger, the emergency number still comes first)."""
    hand_over(session, convo, "crisis", now)
    held = bool(active_reminders(session, convo))
    danger = convo.slots.get("crisis_kind") == "danger"
    helpline = helpline_of(convo, settings)
    asked = PREFERS.search(text)  # "can it be a woman": passed on, honestly
    prefers = ("woman" if asked.group("woman") else "man") if asked else None
    return [
        Reply(
            render(
                "handover",
                helpline=helpline,
                call=False,
                reminders=held,
                danger=danger,
                prefers=prefers,
            )
        )
    ]


def after_offer(
    session: Session,
    convo: Conversation,
    text: str,
    intent: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The answer to "would you like to talk to a person?"; None if it was not one."""
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    helpline = helpline_of(convo, settings)
    if refuses_contact(text):  # "dont call anyone": a refusal, never taken as a yes
        return no_contact(convo, settings)
    if asked_after_crisis(text):  # answered honestly
        return stay(convo, settings, text)
    if safety_words.just_wants_to_talk(text):  # "i dont need a helpline i just want to talk"
        return stay(convo, settings, text)
    if SERIOUS.match(text) or MEANT_IT.match(text):  # "no like actually", "no cap": meant it
        return crisis_response(session, convo, kind, settings, now)
    if NOT_OK.search(text) and not OK_NOW.match(text):  # "nah i'm not ok": stayed with
        return stay(convo, settings, text)
    if METHOD_ASKED.search(text):  # "do you think it would hurt": asked about acting on it now
        return clarify(session, convo, settings, now, "acting")
    telling_more = LEANS_YES.search(text) and not LEADING_NO.match(text.strip().lower())
    if telling_more and answer_of(text, intent) != "yes":
        return stay(convo, settings, text)  # "sometimes i think about it": stayed with
    if kind == "danger" and JOKING.match(text.strip()):
        return stay(convo, settings, text)  # "jk" after "i took 20 pills": not a yes, not a no
    by_words = convo.slots.get("crisis_by_words", True)
    meant_other = (  # "i mean this maths homework lol"
        MEANT_OTHER.search(text) is not None
        and not safety_words.is_doubtful(text)
        and not safety_words.harm_told(text)
    )
    if (kind != "danger" or not by_words) and (safety_words.misread_told(text) or meant_other):
        # "lol no its a video game": we got it wrong; said so, and no crisis check-in follows
        convo.slots = {
            k: v
            for k, v in convo.slots.items()
            if k not in ("safety_state", "crisis_kind", "stays")
        }
        convo.last_crisis_at = None
        cancel_jobs(session, convo, "crisis_followup")
        return [Reply(render("crisis_misread", helpline=helpline))]
    if UNSURE.match(text) and not MAYBE.match(text):
        return stay(convo, settings, text)  # "i dont know anymore", "i dont know if it counts"
    if (
        LEADING_NO.match(text.strip().lower())
        and safety_words.is_doubtful(text)
        and not safety_words.declines_a_person(text)
        and not safety_words.denies_crisis(text)  # "no, i'm not going to hurt myself, just tired"
    ):  # "no not like that. i just want it all to stop": more told, not a no to a person
        return stay(convo, settings, text)
    if written_in(text) and len(text.split()) > 1:
        return stay(convo, settings, text)  # "no puedo mas": not an English "no" to a person
    answer = "yes" if intent == "human_request" or MAYBE.match(text) else answer_of(text, intent)
    if safety_words.declines_a_person(text):
        answer = "no"  # "i dont want to talk to a person", whatever the model reads
    if NO_THEN_YES.match(text):
        answer = "yes"  # "no... yes", "no wait yes please": the last word is the answer
    # "im ok now honestly, it was just a bad moment", "im ok now i put it away": a no to a
    # person, met with gladness, not the crisis answer again
    ok_again = (
        answer != "yes"
        and OK_AGAIN.search(text) is not None
        and not NOT_OK.search(text)
        and not LEANS_YES.search(text)
        and not safety_words.harm_told(text)
    )
    if ok_again:
        answer = "no"
    if answer == "yes" and re.match(r"^\W*(?:done|all done|did it|done it|sorted)\W*$", text, re.I):
        return stay(convo, settings, text)  # "done" is not a yes to someone joining
    if answer == "yes" and OK_NOW.match(text):
        answer = "no"  # "yeah i'm ok now, cleaned it up": no one joins; we check in later
    if answer == "yes" and text.rstrip().endswith("?") and not FOR_A_PERSON.search(text):
        return stay(convo, settings, text)  # "is that ok?": a question, not a yes to a person
    if (
        answer == "yes"
        and len(text.split()) > 2
        and more_of_their_story(YES_FIRST.sub("", text, count=1))
    ):
        # "yeah it happens a lot", "yeah work stuff": telling more, not a yes
        return stay(convo, settings, text)
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    if answer == "yes":
        return _person_joins(session, convo, settings, now, text)
    if answer == "no":
        # "I'll check in on you a bit later": a check-in is booked, sooner after danger, unless
        # one is still to come, or someone checks their phone (then nothing from us)
        quiet = bool(convo.slots.get("only_when_texted"))
        minutes = DANGER_CHECK_MINUTES if kind == "danger" else LATER_CHECK_MINUTES
        # (a check-in booked for tomorrow does not keep the one promised for later today)
        if not quiet and not _followup_pending(session, convo, now + timedelta(minutes=minutes)):
            schedule_job(
                session,
                convo,
                # promised "a bit later" after a crisis: not held for quiet hours
                "soon_followup" if kind != "abuse" else "gentle_followup",
                now + timedelta(minutes=minutes),
                {},
                dedupe_key=f"declined_followup:{convo.id}:{now:%Y%m%d%H}",
            )
        # the next message may take the "no" back ("actually yes please"): see after_declined
        convo.slots = {**convo.slots, "safety_state": "declined_person", "person_declined": True}
        excused = kind == "abuse" and MINIMISED.search(text) is not None
        return [
            Reply(
                render(
                    "crisis_offer_declined",
                    helpline=helpline,
                    kind=kind,
                    quiet=quiet,
                    excused=excused,
                    strangled=bool(convo.slots.get("strangled")),
                    ok_again=ok_again,
                    put_away=ok_again and safety_words.PUT_AWAY.search(text) is not None,
                    taken=bool(convo.slots.get("overdose_at")),
                    # "no i wouldnt do anything, i just feel stuck": how they are, told too
                    felt=_FELT_AFTER_NO.search(text) is not None,
                )
            )
        ]
    return None


# How they feel, told after a "no": "no i wouldnt do anything, i just feel stuck".
_FELT_AFTER_NO = re.compile(
    r"\b(?:i(?: just|'?m just| just feel| feel)|just|im just|feeling|i'?m|im) (?:so |really |"
    r"very |kinda |a bit |pretty )?(?:stuck|lost|low|down|tired|exhausted|empty|numb|hopeless|"
    r"alone|lonely|overwhelmed|sad|drained|broken|done|trapped|miserable|flat|awful|rubbish|shit|"
    r"crap)\b",
    re.IGNORECASE,
)


def _followup_pending(session: Session, convo: Conversation, by: datetime | None = None) -> bool:
    """A safety check-in is already booked for this person (due by ``by``, if given)."""
    query = select(ScheduledJob.id).where(
        ScheduledJob.conversation_id == convo.id,
        ScheduledJob.status == "pending",
        ScheduledJob.kind.in_(FOLLOWUP_KINDS),
    )
    if by is not None:
        query = query.where(ScheduledJob.due_at <= by)
    return session.scalar(query) is not None


def no_contact(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """ "dont call anyone", "please don't tell anyone": what we will and won't do, said
    plainly; the offer of a person stays open."""
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    # the next "ok" answers "what's happening for you?", it is not a yes to a person
    convo.slots = {k: v for k, v in convo.slots.items() if k != "safety_state"}
    helpline = helpline_of(convo, settings)
    return [Reply(render("crisis_no_contact", helpline=helpline, kind=kind))]


def hand_over(session: Session, convo: Conversation, reason: str, now: datetime) -> None:
    """Staff take it from here; the bot stays quiet until they hand it back."""
    convo.handed_over = True
    convo.active_flow = None
    convo.slots = {**_clear_flow(convo.slots), "awaiting_staff": now.isoformat()}
    raise_flag(session, convo, reason, None, now)


def while_waiting(
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    text: str = "",
    *,
    worried: bool = False,
) -> list[Reply]:
    """Handed over, and no one from the team has written yet: no message is met with
    silence. The full holding note at most once per `handover.notice_minutes`, a short one
    in between; distress ("nobody cares") always gets help in reach; "are you there?" and
    "nobody's coming" get an honest answer. Once staff reply, the bot is quiet."""
    if "awaiting_staff" not in convo.slots:
        return []
    helpline = helpline_of(convo, settings)
    minutes = int(settings["handover"]["notice_minutes"])
    last = convo.slots.get("staff_notice_at")
    recent = bool(last) and now - datetime.fromisoformat(str(last)) < timedelta(minutes=minutes)
    asked = keyword_action(text) in WHILE_WAITING_ASKS  # "can i still do a breathing exercise"
    if worried:
        said = "worried"
    elif ASKS_IF_PERSON.search(text):
        said = "bot"
    elif STILL_WAITING.search(text):
        said = "still_waiting"
    elif PERSON_AGAIN.search(text):
        said = "again"
    elif OK_THANKS.match(text):
        said = "thanks" if THANKED.search(text) else "ok"
    elif recent and asked:
        said = "asked"
    elif recent:
        said = "noted"
    else:
        said = None
        convo.slots = {**convo.slots, "staff_notice_at": now.isoformat()}
    return [Reply(render("handover_waiting", helpline=helpline, said=said, asked=asked))]


# Things asked for while a person is awaited: how to have them now.
WHILE_WAITING_ASKS = frozenset(
    {"action_start_breathing", "action_start_checkin", "action_start_sleep", "action_set_reminder"}
)


def stop_waiting(convo: Conversation) -> None:
    """No one needs the holding note any more (staff answered, or the request was
    withdrawn)."""
    drop = ("awaiting_staff", "staff_notice_at")
    convo.slots = {k: v for k, v in (convo.slots or {}).items() if k not in drop}


def crisis_within(convo: Conversation, now: datetime, hours: float) -> bool:
    """A crisis was told in the last ``hours``."""
    last = convo.last_crisis_at
    if last is None:
        return False
    if last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    return now - last <= timedelta(hours=hours)


def in_crisis_window(convo: Conversation, settings: dict[str, Any], now: datetime) -> bool:
    """A crisis was told recently enough that what follows is read in its light."""
    return crisis_within(convo, now, int(settings["crisis"]["stay_minutes"]) / 60)


def stay(convo: Conversation, settings: dict[str, Any], text: str = "") -> list[Reply]:
    """Soon after a crisis, a message that is not a request: stay with them, help in reach.

    The offer of a person stays open, so a later "yes" still brings one. "who is this?" is
    answered honestly, and "leave me alone" is given space.
    """
    kind = str(convo.slots.get("crisis_kind") or "suicidal")
    said = next((name for name, pattern in ASKED_AFTER_CRISIS if pattern.search(text)), None)
    alone_told = bool(convo.slots.get("alone_told"))  # answered once, then listened to
    if said is None and FEEL_ALONE.match(text) and not alone_told:
        said = "alone"  # "i just feel so alone", "i have no one"
    wound_told = bool(convo.slots.get("wound_told"))  # the care told once, then kept short
    convo.slots = {
        **convo.slots,
        "stays": int(convo.slots.get("stays", 0)) + 1,
        "wound_told": wound_told or said == "wound",
        "alone_told": alone_told or said == "alone",
    }
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person"}
    helpline = helpline_for(convo.country, settings["helplines"])  # young: the template
    return [
        Reply(
            render(
                "crisis_stay",
                helpline=helpline,
                kind=kind,
                handed_over=convo.handed_over,
                young=bool(convo.slots.get("young")),
                new_parent=bool(convo.slots.get("new_parent")),
                veteran=bool(convo.slots.get("veteran")),
                said=said,
                at_home=convo.slots.get("at_home", True),
                stays=int(convo.slots.get("stays", 0)),
                person_declined=bool(convo.slots.get("person_declined")),
                # hiding from someone at home (told with the crisis), not only unheard by family
                at_risk_from_someone=kind == "abuse"
                or bool(convo.slots.get("at_home") or convo.slots.get("hiding"))
                or HEARD_BY_THEM.search(text) is not None,
                sexual=bool(convo.slots.get("sexual")),
                deaf=bool(convo.slots.get("deaf")),
                means=convo.slots.get("means"),
                taken=bool(convo.slots.get("overdose_at")),
                burn=bool(convo.slots.get("burned") or safety_words.BURNED.search(text)),
                wound_told=wound_told,
                at_height=bool(convo.slots.get("at_height")),
                eating=bool(convo.slots.get("eating")),
                parent_hurts=bool(convo.slots.get("parent_hurts")),
                strangled=bool(convo.slots.get("strangled")),
                # "will they call the police if i ring samaritans?": the line, not us
                line_asked=_LINE_NAMED.search(text) is not None,
            )
        )
    ]


# The helpline they were given, named or pointed to: "if i ring samaritans", "will they".
_LINE_NAMED = re.compile(
    r"\b(?:samaritans|shout|988|lifeline|helpline|hotline|crisis line|the line|childline|"
    r"if i (?:call|ring|text|phone|contact) (?:them|it|the number))\b|\bwill they\b",
    re.IGNORECASE,
)


def taken_back(convo: Conversation, settings: dict[str, Any], how: str) -> list[Reply]:
    """ "nvm forget i said anything" soon after a crisis: accepted without a fuss, and the
    check-in still comes (taking it back is no sign that it has passed)."""
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "offered_person"}
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render(
                "crisis_taken_back",
                helpline=helpline,
                from_phone=how == "delete",
                joking=how == "joking",
            )
        )
    ]


def stay_or_escalate(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply]:
    """Stay with them; but where they are or what they have ("from the bridge near my
    house") is danger now: the emergency number leads, and staff see it as danger."""
    if safety_words.urgent_now(text):  # a place, the means at hand, a close time
        bleeding = safety_words.is_bleeding(text)
        return crisis_response(session, convo, "danger", settings, now, bleeding=bleeding)
    return stay(convo, settings, text)


def _clear_flow(slots: dict[str, Any]) -> dict[str, Any]:
    """Drop the active form's slots and any pending offer."""
    keep = (
        "safety_state",
        "onboarding",
        "last_reminder_id",
        "crisis_kind",
        "awaiting_staff",
        "staff_notice_at",
        "young",
        "supporting_other",
        "only_when_texted",
        "sexual",
        "bullied",
        "groomed",
        "older_partner",
        "followed_up_at",
        "hiding",
        "crisis_by_words",
        "strangled",
        "burned",
        "at_height",
        "overdose_at",
        "agains",
        "means",
        "eating",
        "older",
        "own_carer",
        "deaf",
        "man_hurt",
        "same_sex",
        "new_parent",
        "veteran",
        "parent_hurts",
    )
    return {k: v for k, v in slots.items() if k in keep}


@handler("crisis_followup")
def crisis_followup(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Check back after a crisis message (quiet hours do not apply), unless they asked us
    to text only in reply (someone checks their phone)."""
    if convo.opted_out or convo.slots.get("only_when_texted") or _just_followed_up(convo, now):
        return []
    if not convo.handed_over:
        convo.slots = {**convo.slots, "safety_state": "followed_up"}
    convo.slots = {**convo.slots, "followed_up_at": now.isoformat()}
    _book_next_day(session, convo, settings, now)  # silence is no answer: asked again tomorrow
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render("crisis_followup", helpline=helpline, handed_over=convo.handed_over),
            kind="followup",
            template="followup",
        )
    ]


def _just_followed_up(convo: Conversation, now: datetime) -> bool:
    """A safety check-in went out less than two hours ago, after the latest crisis told: a
    second would only repeat it."""
    sent = convo.slots.get("followed_up_at")
    if not sent:
        return False
    at = datetime.fromisoformat(str(sent))
    last = convo.last_crisis_at
    if last is not None and (last if last.tzinfo else last.replace(tzinfo=at.tzinfo)) > at:
        return False  # told again since: this check is about that
    return now - at < timedelta(hours=2)


def _same_day(convo: Conversation, now: datetime) -> bool:
    """The crisis was told earlier on the person's today (else "yesterday")."""
    from zoneinfo import ZoneInfo

    last = convo.last_crisis_at
    if last is None:
        return False
    zone = ZoneInfo(convo.timezone)
    last = last if last.tzinfo else last.replace(tzinfo=now.tzinfo)
    return last.astimezone(zone).date() == now.astimezone(zone).date()


@handler("gentle_followup")
@handler("soon_followup")
def gentle_followup(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """A softer check after someone said "no" to the safety question."""
    if (
        convo.opted_out
        or convo.handed_over
        or convo.slots.get("only_when_texted")
        or _just_followed_up(convo, now)
    ):
        return []
    convo.slots = {**convo.slots, "safety_state": "followed_up", "followed_up_at": now.isoformat()}
    helpline = helpline_of(convo, settings)
    return [
        Reply(
            render("gentle_followup", helpline=helpline, soon=_same_day(convo, now)),
            kind="followup",
            template="followup",
        )
    ]


def said_no_lately(convo: Conversation, now: datetime) -> bool:
    """Whether they answered "no" to the direct question in the last half hour."""
    said = (convo.slots or {}).get("said_no_at")
    return bool(said) and now - datetime.fromisoformat(str(said)) <= NO_HOLDS_FOR
