"""Matching: blocking keys, scores, complete linkage, capped blocks."""
from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from claimfactory import event, quantity, quote
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.blocking import candidate_pairs
from factcheck.match import AliasNormaliser, blocking_keys, clusters_from_pairs, match, quote_changes
from factcheck.model import LINKS_KEPT, claim_order
from factcheck.rules import load_rules

Y22 = (date(2022, 1, 1), date(2022, 12, 31))
Y21 = (date(2021, 1, 1), date(2021, 12, 31))


def test_aliases_are_rewritten_before_scoring(default_rules):
    norm = AliasNormaliser(default_rules)
    text, metrics, _ = norm.analyse("The jobless rate in Spain")
    assert "unemployment" in text and metrics == {"unemployment"}


def test_blocking_keys(default_rules):
    norm = AliasNormaliser(default_rules)
    assert blocking_keys(quantity("a", 53100, unit=None, dimension=None, subject="net migration"), norm) == \
        ("quantity:none:migration",)
    assert blocking_keys(quantity("a", 52, unit=None, dimension=None, subject="net migration"), norm) == ()
    assert blocking_keys(quantity("a", 5300, unit=None, dimension=None, subject="rose"), norm) == ()
    assert blocking_keys(quantity("a", 5, subject="consumer prices in France"), norm) == \
        ("quantity:percent:metric:inflation",)
    assert blocking_keys(quantity("a", 5, subject="the share of votes"), norm) == ("quantity:percent",)
    assert blocking_keys(quantity("a", 5, checkworthy=0.1), norm) == ()
    assert blocking_keys(quantity("a", 5, unit=None), norm) == ()


def test_same_thing_across_outlets_forms_one_cluster(default_rules):
    claims = [quantity("a", 8.0, subject="inflation in France"), quantity("b", 8.1, subject="French inflation"),
              quantity("c", 8.0, subject="consumer prices in France")]
    clusters, stats = match(claims, default_rules)
    assert len(clusters) == 1 and set(clusters[0].claims) == {c.id for c in claims}
    assert stats["pairs_compared"] == 3 and stats["pairs_skipped_by_split"] == 0
    explain = clusters[0].explain
    assert explain["keys"] == ["quantity:percent"] and explain["linkage"] == "complete"
    assert all("token_set_ratio" in link["why"] for link in explain["links"])


def test_never_all_pairs_across_units(default_rules):
    claims = [quantity("a", 8.0, unit="percent", subject="growth"), quantity("b", 8.0, unit="km2", subject="growth")]
    clusters, stats = match(claims, default_rules)
    assert clusters == [] and stats["pairs_compared"] == 0


def test_same_number_different_subjects_do_not_match(default_rules):
    claims = [quantity("a", 8.0, subject="unemployment in Spain"), quantity("b", 8.0, subject="inflation in Spain")]
    assert match(claims, default_rules)[0] == []


def test_same_subject_different_years_do_not_match(default_rules):
    claims = [quantity("a", 8.0, subject="inflation", period=Y22), quantity("b", 3.0, subject="inflation",
                                                                            period=Y21)]
    assert match(claims, default_rules)[0] == []


def test_never_its_own_sentence(default_rules):
    a = quantity("a", 8.0, subject="inflation", sentence_index=3)
    b = quantity("a", 8.0, subject="inflation", sentence_index=3)
    assert match([a, b], default_rules)[0] == []


def test_opposite_directions_do_not_match(default_rules):
    claims = [quantity("a", 5, subject="exports", direction="up"), quantity("b", 5, subject="exports",
                                                                         direction="down")]
    assert match(claims, default_rules)[0] == []


