"""SARIF 2.1.0 output, so code review tools can annotate the lines of a finding.

One result per finding: ``ruleId`` is the verdict, the location is the claim in
a checked article (or the first claim), the other outlets' claims are related
locations. ``partialFingerprints["factcheckFinding/v1"]`` is the finding id (a
content fingerprint, stable when lines move). With a baseline, each result has
a ``baselineState`` (``new`` or ``unchanged``); accepted findings carry a
suppression with the reason. Columns count Unicode code points, from 1.
"""
from __future__ import annotations

import json

from factcheck.model import Verdict
from factcheck.report.view import VERDICT_TITLES
from factcheck.textutil import LineIndex

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "factcheckFinding/v1"
RULE_HELP = {
    "agree": "Outlets agree within tolerance.",
    "diverge": "Two outlets (or one figure stated in two units) cannot both be right.",
    "unsourced": "A check-worthy claim names no source and nothing corroborates it.",
    "single_source": "Only one outlet gives the claim, citing a source.",
    "rule_confirmed": "A reference fact confirms the claim.",
    "rule_violated": "A claim contradicts a reference fact.",
}


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("factcheck")
    except Exception:  # not installed: running from a source tree
        return "0"


def _rules() -> list[dict]:
    return [{"id": v.value, "name": VERDICT_TITLES[v.value].title().replace(" ", ""),
             "shortDescription": {"text": VERDICT_TITLES[v.value]},
             "fullDescription": {"text": RULE_HELP[v.value]}} for v in Verdict]


class _Locator:
    """Claim offsets -> SARIF regions, one line index per article."""

    def __init__(self, articles):
        self.texts = {a.id: a.text for a in articles}
        self.index = {}

    def region(self, c) -> dict:
        text = self.texts.get(c.article)
        if text is None:
            return {"startLine": c.line}
        index = self.index.setdefault(c.article, LineIndex(text))
        start_line, end_line = index.line(c.start), index.line(max(c.start, c.end - 1))
        col = c.start - (text.rfind("\n", 0, c.start) + 1) + 1
        end_col = c.end - (text.rfind("\n", 0, c.end) + 1) + 1 if end_line > start_line else col + c.end - c.start
        return {"startLine": start_line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                "snippet": {"text": text[c.start:c.end]}}

    def location(self, c, message: str | None = None, ident: int | None = None) -> dict:
        loc = {"physicalLocation": {"artifactLocation": {"uri": c.article}, "region": self.region(c)}}
        if ident is not None:
            loc = {"id": ident, **loc}
        if message:
            loc["message"] = {"text": message}
        return loc


def _result(f, members, locator: _Locator, rule_index: dict, gate) -> dict:
    head = members[0] if members else None
    result = {"ruleId": f.verdict.value, "ruleIndex": rule_index[f.verdict.value],
              "level": LEVELS[f.severity.value], "message": {"text": f.message}}
    if head is not None:
        result["locations"] = [locator.location(head)]
        related = [locator.location(c, f"{c.outlet or 'unknown outlet'}: {' '.join(c.sentence.split())}", n)
                   for n, c in enumerate(members[1:], start=1)]
        if related:
            result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT: f.id}
    if gate is not None and f.id in gate.state:
        result["baselineState"] = gate.state[f.id]
    if gate is not None and f.id in gate.accepted:
        reason = gate.accepted[f.id]
        kind = "external" if reason.startswith("baseline:") else "inSource"
        result["suppressions"] = [{"kind": kind, "justification": reason}]
    return result


def render(report, gate=None, first: frozenset[str] | set[str] = frozenset()) -> str:
    """The findings of ``report`` as a SARIF log (JSON text)."""
    by_id = {c.id: c for c in report.claims}
    rules = _rules()
    rule_index = {r["id"]: n for n, r in enumerate(rules)}
    locator = _Locator(report.articles)
    results = []
    for f in report.findings:
        members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
        members = [c for c in members if c.article in first] + [c for c in members if c.article not in first]
        results.append(_result(f, members, locator, rule_index, gate))
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "factcheck", "version": _version(), "rules": rules}},
        "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
