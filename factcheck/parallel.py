"""Reading and extraction across processes, through the claims cache.

:func:`load_extract` finds the articles under the given paths, takes what the
cache already holds (an unchanged file is recognised by its size, modification
time and manifest metadata, a changed one by its content digest), extracts the
rest in a pool of ``jobs`` processes (``jobs=1``: in this process) and stores
them. Articles and claims come back in the order of the files, so the output
is byte for byte the same whatever ``jobs`` is.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from factcheck.errors import InputError, Problem
from factcheck.heap import collector_paused, fork_fits
from factcheck import ingest
from factcheck.ingest import DEFAULT_MAX_BYTES, decode, load_article, load_manifests, parse_article
from factcheck.model import Article, Claim, RuleSet

_RULES: RuleSet | None = None  # the rules in a worker process


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class Task:
    """One file to extract: ``data`` is None when it was not read here (no
    cache needs its digest) or could not be (the worker then reads it, and
    reports why it cannot)."""

    display: str
    path: str
    meta: dict | None
    data: bytes | None
    max_bytes: int


def _init(rules: RuleSet) -> None:
    global _RULES
    _RULES = rules


def extract_one(task: Task, rules: RuleSet) -> tuple[Article | None, list[Claim], list[Problem]]:
    """Read and extract one article; an unusable file becomes a problem, and so
    does a bad front matter (the article is still read, without those fields)."""
    from factcheck.extract import extract_article  # imported when an article is extracted, not before

    try:
        if task.data is None:
            article, problems = load_article(Path(task.path), task.display, task.meta, rules.outlets,
                                             task.max_bytes)
        else:
            article, problems = parse_article(decode(task.data, task.display), task.display, task.meta,
                                              rules.outlets)
    except InputError as exc:
        return None, [], [exc.as_problem()]
    return article, extract_article(article, rules), problems


def _extract_all(tasks: list[Task], rules: RuleSet) -> list[tuple]:
    return [extract_one(t, rules) for t in tasks]


def _extract_chunk(tasks: list[Task]) -> list[tuple]:
    """:func:`_extract_all` in a pool worker, with the rules it was started with."""
    return _extract_all(tasks, _RULES)


def chunked(items: Sequence, n: int) -> list[Sequence]:
    """``items`` in about ``n`` consecutive chunks."""
    size = max(1, -(-len(items) // max(1, n)))
    return [items[i:i + size] for i in range(0, len(items), size)]


#: files per chunk of work sent to an extraction process, at most: the last
#: chunks decide when extraction ends, and a process that is done waits
CHUNK_TASKS = 500


def extract_tasks(tasks: Sequence[Task], rules: RuleSet, jobs: int,
                  progress: Callable[[int], None] | None = None) -> list[tuple]:
    """``extract_one`` of every task, in order, over ``jobs`` processes."""
    if jobs <= 1 or len(tasks) < 2:
        out = []
        with collector_paused():  # extraction leaves no reference cycles (tested): nothing to collect
            for t in tasks:
                out.append(extract_one(t, rules))
                if progress:
                    progress(1)
        return out
    import multiprocessing  # process pools only when there are several files to extract
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunks = chunked(list(tasks), min(len(tasks), max(jobs * 8, -(-len(tasks) // CHUNK_TASKS))))
    out = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=ctx, initializer=_init,
                             initargs=(rules,)) as pool, collector_paused():
        for chunk, result in zip(chunks, pool.map(_extract_chunk, chunks)):
            out.extend(result)
            if progress:
                progress(len(chunk))
    return out


#: the drafts a :class:`Prefetch` extracts ahead, at most (in bytes); the rest
#: are extracted with the corpus's changed files, over all the jobs
PREFETCH_MAX_BYTES = 2_000_000


class Prefetch:
    """The drafts of a ``check``, extracted in a forked process while this one
    scans the corpus and reads the index.

    The first extraction in a process is mostly warm-up (importing the
    extractor and compiling its patterns: ~100 ms against ~5 ms for the
    article itself), and scanning a large corpus is the other big cost of a
    check; on two cores they overlap. :meth:`extract` is the ``extract``
    argument of :func:`load_extract`: a task the child extracted, with the
    same path, metadata and bytes, takes the child's result; any other task
    (or all of them, if the child failed) is extracted as usual, so the
    result is the same with or without the prefetch."""

    def __init__(self, tasks: list[Task], rules: RuleSet):
        from factcheck.forked import Forked

        self.tasks = tasks
        self._results: list[tuple[Task, tuple]] | None = None
        self._child = Forked(_extract_all, tasks, rules, after=_save_patterns) if tasks else None

    @classmethod
    def for_drafts(cls, found: Sequence[tuple[Path, str]], roots: Sequence[str], rules: RuleSet,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> "Prefetch":
        """Start extracting the drafts ``found`` ((path, display) pairs, as
        :func:`factcheck.ingest.discover` gives them) that can be read now,
        up to :data:`PREFETCH_MAX_BYTES` in all."""
        manifest, _ = load_manifests(found, roots)
        tasks, total = [], 0
        for path, display in found:
            try:
                data = ingest.read_bytes_limited(Path(path), display, max_bytes)
            except InputError:
                continue  # load_extract reports it
            total += len(data)
            if total > PREFETCH_MAX_BYTES:
                break
            tasks.append(Task(display, str(path), manifest.get(display), data, max_bytes))
        return cls(tasks, rules)

    def _collect(self) -> list[tuple[Task, tuple]]:
        """The child's results (none if it failed), waiting for them."""
        if self._results is None:
            ok, results = self._child.result() if self._child is not None else (False, None)
            self._results = list(zip(self.tasks, results)) if ok else []
        return self._results

    def extract(self, tasks: Sequence[Task], rules: RuleSet, jobs: int,
                progress: Callable[[int], None] | None = None) -> list[tuple]:
        """:func:`extract_tasks`, taking the child's result for the tasks it extracted."""
        names = {p.display for p in self.tasks}
        ready = {p.display: (p, r) for p, r in self._collect()} if any(t.display in names for t in tasks) else {}
        out: list = [None] * len(tasks)
        rest = []
        for i, t in enumerate(tasks):
            hit = ready.get(t.display)
            if hit is not None and hit[0] == t:
                out[i] = hit[1]
            else:
                rest.append(i)
        if progress and len(rest) < len(tasks):
            progress(len(tasks) - len(rest))
        for i, r in zip(rest, extract_tasks([tasks[i] for i in rest], rules, jobs, progress)):
            out[i] = r
        return out

    def close(self) -> None:
        """Stop the child if its results were not needed (the drafts were in the cache)."""
        if self._child is not None:
            self._child.cancel()


