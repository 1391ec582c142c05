"""Web entry point: ``gunicorn wsgi:app``."""

from mindlink import create_app

app = create_app()
