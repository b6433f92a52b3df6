"""Load ``rules/*.yaml`` into a :class:`~factcheck.model.RuleSet`, strictly.

The rules shipped inside the package (``factcheck/rules/``) are read first; a
rules folder given by the user is read on top: an entry with the id of a default
entry replaces it, a new id adds to it, and ``policy`` keys override one by one.
Within one layer, two entries with one id are an error.

Every error names the file, line, column and key path and says what is
expected: an unknown key, a wrong type, a duplicate key, a bad date, an
impossible tolerance. A bad entry does not hide the next one: every error of
every file is collected (see :func:`check_rules`); :func:`load_rules` raises the
first and says how many more there are.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from factcheck.errors import RulesError
from factcheck.model import Fact, Kind, Policy, RuleSet
from factcheck.rulespec import (POLICY_SPEC, SECTIONS, SPECS, build_entry, check_mapping, fail,
                                policy_overrides)
from factcheck.yamlload import LineDict, LineList, load_yaml_file


@dataclass
class RulesCheck:
    """What checking a rules folder found: the rules (when valid), every error, every warning."""

    rules: RuleSet | None
    errors: list[RulesError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


class _Layer:
    """The entries of one rules folder, checked for duplicates within it."""

    def __init__(self, errors: list[RulesError]):
        self.items: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS if s != "policy"}
        self.where: dict[tuple[str, str], str] = {}
        #: (section, id) -> (file, line, column, key path) of each entry
        self.spots: dict[tuple[str, str], tuple[str, int, int, str]] = {}
        self.policy: dict = {}
        self.errors = errors

    def read(self, path: Path, display: str) -> None:
        """Read one file; every error goes to ``self.errors`` and reading goes on."""
        try:
            data = load_yaml_file(path, display, lenient_values=True)
        except RulesError as exc:
            self.errors.append(exc)
            return
        if data is None:
            return
        if not isinstance(data, LineDict):
            self.errors.append(RulesError("a rules file is a mapping whose keys are sections: "
                                          + ", ".join(SECTIONS), display, getattr(data, "line", 1), 1))
            return
        for section, body in data.items():
            try:
                self._section(section, body, data, display)
            except RulesError as exc:
                self.errors.append(exc)

    def _section(self, section, body, data: LineDict, display: str) -> None:
        if section not in SECTIONS:
            raise fail(display, data, section, str(section),
                       f"unknown section (expected one of: {', '.join(SECTIONS)})")
        if section == "policy":
            if not isinstance(body, LineDict):
                raise fail(display, data, section, "policy", "expected a mapping of policy keys: "
                           + ", ".join(POLICY_SPEC))
            self.policy.update(policy_overrides(body, display))
            return
        if not isinstance(body, LineList):
            raise fail(display, data, section, section, "expected a list of entries (lines starting with '- ')")
        for i, item in enumerate(body):
            try:
                self._entry(section, i, item, body, display)
            except RulesError as exc:
                self.errors.append(exc)

    def _entry(self, section: str, i: int, item, body: LineList, display: str) -> None:
        path = f"{section}[{i}]"
        if not isinstance(item, LineDict):
            raise fail(display, body, i, path, "expected a mapping with keys " + ", ".join(SPECS[section]))
        rec = check_mapping(item, SPECS[section], display, path)
        built = build_entry(section, rec, item, display, path)
        key = (section, rec["id"])
        if key in self.where:
            raise RulesError(f"{path}.id: duplicate id {rec['id']!r} (also at {self.where[key]})",
                             display, *item.where.get("id", (item.line, item.column)))
        self.where[key] = f"{display}:{item.line}"
        self.spots[key] = (display, item.line, item.column, path)
        self.items[section][rec["id"]] = built


def _rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def default_rules_dir():
    """The folder of the rules built into the package."""
    return resources.files("factcheck").joinpath("rules")


def check_rules(folder: str | Path | None = None, *, defaults: bool = True) -> RulesCheck:
    """Read the default rules and ``folder``'s on top; collect every error and warning."""
    errors: list[RulesError] = []
    layers: list[_Layer] = []
    files: list[str] = []
    if defaults:
        base = _Layer(errors)
        with resources.as_file(default_rules_dir()) as d:
            for p in _rule_files(Path(d)):
                base.read(p, f"<default rules>/{p.name}")
        layers.append(base)
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            errors.append(RulesError("rules folder not found", str(folder), hint="give a folder of .yaml files"))
        else:
            user = _Layer(errors)
            for p in _rule_files(folder):
                user.read(p, p.as_posix())
                files.append(p.as_posix())
            layers.append(user)
    merged, policy = _merge(layers)
    facts = [merged["facts"][k] for k in sorted(merged["facts"])]
    spots = {k[1]: v for layer in layers for k, v in layer.spots.items() if k[0] == "facts"}
    errors.extend(conflicting_facts(facts, spots))
    if errors:
        return RulesCheck(None, errors, [], files)
    rules = RuleSet(
        entities=tuple(merged["entities"][k] for k in sorted(merged["entities"])),
        metrics=tuple(merged["metrics"][k] for k in sorted(merged["metrics"])),
        event_types=tuple(merged["event_types"][k] for k in sorted(merged["event_types"])),
        outlets=tuple(merged["outlets"][k] for k in sorted(merged["outlets"])),
        facts=tuple(facts),
        policy=_policy(policy),
        files=tuple(files),
    )
    warnings = cross_reference_warnings(rules)
    rules = dataclasses.replace(rules, facts=tuple(_resolve_actors(f, rules) for f in rules.facts),
                                warnings=tuple(warnings))
    return RulesCheck(rules, [], warnings, files)


