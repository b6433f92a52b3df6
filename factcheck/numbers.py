"""Numeric claims in news text: value, interval, unit, hedge, change.

``find_quantities`` reads a sentence or paragraph and returns every numeric
claim in it, in order and non-overlapping.  Each :class:`Quantity` carries the
interval the words allow:

==========================================  =====================================
words                                       interval (``low``, ``high``)
==========================================  =====================================
more than / over / above / upwards of x     (x, None), low exclusive
at least / no less than / no fewer than x   [x, None)
less than / under / below / fewer than x    (None, x), high exclusive
at most / up to / no more than x            (None, x]
nearly / almost / close to x                (None, x) exclusive, hedge ``nearly``
about / around / roughly / some x           [x, x], hedge ``about``
between x and y / x to y / x-y              [x, y], hedge ``range``, value midpoint
hundreds of / thousands of                  [200, 1000) ..., value None, hedge ``range``
==========================================  =====================================

How far an open side reaches ("more than a quarter" is not 60%) and how wide
"about" is are *policy*, applied later by the judge from the rules; this module
only reports what the words say.

Values stay in the unit they were written in (``"square miles"`` -> ``mi2``);
a figure restated in another unit in the same place ("6,000 square kilometers
(over 2,300 square miles)") is one Quantity whose ``alternates`` hold the
restatement converted to the main unit.

Not quantities: years, calendar dates, clock and running times, ordinals,
phone numbers, labels ("page 5", "Boeing 737", "G20", "Covid-19"), "one" in
idioms ("one of the largest") and small number words used as determiners
("the two leaders").

>>> q, = find_quantities("Exports soared by 23% compared with 2021.")
>>> q.value, q.unit, q.direction, q.compared_with
(23.0, 'percent', 'up', '2021')
>>> q, = find_quantities("more than a quarter of Russia's imports")
>>> q.value, q.low, q.high, q.low_inclusive, q.unit, q.hedge
(25.0, 25.0, None, False, 'percent', 'more_than')
>>> [q.value for q in find_quantities("In 2021 the two leaders met on December 21 at 10:30.")]
[]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from factcheck import regexstore
from factcheck import units as _units
from factcheck.lexicon import NOT_GERUNDS, is_plural, lemma, lexicon
from factcheck.numchange import compared as _compared
from factcheck.numchange import direction as _direction
from factcheck.numchange import restates as _restates
from factcheck.numchange import shares_verb as _shares_verb
from factcheck.numchange import multipliers as _multipliers
from factcheck.numdraft import WORD as _WORD
from factcheck.numdraft import Draft as _Draft
from factcheck.numdraft import interval as _interval
from factcheck.numdraft import prev_word as _prev_word
from factcheck.numparse import _FUNCTION_WORDS, SMALL, Number, find_numbers, normalize, parse_number
from factcheck.numranges import merge as _merge

__all__ = ["Quantity", "find_quantities", "find_numbers", "parse_number", "normalize"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeric claim.  ``text[start:end]`` covers hedge, number and unit.

    ``value`` is the figure as stated in ``unit`` (the midpoint of a stated
    range; ``None`` for "hundreds of"), ``low``/``high`` the interval the
    words allow (``None`` = open side).  ``unit`` is a unit id from
    ``data/units.yaml`` or, for counts, the counted noun's singular ("person",
    "car brand"); ``dimension`` is "count" for those.  ``direction`` and
    ``compared_with`` are set when the sentence states a change of this
    figure; ``alternates`` hold the same figure restated in another unit,
    converted to ``unit`` when convertible (else in their own unit).
    """

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    low_inclusive: bool
    high_inclusive: bool
    unit: str | None
    dimension: str | None
    hedge: str | None
    direction: str | None
    compared_with: str | None
    alternates: tuple[tuple[float | None, float | None, str], ...] = ()
    surface_unit: str | None = None
    #: where the "per ..." of a rate starts ("$15| an hour"); None for other figures
    rate_start: int | None = None


_SENTENCE_END = regexstore.compile(r"[.!?]\s*$")
_BY_BEFORE = regexstore.compile(r"\bby\s+(?:up\s+to\s+|about\s+|some\s+|nearly\s+|almost\s+)?$")
_NEXT_WORDS = regexstore.compile(r"[ -]?([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?(?: ([a-z]+))?")
#: an article (and a hyphened modifier) before a figure, and a singular noun then another word after
#: it: "a 180 million sundar contract", "a 12-year, 180 million sundar contract" count sundars, as
#: "180 million sundars" does
_ARTICLE_BEFORE = regexstore.compile(r"(?:^|(?<=[^a-z]))an? (?:[a-z0-9]+-[a-z]+,? )?$")
_ATTRIBUTIVE = regexstore.compile(r" ([a-z]{3,}) ([a-z]+)")
_OF_PRONOUN = regexstore.compile(r" of (?:them|those|whom|these|which)\b")
#: a plural noun closing the clause after "of them": "9,500 of them lorries."
_PART_END = regexstore.compile(r" (?:[a-z-]+ ){0,2}([a-z-]+)(?=[.,;:)]|$| and\b| who\b| were\b| are\b)")
#: a group told by its size, and what it counts: "a crew of 1,212", "its staff of 900", "a workforce of 26,000"
_GROUPS = {"crew": "crew", "staff": "staff", "workforce": "staff", "garrison": "soldier", "contingent": "soldier"}
_GROUP_OF = regexstore.compile(r"\b(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+)?(" + "|".join(_GROUPS) + r")\s+of\s+"
                       r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over|just\s+over|up\s+to)\s+)?$")
#: a count told as "the number of <noun> ... at/to/was" before its figure
_NUMBER_OF = regexstore.compile(r"\b(?:the|a) (?:total |overall )?number of( [a-z]+(?: [a-z]+)?)(?: [a-z0-9]+){0,6}? "
                        r"(?:at|to|was|is|were|are|reached|hit|stood at|of)(?: about| around| some| nearly| almost| "
                        r"more than| over| roughly| an estimated)? $")
#: a count told before what it counts: "brings to 446 the total number of prisoners freed"
_NUMBER_OF_AFTER = regexstore.compile(r" the (?:total |overall )?number of( [a-z]+)")
_TO_BEFORE = regexstore.compile(r"\bto (?:more than |over |about |around |some |nearly |almost |at least |roughly )?$")
#: after "one <noun>" told of someone: an aside or a verb of saying ("One survivor, 34, told")
_ONE_WHO = regexstore.compile(r"\s*(?:,|\(|said\b|says\b|told\b|tells\b|recalled\b|described\b|added\b|explained\b|"
                      r"who\b|wrote\b|posted\b)")
#: the whole a count is part of: "three of the victims", "30 of the state's 120 counties"
_OF_NP = regexstore.compile(r" of (?:the |its |their |his |her |our |all |these |those )?(?:[a-z]+['’]s )?"
                    r"(?:\d[\d,]* |(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty) )?"
                    r"([a-z]+)(?: ([a-z]+))?")
