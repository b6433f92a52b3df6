"""CSV output: stable, diffable, safe to open in a spreadsheet.

Rows are sorted, ids are content fingerprints, there are no timestamps, and a
cell that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is prefixed with ``'``. Numbers are
written as numbers, so a negative figure stays a number.
"""
from __future__ import annotations

import csv
import io

from factcheck.report.records import CLAIM_FIELDS, FINDING_FIELDS, claim_rows, finding_row

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) and not value.is_integer() else str(int(value)) \
            if isinstance(value, float) and abs(value) < 1e15 else str(value)
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _write(rows, fields) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fields)
    for row in rows:
        w.writerow([safe_cell(row.get(f)) for f in fields])
    return buf.getvalue()


def claims_csv(claims) -> str:
    return _write(claim_rows(claims), CLAIM_FIELDS)


def findings_csv(findings, claims) -> str:
    by_id = {c.id: c for c in claims}
    rows = sorted((finding_row(f, by_id) for f in findings), key=lambda r: r["id"])
    return _write(rows, FINDING_FIELDS)
