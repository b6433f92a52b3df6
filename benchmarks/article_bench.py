"""Whole-article extraction speed: ingest + segment + every extractor, one core.

    python benchmarks/article_bench.py [CORPUS ...] [--repeat 5]

Reads the given folders (default: the seed articles and, beside the project,
``shared/corpora/meantime-apple``), extracts every article ``--repeat`` times
and prints the median in MB/s (bytes of the article files).

Each repeat runs in a process forked from one that has loaded the rules and
unit data and built the extractors' patterns on a text of its own: no repeat
finds the sentences of the corpus in a cache that an earlier one filled. (A
corpus that repeats its own sentences, as generated corpora do, still gains
from those caches within one pass, as it would in a real run.)
"""
from __future__ import annotations

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.parallel import load_extract  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

DEFAULT = [ROOT / "seeds", ROOT.parent / "shared" / "corpora" / "meantime-apple"]

_WARM_UP = """---
title: Warm-up
outlet: Reuters
published: 2020-01-02
---

# Exports rise

MOSCOW (Reuters) - Exports rose by more than 23% to $4.5 billion in 2022, up from 3.1 million tonnes a
year earlier, the ministry said on Friday. Putin and Xi met in Moscow last week and will hold a video call
next month; "we agree on everything," Xi told reporters. About 6,000 km2 (2,300 sq mi) were reclaimed
between 2010 and 2015, according to the agency, while nearly half of the 12 firms paid $15 an hour.
The company announced on 3 March that it had sold 1.2 million iPhones, roughly a 5 percent share.
"""


def _one_pass(paths: list[str], rules, out) -> None:
    t0 = time.perf_counter()
    loaded = load_extract(paths, rules, jobs=1)
    out.send((time.perf_counter() - t0, len(loaded.claims)))
    out.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    paths = [p for p in (args.paths or DEFAULT) if p.exists()]
    if not paths:
        print("no corpus found", file=sys.stderr)
        return 2
    rules = load_rules()
    nbytes = sum(f.stat().st_size for p in paths for f in (p.rglob("*") if p.is_dir() else [p]) if f.is_file())
    with tempfile.TemporaryDirectory() as tmp:  # patterns and data built outside the timing
        (Path(tmp) / "warm-up.txt").write_text(_WARM_UP, encoding="utf-8")
        load_extract([tmp], rules, jobs=1)
    if "fork" not in multiprocessing.get_all_start_methods():
        print("needs fork (Linux or macOS): each repeat starts from the warmed-up process", file=sys.stderr)
        return 2
    ctx = multiprocessing.get_context("fork")
    times, claims = [], 0
    for _ in range(args.repeat):
        here, there = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_one_pass, args=([str(p) for p in paths], rules, there))
        proc.start()
        t, claims = here.recv()
        proc.join()
        times.append(t)
    t = statistics.median(times)
    print(f"{claims} claims, {nbytes / 1e6:.2f} MB; median of {args.repeat}: {t:.3f} s, {nbytes / t / 1e6:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
