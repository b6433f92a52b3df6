"""A baseline: findings a newsroom has looked at and accepts, each with a reason.

Entries are keyed by the finding's id, a fingerprint of its verdict and its
claims' content, never of line numbers: moving a paragraph does not change the
baseline, and the gate never rewrites it. The file is JSON, sorted by id, with
no timestamps::

    {
      "version": 1,
      "findings": [
        {"id": "0dfee29fc6218e87", "verdict": "unsourced", "severity": "warning",
         "articles": ["seeds/003.txt"], "message": "No source named ...",
         "reason": "accepted on baseline creation"}
      ]
    }

Only ``id`` and ``reason`` are needed; the other fields help a reader.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from factcheck.errors import BaselineError
from factcheck.model import Finding

VERSION = 1
DEFAULT_REASON = "accepted on baseline creation"
ENTRY_KEYS = ("id", "verdict", "severity", "articles", "message", "reason")


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    reason: str
    verdict: str = ""
    severity: str = ""
    articles: tuple[str, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class Baseline:
    entries: dict[str, Entry]
    file: str = ""

    def __contains__(self, finding_id: str) -> bool:
        return finding_id in self.entries

    def reason(self, finding_id: str) -> str | None:
        entry = self.entries.get(finding_id)
        return entry.reason if entry else None


def load_baseline(path: str | Path) -> Baseline:
    """Read and validate a baseline file; any problem is a :class:`BaselineError` naming it."""
    file = Path(path).as_posix()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError("baseline file not found", file=file,
                            hint="write one with 'factcheck baseline --output FILE'") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline: {exc}", file=file) from exc
    except json.JSONDecodeError as exc:
        raise BaselineError(f"not valid JSON: {exc.msg}", file=file, line=exc.lineno, column=exc.colno) from exc
    return Baseline(_entries(data, file), file)


def _entries(data, file: str) -> dict[str, Entry]:
    if not isinstance(data, dict) or set(data) != {"version", "findings"}:
        raise BaselineError("a baseline is an object with exactly the keys 'version' and 'findings'", file=file)
    if data["version"] != VERSION:
        raise BaselineError(f"unsupported baseline version {data['version']!r} (expected {VERSION})", file=file)
    if not isinstance(data["findings"], list):
        raise BaselineError("'findings' must be a list", file=file)
    entries: dict[str, Entry] = {}
    for n, raw in enumerate(data["findings"]):
        entry = _entry(raw, f"findings[{n}]", file)
        if entry.id in entries:
            raise BaselineError(f"findings[{n}]: finding {entry.id} is listed twice", file=file)
        entries[entry.id] = entry
    return entries


def _entry(raw, where: str, file: str) -> Entry:
    if not isinstance(raw, dict):
        raise BaselineError(f"{where} must be an object", file=file)
    unknown = sorted(set(raw) - set(ENTRY_KEYS))
    if unknown:
        raise BaselineError(f"{where}: unknown key {unknown[0]!r}", file=file, hint="keys: " + ", ".join(ENTRY_KEYS))
    for key in ("id", "reason"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise BaselineError(f"{where}: '{key}' must be a non-empty string", file=file)
    for key in ("verdict", "severity", "message"):
        if not isinstance(raw.get(key, ""), str):
            raise BaselineError(f"{where}: '{key}' must be a string", file=file)
    articles = raw.get("articles", [])
    if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
        raise BaselineError(f"{where}: 'articles' must be a list of strings", file=file)
    return Entry(raw["id"], raw["reason"], raw.get("verdict", ""), raw.get("severity", ""), tuple(articles),
                 raw.get("message", ""))


def make_baseline(findings: Iterable[Finding], reason: str = DEFAULT_REASON,
                  previous: Baseline | None = None) -> Baseline:
    """A baseline accepting ``findings``; reasons already given in ``previous`` are kept."""
    entries = {}
    for f in findings:
        kept = previous.reason(f.id) if previous else None
        entries[f.id] = Entry(f.id, kept or reason, f.verdict.value, f.severity.value, tuple(f.articles), f.message)
    return Baseline(entries)


def dumps(baseline: Baseline) -> str:
    """The baseline as JSON text: sorted by id, same input gives the same bytes."""
    rows = []
    for e in sorted(baseline.entries.values(), key=lambda e: e.id):
        rows.append({"id": e.id, "verdict": e.verdict, "severity": e.severity, "articles": list(e.articles),
                     "message": e.message, "reason": e.reason})
    return json.dumps({"version": VERSION, "findings": rows}, ensure_ascii=False, indent=2) + "\n"


def split(findings: Sequence[Finding], baseline: Baseline | None) -> tuple[list[Finding], list[Finding]]:
    """``(new, known)``: findings not in the baseline, and those it accepts."""
    if baseline is None:
        return list(findings), []
    new = [f for f in findings if f.id not in baseline]
    known = [f for f in findings if f.id in baseline]
    return new, known
