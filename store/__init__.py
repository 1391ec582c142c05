"""The data layer: one engine and session factory per process, created at start-up."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from store.models import Base


class Database:
    """Owns the engine; hands out sessions that commit on success and roll back on error."""

    def __init__(self, url: str, **engine_args: Any) -> None:
        self.url = url
        if url.startswith("sqlite"):
            engine_args.setdefault("connect_args", {"timeout": 30, "check_same_thread": False})
        else:
            engine_args.setdefault("pool_pre_ping", True)
        self.engine: Engine = create_engine(url, **engine_args)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "savepoint", _sqlite_begin_before_savepoint)
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        """True when the database is SQLite (dev and some tests)."""
        return self.url.startswith("sqlite")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commit if the block succeeds, roll back if it raises."""
        session = self.Session()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def one_write(self) -> Iterator[Connection]:
        """A connection for one short write, committed when the block succeeds.

        On PostgreSQL it runs in autocommit: the caller sends a single statement, which is
        atomic by itself, and saves the BEGIN and COMMIT round trips. On SQLite it is an
        ordinary transaction, so several statements still commit together.
        """
        if self.is_sqlite:
            with self.engine.begin() as conn:
                yield conn
        else:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                yield conn

    def create_all(self) -> None:
        """Create every table (tests); production uses Alembic migrations."""
        Base.metadata.create_all(self.engine)

    def ping(self) -> None:
        """Raise if the database cannot answer a trivial query."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))


WAL_TRIES = 50  # 5 s: processes starting together each try to switch a new file to WAL


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets the web process read while a worker writes; foreign keys make cascades work."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: the pragmas below may have to wait
    # WAL is kept in the file, so a new connection only reads it; switching takes a lock that
    # another process's open transaction can hold ("database is locked" at connect time)
    for _ in range(WAL_TRIES):
        if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            break
        try:  # the switch does not wait out busy_timeout: two processes starting at once
            cursor.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            time.sleep(0.1)  # the other one is switching it: look again
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin_before_savepoint(conn: Any, _name: str) -> None:
    """Open the transaction a SAVEPOINT belongs to, so releasing it does not commit.

    pysqlite only emits BEGIN before INSERT/UPDATE/DELETE. A SAVEPOINT issued first (a
    session's ``begin_nested()`` right after a commit or a SELECT) would start SQLite's own
    transaction, and its RELEASE would commit everything at once: the outer session could no
    longer roll back, and other connections saw rows before the session committed. IMMEDIATE
    takes the write lock up front (waiting up to busy_timeout), as the savepoint is there to
    guard a write, so the transaction cannot fail later upgrading a stale read snapshot.
    """
    if not conn.connection.dbapi_connection.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