_NUMBER_AHEAD = regexstore.compile(r"\s*(?:[-$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                           r"thirty|forty|fifty|hundred|a hundred|a thousand)\b)")
#: a vote's tally told in words: "voted seven to two", "by a vote of five to four"
_TALLY_WORD = "(?:" + "|".join(w for w, v in SMALL.items() if 1 <= v <= 20) + r"|\d{1,3})"
_WORD_TALLY = regexstore.compile(r"\b(?:voted|vote\s+of|votes?\s+was)\s+(?:[a-z]+\s+){0,2}?(" + _TALLY_WORD
                         + r")\s+(?:votes?\s+)?to\s+(" + _TALLY_WORD + r")\b")
#: an earthquake's magnitude named before its figure: "a magnitude 7.2 quake", "magnitude-8.4"
_MAGNITUDE_BEFORE = regexstore.compile(r"(?<![\w-])(magnitude)[- ]$")
#: a step on a scale named before its figure: "the danger at level 4", "a Category 4 hurricane", "phase 3 trials",
#: "raised its alert level to 4"
_LEVEL_BEFORE = regexstore.compile(r"(?<![\w-])(level|phase|category|tier)(?:[- ]|\s+(?P<to>to|of|at)\s+)$")
#: what makes such a figure no step after all: a decimal ("level 3.5"), a range ("phase 2-3"), a percentage
_NOT_A_STEP_AFTER = regexstore.compile(r"[.,]\d|-\d|\s*(?:%|per\s*cent|percent)")
#: "per cent of twenty-two" as a whole clause: the percent word opens it and the
#: number closes it ("a small percent of 10 million people" is not 10 million %)
_PERCENT_OF_BEFORE = regexstore.compile(r"(?:^|[.;:!?(]\s*)(per ?cents?|percentages?) of $")
_CLAUSE_END = regexstore.compile(r"\s*(?:[.;:!?)]|$)")
_CAMEL_BEFORE = regexstore.compile(r"(?<![\w'’])[a-zA-Z]*[a-z][A-Z][A-Za-z]* $")
#: what a rate is per, as written after "per", "a", "an", "each" or "/"
_RATE_PER = {"hour": "hour", "hr": "hour", "h": "hour", "day": "day", "week": "week", "month": "month",
             "year": "year", "yr": "year", "annum": "year", "night": "night", "minute": "minute", "second": "second",
             "share": "share", "person": "person",
             "head": "person", "capita": "person", "kilogram": "kg", "kg": "kg", "pound": "lb", "lb": "lb",
             "tonne": "t", "ton": "ton", "gallon": "gal", "litre": "l", "liter": "l", "barrel": "barrel",
             "bbl": "barrel", "ounce": "oz", "oz": "oz", "mile": "mi", "kilometre": "km", "kilometer": "km",
             "km": "km", "square foot": "ft2", "square metre": "m2", "square meter": "m2",
             "square mile": "mi2", "sq mi": "mi2", "square kilometre": "km2", "square kilometer": "km2",
             "sq km": "km2", "km2": "km2", "km²": "km2", "square km": "km2", "hectare": "ha", "acre": "acre"}
_RATE = regexstore.compile(r"(?:\s*/\s*|\s+(?:per|an?|each|(?:for\s+)?every|for\s+each)\s+)("
                   + "|".join(sorted(_RATE_PER, key=len, reverse=True))
                   + r")(?![\w-])")
#: what a volume, an energy or a bulk mass is of, before what it is per: "120 gallons of water per person"
#: (not a dose: "40 milligrams of velorastat a day" is what another outlet calls "a 40-milligram dose")
_OF_WHAT = regexstore.compile(r" of (?!the\b|a\b|an\b)[a-z]+")
#: masses of goods produced or moved, not of a dose: "tonnes of copper a year", "kilos of rice a day"
_BULK_MASSES = frozenset(("t", "kg", "lb"))
#: a rate in a population: "1.97 per 100,000 people", "12 per 1,000 live births", "3.2 per million"
_PER_POPULATION = regexstore.compile(r"\s+(?:per|for\s+every|in\s+every)\s+(1,000,000|100,000|10,000|1,000|1000|100|10|"
                             r"a\s+thousand|a\s+million|one\s+million|million|thousand)(?!,?\d)(?:\s+(?:of\s+the\s+)?"
                             r"(?:people|persons|residents|inhabitants|population|children|adults|women|men|"
                             r"patients|(?:live\s+)?births|pupils|students|workers))?\b")
#: an exchange rate: a bare number of a currency "per euro", "to the dollar", "against the US dollar" (the
#: currency's name, of up to three words, as the unit table writes it after a number)
_PER_MONEY = regexstore.compile(r"\s+(?:per|to\s+the|against\s+the)\s+((?:[a-z.]+\s+){0,2}[a-z.]+)\b")
_NAME_WORD = regexstore.compile(r"[a-z.]+")
_POPULATION_SCALES = {"a thousand": 1e3, "thousand": 1e3, "a million": 1e6, "one million": 1e6, "million": 1e6}
#: a count added to one before: "5,000 more soldiers", "an additional 300 troops"
_MORE_AFTER = regexstore.compile(r" (?:more|additional|extra) ")
_MORE_BEFORE = regexstore.compile(r"\b(?:an additional|an extra|a further) $")
#: the same after "by", of any figure: a change by that much ("extend the period by a further 30 days"; not "a
#: further $25,000 bonus": the bonus)
_BY_MORE_BEFORE = regexstore.compile(r"\bby (?:an additional|an extra|a further) $")
#: "on top of" soon after a figure, in its clause: an amount added to another ("of its own, on top of")
_ON_TOP_AFTER = regexstore.compile(r"(?:\s+of\s+(?:its|their|his|her|our)\s+own)?,?\s+on\s+top\s+of\b")
#: after a "per" of time, what makes it a time and not a rate: "a day ago", "a year earlier"
_NO_RATE_AFTER = regexstore.compile(r"\s+(?:ago|earlier|later|before|after|from now|or so)\b")
#: the adjective of a period before what a figure is of: "annual cost savings of", "its daily output of"
_PERIODIC = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_PERIODIC_OF = regexstore.compile(r"\b(" + "|".join(_PERIODIC) + r")\s+(?:[a-z-]+\s+){0,3}?of\s+$")
_TIME_PER = frozenset(("hour", "day", "week", "month", "year", "night", "minute", "second"))
#: "a second" or "a minute" before a word is an ordinal or a span: "won a second term", "a minute's silence"
_ORDINAL_AFTER = regexstore.compile(r"\s+an?\s+(?:second|minute)(?:\s+(?!(?:on|in|at|by|from|and|or|to|after|before|during|"
                            r"since|until|for|with|as|into|over|while|when|which|that|the|this|last|yesterday|"
                            r"today)\b)[a-z]|['’])")
#: a share stated without a number: "a small percentage of voters"
_VAGUE_PERCENT = regexstore.compile(r"\b(?:an?|the|only|just)\s+((?:(?:very|relatively|tiny|small|large|big|high|low|"
                            r"significant|substantial|sizable|sizeable|considerable|modest|huge|vast|growing)\s+)+"
                            r"(?:percent(?:age)?|per cent))\b(?!\s*(?:of\s+)?[-+$€£¥]?\d)")
