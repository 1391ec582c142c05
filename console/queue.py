"""The crisis queue and the handoff actions: take over, reply as staff, hand back."""

from __future__ import annotations

import logging

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from console import audit, handoff
from console.forms import ReplyForm
from console.phones import mask
from console.roles import can, require
from mindlink.services import services
from store.models import Conversation, Flag
from tasks.messaging import enqueue_delivery

bp = Blueprint("queue", __name__)
log = logging.getLogger("mindlink.console")


@bp.get("/queue")
@require("handoff")
def index() -> ResponseReturnValue:
    """Waiting flags, oldest first, and the ones this staff member holds."""
    with services().db.session() as session:
        waiting = handoff.waiting(session)
        mine = handoff.taken_by(session, current_user.id)
    return render_template(
        "console/queue.html",
        waiting=waiting,
        mine=mine,
        mask=mask,
        clinical=can(current_user.role, "clinical"),
    )


@bp.post("/queue/<int:flag_id>/take")
@require("handoff")
def take_flag(flag_id: int) -> ResponseReturnValue:
    """Take over the conversation behind a flag."""
    with services().db.session() as session:
        flag = session.get(Flag, flag_id) or abort(404)
        conversation_id = flag.conversation_id
    return _take(conversation_id)


@bp.post("/conversations/<int:conversation_id>/take")
@require("handoff")
def take(conversation_id: int) -> ResponseReturnValue:
    """Take over a conversation from the bot."""
    return _take(conversation_id)


def _take(conversation_id: int) -> ResponseReturnValue:
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        claimed = handoff.take_over(session, convo, current_user.id, now)
        audit.record(
            session,
            current_user.id,
            "take_over",
            audit.conversation(convo.id),
            now,
            flag_ids=claimed,
        )
    flash("taken_over", "info")
    return redirect(
        url_for("console.conversations.show", conversation_id=conversation_id, _anchor="reply")
    )


@bp.post("/conversations/<int:conversation_id>/reply")
@require("handoff")
def reply(conversation_id: int) -> ResponseReturnValue:
    """Send a staff message through the real outbound path; only while handed over."""
    form = ReplyForm()
    svc = services()
    now = svc.clock()
    if not form.validate_on_submit():
        flash("reply_empty", "error")
        return redirect(url_for("console.conversations.show", conversation_id=conversation_id))
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        if not convo.handed_over:
            flash("take_over_first", "error")
            return redirect(url_for("console.conversations.show", conversation_id=conversation_id))
        rows = handoff.reply(
            session,
            convo,
            current_user.id,
            form.body.data or "",
            now,
            int(svc.settings["limits"]["max_sms_chars"]),
        )
        audit.record(
            session,
            current_user.id,
            "staff_reply",
            audit.conversation(convo.id),
            now,
            outbound_ids=[row.id for row in rows],
        )
        opted_out = convo.opted_out
    # After commit: the worker must find the rows. If the broker is down the rows stay
    # pending and the sweeper delivers them later.
    if enqueue_delivery(conversation_id):
        flash("reply_queued", "info")
    else:
        log.warning("staff_reply_enqueue_failed", extra={"conversation_id": conversation_id})
        flash("reply_stored_broker_down", "warning")
    if opted_out:
        flash("opted_out_not_sent", "warning")
    return redirect(
        url_for("console.conversations.show", conversation_id=conversation_id, _anchor="reply")
    )


@bp.post("/conversations/<int:conversation_id>/handback")
@require("handoff")
def hand_back(conversation_id: int) -> ResponseReturnValue:
    """Hand the conversation back to the bot."""
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        resolved = handoff.hand_back(session, convo, now)
        audit.record(
            session,
            current_user.id,
            "hand_back",
            audit.conversation(convo.id),
            now,
            flag_ids=resolved,
        )
    flash("handed_back", "info")
    return redirect(url_for("console.conversations.show", conversation_id=conversation_id))
