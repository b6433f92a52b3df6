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

import re
from dataclasses import dataclass, replace

from factcheck import units as _units
from factcheck.lexicon import is_plural, lemma, lexicon
from factcheck.numparse import Number, find_numbers, normalize, parse_number

__all__ = ["Quantity", "find_quantities", "find_numbers", "parse_number", "normalize"]


@dataclass(frozen=True, slots=True)
class Quantity:
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


_WORD = re.compile(r"[a-z][a-z'.]*")
_NEXT_WORDS = re.compile(r"[ -]?([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?")
_OF_PRONOUN = re.compile(r" of (?:them|those|whom|these|which)\b")
_OF_NP = re.compile(r" of (?:the |its |their |his |her |our |all |these |those )?([a-z]+)(?: ([a-z]+))?")
_RANGE_GAP = re.compile(r"\s*(?:-|to|through|till|until|~|or|and)\s*$")
_IN_RATIO = re.compile(r"\s+(?:in|out of)(?: every)?\s+$")
_COMPOUND_GAP = re.compile(r"\s*,?\s*(?:and|but)?\s*$")
_ALT_OPEN = re.compile(r"\s*(?:\(|,\s*or\s|/|or\s)\s*$")
_CHANGE_NOUN = r"(?:\s+(?:increase|rise|jump|gain|growth|surge|drop|decline|fall|decrease|cut|reduction|slump))?"
_WHEN = r"(?:\s+(?:this|last|a|the) (?:year|month|week|quarter|period))?"
_CMP = re.compile(
    _CHANGE_NOUN + _WHEN + r",?\s*(compared (?:with|to)|as against|in comparison with|versus|vs\.?|from|than|over|against|on)\s+"
    r"(.+?)(?=[,;:.()]|\s(?:and|as|while|when|after|because|according|but|to|in which)\s|$)"
)
_YOY = re.compile(_CHANGE_NOUN + r",?\s*(year[- ]on[- ]year|year[- ]over[- ]year|on the year|from a year (?:earlier|ago)|"
                  r"a year (?:earlier|ago)|on an annual basis)\b")
_CMP_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s))(?:compared (?:with|to)|versus|against)\s+([^,;]+?),\s*[^,;]*$")
_NUMBER_AHEAD = re.compile(r"\s*(?:[-$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                           r"thirty|forty|fifty|hundred|a hundred|a thousand)\b)")
_SIGN_WORD = re.compile(r"(?:^|(?<=[^a-z]))(minus|negative) $")


@dataclass
class _Draft:
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


