"""Crisis queue: take over, reply through the real outbound path, hand back; all audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from mindlink import create_app
from store.models import AuditLog, Conversation, Flag, OutboundMessage
from tests.conftest import base_config
from tests.console import seed
from tests.fakes import FakeClock, RecordingChannel


def state(app: Flask, cid: int) -> tuple[Conversation, list[Flag], list[OutboundMessage]]:
    with seed.db(app).session() as session:
        convo = session.get(Conversation, cid)
        assert convo is not None
        flags = list(session.scalars(select(Flag).where(Flag.conversation_id == cid)))
        out = list(
            session.scalars(
                select(OutboundMessage)
                .where(OutboundMessage.conversation_id == cid)
                .order_by(OutboundMessage.id)
            )
        )
        return convo, flags, out


def actions(app: Flask) -> list[str]:
    with seed.db(app).session() as session:
        return list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))


def test_queue_lists_waiting_flags_oldest_first(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    newer = seed.crisis(app, clock(), "+447700900001")
    older = seed.crisis(app, clock() - timedelta(hours=1), "+447700900002")
    page = signed_in("support").get("/console/queue").get_data(as_text=True)
    assert page.index(f"#{older}<") < page.index(f"#{newer}<")
    assert "Waiting (2)" in page
    assert "7700900001" not in page


def test_take_over_reply_and_hand_back(
    app: Flask,
    signed_in: Callable[[str], FlaskClient],
    staff: dict[str, int],
    channel: RecordingChannel,
    clock: FakeClock,
) -> None:
    cid = seed.crisis(app, clock())
    client = signed_in("support")
    flag_id = state(app, cid)[1][0].id

    assert client.post(f"/console/queue/{flag_id}/take").status_code == 302
    convo, flags, _ = state(app, cid)
    assert convo.handed_over
    assert [(f.status, f.taken_by) for f in flags] == [("taken", staff["support"])]
    assert "Nobody is waiting" in client.get("/console/queue").get_data(as_text=True)

    client.post(f"/console/conversations/{cid}/reply", data={"body": "I'm Sam from MindLink."})
    _, _, out = state(app, cid)
    staff_rows = [row for row in out if row.kind == "staff"]
    assert [(r.body, r.staff_id, r.status) for r in staff_rows] == [
        ("I'm Sam from MindLink.", staff["support"], "queued")
    ]
    assert channel.bodies("+447700900123") == ["I'm Sam from MindLink."]  # eager delivery
    page = client.get(f"/console/conversations/{cid}").get_data(as_text=True)
    assert "I&#39;m Sam from MindLink." in page and "from Support Person (staff)" in page

    client.post(f"/console/conversations/{cid}/handback")
    convo, flags, _ = state(app, cid)
    assert not convo.handed_over and not convo.flagged
    assert [f.status for f in flags] == ["resolved"]
    assert actions(app)[-4:] == ["take_over", "staff_reply", "view_transcript", "hand_back"]


def test_reply_needs_the_conversation_taken_over(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    client = signed_in("support")
    response = client.post(
        f"/console/conversations/{cid}/reply", data={"body": "hello"}, follow_redirects=True
    )
    assert "Take the conversation over before replying" in response.get_data(as_text=True)
    assert not [r for r in state(app, cid)[2] if r.kind == "staff"]


def test_second_taker_does_not_steal_the_flag(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    flag_id = state(app, cid)[1][0].id
    signed_in("support").post(f"/console/queue/{flag_id}/take")
    signed_in("clinician").post(f"/console/queue/{flag_id}/take")
    assert state(app, cid)[1][0].taken_by == staff["support"]


def test_hand_back_keeps_the_flag_up_when_a_new_one_is_waiting(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    client = signed_in("support")
    client.post(f"/console/conversations/{cid}/take")
    with seed.db(app).session() as session:  # a new crisis message arrives meanwhile
        session.add(Flag(conversation_id=cid, reason="crisis", created_at=clock()))
    client.post(f"/console/conversations/{cid}/handback")
    convo, flags, _ = state(app, cid)
    assert convo.flagged and not convo.handed_over
    assert sorted(f.status for f in flags) == ["resolved", "waiting"]


def test_reply_is_kept_for_the_sweeper_when_the_broker_is_down(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock
) -> None:
    config = base_config(tmp_path) | {
        "celery_eager": False,
        "broker_url": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
    }

    def no_model() -> object:
        raise AssertionError("the console must never load the NLU model")

    app = create_app(config, channel=channel, classifier=no_model, clock=clock)  # type: ignore[arg-type]
    app.config["WTF_CSRF_ENABLED"] = False
    seed.db(app).create_all()
    seed.staff(app, "support", clock())
    cid = seed.crisis(app, clock())
    client = app.test_client()
    seed.login(client, "support@example.org")
    client.post(f"/console/conversations/{cid}/take")
    response = client.post(
        f"/console/conversations/{cid}/reply", data={"body": "Still here."}, follow_redirects=True
    )
    assert response.status_code == 200
    assert "delivered automatically when it is back" in response.get_data(as_text=True)
    staff_rows = [r for r in state(app, cid)[2] if r.kind == "staff"]
    assert [(r.body, r.status) for r in staff_rows] == [("Still here.", "pending")]
    assert channel.sent == []
    for page in ("/console/queue", "/console/conversations/", f"/console/conversations/{cid}"):
        assert client.get(page).status_code == 200


def test_warns_before_a_whatsapp_reply_outside_the_24_hour_window(
    app: Flask, signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    late = seed.conversation(
        app,
        clock(),
        channel="whatsapp",
        handed_over=True,
        last_inbound_at=clock() - timedelta(hours=25),
    )
    recent = seed.conversation(
        app,
        clock(),
        "+447700900777",
        channel="whatsapp",
        handed_over=True,
        last_inbound_at=clock() - timedelta(hours=1),
    )
    client = signed_in("support")
    assert "24 hours" in client.get(f"/console/conversations/{late}").get_data(as_text=True)
    assert "24 hours" not in client.get(f"/console/conversations/{recent}").get_data(as_text=True)
