"""Peak memory of a command and every process it starts (Linux).

    python benchmarks/tree_memory.py factcheck report CORPUS --no-cache --jobs 2 -q

Runs the command and samples, four times a second, the proportional set size
(PSS) of its process tree from ``/proc/PID/smaps_rollup``: pages shared by
forked processes are counted once in all, where the maximum resident set size
of any one process (what ``/usr/bin/time`` prints) misses the copies that
forked processes make of the pages they touch. Prints the wall time, the peak
and when it was reached, and the largest resident set of any one process.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time


def _children(pid: int) -> list[int]:
    out = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                out += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return out


def _tree(pid: int) -> set[int]:
    seen, todo = set(), [pid]
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo += _children(p)
    return seen


def _pss_rss_kb(pid: int) -> tuple[int, int]:
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    if not os.path.exists("/proc/self/smaps_rollup"):
        print("needs Linux's /proc/PID/smaps_rollup", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv)
    peak, peak_at, largest = 0, 0.0, 0
    while proc.poll() is None:
        sizes = [_pss_rss_kb(p) for p in _tree(proc.pid)]
        total = sum(pss for pss, _ in sizes)
        largest = max([largest] + [rss for _, rss in sizes])
        if total > peak:
            peak, peak_at = total, time.perf_counter() - t0
        time.sleep(0.25)
    wall = time.perf_counter() - t0
    print(f"wall {wall:.1f} s; peak memory of the process tree (PSS) {peak / 1024:.0f} MB at {peak_at:.0f} s; "
          f"largest single process (RSS) {largest / 1024:.0f} MB; exit code {proc.returncode}", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