_SIGN_WORD = regexstore.compile(r"(?:^|(?<=[^a-z]))(minus|negative) $")


def _counted_noun(low: str, pos: int, value: float | None, lex) -> tuple[str | None, int]:
    """A counted noun right after a number: "three people" -> "person"."""
    m = _NEXT_WORDS.match(low, pos)
    if not m or (pos < len(low) and low[pos] not in " -"):
        return None, pos
    words = [w for w in m.groups() if w]
    ends = [m.end(i + 1) for i in range(len(words))]
    k = 0
    if len(words) == 4 and words[1] == "and" and words[0] in lex.adjectives and words[2] in lex.adjectives:
        words, ends = words[3:], ends[3:]  # "2,700,000 current and former customers"
    while k < len(words) - 1 and k < 2 and (words[k] in lex.adjectives or (  # "120,000 new mobile customers"
            len(words[k]) > 4 and words[k].endswith("ly") and words[k + 1].endswith(("ed", "ing"))  # "previously owned"
            and words[k] not in lex.not_nouns)):
        k += 1
    if k >= len(words) or words[k] in lex.not_nouns:
        return None, pos
    w = words[k]
    if is_plural(w):
        if lex.irregular.get(w) == w and k + 1 < len(words) and is_plural(words[k + 1]) \
                and words[k + 1] not in lex.not_nouns:
            head = lemma(words[k + 1])  # "six police officers": officers; "17 crew members": the crew
            return (w if head == "member" else f"{w} {head}"), ends[k + 1]
        return lemma(w), ends[k]
    if k + 1 < len(words) and is_plural(words[k + 1]) and words[k + 1] not in lex.not_nouns:
        return f"{w} {lemma(words[k + 1])}", ends[k + 1]
    if (value == 1 or low[pos] == "-") and len(w) > 2:
        return w, ends[k]  # "one rocket", "a 27-nation bloc"
    return None, pos


#: a capitalised plural that names people of a place: "Americans", "Kalovians", "Britons", "Londoners", "Chinese"
_DEMONYM = regexstore.compile(r"[A-Z][a-z]+(?:ians|ans|ons|ers|ese)")


_TEMPERATURE_WORDS = regexstore.compile(r"\b(?:temperatures?|heat(?:wave)?s?|warm\w*|cold\w*|hot\w*|fevers?|thermometers?|"
                                r"freez\w*|thaw\w*|chill\w*|frost\w*|sweltering|scorching)\b")
_SCALE_AFTER_UNIT = regexstore.compile(r" (thousand|million|billion|trillion)\b")
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DIGITS_THEN = regexstore.compile(r"\s*-?\d[\d,.]*")


def _currency_after(low: str, pos: int, lex, t) -> bool:
    """Is the figure at ``pos`` followed by its own currency ("30 $", "20 usd", "30 cents")?"""
    m = _DIGITS_THEN.match(low, pos)
    um = lex.unit_re.match(low, m.end()) if m else None
    return bool(um) and t.units.get(t.suffixes[um.group(1)][0]) is not None and \
        t.units[t.suffixes[um.group(1)][0]].dimension == "currency"


def _last_plural_before(low: str, pos: int, lex) -> str | None:
    for m in reversed(list(_WORD.finditer(low, max(0, pos - 120), pos))):
        w = m.group().rstrip(".'")
        if is_plural(w) and w not in lex.not_nouns and w not in lex.adjectives:
            return lemma(w)
    return None


#: one unit before "and a half": "an hour and a half", "a mile and a half" (the half is the number read)
_UNIT_AND_A_HALF = regexstore.compile(r"\b(?:an?|one)\s+(?P<u>[a-z]+)\s+and\s+$")
#: "a" or "of a" between a fraction and its unit: "half a mile", "a quarter of an hour"
_A_UNIT = regexstore.compile(r"\s+(?:of\s+)?an?(?=\s)")


