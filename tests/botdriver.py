"""The testbot: text the bot through the real signed webhook, read what it sent back."""

from __future__ import annotations

import itertools
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from bot.intake import find_conversation
from store.models import Conversation, OutboundMessage
from webhooks.twilio_form import inbound_form

_sids = itertools.count(1)


def sign(app: Flask, url: str, params: dict[str, str]) -> str:
    """The X-Twilio-Signature Twilio would send."""
    token = app.extensions["mindlink"].settings["twilio"]["auth_token"]
    return str(RequestValidator(token).compute_signature(url, params))


def twilio_form(body: str, sender: str, channel: str = "sms", **extra: str) -> dict[str, str]:
    """A form shaped like Twilio's inbound webhook."""
    ours = "+14155238886" if channel == "whatsapp" else "+15005550006"
    form = inbound_form(channel, sender, ours, body, f"SM{next(_sids):032d}", "ACdev", "Sam")
    form.update(extra)
    return form


class TestBot:
    """push() a message as a person; pop() the replies sent to them since last time."""

    __test__ = False

    def __init__(
        self,
        app: Flask,
        client: FlaskClient,
        sender: str = "+447400123456",
        channel: str = "sms",
        base: str | None = None,
    ) -> None:
        self.app, self.client = app, client
        self.sender, self.channel = sender, channel
        public = app.extensions["mindlink"].settings["proxy"]["public_base_url"]
        self.base = (base or public or "http://localhost").rstrip("/")
        self._seen = 0

    def post(self, form: dict[str, str], channel: str | None = None) -> Any:
        """POST a signed webhook."""
        channel = channel or self.channel
        url = f"{self.base}/twilio/{channel}"
        return self.client.post(
            f"/twilio/{channel}",
            data=form,
            headers={"X-Twilio-Signature": sign(self.app, url, form)},
        )

    def push(self, body: str, **extra: str) -> None:
        """Send ``body`` as this person and let the (eager) worker answer."""
        response = self.post(twilio_form(body, self.sender, self.channel, **extra))
        assert response.status_code == 200, response.get_data(as_text=True)

    def pop(self) -> list[str]:
        """Bodies of the messages sent to this person since the last pop."""
        new = [row for row in self.outbound() if row.id > self._seen]
        self._seen = max([self._seen, *(row.id for row in new)])
        return [row.body for row in new if row.status not in ("skipped", "pending")]

    def say(self, body: str) -> str:
        """push() then return all replies joined, for compact assertions."""
        self.push(body)
        return "\n".join(self.pop())

    def outbound(self) -> list[OutboundMessage]:
        """Every outbound row for this person, oldest first."""
        with self.app.extensions["mindlink"].db.session() as session:
            convo = self.conversation(session)
            if convo is None:
                return []
            return list(
                session.scalars(
                    select(OutboundMessage)
                    .where(OutboundMessage.conversation_id == convo.id)
                    .order_by(OutboundMessage.id)
                )
            )

    def conversation(self, session: Any) -> Conversation | None:
        """This person's conversation row."""
        return find_conversation(session, self.channel, self.sender)

    def tick(self, **advance: float) -> list[str]:
        """Move the fake clock forward, running each job as it comes due (as a worker
        would at its ETA), then the beat tick; pop what was sent."""
        from datetime import timedelta

        from mindlink.fastforward import fast_forward
        from tasks.scheduling import tick_task

        clock = self.app.extensions["mindlink"].clock
        target = clock.now + timedelta(**advance)
        fast_forward(self.app, lambda when: setattr(clock, "now", when), clock.now, target)
        with self.app.app_context():
            tick_task.apply()
        return self.pop()

    def mid_breathing(self) -> TestBot:
        """Start box breathing, skip the mood question and wait for the first round."""
        self.say("breathing exercise please")
        self.say("box")
        self.say("skip")
        self.tick(seconds=6)
        return self

    def onboard(self) -> TestBot:
        """Say hello, consent and confirm the time zone; drop those replies."""
        self.push("hi")
        self.push("yes")
        with self.app.extensions["mindlink"].db.session() as session:
            convo = self.conversation(session)
            if convo is not None and not convo.onboarded:
                self.push("yes")  # confirm a time zone the number could not pin down
        self.pop()
        return self

    def as_(self, sender: str, channel: str = "sms") -> TestBot:
        """Another person on another (or the same) channel."""
        return TestBot(self.app, self.client, sender, channel, self.base)
