"""The report's JSON encoder writes what ``json.dumps(indent=2)`` writes, byte for byte."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.report.jsonout import dumps

SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
JSONISH = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text() | st.integers() | st.booleans() | st.none(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(JSONISH)
def test_same_bytes_as_the_standard_library(obj):
    assert dumps(obj) == json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(JSONISH, max_size=5))
def test_a_list_written_in_pieces_is_the_same_bytes(items):
    from factcheck.report.jsonout import iter_dumps

    assert "".join(iter_dumps(iter(items))) == json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def test_cut_lists_count_what_they_held():
    from factcheck.report.records import bounded_details

    links = [{"a": f"a{i}", "b": f"b{i}", "why": "w"} for i in range(8)]
    out = bounded_details({"clashes": list(range(9)), "match": {"links": links}}, limit=5)
    assert out["clashes"] == [0, 1, 2, 3, 4] and out["clashes_total"] == 9
    assert out["match"]["links"] == links[:5] and out["match"]["links_total"] == 8
    # a cluster that kept 8 of its 300 links: the count is of all 300, not of those kept
    kept = bounded_details({"match": {"links": links, "links_total": 300}}, limit=5)
    assert kept["match"]["links_total"] == 300
    small = {"clashes": [1, 2], "match": {"links": links[:2]}}
    assert bounded_details(small, limit=5) is small


LINK_INFO = st.one_of(
    st.none(),
    st.fixed_dictionaries({"subjects": st.lists(st.text(max_size=8), min_size=2, max_size=2),
                           "token_sort_ratio": st.none() | st.floats(0, 100)},
                          optional={"anchored": st.text(max_size=8), "sole": st.text(max_size=8),
                                    "weak": st.text(max_size=8)}),
    # NaN is left out: a NaN read back from a pickle is another object, and never equal to the first
    st.dictionaries(st.sampled_from(["subjects", "weak", "other"]),
                    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(), max_size=3),
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=6), st.text(max_size=6), st.floats(0, 100), st.text(max_size=20), st.booleans(), LINK_INFO)
def test_a_link_is_the_dict_it_stands_for(a, b, score, why, strong, info):
    """A cluster's link kept as a record of slots reads, compares, pickles and is written as the dict
    the matcher used to keep: its five fields, then the matcher's information in its order."""
    import pickle

    from factcheck.model import Link

    as_dict = {"a": a, "b": b, "score": score, "why": why, "strong": strong, **(info or {})}
    link = Link(a, b, score, why, strong, info)
    assert link == as_dict and as_dict == link and dict(link) == as_dict
    assert list(link) == list(as_dict) and len(link) == len(as_dict)
    assert link["why"] == why and link.get("strong") is strong and link.get("missing") is None
    assert pickle.loads(pickle.dumps(link, protocol=5)) == as_dict
    assert dumps([link]) == json.dumps([as_dict], ensure_ascii=False, indent=2) + "\n"


def test_links_share_their_reasons():
    """The few hundred reasons a matcher gives are one string each, however many links give them, also
    after the links are sent between processes."""
    import pickle

    from factcheck.model import Link

    why = "actors shared 100%, " + "modality happened/happened"  # made at run time, as the matcher makes it
    one = pickle.loads(pickle.dumps(Link("a", "b", 100.0, why, True), protocol=5))
    two = pickle.loads(pickle.dumps(Link("c", "d", 100.0, "".join(why), True), protocol=5))
    assert one.why is two.why


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a.md", "b.md"]), st.text(max_size=12),
                          st.sampled_from([(), ("Voss",), ("Voss", "Anvik")])), max_size=5))
def test_rows_of_claims_are_the_dict_and_list_they_stand_for(made):
    """A finding's rows of its claims (events as read, quotes' versions), made when written, read,
    compare, pickle and are written as the dict or list of dicts made beforehand."""
    import pickle
    from datetime import date

    from claimfactory import event, quote
    from factcheck.judge import _event_row, _version_row
    from factcheck.model import ClaimList, ClaimRows

    events = [event(article, "visit", actors or ("Voss",), date(2024, 5, 2)) for article, _, actors in made]
    quotes = [quote(article, "Voss", words) for article, words, _ in made]
    rows, versions = ClaimRows(events, _event_row), ClaimList(quotes, _version_row)
    as_dict, as_list = {c.id: _event_row(c) for c in events}, [_version_row(c) for c in quotes]
    assert rows == as_dict and as_dict == rows and dict(rows) == as_dict and len(rows) == len(as_dict)
    assert versions == as_list and as_list == versions and list(versions) == as_list and versions[:2] == as_list[:2]
    assert pickle.loads(pickle.dumps(rows)) == as_dict and pickle.loads(pickle.dumps(versions)) == as_list
    details = {"events": rows, "versions": versions}
    assert dumps(details) == json.dumps({"events": as_dict, "versions": as_list}, ensure_ascii=False, indent=2) + "\n"
