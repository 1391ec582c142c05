import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "text",
    "intent",
    "intent_confidence",
    "emotion",
    "emotion_confidence",
    "ekman",
    "crisis",
    "crisis_score",
    "entities",
}


def test_parse_cli_one_object_per_line() -> None:
    lines = ["hello", "", "i want to kill myself", "remind me tomorrow at 9", "😭", "   "]
    proc = subprocess.run(
        [sys.executable, "-m", "nlu", "parse", "--tz", "Europe/London"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(lines)
    assert all(set(obj) >= KEYS for obj in out)
    assert [obj["text"] for obj in out] == lines
    assert out[2]["crisis"] is True and out[0]["crisis"] is False
    assert any(e["type"] == "when" for e in out[3]["entities"])


def test_parse_cli_reads_bytes_that_are_not_utf8() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "nlu", "parse"],
        input=b"hello\n\xff\xfe bad bytes\nbye\n",
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [obj["text"] for obj in out] == ["hello", "\ufffd\ufffd bad bytes", "bye"]
    assert out[2]["intent"] == "goodbye"
    assert b"parse error" not in proc.stderr


def test_parse_cli_flushes_each_line() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "nlu", "parse"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write("thanks\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())
        assert first["text"] == "thanks"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


def _parse_lines(lines: list[str], *flags: str) -> list[dict[str, object]]:
    proc = subprocess.run(
        [sys.executable, "-m", "nlu", "parse", *flags],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_parse_cli_reports_the_crisis_the_bot_acts_on() -> None:
    lines = ["my throat is on fire", "i want to kill myself", "what time is it in tokyo"]
    out = _parse_lines(lines)
    assert out[0]["crisis_model"] is True  # the model hears flames; the words, a sore throat
    assert out[0]["crisis"] is False
    assert out[1]["crisis"] is True and out[1]["crisis_model"] is True
    assert out[2]["crisis"] is False
    alone = _parse_lines(lines, "--model-only")
    assert [o["crisis"] for o in alone] == [o["crisis_model"] for o in out]
    assert all("crisis_model" not in o for o in alone)
