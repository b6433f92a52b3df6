"""Times of day: "at 3:47 a.m.", "shortly after 7pm", "14:20 local time", "0247 GMT".

An event's account may say when in its day it happened; two accounts of one
event on one day that give it two times of day disagree. Each time is read as
the span of minutes after midnight the words allow, and the zone it is told
in (``None``: local time, or no zone said):

==============================  ======================
words                           minutes
==============================  ======================
at 3:47 a.m. / 03:47 / 3.47am   [227, 227]
2.40 in the afternoon           [880, 880]
about / around 7.15pm           [1140, 1170] (15 either side)
shortly / just / soon after 7pm [1140, 1170]
shortly / just before 4am       [210, 240]
before 4am / by 4am             [0, 240]
after 11pm                      [1380, 1440]
noon / midday / midnight        [720, 720] / [0, 0]
a quarter to 11 in the morning  [645, 645]
half past two in the afternoon  [870, 870]
nine o'clock at night           [1260, 1260]
==============================  ======================

A time written without a.m. or p.m. is read only when it cannot be a plain
number or an hour of the morning and the evening both (a time in words needs
a.m., p.m. or the part of the day): "14:20", "09:10", or a
zone after it ("3.47 GMT"). Spans of time ("from 9am to 5pm", "between 2 and
4pm", "until 6pm", "since 8am") are not a time of day of anything and are
skipped; so are durations ("3:47 minutes") and scores.

>>> [(c.text, c.low, c.high, c.zone) for c in find_clock_times("The quake struck at 3:47 a.m. local time.")]
[('3:47 a.m. local time', 227, 227, None)]
>>> [(c.low, c.high, c.zone) for c in find_clock_times("It landed shortly after 14:20 GMT on Monday.")]
[(860, 890, 'GMT')]
>>> find_clock_times("Shares rose 3.47 percent")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import regexstore

#: how far "about" reaches either side, and "shortly after" or "before" past the time, in minutes
ABOUT_MINUTES = 15
SHORTLY_MINUTES = 30
DAY = 24 * 60

_ZONES = r"GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|ET|PT|Z"
_MERIDIEM = r"(?P<mer>[ap])\.?\s?m(?:\.(?!\w)|\b)"
_ZONE = (rf"(?:\s*\(?\s*(?:(?P<local>local\s+time|local)|(?P<zone>{_ZONES})\b|"
         r"(?P<city>[A-Z][a-z]+)\s+time\b)\)?)?")
_TIME = regexstore.compile(
    r"(?<![\w.,:/-])(?:"
    rf"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5]\d))?\s?{_MERIDIEM}"  # 3:47 a.m., 7pm, 7.15 pm
    # 2.40 in the afternoon, 9 o'clock in the morning, 4:17 on Saturday morning
    r"|(?P<hp>1[0-2]|0?[1-9])(?:[:.](?P<mp>[0-5]\d)|\s+o['’]clock)\s+(?:in\s+the|(?:on\s+)?(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday))\s+(?P<part>morning|afternoon|evening)\b"  # 4:17 on Saturday morning
    r"|(?P<h24>[01]\d|2[0-3]|[1-9])[:.](?P<m24>[0-5]\d)(?![\d.,:%])(?:\s?(?:h|hrs|hours)\b)?"  # 14:20, 09:10, 3.47 GMT
    r"|(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)\s?(?:h|hrs|hours)?(?=\s*\(?\s*(?:local|GMT|UTC|" + _ZONES + r")\b)"
    r"|(?P<word>noon|midday|midnight)\b"
    r")" + _ZONE)
_BEFORE = regexstore.compile(
    r"(?:(?P<about>about|around|approximately|roughly|circa|some\s+time\s+around|at\s+around|at\s+about)"
    r"|(?P<shortly>(?:shortly|just|soon|moments|minutes)\s+(?P<side>after|before))"
    r"|(?P<bare>after|before|by)"
    r"|(?P<span>from|until|till|til|since|between|and|to|through|-|–))\s*$", re.IGNORECASE)
#: what every time of day holds: a digit, or noon, midday or midnight
_MAY_TELL = regexstore.compile(r"\d|noon|mid")
_AFTER_SPAN = regexstore.compile(r"\s*(?:-|–|to|and|until|till)\s*(?:\d|noon|midday|midnight)", re.IGNORECASE)
_NOT_CLOCK_AFTER = regexstore.compile(r"\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|goals?|points?|votes?|per|percent|%)\b",
                              re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ClockTime:
    start: int  # offsets of the time's words (and its zone) in the text given
    end: int
    low: int  # minutes after midnight, both ends inclusive
    high: int
    zone: str | None  # "GMT", "Moscow time"; None: local or not said
    text: str


_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_MINUTE_WORDS = {"five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
#: a time of day in words, with the part of the day or a.m./p.m. that sets it: "a quarter to eleven on Sunday
#: morning", "half past two in the afternoon", "nine o'clock at night", "a quarter past 7 p.m.", "at eleven at night"
_IN_WORDS = regexstore.compile(
    r"(?<![\w-])(?:(?P<rel>(?:a\s+)?quarter\s+(?:past|to)|half\s+past|(?P<mw>five|ten|twenty|twenty-five)\s+"
    r"(?:minutes\s+)?(?:past|to))\s+(?P<wh>" + "|".join(_HOURS)
    + r"|1[0-2]|0?[1-9])|(?P<oh>" + "|".join(_HOURS) + r"|1[0-2]|0?[1-9])\s+o['’]clock"
    r"|(?<=\bat\s)(?P<bh>" + "|".join(_HOURS) + r"|1[0-2]|0?[1-9])(?=\s+(?:in\s+the|at)\s))"
    r"(?:\s?" + _MERIDIEM + r"|\s+(?:in\s+the|at|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday))\s+(?P<part>morning|afternoon|evening|night)\b)" + _ZONE, re.IGNORECASE)


def _minutes_in_words(m: re.Match) -> int | None:
    """Minutes after midnight of a time matched by _IN_WORDS."""
    word = (m.group("wh") or m.group("oh") or m.group("bh")).lower()
    h = _HOURS.index(word) + 1 if word in _HOURS else int(word)
    rel = " ".join((m.group("rel") or "").lower().split())
    by = _MINUTE_WORDS[m.group("mw").lower()] if m.group("mw") else 15 if "quarter" in rel else 30 if rel else 0
    mins = h % 12 * 60 + (-by if rel.endswith(" to") else by)
    part = (m.group("part") or "").lower()
    if (m.group("mer") or "").lower() == "p" or part in ("afternoon", "evening") or (part == "night" and h >= 6):
        mins += 12 * 60
    return mins % DAY


def _minutes(m: re.Match) -> int | None:
    """Minutes after midnight of one matched time, or None when it is no time of day."""
    if m.group("word"):
        return 0 if m.group("word").lower() == "midnight" else 12 * 60
    if m.group("h12"):
        h, mins = int(m.group("h12")), int(m.group("m12") or 0)
        return (h % 12 + (12 if m.group("mer").lower() == "p" else 0)) * 60 + mins
    if m.group("hp"):
        h, mins = int(m.group("hp")), int(m.group("mp") or 0)
        return (h % 12 + (0 if m.group("part").lower() == "morning" else 12)) * 60 + mins
    if m.group("hm"):
        return int(m.group("hm")) * 60 + int(m.group("mm"))
    h, mins = int(m.group("h24")), int(m.group("m24"))
    zoned = m.group("zone") or m.group("local") or m.group("city")
    if h < 13 and not m.group("h24").startswith("0") and not zoned and not re.search(r"(?:h|hrs|hours)$", m.group()):
        return None  # "at 3:47": morning or afternoon; "3.47" may be any number
    if m.group()[len(m.group("h24"))] == "." and not zoned and not re.search(r"(?:h|hrs|hours)$", m.group()):
        return None  # "14.20" without a zone may be a number
    return h * 60 + mins


_PART_OF_DAY = regexstore.compile(r"(?:morning|afternoon|evening|night)\b")


def find_clock_times(text: str) -> list[ClockTime]:
    """The times of day told in ``text``, left to right (see the module docstring)."""
    found = [(m, _minutes(m)) for m in _TIME.finditer(text)] if _MAY_TELL.search(text) else []
    if " to " in text or " past " in text or "clock" in text or (" at " in text and _PART_OF_DAY.search(text)):
        # "a quarter to eleven on Sunday morning", "at eleven at night"
        words = [(m, _minutes_in_words(m)) for m in _IN_WORDS.finditer(text)]
        if words:  # "a quarter past 7 p.m.": one time, not "7 p.m." too
            found = [(m, t) for m, t in found if not any(w.start() <= m.start() < w.end() for w, _ in words)]
            found = sorted(found + words, key=lambda mt: mt[0].start())
    out = []
    for m, t in found:
        if t is None or _NOT_CLOCK_AFTER.match(text, m.end()) or _AFTER_SPAN.match(text, m.end()):
            continue
        before = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        start, low, high = m.start(), t, t
        if before:
            if before.group("span"):
                continue  # "from 9am", "until 6pm", "between 2 and 4pm": a span, not a moment
            start = before.start()
            if t == 0 and ((before.group("bare") or "").lower() in ("before", "by")
                           or (before.group("side") or "").lower() == "before"):
                t = DAY  # "by midnight", "just before midnight": the end of the day
            if before.group("about"):
                low, high = t - ABOUT_MINUTES, t + ABOUT_MINUTES
            elif before.group("shortly"):
                after = before.group("side").lower() == "after"
                low, high = (t, t + SHORTLY_MINUTES) if after else (t - SHORTLY_MINUTES, t)
            elif before.group("bare").lower() == "after":
                low, high = t, DAY
            else:  # "before 4am", "by 4am"
                low, high = 0, t
        low, high = max(0, low), min(DAY, high)
        zone = m.group("zone") or (m.group("city") + " time" if m.group("city") else None)
        if zone == "Z":
            zone = "UTC"
        out.append(ClockTime(start, m.end(), low, high, zone, text[m.start():m.end()].rstrip(" ()")))
    return out


def describe(low: int, high: int, zone: str | None) -> str:
    """A time's span as written in claims: "03:47", "19:00-19:30", "03:47 GMT".

    >>> describe(227, 227, None), describe(1140, 1170, "GMT")
    ('03:47', '19:00-19:30 GMT')
    """
    def hm(t: int) -> str:
        return f"{t // 60:02d}:{t % 60:02d}"
    told = hm(low) if low == high else f"{hm(low)}-{hm(high)}"
    return f"{told} {zone}" if zone else told


_TOLD = regexstore.compile(r"(\d\d):(\d\d)(?:-(\d\d):(\d\d))?(?: (.+))?$")


def parse(told: str) -> tuple[int, int, str | None] | None:
    """:func:`describe`'s text back as (low, high, zone); None if it is not one.

    >>> parse("19:00-19:30 GMT"), parse("03:47"), parse("soon")
    ((1140, 1170, 'GMT'), (227, 227, None), None)
    """
    m = _TOLD.match(told or "")
    if not m:
        return None
    low = int(m.group(1)) * 60 + int(m.group(2))
    high = int(m.group(3)) * 60 + int(m.group(4)) if m.group(3) else low
    return low, high, m.group(5)
