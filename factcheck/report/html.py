"""report.html: the consistency report as one self-contained page.

No network: the CSS, the small filtering script and the charts (inline SVG) are
in the file. Built with jinja2 with autoescaping on: every piece of article text
is escaped, so a ``<script>`` in an article stays text.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from factcheck.report.view import SEVERITY_ORDER, VERDICT_ORDER, VERDICT_TITLES, finding_views, summary


#: clusters shown in the outlet x cluster table; the rest are counted (every
#: finding is still listed in full below the table)
OVERVIEW_COLUMNS = 60


@dataclass(frozen=True)
class Overview:
    """Outlet x cluster table: which figure each outlet gives for each cluster."""

    columns: tuple[tuple[str, str, str], ...]  # (finding id, headline, verdict)
    rows: tuple[tuple[str, tuple[str, ...]], ...]  # (outlet, cell per column; "" when absent)
    hidden: int = 0  # clusters left out of the table


def overview(views, limit: int = OVERVIEW_COLUMNS) -> Overview:
    """The table of the first ``limit`` clusters in reading order (divergences first)."""
    clustered = [v for v in views if v.cluster and len(v.outlets) > 1]
    shown = clustered[:limit]
    outlets = sorted({c.outlet for v in shown for c in v.claims})
    columns = tuple((v.id, v.headline, v.verdict) for v in shown)
    rows = []
    for o in outlets:
        cells = tuple("; ".join(dict.fromkeys(c.claim for c in v.claims if c.outlet == o)) for v in shown)
        rows.append((o, cells))
    return Overview(columns, tuple(rows), len(clustered) - len(shown))


def _environment():
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("factcheck", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


#: findings listed per verdict on the page (most severe first); a browser
#: cannot use a page of tens of thousands of findings, the other files hold all
FINDINGS_PER_VERDICT = 1000


def render(report, accepted: dict[str, str] | None = None, per_verdict: int = FINDINGS_PER_VERDICT) -> str:
    """The HTML report; ``accepted`` maps finding ids accepted inline to the reason."""
    views = finding_views(report, accepted, charts=True, per_verdict=per_verdict)
    totals = Counter(f.verdict.value for f in report.findings)
    shown = Counter(v.verdict for v in views)
    hidden = {v: totals[v] - shown[v] for v in totals if totals[v] > shown[v]}
    template = _environment().get_template("report.html.j2")
    return template.render(
        summary=summary(report, accepted), findings=views, overview=overview(views),
        verdicts=[(v, VERDICT_TITLES[v]) for v in VERDICT_ORDER if any(f.verdict == v for f in views)],
        outlets=sorted({o for f in views for o in f.outlets}), severities=SEVERITY_ORDER,
        hidden=hidden, totals=totals, per_verdict=per_verdict,
    )
