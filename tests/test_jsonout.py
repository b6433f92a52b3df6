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
