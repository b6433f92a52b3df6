"""Working record for a quantity being read, shared by the number modules."""
from __future__ import annotations

from dataclasses import dataclass

from factcheck import regexstore
from factcheck.numparse import Number

WORD = regexstore.compile(r"[a-z][a-z'.]*")


@dataclass
class Draft:
    start: int
    end: int
    num_start: int
    num_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    low_inc: bool = True
    high_inc: bool = True
    unit: str | None = None
    surface_unit: str | None = None
    hedge: str | None = None
    currency: bool = False
    number: Number | None = None
    alternates: tuple = ()
    counted: bool = False
    hedge_after: bool = False


def prev_word(low: str, pos: int) -> str:
    j = pos
    while j > 0 and low[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (low[i - 1].isalnum() or low[i - 1] in "'.#"):
        i -= 1
    return low[i:j].rstrip(".")


def interval(d: Draft) -> None:
    v = d.value
    h = d.hedge
    if v is None:
        return
    if h == "more_than":
        d.low, d.high, d.low_inc = v, None, False
    elif h == "at_least":
        d.low, d.high = v, None
    elif h == "less_than":
        d.low, d.high, d.high_inc = None, v, False
    elif h == "at_most":
        d.low, d.high = None, v
    elif h == "nearly":
        d.low, d.high, d.high_inc = None, v, False
    else:
        d.low = d.high = v
