"""Benchmark: the real Twilio webhook against a bare Flask endpoint that returns the same TwiML.

    .venv/bin/python bench/webhook_bench.py [--db sqlite|postgres] [--seconds 10]
        [--rate 100] [--rate-seconds 20] [--workers 2] [--threads 4] [--connections 8]

What it does:
1. migrates a scratch database (a SQLite file, or the PostgreSQL database
   ``mindlink_bench_webhook``) and empties Redis db 13, the broker;
2. starts two gunicorn servers on loopback with the same worker and thread settings
   (gthread workers, as in the Procfile): the real app (``wsgi:app``, production
   settings, Twilio credentials set so the dev blueprints are off) and a bare Flask app
   (``bare_app()`` below) whose one route answers the same empty TwiML;
3. drives each, one after the other, with signed, valid requests, every one with a new
   MessageSid (500 senders, so most hit an existing conversation): (a) as fast as
   ``--connections`` keep-alive connections in two client processes allow, for
   ``--seconds``; (b) open loop at a fixed ``--rate`` requests/s for ``--rate-seconds``,
   latency counted from each request's scheduled send time (no coordinated omission);
4. checks every real request was stored (one inbound row per 200).

The warm-up sends one message from each of the 500 senders first, so the measured requests
are from people the bot already knows; a first message also creates the conversation (the
full ORM path in ``bot/intake.py``) and costs more.

Prints requests/s and p50/p99 latency for each, and the real/bare throughput ratio.
Load generator and servers share the machine's cores; both servers are measured under
the same conditions. Not a test: nothing is asserted; figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import multiprocessing
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
AUTH_TOKEN = "bench-auth-token-0123456789abcdef"
ACCOUNT = "AC" + "b" * 32
SENDERS = 500
PG_DATABASE = "mindlink_bench_webhook"


def bare_app() -> Any:
    """The baseline: Flask answering the same TwiML, no validation, no storage, no broker."""
    from flask import Flask, Response

    app = Flask("bare")

    @app.post("/twilio/sms")
    def sms() -> Response:
        return Response(TWIML, mimetype="text/xml")

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"

    return app


@dataclass
class Result:
    """What one load run measured."""

    name: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)

    @property
    def rps(self) -> float:
        """Successful requests per second."""
        return self.requests / self.seconds if self.seconds else 0.0

    def pct(self, q: float) -> float:
        """Latency percentile in milliseconds."""
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]

    def add(self, other: Result) -> None:
        """Fold another round into this one."""
        self.requests += other.requests
        self.errors += other.errors
        self.seconds += other.seconds
        self.latencies.extend(other.latencies)

    def line(self) -> str:
        """One printable line."""
        return (
            f"{self.name:<28} {self.rps:8.1f} req/s   p50 {self.pct(50):7.2f} ms   "
            f"p99 {self.pct(99):7.2f} ms   ok {self.requests:6d}   errors {self.errors}"
        )


# --- requests ------------------------------------------------------------------------------


def signed_requests(port: int, prefix: str, count: int) -> list[tuple[bytes, dict[str, str]]]:
    """``count`` signed SMS webhooks with unique MessageSids, ready to send."""
    from twilio.request_validator import RequestValidator

    validator = RequestValidator(AUTH_TOKEN)
    url = f"http://127.0.0.1:{port}/twilio/sms"
    built = []
    for i in range(count):
        form = {
            "MessageSid": f"SM{prefix}{i:024d}",
            "AccountSid": ACCOUNT,
            "From": f"+4474{i % SENDERS:08d}",
            "To": "+15005550006",
            "Body": f"benchmark message {i}",
            "NumMedia": "0",
        }
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": validator.compute_signature(url, form),
        }
        built.append((urlencode(form).encode(), headers))
    return built


def _post(conn: http.client.HTTPConnection, body: bytes, headers: dict[str, str]) -> bool:
    """One request on a keep-alive connection; True for 200 with the empty TwiML.

    A broken connection counts as a failure and is closed; the next request reopens it.
    """
    try:
        conn.request("POST", "/twilio/sms", body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
    except (OSError, http.client.HTTPException):
        conn.close()
        return False
    return response.status == 200 and data.endswith(b"<Response/>")


# --- closed loop: as fast as the connections go ---------------------------------------------


def _max_client(port: int, prefix: str, connections: int, seconds: float, out: Any) -> None:
    """One client process: ``connections`` threads, each sending back to back."""
    todo = signed_requests(port, prefix, int(3000 * seconds) + 1000)
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    errors = [0]
    start = threading.Barrier(connections + 1)
    deadline = [0.0]

    def run() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        bad = 0
        start.wait()
        while (now := time.perf_counter()) < deadline[0]:
            i = next(counter)
            if i >= len(todo):
                break
            ok = _post(conn, *todo[i])
            if ok:
                mine.append(time.perf_counter() - now)
            else:
                bad += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=run) for _ in range(connections)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + seconds
    start.wait()
    for thread in threads:
        thread.join()
    out.put((len(latencies), errors[0], time.perf_counter() - began, latencies))


def max_throughput(name: str, port: int, tag: str, connections: int, seconds: float) -> Result:
    """Two client processes, ``connections`` keep-alive connections in all."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [
        ctx.Process(
            target=_max_client, args=(port, f"{tag}{p}", max(1, connections // 2), seconds, out)
        )
        for p in range(2)
    ]
    for proc in procs:
        proc.start()
    parts = [out.get() for _ in procs]
    for proc in procs:
        proc.join()
    result = Result(name)
    for count, errors, elapsed, latencies in parts:
        result.requests += count
        result.errors += errors
        result.seconds = max(result.seconds, elapsed)
        result.latencies.extend(latencies)
    return result


# --- open loop: a fixed rate ----------------------------------------------------------------


def fixed_rate(name: str, port: int, tag: str, rate: float, seconds: float) -> Result:
    """Send request i at start + i/rate; latency runs from that scheduled moment."""
    total = int(rate * seconds)
    todo = signed_requests(port, tag, total)
    counter = itertools.count()
    lock = threading.Lock()
    result = Result(name)
    began = time.perf_counter() + 0.2

    def run() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while (i := next(counter)) < total:
            due = began + i / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            ok = _post(conn, *todo[i])
            latency = time.perf_counter() - due
            with lock:
                if ok:
                    result.requests += 1
                    result.latencies.append(latency)
                else:
                    result.errors += 1
        conn.close()

    threads = [threading.Thread(target=run) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - began
    return result


# --- servers --------------------------------------------------------------------------------


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def gunicorn(app: str, port: int, env: dict[str, str], chdir: Path, args: Any) -> Any:
    """Start gunicorn with the Procfile's worker model on loopback."""
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(args.workers),
        "--threads",
        str(args.threads),
        "--worker-class",
        "gthread",
        "--keep-alive",
        "5",
        "--chdir",
        str(chdir),
        "--log-level",
        "warning",
        app,
    ]
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"{app} did not start on port {port}")


