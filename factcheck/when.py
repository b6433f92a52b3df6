"""Time expressions -> date ranges, resolved against the publication date.

Only dates matter here (years, months, days); clock times are ignored.
Every range is inclusive. Relative expressions need the publication date;
without it they come back with ``date_start = date_end = None``.

>>> from datetime import date
>>> pub = date(2022, 12, 30)                      # a Friday
>>> [(t.text, t.date_start) for t in find_times("Peskov said Thursday.", pub)]
[('Thursday', datetime.date(2022, 12, 29))]
>>> t = find_times("They are expected to speak on Friday.", pub)[0]
>>> t.date_start == pub
True
>>> t = find_times("He invited Xi to visit Moscow next spring.", pub)[0]
>>> (t.date_start, t.date_end)
(datetime.date(2023, 3, 1), datetime.date(2023, 5, 31))
>>> t = find_times("in the first nine months of this year", pub)[0]
>>> (t.date_start, t.date_end)
(datetime.date(2022, 1, 1), datetime.date(2022, 9, 30))

Which way a bare weekday, month or season points is decided by the tense of
the clause around it (see :func:`clause_tense`): past -> the most recent one
not after publication; future -> the next one, publication day included;
neither -> whichever is nearer.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from factcheck import regexstore
from factcheck.textutil import CASE_TRAPS, lowercase_pattern, tail_trie


@dataclass(frozen=True, slots=True)
class TimeRef:
    start: int  # offsets into the text given
    end: int
    date_start: date | None  # resolved range (inclusive); None when unresolvable
    date_end: date | None
    kind: str  # date | weekday | relative | month | year | season | period | duration_ago | since
    text: str


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": 3, "a few": 3, "few": 3, "couple of": 2, "a couple of": 2}
_SMALL_NUMBERS = {**{w: NUMBERS[w] for w in "two three four five six seven eight nine ten eleven twelve".split()},
                  "thirteen": 13, "fourteen": 14, "twenty-one": 21, "twenty-eight": 28}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
UNITS = ("day", "week", "month", "year", "quarter", "decade")

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_LONG_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:early|mid|late|the beginning of|the start of|the end of|the middle of)"
_ORD = r"(?:first|second|third|fourth|last)"
#: counts of days or weeks written as words ("the seven days to Sunday")
_SMALL = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|twenty-one|twenty-eight)"

# One alternation, longest and most specific first; every branch is named.
_BRANCHES = (
    r"(?P<iso>\b(?P<iy>20\d\d|19\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b)"
    r"|(?P<fiscal>\b(?:(?:fiscal|financial)\s+(?:year\s+)?)?(?P<fy_a>(?:19|20)\d\d)\s?[-/–]\s?(?P<fy_b>\d\d(?:\d\d)?)\b"
    r"(?![-/.,]\d)|\bfy\s?['’]?(?P<fy_c>\d\d(?:\d\d)?)\b"
    r"|\b(?:fiscal|financial)\s+(?:year\s+)?(?P<fy_d>(?:19|20)\d\d)\b"
    r"|\b(?:between\s+(?P<fy_e>(?:19|20)\d\d)\s+and|from\s+(?P<fy_g>(?:19|20)\d\d)\s+(?:to|through|until))"
    r"\s+(?P<fy_f>(?:19|20)\d\d)\b(?![-/.,]\d))"
    rf"|(?P<mdy>\b(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<mdy_y>{_YEAR})\b)"
    rf"|(?P<dmy>\b(?P<dmy_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dmy_m>{_MONTH})\s+(?P<dmy_y>{_YEAR})\b)"
    r"|(?P<partof>\b(?:in\s+)?the\s+(?P<po_n>first|second|third|fourth|last|final)\s+"
    r"(?:(?P<po_k>\w+)\s+)?(?P<po_u>months|month|quarter|half|weeks?)\s+of\s+"
    rf"(?P<po_y>this\s+year|last\s+year|the\s+year|next\s+year|{_YEAR}))"
    r"|(?P<ended>\bthe\s+(?:(?P<en_n>three|six|nine|twelve|3|6|9|12)\s+months|(?P<en_u>quarter|half[\s-]year|"
    r"half|fiscal\s+year|financial\s+year|year))\s+(?:ended|ending|to|through|thru|until)\s+"
    rf"(?:(?P<en_dd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<en_dm>{_LONG_MONTH})\b|"  # "the three months to 30 September"
    rf"(?:the\s+end\s+of\s+)?(?P<en_m>{_MONTH})(?:\s+(?P<en_d>[0-3]?\d)(?:st|nd|rd|th)?\b)?)"
    rf"(?:,?\s+(?P<en_y>{_YEAR})\b)?)"
    rf"|(?P<daysto>\b(?:(?:in|over|during|for)\s+)?the\s+(?P<dt_n>\d{{1,2}}|{_SMALL})\s+(?P<dt_u>days|weeks)\s+"
    rf"(?:to|ending|ended|through|until)\s+(?:(?:last\s+)?(?P<dt_wd>{_WD})\b(?!,?\s+(?:{_MONTH}\s+)?\d)"
    rf"|(?:{_WD},?\s+)?(?:(?P<dt_m>{_MONTH})\s+(?P<dt_d>[0-3]?\d)|(?P<dt_dd>[0-3]?\d)\s+(?P<dt_dm>{_LONG_MONTH}))"
    rf"(?:st|nd|rd|th)?\b(?:,?\s+(?P<dt_y>{_YEAR})\b)?))"
    r"|(?P<quarter>\b(?:(?:in|during|for)\s+)?(?:the\s+)?(?:(?P<qf>fiscal|financial)\s+)?"
    r"(?P<qn>first|second|third|fourth)[\s-]+(?P<qu>quarter|half)\b"
    rf"(?:\s+(?:of\s+)?(?P<qy>{_YEAR})\b|\s+of\s+(?:the|its|their)\s+(?P<qfy>fiscal|financial)\s+year\b)?"
    rf"|\bq(?P<qq>[1-4])(?:\s+|[-/]|\s*['’])?(?P<qy2>{_YEAR}|\d\d)?\b)"
    r"|(?P<sameperiod>\bthe\s+same\s+(?:period|months?|quarter|time)\s+(?:of|in|a)\s+"
    r"(?:the\s+previous|last|a|the\s+prior)\s+year\b|\ba\s+year\s+(?:earlier|ago)\s+period\b)"
    r"|(?P<soFar>\b(?:so\s+far|until\s+now|to\s+date)\s+this\s+year\b|\bthis\s+year\s+so\s+far\b"
    r"|\byear[\s-]to[\s-]date\b)"
    rf"|(?P<partyear>\b(?:at\s+|in\s+|by\s+)?(?P<py_p>{_PART})[\s-]*(?P<py_y>this\s+year|last\s+year|next\s+year|the\s+year|{_YEAR})\b)"
    rf"|(?P<partmonth>\b(?:in\s+|by\s+|at\s+)?(?P<pm_p>{_PART})[\s-]*(?P<pm_m>{_MONTH})(?:\s+(?P<pm_y>{_YEAR}))?\b)"
    rf"|(?P<mspan>\b(?:(?P<ms_btw>between)\s+)?(?P<ms_a>{_LONG_MONTH})\s*"
    rf"(?:-?(?:to|through|until)-?|[-–]|(?(ms_btw)and|(?!)))"
    rf"\s*(?P<ms_b>{_LONG_MONTH})\b"
    rf"(?!\s+[0-3]?\d\b)(?:\s+(?:quarter|period))?(?:,?\s+(?:of\s+)?(?P<ms_y>{_YEAR})\b)?)"
    rf"|(?P<md>\(?\b(?P<md_m>{_MONTH})\s+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d)\)?)"
    rf"|(?P<dm>\b(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<dm_m>{_LONG_MONTH})\b)"
    rf"|(?P<monthyear>\b(?:(?:in|until|by|during)\s+)?(?P<my_m>{_LONG_MONTH})\s+(?:of\s+)?(?P<my_y>{_YEAR})\b)"
    rf"|(?P<since>\bsince\s+(?:(?P<si_dd>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<si_dm>{_LONG_MONTH})\b"
    rf"|(?P<si_m>{_LONG_MONTH})(?:\s+(?P<si_d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d))?"
    rf"(?:,?\s+(?:of\s+)?(?P<si_my>{_YEAR})\b)?|(?P<si_y>{_YEAR})\b"
    rf"|(?P<si_wd>{_WD})\b))"
    r"|(?P<ago>\b(?P<ag_n>" + _NUM + r")\s+(?P<ag_u>days?|weeks?|months?|years?|decades?)\s+ago\b)"
    r"|(?P<past>\b(?:in\s+|over\s+|during\s+|for\s+)?the\s+(?:past|last)\s+(?:(?P<pa_n>" + _NUM +
    r")\s+)?(?P<pa_u>days?|weeks?|months?|years?|decades?)\b)"
    r"|(?P<recent>\bin\s+recent\s+(?P<re_u>days|weeks|months|years|decades)\b|\brecently\b)"
    r"|(?P<rel>\b(?P<rel_w>this|last|next|past|previous|coming|current)\s+(?P<rel_u>week|weekend|month|year|quarter)\b"
    r"|\bthe\s+(?P<rel_w2>previous|following)\s+(?P<rel_u2>week|month|year)\b)"
    r"|(?P<day>\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|"
    r"earlier\s+today|(?:on\s+)?(?:the\s+)?eve\b(?=\s+of\s+the\s+new\s+year))\b)"
    rf"|(?P<wd>\b(?:(?P<wd_mod>on|last|next|this|coming|past)\s+)?(?P<wd_d>{_WD})(?:’s|'s)?\b)"
    r"|(?P<season>\b(?:(?P<se_mod>in\s+the|this|next|last|in|by|the)\s+)?(?P<se_s>spring|summer|autumn|winter|fall)"
    rf"(?:\s+(?:of\s+)?(?P<se_y>{_YEAR}))?\b)"
    rf"|(?P<month>\b(?:(?P<mo_mod>in|since|by|until|last|next|this|early|late|during)\s+)?(?P<mo_m>{_LONG_MONTH})\b"
    r"(?!\.?\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![,.]?\d)))"  # not "until January 31": that day, read at "January"
    rf"|(?P<year>(?<![\d,.$€£])\b(?:(?P<ye_mod>in|since|by|until|during|of|for)\s+)?(?P<ye_y>{_YEAR})\b(?![,.]?\d|\s*%|\s?[-/–]\s?\d))"
)


_SEASON = "spring|summer|autumn|winter|fall"
_UNIT = "day|week|month|year|decade"
#: Where a match can start, read off the branches: a digit (a year, a day of
#: the month, a count of units ago), a bracket before a date, or a word that
#: opens a branch. A word that opens a branch only in front of certain words
#: is held to them (its tail): "the" opens "the first nine months", "the same
#: period", "the beginning of", "the past year", "the following week", "the
#: eve", "the spring" and nothing else. The gate is a look-ahead and only a
#: necessary condition: it decides where the branches are tried, never what
#: they match; common words ("the", "in", "a", "to", "of") no longer try every
#: branch. A new branch must be reachable through it (tests/test_when.py
#: compares the pattern with an ungated one).
_GATE_TAILS = {
    **{w: r"\b" for w in (
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
        "saturday sunday early mid late last next past previous coming today tonight yesterday tomorrow "
        "recently eve spring summer autumn winter fall").split()},
    "the": r"\s+(?:first|second|third|fourth|last|same|beginning|start|end|middle|past|previous|following|"
           rf"eve|{_SEASON}|current|quarter|half|fiscal|financial|year\s|(?:three|six|nine|twelve|3|6|9|12)\s+months"
           rf"|(?:\d{{1,2}}|{_SMALL})\s+(?:days|weeks)\s)",
    **{w: r"\s+(?:first|second|third|fourth|year\s+\d|\d)" for w in ("fiscal", "financial")},
    "fy": r"\s?['’]?\d",
    **{w: r"[\s-]+(?:quarter|half)" for w in ("first", "second", "third", "fourth")},
    "current": r"\s+(?:week|weekend|month|year|quarter)",
    "q": r"[1-4]\b",
    "in": rf"\s+(?:the|early|mid|late|recent|first|second|third|fourth|{_LONG_MONTH}|{_SEASON}|\d)",
    "at": r"\s+(?:early|mid|late|the)",
    "by": rf"\s+(?:early|mid|late|the|{_LONG_MONTH}|{_SEASON}|\d)",
    "on": rf"\s+(?:the|eve|{_WD})",
    "of": r"\s+\d",
    "for": r"\s+(?:the|first|second|third|fourth|\d)",
    "over": r"\s+the",
    "during": rf"\s+(?:the|first|second|third|fourth|{_LONG_MONTH}|\d)",
    "since": rf"\s+(?:{_LONG_MONTH}|{_WD}|\d)",
    "until": rf"\s+(?:now|{_LONG_MONTH}|\d)",
    "this": rf"\s+(?:year|morning|afternoon|evening|week|weekend|month|quarter|{_WD}|{_SEASON}|{_LONG_MONTH})",
    "so": r"\s+far",
    "between": rf"\s+(?:{_LONG_MONTH}|(?:19|20)\d\d\s+and\b)",
    "from": r"\s+(?:19|20)\d\d\s+(?:to|through|until)\b",
    "to": r"\s+date",
    "year": r"[\s-]to",
    "earlier": r"\s+today",
    "a": rf"\s+(?:{_UNIT}|few|couple)",
    "an": rf"\s+(?:{_UNIT})",
    **{w: rf"\s+(?:{_UNIT})" for w in
       "one two three four five six seven eight nine ten eleven twelve several".split()},
}
_GATE = (r"(?<![\w])(?=\d{4}|\d{1,3}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
         + _UNIT + r")|\(|" + tail_trie(_GATE_TAILS) + ")")
_PATTERN = regexstore.compile(_GATE + "(?:" + _BRANCHES + ")", re.IGNORECASE)


#: _PATTERN for lowercased text (see _matches)
_LOWER_PATTERN = regexstore.compile(lowercase_pattern(_PATTERN.pattern))


def _matches(text: str) -> list[re.Match]:
    """``_PATTERN.finditer(text)``, found faster: the lowercase pattern on the
    lowercased text gives the same spans (see textutil.CASE_TRAPS), and each
    is matched again on the text as written for its groups."""
    if CASE_TRAPS.search(text):
        return list(_PATTERN.finditer(text))
    out = []
    for lm in _LOWER_PATTERN.finditer(text.lower()):
        m = _PATTERN.match(text, lm.start())
        if m is None or m.end() != lm.end():  # cannot happen; the plain search decides
            return list(_PATTERN.finditer(text))
        out.append(m)
    return out

# ---------------------------------------------------------------------------
# Tense of the clause around an expression
# ---------------------------------------------------------------------------

_FUTURE = (r"will|won['’]t|shall|['’]ll|expected\s+to|expect(?:s|ed)?\s+(?:\S+\s+){0,3}?to|projected\s+to|"
           r"forecasts?\s+(?:\S+\s+){1,3}?to|due\s+to|set\s+to|scheduled|slated|"
           r"going\s+to|plans?\s+to|planned|planning|intends?\s+to|invit\w*\s+(?:\S+\s+){1,3}?to|upcoming|"
           r"would|must(?!\s+(?:not\s+)?have\b)|hopes?\s+to|is\s+to|are\s+to|to\s+be\s+held|poised\s+to|"
           r"aims?\s+to|likely\s+to|"
           r"(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|offered|offers|decided|decides)\s+to\s+"
           r"(?!have\b|be\s+\w+ed\b)|"
           # "gusts ... could return on Thursday": what may come is ahead ("could not land", "could have
           # been", "in May" are not)
           r"(?:could|might|(?-i:may))\s+(?:well\s+|also\s+|still\s+)?(?!not\b|have\b|n['’]t|be\s+\w+ed\b)[a-z]+")
_PAST = (r"said|told|met|held|spoke|made|took|gave|came|went|saw|began|was|were|had|did|led|left|"
         r"sent|won|lost|wrote|brought|thought|found|became|struck|fell|rose|paid|sought|ran|"
         r"put|set\s+out|got|knew|flew|drove|chose|stood|grew|spent|sold|bought|built|kept|shrank|sank|slid|"
         r"swung|drew|fought|felt|lent|caught|meant|tore|broke|shook|blew|froze|swept|threw|rang|fled|hid|"
         r"hung|rode|shot|slept|stole|stuck|swore|taught|understood|undertook|withdrew|arose|awoke|bled|"
         r"dealt|dug|forgot|forgave|overtook|oversaw|sprang|spun|strode|swam|upheld|withheld|rebuilt|woke|"
         r"wore|shone|burst|ago|earlier|last|\w{2,}ed")
_PRESENT = r"is|are|am|(?:he|she|it|they|who|we|i)\s+\w+s"
_TENSE = regexstore.compile(rf"\b(?:(?P<f>{_FUTURE})|(?P<p>{_PAST})|(?P<n>{_PRESENT}))\b", re.IGNORECASE)
_FUTURE_RE = regexstore.compile(rf"\b(?:{_FUTURE})\b", re.IGNORECASE)
FUTURE = _FUTURE_RE  # words that tell what is ahead: "will", "expects to", "is due to", ...
#: "next" before a noun: the one still to come ("its next meeting", "the next round of talks"), not
#: the one after another told of ("the next day", "the next morning") nor "next to"
_NEXT = regexstore.compile(r"\bnext\s+(?!(?:day|days|morning|afternoon|evening|night|week|weekend|month|year|door|to|"
                   r"time|few|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                   r"fifty|hundred|several|couple)\b)[a-z]", re.IGNORECASE)
#: "a plan to", "its plans to": a noun and what it is to do, no tense of the clause ("approved a plan to build
#: 4,800 homes ... on Tuesday")
_PLAN_NOUN = regexstore.compile(r"\b(?:a|the|its|their|his|her|our|this|that|whose)\s+(?:(?:new|own|latest|revised|"
                                r"ambitious|controversial|original|initial|earlier|final|detailed|long-awaited)\s+)?$",
                                re.IGNORECASE)
_NOT_PAST = frozenset({"need", "indeed", "speed", "seed", "feed", "bed", "red", "shed", "hundred",
                       "based", "breed", "united", "limited", "related", "interested", "concerned",
                       "supposed", "used", "advanced", "detailed", "armed", "red"})


#: a determiner or "including" right before a past participle: an adjective ("including updated forecasts",
#: "the revised figures"), no past tense
_ATTRIBUTIVE = regexstore.compile(r"\b(?:the|a|an|its|their|his|her|our|including|newly|every|no)\s+$",
                                  re.IGNORECASE)


#: the participles of a plan, which may be adjectives: "had passed a scheduled inspection in August" is
#: past, told by its verb ("the planned merger in August", with no other verb, is still ahead)
_PLANNED = frozenset({"scheduled", "planned"})


#: a noun (any word but a verb's auxiliary or an adverb) right before a plan's participle that names a time:
#: "appointments scheduled for Monday" (a reduced relative clause), not "are scheduled for Monday"
_NOUN_BEFORE = regexstore.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|now|also|still|already|originally|"
                          r"initially|currently|not|tentatively|provisionally|once|then)\b)[a-z]+\s+$")


def _attributive_plan(segment: str, m: re.Match) -> bool:
    """Whether a plan's participle is an adjective: after a determiner ("a scheduled inspection"), or after
    a noun before the time it names ("appointments scheduled for Monday")."""
    if m.group(0).lower() not in _PLANNED:
        return False
    return bool(_ATTRIBUTIVE.search(segment, max(0, m.start() - 12), m.start())) or (
        segment.startswith((" for", " on"), m.end()) and bool(_NOUN_BEFORE.search(segment, max(0, m.start() - 20),
                                                                                  m.start())))


def _tense_in(segment: str, backward: bool) -> str | None:
    found = [m for m in _TENSE.finditer(segment)
             if not (m.group("p") and (m.group(0).lower() in _NOT_PAST or _named(segment, m)
                                       or _ATTRIBUTIVE.search(segment, max(0, m.start() - 12), m.start())))
             and not (m.group("f") and _plan_noun(segment, m))]
    if not found:
        return None
    plans = [m for m in found if m.group("f") and _attributive_plan(segment, m)]
    if plans and any(m.group("p") for m in found):  # "had passed a scheduled inspection": the verb's tense
        found = [m for m in found if m not in plans]
    m = found[-1] if backward else found[0]
    return "future" if m.group("f") else "past" if m.group("p") else "present"


def _plan_noun(segment: str, m: re.Match) -> bool:
    """Whether a match of "plan(s) to" is a noun ("approved a plan to build"), not a verb of what is ahead."""
    word = m.group(0).lower()
    return word.startswith("plan") and word.split()[-1] == "to" \
        and bool(_PLAN_NOUN.search(segment, max(0, m.start() - 24), m.start()))


def _named(segment: str, m: re.Match) -> bool:
    """A past form written with a capital inside a sentence is a name's word
    ("Green Left", "Ahmed", "Reed"), not a verb."""
    if not m.group(0)[0].isupper():
        return False
    before = segment[:m.start()].rstrip()
    return bool(before) and before[-1] not in "\"“‘'(—–-:"


_NON_WORD = regexstore.compile(r"\W*")
_CLAUSE_END = regexstore.compile(r"[,;:()—–]|\.\s|[!?]")
_SENT_END = regexstore.compile(r"(?<!\b(?:Mr|Ms|Dr|St))(?<!\b[A-Z])(?<![ap]\.m)[.!?]\s|\n")


#: a past participle right before a time, not of a passive to come ("signed on Thursday"; not "will be signed
#: on Thursday", "to be published on")
_PAST_VERB_BEFORE = regexstore.compile(r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b[a-z]{3,}(?<!e)ed\s+"
                               r"(?:(?:late|early)\s+)?(?:on\s+)?$")


def clause_tense(text: str, start: int, end: int) -> str:
    """``'past'``, ``'future'`` or ``'present'`` for the words around ``text[start:end]``.

    The nearest tense marker wins: first in the clause before the expression,
    then in the clause after it, then in the rest of the sentence.

    >>> clause_tense("Peskov said Thursday", 12, 20)
    'past'
    >>> clause_tense("an opportunity comes on Thursday, when he holds talks", 23, 32)
    'present'
    """
    s0 = 0
    for m in _SENT_END.finditer(text, 0, start):
        s0 = m.end()
    m = _SENT_END.search(text, end)
    s1 = m.start() if m else len(text)
    left = text[s0:start]
    if _PAST_VERB_BEFORE.search(left, max(0, len(left) - 30)):
        return "past"  # "will be allowed ... under the order signed on Thursday": the day of the verb before it
    cut = 0
    for m in _CLAUSE_END.finditer(left):
        cut = m.end()
    clause = left[cut:]
    futures = [f for f in _FUTURE_RE.finditer(clause) if not _plan_noun(clause, f)]
    tense = "future" if futures else None
    if futures and all(_attributive_plan(clause, f) for f in futures):
        # "had passed a scheduled inspection in August", "appointments scheduled for Monday had been
        # postponed": the tense of the verb, before the expression or just after it
        if _tense_in(clause, True) == "past" or _right_tense(text, end, s1) == "past":
            return "past"
    if tense is None:
        nxt = None
        for nxt in _NEXT.finditer(clause):
            pass
        # "asked whether a cut could come at the committee's next meeting on 4 November": the next
        # one is ahead, unless a past verb tells of it after ("the next meeting, held on")
        tense = "future" if nxt and _tense_in(clause[nxt.end():], True) != "past" else _tense_in(clause, True)
    if tense:
        return tense
    tense = _right_tense(text, end, s1)
    if tense:
        return tense
    return _tense_in(left[:cut], True) or _tense_in(text[end:s1], False) or "present"


def _right_tense(text: str, end: int, stop: int) -> str | None:
    """The tense of the clause just after ``text[:end]`` (up to ``stop``)."""
    right = text[end:stop]
    m = _NON_WORD.match(right)
    skip = m.end() if m else 0
    m = _CLAUSE_END.search(right, skip)
    return _tense_in(right[skip:m.start() if m else len(right)], False)


# ---------------------------------------------------------------------------
# Calendar helpers
# ---------------------------------------------------------------------------


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _month_num(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _pick(candidates: list[tuple[date, date]], pub: date, tense: str) -> tuple[date, date]:
    """Choose among yearly (or weekly) candidates: past, future or nearest."""
    past = [c for c in candidates if c[0] <= pub]
    future = [c for c in candidates if c[1] >= pub]
    if tense == "past" and past:
        return max(past)
    if tense == "future" and future:
        return min(future)

    def dist(c: tuple[date, date]) -> int:
        return 0 if c[0] <= pub <= c[1] else min(abs((c[0] - pub).days), abs((c[1] - pub).days))
    return min(candidates, key=lambda c: (dist(c), c[0] > pub))


def _number(word: str | None) -> int:
    if not word:
        return 1
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else NUMBERS.get(w, 1)


def _unit_delta(unit: str, n: int) -> relativedelta:
    u = unit.lower().rstrip("s")
    return {"day": relativedelta(days=n), "week": relativedelta(weeks=n),
            "month": relativedelta(months=n), "year": relativedelta(years=n),
            "decade": relativedelta(years=10 * n), "quarter": relativedelta(months=3 * n)}[u]


def _part(lo: date, hi: date, part: str) -> tuple[date, date]:
    """The early / middle / late third of a range."""
    p = part.lower()
    span = (hi - lo).days + 1
    third = span // 3
    if "early" in p or "beginning" in p or "start" in p:
        return lo, lo + timedelta(days=third - 1)
    if "late" in p or "end" in p:
        return hi - timedelta(days=third - 1), hi
    return lo + timedelta(days=third), hi - timedelta(days=third)


def _rel_year(word: str, pub: date) -> int | None:
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    return {"this year": pub.year, "the year": pub.year, "last year": pub.year - 1,
            "next year": pub.year + 1}.get(w)


# ---------------------------------------------------------------------------
# Resolution, one branch at a time
# ---------------------------------------------------------------------------

Range = tuple[date | None, date | None]


def _yearly(pub: date, tense: str, make) -> Range:
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(make(y))
        except ValueError:
            pass
    return _pick(cands, pub, tense) if cands else (None, None)


def _ended_by(make, year: str | None, pub: date | None) -> Range:
    """The yearly period ``make(year)`` of the year written, else the last of
    them to have ended by publication (:func:`_last_ended`), else unknown."""
    if year:
        return make(int(year))
    return (None, None) if pub is None else _last_ended(pub, make)


def _last_ended(pub: date, make) -> tuple[date, date]:
    """Of the yearly periods ``make(year)`` of last year and this one, the last
    to have ended by publication (else last year's)."""
    periods = [make(y) for y in (pub.year - 1, pub.year)]
    return max((r for r in periods if r[1] <= pub), default=periods[0])


def _fiscal(g) -> Range:
    """A fiscal year ("2024-25", "2024/25", "FY25", "fiscal 2025"), taken as
    April to March of the year it ends in (where it starts differs by country
    and company; April is the most common), or two years and those between
    ("2020-22", "between 2019 and 2024", "from 2019 to 2024")."""
    if g("fy_f"):  # "between 2019 and 2024", "from 2019 to 2024": the years and those between
        a, end = int(g("fy_e") or g("fy_g")), int(g("fy_f"))
        return (date(a, 1, 1), date(end, 12, 31)) if a < end <= a + 50 else (None, None)
    if g("fy_a"):
        a, b = int(g("fy_a")), g("fy_b")
        end = int(b) if len(b) == 4 else a // 100 * 100 + int(b) + (100 if int(b) < a % 100 else 0)
        if end == a + 1:
            return date(a, 4, 1), date(end, 3, 31)
        if a < end <= a + 10:
            return date(a, 1, 1), date(end, 12, 31)
        return None, None
    y = g("fy_c") or g("fy_d")
    end = int(y) if len(y) == 4 else 2000 + int(y)
    return date(end - 1, 4, 1), date(end, 3, 31)


def _resolve(m: re.Match, pub: date | None, tense: str) -> tuple[str, Range]:
    g = m.group
    if g("iso"):
        d = date(int(g("iy")), int(g("im")), int(g("id")))
        return "date", (d, d)
    if g("mdy") or g("dmy"):
        p = "mdy" if g("mdy") else "dmy"
        d = date(int(g(p + "_y")), _month_num(g(p + "_m")), int(g(p + "_d")))
        return "date", (d, d)
    if g("monthyear"):
        y, mo = int(g("my_y")), _month_num(g("my_m"))
        return "month", (date(y, mo, 1), _month_end(y, mo))
    if g("partof"):
        y = _rel_year(g("po_y"), pub) if pub or g("po_y").isdigit() else None
        if y is None:
            return "period", (None, None)
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}[g("po_n").lower()]
        unit, count = g("po_u").lower(), _number(g("po_k")) if g("po_k") else 1
        months = {"quarter": 3, "half": 6}.get(unit, count if unit.startswith("month") else 0)
        if not months:
            return "period", (None, None)
        if g("po_k") or unit.startswith("month"):
            lo_m = 1 if n > 0 else 13 - months
            hi_m = lo_m + months - 1
        else:
            idx = n if n > 0 else 12 // months
            lo_m, hi_m = (idx - 1) * months + 1, idx * months
        if not 1 <= lo_m <= hi_m <= 12:
            return "period", (None, None)
        return "period", (date(y, lo_m, 1), _month_end(y, hi_m))
    if g("quarter"):
        n = int(g("qq")) if g("qq") else {"first": 1, "second": 2, "third": 3, "fourth": 4}[g("qn").lower()]
        year = g("qy") or g("qy2")
        months = 6 if (g("qu") or "").lower() == "half" else 3  # "the first half": January to June
        if n * months > 12:
            return "period", (None, None)
        def quarter(y: int) -> tuple[date, date]:
            return date(y, months * (n - 1) + 1, 1), _month_end(y, months * n)
        if g("qf") or g("qfy"):
            return "period", (None, None)  # a fiscal quarter: its months depend on the company's year
        if year:
            return "period", quarter(int(year) if len(year) == 4 else 2000 + int(year))
        if pub is None:
            return "period", (None, None)
        if tense == "past":  # "revenue rose in the second quarter"
            return "period", _last_ended(pub, quarter)
        return "period", _yearly(pub, tense, quarter)
    if g("ended"):
        unit = (g("en_u") or "").lower()
        if g("en_n"):
            months = _number(g("en_n"))  # "the three months", "the 6 months"
        else:
            months = 3 if unit == "quarter" else 6 if unit.startswith("half") else 12
        mo, day = _month_num(g("en_m") or g("en_dm")), g("en_d") or g("en_dd")
        def ending(y: int) -> tuple[date, date]:
            last = date(y, mo, min(int(day), calendar.monthrange(y, mo)[1])) if day else _month_end(y, mo)
            return date(y, mo, 1) - relativedelta(months=months - 1), last
        return "period", _ended_by(ending, g("en_y"), pub)
    if g("daysto"):  # "the seven days to Sunday", "the four weeks ending March 8"
        n = int(g("dt_n")) if g("dt_n").isdigit() else _SMALL_NUMBERS[g("dt_n").lower()]
        span = timedelta(days=n * (7 if g("dt_u").lower() == "weeks" else 1))
        if g("dt_wd"):
            if pub is None:
                return "period", (None, None)
            last = pub - timedelta(days=(pub.weekday() - WEEKDAYS[g("dt_wd").lower()]) % 7)
            return "period", (last - span + timedelta(days=1), last)
        mo = _month_num(g("dt_m") or g("dt_dm"))
        day = int(g("dt_d") or g("dt_dd"))
        def ending(y: int) -> tuple[date, date]:
            last = date(y, mo, min(day, calendar.monthrange(y, mo)[1]))
            return last - span + timedelta(days=1), last
        return "period", _ended_by(ending, g("dt_y"), pub)
    if g("mspan"):  # "the July to September quarter", "from March to May 2025"
        a, b = _month_num(g("ms_a")), _month_num(g("ms_b"))
        def span(y: int) -> tuple[date, date]:
            return date(y - 1 if b < a else y, a, 1), _month_end(y, b)
        if g("ms_y"):
            return "period", span(int(g("ms_y")))
        if pub is None:
            return "period", (None, None)
        return "period", _last_ended(pub, span) if tense == "past" else _yearly(pub, tense, span)
    if g("partyear"):
        y = _rel_year(g("py_y"), pub) if pub or g("py_y").isdigit() else None
        if y is None:
            return "period", (None, None)
        return "period", _part(date(y, 1, 1), date(y, 12, 31), g("py_p"))
    if g("since"):
        day = int(g("si_d") or g("si_dd") or 1)  # "since February 9", "since 9 February": that day
        month = g("si_m") or g("si_dm")
        if g("si_y"):
            lo = date(int(g("si_y")), 1, 1)
        elif g("si_my"):  # "since August 2021", "since August 3, 2021"
            lo = date(int(g("si_my")), _month_num(month), day)
        elif g("si_wd") and pub:  # "since Monday": the last Monday up to publication
            lo = pub - timedelta(days=(pub.weekday() - WEEKDAYS[g("si_wd").lower()]) % 7)
        elif pub:
            lo = _yearly(pub, "past", lambda y: (date(y, _month_num(month), day),) * 2)[0]
        else:
            return "since", (None, None)
        return "since", (lo, pub or None)
    if g("fiscal"):
        return "period", _fiscal(g)
    if g("year"):
        y = int(g("ye_y"))
        return "year", (date(y, 1, 1), date(y, 12, 31))
    if pub is None:
        return _kind_of(m), (None, None)
    return _resolve_relative(m, pub, tense)


