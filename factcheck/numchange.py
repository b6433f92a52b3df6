"""Stated changes: direction ("rose", "down", "a 15% drop"), basis
("compared with 2021", "year-on-year") and multiplier verbs ("doubled").
"""
from __future__ import annotations

import re

from factcheck import regexstore
from factcheck.lexicon import CHANGE_NOUNS
from factcheck.numdraft import WORD as _WORD
from factcheck.numdraft import Draft as _Draft
from factcheck.numdraft import prev_word as _prev_word
from factcheck.numparse import Number

#: the words right before the level a change started from: "rose to 3.9% from 3.8% in March", "up from 79.1
#: million", "compared with 402"
EARLIER_LEVEL = regexstore.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|after\s+(?:[a-z]+ing\s+)?(?:an?\s+)?)"
                           r"\s*(?:about\s+|around\s+)?$", re.I)

_CHANGE_NOUN = r"(?:\s+(?:increase|rise|jump|gain|growth|surge|drop|decline|fall|decrease|cut|reduction|slump|" \
               r"higher|lower))?"
_WHEN = r"(?:\s+(?:this|last|a|the) (?:year|month|week|quarter|period))?"
#: a month (and year) the change is of, between the figure and its basis: "rose 3.2% in October from a year earlier"
_IN_MONTH = r"(?:\s+(?:in|for)\s+(?:january|february|march|april|may|june|july|august|september|october|november|" \
            r"december)(?:\s+\d{4})?)?"
#: the period a change is of, between the figure and its basis: "in the second quarter", "in the three months
#: through June", "in the April-June quarter"
_IN_PERIOD = r"(?:\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|final|last|latest|" \
             r"[a-z]+-[a-z]+|[a-z]+ (?:to|through) [a-z]+)\s+(?:quarter|half|three months|six months)|" \
             r"(?:three|six|nine) months (?:to|through|ended|ending|until) [a-z]+))?"
#: the year a period between the figure and its basis is of: "in the first three months of the year"
_OF_YEAR = r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4}))?"
_CMP = regexstore.compile(
    _CHANGE_NOUN + _WHEN + _IN_MONTH + _IN_PERIOD + _OF_YEAR + r",?\s*(compared (?:with|to)|as against|"
    r"in comparison with|versus|vs\.?|from|than|over|against|on)\s+"
    r"(.+?)(?=[;:()]|[,.](?!\d)|\s(?:and|as|while|when|after|because|according|but|to|in which)\s|$)"
)
#: the season-adjusted words a basis may carry: "on a seasonally adjusted basis"
_ADJUSTED = r"(?:(?:seasonally[- ]adjusted|annuali[sz]ed|adjusted|unadjusted),?\s+)?"
_YOY = regexstore.compile(_CHANGE_NOUN + _IN_MONTH + _IN_PERIOD + _OF_YEAR
                  + r",?\s*(year[- ]on[- ]year|year[- ]over[- ]year|on the year|"
                  r"y/y|yoy|y-o-y|on-year|from a year (?:earlier|ago)|a year (?:earlier|ago)|"
                  r"on an? " + _ADJUSTED + r"(?:annual|year-on-year|yearly) basis)(?![\w/-])")
_MOM = regexstore.compile(_CHANGE_NOUN + _IN_MONTH + r",?\s*(month[- ]on[- ]month|month[- ]over[- ]month|on the month|"
                  r"m/m|mom|on-month|from the previous month|from a month (?:earlier|ago)|on an? " + _ADJUSTED +
                  r"(?:monthly|month-on-month) basis)(?![\w/-])")
_QOQ = regexstore.compile(_CHANGE_NOUN + _IN_PERIOD + _OF_YEAR + r",?\s*(quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter|"
                  r"on the quarter|q/q|qoq|on-quarter|from the previous (?:quarter|three months)|"
                  r"from a quarter (?:earlier|ago)|on an? " + _ADJUSTED + r"(?:quarterly|quarter-on-quarter) basis)"
                  r"(?![\w/-])")
#: a basis the clause opens with: "On a quarter-on-quarter seasonally adjusted basis, GDP expanded 2.1%",
#: "Year on year, exports rose 5%"
_BASIS_BEFORE = regexstore.compile(r"(?:^|(?<=[.;:]\s))(?:on an?\s+" + _ADJUSTED + r")?(year|quarter|month)[- ](?:on|over)"
                           r"[- ](?:year|quarter|month)\b[^,;]{0,40},[^;]*$")
