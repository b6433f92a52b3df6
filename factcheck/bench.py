"""Benchmark: ``python -m factcheck.bench [--quick] [--sizes 1000,10000] [--repeat 3]``.

Builds corpora of the given sizes from ``seeds/`` and the folders given with
``--source`` (see :mod:`factcheck.corpusgen`), then prints for each size the
medians of ``--repeat`` runs of:

- ingest + extraction, in this process (``--jobs 1``) and over 2 processes:
  articles/s, MB/s and MB/s per core;
- blocked matching: time, candidate pairs compared per matchable claim, and
  the pairs skipped by splitting large blocks;
- the all-pairs baseline measured in the same run: every pair of the same
  claims scored with the same scorer (rapidfuzz ``cdist``, one thread); on
  large corpora a sample of rows is scored and the time extrapolated (said so);
- ``factcheck report --jobs 2`` end to end as a subprocess, without the cache
  and with a warm cache, and the peak memory of its largest process;
- ``factcheck check`` of one changed article against the indexed corpus, as a
  subprocess (process start included), and whether it imported numpy or pandas.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _median_time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


#: runs one command and prints its wall time, exit code and peak RSS; the timed
#: commands are started from this small process, because a child forked from
#: the benchmark (which holds a whole corpus) would report the benchmark's
#: memory as its own peak (the peak survives fork and exec)
_LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    t = time.perf_counter()
    proc = subprocess.Popen(job["args"], cwd=job["cwd"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=job["env"])
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    print(json.dumps([wall, os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024]), flush=True)
"""
_launcher: subprocess.Popen | None = None


def _run(args: list[str], cwd: Path) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one command (of its largest process)."""
    import json

    global _launcher
    if _launcher is None:
        _launcher = subprocess.Popen([sys.executable, "-c", _LAUNCHER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
    _launcher.stdin.write(json.dumps({"args": args, "cwd": str(cwd), "env": _env()}) + "\n")
    _launcher.stdin.flush()
    wall, code, peak = json.loads(_launcher.stdout.readline())
    if code not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} exited with {code}")
    return wall, peak


def _env() -> dict:
    """This checkout's package first on the path of the commands timed, which
    may write their bytecode as a user's runs do: with ``PYTHONDONTWRITEBYTECODE``
    set, every ``check`` would compile again each module changed since its
    bytecode was written (all of them: 40 to 70 ms of a run of 250)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return env


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "factcheck", *args]


def bench_size(n: int, sources: list[str], repeat: int, work: Path, baseline_rows: int) -> dict:
    from factcheck.blocking import Blocker, match_blocked
    from factcheck.corpusgen import make_corpus
    from factcheck.parallel import load_extract
    from factcheck.rules import load_rules

    rules = load_rules()
    corpus = make_corpus(work / f"corpus{n}", n, sources)
    mb = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
    r: dict = {"articles": n, "MB": round(mb, 1)}
    for jobs in (1, 2):
        t, loaded = _median_time(lambda: load_extract([str(corpus)], rules, jobs=jobs), repeat)
        r[f"extract_j{jobs}_s"] = t
        r[f"extract_j{jobs}_articles_per_s"] = n / t
        r[f"extract_j{jobs}_MB_per_s"] = mb / t
        r[f"extract_j{jobs}_MB_per_s_per_core"] = mb / t / jobs
    claims = loaded.claims
    t, (clusters, stats) = _median_time(lambda: match_blocked(claims, rules), repeat)
    blocker = Blocker(rules)
    matchable = [c for c in claims if blocker.keys(c) is not None]
    r.update(claims=len(claims), matchable=len(matchable), match_s=t, clusters=len(clusters),
             pairs_compared=stats["pairs_compared"], pairs_per_claim=stats["pairs_compared"] / max(1, len(matchable)),
             largest_block=stats["largest_block"], blocks_split=stats["blocks_split"],
             blocks_capped=stats["blocks_capped"], pairs_skipped_by_split=stats["pairs_skipped_by_split"])
    r.update(_baseline(matchable, blocker, repeat, baseline_rows))
    r["baseline_vs_blocked"] = r["baseline_s"] / t
    r.update(_end_to_end(corpus, work, repeat))
    return r


