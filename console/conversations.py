"""Conversation list, search, transcript, notes and revealing a number."""

from __future__ import annotations

from datetime import datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from bot.outbox import WHATSAPP_WINDOW
from console import audit, listing, transcript
from console.forms import NoteForm, ReplyForm, SearchForm
from console.phones import mask, normalise
from console.roles import can, require
from mindlink.services import services
from store.crypto import vault
from store.models import Conversation, Note

bp = Blueprint("conversations", __name__, url_prefix="/conversations")


@bp.get("/")
@require("conversations")
def index() -> ResponseReturnValue:
    """Newest activity first, filtered, one keyset page at a time."""
    filters = listing.Filters.from_args(request.args.to_dict())
    after = listing.Cursor.decode(request.args.get("after"))
    with services().db.session() as session:
        rows, nxt = listing.page(session, filters, after)
    return render_template(
        "console/conversations.html",
        rows=rows,
        filters=filters,
        next_cursor=nxt,
        paged=after is not None,
        search=SearchForm(),
        mask=mask,
    )


@bp.post("/")
@require("conversations")
def search() -> ResponseReturnValue:
    """Find by conversation id, or by exact phone number through its keyed hash.

    Bodies are encrypted at rest, so there is no full-text search. The number is posted, not
    put in the URL, so it never lands in access logs or browser history.
    """
    form = SearchForm()
    if not form.validate_on_submit():
        return redirect(url_for(".index"))
    text = (form.q.data or "").strip().removeprefix("#")
    with services().db.session() as session:
        if text.isdigit() and len(text) <= 9:
            if session.get(Conversation, int(text)) is not None:
                return redirect(url_for(".show", conversation_id=int(text)))
            rows = []
        elif (number := normalise(text)) is not None:
            rows = list(
                session.scalars(
                    select(Conversation).where(
                        Conversation.address_hash == vault().phone_hash(number)
                    )
                )
            )
        else:
            flash("search_unrecognised", "error")
            return redirect(url_for(".index"))
    if len(rows) == 1:
        return redirect(url_for(".show", conversation_id=rows[0].id))
    return render_template(
        "console/conversations.html",
        rows=rows,
        filters=listing.Filters(),
        next_cursor=None,
        paged=False,
        search=form,
        mask=mask,
        searched=True,
    )


@bp.get("/<int:conversation_id>")
@require("transcripts")
def show(conversation_id: int) -> ResponseReturnValue:
    """The transcript; every view is written to the audit log."""
    svc = services()
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        entries, cut = transcript.timeline(session, conversation_id)
        notes = transcript.notes(session, conversation_id)
        flags = transcript.flags(session, conversation_id)
        audit.record(
            session, current_user.id, "view_transcript", audit.conversation(convo.id), svc.clock()
        )
    return render_template(
        "console/transcript.html",
        convo=convo,
        entries=entries,
        cut=cut,
        notes=notes,
        flags=flags,
        phone=mask(convo.address),
        clinical=can(current_user.role, "clinical"),
        window_closed=whatsapp_window_closed(convo, svc.clock()),
        note_form=NoteForm(),
        reply_form=ReplyForm(),
    )


@bp.post("/<int:conversation_id>/notes")
@require("notes")
def add_note(conversation_id: int) -> ResponseReturnValue:
    """Add a staff note."""
    form = NoteForm()
    svc = services()
    if form.validate_on_submit():
        with svc.db.session() as session:
            convo = session.get(Conversation, conversation_id) or abort(404)
            note = Note(
                conversation_id=convo.id,
                staff_id=current_user.id,
                body=form.body.data or "",
                created_at=svc.clock(),
            )
            session.add(note)
            session.flush()
            audit.record(
                session,
                current_user.id,
                "add_note",
                audit.conversation(convo.id),
                svc.clock(),
                note_id=note.id,
            )
        flash("note_added", "info")
    else:
        flash("note_empty", "error")
    return redirect(url_for(".show", conversation_id=conversation_id, _anchor="notes"))


@bp.post("/<int:conversation_id>/reveal")
@require("reveal_phone")
def reveal(conversation_id: int) -> ResponseReturnValue:
    """Show the full number once (to call emergency services, say); audited."""
    svc = services()
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        audit.record(
            session, current_user.id, "reveal_phone", audit.conversation(convo.id), svc.clock()
        )
        number = convo.address
    return render_template("console/reveal.html", convo=convo, number=number)


def whatsapp_window_closed(convo: Conversation, now: datetime) -> bool:
    """True when WhatsApp will refuse a free-form message: 24 h since the person last wrote."""
    last = convo.last_inbound_at
    return convo.channel == "whatsapp" and (last is None or now - last >= WHATSAPP_WINDOW)
