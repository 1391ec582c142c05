"""Twilio webhooks: validate, store, enqueue, answer empty TwiML."""

from __future__ import annotations

import logging
import time

from flask import Blueprint, Response, abort, request
from sqlalchemy import select

from bot.intake import store_inbound, store_known_sender
from bot.outbox import KNOWN_STATUSES, advance
from mindlink import metrics
from mindlink.services import services
from store.models import OutboundMessage
from tasks.messaging import enqueue_handling
from webhooks.twilio_form import Malformed, parse_inbound, public_url, signature_ok

bp = Blueprint("twilio", __name__, url_prefix="/twilio")
log = logging.getLogger("mindlink.webhooks")

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'


def twiml() -> Response:
    """The empty answer: we reply through the REST API, not in the webhook response."""
    return Response(EMPTY_TWIML, mimetype="text/xml")


def bad_request(endpoint: str, reason: str) -> Response:
    """400 with a plain reason and no stack trace."""
    metrics.WEBHOOK_REQUESTS.labels(endpoint, "malformed").inc()
    return Response(f"Bad request: {reason}\n", status=400, mimetype="text/plain")


def verify_signature(endpoint: str) -> None:
    """403 unless X-Twilio-Signature matches the URL Twilio saw and the form."""
    settings = services().settings
    path_qs = request.full_path.rstrip("?") if not request.query_string else request.full_path
    url = public_url(
        request.url,
        path_qs,
        request.headers.get("X-Forwarded-Proto", ""),
        request.headers.get("X-Forwarded-Host", ""),
        settings["proxy"],
    )
    signature = request.headers.get("X-Twilio-Signature", "")
    if not signature_ok(settings["twilio"]["auth_token"], url, request.form, signature):
        metrics.WEBHOOK_REQUESTS.labels(endpoint, "forbidden").inc()
        log.warning("bad_signature", extra={"endpoint": endpoint})
        abort(Response("Forbidden: invalid Twilio signature\n", 403, mimetype="text/plain"))


def receive(channel: str) -> Response:
    """Shared body of the SMS and WhatsApp endpoints."""
    started = time.perf_counter()
    verify_signature(channel)
    svc = services()
    try:
        msg = parse_inbound(request.form, channel, svc.settings["limits"]["max_inbound_chars"])
    except Malformed as exc:
        return bad_request(channel, str(exc))
    now = svc.clock()
    with svc.db.one_write() as conn:
        stored = store_known_sender(conn, msg, now)
    if stored is None:  # a first message or a repeated MessageSid
        with svc.db.session() as session:
            stored = store_inbound(session, msg, now, svc.settings["default_timezone"])
    if stored.duplicate:
        metrics.WEBHOOK_REQUESTS.labels(channel, "duplicate").inc()
        log.info("duplicate_inbound", extra={"inbound_id": stored.inbound_id})
    else:
        metrics.WEBHOOK_REQUESTS.labels(channel, "stored").inc()
        enqueue_handling(stored.conversation_id)
    metrics.WEBHOOK_LATENCY.labels(channel).observe(time.perf_counter() - started)
    return twiml()


@bp.post("/sms")
def sms() -> Response:
    """Inbound SMS."""
    return receive("sms")


@bp.post("/whatsapp")
def whatsapp() -> Response:
    """Inbound WhatsApp message."""
    return receive("whatsapp")


@bp.post("/status")
def status() -> Response:
    """Delivery status callback; statuses only move forwards."""
    verify_signature("status")
    sid = request.form.get("MessageSid", "")
    reported = request.form.get("MessageStatus", "").lower()
    if not sid:
        return bad_request("status", "missing MessageSid")
    if reported not in KNOWN_STATUSES:
        return bad_request("status", "unknown MessageStatus")
    metrics.STATUS_CALLBACKS.labels(reported).inc()
    with services().db.session() as session:
        row = session.scalar(
            select(OutboundMessage).where(OutboundMessage.twilio_sid == sid).with_for_update()
        )
        if row is None:
            log.info("status_for_unknown_sid", extra={"status": reported})
            return twiml()
        row.status = advance(row.status, reported)
        if reported in ("failed", "undelivered") and row.status == reported:
            row.error_code = request.form.get("ErrorCode") or row.error_code
    return twiml()
