"""Read articles: files and folders, front matter, a manifest, header heuristics
and boilerplate, all without moving a character of the original text.

Everything downstream points into :attr:`Article.text` by character offset; the
parts of the text that are not article prose are left out of
:attr:`Article.body` rather than cut out of the text.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

from factcheck import dataload
from factcheck.errors import InputError, Problem
from factcheck.model import Article, Outlet

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
#: file names never read as articles, in any case
SKIPPED_NAMES = frozenset({"readme.md", "readme.txt", "license.md", "license.txt"})
MANIFEST_NAMES = ("sources.yaml", "sources.yml")
META_KEYS = ("title", "outlet", "published", "url", "dateline")
#: files larger than this are refused (with a clear error) unless the limit is raised
DEFAULT_MAX_BYTES = 20_000_000  # 20 MB, as --max-size counts

_NL = r"(?:\r\n|\r|\n)"
_FRONT_MATTER = re.compile(rf"\A(?:\ufeff)?---[ \t]*{_NL}(.*?){_NL}(?:---|\.\.\.)[ \t]*(?:{_NL}|\Z)", re.S)
_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*?)\s*$", re.I)
_DATELINE = re.compile(r"^\s*([A-Z][A-Za-z .'\-]{1,40}?)\s*\(([^)\n]{0,60})\)\s*[—–-]{1,2}\s*")
_BRACKET_SOURCE = re.compile(
    r"^\s*\[([^,\]\n]{2,60}),\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\]")
_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|\Z)")
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
    """The patterns, joined into one alternation when none refers back to a group
    (one match per line instead of one per pattern)."""
    lines = dataload.load("boilerplate.yaml")["lines"]
    if lines and not any(re.search(r"\\[1-9]|\(\?P=", p) for p in lines):
        return (re.compile("|".join(f"(?:{p})" for p in lines), re.I),)
    return tuple(re.compile(p, re.I) for p in lines)


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


_MATCHERS: dict[int, tuple[tuple, OutletMatcher]] = {}


def _outlet_matcher(outlets: Sequence[Outlet]) -> OutletMatcher:
    """The matcher of a tuple of outlets, built once (its patterns compiled once)."""
    if not isinstance(outlets, tuple):
        return OutletMatcher(outlets)
    hit = _MATCHERS.get(id(outlets))
    if hit is None or hit[0] is not outlets:
        if len(_MATCHERS) >= 8:
            _MATCHERS.clear()
        hit = _MATCHERS[id(outlets)] = (outlets, OutletMatcher(outlets))
    return hit[1]


def _lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each line, end excluding the line break (``\\n``,
    ``\\r\\n`` or a lone ``\\r``)."""
    n = len(text)
    for m in _LINE.finditer(text):
        if m.start() == n:
            break
        yield m.span(1)  # the line starts where the match does


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
    m = _LINE.match(text, end)
    nxt = _LINE.match(text, m.end()) if m and m.end() < len(text) else None
    return nxt is None or not nxt.group(1).strip()


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


