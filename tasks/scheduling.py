"""Proactive work driven by Celery beat."""
