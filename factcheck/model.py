"""Records that flow between the stages: plain, frozen data with no logic.

Every stage takes these and returns these; only ingest reads files and only the
writers in :mod:`factcheck.report` write them.
"""
from __future__ import annotations

import sys
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum
from itertools import repeat
from operator import attrgetter


def _quick_pickle(cls):
    """Pickle a frozen record as the tuple of its field values, restored without
    the per-object field lookups of the generic dataclass state (a cache or a
    worker process moves hundreds of thousands of claims)."""
    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names)
    set_field = object.__setattr__
    n = len(names)

    def __getstate__(self):
        return get(self)

    def __setstate__(self, state):
        deque(map(set_field, repeat(self, n), names, state), 0)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


class Kind(str, Enum):
    QUANTITY = "quantity"
    EVENT = "event"
    QUOTE = "quote"


class Verdict(str, Enum):
    AGREE = "agree"
    DIVERGE = "diverge"
    UNSOURCED = "unsourced"
    SINGLE_SOURCE = "single_source"
    RULE_CONFIRMED = "rule_confirmed"
    RULE_VIOLATED = "rule_violated"


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


#: ``--fail-on`` levels, lowest first; ``never`` never fails.
FAIL_LEVELS = ("never", "info", "warning", "error")


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Article:
    """One input file, decoded. Offsets everywhere else point into ``text``."""

    id: str  # the path as given, POSIX style
    path: str
    text: str
    outlet: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    dateline: str | None = None
    #: character ranges of ``text`` that hold article prose (front matter,
    #: header lines and boilerplate such as "See also" links are left out)
    body: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    index: int  # position in the article, from 0
    paragraph: int  # paragraph number in the article, from 0
    start: int  # character offsets into Article.text
    end: int
    line: int  # 1-based line of ``start``
    text: str  # == Article.text[start:end]


