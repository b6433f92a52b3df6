"""report.md: what an editor reads before publication.

A summary (counts by verdict and severity, outlets and dates covered), a table
of every finding at a glance, then each finding under its verdict: a one-line
verdict, every outlet's sentence with the figure in bold, ``file:line``, the
named source, and why it was judged so. All article text is escaped.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Iterator

from factcheck.report.view import (VERDICT_ORDER, VERDICT_TITLES, FindingView, Glance, iter_finding_views,
                                   iter_glances, reading_order, summary)

__all__ = ["VERDICT_ORDER", "VERDICT_TITLES", "render", "render_pieces", "md_escape"]


_MD_SPECIAL = re.compile(r"[\\*_`\[\]<>|#~]")


def md_escape(text: str) -> str:
    """Text that Markdown shows as written (one line, no markup, no HTML)."""
    text = str(text)
    if _MD_SPECIAL.search(text) is not None:
        text = _MD_SPECIAL.sub(r"\\\g<0>", text)
    return " ".join(text.split())


def _code(text: str) -> str:
    return "`" + str(text).replace("`", "'") + "`"


def _summary_lines(s) -> list[str]:
    dates = f", published {s.first_date} to {s.last_date}" if s.first_date else ""
    kinds = ", ".join(f"{n} {k}" for k, n in s.kinds) or "none"
    sev = ", ".join(f"{n} {k}" for k, n in s.by_severity)
    out = [f"**{s.articles} articles** from {len(s.outlets)} outlets ({md_escape(', '.join(s.outlets))}){dates}.",
           f"{s.claims} claims ({kinds}); {s.clusters} matched across articles; **{s.findings} findings** ({sev})"
           + (f", {s.accepted} accepted inline" if s.accepted else "") + ".", "",
           "| verdict | findings |", "|---|---:|"]
    out += [f"| {title} | {n} |" for _, title, n in s.by_verdict]
    out += ["", "| severity | findings |", "|---|---:|"]
    out += [f"| {name} | {n} |" for name, n in s.by_severity]
    return out


def _glance(glances: Iterable[Glance]) -> Iterator[str]:
    yield from ("## At a glance", "", "| # | severity | verdict | what | where |", "|---:|---|---|---|---|")
    for n, g in enumerate(glances, start=1):
        where = "<br>".join(_code(w) for w in g.where) + (" …" if g.claims > 3 else "")
        yield f"| {n} | {g.severity} | {g.verdict_title} | {md_escape(g.headline)} | {where} |"


def _articles(s) -> list[str]:
    out = ["## Articles", "", "| file | outlet | published | claims |", "|---|---|---|---:|"]
    out += [f"| {_code(f)} | {md_escape(o)} | {p} | {n} |" for f, o, p, n in s.article_rows]
    if s.problems:
        out += ["", "## Input problems", ""] + [f"- {_code(p)}" for p in s.problems]
    return out


def _claim(c) -> list[str]:
    when = f", {c.published}" if c.published else ""
    source = f"source: {md_escape(c.attribution)}" if c.attribution else "no source named"
    quote = md_escape(c.before) + (" " if c.before.endswith(" ") else "") + (f"**{md_escape(c.claim)}**" if c.claim
                                                                             else "") \
        + (" " if c.after.startswith(" ") else "") + md_escape(c.after)
    return [f"- **{md_escape(c.outlet)}**{when} — {_code(c.where)} — {source}", f"  > {quote}"]


def _finding(n: int, v: FindingView) -> list[str]:
    out = [f"### {n}. {v.severity.upper()}: {md_escape(v.headline)}", "",
           f"**{v.verdict_title}.** {md_escape(v.message)}", ""]
    if v.accepted:
        out += [f"*Accepted: {md_escape(v.accepted)}*", ""]
    for c in v.claims:
        out += _claim(c)
    if v.why:
        out += ["", "Why:", ""] + [f"- {md_escape(w)}" for w in v.why]
    out += ["", f"Finding {_code(v.id)}."]
    return out


def render(report, accepted: dict[str, str] | None = None) -> str:
    """The Markdown report; ``accepted`` maps finding ids accepted inline to the reason."""
    return "".join(render_pieces(report, accepted))


#: lines joined into one piece of :func:`render_pieces`
_PIECE_LINES = 5000


def render_pieces(report, accepted: dict[str, str] | None = None) -> Iterator[str]:
    """:func:`render` in pieces: the findings are read one at a time, once
    for the table at a glance and once for their sections, so a report of
    hundreds of thousands of findings is never held whole."""
    buf: list[str] = []
    pending = ""
    for line in _lines(report, accepted):
        buf.append(line)
        if len(buf) >= _PIECE_LINES:
            if pending:
                yield pending
            pending = "\n".join(buf) + "\n"
            buf = []
    yield (pending + "\n".join(buf)).rstrip() + "\n"


def _lines(report, accepted: dict[str, str] | None) -> Iterator[str]:
    s = summary(report, accepted)
    ordered = reading_order(report)
    by_id = {c.id: c for c in report.claims}
    yield from ["# Consistency report", ""] + _summary_lines(s)
    if ordered:
        yield ""
        yield from _glance(iter_glances(ordered, by_id))
    yield ""
    yield from _articles(s)
    per_verdict = Counter(f.verdict.value for f in ordered)
    verdict = None
    for n, v in enumerate(iter_finding_views(report, ordered, accepted, by_id=by_id), start=1):
        if v.verdict != verdict:
            verdict = v.verdict
            yield from ("", f"## {VERDICT_TITLES[verdict]} ({per_verdict[verdict]})")
        yield ""
        yield from _finding(n, v)
