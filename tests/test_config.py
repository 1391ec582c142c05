"""Settings: config.yml, environment overrides, development secrets."""

from __future__ import annotations

from pathlib import Path


def test_processes_starting_together_share_one_set_of_dev_secrets(tmp_path: Path) -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(4) as pool:
        keys = set(pool.map(_dev_key, [str(tmp_path)] * 12))
    assert len(keys) == 1


def _dev_key(instance_dir: str) -> str:
    from mindlink.config import load_settings

    settings = load_settings({"instance_dir": instance_dir}, environ={})
    return str(settings["encryption_keys"])


def test_environment_overrides_config(tmp_path: Path) -> None:
    from mindlink.config import load_settings

    settings = load_settings(
        {"instance_dir": str(tmp_path)},
        environ={"PORT": "8123", "TRUST_FORWARDED_HEADERS": "yes", "REDIS_URL": "redis://r:6379/0"},
    )
    assert settings["port"] == 8123
    assert settings["proxy"]["trust_forwarded_headers"] is True
    assert settings["broker_url"] == "redis://r:6379/0"
    assert settings["dev_mode"] is True


def test_production_refuses_to_start_without_secrets(tmp_path: Path) -> None:
    import pytest

    from mindlink.config import load_settings

    with pytest.raises(RuntimeError, match="MINDLINK_ENCRYPTION_KEYS"):
        load_settings({"instance_dir": str(tmp_path)}, environ={"MINDLINK_ENV": "production"})