def _baseline(matchable, blocker, repeat: int, rows: int) -> dict:
    """All pairs of the matchable claims, matched as within a block (cdist
    filter, then the matcher's score of the pairs that pass), without blocking."""
    import numpy as np
    from rapidfuzz import fuzz, process

    subjects = [blocker.subject(c) for c in matchable]
    n = len(subjects)
    step = max(1, n // rows)
    sample = list(range(0, n, step))[:rows]

    def all_pairs():
        m = process.cdist([subjects[i] for i in sample], subjects, scorer=fuzz.token_set_ratio,
                          score_cutoff=max(0.0, blocker.threshold - 0.5), workers=1)
        found = 0
        for r, j in zip(*np.nonzero(m)):
            a, b = matchable[sample[r]], matchable[j]
            if a.id < b.id and a.article != b.article and blocker.score(a, b)[0] >= blocker.threshold:
                found += 1
        return found

    t, _ = _median_time(all_pairs, repeat)
    full = t * (n / 2) / max(1, len(sample))  # the sample covers len(sample) * n ordered pairs of n * n / 2
    return {"baseline_pairs": n * (n - 1) // 2, "baseline_s": full, "baseline_sampled_rows": len(sample),
            "baseline_extrapolated": len(sample) < n}


def _end_to_end(corpus: Path, work: Path, repeat: int) -> dict:
    out = work / "out"
    cache = work / f"cache-{corpus.name}"
    shutil.rmtree(cache, ignore_errors=True)
    cold = [_run(_cmd("report", str(corpus), "--out", str(out), "--jobs", "2", "--no-cache", "-q"), work)
            for _ in range(repeat)]
    _run(_cmd("report", str(corpus), "--out", str(out), "--jobs", "2", "--cache-dir", str(cache), "-q"), work)
    warm = [_run(_cmd("report", str(corpus), "--out", str(out), "--jobs", "2", "--cache-dir", str(cache), "-q"),
                 work) for _ in range(repeat)]
    draft = sorted(corpus.iterdir())[0]
    original = draft.read_text(encoding="utf-8")
    checks = []
    for i in range(max(5, repeat)):
        draft.write_text(original + f"\nThe share of exports rose to {40 + i}% in 2019, officials said.\n",
                         encoding="utf-8")
        checks.append(_run(_cmd("check", str(draft), "--against", str(corpus), "--cache-dir", str(cache),
                                "--fail-on", "never", "-q"), work))
    imports = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck", "check", str(draft),
                              "--against", str(corpus), "--cache-dir", str(cache), "--fail-on", "never", "-q"],
                             cwd=work, capture_output=True, text=True, env=_env()).stderr
    heavy = sorted({m for m in ("numpy", "pandas") if f"| {m}\n" in imports or f"|   {m}\n" in imports
                    or any(line.rstrip().endswith(f" {m}") for line in imports.splitlines())})
    draft.write_text(original, encoding="utf-8")
    return {"report_cold_s": statistics.median(w for w, _ in cold),
            "report_cold_peak_MB": max(m for _, m in cold),
            "report_warm_s": statistics.median(w for w, _ in warm),
            "report_warm_peak_MB": max(m for _, m in warm),
            "check_ms": 1000 * statistics.median(w for w, _ in checks),
            "check_peak_MB": max(m for _, m in checks),
            "check_heavy_imports": ",".join(heavy) or "none"}


def _print(r: dict) -> None:
    n = r["articles"]
    print(f"\n== {n:,} articles, {r['MB']} MB, {r['claims']:,} claims ({r['matchable']:,} matchable) ==")
    for j in (1, 2):
        print(f"ingest+extract --jobs {j}: {r[f'extract_j{j}_s']:.2f} s, {r[f'extract_j{j}_articles_per_s']:,.0f} "
              f"articles/s, {r[f'extract_j{j}_MB_per_s']:.2f} MB/s ({r[f'extract_j{j}_MB_per_s_per_core']:.2f} "
              f"MB/s per core)")
    print(f"blocked matching: {r['match_s']:.3f} s, {r['pairs_compared']:,} pairs compared, "
          f"{r['pairs_per_claim']:.1f} pairs per claim, largest block {r['largest_block']}, "
          f"{r['blocks_split']} blocks split, {r['blocks_capped']} capped, "
          f"{r['pairs_skipped_by_split']:,} pairs skipped by splitting")
    how = (f"extrapolated from {r['baseline_sampled_rows']:,} sampled rows" if r["baseline_extrapolated"]
           else "measured in full")
    print(f"all-pairs baseline: {r['baseline_pairs']:,} pairs, {r['baseline_s']:.2f} s ({how}); "
          f"{r['baseline_vs_blocked']:.1f}x the blocked matching time")
    print(f"factcheck report --jobs 2: {r['report_cold_s']:.2f} s without cache (peak {r['report_cold_peak_MB']:.0f} "
          f"MB), {r['report_warm_s']:.2f} s with a warm cache (peak {r['report_warm_peak_MB']:.0f} MB)")
    print(f"factcheck check of one changed article: {r['check_ms']:.0f} ms (peak {r['check_peak_MB']:.0f} MB), "
          f"numpy/pandas imported: {r['check_heavy_imports']}")


def main(argv=None) -> int:
    _run([sys.executable, "-c", "pass"], ROOT)  # the launcher starts while this process is small
    ap = argparse.ArgumentParser(prog="python -m factcheck.bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="200 and 1,000 articles (well under a minute)")
    ap.add_argument("--sizes", default=None, help="comma-separated corpus sizes [default: 1000,10000]")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; medians are printed")
    ap.add_argument("--source", action="append", default=[],
                    help="folder of articles to build corpora from, besides seeds/ (repeatable)")
    ap.add_argument("--baseline-rows", type=int, default=1500,
                    help="rows of the all-pairs baseline scored before extrapolating")
    ap.add_argument("--json", help="also write the figures to this JSON file")
    args = ap.parse_args(argv)
    import compileall

    # the commands timed start as an installed package does: with its bytecode
    # written (even where PYTHONDONTWRITEBYTECODE keeps the interpreter from it)
    compileall.compile_dir(str(ROOT / "factcheck"), quiet=1)
    sizes = [int(s) for s in (args.sizes or ("200,1000" if args.quick else "1000,10000")).split(",")]
    sources = [str(ROOT / "seeds"), *args.source]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, sources: {', '.join(sources)}, "
          f"medians of {args.repeat} runs")
    results = []
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        for n in sizes:
            r = bench_size(n, sources, args.repeat, Path(tmp), args.baseline_rows)
            _print(r)
            results.append(r)
    if args.json:
        import json

        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
