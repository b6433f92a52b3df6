"""Claims and findings as plain rows (dicts of JSON-able values), shared by the
JSON, CSV and other writers so the field names live in one place."""
from __future__ import annotations

from datetime import date
from typing import Iterable

from factcheck.model import LINKS_KEPT, Claim, Finding

#: claims.csv / extract --format csv columns, in order
CLAIM_FIELDS = (
    "id", "article", "outlet", "published", "line", "start", "end", "kind", "text", "subject", "value", "low",
    "high", "low_inclusive", "high_inclusive", "unit", "dimension", "hedge", "period_start", "period_end",
    "direction", "compared_with", "checkworthy", "attribution", "actors", "action", "date_start", "date_end",
    "time", "place", "polarity", "modality", "speaker", "quote", "quote_kind", "sentence",
)
#: findings.csv columns, in order
FINDING_FIELDS = ("id", "verdict", "severity", "rule", "articles", "lines", "claims", "message")


#: entries of a finding's pairwise lists written out (match links, clashes,
#: pairs not compared, reworded quotes): they grow with the square of a
#: cluster's size; a list cut short says how many it held in ``<name>_total``
PAIR_LIST_LIMIT = LINKS_KEPT
_PAIR_LISTS = ("not_compared", "clashes", "wording_changed")


def bounded_details(details: dict, limit: int = PAIR_LIST_LIMIT) -> dict:
    """``details`` with its pairwise lists cut to ``limit`` entries (a copy
    when something is cut; small findings come back unchanged)."""
    out = None
    for name in _PAIR_LISTS:
        v = details.get(name)
        if isinstance(v, list) and len(v) > limit:
            out = out if out is not None else dict(details)
            out[name] = v[:limit]
            out[f"{name}_total"] = len(v)
    m = details.get("match")
    if isinstance(m, dict) and isinstance(m.get("links"), list) and len(m["links"]) > limit:
        out = out if out is not None else dict(details)
        # a cluster that kept only some of its links already counts them all
        out["match"] = {**m, "links": m["links"][:limit], "links_total": max(m.get("links_total", 0), len(m["links"]))}
    return details if out is None else out


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


def _members(f: Finding, claims_by_id: dict[str, Claim]) -> list[Claim]:
    """The finding's claims in reading order (article, then position)."""
    return sorted((claims_by_id[i] for i in f.claims if i in claims_by_id), key=lambda c: (c.article, c.start))


def finding_lines(members: Iterable[Claim]) -> list[str]:
    """``article:line`` of each claim, as the ``lines`` field holds them."""
    return [f"{c.article}:{c.line}" for c in members]


def finding_row(f: Finding, claims_by_id: dict[str, Claim]) -> dict:
    members = _members(f, claims_by_id)
    return {
        "id": f.id, "verdict": f.verdict.value, "severity": f.severity.value, "rule": f.rule,
        "articles": list(f.articles), "claims": list(f.claims), "lines": finding_lines(members),
        "message": f.message, "cluster": f.cluster, "details": bounded_details(f.details),
        "quotes": [{"claim": c.id, "article": c.article, "outlet": c.outlet, "line": c.line, "text": c.text,
                    "sentence": c.sentence, "attribution": c.attribution} for c in members],
    }


def finding_csv_row(f: Finding, claims_by_id: dict[str, Claim]) -> tuple:
    """The values of :data:`FINDING_FIELDS` of a finding, as :func:`finding_row`
    has them, without building the rest of the row (details, quotes)."""
    return (f.id, f.verdict.value, f.severity.value, f.rule, f.articles,
            finding_lines(_members(f, claims_by_id)), f.claims, f.message)


def claim_rows(claims: Iterable[Claim]) -> list[dict]:
    return [claim_row(c) for c in sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id))]
