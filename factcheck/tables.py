"""Tables: the only module that imports pandas (for ``factcheck diff``).

Cells are read as text, exactly as written (no type guessing, an empty cell
stays ``""``), so a diff shows what a reviewer sees in the file.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from factcheck.errors import FactcheckError


class TableError(FactcheckError):
    """A CSV file that cannot be read or is not a factcheck table."""


@dataclass(frozen=True)
class Table:
    file: str
    columns: tuple[str, ...]
    rows: dict[str, dict[str, str]]  # id -> {column: cell}


def read_table(path: str | Path) -> Table:
    """A CSV file with an ``id`` column, keyed by id; errors name the file."""
    file = Path(path).as_posix()
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8")
    except FileNotFoundError as exc:
        raise TableError("no such file", file=file) from exc
    except pd.errors.EmptyDataError as exc:
        raise TableError("empty file, expected a CSV header", file=file) from exc
    except (pd.errors.ParserError, UnicodeDecodeError, OSError) as exc:
        raise TableError(f"not a readable UTF-8 CSV file: {exc}", file=file) from exc
    columns = tuple(str(c) for c in frame.columns)
    if "id" not in columns:
        raise TableError("no 'id' column: not a claims.csv or findings.csv table", file=file)
    dupes = frame["id"][frame["id"].duplicated()]
    if len(dupes):
        raise TableError(f"id {dupes.iloc[0]!r} appears twice", file=file)
    rows = {r["id"]: r for r in frame.to_dict(orient="records")}
    return Table(file, columns, rows)


def changed_cells(old: dict[str, str], new: dict[str, str], columns, ignore=()) -> dict[str, tuple[str, str]]:
    """``{column: (old, new)}`` for the cells that differ (a missing column reads as empty)."""
    out = {}
    for col in columns:
        if col in ignore:
            continue
        a, b = old.get(col, ""), new.get(col, "")
        if a != b:
            out[col] = (a, b)
    return out
