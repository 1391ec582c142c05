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

from bot import dialogue
from bot.keywords import keyword
from bot.locale import helpline_for
from bot.text import render
from bot.types import Reply
from store.models import Conversation, InboundMessage, Reminder, ScheduledJob

if TYPE_CHECKING:
    from nlu import Parse


def respond(
    session: Session,
    convo: Conversation,
    row: InboundMessage,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Replies to one inbound message, with every state change applied to ``session``."""
    word = keyword(row.body or "")
    helpline = helpline_for(convo.country, settings["helplines"])
    if word == "opt_out":
        opt_out(session, convo)
        return [Reply(render("opt_out"), kind="optout")]
    if word == "opt_in":
        convo.opted_out = False
        return [Reply(render("opt_in"))]
    if word == "help":  # answered even after opting out, as carriers require
        kind = "optout" if convo.opted_out else "reply"
        return [Reply(render("help", helpline=helpline, channel=convo.channel), kind=kind)]
    if convo.opted_out:
        if parse.crisis:  # we may not text them, but a person should know
            dialogue.flag(session, convo, "crisis", parse.crisis_kind, now, settings)
        return []
    media = json.loads(row.media) if row.media else []
    return dialogue.respond(session, convo, row.body or "", media, parse, settings, now)


def opt_out(session: Session, convo: Conversation) -> None:
    """Stop everything proactive for this person: reminders and pending jobs."""
    convo.opted_out = True
    convo.active_flow = None
    session.execute(
        update(Reminder).where(Reminder.conversation_id == convo.id).values(active=False)
    )
    session.execute(
        update(ScheduledJob)
        .where(ScheduledJob.conversation_id == convo.id, ScheduledJob.status == "pending")
        .values(status="cancelled")
    )


def apology(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """What to say when handling a message failed for good: never silence."""
    helpline = helpline_for(convo.country, settings["helplines"])
    return [Reply(render("apology", helpline=helpline))]
