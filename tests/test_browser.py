"""report.html in a real browser (headless Chromium): it loads without script
errors, shows the findings, and its filters work (set through the URL hash)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
from fixture import fixed_report  # noqa: E402

from factcheck.report import html  # noqa: E402

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def _browser() -> str:
    found = next((shutil.which(n) for n in NAMES if shutil.which(n)), None)
    if found:
        return found
    if os.environ.get("FACTCHECK_REQUIRE_BROWSER"):
        pytest.fail("FACTCHECK_REQUIRE_BROWSER is set but no Chromium was found on PATH")
    pytest.skip("no Chromium on PATH (install Debian's 'chromium' package to run this test)")


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("html")
    path = folder / "report.html"
    path.write_text(html.render(fixed_report()), encoding="utf-8")
    return path


def _run(page: Path, tmp: Path, *args: str, fragment: str = "") -> subprocess.CompletedProcess:
    cmd = [_browser(), *FLAGS, f"--user-data-dir={tmp / 'profile'}", "--enable-logging=stderr", "--v=0", *args,
           page.as_uri() + fragment]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_page_loads_without_errors_and_shows_findings(page, tmp_path):
    proc = _run(page, tmp_path, "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = proc.stdout
    assert 'data-ready="1"' in dom, "the page's script did not finish"
    assert 'data-js-error="1"' not in dom and '<div id="js-errors" hidden=""></div>' in dom
    assert "Uncaught" not in proc.stderr
    assert dom.count('<article class="finding') == 3
    assert "3 of 3 findings shown" in dom
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom


@pytest.mark.slow
def test_filters_by_verdict_and_outlet(page, tmp_path):
    dom = _run(page, tmp_path, "--dump-dom", fragment="#verdict=diverge").stdout
    assert "1 of 3 findings shown" in dom
    shown = [line for line in dom.splitlines() if line.startswith("<article") and "hidden" not in line]
    assert len(shown) == 1 and 'data-verdict="diverge"' in shown[0]
    dom = _run(page, tmp_path, "--dump-dom", fragment="#outlet=Our%20Paper").stdout
    assert "2 of 3 findings shown" in dom


@pytest.mark.slow
def test_screenshot(page, tmp_path):
    shot = tmp_path / "report.png"
    proc = _run(page, tmp_path, f"--screenshot={shot}", "--window-size=1100,1600")
    assert proc.returncode == 0 and shot.is_file(), proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
