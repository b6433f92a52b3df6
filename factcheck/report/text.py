"""Plain-text findings for a terminal or a pre-commit hook: one block per finding,
``file:line`` first so editors and terminals can jump to it."""
from __future__ import annotations


def render(report) -> str:
    by_id = {c.id: c for c in report.claims}
    lines = []
    for f in report.findings:
        members = sorted((by_id[i] for i in f.claims if i in by_id), key=lambda c: (c.article, c.start))
        first = members[0] if members else None
        where = f"{first.article}:{first.line}" if first else "-"
        lines.append(f"{where}: {f.severity.value}: {f.verdict.value}: {f.message}")
        for c in members:
            lines.append(f"    {c.article}:{c.line} [{c.outlet or 'unknown outlet'}] {' '.join(c.sentence.split())}")
    n = len(report.findings)
    lines.append(f"{n} finding{'s' if n != 1 else ''}")
    return "\n".join(lines) + "\n"
