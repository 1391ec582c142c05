"""The console's queries on SQLite and PostgreSQL: keyset pages, handoff and the export."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from console import handoff, listing, research
from store.models import Conversation, Flag, OutboundMessage
from tests.console import seed
from tests.fakes import FakeClock


def test_keyset_pages_cover_every_row_once(any_app: Flask, clock: FakeClock) -> None:
    ids = {
        seed.conversation(
            any_app,
            clock(),
            f"+4477009{n:05d}",
            last_activity_at=clock() - timedelta(minutes=n % 4),
        )
        for n in range(25)
    }
    seen: list[int] = []
    cursor = None
    with seed.db(any_app).session() as session:
        while True:
            rows, cursor = listing.page(session, listing.Filters(), cursor, size=7)
            seen += [row.id for row in rows]
            if cursor is None:
                break
        flagged, _ = listing.page(session, listing.Filters(crisis=True, channel="sms"))
    assert sorted(seen) == sorted(ids) and len(seen) == len(ids)
    assert flagged == []


def test_take_over_reply_hand_back(any_app: Flask, clock: FakeClock) -> None:
    staff_id = seed.staff(any_app, "support", clock())
    other = seed.staff(any_app, "clinician", clock())
    cid = seed.crisis(any_app, clock())
    with seed.db(any_app).session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        assert len(handoff.take_over(session, convo, staff_id, clock())) == 1
    with seed.db(any_app).session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        assert handoff.take_over(session, convo, other, clock()) == []  # nothing left waiting
        rows = handoff.reply(session, convo, staff_id, "Here for you.", clock())
        assert [(r.kind, r.staff_id) for r in rows] == [("staff", staff_id)]
    with seed.db(any_app).session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        assert len(handoff.hand_back(session, convo, clock())) == 1
    with seed.db(any_app).session() as session:
        convo = session.get(Conversation, cid)
        flag = session.query(Flag).one()
        out = session.query(OutboundMessage).filter_by(kind="staff").one()
        assert convo is not None and not convo.flagged and not convo.handed_over
        assert (flag.status, flag.taken_by) == ("resolved", staff_id)
        assert out.body == "Here for you." and out.status == "pending"


def test_export_datasets_run(any_app: Flask, clock: FakeClock) -> None:
    cid = seed.crisis(any_app, clock())
    seed.history(any_app, cid, clock(), days=3)
    with seed.db(any_app).session() as session:
        tables = {name: list(build(session)) for name, build in research.DATASETS.items()}
    assert len(tables["checkins"]) == 1 + 4
    assert len(tables["messages"]) == 1 + 2
    engagement = tables["engagement"][1]
    assert engagement[0] == research.pid(cid) and engagement[2] == 2 and engagement[5] == 1
    text = repr(tables)
    assert "+447700900123" not in text and "Alex" not in text and "Maria" not in text
