"""A long fuzzing run of ingest, segmentation and the whole extractor.

Generates news-like articles (figures with hedges and units, the white space,
dashes, minus signs, digits and quotes of real copy, front matter, CRLF, BOMs,
direction marks) mixed with random Unicode and byte noise, and runs each one
through :func:`factcheck.ingest.decode`, :func:`factcheck.ingest.parse_article`,
:func:`factcheck.segment.segment` and :func:`factcheck.extract.extract_article`
with the built-in rules. It checks that nothing raises (other than a clear
:class:`~factcheck.errors.InputError` for undecodable bytes), that every span
points into the text, that line numbers are right, that intervals have
low <= high, and that claim ids are the same on a second run.

    python fuzz/fuzz_extract.py --count 100000 --seed 1 --jobs 2

Input number ``i`` of seed ``s`` is always the same file, so a run can be
split or resumed with ``--start`` and a failure reproduced from its number.

Inputs that fail are written to ``fuzz/crashes/`` (one file per failure, with
the traceback) and the run ends with a summary line. The exit code is 1 when
anything failed.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SPACES = [" ", " ", " ", "\u00a0", "\u2009", "\u202f", "\u2007", "\t", "  "]
DASHES = ["-", "\u2013", "\u2014", "\u2212", " to ", "\u2010"]
QUOTES = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "\u00ab", "\u00bb"]
MARKS = ["", "", "", "\u200e", "\u200f", "\u2066", "\u2069", "\ufeff", "\u200b"]
HEDGES = ["", "", "more than ", "over ", "at least ", "less than ", "nearly ", "almost ", "about ", "around ",
          "up to ", "some ", "roughly ", "just under ", "fewer than "]
UNITS = ["%", " percent", " per cent", " square kilometers", " sq km", " km²", " square miles", " months",
         " people", " soldiers", " billion dollars", " $", " million", " tonnes", " kg", " mph", "", ""]
WORDS = ("the ministry said exports rose fell trade between China and Russia grew by in the first nine months "
         "of according to officials Xi Jinping Vladimir Putin met on Friday last week Mr. Dr. U.S. Feb. No. "
         "e.g. a quarter half three dozen thousands retaken territory Ukraine Kherson video call summit "
         "Samarkand imports share reached record year-on-year quoted told reporters").split()
NAMES = ["Reuters", "CNN", "AP", "The Epoch Times", "BBC", "Al Jazeera"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def number(rng: random.Random) -> str:
    """A figure as news copy writes it."""
    n = rng.choice([rng.randint(0, 100), rng.randint(100, 99999), rng.randint(1, 10**9), rng.random() * 100])
    text = f"{n:.{rng.randint(0, 3)}f}" if isinstance(n, float) else str(n)
    if rng.random() < 0.3 and n >= 1000:
        sep = rng.choice([",", ".", "\u00a0", "\u2009", "\u202f", " ", "'"])
        text = f"{int(n):,}".replace(",", sep)
    if rng.random() < 0.1:
        text = text.translate(FULLWIDTH if rng.random() < 0.5 else ARABIC)
    if rng.random() < 0.1:
        text = rng.choice(["-", "\u2212", "+", "\u00b1"]) + text
    if rng.random() < 0.15:
        text += rng.choice(DASHES) + str(rng.randint(0, 10**5))
    return rng.choice(HEDGES) + text + rng.choice(UNITS)


def sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(3, 25)):
        r = rng.random()
        if r < 0.15:
            parts.append(number(rng))
        elif r < 0.2:
            q = rng.choice(QUOTES)
            parts.append(q + " ".join(rng.choices(WORDS, k=rng.randint(1, 6))) + rng.choice(QUOTES))
        elif r < 0.23:
            parts.append(rng.choice(MARKS) + rng.choice(WORDS))
        else:
            parts.append(rng.choice(WORDS))
    text = "".join(p + rng.choice(SPACES) for p in parts).strip()
    return text[:1].upper() + text[1:] + rng.choice([".", ".", ".", "!", "?", ".\u201d", "", "...", ". (", ":"])


def header(rng: random.Random, nl: str) -> str:
    choice = rng.random()
    if choice < 0.3:
        return (f"---{nl}outlet: {rng.choice(NAMES)}{nl}published: 2022-{rng.randint(1, 12):02d}-"
                f"{rng.randint(1, 28):02d}{nl}title: {sentence(rng)}{nl}---{nl}")
    if choice < 0.5:
        return f" date 2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {nl}{nl}{rng.choice(NAMES)}{nl}{nl}"
    if choice < 0.6:
        return f"London ({rng.choice(NAMES)}) \u2014 "
    if choice < 0.65:
        return f"---{nl}{rng.choice(['a: [', 'x: !!python/object:os.system {}', 'a: 1{nl}a: 2'])}{nl}---{nl}"
    return ""


def noise(rng: random.Random) -> str:
    """Random Unicode, biased towards characters that matter to the parsers."""
    pool = "0123456789.,;:%$€£ -–—−\u00a0\u2009\n\r\t\"'“”‘’()[]#*_`<>|=+@abcXYZ\u0301\u200f\ufeffé日本"
    if rng.random() < 0.5:
        return "".join(rng.choice(pool) for _ in range(rng.randint(0, 400)))
    return "".join(chr(rng.randint(1, 0x2FFFF)) for _ in range(rng.randint(0, 200)))


def article(rng: random.Random) -> bytes:
    """One generated input file."""
    if rng.random() < 0.1:
        return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 300)))
    nl = rng.choice(["\n", "\n", "\r\n", "\r"])
    text = header(rng, nl)
    for _ in range(rng.randint(1, 8)):
        para = " ".join(sentence(rng) for _ in range(rng.randint(1, 5)))
        if rng.random() < 0.1:
            para = noise(rng)
        text += para + nl * rng.randint(1, 2)
    if rng.random() < 0.1:
        import unicodedata

        text = unicodedata.normalize(rng.choice(["NFC", "NFD", "NFKC"]), text)
    encoding = rng.choice(["utf-8"] * 8 + ["utf-8-sig", "utf-16", "latin-1"])
    return text.encode(encoding, errors="replace")


def check_one(data: bytes, rules) -> None:
    """Run one input through every stage and check the invariants."""
    from factcheck.errors import InputError
    from factcheck.extract import extract_article
    from factcheck.ingest import decode, parse_article
    from factcheck.segment import segment
    from factcheck.textutil import LineIndex

    try:
        text = decode(data, "fuzz.txt")
    except InputError:
        return
    art, _ = parse_article(text, "fuzz.txt", None, rules.outlets)
    lines = LineIndex(text)
    for s in segment(art):
        assert text[s.start:s.end] == s.text, "sentence span"
        assert s.line == lines.line(s.start), "sentence line"
    claims = extract_article(art, rules)
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text), "claim offsets"
        assert text[c.start:c.end] == c.text, "claim span"
        assert c.line == lines.line(c.start), "claim line"
        assert c.sentence_start <= c.start and c.end <= c.sentence_start + len(c.sentence), "claim in sentence"
        if c.low is not None and c.high is not None:
            assert c.low <= c.high, f"interval low > high: {c.low} > {c.high}"
    again = [c.id for c in extract_article(art, rules)]
    assert again == [c.id for c in claims], "ids not stable"


def _worker(args: tuple[int, int, int, str]) -> tuple[int, list[str]]:
    start, stop, seed, crash_dir = args
    from factcheck.rules import load_rules

    rules = load_rules()
    failures = []
    for i in range(start, stop):
        rng = random.Random(f"{seed}:{i}")
        data = article(rng)
        try:
            check_one(data, rules)
        except Exception as exc:  # a failure to record, not to stop on
            kind = f"{type(exc).__name__}: {exc}"[:200]
            out = Path(crash_dir) / f"case-{seed}-{i}"
            out.with_suffix(".bin").write_bytes(data)
            out.with_suffix(".txt").write_text(traceback.format_exc(), encoding="utf-8")
            failures.append(kind)
    return stop - start, failures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=100_000, help="inputs numbered START to COUNT-1 are run")
    ap.add_argument("--start", type=int, default=0, help="first input number (to resume a run)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--crash-dir", default=str(ROOT / "fuzz" / "crashes"))
    args = ap.parse_args(argv)
    Path(args.crash_dir).mkdir(parents=True, exist_ok=True)
    chunk = 1000
    tasks = [(i, min(i + chunk, args.count), args.seed, args.crash_dir) for i in range(args.start, args.count, chunk)]
    t0 = time.perf_counter()
    done, failures = 0, []
    with mp.Pool(args.jobs) as pool:
        for n, fails in pool.imap_unordered(_worker, tasks):
            done += n
            failures += fails
            print(f"\r{done}/{args.count - args.start} inputs, {len(failures)} failures", end="", file=sys.stderr)
    elapsed = time.perf_counter() - t0
    print(file=sys.stderr)
    kinds = {}
    for f in failures:
        kinds[f] = kinds.get(f, 0) + 1
    for kind, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
        print(f"{n:6d}  {kind}")
    print(f"fuzz: {done} inputs (numbers {args.start} to {args.count - 1}), seed {args.seed}, {elapsed:.0f} s, {len(failures)} failures "
          f"({len(kinds)} distinct)")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
