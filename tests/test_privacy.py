"""What people text us stays private: not in logs, not in metrics, not readable in the tables."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import phonenumbers
import pytest
from cryptography.fernet import Fernet, InvalidToken
from flask import Flask
from sqlalchemy import MetaData, Table, select, text

from mindlink import create_app
from mindlink.logs import JsonFormatter
from nlu.fake import FakeClassifier
from store.models import InboundMessage
from tests.botdriver import TestBot
from tests.conftest import TEST_KEY, base_config
from tests.fakes import FakeClock, RecordingChannel

# (channel, number, what they text). The second person quotes someone else's number.
PEOPLE = (
    ("sms", "+447400123456"),
    ("whatsapp", "+14155550123"),
)
SCRIPT = (
    "hi",
    "yes",
    "i feel really anxious about my exam tomorrow",
    "please call my sister on 07700 900123 she knows",
    "i want to end my life",
    "my mood is 3",
)
QUOTED_NUMBER = "+447700900123"
SECRET_PHRASES = ("anxious about my exam", "call my sister", "end my life", "she knows")


def number_forms(e164: str) -> set[str]:
    """Every way a number might be written: +E.164, digits, national with and without spaces."""
    parsed = phonenumbers.parse(e164)
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    forms = {
        e164,
        e164.lstrip("+"),
        national,
        "".join(ch for ch in national if ch.isdigit()),
        str(parsed.national_number),
    }
    return {form for form in forms if len(form) >= 7}


FORBIDDEN = sorted(
    {form for _, number in PEOPLE for form in number_forms(number)}
    | number_forms(QUOTED_NUMBER)
    | set(SECRET_PHRASES)
)


def test_the_forbidden_list_covers_every_format() -> None:
    assert {"+447400123456", "447400123456", "07400123456", "07400 123456"} <= set(FORBIDDEN)
    assert {"+14155550123", "14155550123", "4155550123"} <= set(FORBIDDEN)
    assert "07700 900123" in FORBIDDEN


class Capture(logging.Handler):
    """Keeps every record, and each one as JsonFormatter writes it."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(JsonFormatter())
        self.records: list[logging.LogRecord] = []
        self.lines = io.StringIO()

    def emit(self, record: logging.LogRecord) -> None:
        """Record and format."""
        self.records.append(record)
        self.lines.write(self.format(record) + "\n")


@contextmanager
def capturing() -> Iterator[Capture]:
    """Everything logged at INFO and above, by our loggers and by libraries.

    Enter it after ``create_app``: building an app resets mindlink's handlers.
    """
    capture = Capture()
    loggers = [logging.getLogger(), logging.getLogger("mindlink")]  # ours does not propagate
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(capture)
        lg.setLevel(logging.INFO)
    yield capture
    for lg, level in zip(loggers, levels, strict=True):
        lg.removeHandler(capture)
        lg.setLevel(level)


def converse(app: Flask) -> None:
    """Run the script for every person through the signed webhook."""
    bot = TestBot(app, app.test_client())
    for channel, number in PEOPLE:
        for body in SCRIPT:
            bot.as_(number, channel).push(body)


def leaks(found: str) -> list[str]:
    """Forbidden strings found in ``found``."""
    lowered = found.lower()
    return [item for item in FORBIDDEN if item.lower() in lowered]


def test_logs_and_metrics_carry_no_text_and_no_numbers(
    app: Flask, channel: RecordingChannel
) -> None:
    with capturing() as logs:
        converse(app)
    assert channel.sent, "the conversations were answered"
    mindlink = [r for r in logs.records if r.name.startswith("mindlink")]
    events = {r.msg for r in mindlink}
    assert {"handled", "outbound_sent"} <= events, "the capture saw our logs"
    assert leaks(logs.lines.getvalue()) == []
    for record in logs.records:
        assert leaks(record.getMessage()) == [], record.name
    metrics = app.test_client().get("/metrics").get_data(as_text=True)
    assert leaks(metrics) == []


