"""Read articles: files and folders, front matter, a manifest, header heuristics
and boilerplate, all without moving a character of the original text.

Everything downstream points into :attr:`Article.text` by character offset; the
parts of the text that are not article prose are left out of
:attr:`Article.body` rather than cut out of the text.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from factcheck import dataload
from factcheck.errors import InputError, Problem
from factcheck.model import Article, Outlet

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
MANIFEST_NAMES = ("sources.yaml", "sources.yml")
META_KEYS = ("title", "outlet", "published", "url", "dateline")
#: files larger than this are refused (with a clear error) unless the limit is raised
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*?)\s*$", re.I)
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'\-]{1,40}?)\s*\(([^)\n]{0,60})\)\s*[—–-]{1,2}\s*")
_BRACKET_SOURCE = re.compile(
    r"^\s*\[([^,\]\n]{2,60}),\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\]")
_SENTENCE_END = re.compile(r"[.!?\"”’)]\s*$")


@dataclass
class Meta:
    """What is known about an article besides its text; later sources fill gaps."""

    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    dateline: str | None = None
    origin: dict = field(default_factory=dict)  # key -> "front matter" | "manifest" | "text"

    def fill(self, other: dict, origin: str) -> None:
        for key in META_KEYS:
            if getattr(self, key) is None and other.get(key) not in (None, ""):
                setattr(self, key, other[key])
                self.origin[key] = origin


@lru_cache(maxsize=1)
def _boilerplate_patterns() -> tuple[re.Pattern, ...]:
    data = dataload.load("boilerplate.yaml")
    return tuple(re.compile(p, re.I) for p in data["lines"])


def is_boilerplate(line: str) -> bool:
    """True for a line of page furniture ("See also ...", cookie notices, a video
    caption ending in a running time).

    >>> is_boilerplate("See also  Tommy Karlsen Sandum will be buried today")
    True
    >>> is_boilerplate("The summit took place three weeks before the war.")
    False
    """
    stripped = line.strip()
    return bool(stripped) and any(p.match(stripped) for p in _boilerplate_patterns())


def parse_date(value: object, *, file: str, line: int | None = None, key: str = "published") -> date | None:
    """A date from YAML or text: a date, or an ISO ``YYYY-MM-DD`` string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"{key}: {value!r} is not a date", file, line,
                         hint="write it as YYYY-MM-DD") from None


def _english_date(text: str) -> date | None:
    try:
        return datetime.strptime(text.replace(".", "").replace(",", ""), "%B %d %Y").date()
    except ValueError:
        try:
            return datetime.strptime(text.replace(".", "").replace(",", ""), "%b %d %Y").date()
        except ValueError:
            return None


class OutletMatcher:
    """Recognises an outlet's name in a header line, a dateline or a bracket."""

    def __init__(self, outlets: Sequence[Outlet]):
        self._exact: dict[str, str] = {}
        self._patterns: list[tuple[re.Pattern, str]] = []
        for outlet in outlets:
            self._exact[outlet.name.casefold()] = outlet.name
            for pattern in outlet.patterns:
                self._patterns.append((re.compile(pattern, re.I), outlet.name))

    def name(self, text: str) -> str | None:
        """The outlet whose name or pattern is the whole of ``text``."""
        key = text.strip().casefold()
        if not key:
            return None
        if key in self._exact:
            return self._exact[key]
        for pattern, name in self._patterns:
            if pattern.fullmatch(text.strip()):
                return name
        return None


def _lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        yield pos, end if end == pos or text[end - 1] != "\r" else end - 1
        pos = n if nl == -1 else nl + 1


def _is_prose(line: str) -> bool:
    words = line.split()
    return len(words) >= 8 or (len(words) >= 4 and bool(_SENTENCE_END.search(line)))


