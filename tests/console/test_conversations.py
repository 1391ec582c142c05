"""Conversation list (filters, search, keyset pages, 20,000 rows) and the transcript view."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Connection, Select, insert, select, text

from console import listing
from store.models import AuditLog, Conversation, Flag, Note
from tests.console import seed
from tests.fakes import FakeClock


def listed(page: str) -> list[int]:
    """Conversation ids in the order the list shows them."""
    return [int(n) for n in re.findall(r'href="/console/conversations/(\d+)">\1</a>', page)]


ACTIVITY_INDEX = re.compile(
    r"USING (COVERING )?INDEX ix_conversations_(last_activity_at|activity_id)"
)


def query_plan(conn: Connection, stmt: Select[Conversation]) -> str:
    """SQLite's EXPLAIN QUERY PLAN for ``stmt``, as one line."""
    compiled = stmt.compile(conn.engine)
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)
    return " ".join(str(row[-1]) for row in rows)


@pytest.fixture
def support(signed_in: Callable[[str], FlaskClient]) -> FlaskClient:
    return signed_in("support")


def test_newest_activity_first_with_keyset_pages(
    app: Flask, support: FlaskClient, clock: FakeClock
) -> None:
    ids = [
        seed.conversation(
            app, clock(), f"+4477009{n:05d}", last_activity_at=clock() - timedelta(minutes=n % 7)
        )
        for n in range(120)
    ]
    shown: list[int] = []
    url: str | None = "/console/conversations/"
    while url:
        page = support.get(url).get_data(as_text=True)
        shown += listed(page)
        found = re.search(r'rel="next" href="([^"]+)"', page)
        url = found.group(1).replace("&amp;", "&") if found else None
    assert sorted(shown) == sorted(ids)  # every row once, none twice
    with seed.db(app).session() as session:
        expected = session.scalars(
            select(Conversation.id).order_by(
                Conversation.last_activity_at.desc(), Conversation.id.desc()
            )
        ).all()
    assert shown == list(expected)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({}, {"plain", "flagged", "crisis", "handed", "optout", "whatsapp"}),
        ({"flagged": "1"}, {"flagged", "crisis"}),
        ({"crisis": "1"}, {"crisis"}),
        ({"handed_over": "1"}, {"handed"}),
        ({"opted_out": "1"}, {"optout"}),
        ({"channel": "whatsapp"}, {"whatsapp"}),
        ({"channel": "sms", "flagged": "1"}, {"flagged", "crisis"}),
        (
            {"channel": "carrier-pigeon"},
            {"plain", "flagged", "crisis", "handed", "optout", "whatsapp"},
        ),
    ],
)
def test_filters(
    app: Flask, support: FlaskClient, clock: FakeClock, args: dict[str, str], expected: set[str]
) -> None:
    now = clock()
    made = {
        "plain": seed.conversation(app, now, "+447700900001"),
        "flagged": seed.conversation(app, now, "+447700900002", flagged=True),
        "crisis": seed.crisis(app, now, "+447700900003"),
        "handed": seed.conversation(app, now, "+447700900004", handed_over=True),
        "optout": seed.conversation(app, now, "+447700900005", opted_out=True),
        "whatsapp": seed.conversation(app, now, "+447700900006", channel="whatsapp"),
    }
    page = support.get("/console/conversations/", query_string=args).get_data(as_text=True)
    assert set(listed(page)) == {made[name] for name in expected}


def test_numbers_are_masked_in_the_list(app: Flask, support: FlaskClient, clock: FakeClock) -> None:
    seed.conversation(app, clock(), "+447700900123")
    page = support.get("/console/conversations/").get_data(as_text=True)
    assert "+44 •••• ••0123" in page
    assert "7700900123" not in page


@pytest.mark.parametrize(
    "typed", ["+447700900123", "+44 7700 900123", "whatsapp:+447700900123", "0044 7700-900123"]
)
def test_search_by_exact_number_uses_the_keyed_hash(
    app: Flask, support: FlaskClient, clock: FakeClock, typed: str
) -> None:
    cid = seed.conversation(app, clock(), "+447700900123")
    seed.conversation(app, clock(), "+447700900124")
    response = support.post("/console/conversations/", data={"q": typed})
    assert response.headers["Location"] == f"/console/conversations/{cid}"


def test_search_finds_both_channels_of_one_number(
    app: Flask, support: FlaskClient, clock: FakeClock
) -> None:
    sms = seed.conversation(app, clock(), "+447700900123")
    wa = seed.conversation(app, clock(), "+447700900123", channel="whatsapp")
    page = support.post("/console/conversations/", data={"q": "+447700900123"})
    assert set(listed(page.get_data(as_text=True))) == {sms, wa}


def test_search_by_id_and_misses(app: Flask, support: FlaskClient, clock: FakeClock) -> None:
    cid = seed.conversation(app, clock())
    assert (
        support.post("/console/conversations/", data={"q": str(cid)}).headers["Location"]
        == f"/console/conversations/{cid}"
    )
    miss = support.post("/console/conversations/", data={"q": "+15555550199"})
    assert "No conversation matches" in miss.get_data(as_text=True)
    words = support.post("/console/conversations/", data={"q": "sad"}, follow_redirects=True)
    assert "full phone number" in words.get_data(as_text=True)