def test_a_failure_quoting_the_text_logs_only_the_exception_type(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock
) -> None:
    class Exploding(FakeClassifier):
        def classify(self, text: str, **kwargs: object) -> object:  # type: ignore[override]
            raise ValueError(f"cannot parse {text!r} from +447400123456")

    app = create_app(base_config(tmp_path), channel=channel, classifier=Exploding, clock=clock)
    app.extensions["mindlink"].db.create_all()
    with capturing() as logs:
        TestBot(app, app.test_client()).push("i want to end my life")
    failures = [r for r in logs.records if r.msg == "handle_failed"]
    assert failures, "the failure was logged"
    assert '"exc_type": "ValueError"' in logs.lines.getvalue()
    assert leaks(logs.lines.getvalue()) == []
    assert channel.sent, "an apology still went out"


def raw_rows(app: Flask) -> dict[str, str]:
    """Every table's rows as the database holds them (no decryption), one string per table."""
    engine = app.extensions["mindlink"].db.engine
    meta = MetaData()
    meta.reflect(engine)
    dump = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            assert isinstance(table, Table)
            dump[name] = "\n".join(repr(tuple(row)) for row in conn.execute(select(table)))
    return dump


def test_bodies_and_numbers_are_unreadable_in_the_tables(any_app: Flask) -> None:
    converse(any_app)
    dump = raw_rows(any_app)
    assert dump["inbound_messages"] and dump["outbound_messages"] and dump["conversations"]
    for table, rows in dump.items():
        assert leaks(rows) == [], f"{table} holds readable personal data"
    # The bot's own replies are encrypted too: they quote helplines, moods, names.
    assert "Samaritans" not in dump["outbound_messages"]
    with any_app.extensions["mindlink"].db.session() as session:
        bodies = list(session.scalars(select(InboundMessage.body)))
    assert "i want to end my life" in bodies, "the application still reads them"


def test_a_new_key_in_front_still_reads_rows_written_under_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, channel: RecordingChannel, clock: FakeClock
) -> None:
    old = create_app(base_config(tmp_path), channel=channel, classifier=FakeClassifier, clock=clock)
    old.extensions["mindlink"].db.create_all()
    bot = TestBot(old, old.test_client())
    bot.push("i feel really anxious about my exam tomorrow")
    old_replies = [row.body for row in bot.outbound()]
    old_ids = {row.id for row in bot.outbound()}
    old.extensions["mindlink"].db.engine.dispose()

    new_key = Fernet.generate_key().decode()
    config = base_config(tmp_path)
    del config["encryption_keys"]  # taken from the environment, as in production
    monkeypatch.setenv("MINDLINK_ENCRYPTION_KEYS", f"{new_key},{TEST_KEY}")
    rotated = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    bot = TestBot(rotated, rotated.test_client())
    assert [row.body for row in bot.outbound() if row.id in old_ids] == old_replies
    with rotated.extensions["mindlink"].db.session() as session:
        first = session.scalar(select(InboundMessage).order_by(InboundMessage.id))
        assert first is not None and first.body.startswith("i feel really anxious")

    bot.push("my mood is 3")  # written under the new key
    engine = rotated.extensions["mindlink"].db.engine
    with engine.connect() as conn:
        tokens = list(conn.execute(text("SELECT id, body FROM outbound_messages")))
    fresh = [token for ident, token in tokens if ident not in old_ids]
    stale = [token for ident, token in tokens if ident in old_ids]
    assert fresh and stale
    for token in fresh:
        Fernet(new_key.encode()).decrypt(token.encode())
        with pytest.raises(InvalidToken):
            Fernet(TEST_KEY.encode()).decrypt(token.encode())
    for token in stale:
        Fernet(TEST_KEY.encode()).decrypt(token.encode())
    rotated.extensions["mindlink"].db.engine.dispose()

    # Dropping the old key too early makes old rows unreadable: rotation needs both.
    monkeypatch.setenv("MINDLINK_ENCRYPTION_KEYS", new_key)
    alone = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    with pytest.raises(ValueError, match="not readable"):
        TestBot(alone, alone.test_client()).outbound()
    alone.extensions["mindlink"].db.engine.dispose()
