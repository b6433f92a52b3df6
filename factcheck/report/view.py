"""What the readable reports show, computed once for Markdown and HTML alike:
a summary, and per finding a headline, each outlet's claim (the sentence split
around the figure), where it is, who is cited, and why it was judged so.

Nothing here escapes text: each writer escapes for its own format.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from factcheck.model import Claim, Finding, Kind

VERDICT_TITLES = {
    "diverge": "Divergence", "rule_violated": "Contradicts a reference fact", "unsourced": "Unsourced",
    "single_source": "Single source", "agree": "Agreement", "rule_confirmed": "Confirmed by a reference fact",
}
VERDICT_ORDER = ("diverge", "rule_violated", "unsourced", "single_source", "rule_confirmed", "agree")
SEVERITY_ORDER = ("error", "warning", "info")


@dataclass(frozen=True)
class ClaimView:
    id: str
    outlet: str
    published: str  # ISO date or ""
    where: str  # file:line
    attribution: str | None
    before: str  # sentence text before the claim
    claim: str  # the claim's words
    after: str
    kind: str


@dataclass(frozen=True)
class FindingView:
    id: str
    verdict: str
    verdict_title: str
    severity: str
    headline: str
    message: str
    claims: tuple[ClaimView, ...]
    why: tuple[str, ...]
    outlets: tuple[str, ...]
    cluster: str | None
    accepted: str | None = None
    chart: object = None  # a factcheck.report.chart.Chart, or None


@dataclass
class Summary:
    articles: int
    outlets: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    claims: int
    kinds: tuple[tuple[str, int], ...]
    clusters: int
    findings: int
    by_verdict: tuple[tuple[str, str, int], ...]  # (verdict, title, count)
    by_severity: tuple[tuple[str, int], ...]
    article_rows: tuple[tuple[str, str, str, int], ...]  # (file, outlet, published, claims)
    problems: tuple[str, ...] = field(default_factory=tuple)
    accepted: int = 0


def claim_view(c: Claim) -> ClaimView:
    lo, hi = c.start - c.sentence_start, c.end - c.sentence_start
    s = c.sentence
    if not (0 <= lo <= hi <= len(s)):
        before, mid, after = s, "", ""
    else:
        before, mid, after = s[:lo], s[lo:hi], s[hi:]
    squash = " ".join
    return ClaimView(c.id, c.outlet or "unknown outlet", c.published.isoformat() if c.published else "",
                     f"{c.article}:{c.line}", c.attribution,
                     squash(before.split()) + (" " if before[-1:].isspace() else ""), squash(mid.split()),
                     (" " if after[:1].isspace() else "") + squash(after.split()), c.kind.value)


def headline(f: Finding, members: list[Claim]) -> str:
    """A short title an editor can scan: the figures and who gives them."""
    if not members:
        return VERDICT_TITLES[f.verdict.value]
    if f.rule == "calendar":  # the weekday and the date as written
        return f"weekday and date: “{f.details.get('written', '')}”"
    if f.rule == "quote-speaker":
        speakers: dict[str, str] = {}  # one person once, as first written: "Renquist", "Minister Halla Renquist"
        for m in members:
            name = (m.speaker or "an unnamed speaker").split(",", 1)[0].split()
            speakers.setdefault(name[-1].casefold() if name else "", m.speaker or "an unnamed speaker")
        return "quote given to " + " vs ".join(speakers.values())
    c = members[0]
    if c.kind is Kind.EVENT:
        title = f"{(c.action or 'event').replace('_', ' ')} ({', '.join(c.actors) or 'unnamed actors'})"
        if f.verdict.value != "diverge":
            return title
        told: dict[str, list[str]] = {}
        for m in members:
            if m.date_start is not None:
                when = (m.date_start.isoformat() if m.date_start == m.date_end
                        else f"{m.date_start.isoformat()}..{m.date_end.isoformat()}")
                told.setdefault(when, []).append(m.outlet or m.article)
        dates = " vs ".join(f"{when} ({', '.join(sorted(set(who)))})" for when, who in sorted(told.items()))
        return f"{title}: {dates}" if dates else title
    if c.kind is Kind.QUOTE:
        return f"quote of {c.speaker or 'an unnamed speaker'}"
    figures: dict[str, list[str]] = {}
    for m in members:
        figures.setdefault(" ".join(m.text.split()), []).append(m.outlet or m.article)
    parts = [f"“{text}” ({', '.join(sorted(set(who)))})" for text, who in figures.items()]
    return " vs ".join(parts) if f.verdict.value in ("diverge", "agree") else parts[0]


def why(f: Finding, by_id: dict[str, Claim]) -> tuple[str, ...]:
    """The reasons of the verdict, one short phrase each."""
    d = f.details or {}
    parts = []
    if "intervals" in d:
        parts += [f"{by_id[k].outlet or by_id[k].article} “{by_id[k].text}” allows {v}"
                  for k, v in sorted(d["intervals"].items(), key=lambda kv: _claim_order(by_id, kv[0])) if k in by_id]
    if "interval" in d:
        parts.append(f"the figure allows {d['interval']}")
    if "tolerance" in d:
        t = d["tolerance"]
        parts.append(f"tolerance: {t['abs']:g} absolute, {t['rel']:g} relative")
    if "alternates" in d:
        parts.append("restated as " + ", ".join(f"[{a[0]}, {a[1]}] {a[2]}" for a in d["alternates"]))
    if "date_tolerance_days" in d:
        parts.append(f"date tolerance: {d['date_tolerance_days']} days")
    if f.rule:
        fact = d.get("fact") or {}
        parts.append(f"rule {f.rule}" + (f" ({fact.get('file')}:{fact.get('line')})" if fact.get("file") else ""))
    m = d.get("match") or {}
    if m.get("links"):
        parts.append("matched on " + ", ".join(m.get("keys") or [m.get("key") or "?"]) + ": "
                     + _link_reasons(m["links"], m.get("links_total")))
    return tuple(parts)


def _link_reasons(links: list[dict], total: int | None, shown: int = 3) -> str:
    """The reasons of a cluster's links, each said once, with how many of the
    links listed give it (a cluster of one story often links every pair for
    the same reason)."""
    counts: dict[str, int] = {}
    for link in links:
        counts[link["why"]] = counts.get(link["why"], 0) + 1
    said = [why if n == 1 else f"{why} ({n} pairs)" for why, n in list(counts.items())[:shown]]
    if len(counts) > shown:
        said.append(f"{len(counts) - shown} other reasons")
    text = "; ".join(said)
    return f"{text} (of the first {len(links)} of {total} pairs)" if total and total > len(links) else text


def _claim_order(by_id, claim_id):
    c = by_id.get(claim_id)
    return (c.article, c.start) if c else ("", 0)


def reading_order(report, per_verdict: int | None = None) -> list[Finding]:
    """The report's findings in the order a reader should see them (the first
    ``per_verdict`` of each verdict, when given)."""
    order = {v: n for n, v in enumerate(VERDICT_ORDER)}
    ordered = sorted(report.findings, key=lambda f: (order[f.verdict.value], -f.severity.rank, f.id))
    if per_verdict is not None:
        seen: Counter = Counter()
        kept = []
        for f in ordered:
            seen[f.verdict] += 1
            if seen[f.verdict] <= per_verdict:
                kept.append(f)
        ordered = kept
    return ordered


def iter_finding_views(report, findings: Iterable[Finding], accepted: dict[str, str] | None = None,
                       charts: bool = False, by_id: dict[str, Claim] | None = None) -> Iterator[FindingView]:
    """The view of each of ``findings``, one at a time (a large report need
    not hold them all)."""
    from factcheck.report import chart as chart_mod

    by_id = by_id if by_id is not None else {c.id: c for c in report.claims}
    accepted = accepted or {}
    for f in findings:
        members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
        yield FindingView(
            f.id, f.verdict.value, VERDICT_TITLES[f.verdict.value], f.severity.value, headline(f, members),
            f.message, tuple(claim_view(c) for c in members), why(f, by_id),
            tuple(sorted({c.outlet or "unknown outlet" for c in members})), f.cluster, accepted.get(f.id),
            chart_mod.chart(f, members) if charts else None)


@dataclass(frozen=True)
class Glance:
    """What a table of findings shows of one: less than a :class:`FindingView`."""

    severity: str
    verdict_title: str
    headline: str
    where: tuple[str, ...]  # file:line of the first claims, in reading order
    claims: int


def iter_glances(findings: Iterable[Finding], by_id: dict[str, Claim], first: int = 3) -> Iterator[Glance]:
    """A :class:`Glance` of each of ``findings``, with the place of the first
    ``first`` claims."""
    for f in findings:
        members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
        yield Glance(f.severity.value, VERDICT_TITLES[f.verdict.value], headline(f, members),
                     tuple(f"{c.article}:{c.line}" for c in members[:first]), len(members))


def finding_views(report, accepted: dict[str, str] | None = None, charts: bool = False,
                  per_verdict: int | None = None) -> list[FindingView]:
    """The report's findings, in the order a reader should see them (the
    first ``per_verdict`` of each verdict, when given)."""
    return list(iter_finding_views(report, reading_order(report, per_verdict), accepted, charts))


def summary(report, accepted: dict[str, str] | None = None) -> Summary:
    verdicts = Counter(f.verdict.value for f in report.findings)
    severities = Counter(f.severity.value for f in report.findings)
    dates = sorted(a.published.isoformat() for a in report.articles if a.published)
    per_article = Counter(c.article for c in report.claims)
    return Summary(
        articles=len(report.articles), outlets=tuple(sorted({a.outlet or "unknown" for a in report.articles})),
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        claims=len(report.claims), kinds=tuple(sorted(Counter(c.kind.value for c in report.claims).items())),
        clusters=len(report.clusters), findings=len(report.findings),
        by_verdict=tuple((v, VERDICT_TITLES[v], verdicts.get(v, 0)) for v in VERDICT_ORDER),
        by_severity=tuple((s, severities.get(s, 0)) for s in SEVERITY_ORDER),
        article_rows=tuple((a.id, a.outlet or "unknown", a.published.isoformat() if a.published else "unknown",
                            per_article.get(a.id, 0)) for a in sorted(report.articles, key=lambda a: a.id)),
        problems=tuple(str(p) for p in sorted(report.problems, key=lambda p: (p.file, p.line or 0, p.message))),
        accepted=len([f for f in report.findings if accepted and f.id in accepted]),
    )
