"""Prometheus metrics: counts and latencies, never message content."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

WEBHOOK_REQUESTS = Counter(
    "mindlink_webhook_requests_total", "Twilio webhook requests", ["endpoint", "outcome"]
)
WEBHOOK_LATENCY = Histogram(
    "mindlink_webhook_seconds",
    "Webhook handling time",
    ["endpoint"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0),
)
INBOUND_HANDLED = Counter("mindlink_inbound_handled_total", "Inbound messages answered")
OUTBOUND_SENT = Counter("mindlink_outbound_sent_total", "Outbound messages accepted by provider")
ENQUEUE_FAILED = Counter("mindlink_enqueue_failed_total", "Broker publish failures")
STATUS_CALLBACKS = Counter(
    "mindlink_status_callbacks_total", "Delivery status callbacks", ["status"]
)
CRISIS_FLAGS = Counter("mindlink_crisis_flags_total", "Conversations flagged for staff", ["reason"])
