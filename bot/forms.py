"""A form under way (a check-in, the sleep diary, choosing a breathing exercise, erasing
their data): the question answered, a question on the side answered before the same one
again, a reminder set halfway through, or the form left.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import context, effects, engine, put_off, reminders, safety_words
from bot.actions import DOMAIN
from bot.actions.checkin import ASKED_WHAT, QUIT_CHECKIN
from bot.actions.common import EFFECT_KEY
from bot.breathing import DONE_ALONE, PACE_ME, PATTERNS, compared
from bot.breathing import choose as choose_pattern
from bot.exercise import exercise_just_ended
from bot.locale import helpline_of
from bot.moods import EVERYONE_LEAVES, LEAVE_ME_ALONE, WHY_ASKED_HOW, band, vented_about
from bot.readings import bare_time, with_when
from bot.routing import (
    BREATHING_QUESTION,
    DAY_ASK,
    DONE_HERE,
    EASING,
    EMOJI_ONLY_NOT,
    FORM_INTENTS,
    HOW_LONG,
    INTERRUPTS,
    LEAVE_FLOW,
    LIFE_EVENT,
    LOSS,
    MIXED,
    PAST_MOOD,
    QUESTION,
    SIDE_ANSWERS,
    STOP_FLOW,
    THANKS_ONLY,
    TIMEZONE_ASK,
    TIMEZONE_WORDS,
    UNSURE,
    UNSURE_ANSWER,
    WHY_ASK,
    keyword_action,
    route,
)
from bot.runner import end_form, leave_form, next_step, run, slots_of
from bot.text import render
from bot.topics import (
    ABOUT_US,
    COPING_FOR_EKMAN,
    COPING_WITH_BREATHING,
    OFF_TOPIC_ASKS,
    chat_topic,
    off_topic_kind,
    service_topic,
)
from bot.types import Reply
from store.models import BreathingSession, CheckIn, Conversation

if TYPE_CHECKING:
    from nlu import Parse


# Questions about the service answered in the middle of a check-in, which then goes on.
ANSWERED_MID_CHECKIN = frozenset({"bot", "privacy", "helpline", "therapist", "media", "medicine"})
# A question opened with its word run together ("whats the capital of france", "hows the
# weather"), which the question pattern reads as no question.
# A reminder's task told done mid-question: "took them", "ive taken my tablets", "did it".
TASK_DONE = re.compile(
    r"^\W*(?:(?:ok|yep|yeah|oh|and|btw|also)\W+)*(?:i\W*)?(?:(?:'?ve|ve|have)\s+)?(?:just |"
    r"already )?(?:took|taken|did|done|had) (?:it|them|em|that|my (?!life\b)\w+)"
    r"(?:\s+(?:now|already|thanks|ty|ta|cheers))*\W*$",
    re.IGNORECASE,
)
ASKED_SHORT = re.compile(
    r"^\W*(?:whats|wats|wots|hows|wheres|whos|whens|whys|wat|wut|wht)\b", re.IGNORECASE
)
# Asked of us outright: "tell me a joke", "sing me a song", "recommend me a film".
ASKED_OF_US = re.compile(
    r"^\W*(?:(?:pls|please|go on|come on)\W+)?(?:tell|sing|write|recommend|give|teach|show|play|"
    r"do) (?:me|us)\b",
    re.IGNORECASE,
)
# A hello and nothing else: "hey", "hi there", "hello again :)".
HELLO_ONLY = re.compile(
    r"^\W*(?:hi+|hey+|hello+|hiya|heya|yo|howdy|morning|good (?:morning|afternoon|evening))"
    r"(?:\W+(?:there|again|you|u|mindlink|bot))*\W*$",
    re.IGNORECASE,
)
# A hello with how are you: "hiya hows it going", "hey how are you".
HELLO_HOW = re.compile(
    r"^\W*(?:hi+|hey+|hello+|hiya|heya|yo)\W+(?:hows|how'?s|how is|how are|how r) "
    r"(?:it going|things|you|u|ya|your day)\W*$",
    re.IGNORECASE,
)
# How sure of a hard feeling the model must be to meet it in a message of a word or two.
HARD_TOLD_SURE = 0.9
# How sure the model must be that a question mid-check-in is off-topic to leave it unsaved.
OFF_TOPIC_SURE = 0.9
# Asking how to cope, instead of answering a check-in question.
COPE_ASK = re.compile(
    r"\b(?:don'?t|dont|do not) know how to (?:cope|deal with (?:it|this)|handle (?:it|this)|"
    r"get through (?:it|this))\b|\bhow (?:do|can|am) i (?:supposed to )?(?:cope|deal with (?:it|"
    r"this)|get through (?:it|this))\b|\bany (?:advice|tips) (?:on|for) coping\b",
    re.IGNORECASE,
)
# Not wanting the check-in's questions: "i just want to talk", "stop asking for a number".
NOT_A_FORM = re.compile(
    r"\b(?:don'?t|dont|do not) (?:really |even )?(?:want|wanna|feel like) (?:to )?"
    r"(?:do |doing |give |giving |pick |put )?(?:you )?(?:a |the |this |any )?"
    r"(?:check[- ]?ins?|numbers?|rat(?:e|ing)|forms?|questions?|breath\w*|exercises?)\b|"
    r"\b(?:just|only) (?:want(?:ed)?|wanna|need(?:ed)?) to (?:talk|vent|chat|tell (?:you|someone)|"
    r"get (?:it|that|this) off my chest)\b|\b(?:just|only|i'?m|im) venting\b|"
    # "i just want someone to get it", "i need someone to listen"
    r"\b(?:want|wanna|need) (?:someone|somebody|some1|you|u|people) to (?:get it|get me|listen|"
    r"understand|hear me|just listen)\b|"
    r"\bstop asking (?:me )?(?:for )?(?:a )?(?:number|that|questions)\b|"
    r"\b(?:that'?s|thats|this is|this isn'?t|that isn'?t) (?:not )?(?:helpful|helping)\b|"
    r"\b(?:you'?re|ur|youre) just a bot\b|\b(?:you|u) (?:don'?t|dont) get it\b|"
    r"\bi can'?t (?:put|give) (?:it )?a number\b",
    re.IGNORECASE,
)
# Said to change course rather than to ask something on the side.
SWITCHING = re.compile(
    r"^\W*(?:actually|instead|nvm|never ?mind|forget (?:it|that|this)|scratch that|no wait|"
    r"change of plan)\b",
    re.IGNORECASE,
)
# Requests whose words also choose a breathing exercise ("the one for sleep").
FOR_A_CHOICE = frozenset({"action_start_sleep", "action_sleep_diary", "action_start_breathing"})
# Forms that wait while a reminder is seen to, then ask their question again (a "2" next
# still chooses the 4-7-8, not a reminder moved to 2 o'clock).
ASIDE_FORMS = ("sleep_form", "checkin_form", "breathing_form", "breathing_after_form")
# Requests met in the middle of a diary or a check-in, which then carries on.
ASIDE_REQUESTS = frozenset(
    {"action_set_reminder", "action_list_reminders", "action_cancel_reminder"}
)


def continue_form(
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
    # the check-in began from what they told us ("been a rough few days"), not asked for
    opened_by_telling = bool((convo.slots.get("feelings") or {}).get("text"))
    if requested == "when":
        parse = with_when(parse, text, convo.timezone, now)
    own_words = not (safety_words.crisis_kind(text) or safety_words.is_doubtful(text))
    if (service_topic(text) == "listening" or chat_topic(text) == "change_subject") and (
        not parse.crisis or own_words
    ):
        # "can i ask you something", "i need to talk about something", "can we talk about
        # something else": what comes next is theirs to say, not an answer to our question;
        # the form is left and they are let in
        leave_form(convo, form, now)
        return None
    if form == "checkin_form" and NOT_A_FORM.search(text) and (not parse.crisis or own_words):
        # "i dont want to do a check in i just want to talk": no number; listened to instead
        end_form(convo)
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        ekman = parse.ekman if parse.emotion_confidence >= 0.5 else "neutral"
        numbers = re.search(r"breath|exercise", text, re.IGNORECASE) is None  # not "no breathing"
        return [Reply(render("listening", more=False, ekman=ekman, declined=numbers))]
    if (
        # ("shut up", "fuck off", whatever we were asking: not "Sorry, I'll leave you be" and
        # the question again)
        ((form == "checkin_form" and LEAVE_ME_ALONE.search(text)) or service_topic(text) == "hush")
        and keyword_action(text) is None
        and not reminders.quiet_for_a_while(text)
        and (not parse.crisis or own_words)
    ):
        # "stop asking me how i feel", "leave me alone" in answer to the check-in: the questions
        # stop there and they are given space, not asked the same again
        end_form(convo)
        asked = WHY_ASKED_HOW.search(text) is not None
        left = EVERYONE_LEAVES.search(text) is not None
        convo.slots = {
            k: v for k, v in convo.slots.items() if k not in ("offer", "listening_since")
        }
        return [Reply(render("leave_alone", asked=asked, left=left))]
    if form == "checkin_form" and COPE_ASK.search(text) and not parse.crisis:
        # "i don't know how to cope" after "my grandad died": ideas for that, not a number
        felt = convo.slots.get("felt") or {}
        kind = "grief" if LOSS.search(text) or felt.get("kind") == "grief" else felt.get("kind")
        kind = kind or COPING_FOR_EKMAN.get(parse.ekman) or "low"
        end_form(convo)
        if kind in COPING_WITH_BREATHING:
            convo.slots = {**convo.slots, "offer": "breathing"}
        return [Reply(render("coping", kind=kind, helpline=helpline_of(convo, settings)))]
    if (
        form == "checkin_form"
        and requested == "feelings"
        and QUIT_CHECKIN.match(text.replace("\u2019", "'"))
        and (not parse.crisis or own_words)
    ):  # "actually can we stop", "stop the check in": left, not kept as how they feel
        leave_form(convo, form, now)
        return [Reply(render("flow_way_out"))]
    if form == "checkin_form" and requested == "mood":
        later = _checkin_later(session, convo, text, parse, settings, now)
        if later is not None:  # "tomorrow morning": a reminder to check in then
            return later
        if ASKED_WHAT_TO_DO.search(text) and not ABOUT_THE_SCORE.search(text):
            # "how do i bring it up with him", "should i tell him", "how do i see a gp about
            # it" instead of a number: the check-in is left and the question answered as one
            leave_form(convo, form, now)
            return None
    if form == "checkin_form" and not UNSURE_ANSWER.match(text.strip()):
        aside = _asked_mid_checkin(session, convo, text, parse, settings, now)
        if aside is not None:  # answered, then the same question again; nothing is kept
            told = convo.slots.get("feelings")
            if isinstance(told, dict):  # their feelings were met already: not again
                convo.slots = {**convo.slots, "feelings": {**told, "answered": None}}
            return aside + next_step(session, convo, form, text, parse, settings, now, None)
    if form == "breathing_after_form" and (HELLO_ONLY.match(text) or HELLO_HOW.match(text)):
        # "hey", "hiya hows it going" later on, instead of how they felt after breathing:
        # the exercise is closed without a number, and the hello met as one
        effects.apply(session, convo, {EFFECT_KEY: "finish_breathing"}, settings, now)
        end_form(convo)
        return None
    done_alone = DONE_ALONE.match(text)
    if form == "breathing_form" and requested == "mood_before" and done_alone is not None:
        # "done" to "how do you feel right now, before we start?": they had a go on their own,
        # so how they feel now is asked (or "go" for the rounds), not "let's leave that"
        score = done_alone["score"]  # "done, 6": how they feel now, with it
        return _done_alone(session, convo, settings, now, int(score) if score else None)
    alone = convo.slots.get("breathing_alone")
    if (
        form == "breathing_after_form"
        and alone is not None
        and alone == convo.slots.get("breathing_session_id")
        and PACE_ME.match(text)
    ):  # "go", after "done" on their own: the paced rounds after all
        pattern = str(convo.slots.get("breathing_alone_pattern") or "box")
        effects.apply(session, convo, {EFFECT_KEY: "finish_breathing"}, settings, now)
        end_form(convo)
        convo.slots = {**convo.slots, "pattern": pattern, "mood_before": -1}
        return run(session, convo, "action_submit_breathing", text, parse, settings, now)
    hello = HELLO_ONLY.match(text) is not None and not parse.crisis
    if form == "breathing_form" and hello:
        # "hi", an hour after "breathing": greeted, then the same question in full (not only
        # "Just reply 1 for box..." or "A number from 1 to 10 is all I need")
        greeted = [Reply(render("checkin_greeted", form=form))]
        return greeted + next_step(session, convo, form, text, parse, settings, now, None)
    if form == "sleep_form" and parse.intent == "greet" and HELLO_ONLY.match(text):
        # "hi", hours after the last answer: greeted, then the same question (not only a
        # stricter "What time did you get up?")
        greeted = [Reply(render("checkin_greeted", form=form))]
        return greeted + next_step(session, convo, form, text, parse, settings, now, None)
    if form in ("breathing_form", "breathing_after_form", "sleep_form", "reminder_form") and (
        service_topic(text) in ANSWERED_MID_CHECKIN | ABOUT_US
    ):  # "who can see this?" before or after an exercise, "are you a bot" mid-diary or when
        # asked when to remind: answered, then the same question
        aside = run(session, convo, "action_smalltalk", text, parse, settings, now)
        return aside + next_step(session, convo, form, text, parse, settings, now, None)
    if (
        form in ("sleep_form", "checkin_form")
        and TASK_DONE.match(text)
        and reminders.came_lately(session, convo, now)
    ):  # "took them" to the diary's next question, a pills reminder having come just before
        again = next_step(session, convo, form, text, parse, settings, now, None)
        return [Reply(render("reminder_ack")), *again]
    tracker = engine.build_tracker(
        str(convo.id),
        slots_of(session, convo, settings, now),
        engine.latest_message(text, parse),
        form,
    )
    outcome = engine.run(f"validate_{form}", tracker)
    if outcome.loop_changed and outcome.active_loop is None:  # the answer ended the form
        end_form(convo)
        convo.slots = {**convo.slots, **outcome.slots}
        convo.slots.pop("requested_slot", None)
        return [Reply(t) for t in outcome.texts]
    if outcome.slots.pop("aside", None):
        # the form's own answer to something said on the side ("tips" or a sleep question
        # mid-diary): then the same question again, not counted as a missed answer
        convo.slots = {**convo.slots, **outcome.slots}
        replies = [Reply(t) for t in outcome.texts]
        return replies + next_step(session, convo, form, text, parse, settings, now, None)
    filled = requested is not None and outcome.slots.get(requested) is not None
    # What the form also wanted, told first ("to stretch" before the time), moves it on too.
    filled = filled or any(outcome.slots.get(k) for k in SIDE_ANSWERS.get(form, ()))
    # "like 7 hours maybe" to when they got up: how long they slept, kept (an answer)
    told = outcome.slots.get("asleep")
    filled = filled or (form == "sleep_form" and told not in (None, convo.slots.get("asleep")))
    # "wait no make it 5" at a later question: the score put right, not a way out
    filled = filled or (requested != "mood" and outcome.slots.get("mood") is not None)
    # "no im not", after "im fine" was read as a 6: the score taken back is an answer too
    filled = filled or (
        requested != "mood" and "mood" in outcome.slots and not outcome.slots["mood"]
    )
    # "idk", "wait what", 👍 to "1 to 10?": asked again more gently, with rough bands
    unsure = not filled and requested == "mood" and _unsure_answer(text)
    # "what do the numbers mean", "is 10 good or bad?": the scale said again gently
    unsure = unsure or (not filled and requested == "mood" and SCALE_ASKED.search(text) is not None)
    # "what should i put?", "what do i say": how to answer, so the scale said again gently
    unsure = unsure or (
        not filled
        and requested == "mood"
        and ASKED_WHAT_TO_DO.search(text) is not None
        and ABOUT_THE_SCORE.search(text) is not None
        and not parse.crisis
    )
    if form == "delete_form" and not filled and outcome.texts:
        # "what happens if i do?", "a copy first?": answered, and the yes or no still stands
        done = [r for e in outcome.effects for r in effects.apply(session, convo, e, settings, now)]
        return done + [Reply(t) for t in outcome.texts]
    if not filled and intent == "thanks" and THANKS_ONLY.match(text.strip()):
        if form == "checkin_form":
            # "ok thank you" to a check-in we offered after they vented: a goodbye to the
            # questions, taken warmly, with the way back
            leave_form(convo, form, now)
            return [Reply(render("form_thanks_leave"))]
        # "ok thanks" mid-diary: welcome, and the same question again (with the way out)
        thanked = [Reply(render("form_thanks"))]
        return thanked + next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and not unsure and _leaving(text, intent, parse):
        leave_form(convo, form, now)
        # a goodbye or a thank-you is answered as one; a "no" gets the way back in
        return None if intent in ("goodbye", "thanks") else [Reply(render("flow_way_out"))]
    works = HOW_IT_WORKS.match(text.strip()) is not None  # "wait how does this work"
    if not filled and (WHY_ASK.match(text.strip()) or works):  # explain, then ask the same again
        why = [Reply(render("form_why", form=form, how=works))]
        return why + next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and form in ASIDE_FORMS and _now_asked(text):
        # "what time is it", "what day is it" mid-diary or mid-check-in: told, then the same
        # question again (the diary kept, so the next "7" is the time they got up)
        local = now.astimezone(ZoneInfo(convo.timezone))
        told = [Reply(render("form_time_told", local=local))]
        return told + next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and HOW_LONG.search(text):  # "how long is this": answered, then asked again
        chosen = convo.slots.get("pattern")
        how = [Reply(render("form_how_long", form=form, pattern=chosen))]
        return how + next_step(session, convo, form, text, parse, settings, now, None, None)
    if not filled and form == "breathing_form" and BREATHING_QUESTION.search(text):
        # "whats box breathing?", "whats the difference between them"
        chosen = None if compared(text) else convo.slots.get("pattern") or choose_pattern(text)
        if compared(text):  # all three set side by side: which one is theirs to choose again
            convo.slots = {**convo.slots, "pattern": None}
        if chosen:  # "ok that one" next chooses it
            convo.slots = {**convo.slots, "pattern_explained": chosen}
        about = [Reply(render("breathing_choices", pattern=chosen))]
        return about + next_step(session, convo, form, text, parse, settings, now, None, None)
    own = intent in FORM_INTENTS.get(form, ())
    # "20 mins" to "what time did you get up?": a wrong answer to the diary, asked again
    own = own or (form == "sleep_form" and not filled and bare_time(text))
    strong = intent in INTERRUPTS and not own and not UNSURE.match(text.strip()) and not unsure
    if form == "checkin_form" and requested == "feelings" and ASKED_WHAT.match(text.strip()):
        strong = False  # "like what?" to "what words would you use?": what to say, not a menu
    if form == "checkin_form" and requested == "note" and QUIT_CHECKIN.match(text):
        strong = False  # "stop the check in" at the last question: saved as it is, no note
    if intent in ("set_reminder", "sleep_help") and keyword_action(text) is None:
        # "12 hour days for weeks", "i keep looking at his bed": told, not asked for
        strong = False
    if filled:  # "30 mins" or "everything" answers the question; only plain words interrupt
        # ("export my data" in the note is a request about their data, not a note)
        data_ask = intent in ("export_data", "delete_data") and parse.intent_confidence >= 0.9
        strong = strong and (keyword_action(text) is not None or data_ask)
        if form == "breathing_form" and keyword_action(text) in FOR_A_CHOICE:
            strong = False  # "the one for sleep": the choice made, not the sleep coach asked for
        if (
            form == "checkin_form"
            and keyword_action(text) == "action_start_sleep"
            and not SLEEP_ASKED.search(text)
        ):
            # "prob a three tbh. didnt sleep", "slept badly" for how they feel: the answer
            # kept, the night told (a sleep diary is offered at the end)
            strong = False
    if strong and (not filled or parse.intent_confidence >= 0.8):
        aside = _aside_then_back(session, convo, form, text, parse, settings, now, intent)
        if aside is not None:
            return aside
        end_form(convo)
        return None
    convo.slots = {**convo.slots, **outcome.slots}
    replies = [Reply(t) for t in outcome.texts]
    # a feeling told instead of a number ("rough day" too) is met before it is asked again
    told_hard = (
        intent == "mood_report"
        and parse.ekman in ("sadness", "fear", "anger")
        and parse.emotion_confidence >= HARD_TOLD_SURE
    )
    heard = parse.ekman if not filled and (len(text.split()) >= 3 or told_hard) else None
    if heard is None and not filled and requested == "mood" and vented_about(text):
        heard = "neutral"  # "work", to "how are you feeling, 1 to 10?": thanked, not "no number"
    if heard is None and not filled and requested == "mood" and EVERYTHING.match(text):
        heard = "sadness"  # "everything", to "how are you feeling?" after "not great": hard
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
    if form == "checkin_form" and heard == "loss" and int(convo.slots.get("reasks", 0)) >= 1:
        # "It's been like that since my wife died", after a number was asked for again: the
        # loss is met as one and listened to, not a third question for a number
        from bot.listening import offer_to_listen, pronouns

        end_form(convo)
        who = pronouns(convo, text)["they"]  # "he", "she" or "they", as told
        convo.slots = {**convo.slots, "loss_at": now.isoformat(), "memories_told": 0}
        convo.slots = {**convo.slots, "lost_one": who}
        offer_to_listen(convo, now)
        return [Reply(render("loss_heard", **pronouns(convo, text)))]
    glad = opened_by_telling and convo.slots["feelings"].get("ekman") == "joy"
    glad_opening = form == "checkin_form" and glad
    if glad_opening and _glad_story(requested, filled, heard, parse, text):
        # "feeling great today" then "we went to the park with the kids": the check-in began
        # from glad words of their own, and more of the day told instead of a number is
        # shared gladly, not met as a hard time nor asked for a number again
        leave_form(convo, form, now)
        convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        return [Reply(render("checkin_glad_more"))]
    if glad_opening and _asked_instead(requested, filled, parse, text):
        # "how are you", after "i had a really good day": asked as itself, the number let go
        leave_form(convo, form, now)
        return None
    # (what the model alone hears as danger, in words the safety check read as none, is told)
    danger = parse.crisis and not own_words
    telling = opened_by_telling and _telling_instead(requested, filled, heard, danger, text)
    # after glad words, a friend or the kids named is no hard time unless it is heard as one
    telling = telling and (not glad_opening or heard in ("sadness", "fear", "anger", "disgust"))
    if form == "checkin_form" and telling:
        # "been a rough few days" then "work mostly", "today was mid" then "school was long
        # and my mates were being weird": the check-in began from their own words, and more
        # of the story told instead of a number is listened to, not asked for a number again
        end_form(convo)
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "offer": "breathing",
            "listened": True,
        }
        felt = heard if heard in ("sadness", "fear", "anger", "disgust") else "sadness"
        return [Reply(render("listening", more=True, ekman=felt, about=vented_about(text)))]
    if form == "checkin_form" and _telling_again(convo, requested, filled, heard, danger, text):
        # "my boss yelled at me", then "i just feel stupid", each instead of a number: they
        # want to be heard, so the question for a number is not put a third time
        end_form(convo)
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "offer": "breathing",
            "listened": True,
        }
        return [Reply(render("listening", more=True, ekman=heard))]
    if form == "sleep_form" and not filled and told_hard and not parse.crisis:
        # "i feel awful today tbh" instead of a time: heard, with the way to talk instead,
        # before the diary's question again (not only "What time did you get up?")
        replies = [*replies, Reply(render("diary_feeling_heard", ekman=parse.ekman))]
    # "1am" to when they got up: "is that right?" is asked, not a missed answer (never a way
    # out offered in the same breath)
    checking = form == "sleep_form" and bool(outcome.slots.get("wake_check"))
    missed = requested if not filled and not checking else None
    # what a hard telling in place of a number was about ("work was a nightmare today"), so
    # the question again begins with it, not only "That sounds hard"
    told_about = vented_about(text) if requested == "mood" and not filled else None
    convo.slots = {**convo.slots, "told_about": told_about}
    return replies + next_step(session, convo, form, text, parse, settings, now, missed, heard)


def _done_alone(
    session: Session,
    convo: Conversation,
    settings: dict[str, Any],
    now: datetime,
    score: int | None,
) -> list[Reply]:
    """Breathed on their own before the rounds began: kept as a session (stopped, with no
    number before), and how they feel now asked, with the rounds still on offer (or, told
    with it, kept)."""
    pattern = str(convo.slots.get("pattern") or "box")
    end_form(convo)
    start = {EFFECT_KEY: "start_breathing", "pattern": pattern, "mood_before": None}
    effects.apply(session, convo, start, settings, now)
    effects.apply(session, convo, {EFFECT_KEY: "stop_breathing"}, settings, now)
    if score is not None:
        kept = {EFFECT_KEY: "finish_breathing", "mood_after": score}
        effects.apply(session, convo, kept, settings, now)
        said = render("breathing_after", before=None, after=score, helped=False, not_helped=False)
        return [Reply(said)]
    convo.active_flow = "breathing_after_form"
    convo.flow_updated_at = now
    convo.slots = {
        **convo.slots,
        "requested_slot": "mood_after",
        "mood_after": None,
        "reasks": 0,
        "breathing_alone": convo.slots.get("breathing_session_id"),
        "breathing_alone_pattern": pattern,
    }
    rounds = PATTERNS[pattern].rounds
    return [Reply(render("breathing_done_alone", pattern=pattern, rounds=rounds))]


def _now_asked(text: str) -> bool:
    """Whether the time or the day is asked ("whats the time", "what day is it"), not the
    time zone."""
    said = text.strip()
    if DAY_ASK.match(said):
        return True
    return TIMEZONE_ASK.search(said) is not None and not TIMEZONE_WORDS.search(said)


# How the questions work, asked instead of an answer: "wait how does this work", "how do i do
# this", "what do i put". Explained, then the same question again (never the menu).
HOW_IT_WORKS = re.compile(
    r"^\W*(?:(?:wait|um+|sorry|ok(?:ay)?|so|hang on|erm+)\W+)*(?:how (?:does|do) (?:this|it|that|"
    r"the diary|this diary) (?:even |actually )?work|how do i (?:do|answer|fill in|fill out) "
    r"(?:this|it|that)|what do i (?:do|put)(?: here| now)?)\W*$",
    re.IGNORECASE,
)


def _checkin_later(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "tomorrow morning", "can we do it later tonight" instead of a number: the check-in is
    left, and a reminder to do it then is set (offered, for a "later" with no time); None
    when the reply says more than a time."""
    if parse.crisis or not (put_off.PUT_OFF.search(text) and put_off.only_timing(text)):
        return None
    timed = put_off.time_said(parse, text, convo.timezone, now)
    end_form(convo)
    if timed is None:  # "can we do this later": left, with a reminder offered for when they say
        convo.slots = {**convo.slots, "offer": "put_off", "offer_task": "checkin"}
        return [Reply(render("offer_later", offer="checkin"))]
    return run(session, convo, "action_set_reminder", "remind me to check in", timed, settings, now)


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
    if service_topic(text) in ANSWERED_MID_CHECKIN | ABOUT_US:
        # "what do you do with my answers": what we keep and why, then the question again
        return run(session, convo, "action_smalltalk", text, parse, settings, now)
    if parse.intent == "greet" and HELLO_ONLY.match(text):  # "hey": greeted, then asked again
        return [Reply(render("checkin_greeted"))]
    told = convo.slots.get("feelings") or {}
    glad_opening = convo.slots.get("requested_slot") == "mood" and told.get("ekman") == "joy"
    if ASKED_HOW_WE_ARE.match(text) and not glad_opening:
        # "hbu", "how are you": answered, then asked again (after "feeling great today" it is
        # taken as itself, and the number let go)
        return [Reply(render("checkin_asked_back"))]
    if convo.slots.get("requested_slot") == "mood" and SCALE_ASKED.search(text):
        return None  # "what does the number mean": the scale said again gently, not off topic
    off_topic = parse.intent == "out_of_scope" and parse.intent_confidence >= OFF_TOPIC_SURE
    if off_topic and (QUESTION.search(text) or ASKED_SHORT.match(text)):
        return [Reply(render("form_off_topic"))]
    if (
        not parse.crisis
        and off_topic_kind(text) in OFF_TOPIC_ASKS
        and (QUESTION.search(text) or ASKED_OF_US.match(text))
        and not re.search(r"\d", text)  # ("3-4" is a score, not a sum)
    ):  # "tell me a joke", "sing me a song", however sure the model is
        return [Reply(render("form_off_topic"))]
    return None


