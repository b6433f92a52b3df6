"""Hedges as intervals, tolerances, and when two intervals are compatible.

A hedged figure is an interval (default policy):

>>> from factcheck.model import Policy
>>> p = Policy()
>>> str(hedge_interval(6000, 6000, None, False, True, "more_than", p))
'(6000, 9000]'
>>> str(hedge_interval(19, 19, 19, True, True, "about", p))
'[18.05, 19.95]'
>>> str(hedge_interval(16, None, 16, True, False, "nearly", p))
'[14.4, 16)'
>>> str(hedge_interval(100, None, 100, True, False, "less_than", p))
'[66.6667, 100)'

Two intervals are compatible when the gap between them is within the slack
(the tolerance of their unit, relative to the stated figures). When they just
touch, a plain figure on the open edge of a hedge ("10" vs "more than 10")
counts as touching with ``open_edges_touch`` (the default): figures in news
copy are rounded, and 10.4 is both "10" and "more than 10".

>>> compatible(Interval(10, 15, False, True), Interval(10, 10), 0.0, True)
True
>>> compatible(Interval(10, 15, False, True), Interval(10, 10), 0.0, False)
False
>>> compatible(Interval(10, 15, False, True), Interval(9, 9), 0.5, True)
False
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from factcheck import regexstore
from factcheck.model import Claim, Metric, Policy, Tolerance

INF = float("inf")
#: hedge ids that widen a figure on both sides / reach just below it
ABOUT = frozenset({"about", "around", "approximately", "roughly"})
NEARLY = frozenset({"nearly", "almost", "just_under"})


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __str__(self) -> str:
        lo = "-inf" if self.low == -INF else f"{self.low:g}"
        hi = "+inf" if self.high == INF else f"{self.high:g}"
        return f"{'[' if self.low_closed else '('}{lo}, {hi}{']' if self.high_closed else ')'}"


def claim_interval(c: Claim, policy: Policy) -> Interval | None:
    """The values a quantity claim allows, with the policy's hedge semantics."""
    return hedge_interval(c.value, c.low, c.high, c.low_inclusive, c.high_inclusive, c.hedge, policy)


def hedge_interval(value, low, high, low_inc, high_inc, hedge, policy: Policy) -> Interval | None:
    """The interval of a figure and its hedge; open sides reach as far as the policy says."""
    if value is None and low is None and high is None:
        return None
    if hedge in ABOUT and value is not None:
        w = abs(value) * policy.about_width
        return Interval(value - w, value + w)
    if hedge in NEARLY and (high is not None or value is not None):
        top = high if high is not None else value
        return Interval(top - abs(top) * policy.nearly_width, top, True, False)
    lo, hi = low, high
    if lo is None and hi is None:
        lo = hi = value
    reach = policy.open_bound_reach
    if hi is None:
        return Interval(lo, lo + abs(lo) * reach if lo != 0 else INF, low_inc, True)
    if lo is None:
        return Interval(hi - abs(hi) * reach / (1 + reach) if hi != 0 else -INF, hi, True, high_inc)
    return Interval(lo, hi, low_inc, high_inc)


def tolerance_for(c: Claim, policy: Policy, metrics: Sequence[Metric] = ()) -> Tolerance:
    """The tolerance of a claim: its metric's if the rules give one, else its unit dimension's."""
    for m in metrics:
        if m.tolerance_abs is not None or m.tolerance_rel is not None:
            return Tolerance(m.tolerance_abs or 0.0, m.tolerance_rel or 0.0)
    tols = policy.tolerances
    return tols.get(c.dimension or "", tols.get("default", Tolerance()))


def slack_for(tol: Tolerance, *claims: Claim, precision: bool = True) -> float:
    """Absolute slack: abs + rel times the largest stated figure (not the hedge's reach),
    or (with ``precision``) the rounding the least precise figure implies when that is wider."""
    return slack_of(tol, [slack_parts(c) for c in claims], precision)


def slack_parts(c: Claim) -> tuple[float, float]:
    """What :func:`slack_for` reads of one claim: its largest stated figure and
    the rounding it implies (worked out once per claim when many pairs are judged)."""
    # a figure told only as a span of words ("thousands of protesters": 2,000 up to a million) is
    # stated by its low end: the top of such a span is no figure anyone wrote
    stated = (c.value, c.low, c.high) if c.value is not None or c.low is None else (c.low,)
    return max((abs(x) for x in stated if x is not None), default=0.0), rounding(c)


def slack_of(tol: Tolerance, parts, precision: bool = True) -> float:
    """:func:`slack_for` from the :func:`slack_parts` of the claims."""
    slack = tol.abs + tol.rel * max((p[0] for p in parts), default=0.0)
    return max(slack, max((p[1] for p in parts), default=0.0)) if precision else slack


_DIGITS = regexstore.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
#: the rounding a written figure implies is never taken wider than this share of it
MAX_ROUNDING = 0.05


