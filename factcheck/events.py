"""Event claims: who did what, when and where, from one sentence.

>>> from datetime import date
>>> from factcheck.model import Entity, EventType
>>> ents = [Entity("xi", "Xi Jinping", "person", ("Xi", "the Chinese president")),
...         Entity("putin", "Vladimir Putin", "person", ("Putin",)),
...         Entity("uz", "Uzbekistan", "state", ())]
>>> types = [EventType("meeting", "meeting", ("meet",), ("meeting",))]
>>> ev = extract_events("Xi met Putin in September in Uzbekistan.", date(2022, 12, 30), ents, types)[0]
>>> (ev.actors, ev.action, str(ev.date_start), ev.place, ev.polarity, ev.modality)
(('Vladimir Putin', 'Xi Jinping'), 'meeting', '2022-09-01', 'Uzbekistan', 'positive', 'asserted')

How a sentence is read:

* triggers: every verb phrase (its first word inflected: meet, meets, met,
  meeting) and noun phrase (and its plural) of the event types, one compiled
  alternation, longest first; a noun a few words after a verb of the same
  action is its object ("signed six agreements"): one event, told by the verb;
* the trigger's clause runs from the nearest punctuation or subordinating word
  (that, when, while, since, before, ...) before it to the next one after it;
* actors: entity mentions in the clause, minus places ("in Beijing") and
  modifiers ("Russian President ...", "Putin's ally"); noun triggers first
  look at their own phrase ("Moscow's invasion of Ukraine"); "he"/"his" is the
  first person named in the sentence, else the first context actor; "the two
  leaders"/"they" are the people named in the sentence, else the context
  actors; "the company" is the last organisation of the context; a surname
  alone ("Jobs") is the context person of that name; meetings, calls,
  summits and agreements are completed to two actors from the people of the
  sentence, then from its "he" or "they"; whoever is invited is the actor of
  the visit that follows;
* when the clause names nobody: the actor named just before it ("Xi, who
  entered ..."); after an opening phrase ("In a speech on Monday, Putin
  said") the subject that follows it; for a passive verb without "by ..."
  ("was announced") the last organisation of the context; a sentence that
  opens with "he", "they" or "the two leaders" gives its referents;
* a noun trigger with a determiner ("the meeting", "their talks", or "a video
  call" with one party named) takes the actors of the last event of its
  action told before in the article (``told``);
* nobody else is borrowed from the context: an event that names and refers to
  no actor has none (and is never matched);
* with ``names`` (:mod:`factcheck.names`), names the rules do not list are
  actors where the syntax points to them: the subject before an active verb
  (past a time, "Ruto on Tuesday signed", or a title in commas, "Mike Henry,
  BHP's chief executive, met"; with those joined to it by "and"; the noun a
  relative clause hangs on, "Dr Ruto, who landed"), "he"/"she" after such a
  name, the agent after "by", the possessive before a noun, whom a meeting or
  call verb names next, who is elected, appointed or killed, and for "the
  company" before a verb the organisation the sentence named before it; a
  trigger inside a person's name ("Stan Deal") is none. Such actors enter the
  context of the sentences after (the article extractor's), so "the two
  leaders" or "he" may refer to them; within a sentence "he" is first the
  person named before it, known or not;
* time: the nearest resolved time expression in the clause, else in the
  sentence (see :mod:`factcheck.when`);
* place: "in/at X" after the trigger within the clause (and a following "on
  the sidelines of ..." or "at ..." clause); for visits also "to X", "visit X";
* polarity: not / never / refused to / failed to ... just before a verb,
  "no"/"without" just before a noun;
* modality: would/could/if/unlikely -> conditional; will/expected to/set to ->
  expected; "to <verb>" after invite/plan, a noun after an invitation, or a date
  after publication -> planned; reportedly/allegedly -> reported; else asserted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Mapping, Sequence

from factcheck import regexstore
from factcheck.clock import ClockTime, find_clock_times
from factcheck.clock import describe as describe_clock
from factcheck.lexicon import lexicon
from factcheck.model import Entity, EventType
from factcheck.names import DOCUMENT_WORDS, PERSON_TITLES, TITLE_WORDS, ArticleNames, find_names
from factcheck.when import find_times
from factcheck.textutil import CASE_TRAPS, lowercase_pattern
from factcheck.textutil import trie_regex  # noqa: F401  (also used by callers of this module)


@dataclass(frozen=True, slots=True)
class Event:
    start: int  # span of the trigger phrase in the text given
    end: int
    actors: tuple[str, ...]  # canonical entity names, sorted
    action: str  # EventType.id
    date_start: date | None
    date_end: date | None
    place: str | None
    polarity: str  # "positive" | "negative"
    modality: str  # "asserted" | "expected" | "planned" | "conditional" | "reported"
    trigger: str
    clock: str | None = None  # the time of day told, as :func:`factcheck.clock.describe` writes it


INTERACTIVE = frozenset({"meeting", "video_call", "phone_call", "summit", "agreement", "trade_deal"})

_IRREGULAR = {
    "meet": ["met"], "speak": ["spoke", "spoken"], "hold": ["held"], "sit": ["sat"],
    "strike": ["struck", "stricken"], "fly": ["flew", "flown", "flies"], "go": ["went", "gone", "goes"],
    "take": ["took", "taken"], "be": ["is", "are", "was", "were", "been", "being"],
    "win": ["won", "winning"], "send": ["sent"], "make": ["made"], "pay": ["paid"],
    "tell": ["told"], "quit": ["quit", "quitting"], "wage": ["waged"], "die": ["died", "dying", "dies"],
    "seal": ["sealed"], "broker": ["brokered"], "lead": ["led"], "begin": ["began", "begun", "beginning"],
    "bomb": ["bombed"], "shell": ["shelled", "shelling"], "stand": ["stood"], "slap": ["slapped"],
    "vow": ["vowed"], "ban": ["banned"], "plan": ["planned", "planning"],
    "come": ["came", "coming"], "run": ["ran", "running"], "leave": ["left", "leaving"], "burst": ["bursting"],
    "sink": ["sank", "sunk"], "break": ["broke", "broken"], "give": ["gave", "given", "giving"],
    "fall": ["fell", "fallen"],
}


def inflect(verb: str) -> set[str]:
    """Forms of a verb (the first word of a phrase).

    >>> sorted(inflect("meet"))
    ['meet', 'meeting', 'meets', 'met']
    >>> sorted(inflect("invade"))
    ['invade', 'invaded', 'invades', 'invading']
    """
    v = verb.lower()
    forms = {v}
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        forms |= {v + "s", v + "d", v[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", v):
        forms |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif v.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {v + "es", v + "ed", v + "ing"}
    else:
        forms |= {v + "s", v + "ed", v + "ing"}
    if v in _IRREGULAR:
        forms = {f for f in forms if not f.endswith("ed") and not f.endswith("ied")} | {v}
        forms.update(_IRREGULAR[v])
    return forms


def _variants(alias: str) -> set[str]:
    """Literal spellings of an alias: capitalised role words, "Mr" without a full stop."""
    words = alias.split()
    out = {" ".join(words)}
    caps = [w[:1].upper() + w[1:] if w[:1].islower() else w for w in words]
    out.add(" ".join(caps))
    if words and words[0][:1].islower():
        out.add(" ".join([caps[0]] + words[1:]))
    for v in list(out):
        out.add(re.sub(r"\b(Mr|Mrs|Ms|Dr|St)\.", r"\1", v))
    return out


def _alias_regex(alias: str, person: bool) -> str:
    words = alias.split()
    out = []
    for w in words:
        p = re.escape(w)
        if w[:1].islower():
            p = f"[{w[0]}{w[0].upper()}]" + re.escape(w[1:])
        if w in ("Mr.", "Mrs.", "Ms.", "Dr.", "St."):
            p = re.escape(w[:-1]) + r"\.?"
        out.append(p)
    if person and len(words) == 2:
        return out[0] + r"(?:\s+[A-Z]\.)?\s+" + out[1]
    return r"\s+".join(out)


def _norm(s: str) -> str:
    s = s.lower().replace(".", "").replace("’", "'")
    words = s.split()
    return " ".join(w for i, w in enumerate(words) if len(w) > 1 or i == 0)


class _Matcher:
    __slots__ = ("key", "regex", "lookup", "types", "lower_regex", "names", "pattern", "agentless", "verb_of")

    def __init__(self, key, regex, lookup, types=None, lower_regex=None, pattern=None):
        self.key, self.regex, self.lookup, self.types = key, regex, lookup, types
        self.lower_regex = lower_regex
        #: trigger matchers with a lowercase regex: the case-blind pattern,
        #: compiled only if a sentence needs it (few do; compiling costs ~10 ms)
        self.pattern = pattern
        #: entity matchers: the canonical name (or None) of each mention as written, once per spelling
        self.names: dict[str, str | None] = {}
        #: trigger matchers: the actions told without actors (``actors: false``: accidents, disasters)
        self.agentless: frozenset[str] = frozenset()
        #: trigger matchers: the type whose verb a surface is, where it is another type's noun ("strike": a
        #: walkout, and the verb of an attack)
        self.verb_of: dict[str, str] = {}


_CACHE: dict[tuple[int, str], _Matcher] = {}

#: what a trigger may be written with for the lowercased-text matching of
#: _trigger_spans: lowercase ASCII and Latin-1 letters, digits, a few marks
_LOWER_SAFE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789 -'’.&/"
                        + "".join(c for c in map(chr, range(0xDF, 0x100)) if c.islower()))


def _entity_matcher(entities: Sequence[Entity]) -> _Matcher:
    m = _CACHE.get((id(entities), "e"))
    if m is not None and m.key is entities:
        return m
    literals, initials, lookup, types = set(), [], {}, {}
    firsts: set[str] = set()  # the characters a mention can start with
    for e in entities:
        for a in (e.name, *e.aliases):
            if not a.strip():
                continue
            literals |= _variants(a)
            words = a.split()
            if e.type == "person" and len(words) == 2:
                initials.append(_alias_regex(a, True))
                firsts |= {words[0][0], words[0][0].upper()}
            lookup.setdefault(_norm(a), e.name)
        types[e.name] = e.type
    firsts |= {lit[0] for lit in literals if lit}
    body = "|".join(filter(None, [trie_regex(sorted(literals))] + initials)) or r"(?!x)x"
    # the look-ahead on the first character spares the trie at most word starts
    first = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])" if firsts else ""
    m = _Matcher(entities, regexstore.compile(rf"(?<![\w-]){first}(?:{body})(?![\w-])"), lookup, types)
    _CACHE[(id(entities), "e")] = m
    return m


def _trigger_matcher(event_types: Sequence[EventType]) -> _Matcher:
    m = _CACHE.get((id(event_types), "t"))
    if m is not None and m.key is event_types:
        return m
    surfaces: dict[str, tuple[str, bool]] = {}
    verb_forms: set[tuple[str, str]] = set()
    for t in event_types:  # nouns first: "meeting" is the noun when both fit
        for n in t.nouns:
            n = n.lower()
            surfaces.setdefault(n, (t.id, False))
            if not n.endswith("s") and t.actors:  # not "explosions", "earthquakes": many accidents, not one
                surfaces.setdefault(n + "s", (t.id, False))
    for t in event_types:
        for v in t.verbs:
            head, _, rest = v.lower().partition(" ")
            for f in inflect(head):
                surfaces.setdefault(f"{f} {rest}".strip(), (t.id, True))
                verb_forms.add((t.id, f"{f} {rest}".strip()))
    body = trie_regex(sorted(surfaces)) or r"(?!x)x"
    pattern = rf"(?<![\w-])(?:{body})(?![\w-])"
    # the surfaces are lowercase: on lowercased text the pattern finds the same
    # spans without IGNORECASE, about twice as fast (see _trigger_spans)
    lower_regex = regexstore.compile(pattern) if all(set(k) <= _LOWER_SAFE for k in surfaces) else None
    m = _Matcher(event_types, None if lower_regex is not None else regexstore.compile(pattern, re.IGNORECASE),
                 {" ".join(k.split()): v for k, v in surfaces.items()}, verb_forms, lower_regex, pattern)
    m.agentless = frozenset(t.id for t in event_types if not t.actors)
    m.verb_of = {f: t for t, f in sorted(verb_forms) if not surfaces[f][1] and surfaces[f][0] != t}
    _CACHE[(id(event_types), "t")] = m
    return m


def _lowered(sentence: str) -> str | None:
    """The lowercased sentence, or None where lowercasing and IGNORECASE part
    ways (on the letters of _LOWER_SAFE they agree elsewhere)."""
    return None if CASE_TRAPS.search(sentence) else sentence.lower()


def _trigger_spans(tm: _Matcher, sentence: str, low: str | None = None) -> list[tuple[int, int]]:
    """The spans of the event triggers in ``sentence`` (``low``: its _lowered form)."""
    if low is None:
        low = _lowered(sentence)
    if tm.lower_regex is not None and low is not None:
        return [h.span() for h in tm.lower_regex.finditer(low)]
    if tm.regex is None:
        tm.regex = re.compile(tm.pattern, re.IGNORECASE)
    return [h.span() for h in tm.regex.finditer(sentence)]


def resolve_entities(text: str, entities: Sequence[Entity]) -> list[tuple[int, int, str]]:
    """Mentions of known entities: (start, end, canonical name), left to right.

    >>> ents = [Entity("p", "Vladimir Putin", "person", ("Putin", "Mr. Putin"))]
    >>> resolve_entities("Mr Putin and Vladimir V. Putin", ents)
    [(0, 8, 'Vladimir Putin'), (13, 30, 'Vladimir Putin')]
    """
    last = _LAST_MENTIONS
    if last[0] is entities and last[1] == text:
        return list(last[2])
    m = _entity_matcher(entities)
    names = m.names
    out = []
    for hit in m.regex.finditer(text):
        surface = hit.group(0)
        if surface in names:
            name = names[surface]
        else:
            name = _canonical_name(m, surface)
            if len(names) < 100_000:
                names[surface] = name
        if name is not None:
            out.append((hit.start(), hit.end(), name))
    last[:] = (entities, text, tuple(out))
    return out


def _canonical_name(m: _Matcher, surface: str) -> str | None:
    """The entity a mention as written names ("Vladimir V. Putin": with or without the initial)."""
    name = m.lookup.get(_norm(surface))
    if name is None:
        name = m.lookup.get(_norm(re.sub(r"\s+[A-Z]\.\s+", " ", surface)))
    return name


#: the last sentence resolved (entities, text, mentions): the event extractor
#: and the article extractor both ask for the sentence being read
_LAST_MENTIONS: list = [None, None, ()]


#: a full stop after these is no sentence end
ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                 "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "Inc", "Co", "Corp", "Jr",
                 "Sr", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Prof")
NOT_ABBREV = "".join(rf"(?<!\b{a})" for a in ABBREVIATIONS) + r"(?<!\b[A-Z])"
#: clause bounds (not the comma of "1,200" nor the colon of "3:47 a.m."); the look-ahead
#: lets the abbreviation look-behinds run only before a full stop, not at every character
_BOUND_LEFT = regexstore.compile(
    r"[;()—–]|,(?!\d{3})|:(?!\d\d)|(?=[.!?])" + NOT_ABBREV + r"[.!?](?:\s|$)"
    r"|\b(?:that|which|who|when|while|whereas|since|before|after|because|"
    r"although|though|as|but|where|if|unless|until|so)\b", re.IGNORECASE)
_BOUND_RIGHT = _BOUND_LEFT
#: a clause bound that makes its clause the time of another: "moments before (it left the tracks)"
_TIME_CLAUSE = regexstore.compile(r"\b(?:before|after|since|until)$", re.IGNORECASE)
def _changed_between(s: str, start: int, end: int) -> bool:
    """Whether a figure's change stands in ``s[start:end]``: a verb of change
    and a figure after it ("rose to 34"; not "talks collapsed")."""
    lex = lexicon()
    words = s[start:end].lower().split()
    return any((((w in lex.up or w in lex.down) and w.endswith("ed")) or w in _PAST_CHANGES)
               and any(x[:1].isdigit() for x in words[k + 1:k + 4]) for k, w in enumerate(words))


#: verbs of change in the past that do not end in "ed": "rose to 34", "fell to 12"
_PAST_CHANGES = frozenset("rose fell grew sank slid shrank".split())


#: a relative clause in commas: ", who had led Sarnogrid since 2021,"
_ASIDE_OPEN = regexstore.compile(r",\s+(?:who|which|whose|where)\b")


def in_aside(sentence: str, start: int, end: int, before: int, opener: re.Pattern = _ASIDE_OPEN) -> bool:
    """Whether the words at ``start:end`` stand in an aside in commas (opened
    as ``opener`` finds it: a relative clause) that closes before ``before``:
    the aside's time, not the time of what follows it."""
    opening = None
    for m in opener.finditer(sentence, 0, start):
        opening = m
    return opening is not None and "," in sentence[end:before] and not opener.search(sentence, end, before)