def _build(text: str, low: str, n: Number, standalone: bool, prev_unit: str | None, floor: int = 0) -> _Draft | None:
    """Read around one number: currency symbol, sign, hedge, unit or counted noun.

    ``floor`` is where the previous quantity ended: nothing before it is read.
    """
    lex = lexicon()
    t = _units.table()
    d = _Draft(n.start, n.end, n.start, n.end, n.value, number=n)
    if n.kind == "plural":
        d.low, d.high, d.high_inc, d.hedge = n.low, n.high, False, "range"
    # currency symbol or code before the number
    m = lex.prefix_re.search(low, max(floor, d.start - 8), d.start)
    if m:
        uid = t.prefixes[lex.prefix_alias.get(m.group(1), m.group(1))]
        d.unit, d.surface_unit, d.currency = uid, text[d.start - len(m.group(0)):d.start].strip(), True
        d.start = m.start()
    elif n.kind in ("digits", "words") and not n.scaled and d.value is not None:
        m = _PERCENT_OF_BEFORE.search(low, max(floor, d.start - 20), d.start)
        if m and _CLAUSE_END.match(low, d.num_end):
            d.unit, d.surface_unit, d.start = "percent", text[m.start(1):m.end(1)], m.start(1)
            return _finish(d, low, lex)
        m = _MAGNITUDE_BEFORE.search(low, max(floor, d.start - 10), d.start) if n.kind == "digits" else None
        if m:
            d.unit, d.surface_unit, d.start = "magnitude", text[m.start(1):m.end(1)], m.start(1)
            return _finish(d, low, lex)
        m = _LEVEL_BEFORE.search(low, max(floor, d.start - 14), d.start) \
            if n.kind == "digits" and 1 <= d.value <= 10 and d.value == int(d.value) else None
        if m and not _NOT_A_STEP_AFTER.match(low, d.num_end):
            d.unit, d.surface_unit = "level", text[m.start(1):m.end(1)]
            if not m.group("to"):  # "level 4"; "raised the alert level to 4": the figure alone
                d.start = m.start(1)
            return _finish(d, low, lex)
        if n.kind == "digits" and 1 <= d.value <= 120 and d.value == int(d.value) and (
                (low[max(0, d.start - 5):d.start] == "aged " and _AGED.search(low, max(floor, d.start - 8), d.start))
                or (_AGE_COPULA.search(low, max(0, d.start - 24), d.start) and _AGE_AFTER.match(text, d.num_end))
                or (text[max(0, d.start - 2):d.start] == ", " and _AGE_BEFORE.search(text, max(floor, d.start - 40),
                                                                                      d.start)
                    and _AGE_AFTER.match(text, d.num_end))):
            d.unit = "age"  # "Daniel Kovac, 41, was sentenced": an age in commas after a name
            return _finish(d, low, lex)
    # "an hour and a half", "a mile and a half": one and a half of the unit before "and"
    unit_before = _UNIT_AND_A_HALF.search(low, max(floor, d.start - 24), d.start) \
        if n.kind == "fraction" and d.value == 0.5 and not d.currency else None
    if unit_before and (told := t.suffixes.get(unit_before.group("u"))) and t.units[told[0]].dimension:
        d.value, d.unit, d.surface_unit = 1.5 * told[1], told[0], text[unit_before.start("u"):unit_before.end("u")]
        d.start = unit_before.start()
    else:
        unit_before = None
    # sign words
    m = _SIGN_WORD.search(low, max(floor, d.start - 10), d.start)
    if m and d.value is not None:
        d.value, d.start = -d.value, m.start(1)
    # hedge before
    j = d.start
    while j > floor and low[j - 1] == " ":
        j -= 1
    maybe = j > floor and (low[j - 1] in "<>=~" or _prev_word(low, d.start) in lex.hedge_last_words)
    m = lex.hedge_before_re.search(low, max(floor, d.start - 40), d.start) if maybe else None
    if m and n.kind != "plural":
        g = 1 if m.group(1) else 2
        if not (m.group(g) == "~" and m.start(g) > 0 and low[m.start(g) - 1].isdigit()) \
                and not (m.group(g) == "over" and _SPAN_OVER.match(low, d.num_end)
                         and (_prev_word(low, m.start(g)) not in _OVER_HEDGE_AFTER
                              or low[:m.start(g)].rstrip().endswith(","))):  # 20~100 is a range
            d.hedge, d.start = lex.hedge_before[m.group(g)], m.start(g)
    pos = d.num_end
    if unit_before:
        return _finish(d, low, lex)
    if n.kind == "fraction" and not d.currency and (art := _A_UNIT.match(low, pos)) \
            and (ua := lex.unit_re.match(low, art.end())) and ua.start(1) == art.end() + 1 \
            and t.units[t.suffixes[ua.group(1)][0]].dimension not in (None, "currency"):
        pos = art.end()  # "half a mile", "a quarter of an hour", "half an hour": a part of one unit
    # the digits "m" suffix: million with money or people, metres otherwise
    if n.suffix == "t" and not d.currency:  # "100t" is tonnes, "$2.1T" a trillion
        d.value = d.value / 1e12 if d.value is not None else None
        d.unit, d.surface_unit, d.end = "t", text[pos - 1], pos
        return _finish(d, low, lex)
    if n.suffix == "m" and not d.currency and text[pos - 1] == "m":
        nxt = _NEXT_WORDS.match(low, pos)
        if not (nxt and nxt.group(1) and (is_plural(nxt.group(1)) or nxt.group(1) in t.suffixes)):
            d.value = d.value / 1e6 if d.value is not None else None
            d.unit, d.surface_unit, d.end = "m", "m", pos
            return _finish(d, low, lex)
    if n.suffix == "billion" and n.kind == "digits":
        ub = lex.unit_re.match(low, pos - len("billion") - 1)
        if ub and t.suffixes[ub.group(1)][0] == "bcm" and d.value is not None:
            d.value /= 1e9
            pos -= len("billion") + 1
    if n.kind == "plural" and low.startswith(" of ", pos):
        pos += 3
    if d.currency and low.startswith("mm", pos) and not low[pos + 2:pos + 3].isalnum():
        d.value = d.value * 1e6 if d.value is not None else None  # "$1MM": a million in finance
        pos += 2
    um = lex.unit_re.match(low, pos)
    if um and um.end() > um.end(1) and not (um.start(1) > pos and low[um.start(1) - 1] in "[({<"):
        um = lex.unit_re.match(low, pos, um.end(1))  # "(640 inches)": the bracket closes the aside, not the unit
    if um and um.group(1) in t.prefixes and _NUMBER_AHEAD.match(low, um.end()) and (
            um.end() == len(low) or not low[um.end()].isspace() or n.scaled or n.kind != "digits"
            or not _currency_after(low, um.end(), lex, t)):
        um = None  # "$20 $37": the symbol belongs to the next figure, not in "10 $ 30 $" or "10 rmb 20 usd"
    if um and um.group(1) in ("c", "f") and (um.start(1) != pos or not text[pos].isupper()):
        um = None  # "1.5C" is a temperature; a lone "c" or "f" elsewhere is not
    if um and len(um.group(1)) == 1 and um.start(1) == pos and text[pos].isupper() and um.group(1) not in "lcf":
        um = None  # "5G", "3D": a name, not grams
    if um and len(um.group(1)) == 1 and text[um.start(1)].isupper() and low.startswith("-", um.end()) \
            and low[um.end() + 1:um.end() + 2].isdigit():
        um = None  # "24703 L-202": the letter starts a code
    short = _short_length(low, pos, n) if um is None and not d.currency and n.kind == "digits" \
        and not n.scaled and d.value is not None else None
    if short:  # "2 1/2 in thick", "a size of 2.123 pm"
        d.unit, d.surface_unit = short.group(1), text[short.start(1):short.end(1)]
        pos = short.end(1)
    elif um and not d.currency:
        uid, fac = t.suffixes[um.group(1)]
        if uid == "MB" and text[um.start(1):um.end(1)] == "mb":
            uid = "Mbit"  # b is a bit, B a byte
        if uid == "lb" and n.scaled:
            uid = "GBP"  # "361 million pounds" is money
        if uid == "deg" and _TEMPERATURE_WORDS.search(low, max(0, d.start - 80), min(len(low), um.end() + 40)):
            uid = "deg_temperature"  # "the temperature is 24 degrees": heat, not an angle
        d.unit, d.surface_unit = uid, text[um.start(1):um.end(1)]
        if d.value is not None:
            d.value *= fac
        ms = _SCALE_AFTER_UNIT.match(low, um.end()) if t.units[uid].dimension == "currency" and fac == 1 \
            and not n.scaled else None
        if ms and d.value is not None:  # "75 USD million"
            d.value *= _SCALE_WORDS[ms.group(1)]
            um = ms
        if d.low is not None:
            d.low, d.high = d.low * fac, (d.high * fac if d.high is not None else None)
        pos = um.end()
    elif um and d.currency and t.units.get(t.suffixes[um.group(1)][0], None) and \
            t.units[t.suffixes[um.group(1)][0]].dimension == "currency":
        pos = um.end()  # "$5 dollars": the word repeats the symbol
    elif not d.currency and d.value is not None and n.kind in ("digits", "words") \
            and (m := _POINTS.match(low, pos)) and _PERCENT_TOLD.search(low) \
            and _prev_word(low, d.start) not in _SCORED:
        # "turnout was about 71 percent, 4.5 points higher": points of a percentage, not a count
        d.unit, d.surface_unit, pos = "percentage_point", text[m.start(1):m.end(1)], m.end(1)
    elif n.kind == "fraction" and d.value is not None and not d.currency and (m := _FRACTION_POINT.match(low, pos)):
        # "a quarter of a percentage point", "half a point": a part of one point, not a share
        d.unit, d.surface_unit, pos = "percentage_point", text[m.start(1):m.end()], m.end()
    elif n.kind == "fraction" and d.value is not None and not d.currency and (
            low.startswith((" of", " the "), pos) or "by" in (_prev_word(low, n.start), _prev_word(low, d.start))):
        # "a quarter of imports", "half the population", "cut by a third": a share
        d.value, d.unit = round(d.value * 100, 10), "percent"
    elif not d.currency:
        m = _OF_PRONOUN.match(low, pos)
        if m and n.kind in ("digits", "words"):
            noun = prev_unit if prev_unit and _units.dimension_of(prev_unit) is None else _last_plural_before(low, d.start, lex)
            end = _PART_END.match(low, m.end()) if low.startswith(" them ", m.end() - 5) else None
            if end and is_plural(end.group(1)):
                # "68,000 vehicles, some 9,500 of them lorries", "800 of them children": lorries, children
                told, e = _counted_noun(low, m.end(), d.value, lex)
                if told and e == end.end(1):
                    noun, pos = told, e
            if noun:
                d.unit, d.counted = noun, True
        elif n.kind in ("digits", "words", "plural"):
            noun, e = _counted_noun(low, pos, d.value, lex)
            if noun is None and n.scaled and d.value is not None and d.value >= 1e6 \
                    and _ARTICLE_BEFORE.search(low, max(0, d.start - 24), d.start) \
                    and (m4 := _ATTRIBUTIVE.match(low, pos)) and not is_plural(m4.group(1)) \
                    and m4.group(1) not in lex.not_nouns and m4.group(1) not in lex.adjectives \
                    and m4.group(2) not in _FUNCTION_WORDS:
                noun, e = m4.group(1), m4.end(1)  # "a 180 million sundar maintenance contract": sundars
            if noun is None and n.kind != "plural":
                m2 = _OF_NP.match(low, pos)
                if m2 and d.value and d.value >= 1 and (n.kind == "words" or (
                        d.value == int(d.value) and not n.scaled)):
                    if m2.group(1) not in lex.months:  # "six of the ten crew members": crew members
                        noun = _counted_noun(low, m2.start(1) - 1, 2, lex)[0]
            if noun is None and d.value and d.value >= 1 and d.value == int(d.value) \
                    and (mc := _GROUP_OF.search(low, max(floor, d.start - 24), d.start)):
                noun = _GROUPS[mc.group(1)]  # "a crew of 1,212", "a workforce of 26,000": crew, staff
            if noun is None and n.kind in ("digits", "words") and not n.scaled or noun is None and n.scaled:
                m3 = _NUMBER_OF.search(low, max(floor if prev_unit != "age" else 0, d.start - 90), d.start)
                if m3 and d.value and d.value >= 1:  # "the number of unemployed people at 512,600"
                    noun = _counted_noun(low, m3.start(1), 2, lex)[0]
                    e = pos
            if noun is None and n.kind in ("digits", "words") and not n.scaled and d.value and d.value >= 1 \
                    and (m5 := _NUMBER_OF_AFTER.match(low, pos)) \
                    and _TO_BEFORE.search(low, max(floor, d.start - 24), d.start):
                noun = _counted_noun(low, m5.start(1), 2, lex)[0]  # "brings to 446 the number of prisoners freed"
            if noun is None and n.kind != "plural" and _elliptic(low, d, pos, prev_unit, floor):
                noun, e = prev_unit, pos  # "killed 48 people and injured 300": 300 people
            if noun is None and n.kind in ("digits", "words") and not n.scaled \
                    and " to " in low[max(0, d.start - 26):d.start] and _ELLIPSIS_END.match(low, pos):
                noun, e = _changed_count(low, d.start, lex), pos  # "quadrupled its seats to 48": 48 seats
            if noun:
                if e > pos and " " not in noun and _DEMONYM.fullmatch(text, text.rfind(" ", 0, e) + 1, e):
                    noun = "person"  # "12,000 Kalovians", "500 Americans": people of a place
                d.unit, d.counted = noun, True
                pos = e
    d.end = max(d.end, pos)
    ha = lex.hedge_after_re.match(low, d.end)
    if ha and ((ha.group(1).endswith(("than", "to")) and _NUMBER_AHEAD.match(low, ha.end()))
               or low.startswith(" than", ha.end())):
        ha = None  # "200 or greater than 190", "€4.2 million and more than $850,000": the next figure's
    if ha and d.value is not None:
        phrase = ha.group(1)
        if phrase.startswith("or equal") and d.hedge in ("more_than", "less_than"):
            d.hedge = "at_least" if d.hedge == "more_than" else "at_most"
            d.end, d.hedge_after = ha.end(), True
        elif d.hedge in (None, "about", "exactly") and not phrase.startswith("or equal"):
            d.hedge, d.end, d.hedge_after = lex.hedge_after[phrase], ha.end(), True
    return _finish(d, low, lex)


