"""Claims and findings as plain rows (dicts of JSON-able values), shared by the
JSON, CSV and other writers so the field names live in one place."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from factcheck.model import Claim, Finding

#: claims.csv / extract --format csv columns, in order
CLAIM_FIELDS = (
    "id", "article", "outlet", "published", "line", "start", "end", "kind", "text", "subject", "value", "low",
    "high", "low_inclusive", "high_inclusive", "unit", "dimension", "hedge", "period_start", "period_end",
    "direction", "compared_with", "checkworthy", "attribution", "actors", "action", "date_start", "date_end",
    "place", "polarity", "modality", "speaker", "quote", "quote_kind", "sentence",
)
#: findings.csv columns, in order
FINDING_FIELDS = ("id", "verdict", "severity", "rule", "articles", "lines", "claims", "message")


def _json_value(v):
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, tuple):
        return [_json_value(x) for x in v]
    if hasattr(v, "value") and not isinstance(v, (int, float, str)):
        return v.value
    return v


def claim_row(c: Claim) -> dict:
    row = {name: _json_value(getattr(c, name)) for name in CLAIM_FIELDS}
    row["alternates"] = [list(a) for a in c.alternates]
    return row


def finding_row(f: Finding, claims_by_id: dict[str, Claim]) -> dict:
    members = [claims_by_id[i] for i in f.claims if i in claims_by_id]
    return {
        "id": f.id, "verdict": f.verdict.value, "severity": f.severity.value, "rule": f.rule,
        "articles": list(f.articles), "claims": list(f.claims),
        "lines": [f"{c.article}:{c.line}" for c in sorted(members, key=lambda c: (c.article, c.start))],
        "message": f.message, "cluster": f.cluster, "details": f.details,
        "quotes": [{"claim": c.id, "article": c.article, "outlet": c.outlet, "line": c.line, "text": c.text,
                    "sentence": c.sentence, "attribution": c.attribution}
                   for c in sorted(members, key=lambda c: (c.article, c.start))],
    }


def claim_rows(claims: Iterable[Claim]) -> list[dict]:
    return [claim_row(c) for c in sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id))]