def test_complete_linkage_does_not_chain(default_rules):
    """A~B and B~C but A!~C: A and C never share a cluster."""
    a = quantity("a", 5, subject="steel exports to india")
    b = quantity("b", 5, subject="steel exports")
    c = quantity("c", 5, subject="steel exports to brazil from the port of santos")
    pairs, _ = candidate_pairs([a, b, c], default_rules)
    linked = {(p.a, p.b) for p in pairs}
    assert (a.id, b.id) in linked and (b.id, c.id) in linked
    for cl in clusters_from_pairs(pairs, [a, b, c]):
        assert not {a.id, c.id} <= set(cl.claims) or (a.id, c.id) in linked


def test_large_block_is_split_and_drops_are_counted(default_rules):
    rules = dataclasses.replace(default_rules, policy=dataclasses.replace(default_rules.policy, max_block_size=4))
    claims = [quantity(f"a{i}", 8.0, subject="inflation") for i in range(10)]
    _, stats = match(claims, rules)
    assert stats["blocks_split"] + stats["blocks_capped"] == 1 and stats["largest_block"] == 10
    assert stats["largest_scored_block"] <= 4
    assert stats["pairs_compared"] + stats["pairs_skipped_by_split"] == 45 and stats["pairs_skipped_by_split"] > 0


def test_events_match_on_actors_and_action(default_rules):
    d = date(2022, 12, 30)
    claims = [event("a", "video_call", ("Xi Jinping", "Vladimir Putin"), d),
              event("b", "video_call", ("Vladimir Putin", "Xi Jinping"), d),
              event("c", "video_call", ("Joe Biden", "Xi Jinping"), d)]
    clusters, _ = match(claims, default_rules)
    assert [set(c.claims) for c in clusters] == [{claims[0].id, claims[1].id}]


def test_events_far_apart_are_two_events(default_rules):
    claims = [event("a", "meeting", ("X", "Y"), date(2022, 9, 15)), event("b", "meeting", ("X", "Y"),
                                                                          date(2022, 12, 30))]
    assert match(claims, default_rules)[0] == []


def test_quotes_match_by_speaker_and_words(default_rules):
    claims = [quote("a", "Ann Lee", "We will not raise taxes this year"),
              quote("b", "Ann Lee", "We will not raise taxes"),
              quote("c", "Ann Lee", "The harbour reopens on Monday morning")]
    clusters, _ = match(claims, default_rules)
    assert [set(c.claims) for c in clusters] == [{claims[0].id, claims[1].id}]


def test_large_cluster_keeps_some_links_and_every_strength(default_rules):
    """A cluster of 12 claims has 66 links: the first LINKS_KEPT are kept as
    records, all 66 counted, and each pair's strength is kept (the judge reads it)."""
    claims = [quantity(f"o{i}", 8.0, subject="inflation in France",
                       published=date(2022, 12, 30) if i % 3 else date(2023, 1, 10)) for i in range(12)]
    pairs, _ = candidate_pairs(claims, default_rules)
    (cl,) = match(claims, default_rules)[0]
    assert len(cl.claims) == 12 and len(cl.strong) == 66
    assert len(cl.explain["links"]) == LINKS_KEPT < 66 and cl.explain["links_total"] == 66
    strength = {(p.a, p.b): p.strong for p in pairs}
    strength.update({(p.b, p.a): p.strong for p in pairs})
    ids = cl.claims
    assert list(ids) == [c.id for c in sorted(claims, key=claim_order)]  # listed in claim order
    assert [strength[(a, b)] for i, a in enumerate(ids) for b in ids[i + 1:]] == [bool(x) for x in cl.strong]
    assert {True, False} <= set(strength.values())
    assert [(ln["a"], ln["b"]) for ln in cl.explain["links"]] == [
        (a, b) for i, a in enumerate(ids) for b in ids[i + 1:]][:LINKS_KEPT]