def _kind_of(m: re.Match) -> str:
    for name in ("md", "dm", "partmonth", "month", "season", "wd", "day", "rel", "ago",
                 "past", "recent", "soFar", "sameperiod"):
        if m.group(name):
            return {"md": "date", "dm": "date", "partmonth": "month", "wd": "weekday",
                    "day": "date", "rel": "relative", "ago": "duration_ago", "past": "period",
                    "recent": "period", "soFar": "period", "sameperiod": "period",
                    "season": "season", "month": "month"}[name]
    return "other"


def _resolve_relative(m: re.Match, pub: date, tense: str) -> tuple[str, Range]:
    g = m.group
    if g("md") or g("dm"):
        p = "md" if g("md") else "dm"
        mo, d = _month_num(g(p + "_m")), int(g(p + "_d"))
        return "date", _yearly(pub, tense, lambda y: (date(y, mo, d),) * 2)
    if g("partmonth"):
        mo = _month_num(g("pm_m"))
        if g("pm_y"):
            y = int(g("pm_y"))
            whole = (date(y, mo, 1), _month_end(y, mo))
        else:
            whole = _yearly(pub, tense, lambda y: (date(y, mo, 1), _month_end(y, mo)))
        return "month", _part(whole[0], whole[1], g("pm_p"))
    if g("month"):
        mo, mod = _month_num(g("mo_m")), (g("mo_mod") or "").lower()
        t = {"last": "past", "since": "past", "next": "future"}.get(mod, tense)
        if mod == "may" or (g("mo_m").lower() == "may" and not mod) or g("mo_m") == "march":
            return "month", (None, None)  # the modal verb, most of the time; "the march" is a walk
        lo, hi = _yearly(pub, t, lambda y: (date(y, mo, 1), _month_end(y, mo)))
        if mod == "last" and lo is not None and lo.year == pub.year and lo.month == pub.month:
            lo, hi = date(pub.year - 1, mo, 1), _month_end(pub.year - 1, mo)  # "last November", told in November
        if mod == "since":
            return "since", (lo, pub)
        return "month", (lo, hi)
    if g("season"):
        s, mod = SEASONS[g("se_s").lower()], " ".join((g("se_mod") or "").lower().split())
        if g("se_s").lower() == "fall" and not (mod or g("se_y")):
            return "season", (None, None)  # the verb
        def make(y: int) -> tuple[date, date]:
            lo = date(y, s, 1)
            return lo, lo + relativedelta(months=3, days=-1)
        if g("se_y"):
            return "season", make(int(g("se_y")))
        t = {"last": "past", "next": "future", "this": "present"}.get(mod, tense)
        if mod == "next":
            cur = _yearly(pub, "present", make)
            return "season", make(cur[0].year + 1 if cur[0] <= pub else cur[0].year)
        rng = _yearly(pub, t, make)
        if mod == "last" and rng[0] is not None and rng[0] <= pub <= rng[1]:
            rng = make(rng[0].year - 1)  # "last summer", told in the summer: the one before
        return "season", rng
    if g("wd"):
        wd, mod = WEEKDAYS[g("wd_d").lower()], (g("wd_mod") or "").lower()
        back = (pub.weekday() - wd) % 7
        fwd = (wd - pub.weekday()) % 7
        prev, nxt = pub - timedelta(days=back), pub + timedelta(days=fwd)
        if mod in ("last", "past"):
            d = pub - timedelta(days=back or 7)
        elif mod in ("next", "coming"):
            d = pub + timedelta(days=fwd or 7)
        else:
            d = _pick([(prev, prev), (nxt, nxt)], pub, tense)[0]
        return "weekday", (d, d)
    if g("day"):
        w = g("day").lower()
        d = pub + timedelta(days=-1 if "yesterday" in w else 1 if "tomorrow" in w else 0)
        if w.endswith("eve"):
            d = date(pub.year, 12, 31)
        return "date", (d, d)
    if g("rel"):
        w = (g("rel_w") or g("rel_w2")).lower()
        u = (g("rel_u") or g("rel_u2")).lower()
        shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1,
                 "following": 1}[w]
        return "relative", _calendar_unit(pub, u, shift)
    if g("ago"):
        n, u = _number(g("ag_n")), g("ag_u").lower().rstrip("s")
        d = pub - _unit_delta(u, n)
        if u == "day":
            return "duration_ago", (d, d)
        if u == "week":
            return "duration_ago", (d - timedelta(days=3), d + timedelta(days=3))
        if u == "month":
            return "duration_ago", (date(d.year, d.month, 1), _month_end(d.year, d.month))
        return "duration_ago", (date(d.year, 1, 1), date(d.year, 12, 31))
    if g("past"):
        n, u = _number(g("pa_n")), g("pa_u")
        return "period", (pub - _unit_delta(u, n), pub)
    if g("recent"):
        u = (g("re_u") or "weeks").lower()
        n = {"days": 7, "weeks": 30, "months": 180, "years": 5 * 365, "decades": 30 * 365}[u]
        return "period", (pub - timedelta(days=n), pub)
    if g("soFar"):
        return "period", (date(pub.year, 1, 1), pub)
    return "other", (None, None)


