"""Accuracy against peer test suites: ``python -m factcheck.eval peers``.

Suites
------
* Microsoft Recognizers-Text English specs (MIT), copied under
  ``tests/data/peer/recognizers-text/``: NumberModel, NumberRangeModel,
  PercentModel, DimensionModel, CurrencyModel.
* quantulum3's own ``quantities.json`` (MIT), read from the installed package
  or from a downloaded wheel at run time; skipped with a message if neither
  works.

Entry point scored
------------------
``find_quantities(text, standalone=True)``: the same parsing code as the news
extractor, with the sentence-level filters that drop years, labels and bare
small number words switched off (peer specs give bare expressions such as
"one" or "1995").

Scoring rule (the same for us and for quantulum3)
-------------------------------------------------
A case passes when every expected result is matched, one to one, by a
distinct result of the system, and, when no result is expected, the system
returns nothing of the kind scored.  A result matches when:

* values are equal within a relative 1e-6 (a percent result also matches the
  same ratio: 40 % == 0.4, since "2 in 5" may be read either way);
  for NumberModel, the low or high end of a range also counts as a number;
* units are equal after mapping the suite's unit names to our unit ids
  (``RECOGNIZERS_UNITS``, ``QUANTULUM_UNITS``; "Cent" becomes 0.01 USD);
  a name with no mapping is kept as it is, so it can only match itself;
  a figure in a different but convertible unit matches when it converts to
  the expected one within 1e-4 (a restatement we keep as an ``alternate``,
  converted to the main unit, is scored this way);
* for DimensionModel, CurrencyModel and quantulum3's suite, an expected
  figure also matches one end of a range found in the same unit ("8 to 10
  feet" holds "10 feet");
* for NumberRangeModel, both ends and their inclusivity match.  Recognizers
  writes two-sided ranges like "between 20 and 30" as ``[20,30)``; when the
  lower end is inclusive, either inclusivity of the upper end is accepted.

Extra results beyond the expected ones are not penalized, except in cases
that expect none.  Only results of the scored kind count: ranges (a hedge or
a range) for NumberRangeModel, percent for PercentModel, physical units for
DimensionModel (not temperatures or durations, which Recognizers scores in
other models), currencies for CurrencyModel, anything for the rest.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from factcheck.numbers import find_quantities
from factcheck.units import convert, dimension_of

PEER_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "peer" / "recognizers-text"
RECOGNIZERS_FILES = ("NumberModel", "NumberRangeModel", "PercentModel", "DimensionModel", "CurrencyModel")

#: suite unit name -> (our unit id, factor to our unit)
RECOGNIZERS_UNITS = {
    "Dollar": ("USD", 1), "United States dollar": ("USD", 1), "Cent": ("USD", 0.01), "Euro": ("EUR", 1),
    "Pound": ("GBP", 1), "British pound": ("GBP", 1), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01),
    "Chinese yuan": ("CNY", 1), "Japanese yen": ("JPY", 1), "Canadian dollar": ("CAD", 1),
    "Australian dollar": ("AUD", 1), "New Zealand dollar": ("NZD", 1), "Hong Kong dollar": ("HKD", 1),
    "Swiss franc": ("CHF", 1), "Franc": ("FRF", 1), "Turkish lira": ("TRY", 1), "Mexican peso": ("MXN", 1),
    "Rupee": ("INR", 1), "Bitcoin": ("BTC", 1), "Satoshi": ("BTC", 1e-8), "Finnish markka": ("FIM", 1),
    "Peseta": ("ESP", 1), "Netherlands guilder": ("NLG", 1), "Costa Rican colón": ("CRC", 1),
    "Georgian lari": ("GEL", 1), "Lao kip": ("LAK", 1),
    "Foot": ("ft", 1), "Meter": ("m", 1), "Mile": ("mi", 1), "Inch": ("in", 1), "Kilometer": ("km", 1),
    "Millimeter": ("mm", 1), "Decimeter": ("dm", 1), "Picometer": ("pm", 1), "Pound_mass": ("lb", 1),
    "Ton": ("t", 1), "Metric ton": ("t", 1), "Kilogram": ("kg", 1), "Microgram": ("ug", 1), "Gram": ("g", 1),
    "Ounce": ("oz", 1), "Dram": ("dr", 1), "Gallon": ("gal", 1), "Square meter": ("m2", 1),
    "Square kilometer": ("km2", 1), "Acre": ("acre", 1), "Milliliter": ("ml", 1), "Barrel": ("bbl", 1),
    "Cubic foot": ("ft3", 1), "Tablespoon": ("tbsp", 1), "Teaspoon": ("tsp", 1), "Cup": ("cup", 1),
    "Kilometer per hour": ("km/h", 1), "Mile per hour": ("mph", 1), "Degree": ("deg", 1), "Turn": ("turn", 1),
    "Radian": ("rad", 1), "Bit": ("bit", 1), "Megabit": ("Mbit", 1), "Megabyte": ("MB", 1),
}
QUANTULUM_UNITS = {
    "percentage": ("percent", 1), "dollar": ("USD", 1), "euro": ("EUR", 1), "pound sterling": ("GBP", 1),
    "cent": ("USD", 0.01), "penny": ("GBP", 0.01), "dime": ("USD", 0.1), "yen": ("JPY", 1),
    "metre": ("m", 1), "kilometre": ("km", 1), "centimetre": ("cm", 1), "millimetre": ("mm", 1),
    "nanometre": ("nm", 1), "picometre": ("pm", 1), "mile": ("mi", 1), "inch": ("in", 1), "foot": ("ft", 1),
    "yard": ("yd", 1), "square kilometre": ("km2", 1), "square metre": ("m2", 1), "square mile": ("mi2", 1),
    "cubic kilometre": ("km3", 1), "cubic metre": ("m3", 1), "litre": ("l", 1), "millilitre": ("ml", 1),
    "gallon": ("gal", 1), "cup": ("cup", 1), "tablespoon": ("tbsp", 1), "kilogram": ("kg", 1),
    "gram": ("g", 1), "milligram": ("mg", 1), "tonne": ("t", 1), "pound-mass": ("lb", 1),
    "year": ("year", 1), "month": ("month", 1), "week": ("week", 1), "day": ("day", 1), "hour": ("hour", 1),
    "minute": ("minute", 1), "second": ("second", 1), "degree Celsius": ("degC", 1),
    "degree fahrenheit": ("degF", 1), "kilometre per hour": ("km/h", 1), "mile per hour": ("mph", 1),
    "megawatt hour": ("MWh", 1), "kilowatt hour": ("kWh", 1), "watt hour": ("Wh", 1), "megabyte": ("MB", 1),
    "bit": ("bit", 1), "byte": ("byte", 1), "electronvolt": ("eV", 1), "teraelectronvolt": ("TeV", 1),
    "exabyte": ("EB", 1), "gigahertz": ("GHz", 1), "centilitre": ("cl", 1), "cubic centimetre": ("ml", 1), "megawatt": ("MW", 1), "kilowatt": ("kW", 1),
}
#: dimensions Recognizers' DimensionModel covers; temperatures (its TemperatureModel) and durations
#: (its DateTime models) are results of another kind, so they neither count for nor against it
_PHYSICAL = {"area", "length", "mass", "volume", "energy", "power", "speed", "angle", "information"}


@dataclass(frozen=True)
class Found:
    value: float | None
    unit: str | None
    low: float | None = None
    high: float | None = None
    low_inc: bool = True
    high_inc: bool = True
    kind: str = "number"  # number | range | percent | dimension | currency


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _ours(text: str) -> list[Found]:
    out = []
    for q in find_quantities(text, standalone=True):
        unit, dim = q.unit, q.dimension or dimension_of(q.unit)
        if dim == "rate":  # the suites have no rates: "$98 a share" is scored as its $98
            unit = unit.split("/")[0]
            dim = dimension_of(unit)
        kind = ("currency" if dim == "currency" else "percent" if unit == "percent"
                else "dimension" if dim in _PHYSICAL else dim if dim in ("temperature", "duration") else "number")
        out.append(Found(q.value, unit, q.low, q.high, q.low_inclusive, q.high_inclusive, kind))
        for lo, hi, unit in q.alternates:  # the restatement is a result too
            v = lo if lo is not None else hi
            out.append(Found(v, unit, lo, hi, True, True, kind))
        if q.hedge in ("range", "more_than", "at_least", "less_than", "at_most", "exactly", "nearly"):
            out.append(Found(q.value, unit, q.low, q.high, q.low_inclusive, q.high_inclusive, "range"))
    return out


def _quantulum(text: str) -> list[Found]:
    from quantulum3 import parser

    out = []
    try:
        parsed = parser.parse(text)
    except Exception:  # quantulum3 raises on some inputs; count as no result
        return out
    for q in parsed:
        unit, fac = QUANTULUM_UNITS.get(q.unit.name, (q.unit.name, 1))
        v = q.value * fac
        if q.unit.name == "dimensionless":
            unit = None
        dim = dimension_of(unit) if unit else None
        kind = ("currency" if dim == "currency" else "percent" if unit == "percent"
                else "dimension" if dim in _PHYSICAL else dim if dim in ("temperature", "duration") else "number")
        out.append(Found(v, unit, v, v, True, True, kind))
        out.append(Found(v, unit, v, v, True, True, "range"))
    return out


def _parse_interval(s: str) -> Found | None:
    m = re.fullmatch(r"([\[(])\s*([-\d.e]*)\s*,\s*([-\d.e]*)\s*([\])])", s.strip())
    if not m:
        return None
    lo = float(m.group(2)) if m.group(2) else None
    hi = float(m.group(3)) if m.group(3) else None
    return Found(None, None, lo, hi, m.group(1) == "[", m.group(4) == "]", "range")


#: in DimensionModel, "Pound" and "Gallon" are the mass and volume units
DIMENSION_OVERRIDES = {"Pound": ("lb", 1), "Gallon": ("gal", 1)}


def _expected_recognizers(model: str, res: dict) -> Found | None:
    r = res.get("Resolution") or {}
    val = r.get("value")
    if model == "NumberRangeModel":
        return _parse_interval(str(val))
    if val in (None, "null"):
        if model == "PercentModel":  # "a small percent": a share with no value
            return Found(None, "percent", kind="percent")
        return Found(None, "?", kind="never")
    if model == "PercentModel":
        return Found(float(str(val).rstrip("%")), "percent", kind="percent")
    if model in ("DimensionModel", "CurrencyModel"):
        table = dict(RECOGNIZERS_UNITS, **DIMENSION_OVERRIDES) if model == "DimensionModel" else RECOGNIZERS_UNITS
        unit, fac = table.get(r.get("unit", ""), (r.get("unit"), 1))
        return Found(float(val) * fac, unit, kind="currency" if model == "CurrencyModel" else "dimension")
    try:
        return Found(float(val), None, kind="number")
    except ValueError:
        return Found(None, "?", kind="never")


def _match(model: str, exp: Found, got: Found) -> bool:
    if exp.kind == "never":
        return False
    if model == "NumberRangeModel":
        if got.kind != "range":
            return False
        scale = 0.01 if got.unit == "percent" else 1.0
        lo = None if got.low is None else got.low * scale
        hi = None if got.high is None else got.high * scale
        if not (_close(exp.low, lo) and _close(exp.high, hi)):
            return False
        if exp.low is not None and exp.low_inc != got.low_inc:
            return False
        if exp.high is not None and exp.high_inc != got.high_inc:
            return exp.low is not None and exp.low_inc and not exp.high_inc
        return True
    if model in ("NumberModel", "quantulum-dimensionless"):
        values = [got.value, got.low, got.high]
        values += [v / 100 for v in values if v is not None and got.unit == "percent"]
        return any(_close(exp.value, v) for v in values if v is not None)
    if model == "PercentModel":
        return got.kind == "percent" and _close(exp.value, got.value)
    if exp.kind != got.kind and model != "quantulum":
        return False
    if exp.unit == got.unit:
        return _close(exp.value, got.value) or (got.low != got.high and (
            _close(exp.value, got.low) or _close(exp.value, got.high)))  # one end of a range
    return _same_in_other_unit(exp, got)


def _same_in_other_unit(exp: Found, got: Found) -> bool:
    """The expected figure, converted to the unit found (44 cm3 == 44 ml)."""
    if exp.value is None or got.value is None or not exp.unit or not got.unit:
        return False
    try:
        conv = convert(exp.value, exp.unit, got.unit)
    except ValueError:
        return False
    return any(v is not None and math.isclose(conv, v, rel_tol=1e-4) for v in (got.value, got.low, got.high))


def _kind_filter(model: str, found: list[Found]) -> list[Found]:
    want = {"NumberRangeModel": "range", "PercentModel": "percent", "DimensionModel": "dimension",
            "CurrencyModel": "currency"}.get(model)
    if want:
        return [f for f in found if f.kind == want]
    return [f for f in found if f.kind != "range"]


def score_case(model: str, expected: list[Found], found: list[Found]) -> bool:
    found = _kind_filter(model, found)
    if not expected:
        return not found
    pool = list(found)
    for exp in expected:
        sub = "quantulum-dimensionless" if model == "quantulum" and exp.unit is None else model
        for i, got in enumerate(pool):
            if _match(sub, exp, got):
                del pool[i]
                break
        else:
            return False
    return True


def run_recognizers(model: str, system, peer_dir: Path = PEER_DIR) -> tuple[int, int, list[str]]:
    cases = json.loads((peer_dir / f"{model}.json").read_text("utf-8"))
    passed, failures = 0, []
    for case in cases:
        expected = [e for e in (_expected_recognizers(model, r) for r in case["Results"]) if e is not None]
        if score_case(model, expected, system(case["Input"])):
            passed += 1
        else:
            failures.append(case["Input"])
    return passed, len(cases), failures


def valueless_cases(model: str, peer_dir: Path = PEER_DIR) -> set[str]:
    """Inputs whose expected results include one with no value ("a small
    percent" -> value null)."""
    cases = json.loads((peer_dir / f"{model}.json").read_text("utf-8"))
    return {c["Input"] for c in cases
            if any((r.get("Resolution") or {}).get("value") in (None, "null") for r in c["Results"])
            and model != "NumberRangeModel"}


def quantulum_cases() -> tuple[list[dict] | None, str]:
    """quantulum3's own test sentences, from the installed package or a wheel."""
    rel = "quantulum3/_lang/en_US/tests/quantities.json"
    try:
        import quantulum3

        path = Path(quantulum3.__file__).parent / "_lang" / "en_US" / "tests" / "quantities.json"
        if path.exists():
            return json.loads(path.read_text("utf-8")), "installed quantulum3"
    except ImportError:
        pass
    try:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                            "-d", tmp, "quantulum3"], check=True, capture_output=True, timeout=120)
            wheel = next(Path(tmp).glob("quantulum3-*.whl"))
            with zipfile.ZipFile(wheel) as z:
                return json.loads(z.read(rel).decode("utf-8")), f"downloaded {wheel.name}"
    except Exception as exc:  # no network, no pip: report and skip
        return None, f"skipped ({type(exc).__name__}: {exc})"


