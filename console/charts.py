"""Line charts as plain numbers for an inline SVG: no JavaScript, nothing fetched at run time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Point:
    """A plotted point: SVG coordinates plus the value and time it stands for."""

    x: float
    y: float
    value: float
    at: datetime


@dataclass(frozen=True)
class Tick:
    """An axis label at an SVG position."""

    pos: float
    label: str
    anchor: str = "middle"  # SVG text-anchor: the end labels stay inside the box


@dataclass(frozen=True)
class Chart:
    """Everything the template needs to draw one chart."""

    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    points: tuple[Point, ...]
    y_ticks: tuple[Tick, ...]
    x_ticks: tuple[Tick, ...]

    @property
    def path(self) -> str:
        """The polyline's ``points`` attribute."""
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def line_chart(
    series: list[tuple[datetime, float]],
    y_min: float,
    y_max: float,
    y_ticks: list[float],
    y_format: str = "{:g}",
    width: int = 640,
    height: int = 220,
) -> Chart:
    """Scale ``series`` (time, value) into a ``width`` x ``height`` box with margins for axes."""
    left, right, top, bottom = 44, width - 12, 12, height - 28
    ordered = sorted(series)
    if ordered:
        start, end = ordered[0][0], ordered[-1][0]
    else:
        start = end = datetime.min
    span = (end - start).total_seconds()

    def x_of(at: datetime) -> float:
        if span <= 0:
            return (left + right) / 2
        return left + (at - start).total_seconds() / span * (right - left)

    def y_of(value: float) -> float:
        clamped = min(max(value, y_min), y_max)
        return bottom - (clamped - y_min) / (y_max - y_min) * (bottom - top)

    points = tuple(Point(x_of(at), y_of(value), value, at) for at, value in ordered)
    x_ticks: tuple[Tick, ...] = ()
    if ordered:
        if span <= 0:
            marks = [(start, "middle")]
        else:
            marks = [(start, "start"), (start + (end - start) / 2, "middle"), (end, "end")]
        x_ticks = tuple(Tick(x_of(m), m.strftime("%d %b"), anchor) for m, anchor in marks)
    return Chart(
        width,
        height,
        left,
        right,
        top,
        bottom,
        points,
        tuple(Tick(y_of(v), y_format.format(v)) for v in y_ticks),
        x_ticks,
    )