def test_twenty_thousand_conversations_page_from_the_index(
    app: Flask, support: FlaskClient, clock: FakeClock
) -> None:
    now = clock()
    rows = [
        {
            "channel": "sms" if n % 3 else "whatsapp",
            "address_hash": f"{n:064x}",
            "address": "+447700900000",
            "our_number": "",
            "timezone": "UTC",
            "timezone_confirmed": False,
            "onboarded": True,
            "opted_out": n % 97 == 0,
            "handed_over": False,
            "flagged": n % 501 == 0,
            "slots": {},
            "unanswered_nudges": 0,
            "last_activity_at": (now - timedelta(seconds=n)).replace(tzinfo=None),
            "created_at": now.replace(tzinfo=None),
        }
        for n in range(20_000)
    ]
    engine = seed.db(app).engine
    with engine.begin() as conn:
        conn.execute(insert(Conversation.__table__).execution_options(render_nulls=True), rows)
        plan = query_plan(conn, listing.query(listing.Filters()))
        cursor = listing.Cursor(now - timedelta(seconds=15_000), 5_000)
        deep_plan = query_plan(conn, listing.query(listing.Filters(), cursor))
    # Either activity index serves (SQLite's single-column one carries the rowid, i.e. the id);
    # what matters is that no page sorts 20,000 rows.
    for explained in (plan, deep_plan):
        assert ACTIVITY_INDEX.search(explained), explained
        assert "TEMP B-TREE" not in explained
    page = support.get("/console/conversations/")
    assert page.status_code == 200
    assert len(listed(page.get_data(as_text=True))) == listing.PAGE_SIZE
    filtered = support.get("/console/conversations/?flagged=1&channel=whatsapp")
    assert filtered.status_code == 200


def test_transcript_shows_messages_in_order_with_what_the_model_read(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    page = signed_in("support").get(f"/console/conversations/{cid}").get_data(as_text=True)
    order = [page.index(s) for s in ("hi", "How are you feeling today?", "I want to end it")]
    assert order == sorted(order)
    assert "intent <strong>crisis</strong>" in page
    assert "emotion sadness" in page
    assert "delivered" in page
    assert "+44 •••• ••0123" in page and "7700900123" not in page
    assert "crisis score" not in page  # clinical detail is for clinicians
    clinical = signed_in("clinician").get(f"/console/conversations/{cid}").get_data(as_text=True)
    assert "crisis score 0.97" in clinical
    assert "(suicidal)" in clinical


def test_every_transcript_view_is_audited(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    client = signed_in("clinician")
    client.get(f"/console/conversations/{cid}")
    client.get(f"/console/conversations/{cid}")
    with seed.db(app).session() as session:
        views = session.execute(
            select(AuditLog.staff_id, AuditLog.target).where(AuditLog.action == "view_transcript")
        ).all()
    assert views == [(staff["clinician"], f"conversation:{cid}")] * 2


def test_notes_are_added_shown_and_audited(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    client = signed_in("support")
    client.post(f"/console/conversations/{cid}/notes", data={"body": "Rang the GP."})
    assert "Rang the GP." in client.get(f"/console/conversations/{cid}").get_data(as_text=True)
    with seed.db(app).session() as session:
        note = session.scalar(select(Note))
        assert note is not None and note.staff_id == staff["support"]
        raw = session.execute(text("SELECT body FROM notes")).scalar_one()
        # Encrypted at rest (a two-letter word could turn up in any ciphertext by chance).
        assert "Rang the GP" not in raw and raw.startswith("gAAAAA")
        actions = session.scalars(select(AuditLog.action)).all()
    assert "add_note" in actions


def test_revealing_the_number_is_audited(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    page = signed_in("support").post(f"/console/conversations/{cid}/reveal")
    assert "+447700900123" in page.get_data(as_text=True)
    with seed.db(app).session() as session:
        assert session.scalar(select(AuditLog).where(AuditLog.action == "reveal_phone"))


def test_unknown_conversation_is_404(signed_in: Callable[[str], FlaskClient]) -> None:
    assert signed_in("support").get("/console/conversations/999").status_code == 404


def test_trends_draw_mood_and_sleep_as_svg(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    from store.models import CheckIn, SleepEntry

    cid = seed.conversation(app, clock())
    with seed.db(app).session() as session:
        for day, mood in enumerate([3, 5, 4, 7]):
            session.add(
                CheckIn(
                    conversation_id=cid, mood=mood, created_at=clock() - timedelta(days=4 - day)
                )
            )
        session.add(
            SleepEntry(
                conversation_id=cid,
                bed_time="23:00",
                wake_time="07:00",
                latency_minutes=20,
                quality=3,
                efficiency=0.85,
                created_at=clock(),
            )
        )
    page = signed_in("clinician").get(f"/console/conversations/{cid}/trends").get_data(as_text=True)
    assert page.count("<svg") == 2
    assert page.count('class="dot"') == 5
    assert "<polyline" in page
    assert "85%" in page
    with seed.db(app).session() as session:
        assert session.scalar(select(AuditLog).where(AuditLog.action == "view_trends"))


def test_flag_reason_column_is_not_needed_for_the_list(
    app: Flask, support: FlaskClient, clock: FakeClock
) -> None:
    """A crisis flag alone (no last_crisis_at yet) still counts as crisis."""
    cid = seed.conversation(app, clock())
    with seed.db(app).session() as session:
        session.add(Flag(conversation_id=cid, reason="crisis", created_at=clock()))
    page = support.get("/console/conversations/?crisis=1").get_data(as_text=True)
    assert listed(page) == [cid]


def test_audit_log_answers_who_read_a_transcript(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    other = seed.conversation(app, clock(), "+447700900999")
    signed_in("support").get(f"/console/conversations/{cid}")
    signed_in("clinician").get(f"/console/conversations/{other}")
    page = (
        signed_in("admin")
        .get("/console/admin/audit", query_string={"target": f"conversation:{cid}"})
        .get_data(as_text=True)
    )
    assert "support@example.org" in page
    assert "clinician@example.org" not in page
