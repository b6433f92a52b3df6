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
