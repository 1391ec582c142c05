"""Liveness, readiness (database and broker, each named when down) and Prometheus metrics."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kombu.utils.functional
import pytest
import redis.retry
from flask import Flask
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families

from mindlink import create_app
from mindlink.config import ROOT
from nlu.fake import FakeClassifier
from tests.botdriver import TestBot, twilio_form
from tests.conftest import base_config
from tests.fakes import FakeClock, RecordingChannel

REFUSED_BROKER = "redis://127.0.0.1:1/0"  # nothing listens on port 1: connection refused
REFUSED_DATABASE = "postgresql+psycopg://postgres@127.0.0.1:1/nothing"


def samples(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample on /metrics, keyed by name and sorted labels."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    found = {}
    for family in text_string_to_metric_families(response.get_data(as_text=True)):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_healthz_answers_without_touching_anything(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_is_200_when_database_and_broker_answer(client: FlaskClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {
        "status": "ready",
        "checks": {"database": "ok", "broker": "ok", "model": "ok"},
    }


def test_readyz_names_the_broker_when_it_is_down(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = base_config(tmp_path)
    config["broker_url"] = REFUSED_BROKER
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    # Retry back-off is recorded instead of slept: the probe must not wait on a dead broker.
    slept: list[float] = []
    monkeypatch.setattr(kombu.utils.functional, "sleep", slept.append)
    monkeypatch.setattr(redis.retry, "sleep", slept.append)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {
        "database": "ok",
        "broker": "unreachable",
        "model": "ok",
    }
    assert slept == [], f"the probe retried a refused broker, sleeping {sum(slept):.1f}s"


def test_readyz_names_the_database_when_it_is_down(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock
) -> None:
    app = create_app(
        base_config(tmp_path, REFUSED_DATABASE),
        channel=channel,
        classifier=FakeClassifier,
        clock=clock,
    )
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {
        "database": "unreachable",
        "broker": "ok",
        "model": "ok",
    }
    assert response.get_json()["status"] == "not ready"


def test_readyz_names_both_when_both_are_down(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock
) -> None:
    config = base_config(tmp_path, REFUSED_DATABASE)
    config["broker_url"] = REFUSED_BROKER
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"] == {
        "database": "unreachable",
        "broker": "unreachable",
        "model": "ok",
    }


def test_metrics_expose_the_mindlink_counters(client: FlaskClient) -> None:
    # Labelled series appear once used (next test); the plain counters are always there.
    names = {name for name, _ in samples(client)}
    for expected in (
        "mindlink_inbound_handled_total",
        "mindlink_outbound_sent_total",
        "mindlink_enqueue_failed_total",
    ):
        assert expected in names, expected


def test_a_webhook_moves_the_counters(testbot: TestBot, client: FlaskClient, app: Flask) -> None:
    stored = ("mindlink_webhook_requests_total", (("endpoint", "sms"), ("outcome", "stored")))
    duplicate = ("mindlink_webhook_requests_total", (("endpoint", "sms"), ("outcome", "duplicate")))
    latency = ("mindlink_webhook_seconds_count", (("endpoint", "sms"),))
    handled = ("mindlink_inbound_handled_total", ())
    sent = ("mindlink_outbound_sent_total", ())
    before = samples(client)

    form = twilio_form("hello", "+447400123456")
    assert testbot.post(form).status_code == 200
    assert testbot.post(form).status_code == 200  # Twilio's retry of the same message

    after = samples(client)
    assert after[stored] - before.get(stored, 0) == 1
    assert after[duplicate] - before.get(duplicate, 0) == 1
    assert after[latency] - before.get(latency, 0) == 2
    assert after[handled] - before.get(handled, 0) == 1
    assert after[sent] - before.get(sent, 0) >= 1


WORKER_COUNTS = """
from mindlink import metrics
metrics.INBOUND_HANDLED.inc(3)
metrics.OUTBOUND_SENT.inc(5)
"""
WEB_SCRAPES = """
import sys
from tests.conftest import base_config
from pathlib import Path
from mindlink import create_app
from nlu.fake import FakeClassifier
app = create_app(base_config(Path(sys.argv[1])), classifier=FakeClassifier)
sys.stdout.write(app.test_client().get("/metrics").get_data(as_text=True))
"""


def test_metrics_add_up_across_processes_sharing_a_directory(tmp_path: Path) -> None:
    """A Celery worker's counts show on the web process's /metrics (one host, shared dir)."""
    shared = tmp_path / "prometheus"
    shared.mkdir()
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(shared), "PYTHONPATH": str(ROOT)}
    for _ in range(2):  # two worker processes
        subprocess.run([sys.executable, "-c", WORKER_COUNTS], env=env, check=True, cwd=ROOT)
    scrape = subprocess.run(
        [sys.executable, "-c", WEB_SCRAPES, str(tmp_path)],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout
    values = {
        sample.name: sample.value
        for family in text_string_to_metric_families(scrape)
        for sample in family.samples
    }
    assert values["mindlink_inbound_handled_total"] == 6
    assert values["mindlink_outbound_sent_total"] == 10


def test_readyz_reports_a_missing_model_without_loading_it(config: dict, tmp_path) -> None:
    config["nlu"] = {"model_dir": str(tmp_path / "nowhere"), "fake": False}
    app = create_app(config, classifier=lambda: pytest.fail("the web process loaded the model"))
    app.extensions["mindlink"].db.create_all()
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.get_json()["checks"]["model"] == "missing"
