"""Writing files so that an interrupted run never leaves a half-written one."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` via a temporary file
    in the same folder and a rename, so readers see the old or the new file."""
    commit([(stage(path, text), Path(path))])


def _new_file_mode(path: Path) -> int:
    """The mode the file would have if written in place: its current mode, or
    what the umask gives a new file (temporary files start private)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def reserve(path: str | Path) -> str:
    """An empty temporary file beside ``path``, with the mode ``path`` would get;
    :func:`fill` writes it, :func:`commit` renames it, :func:`discard` removes it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _new_file_mode(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # not on every platform
            os.fchmod(fd, mode)
    finally:
        os.close(fd)
    return tmp


def fill(tmp: str, text: str | Iterable[str]) -> None:
    """Write ``text`` (a string, or pieces written in order) into a reserved
    temporary file, synced to disk."""
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        if isinstance(text, str):
            fh.write(text)
        else:
            for piece in text:
                fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def stage(path: str | Path, text: str | Iterable[str]) -> str:
    """Write ``text`` to a temporary file beside ``path`` and return its name:
    :func:`commit` renames it into place, :func:`discard` removes it."""
    tmp = reserve(path)
    try:
        fill(tmp, text)
    except BaseException:
        discard([(tmp, Path(path))])
        raise
    return tmp


def commit(staged: list[tuple[str, Path]]) -> None:
    """Rename staged files into place; whatever was not renamed is removed."""
    try:
        while staged:
            tmp, path = staged[0]
            os.replace(tmp, path)
            staged.pop(0)
    finally:
        discard(staged)


def discard(staged: list[tuple[str, Path]]) -> None:
    for tmp, _ in staged:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def write_files_atomic(files: dict[str | Path, str]) -> None:
    """Write several files as one set: every file goes to a temporary file first
    and the renames happen only when all were written, so an error or an
    interruption while writing leaves every previous file as it was and no
    temporary file behind."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, text in files.items():
            staged.append((stage(path, text), Path(path)))
    except BaseException:
        discard(staged)
        raise
    commit(staged)
