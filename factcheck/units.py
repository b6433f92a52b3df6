"""Unit surfaces -> unit ids, dimensions and conversion.

The unit table is data (``factcheck/data/units.yaml``), read once on first use.
A quantity keeps the unit it was stated in (``"mi2"`` for "square miles"); the
judge converts when it compares.  Conversion goes through pint, imported
lazily on the first conversion (pint takes a noticeable time to import) and
memoized per unit pair, so extraction itself never touches pint.

>>> dimension_of("km2"), dimension_of("USD"), dimension_of("rocket")
('area', 'currency', None)
>>> round(convert(1, "mi2", "km2"), 4)
2.59
>>> convert(5, "USD", "USD")
5.0
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck.dataload import safe_load


@dataclass(frozen=True, slots=True)
class UnitInfo:
    id: str
    dimension: str
    pint: str | None


@dataclass(frozen=True, slots=True)
class UnitTable:
    units: dict[str, UnitInfo]
    #: surface written after a number -> (unit id, factor to apply to the value)
    suffixes: dict[str, tuple[str, float]]
    #: surface written before a number ("$", "us$") -> unit id
    prefixes: dict[str, str]
    #: dimension -> the unit claims of that dimension are stated in
    canonical: dict[str, str]


def _split_factor(surface: str) -> tuple[str, float]:
    """``"cents:0.01"`` -> ``("cents", 0.01)``; plain surfaces have factor 1."""
    if ":" in surface and surface.rsplit(":", 1)[1].replace(".", "", 1).isdigit():
        word, factor = surface.rsplit(":", 1)
        return word, float(factor)
    return surface, 1.0


@lru_cache(maxsize=1)
def table() -> UnitTable:
    """The unit table, loaded once."""
    raw = safe_load(resources.files("factcheck.data").joinpath("units.yaml").read_text("utf-8"))
    units: dict[str, UnitInfo] = {}
    suffixes: dict[str, tuple[str, float]] = {}
    prefixes: dict[str, str] = {}
    for uid, spec in raw["units"].items():
        units[uid] = UnitInfo(uid, spec["dimension"], spec.get("pint"))
        for s in spec.get("surfaces", ()):
            word, factor = _split_factor(str(s))
            suffixes.setdefault(word, (uid, factor))
        for s in spec.get("prefix", ()):
            prefixes.setdefault(str(s), uid)
    return UnitTable(units, suffixes, prefixes, dict(raw.get("canonical") or {}))


def dimension_of(unit: str | None) -> str | None:
    """The dimension of a unit id; ``None`` for counted nouns and unknown ids."""
    if unit is None:
        return None
    info = table().units.get(unit)
    return info.dimension if info else None


def canonical_unit(unit: str | None) -> str | None:
    """The unit claims of ``unit``'s dimension are stated in (itself for
    durations, currencies, counts and unknown units).

    >>> canonical_unit("mi2"), canonical_unit("month"), canonical_unit("USD")
    ('km2', 'month', 'USD')
    """
    if unit is None:
        return None
    return table().canonical.get(dimension_of(unit) or "", unit)


@lru_cache(maxsize=1)
def _registry():
    import pint  # deferred: only conversions need it

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def factor(from_unit: str, to_unit: str) -> tuple[float, float]:
    """``(scale, offset)`` with ``to = from * scale + offset``; ValueError when incompatible."""
    if from_unit == to_unit:
        return 1.0, 0.0
    units = table().units
    a, b = units.get(from_unit), units.get(to_unit)
    if a is None or b is None or a.dimension != b.dimension or not a.pint or not b.pint:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
    ureg = _registry()
    try:
        zero = _qty(ureg, 0.0, a.pint).to(_qty(ureg, 1.0, b.pint).units).magnitude
        one = _qty(ureg, 1.0, a.pint).to(_qty(ureg, 1.0, b.pint).units).magnitude
        one /= _qty(ureg, 1.0, b.pint).magnitude
        zero /= _qty(ureg, 1.0, b.pint).magnitude
    except Exception as exc:  # pint raises its own error types
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from None
    return float(one - zero), float(zero)


def _qty(ureg, value: float, expr: str):
    """A pint quantity; expressions with a scale ("1e9 * m**3") are parsed."""
    try:
        return ureg.Quantity(value, expr)
    except Exception:
        return value * ureg.parse_expression(expr)


def convert(value: float, from_unit: str, to_unit: str) -> float:
    """Convert between unit ids (see ``units.yaml``); ValueError when incompatible."""
    scale, offset = factor(from_unit, to_unit)
    return float(value) * scale + offset
