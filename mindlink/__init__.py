"""MindLink: the Flask application factory."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from flask import Flask

from mindlink.config import ROOT, load_settings

if TYPE_CHECKING:
    from nlu import Classifier
    from tasks.channel import Channel


def create_app(
    config: dict[str, Any] | None = None,
    *,
    channel: Channel | None = None,
    classifier: Callable[[], Classifier] | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Flask:
    """Build the app: settings, database, channel, Celery, blueprints."""
    from mindlink import celery_app, cli, logs
    from mindlink.services import Services, utcnow
    from store import Database
    from store.crypto import Vault, set_vault

    settings = load_settings(config)
    logs.configure(settings.get("log_level", "INFO"))
    app = Flask(
        __name__, template_folder=str(ROOT / "templates"), instance_path=settings["instance_dir"]
    )
    app.config.update(
        SECRET_KEY=settings["secret_key"],
        MAX_CONTENT_LENGTH=int(settings["limits"]["max_request_bytes"]),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings["env"] == "production",
        MINDLINK=settings,
    )
    set_vault(Vault(settings["encryption_keys"], settings["hash_key"]))
    app.extensions["mindlink"] = Services(
        settings=settings,
        db=Database(settings["database_url"]),
        channel=channel or _default_channel(settings),
        classifier_factory=classifier or _load_model(settings),
        clock=clock or utcnow,
    )
    celery_app.celery_init_app(app, settings)
    _register_blueprints(app, settings)
    cli.init_app(app)
    return app


def _register_blueprints(app: Flask, settings: dict[str, Any]) -> None:
    """Webhooks, health, the console, and (in development only) the dev phone."""
    from mindlink import health
    from webhooks import bp as twilio_bp

    app.register_blueprint(health.bp)
    app.register_blueprint(twilio_bp)
    try:
        from console import init_app as init_console
    except ImportError:  # the console package is optional in slim deployments
        pass
    else:
        init_console(app)
    if settings["dev_mode"]:
        from webhooks import dev

        app.register_blueprint(dev.bp)


def _default_channel(settings: dict[str, Any]) -> Channel:
    """Twilio when credentials are set, else the local outbox."""
    from tasks.channel import OutboxChannel, TwilioChannel

    if settings["dev_mode"]:
        return OutboxChannel()
    twilio = settings["twilio"]
    return TwilioChannel(
        twilio["account_sid"], twilio["auth_token"], twilio.get("messaging_service_sid", "")
    )


def _load_model(settings: dict[str, Any]) -> Callable[[], Classifier]:
    """A factory so only the processes that classify (workers) load the model."""

    def factory() -> Classifier:
        if settings["nlu"].get("fake"):  # keyword rules: benchmarks and process tests
            from nlu.fake import FakeClassifier

            return FakeClassifier()
        import nlu

        try:
            return nlu.load(settings["nlu"]["model_dir"] or None)
        except Exception:
            # Never silent: answer with keyword rules (the safety phrases still apply)
            # rather than leave people waiting on a model that cannot load.
            logging.getLogger("mindlink").exception("nlu_model_unavailable")
            from nlu.fake import FakeClassifier

            return FakeClassifier()

    return factory
