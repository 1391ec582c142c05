"""Tell staff a conversation needs a person: the console queue, plus an optional webhook."""

from __future__ import annotations

import logging

import requests
from celery import shared_task

from mindlink import metrics
from mindlink.services import services
from store.models import Flag

log = logging.getLogger("mindlink.alerts")


def enqueue_alert(flag_id: int) -> None:
    """Queue the alert; if the broker is down the flag is still in the console queue."""
    try:
        alert_staff_task.apply_async(args=[flag_id], retry=False)
    except Exception:
        log.warning("enqueue_failed", extra={"flag_id": flag_id})


@shared_task(bind=True, name="mindlink.alert_staff", max_retries=8, acks_late=True)
def alert_staff_task(self, flag_id: int) -> bool:  # type: ignore[no-untyped-def]
    """POST ids (never content) to the staff alert webhook; retried with back-off."""
    svc = services()
    with svc.db.session() as session:
        flag = session.get(Flag, flag_id)
        if flag is None or flag.alerted:
            return False
        payload: dict[str, str | int | None] = {
            "flag_id": flag.id,
            "conversation_id": flag.conversation_id,
            "reason": flag.reason,
            "crisis_kind": flag.crisis_kind,
            "flagged_at": flag.created_at.isoformat(),
        }
    metrics.CRISIS_FLAGS.labels(payload["reason"]).inc()
    url = svc.settings.get("staff_alert_webhook") or ""
    if url:
        try:
            response = requests.post(url, json=payload, timeout=10)
            response.raise_for_status()
        except requests.RequestException as exc:
            log.warning("alert_failed", extra={"flag_id": flag_id})
            raise self.retry(exc=exc, countdown=min(600, 5 * 2**self.request.retries)) from exc
    with svc.db.session() as session:
        row = session.get(Flag, flag_id)
        if row is not None:
            row.alerted = True
    log.info("staff_alerted", extra={"flag_id": flag_id})
    return True
