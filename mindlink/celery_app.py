"""Celery bound to the Flask app: every task runs inside an app context."""

from __future__ import annotations

from typing import Any

from celery import Celery, Task
from flask import Flask

BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "sweep": {"task": "mindlink.sweep", "schedule": 30.0},
    # Reads due reminders, nudges and jobs from the database and fans out (tasks/scheduling.py).
    "proactive-tick": {"task": "mindlink.tick", "schedule": 30.0},
    "retention": {"task": "mindlink.retention", "schedule": 3600.0},
}


def celery_config(settings: dict[str, Any]) -> dict[str, Any]:
    """Celery settings derived from ours."""
    broker = settings["broker_url"]
    config: dict[str, Any] = {
        "broker_url": broker,
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "worker_prefetch_multiplier": 1,
        "task_default_queue": "mindlink",
        "broker_connection_retry_on_startup": True,
        "broker_connection_timeout": 3,
        "beat_schedule": {**BEAT_SCHEDULE, **settings.get("beat_schedule", {})},
        "timezone": "UTC",
        "task_always_eager": bool(settings.get("celery_eager", False)),
        "task_eager_propagates": True,
        "imports": ("tasks.messaging", "tasks.scheduling", "tasks.retention", "tasks.alerts"),
        # Publishing gives up on the first refused connection instead of retrying for
        # seconds: the webhook must answer at once, and the sweeper re-queues what was stored.
        # (Workers reconnect their consumer under broker_connection_* settings, not this.)
        "broker_transport_options": {"max_retries": 0},
    }
    if broker.startswith("redis"):
        # Longer than any countdown we use, so a delayed task is not redelivered early.
        config["broker_transport_options"]["visibility_timeout"] = 3600
    return config


def celery_init_app(app: Flask, settings: dict[str, Any]) -> Celery:
    """Create the Celery app for ``app`` and make it the default."""

    class FlaskTask(Task):
        def __call__(self, *args: object, **kwargs: object) -> object:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery = Celery(app.name, task_cls=FlaskTask)
    celery.config_from_object(celery_config(settings))
    celery.set_default()
    app.extensions["celery"] = celery
    return celery
