"""Write every report file of a run into a folder, atomically.

The set: ``report.md`` and ``report.html`` (for an editor), ``claims.csv`` and
``findings.csv`` (for review as a diff), ``findings.json`` (for tools). The
same input gives the same bytes: rows sorted, relative paths, no timestamps.

Each file is rendered into a temporary file of its own, and the large ones are
written in pieces, so no rendered file is held whole in memory; the renames
happen once every file was written. A large report is rendered by this
process and forked ones, a few files each: they inherit the report and the
names of their temporary files, so nothing is sent to them or back.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from factcheck.fsutil import commit, discard, fill, reserve
from factcheck.report import csvout, html, jsonout, markdown

#: renderers in the order the files are written, with their rendering time in
#: seconds for a 10,000-article report (used to give each process an equal share);
#: a renderer returns the text, or its pieces in order (written as they come)
RENDERERS = {
    "report.md": (lambda r, inline: markdown.render_pieces(r, inline), 2.7),
    "report.html": (lambda r, inline: html.render(r, inline), 1.2),
    "claims.csv": (lambda r, inline: csvout.claims_csv_pieces(r.claims), 2.5),
    "findings.csv": (lambda r, inline: csvout.findings_csv_pieces(r.findings, r.claims), 1.2),
    "findings.json": (lambda r, inline: jsonout.findings_json_pieces(r.findings, r.claims), 2.0),
}

#: reports with fewer claims are rendered in this process: forking costs more
PARALLEL_RENDER_MIN_CLAIMS = 20_000

_JOB: tuple | None = None  # (report, inline, {name: temporary file}) inherited by forked renderers


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


def _render_group(names: list[str]) -> None:
    """Render ``names`` into the temporary files reserved for them."""
    report, inline, reserved = _JOB
    for name in names:
        fill(reserved[name], RENDERERS[name][0](report, inline))


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
    rendered by that many processes. Either every file is replaced or none: the
    temporary files are reserved here first, so that whatever fails (even a
    rendering process that is killed), they are removed here."""
    global _JOB
    out = Path(out_dir)
    staged: list[tuple[str, Path]] = []
    try:
        for name in RENDERERS:
            staged.append((reserve(out / name), out / name))
        _JOB = (report, _inline(report), {path.name: tmp for tmp, path in staged})
        groups = _groups(min(jobs, len(RENDERERS)))
        if len(groups) > 1 and _parallel_ok(report, len(groups) - 1):
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=len(groups) - 1, mp_context=ctx) as pool:
                futures = [pool.submit(_render_group, g) for g in groups[1:]]
                _render_group(groups[0])  # this process renders a share too, rather than wait
                for future in futures:
                    future.result()
        else:
            _render_group(list(RENDERERS))
    except BaseException:
        discard(staged)
        raise
    finally:
        _JOB = None
    commit(staged)
    return [(out / name).as_posix() for name in RENDERERS]


def _parallel_ok(report, forks: int) -> bool:
    """Fork ``forks`` renderers for a large report, where fork exists, and only
    when the free memory holds another copy of this process per renderer and
    one to spare (a forked process copies the pages it touches)."""
    if len(report.claims) < PARALLEL_RENDER_MIN_CLAIMS or "fork" not in multiprocessing.get_all_start_methods():
        return False
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        free = os.sysconf("SC_AVPHYS_PAGES") * page
        with open("/proc/self/statm", encoding="ascii") as fh:
            resident = int(fh.read().split()[1]) * page
    except (OSError, ValueError, AttributeError, IndexError):
        return True  # cannot tell: render in parallel
    return free > (forks + 1) * resident
