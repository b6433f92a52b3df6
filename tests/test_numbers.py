"""YAML extraction cases (tests/cases/numbers/*.yaml) and the peer-suite floor."""
from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from factcheck.numbers import find_quantities, parse_number
from factcheck.subject import checkworthiness, subject_of

CASES_DIR = Path(__file__).parent / "cases" / "numbers"
NUMERIC = ("value", "low", "high")
FIELDS = NUMERIC + ("unit", "dimension", "hedge", "direction", "compared_with", "low_inclusive",
                    "high_inclusive", "surface_unit")


def _load():
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text("utf-8"))):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            yield pytest.param(case, id=f"{path.stem}-{i}", marks=marks)


def _same(field, want, got) -> bool:
    if field in NUMERIC and want is not None and got is not None:
        return math.isclose(float(want), got, rel_tol=1e-6, abs_tol=1e-9)
    return want == got


@pytest.mark.parametrize("case", list(_load()))
def test_case(case):
    text = case["text"]
    found = find_quantities(text)
    if case.get("none"):
        assert found == [], [text[q.start:q.end] for q in found]
        return
    expect = case["expect"]
    assert len(found) == len(expect), [(text[q.start:q.end], q.value, q.unit) for q in found]
    for want, q in zip(expect, found):
        for field, value in want.items():
            if field == "span":
                assert text[q.start:q.end] == value
            elif field == "subject":
                assert subject_of(text, q) == value
            elif field == "checkworthy_min":
                assert checkworthiness(text, q) >= value
            elif field == "checkworthy_max":
                assert checkworthiness(text, q) <= value
            elif field == "alternates":
                assert [(u) for _, _, u in q.alternates] == value
            else:
                assert field in FIELDS, field
                assert _same(field, value, getattr(q, field)), (field, value, getattr(q, field), text[q.start:q.end])


def test_case_count():
    assert sum(1 for _ in _load()) >= 150


@pytest.mark.parametrize("text, value", [
    ("6,000", 6000), ("6 000", 6000), ("6\u00a0000", 6000), ("6\u2009000", 6000), ("1.2 million", 1.2e6),
    ("twenty-five", 25), ("eleven", 11), ("a dozen", 12), ("a quarter", 0.25), ("two-thirds", 2 / 3),
    ("half", 0.5), ("\u22125", -5), ("-3.5", -3.5), ("\uff11\uff12\uff13", 123), ("3bn", 3e9), ("10k", 1e4),
    ("one hundred and six", 106), ("three thousand two hundred", 3200), ("1/2", 0.5), ("minus seven", -7),
])
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "the", "$5", "5 km", "1 2"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


#: floors a little below what the extractor scores now (README, "Accuracy")
PEER_FLOORS = {"NumberModel": 0.90, "NumberRangeModel": 0.94, "PercentModel": 0.89,
               "DimensionModel": 0.91, "CurrencyModel": 0.92}


@pytest.mark.parametrize("model", sorted(PEER_FLOORS))
def test_peer_floor(model):
    from factcheck.eval import _ours, run_recognizers

    ok, n, _ = run_recognizers(model, _ours)
    assert ok / n >= PEER_FLOORS[model], f"{model}: {ok}/{n}"


def test_data_files_hold_only_strings():
    """YAML reads bare on/no/yes as booleans: every word list must stay text."""
    from importlib import resources

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.items():
                assert isinstance(key, str), (where, key)
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for item in node:
                assert isinstance(item, str), (where, item)

    for name in ("units.yaml", "hedges.yaml", "language.yaml"):
        data = yaml.safe_load(resources.files("factcheck.data").joinpath(name).read_text("utf-8"))
        walk(data, name)


@pytest.mark.parametrize("word, singular", [
    ("houses", "house"), ("warehouses", "warehouse"), ("causes", "cause"), ("spouses", "spouse"),
    ("buses", "bus"), ("viruses", "virus"), ("campuses", "campus"), ("churches", "church"), ("taxes", "tax"),
    ("casualties", "casualty"), ("people", "person"), ("homes", "home"), ("gas", "gas"),
])
def test_the_singular_of_a_counted_noun(word, singular):
    from factcheck.lexicon import lemma

    assert lemma(word) == singular


def test_houses_are_counted_as_houses():
    q, = find_quantities("A preliminary count found 47 houses destroyed.")
    assert (q.value, q.unit) == (47, "house")


@pytest.mark.parametrize("text, units", [
    ("\"Marlow, Tessin, Brade: one harbour, one answer,\" the organiser told the crowd.", []),
    ("One team, one dream.", []),
    ("The fire killed one firefighter, one resident and two children.", ["firefighter", "resident", "child"]),
    ("The blast killed one firefighter, one resident.", ["firefighter", "resident"]),
])
def test_one_said_twice_over_as_a_slogan_is_no_count(text, units):
    assert [q.unit for q in find_quantities(text)] == units