def read_front_matter(text: str, file: str) -> tuple[dict, int, list[Problem]]:
    """Front matter fields, the offset where the rest of the file starts, and the
    problems found in it (each with its line). A front matter that cannot be read
    is skipped, not fatal: the article is still read, without its fields."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0, []
    from factcheck.yamlload import load_yaml_text  # strict and safe

    try:
        data = load_yaml_text(m.group(1), file, line_offset=1, error=InputError)
    except InputError as exc:
        meta, problems = _fields_line_by_line(m.group(1), file) if _COLON_VALUE.search(m.group(1)) else ({}, [])
        if meta:  # "title: Nepal plane crash: Dozens dead": still the article's outlet and date
            exc.hint = ("the known fields were read line by line; put a value that holds \": \" in quotes: "
                        "title: \"...\"")
        return meta, m.end(), [exc.as_problem(), *problems]
    except RecursionError:
        return {}, m.end(), [Problem(file, "front matter is nested too deeply to read", 2)]
    if data is None:
        return {}, m.end(), []
    if not isinstance(data, dict):
        return {}, m.end(), [Problem(file, "front matter is not a mapping of keys to values (key: value lines)", 2)]
    meta: dict = {}
    problems: list[Problem] = []
    for key, value in data.items():
        line = data.where[key][0] if hasattr(data, "where") else None
        field_name = "published" if key == "date" else key
        if field_name not in META_KEYS:
            problems.append(_unknown_key(key, file, line))
        else:
            set_field(meta, problems, field_name, value, file, line, key=str(key))
    return meta, m.end(), problems


def set_field(meta: dict, problems: list[Problem], field_name: str, value: object, file: str, line: int | None,
              *, key: str | None = None, prefix: str = "") -> None:
    """A known field (of front matter, a manifest, a line read alone) into
    ``meta``, or its problem into ``problems``: a date for ``published``, text
    for the others. ``key`` is the key as written ("date"), ``prefix`` opens
    the problem's message ("story.md: ")."""
    key = key or field_name
    if field_name == "published":
        try:
            meta["published"] = parse_date(value, file=file, line=line, key=key)
        except InputError as exc:
            problems.append(exc.as_problem())
    elif isinstance(value, (dict, list)):
        problems.append(Problem(file, f"{prefix}{key}: expected text, got a "
                                      f"{'list' if isinstance(value, list) else 'mapping'}", line))
    elif value is not None:
        meta[field_name] = str(value)


#: a plain value holding ": " (a title such as "Nepal plane crash: Dozens dead"), which YAML cannot read
#: or a quoted phrase that the value goes on past ("title: \"A new chapter\": two countries sign")
_COLON_VALUE = re.compile(r"(?m)^[A-Za-z_][\w-]*:[ \t]+(?:[^\s\"'\[{&*!|>%@`][^\n]*?: |\"[^\"\n]*\"[ \t]*[^\s#]|"
                          r"'[^'\n]*'[ \t]*[^\s#])")
_FIELD_LINE = re.compile(r"([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*")


def _fields_line_by_line(block: str, file: str) -> tuple[dict, list[Problem]]:
    """The known fields of a front matter that is not valid YAML, read as
    ``key: value`` lines (everything after the first ": " is the value, quotes
    around it dropped), when a plain value holds ": " (the commonest slip: a
    title such as "Nepal plane crash: Dozens dead")."""
    meta: dict = {}
    problems: list[Problem] = []
    seen: set[str] = set()
    for n, text in enumerate(block.splitlines(), start=2):
        m = _FIELD_LINE.fullmatch(text)
        if not m:
            continue
        key = "published" if m.group(1) == "date" else m.group(1)
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if key in META_KEYS and key not in seen and value:
            seen.add(key)
            set_field(meta, problems, key, value, file, n, key=m.group(1))
    return meta, problems


def _unknown_key(key: object, file: str, line: int | None) -> Problem:
    """An unknown front matter key: a warning (site generators add their own keys
    such as ``tags``), an error when it looks like a misspelt known key."""
    import difflib

    close = difflib.get_close_matches(str(key), META_KEYS, n=1, cutoff=0.75)
    if close:
        return Problem(file, f"unknown key {key!r}: did you mean {close[0]!r}?", line)
    return Problem(file, f"unknown key {key!r} ignored (factcheck reads {', '.join(META_KEYS)})", line,
                   level="warning")


_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: NULs on every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(data) % 2:
        return None
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(text: str) -> bool:
    """NUL characters, or more than 1% control characters (other than white space)."""
    if "\x00" in text:
        return True
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) > 0.01 * max(len(sample), 1)


def decode(data: bytes, file: str) -> str:
    """Text of a file: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM,
    UTF-16 without one, or another encoding detected with confidence (Latin-1,
    Windows-1252, ...); binary data is refused.

    The byte order mark is dropped; line ends are kept as they are (``\\r\\n``
    stays), so character offsets point into the file as an editor shows it.
    """
    text = _decode_bytes(data, file)
    if _looks_binary(text):
        raise InputError("binary file, not an article", file, hint="articles are plain text or Markdown")
    return text


