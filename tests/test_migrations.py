"""Alembic: ``upgrade heads`` builds exactly the models' schema; ``downgrade base`` undoes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from mindlink import create_app
from mindlink.cli import alembic_config
from nlu.fake import FakeClassifier
from store.models import Base
from tests import services as real
from tests.conftest import base_config
from tests.workers import scratch_postgres


@pytest.fixture(params=["sqlite", "postgres"])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database with no tables: a fresh SQLite file, or a private PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrated.db'}"
        return
    yield scratch_postgres(real.postgres_url(), "mindlink_test_migrations")


def schema_diff(url: str) -> list[Any]:
    """Alembic's autogenerate comparison of the live schema with the models (types too)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def tables(url: str) -> set[str]:
    """Table names in the database."""
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_every_revision_is_reachable_from_the_heads() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = {rev.revision for rev in script.walk_revisions()}
    reachable = {
        rev.revision for head in script.get_heads() for rev in script.iterate_revisions(head, None)
    }
    assert reachable == revisions
    assert script.get_bases() == ["0001"]


def test_upgrade_heads_matches_the_models(empty_url: str) -> None:
    command.upgrade(alembic_config(empty_url), "heads")
    diff = schema_diff(empty_url)
    assert diff == [], "migrations and store.models disagree:\n" + "\n".join(map(repr, diff))
    assert tables(empty_url) == set(Base.metadata.tables) | {"alembic_version"}


def test_downgrade_to_base_and_back(empty_url: str) -> None:
    cfg = alembic_config(empty_url)
    command.upgrade(cfg, "heads")
    command.downgrade(cfg, "base")
    assert tables(empty_url) <= {"alembic_version"}
    command.upgrade(cfg, "heads")
    assert schema_diff(empty_url) == []


def test_flask_migrate_command_upgrades_every_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    app = create_app(base_config(tmp_path, url), classifier=FakeClassifier)
    result = app.test_cli_runner().invoke(args=["migrate"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output
    assert schema_diff(url) == []
    app.extensions["mindlink"].db.engine.dispose()
