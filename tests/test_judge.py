"""Judgement on hand-made claims: hedge edges, tolerance, periods, events, quotes, facts, sourcing."""
from __future__ import annotations

from datetime import date

import pytest
from claimfactory import event, quantity, quote

from factcheck.judge import judge
from factcheck.match import match
from factcheck.model import Fact, Kind, Severity, Verdict

FRI = date(2022, 12, 30)
LAST_WEEK = (date(2022, 12, 19), date(2022, 12, 25))


def verdicts(claims, rules, **kw):
    clusters, _ = match(claims, rules)
    return [f for f in judge(claims, clusters, rules, **kw)]


def cross(claims, rules):
    """The verdict of the cluster finding (agree/diverge) or None."""
    found = [f for f in verdicts(claims, rules) if f.cluster]
    assert len(found) <= 1, found
    return found[0].verdict.value if found else None


@pytest.mark.parametrize("a, b, expected", [
    # hedges at their edges: a plain figure on the open edge agrees
    (dict(value=10, hedge="more_than", unit="month"), dict(value=10, unit="month"), "agree"),
    (dict(value=10, hedge="more_than", unit="month"), dict(value=9, unit="month"), "diverge"),
    (dict(value=10, hedge="more_than", unit="month"), dict(value=14, unit="month"), "agree"),
    (dict(value=10, hedge="more_than", unit="month"), dict(value=20, unit="month"), "diverge"),
    (dict(value=19, hedge="about"), dict(value=19.5), "agree"),
    (dict(value=19, hedge="about"), dict(value=21), "diverge"),
    (dict(value=16, hedge="nearly"), dict(value=16), "agree"),
    (dict(value=16, hedge="nearly"), dict(value=15), "agree"),
    (dict(value=16, hedge="nearly"), dict(value=17), "diverge"),
    (dict(value=15, hedge="less_than"), dict(value=14.8), "agree"),
    (dict(value=15, hedge="less_than"), dict(value=16), "diverge"),
    (dict(value=23), dict(value=23.4), "agree"),
    (dict(value=23), dict(value=25), "diverge"),
    (dict(value=10, low=10, high=15), dict(value=12), "agree"),
])
def test_hedge_edges(default_rules, a, b, expected):
    subject = "months of war" if a.get("unit") == "month" else "inflation in France"
    claims = [quantity("a", subject=subject, **a), quantity("b", subject=subject, **b)]
    assert cross(claims, default_rules) == expected


def test_strict_open_edges_by_policy(default_rules):
    import dataclasses

    pol = dataclasses.replace(default_rules.policy, open_edges_touch=False, implied_precision=False,
                              tolerances={"default": default_rules.policy.tolerances["default"].__class__(0, 0)})
    rules = dataclasses.replace(default_rules, policy=pol)
    claims = [quantity("a", 10, unit="month", hedge="more_than", subject="months of war"),
              quantity("b", 10, unit="month", subject="months of war")]
    assert cross(claims, rules) == "diverge"


def test_weak_subject_match_never_diverges(default_rules):
    claims = [quantity("a", 30, subject="inflation"), quantity("b", 5, subject="inflation of food prices in Lyon")]
    found = verdicts(claims, default_rules)
    assert not any(f.verdict is Verdict.DIVERGE for f in found)


def test_different_periods_never_diverge(default_rules):
    claims = [quantity("a", 8, subject="inflation", period=(date(2022, 1, 1), date(2022, 12, 31))),
              quantity("b", 3, subject="inflation", period=(date(2021, 1, 1), date(2021, 12, 31)))]
    assert cross(claims, default_rules) is None


def test_same_article_figures_never_diverge(default_rules):
    claims = [quantity("a", 8, subject="inflation"), quantity("a", 3, subject="inflation")]
    assert not [f for f in verdicts(claims, default_rules) if f.verdict is Verdict.DIVERGE]


def test_divergence_explains_itself(default_rules):
    claims = [quantity("a", 8, subject="inflation in France"), quantity("b", 11, subject="inflation in France")]
    (f,) = [f for f in verdicts(claims, default_rules) if f.cluster]
    assert f.verdict is Verdict.DIVERGE and f.severity is Severity.ERROR
    assert f.details["match"]["links"][0]["strong"] is True
    assert f.details["intervals"] and f.details["clashes"] and f.details["tolerance"] == {"abs": 0.0, "rel": 0.0}


