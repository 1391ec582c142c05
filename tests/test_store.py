"""The data layer on SQLite and PostgreSQL: conversation leases and idempotent intake."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import func, select

from bot.intake import Stored, store_inbound, store_known_sender
from bot.types import InboundMessage, Media
from store import Database, lease
from store.models import Conversation
from store.models import InboundMessage as InboundRow
from tests.botdriver import TestBot, twilio_form
from tests.fakes import FakeClock

LEASE = 120


def db_of(app: Flask) -> Database:
    """The app's database."""
    db: Database = app.extensions["mindlink"].db
    return db


def new_conversation(db: Database, now: datetime) -> int:
    """A conversation row to lease."""
    with db.session() as session:
        convo = Conversation(channel="sms", address_hash="h" * 64, address="+447400123456")
        convo.slots, convo.created_at = {}, now
        session.add(convo)
        session.flush()
        return convo.id


def holder(db: Database, cid: int) -> tuple[str | None, datetime | None]:
    """Who holds the handling lease, and until when."""
    with db.session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        return convo.lease_owner, convo.lease_until


def take(db: Database, cid: int, owner: str, now: datetime, purpose: str = "handle") -> bool:
    """One acquire (or renew) in its own session."""
    with db.session() as session:
        return lease.acquire(session, cid, owner, now, LEASE, purpose=purpose)  # type: ignore[arg-type]


def give_back(db: Database, cid: int, owner: str, purpose: str = "handle") -> None:
    """One release in its own session."""
    with db.session() as session:
        lease.release(session, cid, owner, purpose=purpose)  # type: ignore[arg-type]