#: "points" after a figure, and a percentage told in the same sentence (then they are percentage points)
_POINTS = regexstore.compile(r"\s+(points?)\b(?![-\s]+(?:of\s+)?(?:view|order|contact|sale|entry|interest))")
#: verbs before points that are scored, not percentage points ("he scored 25 points")
_SCORED = frozenset("scored score scores scoring earned earns collected totalled totaled tallied".split())
_PERCENT_TOLD = regexstore.compile(r"\d\s?%|\bper\s?cent\b|\bpercent\b")
#: a part of one point after a fraction: "a quarter of a percentage point", "half a point", "a quarter-point"
_FRACTION_POINT = regexstore.compile(r"(?:\s+of)?(?:\s+a|\s+one)?[\s-]+((?:percentage|percent|per\s+cent)\s+points?|points?)\b")


#: "over" before a length of time is the span a figure is spread over ("4.5% over three years",
#: "spread over three years", "phase out its tariffs on farm goods, including wine, over seven years"), and
#: "more than" only after these words ("for over 30 years") or opening the sentence
_SPAN_OVER = regexstore.compile(r"[\s-]*(?:years?|months?|weeks?|days?|decades?|quarters?)\b")
_OVER_HEDGE_AFTER = frozenset(("", "for", "in", "after", "of", "with", "within", "by", "and", "or", "than", "at",
                               "from", "to", "lasted", "lasting", "took", "spent", "taking", "last", "is", "are",
                               "was", "were", "be", "been", "being", "aged"))
#: a person's age in commas after a name: "Daniel Kovac, 41, was", "said Kovac, 40."
_AGE_BEFORE = regexstore.compile(r"\b[A-Z][a-z][\w’'-]*,\s$")
_AGE_AFTER = regexstore.compile(r",\s|\.(?:\s|$)|;")
_AGED = regexstore.compile(r"\baged\s+$")
#: an age told as a sentence of its own: "He was 100.", "she is 41,"
_AGE_COPULA = regexstore.compile(r"(?:^|[.!?;]\s+)(?:he|she)\s+(?:was|is|turned|would\s+have\s+been)\s+$")
#: what may follow a bare figure whose noun was left out: the end of a clause
_ELLIPSIS_END = regexstore.compile(r"\s*(?:[,.;:)]|$|and\b|or\b|others\b)")
#: what may stand between the figure before and a bare figure counting the same:
#: "and", a comma, and a verb of the same subject ("48 people and injuring 300")
_ELLIPSIS_GAP = regexstore.compile(r"\s*,?\s*(?:and|or|but|while)?\s*(?:([a-z]{3,}(?:ed|ing))\s+)?")
#: the next of a ranking, each told "with" its count: ", followed by the port city of Port Anselm with "
_RANKED_WITH = regexstore.compile(r",?\s*(?:(?:and|then)\s+)?(?:followed\s+by|ahead\s+of|behind|and|then)\s+"
                          r"[^,;:.()\d]{1,60}?\s+with\s+")
