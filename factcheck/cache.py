"""An embedded cache of extracted claims, and the index ``check`` looks claims up in.

One SQLite file, ``claims.sqlite``, in the cache folder (``.factcheck-cache/``
by default; ``--cache-dir`` or ``FACTCHECK_CACHE_DIR`` to move it). It is safe
to delete at any time. It holds:

- ``entries``: one row per article version, keyed by a digest of the code and
  rules version, the article's display path, its metadata from a manifest and
  its bytes; the value is the pickled article and its claims;
- ``files``: what each file held when it was last seen (size, modification
  time, digest), so an unchanged file is recognised without reading it;
  ``files_snapshot`` holds the whole table in one marshalled value, read in
  a few milliseconds where the rows take tens (any change to ``files``
  deletes it, through triggers; it is written again by the next reader or
  by a writer that saw every change since it read);
- ``keys``: one row per matchable claim of an entry, with its blocking keys,
  so that ``check`` loads only the claims that can match a draft's claims.
  A covering index on the keys, the entry, the claim id and the article lets
  ``check`` count and plan blocks without reading the pickled claims' pages.

The code and rules version is a hash of the package's source and data files
(those that shape claims and blocking keys) and of the loaded rules. This
module is not part of it: ``SCHEMA`` is, and changes with the tables' layout. When it
changes, the cache is emptied. A corrupt or unreadable cache is deleted and
built again; writes are transactional.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sqlite3
import sys
from pathlib import Path
from typing import Iterable, Iterator, Sequence

DEFAULT_DIR = ".factcheck-cache"
ENV_VAR = "FACTCHECK_CACHE_DIR"
DB_NAME = "claims.sqlite"
SCHEMA = "1"
BUSY_TIMEOUT_MS = 60_000
#: what a files snapshot was marshalled by (the format may change between Python versions)
_SNAPSHOT_FORMAT = f"{marshal.version}:{sys.version_info[0]}.{sys.version_info[1]}"

#: package files that do not change what is extracted or how it is blocked
_NOT_IN_VERSION = frozenset({"cache.py", "scan.py", "cli.py", "__main__.py", "bench.py", "parallel.py",
                             "engine_dask.py", "incremental.py", "judge.py", "pipeline.py", "corpusgen.py",
                             "diff.py", "gate.py", "hook.py", "baseline.py", "eval.py", "fsutil.py"})

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries(digest TEXT PRIMARY KEY, article TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS files(path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
                                 digest TEXT NOT NULL, meta TEXT NOT NULL, warnings TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS keys(digest TEXT NOT NULL, k0 TEXT NOT NULL, k1 TEXT NOT NULL, k2 TEXT NOT NULL,
                                id TEXT NOT NULL, article TEXT NOT NULL, claim BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS entries_article ON entries(article);
CREATE TABLE IF NOT EXISTS files_snapshot(format TEXT NOT NULL, data BLOB NOT NULL);
CREATE TRIGGER IF NOT EXISTS files_insert AFTER INSERT ON files BEGIN DELETE FROM files_snapshot; END;
CREATE TRIGGER IF NOT EXISTS files_update AFTER UPDATE ON files BEGIN DELETE FROM files_snapshot; END;
CREATE TRIGGER IF NOT EXISTS files_delete AFTER DELETE ON files BEGIN DELETE FROM files_snapshot; END;
CREATE INDEX IF NOT EXISTS keys_plan ON keys(k0, k1, k2, digest, id, article);
CREATE INDEX IF NOT EXISTS keys_digest ON keys(digest);
DROP INDEX IF EXISTS keys_k0;
"""

_source_hash: str | None = None


def source_version() -> str:
    """Hash of the package's source and data files that shape claims and keys
    (computed once per process)."""
    global _source_hash
    if _source_hash is None:
        root = Path(__file__).resolve().parent
        h = hashlib.sha256(SCHEMA.encode())
        for p in sorted(root.rglob("*")):
            rel = p.relative_to(root).as_posix()
            if p.suffix not in (".py", ".yaml", ".yml", ".json") or rel.startswith("report/") or rel in _NOT_IN_VERSION:
                continue
            h.update(rel.encode())
            h.update(p.read_bytes())
        _source_hash = h.hexdigest()[:20]
    return _source_hash


RULES_FILE = "rules.pickle"
#: rules files changed this recently are not remembered: a change within the
#: resolution of modification times could otherwise go unseen
RULES_SETTLE_NS = 2_000_000_000


