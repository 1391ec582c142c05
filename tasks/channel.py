"""The outbound channel: Twilio's REST API in production, a local outbox in development."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol

import requests
from requests.adapters import HTTPAdapter
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client


@dataclass(frozen=True)
class Outgoing:
    """Everything a channel needs to send one message."""

    to: str  # "+E164" or "whatsapp:+E164"
    from_: str
    body: str
    status_callback: str | None = None
    content_sid: str | None = None
    content_variables: str | None = None


@dataclass(frozen=True)
class Sent:
    """The provider accepted the message."""

    sid: str
    status: str


class TransientSendError(Exception):
    """Worth retrying: rate limited, provider 5xx, network trouble."""


class PermanentSendError(Exception):
    """Not worth retrying: bad number, opted out at the carrier, bad request."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(f"{code}: {reason}")
        self.code = code
        self.reason = reason


class Channel(Protocol):
    """Sends one message or raises one of the two errors above.

    A channel that may be called from several threads at once says how many in a
    ``concurrency`` attribute; without one, delivery calls it one message at a time.
    """

    def send(self, message: Outgoing) -> Sent: ...


class _SharedHttpClient(TwilioHttpClient):
    """twilio's HTTP client, safe to share between threads, with a pool per scheme.

    The stock client hands back the response through an attribute of the client
    (``_test_only_last_response``), so two threads sending at once could each read the
    other's answer; this one returns its own. One ``requests`` session keeps the
    connections to the API open between messages.
    """

    def __init__(self, timeout: float, connections: int) -> None:
        super().__init__(timeout=timeout)
        assert self.session is not None
        for scheme in ("https://", "http://"):
            adapter = HTTPAdapter(pool_connections=1, pool_maxsize=connections)
            self.session.mount(scheme, adapter)

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        """One HTTP request; the response goes back to the caller only."""
        assert self.session is not None
        response = self.session.request(
            method.upper(),
            url,
            params=params,
            data=data,
            headers=headers,
            auth=auth,
            timeout=timeout or self.timeout,
            allow_redirects=allow_redirects,
        )
        return Response(int(response.status_code), response.text, response.headers)


class TwilioChannel:
    """Messages.create on the Twilio REST API, up to ``concurrency`` requests at once."""

    def __init__(
        self,
        account_sid: str,
        auth_token: str,
        messaging_service_sid: str = "",
        timeout: float = 10.0,
        concurrency: int = 8,
    ) -> None:
        self.concurrency = concurrency
        self._client = Client(
            account_sid, auth_token, http_client=_SharedHttpClient(timeout, concurrency)
        )
        self._service = messaging_service_sid

    def send(self, message: Outgoing) -> Sent:
        """Create the message; classify failures as transient or permanent."""
        kwargs: dict[str, str] = {"to": message.to}
        if self._service and not message.to.startswith("whatsapp:"):
            kwargs["messaging_service_sid"] = self._service
        else:
            kwargs["from_"] = message.from_
        if message.content_sid:
            kwargs["content_sid"] = message.content_sid
            if message.content_variables:
                kwargs["content_variables"] = message.content_variables
        else:
            kwargs["body"] = message.body
        if message.status_callback:
            kwargs["status_callback"] = message.status_callback
        try:
            created = self._client.messages.create(**kwargs)
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise TransientSendError(f"twilio http {exc.status}") from exc
            raise PermanentSendError(
                str(exc.code or exc.status), f"twilio http {exc.status}"
            ) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise TransientSendError("network error") from exc
        return Sent(sid=str(created.sid), status=str(created.status or "queued"))


class OutboxChannel:
    """Development channel: accepts everything; the outbound table is the outbox."""

    def send(self, message: Outgoing) -> Sent:
        """Pretend the carrier delivered it at once."""
        return Sent(sid="SMdev" + uuid.uuid4().hex, status="delivered")
