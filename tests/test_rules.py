"""The rules loader: every error names file, line, column and key path."""
from __future__ import annotations

import re
import textwrap

import pytest
from conftest import ROOT, write

from factcheck.cli import main
from factcheck.errors import RulesError
from factcheck.model import Kind, Severity
from factcheck.rules import check_rules, load_rules

FACT = """\
facts:
  - id: inflation-2022
    kind: quantity
    subject: inflation
    value: 8.0
    unit: percent
    period: {start: 2022-01-01, end: 2022-12-31}
    source: Statistics office, annual report 2023
"""


def errors_of(tmp_path, text: str | bytes, name: str = "r.yaml") -> list[RulesError]:
    folder = tmp_path / "rules"
    write(folder / name, textwrap.dedent(text) if isinstance(text, str) else text)
    return check_rules(folder).errors


def only_error(tmp_path, text, name="r.yaml") -> RulesError:
    errs = errors_of(tmp_path, text, name)
    assert len(errs) == 1, [str(e) for e in errs]
    return errs[0]


def assert_points(err: RulesError, line: int, column: int, path: str, words: str) -> None:
    text = str(err)
    assert err.file.endswith("r.yaml") and err.line == line and err.column == column, text
    assert re.search(rf"r\.yaml:{line}:{column}: error: ", text), text
    assert path in text and words in text, text


def test_default_and_project_rules_load(default_rules, project_rules):
    assert default_rules.metrics and default_rules.outlets
    assert {f.id for f in project_rules.facts} >= {"russia-invasion-of-ukraine-start"}
    assert project_rules.policy.fail_on == "warning"


def test_valid_fact_loads(tmp_path):
    rules = load_rules(write(tmp_path / "rules" / "f.yaml", FACT).parent)
    (fact,) = rules.facts
    assert fact.kind is Kind.QUANTITY and fact.value == 8.0 and fact.period_start.year == 2022
    assert fact.severity is Severity.ERROR and fact.line == 2


def test_unknown_key(tmp_path):
    err = only_error(tmp_path, FACT + "    colour: red\n")
    assert_points(err, 9, 5, "facts[0].colour", "unknown key (expected one of: id, kind")


def test_unknown_section(tmp_path):
    err = only_error(tmp_path, "factz: []\n")
    assert_points(err, 1, 1, "factz", "unknown section")


def test_wrong_type(tmp_path):
    err = only_error(tmp_path, FACT.replace("value: 8.0", "value: eight"))
    assert_points(err, 5, 5, "facts[0].value", "expected a number, got str 'eight'")


def test_wrong_type_list(tmp_path):
    err = only_error(tmp_path, "entities:\n  - {id: a, name: A, aliases: B}\n")
    assert_points(err, 2, 22, "entities[0].aliases", "expected a list of texts")


def test_wrong_enum(tmp_path):
    err = only_error(tmp_path, FACT + "    severity: fatal\n")
    assert_points(err, 9, 5, "facts[0].severity", "expected one of info, warning, error")


def test_duplicate_key(tmp_path):
    err = only_error(tmp_path, FACT + "    value: 9\n")
    assert_points(err, 9, 5, "duplicate key 'value'", "first at line 5")


def test_duplicate_id(tmp_path):
    err = only_error(tmp_path, FACT + FACT.split("\n", 1)[1])
    assert_points(err, 9, 5, "facts[1].id", "duplicate id 'inflation-2022'")


def test_bad_date(tmp_path):
    err = only_error(tmp_path, FACT.replace("end: 2022-12-31", "end: 2022-02-30"))
    assert_points(err, 7, 38, "facts[0].period.end", "day is out of range")
    assert "expected a date YYYY-MM-DD" in str(err)


def test_start_after_end(tmp_path):
    err = only_error(tmp_path, FACT.replace("start: 2022-01-01", "start: 2023-01-01"))
    assert_points(err, 7, 5, "facts[0].period", "is after end")


@pytest.mark.parametrize("tol, col", [("{abs: -1}", 5), ("{rel: 1.5}", 5), ("{rel: 1}", 5)])
def test_impossible_tolerance(tmp_path, tol, col):
    err = only_error(tmp_path, FACT + f"    tolerance: {tol}\n")
    assert_points(err, 9, col, "facts[0].tolerance", "impossible tolerance")


def test_impossible_policy_tolerance(tmp_path):
    err = only_error(tmp_path, "policy:\n  tolerances:\n    ratio: {abs: 0.5, rel: -0.1}\n")
    assert_points(err, 3, 5, "policy.tolerances.ratio", "impossible tolerance")


@pytest.mark.parametrize("key, value, words", [
    ("match_threshold", "150", "expected 0 to 100"),
    ("date_tolerance_days", "-1", "expected 0 to 366"),
    ("max_block_size", "1", "expected 2 to"),
    ("fail_on", "sometimes", "expected one of never, info, warning, error"),
    ("attribution_carry_over", "maybe", "expected true or false"),
    ("source_required_kinds", "[quantity, rumour]", "expected a list of: quantity, event, quote"),
])
def test_bad_policy_values(tmp_path, key, value, words):
    err = only_error(tmp_path, f"policy:\n  {key}: {value}\n")
    assert_points(err, 2, 3, f"policy.{key}", words)


def test_impossible_hedge_width(tmp_path):
    err = only_error(tmp_path, "policy:\n  hedges:\n    about_width: 1.0\n")
    assert_points(err, 3, 5, "policy.hedges.about_width", "impossible value 1")


def test_missing_required_key(tmp_path):
    err = only_error(tmp_path, "metrics:\n  - id: x\n")
    assert_points(err, 2, 5, "metrics[0].name", "missing required key")


