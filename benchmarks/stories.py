"""Score the report against stories whose slips and traps are known.

    python benchmarks/stories.py [STORIES] [--show]

STORIES (default: ``benchmarks/stories``) holds ``articles/<story>/*.md``,
the articles of each story (three outlets' accounts, written apart from the
code), and ``keys/<story>.yaml``, what was planted in them:

* ``slips``: a fact one outlet tells differently from the others; ``a`` and
  ``b`` name a file of the story and a fragment copied from the sentence of
  each side.
* ``traps``: two sentences that differ in words but agree in fact, or tell two
  different facts that look alike; a checker that flags them is wrong.

Each story is read and judged on its own, with the shipped rules. A slip is
*found* when a finding of severity warning or error quotes a sentence of each
side; a trap is *flagged falsely* the same way. The other warnings and errors
that quote two articles (and tell no slip or trap) are counted and, with
``--show``, listed: they are either true slips the writer did not plant, or
false findings; only a reader can tell which.

Prints a line per story and the totals; exit code 0. The figure to quote for
articles nobody has seen is the first run on a new story, before any change
made looking at it.
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.pipeline import run  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u00a0": " "})


def norm(text: str) -> str:
    """Text compared loosely: NFC, straight quotes and dashes, one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).translate(_QUOTES)).strip().lower()


def _file_of(quote_article: str) -> str:
    return Path(quote_article).name


def _holds(quote: dict, side: dict) -> bool:
    """Is ``quote`` (of a finding) told in the sentence that holds ``side['text']`` in ``side['file']``?"""
    if _file_of(quote["article"]) != side["file"]:
        return False
    frag, sentence = norm(side["text"]), norm(quote.get("sentence") or "")
    return frag in sentence or (len(sentence) > 20 and sentence in frag)


def _pairs(finding: dict) -> list[tuple[dict, dict]]:
    """The pairs of quotes of two articles a finding sets against each other: the pairs its details list
    (``clashes``, ``slips``, ...: the pairs it found at odds, not those it left uncompared), else every pair."""
    by_claim = {q["claim"]: q for q in finding.get("quotes") or ()}
    listed = []
    for key, value in (finding.get("details") or {}).items():
        if key == "not_compared" or not isinstance(value, list):
            continue
        for item in value:
            if isinstance(item, dict) and item.get("a") in by_claim and item.get("b") in by_claim:
                listed.append((by_claim[item["a"]], by_claim[item["b"]]))
    quotes = list(by_claim.values())
    pairs = listed or [(x, y) for i, x in enumerate(quotes) for y in quotes[i + 1:]]
    return [(x, y) for x, y in pairs if x["article"] != y["article"]]


def _both(pair, item) -> bool:
    x, y = pair
    return _holds(x, item["a"]) and _holds(y, item["b"]) or _holds(y, item["a"]) and _holds(x, item["b"])


#: words of a finding's message that tell which kind of fact it sets apart
_KIND_WORDS = {"figure": ("figure", "cannot both", "hedges", "units"), "time": ("time", "dated", "day"),
               "where": ("place",), "who": ("office", "person", "people", "quote", "given")}


def _own_words(pair, item) -> bool:
    """Whether a claim of the pair is told in the words of its side's fragment (or holds them)."""
    for q in pair:
        for side in (item["a"], item["b"]):
            if _holds(q, side):
                frag, text = norm(side["text"]), norm(q["text"])
                if text in frag or frag in text:
                    return True
    return False


def _slip_side(pair, item, message: str) -> bool:
    """The slip's own sentence set against another article's (whichever: the key names one of the others),
    by a finding on the slip's kind of fact, or whose claim there is the slip's own words: a sentence may
    hold several facts."""
    frag = norm(item["a"]["text"])
    head = message.split(":", 1)[0].lower()  # what the finding says, before the claims it lists (outlets' names)
    told = None if head.startswith("accounts of the event") else \
        next((k for k, words in _KIND_WORDS.items() if any(w in head for w in words)), None)
    # (accounts of an event differ in a date, a time or a place: any kind, the slip's own words needed)
    if told is not None and told != item.get("kind"):
        return False
    return any(_holds(q, item["a"]) and (told is not None or norm(q["text"]) in frag or frag in norm(q["text"]))
               for q in pair)


