"""Typed seams between the transports, the bot and the outbound path."""

from __future__ import annotations

from dataclasses import dataclass, field

CHANNELS = ("sms", "whatsapp")


@dataclass(frozen=True)
class Media:
    """An attachment, kept by reference."""

    url: str
    content_type: str


@dataclass(frozen=True)
class InboundMessage:
    """One message from a person, whatever transport carried it."""

    channel: str  # "sms" | "whatsapp"
    sender: str  # E.164, e.g. "+447700900123"
    recipient: str  # our number as the transport gave it
    message_sid: str
    body: str = ""
    media: tuple[Media, ...] = ()
    profile_name: str | None = None


@dataclass(frozen=True)
class Reply:
    """A message the bot wants sent, with the reason it is sent."""

    text: str
    kind: str = "reply"
    dedupe_key: str | None = None
    template: str | None = None  # WhatsApp template name, for proactive messages
    template_vars: dict[str, str] = field(default_factory=dict)