def _decode_bytes(data: bytes, file: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for boms, codec in ((_UTF32_BOMS, "utf-32"), ((b"\xff\xfe", b"\xfe\xff"), "utf-16")):
        if data.startswith(boms):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(f"looks like {codec.upper()} but does not decode", file,
                                 hint="save the file as UTF-8") from None
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    line = data[:first_bad].count(b"\n") + 1
    if b"\x00" in data[:4096]:
        raise InputError("binary file, not an article", file, hint="articles are plain text or Markdown")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(f"not valid UTF-8 (byte {first_bad}) and no other encoding fits", file, line,
                         hint="save the file as UTF-8") from None
    return str(best)


def read_bytes_limited(path: Path, display: str, max_bytes: int) -> bytes:
    """The bytes of a regular file, refusing FIFOs and devices (reading them could
    block or never end) and files over ``max_bytes`` (checked before and while reading)."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            raise InputError("not a regular file (a FIFO, device or socket)", display,
                             hint="give article files or folders")
        if st.st_size > max_bytes:
            raise InputError(_too_big(st.st_size, max_bytes), display, hint="split it, or raise the limit with --max-size")
        with open(path, "rb") as fh:
            # a buffer of the file's size, not of the limit: a large buffer
            # shrunk to a small file stays a memory mapping of its own, and a
            # corpus of 100,000 files would run out of them
            data = fh.read(min(max_bytes, st.st_size) + 1)
            if len(data) > st.st_size:  # the file grew while it was read
                parts, total = [data], len(data)
                while total <= max_bytes:
                    more = fh.read(min(1 << 20, max_bytes + 1 - total))
                    if not more:
                        break
                    parts.append(more)
                    total += len(more)
                data = b"".join(parts)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", display,
                         hint="check that the file exists and that you may read it") from None
    if len(data) > max_bytes:
        raise InputError(_too_big(len(data), max_bytes, at_least=True), display,
                         hint="split it, or raise the limit with --max-size")
    return data


def _too_big(size: int, max_bytes: int, at_least: bool = False) -> str:
    return f"file is {'over ' if at_least else ''}{size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit"


def read_article(path: Path, display: str, manifest_meta: dict | None = None,
                 outlets: Sequence[Outlet] = (), max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """One article. Raises :class:`InputError` when the file cannot be used."""
    return load_article(path, display, manifest_meta, outlets, max_bytes)[0]


def load_article(path: Path, display: str, manifest_meta: dict | None = None,
                 outlets: Sequence[Outlet] = (), max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article, list[Problem]]:
    """One article and the problems in its front matter. Raises :class:`InputError`
    when the file cannot be used at all."""
    text = decode(read_bytes_limited(path, display, max_bytes), display)
    return parse_article(text, display, manifest_meta, outlets)


def article_from_text(text: str, display: str, manifest_meta: dict | None = None,
                      outlets: Sequence[Outlet] = ()) -> Article:
    """An article from its decoded text (front matter problems are dropped: see
    :func:`parse_article`)."""
    return parse_article(text, display, manifest_meta, outlets)[0]


def parse_article(text: str, display: str, manifest_meta: dict | None = None,
                  outlets: Sequence[Outlet] = ()) -> tuple[Article, list[Problem]]:
    """An article from its decoded text, and the problems of its front matter."""
    front, body_from, problems = read_front_matter(text, display)
    found, body = analyse_text(text, body_from, _outlet_matcher(outlets))
    meta = Meta()
    meta.fill(front, "front matter")
    meta.fill(manifest_meta or {}, "manifest")
    meta.fill(found, "text")
    warnings = []
    if not text.strip():
        warnings.append("empty file")
    elif not any(_is_prose(text[a:b]) for a, b in body):
        warnings.append("no article text found: no line reads as a sentence of prose")
    if meta.outlet is None:
        warnings.append("outlet unknown: add it to front matter or the manifest (outlet: ...)")
    if meta.published is None:
        warnings.append("publication date unknown: relative dates cannot be resolved (published: YYYY-MM-DD)")
    return Article(
        id=display, path=display, text=text, outlet=meta.outlet, published=meta.published,
        title=meta.title, url=meta.url, dateline=meta.dateline, body=tuple(body),
        warnings=tuple(warnings),
    ), problems


# ---------------------------------------------------------------------------
# Finding the files
# ---------------------------------------------------------------------------


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _display(path: Path) -> str:
    """See :func:`_display_uncached`; folders are worked out once each."""
    parent, name = os.path.split(str(path))
    if not name or name in (".", ".."):
        return _display_uncached(path)
    return _display_folder(os.getcwd(), parent) + _escape_name(name)


@lru_cache(maxsize=4096)
def _display_folder(cwd: str, folder: str) -> str:
    """The display form of a folder, with a trailing slash ("" for the current one)."""
    if not folder:
        return ""
    shown = _display_uncached(Path(folder))
    return "" if shown == "." else shown + "/"


def _escape_name(name: str) -> str:
    name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xff
                            else f"\\x{ord(m.group()):02x}", name)


def _display_uncached(path: Path) -> str:
    """The name a file is shown and identified by: relative, POSIX style, with
    bytes that are not UTF-8 and control or direction characters escaped, so a
    file name cannot break a report line or hide its real name."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive
        rel = str(path)
    name = Path(rel).as_posix()
    name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xff
                            else f"\\x{ord(m.group()):02x}", name)


