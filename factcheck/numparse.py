"""Numbers as written: digits, number words, fractions, scale words.

This is the lexical layer under :mod:`factcheck.numbers`: it finds every
number in a text and its value, without deciding whether it is a claim.

>>> parse_number("6,000"), parse_number("6 000"), parse_number("1.2 million")
(6000.0, 6000.0, 1200000.0)
>>> parse_number("twenty-five"), parse_number("a dozen"), parse_number("two-thirds")
(25.0, 12.0, 0.6666666666666666)
>>> parse_number("$3bn") is None, parse_number("3bn"), parse_number("10k")
(True, 3000000000.0, 10000.0)
>>> parse_number("one hundred and six"), parse_number("five and a half million")
(106.0, 5500000.0)
>>> parse_number("\u22125"), parse_number("\uff11\uff12")
(-5.0, 12.0)
>>> parse_number("hello") is None
True
"""
from __future__ import annotations

import re
from math import isfinite
from dataclasses import dataclass

from factcheck import regexstore
from factcheck.textutil import trie_regex

SMALL = {
    "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES = {"thousand": 1e3, "lakh": 1e5, "crore": 1e7, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DOZ_ABBR = frozenset(("doz", "dozs", "dz", "dzs"))
#: abbreviations written right after digits ("3bn", "$2.5m", "10k")
SCALE_ABBR = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
              "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "t": 1e12, "thousand": 1e3, "million": 1e6, "billion": 1e9,
              "trillion": 1e12, "hundred": 1e2, "lakh": 1e5, "crore": 1e7, "dozen": 12, "dozens": 12,
              "doz": 12, "dozs": 12, "dz": 12, "dzs": 12}
#: denominators: "a third", "two-thirds", "three quarters"
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
    "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
}
_TEEN_ORDINALS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                  "eightieth": 80, "ninetieth": 90, "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12}
FRACTIONS.update(_TEEN_ORDINALS)
FRACTIONS.update({k + "s": v for k, v in _TEEN_ORDINALS.items()})
#: "first" and "second" are denominators only after a tens word: "twenty-first", "three thirty-seconds"
_COMPOUND_ORDINALS = {"first": 1, "firsts": 1, "second": 2, "seconds": 2}
_OF_A_SCALE = regexstore.compile(r" of an? (thousand|million|billion|trillion)\b")
_TENS = frozenset(("twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"))
#: "hundreds of" etc.: a plural scale word allows this interval (low, high exclusive)
PLURALS = {"dozens": (24.0, 100.0), "tens": (20.0, 100.0), "scores": (40.0, 100.0),
           "hundreds": (200.0, 1e3), "thousands": (2e3, 1e6), "millions": (2e6, 1e9),
           "billions": (2e9, 1e12), "trillions": (2e12, 1e15)}

#: words before a bare scale word that make it a span of its multiples: "a few hundred", "several thousand"
_FEW_BEFORE = regexstore.compile(r"\b(?:a\s+few|several|a\s+couple\s+of)\s+$")
_SCALE_AFTER = regexstore.compile(r" (thousand|million|billion)\b")
_ORDINAL_WORDS = frozenset(FRACTIONS) | frozenset(_COMPOUND_ORDINALS)
_ALL_WORDS = set(SMALL) | set(SCALES) | {"hundred", "dozen"} | set(FRACTIONS) | _DOZ_ABBR
_RUN_WORDS = _ALL_WORDS | {"point"}

# One character in, one character out: offsets into the normalized text are
# offsets into the original.
_TRANSLATE = {0x2212: "-", 0x2013: "-", 0x2014: "-", 0x2010: "-", 0x2011: "-", 0x00A0: " ",
              0x2009: " ", 0x202F: " ", 0x2007: " ", 0x200A: " ", 0x2008: " ", 0x2019: "'",
              0xFF0C: ",", 0xFF0E: ".", 0xFF05: "%"}
