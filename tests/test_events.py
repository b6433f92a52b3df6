"""Events, quotes and attribution: YAML cases, seed acceptance and robustness."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from factcheck.attribution import find_attribution
from factcheck.events import extract_events
from factcheck.model import Entity, EventType
from factcheck.names import ArticleNames
from factcheck.quotes import find_quotes
from factcheck.when import find_times

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "factcheck" / "rules"
CASES = sorted((Path(__file__).parent / "cases" / "events").glob("*.yaml"))
SEEDS = ROOT / "seeds" if (ROOT / "seeds").is_dir() else Path("/work/shared/seeds")


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[Entity, ...], tuple[EventType, ...]]:
    """Entity and EventType records straight from the default YAML rules."""
    ents = yaml.safe_load((RULES / "entities.yaml").read_text())["entities"]
    evts = yaml.safe_load((RULES / "events.yaml").read_text())["event_types"]
    return (
        tuple(Entity(e["id"], e["name"], e.get("type", "other"), tuple(e.get("aliases") or ()))
              for e in ents),
        tuple(EventType(t["id"], t["label"], tuple(t.get("verbs") or ()), tuple(t.get("nouns") or ()),
                        t.get("recurs", False), t.get("actors", True), t.get("travels", False))
              for t in evts),
    )


_SPLIT = re.compile(r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\b[A-Z]\.)(?<=[.!?”])\s+(?=[A-Z“])")


def sentences(text: str):
    """(paragraph, sentence) pairs; a rough splitter, enough for the tests."""
    for p, para in enumerate(re.split(r"\n\s*\n|\n", text)):
        for s in _SPLIT.split(para.strip()):
            if s.strip():
                yield p, s.strip()


def _d(v):
    return v if v is None or isinstance(v, date) else date.fromisoformat(str(v))


def _load_cases():
    out = []
    for f in CASES:
        for i, case in enumerate(yaml.safe_load(f.read_text()) or []):
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=False)] if case.get("xfail") else []
            out.append(pytest.param(case, id=f"{f.stem}-{i}-{case.get('id', '')}", marks=marks))
    return out


def test_rules_are_well_formed():
    ents, types = rules()
    assert len({e.id for e in ents}) == len(ents)
    assert len({t.id for t in types}) == len(types)
    assert all(t.verbs or t.nouns for t in types)
    assert all(e.type in {"person", "state", "organisation", "place", "other"} for e in ents)


@pytest.mark.parametrize("case", _load_cases())
def test_case(case):
    """One YAML case: ``kind`` is events | times | quotes | attribution."""
    ents, types = rules()
    text, pub, kind = case["text"], _d(case.get("published", "2022-12-30")), case["kind"]
    if kind == "times":
        got = find_times(text, pub)
        want = case["expect"]
        assert len(got) == len(want), got
        for g, w in zip(got, want):
            assert g.text == w["text"]
            assert (g.date_start, g.date_end) == (_d(w.get("start")), _d(w.get("end", w.get("start"))))
            if "kind" in w:
                assert g.kind == w["kind"]
    elif kind == "attribution":
        assert find_attribution(text, case.get("previous"), before=case.get("before")) == case["expect"]
    elif kind == "quotes":
        got = find_quotes(text, case.get("previous"), case.get("before"))
        want = case["expect"]
        assert [(q.kind, q.speaker, q.words) for q in got] == [
            (w["kind"], w.get("speaker"), w["words"]) for w in want]
    elif kind == "events":
        told = {action: tuple(actors) for action, actors in (case.get("told") or {}).items()}
        names = ArticleNames([*case.get("article", ()), text]) if case.get("names") else None
        got = extract_events(text, pub, ents, types, context_actors=case.get("context", ()), told=told, names=names)
        want = case["expect"]
        if not want:
            assert got == [], got
        for w in want:
            hits = [e for e in got if e.action == w["action"] and w.get("trigger", e.trigger) == e.trigger]
            assert hits, f"no {w['action']} in {got}"
            e = hits[0]
            for key in ("actors", "place", "polarity", "modality", "clock"):
                if key in w:
                    val = tuple(sorted(w[key])) if key == "actors" else w[key]
                    assert getattr(e, key) == val, (key, e)
            if "start" in w:
                assert (e.date_start, e.date_end) == (_d(w["start"]), _d(w.get("end", w["start"]))), e
    else:
        raise AssertionError(f"unknown case kind {kind}")


# ---------------------------------------------------------------------------
# Acceptance over the seed articles: the same events told by several outlets
# ---------------------------------------------------------------------------

PUBLISHED = {"000": date(2022, 12, 30), "001": date(2022, 12, 30), "002": date(2022, 12, 30),
             "003": date(2022, 12, 30), "004": date(2022, 9, 14)}


@lru_cache(maxsize=None)
def seed_events(prefix: str):
    """The event claims the article extractor finds in a seed (context actors
    and earlier events carried from sentence to sentence as in a report)."""
    from factcheck.extract import extract_article
    from factcheck.ingest import parse_article
    from factcheck.model import Kind
    from factcheck.rules import load_rules

    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    article, _ = parse_article(path.read_text(encoding="utf-8"), path.name, {"published": PUBLISHED[prefix]})
    return [c for c in extract_article(article, load_rules()) if c.kind is Kind.EVENT]


def _has(prefix, actions, actors, start=None, end=None, place=None, modality=None):
    for e in seed_events(prefix):
        if e.action not in actions or not set(actors) <= set(e.actors):
            continue
        if start is not None and (e.date_start, e.date_end) != (start, end or start):
            continue
        if place is not None and e.place != place:
            continue
        if modality is not None and e.modality != modality:
            continue
        return True
    return False


XI, PUTIN = "Xi Jinping", "Vladimir Putin"
CALL = {"video_call"}
MEET = {"meeting", "summit"}
FRI = date(2022, 12, 30)
SEPT = (date(2022, 9, 1), date(2022, 9, 30))
SPRING = (date(2023, 3, 1), date(2023, 5, 31))


@pytest.mark.parametrize("prefix", ["000", "001", "003"])
def test_seed_video_call_on_friday(prefix):
    assert _has(prefix, CALL, {XI, PUTIN}, FRI)


def test_seed_video_call_expected_in_000():
    assert _has("000", CALL, {XI, PUTIN}, FRI, modality="expected")


def test_seed_video_call_in_002_and_the_monday_speech():
    assert _has("002", CALL, {XI, PUTIN})
    assert _has("002", {"statement"}, {PUTIN}, date(2022, 12, 26))


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_seed_invitation_to_visit_moscow_in_spring(prefix):
    assert _has(prefix, {"invitation"}, {XI})
    assert _has(prefix, {"visit"}, {XI}, *SPRING, place="Moscow", modality="planned")


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_seed_september_meeting_in_uzbekistan(prefix):
    who = {PUTIN} if prefix == "002" else {XI, PUTIN}
    assert _has(prefix, MEET, who, *SEPT)
    assert any(e.place == "Uzbekistan" and e.action in MEET for e in seed_events(prefix))


def test_seed_september_meeting_announced_in_004():
    assert _has("004", MEET, {XI, PUTIN}, date(2022, 9, 15), place="Uzbekistan", modality="planned")


def test_seed_medvedev_meeting():
    med = "Dmitry Medvedev"
    assert _has("001", {"meeting"}, {XI, med}, date(2022, 12, 19), date(2022, 12, 25), place="Beijing")
    assert _has("002", {"meeting"}, {XI, med}, date(2022, 12, 21))


@pytest.mark.parametrize("prefix", ["000", "003"])
def test_seed_modi_told_putin_in_september(prefix):
    assert _has(prefix, {"statement"}, {"Narendra Modi", PUTIN}, *SEPT)


def test_seed_invasion_start():
    feb = (date(2022, 2, 1), date(2022, 2, 28))
    assert _has("000", {"invasion"}, {"Russia", "Ukraine"}, *feb)
    assert _has("001", {"invasion"}, {"Russia", "Ukraine"}, *feb)
    assert _has("003", {"invasion"}, {"Russia", "Ukraine"}, date(2022, 2, 24))
    assert _has("004", {"invasion"}, {PUTIN})


def test_seed_third_term():
    octo = (date(2022, 10, 1), date(2022, 10, 31))
    assert _has("000", {"term_start"}, {XI}, *octo)
    assert _has("003", {"term_start"}, {XI}, *octo)
    assert _has("004", {"term_start"}, {XI}, *octo, modality="planned")


# ---------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------

_words = st.sampled_from(["Xi", "Putin", "met", "on", "Friday", "in", "September", "said", ",", ".",
                          "“", "”", "not", "will", "visit", "Moscow", "the", "two", "leaders",
                          "he", "added", "according", "to", "Feb.", "24", "2022", "last", "week",
                          "invasion", "of", "Ukraine", "spring", "next", "(", ")", "ago", "10",
                          "months", "first", "nine", "this", "year", "since", "April"])
texts = st.one_of(st.text(max_size=120), st.lists(_words, max_size=30).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(texts, st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2040, 12, 31))))
def test_never_crash_and_spans_point_into_text(text, pub):
    ents, types = rules()
    for t in find_times(text, pub):
        assert 0 <= t.start <= t.end <= len(text) and text[t.start:t.end] == t.text
        assert (t.date_start is None) == (t.date_end is None)
        if t.date_start:
            assert t.date_start <= t.date_end
    for e in extract_events(text, pub, ents, types, context_actors=("Xi Jinping",)):
        assert 0 <= e.start <= e.end <= len(text) and text[e.start:e.end] == e.trigger
        if e.date_start:
            assert e.date_start <= e.date_end
        assert e.polarity in ("positive", "negative")
    for q in find_quotes(text, "Putin said so."):
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.words
    src = find_attribution(text, "Putin said so.")
    assert src is None or isinstance(src, str)


def test_trigger_spans_match_case_insensitive_search():
    """Triggers are found in the lowercased text; the spans are those of the
    case-insensitive pattern on the text as written, also where lowercasing and
    case-insensitive matching part ways (İ, ı, ſ, the Kelvin sign)."""
    from factcheck import events as events_mod

    ents, types = rules()
    tm = events_mod._trigger_matcher(types)
    assert tm.lower_regex is not None
    texts = [s for f in sorted(SEEDS.glob("*.txt")) for _, s in sentences(f.read_text(encoding="utf-8"))]
    texts += ["XI MET PUTIN AND SIGNED A COMMUNIQUÉ.", "They Met, Meeting-room talks; re-met.",
              "ſigned a deal, Sıgned, İnvaded, MEETİNG, \u212aILLED", "the visit\u00a0to Moscow", "met\u2019s"]
    case_blind = re.compile(tm.pattern, re.IGNORECASE)
    for text in texts:
        assert events_mod._trigger_spans(tm, text) == [m.span() for m in case_blind.finditer(text)], text


def test_clause_actors_and_modality_read_the_same_in_lowercase():
    """The per-trigger patterns run on the lowercased sentence; the results are
    those of the case-insensitive patterns on the sentence as written."""
    import random

    from factcheck import events as events_mod

    texts = [s for f in sorted(SEEDS.glob("*.txt")) for _, s in sentences(f.read_text(encoding="utf-8"))][:300]
    texts += [t.upper() for t in texts[:50]] + ["MR. XI SAID HE WOULD VISIT; MRS. X, WHO WAS THERE, MIGHT NOT."]
    rng = random.Random(5)
    for text in texts:
        low = events_mod._lowered(text)
        assert low is not None
        for _ in range(3):
            a = rng.randrange(len(text))
            i = rng.randrange(a, len(text))
            j = min(len(text), i + 5)
            assert events_mod._clause(text, i, j, low) == events_mod._clause(text, i, j)
            assert events_mod._actors_in(text, a, j, [], {}, ("X", "Y"), low) == \
                events_mod._actors_in(text, a, j, [], {}, ("X", "Y"))
            for verb in (True, False):
                assert events_mod._modality(text, a, i, j, j, verb, False, low) == \
                    events_mod._modality(text, a, i, j, j, verb, False)


def test_people_the_rules_do_not_list_are_referred_to_later(tmp_path):
    """Unlisted people named as actors enter the context: "the two leaders",
    "he" and a surname in later sentences refer to them."""
    from factcheck.extract import extract_article
    from factcheck.ingest import load_article
    from factcheck.model import Kind
    from factcheck.rules import load_rules

    path = tmp_path / "a.md"
    path.write_text("---\noutlet: AFP\npublished: 2025-02-12\n---\n\n"
                    "Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Addis "
                    "Ababa on Tuesday.\n\nThe two leaders signed seven agreements on trade.\n\n"
                    "Ruto arrived in the Ethiopian capital on Monday evening.\n", encoding="utf-8")
    events = [c for c in extract_article(load_article(path, "a.md")[0], load_rules()) if c.kind is Kind.EVENT]
    got = {(e.action, e.actors) for e in events}
    assert ("meeting", ("Abiy Ahmed", "William Ruto")) in got
    assert ("agreement", ("Abiy Ahmed", "William Ruto")) in got
    assert ("visit", ("William Ruto",)) in got


def test_the_outlet_of_a_dateline_neither_acts_nor_speaks():
    from factcheck.extract import extract_article
    from factcheck.ingest import parse_article
    from factcheck.model import Kind
    from factcheck.rules import load_rules

    text = ("May 3 (Reuters) - The death toll from heavy rains in southern Brazil rose to 56 on Friday, "
            "according to the state civil defense.\n")
    article, _ = parse_article(text, "a.md", {"published": date(2024, 5, 3), "outlet": "Reuters"})
    claims = extract_article(article, load_rules())
    assert all("Reuters" not in c.actors for c in claims if c.kind is Kind.EVENT)
    (quote,) = [c for c in claims if c.kind is Kind.QUOTE]
    assert quote.text.startswith("The death toll")
    text = "KELOWNA, B.C. — The wildfire has forced 30,000 people from their homes, officials said.\n"
    article, _ = parse_article(text, "b.md", {"published": date(2023, 8, 19), "outlet": "CBC"})
    (quote,) = [c for c in extract_article(article, load_rules()) if c.kind is Kind.QUOTE]
    assert quote.text.startswith("The wildfire")


def test_they_are_the_people_the_sentence_named_before_known_or_not():
    from factcheck.rules import load_rules

    s = ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed on Thursday to "
         "resume visits, as they met in Tokyo.")
    names = ArticleNames([s])
    rules = load_rules()
    met = [e for e in extract_events(s, date(2023, 3, 17), rules.entities, rules.event_types, names=names)
           if e.trigger == "met"]
    assert met and set(met[0].actors) == {"Fumio Kishida", "Yoon Suk Yeol"}


def test_actors_are_compared_whatever_the_order_of_their_names():
    from factcheck.match import actor_key

    assert actor_key("Kishida Fumio") == actor_key("Fumio Kishida")
    assert actor_key("Yoon Suk-yeol") == actor_key("Yoon Suk Yeol")
    assert actor_key("Ana Costa") != actor_key("Rui Costa")


def test_an_accidents_noun_in_the_plural_is_no_one_accident():
    """"explosions that rocked villages" in a barrage: many, not an accident of the story."""
    from factcheck.rules import load_rules

    rules = load_rules()
    text = "The army fired a missile barrage on Thursday, with explosions that rocked villages along the border."
    got = extract_events(text, date(2022, 12, 30), rules.entities, rules.event_types)
    assert [e.action for e in got] == ["invasion"]
    got = extract_events("An explosion ripped through the plant on Tuesday.", date(2022, 12, 30), rules.entities,
                         rules.event_types)
    assert [e.action for e in got] == ["disaster"]


def test_a_share_of_the_vote_is_no_vote_held():
    """"31.8 per cent of the vote" counts the votes cast; "Sunday's vote" is the election."""
    from factcheck.rules import load_rules

    rules = load_rules()
    for text in ("The party won 34 seats on 31.8 per cent of the vote, results published on Monday showed.",
                 "It took a majority of the popular vote.", "Its share of the vote fell to 12%."):
        got = extract_events(text, date(2026, 3, 9), rules.entities, rules.event_types)
        assert "election" not in [e.action for e in got], text
    got = extract_events("The party took 34 seats in Sunday's vote.", date(2026, 3, 9), rules.entities,
                         rules.event_types)
    assert [(e.action, e.date_start) for e in got] == [("election", date(2026, 3, 8))]


def test_talks_resumed_are_a_meeting():
    from factcheck.rules import load_rules

    rules = load_rules()
    for text in ("Both sides are due to return to the negotiating table on Wednesday, May 20, the union said.",
                 "The two sides resumed talks on Wednesday, May 20."):
        got = extract_events(text, date(2026, 5, 15), rules.entities, rules.event_types)
        assert [(e.action, e.date_start) for e in got] == [("meeting", date(2026, 5, 20))], text


def test_a_fire_ignites():
    from factcheck.rules import load_rules

    rules = load_rules()
    got = extract_events("The blaze, which has been burning since it ignited on Saturday afternoon west of the town, "
                         "is only 15 percent contained.", date(2026, 8, 11), rules.entities, rules.event_types)
    assert ("disaster", date(2026, 8, 8)) in [(e.action, e.date_start) for e in got]
    got = extract_events("The ruling ignited anger on Saturday.", date(2026, 8, 11), rules.entities, rules.event_types)
    assert "disaster" not in [e.action for e in got]


def test_what_sinks_is_a_vessel():
    """A ship, a boat named by its noun or its name, or "it" sinks; "a pedal that sinks" and "shares sank" tell
    no disaster."""
    from factcheck.rules import load_rules

    rules = load_rules()
    for text, sank in (("The trawler Mary Ellen sank on Tuesday night.", True),
                       ("The Aurelia Dawn sank off Port Aurel on Tuesday.", True),
                       ("It sank within minutes on Tuesday.", True),
                       ("Drivers may notice a brake pedal that sinks further than usual.", False),
                       ("Shares sank on Tuesday after the warning.", False)):
        got = extract_events(text, date(2026, 3, 4), rules.entities, rules.event_types)
        assert (["disaster"] if sank else []) == [e.action for e in got], text


def test_what_gives_way_may_be_named_with_its_owner_before_it():
    """"The roof in the mine's 14 West section collapsed": the roof (a mine's section) gave way."""
    from factcheck.rules import load_rules

    rules = load_rules()
    for text in ("The roof in the mine's 14 West section collapsed shortly after 2:40 p.m. on March 2.",
                 "The dam's concrete spillway failed on Sunday night."):
        got = extract_events(text, date(2026, 3, 4), rules.entities, rules.event_types)
        assert [e.action for e in got] == ["disaster"], text
    got = extract_events("The company's bus programme failed last year.", date(2026, 3, 4), rules.entities,
                         rules.event_types)
    assert got == []
