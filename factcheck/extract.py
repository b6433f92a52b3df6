"""Sentences -> claims: quantities, events and quotes, each with its attribution.

This module composes the extractors (:mod:`factcheck.numbers`,
:mod:`factcheck.when`, :mod:`factcheck.events`, :mod:`factcheck.quotes`,
:mod:`factcheck.attribution`), which work on plain sentence text, and turns
their sentence-relative spans into claims that point into the article file.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from datetime import date, timedelta
from typing import Sequence

from dateutil.relativedelta import relativedelta

from factcheck import regexstore
from factcheck import attribution as attr_mod
from factcheck import events as events_mod
from factcheck import numbers as numbers_mod
from factcheck import quotes as quotes_mod
from factcheck import subject as subject_mod
from factcheck import units as units_mod
from factcheck import when as when_mod
from factcheck.lexicon import (NOT_GERUNDS, PART_OF_WHOLE, is_plural, lemma, lexicon, population_nouns,
                               vague_subjects)
from factcheck.metrics import MetricSpotter
from factcheck.model import Article, Claim, Kind, RuleSet, Sentence
from factcheck.names import PERSON_TITLES, ArticleNames, find_names, title_start
from factcheck.numchange import EARLIER_LEVEL, restates, shares_verb
from factcheck.segment import segment
from factcheck.textutil import LineIndex, fingerprint, normalize_for_id

#: time references that can say which period a figure refers to ("10 months
#: ago" says when something started, not what a figure covers)
_PERIOD_KINDS = frozenset({"date", "weekday", "relative", "month", "year", "season", "period", "since", "duration_ago"})


def _in_canonical_unit(q: numbers_mod.Quantity) -> numbers_mod.Quantity:
    """The quantity restated in its dimension's canonical unit ("2,300 square
    miles" -> 5957 km2), so figures in different units can be compared."""
    if q.unit and "/" in q.unit and units_mod.dimension_of(q.unit) is None:  # a rate, not a unit ("ug/m3")
        return _per_canonical_unit(q)
    target = units_mod.canonical_unit(q.unit)
    if target is None or target == q.unit:
        return q
    try:
        conv = functools.partial(units_mod.convert, from_unit=q.unit, to_unit=target)
        value, low, high = (None if v is None else conv(v) for v in (q.value, q.low, q.high))
        alternates = tuple((None if lo is None else conv(lo), None if hi is None else conv(hi), target)
                           if unit == q.unit else (lo, hi, unit) for lo, hi, unit in q.alternates)
    except ValueError:
        return q
    return dataclasses.replace(q, value=value, low=low, high=high, unit=target, alternates=alternates)


#: the denominators of densities restated, and the unit they are restated per
_PER_AREA = {"mi2": "km2"}


#: the dimensions whose amount per something is restated in the dimension's unit
_PER_AMOUNTS = frozenset({"volume", "mass"})
#: units of mass whose name is money too: "165,000 pounds a week" is a wage
_MONEY_TOO = frozenset({"lb"})


def _per_canonical_unit(q: numbers_mod.Quantity) -> numbers_mod.Quantity:
    """A density per square mile restated per square kilometre ("148 people
    per square mile" -> 57.1 person/km2), and a volume or a mass per
    something in its dimension's unit ("120 litres per person per day" ->
    0.12 m3/person/day), so rates told in two systems can be compared; other
    rates as they are (a price per gallon stays one)."""
    amount, _, per_what = q.unit.partition("/")
    if units_mod.dimension_of(amount) in _PER_AMOUNTS and amount not in _MONEY_TOO:
        target = units_mod.canonical_unit(amount)
        if target and target != amount:
            try:
                scale = units_mod.convert(1.0, amount, target)
            except ValueError:
                return q
            return _rescaled(q, scale, f"{target}/{per_what}")
        return q
    top, _, per = q.unit.rpartition("/")
    target = _PER_AREA.get(per)
    if not top or target is None:
        return q
    try:
        scale = units_mod.convert(1.0, target, per)  # per mi2 -> per km2: times the mi2 in a km2
    except ValueError:
        return q
    return _rescaled(q, scale, f"{top}/{target}")


def _rescaled(q: numbers_mod.Quantity, scale: float, unit: str) -> numbers_mod.Quantity:
    """``q`` restated in ``unit``, ``scale`` of them to one of its own (its
    restatements in its own unit too)."""
    value, low, high = (None if v is None else v * scale for v in (q.value, q.low, q.high))
    alternates = tuple((None if lo is None else lo * scale, None if hi is None else hi * scale, unit)
                       if u == q.unit else (lo, hi, u) for lo, hi, u in q.alternates)
    return dataclasses.replace(q, value=value, low=low, high=high, unit=unit, alternates=alternates)


def _names_only(subject: str, names: ArticleNames) -> bool:
    """Whether a subject holds nothing but the article's proper names and words
    of change ("lumora", "rise"): it says whose figure it is, or that it is a
    change, not what it measures."""
    lex = lexicon()
    words = [w for w in subject.split() if len(w) > 2]
    return all(w in lex.up or w in lex.down or names.inner(w[:1].upper() + w[1:]) for w in words)


def _national_currency(q: numbers_mod.Quantity, text: str) -> numbers_mod.Quantity:
    """A bare currency name several countries use read as the currency of the
    country the article names ("20 million pesos" in a story from Chile)."""
    if q.dimension != "currency" or not q.surface_unit:
        return q
    unit = units_mod.shared_currency(q.surface_unit, text)
    return q if unit is None or unit == q.unit else dataclasses.replace(q, unit=unit)


#: words before a time reference that make it the basis of a comparison
#: ("compared with 2021"), not the period the figure covers
_BASIS_BEFORE = regexstore.compile(r"(?:(?:compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|against|over|below|above)"
                           r"\s+(?:the\s+)?|(?:from|on|over|compared\s+(?:with|to)|than)\s+the\s+same\s+"
                           r"(?:period|month|quarter|week|day|time)\s+(?:of\s+|in\s+)?)$", re.I)
#: a time a change is measured from, after "on": "down 23 per cent on last year", "up 4% on a year earlier"
_BASIS_TIME = regexstore.compile(r"(?:last|the\s+previous|a|the)\s+(?:year|month|quarter|week)\b", re.I)
#: "full-year" before what a sum is of: "full-year pre-tax profit of", "its full year revenue of"
_FULL_YEAR = regexstore.compile(r"\bfull[- ]year\s+(?:[\w-]+\s+){0,3}?(?:of|at|to)\s+(?:(?:about|around|some|nearly|"
                        r"roughly|between|up\s+to|at\s+least|more\s+than)\s+)?$", re.I)
#: a sentence that tells what is expected, not what was: a forecast, an outlook, guidance
_OUTLOOK = regexstore.compile(r"\b(?:forecasts?|forecasting|expects?|expected|expecting|guidance|outlook|projects?|projected|"
                      r"predicts?|predicted|targets?|targeting|sees)\b", re.I)
#: "in the same period" before a time: the period of a figure it follows, the basis of a comparison, not
#: of the figures after it
_SAME_PERIOD_BEFORE = regexstore.compile(r"\bin\s+the\s+same\s+(?:period|month|quarter|week|day|time)\s+(?:of\s+|in\s+)?$",
                                 re.I)
#: a noun right after a period ("second-quarter revenue", "first-half profit"): the period qualifies it
_QUALIFIES = regexstore.compile(r"\s(?!(?:to|of|in|on|at|for|from|and|or|with|by|as|after|before|than|the|a|an)\b)[a-z]")
_CLAUSE_MARK = regexstore.compile(r"[,;:()]")
#: a time inside a clause of "after" or "before" and a gerund ("after falling sharply on Wednesday")
_GERUND_CLAUSE = regexstore.compile(r"\b(?:after|before)\s+[a-z]{3,}ing\b[^,;:()]*$", re.I)
#: a clause of its own after a figure: ", and the figure fell", ", but", ", while"
_CLAUSE_AFTER = regexstore.compile(r",\s*(?:and|but|while|whereas|although|though|yet)\s+(?:the|an?|this|that|these|those|"
                           r"it|its|they|their|he|she|his|her|[a-z]+\s+(?:was|were|has|have|had|is|are|fell|rose))\b"
                           # "to build the mine, with production targeted for 2030": the production's time
                           r"|,\s*with\s+(?:the\s+|its\s+|first\s+)?(?:[a-z]+\s+){1,2}(?:targeted|expected|due|"
                           r"scheduled|planned|set|slated|forecast)\b", re.I)
