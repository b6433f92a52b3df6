"""Write every report file of a run into a folder, atomically.

The set: ``report.md`` and ``report.html`` (for an editor), ``claims.csv`` and
``findings.csv`` (for review as a diff), ``findings.json`` (for tools). The
same input gives the same bytes: rows sorted, relative paths, no timestamps.

Each file is rendered and staged (written to a temporary file) on its own, so
only one rendered file is held in memory at a time; the renames happen once
every file was staged. A large report is rendered in forked processes, a few
files each: they inherit the report, so nothing is sent to them, and they
return only the names of the files they staged.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from factcheck.fsutil import commit, discard, stage
from factcheck.report import csvout, html, jsonout, markdown

#: renderers in the order the files are written, with their rough share of the
#: rendering time of a large report (used to give each process an equal share);
#: a renderer returns the text, or its pieces in order (written as they come)
RENDERERS = {
    "report.md": (lambda r, inline: markdown.render(r, inline), 5),
    "report.html": (lambda r, inline: html.render(r, inline), 2),
    "claims.csv": (lambda r, inline: csvout.claims_csv_pieces(r.claims), 3),
    "findings.csv": (lambda r, inline: csvout.findings_csv(r.findings, r.claims), 1.5),
    "findings.json": (lambda r, inline: jsonout.findings_json_pieces(r.findings, r.claims), 3.5),
}

#: reports with fewer claims are rendered in this process: forking costs more
PARALLEL_RENDER_MIN_CLAIMS = 20_000

_JOB: tuple | None = None  # (report, inline, out) inherited by forked renderers


def _inline(report):
    from factcheck.accept import accepted

    return accepted(report.articles, report.claims, report.findings)[0]


def render_all(report) -> dict[str, str]:
    """File name -> text of every report file, in the order they are written."""
    inline = _inline(report)
    out = {}
    for name, (render, _) in RENDERERS.items():
        text = render(report, inline)
        out[name] = text if isinstance(text, str) else "".join(text)
    return out


def _stage_group(names: list[str]) -> list[tuple[str, Path]]:
    report, inline, out = _JOB
    staged: list[tuple[str, Path]] = []
    try:
        for name in names:
            text = RENDERERS[name][0](report, inline)
            staged.append((stage(out / name, text), out / name))
            del text
    except BaseException:
        discard(staged)
        raise
    return staged


def _groups(jobs: int) -> list[list[str]]:
    groups: list[list[str]] = [[] for _ in range(jobs)]
    totals = [0.0] * jobs
    for name in sorted(RENDERERS, key=lambda n: -RENDERERS[n][1]):
        g = totals.index(min(totals))
        groups[g].append(name)
        totals[g] += RENDERERS[name][1]
    return [g for g in groups if g]


def write_report(report, out_dir: str | Path, jobs: int = 1) -> list[str]:
    """Render and write every report file; with ``jobs`` > 1, a large report is
    rendered by that many processes. Either every file is replaced or none."""
    global _JOB
    out = Path(out_dir)
    _JOB = (report, _inline(report), out)
    try:
        parallel = jobs > 1 and len(report.claims) >= PARALLEL_RENDER_MIN_CLAIMS \
            and "fork" in multiprocessing.get_all_start_methods()
        staged: list[tuple[str, Path]] = []
        if not parallel:
            try:
                for name in RENDERERS:
                    staged.extend(_stage_group([name]))
            except BaseException:
                discard(staged)
                raise
        else:
            groups = _groups(min(jobs, len(RENDERERS)))
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=len(groups), mp_context=ctx) as pool:
                futures = [pool.submit(_stage_group, g) for g in groups]
                errors = []
                for f in futures:
                    try:
                        staged.extend(f.result())
                    except BaseException as exc:  # keep collecting: every staged file is removed
                        errors.append(exc)
                if errors:
                    discard(staged)
                    raise errors[0]
            order = {name: i for i, name in enumerate(RENDERERS)}
            staged.sort(key=lambda s: order[s[1].name])
    finally:
        _JOB = None
    commit(staged)
    return [(out / name).as_posix() for name in RENDERERS]

