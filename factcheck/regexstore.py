"""Compiled regular expressions kept between runs, for a fast first extraction.

The extractor's largest patterns are built at run time from the rules and the
word lists (tries of entity names, event triggers, units, time expressions:
6-10 KB each). Compiling them is most of a process's first extraction, about
60 ms of a ~110 ms warm-up against ~5 ms for the article itself, and a
``check`` in a commit hook pays it every time. :func:`re.compile` works in two
steps: a parser and code generator written in Python (the slow part), then
``_sre.compile``, in C, which makes the pattern object from the generated
code. This store keeps the generated code of each pattern, so a later run
only does the second step.

The extractor's and judge's modules compile their fixed patterns (about 380)
with :func:`compile` too, when they are imported: ``check`` and the hook open
the store before importing them, which saves about 45 ms of each run. A
process that imports them before :func:`use` compiles them the usual way.
Patterns compiled inside functions stay with :func:`re.compile` (whose own
cache serves repeated calls; this one makes a new object each time).

The store is a file in the claims cache folder (:func:`use`), keyed by the
interpreter's exact version and the regular expression engine's magic number,
checksummed, read once and written back (:func:`save`) when a run compiled a pattern it did
not hold. A pattern is stored only after the object made from the stored code
was checked against :func:`re.compile`'s (pattern, flags, groups, group
names). Anything unexpected (another Python implementation, a changed internal
signature, a damaged or foreign file) falls back to :func:`re.compile`: the
store can make compiling faster, never change what a pattern matches. Safe to
delete, like the rest of the cache.
"""
from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path

try:  # the engine's own parser and code generator (CPython)
    import _sre
    if sys.version_info >= (3, 11):
        from re import _compiler, _parser
    else:  # pragma: no cover - Python 3.10
        import sre_compile as _compiler
        import sre_parse as _parser
    _SIGNATURE = (sys.implementation.name, sys.version, _sre.MAGIC, _sre.CODESIZE)
    _CODE_TYPE = {2: "H", 4: "I"}[_sre.CODESIZE]
except (ImportError, AttributeError, KeyError):  # pragma: no cover - not CPython
    _sre = None
    _SIGNATURE = None

#: the store's file name in the cache folder
FILE_NAME = "patterns.bin"
_FORMAT = 1
#: a store over this size starts afresh with the patterns of the run that
#: writes it (patterns of rules long since edited are dropped that way)
MAX_BYTES = 8_000_000

_path: Path | None = None
_stored: dict | None = None  # (pattern, flags) -> (flags, code bytes, groups, groupindex, indexgroup)
_new: dict = {}  # what this process compiled and the store lacks
_used: set = set()
_registered = False


def use(path: Path | str | None) -> None:
    """Read (lazily) and write the store at ``path``; None: neither."""
    global _path, _stored, _registered
    path = Path(path) if path is not None else None
    if path != _path:
        _path, _stored = path, None
        _used.clear()
    if path is not None and not _registered:
        atexit.register(save)
        _registered = True


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - a drop-in for re.compile
    """``re.compile(pattern, flags)``, from the store when it holds the pattern."""
    flags = int(flags)
    key = (pattern, flags)
    if _path is None or _SIGNATURE is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)  # no store in use: nothing to look up or keep
    parts = _store().get(key) or _new.get(key)
    if parts is not None:
        try:
            compiled = _sre.compile(pattern, parts[0], array(_CODE_TYPE, parts[1]).tolist(), *parts[2:])
            _used.add(key)
            return compiled
        except Exception:  # noqa: BLE001 - a bad entry is compiled again, the usual way
            pass
    compiled = re.compile(pattern, flags)
    parts = _parts(pattern, flags, compiled)
    if parts is not None:
        _new[key] = parts
        _used.add(key)
    return compiled


def _parts(pattern: str, flags: int, expected: re.Pattern) -> tuple | None:
    """What ``_sre.compile`` needs besides the pattern (as ``re`` computes it),
    or None unless the object made from it is ``expected``'s equal."""
    try:
        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup = [None] * p.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        parts = (flags | p.state.flags, array(_CODE_TYPE, code).tobytes(), p.state.groups - 1, groupindex,
                 tuple(indexgroup))
        again = _sre.compile(pattern, parts[0], list(code), *parts[2:])
    except Exception:  # noqa: BLE001 - internals not as expected: not stored
        return None
    same = (again.pattern, again.flags, again.groups, dict(again.groupindex)) == \
        (expected.pattern, expected.flags, expected.groups, dict(expected.groupindex))
    return parts if same else None


def _read(path: Path) -> dict:
    """The entries of the store at ``path``; none if it is missing, damaged
    (its checksum says so: the engine would accept most damaged code and
    match something else) or written by another interpreter."""
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
        if not isinstance(data, tuple) or len(data) != 4 or data[:2] != (_FORMAT, _SIGNATURE) \
                or data[2] != hashlib.blake2b(data[3]).digest():
            return {}
        entries = marshal.loads(data[3])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _dumps(entries: dict) -> bytes:
    body = marshal.dumps(entries)
    return marshal.dumps((_FORMAT, _SIGNATURE, hashlib.blake2b(body).digest(), body))


def _store() -> dict:
    global _stored
    if _stored is None:
        _stored = _read(_path) if _path is not None else {}
    return _stored


def save() -> bool:
    """Write the patterns this process compiled into the store (merged with
    what is there now: another process may have written it meanwhile).
    True when the store was written."""
    if _path is None or _SIGNATURE is None or not _new or not _path.parent.is_dir():
        return False
    merged = {**_read(_path), **_new}
    payload = _dumps(merged)
    if len(payload) > MAX_BYTES:
        payload = _dumps({k: v for k, v in merged.items() if k in _used})
    tmp = _path.with_name(f".{_path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(payload)
        os.replace(tmp, _path)
    except OSError:  # a read-only cache: compiled again next time
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    _store().update(_new)
    _new.clear()
    return True
