"""Article files under the given paths with their sizes and modification
times, in one pass over the folders.

:func:`scan` returns what :func:`factcheck.ingest.discover` returns (the same
files, display names, order and problems; paths as strings, which are cheaper
to make by the ten thousand) and each file's ``(size, mtime_ns)``, so a cache can tell unchanged files without another system call
per file. Plain trees of folders and regular files are read with
``os.scandir`` (one ``stat`` per article); anything else met on the way (a
link, an unreadable or empty folder, a path that is not there, a FIFO) sends
the whole call to :func:`~factcheck.ingest.discover`, which knows how to
report them, and each file is then stat'ed on its own.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Sequence

from factcheck import ingest
from factcheck.errors import Problem

#: display path -> (size, mtime_ns)
Stats = dict[str, tuple[int, int]]


def scan(paths: Sequence[str]) -> tuple[list[tuple[str, str]], list[Problem], Stats]:
    """``(files, problems)`` as :func:`factcheck.ingest.discover` gives them
    (with ``str(path)``), and the size and modification time of each file
    that could be stat'ed."""
    fast = _scan_plain(paths)
    if fast is not None:
        return fast
    files, problems = ingest.discover(paths)
    stats: Stats = {}
    for path, display in files:
        try:
            st = path.stat()
        except OSError:
            continue
        stats[display] = (st.st_size, st.st_mtime_ns)
    return [(str(path), display) for path, display in files], problems, stats


def _scan_plain(paths: Sequence[str]) -> tuple[list[tuple[str, str]], list[Problem], Stats] | None:
    """:func:`scan` of plain folders and files, or None when something else is met."""
    cwd = os.getcwd()
    found: dict[str, str] = {}  # display -> path
    stats: Stats = {}
    for given in paths:
        p = Path(given)
        try:
            st = os.lstat(p)
        except OSError:
            return None
        if stat.S_ISDIR(st.st_mode):
            if not _walk_plain(str(p), cwd, found, stats):
                return None
        elif stat.S_ISREG(st.st_mode):
            display = ingest._display(p)
            if display not in found:
                found[display] = str(p)
                stats[display] = (st.st_size, st.st_mtime_ns)
        else:
            return None
    return [(found[k], k) for k in sorted(found)], [], stats


def _walk_plain(top: str, cwd: str, found: dict[str, str], stats: Stats) -> bool:
    """Add the articles under ``top`` (hidden files and folders, READMEs and
    licences skipped, as :func:`factcheck.ingest._walk` does); False when a
    link, an unreadable folder, a special file or no article at all is met."""
    any_article = False
    suffixes = ingest.ARTICLE_SUFFIXES
    stack = [top]
    while stack:
        folder = str(Path(stack.pop()))  # as pathlib writes it, as discover's paths are
        prefix = ingest._display_folder(cwd, folder)
        base = "" if folder == "." else folder if folder.endswith("/") else folder + "/"
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            return False
        for e in entries:
            name = e.name
            if not e.is_file(follow_symlinks=False):  # from the folder listing: no system call
                if e.is_symlink():
                    return False
                if e.is_dir(follow_symlinks=False):
                    if name[0] != ".":
                        stack.append(base + name)
                    continue
            lower = name.lower()
            if name[0] == "." or not lower.endswith(suffixes) or lower in ingest.SKIPPED_NAMES:
                continue
            if not e.is_file(follow_symlinks=False):  # a FIFO, socket or device
                return False
            try:
                st = e.stat(follow_symlinks=False)
            except OSError:
                return False
            display = prefix + (name if name.isascii() and name.isprintable() else ingest._escape_name(name))
            if display not in found:
                found[display] = base + name
                stats[display] = (st.st_size, st.st_mtime_ns)
            any_article = True
    return any_article
