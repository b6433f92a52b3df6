"""Quantities in text (first version: digit figures, percentages, a few units and hedges)."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str | None
    dimension: str | None
    hedge: str | None
    direction: str | None = None
    compared_with: str | None = None
    alternates: tuple = ()
    surface_unit: str | None = None


_HEDGES = {"more than": "more_than", "over": "more_than", "at least": "at_least", "less than": "less_than",
           "nearly": "nearly", "almost": "nearly", "about": "about", "around": "about"}
_UNITS = {"%": ("percent", "ratio"), "percent": ("percent", "ratio"), "square kilometers": ("km2", "area"),
          "months": ("month", "duration"), "people": ("person", "count")}
_RE = re.compile(r"(?:(more than|over|at least|less than|nearly|almost|about|around)\s+)?"
                 r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent|square kilometers|months|people)?")


def find_quantities(text: str) -> list[Quantity]:
    out = []
    for m in _RE.finditer(text):
        value = float(m.group(2).replace(",", ""))
        if m.group(3) is None and 1900 <= value <= 2100:
            continue
        hedge = _HEDGES.get(m.group(1)) if m.group(1) else None
        low = high = value
        if hedge in ("more_than", "at_least"):
            high = None
        elif hedge in ("less_than", "nearly"):
            low = None
        unit, dim = _UNITS.get(m.group(3), (None, None)) if m.group(3) else (None, None)
        out.append(Quantity(m.start(), m.end(), value, low, high, hedge != "more_than", hedge not in
                            ("less_than", "nearly"), unit, dim, hedge))
    return out