def run_quantulum_suite(cases: list[dict], system) -> tuple[int, int, list[str]]:
    passed, failures = 0, []
    for case in cases:
        expected = []
        for r in case["res"]:
            unit, fac = QUANTULUM_UNITS.get(r["unit"], (r["unit"], 1))
            if r["unit"] == "dimensionless":
                unit = None
            expected.append(Found(float(r["value"]) * fac, unit, kind="any"))
        found = [f for f in system(case["req"]) if f.kind != "range"]
        found = [replace_kind(f) for f in found]
        if score_case("quantulum", expected, found):
            passed += 1
        else:
            failures.append(case["req"])
    return passed, len(cases), failures


def replace_kind(f: Found) -> Found:
    return Found(f.value, f.unit if dimension_of(f.unit) else None, f.low, f.high, f.low_inc, f.high_inc, "any")


def _have_quantulum() -> bool:
    try:
        import quantulum3.parser  # noqa: F401  (availability check)
    except Exception:
        return False
    return True


def peers(show_failures: bool = False) -> int:
    import warnings

    warnings.filterwarnings("ignore")
    have_q = _have_quantulum()
    if not have_q:
        print("quantulum3 not installed: its column is skipped (pip install '.[eval]')")
    print(f"{'suite':<34}{'cases':>6}{'ours':>9}{'quantulum3':>12}   ours, cases with a value")
    rows = [(m, lambda sys_, m=m: run_recognizers(m, sys_)) for m in RECOGNIZERS_FILES]
    qcases, note = quantulum_cases()
    if qcases is not None:
        rows.append(("quantulum3 quantities.json", lambda sys_: run_quantulum_suite(qcases, sys_)))
    for name, run in rows:
        ok, n, fails = run(_ours)
        qcol = "-"
        if have_q:
            qok, _, _ = run(_quantulum)
            qcol = f"{100 * qok / n:.1f}%"
        extra = ""
        if name in RECOGNIZERS_FILES:
            valueless = valueless_cases(name)
            if valueless:
                nv = n - len(valueless)
                okv = nv - len([f for f in fails if f not in valueless])
                extra = f"   {100 * okv / nv:.1f}% of {nv} ({len(valueless)} expect no value)"
        print(f"{name:<34}{n:>6}{100 * ok / n:>8.1f}%{qcol:>12}{extra}")
        if show_failures:
            for f in fails:
                print(f"    FAIL {f!r}")
    if qcases is None:
        print(f"quantulum3 quantities.json: {note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m factcheck.eval")
    ap.add_argument("what", choices=["peers"])
    ap.add_argument("--failures", action="store_true", help="list the cases we fail")
    args = ap.parse_args(argv)
    return peers(args.failures)


if __name__ == "__main__":
    raise SystemExit(main())
