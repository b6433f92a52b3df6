"""A distributed engine on dask.distributed: ``--engine dask [--scheduler ADDRESS]``.

Extraction and the blocked matching run as tasks on the cluster; reading the
files, planning the blocks, clustering and judging stay here, so the findings
are the same, byte for byte, as with the local engine. Articles travel to the
workers as bytes, in chunks (a task costs a couple of milliseconds, so one
task per article would waste the cluster); the rules and the blocker are sent
once and shared by every task.

Without ``--scheduler`` a local cluster of ``--jobs`` worker processes is
started. To use a real cluster, start ``dask scheduler`` on one machine and
``dask worker tcp://SCHEDULER:8786`` on the others, each with factcheck
installed (``pip install 'factcheck[dask]'``, the same version), then run
``factcheck report CORPUS --engine dask --scheduler tcp://SCHEDULER:8786``.
"""
from __future__ import annotations

from typing import Sequence

from factcheck.errors import FactcheckError

#: about this many tasks per worker for extraction and for matching
TASKS_PER_WORKER = 4


def _require_dask():
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise FactcheckError("--engine dask needs dask.distributed, which is not installed",
                             hint="pip install 'factcheck[dask]'") from None
    return distributed


def _extract_chunk(tasks, rules):
    from factcheck.parallel import extract_one

    return [extract_one(t, rules) for t in tasks]


def _score_group(blocks, blocker):
    return [blocker.block_clusters(key, members) for key, members in blocks]


class DaskEngine:
    """Runs extraction and block scoring on a dask.distributed cluster."""

    def __init__(self, scheduler: str | None = None, jobs: int | None = None, *, processes: bool = True):
        distributed = _require_dask()
        self._cluster = None
        if scheduler:
            try:
                self.client = distributed.Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as exc:
                raise FactcheckError(f"cannot reach the dask scheduler at {scheduler}: {exc}",
                                     hint="start one with 'dask scheduler', or leave out --scheduler") from None
        else:
            from factcheck.parallel import default_jobs

            self._cluster = distributed.LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1,
                                                     processes=processes, dashboard_address=None)
            self.client = distributed.Client(self._cluster)

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def extract(self, tasks: Sequence, rules, jobs: int, progress=None) -> list[tuple]:
        """``extract_one`` of every task, in order, in chunks on the cluster."""
        from factcheck.parallel import chunked

        chunks = chunked(list(tasks), self._workers() * TASKS_PER_WORKER)
        [rules_f] = self.client.scatter([rules], broadcast=True)
        futures = self.client.map(_extract_chunk, chunks, rules=rules_f, pure=False)
        out = []
        for chunk, result in zip(chunks, self.client.gather(futures)):
            out.extend(result)
            if progress:
                progress(len(chunk))
        return out

    def map_blocks(self, blocker, blocks: Sequence) -> list[tuple]:
        """``blocker.block_clusters`` of every block, in order, groups of blocks of
        about equal cost per task."""
        from factcheck.parallel import balanced

        if not blocks:
            return []
        costs = [len(m) * (len(m) - 1) // 2 + 1 for _, m in blocks]
        groups = balanced(costs, self._workers() * TASKS_PER_WORKER)
        [blocker_f] = self.client.scatter([blocker], broadcast=True)
        futures = self.client.map(_score_group, [[blocks[i] for i in g] for g in groups], blocker=blocker_f,
                                  pure=False)
        out: list = [None] * len(blocks)
        for group, res in zip(groups, self.client.gather(futures)):
            for i, r in zip(group, res):
                out[i] = r
        return out

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