#: words in -ed or -ing before a figure that are labels or no verb, not the figure's own verb
_NOT_ELLIPSIS_VERBS = frozenset("aged dated numbered ranked rated listed priced sized timed titled".split()) \
    | NOT_GERUNDS


#: "quadrupled its seats to ", "doubled the number of its stores to ": a verb, a plural noun, "to"
_CHANGED_COUNT = regexstore.compile(r"([a-z]+)\s+(?:its|their|his|her|our|the)\s+(?:number\s+of\s+(?:its\s+|their\s+)?)?"
                            r"(?:[a-z-]+\s+)?([a-z]+s)\s+to\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
                            r"more\s+than\s+|over\s+)?$")


def _changed_count(low: str, start: int, lex) -> str | None:
    """The counted noun of a bare figure a change reached, named as the change's
    object before it ("more than quadrupled its seats to 48": seats)."""
    m = _CHANGED_COUNT.search(low, max(0, start - 60), start)
    if m is None or (m.group(1) not in lex.up and m.group(1) not in lex.down):
        return None
    noun = m.group(2)
    return lemma(noun) if is_plural(noun) and noun not in lex.not_nouns else None


def _elliptic(low: str, d: _Draft, pos: int, prev_unit: str | None, floor: int) -> bool:
    """Whether a bare figure counts the noun of the figure just before it, left
    out after "and" or a verb of the same subject ("killing 48 people and
    injuring more than 300,"; "sold 300 cars and 400."; not "300 units and
    profits increased 10")."""
    if not prev_unit or _units.dimension_of(prev_unit) not in (None, "count") or d.value is None or d.number.scaled:
        return False
    if floor == 0 or not _ELLIPSIS_END.match(low, pos):
        return False
    if _RANKED_WITH.fullmatch(low, floor, d.start):
        return True  # "the largest city with 2,184,500 residents, followed by Port Anselm with 1,162,900"
    m = _ELLIPSIS_GAP.fullmatch(low, floor, d.start)
    return bool(m) and (not m.group(1) or m.group(1) not in _NOT_ELLIPSIS_VERBS)


def _finish(d: _Draft, low: str, lex) -> _Draft:
    if d.hedge != "range":
        _interval(d)
    return d


def _keep(text: str, low: str, d: _Draft, standalone: bool) -> bool:
    """Filters: years, dates, labels, names, idioms, determiners."""
    n = d.number
    lex = lexicon()
    dim = _units.dimension_of(d.unit)
    physical = d.unit is not None and not d.counted
    prev = _prev_word(low, n.start)
    nxt_m = _WORD.match(low, n.end + 1) if n.end < len(low) and low[n.end] == " " else None
    nxt = nxt_m.group().rstrip(".,") if nxt_m else ""
    # letters glued to the number ("5G", "3D", "A4"): a name, unless a unit was read
    if n.end < len(low) and low[n.end].isalpha() and not physical and not n.scaled:
        return False
    if n.start >= 2 and low[n.start - 1] == "-" and low[n.start - 2].isalnum() and _code_before(low, n.start - 1) \
            and d.unit != "magnitude":
        return False  # Covid-19, F-16, SCP2-173 (not "magnitude-8.4")
    if n.kind == "digits" and _in_url(low, n.start):
        return False
    if n.plain_int and not physical and not d.currency and _is_score(low, n):
        return False  # "beat France 4-2", "passed 52-48"
    if n.plain_int and n.start >= 5 and low[n.start - 1] in "-/" and low[n.start - 5:n.start - 1].isdigit() \
            and 1000 <= int(low[n.start - 5:n.start - 1]) <= 2100 and n.end - n.start == 2:
        return False  # the 2019-20 season, fiscal 2022/23
    if standalone and n.kind == "words" and low.startswith("one", n.start) and n.end - n.start == 3 \
            and prev in ("the", "this", "that", "which", "each", "every", "any", "no") and d.hedge is None \
            and d.unit is None:
        return False  # the pronoun "one"
    if n.plain_int and not physical and not d.currency:
        v = d.value
        if v is not None and 1000 <= abs(v) <= 2100 and len(text[n.start:n.end].lstrip("-")) == 4 and (
                d.hedge is None or (d.hedge == "range" and d.low is not None and d.high is not None
                                    and 1000 <= d.low and d.high <= 2100)):
            return standalone  # a year, or a span of years
        if v is not None and 1 <= v <= 31 and (prev in lex.months or nxt in lex.months):
            return False  # a date
    if n.kind == "digits" and not n.scaled and (d.unit is None or d.counted) and not standalone \
            and d.hedge is None:
        if prev in lex.label_words:
            return False
        if _CAMEL_BEFORE.search(text, max(0, n.start - 40), n.start):
            return False  # iPhone 4, MacBook 2, eBay 7: a product or brand name with inner capitals
        if n.start >= 2 and text[n.start - 1] == " " and "," not in text[n.start:n.end]:
            # a figure grouped in thousands is no model number ("fined Brenholt 85,000 marks")
            pw = text[:n.start].rstrip().rsplit(None, 1)
            if pw and pw[-1][:1].isupper() and not pw[-1].endswith(("'s", "’s", "s'")) \
                    and _SENTENCE_END.search(text[:n.start - len(pw[-1]) - 1]) is None \
                    and n.start - len(pw[-1]) - 1 > 0:
                return False  # Boeing 737, Windows 10
    if n.kind == "words" and not n.scaled and not standalone and d.hedge is None:
        if "vot" in low and any(n.start in (m.start(1), m.start(2))
                                for m in _WORD_TALLY.finditer(low, max(0, n.start - 80), min(len(low), n.end + 40))):
            return True  # "voted seven to two": a vote's tally, not "seven" or "two" of no one
        v = d.value
        first = low[n.start:n.end].split()[0] if low[n.start:n.end].strip() else ""
        if first == "one" and (not d.unit or d.counted) and (
                nxt in lex.one_after or prev in lex.one_before or not d.unit):
            return False
        if first == "one" and n.end + 1 < len(text) and text[n.end + 1:n.end + 2].isupper():
            return False  # "one China" policy, "One Belt"
        if first == "one" and any(m.start(1) <= n.start < m.end() for m in _SLOGAN.finditer(
                low, max(0, n.start - 40), min(len(low), n.end + 40))):
            return False  # "Haldal: one university, one answer": a slogan's words, not a count
        if first == "one" and d.counted and text[n.start] == "O" and _ONE_WHO.match(low, d.end):
            return False  # "One survivor, Jonel Mercado, told", "one resident said": someone, not a count
        if v is not None and v <= 10 and prev in lex.determiners and (d.unit is None or d.counted):
            return False
        if dim is None and d.unit is None and v is not None and v < 10 \
                and not (prev == "from" and _EARLIER_WORD.search(low, max(0, n.start - 60), n.start)):
            return False  # a bare small number word ("two of", "three"), not the level a count rose
            # from ("rose to 11 on Sunday from seven on Saturday")
    return True


