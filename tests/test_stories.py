"""The scorer of stories with known slips (benchmarks/stories.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("stories_bench", ROOT / "benchmarks" / "stories.py")
stories = importlib.util.module_from_spec(spec)
spec.loader.exec_module(stories)


def _quote(claim, article, text, sentence):
    return {"claim": claim, "article": f"x/{article}", "text": text, "sentence": sentence}


def test_pairs_are_those_a_finding_lists_at_odds():
    f = {"quotes": [_quote("1", "a.md", "23 satellites", "We put 23 satellites in orbit."),
                    _quote("2", "b.md", "24 satellites", "It carried 24 satellites."),
                    _quote("3", "a.md", "191 satellites", "It now has 191 satellites."),
                    _quote("4", "c.md", "more than 200 satellites", "It has more than 200 satellites.")],
         "details": {"clashes": [{"a": "3", "b": "4", "on": "value"}], "not_compared": [{"a": "1", "b": "2"}]}}
    pairs = stories._pairs(f)
    assert [(x["claim"], y["claim"]) for x, y in pairs] == [("3", "4")]
    slip = {"a": {"file": "c.md", "text": "more than 200 satellites"}, "b": {"file": "b.md", "text": "191"}}
    assert stories._slip_side(pairs[0], slip, "") and not stories._both(pairs[0], slip)
    del f["details"]["clashes"]
    assert len(stories._pairs(f)) == 5  # every pair of two articles when none is listed


def test_accounts_of_an_event_that_differ_count_for_the_slips_own_words():
    """"Accounts of the event cannot both be true" is no finding on figures: it counts for a slip of a date
    told in the slip's own words."""
    pair = (_quote("1", "b.md", "declared", "Governor Elaine Marsh declared a state of disaster on Wednesday."),
            _quote("2", "c.md", "declared", "Governor Elaine Marsh declared a disaster on Thursday morning."))
    slip = {"kind": "time", "a": {"file": "c.md", "text": "declared a disaster on Thursday morning"},
            "b": {"file": "a.md", "text": "signed a disaster declaration"}}
    assert stories._slip_side(pair, slip, "Accounts of the event cannot both be true: Coastal Wire: statement")
    assert not stories._slip_side(pair, slip, "Figures cannot both be true: Coastal Wire: “47 homes”")


def test_fragments_match_loosely():
    q = _quote("1", "a.md", "x", "The last customers were reconnected at 1:30\u00a0a.m. on Thursday.")
    assert stories._holds(q, {"file": "a.md", "text": "reconnected at 1:30 a.m."})
    assert not stories._holds(q, {"file": "b.md", "text": "reconnected at 1:30 a.m."})


def test_scores_a_shipped_story(capsys):
    assert stories.main(["--only", "xx1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("xx1: slips found ") and "1 story: " in out


def test_an_outlet_that_tells_the_other_figure_too_is_no_clash():
    # ww2: one outlet says "We put twenty-three satellites exactly where we wanted them", the other tells
    # that quote too and, elsewhere, "24 Lumen satellites stacked in its nose fairing": of the launch
    from factcheck.rules import load_rules

    res = stories.score_story(ROOT / "benchmarks" / "stories" / "articles" / "ww2",
                              {"slips": [], "traps": []}, load_rules(ROOT / "rules"))
    texts = [{x["text"], y["text"]} for _, (x, y) in res["other"]]
    assert {"twenty-three satellites", "24 Lumen satellites"} not in texts
    assert {"191 working satellites", "more than 200 working satellites"} in texts  # the slip is still found


def test_two_owners_figures_are_no_slip_of_the_keys():
    # ab1: Meridian "cancelled 214 of the 380 flights it had scheduled"; "Smaller rival Pellan Air said it had
    # cancelled 38 flights": a zero apart, but two carriers' figures
    from factcheck.rules import load_rules

    res = stories.score_story(ROOT / "benchmarks" / "stories" / "articles" / "ab1",
                              {"slips": [], "traps": []}, load_rules(ROOT / "rules"))
    assert {"380 flights", "38 flights"} not in [{x["text"], y["text"]} for _, (x, y) in res["other"]]


def test_an_outlet_that_tells_one_subject_two_ways_keeps_its_clash():
    # the other outlet gives the price both as $154 and as $140, of one subject: its own slip, still set
    # against the first outlet's $140 (not "its figure is of something else", as for 23 and 24 satellites)
    from claimfactory import quantity

    from factcheck.judge import Judge
    from factcheck.rules import load_rules

    j = Judge(load_rules(ROOT / "rules"))
    x = quantity("a.md", 140, unit="USD", subject="phone priced")
    y = quantity("b.md", 154, unit="USD", subject="phone priced")
    again = quantity("b.md", 140, unit="USD", subject="phone priced")
    j.by_id = {c.id: c for c in (x, y, again)}
    assert not j._told_elsewhere(x, y)
    other = quantity("b.md", 24, unit="USD", subject="phone shipped")
    j.by_id[other.id] = other
    j._of_article, j._values_told = None, {}
    assert j._told_elsewhere(x, other)