#: a verb that opens a relative clause: "arrested the captain of the ship that collided with a tanker"
_RELATIVE_VERB = regexstore.compile(r"\b(?:that|which|who)\s+(?:(?:had|has|have|was|were)\s+)?(?:[a-z]+ly\s+)?$")
#: a name set off by commas after the noun it names: ", Marta Fonseca," (up to four capitalised words)
_APPOSED_NAME = regexstore.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\s*,(?=\s+[a-z])")
#: a day, a month or a part of the day right after "until", "before", "after" or "since" ("before dawn on
#: Tuesday"): a time, not a clause
_TIME_NEXT = regexstore.compile(r"\s+(?:(?:next|last|this|early|late|mid)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                        r"November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d|"
                        r"(?:dawn|daybreak|sunrise|sunset|dusk|nightfall|dark|midnight|noon|midday)\b)")
#: a noun phrase with "a", "an" or "the" in commas, before a lowercase word: "the man, a 34-year-old resident, at",
#: "tore through Unit 4, the plant's solvent-recovery building, at 6.40am"
_APPOSED_NOUN = regexstore.compile(r"\s*(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+\s*,(?=\s+[a-z])")
_APPOSED_VERB = regexstore.compile(r"\b(?:said|says|told|[a-z]+ed)\b")
#: a "with" phrase in commas before the time of the clause it stands in: "after a vote of 38 to 17, with two
#: abstentions, on Thursday night"; or a place near the one told: "ran aground on the Grisholm Ledge, off Saltmere,
#: early on Tuesday"
_WITH_ASIDE = regexstore.compile(r"\s*(?:with\s+[^,;:()]{1,40}|(?:off|near|outside|(?:north|south|east|west)(?:-?\w+)?\s+of)"
                         r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,3}),(?=\s+(?:late\s+|early\s+)?on\s+[A-Z])")
#: a past participle's aside in commas ("Talks between the two sides, chaired by a state mediator, collapsed on
#: Wednesday", "The festival, held on Saturday on the school's fields, drew"): the clause goes on past it
_PARTICIPLE_ASIDE = regexstore.compile(r"\s*(?:[a-z]{3,}ed|held|led|run|won|made|built|set|brought|sent|shown|seen|given|"
                               r"taken)\s+(?:by|on|in|at|under|for|from|with|over)\s[^,;:()]{0,60},")
#: a figure or a level right after a verb: "sank 5%", "sank to a record low", "exploded by 40 per cent"
_FIGURE_AFTER = regexstore.compile(r"\s+(?:(?:by|to|as\s+much\s+as|nearly|almost|about|some|more\s+than|a\s+further)\s+)*"
                           r"(?:[\d$€£¥]|a\s+(?:record|new|fresh)\b|its\s+lowest|their\s+lowest)", re.I)
#: an article and a hyphened modifier before a comma that lists another modifier of the same noun
_MODIFIER_BEFORE = regexstore.compile(r"\b[Aa]n?\s+[\w.]+-[a-z]+$")
_FOUR_WORDS = regexstore.compile(r"\w+\s+\w+\s+\w+\s+\w")  # a noun's actor is at most three words before it
_EXTEND = regexstore.compile(r"\s*(?:on\s+the\s+sidelines\s+of|at\s|in\s|during\s)", re.IGNORECASE)
#: the noun a place's name is told after ("the Kesterian port of", "the flood-hit town of", "the capital,
#: Velmora,", "in the provincial capital, Kelmstad."): the name is the place
_PLACE_OF = r"(?:the\s+(?:[A-Za-z][\w’'-]*\s+){0,2}(?:capital|city|town|village|port|region|province|district|county)" \
            r"(?:\s+of\s+|,\s+(?=[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:,|[.;]?$))))?"
_PLACE = regexstore.compile(r"\b(?:in|at|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
                            + _PLACE_OF
                            + r"((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'-]*|of|de|del))*)")
_VISIT_PLACE = regexstore.compile(r"\b(?:in|at|to|into|visit|visits|visited|visiting|toured|tours|touring)\s+"
                          + _PLACE_OF
                          + r"((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*)")
_NOT_PLACE = regexstore.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mr|Mrs|Ms|Dr|President|Prime|The|A|An|"
    r"This|That|Last|Next|His|Her|Their|It|He|She|They|We|I|Chinese|Russian|American|European)\b")
_PLACE_PREP = regexstore.compile(r"\b(?:in|at|to|from|near|inside|across|into|visit|visits|visited|visiting)\s+(?:the\s+)?$", re.IGNORECASE)
_ROLE_AFTER = regexstore.compile(
    r"(?:’s|'s)?\s+(?:(?:close|top|key|former|longtime|senior|chief|new|own|main)\s+)*"
    r"(?:ally|allies|aide|aides|adviser|advisers|advisor|spokesman|spokeswoman|spokesperson|friend|"
    r"counterpart|wife|husband|son|daughter|government|administration|office|officials?|"
    r"president|prime|leader|minister|foreign|chancellor|lawmakers|diplomats|ambassador|envoy|"
    r"[A-Z])", re.UNICODE)
