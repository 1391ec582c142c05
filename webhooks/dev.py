"""Development only: the outbox as JSON and a phone page that texts the bot."""

from __future__ import annotations

import uuid

from flask import Blueprint, Response, jsonify, render_template, request
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from bot.intake import find_conversation
from mindlink.services import services
from store.models import Conversation, OutboundMessage
from tasks.delivery import address_for
from webhooks.twilio_form import inbound_form

bp = Blueprint("dev", __name__, url_prefix="/dev")


@bp.get("/outbox")
def outbox() -> Response:
    """Every outbound message, newest last; ?to=+E164 (or whatsapp:+E164) filters."""
    svc = services()
    to = request.args.get("to", "")
    limit = min(int(request.args.get("limit", "200") or 200), 1000)
    after = int(request.args.get("after", "0") or 0)
    with svc.db.session() as session:
        query = select(OutboundMessage, Conversation).join(
            Conversation, Conversation.id == OutboundMessage.conversation_id
        )
        if to:
            channel = "whatsapp" if to.startswith("whatsapp:") else "sms"
            convo = find_conversation(session, channel, to.removeprefix("whatsapp:"))
            if convo is None:
                return jsonify([])
            query = query.where(OutboundMessage.conversation_id == convo.id)
        rows = session.execute(
            query.where(OutboundMessage.id > after).order_by(OutboundMessage.id.desc()).limit(limit)
        ).all()
        items = [
            {
                "id": out.id,
                "to": address_for(convo),
                "body": out.body,
                "channel": convo.channel,
                "status": out.status,
                "kind": out.kind,
                "error": out.error_reason,
                "created_at": out.created_at.isoformat(),
            }
            for out, convo in reversed(rows)
        ]
    return jsonify(items)


@bp.get("/phone")
def phone() -> str:
    """A page to text the bot as an SMS or WhatsApp user."""
    return render_template("dev/phone.html")


@bp.post("/phone/sign")
def sign() -> Response:
    """Twilio-shaped form fields plus the signature Twilio would send for them."""
    svc = services()
    payload = request.get_json(silent=True) or {}
    channel = "whatsapp" if payload.get("channel") == "whatsapp" else "sms"
    number = str(payload.get("from") or "+15555550100")
    body = str(payload.get("body") or "")
    twilio = svc.settings["twilio"]
    ours = twilio["whatsapp_from"] if channel == "whatsapp" else twilio["sms_from"]
    params = inbound_form(
        channel,
        number,
        ours,
        body,
        "SMdev" + uuid.uuid4().hex,
        twilio["account_sid"],
        profile_name="Dev Phone",
    )
    url = request.host_url.rstrip("/") + f"/twilio/{channel}"
    signature = RequestValidator(twilio["auth_token"]).compute_signature(url, params)
    return jsonify(url=url, params=params, signature=signature)
