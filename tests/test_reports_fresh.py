"""The committed reports/ is the golden file of the seeds: regenerating it must
give the same bytes."""
from __future__ import annotations

from conftest import ROOT

from factcheck.cli import main


def test_committed_reports_are_what_factcheck_report_writes(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "reports"
    assert main(["report", "--out", str(out), "--quiet"]) in (0, 2)
    for path in sorted(out.iterdir()):
        committed = ROOT / "reports" / path.name
        assert committed.is_file(), f"reports/{path.name} is not committed"
        assert committed.read_bytes() == path.read_bytes(), (
            f"reports/{path.name} is stale: run 'factcheck report' and commit reports/")
