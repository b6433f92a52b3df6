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


@pytest.mark.parametrize("surface, text, unit", [
    ("pesos", "SANTIAGO (Reuters) - Chile's copper output fell.", "CLP"),
    ("peso", "The Argentine government devalued it.", "ARS"),
    ("rupees", "Pakistan's central bank raised rates.", "PKR"),
    ("pesos", "Mexico and Chile signed a trade deal.", None),  # two countries: the default stays
    ("pesos", "The company paid its workers.", None),  # none named
    ("dollars", "Chile's output fell.", None),  # not a shared name
    ("pesos", "Chileans and mexicanos", "CLP"),  # whole words only: "mexicanos" is not "mexican"
    ("dinars", "TUNIS - The court fined the bank.", "TND"),
    ("kroner", "Norway's wealth fund grew.", "NOK"),
])
def test_a_shared_currency_name_takes_the_country_the_article_names(surface, text, unit):
    assert units.shared_currency(surface, text) == unit


def test_pesos_in_a_story_from_chile_are_chilean_pesos(tmp_path):
    from factcheck.extract import extract_article
    from factcheck.ingest import load_article
    from factcheck.rules import load_rules

    path = tmp_path / "a.md"
    path.write_text("---\noutlet: Reuters\npublished: 2025-03-14\n---\n\nSANTIAGO - BHP offered a bonus of "
                    "20 million pesos per worker, the union in Chile said.\n", encoding="utf-8")
    claims = extract_article(load_article(path, "a.md")[0], load_rules())
    assert [(c.value, c.unit) for c in claims if c.kind.value == "quantity"] == [(20_000_000, "CLP")]


@pytest.mark.parametrize("sentence, value, unit", [
    ("Households must use no more than 120 gallons of water per person per day.", 120 * 0.003785411784,
     "m3/person/day"),
    ("Households must use no more than 120 litres per person per day.", 0.12, "m3/person/day"),
    ("Farms harvested 1,400 kilos a hectare.", 1.4, "t/ha"),
    ("The striker earns 165,000 pounds a week.", 165_000, "lb/week"),  # pounds a week may be a wage: left as written
    ("Patients took 40 milligrams of velorastat a day.", 40e-9, "t"),  # a dose, as "a 40-milligram dose" is
])
def test_a_volume_or_mass_per_something_is_in_its_dimensions_unit(tmp_path, sentence, value, unit):
    from factcheck.extract import extract_article
    from factcheck.ingest import load_article
    from factcheck.rules import load_rules

    path = tmp_path / "a.md"
    path.write_text(f"---\noutlet: Wire\npublished: 2026-08-12\n---\n\n{sentence}\n", encoding="utf-8")
    claims = [c for c in extract_article(load_article(path, "a.md")[0], load_rules()) if c.kind.value == "quantity"]
    assert claims[0].unit == unit and claims[0].value == pytest.approx(value)


@pytest.mark.parametrize("text, unit", [
    ("The court fined the bank 412 million dinars on Tuesday.", "dinar"),  # no country named: money all the same
    ("The court in Tunis fined the bank 412 million dinars on Tuesday.", "TND"),
    ("Kenya's regulator fined the lender 40 million shillings.", "KES"),
])
def test_a_shared_currency_name_of_no_country_named_is_money_in_that_name(tmp_path, text, unit):
    from factcheck.extract import extract_article
    from factcheck.ingest import load_article
    from factcheck.rules import load_rules

    path = tmp_path / "a.md"
    path.write_text(f"---\noutlet: Wire\npublished: 2026-03-10\n---\n\n{text}\n", encoding="utf-8")
    claims = extract_article(load_article(path, "a.md")[0], load_rules())
    assert [(c.unit, c.dimension) for c in claims if c.kind.value == "quantity"] == [(unit, "currency")]