#: a clause of its own between a time and a figure after it ("contained 40 percent by Wednesday morning, the
#: agency said, after the blaze destroyed 47 homes": Wednesday is not the homes')
_OTHER_CLAUSE = regexstore.compile(r";|,\s*(?:but|while|whereas|where|although|though|yet)\b|"
                           r",\s*(?:after|before)\s+(?![a-z]+ing\b)", re.I)
#: a figure set beside the one before it, in commas: "71 percent, 4.5 points higher"
_APPOSED = regexstore.compile(r",\s*")
#: a change set after a level, in commas: "revenue of $4.82 billion, up 17 percent", "3.54 million a
#: year earlier, a rise of 12 percent"
_APPOSED_CHANGE = regexstore.compile(r",\s*(?:up|down|higher|lower|an?\s+(?:rise|gain|jump|increase|drop|fall|decline|"
                             r"decrease|surge|slump)\s+of|(?:rising|falling|increasing|decreasing)(?:\s+by)?)\s*$",
                             re.I)
#: a year before the figure told just before ("from 540 million euros a year earlier")
_YEAR_BEFORE = regexstore.compile(r"\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)"
                          r"|(?:in\s+)?the\s+year\s+(?:earlier|before|prior)"
                          r"|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year)\b|\s+(?:in\s+)?the\s+same\s+"
                          r"(?:period|quarter|month|time)\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year\b", re.I)
#: the lowercase word right after a figure
_WORD_AFTER = regexstore.compile(r"\s+([a-z]+)\b")
#: what may follow the word after a bare figure in a subject that says no more than that word
_UNIT_FILLER = frozenset("a an the to from per each year years month months week weeks day days".split())
#: the days counted right after the figure before ("exceeded the limit of 50 micrograms on 87 days"): the
#: days the clause tells of, not days of that figure's unit ("a rise of 11% over two years" is the rise's span)
_ON_DAYS = regexstore.compile(r"\s+on\s+(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+)?")


#: the span before the figure told just before: "402 the week before", "from 3.8% the previous month"
_SPAN_BEFORE = regexstore.compile(r"\s+(?:in\s+)?(?:the|a)\s+(week|month|quarter)\s+(?:before|earlier|prior)\b|"
                          r"\s+(?:in\s+)?the\s+(?:previous|prior|preceding)\s+(week|month|quarter)\b", re.I)
_SPAN_BACK = {"week": relativedelta(weeks=1), "month": relativedelta(months=1), "quarter": relativedelta(months=3)}


def _year_before(d: date) -> date:
    """The same day a year before (28 February for 29 February)."""
    return d.replace(year=d.year - 1) if not (d.month == 2 and d.day == 29) else date(d.year - 1, 2, 28)


#: what may stand before a time that opens its sentence
_FRONTED_TIME = regexstore.compile(r"\s*(?:(?:in|during|for|over|throughout|between|from|since)\s+)?(?:the\s+)?$", re.I)
#: a record or a superlative after a comma that follows a figure: the time after it dates
#: the record, not the figure ("4.71 meters, close to a record set in 1941", "12%, the highest since 2019")
_SUPERLATIVES = ("record|highest|lowest|biggest|largest|smallest|fewest|fastest|slowest|strongest|weakest|sharpest|"
                 "steepest|deepest|best|worst")
_RECORD_AFTER = regexstore.compile(rf",[^,;]*?\b(?:{_SUPERLATIVES}|historic|surpass\w*|exceed\w*)\b", re.I)
#: a record or a superlative a "since" dates ("its lowest level since early 2015", "the most since 2019")
_RECORD_SINCE = regexstore.compile(rf"\b(?:{_SUPERLATIVES}|most|least|first)(?:\s+[a-z]+){{0,2}}\s+(?:since\s+)?$", re.I)
#: the same with a clause between "since" and the time: "the steepest since the system was overhauled in 2011"
_RECORD_SINCE_CLAUSE = regexstore.compile(rf"\b(?:{_SUPERLATIVES}|most|least|first)(?:\s+[a-z]+){{0,2}}\s+since\s+"
                                  r"(?:[^\s,;.]+\s+){1,8}?(?:in\s+|on\s+)?$", re.I)
#: a clause told of the start of a "since" ("the deadliest since 2018, when 51 people were killed")
_SINCE_WHEN = regexstore.compile(r",?\s*when\b", re.I)
#: a twelve-month period to a month: for a rate ("2.3% in the year to April"), that month's reading
_ANNUAL_TO = regexstore.compile(r"(?:in\s+)?the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ended|ending|through|until)\b",
                        re.I)
#: a day of the month in a time's words: "the year to June 30" is a year of accounts, not a month's reading
_DAY_OF_MONTH = regexstore.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?(?![\d,.])")
#: between a change and the level it went to: "rose 8.6% to 14.2 million"
_TO_LEVEL = regexstore.compile(r"\s+to\s+")
#: the day a figure was told, not its period: "..., the agency said on Thursday"
_REPORTED_ON = regexstore.compile(r"\b(?:(?:said|says|told|reported|reports|announced|announces|added|showed|shows|ruled|rules|"
                          r"concluded|confirmed)\s+|"
                          r"(?:figures|data|statistics|numbers|results|estimates?|report|survey|poll|count)\s+"
                          r"(?:[\w’'-]+\s+){0,2}?(?:released|published|issued)\s+"
                          r"(?:by\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4})?)$", re.I)
#: how far around a figure its metric is looked for, in characters
METRIC_WINDOW = 50
#: a sentence that opens on the thing the sentence before told of: "That earthquake, of magnitude 7.1,
#: killed about 3,000 people", "That year, imports rose 7%" (not "That is", "That the minister ...")
_BACK_REFERENCE = regexstore.compile(r"(?:(?:In|At|By|During)\s+(?:that|those)|That|Those)(?:\s+same)?\s+"
                             r"(?!(?:is|was|were|has|had|have|would|will|could|can|may|might|should|must|said|says|"
                             r"means|meant|made|makes|did|does|seems|seemed|remains|the|a|an|his|her|its|their|"
                             r"this|it|he|she|they|we|there|and|or|but|of|in|on|to)\b)[a-z]+\b")
#: the kinds of time the sentence before may hand on: a year, a month, a season, a "since", a day of a
#: year before the publication's (see _back_reference)
_HANDED_ON = frozenset(("year", "month", "season", "since", "date"))


#: what stands between the two numbers of a tally: "36 to 15", "34 votes to 17", "34-17"
_TALLY_BETWEEN = regexstore.compile(r"\s*(?:votes?\s+)?(?:to|-|–)\s*", re.I)
#: a vote told just before the tally ("voted 36 to 15", "by a vote of 34 to 17", "approved by 34 votes to 17")
_TALLY_BEFORE = regexstore.compile(r"\b(?:voted|vote\s+of|votes?\s+was|passed|approved|rejected|backed|defeated|carried|"
                           r"adopted|endorsed|voting|passing|approving|rejecting|backing|adopting|endorsing)\b"
                           r"[^,.;:\d]{0,60}?(?:\bby\s+(?:a\s+(?:vote|margin)\s+of\s+)?)?$", re.I)
#: who may cast a tally's votes, as the last word of the clause's subject
_VOTERS = frozenset("councillors councilors council lawmakers legislators mps deputies senators senate "
                    "representatives house parliament assembly members committee board shareholders "
                    "stockholders delegates jurors jury judges justices court commissioners aldermen voters "
                    "residents workers staff".split())
