"""Celery tasks: thin wrappers that take ids, call into bot/ and store/, and retry."""
