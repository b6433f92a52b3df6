"""Load ``rules/*.yaml`` into a :class:`~factcheck.model.RuleSet`, strictly.

The rules shipped inside the package (``factcheck/rules/``) are read first; a
rules folder given by the user is read on top: an entry with the id of a default
entry replaces it, a new id adds to it, and ``policy`` keys override one by one.
Within one layer, two entries with one id are an error.

Every error names the file, line, column and key path and says what is
expected: an unknown key, a wrong type, a duplicate key, a bad date, an
impossible tolerance.
"""
from __future__ import annotations

import dataclasses
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.errors import RulesError
from factcheck.model import (Entity, EventType, Fact, Kind, Metric, Outlet, Policy, RuleSet, Severity,
                             Tolerance)
from factcheck.yamlload import LineDict, LineList, load_yaml_file

SECTIONS = ("entities", "metrics", "event_types", "outlets", "facts", "policy")
LEVELS = ("info", "warning", "error")
VERDICTS = ("agree", "diverge", "unsourced", "single_source", "rule_confirmed", "rule_violated")

# field -> (type, required). Types: str, num, int, bool, date, strlist, tol, enum:a|b|c, or a nested spec dict
_TOL = {"abs": ("num", False), "rel": ("num", False)}
SPECS: dict[str, dict] = {
    "entities": {"id": ("str", True), "name": ("str", True),
                 "type": ("enum:person|state|organisation|place|other", False), "aliases": ("strlist", False),
                 "note": ("str", False)},
    "metrics": {"id": ("str", True), "name": ("str", True), "aliases": ("strlist", False),
                "dimension": ("str", False), "tolerance": (_TOL, False), "note": ("str", False)},
    "event_types": {"id": ("str", True), "label": ("str", True), "verbs": ("strlist", False),
                    "nouns": ("strlist", False), "note": ("str", False)},
    "outlets": {"id": ("str", True), "name": ("str", True), "patterns": ("strlist", False)},
    "facts": {"id": ("str", True), "kind": ("enum:quantity|event", True), "subject": ("str", True),
              "source": ("str", True), "value": ("num", False), "low": ("num", False), "high": ("num", False),
              "unit": ("str", False), "period": ({"start": ("date", True), "end": ("date", True)}, False),
              "actors": ("strlist", False), "date": ("date", False),
              "dates": ({"start": ("date", True), "end": ("date", True)}, False), "place": ("str", False),
              "tolerance": (_TOL, False), "severity": ("enum:info|warning|error", False), "note": ("str", False)},
}
POLICY_SPEC: dict = {
    "hedges": ({"open_bound_reach": ("num", False), "about_width": ("num", False),
                "nearly_width": ("num", False)}, False),
    "tolerances": ("tolmap", False),
    "date_tolerance_days": ("int", False),
    "attribution_carry_over": ("bool", False),
    "source_required_from": ("num", False),
    "match_threshold": ("num", False),
    "severity": ({v: ("enum:info|warning|error", False) for v in VERDICTS}, False),
    "fail_on": ("enum:never|info|warning|error", False),
}


def _where(container, key) -> tuple[int | None, int | None]:
    try:
        return container.where[key]
    except (AttributeError, KeyError, IndexError, TypeError):
        return getattr(container, "line", None), getattr(container, "column", None)


def _fail(file: str, container, key, path: str, message: str) -> RulesError:
    line, col = _where(container, key)
    return RulesError(f"{path}: {message}", file, line, col)


def _check(value: Any, typ, file: str, container, key, path: str) -> Any:
    """Check one value against its type; returns the value in Python form."""
    if isinstance(typ, dict):
        if not isinstance(value, LineDict):
            raise _fail(file, container, key, path, "expected a mapping with keys " + ", ".join(typ))
        return _check_mapping(value, typ, file, path)
    if typ == "str":
        if not isinstance(value, str) or not value.strip():
            raise _fail(file, container, key, path, f"expected text, got {value!r}")
        return value
    if typ == "num":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise _fail(file, container, key, path, f"expected a number, got {value!r}")
        return float(value)
    if typ == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise _fail(file, container, key, path, f"expected a whole number, got {value!r}")
        return value
    if typ == "bool":
        if not isinstance(value, bool):
            raise _fail(file, container, key, path, f"expected true or false, got {value!r}")
        return value
    if typ == "date":
        if not isinstance(value, date):
            raise _fail(file, container, key, path, f"expected a date YYYY-MM-DD, got {value!r}")
        return value
    if typ == "strlist":
        if not isinstance(value, LineList) or not all(isinstance(v, str) and v.strip() for v in value):
            raise _fail(file, container, key, path, "expected a list of texts")
        return tuple(value)
    if typ == "tolmap":
        if not isinstance(value, LineDict):
            raise _fail(file, container, key, path, "expected a mapping of unit dimension to {abs, rel}")
        return {str(dim): _tolerance(_check_mapping(v, _TOL, file, f"{path}.{dim}"), file, value, dim,
                                     f"{path}.{dim}")
                for dim, v in value.items()}
    if typ.startswith("enum:"):
        choices = typ[5:].split("|")
        if value not in choices:
            raise _fail(file, container, key, path, f"expected one of {', '.join(choices)}, got {value!r}")
        return value
    raise AssertionError(typ)  # pragma: no cover


