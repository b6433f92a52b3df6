"""The gate: which findings fail a check once the baseline and the inline
accepts are taken into account, and the exit code that follows.

Exit codes: 0 clean, 1 a new finding at or above ``fail_on``, 2 an input
error (an unreadable article, a malformed directive).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from factcheck import accept
from factcheck.baseline import Baseline
from factcheck.errors import Problem
from factcheck.model import FAIL_LEVELS, Finding


@dataclass
class Gate:
    """The findings of a run, sorted into new and accepted ones."""

    findings: list[Finding]
    #: finding id -> why it is accepted (baseline or inline)
    accepted: dict[str, str] = field(default_factory=dict)
    #: finding id -> SARIF baselineState ("new" | "unchanged"); empty without a baseline
    state: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def new(self) -> list[Finding]:
        return [f for f in self.findings if f.id not in self.accepted]

    def failing(self, fail_on: str) -> list[Finding]:
        """New findings at or above ``fail_on``."""
        if fail_on == "never":
            return []
        level = FAIL_LEVELS.index(fail_on)
        return [f for f in self.new if f.severity.rank >= level]

    def return_code(self, report, fail_on: str) -> int:
        if report.input_errors or any(p.level == "error" for p in self.problems):
            return 2
        return 1 if self.failing(fail_on) else 0


def evaluate(report, baseline: Baseline | None = None) -> Gate:
    """Sort the report's findings against ``baseline`` and the articles' inline accepts."""
    inline, problems = accept.accepted(report.articles, report.claims, report.findings)
    reasons: dict[str, str] = {}
    state: dict[str, str] = {}
    for f in report.findings:
        if baseline is not None:
            known = f.id in baseline
            state[f.id] = "unchanged" if known else "new"
            if known:
                reasons[f.id] = f"baseline: {baseline.reason(f.id)}"
                continue
        if f.id in inline:
            reasons[f.id] = f"accepted inline: {inline[f.id]}"
    return Gate(list(report.findings), reasons, state, problems)