# Help with sleep asked for, not only a bad night told: "3, can you help me sleep", "4. sleep
# diary?".
SLEEP_ASKED = re.compile(
    r"\b(?:help|diary|log|tips?|advice|coach\w*|how (?:do|can|to)|can (?:you|we|u)|let'?s|"
    r"(?:want|need) to sleep)\b|\?",
    re.IGNORECASE,
)


# How we are, asked back instead of an answer: "hbu", "and you?", "how are you", "wbu".
ASKED_HOW_WE_ARE = re.compile(
    r"^\W*(?:(?:and|so|um+|hm+|lol|haha|hey)\W+)?(?:hbu|wbu|hby|and (?:you|u)|(?:how|what) "
    r"about (?:you|u|yourself|urself)|how (?:are|r) (?:you|u|ya)(?: (?:doing|feeling|today))*|"
    r"how'?s (?:you|yourself|urself)|(?:you|u|yourself|urself)\s*\?)(?:\W+(?:tho|though|lol|"
    r"today|then))*\W*$",
    re.IGNORECASE,
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
    """A reminder asked for halfway through a sleep diary, a check-in or the choice of an
    exercise: done, then the same question again, so the next "6am" answers the diary
    instead of moving the reminder.
    None when it is not such a request."""
    action = route(intent, text)
    if form not in ASIDE_FORMS or action not in ASIDE_REQUESTS:
        return None
    if SWITCHING.match(text):  # "actually can you remind me...": this instead
        return None
    required = DOMAIN["forms"][form]["required_slots"]
    kept = {name: convo.slots[name] for name in required if name in convo.slots}
    end_form(convo)
    convo.slots = {**convo.slots, "aside_from": form}  # "remind me to do this again": this
    replies = run(session, convo, action, text, parse, settings, now)
    convo.slots = {k: v for k, v in convo.slots.items() if k != "aside_from"}
    if convo.active_flow is not None:  # it asked a question of its own ("when?") first
        return replies
    convo.slots = {k: v for k, v in convo.slots.items() if k != "offer"} | kept
    breathing = form in ("breathing_form", "breathing_after_form")
    said = render("breathing_back") if breathing else render("flow_back", form=form)
    back = [Reply(said)]
    return replies + back + next_step(session, convo, form, text, parse, settings, now, None)


# Hard to put one number on: "it's complicated", "depends", "up and down", "mixed tbh".
HARD_TO_SCORE = re.compile(
    r"^\W*(?:(?:um+|hm+|honestly|tbh|idk|well|oh|ugh|lol|ngl|i mean)\W+)*(?:(?:it'?s|its|it is|"
    r"i'?m|im|i am|been|feeling|feel)\W+)?(?:(?:a bit|kinda|kind of|pretty|really|so|very|all)\W+)?"
    r"(?:complicated|complex|hard to (?:say|tell|explain|pin down|describe|rate|score)|"
    # "im not sure how to rate it", "no idea what to put": the scale said again gently
    r"(?:not (?:really )?sure|unsure|no idea|(?:i )?don'?t know|dont know|idk|dunno) (?:how|what)"
    r" to (?:rate|score|put|say|answer|pick|give)(?: (?:it|that|this|today|myself|my mood))?|"
    r"(?:it )?depends|"
    r"up and down|all over the (?:place|shop)|mixed(?: up| bag)?|a (?:bit of a )?mix(?:ture)?|"
    r"a bit of everything|everything and nothing|too many (?:feelings|things)|"
    r"(?:i )?(?:can'?t|cant) (?:really )?(?:decide|tell|say))"
    r"(?:\W+(?:tbh|honestly|really|lol|today|rn|right now|i guess|i think|ngl|atm))*\W*$",
    re.IGNORECASE,
)


def _unsure_answer(text: str) -> bool:
    """ "idk", "wait what", "huh?", "it's complicated", or emoji that are no mood (👍, 💀):
    unsure what to answer."""
    said = text.strip().replace("\u2019", "'")
    if HARD_TO_SCORE.match(said):
        return True
    return UNSURE_ANSWER.match(said) is not None or (
        bool(said) and EMOJI_ONLY_NOT.search(said) is None
    )


def _leaving(text: str, intent: str, parse: Parse) -> bool:
    """No answer to the question, but a "no", "not now", "thanks" or goodbye instead."""
    said = text.strip()
    if LEAVE_FLOW.match(said) or STOP_FLOW.match(said) or DONE_HERE.match(said):
        return True
    return intent in ("deny", "goodbye", "thanks") and parse.intent_confidence >= 0.8


# All of it, told instead of a number: "everything", "just everything tbh", "life".
EVERYTHING = re.compile(
    r"^\W*(?:just |literally |honestly )?(?:everything|all of it|life|the lot|it all)"
    r"(?: (?:tbh|honestly|really|lol|rn|atm))?\W*$",
    re.IGNORECASE,
)


def _telling_instead(
    requested: Any, filled: bool, heard: str | None, danger: bool, text: str
) -> bool:
    """More of a hard story told where a mood score was asked for: a hard feeling, or what it
    is about."""
    if requested != "mood" or filled or danger or "?" in text:
        return False
    return heard in ("sadness", "fear", "anger", "disgust") or vented_about(text) is not None


# Words that turn the story of a glad day hard: "but then", "except", a worry, a row.
_TURNED_HARD = re.compile(
    r"\b(?:but|though|tho|except|until|still|worried|anxious|scared|nervous|dread\w*|sad|upset|"
    r"lonely|alone|cry\w*|cried|hate|ill|sick|poorly|hospital|hurt\w*|pain|stress\w*|argu\w*|"
    r"fight\w*|fought|row(?:ed|ing)?|shout\w*|yell\w*|not|never|no one|nobody|dont|cant|wont|"
    r"didnt|isnt|wasnt|couldnt|doesnt|havent|hasnt|arent|werent)\b|\w+n't\b",
    re.IGNORECASE,
)


def _glad_story(requested: Any, filled: bool, heard: str | None, parse: Parse, text: str) -> bool:
    """More of a glad day told where a mood score was asked for, with nothing hard, asked or
    scored in it ("we went to the park with the kids", "just wanted to say that")."""
    return (
        requested == "mood"
        and not filled
        and heard in ("joy", "surprise", "neutral", "easing")
        and not parse.crisis
        and QUESTION.search(text) is None
        and keyword_action(text) is None
        and _TURNED_HARD.search(text) is None
        and LOSS.search(text) is None
        and LIFE_EVENT.search(text) is None
        and not safety_words.crisis_kind(text)
        and not safety_words.is_doubtful(text)
    )


def _asked_instead(requested: Any, filled: bool, parse: Parse, text: str) -> bool:
    """A question of their own put where a mood score was asked for ("how are you", "and
    you?"), not about the score."""
    return (
        requested == "mood"
        and not filled
        and not parse.crisis
        and parse.intent == "smalltalk"
        and parse.intent_confidence >= OFF_TOPIC_SURE
        and QUESTION.search(text) is not None
        and ABOUT_THE_SCORE.search(text) is None
    )


def _telling_again(
    convo: Conversation, requested: Any, filled: bool, heard: str | None, danger: bool, text: str
) -> bool:
    """A hard feeling, or more of the story, told a second time in a row where a mood score
    was asked for ("and when i said something she just laughed at me")."""
    hard = heard in ("sadness", "fear", "anger", "disgust")
    story = heard not in (None, "unsure", "explained") and len(text.split()) >= TOLD_AT_LENGTH
    return (
        requested == "mood"
        and not filled
        and int(convo.slots.get("reasks", 0)) >= 1
        and (hard or story)
        and not danger
    )


# A question of what to do, or how, put instead of a number: "how do i bring it up with him",
# "should i tell him", "ok how do i see a gp about it", "what help is there for carers".
ASKED_WHAT_TO_DO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|but|and|yeah|yes|well|hmm+|um+|right|then|like|honestly)\W+)*"
    r"(?:how (?:do|can|should|would|could|will) (?:i|we)|how to|should i|shall i|"
    r"do i (?:need|have) to|what (?:should|can|do|could|shall) (?:i|we)|"
    r"wh?at (?:shud|shld|shoud) i|where (?:do|can|should) (?:i|we)|who (?:do|can|should) i|"
    r"can (?:you|u) help me|what (?:help|support) is there|"
    r"is there (?:any )?(?:help|support|anyone|anywhere)|"
    r"what would (?:you|u) (?:suggest|recommend|do)|any (?:advice|tips|ideas|suggestions))\b",
    re.IGNORECASE,
)
# A question about the check-in itself, which the check-in answers ("what should i put?").
ABOUT_THE_SCORE = re.compile(
    r"\d|\b(?:numbers?|score|scale|rate|rating|put|answer|say|pick|choose|mean|check[- ]?in|"
    r"feel(?:ing)?|mood)\b",
    re.IGNORECASE,
)
# A question about the scale itself, at the mood question.
SCALE_ASKED = re.compile(
    r"\bwhat (?:do|does|are) (?:the |these |those |ur |your )?(?:numbers?|scores?|scale)\b|"
    # "how do you calculate this", "how is it scored", "how do i work out my number"
    r"\bhow (?:do|does|is|are) (?:you |u |i |it |this |that |the (?:number|score) )?(?:calculat\w*|"
    r"work(?:ed)? (?:it |this |that |my (?:number|score) )?out|scored?|measured?|rated?)\b|"
    r"\bwhat (?:do|does|is) (?:a |an )?(?:10|[1-9]|one|ten) mean\b|"
    r"\bis (?:a )?(?:1|10|one|ten) (?:good|bad|high|low|the (?:best|worst|top|bottom))\b|"
    r"\bwhich (?:way|end|number) is (?:good|bad|high|low|better|worse)\b|"
    r"\b(?:is|r|are) (?:high|low|higher|lower) (?:numbers? )?(?:good|bad|better|worse)\b",
    re.IGNORECASE,
)
# Words enough, said instead of a number, to be more of their story rather than a stray reply.
TOLD_AT_LENGTH = 5


