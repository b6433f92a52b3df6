"""Joining neighbouring figures: ranges, "three in four", bounded pairs,
amounts in two parts ("3 dollars 50 cents", "5 feet 2 inches") and the same
figure restated in another unit ("6,000 km2 (2,300 sq mi)" -> alternates).
"""
from __future__ import annotations

import re

from factcheck import regexstore
from factcheck import units as _units
from factcheck.lexicon import lexicon
from factcheck.numchange import CHANGE_FILLERS, change_before_by
from factcheck.numdraft import WORD as _WORD
from factcheck.numdraft import Draft as _Draft
from factcheck.numdraft import interval as _interval
from factcheck.numdraft import prev_word as _prev_word

#: "8 to 16", "8-16", and a suspended hyphen: "8- to 16-meter", "10- or 12-year"
_RANGE_GAP = regexstore.compile(r"\s*(?:-\s*(?=to\b|or\b))?(?:-|to|through|till|until|~|or|and)\s*$")
_IN_RATIO = regexstore.compile(r"\s+(?:in|out of)(?: every)?\s+$")
_ALT_OPEN = regexstore.compile(r"\s*(?:\(|,\s*or\s|/|or\s)\s*$")


def merge(text: str, low: str, drafts: list[_Draft]) -> list[_Draft]:
    """Ranges, "three in four", bounded pairs and restatements in another unit."""
    out: list[_Draft] = []
    for d in drafts:
        if out:
            a = out[-1]
            gap = low[a.end:d.start]
            if _try_merge(text, low, a, d, gap):
                # a range completed after the figure it restates: "8 to 16 m (320 to 640 in)"
                if len(out) > 1 and a.hedge == "range" and _try_alternate(low, out[-2], a, low[out[-2].end:a.start]):
                    out.pop()
                continue
        out.append(d)
    return out


_FUNCTION_NEXT = regexstore.compile(r" (?:at|in|on|for|each|a|an|the|to|from|with|per|apiece)\b")
_CLAUSE_END = regexstore.compile(r"\s*(?:$|[.,;:!?)]|and\b|more\b)")


def _minor_part(low: str, a: _Draft, b: _Draft, gap: str) -> bool:
    """Is ``b`` the cents of amount ``a``?  A whole amount in a currency, then a bare
    whole number below 100 that ends the phrase: "15 dollars 50", "one dollar and
    one", or a code between two bare figures: "17 USD 25"."""
    if not (0 < b.value < 100 and b.value == int(b.value) and a.value == int(a.value) and a.value >= 0):
        return False
    if b.number.scaled or a.number.scaled or b.number.kind not in ("digits", "words") \
            or a.number.kind not in ("digits", "words"):
        return False
    if a.unit and _units.dimension_of(a.unit) == "currency" and b.unit is None and not a.alternates \
            and re.fullmatch(r" (?:and )?", gap) and low[a.end - 1].isalpha():
        return bool(_CLAUSE_END.match(low, b.end) or (gap == " " and _FUNCTION_NEXT.match(low, b.end)))
    if a.unit is None and b.currency and gap == " " and b.start < b.num_start and low[b.num_start - 1] == " " \
            and low[b.start].isalpha():
        return bool(_CLAUSE_END.match(low, b.end))
    return False


#: verbs of change in -ed or their irregular past: the change is told as done
_DONE = frozenset("rose risen fell fallen grew grown sank sunk slid shrank shrunk lost up down".split())


def _change_then_level(low: str, a: _Draft, b: _Draft, lex) -> bool:
    """Is "A to B" a change and the level it reached, not a range? After a verb
    of change told as done ("rose 0.5% to 4.2%", "was up 3% to 98.5"), or
    after any verb of change when only A has a unit ("to weaken 0.4% to
    1,243.5"): "expected to rise 2% to 3%" stays a range."""
    words = _WORD.findall(low, max(0, a.start - 40), a.start)
    if words and words[-1] == "by" and a.value and b.value and b.value > 3 * a.value \
            and (change_before_by(low, a.start, lex) or (len(words) > 1 and (words[-2] in lex.up
                                                                             or words[-2] in lex.down))):
        # "raised the starting price of its top-end phone by $100 to $1,199"; "will rise by 1.5 per
        # cent to 21.5 per cent" ("rise by 2% to 3%" stays a range: the level is no jump from the change)
        return True
    while words and words[-1] in CHANGE_FILLERS:
        words.pop()
    if not words or (words[-1] not in lex.up and words[-1] not in lex.down):
        return False
    w = words[-1]
    return w.endswith("ed") or w in _DONE or (a.unit is not None and b.unit is None)



