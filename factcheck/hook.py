"""The pre-commit gate: check the staged articles against the configured corpus.

pre-commit calls ``factcheck hook FILE ...`` with the staged files (see
``.pre-commit-hooks.yaml``). Settings come from ``[tool.factcheck]`` in
``pyproject.toml`` or from ``factcheck.yaml`` (see :mod:`factcheck.config`).
A finding accepted by the baseline or by an inline directive does not fail the
commit; a new one at or above ``fail-on`` does.

The corpus is read through the claims cache (``cache`` in the settings): the
first commit indexes it, later commits extract only the staged articles and
the corpus files that changed, and look up only the blocks of their claims
(:func:`factcheck.incremental.check_indexed`; the findings are those of a full
run). The cache is the only thing the hook writes; with ``cache = false`` it
writes nothing and extracts the whole corpus every time.

This path imports nothing heavy (no pandas or numpy): it starts fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence


def select(files: Sequence[str], config) -> list[str]:
    """The files the settings ask to check, in order, without duplicates."""
    chosen: list[str] = []
    for f in files:
        try:
            rel = os.path.relpath(Path(f).resolve(), config.root)
        except ValueError:
            rel = f
        if config.selects(rel) and f not in chosen:
            chosen.append(f)
    return chosen


def run_hook(files: Sequence[str], *, fail_on: str | None = None, baseline_file: str | None = None,
             quiet: bool = False, out=None, err=None) -> int:
    """Check ``files``; print what fails; return the exit code (0, 1 or 2)."""
    from factcheck.config import find_config

    out = out or sys.stdout
    err = err or sys.stderr
    config = find_config()
    drafts = select(files, config)
    if not drafts:
        return 0
    from factcheck.baseline import load_baseline
    from factcheck.gate import evaluate
    from factcheck.ingest import discover
    from factcheck.report import text
    from factcheck.rules import load_rules

    rules = load_rules(config.path(config.rules) if config.rules else None)
    baseline_file = baseline_file or (str(config.path(config.baseline)) if config.baseline else None)
    baseline = load_baseline(baseline_file) if baseline_file else None
    level = fail_on or config.fail_on or rules.policy.fail_on
    corpus = [str(config.path(c)) for c in config.corpus]
    result = None
    cache = _cache(config, rules, err)
    if cache is not None:  # before the extractor's modules are imported: their patterns come from the store
        from factcheck import regexstore

        regexstore.use(cache.folder / regexstore.FILE_NAME)
    from factcheck.pipeline import run

    if cache is not None:
        from factcheck.incremental import check_indexed
        from factcheck.parallel import default_jobs

        result = check_indexed(corpus, drafts, rules, cache, jobs=default_jobs())
    if result is None:  # no cache, or an index that could not be read
        result = run(corpus, rules, drafts=drafts)
    gate = evaluate(result, baseline)
    first = {display for _, display in discover(drafts)[0]}
    failing = gate.failing(level)
    if failing:
        out.write(text.render(result, gate, first, findings=failing))
        out.write(f"factcheck: {len(failing)} new finding(s) at or above '{level}' in the staged articles; "
                  "fix them, accept one inline with 'factcheck: accept <claim> reason: <why>', "
                  "or add it to the baseline\n")
    for p in sorted([*result.problems, *gate.problems], key=lambda p: (p.file, p.line or 0, p.message)):
        if p.level == "error" or not quiet:
            err.write(f"{p}\n")
    return gate.return_code(result, level)


def _cache(config, rules, err):
    """The claims cache the settings ask for, or None (a cache that cannot be
    opened is reported and the corpus read without it)."""
    if config.cache is False:
        return None
    import sqlite3

    from factcheck.cache import ClaimCache, code_version, resolve_dir

    # a folder named in the settings is relative to them, and so is the default
    folder = config.path(config.cache) if isinstance(config.cache, str) else resolve_dir(None, base=config.root)
    try:
        return ClaimCache(folder, code_version(rules))
    except (OSError, sqlite3.Error) as exc:
        err.write(f"{folder}: warning: cannot use the claims cache ({exc}); reading the whole corpus\n")
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point in the style of pre-commit hooks: ``main([...files])`` returns the exit code."""
    from factcheck.cli import main as cli_main

    return cli_main(["hook", *(sys.argv[1:] if argv is None else argv)])