@pytest.mark.parametrize("text", ["The race was stopped at a quarter to eleven on Sunday morning.",
                                  "It ended at half past 10 on Friday.", "They met at nine o'clock.",
                                  "The alarm was raised at twenty to ten in the morning.",
                                  "We were told to go at eleven at night.", "They met at 11 at night."])
def test_a_time_of_day_in_words_is_no_figure(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize("text, told", [
    ("The work takes half an hour.", ("half an hour", 0.5, "hour", None)),
    ("It stopped roughly half a mile east of the crossing.", ("roughly half a mile", 0.5, "mi", "about")),
    ("The work takes about an hour and a half.", ("about an hour and a half", 1.5, "hour", "about")),
    ("It lies a mile and a half from the town.", ("a mile and a half", 1.5, "mi", None)),
    ("The meeting lasted a quarter of an hour.", ("a quarter of an hour", 0.25, "hour", None)),
    ("Rates rose by half a point.", ("half a point", 0.5, "percentage_point", None)),
    ("Half a million people left.", ("Half a million people", 500_000.0, "person", None)),
])
def test_a_part_of_one_unit(text, told):
    """"half a mile", "an hour and a half": a part of the unit named, or one and a half of it."""
    (q,) = find_quantities(text)
    assert (text[q.start:q.end], q.value, q.unit, q.hedge) == told


@pytest.mark.parametrize("text, told", [
    ("The shop is a few hundred yards from the gate.", ("a few hundred yards", 200.0, 1000.0, "yd")),
    ("Several hundred homes were damaged.", ("Several hundred homes", 200.0, 1000.0, "home")),
    ("A few thousand fans waited.", ("A few thousand fans", 2000.0, 10_000.0, "fan")),
    ("It moved a couple of hundred metres.", ("a couple of hundred metres", 200.0, 300.0, "m")),
    ("They sold a few hundred thousand barrels.", ("a few hundred thousand barrels", 200_000.0, 1e6, "bbl")),
])
def test_a_few_hundred_is_a_span_of_hundreds(text, told):
    """"a few hundred", "several thousand": some multiples of the scale, never the scale alone (it was 100)."""
    (q,) = find_quantities(text)
    assert (text[q.start:q.end], q.low, q.high, q.unit, q.hedge) == (*told, "range")
    assert find_quantities("A hundred people gathered.")[0].value == 100


def test_shares_spans_and_times_in_words_read_this_version():
    """"one in five residents" is a share; "the ten years to 2025" no range of years; "at around twenty to
    eight" a time with no part of the day, no figure; "at about ten to twelve people" still a range."""
    (q, _) = find_quantities("Roughly one in five residents is now 65 or older.")
    assert (q.value, q.unit, q.hedge) == (20.0, "percent", "about")
    got = find_quantities("The population grew 5.7 per cent in the ten years to 2025.")
    assert [(q.value, q.unit, q.hedge) for q in got] == [(5.7, "percent", None), (10.0, "year", None)]
    assert find_quantities("The crush began at around twenty to eight at the south gate.") == []
    (q,) = find_quantities("at about ten to twelve people were hurt")
    assert (q.low, q.high, q.unit) == (10.0, 12.0, "person")


def test_a_range_of_fractions_is_still_a_figure():
    """A share in words to another is a range of percent, both ends ("a quarter" is 25%, not 0.25)."""
    (q,) = find_quantities("a quarter to one third of homes")
    assert q.hedge == "range" and (q.low, round(q.high, 1), q.unit) == (25.0, 33.3, "percent")
    (q,) = find_quantities("half to 60 percent of voters")
    assert (q.low, q.high) == (50.0, 60.0)
    (q,) = find_quantities("between a third and a half of the staff")  # two fractions, not their sum
    assert (round(q.low, 1), q.high, q.hedge) == (33.3, 50.0, "range")
    (q,) = find_quantities("five and a half million people")
    assert q.value == 5_500_000


@pytest.mark.parametrize("text, unit", [
    ("The viaduct carries about 68,000 vehicles, some 9,500 of them lorries.", "lorry"),
    ("Some 3,000 people fled, 800 of them young children, officials said.", "child"),
    ("Of the 3,000 people, 800 of them were arrested.", "person"),
    ("It has 40 stores, 12 of them in Texas.", "store"),
])
def test_a_part_of_them_counts_the_noun_after_it(text, unit):
    assert find_quantities(text)[-1].unit == unit


def test_a_range_in_words_before_a_noun_is_still_a_figure():
    (q,) = find_quantities("ten to twelve people were hurt")
    assert (q.low, q.high) == (10, 12)