def test_block_links_come_in_order_each_once(default_rules):
    """The clusterer relies on it: a block's links are in (a, b) order, ``a``
    before ``b`` in claim order, each pair once, for every kind of claim."""
    from factcheck.blocking import Blocker, _best_links

    claims = [quantity(f"o{i}", 8.0 + i % 2, subject="inflation in France") for i in range(60)]
    claims += [event(f"o{i}", "meeting", ("Xi", "Putin") if i % 3 else ("Xi", "Putin", "Lula"), date(2022, 12, 30))
               for i in range(60)]
    claims += [quote(f"o{i}", "Xi", "we will keep working together for peace") for i in range(60)]
    blocker = Blocker(default_rules)
    for kind in ("quantity", "event", "quote"):
        members = [c for c in claims if c.kind.value == kind]
        key = blocker.keys(members[0])[0]
        links, _ = blocker.block_pairs(key, members)
        at = {c.id: k for k, c in enumerate(sorted(members, key=claim_order))}
        assert links and all(at[p.a] < at[p.b] for p in links)
        assert [(at[p.a], at[p.b]) for p in links] == sorted((at[p.a], at[p.b]) for p in links)
        assert sorted(links, key=lambda p: sorted((p.a, p.b))) == _best_links(links)


def test_remembered_blocking_keys_are_those_computed_afresh(default_rules):
    """A blocker remembers leading words and key triples; what it gives is what
    a blocker that remembers nothing gives, and its memos are not pickled."""
    import pickle

    from factcheck.blocking import Blocker

    claims = [quantity(f"o{i}", 8.0 + i, subject=s) for i, s in
              enumerate(["inflation in France", "inflation in Spain", "exports of copper", "inflation in France"])]
    claims += [event(f"o{i}", "meeting", actors, date(2022, 12, 30 - i))
               for i, actors in enumerate([("Xi", "Putin"), ("Putin", "Xi"), ("Lula",)])]
    claims += [quote("o1", "Xi", "we will keep working together"), quote("o2", "Xi", "The peace")]
    memo = Blocker(default_rules)
    first = [memo.keys(c) for c in claims]
    assert [memo.keys(c) for c in claims] == first  # from the memos now
    for c, keys in zip(claims, first):
        assert Blocker(default_rules).keys(c) == keys
    assert memo.keys(claims[0]) is memo.keys(claims[3])  # equal keys share one tuple
    copy = pickle.loads(pickle.dumps(memo))
    assert copy._leads == {} and copy._triples == {}
    assert [copy.keys(c) for c in claims] == first


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sets(st.sampled_from("ABCDEF"), min_size=1, max_size=4), st.integers(0, 5), st.booleans(),
                          st.one_of(st.none(), st.integers(0, 20)), st.integers(0, 9), st.booleans()),
                min_size=2, max_size=70),
       st.sampled_from([0, 34, 50, 67, 100]))
def test_large_event_blocks_scored_with_arrays_link_as_pair_by_pair(default_rules, monkeypatch, rows, threshold):
    """Blocks larger than SMALL_BLOCK are scored with arrays: the same links,
    scores, explanations and order as the pair-by-pair path."""
    import factcheck.match as m

    base = date(2022, 12, 1)
    claims = []
    for k, (actors, article, negative, day, length, planned) in enumerate(rows):
        start = None if day is None else base + timedelta(days=day)
        c = event(f"a{article}.md", "meeting", tuple(sorted(actors)), start,
                  None if start is None else start + timedelta(days=length),
                  polarity="negative" if negative else "positive", modality="planned" if planned else "asserted")
        claims.append(dataclasses.replace(c, id=f"e{k:03d}", sentence_index=k % 7))
    rules = dataclasses.replace(default_rules, policy=dataclasses.replace(default_rules.policy,
                                                                          match_threshold=threshold))
    norm = AliasNormaliser(rules)
    monkeypatch.setattr(m, "SMALL_BLOCK", 10_000)
    by_pairs = m.score_block("event:meeting", claims, norm, rules)
    monkeypatch.setattr(m, "SMALL_BLOCK", 1)
    assert m.score_block("event:meeting", claims, norm, rules) == by_pairs  # pair by pair: no numpy
    links = m.score_block("event:meeting", claims, norm, rules, arrays=True)
    assert isinstance(links, m.BlockLinks) and links.pairs() == by_pairs
    # the clusters of the links as arrays, their records made only for the links kept
    assert m.block_clusters("event:meeting", claims, links) == clusters_from_pairs(by_pairs, claims, ordered=True)