# The score of a check-in just saved, put right: "wait no i meant 3", "sorry it was more like
# a 7", "oops make that 4" (a correction word is needed: a bare "3" is no correction).
SCORE_PUT_RIGHT = re.compile(
    r"^\W*(?:(?:wait|oops|whoops|sorry|soz|no+|nah|actually|oh|hmm+|um+|erm|my bad|typo)\W+)*"
    r"(?:i meant|meant(?: to (?:say|put))?|i mean|make (?:it|that)|change (?:it|that) to|"
    # "can you change that to a 5", "could u make my score a 6 pls"
    r"(?:(?:can|could|would) (?:you|u|i|we) (?:please |pls |plz )?)?"
    r"(?:change|make|put|update|switch) (?:it|that|this|my (?:score|mood|check[- ]?in|number|"
    r"rating))(?: (?:down|up))?"
    r"(?: (?:to|as|at))?|"
    r"it (?:was|should (?:be|have been|'?ve been))|should (?:be|have been)|"
    r"(?:it'?s|its) (?:more like|actually)|more like|actually)\W+(?:(?:more like|like|a|an)\W+)*"
    r"(\d{1,2})(?:\s*/\s*10| out of 10)?"
    r"(?:\W+(?:not (?:a |an )?\d{1,2}|sorry|soz|lol|actually|tbh|really|oops|instead|please|pls|"
    r"plz|thanks|thank you|ty|thx))*\W*$",
    re.IGNORECASE,
)
# How long after a check-in its score may be put right.
PUT_RIGHT_FOR = timedelta(minutes=30)


