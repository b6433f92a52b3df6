"""JSON output: the arrays other tools read (field names are a contract)."""
from __future__ import annotations

import json

from factcheck.report.records import claim_rows, finding_row


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def claims_json(claims) -> str:
    return dumps(claim_rows(claims))


def findings_json(findings, claims) -> str:
    by_id = {c.id: c for c in claims}
    return dumps([finding_row(f, by_id) for f in findings])