_SUBJECT_WORDS = ["exports", "imports", "inflation", "china", "russia", "share of", "oil", "car sales", "price",
                  "the", "in 2022", "grain", "revenue"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.lists(st.sampled_from(_SUBJECT_WORDS), min_size=1, max_size=4),
                          st.sampled_from(["percent", "USD"]), st.integers(0, 5), st.integers(0, 60),
                          st.one_of(st.none(), st.integers(2020, 2023)), st.sampled_from([None, "up", "down"])),
                min_size=2, max_size=70),
       st.sampled_from([0.0, 55.0, 70.0, 85.5]), st.sampled_from([50.0, 85.0, 90.5]))
def test_large_quantity_blocks_scored_with_arrays_link_as_pair_by_pair(default_rules, monkeypatch, rows, threshold,
                                                                       diverge):
    """Blocks of more than DENSE_MIN_FIGURES figures are scored with arrays: the
    same links, scores, strengths, explanations and order as testing the pairs
    of cdist's matrix one by one (sentences that share other figures, or hold
    the other's, included; and twins that only the words' digits show, "23.0%"
    and "20.3%")."""
    import factcheck.match as m

    claims = []
    for k, (words, unit, article, day, year, direction) in enumerate(rows):
        period = None if year is None else (date(year, 1, 1), date(year, 12, 31))
        value = (3.0, 4.5, 12.5, 23.0, 20.3)[(k + article) % 5]
        c = quantity(f"a{article}.md", value, unit, " ".join(words), period=period, direction=direction,
                     sentence_index=k % 5, published=date(2022, 1, 1) + timedelta(days=day))
        others = ("1.87", "206", "4.5", "12.5")[:(7 * k + article) % 5]  # figures shared or not (anchored links)
        claims.append(dataclasses.replace(c, id=f"q{k:03d}", text=f"{value}%",
                                          sentence=" ".join([*words, f"{value}%", *others])))
    rules = dataclasses.replace(default_rules, policy=dataclasses.replace(
        default_rules.policy, match_threshold=threshold, diverge_threshold=diverge))
    norm = AliasNormaliser(rules)
    monkeypatch.setattr(m, "SMALL_BLOCK", 1)
    monkeypatch.setattr(m, "DENSE_MIN_FIGURES", 1)
    monkeypatch.setattr(m, "DENSE_MAX", 0)
    by_pairs = m.score_block("quantity:percent", claims, norm, rules)
    monkeypatch.setattr(m, "DENSE_MAX", 2000)
    assert m.score_block("quantity:percent", claims, norm, rules) == by_pairs
    links = m.score_block("quantity:percent", claims, norm, rules, arrays=True)
    by_arrays = m.block_clusters("quantity:percent", claims, links)
    expected = clusters_from_pairs(by_pairs, claims, ordered=True)
    assert by_arrays == expected
    assert [c.outside for c in by_arrays] == [c.outside for c in expected]  # links left out of the clusters


