"""Worker and beat entry point for the reminders benchmark.

The real app (``create_app()`` reading config.yml and the environment, as
``make_celery.py`` does), with one difference: the Twilio REST client is pointed at
the benchmark's local fake API (``BENCH_TWILIO_BASE_URL``), so every send still goes
through ``TwilioChannel`` and the twilio library over HTTP. It also registers a no-op
task that the benchmark uses as its baseline.
"""

from __future__ import annotations

import os

import redis

from mindlink import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]

_base_url = os.environ.get("BENCH_TWILIO_BASE_URL")
_channel = flask_app.extensions["mindlink"].channel
if _base_url and hasattr(_channel, "_client"):
    _channel._client.api.base_url = _base_url  # benchmark only: the local fake Twilio API

_counter = redis.Redis.from_url(flask_app.extensions["mindlink"].settings["broker_url"])


@celery_app.task(name="bench.noop", ignore_result=True)
def noop_task(n: int) -> None:
    """Baseline work: count that the task ran, nothing else."""
    _counter.incr("bench:noop")
