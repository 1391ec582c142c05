"""Liveness, readiness and Prometheus metrics."""

from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)

from mindlink.config import ROOT
from mindlink.services import services

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """The process is up."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Database and broker reachable, model files present (workers load them, not us)."""
    checks: dict[str, str] = {}
    try:
        services().db.ping()
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unreachable"
    try:
        celery = current_app.extensions["celery"]
        with celery.connection_for_write() as conn:
            # One attempt, no back-off sleep: a probe must answer within its own timeout.
            conn.ensure_connection(max_retries=0, timeout=2)
        checks["broker"] = "ok"
    except Exception:
        checks["broker"] = "unreachable"
    checks["model"] = "ok" if _model_present() else "missing"
    ready = all(v == "ok" for v in checks.values())
    return jsonify(status="ready" if ready else "not ready", checks=checks), 200 if ready else 503


def _model_present() -> bool:
    """The NLU artefact a worker will load exists (checked on disk, never loaded here)."""
    configured = services().settings["nlu"].get("model_dir") or ""
    if services().settings["nlu"].get("fake"):
        return True
    folder = Path(configured) if configured else ROOT / "nlu" / "model"
    return (folder / "meta.json").exists()


@bp.get("/metrics")
def metrics() -> Response:
    """Prometheus exposition, summed over every process that shares the metrics directory."""
    return Response(generate_latest(_registry()), mimetype=CONTENT_TYPE_LATEST)


def _registry() -> CollectorRegistry:
    """This process's registry, or all processes' when PROMETHEUS_MULTIPROC_DIR is set.

    Under gunicorn each worker counts on its own and Celery workers count in other processes:
    without the shared directory a scrape sees one web worker's numbers and no handled or
    sent messages at all.
    """
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return REGISTRY
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return registry
