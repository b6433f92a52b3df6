"""``sources.yaml``: what a newsroom knows of each article (outlet, date, title).

    articles:
      budget-vote.md:
        outlet: Reuters
        published: 2023-03-01
        dateline: Brussels
        title: ...

Paths are relative to the manifest's folder and may not leave it.
"""
from __future__ import annotations

from pathlib import Path

from factcheck.errors import InputError, Problem
from factcheck.ingest import META_KEYS, set_field
from factcheck.yamlload import LineDict, load_yaml_file


def _target(folder: Path, name: object) -> Path | None:
    """The real path a manifest entry names (links followed), or None when it
    cannot name a file (NUL bytes, a link loop, not text)."""
    if not isinstance(name, str) or not name.strip():
        return None
    try:
        return (folder / name).resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def read_manifest(path: Path, display: str) -> tuple[dict[Path, dict], list[Problem]]:
    """The fields of each article the manifest names, by path; and its problems,
    each with its line. A bad entry is reported and the others are read."""
    problems: list[Problem] = []
    try:
        data = load_yaml_file(path, display, error=InputError)
    except InputError as exc:
        return {}, [exc.as_problem()]
    except RecursionError:
        return {}, [Problem(display, "nested too deeply to read", 1)]
    if data is None:
        return {}, []
    if not isinstance(data, LineDict) or set(data) - {"articles"}:
        extra = sorted(set(data) - {"articles"}) if isinstance(data, dict) else []
        line = data.where[extra[0]][0] if extra else getattr(data, "line", None)
        return {}, [Problem(display, "a manifest holds one key, 'articles', a mapping of file name to fields"
                            + (f"; unknown key {extra[0]!r}" if extra else ""), line)]
    articles = data.get("articles") or {}
    if not isinstance(articles, LineDict):
        return {}, [Problem(display, "'articles' must map file names to their fields", data.where["articles"][0])]
    root = path.parent.resolve()
    out: dict[Path, dict] = {}
    for name, fields in articles.items():
        line = articles.where[name][0]
        target = _target(path.parent, name)
        if target is None or root not in target.parents:
            problems.append(Problem(display, f"{name!r} is outside the manifest's folder (or not a file name)",
                                    line))
            continue
        if not target.is_file():
            problems.append(Problem(display, f"{name!r}: no such article", line, level="warning"))
            continue
        if not isinstance(fields, LineDict):
            problems.append(Problem(display, f"{name!r}: expected a mapping of fields", line))
            continue
        meta = {}
        for key, value in fields.items():
            kline = fields.where[key][0]
            if key not in META_KEYS:
                problems.append(Problem(display, f"{name}: unknown key {key!r} (expected one of "
                                        f"{', '.join(META_KEYS)})", kline))
                continue
            set_field(meta, problems, key, value, display, kline, prefix=f"{name}: ")
        out[path.parent / str(name)] = meta
    return out, problems
