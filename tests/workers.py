"""Real processes and private databases for the backbone tests.

``scratch_postgres`` gives a test its own PostgreSQL database, so tests that migrate or
run workers never reset the shared ``test`` database other test modules use.
``Workers`` starts real ``celery -A make_celery worker`` subprocesses and always stops them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from mindlink.config import ROOT


def scratch_postgres(base_url: str, name: str) -> str:
    """URL of database ``name`` on the server of ``base_url``, dropped and created afresh."""
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return make_url(base_url).set(database=name).render_as_string(hide_password=False)


def wait_for(predicate: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    """Poll ``predicate`` until it is true or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


class Workers:
    """Celery worker subprocesses sharing one environment; logs go to files in ``log_dir``."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
        self.log_dir = log_dir
        self.procs: list[subprocess.Popen[bytes]] = []
        self._logs: list[IO[bytes]] = []

    def start(self, name: str, concurrency: int = 1, pool: str = "prefork") -> None:
        """Start one worker process (``concurrency`` children) named ``name``."""
        log = open(self.log_dir / f"{name}.log", "wb")  # noqa: SIM115 - closed in stop()
        self._logs.append(log)
        cmd = [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "make_celery",
            "worker",
            "--loglevel=INFO",
            f"--hostname={name}@%h",
            f"--concurrency={concurrency}",
            f"--pool={pool}",
            "-Q",
            "mindlink",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ]
        # A process group of its own, so stop() reaches the prefork children too.
        proc = subprocess.Popen(
            cmd,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs.append(proc)

    def ready(self) -> bool:
        """True once every worker logged that it is ready to consume."""
        return all(
            b"ready." in (self.log_dir / f"{p}.log").read_bytes() for p in self.names()
        ) and all(proc.poll() is None for proc in self.procs)

    def names(self) -> list[str]:
        """The names given to start()."""
        return [Path(log.name).stem for log in self._logs]

    def logs(self, name: str | None = None) -> str:
        """What one worker (or every worker) wrote, for assertions and their messages."""
        names = [name] if name else self.names()
        return "\n".join((self.log_dir / f"{n}.log").read_text(errors="replace") for n in names)

    def stop(self) -> None:
        """Terminate each worker's process group; kill what does not exit in time."""
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        for log in self._logs:
            log.close()


@contextmanager
def workers(env: dict[str, str], log_dir: Path) -> Iterator[Workers]:
    """A ``Workers`` that is stopped however the block ends."""
    pool = Workers(env, log_dir)
    try:
        yield pool
    finally:
        pool.stop()