def _calendar_unit(pub: date, unit: str, shift: int) -> Range:
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if unit == "weekend":
        sat = pub - timedelta(days=(pub.weekday() - 5) % 7)
        if shift > 0 or (shift == 0 and pub.weekday() < 5):
            sat += timedelta(days=7) if shift > 0 or pub.weekday() < 5 else timedelta()
        return sat, sat + timedelta(days=1)
    if unit == "month":
        first = date(pub.year, pub.month, 1) + relativedelta(months=shift)
        return first, _month_end(first.year, first.month)
    if unit == "quarter":
        q0 = date(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1) + relativedelta(months=3 * shift)
        return q0, q0 + relativedelta(months=3, days=-1)
    y = pub.year + shift
    return date(y, 1, 1), date(y, 12, 31)


def find_times(text: str, published: date | None) -> list[TimeRef]:
    """All time expressions of ``text`` with their resolved, inclusive date ranges.

    Results are cached per (text, publication date): the event extractor asks
    again for the sentence the caller has just read.

    >>> pub = date(2022, 12, 30)
    >>> [(t.kind, str(t.date_start), str(t.date_end)) for t in find_times("Xi met Medvedev last week.", pub)]
    [('relative', '2022-12-19', '2022-12-25')]
    >>> [str(t.date_start) for t in find_times("on Friday (December 30)", pub)]
    ['2022-12-30', '2022-12-30']
    """
    return list(_find_times(text, published))


