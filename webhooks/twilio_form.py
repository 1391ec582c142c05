"""Twilio's form-encoded webhooks: signature check and parsing into typed messages."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from twilio.request_validator import RequestValidator

from bot.types import InboundMessage, Media

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
SID = re.compile(r"^(SM|MM|SMdev|MMdev|WA)[0-9A-Za-z]{6,64}$")
MAX_MEDIA = 10


class Malformed(ValueError):
    """The request cannot be a real Twilio message; the text says why (no user data)."""


def public_url(
    url: str, path_qs: str, forwarded_proto: str, forwarded_host: str, proxy: Mapping[str, Any]
) -> str:
    """The URL Twilio signed: pinned base URL, forwarded headers, or the request's own."""
    base = str(proxy.get("public_base_url") or "").rstrip("/")
    if base:
        return base + path_qs
    proto = forwarded_proto.split(",")[0].strip()
    host = forwarded_host.split(",")[0].strip()
    if proxy.get("trust_forwarded_headers") and (proto or host):
        scheme, _, rest = url.partition("://")
        own_host = rest.split("/", 1)[0]
        return f"{proto or scheme}://{host or own_host}{path_qs}"
    return url


def signature_ok(auth_token: str, url: str, params: Mapping[str, str], signature: str) -> bool:
    """Twilio's HMAC-SHA1 check, by twilio's own RequestValidator."""
    if not signature:
        return False
    return bool(RequestValidator(auth_token).validate(url, dict(params), signature))


def parse_inbound(form: Mapping[str, str], channel: str, max_chars: int) -> InboundMessage:
    """Build an InboundMessage from Twilio's fields, or raise Malformed with a reason."""
    sid = form.get("MessageSid") or form.get("SmsMessageSid") or ""
    if not sid:
        raise Malformed("missing MessageSid")
    if not SID.match(sid):
        raise Malformed("MessageSid is not a Twilio message id")
    sender = _number(form.get("From", ""), channel, "From")
    recipient = form.get("To", "")
    body = form.get("Body", "")
    if len(body) > max_chars:
        raise Malformed(f"Body longer than {max_chars} characters")
    try:
        num_media = int(form.get("NumMedia", "0") or 0)
    except ValueError as exc:
        raise Malformed("NumMedia is not a number") from exc
    if not 0 <= num_media <= MAX_MEDIA:
        raise Malformed(f"NumMedia must be between 0 and {MAX_MEDIA}")
    media = []
    for i in range(num_media):
        url = form.get(f"MediaUrl{i}", "")
        if not url.startswith(("https://", "http://")):
            raise Malformed(f"MediaUrl{i} missing or not a URL")
        media.append(Media(url=url, content_type=form.get(f"MediaContentType{i}", "")))
    return InboundMessage(
        channel=channel,
        sender=sender,
        recipient=recipient,
        message_sid=sid,
        body=body,
        media=tuple(media),
        profile_name=form.get("ProfileName") or None,
    )


def _number(raw: str, channel: str, field: str) -> str:
    """E.164 number from a From/To field, checking the channel prefix."""
    if not raw:
        raise Malformed(f"missing {field}")
    is_whatsapp = raw.startswith("whatsapp:")
    if channel == "whatsapp" and not is_whatsapp:
        raise Malformed(f"{field} must be a whatsapp: address on this endpoint")
    if channel == "sms" and is_whatsapp:
        raise Malformed(f"{field} is a WhatsApp address; use the WhatsApp endpoint")
    number = raw.removeprefix("whatsapp:").strip()
    if not E164.match(number):
        raise Malformed(f"{field} is not an E.164 phone number")
    return number


def inbound_form(
    channel: str,
    sender: str,
    recipient: str,
    body: str,
    message_sid: str,
    account_sid: str,
    profile_name: str = "",
) -> dict[str, str]:
    """The form Twilio posts for one inbound text (for the dev phone and test drivers).

    ``recipient`` is our number as configured, with or without its "whatsapp:" prefix.
    """
    prefix = "whatsapp:" if channel == "whatsapp" else ""
    form = {
        "MessageSid": message_sid,
        "AccountSid": account_sid,
        "From": prefix + sender,
        "To": prefix + recipient.removeprefix("whatsapp:"),
        "Body": body,
        "NumMedia": "0",
    }
    if channel == "whatsapp":
        form["ProfileName"] = profile_name
        form["WaId"] = sender.lstrip("+")
    return form
