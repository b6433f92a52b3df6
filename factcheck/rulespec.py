"""What each rules section may hold, and the checks that turn one YAML entry into a record.

A spec maps a key to ``(type, required)``. Types: ``str``, ``num``, ``int``,
``bool``, ``date``, ``strlist``, ``tolmap`` (dimension -> {abs, rel}),
``enum:a|b|c``, ``enumlist:a|b`` or a nested spec (a mapping). Every error is a
:class:`~factcheck.errors.RulesError` naming file, line, column and key path.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from factcheck.errors import RulesError
from factcheck.model import Entity, EventType, Fact, Kind, Metric, Outlet, Severity, Tolerance
from factcheck.yamlload import Invalid, LineDict, LineList

SECTIONS = ("entities", "metrics", "event_types", "outlets", "facts", "policy")
LEVELS = "info|warning|error"
VERDICTS = ("agree", "diverge", "unsourced", "single_source", "rule_confirmed", "rule_violated")

_TOL = {"abs": ("num", False), "rel": ("num", False)}
_RANGE = {"start": ("date", True), "end": ("date", True)}
SPECS: dict[str, dict] = {
    "entities": {"id": ("str", True), "name": ("str", True),
                 "type": ("enum:person|state|organisation|place|other", False), "aliases": ("strlist", False),
                 "note": ("str", False)},
    "metrics": {"id": ("str", True), "name": ("str", True), "aliases": ("strlist", False),
                "dimension": ("str", False), "tolerance": (_TOL, False), "rate_of_change": ("bool", False),
                "counts": ("str", False), "may_fall": ("bool", False), "note": ("str", False)},
    "event_types": {"id": ("str", True), "label": ("str", True), "verbs": ("strlist", False),
                    "nouns": ("strlist", False), "recurs": ("bool", False), "actors": ("bool", False),
                    "travels": ("bool", False), "once": ("bool", False), "note": ("str", False)},
    "outlets": {"id": ("str", True), "name": ("str", True), "patterns": ("strlist", False),
                "note": ("str", False)},
    "facts": {"id": ("str", True), "kind": ("enum:quantity|event", True), "subject": ("str", True),
              "source": ("str", True), "value": ("num", False), "low": ("num", False), "high": ("num", False),
              "unit": ("str", False), "period": (_RANGE, False), "actors": ("strlist", False),
              "date": ("date", False), "dates": (_RANGE, False), "place": ("str", False),
              "tolerance": (_TOL, False), "severity": (f"enum:{LEVELS}", False), "note": ("str", False)},
}
_HEDGES = {"open_bound_reach": ("num", False), "about_width": ("num", False), "nearly_width": ("num", False),
           "open_edges_touch": ("bool", False), "implied_precision": ("bool", False)}
POLICY_SPEC: dict = {
    "hedges": (_HEDGES, False),
    "tolerances": ("tolmap", False),
    "date_tolerance_days": ("int", False),
    "time_tolerance_minutes": ("int", False),
    "event_window_days": ("int", False),
    "recurring_event_overlap": ("num", False),
    "story_window_days": ("int", False),
    "attribution_carry_over": ("bool", False),
    "source_required_from": ("num", False),
    "source_required_kinds": ("enumlist:quantity|event|quote", False),
    "match_threshold": ("num", False),
    "diverge_threshold": ("num", False),
    "quote_match_threshold": ("num", False),
    "quote_same_threshold": ("num", False),
    "reworded_quote_severity": (f"enum:{LEVELS}", False),
    "possible_slip_severity": (f"enum:{LEVELS}", False),
    "sources_differ_severity": (f"enum:{LEVELS}", False),
    "max_block_size": ("int", False),
    "min_checkworthy_match": ("num", False),
    "severity": ({v: (f"enum:{LEVELS}", False) for v in VERDICTS}, False),
    "fail_on": (f"enum:never|{LEVELS}", False),
    "note": ("str", False),
}
#: policy key -> (lowest, highest, whether the highest is allowed) for numbers
_BOUNDS = {"open_bound_reach": (0, 10, True), "about_width": (0, 1, False), "nearly_width": (0, 1, False),
           "date_tolerance_days": (0, 366, True), "time_tolerance_minutes": (0, 1440, True),
           "event_window_days": (0, 3660, True),
           "story_window_days": (0, 36600, True),
           "source_required_from": (0, 1, True),
           "match_threshold": (0, 100, True), "diverge_threshold": (0, 100, True),
           "quote_match_threshold": (0, 100, True), "quote_same_threshold": (0, 100, True),
           "max_block_size": (2, 10**7, True), "min_checkworthy_match": (0, 1, True),
           "recurring_event_overlap": (0, 1, True)}
_TYPE_WORDS = {"str": "text", "num": "a number", "int": "a whole number", "bool": "true or false",
               "date": "a date YYYY-MM-DD", "strlist": "a list of texts", "tolmap": "a mapping"}


def where(container, key) -> tuple[int | None, int | None]:
    """Line and column of ``container[key]`` (or of the container itself)."""
    try:
        return container.where[key]
    except (AttributeError, KeyError, IndexError, TypeError):
        return getattr(container, "line", None), getattr(container, "column", None)


def fail(file: str, container, key, path: str, message: str) -> RulesError:
    """An error at ``container[key]``, whose key path is ``path``."""
    line, col = where(container, key)
    return RulesError(f"{path}: {message}", file, line, col)


def _wrong(value: Any, typ: str) -> str:
    shown = "nothing" if value is None else f"{type(value).__name__} {value!r}"
    return f"expected {_TYPE_WORDS.get(typ, typ)}, got {shown}"


def check_value(value: Any, typ, file: str, container, key, path: str) -> Any:
    """Check one value against its type; returns it in Python form."""
    if isinstance(value, Invalid):
        expected = _TYPE_WORDS.get(typ, "a valid value") if isinstance(typ, str) else "a mapping"
        raise RulesError(f"{path}: {value.problem} (expected {expected})", file, value.line, value.column)
    if isinstance(typ, dict):
        if not isinstance(value, LineDict):
            raise fail(file, container, key, path, "expected a mapping with keys " + ", ".join(typ))
        return check_mapping(value, typ, file, path)
    if typ.startswith("enum:"):
        choices = typ[5:].split("|")
        if not isinstance(value, str) or value not in choices:
            raise fail(file, container, key, path, f"expected one of {', '.join(choices)}, got {value!r}")
        return value
    if isinstance(value, LineList):
        for i, v in enumerate(value):
            if isinstance(v, Invalid):
                raise RulesError(f"{path}[{i}]: {v.problem}", file, v.line, v.column)
    if typ.startswith("enumlist:"):
        choices = typ[9:].split("|")
        if not isinstance(value, LineList) or any(v not in choices for v in value):
            raise fail(file, container, key, path, f"expected a list of: {', '.join(choices)}")
        return tuple(value)
    ok = {"str": lambda v: isinstance(v, str) and v.strip() != "",
          "num": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v == v,
          "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
          "bool": lambda v: isinstance(v, bool),
          "date": lambda v: isinstance(v, date),
          "strlist": lambda v: isinstance(v, LineList) and all(isinstance(x, str) and x.strip() for x in v),
          "tolmap": lambda v: isinstance(v, LineDict)}[typ](value)
    if not ok:
        raise fail(file, container, key, path, _wrong(value, typ))
    if typ == "num":
        return float(value)
    if typ == "strlist":
        return tuple(value)
    if typ == "tolmap":
        return {str(dim): tolerance(check_value(v, _TOL, file, value, dim, f"{path}.{dim}"), file, value, dim,
                                    f"{path}.{dim}")
                for dim, v in value.items()}
    return value


def check_mapping(data: LineDict, spec: dict, file: str, path: str) -> dict:
    """Every key known and well typed, every required key present."""
    out = {}
    for key, value in data.items():
        sub = f"{path}.{key}" if path else str(key)
        if key not in spec:
            raise fail(file, data, key, sub, f"unknown key (expected one of: {', '.join(spec)})")
        out[key] = check_value(value, spec[key][0], file, data, key, sub)
    for key, (_, required) in spec.items():
        if required and key not in data:
            raise RulesError(f"{path}.{key}: missing required key", file, data.line, data.column)
    return out


def tolerance(raw: dict | None, file: str, container, key, path: str) -> Tolerance | None:
    """A tolerance, or an error when it is impossible (negative, or rel of 1 or more)."""
    if raw is None:
        return None
    abs_, rel = raw.get("abs", 0.0), raw.get("rel", 0.0)
    if abs_ < 0 or not 0 <= rel < 1:
        raise fail(file, container, key, path,
                   f"impossible tolerance abs={abs_:g} rel={rel:g}: abs must be 0 or more and rel in [0, 1)")
    return Tolerance(abs_, rel)


def build_entry(section: str, rec: dict, item: LineDict, file: str, path: str):
    """One checked entry -> its record."""
    if section == "entities":
        return Entity(rec["id"], rec["name"], rec.get("type", "other"), rec.get("aliases", ()))
    if section == "event_types":
        return EventType(rec["id"], rec["label"], rec.get("verbs", ()), rec.get("nouns", ()), rec.get("recurs", False),
                         rec.get("actors", True), rec.get("travels", False), rec.get("once", False))
    if section == "outlets":
        for i, pattern in enumerate(rec.get("patterns", ())):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise fail(file, item["patterns"], i, f"{path}.patterns[{i}]",
                           f"bad regular expression: {exc}") from None
        return Outlet(rec["id"], rec["name"], rec.get("patterns", ()))
    tol = tolerance(rec.get("tolerance"), file, item, "tolerance", f"{path}.tolerance")
    if section == "metrics":
        return Metric(rec["id"], rec["name"], rec.get("aliases", ()), rec.get("dimension"),
                      tol.abs if tol else None, tol.rel if tol else None, rec.get("rate_of_change", False),
                      rec.get("counts"), rec.get("may_fall", False))
    return _fact(rec, item, file, path, tol)


_QUANTITY_ONLY = ("value", "low", "high", "unit", "period", "tolerance")
_EVENT_ONLY = ("actors", "date", "dates", "place")


#: the rule names of the judge's own checks, which a fact's id may not take
BUILT_IN_RULES = ("calendar", "quote-speaker", "currency", "percentage-points", "unit", "slip", "direction")


def _fact(rec: dict, item: LineDict, file: str, path: str, tol: Tolerance | None) -> Fact:
    if rec["id"] in BUILT_IN_RULES:
        raise fail(file, item, "id", f"{path}.id", f"{rec['id']!r} names a built-in check "
                   f"({', '.join(BUILT_IN_RULES)}): give the fact another id")
    kind = Kind(rec["kind"])
    wrong = _EVENT_ONLY if kind is Kind.QUANTITY else _QUANTITY_ONLY
    for key in wrong:
        if key in rec:
            raise fail(file, item, key, f"{path}.{key}", f"not allowed in a {kind.value} fact "
                       f"(a {kind.value} fact may have: " + ", ".join(
                           k for k in SPECS["facts"] if k not in wrong) + ")")
    low, high, value = rec.get("low"), rec.get("high"), rec.get("value")
    if kind is Kind.QUANTITY:
        _check_quantity(rec, item, file, path)
    if "date" in rec and "dates" in rec:
        raise fail(file, item, "dates", f"{path}.dates", "give date or dates, not both")
    period = rec.get("period") or {}
    dates = {"start": rec["date"], "end": rec["date"]} if "date" in rec else rec.get("dates") or {}
    for name, rng in (("period", period), ("dates", dates)):
        if rng and rng["start"] > rng["end"]:
            raise fail(file, item, name, f"{path}.{name}", f"start {rng['start']} is after end {rng['end']}")
    if kind is Kind.EVENT:
        if not dates:
            raise RulesError(f"{path}.date: an event fact needs date or dates", file, item.line, item.column)
        if not rec.get("actors"):
            raise RulesError(f"{path}.actors: an event fact needs actors (entity ids)", file, item.line,
                             item.column)
    return Fact(
        id=rec["id"], kind=kind, subject=rec["subject"], source=rec["source"], value=value, low=low, high=high,
        unit=rec.get("unit"), period_start=period.get("start"), period_end=period.get("end"),
        actors=rec.get("actors", ()), date_start=dates.get("start"), date_end=dates.get("end"),
        place=rec.get("place"), tolerance_abs=tol.abs if tol else None, tolerance_rel=tol.rel if tol else None,
        severity=Severity(rec.get("severity", "error")), file=file, line=item.line,
    )


def _check_quantity(rec: dict, item: LineDict, file: str, path: str) -> None:
    low, high, value = rec.get("low"), rec.get("high"), rec.get("value")
    if value is None and low is None and high is None:
        raise RulesError(f"{path}.value: a quantity fact needs value, or low and/or high", file, item.line,
                         item.column)
    if "unit" not in rec:
        raise RulesError(f"{path}.unit: a quantity fact needs a unit (percent, km2, USD, person, ...)", file,
                         item.line, item.column)
    if low is not None and high is not None and low > high:
        raise fail(file, item, "low", f"{path}.low", f"low ({low:g}) is above high ({high:g})")
    if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        raise fail(file, item, "value", f"{path}.value", f"value ({value:g}) lies outside low..high")


def policy_overrides(data: LineDict, file: str) -> dict:
    """The keys of one ``policy:`` mapping, checked, as :class:`~factcheck.model.Policy` fields."""
    raw = check_mapping(data, POLICY_SPEC, file, "policy")
    out: dict = {}
    for key, value in raw.items():
        if key == "note":
            continue
        if key == "hedges":
            for hk, hv in value.items():
                _bound(hk, hv, file, data["hedges"], f"policy.hedges.{hk}")
                out[hk] = hv
            continue
        _bound(key, value, file, data, f"policy.{key}")
        if key == "severity":
            value = {k: Severity(v) for k, v in value.items()}
        elif key in ("reworded_quote_severity", "possible_slip_severity", "sources_differ_severity"):
            value = Severity(value)
        out[key] = value
    return out


def _bound(key: str, value, file: str, container, path: str) -> None:
    if key not in _BOUNDS:
        return
    lo, hi, hi_ok = _BOUNDS[key]
    if value < lo or value > hi or (value == hi and not hi_ok):
        top = f"{hi:g}" + ("" if hi_ok else " (excluded)")
        raise fail(file, container, key.rsplit(".", 1)[-1], path,
                   f"impossible value {value:g}: expected {lo:g} to {top}")