@pytest.mark.parametrize("a, b, differ", [
    ("the Global Seismic Monitoring Centre", "the National Seismological Institute (NSI)", True),
    ("the World Bank", "the European Commission", True),
    ("the National Seismological Institute (NSI)", "NSI", False),
    ("the International Monetary Fund", "the IMF", False),
    ("Kremlin spokesman Dmitry Peskov", "Peskov", False),
    ("Officials", "the World Bank", False),  # a common noun names no one source
    ("the health ministry", "the National Health Audit Office", False),
    (None, "the World Bank", False),
])
def test_sources_differ(a, b, differ):
    from factcheck.judge import sources_differ
    assert sources_differ(a, b) is differ and sources_differ(b, a) is differ


def test_figures_of_two_named_sources_differ_as_a_warning(default_rules):
    claims = [quantity("a", 6.7, unit="magnitude", subject="earthquake magnitude", dimension="magnitude",
                       attribution="the Global Seismic Monitoring Centre"),
              quantity("b", 6.8, unit="magnitude", subject="earthquake magnitude", dimension="magnitude",
                       attribution="the National Seismological Institute (NSI)")]
    (f,) = [f for f in verdicts(claims, default_rules) if f.cluster]
    assert f.verdict is Verdict.DIVERGE and f.severity is Severity.WARNING and f.details["sources_differ"]
    assert f.message.startswith("Figures differ as their named sources differ")
    same = [claims[0], quantity("b", 6.8, unit="magnitude", subject="earthquake magnitude", dimension="magnitude",
                                attribution="the Global Seismic Monitoring Centre (GSMC)")]
    (f,) = [f for f in verdicts(same, default_rules) if f.cluster]
    assert f.severity is Severity.ERROR and "sources_differ" not in f.details


def test_figure_in_two_units_agrees_with_itself(default_rules):
    ok = quantity("a", 6000, unit="km2", hedge="more_than", subject="territory",
                  alternates=((2300 * 2.589988, None, "km2"),))
    bad = quantity("b", 6000, unit="km2", subject="territory", alternates=((3000 * 2.589988, None, "km2"),))
    found = {f.claims[0]: f.verdict for f in verdicts([ok, bad], default_rules) if "alternates" in f.details}
    assert found == {ok.id: Verdict.AGREE, bad.id: Verdict.DIVERGE}


def test_event_last_week_overlaps_a_day_inside_it(default_rules):
    claims = [event("a", "visit", ("Ann Lee",), *LAST_WEEK), event("b", "visit", ("Ann Lee",), date(2022, 12, 21))]
    assert cross(claims, default_rules) == "agree"


def test_event_on_another_day_diverges(default_rules):
    claims = [event("a", "video_call", ("Ann Lee", "Bo Chen"), FRI),
              event("b", "video_call", ("Ann Lee", "Bo Chen"), date(2022, 12, 29))]
    assert cross(claims, default_rules) == "diverge"


def test_planned_and_happened_never_diverge(default_rules):
    claims = [event("a", "video_call", ("Ann Lee", "Bo Chen"), FRI, modality="expected"),
              event("b", "video_call", ("Ann Lee", "Bo Chen"), date(2022, 12, 29))]
    assert cross(claims, default_rules) is None


def test_places_differ_only_between_two_states(project_rules):
    from factcheck.model import Entity
    import dataclasses

    rules = dataclasses.replace(project_rules, entities=(Entity("fr", "France", "state"),
                                                         Entity("de", "Germany", "state")))
    same_city = [event("a", "meeting", ("Ann Lee", "Bo Chen"), FRI, place="Paris"),
                 event("b", "meeting", ("Ann Lee", "Bo Chen"), FRI, place="France")]
    assert cross(same_city, rules) == "agree"
    states = [event("a", "meeting", ("Ann Lee", "Bo Chen"), FRI, place="France"),
              event("b", "meeting", ("Ann Lee", "Bo Chen"), FRI, place="Germany")]
    assert cross(states, rules) == "diverge"


def test_quote_trimmed_agrees_and_reworded_shows_both(default_rules):
    trimmed = [quote("a", "Ann Lee", "We will not raise taxes this year, whatever happens"),
               quote("b", "Ann Lee", "We will not raise taxes this year")]
    (f,) = [f for f in verdicts(trimmed, default_rules) if f.cluster]
    assert f.verdict is Verdict.AGREE and f.severity is Severity.INFO and "wording_changed" not in f.details
    reworded = [quote("a", "Ann Lee", "We will not raise taxes this year"),
                quote("b", "Ann Lee", "We will not increase taxes during this year")]
    (f,) = [f for f in verdicts(reworded, default_rules) if f.cluster]
    assert f.verdict is Verdict.AGREE and f.severity is Severity.WARNING
    (change,) = f.details["wording_changed"]
    assert {change["a"], change["b"]} == {c.quote for c in reworded}