def score_story(folder: Path, key: dict, rules) -> dict:
    import json

    from factcheck.report.jsonout import findings_json

    files = sorted(str(p) for p in folder.glob("*.md"))
    report = run(files, rules)
    findings = json.loads(findings_json(report.findings, report.claims))
    pairs = [(f, p) for f in findings if f["severity"] in ("warning", "error") for p in _pairs(f)]
    out = {"story": folder.name, "slips": [], "traps": [], "other": [], "problems": [str(p) for p in report.problems]}
    used: set[int] = set()
    for item in key.get("traps") or ():  # the pair's own words on a side, not only its sentences: a sentence may
        hits = [i for i, (f, p) in enumerate(pairs) if _both(p, item) and _own_words(p, item)]  # hold a slip too
        used.update(hits)
        out["traps"].append((item, [pairs[i] for i in hits]))
    for item in key.get("slips") or ():
        hits = [i for i, (f, p) in enumerate(pairs)
                if i not in used and (_both(p, item) or _slip_side(p, item, f["message"]))]
        found_by = {pairs[i][0]["id"] for i in hits}  # the finding's other pairs of the slip's sentence: the same
        hits += [i for i, (f, p) in enumerate(pairs)  # slip set against the other articles that tell it right
                 if i not in used and i not in hits and f["id"] in found_by and any(_holds(q, item["a"]) for q in p)]
        used.update(hits)
        out["slips"].append((item, [pairs[i] for i in hits]))
    found_by = {pairs[i][0]["id"] for i in used}  # a finding that tells a slip lists the other outlets too
    out["other"] = [pair for i, pair in enumerate(pairs) if i not in used and pair[0]["id"] not in found_by]
    return out


def _said(pair) -> str:
    f, (x, y) = pair
    return f"{f['severity']} {f['verdict']}: {_file_of(x['article'])} \u201c{x['text']}\u201d / " \
           f"{_file_of(y['article'])} \u201c{y['text']}\u201d"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python benchmarks/stories.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("stories", nargs="?", default=str(ROOT / "benchmarks" / "stories"))
    ap.add_argument("--show", action="store_true", help="list the slips missed and every other warning or error")
    ap.add_argument("--only", action="append", default=[], help="score only this story (repeat for more)")
    args = ap.parse_args(argv)
    root = Path(args.stories)
    rules = load_rules(ROOT / "rules")
    totals = {"stories": 0, "slips": 0, "found": 0, "traps": 0, "false": 0, "other": 0}
    for key_file in sorted((root / "keys").glob("*.yaml")):
        key = yaml.safe_load(key_file.read_text(encoding="utf-8"))
        name = key.get("story") or key_file.stem
        if args.only and name not in args.only:
            continue
        res = score_story(root / "articles" / name, key, rules)
        found = [item["id"] for item, hits in res["slips"] if hits]
        false = [item["id"] for item, hits in res["traps"] if hits]
        totals["stories"] += 1
        totals["slips"] += len(res["slips"])
        totals["found"] += len(found)
        totals["traps"] += len(res["traps"])
        totals["false"] += len(false)
        totals["other"] += len(res["other"])
        print(f"{name}: slips found {len(found)}/{len(res['slips'])} {found}; traps flagged {false}; "
              f"other warnings/errors across articles {len(res['other'])}")
        if args.show:
            for item, hits in res["slips"]:
                if not hits:
                    print(f"  missed {item['id']} ({item.get('kind')}): {item.get('what')}")
            for item, hits in res["traps"]:
                for pair in hits:
                    print(f"  trap {item['id']} flagged, {_said(pair)}")
            for pair in res["other"]:
                print(f"  other {_said(pair)}")
    n = totals["stories"]
    print(f"{n} stor{'y' if n == 1 else 'ies'}: {totals['found']} of {totals['slips']} slips found, "
          f"{totals['false']} of {totals['traps']} traps flagged falsely, "
          f"{totals['other']} other warnings or errors across articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