@pytest.mark.parametrize("dense_min", [1, 10_000])
def test_twins_that_only_the_words_digits_show_are_tied_with_arrays_too(default_rules, monkeypatch, dense_min):
    """"23.0 million" and "20.3 million" (significant digits 23 and 203) are
    a slip of the keys as written: the figures are tied, and the link says
    why as the pair-by-pair path does, whichever path scores the block."""
    import factcheck.match as m

    claims = []
    for k, (value, name) in enumerate([(23.0e6, "Lori"), (20.3e6, "Lomi"), (23.0e6, "Lori"), (20.3e6, "Lomi")]):
        c = quantity(f"a{k}.md", value, "unit_sold", f"{name.lower()} last year", dimension="count")
        words = f"{value / 1e6:.1f} million"
        claims.append(dataclasses.replace(c, id=f"q{k:03d}", text=words, start=33, end=33 + len(words),
                                          sentence=f"His company sold {words} {name} last year.", sentence_start=0))
    monkeypatch.setattr(m, "SMALL_BLOCK", 1)
    monkeypatch.setattr(m, "DENSE_MIN_FIGURES", dense_min)
    pairs = {(p.a, p.b): p for p in m.score_block("quantity:unit_sold", claims, AliasNormaliser(default_rules),
                                                   default_rules)}
    tie = pairs["q000", "q001"]
    assert tie.strong and tie.info["anchored"] == m.TWINS
    assert pairs["q000", "q002"].strong and "anchored" not in pairs["q000", "q002"].info  # the same figure


@pytest.mark.parametrize("dense_min", [1, 10_000])
def test_shares_of_the_same_count_told_after_it_are_tied_on_either_path(default_rules, monkeypatch, dense_min):
    """"2,960 jobs, about 11 percent of its employees" and "2,960 workers, roughly one in six of its employees":
    the share of one count, whose subject alone names no measured thing; after another count, no tie."""
    import factcheck.match as m

    told = [("would eliminate 2,960 jobs, ", "about 11 percent", 11.0), ("is laying off 2,960 workers, ",
            "roughly one in six", 16.7), ("said 4,500 staff, ", "roughly one in six", 16.7)]
    claims = []
    for k, (before, words, value) in enumerate(told):
        c = quantity(f"a{k}.md", value, "percent", "share of employees", dimension="ratio")
        sentence = f"Corvanta {before}{words} of its employees."
        at = sentence.index(words)
        claims.append(dataclasses.replace(c, id=f"q{k:03d}", text=words, start=at, end=at + len(words),
                                          sentence=sentence, sentence_start=0))
    monkeypatch.setattr(m, "SMALL_BLOCK", 1)
    monkeypatch.setattr(m, "DENSE_MIN_FIGURES", dense_min)
    pairs = {(p.a, p.b): p for p in m.score_block("quantity:percent", claims, AliasNormaliser(default_rules),
                                                   default_rules)}
    assert pairs["q000", "q001"].strong and pairs["q000", "q001"].info["anchored"] == m.APPOSED
    assert not pairs["q000", "q002"].strong and not pairs["q001", "q002"].strong


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 90), st.sampled_from([0.2, 0.6, 0.95, 1.0]), st.integers(0, 2**32 - 1))
@example(24, 0.2, 0)  # a claim's position equal to a group's number: the two kinds of failed try were confused
def test_large_blocks_cluster_as_clusters_from_pairs(n, density, seed):
    """block_clusters clusters a large block on positions: the same clusters,
    explanations and link strengths as clusters_from_pairs, ties included."""
    import random

    import factcheck.match as m
    from factcheck.match import Pair, block_clusters

    rnd = random.Random(seed)
    members = sorted((dataclasses.replace(quantity("a.md", 1.0), id=f"q{k:03d}", sentence_index=k)
                      for k in range(n)), key=lambda c: c.id)
    links = []
    for i in range(n):
        for j in range(i + 1, n):
            if rnd.random() < density:
                score = rnd.choice([70.0, 85.5, 100.0])
                links.append(Pair(members[i].id, members[j].id, "quantity:percent", score, f"s {score}",
                                  rnd.random() < 0.5, rnd.choice([None, {"token_sort_ratio": 90.0}])))
    expected = clusters_from_pairs(links, members, ordered=True)
    old = m.SMALL_BLOCK
    try:
        m.SMALL_BLOCK = 1
        assert block_clusters("quantity:percent", members, links) == expected
    finally:
        m.SMALL_BLOCK = old


