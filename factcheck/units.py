"""Unit conversion through pint (first version)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _registry():
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=None)
def _factor(from_unit: str, to_unit: str) -> float:
    ureg = _registry()
    return ureg.Quantity(1.0, from_unit).to(to_unit).magnitude


def convert(value: float, from_unit: str, to_unit: str) -> float:
    if from_unit == to_unit:
        return value
    try:
        return value * _factor(from_unit, to_unit)
    except Exception as exc:  # pint raises several kinds
        raise ValueError(f"cannot convert {from_unit} to {to_unit}: {exc}") from None
