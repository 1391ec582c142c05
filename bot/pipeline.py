"""The one entry point from a stored inbound message to the bot's replies.

Order matters: carrier keywords (STOP always wins), then the dialogue, which runs the
safety check before any flow.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from bot import crisis, dialogue, handover, reminders, safety
from bot.effects import data
from bot.keywords import comes_back, keyword, stops_the_activity
from bot.locale import helpline_of
from bot.text import render
from bot.topics import (
    DELETE_WORDS,
    PART_OF_DATA,
    SOMEONE_ELSES_DATA,
)
from bot.types import Reply
from nlu.text import mend
from store.models import Conversation, InboundMessage, Reminder, ScheduledJob

if TYPE_CHECKING:
    from bot.readings import Reread
    from nlu import Parse


def respond(
    session: Session,
    convo: Conversation,
    row: InboundMessage,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    *,
    reread: Reread | None = None,
) -> list[Reply]:
    """Replies to one inbound message, with every state change applied to ``session``;
    ``reread`` reads part of it on its own ("yes, i need help sleeping")."""
    word = keyword(row.body or "")
    if (
        word == "opt_out"
        and stops_the_activity(row.body or "")
        and dialogue.under_way(session, convo)
    ):
        word = None  # "stop please" mid-exercise: the exercise ends, they stay subscribed
    if word is None and convo.opted_out and comes_back(row.body or ""):
        word = "opt_in"  # "start please", "start again" after STOP: nothing else to mean
    helpline = helpline_of(convo, settings)
    if word == "opt_out":
        handover.withdraw_on_leaving(session, convo, now)  # the team can't text them now
        stopped = opt_out(session, convo)
        lately = crisis.crisis_within(convo, now, hours=48)  # help stays in reach, said once more
        return [
            Reply(
                render("opt_out", **stopped, after_crisis=lately, helpline=helpline), kind="optout"
            )
        ]
    if word == "opt_in" and not convo.onboarded and convo.slots.get("onboarding") is None:
        # "START" as a very first message, or after their data was erased while they were
        # away ("we'll begin fresh"): a hello, and first contact begins
        convo.opted_out = False
        word = None
    if word == "opt_in":
        was_out = convo.opted_out  # "start" from someone who never left: nothing to resume
        convo.opted_out = False
        paused = [int(i) for i in convo.slots.get("paused_reminders") or []]
        convo.slots = {k: v for k, v in convo.slots.items() if k != "paused_reminders"}
        resumed = reminders.resume(session, convo, paused, now) if paused else 0
        # asked how they are, gently (a crisis told while they were away counts too)
        lately = crisis.crisis_within(convo, now, hours=48) or bool(
            was_out and convo.slots.get("crisis_while_out")
        )
        convo.slots = {k: v for k, v in convo.slots.items() if k != "crisis_while_out"}
        if lately:
            convo.slots = {**convo.slots, "safety_state": "followed_up"}
        helpline = helpline_of(convo, settings)
        person = handover.withdrawn_on_leaving(convo)  # "talk to someone" before STOP
        return [
            Reply(
                render(
                    "opt_in",
                    was_out=was_out,
                    reminders=resumed,
                    after_crisis=lately,
                    helpline=helpline,
                    person=person,
                )
            )
        ]
    if word == "help":  # answered even after opting out, as carriers require
        kind = "optout" if convo.opted_out else "reply"
        said = render("help", helpline=helpline, channel=convo.channel, out=convo.opted_out)
        return [Reply(said, kind=kind)]
    if convo.opted_out:
        if _erase_asked(row.body or "", parse):
            # they left and want nothing kept: done at once (no questions to someone who
            # unsubscribed), and the one confirmation a carrier allows after STOP
            data.delete_data(session, convo, {}, settings, now)
            return [Reply(render("deleted_after_stop"), kind="optout")]
        assessment = safety.assess(row.body or "", parse, settings)
        if assessment.level == "crisis":
            # a person should know; and one answer with the helpline, to a message they sent
            # us, is not a message out of the blue (a carrier that holds their STOP blocks it)
            dialogue.flag(session, convo, "crisis", assessment.kind, now, settings)
            convo.slots = {**convo.slots, "crisis_while_out": True}  # asked after, on START
            return [Reply(render("crisis_after_stop", helpline=helpline), kind="optout")]
        if parse.crisis:  # a doubtful reading: no answer, but a person should know
            dialogue.flag(session, convo, "crisis", parse.crisis_kind, now, settings)
        return []
    media = json.loads(row.media) if row.media else []
    return dialogue.respond(
        session, convo, mend(row.body or ""), media, parse, settings, now, reread=reread
    )


def _erase_asked(text: str, parse: Parse) -> bool:
    """A plain request to erase everything ("delete my data"), not part of it or someone
    else's."""
    return (
        parse.intent == "delete_data"
        and parse.intent_confidence >= 0.5
        and DELETE_WORDS.search(text) is not None
        and not PART_OF_DATA.search(text)
        and not SOMEONE_ELSES_DATA.search(text)
    )


def opt_out(session: Session, convo: Conversation) -> dict[str, int | bool]:
    """Stop everything proactive for this person: reminders and pending jobs.

    Returns what was stopped, so the reply can say so ("stop" sent to end an exercise
    unsubscribes too, as carriers require; they should know how to come back).
    """
    in_flow = convo.active_flow is not None
    convo.opted_out = True
    convo.active_flow = None
    switched_off = session.execute(
        update(Reminder)
        .where(Reminder.conversation_id == convo.id, Reminder.active.is_(True))
        .values(active=False)
        .returning(Reminder.id)
    ).all()
    cancelled = (
        session.execute(
            update(ScheduledJob)
            .where(ScheduledJob.conversation_id == convo.id, ScheduledJob.status == "pending")
            .values(status="cancelled")
            .returning(ScheduledJob.kind)
        )
        .scalars()
        .all()
    )
    # kept, so that START can switch them back on ("stop" may have meant the exercise)
    paused = [*(convo.slots.get("paused_reminders") or []), *(r[0] for r in switched_off)]
    convo.slots = {**convo.slots, "paused_reminders": paused}
    return {
        "reminders": len(switched_off),
        "mid_activity": in_flow or any(k.startswith("breathing") for k in cancelled),
    }


def apology(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """What to say when handling a message failed for good: never silence."""
    helpline = helpline_of(convo, settings)
    return [Reply(render("apology", helpline=helpline))]
