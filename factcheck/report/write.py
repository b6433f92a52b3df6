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
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from factcheck.fsutil import commit, discard, fill, reserve
from factcheck.report import csvout, html, jsonout, markdown

#: renderers in the order the files are written, with their rendering time in
#: seconds for a 10,000-article report (used to give each process an equal share);
#: a renderer returns the text, or its pieces in order (written as they come)
RENDERERS = {
    "report.md": (lambda r, inline: markdown.render_pieces(r, inline), 2.7),
    "report.html": (lambda r, inline: html.render(r, inline), 0.9),
    "claims.csv": (lambda r, inline: csvout.claims_csv_pieces(r.claims), 1.9),
    "findings.csv": (lambda r, inline: csvout.findings_csv_pieces(r.findings, r.claims), 0.6),
    "findings.json": (lambda r, inline: jsonout.findings_json_pieces(r.findings, r.claims), 1.9),
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


def _groups(jobs: int, names=RENDERERS) -> list[list[str]]:
    groups: list[list[str]] = [[] for _ in range(jobs)]
    totals = [0.0] * jobs
    for name in sorted(names, key=lambda n: -RENDERERS[n][1]):
        g = totals.index(min(totals))
        groups[g].append(name)
        totals[g] += RENDERERS[name][1]
    return [g for g in groups if g]


#: report files that need nothing but the claims: :class:`Ahead` renders them
#: while the findings are still being judged
CLAIMS_ONLY = {"claims.csv": csvout.claims_csv_pieces}


def _render_ahead(claims, reserved: dict[str, str]) -> None:
    for name, render in CLAIMS_ONLY.items():
        fill(reserved[name], render(claims))


class Ahead:
    """The report files that need only the claims (:data:`CLAIMS_ONLY`),
    rendered by a forked process while this one judges: judging takes one
    core, so on two the other is free. (100,000 articles, when it was added:
    ``claims.csv`` took 30 s; judging 32 s alone and 40 s beside it, and
    writing the rest 48 s instead of 68. Now judging takes 27 s alone, 37 s
    beside it.) :func:`write_report` takes the files when it is done with the
    others; if the forked process failed, it renders them itself."""

    def __init__(self, out_dir: str | Path, claims):
        from factcheck.forked import Forked

        self.out = Path(out_dir)
        self.reserved: dict[str, str] = {}
        try:
            for name in CLAIMS_ONLY:
                self.reserved[name] = reserve(self.out / name)
        except OSError:  # write_report reports an unusable folder
            self.cancel()
            self._child = None
            return
        self._child = Forked(_render_ahead, claims, self.reserved)

    @classmethod
    def start(cls, out_dir: str | Path, claims, jobs: int) -> "Ahead | None":
        """An :class:`Ahead` when it pays: ``jobs`` > 1, a large report, fork
        available and the memory for another copy of this process."""
        if jobs <= 1 or not _parallel_ok(len(claims), 1):
            return None
        return cls(out_dir, claims)

    def take(self, out_dir: str | Path) -> dict[str, str]:
        """Name -> temporary file of each file rendered (waiting for them);
        empty if the forked process failed (its files are then removed)."""
        ok = self._child is not None and self._child.result()[0] and Path(out_dir) == self.out
        if not ok:
            self.cancel()
            return {}
        done, self.reserved = self.reserved, {}
        return done

    def cancel(self) -> None:
        """Stop the forked process and remove its files (nothing is written)."""
        if getattr(self, "_child", None) is not None:
            self._child.cancel()
        discard([(tmp, self.out / name) for name, tmp in self.reserved.items()])
        self.reserved = {}


def write_report(report, out_dir: str | Path, jobs: int = 1, ahead: Ahead | None = None) -> list[str]:
    """Render and write every report file; with ``jobs`` > 1, a large report is
    rendered by that many processes, and ``ahead`` holds the files already
    being rendered. Either every file is replaced or none: the temporary files
    are reserved here first, so that whatever fails (even a rendering process
    that is killed), they are removed here."""
    global _JOB
    out = Path(out_dir)
    staged: list[tuple[str, Path]] = []
    later = CLAIMS_ONLY if ahead is not None else ()
    names = [n for n in RENDERERS if n not in later]
    try:
        for name in names:
            staged.append((reserve(out / name), out / name))
        _JOB = (report, _inline(report), {path.name: tmp for tmp, path in staged})
        groups = _groups(min(jobs, len(names)), names)
        if len(groups) > 1 and _parallel_ok(len(report.claims), len(groups) - 1):
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=len(groups) - 1, mp_context=ctx) as pool:
                futures = [pool.submit(_render_group, g) for g in groups[1:]]
                _render_group(groups[0])  # this process renders a share too, rather than wait
                for future in futures:
                    future.result()
        else:
            _render_group(names)
        if ahead is not None:
            done = ahead.take(out)
            for name in later:
                tmp = done.pop(name, None)
                if tmp is None:  # the forked process failed: render it here
                    tmp = reserve(out / name)
                    staged.append((tmp, out / name))
                    fill(tmp, RENDERERS[name][0](report, _JOB[1]))
                else:
                    staged.append((tmp, out / name))
    except BaseException:
        discard(staged)
        if ahead is not None:
            ahead.cancel()
        raise
    finally:
        _JOB = None
    order = {name: i for i, name in enumerate(RENDERERS)}
    staged.sort(key=lambda st: order[st[1].name])
    commit(staged)
    return [(out / name).as_posix() for name in RENDERERS]


def _parallel_ok(claims: int, forks: int) -> bool:
    """Fork ``forks`` renderers for a report of ``claims`` claims when it is
    large, where fork exists, and only when the memory holds another copy of
    this process per renderer (:func:`factcheck.heap.fork_fits`)."""
    if claims < PARALLEL_RENDER_MIN_CLAIMS or "fork" not in multiprocessing.get_all_start_methods():
        return False
    from factcheck.heap import fork_fits

    return fork_fits(forks)