def load_rules_cached(folder, defaults: bool, cache_folder: str | Path):
    """:func:`factcheck.rules.load_rules`, remembered in ``cache_folder``.

    Parsing and checking the rules takes ~10 ms; the pickled result is read
    back when the code version (which hashes the built-in rules) and the
    names, sizes and modification times of the rules folder's files are the
    same. Rules with errors are never remembered (loading them raises)."""
    key, settled = _rules_key(folder, defaults)
    target = Path(cache_folder) / RULES_FILE
    try:
        stored_key, _, data = target.read_bytes().partition(b"\n")
        if stored_key == key.encode():  # checked first: rules of other code are not unpickled
            return pickle.loads(data)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError, ImportError,
            IndexError):
        pass
    from factcheck.rules import load_rules

    rules = load_rules(folder, defaults=defaults)
    if settled:
        tmp = target.with_name(f".{RULES_FILE}.{os.getpid()}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(key.encode() + b"\n" + pickle.dumps(rules, protocol=5))
            os.replace(tmp, target)
        except OSError:
            try:
                tmp.unlink()
            except OSError:
                pass
    return rules


def _rules_key(folder, defaults: bool) -> tuple[str, bool]:
    """The key of loaded rules, and whether their files are old enough to remember."""
    import time

    parts: list = [source_version(), defaults, None if folder is None else str(folder)]
    settled = True
    if folder is not None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:  # loading says what is wrong
            return "", False
        now = time.time_ns()
        for e in entries:
            if e.name.endswith((".yaml", ".yml")):
                try:
                    st = e.stat()
                except OSError:
                    parts.append((e.name, None))
                    continue
                parts.append((e.name, st.st_mode, st.st_size, st.st_mtime_ns, st.st_ctime_ns))
                settled = settled and now - max(st.st_mtime_ns, st.st_ctime_ns) > RULES_SETTLE_NS
    return hashlib.sha256(repr(parts).encode()).hexdigest(), settled


def code_version(rules) -> str:
    """The version a cached claim was made with: code and loaded rules."""
    return hashlib.sha256((source_version() + repr(rules)).encode()).hexdigest()[:20]


def resolve_dir(option: str | None, base: Path | None = None) -> Path:
    """The cache folder: ``--cache-dir``, else ``$FACTCHECK_CACHE_DIR``, else the
    default (in ``base``, the working directory when None)."""
    return Path(option or os.environ.get(ENV_VAR) or (base / DEFAULT_DIR if base is not None else DEFAULT_DIR))


def entry_digest(version: str, display: str, meta: dict | None, data: bytes) -> str:
    """Key of one article version: code, path as shown, manifest metadata, bytes."""
    h = hashlib.sha256()
    for part in (version, display, repr(sorted((meta or {}).items()))):
        h.update(part.encode())
        h.update(b"\x1f")
    h.update(data)
    return h.hexdigest()[:32]


def _unmarshal_states(data: bytes) -> dict | None:
    """A files snapshot, or None when it cannot be read as one."""
    try:
        states = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return states if isinstance(states, dict) else None


def _chunks(items: Sequence, size: int = 500) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class ClaimCache:
    """The SQLite cache. Every method survives a corrupt file by starting afresh."""

    def __init__(self, folder: str | Path, version: str):
        self.folder = Path(folder)
        self.version = version
        self.path = self.folder / DB_NAME
        self.rebuilt = False  # True when a corrupt or outdated cache was discarded
        self._states: dict | None = None  # the files table as file_states read it
        self._states_seen = None  # data_version when it was read
        self.conn = self._open()

    # -- opening --------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        try:
            return self._connect()
        except (sqlite3.DatabaseError, OSError):
            self._discard()
            return self._connect()

    def _connect(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        gitignore = self.folder / ".gitignore"
        if not gitignore.exists():
            gitignore.write_text("*\n", encoding="utf-8")
        conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        with conn:
            conn.executescript(_SCHEMA_SQL)
            row = conn.execute("SELECT value FROM meta WHERE key='version'").fetchone()
            if row is None or row[0] != self.version:
                if row is not None:
                    self.rebuilt = True
                for table in ("entries", "files", "keys", "files_snapshot"):
                    conn.execute(f"DELETE FROM {table}")
                conn.execute("INSERT OR REPLACE INTO meta VALUES('version', ?)", (self.version,))
        return conn

    def _discard(self) -> None:
        """Delete a corrupt cache file (and its journal) so it is built again."""
        self.rebuilt = True
        try:
            if getattr(self, "conn", None) is not None:
                self.conn.close()
        except sqlite3.Error:
            pass
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(str(self.path) + suffix)
            except OSError:
                pass

    def _guard(self, fn, *args, default=None):
        """Run a database call; on corruption, start afresh and return ``default``."""
        try:
            return fn(*args)
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError, AttributeError, TypeError,
                ValueError, ImportError):
            self._discard()
            self.conn = self._connect()
            return default

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    # -- entries --------------------------------------------------------------

    def get_many(self, digests: Sequence[str]) -> dict[str, tuple]:
        """Cached ``(article, claims)`` by digest, for the digests that are cached."""
        return self._guard(self._get_many, digests, default={})

    def _get_many(self, digests: Sequence[str]) -> dict[str, tuple]:
        out = {}
        for part in _chunks(list(digests)):
            marks = ",".join("?" * len(part))
            for digest, data in self.conn.execute(f"SELECT digest, data FROM entries WHERE digest IN ({marks})",
                                                  part):
                out[digest] = pickle.loads(data)
        return out

    def put_many(self, items: Iterable[tuple[str, object, list]], key_fn) -> None:
        """Store ``(digest, article, claims)`` and index their claims by
        ``key_fn(claim) -> (k0, k1, k2) | None``, in one transaction."""
        self._guard(self._put_many, list(items), key_fn)

    def _put_many(self, items: list, key_fn) -> None:
        with self.conn:
            for digest, article, claims in items:
                # one version per path: an older version of the file is dropped
                old = [d for (d,) in self.conn.execute("SELECT digest FROM entries WHERE article=? AND digest!=?",
                                                       (article.id, digest))]
                for d in old:
                    self.conn.execute("DELETE FROM entries WHERE digest=?", (d,))
                    self.conn.execute("DELETE FROM keys WHERE digest=?", (d,))
                self.conn.execute("INSERT OR REPLACE INTO entries VALUES(?, ?, ?)",
                                  (digest, article.id, pickle.dumps((article, claims), protocol=5)))
                self.conn.execute("DELETE FROM keys WHERE digest=?", (digest,))
                rows = []
                for c in claims:
                    keys = key_fn(c)
                    if keys is not None:
                        rows.append((digest, *keys, c.id, c.article, pickle.dumps(c, protocol=5)))
                self.conn.executemany("INSERT INTO keys VALUES(?, ?, ?, ?, ?, ?, ?)", rows)

    # -- files ----------------------------------------------------------------

    def file_states(self) -> dict[str, tuple[int, int, str, str, str]]:
        """``path -> (size, mtime_ns, digest, meta, warnings)`` as last seen
        (meta: a signature of the manifest metadata; warnings: the article's
        warnings, one per line)."""
        self._states = None
        return self._guard(self._file_states, default={})

    def _file_states(self) -> dict[str, tuple]:
        self.end_read()
        self.conn.execute("BEGIN")
        try:
            self._states_seen = self.conn.execute("PRAGMA data_version").fetchone()[0]
            row = self.conn.execute("SELECT format, data FROM files_snapshot").fetchone()
            states = _unmarshal_states(row[1]) if row is not None and row[0] == _SNAPSHOT_FORMAT else None
            if states is None:
                states = {r[0]: r[1:] for r in self.conn.execute(
                    "SELECT path, size, mtime_ns, digest, meta, warnings FROM files")}
                # in the same transaction, so it fails if another process wrote since; and
                # without waiting for a writer: the snapshot can wait for the next run
                self.conn.execute("PRAGMA busy_timeout = 0")
                try:
                    self.conn.execute("DELETE FROM files_snapshot")
                    self.conn.execute("INSERT INTO files_snapshot VALUES(?, ?)",
                                      (_SNAPSHOT_FORMAT, marshal.dumps(states)))
                except sqlite3.OperationalError:  # busy, or a read-only cache
                    self.conn.rollback()
                    return states
                finally:
                    self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        except BaseException:
            self.conn.rollback()
            raise
        self.conn.commit()
        self._states = states
        return states

    def set_file_states(self, states: Iterable[tuple[str, int, int, str, str, str]]) -> None:
        def write(rows):
            with self.conn:
                self.conn.executemany("INSERT OR REPLACE INTO files VALUES(?, ?, ?, ?, ?, ?)", rows)
                if rows and self._states is not None:
                    # the triggers deleted the snapshot; write it again if no other process
                    # wrote since file_states read it (data_version says so, inside this write)
                    if self.conn.execute("PRAGMA data_version").fetchone()[0] == self._states_seen:
                        for r in rows:
                            self._states[r[0]] = tuple(r[1:])
                        self.conn.execute("DELETE FROM files_snapshot")
                        self.conn.execute("INSERT INTO files_snapshot VALUES(?, ?)",
                                          (_SNAPSHOT_FORMAT, marshal.dumps(self._states)))
                    self._states = None
        self._guard(write, list(states))

    # -- index ----------------------------------------------------------------

    _KEY_COLUMNS = ("k0", "k1", "k2")

    def restrict_to(self, live_digests: set[str] | frozenset[str]) -> bool:
        """Make :meth:`key_counts` and :meth:`keyed_rows` see only the index
        rows of these entries (the others are of files gone or changed, or
        of drafts). False when the cache cannot be read."""
        def write(live):
            # keys are written and deleted with their entry (put_many), so the
            # entries not live are all the index rows hide
            dead = [(d,) for (d,) in self.conn.execute("SELECT digest FROM entries") if d not in live]
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS dead(digest TEXT PRIMARY KEY) WITHOUT ROWID")
            self.conn.execute("DELETE FROM temp.dead")
            self.conn.executemany("INSERT INTO temp.dead VALUES(?)", dead)
            return True
        return self._guard(write, live_digests, default=False)

    def end_read(self) -> None:
        """End the read transaction :meth:`restrict_to` opened (if any)."""
        if self.conn.in_transaction:
            self.conn.commit()

    def _where(self, group: dict[str, str]) -> tuple[str, list[str]]:
        cols = [c for c in self._KEY_COLUMNS if c in group]
        sql = "".join(f"{c} = ? AND " for c in cols) + "digest NOT IN (SELECT digest FROM temp.dead)"
        return sql, [group[c] for c in cols]

    def count_rows(self, group: dict[str, str], limit: int) -> int | None:
        """How many index rows ``group`` (key column -> value) holds, counting
        up to ``limit`` (the index is read no further); rows hidden by
        :meth:`restrict_to` are not counted. None when the cache cannot be read."""
        def query(grp):
            where, args = self._where(grp)
            return self.conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM keys WHERE {where} LIMIT ?)",
                                     [*args, limit]).fetchone()[0]
        return self._guard(query, dict(group), default=None) if limit > 0 else 0

    def has_other(self, group: dict[str, str], column: str, value: str) -> bool | None:
        """Whether a row of ``group`` holds another value than ``value`` in
        ``column`` (two probes of the index when ``group`` fixes the key
        columns before ``column``). None when the cache cannot be read."""
        if column not in self._KEY_COLUMNS:
            raise ValueError(column)

        def query(grp):
            where, args = self._where(grp)
            return any(self.conn.execute(f"SELECT 1 FROM keys WHERE {where} AND {column} {op} ? LIMIT 1",
                                         [*args, value]).fetchone() for op in ("<", ">"))
        return self._guard(query, dict(group), default=None)

    def keyed_rows(self, group: dict[str, str]) -> list[tuple[int, str, str, str, str, str]] | None:
        """``(rowid, k0, k1, k2, claim id, article)`` of the index rows of
        ``group`` (key column -> value), by rowid; rows hidden by
        :meth:`restrict_to` are left out. None when the cache cannot be read."""
        def query(grp):
            where, args = self._where(grp)
            return self.conn.execute(f"SELECT rowid, k0, k1, k2, id, article FROM keys WHERE {where} ORDER BY rowid",
                                     args).fetchall()
        return self._guard(query, dict(group), default=None)

    def claims_by_rowid(self, rowids: Sequence[int]) -> list:
        """The pickled claims of these index rows, in rowid order."""
        def query(ids):
            out = []
            for part in _chunks(sorted(ids)):
                marks = ",".join("?" * len(part))
                out.extend(pickle.loads(b) for (b,) in self.conn.execute(
                    f"SELECT claim FROM keys WHERE rowid IN ({marks}) ORDER BY rowid", part))
            return out
        return self._guard(query, list(rowids), default=None)

    def stats(self) -> dict:
        return self._guard(lambda: {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                    for t in ("entries", "files", "keys")}, default={})
