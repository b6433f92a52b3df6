"""Write every report file of a run into a folder, atomically."""
from __future__ import annotations

from pathlib import Path

from factcheck.fsutil import write_atomic
from factcheck.report import csvout, jsonout, markdown


def write_report(report, out_dir: str | Path) -> list[str]:
    out = Path(out_dir)
    files = {
        "report.md": markdown.render(report),
        "claims.csv": csvout.claims_csv(report.claims),
        "findings.csv": csvout.findings_csv(report.findings, report.claims),
        "findings.json": jsonout.findings_json(report.findings, report.claims),
    }
    for name, text in files.items():
        write_atomic(out / name, text)
    return [(out / name).as_posix() for name in files]
