"""Clusters and claims -> findings. The interval and tolerance logic lives in
:mod:`factcheck.intervals`; the verdicts are decided here.

Conservative by design: a false divergence costs more than a missed one. Two
figures diverge only when they are strongly linked (subject score at or above
``diverge_threshold``, same entities, same unit, compatible periods), come from
different articles and their intervals stay apart by more than the tolerance.
Two accounts of an event diverge only when they name the same actors, the same
action and the same modality class (happened vs. planned), and their dates do
not overlap (or both places are different states); for an action one actor
often repeats within days (``recurs`` in the event types: statements, attacks,
releases), also only when their sentences share enough content words
(``recurring_event_overlap``).
"""
from __future__ import annotations

import re
from dataclasses import replace
import unicodedata
from datetime import timedelta
from functools import lru_cache
from typing import Any, Callable, Iterator, Sequence

from rapidfuzz import fuzz

from factcheck import regexstore
from factcheck.clock import describe as describe_clock
from factcheck.clock import find_clock_times
from factcheck.clock import parse as parse_clock
from factcheck.events import INTERACTIVE, fronted_place
from factcheck.intervals import (Interval, claim_interval, compatible, convert_interval, dates_overlap,
                                 hedge_interval, restated_rounding, rounding, slack_for, slack_of, slack_parts,
                                 tolerance_for)
from factcheck.lexicon import change_directions, is_plural, lemma
from factcheck.match import (FUNCTION_WORDS, AliasNormaliser, date_gap_days, may_tie, modality_class,
                             periods_compatible, quote_changes, quote_words, refines, runs_to_date,
                             significant_digits, speaker_key, subject_words, substituted, text_digits, twins, unit_key,
                             verb_stem, written_digits)
from factcheck.model import (LINKS_KEPT, Claim, ClaimList, ClaimRows, Cluster, Fact, Finding, Kind, RuleSet, Severity,
                             Tolerance, Verdict, claim_order)
from factcheck.names import PERSON_TITLES as _PERSON_TITLES
from factcheck.names import TITLE_WORDS as TITLES
from factcheck.numchange import EARLIER_LEVEL
from factcheck.textutil import fingerprint, trie_regex
from factcheck.units import dimension_of, dollar_currencies
from factcheck.when import FUTURE, MONTHS, WEEKDAYS, calendar_slips

__all__ = ["Interval", "Judge", "claim_interval", "hedge_interval", "judge", "finding_sort_key"]


#: a smaller unit to show figures in when all of them are below 1 in the unit compared
_SMALLER_UNIT = {"km": "m", "t": "kg", "km2": "m2", "m3": "l", "MW": "kW", "kWh": "Wh"}


def _smaller_unit(unit: str | None, intervals: Sequence[Interval]) -> str | None:
    """The unit to show a finding's intervals in when every finite end is
    below 1 in ``unit`` (metres, not thousandths of a kilometre), else None."""
    smaller = _SMALLER_UNIT.get(unit or "")
    ends = [abs(x) for iv in intervals for x in (iv.low, iv.high) if abs(x) != float("inf")]
    if smaller is None or not ends or max(ends) >= 1:
        return None
    return smaller


def _readable(iv: Interval | None) -> str:
    """An interval as an editor reads it: "[36.1 million to 39.9 million]", "(10 to 15]" (more than 10),
    "[570,000]", "[above 800]"."""
    if iv is None:
        return ""

    def end(x: float) -> str:
        if abs(x) == float("inf"):
            return "-inf" if x < 0 else "+inf"
        for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(x) >= scale:
                return f"{x / scale:,.6g} {word}"
        return f"{x:,.6g}"

    inf = float("inf")
    if iv.low == iv.high:
        return f"[{end(iv.low)}]"
    if iv.high == inf:
        return f"[{end(iv.low)} or more]" if iv.low_closed else f"[above {end(iv.low)}]"
    if iv.low == -inf:
        return f"[{end(iv.high)} or less]" if iv.high_closed else f"[below {end(iv.high)}]"
    return f"{'[' if iv.low_closed else '('}{end(iv.low)} to {end(iv.high)}{']' if iv.high_closed else ')'}"


def _who(c: Claim) -> str:
    return c.outlet or c.article


def _event_row(c: Claim) -> dict:
    """An account of an event as a finding's details tell it (``details["events"]``)."""
    return {"actors": list(c.actors), "action": c.action, "modality": c.modality,
            "dates": [str(c.date_start), str(c.date_end)] if c.date_start else None, "time": c.time,
            "place": c.place}


def _version_row(c: Claim) -> dict:
    """A version of a quote as a finding's details tell it (``details["versions"]``)."""
    return {"claim": c.id, "outlet": _who(c), "article": c.article, "line": c.line, "quote": c.quote}


def _describe(c: Claim) -> str:
    if c.kind is Kind.EVENT:
        when = (c.date_start.isoformat() if c.date_start == c.date_end else
                f"{c.date_start}..{c.date_end}") if c.date_start else "no date"
        return f"{_who(c)}: {c.action} on {when}" + (f" at {c.time}" if c.time else "") \
            + (f" in {c.place}" if c.place else "")
    return f"{_who(c)}: “{c.text}”"


def _times_apart(a: str, b: str, tolerance: int) -> bool:
    """Whether two times of day (as :func:`factcheck.clock.describe` writes
    them) told in one zone lie more than ``tolerance`` minutes apart."""
    x, y = parse_clock(a), parse_clock(b)
    if x is None or y is None or x[2] != y[2]:
        return False
    return x[0] - y[1] > tolerance or y[0] - x[1] > tolerance


#: what a sentence holding a time of day has: a digit before "a.m."/"pm", a colon or point between digits
_CLOCK_HINT = regexstore.compile(r"\d(?:\s?[ap]\.?m\b|[:.]\d\d)|noon|midnight|midday|Noon|Midnight|Midday")


def _may_tell_time(sentence: str) -> bool:
    """Whether a sentence may tell a time of day: a quick look for the letters one needs, then
    :data:`_CLOCK_HINT` (most sentences are ruled out without a pattern)."""
    return (":" in sentence or "am" in sentence or "pm" in sentence or ".m" in sentence or "oon" in sentence
            or "idn" in sentence or "idd" in sentence) and _CLOCK_HINT.search(sentence) is not None
#: words that tell one moment of a series from another: the first customers reconnected and the last
_ORDER_WORDS = frozenset("first last final second third initial latest earliest".split())
_ORDER_MARK = regexstore.compile(r"\b(?:the|its|their|his|her)\s+(first|last|final|second|third|initial|latest|"
                                 r"earliest)\b", re.I)
#: words that tell an end of something ("lifted a shelter-in-place order at 5:30 p.m.", "remained in force until
#: 5:30 p.m."): a sentence with one and a sentence without tell two moments (its start and its end)
_END_MARK = regexstore.compile(r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|stopp(?:ed|ing)|rescind(?:s|ed)?|"
                               r"revok(?:e|es|ed)|expir(?:e|es|ed)|reopen(?:s|ed|ing)?|resum(?:e|es|ed)|called\s+off|"
                               r"until|till|cancel(?:s|led|ed)?)\b", re.I)
#: which claim of a sentence a finding on its moment shows: an event, a statement, any other
_MOMENT_RANK = {Kind.EVENT: 0, Kind.QUOTE: 1, Kind.QUANTITY: 2}
#: shared content words, and their share of the shorter sentence's, that tell one moment (see moment_timed_apart)
MOMENT_WORDS = 4
#: articles published further apart than this may tell a change of office (see person_given_two_offices)
OFFICE_DAYS_APART = 7
MOMENT_ALIKE = 0.4
#: like sentences that name two venues (see venue_placed_apart): as many content words shared, and that share
#: of the shorter's
VENUE_WORDS = 4
VENUE_ALIKE = 0.3
#: articles published further apart than this are not compared on venues
VENUE_DAYS_APART = 7
#: the nouns that end a venue's name: where people are taken, sheltered, treated or gathered
_VENUE_NOUNS = ("Hospital|Infirmary|Clinic|College|University|School|Academy|Showground|Showgrounds|Centre|Center|"
                "Stadium|Arena|Hall|Hotel|Church|Cathedral|Airport|Airfield|Library|Museum|Theatre|Theater|"
                "Courthouse|Barracks|Fairground|Fairgrounds|Pavilion|Gymnasium")
#: a venue something is taken to, set up, held or treated at (not where a person works: "a fellow at the
#: Stimson Center"): "taken to St. Brennan's Hospital", "taken by ambulance to", "set up in the gymnasium of
#: Lowmere Community College"
_VENUE = regexstore.compile(r"\b(?:(?:taken|rushed|flown|airlifted|admitted|transferred|moved|brought|evacuated|sent)"
                            r"(?:\s+by\s+[a-z]+)?\s+(?:to|into)|(?:set\s+up|held|treated|housed|sheltered|sheltering|"
                            r"staying|opened|gathered)\s+(?:[a-z]+\s+){0,2}?(?:at|in))\s+(?:the\s+)?"
                            r"(?:[a-z]+\s+of\s+(?:the\s+)?)?"
                            r"(?P<venue>(?:St\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4}?\s+(?:"
                            + _VENUE_NOUNS + r"))\b")
#: a word a sentence that names a venue holds (most sentences are ruled out by this one search)
_VENUE_HINT = regexstore.compile(_VENUE_NOUNS)


def _sentence_words(sentence: str, drop: set[str] | frozenset[str] = frozenset()) -> frozenset[str]:
    """The content words of a sentence but ``drop`` ("s" of a plural cut, verbs folded as subjects are: "signed"
    and "the signing"): no function, time ("years", "months") or pronoun words."""
    out = set()
    for w in _CONTENT_WORD.findall(sentence.casefold()):
        if w in drop or w in FUNCTION_WORDS or w in _TIME_WORDS or w in _PRONOUNS:
            continue
        w = w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w
        if w not in _TIME_WORDS:
            out.add(verb_stem(w))
    return frozenset(out)


def _same_time(x, y) -> bool:
    return x.zone == y.zone and x.low <= y.high and y.low <= x.high


def _clock_text(t) -> str:
    return " ".join(t.text.split())


def _source(c: Claim) -> str:
    return c.outlet or c.article


#: sources named by a common noun alone: no one source ("Officials said", "according to police")
_GENERIC_SOURCES = frozenset(
    "officials official authorities analysts analyst economists economist experts expert police investigators "
    "witnesses residents rescuers doctors organisers organizers sources prosecutors researchers scientists "
    "observers critics people reports estimates data figures he she they it we i".split())
_BRACKETED = regexstore.compile(r"\s*\(([^()]*)\)")
_SOURCE_WORD = regexstore.compile(r"[\w’'-]+")


def _named_source(attribution: str | None) -> tuple[str, set[str]] | None:
    """The source an attribution names by a proper name, as the words to
    compare (lowercase, without "the" and brackets) and its short forms (a
    bracketed abbreviation, the initials); None for a common noun alone
    ("Officials", "the health ministry") or no source."""
    if not attribution:
        return None
    words = _SOURCE_WORD.findall(_BRACKETED.sub(" ", attribution))
    if not words or not any(w[:1].isupper() for w in words[1:]) and (
            len(words) > 1 or words[0].casefold() in _GENERIC_SOURCES or not words[0][:1].isupper()):
        return None
    short = {m.group(1).casefold().replace(".", "") for m in _BRACKETED.finditer(attribution)}
    caps = [w for w in words if w[:1].isupper() and w.casefold() != "the"]
    if len(caps) >= 2:
        short.add("".join(w[0] for w in caps).casefold())
    if len(words) == 1 and words[0].isupper():
        short.add(words[0].casefold())
    key = " ".join(w.casefold() for w in words if w.casefold() != "the")
    return key, short


def sources_differ(a: str | None, b: str | None) -> bool:
    """Whether two attributions name two different sources by proper names:
    "the Global Seismic Monitoring Centre" and "the National Seismological
    Institute (NSI)" do; "the National Seismological Institute" and "NSI", or
    "Kremlin spokesman Dmitry Peskov" and "Peskov", do not; nor does a common
    noun ("officials") against anything."""
    na, nb = _named_source(a), _named_source(b)
    if na is None or nb is None:
        return False
    if na[0] in nb[1] or nb[0] in na[1] or na[1] & nb[1]:
        return False
    return fuzz.token_set_ratio(na[0], nb[0]) < 70


#: claims a finding's message names; the others are counted ("and 5 more")
MESSAGE_CLAIMS = 12
#: claims of other outlets a sourcing finding names as matched but not compared
ELSEWHERE_KEPT = 3


#: hedges that make a figure a bound only, true of anything beyond it ("nearly 16%" is close to 16%)
_BOUNDS = frozenset(("more_than", "at_least", "less_than", "at_most"))


def _open_ended(c: Claim) -> bool:
    """A figure told as a bound only: "more than 400", "at least 21", "up to 50"."""
    return c.kind is Kind.QUANTITY and c.hedge in _BOUNDS


#: dimensions whose figures are compared in the unit they are written in (no unit is shown after them)
_UNIT_AS_WRITTEN = frozenset({None, "count", "currency", "ratio", "ratio_change", "duration", "age", "rate",
                              "magnitude", "multiplier"})
def _measure_of(unit: str) -> str | None:
    """The dimension of a unit, or of what a rate measures ("m3/day": volume, read as litres a day)."""
    dim = dimension_of(unit)
    return dimension_of(unit.split("/", 1)[0]) if dim is None and "/" in unit else dim


_NUMBER_WRITTEN = regexstore.compile(r"\d+(?:[.,]\d+)*")


def _written_numbers(text: str) -> list[str]:
    """The numbers written in a claim's words, thousands separators aside, in order."""
    return [m.group().replace(",", "") for m in _NUMBER_WRITTEN.finditer(text)]


@lru_cache(maxsize=65_536)
def _statement_figures(text: str) -> frozenset[float]:
    """The figures written in digits in a statement that may tell it apart:
    of two digits or more, or with decimals, and not a year ("246 mm",
    "7.5%"; not "1 January" nor "2025")."""
    out = set()
    for m in _NUMBER_WRITTEN.finditer(text):
        try:
            v = float(m.group().replace(",", ""))
        except ValueError:  # "1.2.3": no number
            continue
        if (abs(v) >= 10 or v != int(v)) and not (v == int(v) and 1900 <= v <= 2100):
            out.add(v)
    return frozenset(out)


def _figures_swapped(claims: Sequence[Claim], pairs) -> list[tuple[Claim, Claim]]:
    """The ``pairs`` of tellings of one statement, one of them at least in
    reported speech, that each write a figure of one unit with none of the
    other's within 5% of it (one changed for another, not one left out or added:
    "against an average of 620 mm" and "less than half of the 520mm
    average"; not "46.3 degrees, about 180 km south" and "46.3 degrees,
    breaking the record of 45.1 degrees"), their sentences naming no two
    different days ("31% on Wednesday", "30% on Friday") nor two lengths of time
    ("in 48 hours", "in the 24 hours to 8am"), unless both tell what is ahead
    (a deadline: "expects to publish a report within 60 days"). Counts are left to
    the figures' own checks: a running count moves within a day."""
    digits = {c.id: _statement_figures(c.quote or "") for c in claims}
    kinds = list(set(digits.values()))  # most statements of a cluster write the same figures
    if not any(x - y and y - x for i, x in enumerate(kinds) for y in kinds[i + 1:]):
        return []
    out = []
    for a, b in pairs:
        if a.quote_kind == "direct" and b.quote_kind == "direct":
            continue  # a direct quote's changed words are told as such
        fa, fb = digits[a.id], digits[b.id]
        if not (fa - fb and fb - fa) or _weekdays_apart(a, b):
            continue  # the digits alone rule most pairs out
        qa, qb = _statement_units(a.quote or ""), _statement_units(b.quote or "")
        if any(dimension_of(u) == "duration" and _unmatched(qa[u], qb[u]) and _unmatched(qb[u], qa[u])
               for u in qa.keys() & qb.keys()) and not (FUTURE.search(a.quote or "") and FUTURE.search(b.quote or "")):
            # "in 48 hours" and "in the 24 hours to 8am": what fell over two spans, not one changed (but
            # "expects to publish a report within 60 days" and "within 30 days": one deadline told two ways)
            continue
        if any(_unmatched(qa[u], qb[u]) and _unmatched(qb[u], qa[u]) for u in qa.keys() & qb.keys()):
            out.append((a, b))
    return out


def _unmatched(values: frozenset[float], others: frozenset[float]) -> bool:
    """Whether one of ``values`` is more than 5% from each of ``others`` ("about
    19%" and "19.5%" are one figure told loosely; 620 mm and 520 mm are not)."""
    return any(all(abs(v - o) > 0.05 * max(abs(v), abs(o)) for o in others) for v in values)


@lru_cache(maxsize=16_384)
def _statement_units(text: str) -> dict[str, frozenset[float]]:
    """The values of the figures of a statement by unit, counts aside (one
    statement is told by many outlets: read once)."""
    from factcheck.numbers import find_quantities  # read only for statements whose digits differ

    out: dict[str, set[float]] = {}
    for q in find_quantities(text):
        if q.value is not None and q.unit and q.dimension != "count":
            out.setdefault(q.unit, set()).add(q.value)
    return {u: frozenset(v) for u, v in out.items()}


def _bound_of(a: Claim, b: Claim) -> bool:
    """Whether the number ``a`` writes is a bound of the range ``b`` writes in
    the same unit ("4.75%" and "from 4.25% to 4.75%"): one number in one unit."""
    return a.unit == b.unit and b.low != b.high and a.value in (b.low, b.high)


def _magnitudes_apart(x: float, y: float) -> bool:
    """Whether two values are a thousand, a million or a billion times apart ("5.7 million", "5.7 billion")."""
    small, large = sorted((abs(x), abs(y)))
    return small > 0 and any(abs(large / small - scale) < 1e-6 * scale for scale in (1e3, 1e6, 1e9))


def _other_number_shared(a: Claim, b: Claim) -> bool:
    """Whether two figures' sentences share another number of three digits or
    more, no year ("fell 12% to 41,300" and "rose 12% to 41,300"), or of two
    digits with a scale ("to €3.2 billion")."""
    own = set(_written_numbers(a.text)) | set(_written_numbers(b.text))
    na = {n for n in _written_numbers(a.sentence) if n not in own and _distinctive_number(n)}
    if na & set(_written_numbers(b.sentence)):
        return True
    own_scaled = set(_scaled_numbers(a.text)) | set(_scaled_numbers(b.text))
    sa = {n for n in _scaled_numbers(a.sentence) if n not in own_scaled and len(n.split()[0].replace(".", "")) >= 2}
    return bool(sa & set(_scaled_numbers(b.sentence)))


_SCALED = regexstore.compile(r"(\d+(?:[.,]\d+)*)\s*(million|billion|trillion)\b", re.I)


def _scaled_numbers(text: str) -> list[str]:
    """The numbers written with a scale in ``text``, as "3.2 billion"."""
    return [f"{m.group(1).replace(',', '')} {m.group(2).lower()}" for m in _SCALED.finditer(text)]


#: names of money that the unit table leaves counted nouns (crowns of several countries, marks): a
#: thousand of them or more is a sum
MONEY_NOUNS = frozenset(("crown", "mark"))


def _without_money_noun(subject: str, unit: str | None) -> str:
    """A subject without the counted noun that names its money ("crown paid": "paid")."""
    if unit not in MONEY_NOUNS:
        return subject
    return " ".join(w for w in subject.split() if w != unit and w != unit + "s")


def _same_rate(a: Claim, b: Claim) -> bool:
    """Whether two figures are rates per the same thing ("1,650 cubic feet per second" and "1,650
    cubic metres a second"): told with one distinctive number, the same flow whatever their subjects."""
    return a.dimension == b.dimension == "rate" and "/" in (a.unit or "") and "/" in (b.unit or "") \
        and a.unit.split("/", 1)[1] == b.unit.split("/", 1)[1]


def _distinctive_figure(text: str) -> bool:
    """Whether a claim's words hold a number of three digits or more (no year),
    or of two digits with a scale ("2.7 million TEU")."""
    return any(_distinctive_number(n) for n in _written_numbers(text)) \
        or any(len(n.split()[0].replace(".", "")) >= 2 for n in _scaled_numbers(text))


def _distinctive_number(number: str) -> bool:
    """Three digits or more, not a year."""
    digits = number.replace(".", "")
    return len(digits.lstrip("0")) >= 3 and not ("." not in number and len(number) == 4
                                                   and 1900 <= int(number) <= 2100)


def _dated_in_words(c: Claim) -> bool:
    """Whether an event's day is written out in its sentence, month and day
    ("on Friday, Nov. 6", "14 November 2024"), not only as a weekday."""
    return _written_day(c.date_start, c.sentence)


def _written_day(d, sentence: str) -> bool:
    """Whether the day ``d`` is written out in ``sentence``, month and day."""
    if d is None:
        return False
    months = "|".join(name for name, number in MONTHS.items() if number == d.month)
    return bool(re.search(rf"\b(?:{months})\.?\s+{d.day}\b|\b{d.day}(?:st|nd|rd|th)?\s+(?:{months})\b",
                          sentence, re.IGNORECASE))


#: how many days apart two datings of one figure may be to be one figure dated wrong (a weekday's slip)
FIGURE_DAYS_APART = 7
#: how many years apart two years of one figure may be to be one figure set in a wrong year
FIGURE_YEARS_APART = 5


def _days_told_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures' days differ in the words: one day written out
    ("4 October"), or the two sentences naming different weekdays."""
    if _written_day(a.period_start, a.sentence) or _written_day(b.period_start, b.sentence):
        return True
    return _weekdays_apart(a, b)


#: words that tell a first account of something from a last one: "the preliminary count released on
#: Monday" and "final figures released on Tuesday" are two releases
_EARLY_STAGE = frozenset("preliminary provisional initial partial interim".split())
_LATE_STAGE = frozenset("final official full complete".split())


#: where the words a verb acts on end: a preposition, a conjunction or a clause's mark
_DONE_TO_END = regexstore.compile(r"[,.;:()“”\"]|\s(?:on|at|in|after|before|and|to|for|with|by|from|as|when|while)\s")


def _done_to(c: Claim) -> tuple[str, ...]:
    """The content words of what an event's verb acts on, right after it ("declared a state of emergency on
    Sunday": state, emergency); empty for a noun, or when none are told."""
    rel = c.end - c.sentence_start
    if c.text.lower() == c.text and c.text.endswith(("ed", "d")) and 0 < rel <= len(c.sentence):
        rest = c.sentence[rel:rel + 60]
        cut = _DONE_TO_END.search(rest)
        words = _CONTENT_WORD.findall((rest[:cut.start()] if cut else rest).casefold())
        return tuple(w for w in words if w not in FUNCTION_WORDS and w not in _TIME_WORDS)[:4]
    return ()


def _stem(word: str, least: int = 3) -> str:
    """A word without the endings of its verb forms, ``least`` letters kept at
    the least: "toured" and "touring", "signed" and "signs" ("goes": "go" with 2)."""
    word = word.casefold()
    for end in ("ing", "ed", "es", "s", "e"):
        if word.endswith(end) and len(word) - len(end) >= least:
            return word[:-len(end)]
    return word


def _one_word(a: str, b: str) -> bool:
    """Whether two triggers are forms of one word ("announced" and "announcement",
    "sentencing" and "sentences"; not "telling" and "announced")."""
    a, b = [_stem(w, 2) for w in a.split()], [_stem(w, 2) for w in b.split()]
    if a[1:] != b[1:] and a[1:] and b[1:]:  # "goes on sale" and "go on sale", "aid" and "aid package"
        return False
    x, y = a[0], b[0]
    return x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))


def _calendar_span(start, end) -> str | None:
    """"year", "half", "quarter" or "month" when ``start``..``end`` is one whole calendar span of that
    kind (a figure of the first quarter of 2025), else None."""
    if start.day != 1 or start.year != end.year or (end + timedelta(days=1)).day != 1:
        return None
    months = end.month - start.month + 1
    kind = {12: "year", 6: "half", 3: "quarter", 1: "month"}.get(months)
    return kind if kind and (start.month - 1) % months == 0 else None


_MONTHS_WRITTEN = tuple(max((name for name, n in MONTHS.items() if n == month), key=len).capitalize()
                        for month in range(1, 13))


#: the span of time a figure is gathered over, in its clause: "312 millimetres ... in 48 hours", "in the 24 hours to
#: 8am", "over two days"
_WINDOW = regexstore.compile(r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:(?:past|last|first|previous|preceding)\s+)?"
                     r"(\d+|[a-z]+(?:-[a-z]+)?)\s+(hours?|days?|weeks?)\b", re.I)
_WINDOW_HOURS = {"hour": 1, "day": 24, "week": 168}
_DASH_ASIDE = regexstore.compile(r"\s*[\u2014\u2013]\s[^\u2014\u2013]{1,60}?\s[\u2014\u2013]")


#: the round of a vote or a contest a figure is told of: "in the first round", "the final ballot", "the run-off"
_ROUND = regexstore.compile(r"\b(first|second|third|fourth|final|last|deciding|opening)\s+(?:round|ballot|leg|stage)s?\b|"
                    r"\b(run-?off)\b", re.I)
#: rounds told in other words: "the second and final round"
_ROUND_WORDS = {"last": "final", "deciding": "final", "runoff": "final", "run-off": "final", "opening": "first"}


def _round(c: Claim) -> str | None:
    """The round a figure is told of, when its sentence names one round only ("In the first round, Dorne won
    44.1%": first); None when it names none or several."""
    found = {_ROUND_WORDS.get(w, w) for m in _ROUND.finditer(c.sentence) for w in [(m.group(1) or m.group(2)).lower()]}
    return found.pop() if len(found) == 1 else None


#: what stands between a part and its whole, or a share and its whole: "37 of its 214", "five of the city's 17"
_PART_OF = regexstore.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\w’'-]+[’']s\s+)?")
#: a share set off after a count: "37 stores, nearly a third of its chain", "214 flights, or roughly a third"
_SHARE_SET_OFF = regexstore.compile(r"\s*(?:,|\(|—|–|-)\s*(?:or\s+|about\s+|some\s+)?")
#: the part a share after a whole is of: "(68,000 vehicles, about a quarter) of them lorries"
_OF_THEM = regexstore.compile(r" of them (?:[a-z-]+ ){0,2}?([a-z-]+)\b(?![ -][a-z])")
#: points a share told in words ("nearly a third") may be off the part it tells, and still fit
SHARE_SLACK = 2.0


