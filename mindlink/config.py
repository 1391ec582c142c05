"""Load config.yml, apply environment overrides, and fill development secrets."""

from __future__ import annotations

import fcntl
import json
import os
import secrets
from pathlib import Path
from typing import Any

import yaml
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parent.parent

# Environment variable -> dotted path in the settings tree.
ENV_OVERRIDES: dict[str, str] = {
    "MINDLINK_ENV": "env",
    "PORT": "port",
    "DATABASE_URL": "database_url",
    "BROKER_URL": "broker_url",
    "REDIS_URL": "broker_url",
    "TWILIO_ACCOUNT_SID": "twilio.account_sid",
    "TWILIO_AUTH_TOKEN": "twilio.auth_token",
    "TWILIO_SMS_FROM": "twilio.sms_from",
    "TWILIO_WHATSAPP_FROM": "twilio.whatsapp_from",
    "TWILIO_MESSAGING_SERVICE_SID": "twilio.messaging_service_sid",
    "TRUST_FORWARDED_HEADERS": "proxy.trust_forwarded_headers",
    "PUBLIC_BASE_URL": "proxy.public_base_url",
    "STAFF_ALERT_WEBHOOK": "staff_alert_webhook",
    "MINDLINK_NLU_MODEL_DIR": "nlu.model_dir",
    "MINDLINK_NLU_FAKE": "nlu.fake",
    "SECRET_KEY": "secret_key",
    "MINDLINK_ENCRYPTION_KEYS": "encryption_keys",
    "MINDLINK_HASH_KEY": "hash_key",
}

SECRET_NAMES = ("secret_key", "encryption_keys", "hash_key")


def _set_path(tree: dict[str, Any], dotted: str, value: Any) -> None:
    """Set ``tree[a][b]`` for ``dotted == "a.b"``, converting to the existing value's type."""
    *parents, leaf = dotted.split(".")
    node = tree
    for key in parents:
        node = node.setdefault(key, {})
    current = node.get(leaf)
    if isinstance(current, bool):
        value = str(value).lower() in ("1", "true", "yes", "on")
    elif isinstance(current, int):
        value = int(value)
    node[leaf] = value


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Return ``base`` updated recursively with ``extra``."""
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load_settings(
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
    path: Path | None = None,
) -> dict[str, Any]:
    """Read config.yml, then the environment, then explicit overrides (tests)."""
    environ = dict(os.environ) if environ is None else environ
    with open(path or ROOT / "config.yml", encoding="utf-8") as fh:
        settings: dict[str, Any] = yaml.safe_load(fh)
    for name, dotted in ENV_OVERRIDES.items():
        if environ.get(name):
            _set_path(settings, dotted, environ[name])
    if overrides:
        settings = _deep_merge(settings, overrides)
    settings["instance_dir"] = str(settings.get("instance_dir") or ROOT / "instance")
    settings["database_url"] = _anchor_sqlite(settings["database_url"])
    settings["broker_url"] = _anchor_sqlite(settings["broker_url"])
    settings["dev_mode"] = not (
        settings["twilio"]["account_sid"] and settings["twilio"]["auth_token"]
    )
    if settings["dev_mode"]:
        settings["twilio"]["auth_token"] = settings["twilio"]["auth_token"] or "dev-auth-token"
        settings["twilio"]["account_sid"] = settings["twilio"]["account_sid"] or "ACdev"
    _fill_secrets(settings)
    return settings


def _anchor_sqlite(url: str) -> str:
    """Make relative SQLite paths relative to the project root, and create their folder."""
    for prefix in ("sqla+sqlite:///", "sqlite:///"):
        if url.startswith(prefix) and not url.startswith(prefix + "/"):
            target = ROOT / url[len(prefix) :]
            target.parent.mkdir(parents=True, exist_ok=True)
            return prefix + str(target)
    return url


def _fill_secrets(settings: dict[str, Any]) -> None:
    """Require secrets in production; in development generate them once and keep them."""
    missing = [name for name in SECRET_NAMES if not settings.get(name)]
    if not missing:
        return
    if settings["env"] == "production":
        names = ", ".join(sorted(k for k, v in ENV_OVERRIDES.items() if v in missing))
        raise RuntimeError(f"missing secrets in production: set {names}")
    store = Path(settings["instance_dir"]) / "dev-secrets.json"
    store.parent.mkdir(parents=True, exist_ok=True)
    # Web, worker and beat start at once: read, fill in and write the file under one lock,
    # so every process ends up with the same keys.
    with open(store.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        saved: dict[str, str] = json.loads(store.read_text()) if store.exists() else {}
        generated = {
            "secret_key": secrets.token_urlsafe(32),
            "encryption_keys": Fernet.generate_key().decode(),
            "hash_key": secrets.token_urlsafe(32),
        }
        new = {name: generated[name] for name in missing if name not in saved}
        if new:
            saved = {**new, **saved}
            tmp = store.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(saved))
            tmp.chmod(0o600)
            os.replace(tmp, store)  # readers see the old file or the new one, never half
    for name in missing:
        settings[name] = saved[name]