#: a tally told without the word "vote": "the budget passed 28-21"
_TALLY_VERB = regexstore.compile(r"\b(?:passed|approved|adopted|rejected)\s+(?:by\s+)?\d+\s*[-–]\s*\d+\b", re.I)
#: or just after it: "a 34-17 vote", "36 to 15 in favour"
_TALLY_AFTER = regexstore.compile(r"\s*(?:-\s*)?(?:votes?\b|in\s+favou?r\b|,?\s*with\s+\w+\s+abstention)", re.I)
#: a tally told with both sides named: "214 votes in favour, 131 against", "36 in favour and 15 against"
_FOR_BETWEEN = regexstore.compile(r"\s*(?:votes?\s+)?in\s+favou?r\s*(?:,|and|,\s*and)?\s*", re.I)
_AGAINST_AFTER = regexstore.compile(r"\s*(?:votes?\s+)?against\b", re.I)
#: "votes" between the two numbers tells a tally by itself: "By 214 votes to 113, Vestria had become"
_VOTES_BETWEEN = regexstore.compile(r"\s*votes\s+to\s*", re.I)


#: a tally written with a dash, which the figure reader leaves alone (a score, a season, a label):
#: "the budget passed 28-21", "a 34-17 vote"
_DASHED_TALLY = regexstore.compile(r"\b(?:(?:voted|passed|approved|adopted|rejected)\s+(?:by\s+)?|an?\s+)"
                           r"(\d{1,4})\s*[-–]\s*(\d{1,4})\b(?!\s*[-–%])", re.I)


#: where a distance is measured from, by name: "14 km south of Port Aurel", "140 km north of the capital
#: Velmora" (not "north of the capital": another outlet may name it)
_COMPASS_AFTER = regexstore.compile(r"\s+((?i:(?:north|south)(?:-?(?:east|west))?|east|west))\s+of\s+(?:the\s+)?"
                            r"(?:(?:capital|city|town|village|port|region|province|border|island)\s+)?"
                            r"((?!The\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)")
_ARTICLE_FIRST = regexstore.compile(r"an?\s", re.I)


def _hyphen_tallies(sentence: str, figures: list[numbers_mod.Quantity]) -> list[numbers_mod.Quantity]:
    """``figures`` with the two counts of each dashed tally no figure covers ("passed 28-21", "a
    34-17 vote"), in order; "a 34-17 win" is no tally (a vote is told before or after it)."""
    added = []
    for m in _DASHED_TALLY.finditer(sentence):
        if any(q.start < m.end(2) and m.start(1) < q.end for q in figures):
            continue
        if _ARTICLE_FIRST.match(m.group(0)) and not _TALLY_AFTER.match(sentence, m.end(2)):
            continue
        for g in (1, 2):
            v = float(m.group(g))
            added.append(numbers_mod.Quantity(m.start(g), m.end(g), v, v, v, True, True, None, None, None, None,
                                              None, (), None, None))
    return sorted(figures + added, key=lambda q: q.start) if added else figures


def _tallies(sentence: str, figures: Sequence[numbers_mod.Quantity]) -> dict[int, tuple[str, str | None]]:
    """The figures of a sentence that tell a vote's tally, by their index:
    "in favour" or "against", and who voted when the clause opens on them
    (``_VOTERS``: "Councillors backed the plans by 43 votes to 19":
    councillors; "the council voted 36 to 15"; "The budget passed by 26 votes
    to 21": no one named; "approved by 34 votes to 17", "a 34-17 vote", "By
    214 votes to 113"; "214 votes in favour, 131 against"). Whole numbers
    only, no other unit than votes, and the first not below the second
    unless each side is named."""
    out: dict[int, tuple[str, str | None]] = {}
    for k in range(len(figures) - 1):
        a, b = figures[k], figures[k + 1]
        if k in out or not all(x.value is not None and x.value == int(x.value) and x.unit in (None, "vote")
                                and not x.hedge for x in (a, b)):
            continue
        if _FOR_BETWEEN.fullmatch(sentence, a.end, b.start) and _AGAINST_AFTER.match(sentence, b.end):
            out[k], out[k + 1] = ("in favour", None), ("against", None)  # "214 votes in favour, 131 against"
            continue
        if a.value < b.value or not _TALLY_BETWEEN.fullmatch(sentence, a.end, b.start):
            continue
        before = _TALLY_BEFORE.search(sentence, max(0, a.start - 80), a.start)
        if before or _TALLY_AFTER.match(sentence, b.end) or _VOTES_BETWEEN.fullmatch(sentence, a.end, b.start):
            body = None
            if before:  # who voted, when the clause opens on them ("Councillors backed"; not "The budget passed")
                words = subject_mod.norm_words(re.split(r"[,;:]", sentence[:before.start()])[-1].split()).split()
                body = " ".join(words[-3:]) if words and words[-1] in _VOTERS else None
            out[k], out[k + 1] = ("in favour", body), ("against", body)
    return out


#: a bare figure that tells the ages of a group told before, no count: "Most of those who died were over 70"
_AGES_OF_GROUP = regexstore.compile(r"\b(?:were|are|was|is|aged)\s+(?:mostly\s+|all\s+)?$", re.I)
_AGE_BOUND = regexstore.compile(r"(?:over|under|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?"
                        r"\d{2}\b(?!\s*[,.]?\d)", re.I)
_COUNT_NOUN_BEFORE = regexstore.compile(r"\b(?:toll|number|total|tally|count|figure)\b", re.I)


