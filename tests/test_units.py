"""Unit conversion: the stored factor table is pint's, and using it keeps pint
(and its registry) off the ``check`` path."""
from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from factcheck import units


def test_stored_factors_are_pints_for_the_current_units_yaml():
    stored = json.loads(resources.files("factcheck.data").joinpath(units.FACTORS_FILE).read_text("utf-8"))
    assert stored == units.compute_factors(), "run: python -m factcheck.units"


def test_factor_from_the_table_equals_pint_for_every_pair():
    for key, value in units.stored_factors().items():
        a, b = key.split(">")
        if value is None:
            with pytest.raises(ValueError):
                units.pint_factor(a, b)
        else:
            assert units.factor(a, b) == units.pint_factor(a, b)


def test_incompatible_units_still_raise():
    with pytest.raises(ValueError):
        units.convert(1, "km2", "USD")
    with pytest.raises(ValueError):
        units.convert(1, "km2", "no-such-unit")


def test_a_stale_table_is_not_used(monkeypatch):
    units.stored_factors.cache_clear()
    units.factor.cache_clear()
    monkeypatch.setattr(units, "units_digest", lambda text: "other")
    try:
        assert units.stored_factors() == {}
        assert round(units.convert(1, "mi2", "km2"), 4) == 2.59  # from pint
    finally:
        units.stored_factors.cache_clear()
        units.factor.cache_clear()


def test_conversion_does_not_import_pint():
    code = ("import sys; from factcheck.units import convert; "
            "print(round(convert(1, 'mi2', 'km2'), 4), round(convert(212, 'degF', 'degC'), 6), 'pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["2.59", "100.0", "False"]