def _one_noun(a: Claim, b: Claim) -> bool:
    """Whether two counts count one noun, one told in more words ("branches", "branch libraries")."""
    wa, wb = set((a.unit or "").split("/")[0].split()), set((b.unit or "").split("/")[0].split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _window_in_span(a: Claim, hours: float | None, b: Claim) -> bool:
    """Whether ``a`` is told over a span of hours ("in the 48 hours before") and ``b`` over a period of days
    longer than it ("since the start of March"), ``a`` telling no period of its own."""
    if hours is None or a.period_start is not None or b.period_start is None or b.period_end is None:
        return False
    return ((b.period_end - b.period_start).days + 1) * 24 > 1.5 * hours


#: "all" right before a figure: "All 21 crew members are safe"
_ALL_BEFORE = regexstore.compile(r"\b[Aa]ll\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?$")


def _told_as_all(c: Claim) -> bool:
    """Whether a figure is told as all of what it counts ("all 21 crew members")."""
    at = c.start - c.sentence_start
    return 0 <= at <= len(c.sentence) and _ALL_BEFORE.search(c.sentence, max(0, at - 20), at) is not None


def _acted_on_part(a: Claim, b: Claim) -> bool:
    """Whether the figure not told as "all" has a subject that says what was done to its part ("crew winched")
    and the other's lacks."""
    part = b if _told_as_all(a) else a
    whole = a if part is b else b
    extra = set(part.subject.split()) - set(whole.subject.split())
    return any(w.endswith("ed") or w in _PAST_PARTS for w in extra)


_PAST_PARTS = frozenset("hurt held taken left kept flown found brought sent shut cut".split())
#: more of the same added after a figure in its sentence: "Nineteen people ... were treated, and four more were
#: taken to hospital", "12 were killed, plus three others"
_MORE_ADDED = regexstore.compile(r"(?:,?\s+and|,?\s+plus|;)\s+(?:another\s+)?(?P<n>[\w,.-]+)\s+(?:more|others?)\b")


def _part_with_more(a: Claim, b: Claim) -> bool:
    """Whether ``a``'s sentence adds more of the same after it (:data:`_MORE_ADDED`) and the two make ``b``'s
    figure: "Nineteen people with minor injuries were treated ..., and four more were taken to hospital"
    against "23 people were injured"."""
    from factcheck.numbers import parse_number

    if a.value is None or b.value is None or a.value >= b.value:
        return False
    rel = a.end - a.sentence_start
    for m in _MORE_ADDED.finditer(a.sentence, rel, rel + 160):
        n = parse_number(m.group("n"))
        if n is not None and abs(a.value + n - b.value) <= 0.005 * b.value:
            return True
    return False


def _window(c: Claim) -> float | None:
    """The hours of the span of time ``c``'s figure is told over ("fell in 48 hours", "in two days": 48), read in
    its clause after it or just before it; None when it tells none."""
    from factcheck.numparse import SMALL

    rel = c.start - c.sentence_start
    after = c.sentence[rel:rel + 120]
    skip = c.end - c.start
    if aside := _DASH_ASIDE.match(after, skip):  # "312mm — just over a foot of water — in two days"
        skip = aside.end()
    cut = _CLAUSE_OPEN.search(after, skip)
    m = _WINDOW.search(after, skip, cut.start() if cut else len(after))
    if m is None:
        before = c.sentence[max(0, rel - 50):rel]
        m = _WINDOW.search(before[before.rfind(",") + 1:])
    if m is None:
        return None
    n = m.group(1).lower()
    if n.isdigit():
        count = float(n)
    elif n in ("a", "an"):
        count = 1.0
    else:  # "two", "forty-eight"
        parts = [SMALL.get(w) for w in n.split("-")]
        count = None if None in parts else float(sum(parts))
    return None if count is None else count * _WINDOW_HOURS[m.group(2).lower().rstrip("s")]


#: a place called a settlement: "the town of PLACE", "PLACE, a fishing village", "PLACE was among the worst-hit towns"
_SETTLEMENT = regexstore.compile(r"\b(?:towns?|villages?|city|cities|ports?)\s+of\s+PLACE\b"
                         r"|\bPLACE,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:town|village|city|port)\b"
                         r"|\bPLACE\s+(?:was|is)\s+(?:among\s+)?(?:an?\s+|the\s+|one\s+of\s+the\s+)?(?:[\w-]+\s+){0,3}"
                         r"(?:towns?|villages?|city|cities|ports?)\b")


#: a change told over the time since something ("have lost about 13% since the breach was made public"), or
#: up to now ("so far", "to date")
_SINCE_AFTER = regexstore.compile(r"^[^.;:]{0,30}?\b(?:since|so\s+far|to\s+date)\b", re.I)


def _change_since(total: Claim, day: Claim) -> bool:
    """Whether ``total`` is a change over the days since something up to its
    article's day, and ``day`` a change of one day before it ("shares fell
    8.4% on Wednesday" against "have lost about 13% since the breach was made
    public" a day later): the day's change is a part of the total's."""
    return bool(total.direction and day.direction and total.published is not None
                and day.period_start is not None and day.period_start == day.period_end
                and day.period_end < total.published
                and total.period_start is None
                and _SINCE_AFTER.search(total.sentence[total.end - total.sentence_start:]))


def _period_words(c: Claim) -> str:
    """A figure's calendar span as an editor reads it: "in 2025", "in August 2007", "in the first
    quarter of 2025", "in the second half of 2024"."""
    span, start = _calendar_span(c.period_start, c.period_end), c.period_start
    if span == "year":
        return f"in {start.year}"
    if span == "month":
        return f"in {_MONTHS_WRITTEN[start.month - 1]} {start.year}"
    if span in ("quarter", "half"):
        nth = ("first", "second", "third", "fourth")[(start.month - 1) // (3 if span == "quarter" else 6)]
        return f"in the {nth} {span} of {start.year}"
    return f"in {c.period_start}..{c.period_end}"


def _names_in(actor: str, sentence: str) -> bool:
    """Whether ``sentence`` writes ``actor``'s name, or its last word ("Marash" for "Teodor Marash")."""
    return actor in sentence or actor.rsplit(" ", 1)[-1] in sentence


#: an office of a portfolio and its holder, in a speaker or a source as written: "Environment Minister Agnes
#: Thorvald", "Home Secretary Ann Reyes" (not "Minister Agnes Thorvald": any minister)
_OFFICE = regexstore.compile(r"\b((?:[A-Z][a-z]+\s+){1,2})(Minister|Secretary|Commissioner)\s+"
                     r"([A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){1,2})\b")
#: an office one person holds in an organisation, before the name that holds it, with the organisation's words
#: before it ("Chief Executive Helena Marquart", "VFF president Ilona Sarvik"); each written one way (_ROLE_NAMES)
_ROLE_NAMES = {"chief executive": "chief executive", "chief executive officer": "chief executive",
               "ceo": "chief executive", "chief financial officer": "chief financial officer",
               "cfo": "chief financial officer", "chief operating officer": "chief operating officer",
               "president": "president", "chairman": "chair", "chairwoman": "chair", "chair": "chair",
               "chairperson": "chair", "director general": "director-general", "managing director": "managing director",
               "sporting director": "sporting director", "secretary general": "secretary-general",
               "general secretary": "secretary-general"}
_ROLE_OFFICES = frozenset(_ROLE_NAMES.values())
_ROLE_TITLE = regexstore.compile(r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}?)"
                                 r"(?P<title>(?i:chief\s+executive(?:\s+officer)?|ceo|chief\s+financial\s+officer|cfo|"
                                 r"chief\s+operating\s+officer|president|"
                                 r"chair(?:man|woman|person)?|director[\s-]general|managing\s+director|"
                                 r"sporting\s+director|secretary[\s-]general|general\s+secretary))\s+"
                                 r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$")
#: words before such an office that make it another one, or no longer held: "Vice President", "Former chair"
_NOT_THE_HOLDER = regexstore.compile(r"(?i)\b(?:vice|deputy|former|acting|interim|assistant|associate|ex|honorary)\b")
#: a change of office told of a person: "will succeed", "replaced", "stepped down", "was named"
_OFFICE_CHANGE = regexstore.compile(r"(?i)\b(?:succe(?:ed|eds|eded|eding|ssor)|predecessor|replac(?:e|es|ed|ing)|"
                                    r"former|outgoing|incoming|interim|acting|step(?:s|ped)?\s+down|"
                                    r"(?:was|were|been|is|be)\s+(?:named|appointed|promoted)|tak(?:e|es|ing)\s+over|"
                                    r"took\s+over|will\s+become|became)\b")
#: a country's word before an office ("Russian Foreign Minister", "Vesland's Trade Minister"): one office of
#: many countries
_DEMONYM_OR_OWNER = regexstore.compile(r"(?:ian|ese|ish|ean|[’']s)$")


#: a change of office told of a person, as :data:`_OFFICE_CHANGE`, but "former" (and "outgoing", "acting", ...)
#: only before an office: "a former postdoctoral researcher" tells no change of office
_HELD_OFFICE_CHANGE = regexstore.compile(
    r"(?i)\b(?:succe(?:ed|eds|eded|eding|ssor)|predecessor|replac(?:e|es|ed|ing)|step(?:s|ped)?\s+down|"
    r"(?:was|were|been|is|be)\s+(?:named|appointed|promoted)|tak(?:e|es|ing)\s+over|took\s+over|will\s+become|"
    r"became|(?:former|outgoing|incoming|interim|acting)\s+(?:[\w’'-]+\s+){0,2}(?:chief|president|chair\w*|"
    r"director|secretary|head|manager|officer|ceo|cfo|coo|treasurer|minister))\b")
#: an office in an organisation as a description of a person ("the company's vice president of launch
#: operations", "Halvard's chief financial officer", "chief executive"): the words before it (vice, deputy), the
#: office, and what it is "of"
_HELD_OFFICE = regexstore.compile(
    r"(?i:\b(?P<pre>vice|deputy|assistant|associate|acting|interim|former|senior|executive)?[\s-]*"
    r"(?P<title>chief\s+executive(?:\s+officer)?|ceo|chief\s+financial\s+officer|cfo|chief\s+operating\s+officer|"
    r"coo|chief\s+technology\s+officer|president|chair(?:man|woman|person)?|managing\s+director|"
    r"operations\s+director|finance\s+director|sporting\s+director|(?:medical|technical|clinical|artistic|creative|"
    r"communications)\s+director|director|general\s+secretary|"
    r"secretary[\s-]general|treasurer|general\s+manager|harbou?r\s*master|salvage\s+master|captain|skipper|"
    r"(?:station\s+)?commander|head|"
    r"chief\s+(?:engineer|economist|scientist|strategist|analyst|inspector|constable|medical\s+officer)|"
    r"chief\s+(?!executive\b)[a-z]+(?:\s+[a-z]+)?\s+officer|"
    r"(?!(?:the|a|an|its|his|her|their|our|former|acting|interim|deputy|vice)\b)[a-z]+\s+minister)\b"
    r"(?:\s+of\s+(?P<of>(?!the\b)[a-z]+(?:\s+[a-z]+)?))?)")
#: a person's name with a description set off after it ("Oren Castile, Halvard's chief financial officer,") or
#: before it ("the company's chief executive, Declan Furlow,"; "chief executive Miriam Castellan")
_NAME_THEN_ROLE = regexstore.compile(r"(?P<name>\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
                                     r"(?P<desc>[^,;()\"“”]{4,90}?)"
                                     r"(?=,|\.\s|\.$|;|\s+(?:said|says|told|who|will|has|had|is|was)\b)")
_ROLE_THEN_NAME = regexstore.compile(r"(?i:(?P<desc>(?:chief|vice|deputy|managing|general|operations|finance|"
                                     r"sporting|president|chair|director|secretary|treasurer|head|commander|harbou?r|"
                                     r"salvage|captain|skipper|[a-z]+\s+minister)"
                                     r"[\w\s’'-]{0,60}?))"
                                     r",?\s+(?<!\bof\s)(?<!\bthe\s)(?<!\bat\s)(?<!\bfor\s)"
                                     r"(?!(?:Chief|Executive|Financial|Operating|Technology|Information|"
                                     r"Marketing|Quality|Medical|Technical|Officer|Director|President|Secretary|"
                                     r"General|Managing|Vice|Deputy|Head|Commander|Manager|Minister)\b)"
                                     r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\b")


def _may_give_office(sentence: str) -> bool:
    """Whether a sentence holds a word it needs to give anyone an office (most sentences are ruled out so)."""
    return "hief" in sentence or "resident" in sentence or "hair" in sentence or "irector" in sentence \
        or "ecretary" in sentence or "reasurer" in sentence or "anager" in sentence or "head of" in sentence \
        or "CEO" in sentence or "CFO" in sentence or "COO" in sentence or "ommander" in sentence \
        or "master" in sentence or "aptain" in sentence or "kipper" in sentence or "inister" in sentence
#: the offices a description names, each written one way ("ceo" is "chief executive")
#: sentence -> the people it gives an office (see _people_offices)
_OFFICES_READ: dict[str, list[tuple[str, frozenset]]] = {}
_HELD_NAMES = dict(_ROLE_NAMES, **{"chief executive officer": "chief executive", "coo": "chief operating officer",
                                   "chief technology officer": "chief technology officer",
                                   "cto": "chief technology officer",
                                   "operations director": "director of operations",
                                   "finance director": "director of finance"})


#: the organisation an office is held at, named after it ("chief economist at Pellham Securities", "president
#: of the Kessary Chamber of Commerce") or as its owner before it ("Halvard's chief financial officer")
_EMPLOYER_AFTER = regexstore.compile(r"\s+(?:at|of|with)\s+(?:the\s+)?"
                                     r"(?P<org>[A-Z][\w’'&-]*(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][\w’'&-]*){0,4})")
_EMPLOYER_BEFORE = regexstore.compile(r"(?P<org>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})[’']s(?:\s+[a-z-]+){0,2}\s*$")


#: a person told moving from one organisation to another: "joined Pellham last year", "left the chamber"
_EMPLOYER_CHANGE = regexstore.compile(r"(?i)\b(?:join(?:s|ed|ing)?|left|leav(?:e|es|ing)|mov(?:e|es|ed|ing)\s+to|"
                                      r"hired|poached|previously|formerly|until\s+(?:last|this|recently))\b")


def _held_at_two(xa: frozenset, xb: frozenset, same: set) -> bool:
    """Whether an office both descriptions give is told held at two organisations, each named, neither name
    within the other ("chief economist at Pellham Securities" against "at the Kessary Chamber of Commerce")."""
    for title in same:
        ea = {e for t, _, e in xa if t == title and e}
        eb = {e for t, _, e in xb if t == title and e}
        if ea and eb and not any(x in y or y in x for x in ea for y in eb):
            return True
    return False


def _employer(desc: str, m: re.Match) -> str:
    """The organisation named as where the office matched by ``m`` is held, or ""."""
    after = _EMPLOYER_AFTER.match(desc, m.end())
    if after:
        return after.group("org")
    before = _EMPLOYER_BEFORE.search(desc, 0, m.start())
    return before.group("org") if before else ""


def _held_offices(desc: str) -> frozenset[tuple[str, str, str]]:
    """The organisation's offices a description of a person names, as (office, what it is of, the organisation
    named as where it is held, or ""): "vice president" and "president" are two; "head of operations" and
    "director of operations" name what each is of."""
    out = set()
    for m in _HELD_OFFICE.finditer(desc):
        title = " ".join(m.group("title").lower().replace("-", " ").replace("harbourmaster", "harbour master")
                         .replace("harbormaster", "harbour master").replace("harbor", "harbour").split())
        title = _HELD_NAMES.get(title, title)
        title = "commander" if title == "station commander" else title
        pre = (m.group("pre") or "").lower()
        if pre in ("former", "acting", "interim"):
            return frozenset()  # no longer, or not yet, the holder: no office to compare
        if pre in ("vice", "deputy", "assistant", "associate"):
            title = f"{pre} {title}"
        of = " ".join((m.group("of") or "").split())
        if title in ("director", "head") and not of:
            continue  # "a director": of what, unsaid
        out.add((title, of, _employer(desc, m)))
    return frozenset(out)


def _first_of_sentences(claims: Sequence[Claim], articles) -> Iterator[Claim]:
    """The first claim of each sentence of ``articles``: an article's claims come together, so only the
    sentences of the article read last are kept."""
    read: set[str] = set()
    last = None
    for c in claims:
        if c.article not in articles:
            continue
        if c.article != last:
            read, last = set(), c.article
        if c.sentence not in read:
            read.add(c.sentence)
            yield c


def _sentence_readings(claims: Sequence[Claim], articles, read: Callable[[Claim], tuple | None]
                       ) -> dict[str, dict[str, tuple]]:
    """article -> sentence -> (the claim a finding on the sentence shows: its event, else its statement, else
    its first claim; then ``read(c)``) for the sentences of ``articles`` that ``read`` gives something
    (``read`` gets the sentence's first claim; None: nothing there). An article's claims come together, so
    only the sentences of the article read last that hold nothing are kept aside."""
    out: dict[str, dict[str, tuple]] = {}
    nothing: set[str] = set()
    last = None
    for c in claims:
        if c.article not in articles:
            continue
        if c.article != last:
            nothing, last = set(), c.article
        if c.sentence in nothing:
            continue
        known = out.get(c.article, {}).get(c.sentence)
        if known is not None:
            if _MOMENT_RANK[c.kind] < _MOMENT_RANK[known[0].kind]:
                out[c.article][c.sentence] = (c,) + known[1:]
            continue
        got = read(c)
        if got is None:
            nothing.add(c.sentence)
        else:
            out.setdefault(c.article, {})[c.sentence] = (c,) + got
    return out


def _once_per_sentence(cache: dict, sentence: str, read: Callable[[str], list]) -> list:
    """``read(sentence)``, kept in ``cache`` for the sentences read last: an archive repeats its wire copy."""
    out = cache.get(sentence)
    if out is None:
        if len(cache) > 20_000:
            cache.clear()
        out = cache[sentence] = read(sentence)
    return out


def _people_offices(sentence: str) -> list[tuple[str, frozenset]]:
    """The people a sentence gives an office, each with the offices its description names."""
    return _once_per_sentence(_OFFICES_READ, sentence, _read_people_offices)


def _read_people_offices(sentence: str) -> list[tuple[str, frozenset]]:
    out = []
    for rx in (_NAME_THEN_ROLE, _ROLE_THEN_NAME):
        for m in rx.finditer(sentence):
            offices = _held_offices(m.group("desc"))
            if offices:
                out.append((m.group("name"), offices))
    return out


#: nouns of a site that stays where it is: a site named with one ("Brindle Cross substation", "St. Brennock
#: Regional Hospital") is in one place
_SITE_NOUNS = frozenset("substation plant factory hospital spaceport airport airfield station mine dam port prison "
                        "stadium bridge refinery warehouse depot terminal reactor campus headquarters smelter "
                        "shipyard quarry mill arena barracks base".split())
_CAPS = r"(?:St\.\s+)?[A-Z][\w’'-]+(?:\s+(?:St\.|[A-Z][\w’'-]+)){0,4}"
_PLACE = r"(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w’'-]|\s+[A-Z])"
#: a named site and the place it is told in: "St. Brennock Regional Hospital in Dunmere", "the Brindle Cross
#: substation, on the edge of Kelsby", "Marrow Point, the spaceport outside the port town of Tarrow"
_SITE_IN = regexstore.compile(
    rf"(?P<site>{_CAPS})(?P<noun>\s+[a-z]+)?(?:,\s+the\s+(?P<appos>(?:[a-z-]+\s+){{0,3}}[a-z]+))?,?\s+"
    r"(?:in|at|near|outside|just\s+outside|on\s+the\s+(?:edge|outskirts)\s+of)\s+"
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:town|city|village|port)\s+of\s+)?" + _PLACE)
#: a named organisation and the place it is based in: "the Dunhaven-based chipmaker Verelund Microsystems",
#: "Verelund, which is headquartered in Tellbridge"
_BASED_IN = regexstore.compile(
    r"(?P<place>[A-Z][\w’'-]+)-based\s+(?:[a-z]+\s+){0,2}(?P<site>" + _CAPS + r")"
    r"|(?P<site2>" + _CAPS + r"),?\s+(?:which\s+is\s+|is\s+)?(?:based|headquartered)\s+in\s+"
    r"(?P<place2>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?![\w’'-]|\s+[A-Z])")
#: the last word of a place that names a region, not a town: "Eastmoor County" holds Carrowgate
_REGION_WORDS = frozenset("county province region valley district state island islands coast peninsula "
                          "mountains hills basin river lake bay gulf sea ocean".split())
#: sentence -> the sites it places (see _sites_in)
_SITES_READ: dict[str, list[tuple[frozenset, str]]] = {}


def _owner_word(word: str) -> str:
    """A word of a site's name casefolded, without the mark of an owner ("Dresner Components' factory")."""
    return word.casefold().removesuffix("’s").removesuffix("'s").rstrip("’'")


def _sites_in(sentence: str) -> list[tuple[frozenset, str]]:
    """The named sites a sentence places, each as (its name's words, casefolded, without "the"; the place):
    a site is named with a noun of a site that stays put (:data:`_SITE_NOUNS`: as its last word, the word
    after it, or in a description in commas after it), or told as where an organisation is based."""
    return _once_per_sentence(_SITES_READ, sentence, _read_sites)


def _read_sites(sentence: str) -> list[tuple[frozenset, str]]:
    out: list[tuple[frozenset, str]] = []
    if " in " not in sentence and " at " not in sentence and "near " not in sentence and "outside" not in sentence \
            and "-based" not in sentence and " of " not in sentence:
        return out
    for m in _SITE_IN.finditer(sentence):
        words = m.group("site").split()
        nouns = {words[-1].lower(), (m.group("noun") or "").strip()} | set((m.group("appos") or "").split())
        if nouns & _SITE_NOUNS and not (len(words) == 1 and m.start() == 0):
            out.append((frozenset(_owner_word(w) for w in words if w.casefold() != "the"), m.group("place")))
    for m in _BASED_IN.finditer(sentence):
        site, place = (m.group("site"), m.group("place")) if m.group("site") else (m.group("site2"), m.group("place2"))
        words = [w for w in site.split() if w.casefold() != "the"]
        if words:
            out.append((frozenset(w.casefold() for w in words), place))
    return out


def _offices_in(who: str) -> tuple[tuple[str, str, bool], ...]:
    """The offices a speaker or a source as written gives a person: (office, person, whether the office is an
    organisation's) for "Environment Minister Agnes Thorvald" or "VFF president Ilona Sarvik"."""
    out = []
    m = _OFFICE.search(who) if ("Minister" in who or "Secretary" in who or "Commissioner" in who) else None
    if m and not any(_DEMONYM_OR_OWNER.search(w) for w in m.group(1).split()):
        out.append((" ".join(m.group(1).split() + [m.group(2)]), m.group(3), False))
    r = _ROLE_TITLE.match(who)
    if r and not _NOT_THE_HOLDER.search(r.group("owner") or ""):
        out.append((_ROLE_NAMES[" ".join(r.group("title").lower().replace("-", " ").split())], r.group("name"), True))
    return tuple(out)


#: a run of two or more capitalised words inside a sentence (not its first word)
_CAPITALISED_RUN = regexstore.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+")


def _subject_names(c: Claim) -> frozenset[str]:
    """The words of a figure's subject that its sentence writes as a name (capitalised): whose the figure is
    ("Pellan Air said it had cancelled 38 flights": pellan, air)."""
    return frozenset(w for w in c.subject.split() if len(w) > 2 and w.isalpha()
                     and re.search(rf"\b{re.escape(w.capitalize())}\b", c.sentence))


def _owners_apart(a: Claim, b: Claim) -> bool:
    """Whether two figures' subjects each name someone and share none of those names: two owners' figures
    ("Meridian ... 380 flights" and "Pellan Air ... 38 flights")."""
    na, nb = _subject_names(a), _subject_names(b)
    return bool(na and nb) and not na & nb


def _subject_name(c: Claim) -> tuple[str, frozenset] | None:
    """The one name a figure's subject holds, as its sentence writes it
    ("spectrum to kova telecom": "Kova Telecom"), and the subject's other
    content words; None unless exactly one name of two words or more stands
    in the subject."""
    subject = c.subject
    if " " not in subject:
        return None
    found = None
    for m in _CAPITALISED_RUN.finditer(c.sentence):
        words = m.group().lower().split()
        if words[0] in subject.split():
            if found is not None and found != m.group():
                return None
            found = m.group()
    if found is None:
        return None
    name_words = set(found.lower().replace("-", " ").split())
    return found, frozenset(w for w in subject_words(subject) if w not in name_words)


#: the directions of the compass a figure's subject may open with ("4 km west of the town centre")
_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west "
                     "south-east south-west".split())


def _told_in(name: str, sentence: str) -> bool:
    """Whether ``sentence`` writes a name (:func:`_names_in`) or a direction, as a word ("east", not "least")."""
    if name in _COMPASS:
        return re.search(rf"(?<![\w-]){name}(?![\w-])", sentence, re.IGNORECASE) is not None
    return _names_in(name, sentence)


def _subject_direction(c: Claim) -> tuple[str, frozenset] | None:
    """The direction a figure's subject opens with ("west of town centre":
    "west") and the subject's other content words; None without one."""
    first, _, rest = c.subject.partition(" ")
    if first not in _COMPASS or not rest:
        return None
    return first, frozenset(subject_words(rest))


def _definite(c: Claim) -> bool:
    """Whether an event is told in a noun as the one the story tells of ("the
    referendum", "Sunday's summer festival"; not "a referendum", "voted")."""
    at = c.start - c.sentence_start
    return 0 <= at <= len(c.sentence) and c.sentence[at:at + len(c.text)] == c.text \
        and bool(_DEFINITE_BEFORE.search(c.sentence, max(0, at - 40), at))


#: an age as news writes it: "a 23-year-old man", "aged 41", "Daniel Kovac, 41,"
_AGE_TOLD = regexstore.compile(r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|,\s\d{1,3},", re.I)


def _ages_told(c: Claim) -> int:
    """How many ages ``c``'s sentence tells ("Two skiers, a 51-year-old woman and a 23-year-old man": 2)."""
    return len(_AGE_TOLD.findall(c.sentence))


#: how many times larger one figure must be than another told in words for the two to be taken as of
#: different things ("271 people had been pulled from the sea" and "his crew pulled more than a dozen people")
WORDS_FAR_APART = 5.0


def _far_apart_in_words(a: Claim, b: Claim) -> bool:
    """Whether one of two figures is told in words only ("a dozen", "some
    two hundred") and the other is ``WORDS_FAR_APART`` times it or more (or
    a fifth of it or less): no slip of the keys or of a word makes them apart."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return False
    small, large = sorted((a.value, b.value))
    if large < WORDS_FAR_APART * small:
        return False
    return not any(ch.isdigit() for ch in a.text) or not any(ch.isdigit() for ch in b.text)


#: how many times apart two figures whose subjects are one word each must be to be two things
THIN_FAR_APART = 10.0


def _far_apart_thin(a: Claim, b: Claim) -> bool:
    """Whether two figures whose subjects are one word or none ("the final 10 kilometres", "the final 400
    metres") are ``THIN_FAR_APART`` times apart or more, and not as a slip of a zero (10, 100 or 1,000 times,
    the same digits): two things the words do not tell apart, not one told wrong."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0 \
            or len((a.subject or "").split()) > 1 or len((b.subject or "").split()) > 1:
        return False
    small, large = sorted((a.value, b.value))
    if large < THIN_FAR_APART * small:
        return False
    ratio = large / small
    return not any(abs(ratio - k) <= 1e-9 * k for k in (10.0, 100.0, 1000.0))


def _span_in_words_thin(a: Claim, b: Claim) -> bool:
    """Whether one of two figures whose subjects are one word or none is a span told in words only ("carried
    at least one vehicle several hundred metres downstream" against "as far as the weir, two kilometres
    downstream"): the words tell no more than the unit, and no slip gives a span."""
    if len((a.subject or "").split()) > 1 or len((b.subject or "").split()) > 1:
        return False
    return any(c.value is None and c.hedge == "range" and not any(ch.isdigit() for ch in c.text) for c in (a, b))


def _maxima_apart(a: Interval, b: Interval, slack: float) -> bool:
    """Whether two figures told as a maximum ("waves of up to six metres",
    "as many as 40 people"), as the intervals ``a`` and ``b`` in one unit,
    give two maxima apart by more than ``slack``: each bound lets the other's
    figure stand, but the most of one thing is one figure ("up to 1.5 million
    cubic metres" and "as much as 1.5 billion litres" are one)."""
    if abs(a.high) == float("inf") or abs(b.high) == float("inf"):
        return False
    return abs(a.high - b.high) > max(slack, 1e-9 * max(abs(a.high), abs(b.high)))  # not a conversion's last digit


#: the words of one kind of accident, told as a verb or a noun: "gave way" and "collapsed", "collided" and
#: "collision"; a fire that "broke out", "ignited" or "began" (the verbs the extractor reads so of fires only)
#: (see :func:`_accident_kind`)
_ACCIDENT_KINDS = (("give way", ("give", "gave", "given", "giving", "collaps", "cave", "caving", "caved")),
                   ("collision", ("collid", "collision", "crash")), ("derailment", ("derail",)),
                   ("sinking", ("sink", "sank", "sunk", "capsiz")), ("explosion", ("explo", "blast")),
                   ("quake", ("quake", "earthquake", "tremor")),
                   ("fire broke out", ("brok", "break", "ignit", "began", "begin", "start")))


def _accident_kind(text: str) -> str:
    """The kind of accident a trigger tells ("collapsed", "gave way": "give way"), else its stem."""
    low = " ".join(text.casefold().split())
    for kind, starts in _ACCIDENT_KINDS:
        if low.startswith(starts):
            return kind
    return _stem(low)


def _weekdays_told_apart(a: Claim, b: Claim) -> bool:
    """Whether two accounts of an event, each dated by a weekday only, are
    told on two different weekdays in the same words ("was signed late on
    Tuesday" and "signed shortly before midnight on Wednesday"; not "pledged"
    and "told"), neither a first account where the other is a last one."""
    if _stem(a.text) != _stem(b.text) or not _weekdays_apart(a, b):
        return False
    wa, wb = set(a.sentence.casefold().split()), set(b.sentence.casefold().split())
    return not ((wa & _EARLY_STAGE and wb & _LATE_STAGE) or (wb & _EARLY_STAGE and wa & _LATE_STAGE))


#: words that tell a count as it stood at a moment: "by Tuesday evening", "had been inspected", "so far" (not
#: "have been lost": a present perfect tells the count as the article stands by it)
_RUNNING = regexstore.compile(r"\b(?:by\s+(?:(?:late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"the\s+end|then|now|midday|noon|midnight|last|this)|so\s+far|to\s+date|as\s+of|"
                      r"had\s+(?:been\s+)?[a-z]+ed\b)", re.I)