#: a year written right before a season: "the 2023 summer trial"
_YEAR_BEFORE = regexstore.compile(r"\b((?:19|20)\d\d)\s+$")
#: a season's word before a noun it qualifies ("summer festival", "winter storm"; not "summer months")
_SEASON_AS_ADJECTIVE = regexstore.compile(r"\s+(?!(?:months?|holidays?|season|seasons|break|recess|term|period|quarter|"
                                  r"half|of|and|or|to|when|as|is|was|were|will|has|had|in|on|at|for|after|before)\b)"
                                  r"[a-z]{3,}\b(?!-)")


#: what a bare year (or a span of them) before it names a kind of thing by: "the 2023 to 2025 model years",
#: "the 2019 models", "a 2015 vintage" are no time of what the sentence tells
_YEAR_OF_KIND = regexstore.compile(r"(?:\s+(?:to|and|-|–)\s+(?:19|20)\d\d)?[\s-]+(?:model[\s-]+years?|models|"
                                   r"vintages?)\b", re.I)


@lru_cache(maxsize=2048)
def _find_times(text: str, published: date | None) -> tuple[TimeRef, ...]:
    out: list[TimeRef] = []
    last_period: Range | None = None
    fiscal = False  # a fiscal year named: "this year" is a fiscal one too
    years: list[tuple[int, int]] = []  # "this year", "last year": (index, years from now)
    for m in _matches(text):
        s, e = m.span()
        while s < e and text[s] in "( ":
            s += 1
        while e > s and text[e - 1] in ") ":
            e -= 1
        year_before = _YEAR_BEFORE.search(text, max(0, m.start() - 6), m.start()) \
            if m.group("season") and not m.group("se_y") and not m.group("se_mod") else None
        if m.group("season") and not m.group("se_y") and (m.group("se_mod") or "").lower() in ("", "the") \
                and not year_before and _SEASON_AS_ADJECTIVE.match(text, m.end()):
            continue  # "Sunday's summer festival", "the winter storm": a kind of thing, not a time
        if text[s:e].isdigit() and _YEAR_OF_KIND.match(text, e):
            continue  # "from the 2023 to 2025 model years"
        if m.group("sameperiod"):
            rng: Range = (None, None)
            if last_period and last_period[0]:
                rng = (last_period[0] - relativedelta(years=1), last_period[1] - relativedelta(years=1))
            out.append(TimeRef(s, e, rng[0], rng[1], "period", text[s:e]))
            continue
        if _needs_tense(m):
            tense = clause_tense(text, s, e)
            if tense == "past" and (m.group("md") or m.group("dm")) and _DEADLINE_BEFORE.search(text, max(0, s - 8), s):
                tense = "present"  # "has offered free rebooking until 31 January": a deadline, the nearest one
        else:
            tense = "present"
        try:
            kind, rng = _resolve(m, published, tense)
        except (ValueError, KeyError, OverflowError):
            kind, rng = _kind_of(m), (None, None)
        if year_before:  # "the 2023 summer trial": the summer of 2023
            first = date(int(year_before.group(1)), SEASONS[m.group("se_s").lower()], 1)
            kind, rng = "season", (first, first + relativedelta(months=3, days=-1))
        if rng[0] is None or rng[1] is None:
            rng = (None, None)
        elif rng[0] > rng[1]:
            rng = (rng[1], rng[0])
        if kind == "period" and rng[0]:
            last_period = rng
        if kind == "month" and rng == (None, None) and m.group("mo_m") and m.group("mo_m").lower() in ("may", "march"):
            continue
        if kind == "season" and rng == (None, None) and published is not None:
            continue
        if m.group("fiscal"):
            fiscal = True
        elif published is not None and m.group("rel") and (m.group("rel_u") or "").lower() == "year":
            shift = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
                     "coming": 1}[m.group("rel_w").lower()]
            years.append((len(out), shift))
        out.append(TimeRef(s, e, rng[0], rng[1], kind, text[s:e]))
    if fiscal and years:  # "5.1% in 2024-25, from 5.8% this year": the fiscal year of publication
        start = published.year if published.month >= 4 else published.year - 1
        for k, shift in years:
            t = out[k]
            out[k] = TimeRef(t.start, t.end, date(start + shift, 4, 1), date(start + shift + 1, 3, 31), t.kind, t.text)
    if out and "later" in text:
        out = _later(text, out)
    if len(out) > 1:
        out = _weekday_dates(text, _month_spans(text, out), published)
    return tuple(out)