_BASES = {"year": "the previous year", "quarter": "the previous quarter", "month": "the previous month"}
#: a twelve-month span the sentence opens with: "In the 12 months through October, the CPI increased 3.2%"
_YEAR_SPAN_BEFORE = regexstore.compile(r"\b(?:(?:12|twelve)\s+months\s+(?:to|through|ended|ending|until)|"
                               r"(?:the\s+)?year\s+(?:to|through)\s+[a-z]+)\b")
_CMP_BEFORE = regexstore.compile(r"(?:^|(?<=[.;:]\s))(?:compared (?:with|to)|versus|against)\s+([^,;]+?),\s*[^,;]*$")


#: verbs whose "up" is no rise: "made up 80% of voters", "took up 12% of the budget"
_UP_PARTICLE_VERBS = frozenset(("made", "make", "makes", "making", "add", "adds", "added", "adding", "sum", "sums",
                                "summed", "take", "takes", "took", "taking", "taken"))
#: words that may stand between a verb of change and its figure: "rose by about 2%", "fell sharply, 5%"
CHANGE_FILLERS = frozenset("by a an some nearly almost about around roughly more than sharply slightly significantly "
                           "another further much just only over as".split())


#: "put up" money: provided, not raised ("the city will put up $108 million")
_PUT = frozenset(("put", "puts", "putting"))
#: the verb of money raised ("raised $5 million from investors"); a change of a sum raised has "by" or "to"
RAISED = frozenset(("raise", "raises", "raised", "raising"))
_CHANGE_UNITS = frozenset(("percent", "percentage_point", "basis_point"))


def direction(low: str, d: _Draft, lex) -> str | None:
    if d.unit == "times" or (d.number and d.number.kind == "mult"):
        return None
    words = [w.rstrip(".'") for w in _WORD.findall(low, max(0, d.start - 40), d.start)]
    if words and words[-1] == "by":  # "cut its forecast by 0.2 points"
        for w in reversed(words[-7:-1]):
            if w in lex.up:
                return "up"
            if w in lex.down:
                return "down"
            if w in ("to", "from", "and", "but", "which", "that", "said", "was", "is", "were", "are"):
                break
        far = change_before_by(low, d.start, lex)
        if far:  # "raised the starting price of its top-end phone by $100": a long object between
            return far
    if len(words) >= 3 and words[-1] == "of" and words[-3] in ("a", "an") and words[-2] in CHANGE_NOUNS:
        return CHANGE_NOUNS[words[-2]]  # "an increase of 71,300", "a drop of 3%"
    if words and words[-1] in ("a", "an") and d.unit in ("percent", "percentage_point"):
        noun = _WORD.match(low, d.end + 1) if low.startswith(" ", d.end) else None
        word = noun.group(0).rstrip(".'") if noun else None
        if word in CHANGE_NOUNS:  # "amounts to a 31 percent reduction", "saw a 12% rise"
            return CHANGE_NOUNS[word]
    level = False  # "was 25%": a level, unless a comparative follows ("was 25% lower")
    if len(words) >= 2 and words[-1] == "up" and words[-2] in _UP_PARTICLE_VERBS:
        return None  # "made up 80% of voters": a share
    if len(words) >= 2 and words[-1] == "up" and words[-2] in _PUT and d.unit and d.unit not in _CHANGE_UNITS:
        return None  # "will put up $108 million for roads": money provided ("put up prices by 5%" is a rise)
    for w in reversed(words[-4:]):
        if w in ("to", "from", "at", "of", "for"):
            return None
        if w in ("was", "is", "were", "are", "be"):
            level = True
            break
        if w in CHANGE_FILLERS:
            continue
        if w in RAISED and d.unit and d.unit not in _CHANGE_UNITS:
            return None  # "has raised about 210 million crowns from investors": money raised, no change
            # ("raised rates a quarter point" is one)
        if w in lex.up:
            return "up"
        if w in lex.down:
            return "down"
        break
    after = _WORD.findall(low, d.end, min(len(low), d.end + 30))[:2]
    if after and after[0] in ("above", "below") and not low.startswith(" " + after[0], d.end):
        after = []  # "was 2.1%, above the target": a level, told against the target
    for w in after:
        if level and w not in ("higher", "lower", "more", "less", "above", "below"):
            break
        # "more", "above": of a percentage only ("4.5 percentage points above the opening offer"; "12 km
        # below the surface" is a depth)
        if w in ("increase", "rise", "jump", "gain", "growth", "surge", "hike", "higher", "more", "above"):
            return "up" if w not in ("more", "above") or d.unit in ("percent", "percentage_point") else None
        if w in ("drop", "decline", "fall", "decrease", "cut", "reduction", "lower", "slump", "less", "below"):
            return "down" if w not in ("less", "below") or d.unit in ("percent", "percentage_point") else None
        if w not in ("year-on-year", "annual", "a", "on", "the"):
            break
    return None


