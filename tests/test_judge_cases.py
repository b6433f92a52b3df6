"""Judgement cases in YAML (tests/cases/judge/*.yaml), run through the whole pipeline.

Each case: ``articles`` (outlet, published, text; written with front matter),
optional ``rules`` (a rules file's content, read on top of the built-in rules),
optional ``draft: true`` (the first article is a draft checked against the
others), ``expect`` (findings that must be there: a verdict and optionally a
substring of a claim's text or sentence, ``text``, of an article file name,
``article``, and of the finding's message, ``message``, and its ``severity``), optional ``forbid`` (verdicts that must not appear,
or findings written as in ``expect`` that must not) and optional
``xfail`` (why the case cannot pass yet).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from factcheck.pipeline import run
from factcheck.rules import load_rules

CASES = Path(__file__).parent / "cases" / "judge"
KEYS = {"name", "articles", "rules", "draft", "expect", "forbid", "xfail", "note"}
VERDICTS = {"agree", "diverge", "unsourced", "single_source", "rule_confirmed", "rule_violated"}


def _load():
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if case.get("xfail") else []
            out.append(pytest.param(case, id=f"{path.stem}:{case['name']}", marks=marks))
    return out


ALL = _load()


def test_case_files_are_well_formed():
    names = [p.values[0]["name"] for p in ALL]
    assert len(names) == len(set(names)) and len(names) >= 60
    covered = set()
    for p in ALL:
        case = p.values[0]
        assert set(case) <= KEYS, set(case) - KEYS
        assert case["articles"] and (case.get("expect") or case.get("forbid"))
        for e in case.get("expect", ()):
            assert e["verdict"] in VERDICTS
            covered.add(e["verdict"])
        assert {f["verdict"] if isinstance(f, dict) else f for f in case.get("forbid", ())} <= VERDICTS
    assert covered == VERDICTS


def _write(case: dict, folder: Path) -> tuple[list[str], list[str], Path | None]:
    paths = []
    for i, art in enumerate(case["articles"]):
        name = art.get("file", f"{i + 1:02d}_{art['outlet'].lower().replace(' ', '_')}.md")
        path = folder / "articles" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\noutlet: {art['outlet']}\npublished: {art['published']}\n---\n\n"
                        f"{art['text'].strip()}\n", encoding="utf-8")
        paths.append(str(path))
    rules_dir = None
    if case.get("rules"):
        rules_dir = folder / "rules"
        rules_dir.mkdir()
        (rules_dir / "case.yaml").write_text(yaml.safe_dump(case["rules"], sort_keys=False), encoding="utf-8")
    if case.get("draft"):
        return paths[1:], paths[:1], rules_dir
    return paths, [], rules_dir


def _matches(finding, expected: dict, claims: dict) -> bool:
    if finding.verdict.value != expected["verdict"]:
        return False
    texts = [claims[i].text + " " + claims[i].sentence for i in finding.claims]
    if "text" in expected and not any(expected["text"] in t for t in texts):
        return False
    if "message" in expected and expected["message"] not in finding.message:
        return False
    if "severity" in expected and finding.severity.value != expected["severity"]:
        return False
    return "article" not in expected or any(expected["article"] in a for a in finding.articles)


@pytest.mark.parametrize("case", ALL)
def test_case(case, tmp_path):
    paths, drafts, rules_dir = _write(case, tmp_path)
    report = run(paths, load_rules(rules_dir), drafts=drafts)
    claims = {c.id: c for c in report.claims}
    got = [(f.verdict.value, [claims[i].text for i in f.claims]) for f in report.findings]
    for expected in case.get("expect", ()):
        assert any(_matches(f, expected, claims) for f in report.findings), (expected, got)
    for verdict in case.get("forbid", ()):
        if isinstance(verdict, dict):  # a finding of this verdict on this text
            assert not any(_matches(f, verdict, claims) for f in report.findings), (verdict, got)
        else:
            assert verdict not in {f.verdict.value for f in report.findings}, (verdict, got)
