"""Benchmark: N reminders due in the same minute, through real beat, worker, Redis and PostgreSQL.

    .venv/bin/python bench/reminders_bench.py [--reminders 10000] [--concurrency 4]

What it does:
1. migrates a scratch PostgreSQL database (``mindlink_bench``) and empties a Redis db;
2. starts a local fake of Twilio's Messages API that counts requests per recipient;
3. starts the real ``celery worker`` and ``celery beat`` as subprocesses (app module
   ``bench.reminders_app``: the real app, with the Twilio client pointed at the fake);
4. baseline: N no-op tasks through the same broker and worker;
5. creates N people (spread over five time zones) with a daily reminder that falls due
   at the same UTC minute, waits for that minute, and measures until every one of them
   has reached the fake Twilio API; then waits one more beat tick for late duplicates.

Prints the time to dispatch all, duplicates, misses, the baseline and the ratio.
Not a test: nothing is asserted, the figures go to docs/scheduling.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
ZONES = (
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Auckland",
)
ACCOUNT = "AC" + "b" * 32


class FakeTwilio(ThreadingHTTPServer):
    """Twilio's Messages.json, counting what each recipient was sent and when."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.per_recipient: Counter[str] = Counter()
        self.times: list[float] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def record(self, to: str) -> None:
        with self.lock:
            self.per_recipient[to] += 1
            self.times.append(time.time())


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(length).decode())
        server: FakeTwilio = self.server  # type: ignore[assignment]
        server.record(form.get("To", ["?"])[0])
        body = json.dumps({"sid": "SM" + uuid.uuid4().hex, "status": "queued"}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def prepare_database(url: str) -> None:
    """A new, empty scratch database, migrated to heads."""
    from scratch_db import recreate_postgres

    from mindlink.cli import upgrade

    recreate_postgres(url)
    upgrade(url)


def bench_env(args: argparse.Namespace, fake: FakeTwilio) -> dict[str, str]:
    """Environment for the worker and beat processes (and for this one's app)."""
    from cryptography.fernet import Fernet

    env = dict(os.environ)
    env.update(
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        MINDLINK_NLU_FAKE="1",
        MINDLINK_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        MINDLINK_HASH_KEY="bench-hash-key",
        SECRET_KEY="bench-secret",
        TWILIO_ACCOUNT_SID=ACCOUNT,
        TWILIO_AUTH_TOKEN="bench-token",
        BENCH_TWILIO_BASE_URL=fake.url,
        PYTHONPATH=str(ROOT),
    )
    return env


def start(kind: str, args: argparse.Namespace, env: dict[str, str], logdir: Path) -> Any:
    """Start ``celery worker`` or ``celery beat`` for the bench app; output to a log file."""
    celery = str(Path(sys.executable).with_name("celery"))
    command = [celery, "-A", "bench.reminders_app", kind, "--loglevel=WARNING"]
    if kind == "worker":
        command += ["-Q", "mindlink", f"--concurrency={args.concurrency}", f"--pool={args.pool}"]
        command += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    else:
        command += ["--schedule", str(logdir / "beat-schedule")]
    log = open(logdir / f"{kind}.log", "w")  # noqa: SIM115 - closed with the process
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def wait_for(predicate: Any, timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


def baseline(app: Any, n: int, timeout: float) -> float:
    """Seconds for ``n`` no-op tasks, from the first publish to the last one run."""
    import redis

    counter = redis.Redis.from_url(app.extensions["mindlink"].settings["broker_url"])
    counter.delete("bench:noop")
    task = app.extensions["celery"].tasks["bench.noop"]
    started = time.time()
    with app.app_context():
        for i in range(n):
            task.apply_async(args=[i])
    wait_for(lambda: int(counter.get("bench:noop") or 0) >= n, timeout)
    return time.time() - started


def seed(app: Any, n: int, due: datetime) -> list[str]:
    """``n`` people in five zones, each with a daily reminder at ``due``'s local time."""
    from bot.reminders import create_reminder
    from store.crypto import vault
    from store.models import Conversation

    db = app.extensions["mindlink"].db
    now = datetime.now(UTC)
    numbers = []
    with db.session() as session:
        for i in range(n):
            tz = ZONES[i % len(ZONES)]
            number = f"+1555{i:07d}"
            convo = Conversation(
                channel="sms",
                address_hash=vault().phone_hash(number),
                address=number,
                timezone=tz,
                slots={},
                consent=True,
                onboarded=True,
                quiet_start="00:00",  # "no quiet hours" for this test population
                quiet_end="00:00",
                last_inbound_at=now,
                next_nudge_at=now + timedelta(hours=72),  # steady state: nudges planned
            )
            session.add(convo)
            session.flush()
            create_reminder(
                session,
                convo,
                kind="checkin",
                label="",
                rrule="FREQ=DAILY",
                local_time=due.astimezone(ZoneInfo(tz)).strftime("%H:%M"),
                first=None,
                now=now,
            )
            numbers.append(number)
    return numbers


class FiredWatch:
    """Polls the database for when every reminder had fired (its message stored)."""

    def __init__(self, app: Any, due: datetime, n: int) -> None:
        self.app, self.due, self.n = app, due, n
        self.seconds = float("nan")
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        from sqlalchemy import func, select

        from store.models import Reminder

        while not self._stop.is_set():
            with self.app.extensions["mindlink"].db.session() as session:
                moved = session.scalar(
                    select(func.count())
                    .select_from(Reminder)
                    .where(Reminder.next_fire_at > self.due)
                )
            if int(moved or 0) >= self.n:
                self.seconds = time.time() - self.due.timestamp()
                return
            time.sleep(0.2)

    def stop(self) -> None:
        self._stop.set()


def verify(app: Any, due: datetime) -> dict[str, int]:
    """What the database says: reminder messages stored, and reminders moved to tomorrow."""
    from sqlalchemy import func, select

    from store.models import OutboundMessage, Reminder

    with app.extensions["mindlink"].db.session() as session:
        stored = session.scalar(
            select(func.count())
            .select_from(OutboundMessage)
            .where(OutboundMessage.kind == "reminder")
        )
        moved = session.scalar(
            select(func.count())
            .select_from(Reminder)
            .where(Reminder.next_fire_at == due + timedelta(days=1))
        )
    return {"stored": int(stored or 0), "moved_to_tomorrow": int(moved or 0)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reminders", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pool", default="prefork", choices=["prefork", "threads"])
    parser.add_argument(
        "--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/mindlink_bench"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--timeout", type=float, default=300.0)
    args = parser.parse_args()
    n = args.reminders

    fake = FakeTwilio()
    threading.Thread(target=fake.serve_forever, daemon=True).start()
    env = bench_env(args, fake)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    prepare_database(args.database_url)
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()
    from bench.reminders_app import flask_app as app

    logdir = Path(tempfile.mkdtemp(prefix="reminders-bench-"))
    load_before = f"{os.getloadavg()[0]:.1f}"  # the machine may be shared: say how busy
    worker = start("worker", args, env, logdir)
    time.sleep(3)  # let the worker connect
    base = baseline(app, n, args.timeout)
    base_cpu = stop([worker])
    print(f"baseline: {n} no-op tasks through the same broker and worker: {base:.1f} s")
    print(f"  worker CPU {base_cpu:.1f} s")
    procs = [start("worker", args, env, logdir)]
    try:
        # Due at a minute boundary far enough ahead that beat (first tick after 30 s)
        # has claimed everything within its 60 s look-ahead by then.
        seeding_started = time.time()
        due = (datetime.now(UTC) + timedelta(seconds=150)).replace(second=0, microsecond=0)
        numbers = seed(app, n, due)
        print(
            f"seeded {n} reminders in {time.time() - seeding_started:.1f} s, due {due:%H:%M:%S} UTC"
        )
        if due.timestamp() - time.time() < 40:
            print("warning: seeding was slow; beat may see the reminders late")
        procs.append(start("beat", args, env, logdir))
        wait_for(lambda: time.time() >= due.timestamp(), args.timeout, step=0.2)
        fired = FiredWatch(app, due, n)
        reached = wait_for(lambda: len(fake.per_recipient) >= n, args.timeout, step=0.1)
        fired.stop()
        done_at = max(fake.times) if fake.times else time.time()
        elapsed = done_at - due.timestamp()
        time.sleep(35)  # one more beat tick: would anything go twice?
        sent = dict(fake.per_recipient)
        duplicates = sum(count - 1 for count in sent.values())
        misses = sum(1 for number in numbers if number not in sent)
        first = min(fake.times) - due.timestamp() if fake.times else float("nan")
        db = verify(app, due)
        print(f"reminders: {n} due at the same minute; all reached Twilio: {reached}")
        print(f"  all fired and stored (scheduling layer) {fired.seconds:.1f} s after the minute")
        print(f"  first send {first:+.2f} s after the minute, last {elapsed:.1f} s after")
        print(f"  duplicates: {duplicates}   misses: {misses}")
        print(f"  stored: {db['stored']}, moved to tomorrow: {db['moved_to_tomorrow']}")
        print(f"  ratio to the no-op baseline: {elapsed / base:.1f}x")
        print(
            f"  worker: {args.pool} x {args.concurrency}, cores: {os.cpu_count()}, logs: {logdir}"
        )
        print(f"  load average at the start {load_before}, at the end {os.getloadavg()[0]:.1f}")
    finally:
        cpu = stop(procs)
        print(f"  worker and beat CPU {cpu:.1f} s (the load-independent cost of the run)")
        fake.shutdown()


def stop(procs: list[Any]) -> float:
    """Stop the processes we started; return the CPU seconds they (and their pools) used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


if __name__ == "__main__":
    main()