_TRANSLATE.update({0xFF10 + i: str(i) for i in range(10)})


def normalize(text: str) -> str:
    """Lowercase, ASCII digits and dashes, plain spaces; same length as ``text``."""
    if text.isascii():
        return text.lower()
    low = text.translate(_TRANSLATE).lower()
    if len(low) != len(text):  # a few characters lowercase to two
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text.translate(_TRANSLATE))
    return low


# Digits.  `skip` swallows things that look numeric but are not quantities
# (dates, clock and running times, phone numbers, ordinals) so that no part of
# them is read as a number.
_DIGITS = regexstore.compile(
    r"""
    (?=[-+.'(\d\u00bc-\u00be\u2150-\u215e])   # fail fast where no number can start
    (?:(?P<skip>
        (?<![\w.])\d{1,4}([/.\-])\d{1,2}\2\d{2,4}(?![\d])      # 30/12/2022, 2022-12-30
      | (?<![\w.])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?  # 5:28, 10:30 pm
      | (?<![\w.])\d{1,2}(?:[.:]\d{2})?\s?[ap]\.m\.|(?<![\w.])\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b  # 5 p.m., 11pm
      | \+\d{1,3}(?:[ \-/.]?\(?\d{2,5}\)?){2,}                 # +1-222-2222-2222
      | (?<![\w.])\(?\d{3}\)?[ \-.]\d{3}[\-.]\d{4}(?!\d)       # 555-123-4567
      | (?<![\w.])\d+(?:st|nd|rd|th)\b                         # 20th, 21st
      | (?<![\w.])'?\d{2}(?:\d{2})?s\b                          # the 1990s, '90s
    )
    | (?P<frac>(?<![\w.,/])-?\d{1,3}/\d{1,3}(?![\d/]))
    | (?P<vulgar>[\u00bc-\u00be\u2150-\u215e])
    | (?P<num>
        (?:(?<![\w.,%])|(?<=(?<![a-z])(?:usd|eur|gbp|jpy|cny|rmb|inr|aud|cad|chf))|(?<=(?<![a-z])rs))-?
        (?:(?P<eu>\d{1,3}(?:\.\d{3})+,\d{1,2})(?!\d|[,.]\d)               # 1.111,11: decimal comma
        |(?:\d{1,2}(?:,\d{2})+,\d{3}(?![\d])                               # 12,34,567: Indian grouping
          |\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:\ \d{3})+(?![\d,])|\d+)
        (?:\.\d+)?(?:e[+-]?\d{1,3}(?![\w]))?)
      | (?<![\w.,])-?\.\d+
    ))
    """,
    re.X,
)
#: every match of _DIGITS holds a digit or a vulgar fraction: text without one is not scanned
_DIGIT_OR_VULGAR = regexstore.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
_SCALE_AFTER = regexstore.compile(
    r"(?:[ -]?(thousand|million|billion|trillion|hundred|lakh|crore|dozens?|dozs?|dzs?)\b"
    r"|(k|mn|mln|mio|mil|bn|bln|tn|trn|tln|m|b|t)(?![a-z0-9])"
    r"|[ ](mn|mln|bn|bln|tn|trn|tln)(?![a-z0-9]))"
)
_VULGAR = {"\u00bc": 0.25, "\u00bd": 0.5, "\u00be": 0.75, "\u2150": 1 / 7, "\u2151": 1 / 9, "\u2152": 0.1,
           "\u2153": 1 / 3, "\u2154": 2 / 3, "\u2155": 0.2, "\u2156": 0.4, "\u2157": 0.6, "\u2158": 0.8,
           "\u2159": 1 / 6, "\u215a": 5 / 6, "\u215b": 0.125, "\u215c": 0.375, "\u215d": 0.625,
           "\u215e": 0.875}
