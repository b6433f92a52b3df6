"""Whole-article extraction speed: ingest + segment + every extractor, one core.

    python benchmarks/article_bench.py [CORPUS ...] [--repeat 5]

Reads the given folders (default: the seed articles and the MEANTIME Apple
corpus), extracts every article ``--repeat`` times in this process (the rule
and unit data are loaded once before the timing) and prints the median in
MB/s (bytes of the article files).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.parallel import load_extract  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

DEFAULT = [ROOT / "seeds", Path("/work/shared/corpora/meantime-apple")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    paths = [p for p in (args.paths or DEFAULT) if p.exists()]
    rules = load_rules()
    nbytes = sum(f.stat().st_size for p in paths for f in (p.rglob("*") if p.is_dir() else [p]) if f.is_file())
    load_extract([str(p) for p in paths], rules, jobs=1)  # data files and unit registry, outside the timing
    times = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        loaded = load_extract([str(p) for p in paths], rules, jobs=1)
        times.append(time.perf_counter() - t0)
    t = statistics.median(times)
    print(f"{len(loaded.claims)} claims, {nbytes / 1e6:.2f} MB; median of {args.repeat}: "
          f"{t:.3f} s, {nbytes / t / 1e6:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