#: a time told as a span after one told before it in the sentence: "In 2019 a leak injured four workers, and the
#: company was fined two years later"
_LATER = regexstore.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>days?|weeks?|months?|years?)\s+later\b", re.I)
_VAGUE_COUNT = frozenset({"several", "a few", "a couple of"})


def _later(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """``refs`` with the times told as a span after the one before them ("two years later" after "in 2019":
    2021), each as long as its unit (a year, a month; days and weeks to the day)."""
    added = []
    for m in _LATER.finditer(text):
        n = " ".join(m.group("n").lower().split())
        before = [r for r in refs if r.end <= m.start() and r.date_start is not None
                  and r.kind in ("date", "month", "year", "weekday")]
        if n in _VAGUE_COUNT or not before:
            continue
        anchor, unit = before[-1], m.group("u").lower().rstrip("s")
        lo = anchor.date_start + _unit_delta(unit, _number(n))
        if unit == "year":
            lo, hi = date(lo.year, 1, 1), date(lo.year, 12, 31)
        elif unit == "month":
            lo, hi = lo.replace(day=1), lo.replace(day=1) + relativedelta(months=1, days=-1)
        else:
            hi = anchor.date_end + _unit_delta(unit, _number(n))
        added.append(TimeRef(m.start(), m.end(), lo, hi, unit if unit in ("year", "month") else "relative", m.group()))
    return sorted(refs + added, key=lambda r: (r.start, r.end)) if added else refs


#: a deadline's word right before a day: its year is the nearest one, whatever the verb's tense
_DEADLINE_BEFORE = regexstore.compile(r"\b(?:until|till|through)\s+$", re.I)
#: what joins two months into one span: "from January to October", "between
#: January and March", "January-October", "January through March"
_MONTH_JOIN = regexstore.compile(r"\s*(?:-|–|—|to|through|thru|until|and)\s*", re.I)
_HAS_YEAR = regexstore.compile(r"\d{4}")
_MONTH_SPAN_BEFORE = regexstore.compile(r"\b(?:from|between)\s+$", re.I)


def _month_spans(text: str, refs: list[TimeRef]) -> list[TimeRef]:
    """Two months joined as a span ("from January to October") made one period
    from the start of the first to the end of the second."""
    out: list[TimeRef] = []
    k = 0
    while k < len(refs):
        a = refs[k]
        b = refs[k + 1] if k + 1 < len(refs) else None
        if b is not None and a.kind == b.kind == "month" and a.date_start and b.date_start:
            if _MONTH_JOIN.fullmatch(text, a.end, b.start) and (
                    _MONTH_SPAN_BEFORE.search(text, max(0, a.start - 9), a.start)
                    or text[a.end:b.start].strip() in ("-", "–", "—")):
                start, end = a.date_start, b.date_end
                if _HAS_YEAR.search(b.text) and not _HAS_YEAR.search(a.text):  # "January to October 2024"
                    start = date(end.year - (start.month > end.month), start.month, 1)
                while end < start:  # "from November to February": into the next year
                    end = _month_end(end.year + 1, end.month)
                while (end - start).days > 366:  # both read in the same year when they fit
                    start = date(start.year + 1, start.month, 1)
                out.append(TimeRef(a.start, b.end, start, end, "period", text[a.start:b.end]))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


#: what joins a weekday to its date: "Thursday, July 30", "Friday (December 30)", "Tuesday 5 May"
_WEEKDAY_JOIN = regexstore.compile(r"\s*,?\s*\(?\s*")


def _weekday_dates(text: str, refs: list[TimeRef], published: date | None = None) -> list[TimeRef]:
    """A weekday followed by its date ("on Thursday, July 30") is one day:
    the date's year is the one, of the year the tense gave it and the years
    either side, in which that day falls on that weekday (the year the tense
    gave first), and the weekday is that date. A date written with its year,
    or within :data:`NEAR_DAYS` of ``published``, is kept as written (a
    weekday that does not fit it is the article's slip: :func:`calendar_slips`)."""
    out = list(refs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        wd = _weekday_of_date(text, a, b)
        if wd is None:
            continue
        day = b.date_start
        near = published is not None and abs((day - published).days) <= NEAR_DAYS
        if not _HAS_YEAR.search(b.text) and not near:
            fits = []
            for shift in (0, -1, 1):
                try:
                    d = day.replace(year=day.year + shift)
                except ValueError:  # 29 February
                    continue
                if d.weekday() == wd:
                    fits.append(d)
            if not fits:
                continue
            day = fits[0]
        elif day.weekday() != wd:
            continue  # the article's own slip: each is kept as written
        out[k] = TimeRef(a.start, a.end, day, day, a.kind, a.text)
        out[k + 1] = TimeRef(b.start, b.end, day, day, b.kind, b.text)
    return out


#: days from publication within which a date without its year is taken in the year the tense gives
NEAR_DAYS = 60


def _weekday_of_date(text: str, a: TimeRef, b: TimeRef) -> int | None:
    """The weekday (0 = Monday) of ``a`` when it is written right before the
    date ``b`` ("Tuesday, March 16"), else None."""
    if a.kind != "weekday" or b.kind != "date" or b.date_start is None or b.date_start != b.date_end \
            or not _WEEKDAY_JOIN.fullmatch(text, a.end, b.start):
        return None
    return next((WEEKDAYS[w] for w in a.text.lower().split() if w in WEEKDAYS), None)


def calendar_slips(text: str, published: date | None) -> list[tuple[int, int, date, int]]:
    """Weekdays written with a date they do not fall on: (start, end, the
    date, the weekday written; 0 = Monday) of each, for "on Tuesday, March
    16" in 2026 (a Monday). A date without its year is read in the year that
    puts it nearest ``published``; within :data:`NEAR_DAYS` of it that year
    must fit the weekday, further away any of the years either side may
    ("Thursday, July 30" in an article of January 2020 is 30 July 2020).

    >>> [(s, e, str(d), wd) for s, e, d, wd in calendar_slips("They meet on Tuesday, March 16.", date(2026, 3, 13))]
    [(13, 30, '2026-03-16', 1)]
    >>> calendar_slips("They meet on Monday, March 16.", date(2026, 3, 13))
    []
    >>> calendar_slips("The report is due on Thursday, July 30.", date(2020, 1, 10))
    []
    """
    if published is None and not _HAS_YEAR.search(text):
        return []
    refs = find_times(text, published)
    out = []
    for a, b in zip(refs, refs[1:]):
        wd = _weekday_of_date(text, a, b)
        if wd is None:
            continue
        day = b.date_start
        if published is not None and not _HAS_YEAR.search(b.text):  # the year that puts it nearest the article
            years = []
            for shift in (-1, 0, 1):
                try:
                    years.append(day.replace(year=published.year + shift))
                except ValueError:  # 29 February
                    pass
            day = min(years, key=lambda d: (abs((d - published).days), d), default=day)
            if abs((day - published).days) > NEAR_DAYS and any(d.weekday() == wd for d in years):
                continue  # far from the article: a year either side may be meant
        if day.weekday() != wd:
            start = a.start + (3 if text.startswith(("on ", "On "), a.start) else 0)
            out.append((start, b.end, day, wd))
    return out


def _needs_tense(m: re.Match) -> bool:
    return bool(m.group("md") or m.group("mspan") or m.group("dm") or m.group("partmonth") or m.group("month")
                or m.group("season") or m.group("wd") or m.group("since") or m.group("quarter"))