def load_rules(folder: str | Path | None = None, *, defaults: bool = True) -> RuleSet:
    """The default rules, with ``folder``'s on top. Raises the first :class:`RulesError`."""
    result = check_rules(folder, defaults=defaults)
    if result.errors:
        first = result.errors[0]
        more = len(result.errors) - 1
        if more:
            first.hint = ((first.hint + "; ") if first.hint else "") + \
                f"{more} more error(s): run 'factcheck rules check' to see them all"
        raise first
    assert result.rules is not None
    return result.rules


def _merge(layers: list[_Layer]) -> tuple[dict[str, dict[str, Any]], dict]:
    merged: dict[str, dict[str, Any]] = {s: {} for s in SECTIONS if s != "policy"}
    policy: dict = {}
    for layer in layers:
        for section, entries in layer.items.items():
            merged[section].update(entries)
        for key, value in layer.policy.items():
            if key in ("tolerances", "severity"):
                policy.setdefault(key, {}).update(value)
            else:
                policy[key] = value
    return merged, policy


def _policy(overrides: dict) -> Policy:
    pol = Policy()
    overrides = dict(overrides)
    tolerances = dict(pol.tolerances)
    tolerances.update(overrides.pop("tolerances", {}))
    severity = dict(pol.severity)
    severity.update(overrides.pop("severity", {}))
    return dataclasses.replace(pol, tolerances=tolerances, severity=severity, **overrides)


# -- checks across entries ------------------------------------------------------


def conflicting_facts(facts: list[Fact], spots: dict | None = None) -> list[RulesError]:
    """Facts on one subject (and actors, unit, period) whose values or dates cannot both hold.

    ``spots`` maps a fact id to (file, line, column, key path) for the message."""
    spots = spots or {}
    errors = []
    groups: dict[tuple, list[Fact]] = {}
    for fact in facts:
        if fact.kind is Kind.EVENT:
            key = ("event", fact.subject, frozenset(fact.actors))
        else:
            key = ("quantity", " ".join(fact.subject.casefold().split()), _dimension(fact.unit) or fact.unit)
        groups.setdefault(key, []).append(fact)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                why = _clash(a, b)
                if why:
                    file, line, col, path = spots.get(b.id, (b.file, b.line, None, "facts"))
                    errors.append(RulesError(
                        f"{path}: fact {b.id!r} conflicts with fact {a.id!r} ({a.file}:{a.line}): {why}",
                        file, line, col, hint="correct one of them or give them different periods"))
    return errors


def _clash(a: Fact, b: Fact) -> str | None:
    if a.kind is Kind.EVENT:
        if a.date_end < b.date_start or b.date_end < a.date_start:
            return f"dates {a.date_start}..{a.date_end} and {b.date_start}..{b.date_end} do not overlap"
        return None
    if a.period_start and b.period_start and (a.period_end < b.period_start or b.period_end < a.period_start):
        return None  # different periods: both can hold
    lo_a, hi_a = _span(a)
    lo_b, hi_b = _span(b, a.unit)
    if lo_a > hi_b or lo_b > hi_a:
        return f"values [{lo_a:g}, {hi_a:g}] and [{lo_b:g}, {hi_b:g}] {a.unit} do not overlap"
    return None


def _span(f: Fact, to_unit: str | None = None) -> tuple[float, float]:
    lo = f.low if f.low is not None else (f.value if f.value is not None else float("-inf"))
    hi = f.high if f.high is not None else (f.value if f.value is not None else float("inf"))
    if to_unit and f.unit and to_unit != f.unit:
        from factcheck.units import convert

        try:
            lo, hi = sorted((convert(lo, f.unit, to_unit), convert(hi, f.unit, to_unit)))
        except ValueError:
            pass
    return lo, hi


def _dimension(unit: str | None) -> str | None:
    from factcheck import units

    dim = getattr(units, "dimension_of", None)
    return dim(unit) if dim and unit else None


def cross_reference_warnings(rules: RuleSet) -> list[str]:
    """Allowed but probably wrong: unknown actors or event types in facts, shared aliases."""
    out = []
    known = _entity_lookup(rules)
    event_ids = {e.id for e in rules.event_types}
    for f in rules.facts:
        where = f"{f.file}:{f.line}"
        if f.kind is Kind.EVENT and event_ids and f.subject not in event_ids:
            out.append(f"{where}: fact {f.id!r}: subject {f.subject!r} is not an event type id "
                       f"(known: {', '.join(sorted(event_ids))})")
        for actor in f.actors:
            if known and actor.casefold() not in known:
                out.append(f"{where}: fact {f.id!r}: actor {actor!r} is not a known entity id, name or alias")
    for section, entries in (("entities", rules.entities), ("metrics", rules.metrics)):
        owner: dict[str, str] = {}
        for e in entries:
            for alias in {e.name.casefold(), *(a.casefold() for a in e.aliases)}:
                if alias in owner and owner[alias] != e.id:
                    out.append(f"{section}: alias {alias!r} belongs to both {owner[alias]!r} and {e.id!r}")
                owner.setdefault(alias, e.id)
    return out


def _entity_lookup(rules: RuleSet) -> dict[str, str]:
    table: dict[str, str] = {}
    for e in rules.entities:
        for key in (e.id, e.name, *e.aliases):
            table.setdefault(key.casefold(), e.name)
    return table


def _resolve_actors(fact: Fact, rules: RuleSet) -> Fact:
    """Fact actors are written as entity ids (or names); claims carry entity names."""
    if not fact.actors:
        return fact
    table = _entity_lookup(rules)
    return dataclasses.replace(fact, actors=tuple(table.get(a.casefold(), a) for a in fact.actors))