def _save_patterns() -> None:
    """Keep the patterns compiled in a forked process for the next run (its
    exit skips the hooks that would save them)."""
    from factcheck import regexstore

    regexstore.save()


@dataclass
class Loaded:
    """What :func:`load_extract` found: in file order."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: display path -> entry digest, for every article read
    digests: dict[str, str] = field(default_factory=dict)
    stats: dict = field(default_factory=dict)


_NO_META = hashlib.sha256(repr([]).encode()).hexdigest()[:16]


def meta_signature(meta: dict | None) -> str:
    if not meta:
        return _NO_META
    return hashlib.sha256(repr(sorted(meta.items())).encode()).hexdigest()[:16]


def load_extract(paths: Sequence[str], rules: RuleSet, *, jobs: int = 1, cache=None,
                 max_bytes: int = DEFAULT_MAX_BYTES, progress=None, extract=None, load: bool = True,
                 must_load: frozenset[str] = frozenset()) -> Loaded:
    """Articles and claims under ``paths``, with problems; cached where possible.

    With ``load=False`` (the ``check`` path) unchanged files are not loaded at
    all: only changed files (and those named in ``must_load``) are read,
    extracted and stored, and the result holds their digests and the warnings
    remembered for the others.
    ``extract(tasks, rules, jobs, progress)`` replaces :func:`extract_tasks`
    (the distributed engine passes its own).
    """
    from factcheck.cache import entry_digest

    from factcheck.scan import scan

    files, problems, file_stats = scan(paths)
    # manifests are looked for in the folders of the files: one file per folder says which
    folders: dict[str, tuple[Path, str]] = {}
    for path, display in files:
        if display.rpartition("/")[0] not in folders:
            folders[display.rpartition("/")[0]] = (Path(path), display)
    manifest, mproblems = load_manifests(list(folders.values()), paths)
    problems.extend(mproblems)
    # without a cache nothing here needs the bytes, and this process's pool reads
    # them in parallel; a cache needs them for the digest, and another
    # ``extract`` (a prefetch, a cluster) gets them from here
    read_here = cache is not None or extract is not None
    version = cache.version if cache is not None else ""
    states = cache.file_states() if cache is not None else {}
    slots: list[tuple[str, Task | None, str | None]] = []  # (display, task when it must be read, digest)
    fresh_state: dict[str, tuple] = {}
    get_meta, get_stat, get_state, add = manifest.get, file_stats.get, states.get, slots.append
    for path, display in files:  # path: a str
        meta = get_meta(display)
        sig = meta_signature(meta) if meta else _NO_META
        st = get_stat(display)
        if st is None or not read_here:  # not stat'ed, or not needed here: the worker reads it (or says why not)
            add((display, Task(display, path, meta, None, max_bytes), None))
            continue
        old = get_state(display)
        if old is not None and old[0] == st[0] and old[1] == st[1] and old[3] == sig:
            add((display, None, old[2]))
            continue
        data = None
        if st[0] <= max_bytes:
            try:
                data = ingest.read_bytes_limited(Path(path), display, max_bytes)
            except InputError:
                pass  # the worker reads it again and reports why it cannot
        digest = entry_digest(version, display, meta, data) if data is not None and cache is not None else None
        add((display, Task(display, path, meta, data, max_bytes), digest))
        if digest is not None:
            fresh_state[display] = (st[0], st[1], sig)
    return _complete(slots, states, fresh_state, problems, rules, jobs, cache, progress, extract or extract_tasks,
                     load or must_load, (files, manifest), max_bytes)


def _complete(slots, states, fresh_state, problems, rules, jobs, cache, progress, extract, load, found,
              max_bytes) -> Loaded:
    """Take hits from the cache, extract the misses, store them, assemble in order.
    ``load``: True for all files, or the set of files to load even if unchanged;
    ``found``: the files (path, display) and the manifest entries by display."""
    everything = load is True
    wanted = [d for display, task, d in slots
              if d is not None and (task is not None or everything or display in load)]
    with collector_paused():  # the claims read from the cache are records like the workers' results
        hits = cache.get_many(wanted) if cache is not None and wanted else {}
    misses = [task for display, task, d in slots if task is not None and d not in hits]
    gone = [display for display, task, d in slots
            if task is None and d not in hits and (everything or display in load)]
    if gone:  # unchanged files whose entries are gone: read them again
        paths = {display: path for path, display in found[0]}
        misses += [Task(display, paths[display], found[1].get(display), None, max_bytes) for display in gone]
        order = {display: i for i, (display, _, _) in enumerate(slots)}
        misses.sort(key=lambda t: order[t.display])
    results = extract(misses, rules, jobs, progress) if misses else []
    by_display = {t.display: r for t, r in zip(misses, results)}
    out = Loaded()
    digests, out_problems = out.digests, out.problems
    new_entries, new_states = [], []
    for display, task, digest in slots:
        if task is None and display not in by_display and digest not in hits:  # unchanged, not loaded (check path)
            digests[display] = digest
            warnings = states[display][4]
            if warnings:
                out_problems.extend(Problem(display, w, level="warning") for w in warnings.splitlines())
            continue
        file_problems: list[Problem] = []
        if digest in hits and display not in by_display:
            article, claims = hits[digest]
        else:
            article, claims, file_problems = by_display[display]
            if file_problems:  # not cached: the next run reads it again and says so again
                fresh_state.pop(display, None)
            elif article is not None and cache is not None and digest is not None:
                new_entries.append((digest, article, claims))
        out_problems.extend(file_problems)
        if article is None:
            continue
        digests[display] = digest
        out.articles.append(article)
        out.claims.extend(claims)
        out_problems.extend(Problem(article.id, w, level="warning") for w in article.warnings)
        if display in fresh_state:
            new_states.append((display, *fresh_state[display][:2], digest, fresh_state[display][2],
                               "\n".join(article.warnings)))
    if cache is not None:
        if new_entries:
            from factcheck.blocking import Blocker

            cache.put_many(new_entries, Blocker(rules).keys)
        cache.set_file_states(new_states)
    out.problems[:0] = problems
    out.stats = {"cache_hits": len(hits), "extracted": len(misses)}
    return out


# ---------------------------------------------------------------------------
# Blocked matching across processes
# ---------------------------------------------------------------------------

_BLOCKS: tuple | None = None  # (blocker, blocks) inherited by forked workers

#: below this many pairs in all, blocks are scored in this process: sending
#: the clusters back from forked workers costs more than it saves below that
#: (10,000 articles, 5.4 million pairs: 9.5 s here, 7.5 s over 2 processes;
#: 1,000 articles, 0.5 million pairs, stay here)
PARALLEL_MATCH_MIN_PAIRS = 2_000_000


def _score_blocks(indices: list[int]) -> list[tuple]:
    blocker, blocks = _BLOCKS
    return [blocker.block_clusters(*blocks[i]) for i in indices]


def balanced(costs: Sequence[int], n: int) -> list[list[int]]:
    """Indices split into ``n`` groups of about equal total cost (largest first)."""
    groups: list[list[int]] = [[] for _ in range(n)]
    totals = [0] * n
    for i in sorted(range(len(costs)), key=lambda i: -costs[i]):
        g = totals.index(min(totals))
        groups[g].append(i)
        totals[g] += costs[i]
    return [g for g in groups if g]


def block_mapper(jobs: int):
    """A ``map_blocks`` for :func:`factcheck.blocking.match_blocked` that scores
    blocks in this process and ``jobs - 1`` forked ones, a share of about equal
    cost each (they inherit the blocks: nothing is pickled on the way in), or
    all here when the work is small or fork is missing.

    This process scores a share rather than wait: every forked process copies
    the pages of the claims it reads, so one process fewer is a copy fewer
    (1.9 GB at 100,000 articles), and its share of the clusters is not sent back.
    Nothing is forked when another copy of this process does not fit in memory
    (:func:`factcheck.heap.fork_fits`, ``--max-memory``)."""

    def map_blocks(blocker, blocks):
        global _BLOCKS
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        costs = [len(m) * (len(m) - 1) // 2 for _, m in blocks]
        if jobs <= 1 or sum(costs) < PARALLEL_MATCH_MIN_PAIRS or "fork" not in multiprocessing.get_all_start_methods():
            return [blocker.block_clusters(key, members) for key, members in blocks]
        groups = balanced(costs, jobs)
        if not fork_fits(len(groups) - 1):  # each forked scorer copies the claims it reads
            return [blocker.block_clusters(key, members) for key, members in blocks]
        _BLOCKS = (blocker, blocks)
        try:
            ctx = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=len(groups) - 1, mp_context=ctx) as pool:
                futures = [pool.submit(_score_blocks, g) for g in groups[1:]]
                results = [_score_blocks(groups[0])] + [f.result() for f in futures]
        finally:
            _BLOCKS = None
        out: list = [None] * len(blocks)
        for group, res in zip(groups, results):
            for i, r in zip(group, res):
                out[i] = r
        return out

    return map_blocks
