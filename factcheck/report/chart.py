"""Geometry of the interval chart drawn for a numeric cluster in report.html.

Each outlet's claim is a bar on one shared axis, from the low to the high end
of the interval the judge compared (``details["intervals"]``). A side the words
leave open ("more than 6,000") fades out and ends in an arrow; a single figure
is a dot. Only numbers are computed here; the template draws (and escapes).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

WIDTH = 700
LABEL_W = 230
RIGHT_PAD = 24
ROW_H = 26
TOP = 10
AXIS_H = 28
_INTERVAL = re.compile(r"^\s*([\[(])\s*([^,\s]+)\s*,\s*([^\]\)\s]+)\s*([\])])\s*$")


@dataclass(frozen=True)
class Bar:
    label: str
    figure: str
    title: str
    y: float
    x1: float
    x2: float
    point: bool
    open_low: bool
    open_high: bool


@dataclass(frozen=True)
class Chart:
    id: str
    width: int
    height: int
    plot_x1: float
    plot_x2: float
    axis_y: float
    ticks: tuple[tuple[float, str], ...]
    bars: tuple[Bar, ...]


def parse_interval(text: str) -> tuple[float, float] | None:
    """``"(10, 15]"`` -> ``(10.0, 15.0)``; infinite ends stay infinite.

    >>> parse_interval("(10, 15]"), parse_interval("[-inf, 3)"), parse_interval("n/a")
    ((10.0, 15.0), (-inf, 3.0), None)
    """
    m = _INTERVAL.match(str(text))
    if not m:
        return None
    try:
        return float(m.group(2)), float(m.group(3))
    except ValueError:
        return None


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi].

    >>> nice_ticks(0, 100)
    [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    """
    span = hi - lo
    raw = span / max(count, 1)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    ticks, t = [], first
    while t <= hi + step * 1e-9:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _extent(spans: list[tuple[float, float]]) -> tuple[float, float]:
    finite = [v for s in spans for v in s if math.isfinite(v)]
    lo, hi = min(finite), max(finite)
    if hi == lo:
        pad = max(abs(hi) * 0.1, 1.0)
        return lo - pad, hi + pad
    pad = (hi - lo) * 0.12
    return lo - pad, hi + pad


def chart(finding, members) -> Chart | None:
    """The chart of a finding that compared numeric intervals, else None."""
    intervals = (finding.details or {}).get("intervals") or {}
    rows = [(c, parse_interval(intervals[c.id])) for c in members if c.id in intervals]
    rows = [(c, s) for c, s in rows if s is not None]
    if not rows:
        return None
    lo, hi = _extent([s for _, s in rows])
    x1, x2 = float(LABEL_W), float(WIDTH - RIGHT_PAD)

    def x(v: float) -> float:
        v = min(max(v, lo), hi)
        return round(x1 + (v - lo) / (hi - lo) * (x2 - x1), 2)

    bars = []
    for n, (c, (a, b)) in enumerate(rows):
        open_low = (c.low is None and c.high is not None) or not math.isfinite(a)
        open_high = (c.high is None and c.low is not None) or not math.isfinite(b)
        who = c.outlet or c.article
        bars.append(Bar(who, " ".join(c.text.split()), f"{who}: “{c.text}” allows {intervals[c.id]}",
                        TOP + n * ROW_H + ROW_H / 2, x(a), x(b), a == b, open_low, open_high))
    axis_y = TOP + len(rows) * ROW_H + 4
    ticks = tuple((x(t), f"{t:g}") for t in nice_ticks(lo, hi) if lo <= t <= hi)
    return Chart(finding.id, WIDTH, int(axis_y + AXIS_H), x1, x2, axis_y, ticks, tuple(bars))
