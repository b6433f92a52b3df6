from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
from fixture import fixed_report  # noqa: E402

from factcheck.cli import main  # noqa: E402
from factcheck.report import html  # noqa: E402
from factcheck.report.chart import chart, nice_ticks, parse_interval  # noqa: E402


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.scripts, self.text = [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


@pytest.fixture(scope="module")
def page():
    text = html.render(fixed_report(), {"f0unsourced00002": "figure checked with the ministry"})
    p = _Collect()
    p.feed(text)
    return text, p


def test_article_text_is_escaped(page):
    text, p = page
    assert len([t for t, _ in p.tags if t == "script"]) == 2  # the page's own: error handler and filters
    assert all("alert" not in s for s in p.scripts)
    assert "<script>alert('x')</script>" in "".join(p.text)  # shown as text


def test_self_contained(page):
    text, p = page
    for tag, attrs in p.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not re.match(r"^(https?:)?//", value), (tag, attrs)
        assert tag not in ("link", "img", "iframe")
    assert "<style>" in text and "@import" not in text and "url(http" not in text


def test_findings_filters_and_overview(page):
    text, p = page
    findings = [a for t, a in p.tags if t == "article" and "finding" in a.get("class", "")]
    assert [a["data-verdict"] for a in findings] == ["diverge", "unsourced", "single_source"]
    assert {a["id"] for a in findings} == {"f-f0diverge0000001", "f-f0unsourced00002", "f-f0single00000003"}
    options = [a.get("value") for t, a in p.tags if t == "option"]
    assert {"diverge", "unsourced", "single_source", "Reuters", "Daily Planet", "Our Paper"} <= set(options)
    assert 'class="overview"' in text and "<th>Reuters</th>" in text and "<th>Daily Planet</th>" in text
    assert "Accepted: figure checked with the ministry" in text


def test_chart_draws_each_outlet_and_open_bounds(page):
    text, _ = page
    svg = re.search(r'<svg class="chart v-diverge".*?</svg>', text, re.S).group(0)
    assert svg.count('<g class="bar">') == 2
    assert "url(#fr-f0diverge0000001)" in svg  # "more than 30%" fades to the right, with an arrow
    assert svg.count("<path ") == 1
    assert "<circle" in svg  # 23% is a single figure: a dot
    assert "Reuters · 23%" in svg


def test_chart_geometry():
    report = fixed_report()
    by_id = {c.id: c for c in report.claims}
    f = report.findings[0]
    ch = chart(f, [by_id[i] for i in f.claims])
    planet, reuters = ch.bars
    assert planet.open_high and not planet.open_low and not planet.point
    assert reuters.point and reuters.x1 < planet.x1 < planet.x2  # 23 lies left of (30, 45]
    assert ch.plot_x1 <= reuters.x1 and planet.x2 <= ch.plot_x2
    assert chart(report.findings[1], [by_id["c0ours0000000003"]]) is None
    assert parse_interval("[1, +inf)") == (1.0, float("inf"))
    assert nice_ticks(0.3, 0.9)[0] >= 0.3


def test_report_command_writes_html(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text("---\noutlet: Wire\npublished: 2023-01-01\n---\n"
                            "Exports rose 23% in 2022 <b>bold</b>, the ministry said.\n", encoding="utf-8")
    assert main(["report", "a.md", "--out", "out", "-q"]) == 0
    text = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "&lt;b&gt;bold&lt;/b&gt;" in text and "<b>bold</b>" not in text
