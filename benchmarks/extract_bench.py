"""Extraction speed: ours vs quantulum3 vs a plain digit regex, same text.

    python benchmarks/extract_bench.py [--mb 4] [--repeat 5]

The text is the seed articles and the MEANTIME Apple corpus, split into
paragraphs and repeated to about ``--mb`` megabytes.  Each system runs
``--repeat`` times; the median is reported in MB/s (UTF-8 bytes) and
sentences/s, with ratios against the baselines measured in the same run.
quantulum3 is slow, so it runs on a slice of the text (the rate is what is
compared); it is skipped with a message when not installed. Ours reads every
paragraph afresh: the cache that spares a sentence told again word for word
would otherwise time the repeats as free.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.numbers import _read_quantities  # noqa: E402


def find_quantities(text: str) -> list:
    """:func:`factcheck.numbers.find_quantities` read afresh: the text here repeats its paragraphs, and the
    extractor keeps the figures of the sentences it read last (a sentence told again is not read again)."""
    return _read_quantities(text, False)

SHARED = Path("/work/shared")
SOURCES = [SHARED / "seeds", SHARED / "corpora" / "meantime-apple", ROOT / "tests" / "data" / "bench"]
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SENT = re.compile(r"[.!?](?:\s|$)")


def load_paragraphs() -> list[str]:
    paras: list[str] = []
    for src in SOURCES:
        if not src.is_dir():
            continue
        for f in sorted(src.iterdir()):
            if f.suffix in (".txt", ".md"):
                text = f.read_text("utf-8", errors="replace")
                paras += [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) > 40]
    if not paras:
        sys.exit("no corpus text found under " + ", ".join(map(str, SOURCES)))
    return paras


def corpus(mb: float) -> list[str]:
    base = load_paragraphs()
    size = sum(len(p.encode()) for p in base)
    reps = max(1, int(mb * 1e6 / size) + 1)
    return base * reps


def measure(fn, paras: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for p in paras:
            fn(p)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quantulum-kb", type=float, default=60.0, help="text slice for quantulum3")
    args = ap.parse_args(argv)
    paras = corpus(args.mb)
    nbytes = sum(len(p.encode()) for p in paras)
    nsent = sum(len(_SENT.findall(p)) or 1 for p in paras)
    find_quantities(paras[0])  # load data files once, outside the timing
    print(f"text: {len(paras)} paragraphs, {nbytes / 1e6:.2f} MB, ~{nsent} sentences; median of {args.repeat}")
    rows = []
    t = measure(find_quantities, paras, args.repeat)
    rows.append(("factcheck find_quantities", nbytes / t / 1e6, nsent / t))
    t = measure(_DIGITS.findall, paras, args.repeat)
    rows.append(("plain digit regex", nbytes / t / 1e6, nsent / t))
    try:
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser as qparser
    except ImportError:
        print("quantulum3 not installed: baseline skipped (pip install '.[eval]')")
    else:
        cut, acc = [], 0
        for p in paras:
            cut.append(p)
            acc += len(p.encode())
            if acc >= args.quantulum_kb * 1e3:
                break
        qbytes = sum(len(p.encode()) for p in cut)
        qsent = sum(len(_SENT.findall(p)) or 1 for p in cut)
        t = measure(qparser.parse, cut, max(1, min(args.repeat, 3)))
        rows.append((f"quantulum3 parse ({qbytes / 1e3:.0f} kB slice)", qbytes / t / 1e6, qsent / t))
    ours = rows[0][1]
    print(f"{'system':<40}{'MB/s':>10}{'sent/s':>12}{'ours x':>10}")
    for name, mbs, sps in rows:
        print(f"{name:<40}{mbs:>10.3f}{sps:>12.0f}{ours / mbs:>10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
