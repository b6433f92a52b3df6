"""CSV output: stable, diffable, safe to open in a spreadsheet.

Rows are sorted, ids are content fingerprints, there are no timestamps, and a
cell that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) is prefixed with ``'``. Numbers are
written as numbers, so a negative figure stays a number.
"""
from __future__ import annotations

import csv
import io
from enum import Enum
from operator import attrgetter
from typing import Iterator

from factcheck.report.records import CLAIM_FIELDS, FINDING_FIELDS, _json_value, finding_csv_row

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value) -> str:
    """One CSV cell: numbers as numbers, enums by value, lists joined by ``; ``,
    text that a spreadsheet would run as a formula prefixed with ``'``, line
    breaks written as ``\\n``.

    >>> [safe_cell(v) for v in (None, True, 3, 2.0, 0.25, -4.5, "=1+1", "-x", ["a", "b"])]
    ['', 'true', '3', '2', '0.25', '-4.5', "'=1+1", "'-x", 'a; b']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if "\r" in text:  # a line break as \n whatever the file had: rows never split when read back
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def _claim_cell(v) -> str:
    """``safe_cell`` of a claim field as its JSON row holds it, with the common
    types (text, None, numbers) written directly."""
    t = type(v)
    if t is str:
        if "\r" in v:
            return safe_cell(v)
        return "'" + v if v.startswith(_FORMULA_START) else v
    if v is None:
        return ""
    if t is int:
        return str(v)
    if t is float:
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return safe_cell(_json_value(v))


def claims_csv(claims) -> str:
    """The claims, one row each, in the order of :func:`records.claim_rows`."""
    return "".join(claims_csv_pieces(claims))


def claims_csv_pieces(claims, rows_per_piece: int = 2000) -> Iterator[str]:
    """:func:`claims_csv` in pieces of ``rows_per_piece`` rows: a large file is
    written without ever being held whole."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CLAIM_FIELDS)
    cell = _claim_cell
    fields = attrgetter(*CLAIM_FIELDS)
    seen: dict = {}  # cells of dates, enums, flags and actor lists: few distinct values, written again and again
    for i, c in enumerate(sorted(claims, key=lambda c: (c.article, c.start, c.end, c.id)), 1):
        row = []
        for v in fields(c):
            t = type(v)
            if t is str or t is int or t is float or v is None:
                row.append(cell(v))
            else:
                try:
                    text = seen.get(v)
                except TypeError:  # a value that cannot be a key (a list)
                    text = cell(v)
                if text is None:
                    text = cell(v)
                    if len(seen) < 100_000:
                        seen[v] = text
                row.append(text)
        w.writerow(row)
        if i % rows_per_piece == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def findings_csv(findings, claims) -> str:
    """The findings, one row each, sorted by finding id."""
    return "".join(findings_csv_pieces(findings, claims))


def findings_csv_pieces(findings, claims, rows_per_piece: int = 2000) -> Iterator[str]:
    """:func:`findings_csv` in pieces of ``rows_per_piece`` rows, each row
    made as it is written (a report of hundreds of thousands of findings
    never holds them all as rows)."""
    by_id = {c.id: c for c in claims}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(FINDING_FIELDS)
    for i, f in enumerate(sorted(findings, key=lambda f: f.id), 1):
        w.writerow([safe_cell(v) for v in finding_csv_row(f, by_id)])
        if i % rows_per_piece == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()