_QUOTE_WORDS = st.lists(st.sampled_from("we will not raise taxes this year on families whatever the deficit "
                                        "growth is strong and robust resilient demand".split()), min_size=1, max_size=14)


@given(_QUOTE_WORDS, st.integers(0, 14), st.integers(0, 14))
@settings(max_examples=200)
def test_a_quote_and_a_trimmed_version_are_one_wording(words, cut_start, cut_end):
    quote = " ".join(words)
    part = words[min(cut_start, len(words) - 1):]
    part = part[:max(1, len(part) - cut_end)]
    assert quote_changes(quote, quote) == ()
    assert quote_changes(quote, " ".join(part)) == ()
    assert quote_changes(" ".join(part), quote.upper() + ".") == ()


@given(_QUOTE_WORDS, _QUOTE_WORDS, st.sampled_from(["never", "seldom", "lately"]))
@settings(max_examples=200)
def test_a_word_added_inside_a_quote_is_a_change(before, after, word):
    quote = " ".join(before + after)
    told = " ".join(before + [word] + after)
    assert quote_changes(quote, told) == (("", word),)
    assert quote_changes(" ".join(before + ["..."] + after), told) == ()  # the outlet marked what it left out


def test_quote_changes_tell_the_words():
    assert quote_changes("prices are likely to rise", "Prices are probable to rise!") == (("likely", "probable"),)
    assert quote_changes("a million jobs were lost", "a billion jobs were lost") == (("million", "billion"),)
    assert quote_changes("the centre will realise its aims", "the center will realize its aims") == ()
    assert quote_changes("[The minister] will act", "Smith will act") == ()



def test_figures_anchored_by_the_other_figures_of_their_sentences():
    from factcheck.match import anchored, counterpart_elsewhere

    def told(article, text, sentence):
        return dataclasses.replace(quantity(article, 1.0, "USD", "net income"), text=text, sentence=sentence)

    a = told("a.md", "$142 million", "Net income fell 31% to $142 million, or 34 cents per share, from $206 million.")
    b = told("b.md", "$124 million", "Net income fell to $124 million, or 34 cents a share, down 31% from $206 million.")
    old = told("b.md", "$206 million", b.sentence)
    assert anchored(a, b) and not counterpart_elsewhere(a, b)
    assert not anchored(a, old) and counterpart_elsewhere(a, old)  # its counterpart in b is the $124 million
    one = told("c.md", "$124 million", "Net income fell to $124 million, down 31% on the year.")
    assert not anchored(a, one)  # one shared figure, and not a distinctive one
    same = told("b.md", "$142 million", a.sentence)
    assert not anchored(b, same)  # two sentences of one article
    # two lists of the same parties share figures, but a figure's own neighbours tell the parties apart
    front = told("a.md", "31 seats", "The Front took 14.6% and 31 seats, the Greens 11.2% and 23 seats, "
                                     "and the Liberals 7.1% and 14 seats.")
    farmers = told("c.md", "10 seats", "The Greens won 11.2% and 23 seats, and the Farmers' Party took 10 seats "
                                       "with 5.3%.")
    liberals = dataclasses.replace(front, text="14 seats")
    assert not anchored(front, farmers) and not anchored(liberals, farmers)


def test_verbs_of_one_meaning_are_no_substitution():
    from factcheck.match import substituted

    assert not substituted("phase out tariff on farm good", "remove tariff on farm good")
    assert not substituted("scrapped tariff", "abolish tariff")
    assert substituted("remove tariff on farm good", "raise tariff on farm good")
    assert substituted("car sales", "truck sales")


def test_subjects_fold_a_verb_s_forms():
    norm = AliasNormaliser(load_rules())
    assert norm("houses destroyed") == norm("house destroying") == "house destroy"
    folded = sorted(norm("flights cancelled").split())
    assert folded == sorted(norm("cancelling flight").split()) == ["cancell", "flight"]
    assert norm("speed") == "speed" and norm("needed") == "need"