def test_unsourced_and_single_source(default_rules):
    lone = quantity("a", 8, subject="inflation in Peru")
    cited = quantity("b", 40, subject="unemployment in Chad", attribution="the statistics office")
    found = {f.claims[0]: f.verdict for f in verdicts([lone, cited], default_rules)}
    assert found == {lone.id: Verdict.UNSOURCED, cited.id: Verdict.SINGLE_SOURCE}


def test_corroborated_claim_needs_no_source(default_rules):
    claims = [quantity("a", 8, subject="inflation in Peru"), quantity("b", 8, subject="inflation in Peru")]
    assert [f.verdict for f in verdicts(claims, default_rules)] == [Verdict.AGREE]


def test_percentages_allow_the_rounding_of_the_digit_written(default_rules):
    def pair(a, b):
        return cross([quantity("a", a, subject="inflation in France"),
                      quantity("b", b, subject="inflation in France")], default_rules)
    assert pair(3, 3.4) == "agree"  # "3 percent" may be 3.4 rounded
    assert pair(5.0, 5.1) == "diverge"  # both to the tenth
    assert pair(3.25, 3.5) == "diverge"
    assert pair(19, 20) == "diverge"


def _fact(**kw):
    base = dict(id="f", kind=Kind.QUANTITY, subject="inflation", source="Statistics office", unit="percent",
                period_start=date(2022, 1, 1), period_end=date(2022, 12, 31), file="rules/facts.yaml", line=3)
    base.update(kw)
    return Fact(**base)


@pytest.mark.parametrize("claim_kw, expected", [
    (dict(value=8.0), "rule_confirmed"),
    (dict(value=8.3), "rule_violated"),  # written to the tenth: not 8.0
    (dict(value=8.4, hedge="about"), "rule_confirmed"),
    (dict(value=11.0), "rule_violated"),
    (dict(value=11.0, period=(date(2021, 1, 1), date(2021, 12, 31))), None),
    (dict(value=11.0, subject="unemployment"), None),
])
def test_quantity_facts(default_rules, claim_kw, expected):
    import dataclasses

    rules = dataclasses.replace(default_rules, facts=(_fact(value=8.0),))
    kw = {"period": (date(2022, 1, 1), date(2022, 12, 31)), "subject": "inflation", **claim_kw}
    c = quantity("a", kw.pop("value"), **kw)
    got = [f.verdict.value for f in verdicts([c], rules) if f.rule]
    assert got == ([expected] if expected else [])


def test_fact_in_another_unit_is_converted(default_rules):
    import dataclasses

    fact = _fact(subject="territory", unit="km2", value=2590.0, period_start=None, period_end=None)
    rules = dataclasses.replace(default_rules, facts=(fact,))
    c = quantity("a", 2590, unit="km2", subject="territory")
    assert [f.verdict for f in verdicts([c], rules) if f.rule] == [Verdict.RULE_CONFIRMED]


def test_event_fact(default_rules):
    import dataclasses

    fact = Fact(id="inv", kind=Kind.EVENT, subject="invasion", source="UN", actors=("Russia", "Ukraine"),
                date_start=date(2022, 2, 24), date_end=date(2022, 2, 24))
    rules = dataclasses.replace(default_rules, facts=(fact,))
    month = event("a", "invasion", ("Russia", "Ukraine"), date(2022, 2, 1), date(2022, 2, 28))
    wrong = event("b", "invasion", ("Russia", "Ukraine"), date(2022, 2, 21))
    other = event("c", "invasion", ("Russia", "Ukraine"), date(2014, 2, 27))
    got = {f.claims[0]: f.verdict for f in verdicts([month, wrong, other], rules) if f.rule}
    assert got == {month.id: Verdict.RULE_CONFIRMED, wrong.id: Verdict.RULE_VIOLATED}


def test_draft_mode_keeps_only_the_drafts_findings(default_rules):
    claims = [quantity("draft", 8, subject="inflation in Peru"), quantity("b", 11, subject="inflation in Peru"),
              quantity("c", 40, subject="unemployment in Chad")]
    found = verdicts(claims, default_rules, only_articles={"draft"})
    assert found and all("draft" in f.articles for f in found)