def analyse_text(text: str, body_from: int, outlets: OutletMatcher) -> tuple[dict, list[tuple[int, int]]]:
    """Header facts found in the text, and the body spans (line ranges of prose).

    Header lines (a leading ``date YYYY-MM-DD`` line, a lone outlet name, a lone
    place name, a title) are looked for before the first line of prose; datelines
    like ``London (CNN) —`` and ``[The Epoch Times, December 30, 2022]`` at the
    start of the first prose line.
    """
    found: dict = {}
    body: list[tuple[int, int]] = []
    in_header = True
    for start, end in _lines(text):
        if start < body_from:
            continue
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        if in_header:
            m = _DATE_LINE.match(line)
            if m:
                try:
                    found.setdefault("published", date.fromisoformat(m.group(1)))
                except ValueError:
                    pass  # an impossible date: left unknown, and warned about
                continue
        if is_boilerplate(stripped):
            continue
        if in_header:
            outlet = outlets.name(stripped)
            if outlet:
                found.setdefault("outlet", outlet)
                continue
            words = stripped.split()
            alone = _stands_alone(text, end)
            if stripped.startswith("#") or (alone and not _SENTENCE_END.search(stripped) and len(stripped) < 200
                                             and "title" not in found and len(words) >= 3):
                found.setdefault("title", stripped.lstrip("#").strip())
                continue
            if alone and not _is_prose(stripped):
                if len(words) <= 4 and not any(ch.isdigit() for ch in stripped) and "dateline" not in found \
                        and "title" not in found:
                    found["dateline"] = " ".join(w.capitalize() if w.islower() else w for w in words)
                    continue
                if len(words) >= 3 and "title" not in found:
                    found["title"] = stripped
                    continue
                if "title" in found and stripped == found["title"]:
                    continue
            in_header = False
            _dateline_in_prose(line, found, outlets)
        body.append((start, end))
    return found, body


def _stands_alone(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is followed by a blank line or the end."""
    nl = text.find("\n", end)
    if nl == -1:
        return True
    nxt = text.find("\n", nl + 1)
    return not text[nl + 1: len(text) if nxt == -1 else nxt].strip()


def _dateline_in_prose(line: str, found: dict, outlets: OutletMatcher) -> None:
    m = _DATELINE.match(line)
    if m:
        place, who = m.group(1).strip(), m.group(2).strip()
        found["dateline"] = place
        outlet = outlets.name(who) if who else None
        if outlet:
            found.setdefault("outlet", outlet)
        return
    m = _BRACKET_SOURCE.match(line)
    if m:
        outlet = outlets.name(m.group(1)) or m.group(1).strip()
        found.setdefault("outlet", outlet)
        when = _english_date(m.group(2))
        if when:
            found.setdefault("published", when)


def read_front_matter(text: str, file: str) -> tuple[dict, int]:
    """Front matter fields and the offset where the rest of the file starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    from factcheck.yamlload import load_yaml_text  # strict and safe

    data = load_yaml_text(m.group(1), file, line_offset=1) or {}
    if not isinstance(data, dict):
        raise InputError("front matter is not a mapping of keys to values", file, 2)
    meta: dict = {}
    for key, value in data.items():
        if key in ("published", "date"):
            meta["published"] = parse_date(value, file=file, line=None, key=key)
        elif key in META_KEYS:
            meta[key] = None if value is None else str(value)
    return meta, m.end()


def decode(data: bytes, file: str) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 with a BOM, or an
    encoding detected with confidence; binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("looks like UTF-16 but does not decode", file) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:4096]:
            raise InputError("binary file, not an article", file,
                             hint="articles are plain text or Markdown") from None
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None or best.encoding is None:
            line = data[: exc.start].count(b"\n") + 1
            raise InputError(f"not valid UTF-8 (byte {exc.start}) and no other encoding fits", file, line,
                             hint="save the file as UTF-8") from None
        return str(best)
    if "\x00" in text:
        raise InputError("binary file, not an article", file, hint="articles are plain text or Markdown")
    return text.replace("\r\n", "\n") if "\r\n" in text else text