def _try_merge(text: str, low: str, a: _Draft, b: _Draft, gap: str) -> bool:
    lex = lexicon()
    if gap.strip() == "" and gap and b.value is not None and b.value < 0 and low[b.num_start] == "-" \
            and a.value is not None and b.hedge is None and a.number.kind == "digits" and 0 <= a.value < -b.value:
        # "75 -300mm": a dash range typed with one space
        b.value = -b.value
        _interval(b)
        gap = "-"
    if len(gap) > 16:
        return False
    both_plain = a.hedge in (None, "about") and b.hedge is None and a.value is not None and b.value is not None
    if (b.hedge is None or b.hedge_after) and a.value is not None and a.hedge != "range" \
            and b.value is not None and _IN_RATIO.fullmatch(gap) and a.unit is None \
            and (b.unit is None or b.counted or b.unit == "person") \
            and 0 < a.value < b.value <= 1000 and a.value == int(a.value) and b.value == int(b.value):
        a.value = round(a.value / b.value * 100, 10)
        a.unit, a.end = "percent", b.end
        if b.hedge_after:
            a.hedge = b.hedge
        _interval(a)
        return True
    if both_plain and a.unit and a.unit == b.unit and _units.dimension_of(a.unit) == "currency" \
            and 0 < b.value < 1 and re.fullmatch(r"\s*(?:and\s*)?", gap):
        a.value += b.value  # "3 dollars 50 cents"
        a.end = b.end
        _interval(a)
        return True
    if both_plain and _minor_part(low, a, b, gap):
        # "15 dollars 50", "thirteen dollars forty five", "one dollar and one", "17 USD 25"
        if a.unit is None:
            a.unit, a.surface_unit, a.currency = b.unit, b.surface_unit, True
        a.value += b.value / 100
        a.end = b.end
        _interval(a)
        return True
    if both_plain and a.unit == "ft" and b.unit is None and gap.strip() == "" and 0 < b.value < 12 \
            and re.match(r" in\b(?!\s+(?:the|a|an|[a-z]+ing)\b)", low[b.end:]):
        a.value += b.value / 12  # "5 ft 2 in": "in" is inches only after feet
        a.end = b.end + 3
        _interval(a)
        return True
    if both_plain and a.unit and b.unit and a.unit != b.unit and not a.counted and not b.counted \
            and re.fullmatch(r"\s*(?:and\s*)?", gap):
        da = _units.dimension_of(a.unit)
        if da and da == _units.dimension_of(b.unit) and da in ("length", "mass", "duration"):
            try:
                extra = _units.convert(b.value, b.unit, a.unit)
            except ValueError:
                extra = None
            if extra is not None and 0 < extra < 1:
                a.value += extra  # "5 feet 2 inches"
                a.end = b.end
                _interval(a)
                return True
    if both_plain and _RANGE_GAP.fullmatch(gap) and (a.unit is None or b.unit is None or a.unit == b.unit):
        word = gap.strip()
        if len(word) > 1 and word[0] == "-":
            word = word[1:].strip()  # the suspended hyphen of "8- to 16-meter"
        before = low[max(0, a.start - 9):a.start]
        if word == "and" and not before.endswith("between "):
            if a.unit is None and b.unit and not b.counted and not b.currency and a.hedge is None \
                    and a.number.kind == b.number.kind == "digits" and not a.number.scaled \
                    and _units.dimension_of(b.unit) not in (None, "ratio", "ratio_change", "duration") \
                    and not (a.number.plain_int and 1000 <= a.value <= 2100) \
                    and _units.table().suffixes.get((b.surface_unit or "").lower(), ("", 1.0))[1] == 1.0:
                a.unit, a.surface_unit = b.unit, b.surface_unit  # "45 and 50 mg": the unit is shared
                _interval(a)
            return False
        if word == "or" and not (a.number.kind == "words" and b.number.kind == "words"):
            return False
        if word == "to" and _change_then_level(low, a, b, lex):
            return False
        if a.unit and _units.dimension_of(a.unit) == "duration" and b.unit is None and b.number.plain_int \
                and 1900 <= (b.value or 0) <= 2100:
            return False  # "in the ten years to 2025": a span ending in a year, no range of years
        if word == "-" and gap != "-" and a.number.kind != "digits":
            return False
        lo, hi = a.value, b.value
        if b.number.scaled and not a.number.scaled and a.number.kind != "fraction":
            lo *= b.number.scale
        shared = bool(b.unit and not a.unit)  # "2 to 3%": the unit of the second is the first's too
        if shared:
            fac = 1.0
            if not b.currency and b.surface_unit:
                fac = _units.table().suffixes.get(b.surface_unit.lower(), (b.unit, 1.0))[1]
            lo *= fac
            if a.number.kind == "fraction" and b.unit == "percent":
                lo *= 100  # "a quarter to a third of homes", "half to 60 percent": shares, in percent both
        if lo > hi and not (lo < 0 and hi < 0 and (a.unit or shared)):
            return False  # no range, and the first keeps its own unit ("growth in 2026 to 1.4%": a year)
        if shared:
            a.unit, a.surface_unit, a.currency, a.counted = b.unit, b.surface_unit, b.currency, b.counted
        lo, hi = min(lo, hi), max(lo, hi)
        m = re.search(r"(?:between|from) $", before)
        if before.endswith("from ") and _changed_from(low, a.start - 5, lex):
            return False  # "rose from 19% to 21%", "raised its rate from 4.25% to 4.75%": two levels, not a range
        if m and a.hedge is None:
            a.start = a.start - (len(before) - m.start())
        a.value, a.low, a.high, a.low_inc, a.high_inc = (lo + hi) / 2, lo, hi, True, True
        a.hedge, a.end = "range", b.end
        return True
    if b.hedge == "more_than" and low.startswith("over", b.start) and gap.strip() == "" and gap \
            and a.hedge is None and a.unit is None and b.unit is None and b.value and a.value is not None \
            and a.number.kind in ("digits", "words") and b.number.kind in ("digits", "words"):
        a.value = a.value / b.value  # "one over three": a fraction
        a.end = b.end
        _interval(a)
        return True
    pair_gap = re.fullmatch(r"\s*(?:,|,?\s*(?:and|but))\s*", gap)
    same_unit = a.unit == b.unit or b.unit is None or a.unit is None
    if a.hedge in ("more_than", "at_least") and b.hedge in ("less_than", "at_most", "nearly") and pair_gap \
            and a.low is not None and b.high is not None and a.low < b.high and same_unit:
        a.high, a.high_inc, a.hedge, a.end = b.high, b.high_inc, "range", b.end
        a.unit = a.unit or b.unit
        a.value = (a.low + a.high) / 2
        return True
    if a.hedge in ("less_than", "at_most") and b.hedge in ("more_than", "at_least") and pair_gap \
            and b.low is not None and a.high is not None and b.low < a.high and same_unit:
        a.low, a.low_inc, a.hedge, a.end = b.low, b.low_inc, "range", b.end
        a.unit = a.unit or b.unit
        a.value = (a.low + a.high) / 2
        return True
    return _try_alternate(low, a, b, gap)


