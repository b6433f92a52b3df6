"""``factcheck rules check [DIR]``: validate a rules folder and say so in one line.

Exit 0 with a one-line summary when the rules are valid (warnings are printed
but do not fail); exit 2 with every error of every file otherwise.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from factcheck.rules import RulesCheck, check_rules


def summary(result: RulesCheck, folder: str | None) -> str:
    """One line: what was read and how many entries of each section."""
    r = result.rules
    assert r is not None
    where = f"{folder} (on top of the built-in rules)" if folder else "built-in rules"
    return (f"rules OK: {where}: {len(r.entities)} entities, {len(r.metrics)} metrics, "
            f"{len(r.event_types)} event types, {len(r.outlets)} outlets, {len(r.facts)} facts"
            + (f", {len(result.warnings)} warning(s)" if result.warnings else ""))


def run_check(folder: str | None, echo: Callable[[str, bool], None], *, defaults: bool = True) -> int:
    """Check ``folder`` (``./rules`` when None and present); returns the exit code."""
    if folder is None and Path("rules").is_dir():
        folder = "rules"
    result = check_rules(folder, defaults=defaults)
    for err in result.errors:
        echo(f"error: {err}", True)
    if result.errors:
        files = len({e.file for e in result.errors})
        echo(f"rules invalid: {len(result.errors)} error(s) in {files} file(s)", True)
        return 2
    for w in result.warnings:
        echo(f"warning: {w}", True)
    echo(summary(result, folder), False)
    return 0