def compared(low: str, text: str, d: _Draft) -> str | None:
    if _YOY.match(low, d.end):
        return "the previous year"
    if _MOM.match(low, d.end):
        return "the previous month"
    if _QOQ.match(low, d.end):
        return "the previous quarter"
    m = _CMP.match(low, d.end)
    if m:
        return text[m.start(2):m.end(2)].strip()
    m = _CMP_BEFORE.search(low, max(0, d.start - 120), d.start)
    if m:
        return text[m.start(1):m.end(1)].strip()
    if _YEAR_SPAN_BEFORE.search(low, 0, d.start):
        return "the previous year"
    m = _BASIS_BEFORE.search(low, 0, d.start)
    if m:
        return _BASES[m.group(1)]
    return None


#: a verb of change with a long object before "by" and the figure ("raised the price of its top-end phone by")
#: (the object may hold commas: "cut the risk of heart attack, stroke or death by")
_FAR_CHANGE_BY = regexstore.compile(r"\b([a-z]+ed|cut|rose|fell|grew)\b(?:\s+(?!(?:to|from|and|but|which|that|said|was|is|"
                            r"were|are)\b)[^\s,;:.]+,?){2,12}\s+by\s+$")
def change_before_by(low: str, pos: int, lex) -> str | None:
    """The direction of a verb of change told as done, then its object, then
    "by" right before ``pos`` ("raised the starting price of its top-end phone
    by"), or None."""
    m = _FAR_CHANGE_BY.search(low, max(0, pos - 100), pos)
    if m is None:
        return None
    return "up" if m.group(1) in lex.up else "down" if m.group(1) in lex.down else None


#: what may stand between a change and a figure that shares its verb: "rose 0.2% on the month and 4%
#: from a year ago"
_SHARED_VERB = regexstore.compile(r"(?:\s+(?:on|in|from|over|for)\s+(?:the\s+|a\s+)?[a-z]+(?:\s+[a-z]+)?|\s+[a-z]/[a-z]|"
                          r"\s+(?:year|quarter|month)[- ](?:on|over)[- ](?:year|quarter|month))?\s*,?\s+and\s+"
                          r"(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?")


#: a figure restating the one before in another unit: "an increase of 71,300, or 1.6 per cent"
_RESTATED = regexstore.compile(r"(?:\s+(?:" + "|".join(sorted(CHANGE_NOUNS)) + r")(?:\s+(?:in|of)\s+[a-z-]+(?:\s+[a-z-]+)?)?)?"
                       r",?\s+or\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+)?")


def restates(low: str, before_end: int, start: int) -> bool:
    """Whether the figure at ``start`` restates the figure ending at
    ``before_end`` ("rose by 71,300, or 1.3%, from a year earlier"; "a 31
    percent reduction in relative risk, or 4.2 percentage points")."""
    return _RESTATED.fullmatch(low, before_end, start) is not None


def shares_verb(low: str, before_end: int, start: int) -> bool:
    """Whether the figure at ``start`` is told with the verb of the figure
    ending at ``before_end`` ("rose 0.2% on the month and 4% from a year ago")."""
    return _SHARED_VERB.fullmatch(low, before_end, start) is not None


def multipliers(text: str, low: str, lex, taken: list[tuple[int, int]]) -> list[_Draft]:
    out = []
    for m in lex.multiplier_re.finditer(low):
        if any(s <= m.start() < e for s, e in taken):
            continue
        w = m.group(1)
        if w in ("double", "triple", "quadruple"):
            nxt = _WORD.match(low, m.end() + 1)
            prev = _prev_word(low, m.start())
            if not ((nxt and nxt.group() in ("the", "its", "their", "that", "this", "in", "to")) or
                    prev in ("to", "will", "would", "could", "may", "might", "should", "can")):
                continue  # "a double life", "double standards"
        v = lex.multipliers[w]
        d = _Draft(m.start(), m.end(), m.start(), m.end(), v, low=v, high=v, unit="times")
        d.number = Number(m.start(), m.end(), v, "mult")
        d.surface_unit = text[m.start():m.end()]
        out.append(d)
    return out