def _inside(path: Path, root: Path) -> bool:
    """Whether ``path`` (links followed) lies under ``root``."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a link loop
        return True  # reported when it is read
    return real == root or root in real.parents


def _walk(folder: Path, problems: list[Problem]) -> list[Path]:
    """Article files under ``folder``: hidden files and READMEs skipped, folder
    link loops and links that lead outside the folder reported, not followed."""
    root = folder.resolve()
    seen_dirs: set[tuple[int, int]] = set()
    out: list[Path] = []

    def unreadable(err: OSError) -> None:
        problems.append(Problem(_display(Path(err.filename or folder)), f"cannot read folder: {err.strerror}"))

    inside_root: set[str] = set()  # folders known to lie under the root
    for dirpath, dirs, files in os.walk(folder, followlinks=True, onerror=unreadable):
        here = Path(dirpath)
        try:
            st = os.stat(here)
        except OSError as exc:
            unreadable(exc)
            dirs[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            problems.append(Problem(_display(here), "folder already read (a link to it, or a link loop), not read again", level="warning"))
            dirs[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        parent_ok = os.path.dirname(dirpath) in inside_root and not os.path.islink(dirpath)
        if here != folder and not parent_ok and not _inside(here, root):
            problems.append(Problem(_display(here), "links to a folder outside the given folder, not followed",
                                    level="warning"))
            dirs[:] = []
            continue
        inside_root.add(dirpath)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            if name.lower() in SKIPPED_NAMES:
                continue
            fp = here / name
            if os.path.islink(fp) and not _inside(fp, root):
                problems.append(Problem(_display(fp), "links to a file outside the given folder, not read",
                                        level="warning"))
                continue
            out.append(fp)
    return out


def discover(paths: Sequence[str]) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """Article files under the given paths (files or folders, recursively),
    sorted, as (path, display name); and the problems met on the way."""
    found: dict[str, Path] = {}
    problems: list[Problem] = []
    for given in paths:
        p = Path(given)
        shown = _display(p)
        if p.is_symlink() and not p.exists():
            problems.append(Problem(shown, "a link to nothing, or a link loop"))
            continue
        if not p.exists():
            problems.append(Problem(shown, "no such file or folder"))
            continue
        if not p.is_dir():
            found.setdefault(shown, p)
            continue
        files = _walk(p, problems)
        for fp in files:
            found.setdefault(_display(fp), fp)
        if not files:
            problems.append(Problem(shown, "no articles (.txt or .md files) in this folder"))
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
    """Every article under ``paths``; problems for those that could not be read
    (one bad file never stops the others)."""
    files, problems = discover(paths)
    manifest, mproblems = load_manifests(files, paths)
    problems.extend(mproblems)
    articles = []
    for path, display in files:
        try:
            article, fproblems = load_article(path, display, manifest.get(display), outlets, max_bytes)
        except InputError as exc:
            problems.append(exc.as_problem())
            continue
        articles.append(article)
        problems.extend(fproblems)
    return articles, problems
