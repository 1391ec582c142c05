"""Running an action for the dialogue: its replies, events and effects, and the form it
opens, asked one question at a time (again gently, then with a way out) until submitted.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bot import context, effects, engine
from bot.actions import DOMAIN, SUBMIT
from bot.text import exists, render
from bot.types import Reply
from store.models import Conversation

if TYPE_CHECKING:
    from nlu import Parse


MAX_REASKS = 2


def run(
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
        slots_of(session, convo, settings, now),
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
        replies += next_step(session, convo, outcome.active_loop, text, parse, settings, now, None)
    elif outcome.loop_changed:
        convo.active_flow = None
    return replies


def next_step(
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
        end_form(convo, keep_values=True)
        replies = run(session, convo, SUBMIT[form], text, parse, settings, now)
        convo.slots = {k: v for k, v in convo.slots.items() if k not in required}
        return replies
    convo.active_flow = form
    reasks = int(convo.slots.get("reasks", 0)) + 1 if missed == missing else 0
    convo.slots = {**convo.slots, "requested_slot": missing, "reasks": reasks}
    if reasks > MAX_REASKS:
        end_form(convo)
        return [Reply(render("flow_way_out"))]
    name = f"reask_{missing}" if reasks and exists(f"reask_{missing}") else f"ask_{missing}"
    replies = [Reply(render(name, heard=heard if reasks else None, slots=convo.slots))]
    if reasks == MAX_REASKS:
        replies.append(Reply(render("flow_offer_exit")))
    return replies


def slots_of(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """Stored slots plus the derived context."""
    return {**convo.slots, **context.derive(session, convo, settings, now)}


def end_form(convo: Conversation, keep_values: bool = False) -> None:
    """Leave the active form."""
    form = convo.active_flow
    convo.active_flow = None
    drop = {"requested_slot", "reasks", "mood_roughly"}
    if form and not keep_values:
        drop |= set(DOMAIN["forms"][form]["required_slots"])
    convo.slots = {k: v for k, v in convo.slots.items() if k not in drop}


def leave_form(convo: Conversation, form: str, now: datetime) -> None:
    """Leave the form, remembering which, so "actually ok lets do it" can start it again."""
    end_form(convo)
    convo.slots = {**convo.slots, "left_form": {"form": form, "at": now.isoformat()}}