def test_lease_acquire_refuse_renew_release(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    cid = new_conversation(db, clock())
    assert take(db, cid, "a", clock())
    assert holder(db, cid) == ("a", clock() + timedelta(seconds=LEASE))
    assert not take(db, cid, "b", clock()), "a live lease keeps a second owner out"
    assert holder(db, cid)[0] == "a"

    clock.advance(seconds=60)
    assert take(db, cid, "a", clock()), "the holder renews"
    assert holder(db, cid) == ("a", clock() + timedelta(seconds=LEASE))

    give_back(db, cid, "b")  # not b's to give back
    assert holder(db, cid)[0] == "a"
    give_back(db, cid, "a")
    assert holder(db, cid) == (None, None)
    assert take(db, cid, "b", clock())


def test_an_expired_lease_passes_to_the_next_owner(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    cid = new_conversation(db, clock())
    assert take(db, cid, "dead", clock())
    clock.advance(seconds=LEASE - 1)
    assert not take(db, cid, "b", clock())
    clock.advance(seconds=2)
    assert take(db, cid, "b", clock())
    give_back(db, cid, "dead")  # the late release of the old owner changes nothing
    assert holder(db, cid)[0] == "b"


def test_handle_and_send_leases_are_independent(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    cid = new_conversation(db, clock())
    assert take(db, cid, "handler", clock(), "handle")
    assert take(db, cid, "sender", clock(), "send")
    assert not take(db, cid, "other", clock(), "send")
    give_back(db, cid, "sender", "send")
    assert holder(db, cid)[0] == "handler"


def test_only_one_of_many_racing_owners_gets_the_lease(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    cid = new_conversation(db, clock())
    start = threading.Barrier(8)
    won: list[str] = []

    def contend(name: str) -> None:
        start.wait()
        if take(db, cid, name, clock()):
            won.append(name)

    threads = [threading.Thread(target=contend, args=(f"w{i}",)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(won) == 1, won
    assert holder(db, cid)[0] == won[0]


def message(sid: str, body: str = "hi", sender: str = "+447400123456") -> InboundMessage:
    """A parsed inbound SMS."""
    return InboundMessage("sms", sender, "+15005550006", sid, body)


def rows(db: Database, model: type) -> int:
    """How many rows ``model`` has."""
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_repeated_message_sid_is_stored_once(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    with db.session() as session:
        first = store_inbound(session, message("SM" + "1" * 32), clock())
    with db.session() as session:
        again = store_inbound(session, message("SM" + "1" * 32, "edited?"), clock())
    assert not first.duplicate
    assert again == Stored(first.conversation_id, first.inbound_id, duplicate=True)
    assert rows(db, InboundRow) == 1
    with db.session() as session:
        assert session.get(InboundRow, first.inbound_id).body == "hi"


def test_a_rolled_back_session_leaves_nothing_behind(any_app: Flask, clock: FakeClock) -> None:
    """Savepoints inside a unit of work commit with it or not at all, SQLite included."""
    db = db_of(any_app)
    with pytest.raises(RuntimeError), db.session() as session:
        store_inbound(session, message("SM" + "5" * 32), clock())
        raise RuntimeError("the request failed after storing")
    assert rows(db, InboundRow) == 0
    assert rows(db, Conversation) == 0


def test_racing_inserts_of_one_message_sid_store_it_once(any_app: Flask, clock: FakeClock) -> None:
    """The second insert runs while the first is uncommitted: the unique index decides."""
    db = db_of(any_app)
    msg = message("SM" + "2" * 32)
    first = db.Session()
    won = store_inbound(first, msg, clock())
    first.flush()
    seen: list[Stored] = []

    def retry_of_the_same_webhook() -> None:
        with db.session() as session:
            seen.append(store_inbound(session, msg, clock()))

    racer = threading.Thread(target=retry_of_the_same_webhook)
    racer.start()
    racer.join(0.5)
    assert racer.is_alive(), "the second insert should wait on the first one's row"
    first.commit()
    first.close()
    racer.join(30)
    assert not racer.is_alive()
    assert seen == [Stored(won.conversation_id, won.inbound_id, duplicate=True)]
    assert rows(db, InboundRow) == 1
    assert rows(db, Conversation) == 1


def test_first_two_messages_of_a_new_person_race_to_one_conversation(
    any_app: Flask, clock: FakeClock
) -> None:
    db = db_of(any_app)
    first = db.Session()
    won = store_inbound(first, message("SM" + "3" * 32, "hello"), clock())
    first.flush()
    seen: list[Stored] = []

    def second_message() -> None:
        with db.session() as session:
            seen.append(store_inbound(session, message("SM" + "4" * 32, "anyone?"), clock()))

    racer = threading.Thread(target=second_message)
    racer.start()
    racer.join(0.5)
    first.commit()
    first.close()
    racer.join(30)
    assert len(seen) == 1
    assert not seen[0].duplicate
    assert seen[0].conversation_id == won.conversation_id
    assert seen[0].inbound_id > won.inbound_id
    assert rows(db, Conversation) == 1
    assert rows(db, InboundRow) == 2


@pytest.mark.postgres
def test_many_retries_of_one_webhook_at_once_are_answered_once(
    pg_app: Flask, channel: object
) -> None:
    """Twilio retries a slow webhook; eight copies land together on separate connections."""
    form = twilio_form("hello", "+447400123456")
    start = threading.Barrier(8)
    codes: list[int] = []

    def post() -> None:
        bot = TestBot(pg_app, pg_app.test_client())
        start.wait()
        codes.append(bot.post(form).status_code)

    threads = [threading.Thread(target=post) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert codes == [200] * 8
    db = db_of(pg_app)
    assert rows(db, InboundRow) == 1
    with db.session() as session:
        row = session.scalar(select(InboundRow))
        assert row is not None
        assert (row.status, row.attempts) == ("handled", 1)
    replies = TestBot(pg_app, pg_app.test_client()).outbound()
    assert replies, "answered"
    assert len({r.body for r in replies}) == len(replies), "no reply sent twice"


def test_a_known_sender_is_stored_in_one_statement(any_app: Flask, clock: FakeClock) -> None:
    """The webhook's usual case; a first message or a repeat leaves it to the full path."""
    db = db_of(any_app)
    with db.one_write() as conn:
        assert store_known_sender(conn, message("SM" + "6" * 32), clock()) is None
    assert rows(db, InboundRow) == 0, "a stranger's first message is not that case"
    with db.session() as session:
        first = store_inbound(session, message("SM" + "6" * 32), clock())
    clock.advance(seconds=90)
    with db.one_write() as conn:
        second = store_known_sender(conn, message("SM" + "7" * 32, "still there?"), clock())
    assert second is not None and not second.duplicate
    assert second.conversation_id == first.conversation_id
    assert second.inbound_id > first.inbound_id
    with db.one_write() as conn:
        assert store_known_sender(conn, message("SM" + "7" * 32, "edited?"), clock()) is None
    with db.session() as session:
        row = session.get(InboundRow, second.inbound_id)
        convo = session.get(Conversation, first.conversation_id)
        assert row is not None and convo is not None
        assert (row.body, row.status, row.attempts, row.num_media) == (
            "still there?",
            "pending",
            0,
            0,
        )
        assert row.received_at == clock()
        assert convo.last_inbound_at == clock() and convo.last_activity_at == clock()
        again = store_inbound(session, message("SM" + "7" * 32, "edited?"), clock())
    assert again == Stored(first.conversation_id, second.inbound_id, duplicate=True)
    assert rows(db, InboundRow) == 2


def test_one_write_is_a_transaction_on_sqlite_and_one_statement_on_postgres(
    any_app: Flask, clock: FakeClock
) -> None:
    db = db_of(any_app)
    with db.session() as session:
        store_inbound(session, message("SM" + "8" * 32), clock())
    with pytest.raises(RuntimeError), db.one_write() as conn:
        store_known_sender(conn, message("SM" + "9" * 32), clock())
        raise RuntimeError("the request failed after storing")
    # SQLite rolls the transaction back; PostgreSQL had committed the single statement.
    assert rows(db, InboundRow) == (1 if db.is_sqlite else 2)


def test_a_known_senders_media_is_stored_by_url_and_type(any_app: Flask, clock: FakeClock) -> None:
    db = db_of(any_app)
    with db.session() as session:
        store_inbound(session, message("SM" + "a" * 32), clock())
    photo = Media("https://api.twilio.com/media/ME1", "image/jpeg")
    msg = InboundMessage("sms", "+447400123456", "+15005550006", "SM" + "b" * 32, "", (photo,))
    with db.one_write() as conn:
        stored = store_known_sender(conn, msg, clock())
    assert stored is not None
    with db.session() as session:
        row = session.get(InboundRow, stored.inbound_id)
        assert row is not None and row.num_media == 1
        assert json.loads(row.media or "") == [
            {"url": "https://api.twilio.com/media/ME1", "content_type": "image/jpeg"}
        ]


def test_a_new_sqlite_file_busy_in_another_process_still_opens_and_turns_to_wal(
    tmp_path: Path,
) -> None:
    """Web, worker and beat start together under `make run`: one holds a write while another
    connects and switches the fresh file to WAL (which does not wait out busy_timeout)."""
    import sqlite3
    import threading
    import time

    from sqlalchemy import text

    from store import Database

    path = tmp_path / "fresh.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t VALUES (1)")

    def finish() -> None:
        time.sleep(0.5)
        other.execute("COMMIT")

    threading.Thread(target=finish).start()
    db = Database(f"sqlite:///{path}")
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    db.engine.dispose()
    other.close()
