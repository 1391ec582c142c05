"""Worker and beat entry point: ``celery -A make_celery worker``."""

from mindlink import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]
