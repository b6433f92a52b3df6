"""Peak memory of a command and every process it starts (Linux).

    python benchmarks/tree_memory.py factcheck report CORPUS --no-cache --jobs 2 -q

Runs the command and samples, four times a second, the proportional set size
(PSS) of its process tree from ``/proc/PID/smaps_rollup``: pages shared by
forked processes are counted once in all, where the maximum resident set size
of any one process (what ``/usr/bin/time`` prints) misses the copies that
forked processes make of the pages they touch. Prints the wall time, the peak
and when it was reached.
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


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    if not os.path.exists("/proc/self/smaps_rollup"):
        print("needs Linux's /proc/PID/smaps_rollup", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv)
    peak, peak_at = 0, 0.0
    while proc.poll() is None:
        total = sum(_pss_kb(p) for p in _tree(proc.pid))
        if total > peak:
            peak, peak_at = total, time.perf_counter() - t0
        time.sleep(0.25)
    wall = time.perf_counter() - t0
    print(f"wall {wall:.1f} s; peak memory of the process tree (PSS) {peak / 1024:.0f} MB "
          f"at {peak_at:.0f} s; exit code {proc.returncode}", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