def _day_in_total(total: Claim, day: Claim, intervals: dict[str, Interval]) -> bool:
    """Whether ``day`` counts one day before the end of ``total``, a count up
    to the day it was told, and ``total`` is at least as large ("brought four
    miners to the surface late on Thursday" against "have brought 17 miners
    out since Wednesday's collapse" in Monday's article): the day's count is a
    part of the total, not the total told otherwise."""
    if not runs_to_date(total) or day.period_start is None or day.period_start != day.period_end:
        return False
    ti, di = intervals.get(total.id), intervals.get(day.id)
    return total.period_start <= day.period_start < total.period_end and ti is not None and di is not None \
        and ti.low is not None and di.high is not None and ti.low >= di.high


#: a price or a level reached during a trading day, not where it ended: "jumped as much as 24% to $48.98 in
#: morning trading", "touched 10.42 per dollar"
_OF_THE_DAY = regexstore.compile(r"\b(?:as\s+(?:much|high|low|far)\s+as|at\s+one\s+(?:point|stage)|intraday|intra-day|"
                         r"touched|in\s+(?:early|morning|afternoon|midday|late|thin)\s+trad(?:ing|e)|"
                         r"at\s+(?:its|their)\s+(?:highest|lowest|peak)|(?:at|by|around)\s+(?:midday|noon|lunchtime)|"
                         r"after\s+the\s+open(?:ing)?)\b", re.I)
#: where a price or a level ended a trading day: "closed Monday up 18% at $46.61", "ended the day at"
_AT_THE_CLOSE = regexstore.compile(r"\b(?:closed|closing|ended|finished|settled|(?:at|by)\s+the\s+close)\b", re.I)


#: a place told as a part, by "alone" after its name: "In Dravnik alone, some 1,100 buildings were damaged"
#: (not "Apple alone sold": a company is no place; nor "In March alone": a month)
_PART_ALONE = regexstore.compile(r"\b[Ii]n\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
                                 r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                                 r"Saturday|Sunday)\b)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+alone\b")


def _told_alone(c: Claim) -> bool:
    """Whether a figure's sentence, before the figure, tells a place "alone": a part of a larger whole."""
    at = c.start - c.sentence_start
    return 0 <= at <= len(c.sentence) and _PART_ALONE.search(c.sentence, 0, at) is not None


def _fronted(c: Claim) -> str | None:
    """The place a claim's sentence opens with (:func:`fronted_place`)."""
    return fronted_place(c.sentence)


def _per_claim(read: Callable[[Claim], Any]) -> Callable[[Claim], Any]:
    """``read`` of a claim, worked out once per claim for as long as the returned function is kept."""
    done: dict[str, Any] = {}

    def once(c: Claim) -> Any:
        got = done.get(c.id, done)  # the dict itself: not read yet (a value may be None)
        if got is done:
            got = done[c.id] = read(c)
        return got

    return once


def _market_moment(c: Claim) -> str | None:
    """ "day" for a figure told as reached during a trading day, "close" for
    one told as where it closed, None when its clause says neither or both
    (the words looked at: from the clause's start to a little past the figure)."""
    at = c.start - c.sentence_start
    if not 0 <= at <= len(c.sentence):
        return None
    left = c.sentence[:at]
    cut = max(left.rfind(";"), left.rfind(". "))
    window = c.sentence[max(cut + 1, at - 90):at + len(c.text) + 30]
    day, close = _OF_THE_DAY.search(window) is not None, _AT_THE_CLOSE.search(window) is not None
    return "day" if day and not close else "close" if close and not day else None


def _of_a_later_day(a: Claim, b: Claim) -> bool:
    """Whether ``a`` is a figure of one day, or of a span, that starts after
    the day ``b``'s article, which gives ``b`` no period, was published ("the
    10-year yield was at 4.13% on Thursday" against "dropped 6 basis points
    to 4.12%" in Wednesday's article; "45,000 tickets on sale for next year's
    edition" against "all 42,000 tickets had been sold", told as done: not
    "will be shipped ... for US$ 30", which may be of that span too): ``b``
    cannot be of that day or span."""
    return a.period_start is not None and b.period_start is None \
        and b.published is not None and a.period_start > b.published \
        and (a.period_start == a.period_end or FUTURE.search(b.sentence) is None)


def _weekdays_in(sentence: str) -> list[str]:
    """The weekdays a sentence names, in the week's order."""
    low = sentence.casefold()
    return [w.capitalize() for w in _WEEKDAY_NAMES if w in low]


#: content words like sentences share that tell one minute of a day (see _one_minute_two_days)
MINUTE_WORDS = 3


def _one_minute_two_days(a: Claim, ta, b: Claim, tb) -> bool:
    """Whether two sentences tell one exact minute of a day, not a round hour or half hour, in one zone ("at
    3:40 p.m. on Sunday" and "at 3:40 p.m. on Saturday"), and each names a weekday, none the same."""
    return ta.low == ta.high == tb.low == tb.high and ta.low % 30 != 0 and ta.zone == tb.zone \
        and _weekdays_apart(a, b)


def _weekdays_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims' sentences each name a weekday, and none the same."""
    wa = {w for w in _WEEKDAY_NAMES if w in a.sentence.casefold()}
    wb = {w for w in _WEEKDAY_NAMES if w in b.sentence.casefold()}
    return bool(wa) and bool(wb) and not wa & wb


def _one_unit(a: Claim, b: Claim) -> bool:
    """Whether two figures are of one unit: the same, or counts of one noun, one of them told with more words
    ("1,150 tram drivers" and "1,510 drivers"; not "bus drivers" and "tram drivers")."""
    if a.unit == b.unit:
        return True
    if a.dimension != "count" or b.dimension != "count" or not a.unit or not b.unit:
        return False
    wa, wb = a.unit.split(), b.unit.split()
    return wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _story_pair(a: Claim, b: Claim) -> tuple[str, str]:
    """The articles of two claims in name order, as ``Judge.related`` holds them."""
    return (a.article, b.article) if a.article < b.article else (b.article, a.article)


#: hedges that let a figure agree with others near it
_APPROXIMATE = frozenset({"about", "nearly"})


def _amount_in_words(c: Claim) -> bool:
    """Whether a figure is an amount told in words, without a number of its own ("hundreds of", "dozens")."""
    return c.value is None and c.hedge == "range" and not any(ch.isdigit() for ch in c.text)


def _both_told(clash, agree, unsure):
    """Clashes of two figures where the article of one also tells a figure that
    agrees with the other: that article tells both, so they are two things (two
    periods, two parts) it wrote of, not a conflict between the outlets ("imports
    increased 17.1%" in ten months and "up 18.4%" in the month, each figure told
    by both). A figure told only as a bound ("more than 400 homes") agrees with
    anything above it and tells no second thing: it does not count; nor does a
    figure told as about another, further from it than their roundings ("about
    $4.71 billion" of analysts' forecasts agrees with revenue of $4.82 billion
    only through its hedge; "about 42 miles (68 kilometers)" is 68 km), nor an
    amount told in words without a number ("hundreds of operations")."""
    told: dict[str, set[str]] = {}
    for a, b in agree:
        if (a.hedge in _APPROXIMATE or b.hedge in _APPROXIMATE) and a.value is not None and b.value is not None \
                and abs(a.value - b.value) > rounding(a) + rounding(b):
            continue
        if _amount_in_words(a) or _amount_in_words(b):  # "hundreds of operations" agrees with most figures
            continue
        if not _open_ended(b):
            told.setdefault(a.id, set()).add(b.article)
        if not _open_ended(a):
            told.setdefault(b.id, set()).add(a.article)
    kept = []
    for a, b, what in clash:
        if a.article in told.get(b.id, ()) or b.article in told.get(a.id, ()):
            unsure.append((a, b, "the figures differ, but one outlet gives both, so they may be two different things"))
        else:
            kept.append((a, b, what))
    return kept, unsure


def _agreeing_groups(pairs) -> list[list[Claim]]:
    """The claims of ``pairs`` in groups joined by agreement, in the order the
    pairs first name them (each group in that order too)."""
    parent: dict[str, str] = {}
    order: dict[str, Claim] = {}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:  # a large cluster has millions: most join two claims already joined
        x, y = a.id, b.id
        if x not in parent:
            parent[x] = x
            order[x] = a
        if y not in parent:
            parent[y] = y
            order[y] = b
        ra, rb = parent[x], parent[y]
        if ra == rb:
            continue
        if parent[ra] != ra:
            ra = root(ra)
        if parent[rb] != rb:
            rb = root(rb)
        if ra != rb:
            parent[rb] = ra
    groups: dict[str, list[Claim]] = {}
    for cid, c in order.items():
        groups.setdefault(root(cid), []).append(c)
    return list(groups.values())


def _listed(parts: Sequence, sep: str = "; ", each: Callable[[Any], str] | None = None) -> str:
    """``parts`` joined, the first ``MESSAGE_CLAIMS`` of them and how many more;
    ``each``: what each part is written as (written for those shown only: a
    large cluster agrees in thousands of claims)."""
    shown = parts if len(parts) <= MESSAGE_CLAIMS else parts[:MESSAGE_CLAIMS]
    said = sep.join(shown if each is None else map(each, shown))
    if len(parts) <= MESSAGE_CLAIMS:
        return said
    return said + f"{sep}and {len(parts) - MESSAGE_CLAIMS} more"


#: last words of a name that make it an organisation's, not a person's
_ORGANISATION_WORDS = frozenset("""ministry ministries department office agency authority bank fund institute
institution association union federation council commission committee company group corporation corp inc ltd plc
party government directorate service services board court police army forces foundation organisation organization
university college school hospital times post herald news press wire reuters tribune journal daily""".split())


#: a name followed by "who": a person ("Ilena Marsk, who heads the directorate"; "said Pryce, who stood")
_NAME_WHO = regexstore.compile(r"\b(?:[A-Z][\w’'-]+\s+)*([A-Z][\w’'-]+),\s+who\b")
#: a name and an age after it: "Castell, 41, got", "Castell, a 41-year-old councillor" (a person's)
_NAME_AGE = regexstore.compile(r"\b([A-Z][\w’'-]+),\s+(?:an?\s+)?\d{1,3}(?:-year-old\b|,)")
#: a name of two words or more and a role after it: "Anja Lind, finance spokeswoman for the party" (a person's)
_NAME_ROLE = regexstore.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+([A-Z][\w’'-]+),\s+((?:the\s+|an?\s+)?"
                        r"(?:[\w’'-]+\s+){0,3}[\w-]+)")
#: a role and a name of two words or more in apposition after it: "the port authority's chief executive, Dana
#: Whitcombe, told reporters" (a person's; the role's last word is checked against _ROLES)
_ROLE_NAME = regexstore.compile(r"(?<=[a-z]),\s+(?:[A-Z][\w’'-]+\s+)+([A-Z][\w’'-]+)(?=,|\s+[a-z])")
#: a title and the name after it: "Prime Minister Tomas Vell" (the surname)
_TITLE = regexstore.compile(r"\b(?:" + trie_regex(sorted(_PERSON_TITLES)) + r")\.?\s+")  # on lowercased text
_NAME_AFTER_TITLE = regexstore.compile(r"(?:[A-Z][\w’'-]+\s+){0,2}([A-Z][\w’'-]+)\b(?!\s+[A-Z])")


def _titled_surnames(sentence: str) -> list[str]:
    """The surnames of the names told after a title in ``sentence``."""
    out = []
    low = sentence.lower()
    if len(low) != len(sentence):  # a letter that lowercases to two ("İ"): positions would not match
        return out
    for m in _TITLE.finditer(low):
        name = _NAME_AFTER_TITLE.match(sentence, m.end())
        if name and name.group(1).casefold() not in _ORGANISATION_WORDS:
            out.append(_plain(name.group(1).casefold()))
    return out


#: roles after a name that make it a person's: TITLES and these
_ROLES = TITLES | frozenset("head adviser advisor analyst economist official lawmaker member spokesman "
                           "spokeswoman spokesperson professor researcher investigator scientist engineer "
                           "expert consultant strategist historian lecturer negotiator coordinator surgeon "
                           "doctor physician nurse sister midwife paramedic firefighter teacher pupil student driver "
                           "farmer resident worker supervisor manager captain pilot fisherman volunteer witness "
                           "survivor mother father widow chef cook caretaker mechanic fitter technician warden ranger "
                           "coach lawyer attorney prosecutor detective sergeant constable shopkeeper landlord groom "
                           "bride husband wife son daughter brother".split())


#: endings of words for people by what they study or practise: demographer, epidemiologist, statistician,
#: economist (:func:`_is_role`)
_ROLE_ENDINGS = ("ographer", "ologist", "ician", "ist")


def _is_role(word: str) -> bool:
    """Whether a (casefolded) word after a name makes it a person's: a role of :data:`_ROLES`, or a word for a
    person by what they study or practise ("a demographer at the University of Orvanne")."""
    return word in _ROLES or (len(word) > 5 and word.endswith(_ROLE_ENDINGS))


def _titled_person(speaker: str | None) -> str | None:
    """The surname of a speaker written as a person with a title or a role
    ("Transport Minister Halla Renquist", "Joren Vass, chair of the PEA",
    "Chief Inspector Ann Moss of the city police"), else None."""
    if not speaker:
        return None
    name, _, role = speaker.partition(",")
    words = name.split()
    if "of" in words[2:]:  # "Rector Paul Hemming of the maritime college": the name before "of"
        words = words[:words.index("of", 2)]
        name = " ".join(words)
    last = words[-1].strip(".’'\"") if words else ""
    if not last[:1].isupper() or last.casefold() in _ORGANISATION_WORDS or last.casefold() in TITLES:
        return None  # "the prime minister", "Orinova's chief executive", "the Health Ministry": no name
    caps = [w for w in words if w[:1].isupper()]
    titled = any(w.strip(".").casefold() in TITLES for w in words[:-1])
    roled = any(_is_role(w.strip(".").casefold()) for w in role.split()[:6])  # "the fire service's incident commander"
    return _plain(speaker_key(name)) if titled or (roled and len(caps) >= 2) else None


def _near_pairs(claims: Sequence[Claim], window_days: int):
    """The pairs of ``claims`` (each in claim order) from articles published
    at most ``window_days`` apart, or undated: claims sorted by date, each
    paired only with those of its window, so a figure or an opening that
    recurs all over a large corpus costs its windows, not all its pairs."""
    dated = sorted((c for c in claims if c.published is not None), key=claim_order)
    undated = sorted((c for c in claims if c.published is None), key=claim_order)
    for i, a in enumerate(dated):
        for b in dated[i + 1:]:
            if (b.published - a.published).days > window_days:
                break
            yield a, b
    for i, a in enumerate(undated):
        for b in undated[i + 1:] + dated:
            yield (a, b) if claim_order(a) <= claim_order(b) else (b, a)


@lru_cache(maxsize=1 << 16)  # the same few thousand names, millions of times in a large corpus
def _plain(word: str) -> str:
    """A name without its accents: "Ferrán" and "Ferran" are one name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


#: what a sentence must hold before its weekdays and dates are read (names and abbreviations, in lower case)
_WEEKDAY_NAMES, _MONTH_NAMES = tuple(WEEKDAYS), tuple(MONTHS)
#: the names a calendar finding writes (not the machine's locale)
_WEEKDAY_BY_NUMBER = {n: w.capitalize() for w, n in WEEKDAYS.items()}
_MONTH_BY_NUMBER = dict(enumerate("January February March April May June July August September October November "
                                  "December".split(), start=1))


#: the share of content words two sentences giving one figure alike must share for it to be confirmed
ECHO_OVERLAP = 0.2
#: the share of content words two sentences have in common from which they tell one thing,
#: whatever their figures' subjects
ECHO_STRONG = 0.5
#: figures whose subjects are too thin to compare, told in sentences that share this many content words (and
#: ECHO_STRONG of them), and less than LIKE_VALUES_APART times apart, are compared (see _told_in_like_sentences)
LIKE_WORDS = 4
LIKE_VALUES_APART = 2.0
#: clusters of more claims than this (a unit's catch-all across many stories) are not read so: their pairs are
#: many, and one story's retellings sit in small clusters
LIKE_CLUSTER_MAX = 12
#: the share of content words from which two sentences are one sentence told twice, when the shorter
#: has ``SAME_WORDS`` of them or more (short sentences are alike by chance)
ECHO_SAME = 0.8
SAME_WORDS = 8
#: the share of content words two sentences must share to tell one event without actors (see dated_apart)
EVENT_ALIKE = 0.4
#: the same for an action told of no one (an accident, a disaster: ``actors: false``) in the same verb, of
#: which a story tells one, unless it counts them ("a second quake"); two outlets describe it in their own words
#: ("the 190-metre bulk carrier ran aground" and "the Corvina Star ran aground")
ACCIDENT_ALIKE = 0.15
#: the same for an action done once (not ``recurs``, ``travels`` or between two parties) told by two
#: outlets in the same noun as the one the story tells of: "In the referendum on Sunday 19 April" and
#: "to reject the amendment in Saturday's referendum"
THE_EVENT_ALIKE = 0.2
#: what makes a noun the one the story tells of: "the", or an owner ("Sunday's", "the school's"), before it
_DEFINITE_BEFORE = regexstore.compile(r"(?:\bthe|\w[’']s)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: a noun event that opens its sentence as the subject of a verb in the past: "An explosion ripped through",
#: "The blast happened at 6:40" (the day told is the event's own); a dateline may stand before it
_SUBJECT_BEFORE = regexstore.compile(r"(?:^|[-\u2014\u2013]\s)\W*(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_PAST_VERB_AFTER = regexstore.compile(r"\s+(?:[a-z]+ed|tore|struck|hit|shook|broke|ripped|swept|spread|began|took|came)\b")


def _opens_its_clause(c: Claim) -> bool:
    """Whether the noun event ``c`` is the subject its sentence opens with, before a verb in the past."""
    at = c.start - c.sentence_start
    return bool(_SUBJECT_BEFORE.search(c.sentence[max(0, at - 60):at])
                and _PAST_VERB_AFTER.match(c.sentence, at + len(c.text)))


#: words that tell an account as one more occasion of an event: "will meet again on Monday", "the next round"
_AGAIN = regexstore.compile(r"\b(?:again|next|another|second|third|follow-up|further)\b", re.I)
#: words that tell one more of an action: a second accident, not the first told otherwise
_ONE_MORE = regexstore.compile(r"\b(?:an?\s+(?:second|third|fourth|new|fresh|further)|another|again)\b", re.I)
#: words a direct quote needs before it is compared with the quotes given to other people
QUOTE_WORDS_COMPARED = 8
#: the same between two articles of one story (``related``): a phrase of a story given to two people
#: ("called it “a budget of borrowed time”" and "“This is a budget of borrowed time,” said ...")
STORY_QUOTE_WORDS_COMPARED = 5


def _components(pairs: Sequence[tuple[Claim, Claim]]) -> list[list[Claim]]:
    """The groups of claims ``pairs`` join (connected), each in claim order, in
    the order of their first pair."""
    return [sorted(g, key=claim_order) for g in _agreeing_groups(pairs)]


@lru_cache(maxsize=1 << 16)  # pairs of actors of one story's articles, compared for every pair of their accounts
def _names_one(a: str | None, b: str | None) -> bool:
    """Whether two speakers as written name one person ("Renquist", "Transport
    Minister Halla Renquist"): the last name of one is a word of the other."""
    wa = {_plain(w.strip(".,’'\"").casefold()) for w in (a or "").split()}
    wb = {_plain(w.strip(".,’'\"").casefold()) for w in (b or "").split()}
    return bool(wa and wb) and (_plain(speaker_key(a or "")) in wb or _plain(speaker_key(b or "")) in wa)


def _count_cut(details: dict, **lists) -> None:
    """Record how long each pairwise list was when it held more than the
    :data:`LINKS_KEPT` entries kept in ``details`` (a cluster of hundreds of
    claims has tens of thousands of pairs); the counts come last, as the
    report writers place them."""
    for name, items in lists.items():
        if len(items) > LINKS_KEPT:
            details[f"{name}_total"] = len(items)


_CONTENT_WORD = regexstore.compile(r"[^\W\d_]{3,}")
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "today yesterday tomorrow week month year morning evening night last next earlier later".split())


#: words that tell a figure of the whole country ("Nationally, the pass rate was 87.4 per cent")
_NATIONAL = regexstore.compile(r"\b(?:nationally|nationwide|countrywide|across\s+the\s+country|in\s+the\s+country\s+as\s+a\s+"
                       r"whole|the\s+national\s+(?:average|rate|figure|level|total))\b", re.I)
#: words that tell a figure of a part of the country: "The capital region of Halden recorded", "In Northmark,",
#: "across the Osk region"
_REGIONAL = regexstore.compile(r"\b(?:region|regions|regional|province|provincial|county|district|municipality|city|town|"
                       r"capital)\s+(?:of\s+)?[A-Z]|\b[A-Z][\w’'-]+\s+(?:region|province|county|district)\b")


def _of_a_part(sentence: str) -> bool:
    """Whether a sentence names a region or a city, or opens with a place ("In Northmark, ...")."""
    return bool(_REGIONAL.search(sentence)) or fronted_place(sentence) is not None


#: a sentence that tells of aftershocks: its magnitude may be theirs, not the main quake's
_AFTERSHOCK = regexstore.compile(r"\baftershocks?\b|\bafter-shocks?\b", re.I)
#: a quake told as the strongest of a set (of aftershocks, in a sentence before): "The strongest, of magnitude 4.9"
_STRONGEST = regexstore.compile(r"\b(?:strongest|largest|biggest|most\s+powerful)\b", re.I)


def _of_the_main_quake(c: Claim) -> bool:
    """Whether a magnitude's sentence tells neither of aftershocks nor of the strongest of a set."""
    return _AFTERSHOCK.search(c.sentence) is None and _STRONGEST.search(c.sentence) is None


#: a count told before it was complete: "With 98 percent of ballots counted", "preliminary results showed"
_PARTIAL_COUNT = regexstore.compile(r"\bwith\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?\d+(?:\.\d+)?\s*"
                            r"(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:ballots|votes?|precincts|"
                            r"polling\s+stations|districts|constituencies)\s+(?:counted|reported|in|tallied|processed)|"
                            r"\b(?:preliminary|partial|provisional|early)\s+"
                            r"(?:results?|count|counts|figures|tally|returns)\b", re.I)


def _partial_count(c: Claim) -> bool:
    """Whether a figure's sentence tells a count before it was complete ("With 98 percent of ballots counted")."""
    return bool(_PARTIAL_COUNT.search(c.sentence))


#: a total over several sites or units of one owner: "mined 9.1 million tonnes of coal across its four mines",
#: "at all 12 of its plants", "from the group's three refineries" (not a span of time: "across two days"; nor
#: places without an owner: "enrolled 24,600 people in six countries" is told so of the whole)
_ACROSS_SEVERAL = regexstore.compile(r"\b(?:across|at|from|in)\s+(?:all\s+(?:of\s+)?)?(?:its|their|his|her|"
                             r"(?:the\s+)?[\w-]+(?:’s|'s))\s+(?:\d{1,3}(?![\d,.])|two|three|four|five|six|"
                             r"seven|eight|nine|ten|eleven|twelve|several)\s+(?:[\w-]+\s+)?(?!(?:years|months|weeks|"
                             r"days|hours|minutes|quarters|seasons|decades|rounds|times)\b)[a-z]{3,}s\b|"
                             r"\b(?:across|at|from|in)\s+all\s+(?:\d{1,3}(?![\d,.])|two|three|four|five|six|seven|"
                             r"eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:its|their)\s+)?(?:[\w-]+\s+)?[a-z]{3,}s\b")


def _day_and_span(a: Claim, b: Claim) -> bool:
    """Whether one figure's period is one day and the other's a span of 28 days or more."""
    if a.period_start is None or b.period_start is None or a.period_end is None or b.period_end is None:
        return False
    da, db = (a.period_end - a.period_start).days, (b.period_end - b.period_start).days
    return (da == 0 and db >= 27) or (db == 0 and da >= 27)


#: a figure told as the sum of several: "fines totalling 3.5 billion crowns", "a combined 4,057 kilograms"
_TOTAL = regexstore.compile(r"\b(?:total(?:s|led|ling|ed|ing)?|combined|together(?!\s+with)|in\s+all|altogether|"
                    r"between\s+them)\b", re.I)  # (not "together with two rivals")


#: a figure told against an average ("a premium of 45% to the average price of the past 90 days")
_AVERAGE = regexstore.compile(r"\baverage\b", re.I)


def _holds_value(sentence: str, value: float) -> bool:
    """Whether ``sentence`` writes a number of ``value`` ("nine-strong" holds 9)."""
    return value in _numbers_of(sentence)


@lru_cache(maxsize=4096)
def _numbers_of(sentence: str) -> frozenset[float]:
    """The values of the numbers ``sentence`` writes (a sentence is asked about with each of its figures)."""
    from factcheck.numparse import find_numbers

    return frozenset(n.value for n in find_numbers(sentence) if n.value is not None)


def _told_as_total(c: Claim) -> bool:
    """Whether a figure's sentence tells a total ("fines totalling 3.5 billion crowns")."""
    return bool(_TOTAL.search(c.sentence))


def _untimed_earlier_level(c: Claim) -> bool:
    """Whether a figure is the level a change started from, told without a time of its own ("climbed to
    96.5 million pounds from 84.6 million pounds": 84.6 million)."""
    if c.period_start is not None:
        return False
    rel = c.start - c.sentence_start
    return EARLIER_LEVEL.search(c.sentence, max(0, rel - 30), rel) is not None


def _across_several(c: Claim) -> bool:
    """Whether a figure's sentence tells it as a total across several sites or units ("across its four mines")."""
    return bool(_ACROSS_SEVERAL.search(c.sentence))


def _scope(c: Claim) -> tuple[bool, bool]:
    """Whether a figure's sentence tells it of the whole country and of no part of it, and whether of a
    region or a city and not of the whole country."""
    national, part = bool(_NATIONAL.search(c.sentence)), _of_a_part(c.sentence)
    return national and not part, part and not national


def content_words(c: Claim) -> frozenset[str]:
    """The words of a claim's sentence that say what it is about: not its
    actors (nor the words that say who an actor is: "regional police commander
    Sofia Lantz", "Sofia Lantz, the regional police commander,", "the regional
    police commander, Sofia Lantz"), its trigger,
    time words or function words ("s" of a plural cut)."""
    drop = set(_CONTENT_WORD.findall(" ".join((c.text, *c.actors)).casefold()))
    for actor in c.actors:
        if " " in actor and actor in c.sentence:
            for m in re.finditer(re.escape(actor), c.sentence):
                before = _DESCRIBED_BEFORE.search(c.sentence, max(0, m.start() - 60), m.start())
                after = _DESCRIBED_AFTER.match(c.sentence, m.end())
                apposed = _DESCRIBED_APPOSED.search(c.sentence, max(0, m.start() - 70), m.start())
                for told in (before, after, apposed):
                    if told:
                        drop.update(_CONTENT_WORD.findall(told.group(1).casefold()))
    return _sentence_words(c.sentence, drop)


#: the words that say who a named actor is, before the name ("regional police commander") or set off after it
#: (", the regional police commander,")
_DESCRIBED_BEFORE = regexstore.compile(r"(?:^|[,;:(“”\"]\s*|\b(?:the|a|an|said|says|told|by)\s+)"
                               r"((?:(?!(?:that|which|who|whom|whose|when|as|after|before|and|but)\s)"
                               r"[a-z][\w’'-]*\s+){1,4})$")  # not a clause's "that": "a recall that Hallberg announced"
_DESCRIBED_AFTER = regexstore.compile(r",\s+((?:the|a|an|its|their)\s+[^,;:()]{1,60}),")
#: or set off before it: "the port authority's chief executive, Dana Whitcombe"
_DESCRIBED_APPOSED = regexstore.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                                        r"((?:[\w’'-]+\s+){0,4}[\w’'-]+),\s+$")