def read_article(path: Path, display: str, manifest_meta: dict | None = None,
                 outlets: Sequence[Outlet] = (), max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article. Raises :class:`InputError` when the file cannot be used."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit", display,
                             hint="split it, or raise the limit with --max-size")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", display) from None
    text = decode(data, display)
    return article_from_text(text, display, manifest_meta, outlets)


def article_from_text(text: str, display: str, manifest_meta: dict | None = None,
                      outlets: Sequence[Outlet] = ()) -> Article:
    front, body_from = read_front_matter(text, display)
    found, body = analyse_text(text, body_from, OutletMatcher(outlets))
    meta = Meta()
    meta.fill(front, "front matter")
    meta.fill(manifest_meta or {}, "manifest")
    meta.fill(found, "text")
    warnings = []
    if not text.strip():
        warnings.append("empty file")
    elif not body:
        warnings.append("no article text found")
    if meta.outlet is None:
        warnings.append("outlet unknown: add it to front matter or the manifest (outlet: ...)")
    if meta.published is None:
        warnings.append("publication date unknown: relative dates cannot be resolved (published: YYYY-MM-DD)")
    return Article(
        id=display, path=display, text=text, outlet=meta.outlet, published=meta.published,
        title=meta.title, url=meta.url, dateline=meta.dateline, body=tuple(body),
        warnings=tuple(warnings),
    )


# ---------------------------------------------------------------------------
# Finding the files
# ---------------------------------------------------------------------------


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        rel = str(path)
    return Path(rel).as_posix()


def discover(paths: Sequence[str]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Article files under the given paths (files or folders, recursively),
    sorted, as (path, display name); and the problems met on the way."""
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    for given in paths:
        p = Path(given)
        if not p.exists():
            problems.append(Problem(given, "no such file or folder"))
            continue
        if p.is_file():
            found.setdefault(_display(p), p)
            continue
        seen_dirs: set[tuple[int, int]] = set()
        count = 0
        for root, dirs, files in os.walk(p, followlinks=True):
            st = os.stat(root)
            if (st.st_dev, st.st_ino) in seen_dirs:
                problems.append(Problem(_display(Path(root)), "folder link loop, not followed", level="warning"))
                dirs[:] = []
                continue
            seen_dirs.add((st.st_dev, st.st_ino))
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                if name.lower() in ("readme.md", "readme.txt", "license.md", "license.txt"):
                    continue
                fp = Path(root) / name
                found.setdefault(_display(fp), fp)
                count += 1
        if count == 0:
            problems.append(Problem(given, "no articles (.txt or .md files) in this folder"))
    return [(found[k], k) for k in sorted(found)], problems


def load_manifests(files: Sequence[tuple[Path, str]], roots: Sequence[str]) -> tuple[dict[str, dict], list[Problem]]:
    """Manifest entries (``sources.yaml`` beside the articles or in a given folder),
    keyed by the display path of the article they describe."""
    from factcheck.manifest import read_manifest

    folders = {Path(r) for r in roots if Path(r).is_dir()}
    folders |= {p.parent for p, _ in files}
    entries: dict[str, dict] = {}
    problems: list[Problem] = []
    for folder in sorted(folders):
        for name in MANIFEST_NAMES:
            mf = folder / name
            if mf.is_file():
                got, probs = read_manifest(mf, _display(mf))
                problems.extend(probs)
                for article_path, meta in got.items():
                    entries.setdefault(_display(article_path), meta)
    return entries, problems


def load_corpus(paths: Sequence[str], outlets: Sequence[Outlet] = (),
                max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[Problem]]:
    """Every article under ``paths``; problems for those that could not be read."""
    files, problems = discover(paths)
    manifest, mproblems = load_manifests(files, paths)
    problems.extend(mproblems)
    articles = []
    for path, display in files:
        try:
            articles.append(read_article(path, display, manifest.get(display), outlets, max_bytes))
        except InputError as exc:
            problems.append(exc.as_problem())
    return articles, problems