#: "one" said twice over in parallel, as a phrase of its own: "one people, one nation." (not a list after a
#: verb: "killed one firefighter, one resident and two children")
_SLOGAN = regexstore.compile(r"(?:^|[:;,“\"‘(—–]\s*)(one\s+[a-z’'-]+\s*,\s+one\s+[a-z’'-]+)"
                             r"(?=\s*(?:[,.;:!?”\"’)—–]|$))")
#: a figure a count went to, then "from" the one it left: "rose to 11 on Sunday from"
_EARLIER_WORD = regexstore.compile(r"\bto\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                           r"[a-z]+teen|[a-z]+ty)(?:\s+[a-z]+){0,3}\s+from $")
_SCORE = regexstore.compile(r"(?<![\w.,%-])(\d{1,3})-(\d{1,3})(?![\w.,%-]|\s*(?:%|per|percent))")


def _is_score(low: str, n: Number) -> bool:
    """A descending dash pair of small integers is a score or a tally, not a range."""
    for start in (n.start, low.rfind("-", 0, n.start) - 3):
        m = _SCORE.search(low, max(0, start), n.end + 4)
        if m and m.start() <= n.start < m.end() and int(m.group(1)) >= int(m.group(2)):
            return True
    return False


#: "in" is inches only where nothing follows it or a word of size does; "pm" is picometres only
#: after decimals that cannot be minutes ("2.123 pm"), and not after a word that leads to a time
_IN_UNIT = regexstore.compile(r" (in)(?=\s*(?:$|[.,;:!?)])|\s+(?:thick|long|wide|tall|high|deep|across|in diameter)\b)")
_PM_UNIT = regexstore.compile(r" ?(pm)(?![a-z0-9])")
_TIME_LEAD = frozenset("at from until till by before after to between around about since".split())


def _short_length(low: str, pos: int, n: Number):
    m = _IN_UNIT.match(low, pos)
    if m:
        return m
    m = _PM_UNIT.match(low, pos)
    if m:
        digits = low[n.start:n.end]
        decimals = len(digits) - digits.find(".") - 1 if "." in digits else 0
        if decimals not in (0, 2) and _prev_word(low, n.start) not in _TIME_LEAD:
            return m
    return None


def _code_before(low: str, dash: int) -> bool:
    """Is the token ending at ``dash`` a code with letters first ("covid", "f", "scp2")?"""
    i = dash
    while i > 0 and low[i - 1].isalnum():
        i -= 1
    return low[i].isalpha()


def _in_url(low: str, pos: int) -> bool:
    """Is ``pos`` inside a URL or e-mail-like token?"""
    i = low.rfind(" ", 0, pos) + 1
    j = low.find(" ", pos)
    tok = low[i:j if j >= 0 else len(low)]
    return "://" in tok or "www." in tok or "@" in tok or ("%2" in tok and "?" in tok)


#: after "N times", words that make it a multiplier ("three times higher",
#: "twice as many", "five times the size"); anything else counts occasions
_TIMES_COMPARE = regexstore.compile(r"\s+(?:as|the|that|those|what|more|less|over|[a-z]+er)\b(?<!\bafter)(?<!\bunder)"
                            r"(?<!\bever)(?<!\bper)(?<!\bnever)(?<!\blater)(?<!\bearlier)")
_OCCASION_WORDS = frozenset(("once", "twice", "thrice"))


def _occasions(low: str, d: _Draft) -> bool:
    """ "raised rates three times this month", "won the cup twice": a count of
    occasions, not a multiplier. Verbs ("doubled") are always multipliers."""
    if d.unit != "times":
        return False
    if d.number is not None and d.number.kind == "mult" and low[d.number.start:d.number.end] not in _OCCASION_WORDS:
        return False
    if _BY_BEFORE.search(low[max(0, d.start - 20):d.start]):
        return False  # "increased by three times"
    return _TIMES_COMPARE.match(low, d.end) is None


def _policy_label(low: str, d: _Draft) -> bool:
    """ "zero-Covid", "zero-tolerance", "net zero": a name for a policy or a
    target, not a count of nothing."""
    if d.value != 0 or d.number is None or d.number.kind != "words":
        return False
    return low.startswith("-", d.number.end) or low[max(0, d.start - 4):d.start] == "net "


def find_quantities(text: str, *, standalone: bool = False) -> list[Quantity]:
    """Every numeric claim in ``text``, in order, non-overlapping.

    ``standalone=True`` reads the text as a bare expression (as peer test
    suites do): years, labels and small number words are kept.

    >>> [(q.value, q.unit, q.hedge) for q in find_quantities("Some 3,000 people fled, up to 40% of them children.")]
    [(3000.0, 'person', 'about'), (40.0, 'percent', 'at_most')]
    >>> q, = find_quantities("6,000 square kilometers (over 2,300 square miles)")
    >>> q.unit, [(round(lo), hi, u) for lo, hi, u in q.alternates]
    ('km2', [(5957, None, 'km2')])
    """
    if not text:
        return []
    if standalone:
        return _read_quantities(text, True)
    return list(_quantities_of(text))


#: how many sentences' figures are kept (see :func:`_quantities_of`)
QUANTITIES_KEPT = 8192


@lru_cache(maxsize=QUANTITIES_KEPT)
def _quantities_of(text: str) -> tuple[Quantity, ...]:
    """The figures of ``text`` read once: a sentence told again word for word (a
    wire story retold by several outlets, the same article read again by a
    check across articles) is not read again. Quantities are frozen: sharing
    them is safe."""
    return tuple(_read_quantities(text, False))


