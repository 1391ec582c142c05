"""Worker and beat entry point: ``celery -A make_celery worker``."""

import sys
from pathlib import Path

# Celery only puts the working directory on sys.path while it imports this module;
# packages imported later (the NLU model in a worker) must still be found.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mindlink import create_app

flask_app = create_app()
celery_app = flask_app.extensions["celery"]
