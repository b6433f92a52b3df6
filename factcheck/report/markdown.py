"""report.md: what an editor reads before publication."""
from __future__ import annotations

from collections import Counter

from factcheck.model import Claim, Finding, Kind, Verdict

VERDICT_TITLES = {
    "diverge": "Divergence", "rule_violated": "Contradicts a reference fact", "unsourced": "Unsourced",
    "single_source": "Single source", "agree": "Agreement", "rule_confirmed": "Confirmed by a reference fact",
}
VERDICT_ORDER = ("diverge", "rule_violated", "unsourced", "single_source", "rule_confirmed", "agree")


def _md_escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def highlight(c: Claim) -> str:
    """The claim's sentence with the claim's words in bold."""
    rel_start = c.start - c.sentence_start
    rel_end = c.end - c.sentence_start
    s = c.sentence
    if not (0 <= rel_start <= rel_end <= len(s)):
        return _md_escape(s)
    pre, mid, post = s[:rel_start], s[rel_start:rel_end], s[rel_end:]
    return (_md_escape(pre) + (" " if pre[-1:].isspace() else "") + f"**{_md_escape(mid)}**"
            + (" " if post[:1].isspace() else "") + _md_escape(post))


def _claim_line(c: Claim) -> str:
    who = c.outlet or "unknown outlet"
    when = f", {c.published.isoformat()}" if c.published else ""
    src = f" — source: {_md_escape(c.attribution)}" if c.attribution else " — no source named"
    return f"- **{_md_escape(who)}**{when} (`{c.article}:{c.line}`){src}\n  > {highlight(c)}"


def _why(f: Finding, by_id: dict[str, Claim]) -> str:
    d = f.details or {}
    parts = []
    if "intervals" in d:
        iv = "; ".join(f"{by_id[k].outlet or by_id[k].article}: {v}" for k, v in sorted(d["intervals"].items())
                       if k in by_id)
        parts.append(f"intervals {iv}")
    if "interval" in d:
        parts.append(f"interval {d['interval']}")
    if "tolerance" in d:
        t = d["tolerance"]
        parts.append(f"tolerance abs {t['abs']:g}, rel {t['rel']:g}")
    if "alternates" in d:
        parts.append("restated as " + ", ".join(f"[{a[0]}, {a[1]}] {a[2]}" for a in d["alternates"]))
    if "date_tolerance_days" in d:
        parts.append(f"date tolerance {d['date_tolerance_days']} days")
    if f.rule:
        fact = d.get("fact", {})
        parts.append(f"rule `{f.rule}`" + (f" ({fact.get('file')}:{fact.get('line')})" if fact else ""))
    m = d.get("match") or {}
    if m.get("links"):
        parts.append("matched on " + ", ".join(m.get("keys") or [m.get("key", "")]) + ", " + "; ".join(l["why"] for l in m["links"][:3]))
    return "; ".join(parts)


def render(report) -> str:
    by_id = {c.id: c for c in report.claims}
    out: list[str] = ["# Consistency report", ""]
    verdicts = Counter(f.verdict.value for f in report.findings)
    severities = Counter(f.severity.value for f in report.findings)
    outlets = sorted({a.outlet or "unknown" for a in report.articles})
    dates = sorted(a.published.isoformat() for a in report.articles if a.published)
    out.append(f"{len(report.articles)} articles from {len(outlets)} outlets ({', '.join(outlets)})"
               + (f", published {dates[0]} to {dates[-1]}" if dates else "") + ".")
    kinds = Counter(c.kind.value for c in report.claims)
    out.append(f"{len(report.claims)} claims ({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), "
               f"{len(report.clusters)} matched across articles, {len(report.findings)} findings.")
    out += ["", "| verdict | findings |", "|---|---:|"]
    out += [f"| {VERDICT_TITLES[v]} | {verdicts.get(v, 0)} |" for v in VERDICT_ORDER]
    out += ["", "| severity | findings |", "|---|---:|"]
    out += [f"| {s} | {severities.get(s, 0)} |" for s in ("error", "warning", "info")]
    out += ["", "## Articles", "", "| file | outlet | published | claims |", "|---|---|---|---:|"]
    per_article = Counter(c.article for c in report.claims)
    for a in report.articles:
        out.append(f"| `{a.id}` | {_md_escape(a.outlet or 'unknown')} | "
                   f"{a.published.isoformat() if a.published else 'unknown'} | {per_article.get(a.id, 0)} |")
    if report.problems:
        out += ["", "## Input problems", ""]
        out += [f"- `{p}`" for p in sorted(report.problems, key=lambda p: (p.file, p.line or 0, p.message))]
    for verdict in VERDICT_ORDER:
        group = [f for f in report.findings if f.verdict.value == verdict]
        if not group:
            continue
        out += ["", f"## {VERDICT_TITLES[verdict]} ({len(group)})", ""]
        for f in group:
            members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
            out.append(f"### {f.severity.value.upper()}: {_md_escape(_headline(f, members))}")
            out.append("")
            out.append(f"Finding `{f.id}`. {_md_escape(f.message)}")
            out.append("")
            out += [_claim_line(c) for c in members]
            why = _why(f, by_id)
            if why:
                out += ["", f"Why: {_md_escape(why)}"]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _headline(f: Finding, members: list[Claim]) -> str:
    c = members[0] if members else None
    if c is None:
        return f.verdict.value
    if c.kind is Kind.EVENT:
        return f"{c.action} ({', '.join(c.actors)})"
    if c.kind is Kind.QUOTE:
        return f"quote of {c.speaker}"
    return c.subject or c.text