def _read_quantities(text: str, standalone: bool) -> list[Quantity]:
    """:func:`find_quantities`, read afresh."""
    low = normalize(text)
    lex = lexicon()
    nums = find_numbers(text, normalized=low)
    drafts: list[_Draft] = []
    prev_unit = None
    for n in nums:
        floor = drafts[-1].end if drafts else 0
        if n.start < floor:
            continue
        d = _build(text, low, n, standalone, prev_unit, floor)
        if d is None:
            continue
        drafts.append(d)
        if d.unit:
            prev_unit = d.unit
    drafts = _merge(text, low, drafts)
    drafts = [d for d in drafts if _keep(text, low, d, standalone)]
    if lex.multiplier_hint.search(low) and lex.multiplier_re.search(low):
        drafts += _multipliers(text, low, lex, [(d.start, d.end) for d in drafts])
        drafts.sort(key=lambda d: d.start)
    vague = _vague_shares(low, drafts) if "cent" in low else []  # percent, per cent
    out = []
    for d in drafts:
        if out and d.start < out[-1].end:
            continue  # inside the figure before: "1.97 per 100,000 people"
        if _policy_label(low, d):
            continue
        occasions = _occasions(low, d)
        direction = None if occasions else _direction(low, d, lex)
        if direction is None and not occasions and out and out[-1].direction and (
                (out[-1].unit == d.unit and _shares_verb(low, out[-1].end, d.start))
                or _restates(low, out[-1].end, d.start)):
            direction = out[-1].direction  # "rose 0.2% on the month and 4% from a year ago", "by 71,300, or 1.3%"
        if d.unit == "times" and d.number.kind == "mult" and not occasions:
            direction = "down" if (d.value or 0) < 1 else ("up" if low[d.start:d.end].endswith("ed") else None)
        cmp_ = _compared(low, text, d) if direction else None
        more_before = _MORE_BEFORE.search(low, max(0, d.start - 16), d.start)
        if (d.counted and (_MORE_AFTER.match(low, d.num_end) or more_before)) \
                or (more_before and _BY_MORE_BEFORE.search(low, max(0, d.start - 20), d.start)):
            direction, cmp_ = "up", "additional"  # "5,000 more soldiers", "extend it by a further 30 days": added
        elif not direction and d.unit and _ON_TOP_AFTER.match(low, d.end):
            # "a reward of 50,000 euros of its own, on top of the reward already offered": added to another
            direction, cmp_ = "up", "additional"
        unit = "occasion" if occasions else d.unit
        dim = _units.dimension_of(unit) if unit else None
        if unit and dim is None and (d.counted or occasions):
            dim = "count"
        end, rate_start = d.end, None
        rate = _RATE.match(low, end) if unit and dim not in ("ratio", "ratio_change") and "/" not in unit else None
        if rate is None and unit and (dim in ("volume", "energy") or unit in _BULK_MASSES) \
                and (of := _OF_WHAT.match(low, end)):
            # "120 gallons of water per person", "3 million litres of water a day", "310,000 tonnes of copper a
            # year", "4.2 terawatt-hours of electricity a year"; not a dose ("40 milligrams of velorastat a day",
            # told as "a 40-milligram dose" too)
            rate = _RATE.match(low, of.end())
        periodic = None
        if rate is None and unit and "/" not in unit and (dim in ("currency", "volume", "energy")
                                                          or unit in _BULK_MASSES):
            # "annual cost savings of $210 million", "daily output of 1.2 million barrels": per year, per day,
            # as "$120m a year" is
            periodic = _PERIODIC_OF.search(low, max(0, d.start - 60), d.start)
        if rate and _RATE_PER[rate.group(1)] in _TIME_PER and (_NO_RATE_AFTER.match(low, rate.end())
                                                               or _ORDINAL_AFTER.match(low, end)):
            rate = None  # "$5 a year ago": no rate ("$93.37 a barrel after the decision" is one)
        if rate:  # "$15 an hour", "$80 a barrel", "four times per week": a rate, never compared with a total
            per = _RATE_PER[rate.group(1)]
            then = _RATE.match(low, rate.end()) if per not in _TIME_PER else None
            if then and _RATE_PER[then.group(1)] in _TIME_PER and not _NO_RATE_AFTER.match(low, then.end()):
                per, rate = f"{per}/{_RATE_PER[then.group(1)]}", then  # "120 litres per person per day"
            unit, dim, end, rate_start = f"{unit}/{per}", "rate", rate.end(1), d.end
        elif periodic:
            unit, dim = f"{unit}/{_PERIODIC[periodic.group(1)]}", "rate"
        elif dim not in ("ratio", "ratio_change", "rate") and d.value is not None:
            per = _PER_POPULATION.match(low, end)
            if per:  # "1.97 per 100,000 people": a rate in a population, whatever its noun
                scale = _POPULATION_SCALES.get(per.group(1)) or float(per.group(1).replace(",", ""))
                unit, dim, end, rate_start = f"per {int(scale)}", "rate", per.end(), d.end
            elif unit is None and (money := _per_currency(low, end)):
                # "the norval weakened to 24.81 per euro", "traded at 151.2 to the dollar": an exchange rate
                unit, dim, end, rate_start = f"per {money[0]}", "rate", money[1], d.end
        out.append(Quantity(d.start, end, d.value, d.low, d.high, d.low_inc, d.high_inc, unit, dim,
                            d.hedge, direction, cmp_, tuple(d.alternates), d.surface_unit, rate_start))
    if vague:
        out = sorted(out + vague, key=lambda q: q.start)
    if _RANK_HINT.search(low):
        taken = [(q.start, q.end) for q in out]
        ranks = [q for q in _ranks(low) if not any(s < q.end and q.start < e for s, e in taken)]
        if ranks:
            out = sorted(out + ranks, key=lambda q: q.start)
    return out


#: a place in a ranking or a table, the verb or adverb before it and the ranking after it (or a verb of ranking
#: alone): "are 38th in the world ranking", "slid to 38th, their lowest position", "ranked 12th" (not a place in
#: a race: "finished 2nd in the race")
_RANK = regexstore.compile(r"\b(?P<lead>(?P<verb>ranked|ranks)|is|are|was|were|now|currently|placed|finished|"
                           r"from|to|at)\s+"
                           r"(?:joint\s+|equal\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?![\s-]+(?:century|anniversary|"
                           r"birthday|floor|edition|time|round|amendment|day|week|month|year|minute|hour|lap|place\s+"
                           r"(?:of|in)\s+the\s+queue)\b)")
_RANK_WHAT = regexstore.compile(r"[^.;:]{0,60}?\b(?:rankings?|standings|table|index|league|list|chart|position|"
                                r"places?\s+(?:in|on)\b)")
_RANK_HINT = regexstore.compile(r"\d(?:st|nd|rd|th)\b")


def _ranks(low: str) -> list[Quantity]:
    """Places in a ranking or a table written in digits ("38th in the world ranking"), unit ``rank``."""
    out = []
    for m in _RANK.finditer(low):
        if not (m.group("verb") or _RANK_WHAT.match(low, m.end())):
            continue
        v = float(m.group("n"))
        if v < 1:
            continue
        out.append(Quantity(m.start("n"), m.end(), v, v, v, True, True, "rank", "rank", None, None, None, (),
                            low[m.end("n"):m.end()]))
    return out


def _per_currency(low: str, pos: int) -> tuple[str, int] | None:
    """The currency an exchange rate at ``pos`` is per, and where its name
    ends: " per euro" -> ("EUR", end); the longest name of up to three words
    that the unit table reads as a currency ("against the u.s. dollar")."""
    m = _PER_MONEY.match(low, pos)
    if m is None:
        return None
    words = list(_NAME_WORD.finditer(low, m.start(1), m.end(1)))
    suffixes = _units.table().suffixes
    for k in range(len(words), 0, -1):
        hit = suffixes.get(" ".join(w.group() for w in words[:k]))
        if hit is not None and hit[1] == 1 and _units.dimension_of(hit[0]) == "currency":
            return hit[0], words[k - 1].end()
    return None


def _vague_shares(low: str, drafts: list[_Draft]) -> list[Quantity]:
    """Shares stated without a number ("only a small percent attain the top
    ranks"): no value and no bounds, so they are listed but never compared."""
    out = []
    for m in _VAGUE_PERCENT.finditer(low):
        start, end = m.span(1)
        if any(d.start < end and start < d.end for d in drafts):
            continue
        out.append(Quantity(start, end, None, None, None, True, True, "percent", "ratio", "vague", None, None))
    return out