#: how far before "from" a verb of change is looked for: "raised its benchmark one-week repo rate by half a
#: percentage point, from 4.25% to 4.75%"
_CHANGE_REACH = 14
_SENTENCE_STOP = regexstore.compile(r"[;!?]|\.(?!\d)")
#: words that open another clause or phrase between a verb of change and "from": "rose as temperatures ranged
#: from", "rose 5%, with shipments from"
_OPENERS = frozenset("as with while when where which who whom whose that and but or because although though "
                     "whereas since after before between among including".split())


def _changed_from(low: str, pos: int, lex) -> bool:
    """Whether a verb of change comes before the "from" that ends at ``pos``
    in its clause: right before it ("rose from"), or among the words before
    it, other than a bare "up" or "down", with no word that opens another
    clause between ("raised its rate from", "cut the rate by a quarter point,
    from"; not "rose as temperatures ranged from")."""
    changes = lex.up | lex.down
    if _prev_word(low, pos) in changes:
        return True
    window = _SENTENCE_STOP.split(low[max(0, pos - 120):pos])[-1]
    for w in reversed(window.split()[-_CHANGE_REACH:]):
        w = w.strip(",")
        if w in _OPENERS:
            return False
        if w in changes and w not in ("up", "down"):
            return True
    return False


def _try_alternate(low: str, a: _Draft, b: _Draft, gap: str) -> bool:
    """``b`` restates ``a`` in another unit: "6,000 km2 (2,300 sq mi)"."""
    if a.unit and b.unit and a.unit != b.unit and _ALT_OPEN.fullmatch(gap) and not a.counted and not b.counted:
        da, db = _units.dimension_of(a.unit), _units.dimension_of(b.unit)
        if da is None or da != db:
            return False
        try:
            conv = [None if x is None else _units.convert(x, b.unit, a.unit) for x in (b.low, b.high)]
            unit = a.unit
        except ValueError:
            conv, unit = [b.low, b.high], b.unit
        a.alternates = a.alternates + ((conv[0], conv[1], unit),)
        end = b.end
        if gap.strip().startswith("(") and low.startswith(")", end):
            end += 1
        a.end = end
        return True
    return False
