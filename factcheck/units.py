"""Unit surfaces -> unit ids, dimensions and conversion.

The unit table is data (``factcheck/data/units.yaml``), read once on first use.
A quantity keeps the unit it was stated in (``"mi2"`` for "square miles"); the
judge converts when it compares.  Conversion factors come from pint, the source
of truth: every pair of units of one dimension was converted once by pint and
stored in ``factcheck/data/unit_factors.json`` (with a digest of
``units.yaml``; ``python -m factcheck.units`` writes it again, a test checks it
against pint), because building pint's registry takes most of a second. When
the stored table does not match ``units.yaml`` (or lacks a pair), pint is
imported lazily and asked, memoized per unit pair.

>>> dimension_of("km2"), dimension_of("USD"), dimension_of("rocket")
('area', 'currency', None)
>>> round(convert(1, "mi2", "km2"), 4)
2.59
>>> convert(5, "USD", "USD")
5.0
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
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
    #: a currency name several countries use -> (unit id, place words) of each
    shared: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = field(default_factory=dict)


def _split_factor(surface: str) -> tuple[str, float]:
    """``"cents:0.01"`` -> ``("cents", 0.01)``; plain surfaces have factor 1."""
    if ":" in surface and surface.rsplit(":", 1)[1].replace(".", "", 1).isdigit():
        word, factor = surface.rsplit(":", 1)
        return word, float(factor)
    return surface, 1.0


FACTORS_FILE = "unit_factors.json"


def _units_text() -> str:
    return resources.files("factcheck.data").joinpath("units.yaml").read_text("utf-8")


def units_digest(text: str) -> str:
    """Digest of ``units.yaml`` the stored factors were computed from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=1)
def table() -> UnitTable:
    """The unit table, loaded once."""
    raw = safe_load(_units_text())
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
    shared = {}
    for plural, countries in (raw.get("shared_names") or {}).items():
        shared[plural] = shared[plural[:-1]] = tuple((uid, tuple(words)) for uid, words in countries.items())
    return UnitTable(units, suffixes, prefixes, dict(raw.get("canonical") or {}), shared)


@lru_cache(maxsize=64)
def _place_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")(?!\w)", re.IGNORECASE)


def shared_currency(surface: str, text: str) -> str | None:
    """The currency a bare name several countries use ("pesos") stands for in
    ``text``: that of the one country of ``units.yaml``'s ``shared_names`` the
    text names; None when it names none or several, or the name is not shared.

    >>> shared_currency("pesos", "SANTIAGO - Chile's output fell.")
    'CLP'
    >>> shared_currency("pesos", "Mexico and Chile signed a deal.") is None
    True
    """
    places = table().shared.get(surface.lower())
    if not places:
        return None
    named = [uid for uid, words in places if _place_pattern(words).search(text)]
    return named[0] if len(named) == 1 else None


def dollar_currencies() -> frozenset[str]:
    """The currencies written with a dollar sign after their letters ("A$", "C$",
    "NZ$"): a bare "$" may be any of them in an article of their country."""
    return frozenset(uid for p, uid in table().prefixes.items() if p.endswith("$") and len(p) > 1)


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


@lru_cache(maxsize=1)
def stored_factors() -> dict[str, list[float] | None]:
    """``"from>to" -> [scale, offset]`` (None: pint cannot convert them) as
    stored, or {} when the file is missing or was made from another units.yaml."""
    try:
        raw = json.loads(resources.files("factcheck.data").joinpath(FACTORS_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict) or raw.get("units_yaml") != units_digest(_units_text()):
        return {}
    return raw.get("factors") or {}


@lru_cache(maxsize=4096)
def factor(from_unit: str, to_unit: str) -> tuple[float, float]:
    """``(scale, offset)`` with ``to = from * scale + offset``; ValueError when incompatible."""
    if from_unit == to_unit:
        return 1.0, 0.0
    units = table().units
    a, b = units.get(from_unit), units.get(to_unit)
    if a is None or b is None or a.dimension != b.dimension or not a.pint or not b.pint:
        raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
    key = f"{from_unit}>{to_unit}"
    stored = stored_factors()
    if key in stored:
        if stored[key] is None:
            raise ValueError(f"cannot convert {from_unit!r} to {to_unit!r}")
        scale, offset = stored[key]
        return float(scale), float(offset)
    return pint_factor(from_unit, to_unit)


def pint_factor(from_unit: str, to_unit: str) -> tuple[float, float]:
    """:func:`factor` as pint computes it (the source of the stored table)."""
    units = table().units
    a, b = units[from_unit], units[to_unit]
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


def compute_factors() -> dict:
    """The stored table: pint's factor of every ordered pair of distinct
    units of one dimension (None when pint cannot convert them)."""
    by_dim: dict[str, list[str]] = {}
    for uid, info in table().units.items():
        if info.pint:
            by_dim.setdefault(info.dimension, []).append(uid)
    factors: dict[str, list[float] | None] = {}
    for dim in sorted(by_dim):
        for a in by_dim[dim]:
            for b in by_dim[dim]:
                if a != b:
                    try:
                        factors[f"{a}>{b}"] = list(pint_factor(a, b))
                    except ValueError:
                        factors[f"{a}>{b}"] = None
    return {"units_yaml": units_digest(_units_text()), "factors": factors}


def write_factors(path=None) -> None:
    """Write ``factcheck/data/unit_factors.json`` from pint (after editing units.yaml)."""
    from pathlib import Path

    target = Path(path) if path else Path(__file__).resolve().parent / "data" / FACTORS_FILE
    made = compute_factors()
    lines = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(made["factors"].items())]
    text = ('{\n "units_yaml": ' + json.dumps(made["units_yaml"]) + ',\n "factors": {\n' + ",\n".join(lines)
            + "\n }\n}\n")
    target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_factors()
