"""The garbage collector and the allocator around large runs.

A large run holds millions of records (1.8 million claims at 100,000 articles)
that live to its end and hold no reference cycles. The collector's full passes
walk all of them again and again, and the memory their texts held stays with
the process after they are freed. These helpers keep the collector off them
and give freed memory back; none of them changes a result.
"""
from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from typing import Iterator


#: from this many claims, what is alive once the claims are read is kept out of
#: the garbage collector's passes (see :func:`frozen_heap`)
FREEZE_MIN_CLAIMS = 100_000


@contextmanager
def frozen_heap(enabled: bool = True) -> Iterator[None]:
    """Keep the objects alive now (the claims, the articles) out of the garbage
    collector's passes until the block ends (``gc.freeze``).

    Matching, judging and writing a large corpus make millions of short-lived
    containers, so the collector's full passes come again and again, and each
    one walks every claim (1.8 million at 100,000 articles): a tenth to a fifth
    of the matching time there. Frozen objects are still freed when nothing
    refers to them; only reference cycles among them would wait for the end of
    the block. Processes forked inside the block (the matching and rendering
    workers) inherit the frozen state, so their passes do not touch, and so
    copy, the pages of the records they share with this one."""
    if not enabled:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def release_memory() -> None:
    """Give the pages of freed memory back to the system.

    The C allocator keeps what Python frees of larger objects (the texts of
    100,000 articles: 600 MB) for later use, and the objects made later are
    mostly small ones that Python takes from pages of its own, so without
    this the process stays that much larger to the end, and so does every
    process forked from it. Linux with the GNU C library only; elsewhere it
    does nothing."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # another C library
        pass


@contextmanager
def collector_paused(enabled: bool = True) -> Iterator[None]:
    """No garbage collection while the block runs (in this process and the
    processes it forks), unless ``enabled`` is false.

    Reading the workers' results makes millions of records that stay alive
    and hold no reference cycles, and every full pass of the collector walks
    all of those read so far again: at 100,000 articles that was 20 s of the
    33 s this process spends while two others extract, CPU they then lack.
    Matching and judging are the same: millions of links, clusters and
    findings, no cycles, and passes that walked them (100,000 articles:
    matching 56 -> 52 s, judging 33 -> 27 s without them).

    At the end, what the block made goes to the oldest generation without
    being walked (``gc.freeze`` then ``gc.unfreeze`` move the lists), unless
    objects are frozen already (they would be thawed too): otherwise the next
    young pass would walk all of it once more. What the block leaves as cyclic
    garbage is collected by the next full pass."""
    if not enabled or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        gc.enable()


#: the memory a run may take in all its processes, in bytes (``--max-memory``);
#: None: what the machine has free
_BUDGET: list[int | None] = [None]


def set_memory_budget(megabytes: float | None) -> None:
    """Limit the memory of this run's processes together to ``megabytes`` (None: no limit of its own)."""
    _BUDGET[0] = None if megabytes is None else int(megabytes * 1e6)


def memory_budget() -> int | None:
    """The limit set by :func:`set_memory_budget`, in bytes."""
    return _BUDGET[0]


def _resident_and_free() -> tuple[int, int] | None:
    try:
        page = os.sysconf("SC_PAGE_SIZE")
        free = os.sysconf("SC_AVPHYS_PAGES") * page
        with open("/proc/self/statm", encoding="ascii") as fh:
            resident = int(fh.read().split()[1]) * page
    except (OSError, ValueError, AttributeError, IndexError):
        return None
    return resident, free


def fork_fits(forks: int) -> bool:
    """Whether ``forks`` processes forked from this one fit in memory.

    A forked process copies every page it touches (reading a Python object
    changes its reference count), so each is counted as another copy of this
    process: the free memory must hold ``forks`` copies and one to spare, and
    this process with its copies must stay within :func:`memory_budget`.
    When the sizes cannot be read (no ``/proc``), only the budget's absence
    lets it fork."""
    sizes = _resident_and_free()
    if sizes is None:
        return _BUDGET[0] is None
    resident, free = sizes
    if _BUDGET[0] is not None and (forks + 1) * resident > _BUDGET[0]:
        return False
    return free > (forks + 1) * resident