def _ages_of_group(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` tells the ages of people told before ("those who died were over 70"),
    not how many they are ("the toll was over 70")."""
    return bool(_AGE_BOUND.match(sentence, start) and _AGES_OF_GROUP.search(sentence, max(0, start - 20), start)
                and not _COUNT_NOUN_BEFORE.search(sentence, max(0, start - 40), start))


def _back_reference(sentence: str, before: str | None, published: date | None) -> tuple[date, date] | None:
    """The time a sentence that opens on "That <noun>" takes from the sentence
    before: the one year, month or season that sentence names ("... since
    1931," he said. That earthquake ... killed about 3,000 people": 1931).
    None when the sentence does not open so, or the sentence before names no
    such time or more than one. A day is handed on only in a year before the
    publication's (a day this week is more often when a thing was told)."""
    if before is None or not _BACK_REFERENCE.match(sentence):
        return None
    found = set()
    for t in when_mod.find_times(before, published):
        if t.date_start is None or t.kind not in _HANDED_ON:
            continue
        if t.kind == "date" and (published is None or t.date_end.year >= published.year):
            continue
        found.add(_since_point(t) if t.kind == "since" else (t.date_start, t.date_end))
    return found.pop() if len(found) == 1 else None


def _since_point(t: when_mod.TimeRef) -> tuple[date, date]:
    """The time a "since" starts from, alone: its year, its month or its day."""
    lo = t.date_start
    words = t.text.lower().split()
    if any(w in when_mod.WEEKDAYS for w in words):
        return lo, lo
    if any(w.strip(".,") in when_mod.MONTHS for w in words[1:]):
        nxt = date(lo.year + lo.month // 12, lo.month % 12 + 1, 1)
        return lo, nxt - timedelta(days=1)
    return lo, date(lo.year, 12, 31)


def _period_for(sentence: str, q_start: int, times: Sequence[when_mod.TimeRef],
                next_figure: int | None = None, q_end: int | None = None,
                rate: bool = False, published: date | None = None,
                earlier_ends: Sequence[int] = ()) -> tuple[date | None, date | None]:
    """The period a figure refers to: the nearest dated time reference in its
    sentence that is not the basis of a comparison, preferring one after the
    figure ("23% in the first nine months"), and before all a period that
    qualifies the noun of the figure's own clause ("a rise in second-quarter
    revenue to $4.2 billion on Thursday": the second quarter, not Thursday).
    For a rate, a year to a month is that month's reading ("2.3% in the year
    to April": April). The day it was told ("said on Thursday") and a time in
    another clause before it ("since July 2021, but above the 2.1% forecast")
    are not its period. A time past the next figure, across a comma or after
    the "from" of an earlier level, is that figure's ("55 million people live
    with dementia, ..., and that number is expected to reach 139 million by
    2050": 2050 is not the period of the 55 million; "rose to 3.9% from 3.8%
    in March": March is the 3.8%'s). A time after a record or a superlative
    past a comma dates the record ("4.71 meters, close to a record set in
    1941"). A deadline right after an earlier figure, with a new clause
    between it and this one, is the earlier figure's ("raise the minimum wage
    by 12 per cent by 2028 and to cut the tax rate to 15 per cent": 2028 is
    the wage's; "down 19% this year ..., and exports are down 16%": this year
    is both; ``earlier_ends``: where the figures before this one end)."""
    best = None
    best_dist = None
    if next_figure is not None and not _CLAUSE_MARK.search(sentence, q_start, next_figure) \
            and not EARLIER_LEVEL.search(sentence, max(0, next_figure - 30), next_figure) \
            and not (_AND_PAST.search(sentence, q_end or q_start, next_figure)
                     and _PERFECT_BEFORE.search(sentence, max(0, q_start - 50), q_start)):
        # (a figure told in the perfect takes no time of a past clause after it: "has raised 210 million
        # crowns from investors and received a grant of 35 million crowns in 2023": 2023 is the grant's)
        next_figure = None
    for t in times:
        if t.date_start is None or t.kind not in _PERIOD_KINDS:
            continue
        if next_figure is not None and t.start >= next_figure:
            continue
        if t.start >= (q_end or q_start) and _CLAUSE_AFTER.search(sentence, q_end or q_start, t.start):
            continue  # a clause of its own after the figure: "In 2024, builders completed 26,900 homes, and the
            # figure fell further last year", "will invest 3.2 billion euros, and the farm is due to be finished
            # in 2030": the time is that clause's
        if t.end <= q_start and _OTHER_CLAUSE.search(sentence, t.end, q_start) \
                and not _FRONTED_TIME.match(sentence, 0, t.start):
            continue  # "the lowest since July 2021, but above the 2.1% forecast"; a time that opens the
            # sentence holds for all of it ("In the first ten months, exports ..., while imports rose 17.1%")
        if t.start >= (q_end or q_start) and _RECORD_AFTER.search(sentence, q_end or q_start, t.start):
            continue
        if t.start >= (q_end or q_start) and _AND_VERB.search(sentence, q_end or q_start, t.start):
            continue  # "received 37 complaints and had opened a review in January": January is the review's
        if t.start >= (q_end or q_start) and _figure_in_relative(sentence, q_start, q_end or q_start, t.start):
            continue  # "Marenko, who ordered the evacuation of the 16 villages ..., visited evacuees on Monday"
        if t.start >= (q_end or q_start) \
                and (verb := events_mod.DAY_OF_VERB.search(sentence, max(0, t.start - 30), t.start)) \
                and _OTHER_NOUN.search(sentence, q_end or q_start, verb.start()):
            continue  # "120 litres a day under the emergency order signed on Thursday": the signing's day
        if t.end <= q_start and t.text[:3].lower() == "by " and any(0 <= t.start - e <= 1 for e in earlier_ends) \
                and _NEW_CLAUSE.search(sentence, t.end, q_start):
            continue  # "by 12 per cent by 2028 and to cut ... to 15 per cent": the 12 per cent's
        if t.end <= q_start and _GERUND_CLAUSE.search(sentence, max(0, t.start - 50), t.start) \
                and _CLAUSE_MARK.search(sentence, t.end, q_start):
            continue  # "little changed on Thursday after falling sharply on Wednesday, with the 10-year yield at
            # 4.13%": Wednesday is the fall's
        if t.end <= q_start and _DECIDED_TO.match(sentence, t.end) and _TO_BEFORE.search(sentence, 0, q_start):
            continue  # "voted on Tuesday to raise the annual fee to €3,120": the day of the vote, not of the level
            # the fee is to have (the change itself is that day's: "voted on Thursday to cut the rate by 0.25")
        if t.end <= q_start and events_mod.in_aside(sentence, t.start, t.end, q_start, _RELATIVE_OPEN):
            continue  # "At Kestrelhaven, which moved 3.1 million TEU last year, 47 ships were at anchor on Thursday"
        if t.start >= (q_end or q_start) and _RECORD_SINCE_CLAUSE.search(sentence, max(0, t.start - 100), t.start):
            continue  # "an increase of 15.4 per cent, the steepest since the system was overhauled in 2011"
        if _RECORD_SINCE.search(sentence, max(0, t.start - 46), t.start) and (
                t.kind == "since" or sentence[:t.start].rstrip().lower().endswith("since")) \
                and not _SINCE_WHEN.match(sentence, t.end):
            continue  # "fell to 3.0%, its lowest level since early 2015, with 512,600 unemployed": the record's
        qualifies = t.kind == "period" and _QUALIFIES.match(sentence, t.end)
        if t.end <= q_start and _SAME_PERIOD_BEFORE.search(sentence, max(0, t.start - 30), t.start):
            continue  # "$118m, from $96m in the same period last year, on revenue up 3.2 per cent": the $96m's
        if _BASIS_BEFORE.search(sentence, max(0, t.start - 30), t.start) or \
                (sentence[max(0, t.start - 3):t.start].lower() == "on " and _BASIS_TIME.match(t.text)) or \
                (_REPORTED_ON.search(sentence, max(0, t.start - 50), t.start) and not qualifies
                 and t.text[:4].lower() != "for "):
            continue  # "said on Thursday", not "reported third-quarter revenue" nor "reported for 2024"
        dist = (t.start - (q_end or q_start)) if t.start >= q_start else (q_start - t.end) * 2
        if qualifies and t.end <= q_start and not _CLAUSE_MARK.search(sentence, t.end, q_start):
            dist = -1
        elif t.start >= (q_end or q_start) and t.kind in ("date", "year", "month") \
                and _SINCE_CLAUSE.search(sentence, max(0, t.start - 60), t.start) \
                and not _CLAUSE_MARK.search(sentence, q_end or q_start, t.start) \
                and not _RECORD_SINCE.search(sentence, max(0, t.start - 106), t.start):
            dist = -1  # "brings to 4,400 the number of prisoners freed since the fighting began in 2023": a total
            # since then, whatever day the sentence opens with ("Thursday's exchange")
        if best_dist is None or dist < best_dist:
            best, best_dist = t, dist
    if best is None:
        return None, None
    if best.kind == "since" and best.end <= q_start and _SINCE_WHEN.match(sentence, best.end):
        return _since_point(best)
    if best.kind in ("period", "season") and published is not None and best.date_start <= published \
            and _SINCE_RIGHT_BEFORE.search(sentence, max(0, best.start - 7), best.start):
        return best.date_start, published  # "73 complaints since late 2024": up to the day it was told
    since = _SINCE_CLAUSE.search(sentence, max(0, best.start - 60), best.start) \
        if best.kind in ("date", "year", "month") and published is not None and best.date_start <= published else None
    if since and not _RECORD_SINCE.search(sentence, max(0, since.start() - 46), since.start() + 6):
        # "4,312 cases since the first one was confirmed on February 9", "has raised 210 million crowns
        # since it was founded in 2019" (not a record's "since": "one of the largest missile barrages
        # since the start of the war in February")
        return best.date_start, published
    if rate and (to := _ANNUAL_TO.match(best.text)) and not _DAY_OF_MONTH.search(best.text, to.end()):
        # "inflation of 2.3% in the year to April": April's reading ("in the year to June 30": the year)
        return best.date_end.replace(day=1), best.date_end
    return best.date_start, best.date_end


#: a verb of a clause of its own joined by "and" after a figure: "and had opened", "and has been reviewing"
_AND_VERB = regexstore.compile(r"\band\s+(?:had|has|have|was|were|is|are|will|would)\s+(?:(?:been|also|already|now)\s+)?"
                       r"[a-z]{3,}(?:ed|ing|en)\b", re.I)
#: a change or a measure decided on a day, told right after it: "voted on Tuesday to raise the fee to ..."
_DECIDED_TO = regexstore.compile(r",?\s+to\s+(?:raise|lift|increase|cut|lower|reduce|set|bring|take|push|boost|freeze|"
                                 r"hike|double|halve|extend|expand|slash|trim|impose|introduce|charge)\b", re.I)
#: "to" right before a figure: the level a change goes to
_TO_BEFORE = regexstore.compile(r"\bto\s+$", re.I)
#: "since" right before a time: a span from it to the day it was told
_SINCE_RIGHT_BEFORE = regexstore.compile(r"\bsince\s+$", re.I)


def _figure_in_relative(sentence: str, q_start: int, q_end: int, t_start: int) -> bool:
    """Whether the figure at ``q_start:q_end`` stands in a relative clause in commas (", who ordered the
    evacuation of the 16 villages,") that closes before the time at ``t_start``: the main clause's time."""
    opening = None
    for m in _RELATIVE_OPEN.finditer(sentence, max(0, q_start - 120), q_start):
        opening = m
    return opening is not None and "," not in sentence[opening.end():q_start] and "," in sentence[q_end:t_start]


#: a phrase of another noun between a figure and a past participle right before a time (events.DAY_OF_VERB:
#: "under the emergency order signed on Thursday"): the time is that verb's ("1,200 people evacuated on Monday"
#: is the figure's)
_OTHER_NOUN = regexstore.compile(r"\b(?:under|by|in|of|with|after|from|for|against)\s+(?:the|a|an|its|his|her|their)\s+",
                         re.I)
#: a verb in the perfect before a figure: "has raised about", "have grown by"
_PERFECT_BEFORE = regexstore.compile(r"\b(?:has|have)\s+(?:(?:also|already|now|so\s+far)\s+)?[a-z]+(?:ed|en|wn|t)\s+"
                             r"(?:[^\s,;.]+\s+){0,3}$", re.I)
#: a clause of a past verb joined by "and": "and received"
_AND_PAST = regexstore.compile(r"\band\s+(?:also\s+|then\s+)?[a-z]{3,}ed\b", re.I)
#: a clause after a figure and its time: "(12 per cent by 2028) and to cut", ", to cutting" (not
#: an apposition: "498 billion crowns at the end of June, equal to 87.3 per cent of GDP")
_NEW_CLAUSE = regexstore.compile(r"\band\b|,\s+to\s+[a-z]", re.I)
#: a relative clause or a founding aside set off by commas: ", which ...", ", who ...", ", founded in"
_RELATIVE_OPEN = regexstore.compile(r",\s+(?:which|who|whose|where|founded|established|formed|created|incorporated|"
                                    r"(?:the|an?)\s+(?:[\w’'-]+\s+){1,3}?(?:founded|established|formed|created|"
                                    r"incorporated)\b)\b", re.I)
# "Aurex, founded in 2019, has raised"; "Ashby Valley Bank, the Corran lender founded 72 years ago, has agreed"


#: "since" and a short clause before a date: the date opens a span up to publication
_SINCE_CLAUSE = regexstore.compile(r"\bsince\s+(?:[^\s,;.]+\s+){1,7}?(?:on\s+)?$", re.I)



def _inside_time(q: numbers_mod.Quantity, times: Sequence[when_mod.TimeRef]) -> bool:
    """A duration that is part of a time expression ("the first nine months of
    2022") belongs to that expression, not a figure of its own."""
    return q.dimension == "duration" and any(t.start <= q.start and q.end <= t.end for t in times)


_WORDS = regexstore.compile(r"[a-z]+")


def _verbs_between(sentence: str, start: int, end: int, changes: bool = True) -> list[int]:
    """Where the verbs of their own between two figures start ("killed 48
    people and injured 300": one; "will cost $199 and $249": none).
    ``changes``: also the words of a change ("rose", but also the nouns "rise", "drop")."""
    lex = lexicon()
    return [start + m.start() for m in _WORDS.finditer(sentence[start:end].lower())
            if (len(w := m.group()) > 4 and w.endswith(("ed", "ing")) and w not in NOT_GERUNDS)
            or w in lex.past_verbs or (changes and (w in lex.up or w in lex.down))]



#: a dateline opening a sentence: "SEOUL, Jan 13 (Reuters) - ", "PORTO ALEGRE, Brazil (AP) — ",
#: "KELOWNA, B.C. — "
_DATELINE = regexstore.compile(r"(?:[^()\n]{0,60}\([A-Z][\w .&'-]{0,30}\)|" + attr_mod.PLACE_DATELINE + r")"
                       r"\s*(?:-{1,2}|[—–])\s")  # "MOSCOW (Reuters) -", "TASHRANI, Kashrand, July 17 -"


def _dateline_end(sentence: str) -> int:
    """Where the dateline that opens ``sentence`` ends (0: none)."""
    if "(" not in sentence[:64] and not sentence[:2].isupper():
        return 0
    m = _DATELINE.match(sentence)
    return m.end() if m else 0


#: between the level a change started from and the level it went to: "from 18% to 16%"
_TO_NEXT = regexstore.compile(r"\s*to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
#: the same with how the earlier level was reached in between: "from 55 minutes by bus to 22 minutes",
#: "from 55 minutes on the crowded bus to 22 minutes"
_TO_NEXT_BY = regexstore.compile(r"\s+(?:by|on|in|via|aboard)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s+to\s+"
                         r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?")
#: "from" right before the level a change started from
_FROM_BEFORE = regexstore.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$")


def _of_figure_only(subject: str, figure: str) -> bool:
    """Whether ``subject`` is empty or opens with a word of ``figure`` as written ("minutes by bus" for the
    figure "55 minutes"): read off the figure before, not a subject of its own."""
    words = subject.split()
    return not words or words[0] in {w.lower() for w in re.findall(r"[A-Za-z]+", figure)}


#: where one clause of a sentence ends and the next begins
_CLAUSE_BREAK = regexstore.compile(r",\s|;\s|\s(?:and|but|while|whereas|after|before|when|because|although|though|until)\s")


def _clause_start(sentence: str, start: int, end: int) -> int:
    """Where the clause of the figure at ``end`` starts, looked for after the figure before it at ``start``."""
    cut = start
    for m in _CLAUSE_BREAK.finditer(sentence, start, end):
        cut = m.end()
    return cut


def _clause_end(sentence: str, start: int, end: int, verb: int | None) -> int | None:
    """Where the clause of the figure ending at ``start`` ends, before the figure at
    ``end``; at the verb between them (``verb``, may be None) when no clause break is there."""
    m = _CLAUSE_BREAK.search(sentence, start, end)
    return m.start() if m else verb


def _subject(sentence: str, q: numbers_mod.Quantity, spotter: MetricSpotter, floor: int = 0,
             ceiling: int | None = None) -> tuple[str, str | None]:
    """The figure's subject, led by the rules' metric its context names, and
    that metric: the metric is looked for around the figure, not past a
    figure before it with a verb of its own between, nor past the clause (or
    the verb) of the figure after it (``floor``, ``ceiling``: "killed 48
    people and injured 300 people" does not make the 300 deaths, "410 million
    users, reported revenue of 31 billion euros" not the users revenue). A
    bare figure with none around it takes the metric its clause names before
    it ("The death toll from heavy rains in the south rose to 56")."""
    subject = subject_mod.subject_of(sentence, q)
    if subject == "age":  # "died at the age of 56": a person's age, whatever is measured around it
        return subject, None
    end = q.end if q.rate_start is None else q.rate_start  # the window is around the figure, not its "per ..."
    top = end + METRIC_WINDOW if ceiling is None else min(end + METRIC_WINDOW, ceiling)
    # a share or a change may be of any measure ("half the price", "a 78 percent increase in profit");
    # other figures take only metrics of their own dimension ("$95 a share" is no wage, "1,000 songs" no price)
    dimension = None if q.dimension in ("ratio", "ratio_change", "multiplier") else q.dimension
    if dimension == "rate" and q.unit:  # "$1.14 per share": an amount of money per share
        dimension = units_mod.dimension_of(q.unit.split("/")[0])
    metric = spotter.spot(sentence[max(floor, q.start - METRIC_WINDOW): top], dimension)
    if metric is None and q.unit is None:
        metric = spotter.spot(sentence[_clause_start(sentence, floor, q.start):q.start])
    if metric and metric.casefold() not in subject:
        subject = f"{metric.casefold()} {subject}".strip()
    return subject, metric


#: how many sentences back the person an age refers to is looked for
AGE_LOOKBACK = 3


def _whose_age(texts: Sequence[str], index: int, q_start: int, names: ArticleNames) -> str | None:
    """The person an age told without a name refers to ("The 23-year-old
    striker has signed", "died at the age of 56"): the last person named
    before it in its sentence, else the first named in the nearest sentence
    before that names one (up to AGE_LOOKBACK back); None when there is none."""
    for back in range(AGE_LOOKBACK + 1):
        if index - back < 0:
            break
        text = texts[index - back][:q_start] if back == 0 else texts[index - back]
        people = [n for n in find_names(text, (), names) if n.type == "person"]
        if people:  # in its own sentence the nearest, before it the one the sentence is about
            return names.full_name(people[-1 if back == 0 else 0].name)
    return None


def _titled_somewhere(surname: str, texts: Sequence[str]) -> bool:
    """Whether a sentence writes a title a few words before ``surname`` ("Chief prosecutor Dario Venhalt"):
    a cheap test before the article's names are looked up."""
    for text in texts:
        at = text.find(" " + surname)
        while at > 0:
            if any(w.lower().strip(".") in PERSON_TITLES for w in text[max(0, at - 48):at].split()[-4:]):
                return True
            at = text.find(" " + surname, at + 1)
    return False


def _speaker_in_full(speaker: str | None, texts: Sequence[str], names: ArticleNames, entities=()) -> str | None:
    """A speaker given by surname alone ("Venhalt told reporters") in full, with
    the title the article first gave the person ("Chief prosecutor Dario
    Venhalt"): whose the words are, told as a person. Other speakers, names
    the article writes first with no title and names of the rules'
    ``entities`` (known by that name already), as they are."""
    if not speaker or " " in speaker or not speaker[:1].isupper() or not _titled_somewhere(speaker, texts):
        return speaker
    full = names.full_name(speaker)
    if full == speaker or any(speaker == e.name or speaker in e.aliases for e in entities):
        return speaker
    for text in texts:
        at = text.find(full)
        if at < 0:
            continue
        words = text[max(0, at - 48):at].split()[-4:]
        title = words[title_start(words):]  # "Chief prosecutor", "Health Minister", "Environment Minister"
        if any(w.lower().strip(".") in PERSON_TITLES for w in title):
            return " ".join(title + [full])
        return speaker  # no title: it may be a company's name ("Kestrel" for "Kestrel Automation")
    return speaker


def _written_at(sentence: str, name: str) -> int:
    """Where ``name`` (or its last word: a surname given for a full name) is written in ``sentence``."""
    at = sentence.find(name)
    if at < 0:
        at = sentence.find(name.rsplit(" ", 1)[-1])
    return at if at >= 0 else len(sentence)


def _context_actors(mentioned: list[str], previous: list[str], persons: set[str]) -> list[str]:
    """Actors "the two leaders" or "he" may refer to: people first, the most
    recently named first."""
    merged = mentioned + [a for a in previous if a not in mentioned]
    return sorted(merged, key=lambda a: a not in persons)[:6]


class _Ids:
    """Claim ids: article + normalised sentence + normalised span, and the
    occurrence number when the same words recur, so ids survive moved lines."""

    def __init__(self, article_id: str):
        self.article_id = article_id
        self.seen: Counter = Counter()
        self._sentence: tuple[str, str] = ("", normalize_for_id(""))

    def __call__(self, kind: str, sentence: str, span: str) -> str:
        if self._sentence[0] != sentence:  # the claims of a sentence come together
            self._sentence = (sentence, normalize_for_id(sentence))
        key = (kind, self._sentence[1], normalize_for_id(span))
        self.seen[key] += 1
        return fingerprint(self.article_id, *key, self.seen[key])


_CAPITALISED = regexstore.compile(r"\b[A-Z][\w’'-]*")
#: a subject that says what a bare figure counts: "the number of passengers", "visitor numbers"
_COUNTED_SUBJECT = regexstore.compile(r"(?:^|\s)number of ([a-z]{3,})$|(?:^|\s)([a-z]{3,}) numbers$")
#: words before "numbers" that say how many, not of what: "record numbers", "these numbers"
_NOT_COUNTED = frozenset(("the", "these", "those", "such", "record", "total", "overall", "official", "final",
                          "latest", "actual", "preliminary", "early", "our", "their", "its", "his", "her", "whose",
                          "growing", "rising", "falling", "increasing", "dwindling", "greater", "lower", "higher",
                          "bigger", "smaller", "lottery", "phone", "telephone", "serial", "prime", "page"))


#: the words that end the head of a subject: "visitors to the park", "active users of Sorrel"
_HEAD_END = frozenset("of to in at on for from with by across among".split())
#: endings of nouns for people who do something ("subscribers", "employees", "residents", "tourists")
_AGENT_ENDINGS = ("er", "or", "ee", "ent", "ant", "ist", "ian")
#: things counted by number that no such ending shows
_COUNTED_THINGS = frozenset("""case death infection birth arrival visit trip flight home house household vehicle car
job booking download ticket""".split())
#: nouns with such an ending that count no one: "numbers", "quarters", "others"
_NOT_AGENTS = frozenset("number quarter other matter paper water power order center centre meter metre liter litre"
                        .split())


def _qualifies(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` follows a plural noun it qualifies ("children
    under 15", "Marovians over 65"): an age or a bound, no count of them."""
    before = sentence[max(0, at - 24):at]
    word = before.split()[-1].lower() if before.strip() and before[-1:].isspace() else ""
    return word.isalpha() and is_plural(word)


def _counted_head(subject: str) -> str | None:
    """What a figure without a unit counts when the head of its subject is a
    plural noun of people or of things counted ("Paid subscribers totalled 12.3
    million", "Visitors to the park reached 2.1 million"), else None."""
    words = subject.split()
    if words and words[-1] in subject_mod.LEVEL_VERBS:
        words.pop()  # "monthly active users stood" (at 286 million)
    end = next((i for i, w in enumerate(words) if w in _HEAD_END), len(words))
    if not end:
        return None
    word = words[end - 1]
    if word == "population":  # "The population reached 6,482,310"
        return "person"
    if not is_plural(word):
        return None
    noun = lemma(word)
    if noun in _NOT_AGENTS or word in vague_subjects() or units_mod.dimension_of(noun) is not None \
            or word in _NOT_COUNTED or word in lexicon().not_nouns:
        return None
    if noun in _COUNTED_THINGS or word in population_nouns() or noun.endswith(_AGENT_ENDINGS):
        return noun
    return None


def _counted_in_subject(subject: str) -> str | None:
    """What a figure without a unit counts when its subject says so: "number of
    passengers" and "passenger numbers" count passengers (None: not said)."""
    m = _COUNTED_SUBJECT.search(subject) if "number" in subject else None
    if m is None:
        return _counted_head(subject)
    lex = lexicon()
    if m.group(1) is not None:
        word = m.group(1)
        return lemma(word) if is_plural(word) and word not in lex.not_nouns else None
    word = m.group(2)
    if word in _NOT_COUNTED or word in lex.adjectives or word in lex.not_nouns or is_plural(word) \
            or word.endswith(("ing", "ed", "ly")):
        return None  # "sales numbers" are no head count
    return word


def _of_rules(metrics: tuple, entities: tuple) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """What every article reads of the rules: metric -> the noun its bare figures
    count, the people and all the entities the rules name (worked out once for
    the rules' own tuples, not once per article)."""
    if _RULES_READ[0] is metrics and _RULES_READ[1] is entities and type(metrics) is tuple \
            and type(entities) is tuple:
        return _RULES_READ[2]
    read = ({m.name: m.counts for m in metrics if m.counts}, frozenset(e.name for e in entities if e.type == "person"),
            frozenset(e.name for e in entities))
    _RULES_READ[:] = (metrics, entities, read)
    return read


_RULES_READ: list = [None, None, None]


def extract_article(article: Article, rules: RuleSet) -> list[Claim]:
    """Every claim of one article, in text order."""
    lines = LineIndex(article.text)
    sentences = segment(article, lines)
    ids = _Ids(article.id)
    claims: list[Claim] = []
    carry = rules.policy.attribution_carry_over
    previous: Sentence | None = None
    context_actors: list[str] = []
    told: dict[str, tuple[str, ...]] = {}  # action -> actors of its last event
    spotter = MetricSpotter.for_metrics(rules.metrics)
    counted, people, known = _of_rules(rules.metrics, rules.entities)
    persons = set(people)
    texts = [s.text for s in sentences]
    names = ArticleNames(texts)
    for k_sentence, s in enumerate(sentences):
        prev_text = previous.text if previous is not None and previous.paragraph == s.paragraph else None
        before = previous.text if previous is not None and prev_text is None else None  # the paragraph before's
        figures = numbers_mod.find_quantities(s.text)
        # the time references place the figures; the event extractor reads its own
        times = when_mod.find_times(s.text, article.published) if figures else []
        dateline = _dateline_end(s.text) if s.index < 2 else 0  # "MOSCOW (Reuters) -" opens the article
        if times and dateline:
            times = [t for t in times if t.start >= dateline]  # "CASTLEBRIDGE, April 22 (Wire) -": the article's day
        figures = [_national_currency(q, article.text) for q in map(_in_canonical_unit, figures)
                   if not _inside_time(q, times)]
        handed_on: tuple[date, date] | None | bool = False  # the time "That <noun>" takes: looked up once asked
        tallies = None
        if "vot" in s.text or (("-" in s.text or "–" in s.text) and _TALLY_VERB.search(s.text)):
            figures = _hyphen_tallies(s.text, figures)
            tallies = _tallies(s.text, figures) if len(figures) >= 2 else None
        # the outlet of "MOSCOW (Reuters) -" neither acts nor speaks
        told_text = " " * dateline + s.text[dateline:] if dateline else s.text
        events = events_mod.extract_events(told_text, article.published, rules.entities, rules.event_types,
                                           context_actors=tuple(context_actors), told=told, names=names)
        quotes = quotes_mod.find_quotes(told_text, prev_text, before)
        if figures or events or quotes:  # the source is looked for where there is a claim to attribute
            attribution = attr_mod.find_attribution(s.text, prev_text, carry_over=carry, before=before)
            common = dict(article=article.id, outlet=article.outlet, published=article.published,
                          sentence=s.text, sentence_start=s.start, sentence_index=s.index, paragraph=s.paragraph,
                          attribution=attribution)
        levels_after: list[int] = []  # the claims of earlier levels told before the level they went to
        levels_by: list[int] = []  # those told "from X by bus to Y": the level it went to takes their subject
        for k, q in enumerate(figures):
            start, end = s.start + q.start, s.start + q.end
            span = article.text[start:end]
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            # a rate's reading, not the change of a flow to its level ("rose 8.6% to 14.2 million")
            rate = q.dimension == "ratio" and not (q.direction and nxt is not None and nxt.dimension != "ratio"
                                                   and _TO_LEVEL.fullmatch(s.text, q.end, nxt.start))
            # "N years ago" is the time of a level ("up from 29.7 per cent five years ago"), not of a change
            # ("up 82% from 9 months ago": since then)
            timed = [t for t in times if t.kind != "duration_ago"] if q.direction and times else times
            p_start, p_end = _period_for(s.text, q.start, timed, nxt.start if nxt is not None else None,
                                         q.end, rate, article.published,
                                         [f.end for f in figures[:k]]) if q.unit != "age" \
                else (None, None)
            if p_start is None and article.published is not None and q.dimension == "currency" \
                    and _FULL_YEAR.search(s.text, max(0, q.start - 60), q.start) and _OUTLOOK.search(s.text):
                # "reiterated its forecast of full-year pre-tax profit of between $520 million and $560 million":
                # the year the article is of, not a quarter's profit told beside it
                p_start, p_end = date(article.published.year, 1, 1), date(article.published.year, 12, 31)
            if p_start is None and q.unit != "age":
                if handed_on is False:
                    handed_on = _back_reference(s.text, previous.text if previous is not None else None,
                                                article.published)
                if handed_on:
                    p_start, p_end = handed_on
            before = _verbs_between(s.text, figures[k - 1].end, q.start) if k else []
            after = _verbs_between(s.text, q.end, figures[k + 1].start, False) if k + 1 < len(figures) else []
            # with a verb between, the figures are told in two clauses: a metric is looked for
            # in this figure's clause ("24,000 people were forced from their homes, and some
            # 500,000 are without power"; "410 million users, reported revenue of 31 billion")
            if k and not before:  # "will cost $199 and $249": one verb, unless this figure has its own after it
                limit = figures[k + 1].start if k + 1 < len(figures) else len(s.text)
                before = _verbs_between(s.text, q.end, _clause_end(s.text, q.end, limit, limit), False)
            floor = _clause_start(s.text, figures[k - 1].end, q.start) if before else 0
            # not into the next figure's clause ("rose to 56, with 74 people still missing")
            ceiling = _clause_end(s.text, q.end, figures[k + 1].start, after[0] if after else None) \
                if k + 1 < len(figures) else None
            subject, metric = _subject(s.text, q, spotter, floor, ceiling)
            prev = claims[-1] if k else None  # the figure before in this sentence (each figure is a claim)
            if nxt is not None and _TO_NEXT_BY.fullmatch(s.text, q.end, nxt.start) \
                    and _FROM_BEFORE.search(s.text, max(figures[k - 1].end if k else 0, q.start - 12), q.start):
                # "cut the journey from 55 minutes by bus to 22 minutes": the level it went to is the journey's
                # too, not "minutes by bus"
                levels_by.append(len(claims))
            if nxt is not None and _TO_NEXT.fullmatch(s.text, q.end, nxt.start) \
                    and EARLIER_LEVEL.search(s.text, max(figures[k - 1].end if k else 0, q.start - 30), q.start):
                # an earlier level told before the level it went to: "the lowest band falls from 18% to 16% and
                # corporate tax drops from 25% to 23%": 25% is corporate tax's (the subject of 23%), not the band's
                levels_after.append(len(claims))
            elif prev is not None and (prev.unit == q.unit or q.unit is None) \
                    and EARLIER_LEVEL.search(s.text, max(figures[k - 1].end, q.start - 30), q.start):
                # the level a change started from: "rose to 610 million euros in the third quarter from
                # 540 million euros a year earlier" measures the same thing, a year before
                subject = prev.subject
                level = prev
                if k >= 2 and prev.unit == "percent" and prev.direction and claims[-2].subject == prev.subject \
                        and _APPOSED_CHANGE.search(s.text, figures[k - 2].end, figures[k - 1].start):
                    level = claims[-2]  # "carried 14.2 million passengers, up 8.6% from 13.1 million": passengers
                if q.unit is None and level.unit is not None and q.value is not None and not level.direction \
                        and level.dimension in ("rate", "currency", "count"):
                    # "rose to 1.97 per 100,000 people, from 1.68": the earlier level in the level's unit
                    q = dataclasses.replace(q, unit=level.unit, dimension=level.dimension)
                back_to = _SPAN_BEFORE.match(s.text, q.end) if prev.period_start is not None else None
                if _YEAR_BEFORE.match(s.text, q.end) and prev.period_start is not None:
                    p_start, p_end = _year_before(prev.period_start), _year_before(prev.period_end)
                elif back_to:  # "611 cases in the past week, compared with 402 the week before": the week before
                    back = _SPAN_BACK[(back_to.group(1) or back_to.group(2)).lower()]
                    day = timedelta(days=1)  # the end of a month is the end of the month before
                    p_start, p_end = prev.period_start - back, prev.period_end + day - back - day
                elif prev.period_start is None and (_SPAN_BEFORE.match(s.text, q.end)
                                                    or _YEAR_BEFORE.match(s.text, q.end)):
                    # "fell to 6.8 percent from 7.1 percent in the previous quarter": the quarter before one
                    # the sentence does not name, not the quarter before the article's
                    p_start = p_end = None
                elif (p_start, p_end) == (prev.period_start, prev.period_end):
                    p_start = p_end = None  # the period of the level it went to, not its own
            elif prev is not None and prev.unit == "percent" and q.unit == "percentage_point" \
                    and _APPOSED.fullmatch(s.text, figures[k - 1].end, q.start):
                subject = prev.subject  # "Turnout was about 71 percent, 4.5 points higher than in 2022": turnout
            elif prev is not None and q.direction and not prev.direction and q.unit == "percent" \
                    and prev.unit not in (None, "percent") \
                    and (change := _APPOSED_CHANGE.search(s.text, figures[k - 1].end, q.start)) \
                    and not _verbs_between(s.text, figures[k - 1].end, change.start()) \
                    and _names_only(subject, names):
                # "Lumora reported revenue of $4.82 billion, up 17 percent": the change of that revenue,
                # not of "Lumora"
                subject = prev.subject
            elif prev is not None and prev.direction and q.direction and (
                    (prev.unit == q.unit and shares_verb(s.text.lower(), figures[k - 1].end, q.start))
                    or restates(s.text.lower(), figures[k - 1].end, q.start)):
                subject = prev.subject  # "rose 0.2% on the month and 4% from a year ago": the same measure;
                # "an increase of 71,300, or 1.6 per cent": the same change
            elif prev is not None and q.dimension == "duration" and prev.dimension not in (None, "duration") \
                    and _ON_DAYS.fullmatch(s.text, figures[k - 1].end, q.start):
                subject = prev.subject  # the clause's, not the unit of the figure before ("micrograms on 87 days")
            if prev is not None and q.dimension == "count" and prev.dimension == "count" and q.unit and prev.unit \
                    and q.unit != prev.unit and s.text[figures[k - 1].end:q.start] in (" and ", ", ") \
                    and set(subject.split()) <= set(q.unit.split()):
                # "The Aurelia Dawn was carrying 312 passengers and 24 crew": the crew of the one the passengers
                # are of (the names of the subject before), not any crew
                named = {w.casefold() for w in _CAPITALISED.findall(s.text)}
                owner = [w for w in prev.subject.split() if w not in set(prev.unit.split()) and w in named]
                if owner:
                    subject = " ".join(owner + subject.split())
            if q.unit is None and subject and (after := _WORD_AFTER.match(s.text, q.end)) \
                    and subject.split()[0] == after.group(1) \
                    and all(w in _UNIT_FILLER for w in subject.split()[1:]):
                # "4,200 dalen to 5,460 dalen", "5,500 dalen a year": the word after a bare figure is what it
                # is counted in, a unit the reader does not know, not what it is of (every such amount would
                # match every other)
                subject = ""
            if q.dimension == "length" and (where := _COMPASS_AFTER.match(s.text, q.end)):
                # "sank about 14 km (8.7 miles) south of Port Aurel": how far from a place, not a change
                subject = f"{where.group(1).lower()} of {subject_mod.norm_words(where.group(2).split())}"
                if q.direction:
                    q = dataclasses.replace(q, direction=None, compared_with=None)
            tally = tallies.get(k) if tallies else None
            if tally is not None:  # "voted 36 to 15", "by 34 votes to 17": the votes for and against
                side, body = tally
                q = dataclasses.replace(q, unit="vote", dimension="count")
                subject, metric = f"{body or ''} votes {side}".strip(), None
            if subject == "age":
                person = _whose_age(texts, k_sentence, q.start, names)
                subject = f"{subject_mod.norm_words(person.split())} age" if person else subject
            if metric and q.unit is None and metric in counted and q.value is not None and q.value >= 1 \
                    and q.value == int(q.value) and not PART_OF_WHOLE.match(s.text, q.end) \
                    and not _ages_of_group(s.text, q.start):
                # "the death toll rose to 56" (not "300 of the injured": a part of a toll is not the toll)
                q = dataclasses.replace(q, unit=counted[metric], dimension="count")
                subject = f"{metric.casefold()} {counted[metric]}"  # what the toll counts, not its clause's words
            if q.unit is None and q.value is not None and q.value >= 1 and q.value == int(q.value) \
                    and not _qualifies(s.text, q.start) and (noun := _counted_in_subject(subject)):
                q = dataclasses.replace(q, unit=noun, dimension="count")  # "passenger numbers rose to 14.2 million"
            if metric in counted and q.dimension == "count" and p_start is None and article.published is not None:
                p_start = p_end = article.published  # a toll told without a day is the toll as the article went out
            claims.append(Claim(
                id=ids("q", s.text, span), kind=Kind.QUANTITY, text=span, start=start, end=end,
                line=lines.line(start), subject=subject, value=q.value, low=q.low, high=q.high,
                low_inclusive=q.low_inclusive, high_inclusive=q.high_inclusive, unit=q.unit,
                dimension=q.dimension, hedge=q.hedge, period_start=p_start, period_end=p_end,
                direction=q.direction, compared_with=q.compared_with,
                checkworthy=round(subject_mod.checkworthiness(s.text, q), 3), alternates=q.alternates, **common))
        for i in levels_after:  # the subject of the level it went to, the next figure's, unless that subject
            # is only the words of the earlier figure ("from 55 minutes to 32 minutes": "minutes")
            if claims[i + 1].unit == claims[i].unit:
                if not _of_figure_only(claims[i + 1].subject, claims[i].text):
                    claims[i] = dataclasses.replace(claims[i], subject=claims[i + 1].subject)
                elif claims[i].subject and not _of_figure_only(claims[i].subject, claims[i].text):
                    levels_by.append(i)
        for i in levels_by:  # the subject of the level it came from, for the level it went to
            if claims[i].subject and claims[i + 1].unit == claims[i].unit:
                claims[i + 1] = dataclasses.replace(claims[i + 1], subject=claims[i].subject)
        for ev in events:
            if ev.actors:
                told[ev.action] = ev.actors
            start, end = s.start + ev.start, s.start + ev.end
            span = article.text[start:end]
            claims.append(Claim(
                id=ids("e", s.text, span), kind=Kind.EVENT, text=span, start=start, end=end,
                line=lines.line(start), subject=ev.action, actors=ev.actors, action=ev.action,
                date_start=ev.date_start, date_end=ev.date_end, time=ev.clock, place=ev.place, polarity=ev.polarity,
                modality=ev.modality, checkworthy=0.8 if ev.modality == "asserted" else 0.5, **common))
        for qt in quotes:
            speaker = _speaker_in_full(qt.speaker, texts, names, rules.entities)
            start, end = s.start + qt.start, s.start + qt.end
            span = article.text[start:end]
            claims.append(Claim(
                id=ids("t", s.text, span), kind=Kind.QUOTE, text=span, start=start, end=end,
                line=lines.line(start), subject=speaker or "", speaker=speaker, quote=qt.words,
                quote_kind=qt.kind, checkworthy=0.7 if qt.kind == "direct" else 0.4, **common))
        mentioned = [name for _, _, name in events_mod.actor_mentions(told_text, rules.entities, context_actors)]
        # the actors the rules do not list that the sentence's events name, in the order written:
        # "the two leaders", "he" or "they" may refer to them later
        unlisted = {a for ev in events for a in ev.actors if a not in known} if events else None
        if unlisted:
            order = {a: i for i, a in enumerate(context_actors)}  # those not written here keep their order
            unlisted = sorted(unlisted, key=lambda a: (_written_at(s.text, a), order.get(a, len(order)), a))
            mentioned += unlisted
            persons |= {a for a in unlisted if names.type_of(a) == "person"}
        if mentioned:
            context_actors = _context_actors(list(dict.fromkeys(mentioned)), context_actors, persons)
        previous = s
    return claims