def test_quantity_fact_needs_unit_and_no_event_keys(tmp_path):
    errs = errors_of(tmp_path, FACT.replace("    unit: percent\n", "") + FACT.split("\n", 1)[1].replace(
        "inflation-2022", "other").replace("value: 8.0", "value: 8.0\n    place: Paris"))
    assert [e.line for e in errs] == [2, 12]
    assert "facts[0].unit: a quantity fact needs a unit" in str(errs[0])
    assert "facts[1].place: not allowed in a quantity fact" in str(errs[1])


def test_low_above_high(tmp_path):
    err = only_error(tmp_path, FACT.replace("value: 8.0", "low: 9\n    high: 7"))
    assert_points(err, 5, 5, "facts[0].low", "low (9) is above high (7)")


def test_bad_regular_expression(tmp_path):
    err = only_error(tmp_path, "outlets:\n  - id: x\n    name: X\n    patterns: ['(unclosed']\n")
    assert_points(err, 4, 16, "outlets[0].patterns[0]", "bad regular expression")


def test_conflicting_facts(tmp_path):
    other = FACT.split("\n", 1)[1].replace("inflation-2022", "inflation-2022-b").replace("value: 8.0", "value: 11")
    err = only_error(tmp_path, FACT + other)
    assert_points(err, 9, 5, "facts[1]", "conflicts with fact 'inflation-2022'")
    assert "do not overlap" in str(err)


def test_facts_on_different_periods_do_not_conflict(tmp_path):
    other = FACT.split("\n", 1)[1].replace("inflation-2022", "inflation-2021").replace(
        "value: 8.0", "value: 3").replace("2022-", "2021-")
    assert errors_of(tmp_path, FACT + other) == []


def test_conflicting_event_facts(tmp_path):
    text = """\
    facts:
      - {id: a, kind: event, subject: meeting, actors: [x, y], date: 2022-09-15, source: s}
      - {id: b, kind: event, subject: meeting, actors: [y, x], date: 2022-09-18, source: t}
    """
    err = only_error(tmp_path, text)
    assert_points(err, 3, 5, "facts[1]", "conflicts with fact 'a'")


def test_malformed_yaml(tmp_path):
    err = only_error(tmp_path, "facts:\n  - id: a\n   kind: [unclosed\n")
    assert err.line is not None and err.column is not None
    assert "malformed YAML" in str(err) and "r.yaml:" in str(err)


def test_not_utf8(tmp_path):
    err = only_error(tmp_path, b"metrics:\n  - {id: x, name: caf\xe9}\n")
    assert_points(err, 2, 22, "not valid UTF-8", "save the file as UTF-8")


def test_not_a_mapping(tmp_path):
    err = only_error(tmp_path, "- just\n- a list\n")
    assert "a rules file is a mapping" in str(err) and err.line == 1


def test_every_error_of_every_file(tmp_path):
    folder = tmp_path / "rules"
    write(folder / "a.yaml", FACT + "    colour: red\n    mood: calm\n")
    write(folder / "b.yaml", "policy:\n  match_threshold: 500\n")
    errs = check_rules(folder).errors
    assert len(errs) >= 2 and {e.file.rsplit("/", 1)[-1] for e in errs} == {"a.yaml", "b.yaml"}
    with pytest.raises(RulesError) as info:
        load_rules(folder)
    assert "more error(s)" in str(info.value)


def test_user_layer_overrides_default_and_policy_merges(tmp_path):
    folder = tmp_path / "rules"
    write(folder / "p.yaml", "policy:\n  tolerances: {ratio: {abs: 1}}\n  severity: {unsourced: info}\n"
          "metrics:\n  - {id: inflation, name: inflation, aliases: [price rises]}\n")
    rules = load_rules(folder)
    assert rules.policy.tolerances["ratio"].abs == 1 and "area" in rules.policy.tolerances
    assert rules.policy.severity["unsourced"] is Severity.INFO
    assert rules.policy.severity["diverge"] is Severity.ERROR
    assert [m.aliases for m in rules.metrics if m.id == "inflation"] == [("price rises",)]


def test_unknown_actor_is_a_warning(tmp_path):
    folder = tmp_path / "rules"
    write(folder / "e.yaml", "entities:\n  - {id: ann, name: Ann Lee, aliases: [Lee]}\n"
          "facts:\n  - {id: f, kind: event, subject: meeting, actors: [ann, bob], date: 2022-01-03, source: s}\n")
    result = check_rules(folder)
    assert not result.errors
    assert any("'bob' is not a known entity" in w for w in result.warnings)
    assert result.rules.facts[0].actors == ("Ann Lee", "bob")


def test_cli_rules_check(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["rules", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("rules OK:") and out.count("\n") == 1
    write(tmp_path / "bad" / "x.yaml", FACT + "    colour: red\n")
    write(tmp_path / "bad" / "y.yaml", "policy: [1]\n")
    assert main(["rules", "check", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err
    assert "x.yaml:9:5: error: facts[0].colour" in err and "y.yaml:1:1: error: policy: expected a mapping" in err
    assert "2 error(s) in 2 file(s)" in err


def test_cli_rules_check_missing_folder(tmp_path, capsys):
    assert main(["rules", "check", str(tmp_path / "nope")]) == 2
    assert "rules folder not found" in capsys.readouterr().err


def test_a_fact_may_not_take_the_name_of_a_built_in_check(tmp_path):
    err = only_error(tmp_path, FACT.replace("inflation-2022", "calendar"))
    assert "facts[0].id" in str(err) and "built-in check" in str(err) and err.line == 2