def score_put_right(
    session: Session, convo: Conversation, text: str, now: datetime
) -> list[Reply] | None:
    """ "wait no i meant 3" just after a check-in was saved: the saved score changed, said
    back, and breathing offered when it is now low (or the offer dropped when it no longer
    is); None for anything else."""
    found = SCORE_PUT_RIGHT.match(text.replace("\u2019", "'"))
    if convo.active_flow or found is None or not 1 <= int(found.group(1)) <= 10:
        return None
    last = session.scalars(
        select(CheckIn)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.id.desc())
        .limit(1)
    ).first()
    if last is None or now - last.created_at > PUT_RIGHT_FOR:
        return _after_put_right(exercise_just_ended(session, convo, now), int(found.group(1)))
    breathed = session.scalars(
        select(BreathingSession)
        .where(
            BreathingSession.conversation_id == convo.id,
            BreathingSession.started_at >= last.created_at,
        )
        .order_by(BreathingSession.id.desc())
        .limit(1)
    ).first()
    if breathed is not None:  # "i meant 7" after an exercise since is about that one
        return _after_put_right(breathed, int(found.group(1)))
    before, last.mood = last.mood, int(found.group(1))
    low = band(last.mood) == "low"
    convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
    fixed = render("checkin_mood_fixed", mood=last.mood, saved=True, low=low, was=band(before))
    replies = [Reply(fixed)]
    if low:  # lower than it was saved: the help a low check-in gets
        convo.slots = {**convo.slots, "offer": "checkin_breathing"}
        replies.append(Reply(render("offer_exercise")))
    elif band(before) == "low":
        convo.slots = {k: v for k, v in convo.slots.items() if k != "listening_since"}
    return replies


def _after_put_right(row: BreathingSession | None, score: int) -> list[Reply] | None:
    """How they felt after an exercise, put right ("oops i meant 7" after the 6 they gave),
    said back with how they felt before; None when no such answer was given."""
    if row is None or row.mood_after is None:
        return None
    row.mood_after = score
    return [Reply(render("checkin_mood_fixed", mood=score, after=True, before=row.mood_before))]