_VENUE = regexstore.compile(r"\bat\s+(?:the|a|an)\s+$", re.IGNORECASE)
#: "told CNN", "in an interview with Reuters": a medium that is told something
#: is the addressee, not an actor
_ADDRESSEE = regexstore.compile(r"\b(?:told|tells|tell|telling|interview\s+with|interviewed\s+by|speaking\s+to|"
                        r"spoke\s+to|said\s+to|wrote\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_NEG_VERB = regexstore.compile(r"\b(?:not|n[’']t|never|no\s+longer|refused\s+to|refuses\s+to|refuse\s+to|"
                       r"declined\s+to|declines\s+to|failed\s+to|fails\s+to|yet\s+to|rejected|"
                       r"stopped\s+short\s+of|without)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_NEG_NOUN = regexstore.compile(r"\b(?:no|without|not\s+(?:by\s+|from\s+)?an?|not\s+any|never\s+an?|"
                       r"(?:no|little)\s+(?:sign|prospect|hope|chance|word|news)s?\s+of|"
                       r"no\s+(?:date|time|plans?)\s+(?:(?:yet\s+)?(?:set|fixed|agreed)\s+)?for)\s+(?:\w+\s+){0,2}$",
                       re.IGNORECASE)
_CONDITIONAL = regexstore.compile(r"\b(?:would|could|might|may|if|unless|unlikely\s+to|should|warn(?:s|ed|ing)?\s+of|"
                          r"warnings?\s+of|risk\s+of|threat\s+of)\b", re.IGNORECASE)
#: "said he would" right before a verb: the future of what was said, not a condition
_REPORTED_FUTURE = regexstore.compile(r"\b(?:said|says|told\s+\w+|announced|promised|pledged|vowed|confirmed|added)\s+"
                              r"(?:that\s+)?(?:he|she|they|it|we|i)\s+would\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_IF_AFTER = regexstore.compile(r"\b(?:if|unless|provided)\b", re.IGNORECASE)
_EXPECTED = regexstore.compile(r"\b(?:will|won[’']t|shall|[’']ll|expected\s+to|expects?\s+to|set\s+to|due\s+to|"
                       r"scheduled\s+to|poised\s+to|is\s+to|are\s+to|going\s+to|likely\s+to|slated\s+to)\b",
                       re.IGNORECASE)
_PLANNED = regexstore.compile(r"\b(?:plans?\s+to|planned|planning\s+to|intends?\s+to|proposed|upcoming|"
                      r"possible|potential|future|dream(?:s|ed|t)?\s+of|hop(?:e|es|ed|ing)\s+to|"
                      r"wish(?:es|ed)?\s+to|wants?\s+to|wanted\s+to)\b", re.IGNORECASE)
_REPORTED = regexstore.compile(r"\b(?:reportedly|allegedly|purportedly|is\s+said\s+to|are\s+said\s+to|"
                       r"was\s+said\s+to|were\s+said\s+to|rumou?red)\b", re.IGNORECASE)
_NOUN_USE = regexstore.compile(r"\b(?:the|a|an|any|no|some|of|for|his|her|their|its|these|those|many|"
                       r"first|clear|few|all|such|early|new|on)\s+$", re.IGNORECASE)
_INFINITIVE = regexstore.compile(r"\bto\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: what makes a word that is both a noun and a verb of one event (visit, attack) the verb: "to", a modal
_VERB_SLOT = regexstore.compile(r"(?:\b(?:to|will|would|shall|should|can|could|may|might|must|did|does|do|not)|n[’']t)"
                        r"\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: forms of a verb that are most often another word: verbs only in a verb's slot ("was fined", "will fine")
_OTHER_WORD_FIRST = frozenset({"fine", "fines"})
#: a share of what a noun counts, before the noun: "31.8 per cent of the vote", "a majority of the popular vote"
_SHARE_OF = regexstore.compile(r"(?:\bper\s?cent|\bpercent|%|\bshare|\bmajority|\bhalf|\bthirds?|\bquarters?|\bpoints?)"
                               r"\s+of\s+the\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
#: a name right before such a word in -s ("Varden visits Saltmere"), not an owner's ("Varden's visits")
_NAME_BEFORE = regexstore.compile(r"(?<![’'])\b[A-Z][\w-]*[a-z]\s+$")
#: the object such a verb takes: a name or a determiner ("visits Saltmere", "visits the site")
_OBJECT_AFTER = regexstore.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|its|their)\s)")
#: forms of "present" that are an adjective too ("at present", "were not present"): the verb only after "to" or
#: a modal (see _told_so)
_ADJECTIVE_TOO = frozenset({"present", "presents"})
_MODAL_SLOT = regexstore.compile(r"\b(?:to|will|would|shall|should|can|could|may|might|must)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: a time told as a bound: "by Thursday morning", "by late Tuesday", "by mid-morning on Tuesday"
_BY_TIME = regexstore.compile(r"\bby\s+(?:(?:late|early|mid)[\s-]?(?:morning|afternoon|evening|night|day)?\s+)?(?:on\s+)?$",
                      re.IGNORECASE)
#: the first letters of the triggers _told_so asks about
_NOT_ALWAYS = regexstore.compile(r"(?i)pres|brea|brok|giv|gav|cav|coll|burs|fail|beg|star|sin|san|sun|ign|str|"
                                 r"appoint|relea|sign|phon|fal|fel|crus|lift")
#: "struck" as an attack: where the sentence names arms or armed men ("missiles struck", "troops struck"; not
#: "the aftershock struck", "struck the reef"); "a strike" is a walkout where it names none
_STRIKING = frozenset("strike strikes struck striking".split())
_ARMED = regexstore.compile(r"\b(?:forces|troops|army|armies|military|missiles?|drones?|rockets?|jets|warplanes|"
                            r"aircraft|artillery|bombs?|bombers|militants|rebels|navy|insurgents|soldiers|"
                            r"shells?|air\s+force)\b", re.IGNORECASE)
#: appointments of a patient, not to an office ("212 planned operations and 640 outpatient appointments")
_VISIT_BEFORE = regexstore.compile(r"\b(?:outpatient|hospital|medical|doctor[’']s|doctors[’']|gp|dental|"
                                   r"dentist[’']s|clinic|vaccination|follow-up|routine)\s+$", re.IGNORECASE)
#: "released" of people ("treated ... and have since been released", "released on bail", "released from
#: hospital") or of figures and papers ("figures the company released with its results", "released a
#: statement"): no product launched
_RELEASING = frozenset("released releasing releases".split())
_PEOPLE_RELEASED_AFTER = regexstore.compile(r"\s+(?:from|on\s+bail|without|unharmed|early|pending)\b", re.IGNORECASE)
_PEOPLE_RELEASED_BEFORE = regexstore.compile(r"\b(?:treated|questioned|examined|detained|held|arrested)\b[^.;]{0,90}"
                                             r"\band\s+(?:\w+\s+){0,3}$|\b(?:both|all|they|he|she|who)\s+"
                                             r"(?:have\s+|has\s+|had\s+|were\s+|was\s+)?(?:since\s+|now\s+|later\s+)?"
                                             r"(?:been\s+)?$",
                                             re.IGNORECASE)
#: an amount released: money, not a product ("released 45 million crowns in emergency aid")
_AMOUNT_AFTER = regexstore.compile(r"\s+(?:(?:about|some|nearly|almost|more\s+than|over|up\s+to|a\s+further|an\s+"
                                   r"additional|another)\s+)?(?:[$€£¥]|\d)")
_PAPERS = r"(?:figures|data|results|statement|statements|report|details|footage|video|images|photos|documents|" \
          r"names|statistics|numbers|transcript|findings|recordings?|money|funds|cash|aid|payments?|prize)"
_PAPERS_BEFORE = regexstore.compile(r"\b" + _PAPERS + r"\b[^.;,]{0,40}$", re.IGNORECASE)
_PAPERS_AFTER = regexstore.compile(r"\s+(?:(?:its|the|their|his|her|a|new|fresh|preliminary|official)\s+)*" + _PAPERS
                                   + r"\b", re.IGNORECASE)
#: "signs" as a noun: "warning signs", "no signs of", "signs of damage"
_SIGNS_NOUN_BEFORE = regexstore.compile(r"\b(?:warning|no|any|early|clear|first|road|street|the|these|those|some|few|"
                                        r"visible|tell-tale|telltale|holding|carrying|waving|with)\s+$", re.IGNORECASE)
_SIGNS_NOUN_AFTER = regexstore.compile(r"\s+(?:(?:that|which)\s+(?:read|said)|reading|saying)\b")
#: "phone" as a noun: "contacted by phone", "his phone", "fans' phone videos"
_PHONE_NOUN_BEFORE = regexstore.compile(r"(?:\b(?:by|via|the|a|his|her|their|its|my|our|your|mobile|smart|cell|"
                                        r"over\s+the|on\s+the)|[’'])\s+$", re.IGNORECASE)
_PHONE_NOUN_AFTER = regexstore.compile(r"\s+(?:videos?|footage|cameras?|numbers?|records?|lines?|companies|company|"
                                       r"makers?|signals?|networks?|screens?|users?|calls?\s+(?:records|logs))\b",
                                       re.IGNORECASE)
#: a hazard before "strike": "the strongest typhoon to strike the province" is no attack
_HAZARD_BEFORE = regexstore.compile(r"\b(?:typhoons?|storms?|hurricanes?|cyclones?|tornado(?:e?s)?|earthquakes?|"
                                    r"quakes?|tsunamis?|lightning|floods?|disasters?|heatwaves?)\b", re.IGNORECASE)
#: "lifted off" a person or a thing, not a launch: "I was lifted off my feet"
_LIFTED_OFF_WHAT = regexstore.compile(r"\s+(?:my|his|her|their|its|our|your|the)\b", re.IGNORECASE)
#: the words of a fire, before a verb that tells it broke out or ignited
_FIRE_WORDS = r"(?:fire|fires|blaze|blazes|flames|wildfire|wildfires|bushfire|bushfires)"
#: what "ignites" as a disaster: a fire named earlier in the sentence ("The blaze, which has been burning since
#: it ignited on Saturday"; not "the ruling ignited protests")
_FIRE_EARLIER = regexstore.compile(rf"\b{_FIRE_WORDS}\b[^.;:]{{0,80}}$", re.IGNORECASE)
_IGNITING = frozenset("ignite ignites ignited igniting".split())
_SINKING = frozenset("sink sinks sank sunk sinking".split())
#: what sinks as a disaster: a vessel named by its noun or its name, or "it"/"she" (not "a pedal that sinks",
#: "shares sank")
_VESSEL_BEFORE = regexstore.compile(r"(?:\b(?:ship|ships|boat|boats|vessel|vessels|ferry|ferries|trawler|trawlers|"
                                    r"tanker|freighter|yacht|submarine|barge|tug|tugboat|dinghy|liner|schooner|"
                                    r"canoe|kayak|lifeboat|raft|craft|carrier|cutter|catamaran|[Ii]t|[Ss]he)\b"
                                    r"|(?<=[\s“\"‘(])(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our)\b)"
                                    r"[A-Z][\w’'-]+)(?:\s+[\w’'-]+){0,4}\s+$")
#: what "breaks out" as a disaster: a fire, told a few words before the verb
_FIRE_BEFORE = regexstore.compile(rf"\b{_FIRE_WORDS}\b(?:\s+[\w’'-]+){{0,4}}\s+$", re.IGNORECASE)
#: what "begins" or "starts" as a disaster: a fire, the verb's subject ("the fire began at 2:40", not "fire
#: crews began")
_FIRE_SUBJECT = regexstore.compile(r"\b(?:fire|blaze|wildfire|bushfire|flames)\s+(?:had\s+|has\s+)?$", re.IGNORECASE)
_BEGINNING = frozenset("begin begins began begun beginning start starts started starting".split())
#: the verbs of a structure giving way, and what must give way for them to tell a disaster
_GIVING_WAY = frozenset(["give way", "gives way", "gave way", "given way", "giving way", "cave in", "caves in",
                         "caved in", "caving in", "fall into", "falls into", "fell into", "fallen into", "falling into",
                         *"collapse collapses collapsed collapsing burst bursts bursting fail fails failed "
                          "failing".split()])
_STRUCTURE_BEFORE = regexstore.compile(r"\b(?:dam|dams|levee|levees|dyke|dike|embankment|bridge|bridges|building|buildings|"
                               r"roof|roofs|ceiling|wall|walls|tunnel|tunnels|mine|shaft|tower|crane|stand|"
                               r"grandstand|block|pipe|pipeline|water\s+main|viaduct|spillway|seawall|scaffolding|"
                               r"stadium|warehouse|span|spans|deck)\b(?:[’']s)?(?:\s+[\w’'-]+){0,4}\s+$",
                               re.IGNORECASE)


def _told_so(sentence: str, i: int, j: int) -> bool:
    """Whether a trigger that tells its action only in some sentences tells it here: "present" as a verb ("will
    present", not "were not present"), a fire that "broke out" (not fighting) or "began", a structure that "gave
    way" or "collapsed" (not talks). Asked before the triggers are read: a dropped one does not end another's words."""
    surface = " ".join(sentence[i:j].lower().split())
    if surface in _ADJECTIVE_TOO:
        return bool(_MODAL_SLOT.search(sentence, max(0, i - 16), i))
    if surface.startswith(("break", "broke")):
        return bool(_FIRE_BEFORE.search(sentence, max(0, i - 40), i))
    if surface in _BEGINNING:
        return bool(_FIRE_SUBJECT.search(sentence, max(0, i - 20), i))
    if surface in _GIVING_WAY:
        return bool(_STRUCTURE_BEFORE.search(sentence, max(0, i - 40), i))
    if surface == "crush":  # a noun: "the crush happened", not "to completely crush Moscow"
        return not _VERB_SLOT.search(sentence, max(0, i - 24), i)
    if surface in _STRIKING:  # "strike", "strikes": a walkout (a noun of the rules), unless arms are named
        return (not _ARMED.search(sentence)) if surface in ("strike", "strikes") else bool(_ARMED.search(sentence))
    if surface.startswith("appointment"):
        return surface == "appointment" and not _VISIT_BEFORE.search(sentence, max(0, i - 30), i)
    if surface in _RELEASING:
        return not (_PEOPLE_RELEASED_AFTER.match(sentence, j) or _PAPERS_AFTER.match(sentence, j)
                    or _AMOUNT_AFTER.match(sentence, j)
                    or _PEOPLE_RELEASED_BEFORE.search(sentence, max(0, i - 140), i)
                    or _PAPERS_BEFORE.search(sentence, max(0, i - 50), i))
    if surface in ("sign", "signs"):
        return not (sentence.startswith(" of", j) or _SIGNS_NOUN_BEFORE.search(sentence, max(0, i - 16), i)
                    or _SIGNS_NOUN_AFTER.match(sentence, j))
    if surface.startswith("phon"):
        return not (_PHONE_NOUN_BEFORE.search(sentence, max(0, i - 16), i) or _PHONE_NOUN_AFTER.match(sentence, j))
    if surface in ("lifted off", "lifts off", "lift off", "lifting off"):
        return not _LIFTED_OFF_WHAT.match(sentence, j)
    if surface in _IGNITING:
        return bool(_FIRE_EARLIER.search(sentence, max(0, i - 90), i))
    if surface in _SINKING:
        return bool(_VESSEL_BEFORE.search(sentence, max(0, i - 40), i))
    return True


#: "was presented with an award": the one given a thing, who tells nothing
_GIVEN_WITH = regexstore.compile(r"\s+with\b")
#: a year that tells which thing a noun is, after a determiner ("presented a 2026 budget", "the 2024 season"):
#: not the time of a verb before it
_YEAR_OF_NOUN = regexstore.compile(r"(?:\b(?:a|an|the|its|his|her|their|this|next|last)\s+)$", re.IGNORECASE)
_NOUN_AFTER = regexstore.compile(r"\s+[a-z][a-z-]+")
_SINGULAR = regexstore.compile(r"\b(?:he|she|him|his|her)\b", re.IGNORECASE)
#: an organisation referred to by what it is ("the company", "this airline")
_COMPANY_NOUN = (r"(?:the|this)\s+(?:company|firm|corporation|carmaker|manufacturer|retailer|bank|airline|"
                 r"planemaker|group)(?!\s+of\b)")  # not a name: "the Bank of England"
_COMPANY = regexstore.compile(rf"\b{_COMPANY_NOUN}\b", re.IGNORECASE)
#: "the company" as the subject just before a verb
_COMPANY_BEFORE = regexstore.compile(rf"\b{_COMPANY_NOUN}$", re.IGNORECASE)
#: a verb joined to the one before it: "said ... and urged"
_AND_BEFORE = regexstore.compile(r"\band\s+(?:then\s+|also\s+)?$", re.IGNORECASE)
#: a noun's phrase that hangs on its clause's verb: "(approved the line) after a vote", "(will present it) at a
#: press conference"
_HANGS_ON = regexstore.compile(r"\b(?:after|following|at|during|in)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)
#: a mark before a name that makes it no subject of the sentence: a quote, a clause before it
_MARK_BEFORE = regexstore.compile(r"[\"“”‘’'.,;:()—–-]")
#: how far into a sentence its subject's name may start ("Health Minister Adrian Kossel said")
_LEAD_REACH = 40
#: a sentence that opens with a pronoun or a description of whom it speaks of
_LEAD_SUBJECT = regexstore.compile(r"(?:(?:but|and|yet|so|still|however|meanwhile),?\s+)?(?:he|she|they|the\s+two\s+\w+|"
                           rf"both\s+(?:leaders|men|sides)|the\s+pair|{_COMPANY_NOUN})\b", re.IGNORECASE)
#: a sentence that opens with a prepositional phrase: "In a speech on Monday, ..."
_FRONTED = regexstore.compile(r"(?:in|at|during|after|before|on|following|from|with|via|over)\s", re.IGNORECASE)
#: the determiner of a noun trigger: "the meeting" or "their talks" refer back
#: to an event already told; "a video call" does when one of its parties is
#: named ("in a video call, Putin said")
_DETERMINER = regexstore.compile(r"\b(a|an|the|this|that|these|those|their|its|his|her)\s+"
                         r"(?:(?!\w+est\b|first\b|second\b|third\b|next\b|only\b|new\b)[\w’'-]+\s+)?$",
                         re.IGNORECASE)
#: plural words that refer to people only ("they", not "the two" companies)
_PEOPLE_PLURAL = regexstore.compile(r"\b(?:the\s+(?:two\s+)?leaders|the\s+two\s+(?:presidents|men|women)|the\s+pair|"
                            r"both\s+(?:leaders|men|women)|they)\b", re.IGNORECASE)
_PLURAL = regexstore.compile(r"\b(?:the\s+two\s+leaders|the\s+leaders|the\s+two\s+presidents|the\s+two\s+men|the\s+pair|"
                     r"both\s+leaders|both\s+men|the\s+two\s+sides|the\s+two|they|their|them)\b",
                     re.IGNORECASE)


#: the case-insensitive patterns searched per trigger, for the lowercased sentence
#: (``low`` below: None when the sentence holds a CASE_TRAPS character)
_LOWER = {rx: regexstore.compile(lowercase_pattern(rx.pattern)) for rx in (
    _BOUND_LEFT, _SINGULAR, _PLURAL, _CONDITIONAL, _EXPECTED, _PLANNED)}


def _clause(s: str, i: int, j: int, low: str | None = None) -> tuple[int, int]:
    text, bound = (s, _BOUND_LEFT) if low is None else (low, _LOWER[_BOUND_LEFT])
    left = 0
    for m in bound.finditer(text, max(0, i - 200), i):
        left = m.end()
    m = bound.search(text, j)  # _BOUND_RIGHT is _BOUND_LEFT
    if m and m.group().lower() == "as" and text[j:m.start()].strip().lower() in ("", "in", "on", "down"):
        m = bound.search(text, m.end())  # "resigned as president on Tuesday", "sworn in as": the role, no clause
    while m and m.group() == "," and (apposed := _APPOSED_NAME.match(s, m.end())):
        m = bound.search(text, apposed.end())  # "sit down with the party's leader, Marta Fonseca, on Wednesday"
    while m and m.group().lower() in ("until", "before", "after", "since") and _TIME_NEXT.match(s, m.end()):
        m = bound.search(text, m.end())  # "postponed their sentencing until Tuesday, March 24": a time, no clause
    while m and m.group() == "," and (apposed := _APPOSED_NOUN.match(s, m.end())) \
            and not _APPOSED_VERB.search(apposed.group()):
        m = bound.search(text, apposed.end())  # "arrested the man, a 34-year-old resident, at his home on Monday"
    while m and m.group() == "," and (aside := _WITH_ASIDE.match(s, m.end())):
        m = bound.search(text, aside.end())  # "a vote of 38 to 17, with two abstentions, on Thursday night"
    while m and m.group() == "," and (aside := _PARTICIPLE_ASIDE.match(s, m.end())):
        m = bound.search(text, aside.end())  # "Talks ..., chaired by a state mediator, collapsed on Wednesday"
    while m and m.group() == "," and _MODIFIER_BEFORE.search(s, max(0, m.start() - 24), m.start()):
        m = bound.search(text, m.end())  # "signed a 12-year, 180 million sundar contract ... on Friday": one phrase
    right = m.start() if m else len(s)
    return left, right


def _surnames(s: str, found: list[tuple[int, int, str]], context: Sequence[str],
              types: dict) -> list[tuple[int, int, str]]:
    """The people of the context named by their surname alone ("Jobs" after
    "Steve Jobs"), where no other mention covers the word."""
    if not context:
        return found
    key = (tuple(context), id(types))
    people = _SURNAMES.get(key)
    if people is None:
        if len(_SURNAMES) > 4096:
            _SURNAMES.clear()
        people = _SURNAMES[key] = [
            (last, name, re.compile(rf"(?<![\w-]){re.escape(last)}(?![\w-])")) for name in context
            if types.get(name) == "person" and " " in name
            for last in [name.rsplit(None, 1)[-1]] if len(last) >= 3 and last[0].isupper()]
    out = []
    for last, name, regex in people:
        if last in s:
            for m in regex.finditer(s):
                if not any(a < m.end() and m.start() < b for a, b, _ in found):
                    out.append((m.start(), m.end(), name))
    return sorted(found + out) if out else found


#: the surnames of the people of a context: (context, id of the types) -> (surname, name, regex)
_SURNAMES: dict[tuple, list] = {}


def actor_mentions(s: str, entities: Sequence[Entity], context: Sequence[str] = ()) -> list[tuple[int, int, str]]:
    """Who ``s`` names among the known entities, and the people of the context
    named by their surname alone, left to right."""
    last = _LAST_ACTORS
    if last[0] == s and last[1] is entities and last[2] == tuple(context):
        return list(last[3])
    found = _surnames(s, resolve_entities(s, entities), context, _entity_matcher(entities).types)
    last[:] = (s, entities, tuple(context), tuple(found))
    return found


#: the last sentence read by actor_mentions (sentence, entities, context, mentions)
_LAST_ACTORS: list = [None, None, None, ()]


def _mentions(s: str, entities: Sequence[Entity], types: Mapping[str, str],
              context: Sequence[str] = ()) -> list[tuple[int, int, str, str]]:
    """Mentions (see actor_mentions) tagged 'actor', 'place', 'addressee' or 'modifier'."""
    out = []
    for a, b, name in actor_mentions(s, entities, context):
        kind = "actor"
        known = types.get(name)
        if known in ("state", "place") and _PLACE_PREP.search(s, max(0, a - 12), a):
            kind = "place"
        elif _VENUE.search(s, max(0, a - 8), a):
            kind = "place"  # "at the G20 summit": where, not who
        elif known not in ("person", "state") and _ADDRESSEE.search(s, max(0, a - 24), a):
            kind = "addressee"
        elif _ROLE_AFTER.match(s, b) and (known == "state" or s[b:b + 2] in ("’s", "'s")):
            kind = "modifier"
        out.append((a, b, name, kind))
    return out


def _people(ments, types) -> list[str]:
    return [n for _, _, n, k in ments if k == "actor" and types.get(n) == "person"]


def _actors_in(s, a, b, ments, types, context, low: str | None = None, refer_to: int | None = None) -> list[str]:
    """The actors named in ``s[a:b]``, and those its "he", "they" or "the
    company" refer to (before ``refer_to`` only, when given)."""
    found = [n for x, y, n, k in ments if k == "actor" and x >= a and y <= b]
    end = b if refer_to is None else min(b, refer_to)
    return list(dict.fromkeys(found + _referred(s, a, end, ments, types, context, low, named=bool(found))))


def _referred(s, a, b, ments, types, context, low: str | None = None, named: bool = False) -> list[str]:
    """The actors "he" (the first person named before it, else the first of
    the context), "the two leaders" or "they" (the people of the sentence, else
    the context) and, where nobody is ``named``, "the company" in ``s[a:b]``
    refer to."""
    found = []
    seg = s[a:b] if low is None else low[a:b]
    singular, plural = (_SINGULAR, _PLURAL) if low is None else (_LOWER[_SINGULAR], _LOWER[_PLURAL])
    pm = singular.search(seg)
    if pm:
        before = [n for x, _, n, k in ments
                  if k == "actor" and types.get(n) == "person" and x < a + pm.start()]
        if before:
            found.append(before[0])
        elif context:
            found.append(context[0])
        elif _people(ments, types):
            found.append(_people(ments, types)[0])
    if plural.search(seg):
        people = list(dict.fromkeys(_people(ments, types)))
        found.extend(people if len(people) >= 2 else list(context[:2]) or people)
    if not found and not named and context and _COMPANY.search(seg):  # the organisation last named
        found.extend([n for n in context if types.get(n) == "organisation"][:1])
    return found


def _next_subject(s: str, start: int, ments, types, context, low: str | None = None) -> list[str]:
    """The subject the clause from ``start`` opens with: someone named in its
    first words, or "he" or "they"."""
    while start < len(s) and s[start].isspace():
        start += 1
    opening = s[start:start + 40].split()[:4]
    stop = start + len(" ".join(opening))
    named = [n for x, y, n, k in ments if k == "actor" and start <= x < stop]
    if named:
        return named[:1]
    lead = _LEAD_SUBJECT.match(s, start)
    return list(dict.fromkeys(_referred(s, start, lead.end(), ments, types, context, low))) if lead else []


#: words that may stand between a subject and its verb (with adverbs in -ly):
#: "Boeing has also announced"
_GAP_WORDS = frozenset("""has have had will would shall could can may might did does do also then later now just
officially formally reportedly finally publicly jointly recently again already first quickly abruptly suddenly
unanimously not never didn't don't doesn't won't wouldn't can't couldn't didn’t don’t doesn’t won’t wouldn’t
can’t couldn’t cannot""".split())
_BE_WORDS = frozenset("is are was were be been being".split())
#: verbs and adjectives that take another verb after "to", the other verb's subject theirs
_CATENATIVE = frozenset("""expected due set scheduled planned plans plan planning hopes hoped hoping want wants
wanted intends intended intend agreed agree agrees decided going likely about tried tries try sought seeks vowed
vows promised promises pledged pledges refused refuses failed fails offered offers threatened threatens prepared
ready able unable poised slated""".split())
#: a time between a subject and its verb: "Ruto and Abiy on Tuesday signed", "Boeing last week announced"
_TIME_GAP = regexstore.compile(r"\s(?:on\s+|last\s+|this\s+|earlier\s+|late\s+|early\s+)?(?:monday|tuesday|wednesday|"
                       r"thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year)"
                       r"(?:\s+(?:night|morning|afternoon|evening))?\s*$", re.IGNORECASE)
_WORD_CHARS = frozenset("’'.-")
#: words that may stand between a meeting verb and whom it names: "met with his
#: French counterpart", "met opposition leader"
_OBJECT_WORDS = frozenset("""with to the his her their its a an opposition leader counterpart rival opponent
envoy ally host colleague successor predecessor chief executive president minister prime foreign secretary
chairman chairwoman ceo head governor mayor senator ambassador king queen pope former new""".split())
#: "by" after a passive verb, before its agent, and perhaps the agent's title: "signed by Trade Minister Ilse
#: Varnholt"
_AGENT_GAP = regexstore.compile(r"(?:\s+(?:there|here|jointly)|"
                        r"\s+(?:at|in|on|near|outside|during)(?:\s+(?!by\b)[^\s,;.]+){1,8}?)?\s+by\s+"
                        r"(?:(?:officers|agents|members|officials|investigators|detectives|staff)\s+(?:of|from)\s+"
                        r"(?:the\s+)?)?(?:(?:[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,3})?"
                        r"(?:(?<=['’]s\s)(?:[a-z]+\s+){0,2}[a-z]+,\s+)?")
#: "by" right after a verb: "signed there by", "signed by"
_BY_NEXT = regexstore.compile(r"\s+(?:(?:there|here|jointly)\s+)?by\s")
# ("was arrested at his home on 12 November 2024 by officers of the National Anti-Corruption Bureau": the
# agent past a place or a time, and past the people of the body it names)
_AND = regexstore.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")
#: a title in commas before "and": "Ana Costa, the company's founder, and Rui Pinto"
_AND_AFTER_TITLE = regexstore.compile(r",([^,]{1,60}),\s*and\s+")
#: "and" and a title before the second name: "Ruto and Ethiopia's Prime Minister Abiy Ahmed", "Varnholt and
#: Vesland's Economy Minister, Tomas Reyk"
_AND_TITLE = regexstore.compile(r"(?:\s+|,\s*)and\s+((?:[A-Z][\w-]*['’]s\s+)?(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)(?:\s+|,\s*)")
_CAP_AFTER = regexstore.compile(r"\s+(?:(?:by|as|[a-z]+)\s+){0,4}[A-Z]")
#: actions whose main party is who undergoes them: "X was elected", "elected X"
_UNDERGONE = frozenset({"election", "appointment", "term_start", "death"})


def _word_before(s: str, i: int) -> tuple[int, int]:
    """The span of the word that ends just before ``s[i]`` (spaces between)."""
    e = i
    while e > 0 and s[e - 1].isspace():
        e -= 1
    b = e
    while b > 0 and (s[b - 1].isalnum() or s[b - 1] in _WORD_CHARS):
        b -= 1
    return b, e


def _before_verb(s: str, i: int) -> tuple[int, int, bool]:
    """The span of the word before a verb at ``s[i]``, past auxiliaries,
    adverbs and a time ("Boeing has also announced", "Boeing on Tuesday
    announced": "Boeing"), and whether a form of "be" stood between (a passive)."""
    passive = False
    t = _TIME_GAP.search(s, max(0, i - 40), i)
    if t:
        i = t.start()
    b, e = _word_before(s, i)
    while b < e:
        low = s[b:e].lower()
        if low in _BE_WORDS:
            passive = True
        elif low == "to" and s[slice(*_word_before(s, b))].lower() in _CATENATIVE:
            b, e = _word_before(s, b)  # "is expected to visit", "plans to visit": the subject is before
            while (w := s[slice(*_word_before(s, b))].lower()) in _BE_WORDS or w in _GAP_WORDS:
                b, e = _word_before(s, b)
        elif low not in _GAP_WORDS and not (low.endswith("ly") and s[b].islower()):
            break
        b, e = _word_before(s, b)
    return b, e, passive


def _appositive(s: str, i: int) -> int | None:
    """Where the subject ends when a title, an age or a relative clause in
    commas stands between it and the verb at ``s[i]`` ("Mike Henry, BHP's
    chief executive, met"; "Anja Morvik, 46, was sworn in"; "Simone
    Achterberg, who will run the group, told"): the end of the word before
    the first comma, or None."""
    c2 = i
    while c2 > 0 and s[c2 - 1].isspace():
        c2 -= 1
    if c2 == 0 or s[c2 - 1] != ",":
        return None
    c1 = s.rfind(",", max(0, c2 - 80), c2 - 1)
    words = s[c1 + 1:c2 - 1].split() if c1 > 0 else []
    age = len(words) == 1 and words[0].isdigit() and 0 < int(words[0]) <= 120  # "Anja Morvik, 46, was"
    relative = 2 <= len(words) <= 12 and words[0] == "who"  # "Simone Achterberg, who will run the group, told"
    if not age and not relative and (not 1 <= len(words) <= 10 or not any(w.lower() in TITLE_WORDS for w in words)):
        return None
    e = c1
    while e > 0 and s[e - 1].isspace():
        e -= 1
    return e


#: a title told as the head of a body, the name in commas after it: "The head of Sarnova's grid operator"
_HEAD_OF = regexstore.compile(r"(?:^|[.;:—–-])\s*(?:the|its|their)\s+(?:head|boss|chief)\s+of\s+[^,;]{1,60}$", re.I)


def _named_in_commas(s: str, i: int, unknown) -> int | None:
    """Where the subject ends when it is a name in commas after its title, right
    before the verb at ``s[i]`` ("Vesland's Economy Minister, Tomas Reyk,
    signed"): the end of that name, or None."""
    c2 = i
    while c2 > 0 and s[c2 - 1].isspace():
        c2 -= 1
    if c2 == 0 or s[c2 - 1] != "," or not unknown:
        return None
    end = c2 - 1
    named = next((n for n in unknown if n.end == end and n.type == "person"), None)
    if named is None:
        return None
    c1 = named.start
    while c1 > 0 and s[c1 - 1].isspace():
        c1 -= 1
    if c1 == 0 or s[c1 - 1] != ",":
        return None
    words = s[max(0, c1 - 40):c1 - 1].split()[-3:]
    if any(w.lower().strip("’'s") in TITLE_WORDS for w in words):
        return end
    # "The head of Sarnova's state grid operator, Marek Olbrand, resigned": a title with the body it heads
    return end if _HEAD_OF.search(s, max(0, c1 - 80), c1 - 1) else None


def _relative_head(s: str, who: int) -> int | None:
    """Where the noun a relative clause hangs on ends ("Dr Ruto, who landed":
    after "Ruto"), or None when no comma stands before ``who``."""
    e = who
    while e > 0 and s[e - 1].isspace():
        e -= 1
    if e == 0 or s[e - 1] != ",":
        return None
    e -= 1
    while e > 0 and s[e - 1].isspace():
        e -= 1
    return e


def _document(n) -> bool:
    """Whether a name found is a document's ("the Comprehensive Economic Partnership Agreement")."""
    return n.type == "other" and n.name.rsplit(None, 1)[-1].lower() in DOCUMENT_WORDS


#: a name owning the common noun a verb's subject ends with: "Vantel's security team", "the company's board"
_OWNER_OF_SUBJECT = regexstore.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
#: between a person and the organisation the person is of
_OF_ORG = regexstore.compile(r"\s+of\s+(?:the\s+)?")


def _joined(s: str, end: int, start: int) -> bool:
    """Whether ``s[end:start]`` joins two names of one list: "and", a comma,
    a title in commas and "and", or "and" and the second one's title ("and
    Ethiopia's Prime Minister")."""
    if _AND.fullmatch(s, end, start):
        return True
    m = _AND_AFTER_TITLE.fullmatch(s, end, start) or _AND_TITLE.fullmatch(s, end, start)
    return bool(m) and any(w.lower() in TITLE_WORDS for w in m.group(1).split())


def _without_objects(tm: _Matcher, s: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The trigger spans without a noun that is the object of the verb just
    before it of the same action ("signed six bilateral agreements", "signed a
    communiqué at last month's summit"): one event, told by the verb, whose
    clause then reaches past the noun."""
    acts = [tm.lookup.get(" ".join(s[i:j].lower().split()), (None, False)) for i, j in hits]
    return [h for k, h in enumerate(hits)
            if not (k and acts[k][0] is not None and acts[k][0] == acts[k - 1][0] and acts[k - 1][1]
                    and not acts[k][1] and _OBJECT_OF_VERB.fullmatch(s, hits[k - 1][1], h[0])
                    and not _used_as_noun(s, *hits[k - 1]))]


def _object_of_kind(tm: _Matcher, s: str, verb: tuple[int, int], noun: tuple[int, int], action: str) -> bool:
    """Whether the trigger ``noun`` is the object of ``verb`` and its head noun
    is one of the verb's own action ("signed a trade agreement": a kind of
    agreement), or any event a discovery finds ("discovered the attack")."""
    words = s[noun[0]:noun[1]].lower().split()
    head = tm.lookup.get(words[-1] if words else "", (None, True))
    if action == "discovery":  # "discovered the attack at 3:40 a.m. on Monday": when it was found
        return not head[1] and _OBJECT_OF_VERB.fullmatch(s, verb[1], noun[0]) is not None
    return head[0] == action and not head[1] and _OBJECT_OF_VERB.fullmatch(s, verb[1], noun[0]) is not None


def _used_as_noun(s: str, i: int, j: int) -> bool:
    """Whether the verb form at ``s[i:j]`` is a noun here ("no sign of", "the strike")."""
    return bool(_NOUN_USE.search(s[max(0, i - 12):i])) and not s[i:j].lower().endswith("ed")


#: a noun of another action that tells how a verb's action was done: "apologised in a video statement on Wednesday",
#: "announced the plan at a press conference on Tuesday" (the day is the verb's too)
_MEANS_NOUN = regexstore.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:in|at|during|through|via)\s+(?:an?|the|his|her|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: a few words between a verb and its object noun of the same action ("signed six bilateral agreements")
_OBJECT_OF_VERB = regexstore.compile(r"(?:\s+[\w’'-]+){0,3}\s+")
#: what "strikes" or "attacks" without anyone attacking: "the earthquake struck", "a heart attack"
_HAZARDS = frozenset("""earthquake earthquakes quake quakes tremor tremors aftershock aftershocks storm storms
hurricane typhoon cyclone tornado tsunami flood floods flooding lightning fire wildfire wildfires blaze drought
heatwave disaster virus pandemic epidemic outbreak disease recession crisis heart panic asthma""".split())


def _hazard_before(s: str, i: int) -> bool:
    """Whether the word before the trigger at ``s[i]`` (past auxiliaries) names a hazard."""
    b, e, _ = _before_verb(s, i)
    return s[b:e].lower() in _HAZARDS


def _hazard_verb(tm: _Matcher, s: str, hit: tuple[int, int]) -> bool:
    """Whether the trigger at ``hit`` is an attack's verb told of a hazard ("the earthquake struck")."""
    action, verb = tm.lookup.get(" ".join(s[hit[0]:hit[1]].lower().split()), (None, False))
    return action == "invasion" and verb and _hazard_before(s, hit[0])


#: words before "strike" that make it a stoppage of work, not an attack ("the port strike", "went on strike")
_LABOUR_BEFORE = frozenset("""on port ports dock docks rail railway railways transport general national nationwide
hunger pilot pilots pilots' workers workers' teachers teachers' nurses nurses' doctors doctors' union labour labor
wildcat wage pay airline postal warning staff dockworkers dockers miners bus tube metro factory indefinite
one-day two-day three-day 24-hour 48-hour""".split())
#: words after "strike" that make it a stoppage of work: "a strike by dockworkers", "strike action", "strike pay"
_LABOUR_AFTER = regexstore.compile(r"\s+(?:by\s+(?:\w+\s+){0,3}?(?:workers|dockworkers|dockers|staff|pilots|crews|teachers|"
                           r"nurses|doctors|drivers|miners|employees|members|unions?)\b|action\b|ballot\b|pay\b|"
                           r"over\s+pay\b|vote\b)", re.IGNORECASE)


def _labour_strike(s: str, i: int, j: int) -> bool:
    """Whether the "strike" at ``s[i:j]`` is a stoppage of work ("a port strike",
    "dockworkers went on strike", "a strike by pilots"), not an attack."""
    if not s[i:j].lower().startswith("strik"):
        return False
    before = s[max(0, i - 24):i].split()
    word = before[-1].lower().strip(",").removesuffix("’s").removesuffix("'s").rstrip("’'") if before else ""
    return word in _LABOUR_BEFORE or bool(_LABOUR_AFTER.match(s, j))  # "the dockworkers' strike", "teachers’s"


#: a title between a body's name and a person's: "Green Party leader", "Boeing chief executive"
_TITLE_GAP = regexstore.compile(r"\s+(?:[a-z]+\s+){0,2}(?:leader|chief|head|president|chairman|chairwoman|chair|"
                        r"executive|director|secretary|spokesman|spokeswoman|spokesperson|minister|founder)\s+")


def _object_gap(s: str, j: int, start: int, interactive: bool = False) -> bool:
    """Whether only a few words of _OBJECT_WORDS (or a demonym: "French"), or
    a title ("Finance Minister"), stand between a verb ending at ``j`` and a
    name at ``start``; for an action of two parties, also past what was done
    with them ("signed the agreement with Finance Minister Anders Kolb")."""
    if not (start > j and s[j].isspace()):
        return False
    words = s[j:start].split()
    if interactive:
        w = _DONE_WITH.match(s, j, start)
        if w:
            words = s[w.end():start].split()
    if len(words) > 4:
        return False
    title = bool(words) and words[-1].lower() in PERSON_TITLES  # "Finance Minister", "Deputy Mayor"
    return all(w.lower() in _OBJECT_WORDS or _DEMONYM_WORD.fullmatch(w)
               or (title and (w[:1].isupper() or w.lower() in TITLE_WORDS)) for w in words)


#: what a verb of two parties was done, before "with" and the other party: "signed the agreement with",
#: "signed a pay deal with", "held talks with"
_DONE_WITH = regexstore.compile(r"\s+(?:(?:the|a|an|its|their|his|her|a\s+new)\s+)?(?:[a-z][\w-]*\s+){0,3}?with(?=\s)")


_DEMONYM_WORD = regexstore.compile(r"[A-Z][a-z]+(?:ese|ian|ish|ean|an|i)")


def _may_name(s: str, i: int, j: int) -> bool:
    """Whether a name the rules do not know may be a party of the trigger at
    ``s[i:j]`` (a capitalised word just before it, past auxiliaries or one
    adjective, or just after it; "he" or "she" before it; the trigger itself
    capitalised), so names are looked for only in sentences that may need them."""
    if s[i].isupper():
        return True
    after = _CAP_AFTER.match(s, j)
    if after and (s[j:after.end() - 1].split()[:1] in (["by"], ["as"]) or _BY_NEXT.match(s, j)
                  or _object_gap(s, j, after.end() - 1, True)):
        return True
    b, e, _ = _before_verb(s, i)
    if b < e and (s[b].isupper() or s[b:e].lower() in ("he", "she")
                  or _OWNER_OF_SUBJECT.search(s, max(0, b - 40), e)):
        return True
    if b == e and (a := _appositive(s, b)) is not None:
        b, e = _word_before(s, a)
        return b < e and s[b].isupper()
    if b == e and b > 0 and s[b - 1] == ",":  # "Vesland's Economy Minister, Tomas Reyk, signed"
        wb, we = _word_before(s, b - 1)
        if wb < we and s[wb].isupper():
            return True
    if s[b:e].lower() == "who" and (a := _relative_head(s, b)) is not None:
        b, e = _word_before(s, a)
        return b < e and s[b].isupper()
    aside = _ASIDE_AT.search(s, max(0, i - 60), i)
    if aside:  # "Miriam Tallqvist, speaking at a news conference"
        b, e = _word_before(s, aside.start())
        return b < e and s[b].isupper()
    b, e = _word_before(s, b)  # "Boeing's surprise announcement"
    return b < e and s[b].isupper()


#: a participial aside that puts the subject before it at the event after it: "Miriam Tallqvist,
#: speaking at a news conference", "The minister, addressing the summit"
_ASIDE_AT = regexstore.compile(r",\s+(?:speaking|appearing|talking|answering\s+questions)\s+(?:at|to|during|in|before|after)\s+"
                       r"(?:a|an|the|her|his|its|their)\s+(?:[\w’'-]+\s+){0,2}$|,\s+(?:addressing|attending)\s+"
                       r"(?:a|an|the|her|his|its|their)\s+(?:[\w’'-]+\s+){0,2}$")


def _named_parties(s: str, i: int, j: int, verb: bool, action: str, unknown, names: ArticleNames) -> list[str]:
    """The actors the rules do not know that a trigger's syntax points to: the
    subject just before an active verb (with those joined to it by "and"; "he"
    or "she" is the person named before it in the sentence), the agent after
    "by", the possessive before a noun; whom a meeting or call verb names next;
    who is elected, appointed or killed ("X was elected", "elected X")."""
    found = []
    if verb:
        b, e, passive = _before_verb(s, i)
        if not passive and _BY_NEXT.match(s, j) and s[i:j].lower().endswith("ed"):
            passive = True  # "the agreement signed there by ...": a participle, its agent after "by"
        named = _named_in_commas(s, b, unknown) if b == e else None
        if named is not None:
            b = e = named  # "Vesland's Economy Minister, Tomas Reyk, signed": the name in the commas
        elif b == e and (a := _appositive(s, b)) is not None:
            b = e = a  # "Mike Henry, BHP's chief executive, met"; "Anja Morvik, 46, was sworn in"
        elif s[b:e].lower() == "who" and (a := _relative_head(s, b)) is not None:
            b = e = a  # "Dr Ruto, who landed"
        elif b < e and s[b].islower() and (owner := _OWNER_OF_SUBJECT.search(s, max(0, b - 40), e)):
            b = e = owner.end(1)  # "Vantel's security team discovered": the company's
        if not passive or action in _UNDERGONE:
            k = next((k for k in range(len(unknown) - 1, -1, -1) if unknown[k].end == e), None)
            if k and unknown[k].type == "organisation" and unknown[k - 1].type == "person" \
                    and _OF_ORG.fullmatch(s, unknown[k - 1].end, unknown[k].start):
                k -= 1  # "Elena Varga-Lind of the Social Democratic Alliance met": the person, not her party
            while k is not None:
                found.append(unknown[k])
                prev, joined = k - 1, None
                while prev >= 0:
                    if _joined(s, unknown[prev].end, unknown[k].start):
                        joined = prev
                        break
                    if unknown[prev].type == "person":
                        break
                    prev -= 1  # past the country of a title: "and Ethiopia's Prime Minister Abiy Ahmed"
                k = joined
            if not found and not passive and s[b:e].lower() in ("he", "she"):  # "Dave Calhoun said he would"
                found += [n for n in unknown if n.end <= b and n.type == "person"][-1:]
            elif not found and not passive and _COMPANY_BEFORE.search(s, max(0, b - 12), e):
                found += [n for n in unknown if n.end <= b and n.type == "organisation"][-1:]  # "..., the company said"
        for k, n in enumerate(unknown):
            if _document(n):
                continue  # what was signed, not who signed it: "signed the Economic Partnership Agreement"
            if passive and s.startswith(("'s ", "’s "), n.end) and _AGENT_GAP.fullmatch(s, j, n.start):
                continue  # "signed by Ostrelia's foreign minister, Anton Selvic": the minister, not the country
            if n.start >= j and ((passive and _AGENT_GAP.fullmatch(s, j, n.start)) or (not passive and (
                    action in INTERACTIVE or action in _UNDERGONE) and _object_gap(s, j, n.start,
                                                                                action in INTERACTIVE))):
                if n.type == "organisation" and k + 1 < len(unknown) and unknown[k + 1].type == "person" \
                        and _TITLE_GAP.fullmatch(s, n.end, unknown[k + 1].start):
                    n = unknown[k + 1]  # "met Green Party leader Ana Rusek": the leader, not the party
                found.append(n)
                if passive and action in INTERACTIVE:  # "signed by Trade Minister Ilse Varnholt and Economy
                    for m in unknown[k + 1:]:  # Minister Tomas Reyk": each of them (past a country's name)
                        if m.type != "person" or m.name.split()[-1].lower() in TITLE_WORDS:
                            continue  # "Vesland's", "Agriculture Minister": on to the name
                        if not _joined(s, found[-1].end, m.start):
                            break
                        found.append(m)
                break
    else:
        b, e = _word_before(s, i)
        if b < e and not s[b].isupper():  # an adjective between: "Boeing's surprise announcement"
            b, e = _word_before(s, b)
        if s[b:e].endswith(("’s", "'s", "’", "'")):
            found += [n for n in unknown if b < n.end <= e][:1]
        elif aside := _ASIDE_AT.search(s, max(0, i - 60), i):  # "Miriam Tallqvist, speaking at a news conference"
            found += [n for n in unknown if n.end == aside.start()][:1]
        if action in INTERACTIVE and (between := _BETWEEN.match(s, j)):
            # "a video call on Monday between Kestrian President Ilyan Voss and Morvanian Prime Minister Radu
            # Castellan": the two parties, each past its title
            k = next((k for k, n in enumerate(unknown) if between.end() <= n.start <= between.end() + 40
                      and n.type == "person"), None)
            if k is not None:
                found.append(unknown[k])
                nxt = next((n for n in unknown[k + 1:] if n.type == "person" and _joined(s, unknown[k].end, n.start)),
                           None)
                if nxt is not None:
                    found.append(nxt)
    return [names.full_name(n.name) for n in dict.fromkeys(found)]


#: "between" (or "with") after a noun of meeting, past a time: "a video call on Monday between"
_BETWEEN = regexstore.compile(r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+)?\s+(?:between|with)\s+", re.I)


#: a verb of saying right before a time ("said on Friday"), and the "that" of what was said after it
_SAID_BEFORE = regexstore.compile(r"\b(?:said|says|told|announced|confirmed|added|explained|stated|wrote|"
                                  r"acknowledged|admitted)\s+$", re.IGNORECASE)
_THAT = regexstore.compile(r"\bthat\b")


#: a noun trigger that something was done to: the time after it dates that ("her resignation was accepted on
#: Wednesday", "the visit was announced on Monday"), not the event, unless the verb tells when the event is
#: ("the meeting was held on Tuesday", "the summit was postponed to March")
_ACTED_ON = regexstore.compile(r"\s+(?:was|were|has\s+been|had\s+been|have\s+been|is\s+being|was\s+being)\s+(?:\w+ly\s+)?"
                       r"(?!(?:held|scheduled|planned|slated|set|expected|due|staged|hosted|attended|convened|"
                       r"organi[sz]ed|arranged|rescheduled|moved|postponed|delayed|brought|timed|called|"
                       r"carried|conducted|completed|made|launched|opened|started|begun|finished|signed|"
                       r"reached|struck|concluded)\b)[a-z]+ed\b", re.I)


def _place(s: str, i: int, right: int, visit: bool, left: int) -> str | None:
    comma = s.find(",", right)
    m = _EXTEND.match(s, comma + 1) if comma >= 0 and ";" not in s[right:comma] else None
    spans = [(left if visit else i, right)]
    if m:
        nxt = _BOUND_RIGHT.search(s, m.end())
        spans.append((comma + 1, nxt.start() if nxt else len(s)))
    for a, b in spans:
        found = _place_in(s, a, b, visit)
        if found:
            return found
    fronted = _FRONTED_PLACE.match(s)  # "On Thursday, in the Volmark capital, Estrel, the two leaders signed"
    if fronted and fronted.end() <= i and left <= fronted.end() and not _NOT_PLACE.match(fronted.group(1)):
        return fronted.group(1)
    return None


def _clock_of(s: str, clocks: Sequence[ClockTime], i: int, j: int, left: int, right: int,
              earlier_ok: bool) -> str | None:
    """The time of day of the event whose trigger is ``s[i:j]``: as its date
    is read, the time nearest it in its clause (``left`` to ``right``), else
    the last one before the clause when an earlier date may date it ("At 3:47
    a.m. on Tuesday, the earthquake struck")."""
    pool = [c for c in clocks if left <= c.start < right] \
        or ([c for c in clocks if c.end <= left and not in_aside(s, c.start, c.end, i)][-1:] if earlier_ok else [])
    if not pool:
        return None
    c = min(pool, key=lambda c: min(abs(c.start - j), abs(i - c.end)))
    return describe_clock(c.low, c.high, c.zone)


def fronted_place(sentence: str) -> str | None:
    """The place a sentence opens with, before its subject ("In Northmark, 81.5 per cent of candidates
    passed", "In the United States, 96,500 vehicles are affected"), else None."""
    m = _FRONTED_PLACE.match(sentence)
    return m.group(1) if m and not _NOT_PLACE.match(m.group(1)) else None


#: a place the sentence opens with, before its subject: "In Estrel, ...", "On Thursday in the capital, Estrel, ..."
#: ("In the United States, ...", "In Nordmark alone, ...")
_FRONTED_PLACE = regexstore.compile(r"(?:(?:On|Late|Early)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?(?:[Ii]n|[Aa]t)\s+"
                            r"(?:the\s+(?=[A-Z]))?" + _PLACE_OF
                            + r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?:\s+alone)?\s*,")


def _place_in(s: str, start: int, stop: int, visit: bool) -> str | None:
    regex = _VISIT_PLACE if visit else _PLACE
    for m in regex.finditer(s, start):  # a name in commas after its noun may end past the clause
        if m.start() >= stop:
            break
        cand = re.sub(r"\s+(?:of|de|del)$", "", m.group(1).rstrip(".’'"))
        after = s[m.end():m.end() + 12].lstrip().lower()
        if _NOT_PLACE.match(cand) or s[m.end():m.end() + 2] in ("’s", "'s") or cand.endswith(("’s", "'s")) \
                or after.startswith(("summit", "meeting", "conference", "talks")) \
                or (len(cand) <= 3 and s[m.end():m.end() + 1] == "."):  # "St." of "St. Brennan's Hospital"
            continue
        return cand
    m = _SITE_PLACE.search(s, start, stop)  # "at the bank's Ostrand headquarters"
    return m.group(1) if m and not _NOT_PLACE.match(m.group(1)) else None


#: a place told as the town of an organisation's site: "at the bank's Ostrand headquarters"
_SITE_PLACE = regexstore.compile(r"\b(?:in|at)\s+(?:the\s+)?[\w-]+(?:’s|'s)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+"
                         r"(?:headquarters|offices?|residence|plant|factory|base|campus|compound|works)\b")


def _modality(s: str, left: int, i: int, j: int, right: int, verb: bool, after_invite: bool,
              low: str | None = None) -> str:
    before = s[left:i]
    lbefore, lower = (before, lambda rx: rx) if low is None else (low[left:i], _LOWER.__getitem__)
    future = _REPORTED_FUTURE.search(lbefore) if verb else None
    if future:  # "he said he would meet union leaders on Thursday": a plan told, not a condition
        lbefore = lbefore[:future.start()]
    if lower(_CONDITIONAL).search(lbefore) or (not verb and _CONDITIONAL.match(s[j:j + 12].lstrip())):
        return "conditional"
    if future:
        return "conditional" if _IF_AFTER.search(s, j) else "expected"
    if lower(_EXPECTED).search(lbefore) or (not verb and _EXPECTED.match(s[j:j + 14].lstrip())):
        return "expected"
    if after_invite or lower(_PLANNED).search(lbefore) or (verb and _INFINITIVE.search(before)):
        return "planned"
    return "reported" if _reported(s, low) else "asserted"


#: a word each _REPORTED phrase holds
_REPORTED_WORDS = ("reportedly", "allegedly", "purportedly", "said", "rumo")
_LAST_REPORTED: list = [None, False]


def _reported(s: str, low: str | None) -> bool:
    """``_REPORTED.search(s)``: once per sentence, and not at all in a lowercased
    sentence without one of its words."""
    if _LAST_REPORTED[0] == s:
        return _LAST_REPORTED[1]
    found = (low is None or any(w in low for w in _REPORTED_WORDS)) and bool(_REPORTED.search(s))
    _LAST_REPORTED[:] = (s, found)
    return found


#: a past participle right before a time: the time is that verb's ("published on Tuesday")
DAY_OF_VERB = regexstore.compile(r"\b[a-z]{3,}ed\s+(?:(?:late|early)\s+)?(?:on\s+)?$")


def extract_events(sentence: str, published: date | None, entities: Sequence[Entity],
                   event_types: Sequence[EventType], *,
                   context_actors: Sequence[str] = (),
                   told: Mapping[str, tuple[str, ...]] | None = None,
                   names: ArticleNames | None = None) -> list[Event]:
    """The events told in ``sentence`` (see the module docstring for the rules).

    ``context_actors``: who the article named last, for "he" or "the two
    leaders"; ``told``: the actors of the last event of each action told
    before in the article, for "the meeting" or "their talks"; ``names``: the
    article's proper names (:mod:`factcheck.names`), for actors the rules do
    not list (None: known entities only)."""
    tm = _trigger_matcher(event_types)
    low = _lowered(sentence)
    hits = _trigger_spans(tm, sentence, low)
    if not hits:
        return []
    if any(_NOT_ALWAYS.match(sentence, i) for i, _ in hits):
        hits = [h for h in hits if _told_so(sentence, *h)]
        if not hits:
            return []
    if len(hits) > 1:  # "the earthquake struck at 3:47 a.m. on Tuesday": the hazard's verb, not a trigger
        hits = [h for h in hits if not _hazard_verb(tm, sentence, h)] or hits
    starts = [h[0] for h in hits]  # where each trigger's actors stop: at the next trigger, kept or not
    if len(hits) > 1:
        hits = _without_objects(tm, sentence, hits)
    types = _entity_matcher(entities).types
    ments = _mentions(sentence, entities, types, context_actors)
    unknown = None  # the names the rules do not know: found when a trigger may need them
    times = [t for t in find_times(sentence, published) if t.date_start is not None]
    clocks = find_clock_times(sentence)
    context = tuple(context_actors)
    pronoun = _SINGULAR.search(sentence) if names is not None else None
    if pronoun and not any(types.get(n) == "person" and x < pronoun.start() for x, _, n, k in ments if k == "actor"):
        # "Larry Kellner told the board he would": he is the person the sentence named before, known or not
        unknown = find_names(sentence, ments, names)
        here = [names.full_name(n.name) for n in unknown if n.type == "person" and n.end <= pronoun.start()]
        context = tuple(dict.fromkeys(here[:1] + list(context)))
    plural = _PEOPLE_PLURAL.search(sentence) if names is not None else None
    if plural and len({n for x, _, n, k in ments if k == "actor" and types.get(n) == "person"
                       and x < plural.start()}) < 2:
        # "Fumio Kishida and President Yoon Suk Yeol agreed ..., as they met": they are the people
        # the sentence named before, known or not
        if unknown is None:
            unknown = find_names(sentence, ments, names)
        known = [n for x, _, n, k in ments if k == "actor" and types.get(n) == "person" and x < plural.start()]
        here = [names.full_name(n.name) for n in unknown if n.type == "person" and n.end <= plural.start()]
        if here:
            context = tuple(dict.fromkeys(known + here + list(context)))
    out: list[Event] = []
    invite_end = None
    for k, (i, j) in enumerate(hits):
        trigger = sentence[i:j]
        surface = " ".join(trigger.lower().split())
        action, verb = tm.lookup.get(surface, (None, False))
        if action is None:
            continue
        if not verb and surface in tm.verb_of and _OBJECT_AFTER.match(sentence, j) \
                and (_VERB_SLOT.search(sentence, max(0, i - 16), i)
                     or _NAME_BEFORE.search(sentence, max(0, i - 30), i)):
            if _HAZARD_BEFORE.search(sentence, max(0, i - 60), i):
                continue  # "the strongest typhoon to strike the province": the storm's verb, neither
            action, verb = tm.verb_of[surface], True  # "Russia will strike Kyiv": the verb of an attack, no walkout
        if names is not None and unknown is None and _may_name(sentence, i, j):
            unknown = find_names(sentence, ments, names)
        if unknown and any(n.start < i and j <= n.end and (n.type == "person" or _document(n)) for n in unknown):
            continue  # a surname: "Stan Deal"; a document's name: "the Economic Partnership Agreement"
        if not verb and (action, surface) in tm.types and (
                _VERB_SLOT.search(sentence, max(0, i - 16), i)
                or (surface.endswith("s") and _NAME_BEFORE.search(sentence, max(0, i - 30), i)
                    and _OBJECT_AFTER.match(sentence, j))):
            verb = True  # "to visit", "will visit", "Varden visits Saltmere": the verb of the same type
        if verb and surface in _OTHER_WORD_FIRST and not _VERB_SLOT.search(sentence, max(0, i - 16), i):
            continue  # "a fine of", "the fines", "it is fine": the verb only after "to" or a modal ("will fine")
        if verb and surface == "presented" and _GIVEN_WITH.match(sentence, j):
            continue  # "was presented with an award"
        pre = sentence[max(0, i - 12):i]
        if (verb and _used_as_noun(sentence, i, j)) or (not verb and _INFINITIVE.search(pre)):
            continue  # "any signs of", "to launch": the other part of speech
        if not verb and _SHARE_OF.search(sentence, max(0, i - 40), i):
            continue  # "31.8 per cent of the vote", "a majority of the popular vote": the votes cast, not the event
        if verb and action in tm.agentless and _FIGURE_AFTER.match(sentence, j):
            continue  # "shares sank 5%", "sales exploded to a record": a change of a figure, no accident
        if action == "invasion" and (_hazard_before(sentence, i) or _labour_strike(sentence, i, j)):
            continue  # "an earthquake struck", "a heart attack", "the port strike": no one attacks
        left, right = _clause(sentence, i, j, low)
        clause_right = right
        if k + 1 < len(hits) and not (verb and (_object_of_kind(tm, sentence, hits[k], hits[k + 1], action)
                                                or _MEANS_NOUN.fullmatch(sentence, j, hits[k + 1][0]))):
            dated_right = min(right, max(j, hits[k + 1][0]))  # not into the next event's words
        else:  # "signed a trade agreement in Estrel on Thursday": the date reaches past the verb's object
            dated_right = right
        right = min(right, max(j, next((x for x in starts if x > i), right)))
        after_invite = invite_end is not None and i >= invite_end
        if action in tm.agentless:  # "the train derailed": no one did it
            actors = []
        else:
            actors = []
            if not verb:  # the noun's own phrase: "Moscow's invasion of Ukraine"
                actors = [n for x, y, n, k in ments if k == "actor" and (
                    (left <= x and y <= i and not _FOUR_WORDS.search(sentence, y, i))
                    or (j <= x and y <= right))]
                actors += _actors_in(sentence, i, right, [], types, (), low)
            if after_invite:
                actors = [n for x, y, n, k in ments if k == "actor" and invite_end <= x and y <= i][:1] or actors
            if not actors or (action in INTERACTIVE and len(set(actors)) < 2):
                # a passive verb's "his" or "her" after it is the one it was done to ("was arrested at his home")
                told_to = verb and _before_verb(sentence, i)[2]
                actors = list(dict.fromkeys(actors + _actors_in(sentence, left, right, ments, types, context, low,
                                                                refer_to=i if told_to else None)))
            if unknown:  # "Boeing announced", "Boeing's announcement", "met Ana Costa", "announced by Boeing"
                actors = list(dict.fromkeys(actors + _named_parties(sentence, i, j, verb, action, unknown, names)))
            if verb and not actors:
                actors = [n for _, _, n, k in ments if k == "actor"][:2]
            if not actors:  # the subject a relative clause hangs on: "Xi, who entered ..."
                actors = [n for x, y, n, k in ments if k == "actor" and y <= left][-1:]
            if not actors and not verb and left == 0 and sentence.startswith(",", clause_right) \
                    and _FRONTED.match(sentence):
                actors = _next_subject(sentence, clause_right + 1, ments, types, context, low)  # "In a speech, Xi said"
            if not actors and verb and context and _before_verb(sentence, i)[2] \
                    and not _AGENT_GAP.match(sentence, j):  # "was announced": by the organisation the article is about
                actors = [n for n in context if types.get(n) == "organisation"][:1]
            if not actors:  # the subject the sentence opens with: "They ..., pointing in public statements to ..."
                lead = _LEAD_SUBJECT.match(sentence, 0, i)
                actors = list(dict.fromkeys(_referred(sentence, 0, lead.end(), ments, types, context, low))) \
                    if lead else []
            if not actors and names is not None and (
                    _AND_BEFORE.search(sentence, max(0, i - 12), i) if verb
                    else _HANGS_ON.search(sentence, max(0, i - 40), i)):
                # the subject, a name the rules do not list opening the sentence, of the verb the trigger is
                # joined to ("Health Minister Adrian Kossel said the offer was "fair" and urged nurses to
                # return") or of the clause the noun's phrase hangs on ("Easterbrook City Council has approved
                # the line, after a vote of 38 to 17"; not a name after a quote's mark)
                if unknown is None:
                    unknown = find_names(sentence, ments, names)
                opening = next((n for n in unknown if n.start <= _LEAD_REACH), None)
                if opening is not None and opening.type in ("person", "organisation") and opening.end < i \
                        and (verb or not _MARK_BEFORE.search(sentence, 0, opening.start)) \
                        and not any(x < i and k == "actor" for x, _, _, k in ments):
                    actors = [names.full_name(opening.name)]
            if action in INTERACTIVE and len(set(actors)) < 2:  # the people of the sentence, then its "he" or "they"
                actors = list(dict.fromkeys(actors + _people(ments, types)))
                if len(actors) < 2:
                    actors = list(dict.fromkeys(actors + _referred(sentence, 0, len(sentence), ments, types, context,
                                                                   low)))
            before = told.get(action) if told and not verb else None
            if before and (not actors or (action in INTERACTIVE and len(set(actors)) < 2)):
                det = _DETERMINER.search(sentence, max(0, i - 30), i)
                if det and (det.group(1).lower() not in ("a", "an") or (actors and set(actors) < set(before))):
                    actors = list(dict.fromkeys(actors + list(before)))  # "the meeting"; "in a video call, Putin said"
        if action == "invitation" and verb:
            invite_end = j
        # time: nearest in the clause, else in the sentence
        in_clause = [t for t in times if left <= t.start < dated_right]  # "February 24, 2022" holds a comma
        if verb and in_clause:  # not the year of the verb's object: "presented a 2026 budget on Wednesday"
            in_clause = [t for t in in_clause if not (
                t.start > j and t.end - t.start == 4 and sentence[t.start:t.end].isdigit()
                and _YEAR_OF_NOUN.search(sentence, max(0, t.start - 8), t.start)
                and _NOUN_AFTER.match(sentence, t.end))]
        if not verb and _ACTED_ON.match(sentence, j):  # "her resignation was accepted on Wednesday": the acceptance's
            in_clause = [t for t in in_clause if t.end <= i]
        # not a time before a clause that opens "before", "after", "since" or "until": "said yesterday that
        # the train was travelling fast moments before it left the tracks" does not date the derailment
        earlier_ok = not _TIME_CLAUSE.search(sentence, max(0, left - 8), left) \
            and not (verb and _RELATIVE_VERB.search(sentence, max(0, i - 30), i))
        earlier = [t for t in times if t.end <= left and not in_aside(sentence, t.start, t.end, i)] \
            if earlier_ok else []
        # (nor the time of the clause a relative clause hangs on: "Police on Wednesday arrested the captain
        # of the ship that collided with a tanker" does not date the collision; nor the time of a relative
        # clause in commas before it: "Olbrand, who had led Sarnogrid since 2021, announced his departure")
        pool = in_clause or earlier[-1:]
        if pool:  # "65 percent contained by Thursday morning": a bound of a state, not the day the event happened
            pool = [t for t in pool if not _BY_TIME.search(sentence, max(0, t.start - 24), t.start)]
        # a day told as an owner ("followed Tuesday's report") dates what it owns: the event only when that
        # is the event's own word ("Sunday's regional election")
        pool = [t for t in pool if sentence[t.end - 2:t.end] not in ("'s", "’s") or t.end <= i <= t.end + 40]
        if not verb:  # nor does the day of another verb before a noun ("results published on Tuesday confirmed
            # ... the winner of the regional election")
            pool = [t for t in pool if t.start > i or not DAY_OF_VERB.search(sentence, max(0, t.start - 30), t.start)]
            # nor the day of a figure's change after it ("the number of people confirmed dead in the landslide
            # that buried the village rose to 34 on Friday": Friday is the rise's, not the landslide's)
            pool = [t for t in pool if t.start < j or not _changed_between(sentence, j, t.start)]
            # nor the day of saying before a clause that tells of the noun ("said on Friday that the outage was
            # caused by the company's own error": Friday is the saying's)
            pool = [t for t in pool if t.start > i or not (_SAID_BEFORE.search(sentence, max(0, t.start - 16), t.start)
                                                           and _THAT.search(sentence, t.end, i))]
        t = min(pool, key=lambda t: min(abs(t.start - j), abs(i - t.end))) if pool else None
        d0, d1 = (t.date_start, t.date_end) if t else (None, None)
        clock = _clock_of(sentence, clocks, i, j, left, dated_right, earlier_ok) if clocks else None
        negated = bool(_NEG_VERB.search(sentence, left, i) if verb else _NEG_NOUN.search(sentence, left, i))
        modality = _modality(sentence, left, i, j, right, verb, after_invite, low)
        if negated and modality == "planned":
            modality = "asserted"  # "refused to condemn"
        if modality in ("asserted", "reported") and published and d0 and d0 > published:
            modality = "planned"
        place = _place(sentence, i, clause_right, action == "visit", left)
        out.append(Event(i, j, tuple(sorted(set(actors))), action, d0, d1, place,
                         "negative" if negated else "positive", modality, trigger, clock))
    return out