#: units whose figures are shares or points of a share: their rounding is the
#: last digit written, not a share of the figure ("3%" may be 3.4%)
POINT_UNITS = frozenset({"percent", "percentage_point"})
#: units whose figures are told exactly: "40" years of age is not 41 rounded
EXACT_UNITS = frozenset({"age"})
#: the rounding of a percentage not written in digits ("a quarter", "five percent")
WORDS_POINT_ROUNDING = 0.5


#: hedges whose figure is a bound, not a rounded value: "more than 4,000" is
#: not 3,860 rounded (nor is a range's end)
BOUND_HEDGES = frozenset({"range", "more_than", "at_least", "less_than", "at_most", "nearly"})


def rounding(c: Claim) -> float:
    """Half a unit of the last significant digit of the written figure, in the
    claim's own unit: "18 kilometres" may be 18.4 rounded, "84,000 fans"
    83,500. At most ``MAX_ROUNDING`` of the figure; 0 for ranges and for
    figures not written in digits; 0 for a bound ("more than 4,000", "nearly
    3,900": see BOUND_HEDGES). Two digits alone are not rounded to the
    ten ("70 passengers" is not 68; "70 million" may be 68 million). Percentages and percentage points are
    rounded to the digit written, whatever their size ("3%" may be 3.4%,
    "5.0%" is not 5.1%, "20%" not 18%), and half a point when written in words.

    >>> from factcheck.model import Claim, Kind
    >>> def q(text, value, unit=None):
    ...     return Claim("x", "a", Kind.QUANTITY, text, 0, 0, 1, text, 0, 0, 0, value=value, unit=unit)
    >>> rounding(q("18 km", 18.0)), rounding(q("84,000 fans", 84000.0)), rounding(q("3 kg", 3.0))
    (0.5, 500.0, 0.15000000000000002)
    >>> rounding(q("70 passengers", 70.0)), rounding(q("70 million", 7e7))
    (0.5, 3500000.0)
    >>> rounding(q("3 percent", 3.0, "percent")), rounding(q("5.0%", 5.0, "percent")), rounding(q("20%", 20.0, "percent"))
    (0.5, 0.05, 0.5)
    >>> rounding(q("25 basis points", 0.25, "percentage_point")), rounding(q("a quarter", 25.0, "percent"))
    (0.005, 0.5)
    """
    if c.value is None or c.hedge in BOUND_HEDGES or c.unit in EXACT_UNITS:
        return 0.0
    points = c.unit in POINT_UNITS
    m = _DIGITS.search(c.text or "")
    if m is None:
        return WORDS_POINT_ROUNDING if points else 0.0
    return _rounding(m.group(), c.value, points)


def restated_rounding(c: Claim, value: float) -> float:
    """The rounding of a figure restated in another unit in the claim's text
    ("48 degrees Fahrenheit (9 degrees Celsius)": the 9 may be 8.9), in the
    claim's unit, ``value`` being the restated figure there; 0 when it is not
    written in digits."""
    if c.unit in EXACT_UNITS:
        return 0.0
    found = _DIGITS.findall(c.text or "")
    if len(found) < 2:
        return 0.0
    return _rounding(found[-1], value, c.unit in POINT_UNITS)


def _rounding(written_digits: str, value: float, points: bool) -> float:
    digits = written_digits.replace(",", "")
    written = float(digits)
    if written == 0:
        return 0.0
    if "." in digits:
        half = 0.5 * 10 ** -len(digits.split(".")[1])
    elif points:
        half = 0.5  # "20%" is not rounded to the ten
    elif len(digits) <= 2 and abs(value) == written:
        half = 0.5  # "70 passengers" is not 68 rounded to the ten ("70 million" may be)
    else:
        half = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))
    return abs(value) * (half / written if points else min(half / written, MAX_ROUNDING))


def compatible(a: Interval, b: Interval, slack: float, edges_touch: bool = True) -> bool:
    """True when both intervals can describe one value, within ``slack``."""
    if b.low - a.high >= a.low - b.high:
        gap, ends = b.low - a.high, (a.high_closed, b.low_closed)
    else:
        gap, ends = a.low - b.high, (b.high_closed, a.low_closed)
    if gap < 0:
        return True
    if gap == 0 and (all(ends) or (edges_touch and any(ends))):
        return True
    if slack <= 0:
        return False
    return gap <= slack


def convert_interval(iv: Interval, from_unit: str, to_unit: str) -> Interval | None:
    """The interval in another unit, or None when the units do not convert."""
    if from_unit == to_unit:
        return iv
    from factcheck.units import convert

    try:
        ends = [convert(x, from_unit, to_unit) if abs(x) != INF else x for x in (iv.low, iv.high)]
    except ValueError:
        return None
    if ends[0] <= ends[1]:
        return Interval(ends[0], ends[1], iv.low_closed, iv.high_closed)
    return Interval(ends[1], ends[0], iv.high_closed, iv.low_closed)


def dates_overlap(a_start: date, a_end: date, b_start: date, b_end: date, days: int) -> bool:
    """Two date ranges overlap, allowing ``days`` of slack."""
    slack = timedelta(days=days)
    return a_start - slack <= b_end and b_start - slack <= a_end
