"""Pure helpers: masking and normalising numbers, chart scaling, cursors, password rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console.charts import line_chart
from console.listing import Cursor, Filters
from console.passwords import hash_password, password_ok, verify_password
from console.phones import mask, normalise
from console.roles import ROLE_PERMISSIONS, can

T0 = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+447700900123", "+44 •••• ••0123"),
        ("+14155550123", "+1 •••• ••0123"),
        ("+35312345678", "+353 •••• ••5678"),
        ("+12345", "+1 ••••"),
    ],
)
def test_mask_keeps_country_code_and_last_four(number: str, masked: str) -> None:
    assert mask(number) == masked


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("+44 7700 900123", "+447700900123"),
        ("0044 (7700) 900-123", "+447700900123"),
        ("whatsapp:+14155550123", "+14155550123"),
        ("07700 900123", None),
        ("hello", None),
        ("+0123456789", None),
    ],
)
def test_normalise(typed: str, number: str | None) -> None:
    assert normalise(typed) == number


def test_chart_scales_time_and_value_into_the_plot_box() -> None:
    chart = line_chart([(T0 + timedelta(days=2), 10.0), (T0, 1.0)], 1, 10, [1, 10])
    first, last = chart.points
    assert (first.x, first.y) == (chart.left, chart.bottom)
    assert (last.x, last.y) == (chart.right, chart.top)
    assert [t.label for t in chart.x_ticks] == ["01 Mar", "02 Mar", "03 Mar"]
    assert chart.path.count(",") == 2


@pytest.mark.parametrize(
    ("series", "points"), [([], 0), ([(T0, 5.0)], 1), ([(T0, 50.0), (T0, 150.0)], 2)]
)
def test_chart_copes_with_empty_single_and_out_of_range(
    series: list[tuple[datetime, float]], points: int
) -> None:
    chart = line_chart(series, 1, 10, [1, 10])
    assert len(chart.points) == points
    assert all(chart.top <= p.y <= chart.bottom for p in chart.points)


@pytest.mark.parametrize("text", [None, "", "garbage", "2026-13-01T00:00:00_1", "x_y"])
def test_bad_cursors_start_from_the_top(text: str | None) -> None:
    assert Cursor.decode(text) is None


def test_cursor_round_trip() -> None:
    cursor = Cursor(T0, 42)
    assert Cursor.decode(cursor.encode()) == cursor


def test_filters_round_trip() -> None:
    filters = Filters(flagged=True, channel="whatsapp")
    assert Filters.from_args(filters.args()) == filters


def test_passwords() -> None:
    hashed = hash_password("a very long password")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "a very long password")
    assert not verify_password(hashed, "a very long passworD")
    assert not verify_password(None, "a very long password")
    assert not verify_password("not a hash", "x")
    assert not password_ok("short") and password_ok("twelve chars")


@pytest.mark.parametrize(
    ("role", "permission", "allowed"),
    [
        ("support", "transcripts", True),
        ("support", "trends", False),
        ("clinician", "trends", True),
        ("admin", "transcripts", False),
        ("admin", "audit", True),
        ("researcher", "transcripts", False),
        ("researcher", "export", True),
        ("nobody", "export", False),
    ],
)
def test_permissions(role: str, permission: str, allowed: bool) -> None:
    assert can(role, permission) is allowed


def test_only_researchers_export_and_nobody_else_sees_conversations_and_exports() -> None:
    assert [r for r, p in ROLE_PERMISSIONS.items() if "export" in p] == ["researcher"]
    assert not any("export" in p and "transcripts" in p for p in ROLE_PERMISSIONS.values())