#: words any two sentences of a story may share: "she told the Herald" and "she told supporters"
_PRONOUNS = frozenset("i you he she we they him her us them me not no".split())


def _grouped_pairs(groups: dict, stories: dict[str, list[str]]):
    """The pairs of claims of two articles of one story (``stories``: article -> the articles that tell
    its story) within each group of ``groups`` (key -> article -> its claims), keys in order."""
    for key in sorted(groups, key=repr):
        group = groups[key]
        for first in sorted(group):
            for second in (x for x in stories[first] if x > first and x in group):
                for a in group[first]:
                    for b in group[second]:
                        yield a, b


#: hedges that bound a figure from below and from above ("nearly 16%" stops short of 16)
_LOWER_HEDGES = frozenset({"more_than", "at_least"})
_UPPER_HEDGES = frozenset({"less_than", "at_most", "nearly"})
_BOUNDED_HEDGES = _LOWER_HEDGES | _UPPER_HEDGES


def _hedges_opposed(a: Claim, b: Claim, intervals: dict) -> bool:
    """Whether one figure is bounded from below and the other from above where
    the two bounds cannot both hold: "more than 2,300" and "up to 2,300" (the
    edges meet, one open), "at least 40" and "fewer than 35"."""
    if a.hedge in _LOWER_HEDGES and b.hedge in _UPPER_HEDGES:
        low, high = intervals[a.id], intervals[b.id]
    elif b.hedge in _LOWER_HEDGES and a.hedge in _UPPER_HEDGES:
        low, high = intervals[b.id], intervals[a.id]
    else:
        return False
    return low.low > high.high or (low.low == high.high and not (low.low_closed and high.high_closed))


#: a verb of change and "to" right before a level: "rose to", "fell sharply to"
_WENT_TO = regexstore.compile(r"\b([a-z]+)(?:\s+[a-z]+ly)?\s+to\s+$")


def _went_to(c: Claim) -> str | None:
    """"up" or "down" when a level is told as reached by a rise or a fall
    ("rose to 27.8 percent", "fell sharply to 27.8 percent", "will narrow
    to 3.1%"), else None."""
    at = c.start - c.sentence_start
    if not 0 < at <= len(c.sentence):
        return None
    m = _WENT_TO.search(c.sentence.lower(), max(0, at - 40), at)
    if m is None:
        return None
    up, down = change_directions()
    word = m.group(1)
    for form in (word, word + "ed", word + "d"):  # "will narrow to": the verb as "narrowed" is listed
        if form in up or form in down:
            return "up" if form in up else "down"
    return None


def _restated_as(a: Claim, b: Claim) -> bool:
    """Whether ``a`` restates itself in ``b``'s unit at ``b``'s value ("about $4.9 million (4.5 million
    euros)" against "€4.5m"): the number they share is the same amount."""
    return b.value is not None and any(
        unit == b.unit and low is not None and abs(low - b.value) <= 0.05 * abs(b.value)
        for low, _, unit in a.alternates)


def content_overlap(a: Claim, b: Claim, seen: dict | None = None) -> float:
    """The share of the content words of the shorter sentence that the other
    also has (0 when either has none); ``seen`` keeps each claim's words."""
    seen = {} if seen is None else seen
    wa, wb = seen.get(a.id), seen.get(b.id)
    if wa is None:
        wa = seen[a.id] = content_words(a)
    if wb is None:
        wb = seen[b.id] = content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


#: an article that tells its story with at most this many others relates them to each other (see
#: Judge.bridge_stories)
STORY_BRIDGE_MAX = 4
#: a figure told as a condition: "would have to", "might need to", "if" or "unless" before it in its
#: clause, or as a proposal or a demand ("would propose raising the maximum fine to 6%", "had sought a 20%
#: increase"); a bare "may" or "could" is kept ("may cut your risk by almost half" still tells a finding)
_POSSIBLE = regexstore.compile(r"\b(?:(?:would|will|could|might|may)\s+(?:\w+\s+)?(?:have|need)\s+to|if|unless|"
                       r"propos(?:e|es|ed|ing|al|als)|s(?:ought|eek|eeks|eeking)|demand(?:s|ed|ing)?|"
                       r"(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|budgeted|funded|authori[sz]ed)\s+for)\b")
_WHEN = regexstore.compile(r"\b(?:when|whenever|once)\b")
_THRESHOLD_HEDGES = frozenset({"less_than", "more_than", "at_least", "at_most"})
_CLAUSE_OPEN = regexstore.compile(r"[,;:()\u2014\u2013]|\bbut\b|\bwhile\b|\bwhereas\b")


#: what makes a figure a limit, right before it: "licensed to carry no more than", "a capacity of"
_LIMIT_BEFORE = regexstore.compile(r"\b(?:(?:licen[cs]ed|permitted|allowed|authori[sz]ed|certified|designed|built|"
                                   r"approved|rated)\s+to\s+(?:carry|hold|seat|take|accommodate|house)|"
                                   r"capacity\s+(?:of|for)|maximum\s+of|limit\s+of)\s+$", re.I)


def _told_as_limit(c: Claim) -> bool:
    """Whether a figure is told as a limit, a capacity or what is permitted ("the ferry was licensed to carry
    no more than 180 passengers"), not as what was counted ("212 passengers were aboard")."""
    at = c.start - c.sentence_start
    return 0 <= at <= len(c.sentence) and bool(_LIMIT_BEFORE.search(c.sentence, max(0, at - 50), at))


def told_as_possible(c: Claim) -> bool:
    """Whether a figure is told as what would have to be rather than what is
    ("would probably have to offer more than €50 a share", "surprised if
    Kestrel gets this done below €50", "would propose raising the maximum
    fine to 6%", "had initially sought a 20% increase", "is budgeted for
    1,400 sworn officers"): "have to", "need to" after a modal verb, "if",
    "unless", a proposal, a demand or a strength budgeted for, in its clause
    before it; a bound after "when"
    is a threshold ("a recount is automatic only when the margin is below 0.5
    points")."""
    at = c.start - c.sentence_start
    if not 0 <= at <= len(c.sentence):
        return False
    left = c.sentence[:at]
    cut = 0
    for m in _CLAUSE_OPEN.finditer(left):
        cut = m.end()
    if _POSSIBLE.search(left, cut):
        return True
    # a threshold: "a recount is automatic only when the margin is below 0.5 percentage points"
    return c.hedge in _THRESHOLD_HEDGES and bool(_WHEN.search(left, cut))


#: a dollar sign with no letters before it: any dollar, not only the US one
_BARE_DOLLAR = regexstore.compile(r"(?<![A-Za-z])\$")


class _StrongLinks:
    """The strongly linked pairs of a cluster, in either order: read from its
    ``strong`` bytes, or from its links when it has none (a hand-made cluster)."""

    __slots__ = ("cluster", "pos", "pairs")

    def __init__(self, cluster: Cluster):
        self.cluster, self.pos, self.pairs = cluster, None, None

    def __contains__(self, ab: tuple[str, str]) -> bool:
        c = self.cluster
        if c.strong:
            if self.pos is None:
                self.pos = {cid: i for i, cid in enumerate(c.claims)}
            i, j = self.pos.get(ab[0]), self.pos.get(ab[1])
            if i is None or j is None or i == j:
                return False
            if i > j:
                i, j = j, i
            return bool(c.strong[pair_index(i, j, len(c.claims))])
        if self.pairs is None:
            self.pairs = set()
            for ln in c.explain.get("links", ()):
                if ln.get("strong"):
                    self.pairs.update(((ln["a"], ln["b"]), (ln["b"], ln["a"])))
        return ab in self.pairs

    def in_order(self, claims: Sequence[Claim]) -> bytes | None:
        """The cluster's ``strong`` bytes when ``claims`` are its members in its
        order, so that a pair (i, j) of them, i < j, is looked up at
        :func:`pair_index` (i, j) without a lookup of their ids; else None."""
        c = self.cluster
        if c.strong and len(claims) == len(c.claims) and all(x.id == cid for x, cid in zip(claims, c.claims)):
            return c.strong
        return None


def pair_index(i: int, j: int, n: int) -> int:
    """Where the pair (i, j), i < j, of ``n`` members is in a cluster's ``strong``
    bytes: the pairs in order, row i starting after i rows of n-1, n-2, ..."""
    return i * (2 * n - i - 1) // 2 + j - i - 1