def test_divergence_read_from_the_strength_of_every_link(default_rules):
    """The judge reads a pair's strength from the cluster's ``strong`` bytes,
    which cover every link, not from the link records it keeps (LINKS_KEPT)."""
    import dataclasses

    from factcheck.judge import Judge
    from factcheck.model import LINKS_KEPT

    claims = [quantity(f"o{i:02d}", 8, subject="inflation in France") for i in range(13)]
    claims.append(quantity("o99", 11, subject="inflation in France"))
    (cl,) = match(claims, default_rules)[0]
    assert cl.explain["links_total"] == 91 and len(cl.explain["links"]) == LINKS_KEPT < 91
    no_records = dataclasses.replace(cl, explain={**cl.explain, "links": []})
    in_order = sorted(claims, key=lambda c: c.id)
    assert [f.verdict for f in Judge(default_rules).judge_cluster(no_records, in_order)] == [Verdict.DIVERGE]
    all_weak = dataclasses.replace(cl, strong=bytes(len(cl.strong)))
    found = Judge(default_rules).judge_cluster(all_weak, in_order)
    assert all(f.verdict is not Verdict.DIVERGE for f in found)


def _divergences(rules, texts):
    from factcheck.extract import extract_article
    from factcheck.ingest import parse_article
    from factcheck.match import match

    claims = []
    for k, (outlet, text) in enumerate(texts):
        art, _ = parse_article(f"---\noutlet: {outlet}\npublished: 2026-08-03\n---\n\n{text}\n", f"{k}.md")
        claims += extract_article(art, rules)
    clusters = match(claims, rules)
    clusters = clusters[0] if isinstance(clusters, tuple) else clusters
    return [f for f in judge(claims, clusters, rules) if f.verdict.value == "diverge"]


def test_a_measure_is_shown_in_the_unit_it_is_compared_in(default_rules):
    found = _divergences(default_rules, [
        ("Wire", "A wildfire had burned 12,400 hectares by Sunday evening, the civil protection service said."),
        ("Herald", "The wildfire had burned 14,200 hectares by Sunday evening, the civil protection service said.")])
    assert found and "“12,400 hectares” [124] km2" in found[0].message


def test_figures_are_shown_as_an_editor_reads_them(default_rules):
    """Metres in metres, not thousandths of a kilometre; millions in words; a hedge's range with "to"."""
    found = _divergences(default_rules, [
        ("Wire", "The river peaked at 7.42 metres at the Dravik Bridge gauge on Sunday night, the service said."),
        ("Radio", "The river peaked at 7.24 metres at the Dravik Bridge gauge on Sunday night, the service said.")])
    assert found and "“7.42 metres” [7.42] m" in found[0].message
    assert found[0].details["intervals"] and found[0].details["shown"]["unit"] == "m"
    found = _divergences(default_rules, [
        ("Wire", "The company said the recall would cost about 38 million euros."),
        ("Ledger", "The company said the recall would cost 58 million euros.")])
    assert found and "“about 38 million euros” [36.1 million to 39.9 million]" in found[0].message


def test_the_level_a_change_started_from_is_known_when_told_without_its_time():
    from dataclasses import replace

    from factcheck.judge import _untimed_earlier_level

    sentence = "Pre-tax profit climbed to 52.4 million euros from 47.1 million euros, a rise of 11 per cent."
    base = quantity("a.md", 47.1e6, "EUR", "pre-tax profit")
    earlier = replace(base, sentence=sentence, sentence_start=0, start=sentence.index("47.1"))
    level = replace(base, value=52.4e6, sentence=sentence, sentence_start=0, start=sentence.index("52.4"))
    assert _untimed_earlier_level(earlier) and not _untimed_earlier_level(level)
    # told with its time ("a year earlier" gives it the period before): compared by that period
    assert not _untimed_earlier_level(replace(earlier, period_start=date(2024, 7, 1), period_end=date(2024, 9, 30)))


@pytest.mark.parametrize("sentence, kept, dropped", [
    # the words that say who the actor is are no content; a clause's "that" before the name is no such words
    ("Ms Lind owns one of the vehicles caught up in a recall that Halvard Motors announced on Monday.",
     {"recall", "vehicle"}, {"halvard", "motor"}),
    ("The plant's chief executive, Ana Roth, announced the closure of the site.",
     {"closure", "site"}, {"plant", "chief", "executive"}),
    ("On Monday, regional police commander Sofia Lantz announced the arrest.", {"arrest"},
     {"regional", "police", "commander"}),
])
def test_content_words_leave_out_who_the_actor_is(sentence, kept, dropped):
    from dataclasses import replace

    from factcheck.judge import content_words

    actor = next(n for n in ("Halvard Motors", "Ana Roth", "Sofia Lantz") if n in sentence)
    c = replace(event("a.md", "statement", (actor,), date(2026, 3, 9)), sentence=sentence, text="announced")
    words = content_words(c)
    assert kept <= words and not (dropped & words), words
