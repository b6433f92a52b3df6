"""Plain-text findings for a terminal or a pre-commit hook: one block per finding,
``file:line`` first so editors and terminals can jump to it.

With ``first`` (the articles being checked), a finding is located at its claim in
one of those articles; with a :class:`~factcheck.gate.Gate`, accepted findings
say so and why.
"""
from __future__ import annotations


def _members(f, by_id, first):
    members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
    mine = [c for c in members if c.article in first]
    return mine + [c for c in members if c not in mine]


def render(report, gate=None, first: frozenset[str] | set[str] = frozenset(), findings=None) -> str:
    """The findings (default: all of the report's) as text, then a count."""
    by_id = {c.id: c for c in report.claims}
    accepted = gate.accepted if gate is not None else {}
    findings = report.findings if findings is None else findings
    lines = []
    for f in findings:
        members = _members(f, by_id, first)
        head = members[0] if members else None
        where = f"{head.article}:{head.line}" if head else "-"
        lines.append(f"{where}: {f.severity.value}: {f.verdict.value}: {f.message}")
        outlets = sorted({c.outlet or "unknown outlet" for c in members})
        if len(outlets) > 1:
            lines.append(f"    outlets: {', '.join(outlets)}")
        if f.id in accepted:
            lines.append(f"    accepted ({accepted[f.id]})")
        for c in members:
            lines.append(f"    {c.article}:{c.line} [{c.outlet or 'unknown outlet'}] {' '.join(c.sentence.split())}")
    n = len(findings)
    summary = f"{n} finding{'s' if n != 1 else ''}"
    shown_accepted = sum(1 for f in findings if f.id in accepted)
    if shown_accepted:
        summary += f" ({n - shown_accepted} new, {shown_accepted} accepted)"
    lines.append(summary)
    return "\n".join(lines) + "\n"
