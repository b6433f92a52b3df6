"""``factcheck diff OLD NEW``: what changed between two findings.csv or claims.csv
files, or between two report folders, in a form a reviewer can read.

Rows are matched by id (a content fingerprint). A finding whose id changed
because its claims changed (an outlet joined a cluster, a claim's words were
edited) is paired with its old self when both share a claim and a verdict, and
shown as changed. Positions (``line``, ``start``, ``end``, ``lines``) are not
compared: a paragraph that moves is not a change.

Markers, as in daff: ``+++`` added, ``---`` resolved (removed), ``->`` changed,
with each changed cell as ``old -> new``.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.model import FAIL_LEVELS

TABLES = ("findings.csv", "claims.csv")
POSITION_COLUMNS = ("line", "start", "end", "lines")
SUMMARY = {"findings": ("severity", "verdict", "lines", "message"),
           "claims": ("article", "line", "outlet", "text", "sentence")}
RANKS = {"info": 1, "warning": 2, "error": 3}


class DiffError(FactcheckError):
    """Inputs that cannot be compared."""


@dataclass
class Change:
    old_id: str
    new_id: str
    row: dict[str, str]  # the new row
    cells: dict[str, tuple[str, str]]


@dataclass
class TableDiff:
    name: str  # "findings" | "claims"
    columns: tuple[str, ...]
    added: list[dict] = field(default_factory=list)
    resolved: list[dict] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.resolved or self.changed)


def kind_of(table) -> str:
    """``findings`` or ``claims``, from the header."""
    cols = set(table.columns)
    if {"verdict", "severity", "claims"} <= cols:
        return "findings"
    if {"kind", "text", "article"} <= cols:
        return "claims"
    raise DiffError("neither a findings.csv nor a claims.csv table (see the README, section Workflows, for the columns)",
                    file=table.file)


def diff_tables(old, new) -> TableDiff:
    """Added, resolved and changed rows between two tables of the same kind."""
    kind = kind_of(old)
    if kind_of(new) != kind:
        raise DiffError(f"cannot compare a {kind} table with a {kind_of(new)} table", file=new.file)
    from factcheck.tables import changed_cells

    columns = tuple(dict.fromkeys(old.columns + new.columns))
    out = TableDiff(kind, columns)
    for key in sorted(old.rows.keys() & new.rows.keys()):
        cells = changed_cells(old.rows[key], new.rows[key], columns, POSITION_COLUMNS)
        if cells:
            out.changed.append(Change(key, key, new.rows[key], cells))
    gone = [old.rows[k] for k in sorted(old.rows.keys() - new.rows.keys())]
    came = [new.rows[k] for k in sorted(new.rows.keys() - old.rows.keys())]
    if kind == "findings":
        gone, came = _pair(gone, came, columns, out.changed)
    out.added, out.resolved = came, gone
    out.changed.sort(key=lambda c: (c.new_id, c.old_id))
    return out


def _claim_ids(row: dict) -> set[str]:
    return {c.strip() for c in row.get("claims", "").split(";") if c.strip()}


def _pair(gone: list[dict], came: list[dict], columns, changed: list[Change]):
    """Pair resolved and added findings that share a verdict and a claim."""
    from factcheck.tables import changed_cells

    left = list(came)
    still_gone = []
    for old in gone:
        match = next((n for n in left if n.get("verdict") == old.get("verdict")
                      and _claim_ids(n) & _claim_ids(old)), None)
        if match is None:
            still_gone.append(old)
            continue
        left.remove(match)
        changed.append(Change(old["id"], match["id"], match, changed_cells(old, match, columns, POSITION_COLUMNS)))
    return still_gone, left


def _load(path: Path):
    from factcheck.tables import read_table

    return read_table(path)


def diff_paths(old: str, new: str) -> list[TableDiff]:
    """Compare two CSV files or two report folders."""
    a, b = Path(old), Path(new)
    for p in (a, b):
        if not p.exists():
            raise DiffError("no such file or folder", file=p.as_posix())
    if a.is_dir() != b.is_dir():
        raise DiffError("compare two CSV files or two report folders, not one of each", file=b.as_posix())
    if not a.is_dir():
        return [diff_tables(_load(a), _load(b))]
    out = []
    for name in TABLES:
        pa, pb = a / name, b / name
        if not pa.exists() and not pb.exists():
            continue
        out.append(diff_tables(_load(pa), _load(pb)))
    if not out:
        raise DiffError("no findings.csv or claims.csv in this folder", file=a.as_posix())
    return out


def fails(diffs: list[TableDiff], fail_on: str) -> bool:
    """True when an added finding, or a changed one newly, reaches ``fail_on``."""
    if fail_on == "never":
        return False
    level = FAIL_LEVELS.index(fail_on)
    for d in diffs:
        if d.name != "findings":
            continue
        if any(RANKS.get(r.get("severity", ""), 0) >= level for r in d.added):
            return True
        for c in d.changed:
            old_sev, new_sev = c.cells.get("severity", (c.row.get("severity", ""),) * 2)
            if RANKS.get(new_sev, 0) >= level > RANKS.get(old_sev, 0):
                return True
    return False


def _one_line(text: str, width: int = 100) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _summary_line(name: str, d: TableDiff) -> str:
    return f"{name}.csv: {len(d.added)} added, {len(d.resolved)} resolved, {len(d.changed)} changed"


def _changed_cells(cells: dict[str, tuple[str, str]]) -> list[str]:
    """``column: old -> new`` when short, else the old and new text on lines of their own."""
    out = []
    for col, (a, b) in cells.items():
        if col == "id":
            continue
        a, b = " ".join(a.split()) or "(empty)", " ".join(b.split()) or "(empty)"
        if len(a) + len(b) <= 90:
            out.append(f"    {col}: {a} -> {b}")
        else:
            out += [f"    {col}:", f"      - {a}", f"      + {b}"]
    return out


def render_text(diffs: list[TableDiff]) -> str:
    """A readable listing: a count line per table, then one block per row."""
    out = []
    for d in diffs:
        out.append(_summary_line(d.name, d))
        show = SUMMARY[d.name]
        for marker, rows in (("+++", d.added), ("---", d.resolved)):
            for r in rows:
                out.append(f"{marker} {r['id']}  " + "  ".join(_one_line(r.get(c, ""), 60) for c in show[:-1]
                                                            if r.get(c, "")))
                out.append(f"    {_one_line(r.get(show[-1], ''))}")
        for c in d.changed:
            ident = c.new_id if c.old_id == c.new_id else f"{c.old_id} -> {c.new_id}"
            out.append(f"->  {ident}  " + "  ".join(_one_line(c.row.get(k, ""), 60) for k in show[:-1]
                                                   if c.row.get(k, "") and k not in c.cells))
            out += _changed_cells(c.cells)
        out.append("")
    if all(d.empty for d in diffs):
        out.append("no differences")
    return "\n".join(out).rstrip("\n") + "\n"


def render_csv(diffs: list[TableDiff]) -> str:
    """One row per changed cell: ``table,change,id,column,old,new``; added and
    resolved rows give each of their non-empty cells."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(("table", "change", "id", "column", "old", "new"))
    for d in diffs:
        for change, rows in (("added", d.added), ("resolved", d.resolved)):
            for r in rows:
                for col in d.columns:
                    if col != "id" and r.get(col, ""):
                        cell = r[col]
                        w.writerow([d.name, change, r["id"], col, *((cell, "") if change == "resolved" else ("", cell))])
        for c in d.changed:
            if c.old_id != c.new_id:
                w.writerow([d.name, "changed", c.new_id, "id", c.old_id, c.new_id])
            for col, (a, b) in c.cells.items():
                if col != "id":
                    w.writerow([d.name, "changed", c.new_id, col, a, b])
    return buf.getvalue()