_MIXED_FRACTION = regexstore.compile(r" {1,2}(\d)/(\d{1,2})(?![\d/])")
_AND_A_FRACTION = regexstore.compile(r" and (?:a|one) (half|quarter|third)\b")

_WORD_ANCHOR = regexstore.compile(r"\b" + "(?:" + trie_regex(sorted(_ALL_WORDS | set(PLURALS))) + r")\b")
_TOKEN = regexstore.compile(r"[a-z]+")
_PREV_WORD = regexstore.compile(r"([a-z]+) $")
#: after "a third", one of these means a fraction ("a third in five years"), a noun an ordinal ("a third term")
_FUNCTION_WORDS = frozenset("in on at by for from to and or but since over than after before this last with "
                            "within during between among as while compared".split())
#: words before "half", "quarter"... that make it a period or a part, not a fraction
_NOT_A_COUNT_BEFORE = frozenset("first second third fourth final last other latter former back top bottom "
                                "opening closing early late".split())
_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 25, 32, 40, 50, 64, 100, 1000))
_ARTICLE = regexstore.compile(r"(?:^|(?<=[^a-z]))(an?) $")
_GAP = regexstore.compile(r" {1,3}(?:- {0,2})?|-(?: {0,2})")


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text.

    ``kind``: ``digits`` | ``words`` | ``fraction`` (a value between 0 and 1
    written as a fraction) | ``plural`` ("hundreds of": ``low``/``high`` set,
    ``value`` None).  ``scaled`` is true when a scale word or suffix was read.
    """

    start: int
    end: int
    value: float | None
    kind: str
    scaled: bool = False
    low: float | None = None
    high: float | None = None
    plain_int: bool = False  # digits only, no separator, no decimals, no scale
    scale: float = 1.0  # the scale word's factor ("million" -> 1e6)
    suffix: str = ""  # the scale word or abbreviation as written ("m", "bn", "million")


def _digits_value(s: str) -> float:
    return float(s.replace(",", "").replace(" ", ""))


#: "1.3x10^6", "6.23 x 10^-4", "8x2^10", "2.48×10−5", "1.1^23", "2.5^-1" (a power binds tighter
#: than a leading minus)
_POWER = regexstore.compile(r"(?: ?[x\u00d7*] ?(\d{1,2})\^([-+]?\d{1,3})|\u00d7 ?10(-\d{1,3})|\^([-+]{0,2})(\d{1,3}))(?![\d.^])")


def _power(value: float, m: re.Match) -> float | None:
    """ "x10^6", "x2^10", "×10-5" (the multiplication sign makes the dash an exponent), "^23"."""
    try:
        if m.group(1) is not None:
            return value * float(m.group(1)) ** int(m.group(2))
        if m.group(3) is not None:
            return value * 10.0 ** int(m.group(3))
        exp = int(m.group(5)) * (-1 if m.group(4).count("-") % 2 else 1)
        return (-1 if value < 0 else 1) * abs(value) ** exp
    except (OverflowError, ZeroDivisionError):
        return None


def _scan_digits(low: str, out: list[Number]) -> list[tuple[int, int]]:
    """Digit numbers into ``out``; returns the spans skipped (dates, times...)."""
    skipped: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(low):
        if m.group("skip"):
            skipped.append(m.span())
            continue
        if m.group("frac"):
            a, b = m.group("frac").split("/")
            if int(b) in _DENOMINATORS and abs(int(a)) < int(b):  # not 9/11 or 24/7
                out.append(Number(m.start(), m.end(), int(a) / int(b), "fraction"))
            continue
        if m.group("vulgar"):
            out.append(Number(m.start(), m.end(), _VULGAR[m.group("vulgar")], "fraction"))
            continue
        raw = m.group("num")
        start, end = m.span()
        if m.group("eu"):
            raw = raw.replace(".", "").replace(",", ".")
        value = _digits_value(raw)
        plain = raw.lstrip("-").isdigit()
        scaled = False
        mp = _POWER.match(low, end)
        if mp:
            powered = _power(value, mp)
            if powered is not None:
                out.append(Number(start, mp.end(), powered, "digits"))
                continue
        mf = _MIXED_FRACTION.match(low, end)  # "2 1/2"
        if mf and plain and int(mf.group(1)) < int(mf.group(2)):
            value += int(mf.group(1)) / int(mf.group(2))
            end, plain = mf.end(), False
        ms = _SCALE_AFTER.match(low, end)
        if ms:
            word = ms.group(1) or ms.group(2) or ms.group(3)
            value *= SCALE_ABBR[word]
            end, scaled, plain = ms.end(), True, False
            mf = _AND_A_FRACTION.match(low, end) if word in SCALES else None
            if mf:  # "3 million and a half"
                value += SCALE_ABBR[word] / FRACTIONS[mf.group(1)]
                end = mf.end()
            scale = SCALE_ABBR[word]
            mc = _SCALE_CHAIN.match(low, end)
            while mc and SCALE_ABBR[mc.group(1)] > scale:  # "2 lakh crore", "3 hundred thousand"
                word, scale = mc.group(1), SCALE_ABBR[mc.group(1)]
                value *= scale
                end = mc.end()
                mc = _SCALE_CHAIN.match(low, end)
            value, end = _digit_word_tail(low, value, scale, end)
            out.append(Number(start, end, value, "digits", True, scale=scale, suffix=word))
            continue
        out.append(Number(start, end, value, "digits", scaled, plain_int=plain))
    return skipped


_SCALE_CHAIN = regexstore.compile(r" (thousand|lakh|crore|million|billion|trillion)\b")
_AND_WORDS = regexstore.compile(r" and (?=[a-z])")
_TAIL = regexstore.compile(r" (and )?(\d{1,3})(?: (hundred|thousand|million|billion))?(?![\d.,/:])")


def _digit_word_tail(low: str, value: float, scale: float, end: int) -> tuple[float, int]:
    """ "4 thousand 3 hundred and 21": smaller parts after a scale word.

    "and" may only follow "hundred", so "$3 million and 40 volunteers" stays two figures.
    """
    while scale > 1:
        m = _TAIL.match(low, end)
        if not m or (m.group(1) and scale != 100):
            break
        part = int(m.group(2)) * (SCALE_ABBR[m.group(3)] if m.group(3) else 1)
        next_scale = SCALE_ABBR[m.group(3)] if m.group(3) else 1
        if part >= scale or part == 0 or (m.group(3) is None and not m.group(1) and scale != 100):
            break  # "4 thousand 3 hundred and 0": nobody writes a zero part
        value += part
        end, scale = m.end(), next_scale
    if scale == 100:  # "3 hundred and one"
        m = _AND_WORDS.match(low, end)
        toks = _words_run(low, m.end())[0] if m else []
        if toks and all(t[0] in SMALL for t in toks):
            part, used = _words_value([t[0] for t in toks])
            if part and used == len(toks) and part < 100:
                value += part
                end = toks[-1][2]
    return value, end


def _words_run(low: str, pos: int) -> tuple[list[tuple[str, int, int]], int]:
    """Tokens of a number-word run starting at ``pos`` (``and``/``a`` kept)."""
    toks: list[tuple[str, int, int]] = []
    i = pos
    n = len(low)
    while True:
        m = _TOKEN.match(low, i)
        if not m:
            break
        w = m.group()
        if w in _ALL_WORDS or w in PLURALS:
            toks.append((w, m.start(), m.end()))
        elif w in _COMPOUND_ORDINALS and toks and toks[-1][0] in _TENS and (
                w[0] == "f" or "-" in low[toks[-1][2]:m.start()]):
            toks.append((w, m.start(), m.end()))  # "twenty-first", "thirty-seconds"
        elif w in ("and", "a", "an", "point") and toks:
            g = _GAP.match(low, m.end())
            nxt = _TOKEN.match(low, g.end()) if g else None
            if not nxt or (nxt.group() not in _ALL_WORDS and nxt.group() not in ("a", "an")) or \
                    (w == "point" and nxt.group() not in SMALL):
                break
            toks.append((w, m.start(), m.end()))
        else:
            break
        g = _GAP.match(low, m.end())
        if g and g.end() < n and low[g.end()].isalpha():
            i = g.end()
        else:
            break
    while toks and toks[-1][0] in ("and", "a", "an", "point"):
        toks.pop()
    return toks, (toks[-1][2] if toks else pos)


def _words_value(words: list[str]) -> tuple[float | None, int]:
    """Value of a valid prefix of number words and how many words it used.

    >>> _words_value(["twenty", "five"]), _words_value(["one", "hundred", "and", "six"])
    ((25.0, 2), (106.0, 4))
    >>> _words_value(["three", "quarters"]), _words_value(["two", "three"])
    ((0.75, 2), (2.0, 1))
    """
    if "point" in words:
        k = words.index("point")
        head, hu = _words_value(words[:k])
        digits = _decimal_digits(words[k + 1:])
        if head is not None and hu == k and digits:
            return float(f"{int(head)}.{digits}"), len(words)
        words = words[:k]
    if len(words) > 2 and words[-1] in FRACTIONS and "and" in words[1:]:
        k = len(words) - 1 - words[::-1].index("and")
        head, hu = _words_value(words[:k])
        tail, tu = _words_value(words[k + 1:])
        if head is not None and hu == k and tail is not None and tu == len(words) - k - 1 and tail < 1 \
                and head == int(head):  # "five and a half"; "a third and a half" are two fractions
            last = words[k - 1]
            scale = SCALES.get(last, 100 if last == "hundred" and len(words[:k]) == 1 else 1)
            return head + tail * scale, len(words)
    total = 0.0
    cur = 0.0
    used = 0
    last = ""  # "unit" | "teen" | "ten" | "hundred" | "scale" | "frac"
    seen = False
    hundreds = 0.0  # the value of the current group up to its "hundred"
    group, group_scale = 0.0, 0.0  # the last group closed by a scale word, and that scale
    for k, w in enumerate(words):
        if w in ("and", "a", "an"):
            continue
        if w in SMALL:
            v = SMALL[w]
            kind = "ten" if v >= 20 and v % 10 == 0 else ("teen" if v >= 10 else "unit")
            if last in ("unit", "teen") or (last == "ten" and kind != "unit") or last == "frac":
                break
            cur += v
            last = kind
        elif w == "hundred":
            if last == "hundred" or cur >= 100:
                break
            cur = (cur or 1) * 100
            hundreds = cur
            last = "hundred"
        elif w == "dozen" or (w in ("dozens", *_DOZ_ABBR) and seen):
            if w in _DOZ_ABBR and last not in ("unit", "teen", "ten"):
                break
            # "three hundred and two dozen": the dozens are the part after "hundred"
            cur = hundreds + (cur - hundreds) * 12 if hundreds and cur > hundreds else (cur or 1) * 12
            last = "hundred"
        elif w in SCALES:
            if last == "scale" and not cur:
                if SCALES[w] <= group_scale:
                    break
                total += group * (SCALES[w] - 1)  # "three lakh crore", "five thousand million"
                group, group_scale = group * SCALES[w], SCALES[w]
            else:
                group, group_scale = (cur or 1) * SCALES[w], SCALES[w]
                total += group
            cur = hundreds = 0
            last = "scale"
        elif w in FRACTIONS:
            den = FRACTIONS[w]
            prev = words[k - 1] if k else ""
            if prev in ("and", "a", "an") and k >= 2 and words[k - 2] == "and" and last != "frac":
                cur += 1 / den  # "five and a half"
            elif not seen:
                cur = 1 / den  # "half", "a third"
            elif last in ("unit", "teen", "ten") and not total:
                if den > 10 and cur > 1 and not w.endswith("s"):
                    break  # "the two millionth visitor": an ordinal
                cur = cur / den  # "two-thirds"
            else:
                break
            last = "frac"
        else:
            break
        seen = True
        used = k + 1
    if not seen:
        return None, 0
    return total + cur, used


def _ordinal_fraction(toks: list[tuple[str, int, int]], low: str, article: bool = False) -> float | None:
    """A fraction whose denominator is an ordinal: "one twenty-fifth", "a trillionth",
    "three fifths", "one one hundred and fifth", "ninety-five hundred fifths".

    The denominator is the last ordinal, with a tens word before it ("twenty-fifth")
    and, when a numerator is still left before it, "<digit> hundred [and]" or
    "<digit> thousand" ("one / one hundred fifth"). A hyphen binds tighter than a
    space ("ninety-five hundred / fifths"). ``None`` when the words are no such fraction.
    """
    words = [t[0] for t in toks]
    hy = [i > 0 and "-" in low[toks[i - 1][2]:toks[i][1]] for i in range(len(toks))]
    last = words[-1]
    den = FRACTIONS.get(last) or _COMPOUND_ORDINALS.get(last)
    if den is None or len(words) < 2:
        return None
    i = len(words) - 1  # the denominator starts at words[i]
    if den < 10 and words[i - 1] in _TENS and (i >= 2 or last in _COMPOUND_ORDINALS):
        den += SMALL[words[i - 1]]
        i -= 1
    elif last in _COMPOUND_ORDINALS:
        return None
    j = i - 1
    if j >= 1 and words[j] == "and" and words[j - 1] == "hundred":
        j -= 1
    if j >= 2 and words[j] in ("hundred", "thousand") and den < SCALE_ABBR[words[j]] \
            and words[j - 1] in SMALL and 1 <= SMALL[words[j - 1]] <= 9 and not hy[j - 1] and not hy[j]:
        head = words[:j - 1]
        if head and head[-1] not in ("and", "a", "an"):
            den += SMALL[words[j - 1]] * SCALE_ABBR[words[j]]
            i = j - 1
    head = words[:i]
    if not head and article:
        return 1 / den  # "a twenty-first"
    if "and" in head or not head:
        return None
    if head in (["a"], ["an"]):
        return 1 / den
    num, used = _words_value(head)
    if num is None or used != len(head) or any(w in FRACTIONS for w in head):
        return None
    if num > 1 and den > 10 and not last.endswith("s"):
        return None  # "the two millionth visitor": an ordinal (more than one takes the plural)
    return num / den


def _decimal_digits(words: list[str]) -> str:
    """ "zero three" -> "03", "seventy one" -> "71", "eleven" -> "11"."""
    out = []
    i = 0
    while i < len(words):
        w = words[i]
        if w not in SMALL:
            return ""
        v = SMALL[w]
        if v >= 20 and i + 1 < len(words) and words[i + 1] in SMALL and SMALL[words[i + 1]] < 10:
            v += SMALL[words[i + 1]]
            i += 1
        out.append(str(v))
        i += 1
    return "".join(out)


def _scan_words(low: str, out: list[Number], taken: list[tuple[int, int]]) -> None:
    pos = 0
    spans = sorted(taken)
    k = 0
    for m in _WORD_ANCHOR.finditer(low):
        if m.start() < pos:
            continue
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        if k < len(spans) and spans[k][0] <= m.start():
            continue  # inside digits already read ("6 crore and two hundred")
        start = m.start()
        w = m.group()
        if w in PLURALS:
            # "hundreds of thousands", "tens of millions": the second word scales
            end, lo, hi = m.end(), *PLURALS[w]
            m2 = re.compile(r" of (thousands|millions|billions)\b").match(low, end)
            if m2 and w in ("tens", "hundreds", "dozens"):
                lo2, _ = PLURALS[m2.group(1)]
                lo, hi = lo * lo2 / 2, hi * lo2 / 2
                end = m2.end()
            if w == "tens" and not m2:
                continue  # "tens of" alone is rare and ambiguous
            out.append(Number(start, end, None, "plural", True, lo, hi))
            pos = end
            continue
        few = _FEW_BEFORE.search(low, max(0, start - 18), start) if w == "hundred" or w in SCALES else None
        if few:  # "a few hundred yards", "several thousand fans", "a couple of hundred metres": a span, not 100
            scale, end = SCALES.get(w, 100.0), m.end()
            more = _SCALE_AFTER.match(low, end)
            if more:  # "a few hundred thousand"
                scale, end = scale * SCALES[more.group(1)], more.end()
            lo, hi = (2 * scale, 3 * scale) if "couple" in few.group() else (2 * scale, 10 * scale)
            out.append(Number(few.start(), end, None, "plural", True, lo, hi))
            pos = end
            continue
        # include a leading "a"/"an"/"one" article: "a dozen", "a third"
        toks, end = _words_run(low, start)
        if not toks:
            continue
        words = [t[0] for t in toks]
        frac = _ordinal_fraction(toks, low, _ARTICLE.search(low, max(0, start - 4), start) is not None) \
            if len(toks) > 1 else None
        if frac is not None:
            value, used = frac, len(words)
        else:
            value, used = _words_value(words)
        if value is None or used == 0:
            pos = m.end()
            continue
        if frac is None and len(words) == 2 and words[0] in _TENS and words[1] in _ORDINAL_WORDS:
            pos = toks[1][2]
            continue  # "the twenty-first century", "finished twenty-fifth": a rank
        end = toks[used - 1][2]
        pos = end
        art = _ARTICLE.search(low, max(0, start - 4), start)
        first = words[0]
        used_words = words[:used]
        if first in FRACTIONS or first in ("hundred", "thousand", "million", "billion", "dozen"):
            if art:
                start = art.start(1)
            elif first in FRACTIONS and first not in ("half", "halves") and not (
                    first in ("quarter", "quarters") and any(x in SCALES for x in used_words)):
                continue  # "third term", "fourth quarter": ordinals, not fractions ("quarter million" is one)
            elif first == "dozen":
                pass
        is_fraction = any(x in _ORDINAL_WORDS for x in used_words) and value < 1
        if used_words[-1] in _ORDINAL_WORDS:
            # "a third" + noun is an ordinal ("a third term") unless "of" or end follows
            nxt = low[end:end + 4]
            nw = _TOKEN.match(low, end + 1) if nxt[:1] == " " else None
            if used_words[-1] not in ("half", "halves", "quarter", "quarters") and not (
                nxt.startswith(" of") or not nxt[:2].strip(" ").isalpha() or used_words[-1].endswith("s")
                or (nw and nw.group() in _FUNCTION_WORDS)
            ):
                continue
            if end < len(low) and low[end] == "-" and low[end + 1:end + 2].isalpha():
                continue  # "half-time", "half-brother": part of a word
            if len(used_words) == 1 and _PREV_WORD.search(low, max(0, start - 12), start) and \
                    _PREV_WORD.search(low, max(0, start - 12), start).group(1) in _NOT_A_COUNT_BEFORE:
                continue  # "the first half", "the second quarter"
        # "one hundred thousand": scale words make the number "scaled"
        scales = [SCALES[x] for x in used_words if x in SCALES]
        mo = _OF_A_SCALE.match(low, end) if is_fraction and used_words[-1] in FRACTIONS else None
        if mo:  # "two thirds of a million", "a quarter of a billion"
            value *= SCALES[mo.group(1)]
            scales, is_fraction, end = [SCALES[mo.group(1)]], False, mo.end()
            used_words = used_words + [mo.group(1)]
            pos = end
        kind = "fraction" if is_fraction else "words"
        # digits directly before words: "1.2 million" handled by _scan_digits
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        out.append(Number(start, end, value, kind, bool(scales), scale=scales[-1] if scales else 1.0,
                          suffix=used_words[-1] if scales else ""))


#: a time of day told in words: "a quarter to eleven", "half past 10", "nine o'clock", "twenty to ten in the morning"
#: (no figure)
_CLOCK_IN_WORDS = regexstore.compile(
    r"\b(?:(?:a\s+)?quarter\s+(?:past|to)|half\s+past)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|1[0-2]|0?[1-9])\b(?![\s-]*(?:thirds?|quarters?|halves|half|fifths?|sixths?|tenths?|of\b|per\b|percent|%|"
    r"[.,]\d))|\b(?:five|ten|twenty|twenty-five)\s+(?:minutes\s+)?(?:past|to)\s+(?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])\b(?=\s*(?:[ap]\.?m\b|in\s+the\s+(?:morning|afternoon|evening)|"
    r"at\s+night|on\s+\w+\s+(?:morning|afternoon|evening|night)))"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])"
    r"\s+o['’]clock\b"
    r"|(?<=\bat\s)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])"
    r"(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
    # "began at around twenty to eight": a time even with no part of the day told (it is then no time)
    r"|\bat\s+(?:(?:around|about|approximately|roughly|exactly|precisely)\s+)?(?:five|ten|twenty|twenty-five)\s+"
    r"(?:minutes\s+)?(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?=\s*(?:[,.;:)]|$|(?:at|on|in|and|when|as|after|before|that|the|a|an|local)\b))")


def _clock_in_words(low: str) -> list[tuple[int, int]]:
    """The spans of the times of day told in words in ``low``."""
    return [m.span() for m in _CLOCK_IN_WORDS.finditer(low)]


def find_numbers(text: str, *, normalized: str | None = None) -> list[Number]:
    """Every number in ``text``, in order, non-overlapping.

    >>> [(n.value, n.kind) for n in find_numbers("Some 6,000 people, a third of them, and 2.5m more")]
    [(6000.0, 'digits'), (0.3333333333333333, 'fraction'), (2500000.0, 'digits')]
    >>> find_numbers("On 30/12/2022 at 10:30 the 21st")
    []
    """
    low = normalized if normalized is not None else normalize(text)
    out: list[Number] = []
    skipped = _scan_digits(low, out) if _DIGIT_OR_VULGAR.search(low) else []
    if ("quarter " in low or " past " in low or "clock" in low or " to " in low or "at night" in low
            or "in the morning" in low or "in the afternoon" in low or "in the evening" in low) \
            and (clocks := _clock_in_words(low)):
        out = [n for n in out if not any(a <= n.start < b for a, b in clocks)]  # "half past 10"
        skipped = skipped + clocks
    taken = [(n.start, n.end) for n in out] + skipped
    if any(c in low for c in "otfsenhdzbqmgw"):
        _scan_words(low, out, taken)
    out.sort(key=lambda n: n.start)
    result: list[Number] = []
    last_end = -1
    for n in out:
        if n.start >= last_end:
            if n.value is not None and not isfinite(n.value):
                continue  # "1e310": past what a float holds, no figure of any news
            result.append(n)
            last_end = n.end
    return result


def parse_number(text: str) -> float | None:
    """The value of a string that is one number, else ``None``.

    Currency, units and other words around the number make it ``None``.
    """
    low = normalize(text).strip()
    sign = 1.0
    for word in ("minus ", "negative "):
        if low.startswith(word):
            low, sign = low[len(word):].lstrip(), -1.0
    if not low:
        return None
    nums = find_numbers(low, normalized=low)
    if len(nums) != 1:
        return None
    n = nums[0]
    if n.start != 0 or n.end != len(low) or n.value is None:
        return None
    return sign * n.value
