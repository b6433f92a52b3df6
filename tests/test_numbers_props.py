"""Property tests: the extractor never crashes and its spans and intervals are sane."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.numbers import _read_quantities, find_quantities, parse_number

NEWSY = st.lists(
    st.sampled_from(list("0123456789 ,.-%$€£¥/:()abcdefmnoprstuvwxyz") +
                    ["\u2212", "\u00a0", "\u2009", "\uff15", " million", " more than ", " about ",
                     " between ", " and ", " to ", " percent", " km", " people", " twenty", "-five",
                     " a quarter of ", " hundreds of ", " rose ", " fell ", "(", ")", " square miles"]),
    max_size=40,
).map("".join)
ANY_TEXT = st.text(max_size=200)


def _check(text: str) -> None:
    qs = find_quantities(text)
    last_end = 0
    for q in qs:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end].strip()
        assert q.start >= last_end, "quantities overlap or are out of order"
        last_end = q.end
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
        assert q.hedge in (None, "more_than", "at_least", "less_than", "at_most", "nearly", "about", "range",
                           "exactly")
        assert q.direction in (None, "up", "down")


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_never_crashes_on_any_text(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_spans_and_intervals_on_number_heavy_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(NEWSY)
def test_deterministic(text):
    """The figures of a sentence read again come from a cache: the same as read afresh."""
    first = find_quantities(text)
    assert first == find_quantities(text) == _read_quantities(text, False)
    first.append(None)  # each call gives a list of its own
    assert find_quantities(text) == _read_quantities(text, False)


@settings(max_examples=100, deadline=None)
@given(NEWSY)
@example("1e310-1")  # a number past what a float holds is no figure
def test_idempotent_on_own_spans(text):
    """Re-reading a quantity's own span gives the same figure back."""
    for q in find_quantities(text):
        again = find_quantities(text[q.start:q.end])
        if len(again) == 1 and q.value is not None and again[0].value is not None:
            assert again[0].unit == q.unit or q.dimension == "count" or q.unit is None or again[0].unit is None


@given(st.integers(min_value=0, max_value=10**12))
def test_parse_number_round_trips_ints(n):
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1000, max_value=10**9))
def test_parse_number_space_separated(n):
    assert parse_number(f"{n:,}".replace(",", "\u00a0")) == n


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda f: round(f, 3)))
def test_parse_number_round_trips_floats(x):
    assert parse_number(f"{x:,.3f}") == round(x, 3)
    assert parse_number(f"{x:.3f}") == round(x, 3)


@given(st.integers(min_value=1, max_value=10**9))
def test_parse_number_negative(n):
    assert parse_number(f"-{n}") == -n
    assert parse_number(f"\u2212{n:,}") == -n
