"""Times of day (factcheck.clock): what is read, what is not, and properties of the parser."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import clock
from factcheck.clock import DAY, describe, find_clock_times, parse


def test_doctests():
    assert doctest.testmod(clock).failed == 0


@pytest.mark.parametrize("text, told", [
    ("struck at 3:47 a.m. on Tuesday", "03:47"),
    ("struck at 3:47am", "03:47"),
    ("landed at 7pm", "19:00"),
    ("landed at 7 p.m.", "19:00"),
    ("landed at 12:05 am", "00:05"),
    ("landed at 12.30pm", "12:30"),
    ("landed at 14:20 local time", "14:20"),
    ("landed at 09:10", "09:10"),
    ("ran aground at 0247 GMT", "02:47 GMT"),
    ("at 3.47 GMT", "03:47 GMT"),
    ("at 18:00 Moscow time", "18:00 Moscow time"),
    ("at noon on Friday", "12:00"),
    ("shortly after 2.40 in the afternoon", "14:40-15:10"),
    ("at 9 o'clock in the morning", "09:00"),
    ("at 8.15 in the evening", "20:15"),
    ("began at 4:17 on Saturday morning", "04:17"),
    ("at 8.30 on Friday evening", "20:30"),
    ("shortly after midnight", "00:00-00:30"),
    ("at around 7.15pm", "19:00-19:30"),
    ("just before 4am", "03:30-04:00"),
    ("before 4am", "00:00-04:00"),
    ("after 11pm", "23:00-24:00"),
    ("stopped the race at a quarter to eleven on Sunday morning", "10:45"),
    ("at half past two in the afternoon", "14:30"),
    ("at about half past two in the afternoon", "14:15-14:45"),
    ("at a quarter past 7 p.m.", "19:15"),
    ("at nine o'clock at night", "21:00"),
    ("at a quarter to one in the morning", "00:45"),
    ("the alarm was raised at twenty to ten in the morning", "09:40"),
    ("at ten past 7 p.m.", "19:10"),
    ("We were told to go at eleven at night", "23:00"),
    ("the alarm sounded at seven in the morning on Sunday", "07:00"),
    ("they met at 11 at night", "23:00"),
])
def test_read(text, told):
    got = find_clock_times(text)
    assert [describe(c.low, c.high, c.zone) for c in got] == [told]


@pytest.mark.parametrize("text", [
    "Shares rose 3.47 percent",
    "The ratio stood at 3:1",
    "He finished in 3:47 minutes",
    "at 3:47 on Tuesday",  # morning or afternoon
    "a fee of 14.20 euros",
    "open from 9am to 5pm",
    "between 2 and 4pm",
    "until 6pm",
    "since 8am",
    "in the afternoon",
    "won 2-1 at 90:00",
    "at a quarter to eleven",  # morning or evening
    "a quarter to a third of homes",
    "ten to twelve people were hurt",
    "sales rose at five in the region",
    "five in the morning",  # no "at": a count, perhaps
])
def test_not_read(text):
    assert find_clock_times(text) == []


def test_midnight_as_the_end_of_a_day():
    c, = find_clock_times("restored by midnight")
    assert (c.low, c.high) == (0, DAY)
    c, = find_clock_times("just before midnight")
    assert (c.low, c.high) == (DAY - 30, DAY)
    c, = find_clock_times("shortly after midnight")
    assert (c.low, c.high) == (0, 30)


CLOCKY = st.lists(st.sampled_from(
    list("0123456789 :.,()-") + [" a.m.", " am", "pm", " p.m.", " GMT", " local time", " noon", " midnight",
                                 " about ", " shortly after ", " just before ", " by ", " from ", " to ",
                                 " at ", " Moscow time", "h", " hours", " minutes", "%"]),
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CLOCKY, st.text(max_size=120)))
def test_spans_and_minutes_are_sane(text):
    last = 0
    for c in find_clock_times(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= last
        last = c.end
        assert 0 <= c.low <= c.high <= DAY
        assert parse(describe(c.low, c.high, c.zone)) == (c.low, c.high, c.zone)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59))
def test_every_time_written_with_meridiem_is_read_back(h, m):
    text = f"at {h % 12 or 12}:{m:02d} {'pm' if h >= 12 else 'am'} on Monday"
    c, = find_clock_times(text)
    assert (c.low, c.high, c.zone) == (h * 60 + m, h * 60 + m, None)
