"""Researcher export: pseudonymous ids, labels and counts; never numbers, names or free text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from store.crypto import vault
from store.models import (
    AuditLog,
    BreathingSession,
    InboundMessage,
    Note,
    OutboundMessage,
    Reminder,
    SleepEntry,
)
from tests.console import seed
from tests.fakes import FakeClock

DATASETS = ("checkins", "messages", "flows", "engagement")
SECRETS = (
    "+447700900123",
    "7700900123",
    "0123",
    "Alex",
    "Doe",
    "Maria",
    "Lopez",
    "hopeless",
    "end it",
    "Rang her mum",
    "Rachel",
)


@pytest.fixture
def seeded(app: Flask, clock: FakeClock, staff: dict[str, int]) -> int:
    """A person with a name and number, messages, check-ins with notes, flows and a staff note."""
    cid = seed.crisis(app, clock())
    seed.conversation(app, clock(), "+15555550100", channel="whatsapp", profile_name="Rachel")
    with seed.db(app).session() as session:
        session.add_all(
            [
                SleepEntry(
                    conversation_id=cid,
                    bed_time="23:00",
                    wake_time="07:00",
                    latency_minutes=30,
                    quality=2,
                    efficiency=0.8,
                    created_at=clock() - timedelta(days=1),
                ),
                BreathingSession(conversation_id=cid, pattern="box", mood_before=3, mood_after=5),
                BreathingSession(conversation_id=cid, pattern="box"),
                Reminder(conversation_id=cid, label="call Maria Lopez at 7"),
                Note(conversation_id=cid, staff_id=staff["support"], body="Rang her mum"),
                OutboundMessage(
                    conversation_id=cid,
                    body="Alex, I'm here",
                    kind="staff",
                    staff_id=staff["support"],
                    status="delivered",
                ),
                InboundMessage(
                    conversation_id=cid,
                    message_sid="SMx",
                    body="Alex Doe here",
                    received_at=clock() - timedelta(days=2),
                    intent="greet",
                ),
            ]
        )
    return cid


def download(client: FlaskClient, name: str) -> list[dict[str, str]]:
    response = client.get(f"/console/export/{name}.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


@pytest.mark.parametrize("name", DATASETS)
def test_no_identifier_or_free_text_leaves(
    signed_in: Callable[[str], FlaskClient], seeded: int, name: str
) -> None:
    body = signed_in("researcher").get(f"/console/export/{name}.csv").get_data(as_text=True)
    for secret in SECRETS:
        assert secret not in body, (name, secret)
    assert f"conversation:{seeded}" not in body


def test_participants_have_stable_pseudonyms(
    signed_in: Callable[[str], FlaskClient], seeded: int
) -> None:
    client = signed_in("researcher")
    pid = vault().pseudonym("conversation", seeded)
    for name in DATASETS:
        rows = download(client, name)
        assert pid in {row["participant"] for row in rows}, name
        assert all(row["participant"] != str(seeded) for row in rows)
    assert download(client, "checkins") == download(client, "checkins")


def test_dataset_contents(signed_in: Callable[[str], FlaskClient], seeded: int) -> None:
    client = signed_in("researcher")
    pid = vault().pseudonym("conversation", seeded)
    checkins = download(client, "checkins")
    assert [(r["mood"], r["ekman"]) for r in checkins] == [("3", "sadness")]
    messages = [r for r in download(client, "messages") if r["participant"] == pid]
    assert sorted((r["intent"], r["crisis"]) for r in messages) == [
        ("crisis", "1"),
        ("greet", "0"),
        ("greet", "0"),
    ]
    flows = {(r["flow"], r["uses"]) for r in download(client, "flows") if r["participant"] == pid}
    assert flows == {
        ("checkin", "1"),
        ("sleep_diary", "1"),
        ("reminder", "1"),
        ("breathing:box", "2"),
    }
    engagement = {r["participant"]: r for r in download(client, "engagement")}
    mine = engagement[pid]
    assert (mine["inbound"], mine["outbound_bot"], mine["outbound_staff"]) == ("3", "1", "1")
    assert mine["active_days"] == "2"
    assert len(engagement) == 2


def test_each_download_is_audited(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int], seeded: int
) -> None:
    client = signed_in("researcher")
    client.get("/console/export/messages.csv")
    with seed.db(app).session() as session:
        row = session.scalar(select(AuditLog).where(AuditLog.action == "export"))
        assert row is not None
        assert (row.staff_id, row.target) == (staff["researcher"], "dataset:messages")


def test_unknown_dataset_is_404(signed_in: Callable[[str], FlaskClient]) -> None:
    assert signed_in("researcher").get("/console/export/staff.csv").status_code == 404


def test_export_from_the_command_line(app: Flask, seeded: int, tmp_path: Path) -> None:
    result = app.test_cli_runner().invoke(args=["export-research", "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in (tmp_path / "x").iterdir())
    assert files == [f"mindlink-{name}.csv" for name in sorted(DATASETS)]
    for path in (tmp_path / "x").iterdir():
        text = path.read_text()
        assert not [secret for secret in SECRETS if secret in text]
    with seed.db(app).session() as session:
        assert len(session.scalars(select(AuditLog).where(AuditLog.action == "export")).all()) == 4
