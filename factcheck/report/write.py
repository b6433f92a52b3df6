"""Write every report file of a run into a folder, atomically.

The set: ``report.md`` and ``report.html`` (for an editor), ``claims.csv`` and
``findings.csv`` (for review as a diff), ``findings.json`` (for tools). The
same input gives the same bytes: rows sorted, relative paths, no timestamps.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.fsutil import write_files_atomic
from factcheck.report import csvout, html, jsonout, markdown


def render_all(report) -> dict[str, str]:
    """File name -> text of every report file, in the order they are written."""
    from factcheck.accept import accepted

    inline, _ = accepted(report.articles, report.claims, report.findings)
    return {
        "report.md": markdown.render(report, inline),
        "report.html": html.render(report, inline),
        "claims.csv": csvout.claims_csv(report.claims),
        "findings.csv": csvout.findings_csv(report.findings, report.claims),
        "findings.json": jsonout.findings_json(report.findings, report.claims),
    }


def write_report(report, out_dir: str | Path) -> list[str]:
    out = Path(out_dir)
    files = render_all(report)
    write_files_atomic({out / name: text for name, text in files.items()})
    return [(out / name).as_posix() for name in files]
