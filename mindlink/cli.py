"""Flask CLI commands: database migrations."""

from __future__ import annotations

import click
from alembic import command
from alembic.config import Config
from flask import Flask

from mindlink.config import ROOT
from mindlink.services import services


def alembic_config(url: str) -> Config:
    """Alembic configured for ``url`` with our migration scripts."""
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "store" / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade(url: str) -> None:
    """Apply every migration."""
    command.upgrade(alembic_config(url), "heads")


def init_app(app: Flask) -> None:
    """Register the commands."""

    @app.cli.command("migrate")
    def migrate() -> None:
        """Apply database migrations."""
        upgrade(services().db.url)
        click.echo("database is up to date")