def _check_mapping(data: LineDict, spec: dict, file: str, path: str) -> dict:
    if not isinstance(data, LineDict):
        raise RulesError(f"{path}: expected a mapping", file)
    out = {}
    for key, value in data.items():
        sub = f"{path}.{key}" if path else str(key)
        if key not in spec:
            raise _fail(file, data, key, sub, f"unknown key (expected one of: {', '.join(spec)})")
        out[key] = _check(value, spec[key][0], file, data, key, sub)
    for key, (_, required) in spec.items():
        if required and key not in data:
            raise RulesError(f"{path}: missing required key {key!r}", file, data.line, data.column)
    return out


def _tolerance(raw: dict | None, file: str, container, key, path: str) -> Tolerance | None:
    if raw is None:
        return None
    abs_, rel = raw.get("abs", 0.0), raw.get("rel", 0.0)
    if abs_ < 0 or rel < 0 or rel >= 1:
        raise _fail(file, container, key, path, "impossible tolerance: abs must be >= 0 and rel in [0, 1)")
    return Tolerance(abs_, rel)


def _build(section: str, rec: dict, item: LineDict, file: str, path: str):
    if section == "entities":
        return Entity(rec["id"], rec["name"], rec.get("type", "other"), rec.get("aliases", ()))
    if section == "event_types":
        return EventType(rec["id"], rec["label"], rec.get("verbs", ()), rec.get("nouns", ()))
    if section == "outlets":
        import re

        for i, pattern in enumerate(rec.get("patterns", ())):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise _fail(file, item, "patterns", f"{path}.patterns[{i}]", f"bad regular expression: {exc}")
        return Outlet(rec["id"], rec["name"], rec.get("patterns", ()))
    tol = _tolerance(rec.get("tolerance"), file, item, "tolerance", f"{path}.tolerance")
    if section == "metrics":
        return Metric(rec["id"], rec["name"], rec.get("aliases", ()), rec.get("dimension"),
                      tol.abs if tol else None, tol.rel if tol else None)
    # facts
    kind = Kind(rec["kind"])
    low, high, value = rec.get("low"), rec.get("high"), rec.get("value")
    if kind is Kind.QUANTITY:
        if value is None and low is None and high is None:
            raise RulesError(f"{path}: a quantity fact needs value, or low and/or high", file, item.line, item.column)
        if low is not None and high is not None and low > high:
            raise _fail(file, item, "low", f"{path}.low", f"low ({low}) is above high ({high})")
    period = rec.get("period") or {}
    dates = rec.get("dates") or {}
    if "date" in rec:
        dates = {"start": rec["date"], "end": rec["date"]}
    for name, rng in (("period", period), ("dates", dates)):
        if rng and rng["start"] > rng["end"]:
            raise _fail(file, item, name, f"{path}.{name}", "start is after end")
    if kind is Kind.EVENT and not dates:
        raise RulesError(f"{path}: an event fact needs date or dates", file, item.line, item.column)
    return Fact(
        id=rec["id"], kind=kind, subject=rec["subject"], source=rec["source"], value=value, low=low, high=high,
        unit=rec.get("unit"), period_start=period.get("start"), period_end=period.get("end"),
        actors=rec.get("actors", ()), date_start=dates.get("start"), date_end=dates.get("end"),
        place=rec.get("place"), tolerance_abs=tol.abs if tol else None, tolerance_rel=tol.rel if tol else None,
        severity=Severity(rec.get("severity", "error")), file=file, line=item.line,
    )


def _policy_overrides(data: LineDict, file: str) -> dict:
    raw = _check_mapping(data, POLICY_SPEC, file, "policy")
    out: dict = {}
    for key, value in raw.items():
        if key == "hedges":
            for hk, hv in value.items():
                if hv < 0:
                    raise _fail(file, data["hedges"], hk, f"policy.hedges.{hk}", "must be 0 or more")
                out[hk] = hv
        elif key == "severity":
            out["severity"] = {k: Severity(v) for k, v in value.items()}
        elif key == "date_tolerance_days" and value < 0:
            raise _fail(file, data, key, f"policy.{key}", "must be 0 or more")
        elif key == "match_threshold" and not 0 <= value <= 100:
            raise _fail(file, data, key, f"policy.{key}", "must be between 0 and 100")
        elif key == "source_required_from" and not 0 <= value <= 1:
            raise _fail(file, data, key, f"policy.{key}", "must be between 0 and 1")
        else:
            out[key] = value
    return out