class Judge:
    """Decides the verdicts of clusters, single claims and claims against facts."""

    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.policy = rules.policy
        #: the actions one actor often repeats within days -> their label
        self._recurring = {t.id: t.label for t in rules.event_types if t.recurs}
        self._agentless = frozenset(t.id for t in rules.event_types if not t.actors)
        #: the actions a story tells once (see given_to_another)
        self._once = frozenset(t.id for t in rules.event_types if t.once)
        #: the nouns of each action (lowercase, and their plural): see _one_account
        self._nouns = {t.id: frozenset(n.lower() + s for n in t.nouns for s in ("", "s")) for t in rules.event_types}
        #: the agentless actions' nouns: "the wildfire" is dated by whatever the sentence tells of it, a verb by its
        #: own time
        self._agentless_nouns = frozenset().union(*(self._nouns[a] for a in self._agentless))
        #: the actions done in one place after another on a journey (visits)
        self._travels = {t.id: t.label for t in rules.event_types if t.travels}
        #: the metrics that count something as it happens (a toll): see _count_moved
        self._tolls = frozenset(m.id for m in rules.metrics if m.counts)
        self._falling = frozenset(m.id for m in rules.metrics if m.counts and m.may_fall)
        self.norm = AliasNormaliser(rules)
        #: claim id -> claims of other outlets matched with it but not compared, and why
        #: (at most ELSEWHERE_KEPT each: a large cluster has thousands of such pairs)
        self.elsewhere: dict[str, list[tuple[Claim, str]]] = {}
        #: claims another outlet's claim agrees with, whatever their cluster's verdict
        #: (in a divergence, the outlets on each side still confirm each other)
        self.confirmed: set[str] = set()
        #: pairs of articles (in name order) with a claim of one agreeing with a claim of the other:
        #: two tellings of one story
        self.related: set[tuple[str, str]] = set()
        #: in draft mode, the drafts' articles: the checks across articles outside the clusters
        #: then compare only a draft's claims, with another draft's or with those of an article
        #: that tells its story (``related``); None: every pair (see :meth:`in_view`)
        self.drafts: frozenset[str] | None = None
        #: every claim by id, for the links of a cluster to claims left out of it (see _both_told)
        self.by_id: dict[str, Claim] = {}
        #: article -> surnames of the people it names in full as a source (see _person)
        self._people: dict[str, set[str]] = {}
        self._of_article: dict[str, list[Claim]] | None = None
        #: clusters of events whose accounts agree but name places the rules cannot compare
        self._unplaced: list[tuple[Cluster, list[Claim], list]] = []
        self._action_places: dict[tuple[str, str | None], set[str]] = {}  # see _places_of
        #: (article, place) -> whether a sentence of the article with a claim names the place
        self._named_places: dict[tuple[str, str], bool] = {}
        self._settled: dict[tuple[str, str], bool] = {}  # (article, place) -> whether it calls the place a town
        self._article_sentences: dict[str, list[str]] = {}
        self._tallies: dict[str, dict[int, frozenset]] = {}  # article -> sentence -> its vote tally (see _tally_of)
        self._stories: tuple[int, dict[str, list[str]]] | None = None  # see stories()
        self._related_sorted: tuple[int, list[tuple[str, str]]] | None = None  # see related_in_order()
        #: claim id -> the intervals and slack of the figures told beside it (see _told_beside)
        self._beside: dict[str, tuple] = {}
        #: article -> (unit, value) -> its figures of that unit and value, as (id, subject) (see _told_elsewhere)
        self._values_told: dict[str, dict[tuple, list[tuple[str, str]]]] = {}

    def finding(self, verdict: Verdict, claims: Sequence[Claim], message: str, *, rule: str | None = None,
                cluster: str | None = None, details: dict | None = None, severity: Severity | None = None,
                aspect: str | None = None) -> Finding:
        """A finding on ``claims``; its id is a fingerprint of verdict, rule and claims, and of ``aspect`` when
        given (a second finding of the same verdict on the same claims: "placed in two places" besides "timed
        at two times of day")."""
        ids = tuple(sorted(c.id for c in claims))
        return Finding(
            id=fingerprint("finding", verdict.value, rule or "", *((aspect,) if aspect else ()), *ids),
            verdict=verdict, severity=severity or self.policy.severity[verdict.value], claims=ids,
            articles=tuple(sorted({c.article for c in claims})), message=message, rule=rule,
            cluster=cluster, details=details or {},
        )

    # -- clusters -----------------------------------------------------------

    def judge_cluster(self, cluster: Cluster, claims: Sequence[Claim]) -> list[Finding]:
        """agree / diverge for a cluster spanning two articles or more: one
        divergence, or an agreement for each group of claims that agree with
        each other ("18.1%" twice and "29.5%" twice of two parties' shares of
        the vote are two agreements, not one); none when unsure."""
        if len({c.article for c in claims}) < 2:
            return []
        strong = _StrongLinks(cluster)
        if claims[0].kind is Kind.QUANTITY:
            return self._judge_quantities(cluster, claims, strong)
        if claims[0].kind is Kind.EVENT:
            return self._judge_events(cluster, claims, strong)
        return self._judge_quotes(cluster, claims)

    def confirm_outside(self, links, by_id: dict[str, Claim], settled: set[str]) -> None:
        """Figures of two outlets linked across clusters (complete linkage kept
        them apart for a third claim) confirm each other when they agree:
        "key interest rate ... 3.5 percent" and "benchmark interest rate ...
        3.50%" are linked, though the first is not alike enough to "benchmark
        ... 3.5 per cent" to join its cluster. ``links``: the clusters' outside
        links; only claims that need a source and are not ``settled``
        (corroborated already) are looked at."""
        need = self.policy.source_required_from
        for x, y in links:
            if x in settled and y in settled:
                continue
            a, b = by_id.get(x), by_id.get(y)
            if a is None or b is None or a.kind is not Kind.QUANTITY or a.article == b.article \
                    or _source(a) == _source(b) or (a.checkworthy < need and b.checkworthy < need):
                continue
            if self._figures_agree(a, b):
                self.confirmed.update((a.id, b.id))

    def _figures_agree(self, a: Claim, b: Claim) -> bool:
        """Whether two figures' intervals meet within their tolerance (outside a cluster's judging)."""
        ia, ib = claim_interval(a, self.policy), claim_interval(b, self.policy)
        if ia is None or ib is None:
            return False
        slack = slack_of(self._tol(a), (slack_parts(a), slack_parts(b)), self.policy.implied_precision)
        return compatible(ia, ib, slack, self.policy.open_edges_touch)

    def _agree_outside(self, cluster: Cluster) -> list[tuple[Claim, Claim]]:
        """The links of ``cluster`` to claims left out of it whose figures agree
        (two figures of one sentence are never linked, so one of them may be
        left out of the cluster of the other's rival: "rose to 1.97 per 100,000,
        up from 1.17")."""
        out = []
        for x, y in cluster.outside:
            a, b = self.by_id.get(x), self.by_id.get(y)
            if a is not None and b is not None and a.article != b.article and self._figures_agree(a, b):
                out.append((a, b))
        return out

    def in_view(self, a: Claim, b: Claim) -> bool:
        """Whether a check across articles outside the clusters compares ``a``
        and ``b``: always, but in draft mode (``drafts``) only a draft's claim
        with another draft's or with one of an article that tells its story.
        So ``check`` through the index, which loads the claims of those articles
        only, judges what a full run in draft mode judges."""
        if self.drafts is None:
            return True
        da, db = a.article in self.drafts, b.article in self.drafts
        return (da and db) or ((da or db) and _story_pair(a, b) in self.related)

    def _near(self, claims: Sequence[Claim]):
        """The pairs of ``claims`` published within the story window that are :meth:`in_view`."""
        if self.drafts is not None and not any(c.article in self.drafts for c in claims):
            return
        for a, b in _near_pairs(claims, self.policy.story_window_days):
            if self.drafts is None or self.in_view(a, b):
                yield a, b

    def bridge_stories(self) -> None:
        """Relate two articles that each tell the story of a third one, when that third tells it with at most
        ``STORY_BRIDGE_MAX`` others: an article with a slip often disagrees on the very figures that would
        relate it to another outlet ("announced on Monday" and "on Tuesday" in two articles that agree only
        with a third). Not in draft mode, where ``check`` reads only the drafts' relations from the index."""
        near: dict[str, set[str]] = {}
        for x, y in self.related:
            near.setdefault(x, set()).add(y)
            near.setdefault(y, set()).add(x)
        bridged = set()
        for others in near.values():
            if 2 <= len(others) <= STORY_BRIDGE_MAX:
                ordered = sorted(others)
                bridged.update((x, y) for i, x in enumerate(ordered) for y in ordered[i + 1:])
        self.related.update(bridged)

    def stories(self) -> dict[str, list[str]]:
        """Article -> the articles that tell its story (``related``), in draft
        mode only the pairs that hold a draft; worked out once (the checks
        that read it run after the clusters, when ``related`` is complete)."""
        if self._stories is not None and self._stories[0] == len(self.related):
            return self._stories[1]
        out: dict[str, list[str]] = {}
        for x, y in self.related_in_order():
            if self.drafts is None or x in self.drafts or y in self.drafts:
                out.setdefault(x, []).append(y)
                out.setdefault(y, []).append(x)
        self._stories = (len(self.related), out)
        return out

    def related_in_order(self) -> list[tuple[str, str]]:
        """``related``, sorted; sorted once for the checks that read it after the
        clusters (``related`` only grows: its size tells whether it changed)."""
        if self._related_sorted is None or self._related_sorted[0] != len(self.related):
            self._related_sorted = (len(self.related), sorted(self.related))
        return self._related_sorted[1]

    def _cross_pairs(self, claims: Sequence[Claim]):
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                if a.article != b.article:
                    yield a, b

    def _settle(self, cluster, claims, agree_pairs, clash_pairs, unsure, details, what, note: str = "",
                shown: dict[str, str] | None = None) -> list[Finding]:
        """The findings of the pairwise outcomes of a cluster (``note``: said after an agreement; ``shown``:
        each figure's interval as the message shows it, see :meth:`_shown`)."""
        if unsure:
            details["not_compared"] = [{"a": a.id, "b": b.id, "why": why} for a, b, why in unsure[:LINKS_KEPT]]
        if clash_pairs:
            details["clashes"] = [{"a": a.id, "b": b.id, "on": on} for a, b, on in clash_pairs[:LINKS_KEPT]]
        _count_cut(details, not_compared=unsure, clashes=clash_pairs)
        confirm, relate = self.confirmed.add, self.related.add  # a large cluster has millions of pairs
        for a, b in agree_pairs:  # whatever the verdict: each side of a divergence may be confirmed
            if _source(a) != _source(b):
                confirm(a.id)
                confirm(b.id)
            x, y = a.article, b.article
            if x != y:
                relate((x, y) if x < y else (y, x))  # as _story_pair
        for a, b, _ in clash_pairs:  # a figure two articles tell with two digits swapped: one story too
            x, y = a.article, b.article
            if x != y and twins(a, b):
                relate((x, y) if x < y else (y, x))
        elsewhere = self.elsewhere
        for a, b, why in unsure:  # each claim keeps the first ELSEWHERE_KEPT of the other side
            kept = elsewhere.get(a.id)
            if kept is None:
                kept = elsewhere[a.id] = []
            if len(kept) < ELSEWHERE_KEPT:
                kept.append((b, why))
            kept = elsewhere.get(b.id)
            if kept is None:
                kept = elsewhere[b.id] = []
            if len(kept) < ELSEWHERE_KEPT:
                kept.append((a, why))
        if clash_pairs:
            involved = {c.id: c for a, b, _ in clash_pairs for c in (a, b)}
            said = _listed(list(involved.values()), each=lambda c: _describe(c) + self._shown(c, details, shown))
            if all(a.kind is Kind.QUANTITY and sources_differ(a.attribution, b.attribution) for a, b, _ in clash_pairs):
                # "measured at magnitude 6.7" by one agency, 6.8 by another: the sources disagree, each outlet
                # may have reported its source right
                details["sources_differ"] = True
                return [self.finding(Verdict.DIVERGE, list(involved.values()),
                                     f"{what} differ as their named sources differ: {said}", cluster=cluster.id,
                                     details=details, severity=self.policy.sources_differ_severity)]
            return [self.finding(Verdict.DIVERGE, list(involved.values()), f"{what} cannot both be true: {said}",
                                 cluster=cluster.id, details=details)]
        out = []
        for group in _agreeing_groups(agree_pairs):
            said = _listed(group, each=lambda c: _describe(c) + self._shown(c, details, shown))
            out.append(self.finding(Verdict.AGREE, group, f"{what} agree: {said}{note}",
                                    cluster=cluster.id, details=details))
        return out

    @staticmethod
    def _shown(c: Claim, details: dict, shown: dict[str, str] | None = None) -> str:
        """The interval compared, in the unit compared ("“12,400 hectares” [124] km2"), as ``shown`` (claim
        id -> the interval as an editor reads it) writes it, in the unit of ``details["shown"]`` if any."""
        iv = details.get("intervals", {}).get(c.id)
        if not iv:
            return ""
        unit = details.get("shown", {}).get("unit") or details.get("unit")
        if shown and c.id in shown:
            iv = shown[c.id]
        if unit and _measure_of(unit) not in _UNIT_AS_WRITTEN:
            return f" {iv} {unit}"  # a measure that may be read in another unit: hectares compared in km2
        return f" {iv}"

    def _judge_quantities(self, cluster: Cluster, claims: Sequence[Claim], strong: _StrongLinks) -> list[Finding]:
        intervals = {c.id: claim_interval(c, self.policy) for c in claims}
        parts = {c.id: slack_parts(c) for c in claims}
        tol = self._tol(claims[0])
        precision, touch = self.policy.implied_precision, self.policy.open_edges_touch
        # outlets retelling one figure give many claims of one interval and slack: each pair
        # of those is compared once (a large cluster has tens of thousands of cross pairs)
        kinds: dict[tuple, int] = {}
        kind = {c.id: kinds.setdefault((intervals[c.id], parts[c.id]), len(kinds)) for c in claims
                if intervals[c.id] is not None}
        outcome: dict[int, dict[int, bool]] = {}  # kind -> kind -> whether their figures agree
        agree, clash, unsure, slips, opposed, maxima, alike = [], [], [], [], [], [], []
        seen: dict = {}  # claim id -> what _told_in_like_sentences reads of it
        like_ok = len(claims) <= LIKE_CLUSTER_MAX
        # what a pair's figures are checked on, read once per claim (a figure is compared with many)
        possible, scope, partial = _per_claim(told_as_possible), _per_claim(_scope), _per_claim(_partial_count)
        limit = _per_claim(_told_as_limit)
        several, rounds = _per_claim(_across_several), _per_claim(_round)
        from_level = _per_claim(_untimed_earlier_level)
        moment, alone, place = _per_claim(_market_moment), _per_claim(_told_alone), _per_claim(_fronted)
        window = _per_claim(_window)

        # the pairs of other articles' claims (as _cross_pairs), in that order: a large cluster has
        # tens of thousands, so what each pair costs is kept small
        kind_at = [kind.get(c.id) for c in claims]
        bits, n = strong.in_order(claims), len(claims)  # a pair's strength read at its place, when it can be
        for i, a in enumerate(claims):
            ka = kind_at[i]
            if ka is None:
                continue
            row = outcome.setdefault(ka, {})
            va, bounded, at = a.value, a.hedge in _BOUNDED_HEDGES, pair_index(i, 0, n)  # at + j: pair (i, j)
            for j in range(i + 1, n):
                b, kb = claims[j], kind_at[j]
                if kb is None or a.article == b.article:
                    continue
                ok = row.get(kb)
                if ok is None:
                    slack = slack_of(tol, (parts[a.id], parts[b.id]), precision)
                    ok = row[kb] = compatible(intervals[a.id], intervals[b.id], slack, touch)
                if ok:  # most pairs of a large cluster: the link's strength is looked up only when it decides
                    # (twins asks for two values, _hedges_opposed for two bounds)
                    if va != b.value and twins(a, b) and (bits[at + j] if bits else (a.id, b.id) in strong):
                        slips.append((a, b))  # "at least 248" and "284": a hedge lets both stand, the digits do not
                    elif bounded and b.hedge in _BOUNDED_HEDGES and _hedges_opposed(a, b, intervals) \
                            and (bits[at + j] if bits else (a.id, b.id) in strong):
                        opposed.append((a, b))  # "more than 2,300 jobs" and "up to 2,300 jobs": only the slack joins
                    elif a.hedge == "at_most" and b.hedge == "at_most" and _maxima_apart(
                            intervals[a.id], intervals[b.id], slack_of(tol, (parts[a.id], parts[b.id]), precision)) \
                            and (bits[at + j] if bits else (a.id, b.id) in strong) \
                            and possible(a) == possible(b) and not self._count_moved(a, b, intervals):
                        maxima.append((a, b))  # "waves of up to six metres" and "up to four metres"
                    else:
                        agree.append((a, b))
                    continue
                weak = not (bits[at + j] if bits else (a.id, b.id) in strong)
                if weak and not (like_ok and self._told_in_like_sentences(a, b, seen)):
                    unsure.append((a, b, "figures differ but the subjects are not alike enough to call it"))
                elif possible(a) != possible(b):
                    unsure.append((a, b, "figures differ, but one is told as a condition or a proposal (\"would "
                                         "have to\", \"if\", \"proposed\"), the other as a fact"))
                elif limit(a) != limit(b):
                    unsure.append((a, b, "figures differ, but one is a limit (\"licensed to carry no more than\", "
                                         "\"a capacity of\"), the other what was counted"))
                elif self._count_moved(a, b, intervals):
                    unsure.append((a, b, "a running count told otherwise by an article of a later day: it may "
                                         "have changed"))
                elif a.dimension == "count" and (_day_in_total(a, b, intervals) or _day_in_total(b, a, intervals)):
                    unsure.append((a, b, "a count of one day inside a total up to a later day: a part of it"))
                elif _of_a_later_day(a, b) or _of_a_later_day(b, a):
                    unsure.append((a, b, "one figure is of a day or a span after the other's article was published: "
                                         "it may have moved, or be another"))
                elif a.unit == "age" and _ages_told(a) != _ages_told(b) and max(_ages_told(a), _ages_told(b)) > 1:
                    unsure.append((a, b, "one sentence tells the ages of several people, the other of one: they "
                                         "may be two people"))
                elif _far_apart_in_words(a, b):
                    unsure.append((a, b, "the figures are far apart and one is told in words (\"more than a "
                                         "dozen\"): a part, or another thing, rather than a slip"))
                elif _far_apart_thin(a, b):
                    unsure.append((a, b, "the figures are ten times apart or more and their subjects are a word "
                                         "each: two things rather than a slip"))
                elif _span_in_words_thin(a, b):
                    unsure.append((a, b, "one figure is a span told in words (\"several hundred metres\") and the "
                                         "subjects are a word each: two things rather than a slip"))
                elif a.unit == "magnitude" and (_of_the_main_quake(a) and _AFTERSHOCK.search(b.sentence)
                                                 or _of_the_main_quake(b) and _AFTERSHOCK.search(a.sentence)):
                    unsure.append((a, b, "one magnitude is told in a sentence of aftershocks, the other not: two "
                                         "quakes"))
                elif partial(a) != partial(b):
                    unsure.append((a, b, "one figure is of a partial count (\"with 98 percent of ballots counted\", "
                                         "\"preliminary results\"), the other of the full one"))
                elif from_level(a) != from_level(b):
                    unsure.append((a, b, "one figure is the level a change started from (\"climbed to 96.5 million "
                                         "from 84.6 million\"), told without its time; the other is not"))
                elif (ra := rounds(a)) is not None and (rb := rounds(b)) is not None and ra != rb:
                    unsure.append((a, b, "the two figures are told of two rounds (\"the first round\" and \"the "
                                         "final round\")"))
                elif a.dimension == "ratio" and _day_and_span(a, b):
                    unsure.append((a, b, "one share is told of one day, the other over a span of weeks or more "
                                         "(\"to Friday's close\" and \"to the average of the past 90 days\")"))
                elif several(a) != several(b):
                    unsure.append((a, b, "one figure is a total across several sites or units (\"across its four "
                                         "mines\"), the other may be of one of them"))
                elif scope(a)[0] and scope(b)[1] or scope(b)[0] and scope(a)[1]:
                    unsure.append((a, b, "one figure is told of the whole country, the other of a region or a city"))
                elif (wa := window(a)) is not None and (wb := window(b)) is not None and wa != wb \
                        or _window_in_span(a, window(a), b) or _window_in_span(b, window(b), a):
                    unsure.append((a, b, "the two figures are told over two spans of time (such as \"in 48 "
                                         "hours\" and \"in the 24 hours to 8am\", or \"since the start of March\")"))
                elif a.dimension == "count" and (_part_with_more(a, b) or _part_with_more(b, a)):
                    unsure.append((a, b, "one figure is a part: its sentence adds more of the same after it that make "
                                         "the other's figure (\"19 were treated, and four more were taken to "
                                         "hospital\")"))
                elif _told_as_all(a) != _told_as_all(b) and _acted_on_part(a, b):
                    unsure.append((a, b, "one figure counts all of them (\"all 21 crew members\"), the other those "
                                         "something was done to (\"19 crew members were winched to safety\")"))
                elif _change_since(a, b) or _change_since(b, a):
                    unsure.append((a, b, "one figure is a change over the days since something happened, the "
                                         "other a change of one of those days"))
                elif (ma := moment(a)) is not None and (mb := moment(b)) is not None and ma != mb:
                    unsure.append((a, b, "one figure is a high or a low reached during the day, the other where it "
                                         "closed"))
                elif alone(a) != alone(b) and ((pa := place(a)) is None or pa != place(b)):
                    unsure.append((a, b, "one figure is told of a place alone (\"In Dravnik alone, ...\"): a part of "
                                         "what the other may count"))
                elif (pa := place(a)) is not None and (pb := place(b)) is not None and pa != pb:
                    unsure.append((a, b, "the two figures are told of two places (each sentence opens with its own: "
                                         "\"In Northmark, ...\")"))
                elif self._told_beside(a, b, intervals[a.id], tol, precision, touch) \
                        or self._told_beside(b, a, intervals[b.id], tol, precision, touch):
                    unsure.append((a, b, "the other article gives this figure's value beside its own, to a subject "
                                         "of the same words: its own figure is of something else"))
                elif self._told_elsewhere(a, b) or self._told_elsewhere(b, a):
                    unsure.append((a, b, "the other article tells this figure too, of the same subject: its own "
                                         "figure is of something else (\"carried 24 satellites\", \"put 23 "
                                         "satellites where we wanted them\")"))
                elif weak:
                    alike.append((a, b))
                else:
                    clash.append((a, b, "value"))
        if clash and alike:  # told by the clash already, or another figure: as before, not compared
            unsure += [(a, b, "figures differ but the subjects are not alike enough to call it") for a, b in alike]
            alike = []
        if clash:
            agree_out = self._agree_outside(cluster) if cluster.outside and self.by_id else []
            if agree or agree_out:
                clash, unsure = _both_told(clash, agree + agree_out, unsure)
        details = {"intervals": {c.id: str(intervals[c.id]) for c in claims},
                   "unit": claims[0].unit, "tolerance": {"abs": tol.abs, "rel": tol.rel}, "match": cluster.explain}
        smaller = _smaller_unit(claims[0].unit, [iv for iv in intervals.values() if iv is not None])
        if smaller:  # "“7.42 metres” [7.42] m", not [0.00742, 0.00742] km
            intervals = {k: iv and convert_interval(iv, claims[0].unit, smaller) for k, iv in intervals.items()}
            details["shown"] = {"unit": smaller, "intervals": {k: str(iv) for k, iv in intervals.items() if iv}}
        shown = {k: _readable(iv) for k, iv in intervals.items() if iv is not None}  # "[36.1 million to 39.9 million]"
        if clash:  # a divergence is told already: the slips are pairs that agree
            agree, slips, opposed, maxima = agree + slips + opposed + maxima, [], [], []
        out = self._settle(cluster, claims, agree, clash, unsure, details, "Figures", shown=shown)
        if slips:
            out.append(self._possible_slip(cluster, slips, details, shown))
        if opposed:
            out.append(self._hedges_contradict(cluster, opposed, details, shown))
        if maxima:
            out.append(self._pairs_diverge(cluster, maxima, details, "maxima", "Maxima differ: each tells the most "
                                           "it reached or allows (\"up to\", \"as many as\") at another figure",
                                           shown))
        if alike:
            out.append(self._pairs_diverge(cluster, alike, details, "told_alike", "Figures told in like sentences "
                                           "differ (the subjects alone are too thin to call it)", shown))
        return out

    def _told_in_like_sentences(self, a: Claim, b: Claim, seen: dict) -> bool:
        """Whether two figures of one unit whose subjects are too thin to compare ("fined Kornhaus 2.8 billion
        crowns": "crown") are told in sentences alike enough to be one figure: values less than
        ``LIKE_VALUES_APART`` times apart, ``LIKE_WORDS`` content words shared or more and ``ECHO_STRONG`` of
        those of the shorter sentence, neither told as a total ("fines totalling 3.5 billion crowns") or of
        an average where the other is not, the words of one subject all in the other, and neither sentence
        holding the other's number ("Seven members of the nine-strong council"). ``seen``: what each
        claim is read as, kept for the cluster's other pairs."""
        va, vb = a.value, b.value
        if not _one_unit(a, b) or not va or not vb or (va < 0) != (vb < 0) \
                or max(abs(va), abs(vb)) >= LIKE_VALUES_APART * min(abs(va), abs(vb)):
            return False
        ra, rb = seen.get(a.id), seen.get(b.id)
        if ra is None:
            ra = seen[a.id] = self._read_for_likeness(a)
        if rb is None:
            rb = seen[b.id] = self._read_for_likeness(b)
        (wa, sa, ka), (wb, sb, kb) = ra, rb
        shared = len(wa & wb)
        if shared < LIKE_WORDS or shared < ECHO_STRONG * min(len(wa), len(wb)) or ka != kb \
                or not (sa <= sb or sb <= sa):
            # (a premium to the last close and one to an average price: two figures; each subject says
            # something the other does not: "closing price", "average price")
            return False
        return not (_holds_value(b.sentence, va) or _holds_value(a.sentence, vb))  # "Seven of the nine-member"

    def _read_for_likeness(self, c: Claim) -> tuple[frozenset[str], set[str], tuple[bool, bool]]:
        """A claim's content words, its subject's words, and whether it is told as a total or of an average."""
        return (content_words(c), set(self.norm.analyse(c.subject)[0].split()),
                (_told_as_total(c), _AVERAGE.search(c.sentence) is not None))

    def _hedges_contradict(self, cluster: Cluster, pairs: list[tuple[Claim, Claim]], details: dict,
                           shown: dict[str, str] | None = None) -> Finding:
        """Figures of one thing bounded from opposite sides at one number ("more
        than 2,300 jobs" and "up to 2,300 jobs"): the tolerance lets them meet,
        the words do not. A divergence at ``possible_slip_severity``."""
        return self._pairs_diverge(cluster, pairs, details, "opposed",
                                   "Hedges contradict: one bounds the figure from below, another from above at the "
                                   "same number or past it", shown)

    def _pairs_diverge(self, cluster: Cluster, pairs: list[tuple[Claim, Claim]], details: dict, key: str,
                       what: str, shown: dict[str, str] | None = None) -> Finding:
        """One divergence at ``possible_slip_severity`` for ``pairs`` of a
        cluster's figures, told as ``what``, the pairs under ``details[key]``."""
        involved = {c.id: c for pair in pairs for c in pair}
        said = _listed(list(involved.values()), each=lambda c: _describe(c) + self._shown(c, details, shown))
        pair_details = dict(details, **{key: [{"a": a.id, "b": b.id} for a, b in pairs[:LINKS_KEPT]]})
        _count_cut(pair_details, **{key: pairs})
        return self.finding(Verdict.DIVERGE, list(involved.values()), f"{what}: {said}",
                            cluster=cluster.id, details=pair_details, severity=self.policy.possible_slip_severity)

    def _count_moved(self, a: Claim, b: Claim, intervals: dict[str, Interval]) -> bool:
        """Whether two counts of a running count (a metric that ``counts``:
        deaths, injured, people treated in hospital, missing or trapped
        people, displaced people, arrests, firefighters deployed) are two
        moments of it: the article published on a later day tells it higher
        ("six people were killed" on Sunday, "seven people have now died" on
        Monday), or, for a count that ``may_fall`` (missing, displaced, in
        hospital, firefighters deployed), lower ("32
        people are still missing" on Monday, "27 still missing" on Tuesday). A
        toll of deaths told lower a day later still clashes. Any other count
        told as it stood at a moment (``_RUNNING``: "by Tuesday evening", "had
        been inspected"), or an area so told ("By Tuesday morning the fire had
        burned 3,900 hectares"), and higher in the article of the later day is one too,
        unless the two differ as a slip of the keys would make them differ. Not
        a vote's tally, nor counts of a month or more over before both articles
        ("14 contracts ... awarded between 2019 and 2024")."""
        if a.published is None or b.published is None or a.published == b.published \
                or a.dimension not in ("count", "area"):
            return False
        if unit_key(a) == "vote" or all(
                c.period_end is not None and c.period_end < min(a.published, b.published)
                and (c.period_end - c.period_start).days >= 28 for c in (a, b)):
            return False  # a vote's tally is cast once; a count of months or years over before either article
        metrics = self.norm.analyse(a.subject)[1] | self.norm.analyse(b.subject)[1]
        if not metrics & self._tolls:
            # any count told as it stood ("had recorded more than 40 aftershocks by Tuesday evening", "312 homes
            # had been inspected"), higher in the article of the later day: a count that ran on
            early, late = (a, b) if a.published < b.published else (b, a)
            return bool(_RUNNING.search(a.sentence) or _RUNNING.search(b.sentence)) and not twins(a, b) \
                and intervals[late.id].low >= intervals[early.id].high
        early, late = (a, b) if a.published < b.published else (b, a)
        if metrics & self._falling and not metrics & (self._tolls - self._falling):
            return True
        return intervals[late.id].low >= intervals[early.id].high

    def _possible_slip(self, cluster: Cluster, slips: list[tuple[Claim, Claim]], details: dict,
                       shown: dict[str, str] | None = None) -> Finding:
        """Figures of one thing that their hedges let both stand but whose
        digits differ as a slip of the keys would make them differ ("at least
        248 people" and "284"): a divergence at ``possible_slip_severity``."""
        return self._pairs_diverge(cluster, slips, details, "slips",
                                   "Figures differ only as a slip of the keys would make them differ (two digits "
                                   "swapped, or the same digits 10, 100 or 1,000 times apart), though their hedges "
                                   "let both stand", shown)

    def _judge_events(self, cluster: Cluster, claims: Sequence[Claim], strong: _StrongLinks) -> list[Finding]:
        days = self.policy.date_tolerance_days
        # what two accounts are compared on is their dates and place: each pair of those once
        kinds: dict[tuple, int] = {}
        kind = {c.id: kinds.setdefault((c.date_start, c.date_end, c.time, c.place), len(kinds)) for c in claims}
        # kind -> kind -> (what they disagree on, whether both name places the rules cannot compare)
        outcome: dict[int, dict[int, tuple[tuple[str, ...] | None, bool]]] = {}
        agree, clash, unsure = [], [], []
        places_unjudged: set[str] = set()  # "in Santiago" / "in Antofagasta": places the rules cannot compare
        recurs = self._recurring.get(claims[0].action) if claims else None
        travels = self._travels.get(claims[0].action) if claims else None
        overlap, seen = self.policy.recurring_event_overlap, {}
        # the pairs of other articles' accounts (as _cross_pairs), in that order, each pair's strength
        # read at its place when it can be (see _judge_quantities)
        kind_at = [kind[c.id] for c in claims]
        bits, n = strong.in_order(claims), len(claims)
        dated: dict[str, list[Claim]] = {}  # article -> its accounts with a date
        for c in claims:
            if c.date_start is not None:
                dated.setdefault(c.article, []).append(c)

        def on_day(article: str, c: Claim) -> bool:  # the article tells an account on the day of c's
            return c.date_start is not None and any(
                x.date_start == x.date_end and dates_overlap(x.date_start, x.date_end, c.date_start, c.date_end, days)
                for x in dated.get(article, ()))
        for i, a in enumerate(claims):
            row, at = outcome.setdefault(kind_at[i], {}), pair_index(i, 0, n)
            for j in range(i + 1, n):
                b = claims[j]
                if a.article == b.article:
                    continue
                got = row.get(kind_at[j])
                if got is None:
                    got = row[kind_at[j]] = (self._event_problems(a, b, days), bool(
                        a.place and b.place and self._places_unjudged(a.place, b.place)))
                problems, unjudged = got
                if problems is None:
                    continue  # nothing two accounts could agree or disagree on
                if "date" in problems and ((_AGAIN.search(b.sentence) and on_day(b.article, a))
                                           or (_AGAIN.search(a.sentence) and on_day(a.article, b))):
                    continue  # the other article tells one on this day too, and this one as another: "met on
                    # Wednesday ... will meet again on Monday, 16 March" against "would meet on Wednesday"
                if travels and "date" in problems and a.place and b.place \
                        and (unjudged or self._places_differ(a.place, b.place)):
                    # "arrived in Brodna on Monday" and "toured the port of Velgrad on Wednesday": two stops of
                    # a trip (on one day, two places stay one visit placed two ways)
                    unsure.append((a, b, f"dates and places differ: two stops of one journey, not one {travels} "
                                         "told twice"))
                    continue
                if not problems:
                    agree.append((a, b))
                    if unjudged:
                        places_unjudged.update((a.place, b.place))
                elif not (bits[at + j] if bits else (a.id, b.id) in strong):
                    unsure.append((a, b, f"{' and '.join(problems)} differ, but actors or modality differ too"))
                elif recurs and content_overlap(a, b, seen) < overlap:
                    unsure.append((a, b, f"{' and '.join(problems)} differ, but a {recurs} recurs and the two "
                                         f"sentences tell different things"))
                else:
                    clash.extend((a, b, p) for p in problems)
        details = {"date_tolerance_days": days, "match": cluster.explain, "events": ClaimRows(claims, _event_row)}
        if any(c.time for c in claims):
            details["time_tolerance_minutes"] = self.policy.time_tolerance_minutes
        note = ""
        if places_unjudged:
            details["places_not_compared"] = sorted(places_unjudged)
            shown = _listed(sorted(places_unjudged), ", ")
            note = (f" (the places differ as written, {shown}, and are not compared: "
                    "the rules do not say whether one lies in the other)")
        if places_unjudged and not clash:  # judged once every claim is at hand: see placed_apart
            self._unplaced.append((cluster, list(claims), agree))
        return self._settle(cluster, claims, agree, clash, unsure, details, "Accounts of the event", note)

    def placed_apart(self) -> list[Finding]:
        """:meth:`_placed_apart` of each cluster of events whose accounts agree
        but name places the rules cannot compare."""
        return [f for cluster, claims, agree in self._unplaced for f in self._placed_apart(cluster, claims, agree)]

    def _placed_apart(self, cluster: Cluster, claims: Sequence[Claim], agree) -> list[Finding]:
        """Accounts that agree on an event but place it in two places the rules
        do not know, where the article of one also names the other's place
        elsewhere ("arrived in Sarvesh" against "flew to Dumrel", in an article
        that writes of Dumrel too): two places of one story, a divergence at
        ``possible_slip_severity``. Without such a mention the two may be one
        place and a place within it, and only the agreement's note tells them;
        nor is a place the rules know (a state, a capital) set against one they
        do not ("in Samarkand" may lie in "Uzbekistan"), nor two places one
        article gives the action both ("met in Samarkand" and "at the summit in
        Uzbekistan"). Two places the two articles call towns (or villages,
        cities, ports: "the flooded harbour town of Ostrand", "Saltmere was
        among the worst-hit towns") are two places too: neither lies in the
        other."""
        action = claims[0].action if claims else None
        articles = {c.article for c in claims}
        pairs = [(a, b) for a, b in agree if self._two_places(a, b, articles, action)]
        return self._told_apart(pairs, "One event is placed in two places", lambda c: f"in {c.place}", "places",
                                lambda c: c.place, cluster)

    def _two_places(self, a: Claim, b: Claim, articles, action: str | None) -> bool:
        """Whether two accounts of one event place it in two places (see :meth:`_placed_apart`), no article of
        ``articles`` giving ``action`` both."""
        if not a.place or not b.place or a.place == b.place or not self._places_unjudged(a.place, b.place) \
                or self.norm.entity(a.place)[0] is not None or self.norm.entity(b.place)[0] is not None \
                or any({a.place, b.place} <= self._places_of(article, action) for article in articles):
            return False
        return self._names_place(b.article, a.place) or self._names_place(a.article, b.place) \
            or (self._settlement(a.place, (a.article, b.article)) and self._settlement(b.place, (a.article, b.article)))

    def _places_of(self, article: str, action: str | None) -> set[str]:
        """The places an article gives an action (one article that gives it two tells two)."""
        key = (article, action)
        found = self._action_places.get(key)
        if found is None:
            self._sentences_of(article)  # gathers the claims of each article
            found = self._action_places[key] = {c.place for c in self._of_article.get(article, ())
                                                if c.action == action and c.place}
        return found

    def _told_apart(self, pairs, what: str, told: Callable[[Claim], str], key: str, detail: Callable[[Claim], object],
                    cluster: Cluster | None = None, aspect: str | None = None) -> list[Finding]:
        """One divergence at ``possible_slip_severity`` for each group of linked
        ``pairs`` of claims told alike but apart ("on 2026-10-04", "in
        Sarvesh": ``told``), under ``details[key]`` each claim's ``detail``."""
        out = []
        for component in _components(sorted(pairs, key=lambda p: (p[0].id, p[1].id))):
            said = _listed(component, each=lambda c: f"{_who(c)}: “{' '.join(c.text.split())}” {told(c)}")
            details = {key: {c.id: detail(c) for c in component}}
            if cluster is not None:
                details["match"] = cluster.explain
            out.append(self.finding(Verdict.DIVERGE, component, f"{what}: {said}",
                                    cluster=cluster.id if cluster is not None else None,
                                    severity=self.policy.possible_slip_severity, details=details, aspect=aspect))
        return out

    def _happening(self, c: Claim) -> bool:
        """Whether an accident's account tells it as it happened: by its verb
        ("erupted"), or by a noun opening its sentence before a verb in the
        past ("The eruption began")."""
        return " ".join(c.text.lower().split()) not in self._agentless_nouns or _opens_its_clause(c)

    def _settlement(self, place: str, articles: tuple[str, ...]) -> bool:
        """Whether a sentence of ``articles`` calls ``place`` a town, a village, a city or a port."""
        return any(self._settled_in(a, place) for a in articles)

    def _settled_in(self, article: str, place: str) -> bool:
        """:meth:`_settlement` of one article."""
        return self._place_found(self._settled, article, place,
                                 lambda p: re.compile(_SETTLEMENT.pattern.replace("PLACE", re.escape(p)), re.I))

    def _names_place(self, article: str, place: str) -> bool:
        """Whether a sentence of ``article`` that holds a claim names ``place`` as a word."""
        return self._place_found(self._named_places, article, place,
                                 lambda p: re.compile(rf"(?<![\w-]){re.escape(p)}(?![\w-])"))

    def _place_found(self, cache: dict, article: str, place: str, make: Callable[[str], re.Pattern]) -> bool:
        """Whether a sentence of ``article`` that holds a claim and writes ``place`` matches ``make(place)``;
        once per article and place (``cache``), the pattern made only where the place's words stand."""
        key = (article, place)
        found = cache.get(key)
        if found is None:
            pattern, found = None, False
            for s in self._sentences_of(article):
                if place in s:
                    pattern = pattern or make(place)
                    if pattern.search(s):
                        found = True
                        break
            cache[key] = found
        return found

    def _told_beside(self, x: Claim, y: Claim, interval, tol, precision, touch) -> bool:
        """Whether ``y``'s article gives ``x``'s value, in ``y``'s paragraph, to
        another figure of ``y``'s unit and period whose subject shares a word
        with ``y``'s: "Turnout nationally was 63.7% ... In Dravosk, turnout
        reached 71.2%" tells both; another outlet's "turnout reached 63.7%" is
        the first, not a slip of the second."""
        if interval is None:
            return False
        beside = self._beside.get(y.id)
        if beside is None:  # a figure is compared with many: its neighbours are looked for once
            self._sentences_of(y.article)  # gathers the claims of each article
            words = subject_words(self.norm.analyse(y.subject)[0])
            found = []
            for o in self._of_article.get(y.article, ()):
                if o.id == y.id or o.kind is not Kind.QUANTITY or o.paragraph != y.paragraph or o.unit != y.unit \
                        or o.value == y.value or (o.period_start, o.period_end) != (y.period_start, y.period_end):
                    continue
                if not words & subject_words(self.norm.analyse(o.subject)[0]):
                    continue
                other = claim_interval(o, self.policy)
                if other is not None:
                    found.append((other, slack_parts(o)))
            beside = self._beside[y.id] = tuple(found)
        if not beside:  # most figures
            return False
        return any(compatible(interval, other, slack_of(tol, (slack_parts(x), parts), precision), touch)
                   for other, parts in beside)

    def _told_elsewhere(self, x: Claim, y: Claim) -> bool:
        """Whether ``y``'s article tells ``x``'s figure too (the same value and unit) of a subject in the same
        words as ``x``'s, ``y``'s own subject told in other words: that outlet agrees with ``x``, and its
        figure ``y`` is of something else."""
        told = self._values_told.get(y.article)
        if told is None:
            self._sentences_of(y.article)  # gathers the claims of each article
            if len(self._values_told) >= 4096:  # a large archive: the articles read last are kept
                self._values_told.clear()
            told = self._values_told[y.article] = {}
            for o in self._of_article.get(y.article, ()):
                if o.kind is Kind.QUANTITY and o.value is not None:
                    told.setdefault((o.unit, o.value), []).append((o.id, self.norm.analyse(o.subject)[0]))
        subjects = told.get((x.unit, x.value))
        if not subjects:
            return False
        subject = self.norm.analyse(x.subject)[0]
        if subject == self.norm.analyse(y.subject)[0]:
            return False  # that article tells one subject two ways: its own slip, still set against ``x``
        return any(s == subject and i != y.id for i, s in subjects)

    def _tally_of(self, c: Claim) -> frozenset:
        """The vote tally told in a claim's sentence, as (side, votes) pairs ("voted seven to six": in favour
        7, against 6), when it tells both sides; else empty."""
        by_sentence = self._tallies.get(c.article)
        if by_sentence is None:
            self._sentences_of(c.article)  # gathers the claims of each article
            sides: dict[int, set] = {}
            for x in self._of_article.get(c.article, ()):
                if x.kind is Kind.QUANTITY and x.unit == "vote" and x.value is not None:
                    side = "for" if x.subject.endswith("in favour") else "against" \
                        if x.subject.endswith("against") else None
                    if side:
                        sides.setdefault(x.sentence_index, set()).add((side, x.value))
            by_sentence = self._tallies[c.article] = {
                k: frozenset(v) for k, v in sides.items() if {side for side, _ in v} == {"for", "against"}}
        return by_sentence.get(c.sentence_index, frozenset())

    def _sentences_of(self, article: str) -> list[str]:
        """The sentences of an article that hold a claim, once each."""
        if self._of_article is None:  # the claims of each article, gathered once
            self._of_article = {}
            for c in self.by_id.values() if self.by_id else ():
                self._of_article.setdefault(c.article, []).append(c)
        told = self._article_sentences.get(article)
        if told is None:
            told = self._article_sentences[article] = list(dict.fromkeys(
                c.sentence for c in self._of_article.get(article, ())))
        return told

    def _event_problems(self, a: Claim, b: Claim, days: int) -> tuple[str, ...] | None:
        """What two accounts of an event disagree on ("date", "time", "place");
        None when they give nothing to compare (no dates on both, no places on
        both). Times of day are compared only on one day both accounts give,
        told in one zone (or neither in any): "at 3:47 a.m. on Tuesday" and
        "at 4:37am on Tuesday" differ, "14:20 local time" and "12:20 GMT" are
        not compared."""
        if not (a.date_start and b.date_start) and not (a.place and b.place):
            return None
        problems = []
        if a.date_start and b.date_start and not dates_overlap(a.date_start, a.date_end, b.date_start,
                                                               b.date_end, days):
            problems.append("date")
        elif a.time and b.time and a.date_start is not None and a.date_start == a.date_end == b.date_start \
                == b.date_end and _times_apart(a.time, b.time, self.policy.time_tolerance_minutes):
            problems.append("time")
        if self._places_differ(a.place, b.place):
            problems.append("place")
        return tuple(problems)

    def _places_unjudged(self, a: str, b: str) -> bool:
        """Two places that differ as written but that no rule lets the judge
        compare (not two different states, not one entity)."""
        (na, ta), (nb, tb) = self.norm.entity(a), self.norm.entity(b)
        if na is None or nb is None:  # a place the rules do not list: as written
            return (na or a.casefold()) != (nb or b.casefold())
        return na != nb and not (ta == "state" and tb == "state")

    def _places_differ(self, a: str | None, b: str | None) -> bool:
        """Only two different states count: a city may lie in a country the other names."""
        if not a or not b:
            return False
        (na, ta), (nb, tb) = self.norm.entity(a), self.norm.entity(b)
        return ta == "state" and tb == "state" and na != nb

    def _judge_quotes(self, cluster: Cluster, claims: Sequence[Claim]) -> list[Finding]:
        same = self.policy.quote_same_threshold
        reworded = []
        for a, b in self._cross_pairs(claims):
            if a.quote_kind != "direct" or b.quote_kind != "direct":
                continue  # reported speech is told in the outlet's own words: another wording is no change
            changes = quote_changes(a.quote, b.quote, same)
            if changes:
                reworded.append((a, b, changes))
        versions = ClaimList(claims, _version_row)
        said = _listed(claims, " | ", lambda c: f"{_who(c)}: “{c.quote}”")
        details = {"match": cluster.explain, "versions": versions}
        other_figures = _figures_swapped(claims, self._cross_pairs(claims)) \
            if any(c.quote_kind != "direct" for c in claims) else []
        if other_figures:  # reported speech may be reworded, not renumbered: "an average of 620 mm" and "520mm"
            involved = list({c.id: c for pair in other_figures for c in pair}.values())
            told = _listed(involved, " | ", lambda c: f"{_who(c)}: “{c.quote}”")
            details["other_figures"] = [{"a": a.id, "b": b.id} for a, b in other_figures[:LINKS_KEPT]]
            _count_cut(details, other_figures=other_figures)
            return [self.finding(Verdict.DIVERGE, involved, f"One statement is reported with other figures: {told}",
                                 cluster=cluster.id, details=details, severity=self.policy.possible_slip_severity)]
        if reworded:
            details["wording_changed"] = [{"a": a.quote, "b": b.quote, "a_claim": a.id, "b_claim": b.id,
                                           "words": [{"a": x, "b": y} for x, y in changes]}
                                          for a, b, changes in reworded[:LINKS_KEPT]]
            _count_cut(details, wording_changed=reworded)
            a, b, changes = reworded[0]
            what = "; ".join(f"{_who(a)} {_words_or_none(x)}, {_who(b)} {_words_or_none(y)}" for x, y in changes[:3])
            return [self.finding(Verdict.AGREE, claims, f"Same quote, worded differently ({what}): {said}",
                                 cluster=cluster.id, details=details, severity=self.policy.reworded_quote_severity)]
        if any(c.quote_kind != "direct" for c in claims):
            return [self.finding(Verdict.AGREE, claims, f"The same statement, reported by each outlet: {said}",
                                 cluster=cluster.id, details=details)]
        return [self.finding(Verdict.AGREE, claims, f"Quote is the same in every outlet (or trimmed): {said}",
                             cluster=cluster.id, details=details)]

    def echoed(self, claims: Sequence[Claim]) -> set[str]:
        """Figures another outlet gives too, written alike: the same value,
        bounds and unit, of three significant digits or more ("7.75%", "€48.50
        a share", "4,312 cases"), in articles published within the story
        window that tell one story (``related``: "approved a £742 million tram
        line" and "The total price tag is £742 million") or whose sentences
        share a fifth of their content words. Such a figure is confirmed even
        when the two subjects were not alike enough to be matched; it is not
        reported unsourced."""
        by_figure: dict[tuple, list[Claim]] = {}
        for c in claims:
            if c.kind is Kind.QUANTITY and c.value and c.unit and len(significant_digits(c.value)) >= 3:
                by_figure.setdefault((c.unit, c.value, c.low, c.high), []).append(c)
        out: set[str] = set()
        seen: dict = {}
        for key in sorted(by_figure, key=repr):
            group = by_figure[key]
            if len(group) < 2:
                continue
            for a, b in self._near(group):
                if a.article != b.article and _source(a) != _source(b) \
                        and (_story_pair(a, b) in self.related or content_overlap(a, b, seen) >= ECHO_OVERLAP):
                    out.update((a.id, b.id))
        return out

    def one_sum_two_currencies(self, claims: Sequence[Claim]) -> list[Finding]:
        """One sum of money given in two currencies by two outlets ("foreign
        exchange reserves of $18.6 billion" against "18.6 billion lira"): two
        currencies seldom trade one for one, so the same written amount of one
        thing in both is a slip of the unit, a divergence at
        ``possible_slip_severity``. Amounts of two significant digits or more,
        of subjects alike enough to diverge (as the matcher scores them), and
        neither figure giving the other's currency itself. Amounts of three
        significant digits or more need no subjects alike when the two articles
        tell one story (another of their claims agrees: ``related``) and their
        metrics and entities do not deny it. Crowns and marks, which the unit
        table leaves counted nouns (a crown or a mark is not only money), are
        money here when they are a thousand or more ("62 million crowns"
        against "$62 million")."""
        by_amount: dict[float, list[Claim]] = {}
        for c in claims:
            if c.kind is Kind.QUANTITY and c.unit and c.value and c.low == c.high == c.value \
                    and len(significant_digits(c.value)) >= 2 \
                    and (c.dimension == "currency" or (c.unit in MONEY_NOUNS and abs(c.value) >= 1000)):
                by_amount.setdefault(c.value, []).append(c)
        pairs = []
        dollars = dollar_currencies()
        for amount in sorted(by_amount):
            for a, b in self._near(by_amount[amount]):
                if a.article == b.article or a.unit == b.unit or b.unit in {u for _, _, u in a.alternates} \
                        or a.unit in {u for _, _, u in b.alternates} or not periods_compatible(a, b):
                    continue
                if (b.unit in dollars and _BARE_DOLLAR.search(a.text)) or (a.unit in dollars
                                                                          and _BARE_DOLLAR.search(b.text)):
                    continue  # "$38.5 million" in a story from Sydney may be the "A$38.5 million" of another
                (sa, ma, ea), (sb, mb, eb) = self.norm.analyse(a.subject), self.norm.analyse(b.subject)
                sa, sb = _without_money_noun(sa, a.unit), _without_money_noun(sb, b.unit)
                if ma == mb and ea == eb and self._subjects_alike(sa, sb):
                    pairs.append((a, b))
                elif len(significant_digits(amount)) >= 3 and may_tie(ma, mb) and may_tie(ea, eb) \
                        and _story_pair(a, b) in self.related:
                    pairs.append((a, b))  # "a lad who cost 48.5 million pounds": three digits, one story
        return self._possible_slips(pairs, "One amount is given in two currencies", "currency", "amounts")

    def _told_alike(self, a: Claim, b: Claim, seen: dict) -> bool:
        """Whether two figures that the matcher kept apart are told of one thing: subjects alike
        enough to diverge, sentences sharing ``EVENT_ALIKE`` of their content words (``seen``: as
        in :func:`content_overlap`) or another number (see :func:`_other_number_shared`)."""
        sa, sb = self.norm.analyse(a.subject)[0], self.norm.analyse(b.subject)[0]
        return self._subjects_alike(sa, sb) or content_overlap(a, b, seen) >= EVENT_ALIKE \
            or _other_number_shared(a, b)

    def _subjects_alike(self, sa: str, sb: str) -> bool:
        """Whether two normalised subjects are alike enough to diverge, as the matcher scores them."""
        return bool(sa and sb) and not substituted(sa, sb) \
            and fuzz.token_set_ratio(sa, sb) >= self.policy.diverge_threshold

    def _possible_slips(self, pairs, what: str, rule: str, key: str, direction: bool = False) -> list[Finding]:
        """One divergence at ``possible_slip_severity`` for each group of linked
        ``pairs`` of figures, told as ``what``, under ``rule``; each figure's
        value and unit (and direction) under ``details[key]``."""
        out = []
        for component in _components(pairs):
            said = _listed(component, each=_describe)
            figures = [{"claim": c.id, "value": c.value, "unit": c.unit, **({"direction": c.direction}
                                                                             if direction else {})}
                       for c in component]
            out.append(self.finding(Verdict.DIVERGE, component, f"{what}: {said}", rule=rule,
                                    severity=self.policy.possible_slip_severity, details={key: figures}))
        return out

    def one_number_two_units(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                             ) -> list[Finding]:
        """A figure whose number another outlet writes for the same thing in
        another unit or magnitude ("weighing a combined 4,057 kilograms"
        against "a combined mass of 1,840 kilograms (4,057 pounds)"; "some 620
        feet below the surface" against "620 metres"; "a deal valuing the
        company at €5.7 million" against "€5.7 billion"): the number of one
        unit told in the other, a divergence at ``possible_slip_severity``.
        The shared number has three digits or more (not a year), or the two
        figures are a thousand, a million or a billion times apart, or it has
        two digits and the two subjects are the same words ("depth"), or one
        adds words to the other and both name one period ("gusts ... on
        Tuesday" and "wind gusts ... on Tuesday"), or the two sentences share
        half their content words (``ECHO_STRONG``); the
        figures differ by more than 5%, their dimension is one (not a count),
        their articles tell one story (``related``) and their subjects are
        alike enough to diverge or their sentences share a fifth of their
        content words (or, with a number of three digits or more, the two are
        rates per the same thing: "1,650 cubic feet per second"); not when one
        restates itself in the other's unit at the other's value ("about $4.9
        million (4.5 million euros)" against "€4.5m"). ``told``: claim id -> the divergences found already
        (a pair told in one of them is not told again)."""
        told = told or {}
        stories = self.stories()
        if not stories:
            return []
        written: dict[str, dict[str, list[Claim]]] = {}  # number as written -> article -> the claims writing it
        single: list[tuple[str, Claim]] = []
        for c in claims:
            if c.kind is not Kind.QUANTITY or not c.unit or not c.value or c.dimension in (None, "count") \
                    or c.article not in stories:
                continue
            numbers = _written_numbers(c.text)
            for n in dict.fromkeys(numbers):
                written.setdefault(n, {}).setdefault(c.article, []).append(c)
            if len(numbers) == 1:
                single.append((numbers[0], c))
        pairs, seen = set(), {}
        story_sets: dict[str, set[str]] = {}  # article -> the articles of its story, as a set

        def others_writing(number: str, article: str) -> list[Claim]:
            """The claims of the articles of ``article``'s story that write ``number``: through the shorter
            of the two lists (a story may have thousands of articles, a number few, or the reverse)."""
            by_article, tellers = written[number], stories[article]
            if len(by_article) < len(tellers):
                told_too = story_sets.get(article)
                if told_too is None:
                    told_too = story_sets[article] = set(tellers)
                return [b for other, of_other in by_article.items() if other in told_too for b in of_other]
            return [b for other in tellers for b in by_article.get(other, ())]

        for number, a in single:
            distinctive = _distinctive_number(number)
            for b in others_writing(number, a.article):
                if a.dimension != b.dimension \
                        or abs(a.value - b.value) <= 0.05 * max(abs(a.value), abs(b.value)) \
                        or not (distinctive or _magnitudes_apart(a.value, b.value) or len(number) >= 2) \
                        or told.get(a.id, set()) & told.get(b.id, set()) or not periods_compatible(a, b) \
                        or _restated_as(a, b) or _restated_as(b, a) or _bound_of(a, b):
                    continue
                (sa, ma, ea), (sb, mb, eb) = self.norm.analyse(a.subject), self.norm.analyse(b.subject)
                if not (may_tie(ma, mb) and may_tie(ea, eb)):
                    continue
                if not (distinctive or _magnitudes_apart(a.value, b.value)):
                    if (sa and sa == sb) or content_overlap(a, b, seen) >= ECHO_STRONG \
                            or (a.period_start is not None and (a.period_start, a.period_end)
                                == (b.period_start, b.period_end) and refines(sa, sb)):
                        # two digits: "at a depth of 12 miles" against "a depth of 12 km"; "over the Marl
                        # crossing upstream, adding 47 miles" against "over the Marl crossing upstream, a
                        # detour that adds 47 km"; one subject adding words to the other's, told of one day
                        # ("gusts of up to 70 miles per hour ... on Tuesday" against "wind gusts of up to 70
                        # kilometres per hour ... on Tuesday")
                        pairs.add((a, b) if a.id < b.id else (b, a))
                    continue
                if self._subjects_alike(sa, sb) or content_overlap(a, b, seen) >= ECHO_OVERLAP \
                        or (distinctive and _same_rate(a, b)):
                    pairs.add((a, b) if a.id < b.id else (b, a))
        return self._possible_slips(sorted(pairs, key=lambda p: (p[0].id, p[1].id)),
                                    "One number is given in two units or magnitudes", "unit", "figures")

    def _action_pairs(self, events: dict[str, dict[str, list[Claim]]]):
        """(accounts of the action in the first article, in the second) for each action two articles of
        one story tell (``related``; in draft mode a draft's pairs only); ``events``: article -> action ->
        its accounts (a list, or the caller's grouping of them)."""
        for first, second in self.related_in_order():
            if self.drafts is not None and first not in self.drafts and second not in self.drafts:
                continue
            told_first, told_second = events.get(first), events.get(second)
            if not told_first or not told_second:
                continue
            both = told_first.keys() & told_second.keys()
            for action in sorted(both) if len(both) > 1 else both:
                yield told_first[action], told_second[action]

    def _event_pairs(self, events: dict[str, dict[str, list[Claim]]]):
        """(accounts of the action in the first article, in the second, one of the first, one of the
        second) for each action of :meth:`_action_pairs`."""
        for told_first, told_second in self._action_pairs(events):
            for a in told_first:
                for b in told_second:
                    yield told_first, told_second, a, b

    def dated_apart(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None) -> list[Finding]:
        """One event told alike by two articles of one story, on two different
        days, where the matcher had no actors to compare them by ("the Aura 3
        goes on sale on Friday, November 13" against "go on sale on Friday, Nov.
        6"; "Aldermoor shareholders will vote ... at an extraordinary general
        meeting in Eindhoven on Thursday, April 30" against "April 23"): the
        same action and modality class, neither told as not happening ("with no new
        talks scheduled"), each dated to one day, at least one of
        them by a date written out ("April 30", not only "on Thursday": two
        outlets a day apart may each read "on Thursday" against their own
        day) or the two naming different weekdays in the same words (see
        :func:`_weekdays_told_apart`) or at the same time of day ("erupted at 4:17 a.m. on Sunday" and
        "began at 4:17 on Saturday morning"), no places that differ, sentences sharing ``EVENT_ALIKE`` of
        their content words, neither article telling the action in the same
        word on the other's day too ("the next policy meeting will take place
        on June 24, when it will also publish the minutes of Wednesday's
        meeting": two meetings), and at least one of the two accounts without
        actors or the two sharing some but not all of their actors (accounts
        that name the same actors are matched by them). A divergence at
        ``possible_slip_severity``: told without actors, the two may be two
        events. ``told``: as in :meth:`one_number_two_units`.

        Two such accounts of one day told at two times of day in one zone
        ("struck at 3:47 a.m. on Tuesday" against "at 4:37 a.m. on Tuesday"),
        neither article telling the action at the other's time too, are one
        event timed two ways: a divergence at the same severity. Two such
        accounts of one day in two places (as :meth:`_placed_apart` tells
        them: "made landfall near Sabrin" against "made landfall at Kellavan",
        in an article that writes of Sabrin too) are one event placed two
        ways, at the same severity."""
        if not self.related:
            return []
        told = told or {}
        days = self.policy.date_tolerance_days
        events: dict[str, dict[str, list[Claim]]] = {}  # article -> action -> its accounts dated to a day
        undated: dict[str, dict[str, list[Claim]]] = {}  # article -> accident -> its accounts told with no date
        for c in claims:
            if c.kind is Kind.EVENT and c.date_start is not None and c.date_start == c.date_end:
                events.setdefault(c.article, {}).setdefault(c.action, []).append(c)
            elif c.kind is Kind.EVENT and c.date_start is None and c.action in self._agentless \
                    and (c.time or c.place) and c.polarity != "negative":
                undated.setdefault(c.article, {}).setdefault(c.action, []).append(c)
        for article, by_action in undated.items():  # "It derailed outside the village of Corrow" in an article
            for action, accounts in by_action.items():  # that dates the derailment to one day: that day
                dated = events.get(article, {}).get(action)
                one_day = {x.date_start for x in dated} if dated else set()
                if len(one_day) == 1 and self._happening(dated[0]):
                    day = next(iter(one_day))
                    dated.extend(replace(c, date_start=day, date_end=day) for c in accounts if self._happening(c))
        pairs, seen, dated = set(), {}, {}

        def written(c: Claim) -> bool:
            if c.id not in dated:
                dated[c.id] = _dated_in_words(c)
            return dated[c.id]

        def on_day(accounts: list[Claim], c: Claim) -> bool:  # the same word on the other's day
            return any(x.text.casefold() == c.text.casefold()
                       and dates_overlap(x.date_start, x.date_end, c.date_start, c.date_end, days) for x in accounts)

        timed, placed = set(), set()  # the pairs told on one day at two times of day, in two places
        tolerance = self.policy.time_tolerance_minutes
        for first, second, a, b in self._event_pairs(events):
            if (a.actors and b.actors and (a.actors == b.actors or set(a.actors) == set(b.actors)
                                           or set(a.actors).isdisjoint(b.actors))) \
                    or a.polarity == "negative" or b.polarity == "negative" \
                    or modality_class(a) != modality_class(b) or self._places_differ(a.place, b.place) \
                    or told.get(a.id, set()) & told.get(b.id, set()):
                continue
            if dates_overlap(a.date_start, a.date_end, b.date_start, b.date_end, days):
                if a.place and b.place and a.place != b.place \
                        and self._two_places(a, b, (a.article, b.article), a.action) \
                        and self._one_account(a, b, seen, one_day=True):
                    placed.add((a, b) if a.id < b.id else (b, a))  # "made landfall near Sabrin" and "at Kellavan"
                # one day: apart only at two times of day, neither article telling the other's time too
                if not (a.time and b.time and a.date_start == b.date_start
                        and _times_apart(a.time, b.time, tolerance)) \
                        or any(x.time == b.time for x in first) or any(x.time == a.time for x in second) \
                        or not self._one_account(a, b, seen, one_day=True):
                    continue
                timed.add((a, b) if a.id < b.id else (b, a))
                continue
            if on_day(first, b) or on_day(second, a):
                continue
            one = self._one_accident(a, b, first, second, seen)
            tally = self._tally_of(a)  # one vote: the same tally told beside it ("voted seven to six", "a 7-6 vote")
            one_vote = bool(tally) and tally == self._tally_of(b)
            if not (written(a) or written(b) or _weekdays_told_apart(a, b) or (a.time and a.time == b.time)
                    or (one and _weekdays_apart(a, b))) \
                    or not (one or one_vote
                            or self._one_account(a, b, seen, one_day=bool(a.time and a.time == b.time))):
                continue
            pairs.add((a, b) if a.id < b.id else (b, a))
        return self._told_apart(pairs, "One event told alike is dated to two days", lambda c: f"on {c.date_start}",
                                "events", lambda c: {"action": c.action, "actors": list(c.actors),
                                                     "date": str(c.date_start), "place": c.place}) \
            + self._told_apart(timed, "One event told alike is timed at two times of day",
                               lambda c: f"at {c.time} on {c.date_start}", "events",
                               lambda c: {"action": c.action, "actors": list(c.actors), "date": str(c.date_start),
                                          "time": c.time, "place": c.place}) \
            + self._told_apart(placed, "One event is placed in two places", lambda c: f"in {c.place}", "places",
                               lambda c: c.place, aspect="place")

    def moment_timed_apart(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                           ) -> list[Finding]:
        """One moment told in like sentences by two articles of one story at two
        times of day ("gave way shortly before 11 p.m. on Sunday" against "the
        failure happened shortly before 4 a.m. on Monday"), whatever the sentences
        tell it with (an event the rules know, a statement, a figure): each
        sentence tells one time of day, the two in one zone and more than
        ``time_tolerance_minutes`` apart, their sentences share
        ``MOMENT_WORDS`` content words or more and ``MOMENT_ALIKE`` of those of
        the shorter, both name the same of "first", "last", "final", ... (the
        first customers and the last ones reconnected are two moments), both
        or neither tell an end (:data:`_END_MARK`: an order issued at 6:10
        a.m. and lifted at 5:30 p.m. is two moments), the
        days they name (if both do) at most one day apart, and neither article
        tells the other's time too. A divergence at ``possible_slip_severity``,
        on a claim of each sentence (its event, else its statement, else its
        first claim). ``told``: as in :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        def read(c: Claim) -> tuple | None:  # (time, words, days, marks) of a sentence that tells one time
            clocks = find_clock_times(c.sentence) if _may_tell_time(c.sentence) else ()
            if len(clocks) != 1:
                return None
            words = _sentence_words(c.sentence)
            marks = frozenset(m.lower() for m in _ORDER_MARK.findall(c.sentence)) \
                | ({"end"} if _END_MARK.search(c.sentence) else set())
            days = {c.date_start} if c.kind is Kind.EVENT and c.date_start and c.date_start == c.date_end else set()
            return clocks[0], words - _ORDER_WORDS, days, marks
        timed = _sentence_readings(claims, stories, read)  # article -> sentence -> (its claim, time, words, ...)
        tolerance = self.policy.time_tolerance_minutes
        pairs, times, days_apart = set(), {}, set()
        for first in sorted(timed):
            mine = list(timed[first].values())
            for second in (x for x in stories[first] if x > first and x in timed):
                theirs = list(timed[second].values())
                for a, ta, wa, da, ma in mine:
                    for b, tb, wb, db, mb in theirs:
                        if _one_minute_two_days(a, ta, b, tb) and ma == mb and len(wa & wb) >= MINUTE_WORDS \
                                and not told.get(a.id, set()) & told.get(b.id, set()):
                            days_apart.add((a, b) if a.id < b.id else (b, a))  # "at 3:40 p.m. on Sunday" and
                            times[a.id], times[b.id] = ta, tb  # "at 3:40 p.m. on Saturday": one reading
                            continue
                        if ta.zone != tb.zone or not (ta.low - tb.high > tolerance or tb.low - ta.high > tolerance) \
                                or ma != mb or (da and db and abs((min(da) - min(db)).days) > 1) \
                                or told.get(a.id, set()) & told.get(b.id, set()):
                            continue
                        shared = len(wa & wb)
                        if shared < MOMENT_WORDS or shared < MOMENT_ALIKE * min(len(wa), len(wb)):
                            continue
                        if any(_same_time(t[1], tb) for t in mine) or any(_same_time(t[1], ta) for t in theirs):
                            continue  # an article that tells both times tells two moments
                        pairs.add((a, b) if a.id < b.id else (b, a))
                        times[a.id], times[b.id] = ta, tb
        return self._told_apart(pairs, "One moment told alike is timed at two times of day",
                                lambda c: f"at {_clock_text(times[c.id])}", "times",
                                lambda c: describe_clock(times[c.id].low, times[c.id].high, times[c.id].zone),
                                aspect="moment") \
            + self._told_apart(days_apart, "One moment told at the same minute is dated to two days",
                               lambda c: f"at {_clock_text(times[c.id])} on {', '.join(_weekdays_in(c.sentence))}",
                               "days", lambda c: sorted(_weekdays_in(c.sentence)), aspect="minute")

    def venue_placed_apart(self, claims: Sequence[Claim]) -> list[Finding]:
        """One thing told in like sentences by two articles of one story at two
        named venues ("was taken to St. Brennan's Hospital in Cullen" against
        "was taken to Ellery General Hospital"; "The main shelter was set up at
        the Ashby Vale Showground" against "The main evacuation centre, set up in
        the gymnasium of Lowmere Community College"), whatever the sentences
        tell it with: each sentence names one venue (:data:`_VENUE`: a name
        ending in "Hospital", "College", "Showground", ...), the two names share
        no word but the venue's noun, the sentences share ``VENUE_WORDS``
        content words or more and ``VENUE_ALIKE`` of those of the shorter, the
        articles are published at most ``VENUE_DAYS_APART`` days apart, and
        neither article names the other's venue. A divergence at
        ``possible_slip_severity``, on a claim of each sentence (its event, else
        its statement, else its first claim)."""
        stories = self.stories()
        if not stories:
            return []
        def read(c: Claim) -> tuple | None:  # (venue, its name's words, the sentence's words) of one venue
            venues = {" ".join(m.group("venue").split()) for m in _VENUE.finditer(c.sentence)} \
                if _VENUE_HINT.search(c.sentence) else set()
            if len(venues) != 1:
                return None
            venue = venues.pop()
            return venue, frozenset(w.casefold() for w in venue.split()[:-1]) - {"st."}, _sentence_words(c.sentence)
        placed = _sentence_readings(claims, stories, read)  # article -> sentence -> (its claim, venue, ...)
        pairs, where = set(), {}
        for first in sorted(placed):
            mine = list(placed[first].values())
            for second in (x for x in stories[first] if x > first and x in placed):
                theirs = list(placed[second].values())
                if mine[0][0].published is None or theirs[0][0].published is None \
                        or abs((mine[0][0].published - theirs[0][0].published).days) > VENUE_DAYS_APART:
                    continue  # a venue may change, or the story be told again
                for a, va, na, wa in mine:
                    for b, vb, nb, wb in theirs:
                        if va == vb or na & nb:
                            continue
                        shared = len(wa & wb)
                        if shared < VENUE_WORDS or shared < VENUE_ALIKE * min(len(wa), len(wb)):
                            continue
                        if any(vb in t for t in self._sentences_of(first)) \
                                or any(va in t for t in self._sentences_of(second)):
                            continue  # an article that names both venues tells two things
                        pairs.add((a, b) if a.id < b.id else (b, a))
                        where[a.id], where[b.id] = va, vb
        return self._told_apart(pairs, "One thing told alike is placed at two venues", lambda c: f"at {where[c.id]}",
                                "venues", lambda c: where[c.id], aspect="venue")

    def _one_accident(self, a: Claim, b: Claim, first: list[Claim], second: list[Claim], seen: dict) -> bool:
        """Whether two accounts of an accident are the story's one accident of that kind, told on two days:
        each article dates that kind (:func:`_accident_kind`: "gave way" and "collapsed") to one day only
        (what is planned aside), one of the two tells it as it happened, neither sentence tells "a second" or
        "another", and the two share a content word ("part of the roof gave way on March 3" against "The roof
        in the mine's 14 West section collapsed ... on March 2"; "Friday's collision" against "collided ... on
        Saturday morning")."""
        if a.action not in self._agentless or not (self._happening(a) or self._happening(b)) \
                or a.modality == "planned" or b.modality == "planned" \
                or _ONE_MORE.search(a.sentence) or _ONE_MORE.search(b.sentence):
            return False
        kind = _accident_kind(a.text)
        if _accident_kind(b.text) != kind:
            return False

        def other_day(accounts: list[Claim], day) -> bool:
            return any(x.date_start != day for x in accounts
                       if _accident_kind(x.text) == kind and x.modality != "planned")
        if other_day(first, a.date_start) or other_day(second, b.date_start):
            return False
        return content_overlap(a, b, seen) > 0

    def _one_account(self, a: Claim, b: Claim, seen: dict, one_day: bool = False) -> bool:
        """Whether two accounts of an action that the matcher could not compare
        by their actors tell one occurrence in their sentences (see
        :meth:`dated_apart`): an accident told in the same verb, or in a noun
        opening each sentence, by ``ACCIDENT_ALIKE`` of shared content words
        (never "a second" or "another" one), any other action by
        ``EVENT_ALIKE`` (by ``THE_EVENT_ALIKE`` when both tell it in the same noun
        as the one of the story: "the referendum", "Sunday's summer festival", of
        an action done once), and an action one actor often repeats told in two
        words by ``ECHO_SAME`` ("the recall, announced on March 2" and "telling
        a parliamentary hearing on Tuesday" are two statements). ``one_day``:
        the two are told of one day or at one time of day, where an accident told as it happened in
        any of its words is one too, by ``ACCIDENT_ALIKE``, or by the one word
        of its triggers alone ("Mount Ardun erupted at 3:47 a.m." and "The
        eruption began at 4:37 a.m.")."""
        agentless = a.action in self._agentless
        if agentless and (_ONE_MORE.search(a.sentence) or _ONE_MORE.search(b.sentence)):
            return False
        if agentless and one_day:
            alike = self._happening(a) and self._happening(b)
            if alike and _one_word(a.text, b.text):
                return True  # the trigger is the word the two share
        else:
            alike = agentless and _stem(a.text) == _stem(b.text) and (
                " ".join(a.text.lower().split()) not in self._agentless_nouns
                or (_opens_its_clause(a) and _opens_its_clause(b)))
        threshold = ACCIDENT_ALIKE if alike else EVENT_ALIKE
        if not agentless and a.action not in self._recurring and a.action not in self._travels \
                and a.action not in INTERACTIVE and _stem(a.text) == _stem(b.text) \
                and " ".join(a.text.lower().split()) in self._nouns.get(a.action, ()) and _definite(a) and _definite(b):
            threshold = THE_EVENT_ALIKE  # "In the referendum on Sunday" and "in Saturday's referendum"
        if content_overlap(a, b, seen) < threshold:
            return False
        return not (a.action in self._recurring and not _one_word(a.text, b.text)
                    and content_overlap(a, b, seen) < ECHO_SAME)

    def given_to_another(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                         ) -> list[Finding]:
        """One event told of two different actors by two articles of one story
        ("Holby will step down at the end of December after nine years in the
        role" against "Sigrid Anvik, who will step down at the end of December
        after nine years with the club"): the same action and modality class,
        one actor each and not the same name, days that may be one (one of
        the two may be undated), no places
        that differ, actors alike (:meth:`_alike_actors`), sentences sharing
        ``ECHO_STRONG`` of their content words and a figure told alike in both
        ("nine years"), or ``ECHO_SAME`` of them, the shorter with
        ``SAME_WORDS`` content words or more ("Education Minister Karel Dunst
        resigned on Tuesday evening, saying in a letter to the prime minister
        ..." against "Deputy Education Minister Mira Solberg resigned on
        Tuesday evening, saying in a letter to the prime minister ..."); not
        when an article tells the action of both actors. A meeting or a call
        of two actors is compared so too when the accounts share one of them
        and differ in the other. A divergence at
        ``possible_slip_severity``: the matcher keeps events of different
        actors apart, so a slip of the person is found here. An action a story
        tells once (``once`` in the rules: an evacuation order) is compared
        so whatever the rest of the sentences tell, dated or not. ``told``: as
        in :meth:`one_number_two_units`."""
        if not self.related:
            return []
        told = told or {}
        days = self.policy.date_tolerance_days
        # article -> action -> actors -> its accounts (of one actor, or of two who meet): the actors decide most
        # pairs, once for all the accounts that name them (one story's articles tell one action hundreds of times)
        events: dict[str, dict[str, dict[tuple[str, ...], list[Claim]]]] = {}
        figures: dict[tuple[str, int], set[tuple]] = {}  # (article, sentence) -> (unit, value) of its figures
        for c in claims:
            if c.kind is Kind.EVENT and (len(c.actors) == 1 or (len(c.actors) == 2 and c.action in INTERACTIVE)):
                events.setdefault(c.article, {}).setdefault(c.action, {}).setdefault(c.actors, []).append(c)
            elif c.kind is Kind.QUANTITY and c.unit and c.value is not None:
                figures.setdefault((c.article, c.sentence_index), set()).add((c.unit, c.value))
        pairs, seen = set(), {}
        others: dict[tuple, tuple[str, str] | None] = {}  # (actors, actors) -> the actor of each told apart
        named: dict[tuple[str, str], str | None] = {}  # (actor, article) -> _person_named
        told_of: dict[tuple[int, str], list[Claim]] = {}  # (accounts, actor) -> those that tell it

        def telling(accounts: list[Claim], actor: str) -> list[Claim]:
            """The ``accounts`` (of one action and actors in one article) that tell ``actor``
            (:meth:`_tells_actor`): an article's accounts are compared with those of each article
            of its story, so they are looked at once."""
            key = (id(accounts), actor)  # the lists live as long as ``events``
            found = told_of.get(key)
            if found is None:
                found = told_of[key] = [c for c in accounts if self._tells_actor(c, actor, named)]
            return found
        for by_first, by_second in self._action_pairs(events):
            if by_second.keys() <= by_first.keys() or by_first.keys() <= by_second.keys():
                continue  # each article tells the other's actors too (most often: the same one actor)
            for actors_a, accounts_a in by_first.items():
                for actors_b, accounts_b in by_second.items():
                    if len(actors_a) != len(actors_b) or actors_b in by_first or actors_a in by_second:
                        continue  # each article tells both (or the same actors): two events
                    xy = others.get((actors_a, actors_b), False)
                    if xy is False:
                        xy = others[actors_a, actors_b] = self._other_actors(actors_a, actors_b)
                    if xy is None:
                        continue
                    x, y = xy
                    telling_x = telling(accounts_a, x)
                    if not telling_x:
                        continue
                    for a in telling_x:
                        for b in telling(accounts_b, y):
                            if self._another_told(a, b, days, told, figures, seen):
                                pairs.add((a, b) if a.id < b.id else (b, a))
        return self._told_apart(pairs, "One event is told of two different actors",
                                lambda c: "of " + " and ".join(c.actors),
                                "events", lambda c: {"action": c.action, "actors": list(c.actors),
                                                     "date": str(c.date_start)})

    def _other_actors(self, actors_a: tuple[str, ...], actors_b: tuple[str, ...]) -> tuple[str, str] | None:
        """The actor of each of two accounts of an event that one may be a slip for the other: one actor
        each, or a meeting of two that shares one of them ("Voss and Marinescu", "Voss and Castellan"),
        not one name written two ways, and alike (:meth:`_alike_actors`)."""
        only_a, only_b = set(actors_a) - set(actors_b), set(actors_b) - set(actors_a)
        if len(only_a) != 1 or len(only_b) != 1:
            return None
        x, y = only_a.pop(), only_b.pop()
        if _names_one(x, y) or not self._alike_actors(x, y):
            return None
        return x, y

    def _tells_actor(self, c: Claim, actor: str, named: dict[tuple[str, str], str | None]) -> bool:
        """Whether event account ``c`` tells ``actor`` as :meth:`given_to_another` compares it: its
        sentence names the actor (not "he told the judges": read from before, it may be wrong), and
        the other party of a meeting is a person (not "the Shanghai Cooperation Organization");
        ``named``: (actor, article) -> :meth:`_person_named`, asked once."""
        if not _names_in(actor, c.sentence):
            return False
        if len(c.actors) != 2:
            return True
        key = (actor, c.article)
        if key not in named:
            named[key] = self._person_named(actor, c.article)
        return bool(named[key])

    def _another_told(self, a: Claim, b: Claim, days: int, told: dict[str, set[int]],
                      figures: dict[tuple[str, int], set[tuple]], seen: dict) -> bool:
        """Whether account ``b`` tells the event account ``a`` tells of another actor, its actors
        compared already and each account telling its own (:meth:`_tells_actor`; see
        :meth:`given_to_another`)."""
        once = a.action in self._once
        if (a.date_start is None and b.date_start is None and not once) \
                or (a.date_start is not None and b.date_start is not None
                    and not dates_overlap(a.date_start, a.date_end, b.date_start, b.date_end, days)) \
                or modality_class(a) != modality_class(b) or self._places_differ(a.place, b.place) \
                or told.get(a.id, set()) & told.get(b.id, set()):
            return False
        if once:  # "Governor Tomas Reyl ordered the evacuation" and "Mara Veldt issued the evacuation order"
            return True
        if a.date_start is not None and a.date_start == a.date_end == b.date_start == b.date_end \
                and _stem(a.text) == _stem(b.text) and (done := _done_to(a)) and done == _done_to(b):
            return True  # "declared a state of emergency on Sunday", told of two people
        overlap = content_overlap(a, b, seen)
        if len(a.actors) == 2:  # one party told alike already: the words need only be alike as events'
            return overlap >= EVENT_ALIKE
        if overlap < ECHO_STRONG:
            return False
        same = overlap >= ECHO_SAME and min(len(seen[a.id]), len(seen[b.id])) >= SAME_WORDS
        # half the words alike: a figure told alike too
        return same or bool(figures.get((a.article, a.sentence_index), set())
                            & figures.get((b.article, b.sentence_index), set()))

    def _alike_actors(self, a: str, b: str) -> bool:
        """Whether two actors are of one kind, so that one may stand for the other by a slip: two names
        of two words or more that are no states of the rules ("Marten Holby", "Sigrid Anvik"; "the World
        Bank", "the European Union"). Not a company and its chief ("Apple", "Steve Jobs"), nor two
        states, whose reactions one story tells side by side ("China urged", "the United States urged")."""
        if len(a.split()) < 2 or len(b.split()) < 2:
            return False
        return all(self.norm.entity(x)[1] != "state" for x in (a, b))

    def digits_swapped(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None) -> list[Finding]:
        """Figures of two articles of one story (``related``) that differ as a
        slip of the keys would (:func:`~factcheck.match.twins`: "The blaze had
        consumed 14,800 hectares by Wednesday" against "It had burned 18,400
        hectares by Wednesday"), whose subjects the matcher found too unlike to
        compare: the same unit, three significant digits or more (two where
        the matcher found the two possibly one: "73 batches" and "37 batches"
        in one cluster, left uncompared), periods that may be one, sentences
        sharing ``ECHO_OVERLAP`` of their content words
        or another number (:func:`_other_number_shared`: "enlarging its arena
        to 52,000 seats"), and neither article telling the other's figure too (it would then be
        something else). A divergence at ``possible_slip_severity``. ``told``:
        as in :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        by_digits: dict[tuple, dict[str, list[Claim]]] = {}  # (unit, digits sorted) -> article -> its claims
        values: set[tuple] = set()  # (article, unit, value) told
        for c in claims:
            if c.kind is not Kind.QUANTITY or not c.unit or not c.value or c.dimension is None \
                    or c.article not in stories:
                continue
            values.add((c.article, c.unit, c.value))
            unit = c.unit.rsplit(None, 1)[-1] if c.dimension == "count" else c.unit  # "tram driver": "driver"
            for digits in {significant_digits(c.value), written_digits(c.value), text_digits(c)}:
                # 41,200 as "412"; 380 as "380"; "180 million" as "180"; two digits where the matcher
                # found the two figures possibly one ("73 batches" and "37 batches")
                if len(digits) >= 2:
                    by_digits.setdefault((unit, tuple(sorted(digits))), {}).setdefault(c.article, []).append(c)
        pairs, seen = set(), {}
        for a, b in _grouped_pairs(by_digits, stories):
            if a.value == b.value or not _one_unit(a, b) or not periods_compatible(a, b) \
                    or not (twins(a, b) or (twins(a, b, 2) and self._possibly_one(a, b))) \
                    or told.get(a.id, set()) & told.get(b.id, set()) \
                    or (a.article, a.unit, b.value) in values or (b.article, b.unit, a.value) in values \
                    or (content_overlap(a, b, seen) < ECHO_OVERLAP and not _other_number_shared(a, b)) \
                    or _owners_apart(a, b):
                continue
            pairs.add((a, b) if a.id < b.id else (b, a))
        return self._possible_slips(sorted(pairs, key=lambda p: (p[0].id, p[1].id)),
                                    "Figures differ only as a slip of the keys would make them differ", "slip",
                                    "figures")

    def _possibly_one(self, a: Claim, b: Claim) -> bool:
        """Whether the matcher put ``a`` and ``b`` in one cluster but left them
        uncompared (listed as "possibly the same thing")."""
        return any(y.id == b.id for y, _ in self.elsewhere.get(a.id, ()))

    def told_both_ways(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None) -> list[Finding]:
        """One change told as a rise by one article of a story and as a fall by
        another ("The lirak weakened 0.6% against a basket of currencies"
        against "The lirak rose 0.6% against a basket of currencies"), or one
        level reached by a rise in one and by a fall in the other ("the party's
        share rose to 27.8 percent" against "fell to 27.8 percent"): the same
        value and unit, periods that may be one, subjects alike enough to
        diverge or sentences sharing ``EVENT_ALIKE`` of their content words,
        and neither article telling that figure both ways (two changes, then).
        The matcher keeps changes of opposite directions apart, so the slip is
        found here: a divergence under the rule ``direction`` at
        ``possible_slip_severity``. ``told``: as in :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        by_figure: dict[tuple, dict[str, list[Claim]]] = {}  # (unit, value, a change?) -> article -> its claims
        ways: set[tuple] = set()  # (article, unit, value, direction) told
        way: dict[str, str] = {}  # claim id -> up or down: of the change, or of the level a count went to
        for c in claims:
            if c.kind is not Kind.QUANTITY or not c.unit or not c.value or c.article not in stories:
                continue
            d = c.direction if c.direction in ("up", "down") else _went_to(c)
            if d:
                way[c.id] = d
                by_figure.setdefault((c.unit, c.value, bool(c.direction)), {}).setdefault(c.article, []).append(c)
                ways.add((c.article, c.unit, c.value, d))
        pairs, seen = set(), {}
        for a, b in _grouped_pairs(by_figure, stories):
            if way[a.id] == way[b.id] or not periods_compatible(a, b) \
                    or told.get(a.id, set()) & told.get(b.id, set()) \
                    or (a.article, a.unit, a.value, way[b.id]) in ways \
                    or (b.article, b.unit, b.value, way[a.id]) in ways:
                continue
            if self._told_alike(a, b, seen):
                pairs.add((a, b) if a.id < b.id else (b, a))
        return self._possible_slips(sorted(pairs, key=lambda p: (p[0].id, p[1].id)),
                                    "One change is told as a rise and as a fall", "direction", "figures",
                                    direction=True)

    def figure_dated_apart(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                           ) -> list[Finding]:
        """One figure told alike by two articles of one story (``related``) but
        dated to two different days ("the Tarne peaked at 5.82 metres at about
        4am on Sunday" against "on Monday"): the same value and unit, of three
        significant digits or more, each period a single day, at most
        ``FIGURE_DAYS_APART`` days apart, one of them written out or the two
        sentences naming different weekdays (two outlets a day apart may each
        read "on Friday" against their own day), no count (a toll may stand
        still from one day to the next), subjects alike enough to diverge or
        sentences sharing ``EVENT_ALIKE`` of their content words. A
        divergence at ``possible_slip_severity``: the matcher keeps figures of
        two days apart, so the slip of a day is found here. ``told``: as in
        :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        days = self.policy.date_tolerance_days
        by_figure: dict[tuple, dict[str, list[Claim]]] = {}  # (unit, value) -> article -> its claims
        for c in claims:
            if c.kind is Kind.QUANTITY and c.unit and c.value and c.dimension not in (None, "count") \
                    and c.low == c.high == c.value and c.period_start is not None \
                    and c.period_start == c.period_end and c.article in stories \
                    and len(significant_digits(c.value)) >= 3:
                by_figure.setdefault((c.unit, c.value), {}).setdefault(c.article, []).append(c)
        pairs, seen = set(), {}
        for a, b in _grouped_pairs(by_figure, stories):
            if dates_overlap(a.period_start, a.period_end, b.period_start, b.period_end, days) \
                    or abs((a.period_start - b.period_start).days) > FIGURE_DAYS_APART \
                    or told.get(a.id, set()) & told.get(b.id, set()) or not _days_told_apart(a, b):
                continue
            if self._told_alike(a, b, seen):
                pairs.add((a, b) if a.id < b.id else (b, a))
        return self._told_apart(pairs, "One figure told alike is dated to two days", lambda c: f"on {c.period_start}",
                                "figures", lambda c: {"value": c.value, "unit": c.unit, "date": str(c.period_start)})

    def figure_named_apart(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                           ) -> list[Finding]:
        """One figure told alike by two articles of one story but of two
        different names ("must sell 60 MHz of radio spectrum to Kova Telecom"
        against "must sell 60 MHz of spectrum to Zentra Mobile") or in two
        directions ("roughly 4 km west of the town centre" against "roughly
        four kilometres east of the town centre"): the same
        value and unit, exact, each subject naming one name the other does not
        (a capitalised name of two words or more, as written in its sentence,
        no state of the rules), the subjects' other words one within the
        other's, and neither article giving the figure to the other's name nor
        writing that name in the figure's sentence. A divergence at
        ``possible_slip_severity``: the matcher keeps figures of two names
        apart (two things), so the slip of a name is found here. ``told``: as
        in :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        by_figure: dict[tuple, dict[str, list[Claim]]] = {}  # (unit, value) -> article -> its claims naming one
        named: dict[str, tuple[str, frozenset]] = {}  # claim id -> (its name, its subject's other words)
        for c in claims:
            if c.kind is Kind.QUANTITY and c.unit and c.value is not None and c.low == c.high == c.value \
                    and c.article in stories and c.subject:
                found = _subject_name(c) or _subject_direction(c)
                if found is not None and self.norm.entity(found[0])[1] != "state":
                    named[c.id] = found
                    by_figure.setdefault((c.unit, c.value), {}).setdefault(c.article, []).append(c)
        pairs = set()
        for a, b in _grouped_pairs(by_figure, stories):
            (x, rest_a), (y, rest_b) = named[a.id], named[b.id]
            if x == y or (x in _COMPASS) != (y in _COMPASS) or _names_one(x, y) or not rest_a or not rest_b \
                    or not (rest_a <= rest_b or rest_b <= rest_a) \
                    or told.get(a.id, set()) & told.get(b.id, set()) \
                    or _told_in(y, a.sentence) or _told_in(x, b.sentence) \
                    or any(named[c.id][0] == y for c in by_figure[(a.unit, a.value)][a.article]) \
                    or any(named[c.id][0] == x for c in by_figure[(b.unit, b.value)][b.article]):
                continue
            pairs.add((a, b) if a.id < b.id else (b, a))
        return self._told_apart(pairs, "One figure told alike is given to two different names or directions",
                                lambda c: named[c.id][0] if named[c.id][0] in _COMPASS else f"of {named[c.id][0]}",
                                "figures",
                                lambda c: {"value": c.value, "unit": c.unit, "name": named[c.id][0]})

    def office_given_apart(self, claims: Sequence[Claim]) -> list[Finding]:
        """One office given to two different people by two articles of one
        story ("Environment Minister Agnes Thorvald" against "The law's
        sponsor, Environment Minister Jonas Weller"), as the speakers and
        sources of their claims write them: an office of a portfolio
        (capitalised words before "Minister", "Secretary" or "Commissioner"),
        no country or demonym in it (two countries' foreign ministers are two
        people), each article giving the office to one person only, and
        neither article writing the other's person. A divergence at
        ``possible_slip_severity``.

        An office one person holds in an organisation ("chief executive",
        "president", "chair", "sporting director": :data:`_ROLE_TITLE`) is
        compared so only where an article gives the other's person another
        such office ("Chief Executive Helena Marquart" and "Chief Financial
        Officer Tomas Brenner" against "chief executive Tomas Brenner"; a
        story may tell the presidents of two bodies), and neither article
        tells a change of office of either person ("will succeed", "former")."""
        stories = self.stories()
        if not stories:
            return []
        held: dict[str, dict[str, dict[str, list[Claim]]]] = {}  # article -> office -> person -> claims
        roles: dict[str, dict[str, set[str]]] = {}  # article -> person -> the organisation's offices given
        read: dict[str, tuple] = {}  # speaker or source as written -> the offices it gives, (office, person, role)
        for c in claims:
            if c.article in stories:
                for who in dict.fromkeys((c.speaker, c.attribution)):
                    if not who:
                        continue
                    given_by = read.get(who)
                    if given_by is None:
                        given_by = read[who] = _offices_in(who)
                    for office, person, role in given_by:
                        held.setdefault(c.article, {}).setdefault(office, {}).setdefault(person, []).append(c)
                        if role:
                            roles.setdefault(c.article, {}).setdefault(person, set()).add(office)
        pairs: list[tuple[Claim, Claim]] = []
        given: dict[str, tuple[str, str]] = {}  # claim id -> (office, person)

        def holds_other(article: str, person: str, office: str) -> bool:  # the article gives the person another
            return any(_names_one(person, p) and offices - {office} for p, offices in roles.get(article, {}).items())

        def changes_office(article: str, person: str) -> bool:
            return any(_names_in(person, t) and _OFFICE_CHANGE.search(t) for t in self._sentences_of(article))
        for first in sorted(held):
            for second in (x for x in stories[first] if x > first and x in held):
                for office in sorted(held[first].keys() & held[second].keys()):
                    pa, pb = held[first][office], held[second][office]
                    if len(pa) != 1 or len(pb) != 1:
                        continue  # an article that gives the office to two: a successor, a former holder
                    (x, cx), (y, cy) = next(iter(pa.items())), next(iter(pb.items()))
                    if _names_one(x, y):
                        continue
                    if office in _ROLE_OFFICES:  # an organisation's: an article gives the other's person another
                        if not (holds_other(first, y, office) or holds_other(second, x, office)) \
                                or any(changes_office(art, p) for art in (first, second) for p in (x, y)):
                            continue
                    elif any(_names_in(y, t) for t in self._sentences_of(first)) \
                            or any(_names_in(x, t) for t in self._sentences_of(second)):
                        continue
                    a, b = cx[0], cy[0]
                    given[a.id], given[b.id] = (office, x), (office, y)
                    pairs.append((a, b) if a.id < b.id else (b, a))
        out = []
        for component in _components(sorted(pairs, key=lambda p: (p[0].id, p[1].id))):
            office = given[component[0].id][0]
            by_person: dict[str, list[str]] = {}
            for c in component:
                by_person.setdefault(given[c.id][1], []).append(_who(c))
            said = "; ".join(f"{person} ({_listed(who, ', ')})" for person, who in by_person.items())
            out.append(self.finding(Verdict.DIVERGE, component, f"One office is given to two people, {office}: {said}",
                                    severity=self.policy.possible_slip_severity,
                                    details={"office": office, "people": {c.id: given[c.id][1] for c in component}}))
        return out

    def person_given_two_offices(self, claims: Sequence[Claim]) -> list[Finding]:
        """One person given two different offices of an organisation by two
        articles of one story published at most ``OFFICE_DAYS_APART`` days
        apart ("Oren Castile, Halvard's chief financial officer" against "Oren
        Castile, the company's vice president of launch operations";
        "chief executive Declan Furlow" against "Declan Furlow, the company's
        director of operations"), as the sentences of their claims set a
        description beside the name: the two offices share none (a president
        who is chief executive too is told both ways), neither article gives
        the person the other's office, and neither tells a change of office of
        that person ("will become", "succeeds", "former"). A divergence at
        ``possible_slip_severity`` on a claim of each sentence."""
        stories = self.stories()
        if not stories:
            return []
        given: dict[str, dict[str, list]] = {}  # article -> person -> [(offices, claim)]
        published: dict[str, object] = {}
        for c in _first_of_sentences(claims, stories):
            published.setdefault(c.article, c.published)
            if not _may_give_office(c.sentence):
                continue
            for name, offices in _people_offices(c.sentence):
                given.setdefault(c.article, {}).setdefault(name, []).append((offices, c))
        pairs, at_two, said = [], [], {}

        def changes_office(article: str, person: str) -> bool:
            return any(_names_in(person, t) and _HELD_OFFICE_CHANGE.search(t) for t in self._sentences_of(article))

        def changes_employer(article: str, person: str) -> bool:
            return any(_names_in(person, t) and _EMPLOYER_CHANGE.search(t) for t in self._sentences_of(article))
        for first in sorted(given):
            for second in (x for x in stories[first] if x > first and x in given):
                pa, pb = published.get(first), published.get(second)
                if pa is None or pb is None or abs((pa - pb).days) > OFFICE_DAYS_APART:
                    continue
                for person in sorted(given[first].keys() & given[second].keys()):
                    xa = frozenset().union(*(o for o, _ in given[first][person]))
                    xb = frozenset().union(*(o for o, _ in given[second][person]))
                    same = {t for t, _, _ in xa} & {t for t, _, _ in xb}
                    if (same and not _held_at_two(xa, xb, same)) or changes_office(first, person) \
                            or changes_office(second, person) or (same and (changes_employer(first, person)
                                                                            or changes_employer(second, person))):
                        continue
                    a = next(c for o, c in given[first][person] if not same or any(t in same for t, _, _ in o))
                    b = next(c for o, c in given[second][person] if not same or any(t in same for t, _, _ in o))
                    said[a.id], said[b.id] = (person, xa), (person, xb)
                    (at_two if same else pairs).append((a, b) if a.id < b.id else (b, a))

        def office_text(offices) -> str:
            return " and ".join(sorted(f"{t} of {o}" if o else t for t, o, _ in offices))

        def employer_text(offices) -> str:
            return " and ".join(sorted(f"{t} at {e}" for t, _, e in offices if e))
        return self._told_apart(set(pairs), "One person is given two offices",
                                lambda c: f"({said[c.id][0]}: {office_text(said[c.id][1])})", "offices",
                                lambda c: {"person": said[c.id][0], "office": office_text(said[c.id][1])},
                                aspect="offices") \
            + self._told_apart(set(at_two), "One person is placed at two organisations",
                               lambda c: f"({said[c.id][0]}: {employer_text(said[c.id][1])})", "offices",
                               lambda c: {"person": said[c.id][0], "office": employer_text(said[c.id][1])},
                               aspect="employer")

    def site_placed_apart(self, claims: Sequence[Claim]) -> list[Finding]:
        """One named site placed in two places by two articles of one story
        ("St. Brennock Regional Hospital in Dunmere" against "in Carrowgate";
        "the Brindle Cross substation outside Oakhurst" against "on the edge of
        Kelsby"; "the Dunhaven-based chipmaker Verelund" against "Verelund,
        which is headquartered in Tellbridge"), as the sentences of their
        claims tell it (see :func:`_sites_in`): the two names one within the
        other, neither place a region ("Eastmoor County") nor a country or
        state the rules know, neither article placing the site in the other's
        place too, and no sentence of either article writing the two places
        together ("Carrowgate, in Eastmoor": one holds the other). A divergence
        at ``possible_slip_severity`` on a claim of each sentence."""
        stories = self.stories()
        if not stories:
            return []
        placed: dict[str, list[tuple[frozenset, str, Claim]]] = {}  # article -> (site, place, claim)
        for c in _first_of_sentences(claims, stories):
            for site, place in _sites_in(c.sentence):
                last_word = place.rsplit(" ", 1)[-1].casefold()
                if last_word not in _REGION_WORDS and self.norm.entity(place)[0] is None:
                    placed.setdefault(c.article, []).append((site, place, c))
        pairs, said = set(), {}

        def places_of(article: str, site: frozenset) -> set[str]:
            return {p for s, p, _ in placed[article] if s <= site or site <= s}

        def together(x: str, y: str, articles) -> bool:
            return any(_names_in(x, t) and _names_in(y, t) for a in articles for t in self._sentences_of(a))
        for first in sorted(placed):
            for second in (x for x in stories[first] if x > first and x in placed):
                for sa, pa, ca in placed[first]:
                    for sb, pb, cb in placed[second]:
                        if pa == pb or not (sa <= sb or sb <= sa) or ca.id == cb.id:
                            continue
                        if places_of(first, sa) & places_of(second, sb) or together(pa, pb, (first, second)):
                            continue
                        said[ca.id], said[cb.id] = pa, pb
                        pairs.add((ca, cb) if ca.id < cb.id else (cb, ca))
        return self._told_apart(pairs, "One site is placed in two places", lambda c: f"(in {said[c.id]})", "places",
                                lambda c: said[c.id], aspect="site")

    def share_against_count(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                            ) -> list[Finding]:
        """A share one article gives of a count that another article tells as
        a part of a whole, where the two do not fit: "close 37 stores, nearly
        a third of its chain" against "close 37 of its 214 stores" (17%);
        "more than a third of its 17 branches" against "five of the city's 17
        branch libraries" (29%). The part is told as "N of M" (two counts of
        one noun, N the smaller, only "of" and a determiner between); the share
        as a percentage set off after a count ("37 stores, nearly a third of
        ...") with the same N, or told "of" a count ("a third of its 17
        branches") with the same M; the two counts of one noun; the share's
        interval, widened by ``SHARE_SLACK`` points, not holding N/M; and
        neither article telling the other's share or part too. A divergence at
        ``possible_slip_severity``."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        parts: dict[str, list[tuple]] = {}  # article -> (N, M, the claim of M, the claim of N)
        shares: dict[str, list[tuple]] = {}  # article -> (share claim, N or None, M or None, the count's claim)
        def read(article: str, by_sentence: dict[str, list[Claim]]) -> None:
            for sentence, found in by_sentence.items():
                if len(found) < 2:
                    continue
                found.sort(key=lambda c: c.start)
                for x, y in zip(found, found[1:]):
                    between = sentence[x.end - x.sentence_start:y.start - y.sentence_start]
                    if x.dimension == "count" and y.dimension == "count" and x.value < y.value \
                            and _one_unit(x, y) and _PART_OF.fullmatch(between):
                        parts.setdefault(article, []).append((x.value, y.value, y, x, None))
                    elif x.dimension == "count" and y.unit == "percent" and _SHARE_SET_OFF.fullmatch(between) \
                            and not _OF_THEM.match(sentence, y.end - y.sentence_start):
                        shares.setdefault(article, []).append((y, x.value, None, x, None))
                    elif x.unit == "percent" and y.dimension == "count" and _PART_OF.fullmatch(between):
                        shares.setdefault(article, []).append((x, None, y.value, y, None))
                    elif x.dimension in ("count", "rate") and _SHARE_SET_OFF.fullmatch(between) and x.value > 0:
                        # the whole, then a part of it "of them": "68,000 vehicles a day, about a quarter of them
                        # lorries"; "68,000 vehicles, some 9,500 of them lorries"
                        if y.unit == "percent" and (them := _OF_THEM.match(sentence, y.end - y.sentence_start)) \
                                and is_plural(them.group(1)):
                            shares.setdefault(article, []).append((y, None, x.value, x, lemma(them.group(1))))
                        elif y.dimension == "count" and " of them " in y.text and y.value < x.value:
                            parts.setdefault(article, []).append((y.value, x.value, x, y, y.unit))
        # an article's claims come together: its sentences are read when the next article's start
        last, by_sentence = None, {}
        for c in claims:
            if c.kind is Kind.QUANTITY and c.article in stories and c.value is not None \
                    and (c.unit == "percent" or c.dimension in ("count", "rate")) and (" of " in c.sentence):
                if c.article != last:
                    if last is not None:
                        read(last, by_sentence)
                    last, by_sentence = c.article, {}
                by_sentence.setdefault(c.sentence, []).append(c)
        if last is not None:
            read(last, by_sentence)
        pairs, said = set(), {}
        for first in sorted(shares.keys() | parts.keys()):
            for second in (x for x in stories[first] if x in parts and x != first):
                for share, n, m, counted, of_what in shares.get(first, ()):
                    iv = claim_interval(share, self.policy)
                    if iv is None:
                        continue
                    for pn, pm, whole, part, part_of in parts[second]:
                        if not (n == pn or m == pm) or of_what != part_of or not _one_noun(counted, whole) \
                                or told.get(share.id, set()) & told.get(part.id, set()):
                            continue
                        ratio = 100.0 * pn / pm
                        if compatible(iv, Interval(ratio, ratio), SHARE_SLACK):
                            continue
                        if any(p[0] == pn and p[1] == pm for p in parts.get(first, ())):
                            continue  # the share's own article tells the part too: its share is of something else
                        said[share.id], said[part.id] = f"({str(iv)} percent)", f"(of {pm:g}: {ratio:.1f} percent)"
                        pairs.add((share, part) if share.id < part.id else (part, share))
        return self._told_apart(pairs, "A share does not fit the part of the whole another outlet tells",
                                lambda c: said[c.id], "shares", lambda c: said[c.id], aspect="share")

    def figure_yeared_apart(self, claims: Sequence[Claim], told: dict[str, set[int]] | None = None
                            ) -> list[Finding]:
        """One figure told alike by two articles of one story but set in two
        different calendar spans (of one kind, or of two kinds in two years:
        "in August 2007" against "in 2009"), each year written in its
        sentence ("annual cost savings of 410 million rells by 2029" against
        "by 2027"; "from 1.08 billion crowns in the first quarter of 2025"
        against "in the last three months of 2025"): the same value and unit,
        a number of three digits or more written (no year), or of two with a
        scale ("2.7 million TEU in 2024" against "in 2025"), each period one
        whole calendar year, half, quarter or month (:func:`_calendar_span`),
        at most ``FIGURE_YEARS_APART`` years apart, neither article telling the
        figure for the other's period too, and the two told alike
        (:meth:`_told_alike`). Any other figure of such a span (no year
        written, or a common number) is compared so only where one article
        gives the other's period another figure of the same subject
        ("inflation slowed to 3.1% in March" against "slowed to 3.1% in April
        from 3.6% in March"). A divergence at ``possible_slip_severity``: the
        matcher keeps figures of two periods apart, so the slip of a year or a
        quarter is found here. ``told``: as in :meth:`one_number_two_units`."""
        stories = self.stories()
        if not stories:
            return []
        told = told or {}
        by_figure: dict[tuple, dict[str, list[Claim]]] = {}  # (unit, value) -> article -> its claims
        years: set[tuple] = set()  # (article, unit, value, period start) told
        plain: set[str] = set()  # figures written with their year and distinctive
        periods: dict[tuple, list[Claim]] = {}  # (article, unit, period) -> its figures
        for c in claims:
            if c.kind is Kind.QUANTITY and c.unit and c.value and c.article in stories \
                    and c.period_start is not None and c.period_end is not None:
                span = _calendar_span(c.period_start, c.period_end)
                if span:
                    by_figure.setdefault((c.unit, c.value), {}).setdefault(c.article, []).append(c)
                    years.add((c.article, c.unit, c.value, c.period_start))
                    periods.setdefault((c.article, c.unit, c.period_start, c.period_end), []).append(c)
                    if str(c.period_start.year) in c.sentence and _distinctive_figure(c.text):
                        plain.add(c.id)

        def given_otherwise(x: Claim, y: Claim) -> bool:  # y's article gives x's period another figure of x's
            sx = self.norm.analyse(x.subject)[0]
            return any(o.value != x.value and self._subjects_alike(sx, self.norm.analyse(o.subject)[0])
                       for o in periods.get((y.article, x.unit, x.period_start, x.period_end), ()))

        pairs, seen = set(), {}
        for a, b in _grouped_pairs(by_figure, stories):
            ya, yb = a.period_start.year, b.period_start.year
            if a.period_start == b.period_start or abs(ya - yb) > FIGURE_YEARS_APART \
                    or (ya == yb and _calendar_span(a.period_start, a.period_end)
                        != _calendar_span(b.period_start, b.period_end)) \
                    or told.get(a.id, set()) & told.get(b.id, set()) \
                    or (a.article, a.unit, a.value, b.period_start) in years \
                    or (b.article, b.unit, b.value, a.period_start) in years:
                continue
            if not (a.id in plain and b.id in plain) and not (given_otherwise(a, b) or given_otherwise(b, a)):
                continue
            if self._told_alike(a, b, seen):
                pairs.add((a, b) if a.id < b.id else (b, a))
        return self._told_apart(pairs, "One figure told alike is set in two periods", _period_words, "figures",
                                lambda c: {"value": c.value, "unit": c.unit, "year": c.period_start.year})

    def percent_or_points(self, claims: Sequence[Claim]) -> list[Finding]:
        """One change of a rate told in percent by one outlet and in percentage
        points by another ("will rise by 1.5 per cent to 21.5 per cent" against
        "by 1.5 percentage points to 21.5%"): the same number, the same
        direction, subjects alike enough to diverge (as the matcher scores
        them) or two articles of one story (``related``) whose sentences share
        content words. A change of 1.5 points is one of 7.5% from 20%: one of the
        two is wrong, a divergence at ``possible_slip_severity``."""
        by_value: dict[tuple[float, str], list[Claim]] = {}
        for c in claims:
            if c.kind is Kind.QUANTITY and c.direction and c.unit in ("percent", "percentage_point") and c.value \
                    and c.low == c.high == c.value:
                by_value.setdefault((c.value, c.direction), []).append(c)
        pairs = []
        seen: dict = {}
        for key in sorted(by_value):
            group = by_value[key]
            if len({c.unit for c in group}) < 2:
                continue
            for a, b in self._near(group):
                if a.article == b.article or a.unit == b.unit or not periods_compatible(a, b):
                    continue
                (sa, ma, ea), (sb, mb, eb) = self.norm.analyse(a.subject), self.norm.analyse(b.subject)
                if not (may_tie(ma, mb) and may_tie(ea, eb)):
                    continue
                if self._subjects_alike(sa, sb) \
                        or (_story_pair(a, b) in self.related and content_overlap(a, b, seen) >= ECHO_OVERLAP):
                    pairs.append((a, b))
        return self._possible_slips(pairs, "One change is given in percent and in percentage points",
                                    "percentage-points", "changes", direction=True)

    def given_to_others(self, claims: Sequence[Claim]) -> list[Finding]:
        """One direct quote given to two different people by two outlets
        ("...," said Transport Minister Halla Renquist; "...," said Joren Vass,
        chair of the employers): a divergence for each group of such quotes.
        Quotes are matched on their opening or closing words and then on all
        their words (``quote_match_threshold``), whoever they are given to.
        Only people are compared: a company and its chief executive, or a
        ministry and its minister, may both be given a statement's words.
        Quotes of fewer than ``QUOTE_WORDS_COMPARED`` words are compared only
        between two articles of one story (``related``), from
        ``STORY_QUOTE_WORDS_COMPARED`` words."""
        by_words: dict[str, list[Claim]] = {}
        worded: dict[str, str] = {}  # claim id -> its quote's words (a quote is compared with many)
        for c in claims:
            if c.kind is Kind.QUOTE and c.quote_kind == "direct" and c.speaker:
                worded[c.id] = quote_words(c.quote)
                words = worded[c.id].split()
                if len(words) >= STORY_QUOTE_WORDS_COMPARED:
                    for key in dict.fromkeys((" ".join(words[:5]), " ".join(words[-5:]))):
                        by_words.setdefault(key, []).append(c)
        pol = self.policy
        pairs: dict[tuple[str, str], tuple[Claim, Claim]] = {}
        people: dict[tuple[str | None, str], str | None] = {}  # (speaker, article) -> _person

        def person(c: Claim) -> str | None:
            key = (c.speaker, c.article)
            if key not in people:
                people[key] = self._person(c)
            return people[key]

        who = {c.id: person(c) for group in by_words.values() for c in group}  # a quote is in many pairs
        for words in sorted(by_words):
            for a, b in self._near(by_words[words]):
                pa, pb = who[a.id], who[b.id]
                if not pa or not pb or pa == pb or a.article == b.article:
                    continue
                if min(len(worded[a.id].split()), len(worded[b.id].split())) < QUOTE_WORDS_COMPARED \
                        and _story_pair(a, b) not in self.related:
                    continue  # a short phrase: compared within one story only
                key = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                if key in pairs or _names_one(a.speaker, b.speaker) \
                        or fuzz.token_set_ratio(worded[a.id], worded[b.id]) < pol.quote_match_threshold:
                    continue
                pairs[key] = (a, b)
        findings = []
        ordered = sorted(pairs.values(), key=lambda p: (p[0].id, p[1].id))
        components = _components(ordered)
        group = {c.id: k for k, component in enumerate(components) for c in component}
        pairs_of: list[list[tuple[Claim, Claim]]] = [[] for _ in components]  # each group's pairs, in order
        for a, b in ordered:
            pairs_of[group[a.id]].append((a, b))
        for component, in_it in zip(components, pairs_of):
            by_person: dict[str, list[Claim]] = {}
            for c in component:
                by_person.setdefault(person(c) or c.speaker or "", []).append(c)
            given = [f"{told[0].speaker} ({_listed([_who(c) for c in told][:6], ', ')}"
                     + (f" and {len(told) - 6} more)" if len(told) > 6 else ")") for told in by_person.values()]
            longest = max(component, key=lambda c: (len(c.quote or ""), claim_order(c)))
            said = f"“{longest.quote}”, to " + "; to ".join(given)
            details = {"speakers": [{"a": a.id, "b": b.id, "a_speaker": a.speaker, "b_speaker": b.speaker}
                                    for a, b in in_it[:LINKS_KEPT]]}
            _count_cut(details, speakers=in_it)
            findings.append(self.finding(Verdict.DIVERGE, component,
                                         f"One quote is given to different people: {said}",
                                         rule="quote-speaker", details=details))
        return findings

    def calendar(self, claims: Sequence[Claim]) -> list[Finding]:
        """A weekday written with a date it does not fall on ("on Tuesday,
        March 16" in 2026, a Monday): the calendar is a reference fact, and
        the sentence's claims violate it (its events, else the claim told
        nearest the date). A sentence without a claim has no finding."""
        by_sentence: dict[tuple[str, int], list[Claim] | None] = {}  # None: no weekday and month in it
        for c in claims:
            key = (c.article, c.sentence_index)
            if key not in by_sentence:  # each sentence read once, whatever its number of claims
                low = c.sentence.casefold()
                dated = any(w in low for w in _WEEKDAY_NAMES) and any(m in low for m in _MONTH_NAMES)
                by_sentence[key] = [] if dated else None
            told = by_sentence[key]
            if told is not None:
                told.append(c)
        out = []
        for told in filter(None, by_sentence.values()):
            first = told[0]
            for start, end, day, weekday in calendar_slips(first.sentence, first.published):
                events = [c for c in told if c.kind is Kind.EVENT]
                at = first.sentence_start + start
                on = events or [min(told, key=lambda c: (abs(c.start - at), c.start))]
                written = first.sentence[start:end]
                out.append(self.finding(
                    Verdict.RULE_VIOLATED, on,
                    f"The weekday and the date cannot both be right: “{written}”, but "
                    f"{day.day} {_MONTH_BY_NUMBER[day.month]} {day.year} is a {_WEEKDAY_BY_NUMBER[day.weekday()]}, "
                    f"not a {_WEEKDAY_BY_NUMBER[weekday]}", rule="calendar",
                    details={"written": written, "date": str(day), "weekday_written": _WEEKDAY_BY_NUMBER[weekday],
                             "weekday_of_date": _WEEKDAY_BY_NUMBER[day.weekday()], "line": first.line}))
        return out

    def _person(self, c: Claim) -> str | None:
        """The surname of a quote's speaker when the speaker is plainly a
        person (see :meth:`_person_named`)."""
        return self._person_named(c.speaker, c.article)

    def _person_named(self, who: str | None, article: str) -> str | None:
        """The surname of a speaker or an actor written ``who`` in ``article``
        when it is plainly a person: a person of the rules, or a name with a
        title ("Transport Minister Halla Renquist") or a role after it ("Joren
        Vass, chair of the PEA"), or a name that its article gives such a
        person elsewhere; else None ("Kestrel Automation" may be a company)."""
        name, kind = self.norm.entity((who or "").split(",", 1)[0].strip())
        if kind is not None:
            return _plain(speaker_key(name)) if kind == "person" else None
        surname = _titled_person(who)
        if surname:
            return surname
        name = (who or "").split(",", 1)[0].split()
        if name and name[-1][:1].isupper():  # "Ilena Marsk", "Marsk": a person the article names as one
            surname = _plain(speaker_key(" ".join(name)))
            return surname if surname in self._people_of(article) else None
        return None

    def _people_of(self, article: str) -> set[str]:
        """Surnames of the people an article names as people: with a title or a
        role as the source of a claim, with "who" after the name ("Ilena
        Marsk, who heads the directorate") or an age ("Castell, 41,")."""
        known = self._people.get(article)
        if known is not None:
            return known
        self._sentences_of(article)  # gathers the claims of each article
        known = self._people[article] = set()
        seen: set[int] = set()
        for c in self._of_article.get(article, ()):
            for who in {c.speaker, c.attribution}:
                surname = _titled_person(who)
                if surname:
                    known.add(surname)
            if c.sentence_index not in seen:
                seen.add(c.sentence_index)
                known.update(_plain(m.group(1).casefold()) for m in _NAME_WHO.finditer(c.sentence))
                known.update(_plain(m.group(1).casefold()) for m in _NAME_AGE.finditer(c.sentence))
                known.update(_plain(m.group(1).casefold()) for m in _NAME_ROLE.finditer(c.sentence)
                             if any(map(_is_role, m.group(2).casefold().split()))
                             and m.group(1).casefold() not in _ORGANISATION_WORDS)
                known.update(_plain(m.group(1).casefold()) for m in _ROLE_NAME.finditer(c.sentence)
                             if c.sentence[:m.start()].rsplit(None, 1)[-1] in _ROLES
                             and m.group(1).casefold() not in _ORGANISATION_WORDS)
                known.update(_titled_surnames(c.sentence))
        return known

    # -- single claims --------------------------------------------------------

    def internal_consistency(self, c: Claim) -> Finding | None:
        """A figure stated in two units in one place must agree with itself."""
        if not c.alternates or c.kind is not Kind.QUANTITY:
            return None
        main = claim_interval(c, self.policy)
        tol = self._tol(c)
        if main is None:
            return None
        shown = []
        if all(unit != c.unit for _lo, _hi, unit in c.alternates):
            return None
        for low, high, unit in c.alternates:
            if unit != c.unit:
                continue  # another currency ("$199 / £129"): a price, not a conversion
            alt = hedge_interval(None, low, high, True, True, None, self.policy)
            if alt is None:
                continue
            shown.append(str(alt))
            slack = slack_for(tol, c, precision=self.policy.implied_precision)
            if self.policy.implied_precision and alt.low == alt.high:  # "48 degrees Fahrenheit (9 degrees Celsius)"
                slack = max(slack, restated_rounding(c, alt.low))
            if not compatible(main, alt, slack, self.policy.open_edges_touch):
                return self.finding(Verdict.DIVERGE, [c], f"The figure disagrees with itself: {main} {c.unit} vs "
                                    f"{alt} {c.unit} as restated: “{c.text}”",
                                    details={"interval": str(main), "restated": shown,
                                             "alternates": [list(a) for a in c.alternates],
                                             "tolerance": {"abs": tol.abs, "rel": tol.rel}})
        return self.finding(Verdict.AGREE, [c], f"The figure is consistent with itself in both units: “{c.text}”",
                            details={"interval": str(main), "restated": shown,
                                     "alternates": [list(a) for a in c.alternates],
                                     "tolerance": {"abs": tol.abs, "rel": tol.rel}})

    def sourcing(self, c: Claim, corroborated: bool, multi_outlet: bool = False,
                 elsewhere: Sequence[tuple[Claim, str]] = ()) -> Finding | None:
        """unsourced / single_source for a check-worthy claim no one else backs.

        ``elsewhere``: claims of other outlets matched with this one but not
        compared with it, and why (the first :data:`ELSEWHERE_KEPT`); the
        message names them (an editor should look at them side by side:
        "magnitude 7.2" and "7.0-magnitude")."""
        if corroborated or c.checkworthy < self.policy.source_required_from:
            return None
        if c.kind.value not in self.policy.source_required_kinds:
            return None
        also, details = "", {}
        if elsewhere:
            shown = _listed([f"{_source(o)}: “{o.text}”" for o, _ in elsewhere])
            also = f". Possibly the same thing, not compared ({elsewhere[0][1]}): {shown}"
            details["not_compared"] = [{"claim": o.id, "outlet": _source(o), "text": o.text, "why": why}
                                       for o, why in elsewhere[:LINKS_KEPT]]
        if c.attribution:
            if multi_outlet:
                return None
            return self.finding(Verdict.SINGLE_SOURCE, [c], f"No other outlet confirms it; {_source(c)} cites "
                                f"{c.attribution}: “{c.text}”{also}" if also else f"Only {_source(c)} reports "
                                f"this, citing {c.attribution}: “{c.text}”",
                                details={"attribution": c.attribution, **details})
        return self.finding(Verdict.UNSOURCED, [c], f"No source named and no other outlet or reference fact "
                            f"confirms it: “{c.text}”{also}", details={"checkworthy": c.checkworthy, **details})

    # -- facts ----------------------------------------------------------------

    def against_fact(self, fact: Fact, claims: Sequence[Claim]) -> list[Finding]:
        """rule_confirmed / rule_violated for every claim that speaks of ``fact``."""
        out = []
        for c in claims:
            got = self._fact_verdict(fact, c)
            if got is None:
                continue
            verdict, details = got
            sev = fact.severity if verdict is Verdict.RULE_VIOLATED else None
            msg = (f"{'Matches' if verdict is Verdict.RULE_CONFIRMED else 'Contradicts'} reference fact "
                   f"{fact.id!r} ({fact.source}): {_describe(c)}")
            details = {"fact": {"id": fact.id, "file": fact.file, "line": fact.line, "source": fact.source},
                       **details}
            out.append(self.finding(verdict, [c], msg, rule=fact.id, severity=sev, details=details))
        return out

    def _fact_verdict(self, fact: Fact, c: Claim) -> tuple[Verdict, dict] | None:
        if fact.kind is Kind.EVENT:
            return self._event_fact_verdict(fact, c)
        return self._quantity_fact_verdict(fact, c)

    def _event_fact_verdict(self, fact: Fact, c: Claim) -> tuple[Verdict, dict] | None:
        if c.kind is not Kind.EVENT or c.action != fact.subject or c.date_start is None:
            return None
        if not set(fact.actors) <= set(c.actors) or (c.polarity or "positive") != "positive":
            return None
        if c.modality not in (None, "asserted", "reported"):
            return None
        gap = date_gap_days(c.date_start, c.date_end, fact.date_start, fact.date_end)
        details = {"match": {"keys": [f"event:{fact.subject}"], "actors": list(fact.actors),
                             "date_gap_days": gap},
                   "dates": {"fact": [str(fact.date_start), str(fact.date_end)],
                             "claim": [str(c.date_start), str(c.date_end)]}}
        place_clash = self._places_differ(fact.place, c.place)
        if gap <= self.policy.date_tolerance_days and not place_clash:
            return Verdict.RULE_CONFIRMED, details
        if gap > self.policy.event_window_days and not (fact.place and c.place and not place_clash):
            return None  # another event of the same kind by the same actors
        details["differs_in"] = [w for w, bad in (("date", gap > self.policy.date_tolerance_days),
                                                  ("place", place_clash)) if bad]
        return Verdict.RULE_VIOLATED, details

    def _quantity_fact_verdict(self, fact: Fact, c: Claim) -> tuple[Verdict, dict] | None:
        if c.kind is not Kind.QUANTITY or c.unit is None or fact.unit is None:
            return None
        fi = hedge_interval(fact.value, fact.low, fact.high, True, True, None, self.policy)
        fi = convert_interval(fi, fact.unit, c.unit) if fi is not None else None
        ci = claim_interval(c, self.policy)
        if fi is None or ci is None:
            return None
        subject = self._metric_name(fact.subject)
        (fs, fm, fe), (cs, cm, ce) = self.norm.analyse(subject), self.norm.analyse(c.subject)
        if fm and cm and not fm & cm:
            return None
        score = fuzz.token_set_ratio(fs, cs)
        named_nearby = self._named_near(fs, c)
        if score < self.policy.match_threshold and not named_nearby:
            return None
        has_period = fact.period_start is not None
        if has_period and c.period_start and (c.period_end < fact.period_start or fact.period_end < c.period_start):
            return None
        tol = (Tolerance(fact.tolerance_abs or 0.0, fact.tolerance_rel or 0.0)
               if fact.tolerance_abs is not None or fact.tolerance_rel is not None
               else self._tol(c))
        scale = max(abs(x) for x in (fi.low, fi.high, c.value or 0.0) if abs(x) != float("inf"))
        details = {"match": {"keys": [f"quantity:{c.unit}"], "subject_score": round(score, 1),
                             "subjects": [fs, cs]},
                   "intervals": {"fact": str(fi), "claim": str(ci)}, "unit": c.unit,
                   "tolerance": {"abs": tol.abs, "rel": tol.rel}}
        if compatible(fi, ci, tol.abs + tol.rel * scale, self.policy.open_edges_touch):
            return Verdict.RULE_CONFIRMED, details
        # a fact named only near the figure confirms it, but never convicts it:
        # the sentence may hold other figures about other things
        strong = score >= self.policy.diverge_threshold and (fe == ce or not fe)
        if not strong or (has_period and c.period_start is None):
            return None  # not sure enough that the claim speaks of this fact (or of its period)
        return Verdict.RULE_VIOLATED, details

    @staticmethod
    def _named_near(subject: str, c: Claim, window: int = 60) -> bool:
        """Whether every content word of ``subject`` stands within ``window``
        characters of the claim in its sentence."""
        words = {w for w in subject.split() if w not in FUNCTION_WORDS}
        if not words:
            return False
        rel_start, rel_end = c.start - c.sentence_start, c.end - c.sentence_start
        near = c.sentence[max(0, rel_start - window): rel_end + window].casefold()
        return words <= set(re.findall(r"\w+", near))

    def _tol(self, c: Claim) -> Tolerance:
        """The tolerance of a claim: its metric's, else its unit dimension's."""
        ids = self.norm.analyse(c.subject)[1]
        return tolerance_for(c, self.policy, [m for m in self.rules.metrics if m.id in ids])

    def _metric_name(self, subject: str) -> str:
        for m in self.rules.metrics:
            if m.id == subject:
                return m.name
        return subject


def judge(claims: Sequence[Claim], clusters: Sequence[Cluster], rules: RuleSet,
          only_articles: set[str] | None = None,
          story_claims: Callable[[list[str]], Sequence[Claim]] | None = None) -> list[Finding]:
    """Every finding. With ``only_articles`` (draft mode), only findings that
    involve a claim of those articles, and the checks across articles outside
    the clusters compare only the drafts' claims, with each other's or with
    those of the articles that tell their story (:meth:`Judge.in_view`).
    ``story_claims(articles)``: the claims of those articles (named in order),
    for a caller whose ``claims`` do not hold them all (``check`` through the
    index); its claims already given are ignored."""
    j = Judge(rules)
    if only_articles is not None:
        j.drafts = frozenset(only_articles)
    by_id = {c.id: c for c in claims}
    findings, corroborated, multi_outlet = _judge_clusters(j, by_id, clusters)
    if story_claims is not None and j.drafts is not None:
        tellers = sorted({a for pair in j.related if j.drafts & set(pair) for a in pair} - j.drafts)
        more = [c for c in story_claims(tellers) if c.id not in by_id] if tellers else []
        by_id.update((c.id, c) for c in more)  # j.by_id too: the people of those articles
        j._of_article, j._article_sentences, j._beside, j._values_told = None, {}, {}, {}  # anew, with those claims
        claims = list(claims) + more
    if j.drafts is None:
        j.bridge_stories()
    elsewhere = j.elsewhere
    by_fact: set[str] = set()
    for fact in rules.facts:
        for f in j.against_fact(fact, claims):
            findings.append(f)
            by_fact.update(f.claims)
    findings.extend(j.given_to_others(claims))
    findings.extend(j.one_sum_two_currencies(claims))
    findings.extend(j.percent_or_points(claims))
    told: dict[str, set[int]] = {}  # claim id -> the divergences that tell it
    for k, f in enumerate(findings):
        if f.verdict is Verdict.DIVERGE:
            for cid in f.claims:
                told.setdefault(cid, set()).add(k)
    findings.extend(j.one_number_two_units(claims, told))
    findings.extend(j.dated_apart(claims, told))
    findings.extend(j.moment_timed_apart(claims, told))
    findings.extend(j.figure_dated_apart(claims, told))
    findings.extend(j.figure_yeared_apart(claims, told))
    findings.extend(j.figure_named_apart(claims, told))
    findings.extend(j.office_given_apart(claims))
    findings.extend(j.person_given_two_offices(claims))
    findings.extend(j.site_placed_apart(claims))
    findings.extend(j.venue_placed_apart(claims))
    findings.extend(j.share_against_count(claims, told))
    findings.extend(j.digits_swapped(claims, told))
    findings.extend(j.told_both_ways(claims, told))
    findings.extend(j.given_to_another(claims, told))
    findings.extend(j.placed_apart())
    corroborated = corroborated | j.echoed(claims)
    findings.extend(j.calendar(claims))
    for c in claims:
        for f in (j.internal_consistency(c), j.sourcing(c, c.id in corroborated or c.id in by_fact,
                                                        c.id in multi_outlet, elsewhere.get(c.id, ()))):
            if f is not None:
                findings.append(f)
    if only_articles is not None:
        findings = [f for f in findings if any(by_id[i].article in only_articles for i in f.claims)]
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=finding_sort_key)


def _judge_clusters(j: Judge, by_id: dict[str, Claim], clusters: Sequence[Cluster]
                    ) -> tuple[list[Finding], set[str], set[str]]:
    """The findings of ``clusters``, in order, and the claims they show
    corroborated and reported by several outlets."""
    findings: list[Finding] = []
    corroborated: set[str] = set()
    multi_outlet: set[str] = set()
    outside: list[tuple] = []  # the clusters' links to claims left out of them
    j.by_id = by_id
    for cl in clusters:
        members = [by_id[i] for i in cl.claims if i in by_id]
        if cl.outside:
            outside.append(cl.outside)
        for f in j.judge_cluster(cl, members):
            findings.append(f)
            if len({_source(by_id[i]) for i in f.claims}) >= 2:
                multi_outlet.update(f.claims)  # not the cluster's other claims: the finding does not speak of them
                if f.verdict is Verdict.AGREE:
                    corroborated.update(f.claims)
    j.confirm_outside((link for links in outside for link in links), by_id, corroborated | j.confirmed)
    return findings, corroborated | j.confirmed, multi_outlet


def finding_sort_key(f: Finding):
    """Most severe first, then by verdict, articles and id: deterministic."""
    return (-f.severity.rank, f.verdict.value, f.articles, f.id)


def _words_or_none(words: str) -> str:
    return f"“{words}”" if words else "(no words)"