def _prev_word(low: str, pos: int) -> str:
    j = pos
    while j > 0 and low[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (low[i - 1].isalnum() or low[i - 1] in "'.#"):
        i -= 1
    return low[i:j].rstrip(".")


def _interval(d: _Draft) -> None:
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


def _counted_noun(low: str, pos: int, value: float | None, lex) -> tuple[str | None, int]:
    """A counted noun right after a number: "three people" -> "person"."""
    m = _NEXT_WORDS.match(low, pos)
    if not m or (pos < len(low) and low[pos] not in " -"):
        return None, pos
    words = [w for w in m.groups() if w]
    ends = [m.end(i + 1) for i in range(len(words))]
    k = 0
    while k < len(words) - 1 and k < 2 and words[k] in lex.adjectives and words[k] not in lex.not_nouns:
        k += 1
    if k >= len(words) or words[k] in lex.not_nouns:
        return None, pos
    w = words[k]
    if is_plural(w):
        return lemma(w), ends[k]
    if k + 1 < len(words) and is_plural(words[k + 1]) and words[k + 1] not in lex.not_nouns:
        return f"{w} {lemma(words[k + 1])}", ends[k + 1]
    if value == 1 and len(w) > 2:
        return w, ends[k]
    return None, pos


def _last_plural_before(low: str, pos: int, lex) -> str | None:
    for m in reversed(list(_WORD.finditer(low, max(0, pos - 120), pos))):
        w = m.group().rstrip(".'")
        if is_plural(w) and w not in lex.not_nouns and w not in lex.adjectives:
            return lemma(w)
    return None


def _build(text: str, low: str, n: Number, standalone: bool, prev_unit: str | None, floor: int = 0) -> _Draft | None:
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
    # sign words
    m = _SIGN_WORD.search(low, max(floor, d.start - 10), d.start)
    if m and d.value is not None:
        d.value, d.start = -d.value, m.start(1)
    # hedge before
    m = lex.hedge_before_re.search(low, max(floor, d.start - 40), d.start)
    if m and n.kind != "plural":
        g = 1 if m.group(1) else 2
        if not (m.group(g) == "~" and m.start(g) > 0 and low[m.start(g) - 1].isdigit()):  # 20~100 is a range
            d.hedge, d.start = lex.hedge_before[m.group(g)], m.start(g)
    pos = d.num_end
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
    um = lex.unit_re.match(low, pos)
    if um and um.group(1) in t.prefixes and _NUMBER_AHEAD.match(low, um.end()):
        um = None  # "$20 $37": the symbol belongs to the next figure
    if um and len(um.group(1)) == 1 and um.start(1) == pos and text[pos].isupper() and um.group(1) != "l":
        um = None  # "5G", "3D": a name, not grams
    if um and not d.currency:
        uid, fac = t.suffixes[um.group(1)]
        if uid == "MB" and text[um.start(1):um.end(1)] == "mb":
            uid = "Mbit"  # b is a bit, B a byte
        if uid == "lb" and n.scaled:
            uid = "GBP"  # "361 million pounds" is money
        d.unit, d.surface_unit = uid, text[um.start(1):um.end(1)]
        if d.value is not None:
            d.value *= fac
        if d.low is not None:
            d.low, d.high = d.low * fac, (d.high * fac if d.high is not None else None)
        pos = um.end()
    elif um and d.currency and t.units.get(t.suffixes[um.group(1)][0], None) and \
            t.units[t.suffixes[um.group(1)][0]].dimension == "currency":
        pos = um.end()  # "$5 dollars": the word repeats the symbol
    elif n.kind == "fraction" and low.startswith(" of", pos) and d.value is not None:
        d.value, d.unit = round(d.value * 100, 10), "percent"
    elif not d.currency:
        m = _OF_PRONOUN.match(low, pos)
        if m and n.kind in ("digits", "words"):
            noun = prev_unit if prev_unit and _units.dimension_of(prev_unit) is None else _last_plural_before(low, d.start, lex)
            if noun:
                d.unit, d.counted = noun, True
        elif n.kind in ("digits", "words", "plural"):
            noun, e = _counted_noun(low, pos, d.value, lex)
            if noun is None and n.kind != "plural":
                m2 = _OF_NP.match(low, pos)
                if m2 and n.kind == "words" and d.value and d.value >= 1:
                    w1, w2 = m2.group(1), m2.group(2)
                    if is_plural(w1) and w1 not in lex.not_nouns:
                        noun = lemma(w1)
                    elif w2 and is_plural(w2) and w1 not in lex.not_nouns:
                        noun = lemma(w2)
            if noun:
                d.unit, d.counted = noun, True
                pos = e
    d.end = max(d.end, pos)
    ha = lex.hedge_after_re.match(low, d.end)
    if ha and ha.group(1).endswith(("than", "to")) and _NUMBER_AHEAD.match(low, ha.end()):
        ha = None  # "200 or greater than 190": the phrase belongs to the next figure
    if ha and d.value is not None:
        phrase = ha.group(1)
        if phrase.startswith("or equal") and d.hedge in ("more_than", "less_than"):
            d.hedge = "at_least" if d.hedge == "more_than" else "at_most"
            d.end, d.hedge_after = ha.end(), True
        elif d.hedge in (None, "about", "exactly") and not phrase.startswith("or equal"):
            d.hedge, d.end, d.hedge_after = lex.hedge_after[phrase], ha.end(), True
    return _finish(d, low, lex)


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
    if n.start >= 2 and low[n.start - 1] == "-" and low[n.start - 2].isalpha():
        return False  # Covid-19, F-16
    if n.kind == "digits" and _in_url(low, n.start):
        return False
    if n.plain_int and n.start >= 5 and low[n.start - 1] in "-/" and low[n.start - 5:n.start - 1].isdigit() \
            and 1000 <= int(low[n.start - 5:n.start - 1]) <= 2100 and n.end - n.start == 2:
        return False  # the 2019-20 season, fiscal 2022/23
    if standalone and n.kind == "words" and low.startswith("one", n.start) and n.end - n.start == 3 \
            and prev in ("the", "this", "that", "which", "each", "every", "any", "no") and d.hedge is None:
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
        if n.start >= 2 and text[n.start - 1] == " ":
            pw = text[:n.start].rstrip().rsplit(None, 1)
            if pw and pw[-1][:1].isupper() and not pw[-1].endswith(("'s", "’s", "s'")) \
                    and re.search(r"[.!?]\s*$", text[:n.start - len(pw[-1]) - 1]) is None \
                    and n.start - len(pw[-1]) - 1 > 0:
                return False  # Boeing 737, Windows 10
    if n.kind == "words" and not n.scaled and not standalone and d.hedge is None:
        v = d.value
        first = low[n.start:n.end].split()[0] if low[n.start:n.end].strip() else ""
        if first == "one" and (nxt in lex.one_after or prev in lex.one_before or not d.unit):
            return False
        if first == "one" and n.end + 1 < len(text) and text[n.end + 1:n.end + 2].isupper():
            return False  # "one China" policy, "One Belt"
        if v is not None and v <= 10 and prev in lex.determiners and (d.unit is None or d.counted):
            return False
        if dim is None and d.unit is None and v is not None and v < 10:
            return False  # a bare small number word ("two of", "three")
    return True


def _in_url(low: str, pos: int) -> bool:
    """Is ``pos`` inside a URL or e-mail-like token?"""
    i = low.rfind(" ", 0, pos) + 1
    j = low.find(" ", pos)
    tok = low[i:j if j >= 0 else len(low)]
    return "://" in tok or "www." in tok or "@" in tok or ("%2" in tok and "?" in tok)


def _merge(text: str, low: str, drafts: list[_Draft]) -> list[_Draft]:
    """Ranges, "three in four", bounded pairs and restatements in another unit."""
    out: list[_Draft] = []
    for d in drafts:
        if out:
            a = out[-1]
            gap = low[a.end:d.start]
            if _try_merge(text, low, a, d, gap):
                continue
        out.append(d)
    return out


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
            and b.value is not None and _IN_RATIO.fullmatch(gap) and a.unit is None and (b.unit is None or b.counted) \
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
        before = low[max(0, a.start - 9):a.start]
        if word == "and" and not before.endswith("between "):
            return False
        if word == "or" and not (a.number.kind == "words" and b.number.kind == "words"):
            return False
        if word == "-" and gap != "-" and a.number.kind != "digits":
            return False
        lo, hi = a.value, b.value
        if b.number.scaled and not a.number.scaled and a.number.kind != "fraction":
            lo *= b.number.scale
        if b.unit and not a.unit:
            uid = b.unit
            fac = 1.0
            if not b.currency and b.surface_unit:
                fac = _units.table().suffixes.get(b.surface_unit.lower(), (uid, 1.0))[1]
            lo *= fac
            a.unit, a.surface_unit, a.currency, a.counted = uid, b.surface_unit, b.currency, b.counted
        if lo > hi and not (lo < 0 and hi < 0 and a.unit):
            return False
        lo, hi = min(lo, hi), max(lo, hi)
        m = re.search(r"(?:between|from) $", before)
        if before.endswith("from ") and _prev_word(low, a.start - 5) in lex.up | lex.down:
            return False  # "rose from 19% to 21%": two levels, not a range
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


def _direction(low: str, d: _Draft, lex) -> str | None:
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
    skip = {"by", "a", "an", "some", "nearly", "almost", "about", "around", "roughly", "more", "than", "sharply",
            "slightly", "significantly", "another", "further", "much", "just", "only", "over", "as", "much"}
    for w in reversed(words[-4:]):
        if w in ("to", "from", "at", "of", "was", "is", "were", "are", "be", "for"):
            return None
        if w in skip:
            continue
        if w in lex.up:
            return "up"
        if w in lex.down:
            return "down"
        break
    after = _WORD.findall(low, d.end, min(len(low), d.end + 30))[:2]
    for w in after:
        if w in ("increase", "rise", "jump", "gain", "growth", "surge", "hike", "higher", "more"):
            return "up" if w != "more" or d.unit in ("percent", "percentage_point") else None
        if w in ("drop", "decline", "fall", "decrease", "cut", "reduction", "lower", "slump", "less"):
            return "down" if w != "less" or d.unit in ("percent", "percentage_point") else None
        if w not in ("year-on-year", "annual", "a", "on", "the"):
            break
    return None


def _compared(low: str, text: str, d: _Draft) -> str | None:
    m = _YOY.match(low, d.end)
    if m:
        return "the previous year"
    m = _CMP.match(low, d.end)
    if m:
        return text[m.start(2):m.end(2)].strip()
    m = _CMP_BEFORE.search(low, max(0, d.start - 120), d.start)
    if m:
        return text[m.start(1):m.end(1)].strip()
    return None


def _multipliers(text: str, low: str, lex, taken: list[tuple[int, int]]) -> list[_Draft]:
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
    if lex.multiplier_re.search(low):
        drafts += _multipliers(text, low, lex, [(d.start, d.end) for d in drafts])
        drafts.sort(key=lambda d: d.start)
    out = []
    for d in drafts:
        direction = _direction(low, d, lex)
        if d.unit == "times" and d.number.kind == "mult":
            direction = "down" if (d.value or 0) < 1 else ("up" if low[d.start:d.end].endswith("ed") else None)
        cmp_ = _compared(low, text, d) if direction else None
        unit = d.unit
        dim = _units.dimension_of(unit) if unit else None
        if unit and dim is None and d.counted:
            dim = "count"
        out.append(Quantity(d.start, d.end, d.value, d.low, d.high, d.low_inc, d.high_inc, unit, dim,
                            d.hedge, direction, cmp_, tuple(d.alternates), d.surface_unit))
    return out