class _Layer:
    """The entries of one rules folder, checked for duplicates within it."""

    def __init__(self):
        self.items: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS if s != "policy"}
        self.where: dict[tuple[str, str], str] = {}
        self.policy: dict = {}

    def read(self, path: Path, display: str) -> None:
        data = load_yaml_file(path, display)
        if data is None:
            return
        if not isinstance(data, LineDict):
            raise RulesError("a rules file is a mapping whose keys are sections: " + ", ".join(SECTIONS),
                             display, getattr(data, "line", 1))
        for section, body in data.items():
            if section not in SECTIONS:
                line, col = data.where[section]
                raise RulesError(f"unknown section {section!r} (expected one of: {', '.join(SECTIONS)})",
                                 display, line, col)
            if section == "policy":
                if not isinstance(body, LineDict):
                    raise _fail(display, data, section, "policy", "expected a mapping")
                self.policy.update(_policy_overrides(body, display))
                continue
            if not isinstance(body, LineList):
                raise _fail(display, data, section, section, "expected a list of entries")
            for i, item in enumerate(body):
                path_s = f"{section}[{i}]"
                if not isinstance(item, LineDict):
                    raise _fail(display, body, i, path_s, "expected a mapping")
                rec = _check_mapping(item, SPECS[section], display, path_s)
                built = _build(section, rec, item, display, f"{path_s} ({rec['id']})")
                key = (section, rec["id"])
                if key in self.where:
                    raise RulesError(f"{path_s}: duplicate id {rec['id']!r} (also in {self.where[key]})",
                                     display, item.line, item.column)
                self.where[key] = f"{display}:{item.line}"
                self.items[section][rec["id"]] = built


def _rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def default_rules_dir():
    return resources.files("factcheck").joinpath("rules")


def load_rules(folder: str | Path | None = None, *, defaults: bool = True) -> RuleSet:
    """The default rules, with ``folder``'s on top. Raises :class:`RulesError`."""
    layers: list[_Layer] = []
    files: list[str] = []
    if defaults:
        base = _Layer()
        with resources.as_file(default_rules_dir()) as d:
            for p in _rule_files(Path(d)):
                base.read(p, f"<default rules>/{p.name}")
        layers.append(base)
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise RulesError("rules folder not found", str(folder), hint="give a folder of .yaml files")
        user = _Layer()
        for p in _rule_files(folder):
            display = p.as_posix()
            user.read(p, display)
            files.append(display)
        layers.append(user)
    merged: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS if s != "policy"}
    policy: dict = {}
    for layer in layers:
        for section, entries in layer.items.items():
            merged[section].update(entries)
        policy.update(layer.policy)
    pol = Policy()
    if policy:
        tolerances = dict(pol.tolerances)
        tolerances.update(policy.pop("tolerances", {}))
        severity = dict(pol.severity)
        severity.update(policy.pop("severity", {}))
        pol = dataclasses.replace(pol, tolerances=tolerances, severity=severity, **policy)
    _check_conflicting_facts(list(merged["facts"].values()))
    return RuleSet(
        entities=tuple(merged["entities"][k] for k in sorted(merged["entities"])),
        metrics=tuple(merged["metrics"][k] for k in sorted(merged["metrics"])),
        event_types=tuple(merged["event_types"][k] for k in sorted(merged["event_types"])),
        outlets=tuple(merged["outlets"][k] for k in sorted(merged["outlets"])),
        facts=tuple(merged["facts"][k] for k in sorted(merged["facts"])),
        policy=pol,
        files=tuple(files),
    )


def _check_conflicting_facts(facts: list[Fact]) -> None:
    """Two quantity facts on one subject, unit and period whose values cannot both hold."""
    seen: dict[tuple, Fact] = {}
    for fact in facts:
        if fact.kind is not Kind.QUANTITY:
            key = ("event", fact.subject, fact.actors)
        else:
            key = ("quantity", fact.subject.casefold(), fact.unit, fact.period_start, fact.period_end)
        other = seen.get(key)
        if other is None:
            seen[key] = fact
            continue
        if fact.kind is Kind.QUANTITY:
            lo1, hi1 = _span(other)
            lo2, hi2 = _span(fact)
            clash = lo1 > hi2 or lo2 > hi1
        else:
            clash = other.date_end < fact.date_start or fact.date_end < other.date_start
        if clash:
            raise RulesError(f"fact {fact.id!r} conflicts with fact {other.id!r} ({other.file}:{other.line}): "
                             "same subject, values that cannot both hold", fact.file, fact.line)


def _span(f: Fact) -> tuple[float, float]:
    lo = f.low if f.low is not None else (f.value if f.value is not None else float("-inf"))
    hi = f.high if f.high is not None else (f.value if f.value is not None else float("inf"))
    return lo, hi