@_quick_pickle
@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy statement: a quantity, an event or a quote.

    ``low``/``high`` are the interval the words allow (``None`` = open side);
    ``value`` is the figure as stated (the midpoint for a stated range).
    """

    id: str
    article: str
    kind: Kind
    text: str  # exact span: Article.text[start:end]
    start: int
    end: int
    line: int
    sentence: str
    sentence_start: int
    sentence_index: int
    paragraph: int
    outlet: str | None = None
    published: date | None = None
    subject: str = ""
    # quantity
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str | None = None
    dimension: str | None = None
    hedge: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    direction: str | None = None  # "up" | "down" | None
    compared_with: str | None = None
    checkworthy: float = 0.0
    #: the same figure stated again in another unit in the same place,
    #: e.g. ("2300 mi2 > 5957 km2",); judged for internal consistency
    alternates: tuple[tuple[float | None, float | None, str], ...] = ()
    # attribution (all kinds)
    attribution: str | None = None
    # event
    actors: tuple[str, ...] = ()
    action: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    time: str | None = None  # the time of day an event's account gives ("03:47", "19:00-19:30 GMT")
    place: str | None = None
    polarity: str | None = None  # "positive" | "negative"
    modality: str | None = None  # "asserted" | "expected" | "planned" | "conditional"
    # quote
    speaker: str | None = None
    quote: str | None = None
    quote_kind: str | None = None  # "direct" | "paraphrase"


def claim_order(c: Claim) -> tuple:
    """The order claims are compared, clustered and listed in: by publication
    date, article and place in the article, the id breaking the last ties.

    Not the id alone: ids hash the article's path as given, so the same
    articles read from another folder would be taken in another order, and
    complete linkage, which takes equal links in this order, could group them
    otherwise."""
    return (c.published or date.max, c.article, c.start, c.end, c.kind.value, c.id)


#: links of a cluster kept in full in its explanation (and entries of a
#: finding's pairwise lists written out); the rest are counted. Enough to
#: show why claims were matched: a cluster of 400 claims has 79,800 links
LINKS_KEPT = 20


class Link(Mapping):
    """One link of a cluster's explanation, read as the dict it stands for:
    ``{"a", "b", "score", "why", "strong"}``, then the matcher's ``subjects``
    and ``token_sort_ratio`` of two figures and what else it says of them, in
    that order. A record of slots, not a dict: clusters keep
    :data:`LINKS_KEPT` links each, millions in a large corpus (a dict of seven
    keys and its list of two subjects take 340 bytes; this, 104). Equal to the
    dict it stands for."""

    __slots__ = ("a", "b", "score", "why", "strong", "subject_a", "subject_b", "ratio", "more")

    def __init__(self, a: str, b: str, score: float, why: str, strong: bool, info: dict | None = None):
        self.a, self.b, self.score, self.strong = a, b, score, strong
        self.why = sys.intern(why)  # a few hundred reasons, given to millions of links
        self.subject_a = self.subject_b = self.ratio = self.more = None
        items = list(info.items()) if info else []
        if len(items) >= 2 and items[0][0] == "subjects" and items[1][0] == "token_sort_ratio" \
                and isinstance(items[0][1], list) and len(items[0][1]) == 2 and items[1][1] is not None:
            (self.subject_a, self.subject_b), self.ratio = items[0][1], items[1][1]
            items = items[2:]
        if items:
            self.more = tuple(items)

    def _pairs(self):
        yield "a", self.a
        yield "b", self.b
        yield "score", self.score
        yield "why", self.why
        yield "strong", self.strong
        if self.ratio is not None:
            yield "subjects", [self.subject_a, self.subject_b]
            yield "token_sort_ratio", self.ratio
        if self.more:
            yield from self.more

    def __getitem__(self, key: str):
        for k, v in self._pairs():
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self):
        return (k for k, _ in self._pairs())

    def __len__(self) -> int:
        return 5 + (2 if self.ratio is not None else 0) + len(self.more or ())

    def items(self):  # the pairs in order, without a lookup per key
        return list(self._pairs())

    def __repr__(self) -> str:
        return repr(dict(self._pairs()))

    def __reduce__(self):
        return _link, (self.a, self.b, self.score, self.why, self.strong, self.subject_a, self.subject_b, self.ratio,
                       self.more)


def _link(a, b, score, why, strong, subject_a, subject_b, ratio, more) -> Link:
    """A :class:`Link` from its slots (unpickling)."""
    link = Link.__new__(Link)
    link.a, link.b, link.score, link.why, link.strong = a, b, score, sys.intern(why), strong
    link.subject_a, link.subject_b, link.ratio, link.more = subject_a, subject_b, ratio, more
    return link


class ClaimRows(Mapping):
    """Claim id -> ``row(claim)`` for each of ``claims``, in order: what a
    finding's details tell of each claim of a cluster (its event as read, its
    quote's version), made when read or written, not kept. Clusters hold up to
    hundreds of claims, and the rows copy what the claims hold already (at
    100,000 articles, 260 MB of dicts). Equal to the dict it stands for.
    ``row`` is a module-level function, so that the rows can be pickled."""

    __slots__ = ("claims", "row")

    def __init__(self, claims, row):
        self.claims, self.row = tuple(claims), row

    def __getitem__(self, cid: str) -> dict:
        for c in self.claims:
            if c.id == cid:
                return self.row(c)
        raise KeyError(cid)

    def __iter__(self):
        return (c.id for c in self.claims)

    def __len__(self) -> int:
        return len(self.claims)

    def items(self):  # the rows in order, without a lookup per id
        return [(c.id, self.row(c)) for c in self.claims]

    def __repr__(self) -> str:
        return repr(dict(self.items()))

    def __reduce__(self):
        return ClaimRows, (self.claims, self.row)


class ClaimList(Sequence):
    """``[row(claim) for claim in claims]``, made when read or written (see
    :class:`ClaimRows`). Equal to the list it stands for."""

    __slots__ = ("claims", "row")

    def __init__(self, claims, row):
        self.claims, self.row = tuple(claims), row

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self.row(c) for c in self.claims[i]]
        return self.row(self.claims[i])

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self):
        return map(self.row, self.claims)

    def __eq__(self, other) -> bool:
        if isinstance(other, (list, ClaimList)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self):
        return ClaimList, (self.claims, self.row)


@dataclass(frozen=True, slots=True)
class Cluster:
    """Claims from different places that speak of the same thing.

    ``explain["links"]`` holds the first :data:`LINKS_KEPT` links (pairs of
    members in id order) and ``explain["links_total"]`` counts them all when
    there are more; ``strong`` keeps, for every pair of members in that order,
    whether its link is strong enough for a divergence (one byte a pair, so a
    cluster of hundreds of claims does not hold tens of thousands of link
    records). An empty ``strong`` means: read it from ``explain["links"]``.
    """

    id: str
    key: str  # the blocking key that brought them together
    claims: tuple[str, ...]  # claim ids
    score: float  # weakest link match score, 0..100
    explain: dict = field(default_factory=dict, compare=False, hash=False)
    strong: bytes = field(default=b"", compare=False, hash=False, repr=False)
    #: links from members to claims the complete linkage left out of the cluster
    #: ((member, other) ids, strongest first, at most OUTSIDE_KEPT per member)
    outside: tuple = field(default=(), compare=False, hash=False, repr=False)


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # fingerprint of verdict + claims' content (not positions)
    verdict: Verdict
    severity: Severity
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    message: str
    rule: str | None = None
    cluster: str | None = None
    details: dict = field(default_factory=dict, compare=False, hash=False)


# ---------------------------------------------------------------------------
# Rules: what rules/*.yaml load into (see factcheck.rules for the loader)
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, state or organisation and the names it goes by."""

    id: str
    name: str
    type: str = "other"  # person | state | organisation | place | other
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Metric:
    """Something that is measured, named in many ways."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    dimension: str | None = None  # expected unit dimension
    tolerance_abs: float | None = None
    tolerance_rel: float | None = None
    #: the metric is itself a rate of change ("inflation"): "prices rose 5%" states its level
    rate_of_change: bool = False
    #: the noun a bare figure of this metric counts: "the death toll rose to 56" counts people
    counts: str | None = None
    #: a running count that may fall from one day to the next as well as rise (missing people found,
    #: evacuees back home): told lower by an article of a later day, it is not a divergence either
    may_fall: bool = False


@dataclass(frozen=True, slots=True)
class EventType:
    """An action class and the words that express it."""

    id: str
    label: str
    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    #: one actor often does it several times a week (statements, attacks,
    #: product releases): two accounts dated differently are then the same
    #: occurrence only if their sentences tell the same thing
    recurs: bool = False
    #: False: it happens without anyone doing it (accidents, disasters): no
    #: actors are read for it; its accounts are compared by date and sentence
    actors: bool = True
    #: the actor goes from place to place doing it (visits): two accounts that
    #: place it in different places on different days are two stops of a
    #: journey, not one event dated two ways
    travels: bool = False
    #: a story tells it once (an evacuation order): two outlets that give it
    #: to two people disagree, however each tells the rest of its sentence
    once: bool = False


@dataclass(frozen=True, slots=True)
class Outlet:
    id: str
    name: str
    patterns: tuple[str, ...] = ()  # regular expressions that recognise it in text


@dataclass(frozen=True, slots=True)
class Fact:
    """A reference value a newsroom has verified."""

    id: str
    kind: Kind
    subject: str  # metric id or free phrase for quantities; event type for events
    source: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    actors: tuple[str, ...] = ()  # entity ids, events
    date_start: date | None = None
    date_end: date | None = None
    place: str | None = None
    tolerance_abs: float | None = None
    tolerance_rel: float | None = None
    severity: Severity = Severity.ERROR
    file: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Tolerance:
    abs: float = 0.0
    rel: float = 0.0


@dataclass(frozen=True, slots=True)
class Policy:
    #: how far an open bound reaches, relative: "more than 100" -> (100, 100 * (1 + reach)]
    open_bound_reach: float = 0.5
    #: half-width of "about 19%", relative to the value
    about_width: float = 0.05
    #: how far below the figure "nearly 16%" reaches, relative
    nearly_width: float = 0.1
    #: tolerance per unit dimension; "default" applies to any other
    tolerances: dict = field(default_factory=lambda: {"default": Tolerance(0.0, 0.01)})
    date_tolerance_days: int = 0
    #: minutes by which two times of day of one event on one day may differ and still agree
    time_tolerance_minutes: int = 10
    attribution_carry_over: bool = True
    #: claims at or above this check-worthiness need a source
    source_required_from: float = 0.65
    match_threshold: float = 70.0
    severity: dict = field(
        default_factory=lambda: {
            "agree": Severity.INFO,
            "diverge": Severity.ERROR,
            "unsourced": Severity.WARNING,
            "single_source": Severity.INFO,
            "rule_confirmed": Severity.INFO,
            "rule_violated": Severity.ERROR,
        }
    )
    fail_on: str = "warning"
    #: a plain figure sitting exactly on the open edge of a hedge ("10" vs
    #: "more than 10") agrees: plain figures in news copy are rounded
    open_edges_touch: bool = True
    #: a figure written in digits allows the rounding of its last digit
    #: ("18 km" may be 18.4 km, "84,000" may be 83,500), up to 5% of it
    implied_precision: bool = True
    #: subject score (0..100) two quantity claims need before their figures may
    #: be called divergent; weaker matches can only agree
    diverge_threshold: float = 85.0
    #: word similarity (0..100) from which two quotes of one speaker are one quote
    quote_match_threshold: float = 70.0
    #: word similarity (0..100) from which two versions of a quote are the same wording
    quote_same_threshold: float = 90.0
    #: severity of a matched quote whose wording differs between outlets
    reworded_quote_severity: Severity = Severity.WARNING
    #: severity of two outlets' figures that their hedges let both stand but that differ
    #: only as a slip of the keys would make them differ ("at least 248" and "284")
    possible_slip_severity: Severity = Severity.WARNING
    #: severity of a divergence between figures whose outlets name two different sources for them
    #: ("magnitude 6.7", the monitoring centre said; "6.8", according to the national institute)
    sources_differ_severity: Severity = Severity.WARNING
    #: claim kinds that need a named source (or a second outlet, or a fact)
    source_required_kinds: tuple[str, ...] = ("quantity",)
    #: largest block of candidates scored as one; larger blocks are split, and
    #: what still does not fit is dropped and counted in the match stats
    max_block_size: int = 400
    #: claims less check-worthy than this (incidental numbers) are not matched
    min_checkworthy_match: float = 0.3
    #: two accounts of one action by the same actors whose dates lie further
    #: apart than this are two events, not one event dated differently
    event_window_days: int = 7
    #: share of content words (of the shorter sentence) two accounts of an
    #: action that recurs must have in common before their dates or places may
    #: diverge ("Apple announced a phone on Monday" and "Apple announced a
    #: free case on Wednesday" are two announcements)
    recurring_event_overlap: float = 0.34
    #: figures without a period of their own, and quotes, speak of the time
    #: they were published: from articles published further apart than this
    #: many days, they are about different moments and are never matched
    story_window_days: int = 31


@dataclass(frozen=True, slots=True)
class RuleSet:
    entities: tuple[Entity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    event_types: tuple[EventType, ...] = ()
    outlets: tuple[Outlet, ...] = ()
    facts: tuple[Fact, ...] = ()
    policy: Policy = field(default_factory=Policy)
    files: tuple[str, ...] = ()
    #: things in the rules that are allowed but probably wrong (an actor of a
    #: fact that is not a known entity, an alias shared by two entities)
    warnings: tuple[str, ...] = ()