def prepare(args: Any, scratch: Path) -> tuple[str, str]:
    """Migrate a fresh database and empty the broker; return their URLs."""
    import redis
    from scratch_db import recreate_postgres
    from sqlalchemy.engine import make_url

    from mindlink.cli import upgrade

    if args.db == "sqlite":
        url = f"sqlite:///{scratch / 'bench.db'}"
    else:
        url = make_url(args.postgres).set(database=PG_DATABASE).render_as_string(False)
        recreate_postgres(url)
    upgrade(url)
    redis.Redis.from_url(args.redis).flushdb()
    return url, args.redis


def stored(url: str) -> int:
    """Inbound rows in the database."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.connect() as conn:
        count = int(conn.execute(text("SELECT count(*) FROM inbound_messages")).scalar() or 0)
    engine.dispose()
    return count


def main() -> None:
    """Run both servers through both loads and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="postgres")
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--rate-seconds", type=float, default=20.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3, help="alternating real/bare rounds")
    args = parser.parse_args()
    per_max, per_rate = args.seconds / args.rounds, args.rate_seconds / args.rounds
    sys.path.insert(0, str(ROOT))

    from cryptography.fernet import Fernet

    scratch = Path(tempfile.mkdtemp(prefix="webhook-bench-"))
    url, broker = prepare(args, scratch)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MINDLINK_ENV": "production",
        "DATABASE_URL": url,
        "REDIS_URL": broker,
        "SECRET_KEY": "bench-secret",
        "MINDLINK_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "MINDLINK_HASH_KEY": "bench-hash-key",
        "TWILIO_ACCOUNT_SID": ACCOUNT,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "MINDLINK_NLU_FAKE": "1",
    }
    real_port, bare_port = free_port(), free_port()
    servers = [
        gunicorn("wsgi:app", real_port, env, ROOT, args),
        gunicorn("webhook_bench:bare_app()", bare_port, env, ROOT / "bench", args),
    ]
    try:
        print(
            f"db={args.db} broker=redis gunicorn gthread workers={args.workers} "
            f"threads={args.threads} connections={args.connections} cores={os.cpu_count()} "
            f"load average before: {os.getloadavg()[0]:.1f}"
        )
        # Warm both up (pools, imports) and give every sender a conversation: the figures
        # are for people who have written before, as nearly all traffic is.
        for port in (real_port, bare_port):
            fixed_rate("warm-up", port, f"w{port}", 250, SENDERS / 250)
        # Alternate short rounds so background load on a shared machine hits both alike.
        real_max, bare_max = Result("real  max throughput"), Result("bare  max throughput")
        real_fixed = Result(f"real  {args.rate:.0f} req/s")
        bare_fixed = Result(f"bare  {args.rate:.0f} req/s")
        for r in range(args.rounds):
            for total, port in ((real_max, real_port), (bare_max, bare_port)):
                part = max_throughput(total.name, port, f"m{r}p{port}", args.connections, per_max)
                total.add(part)
            for total, port in ((real_fixed, real_port), (bare_fixed, bare_port)):
                total.add(fixed_rate(total.name, port, f"f{r}p{port}", args.rate, per_rate))
        for result in (real_max, bare_max, real_fixed, bare_fixed):
            print(result.line())
        ratio = real_max.rps / bare_max.rps if bare_max.rps else float("nan")
        print(f"throughput ratio real/bare: {ratio:.2f}")
        ok = real_max.requests + real_fixed.requests
        rows = stored(url)
        print(f"real requests answered 200: {ok} (+ warm-up); inbound rows stored: {rows}")
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        import redis

        redis.Redis.from_url(broker).flushdb()


if __name__ == "__main__":
    main()
