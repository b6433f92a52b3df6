"""Claims about the same thing, across articles: blocking keys, then rapidfuzz.

1. **Blocking.** Each claim gets blocking keys: a quantity its canonical unit
   (for a counted noun, its head: :func:`unit_key`) and the metric its
   subject names (or, without a metric, the entities it names, or its unit
   alone); an event its action; a quote its speaker. Only
   claims that share a key are compared, never everything with everything. A
   block larger than the policy's ``max_block_size`` is split by year; what
   still does not fit is cut into chunks, and the pairs across chunks that are
   never compared are counted in the stats (``pairs_dropped``).
2. **Scoring.** One block is scored at once (:func:`score_block`): subjects
   (aliases of metrics and entities rewritten to canonical names first) go
   through ``rapidfuzz.process.cdist``. Pairs from one sentence, with different
   periods, different metrics or opposite polarity are never linked.
3. **Clustering.** Strong links are taken first, then the highest scores; a
   claim joins a cluster only when it is linked to *every* member (complete linkage), so A~B and B~C
   never put A and C together when A and C are not alike.

Every link keeps its explanation (keys, scorer, score, whether it is strong
enough for a divergence); clusters carry the first of them in
``Cluster.explain`` and the strength of every link in ``Cluster.strong``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache
from math import isfinite
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from factcheck import regexstore
from factcheck.lexicon import PART_OF_WHOLE
from factcheck.model import LINKS_KEPT, Claim, Cluster, Kind, Link, RuleSet, claim_order
from factcheck.numchange import CHANGE_FILLERS, EARLIER_LEVEL
from factcheck.textutil import fingerprint

if TYPE_CHECKING:  # numpy is imported only where a large block needs it
    import numpy as np

_WORDS = regexstore.compile(r"[^\w%]+")


class Pair(NamedTuple):
    """A link between two claims: the keys that brought them together and the
    score (a tuple: a large block makes millions of them)."""

    a: str
    b: str
    key: str
    score: float
    why: str
    strong: bool = False
    info: dict | None = None  # more of the explanation, when there is more


class AliasNormaliser:
    """Rewrites metric and entity aliases in a text to canonical names, and
    tells which metrics and entities a text names."""

    def __init__(self, rules: RuleSet):
        table: dict[str, tuple[str, str]] = {}
        for e in rules.entities:
            for alias in (e.name, e.id, *e.aliases):
                table.setdefault(alias.casefold(), ("entity", e.name))
        for m in rules.metrics:
            for alias in (m.name, *m.aliases):
                table[alias.casefold()] = ("metric", m.name)
        self._table = table
        self._metric_ids = {m.name: m.id for m in rules.metrics}
        #: the ids of metrics that are rates of change ("inflation")
        self.rates = frozenset(m.id for m in rules.metrics if m.rate_of_change)
        self._entity_types = {e.name: e.type for e in rules.entities}
        alts = sorted(table, key=len, reverse=True)
        self._re = regexstore.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + r")(?!\w)") if alts else None
        self._cache: dict[str, tuple[str, frozenset, frozenset]] = {}
        self._last: tuple = (None, None)

    def analyse(self, text: str) -> tuple[str, frozenset, frozenset]:
        """(normalised text, metric ids named, entity names named)."""
        hit = self._cache.get(text)
        if hit is not None:
            return hit
        if text == self._last[0]:  # asked twice in a row once the cache is full
            return self._last[1]
        low = text.casefold()
        metrics: set[str] = set()
        entities: set[str] = set()
        if self._re is not None:
            def sub(m: re.Match) -> str:
                kind, name = self._table[m.group(0)]
                (metrics.add(self._metric_ids[name]) if kind == "metric" else entities.add(name))
                return name.casefold()
            low = self._re.sub(sub, low)
        # a word once: "gross domestic product (GDP)" and "GDP" name one thing
        out = (" ".join(dict.fromkeys(map(_singular, _WORDS.sub(" ", low).split()))), frozenset(metrics),
               frozenset(entities))
        if len(self._cache) < 100_000:
            self._cache[text] = out
        else:
            self._last = (text, out)
        return out

    def __call__(self, text: str) -> str:
        return self.analyse(text)[0]

    def entity(self, text: str | None) -> tuple[str | None, str | None]:
        """(canonical name, type) of the entity ``text`` names, or (None, None)."""
        if not text:
            return None, None
        hit = self._table.get(text.casefold())
        if hit and hit[0] == "entity":
            return hit[1], self._entity_types.get(hit[1])
        return None, None


def change_basis(c: Claim) -> str | None:
    """What a stated change is measured against, when the text says: "year"
    ("from a year earlier", "year-on-year"), "month" ("on the month"),
    "quarter"; "additional" for a count added to another ("5,000 more soldiers"); None
    otherwise. Changes on different bases are different figures, and a count added is no total."""
    if not c.direction or not c.compared_with:
        return None
    return _basis_named(c.compared_with)


#: the longest period a change on the quarter or on the month can be of, in days
BASIS_SPAN = {"quarter": 100, "month": 35}


def basis_fits(basis: str | None, other: Claim) -> bool:
    """Whether a change on ``basis`` can measure the period of ``other``: a
    change on the quarter is of one quarter, not of a half year ("expanded
    2.1% quarter on quarter" and "grew 4.6% in the first half")."""
    span = BASIS_SPAN.get(basis) if basis else None
    if span is None or other.period_start is None or other.period_end is None:
        return True
    return (other.period_end - other.period_start).days + 1 <= span


@lru_cache(maxsize=4096)
def _basis_named(compared_with: str) -> str | None:
    basis = compared_with.lower()
    for word, kind in (("three months", "quarter"), ("12 months", "year"), ("twelve months", "year"),
                       ("year", "year"), ("annual", "year"), ("month", "month"), ("quarter", "quarter"),
                       ("additional", "additional")):
        if word in basis:
            return kind
    return None


def _singular(word: str) -> str:
    """A plural word of a subject in the singular, by its ending ("exports" and
    "export revenue", "shipments" and "shipment"), and a verb's "-ed" or "-ing"
    form in its stem ("houses destroyed" and "destroying 14 houses"); both
    sides of a comparison are folded alike, so a word folded wrongly ("news",
    "speed") stays comparable."""
    if len(word) > 3 and word[-1] == "s" and not word.endswith(("ss", "us", "is")):
        word = word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word[:-1]
    return verb_stem(word)


def verb_stem(word: str) -> str:
    """A verb's "-ed" or "-ing" form in its stem ("destroyed", "destroying": "destroy"; "signed" and "the
    signing"); any other word as it is."""
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 4 and word.endswith("ed") and not word.endswith("eed"):
        return word[:-3] + "y" if word.endswith("ied") else word[:-2]
    return word


def unit_key(claim: Claim) -> str | None:
    """The unit claims are compared in: the unit, or for a counted noun its
    head ("six bilateral agreements" and "seven agreements" both count
    agreements; the words before the head stay in the subject)."""
    unit = claim.unit
    if unit and claim.dimension == "count" and " " in unit:
        return unit.rsplit(" ", 1)[1]
    return unit


def blocking_keys(claim: Claim, norm: AliasNormaliser, min_checkworthy: float = 0.3) -> tuple[str, ...]:
    """The blocking keys of a claim; empty when it is not matched at all."""
    if claim.kind is Kind.QUANTITY:
        if claim.checkworthy < min_checkworthy:
            return ()
        if claim.value is None and claim.low is None and claim.high is None:
            return ()  # "a small percentage": nothing to compare
        if claim.unit is None:
            return _bare_keys(claim, norm)
        unit = unit_key(claim)
        _, metrics, entities = norm.analyse(claim.subject)
        if metrics:
            return tuple(f"quantity:{unit}:metric:{m}" for m in sorted(metrics))
        if entities:
            return tuple(f"quantity:{unit}:entity:{e}" for e in sorted(entities))
        return (f"quantity:{unit}",)
    if claim.kind is Kind.EVENT:
        return (f"event:{claim.action}",) if claim.action and claim.actors else ()
    if claim.kind is Kind.QUOTE and claim.speaker and claim.quote and _named(claim.speaker):
        name, _ = norm.entity(claim.speaker)
        return (f"quote:{name.casefold() if name else speaker_key(claim.speaker)}",)
    return ()


#: a figure told without a unit is matched from this size on ("net migration of 53,100"); smaller bare
#: numbers are too often a rank, a part of a name or a figure whose noun was not read
BARE_MIN = 100


def _bare_keys(claim: Claim, norm: AliasNormaliser) -> tuple[str, ...]:
    """A figure without a unit is blocked by what it measures when its subject
    names it ("net migration of 53,100", "unemployment totalled 1.2 million"):
    a metric of the rules, else the subject's last word, a noun. Only figures
    of ``BARE_MIN`` or more, with a subject that is no measure alone."""
    if claim.dimension is not None or claim.value is None or abs(claim.value) < BARE_MIN:
        return ()
    text, metrics, _ = norm.analyse(claim.subject)
    if metrics:
        return tuple(f"quantity:none:metric:{m}" for m in sorted(metrics))
    words = [w for w in text.split() if w not in FUNCTION_WORDS and not w[0].isdigit()]
    if not words or vague(text, None) or _verb_alone(words[-1]) or words[-1].endswith("ing"):
        return ()
    return (f"quantity:none:{words[-1]}",)


@lru_cache(maxsize=65_536)
def speaker_key(speaker: str) -> str:
    """The speaker of a quote as quotes are blocked: the last capitalised word
    of the name, without title or role ("Fed Chair Jerome Powell", "Powell" and
    "Jerome Powell, the Fed chair" are one speaker: "powell")."""
    name = speaker.split(",", 1)[0]
    words = [w.strip(".’'\"") for w in name.split()]
    caps = [w for w in words if w[:1].isupper() and w.lower() not in ("the", "a", "an")]
    return (caps[-1] if caps else name).casefold().removesuffix("’s").removesuffix("'s")


@lru_cache(maxsize=65_536)
def _named(speaker: str) -> bool:
    """A speaker with a name ("Yun Sun", "the Kremlin"), not a crowd ("officials",
    "experts") whose words in two outlets may be two different statements."""
    return any(ch.isupper() for ch in speaker)


#: how many times longer one period may be than the other and the figures
#: still speak of the same period: a year and a quarter of it, or nine months and a quarter, are two
#: measures; "this year" and "the first nine months" may be one (the year so far)
PERIOD_LENGTH_RATIO = 1.9
#: days after the end of a named period from which a figure that names no
#: period, published then, is about another time (see :func:`stale_period`)
STALE_DAYS = 366


def periods_compatible(a: Claim, b: Claim) -> bool:
    """False when both claims name a period and the periods do not overlap, or
    one is more than :data:`PERIOD_LENGTH_RATIO` times as long as the other
    ("in 2024" and "in the fourth quarter of 2024": two figures)."""
    if a.period_start is None or b.period_start is None:
        return True
    if a.period_end < b.period_start or b.period_end < a.period_start:
        return False
    if runs_to_date(a) or runs_to_date(b):
        return True
    la, lb = (a.period_end - a.period_start).days + 1, (b.period_end - b.period_start).days + 1
    return max(la, lb) <= PERIOD_LENGTH_RATIO * min(la, lb)


def runs_to_date(c: Claim) -> bool:
    """A count over a period that runs to the day it was told ("have killed at
    least 57 people since Monday"): a running total, the same figure as the
    count of a day inside it ("the death toll rose to 56 on Friday"); and a
    level of a rate or share held up to that day ("a range of 5.25% to 5.5%,
    where it has been since July"): the level of any day inside it."""
    return c.published is not None and c.period_end == c.published and (
        c.dimension == "count" or (c.dimension == "ratio" and not c.direction))


def stale_period(a: Claim, b: Claim) -> bool:
    """True when one claim names a period that ended more than
    :data:`STALE_DAYS` before the other, which names none, was published
    ("51.4 percent in 2022" and "turnout was 66.2%" in 2024): the figure
    without a period speaks of its own time, not of that period."""
    if (a.period_start is None) == (b.period_start is None):
        return False
    dated, undated = (a, b) if b.period_start is None else (b, a)
    return undated.published is not None and (undated.published - dated.period_end).days > STALE_DAYS


def published_close(a: Claim, b: Claim, window_days: int) -> bool:
    """False when a claim has no period of its own and the two articles were
    published more than ``window_days`` apart: the claims then speak of
    different moments (a period named by both is compared instead)."""
    if a.period_start is not None and b.period_start is not None:
        return True
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= window_days


def date_gap_days(a_start: date, a_end: date, b_start: date, b_end: date) -> int:
    """Days between two date ranges (0 when they overlap)."""
    if a_end < b_start:
        return (b_start - a_end).days
    if b_end < a_start:
        return (a_start - b_end).days
    return 0


# -- scoring one block ------------------------------------------------------------


def score_block(key: str, members: Sequence[Claim], norm: AliasNormaliser, rules: RuleSet,
                focus: frozenset | set | None = None, *, arrays: bool = False) -> list[Pair] | BlockLinks:
    """Every link at or above the threshold within one block, scored in one go.

    With ``focus`` (claim ids), only pairs with a focused claim on one side are
    scored: the ``check`` path grows the clusters of a draft's claims that way.
    With ``members`` in claim order (:func:`factcheck.model.claim_order`),
    the pairs come in (a, b) order, each once.
    With ``arrays``, the links of a large block may come as :class:`BlockLinks`
    (what :func:`block_clusters` reads), their :class:`Pair` records made only
    when asked for.
    """
    if len(members) < 2:
        return []
    kind = members[0].kind
    if kind is Kind.QUANTITY:
        links = _score_quantities(key, members, norm, rules, focus)
    elif kind is Kind.EVENT:
        # events are scored pair by pair without numpy unless arrays are asked for (the check path never does)
        links = _score_events(key, members, norm, rules, focus, dense=arrays)
    else:
        return _score_quotes(key, members, rules, focus)
    return links if arrays or isinstance(links, list) else links.pairs()


class BlockLinks:
    """The links of a large block as arrays, in (a, b) order: positions ``a``
    and ``b`` of the linked claims, ``score`` and ``strong``. ``pair(k)`` makes
    the :class:`Pair` of link ``k``: :func:`block_clusters` needs one for the
    few links a cluster keeps, not for the hundreds of thousands a block of
    400 claims can hold."""

    __slots__ = ("_columns", "_make", "a", "b", "score", "strong")

    def __init__(self, columns: tuple, strong, make: Callable[..., Pair]):
        self.a, self.b, self.score = columns[:3]
        self.strong = strong
        self._columns = columns
        self._make = make

    def __len__(self) -> int:
        return len(self.a)

    def pair(self, k: int) -> Pair:
        return self._make(*(column[k].item() for column in self._columns))

    def pairs(self) -> list[Pair]:
        make = self._make
        return [make(*row) for row in zip(*(column.tolist() for column in self._columns))]


#: blocks up to this size are scored in plain Python: no numpy import, which
#: keeps the pre-commit path fast to start; larger ones go through cdist
SMALL_BLOCK = 48
#: blocks of figures larger than this are scored with arrays when the whole corpus is matched (the
#: check path scores a draft's pairs only, pair by pair): from about 16 figures, arrays take less time
DENSE_MIN_FIGURES = 16


def index_pairs(strings: Sequence[str], scorer, cutoff: float, focus: Sequence[int] | None = None, keep=None):
    """(i, j, score) with i < j for the pairs of ``strings`` scoring ``cutoff`` or
    more; with ``focus`` (positions), only pairs touching one of them.

    ``keep(np)``, when given, is a square boolean matrix of the pairs worth
    returning at all: large blocks drop the others before any Python work
    (the caller still tests every pair it gets)."""
    n = len(strings)
    if focus is not None:
        seen: dict[tuple[int, int], float] = {}
        for i in focus:
            # one query against the whole block in rapidfuzz (lists, no numpy)
            for _, sc, j in process.extract(strings[i], strings, scorer=scorer, processor=None,
                                            score_cutoff=cutoff, limit=None):
                if j != i:
                    seen.setdefault((i, j) if i < j else (j, i), sc)
        return [(i, j, sc) for (i, j), sc in sorted(seen.items()) if sc >= cutoff]
    if n <= SMALL_BLOCK:
        out = []
        for i in range(n):
            a = strings[i]
            for j in range(i + 1, n):
                sc = scorer(a, strings[j], score_cutoff=cutoff)
                if sc >= cutoff:
                    out.append((i, j, sc))
        return out
    import numpy as np  # cdist returns an array; only large blocks come here

    matrix = distinct_cdist(strings, scorer, cutoff)
    wanted = np.triu(matrix >= cutoff, 1)
    if keep is not None:
        wanted &= keep(np)
    ii, jj = np.nonzero(wanted)
    return [(i, j, float(matrix[i, j])) for i, j in zip(ii.tolist(), jj.tolist())]


def distinct_cdist(strings: Sequence[str], scorer, cutoff: float) -> np.ndarray:
    """``process.cdist(strings, strings, ...)`` scoring each distinct string
    once: a block often holds the same subject or quote many times over (the
    same story told by several outlets), and the scorer is deterministic."""
    import numpy as np

    distinct: dict[str, int] = {}
    pos = np.array([distinct.setdefault(x, len(distinct)) for x in strings])
    texts = list(distinct)
    matrix = process.cdist(texts, texts, scorer=scorer, workers=1, score_cutoff=cutoff)
    return matrix if len(texts) == len(strings) else matrix[pos[:, None], pos[None, :]]


def _focus_positions(members: Sequence[Claim], focus) -> list[int] | None:
    return None if focus is None else [i for i, c in enumerate(members) if c.id in focus]


def _possible(members: Sequence[Claim], window_days: int):
    """``keep`` for :func:`index_pairs`: the pairs of claims not from one
    sentence whose publication dates :func:`published_close` allows."""
    def keep(np):
        close = _within(members, window_days)
        if not members:
            return close
        sentence = _codes((c.article, c.sentence_index) for c in members)
        return close & (sentence[:, None] != sentence[None, :])
    return keep


def _linked_pairs(members: Sequence[Claim], strings: Sequence[str], scorer, cutoff: float, focus, keep=None):
    """Scored pairs of claims, never two of one sentence."""
    for i, j, s in index_pairs(strings, scorer, cutoff, _focus_positions(members, focus), keep):
        a, b = members[i], members[j]
        if a.article == b.article and a.sentence_index == b.sentence_index:
            continue
        yield i, j, a, b, float(s)


def _score_quantities(key, members, norm, rules, focus=None) -> list[Pair] | BlockLinks:
    pol = rules.policy
    info = [norm.analyse(c.subject) for c in members]
    subjects = [x[0] for x in info]
    if focus is None and DENSE_MIN_FIGURES < len(members) <= DENSE_MAX and all(
            c.period_end is not None for c in members if c.period_start is not None):
        return _score_quantities_dense(key, members, info, pol, norm.rates)
    out = []
    why: dict[tuple[float, float], str] = {}  # one text per pair of scores
    is_vague, sole = _vague_members(members, subjects)
    bases = [change_basis(c) for c in members]
    by_change = [changed_by(c) for c in members]
    part = [_partitive(c) for c in members]  # "38 of the returning prisoners": a part, no count of its own
    staff = [_staff_count(c) for c in members]  # "employs 1,400 nurses": all of them, not those who did something
    for i, j, a, b, s in _linked_pairs(members, subjects, fuzz.token_set_ratio, pol.match_threshold, focus,
                                       _possible(members, pol.story_window_days)):
        (sa, ma, ea), (sb, mb, eb) = info[i], info[j]
        if unit_key(a) != unit_key(b) or not periods_compatible(a, b) or (ma and mb and not ma & mb) \
                or (ea and eb and not ea & eb) or stale_period(a, b):
            continue
        if not published_close(a, b, pol.story_window_days):
            continue
        if a.direction and b.direction and a.direction != b.direction:
            continue
        if bases[i] and bases[j] and bases[i] != bases[j]:
            continue  # a change on the month and one on the year ("0.2% on the month", "4% from a year ago")
        if not (basis_fits(bases[i], b) and basis_fits(bases[j], a)):
            continue  # a change on the quarter and one of the first half
        if (bases[i] == "additional" and not b.direction) or (bases[j] == "additional" and not a.direction):
            continue  # "5,000 more soldiers" and "some 1,700 soldiers": an addition and a total
        if by_change[i] != by_change[j] and not (a.direction and b.direction):
            continue  # "has been cut by 57 million marks since 2021" and "stood at 184 million marks": the
            # amount of a change and a level
        if a.dimension == "ratio" and bool(a.direction) != bool(b.direction) and not (ma & mb & norm.rates):
            continue  # a change and a level of a rate ("down 19%", "a quarter of imports"), unless the
            # rate is one of change: "consumer prices rose 5%" is inflation of 5%
        strict = fuzz.token_sort_ratio(sa, sb)
        alike = s >= pol.diverge_threshold and ea == eb and ma == mb and not substituted(sa, sb)
        strong = alike and strict >= pol.match_threshold
        explain = {"subjects": [sa, sb], "token_sort_ratio": round(strict, 1)}
        weak = strong and (is_vague[i] or is_vague[j] or ((sole[i] or sole[j]) and sole_counts_apart(a, b)))
        # twins may be tied when one side names no entity or metric the other does not contradict
        tie = tied(a, b, alike) if (weak or not strong) and may_tie(ea, eb) and may_tie(ma, mb) else None
        if tie:
            strong, explain["anchored"] = True, tie
        elif weak:
            strong, explain["weak"] = False, "a subject names no measured thing of its own"
        elif not strong and alike and (sole[i] or sole[j]) and not (is_vague[i] or is_vague[j]) \
                and sole_counts_close(a, b) and refines(sa, sb) and not part[i] and not part[j]:
            strong, explain["sole"] = True, SOLE  # "27 league goals" and "Varga scored more than 30 league goals"
        if strong and "anchored" not in explain and sa != sb and part[i] != part[j]:
            strong, explain["weak"] = False, PART_AND_WHOLE
        if strong and "anchored" not in explain and staff[i] != staff[j]:
            strong, explain["weak"] = False, STAFF_AND_SOME
        if strong and "anchored" not in explain and counterpart_elsewhere(a, b):
            strong, explain["weak"] = False, COUNTERPART
        if strong and not same_moment(a, b, pol.event_window_days):
            strong, explain["weak"] = False, "no stated period, and the articles are far apart in time"
        text = why.get((s, strict))
        if text is None:
            text = why[(s, strict)] = f"subject token_set_ratio {s:.0f}, token_sort_ratio {strict:.0f}"
        out.append(Pair(a.id, b.id, key, s, text, strong, explain))
    return out


def _codes(values) -> np.ndarray:
    """Equal values -> equal small integers."""
    import numpy as np

    seen: dict = {}
    return np.array([seen.setdefault(v, len(seen)) for v in values])


def _codes_or_none(values) -> np.ndarray:
    """:func:`_codes`, with -1 for None."""
    import numpy as np

    seen: dict = {None: -1}
    return np.array([seen.setdefault(v, len(seen) - 1) for v in values])


def _pair_table(values: Sequence, test) -> tuple[np.ndarray, np.ndarray]:
    """``test(x, y)`` of every pair of ``values`` as an n x n array, computed
    once per pair of distinct values (a block holds few distinct actor sets
    or metric sets); returns the array and the position of each value among
    the distinct ones. No matrix product: a BLAS library's threads would
    compete with the other matching processes for the cores."""
    import numpy as np

    distinct: dict = {}
    pos = np.array([distinct.setdefault(v, len(distinct)) for v in values])
    keys = list(distinct)
    table = np.array([[test(x, y) for y in keys] for x in keys])
    return table[pos[:, None], pos[None, :]], pos


def _within(members: Sequence[Claim], window_days: int) -> np.ndarray:
    """:func:`published_close` (and :func:`same_moment`) of every pair of ``members``."""
    import numpy as np

    day = np.array([c.published.toordinal() if c.published else 0 for c in members])
    dated = np.array([c.published is not None for c in members])
    period = np.array([c.period_start is not None for c in members])
    return (period[:, None] & period[None, :]) | ~(dated[:, None] & dated[None, :]) \
        | (np.abs(day[:, None] - day[None, :]) <= window_days)


def _score_quantities_dense(key: str, members: Sequence[Claim], info: Sequence[tuple], pol,
                            norm_rates: frozenset = frozenset()) -> BlockLinks:
    """:func:`_score_quantities` of a large block, with arrays: the same links,
    explanations and order as the pair-by-pair tests, which were most of the
    time a large block took. ``info``: ``norm.analyse`` of each subject."""
    import numpy as np

    subjects = [x[0] for x in info]
    loose = distinct_cdist(subjects, fuzz.token_set_ratio, pol.match_threshold)  # as index_pairs scores a large block
    unit = _codes(unit_key(c) for c in members)
    start = np.array([c.period_start.toordinal() if c.period_start else 0 for c in members])
    end = np.array([c.period_end.toordinal() if c.period_start else 0 for c in members])
    period = np.array([c.period_start is not None for c in members])
    length = end - start + 1
    to_date = np.array([runs_to_date(c) for c in members])
    apart = period[:, None] & period[None, :] & ((end[:, None] < start[None, :]) | (end[None, :] < start[:, None])
                                                 | (~(to_date[:, None] | to_date[None, :])
                                                    & ((length[:, None] > PERIOD_LENGTH_RATIO * length[None, :])
                                                       | (length[None, :] > PERIOD_LENGTH_RATIO * length[:, None]))))
    day = np.array([c.published.toordinal() if c.published else 0 for c in members])
    stale_after = end + STALE_DAYS  # a figure without a period published later speaks of its own time
    undated_pub = ~period & np.array([c.published is not None for c in members])
    stale = (period[:, None] & undated_pub[None, :] & (day[None, :] > stale_after[:, None])) \
        | (undated_pub[:, None] & period[None, :] & (day[:, None] > stale_after[None, :]))
    apart |= stale
    other_metrics, _ = _pair_table([x[1] for x in info], lambda ma, mb: bool(ma and mb and not ma & mb))
    other_entities, _ = _pair_table([x[2] for x in info], lambda ea, eb: bool(ea and eb and not ea & eb))
    other_metrics |= other_entities
    direction = _codes(c.direction or None for c in members)
    directed = np.array([bool(c.direction) for c in members])
    rate = np.array([c.dimension == "ratio" for c in members])
    rates, _ = _pair_table([x[1] for x in info], lambda ma, mb: bool(ma & mb & norm_rates))
    opposite = (directed[:, None] & directed[None, :] & (direction[:, None] != direction[None, :])) | (
        rate[:, None] & (directed[:, None] != directed[None, :]) & ~rates)  # a change and a level of a rate
    by_change = np.array([changed_by(c) for c in members])  # a change by an amount and a level: as the pair path
    opposite |= (by_change[:, None] != by_change[None, :]) & ~(directed[:, None] & directed[None, :])
    bases = [change_basis(c) for c in members]
    if any(bases):
        basis = _codes(bases)
        based = np.array([b is not None for b in bases])
        opposite |= based[:, None] & based[None, :] & (basis[:, None] != basis[None, :])  # on the month / on the year
        added = np.array([b == "additional" for b in bases])
        opposite |= (added[:, None] & ~directed[None, :]) | (~directed[:, None] & added[None, :])  # addition vs total
        for name, span in BASIS_SPAN.items():  # basis_fits: a change on the quarter and one of the first half
            on = np.array([b == name for b in bases])
            longer = period & (length > span)
            opposite |= (on[:, None] & longer[None, :]) | (longer[:, None] & on[None, :])
    linked = np.triu(loose >= pol.match_threshold, 1) & _possible(members, pol.story_window_days)(np) \
        & (unit[:, None] == unit[None, :]) & ~apart & ~other_metrics & ~opposite  # _possible holds published_close
    ii, jj = np.nonzero(linked)  # row by row: the (a, b) order of the pair-by-pair path
    if not len(ii):
        return []
    # the rest is read per link, and computed once per pair of distinct subjects
    distinct: dict[str, int] = {}
    pos = np.array([distinct.setdefault(x, len(distinct)) for x in subjects])
    texts = list(distinct)
    subject_pairs, which = np.unique(np.stack([pos[ii], pos[jj]], axis=1), axis=0, return_inverse=True)
    which = which.reshape(-1)
    left, right = [texts[u] for u in subject_pairs[:, 0].tolist()], [texts[v] for v in subject_pairs[:, 1].tolist()]
    strict = process.cpdist(left, right, scorer=fuzz.token_sort_ratio, workers=1, dtype=np.float64)[which]
    substitutes = np.array([substituted(a, b) for a, b in zip(left, right)])[which]
    score = loose[ii, jj].astype(np.float64)  # compared as the Python floats of the pair-by-pair path
    entities, named = _codes(x[2] for x in info), _codes(x[1] for x in info)
    strong = (score >= pol.diverge_threshold) & (strict >= pol.match_threshold) & (entities[ii] == entities[jj]) \
        & (named[ii] == named[jj]) & ~substitutes
    vague_flags, sole_flags = _vague_members(members, subjects)
    is_vague, sole = np.array(vague_flags), np.array(sole_flags)
    weak_vague = strong & (is_vague[ii] | is_vague[jj])
    if sole.any():  # sole_counts_apart, as the pair-by-pair path
        size = np.array([abs(c.value or c.low or 0.0) for c in members])
        small, large = np.minimum(size[ii], size[jj]), np.maximum(size[ii], size[jj])
        weak_vague |= strong & (sole[ii] | sole[jj]) & ((small <= 0) | (large > SOLE_COUNT_RATIO * small))
    alike = (score >= pol.diverge_threshold) & (entities[ii] == entities[jj]) & (named[ii] == named[jj]) & ~substitutes
    anchor = np.zeros(len(ii), dtype=bool)
    bare_entities = np.array([not x[2] for x in info])
    bare_metrics = np.array([not x[1] for x in info])
    unsure = ~(strong & ~weak_vague) & ((entities[ii] == entities[jj]) | bare_entities[ii] | bare_entities[jj]) \
        & ((named[ii] == named[jj]) | bare_metrics[ii] | bare_metrics[jj])  # as may_tie
    # what tied asks first, for every member at once: twins differ in value, both non-zero and of one sign,
    # and have the same three digits or more, as significant digits, as digits written in full or as the
    # words write them ("23.0 million" and "20.3 million"); anchored sentences share two other figures, so
    # each holds two or more
    value = np.array([c.value if c.value else np.nan for c in members], dtype=np.float64)
    maybe_twins = ~np.isnan(value[ii]) & ~np.isnan(value[jj]) & (value[ii] != value[jj]) \
        & ((value[ii] < 0) == (value[jj] < 0))
    same_digits = np.zeros(len(ii), dtype=bool)
    for digits in ([significant_digits(c.value) if c.value else "" for c in members],
                   [written_digits(c.value) if c.value and isfinite(c.value) else "" for c in members],
                   [text_digits(c) for c in members]):
        sets = _codes_or_none(map(_sorted_digits, digits))
        same_digits |= (sets[ii] == sets[jj]) & (sets[ii] >= 0)
    maybe_twins &= same_digits
    figures = [_figures(c.text, c.sentence) for c in members]
    others = np.array([len(rest) for _, rest in figures])
    may_anchor = alike & (others[ii] >= 2) & (others[jj] >= 2)
    apposed = _codes_or_none(apposed_share(c) for c in members)  # as apposed_shares, asked by tied below
    may_anchor |= alike & (apposed[ii] == apposed[jj]) & (apposed[ii] >= 0)
    # tied reads of each figure its words, its sentence, its value and its place in the sentence, and of the
    # two whether they share an article: outlets that print one sentence alike give one answer for many pairs
    told = _codes((c.text, c.sentence, c.value, c.start - c.sentence_start, c.end - c.sentence_start)
                  for c in members)
    article = _codes(c.article for c in members)
    ties: dict[tuple, bool] = {}
    for k in np.nonzero(unsure & (may_anchor | maybe_twins))[0].tolist():
        i, j = ii[k], jj[k]
        asked = (told[i], told[j], alike[k], article[i] == article[j])
        found = ties.get(asked)
        if found is None:
            found = ties[asked] = tied(members[i], members[j], bool(alike[k])) is not None  # as the pair path
        anchor[k] = found
    strong |= anchor
    weak_vague &= ~anchor
    # each article's one count of its noun, and a subject that only adds words to the other: as the pair path
    part = np.array([_partitive(c) for c in members])
    sole_link = ~strong & ~weak_vague & alike & (sole[ii] | sole[jj]) & ~is_vague[ii] & ~is_vague[jj]
    if sole_link.any():
        size = np.array([abs(c.value or c.low or 0.0) for c in members])
        small, large = np.minimum(size[ii], size[jj]), np.maximum(size[ii], size[jj])
        sole_link &= (small >= SOLE_LINK_MIN) & (large <= SOLE_LINK_RATIO * small)  # as sole_counts_close
        sole_link &= np.array([refines(a, b) for a, b in zip(left, right)])[which]
        sole_link &= ~part[ii] & ~part[jj]  # "38 of the returning prisoners": a part, no count of its own
    strong |= sole_link
    # a part of a whole named after it against a count of its own, of other subjects (as the pair path)
    weak_part = strong & ~anchor & (part[ii] != part[jj]) & (pos[ii] != pos[jj])
    staff = np.array([_staff_count(c) for c in members])  # a whole staff against those who did something
    weak_part |= strong & ~anchor & (staff[ii] != staff[jj])
    strong &= ~weak_part
    weak_other = np.zeros(len(ii), dtype=bool)
    # counterpart_elsewhere, where it can hold: figures of other numbers, and another number in a sentence
    own = _codes(own for own, _ in figures)
    may_counter = (own[ii] != own[jj]) & ((others[ii] > 0) | (others[jj] > 0))
    figure = _codes((c.text, c.sentence) for c in members)  # all counterpart_elsewhere reads of a figure
    counters: dict[tuple, bool] = {}
    for k in np.nonzero(strong & ~weak_vague & ~anchor & may_counter)[0].tolist():  # as the pair path: also
        i, j = ii[k], jj[k]  # after a sole link
        found = counters.get((figure[i], figure[j]))
        if found is None:
            found = counters[figure[i], figure[j]] = counterpart_elsewhere(members[i], members[j])
        weak_other[k] = found
    weak_time = strong & ~weak_vague & ~weak_other & ~_within(members, pol.event_window_days)[ii, jj]
    strong &= ~(weak_vague | weak_other | weak_time)
    why: dict[tuple[float, float], str] = {}
    new = tuple.__new__

    def make(i: int, j: int, s: float, st: float, good: bool, wv: bool, wt: bool, an: bool, wo: bool,
             so: bool, al: bool, wp: bool) -> Pair:
        explain = {"subjects": [subjects[i], subjects[j]], "token_sort_ratio": round(st, 1)}
        if an:
            explain["anchored"] = tied(members[i], members[j], al)  # why, as the pair path tells it
        elif so:
            explain["sole"] = SOLE
        if wv:
            explain["weak"] = "a subject names no measured thing of its own"
        elif wp:
            explain["weak"] = PART_AND_WHOLE if part[i] != part[j] and pos[i] != pos[j] else STAFF_AND_SOME
        elif wo:
            explain["weak"] = COUNTERPART
        elif wt:
            explain["weak"] = "no stated period, and the articles are far apart in time"
        text = why.get((s, st))
        if text is None:
            text = why[(s, st)] = f"subject token_set_ratio {s:.0f}, token_sort_ratio {st:.0f}"
        return new(Pair, (members[i].id, members[j].id, key, s, text, good, explain))

    return BlockLinks((ii, jj, score, strict, strong, weak_vague, weak_time, anchor, weak_other, sole_link, alike,
                       weak_part), strong, make)


ANCHORED = "the two sentences share other figures"
#: why a part of a whole named after it ("won 12 of his 31 matches") is not compared with a count of its own
#: ("lost four of his last six matches": six) of other words
PART_AND_WHOLE = "one figure is a part of a whole named after it, the other a count of its own"
#: why the staff an employer has ("The hospital employs 1,400 nurses") is not compared with a count of
#: people who did something ("Roughly 1,100 nurses ... walked off the job"): some of them, or all
STAFF_AND_SOME = "one figure is the whole staff or membership of a body, the other a count of people who did " \
    "something"
_NUMBER = regexstore.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=65_536)
def _numbers(text: str) -> frozenset:
    """The numbers written in ``text``, thousands separators aside ("1,372" -> "1372")."""
    return frozenset(m.group().replace(",", "") for m in _NUMBER.finditer(text))


@lru_cache(maxsize=65_536)
def _figures(text: str, sentence: str) -> tuple[frozenset, frozenset]:
    """The numbers of a figure's own words, and the other numbers of its sentence."""
    own = _numbers(text)
    return own, _numbers(sentence) - own


def _distinctive(number: str) -> bool:
    """A number that two sentences seldom share by chance: a decimal, or three digits or more that are not a year."""
    return "." in number or (len(number) >= 3 and not (len(number) == 4 and 1900 <= int(number) <= 2100))


COUNTERPART = "the other sentence gives this figure for something else"


def counterpart_elsewhere(a: Claim, b: Claim) -> bool:
    """Whether one figure's sentence also gives the other's figure, a
    distinctive number, as another figure: "It affected 6.1% of patients on
    the drug, compared with 2.4% of those on placebo" holds the 2.4% of
    another outlet's "2.4% on placebo", so that 2.4% is not this 6.1% told
    differently (nor is "3.8%" the 3.9% of "rose to 3.9% from 3.8%")."""
    (own_a, rest_a), (own_b, rest_b) = _figures(a.text, a.sentence), _figures(b.text, b.sentence)
    if own_a == own_b:
        return False
    return any(map(_distinctive, (own_b & rest_a) | (own_a & rest_b)))


TWINS = "the figures differ only as a slip of the keys would: two digits swapped, or 10, 100 or 1,000 times apart"


def may_tie(x: frozenset, y: frozenset) -> bool:
    """Whether two figures' entities (or metrics) let them be tied: the same,
    or one side names none ("an area of 14,200 hectares" and "burned 12,400
    hectares": the metric of one is not denied by the other). Only twins are
    tied across a missing name: :func:`anchored` asks for subjects ``alike``,
    which asks for the same names."""
    return x == y or not x or not y


def tied(a: Claim, b: Claim, alike: bool) -> str | None:
    """Why two linked figures that name the same things, but whose subjects
    are not alike enough to compare them (or name no measured thing), are
    still one figure told twice, or None: their subjects are ``alike`` and
    their sentences share other figures (:func:`anchored`), or the figures
    are :func:`twins`."""
    if alike and anchored(a, b):
        return ANCHORED
    if alike and apposed_shares(a, b):
        return APPOSED
    if twins(a, b):
        return TWINS
    return None


@lru_cache(maxsize=65_536)
def significant_digits(value: float) -> str:
    """The significant digits of ``value``: 41,200 -> "412", 0.00648 -> "648"."""
    return re.sub(r"\D", "", f"{abs(value):.10f}").strip("0")


def written_digits(value: float) -> str:
    """The digits of a figure as written in full: a whole number's below 10,000 all ("380" -> "380"), else
    the significant ones ("$40.4 million" -> "404", not its zeros)."""
    return str(int(abs(value))) if value == int(value) and abs(value) < 10_000 else significant_digits(value)


_FIRST_NUMBER = regexstore.compile(r"\d[\d,.]*")


def text_digits(c: Claim) -> str:
    """The digits of a claim's figure as its words write them, without a scale: "180 million euros" ->
    "180" (its significant digits are "18"), "1,080" -> "1080"."""
    m = _FIRST_NUMBER.search(c.text or "")
    return m.group().rstrip(",.").replace(",", "").replace(".", "").lstrip("0") if m else ""


def _sorted_digits(digits: str) -> str | None:
    """``digits`` sorted, when three or more (what twins share); else None."""
    return "".join(sorted(digits)) if len(digits) >= 3 else None


def twins(a: Claim, b: Claim, min_digits: int = 3) -> bool:
    """Whether two outlets' figures differ as a slip would make them differ,
    with ``min_digits`` significant digits or more (three: so that chance seldom does):
    two neighbouring digits swapped (38,412 and 38,142; 6.84 m and 6.48 m) or
    the same digits a factor of 10, 100 or 1,000 apart (412,000 and 41,200
    passengers). Not when one sentence also holds the other's figure (that
    figure is something else there)."""
    va, vb = a.value, b.value
    if a.article == b.article or not va or not vb or va == vb or (va < 0) != (vb < 0):
        return False
    da, db = significant_digits(va), significant_digits(vb)
    if len(da) != len(db) and va == int(va) and vb == int(vb) and max(abs(va), abs(vb)) < 10_000:
        da, db = written_digits(va), written_digits(vb)  # "380" and "308": a zero swapped in
    if len(da) != len(db) and len(text_digits(a)) == len(text_digits(b)):
        da, db = text_digits(a), text_digits(b)  # "108 million" and "180 million": a zero swapped in
    if len(da) < min_digits or len(db) < min_digits:
        return False
    ratio = max(abs(va), abs(vb)) / min(abs(va), abs(vb))
    if da == db:
        if not any(abs(ratio - scale) < 1e-6 * scale for scale in (10, 100, 1000)):
            return False
    elif len(da) != len(db) or ratio >= 10 or sorted(da) != sorted(db):
        return False
    else:
        diff = [k for k in range(len(da)) if da[k] != db[k]]
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
    (own_a, rest_a), (own_b, rest_b) = _figures(a.text, a.sentence), _figures(b.text, b.sentence)
    return not (own_a & rest_b or own_b & rest_a)


def anchored(a: Claim, b: Claim) -> bool:
    """Whether two figures of two outlets are told in sentences that share
    two other figures, one of them distinctive, and neither sentence holds the
    other's figure: "Net income fell to $124 million, or 34 cents a share,
    down 31% from $206 million" and "Net income fell 31% to $142 million, or
    34 cents per share, from $206 million" tell one figure differently, even
    with a subject as bare as "net income". Where one sentence holds the
    other's figure ($206 million), that figure's counterpart is another one."""
    if a.article == b.article:
        return False
    (own_a, rest_a), (own_b, rest_b) = _figures(a.text, a.sentence), _figures(b.text, b.sentence)
    if own_a & rest_b or own_b & rest_a:
        return False
    shared = rest_a & rest_b
    if len(shared) >= 2:
        shared -= _whole_of(a) | _whole_of(b)  # "93 of the 240 seats", "144 of the 240 seats": two parts of one whole
    if len(shared) >= 2 and not _next_to_shared(a, b):
        # "took 14.6% and 31 seats, the Greens 11.2% and 23 seats" and "the Greens won 11.2% and 23 seats, and
        # the Farmers' Party 10 seats": the same parties listed, not one figure told twice
        return False
    return len(shared) >= 2 and any(map(_distinctive, shared))


#: why two shares whose subjects name no measured thing are one: each is what the same count is of its whole
APPOSED = "each figure is the share the same count, told just before it, is of its whole"
#: a count and a comma right before a figure: "2,960 jobs, about 11 percent of its 27,000 employees"
_COUNT_AND_COMMA = regexstore.compile(r"(\d[\d,.]*\d|\d)(?:\s+(?:million|billion))?(?:\s+[\w’'-]+){0,3},\s+$")


def apposed_share(c: Claim) -> str | None:
    """The count a share is set off after by a comma ("eliminate 2,960 jobs, about 11 percent of its 27,000
    employees": "2960"), when it is distinctive; else None."""
    if c.unit != "percent" or c.direction:
        return None
    at = c.start - c.sentence_start
    if not 0 < at <= len(c.sentence):
        return None
    m = _COUNT_AND_COMMA.search(c.sentence, max(0, at - 48), at)
    number = m.group(1).replace(",", "") if m else None
    return number if number and _distinctive(number) else None


def apposed_shares(a: Claim, b: Claim) -> bool:
    """Whether two outlets' shares are each set off by a comma after the same distinctive count ("eliminate
    2,960 jobs, about 11 percent of its 27,000 employees" and "laying off 2,960 workers, roughly one in six of
    its employees"): the share that count is of one whole, told twice."""
    if a.article == b.article:
        return False
    number = apposed_share(a)
    return number is not None and number == apposed_share(b)


def _next_to_shared(a: Claim, b: Claim) -> bool:
    """Whether two figures have the same number next to them on one side in
    their sentences ("$124 million, or 34 cents a share" and "$142 million,
    or 34 cents per share")."""
    na, nb = _neighbours(a), _neighbours(b)
    if na is None or nb is None:
        return True  # not found where the claim says: no reason to doubt the anchor
    (before_a, after_a), (before_b, after_b) = na, nb
    return (before_a is not None and before_a == before_b) or (after_a is not None and after_a == after_b)


def _neighbours(c: Claim) -> tuple[str | None, str | None] | None:
    """The numbers right before and right after a figure in its sentence
    (None when the figure is not found in it)."""
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not (0 <= at <= end <= len(c.sentence) and c.sentence[at:end] == c.text):
        at = c.sentence.find(c.text) if c.text else -1
        if at < 0:
            return None
        end = at + len(c.text)
    before = [m.group().replace(",", "") for m in _NUMBER.finditer(c.sentence, 0, at)]
    after = _NUMBER.search(c.sentence, end)
    return (before[-1] if before else None), (after.group().replace(",", "") if after else None)


_WHOLE_AFTER = regexstore.compile(r"\s+of\s+(?:the|its|their|all)\s+(\d[\d,]*)\b", re.I)


def _whole_of(c: Claim) -> frozenset:
    """The number of the whole a figure is a part of, written right after it
    ("93 of the 240 seats": 240), else nothing."""
    at = c.end - c.sentence_start
    m = _WHOLE_AFTER.match(c.sentence, at) if 0 <= at <= len(c.sentence) else None
    return frozenset((m.group(1).replace(",", ""),)) if m else frozenset()


FUNCTION_WORDS = frozenset("""a an the of in on at to and or for by with from than as is are was were be been
has have had its their his her it this that these those per said says say according
about around roughly approximately some nearly almost least most more less over under than up just""".split())


def substituted(a: str, b: str) -> bool:
    """True when each subject has a content word the other lacks ("car sales" vs
    "truck sales", "in Brazil" vs "in Argentina"), or one has a word of scope
    the other lacks ("core inflation" vs "inflation", "real wages" vs "wages"):
    likely two different things. One subject that only adds other words to the
    other ("exports" vs "China's exports") is a refinement, not a substitution."""
    wa, wb = subject_words(a), subject_words(b)
    return (bool(wa - wb) and bool(wb - wa)) or bool((wa ^ wb) & SCOPE_WORDS)


#: words that change what a measure covers: with one on one side only, two
#: figures are not the same measure ("core" consumer prices exclude food and energy)
SCOPE_WORDS = frozenset("""core underlying headline excluding ex non-oil services goods food energy real nominal
median annualized annualised seasonally operating pre-tax pretax adjusted diluted gross monthly weekly quarterly
youth rural urban successful unsuccessful failed league""".split())


#: verbs of one meaning in a subject, read as one word: "phase out tariffs" and "remove tariffs" name one thing
SAME_VERBS = {w: group.split()[0] for group in (
    "remove removed removing removes scrap scrapped scrapping scraps eliminate eliminated eliminating eliminates "
    "abolish abolished abolishing abolishes phase phased phasing",
    "cut cuts cutting reduce reduced reducing reduces lowered lowering lowers slash slashed slashing slashes",
    "hire hired hiring hires recruit recruited recruiting recruits",
    "build built builds construct constructed constructing constructs") for w in group.split()}
# (not "lower", "phases" nor "building": an adjective and nouns as often as verbs)


def subject_words(subject: str) -> frozenset:
    """The content words of a normalised subject: no function words, no numbers; verbs of one meaning as one
    (:data:`SAME_VERBS`; "out" of "phase out" is a function word)."""
    hit = _CONTENT.get(subject)
    if hit is None:
        hit = frozenset(SAME_VERBS.get(w, w) for w in subject.split()
                        if w not in FUNCTION_WORDS and w != "out" and not w.replace(".", "").isdigit())
        if len(_CONTENT) < 100_000:
            _CONTENT[subject] = hit
    return hit


_CONTENT: dict[str, frozenset] = {}


def vague(subject: str, unit: str | None = None, dimension: str | None = None) -> bool:
    """True when a subject names only a measure ("price", "same price",
    "thick"), repeats the counted noun ("song" for "40,000 songs") or, for a
    share, names only whom it is of ("share of patients"): it does
    not say whose price or which songs, so two such figures may well be about
    two different things."""
    hit = _VAGUE.get((subject, unit, dimension))
    if hit is None:
        from factcheck.lexicon import population_nouns, vague_subjects

        measures = vague_subjects()
        if dimension == "ratio":  # "6.1% of patients", "a third of people": which ones, doing what?
            measures = measures | population_nouns()
        unit_words = set((unit or "").casefold().split())
        words = [w for w in subject.split() if w not in FUNCTION_WORDS and not w.replace(".", "").isdigit()]
        # of an amount or a share, a verb alone says nothing of what it measures ("rose 38% to $2.3bn");
        # of a count it does ("48 people killed")
        verbs = dimension not in (None, "count") if unit else True
        hit = all(w in measures or w in unit_words for w in words) or (
            verbs and all(w in measures or w in unit_words or _verb_alone(w) for w in words))
        if len(_VAGUE) < 100_000:
            _VAGUE[(subject, unit, dimension)] = hit
    return hit


_VAGUE: dict[tuple[str, str | None, str | None], bool] = {}


@lru_cache(maxsize=65_536)
def _verb_alone(word: str) -> bool:
    """A word of change that is no noun ("rose", "jumped"; "growth" names a measure)."""
    from factcheck.lexicon import CHANGE_NOUNS, change_words

    return word not in CHANGE_NOUNS and word not in ("losses", "profit") \
        and (word in change_words() or (len(word) > 4 and word.endswith("ed")))


def _vague_members(members: Sequence[Claim], subjects: Sequence[str]) -> tuple[list[bool], list[bool]]:
    """:func:`vague` of each member's subject, except for the only count of its
    noun in its article ("68 passengers" and "70 passengers", each outlet's one
    figure of passengers, are about the same passengers; "12 people" beside
    "40 people" may not be; a part named with its whole, "38 of the returning
    prisoners", never is); and which members are such a sole count (see
    :func:`sole_counts_apart`). A sole count is linked on a refined subject
    only to another count that is not vague."""
    flags = [vague(s, c.unit, c.dimension) for s, c in zip(subjects, members)]
    sole = [False] * len(members)
    if any(flags):
        # a part of another count ("14 people ..., including three firefighters") does not keep the
        # article's count of the whole group ("more than 150 firefighters") from being its one count;
        # it is the one count itself only where the article has no other ("including 1,312 homes")
        # nor does the level a change started from ("87.4 million users, up from 79.1 million a year earlier")
        counts = [c.dimension == "count" and not _earlier_level(c) for c in members]
        part = [n and _part_of_count(c) for n, c in zip(counts, members)]
        # nor does a count of the noun of another order ("1.9 million passengers" a year beside "86 passengers"
        # on a flight): the sizes of an article's counts of each noun, to tell which are near one another
        sizes: dict[tuple, list[float]] = {}
        for c, n, p in zip(members, counts, part):
            if n and not p:
                sizes.setdefault((c.article, c.unit), []).append(abs(c.value or c.low or 0.0))
        parts = Counter((c.article, c.unit) for c, p in zip(members, part) if p)
        sole = [f and n and (_near_counts(sizes.get((c.article, c.unit), ()), abs(c.value or c.low or 0.0)) == 1
                             if not p else
                             not sizes.get((c.article, c.unit)) and parts[(c.article, c.unit)] == 1)
                and not _partitive(c) for f, n, p, c in zip(flags, counts, part, members)]
        flags = [f and not s for f, s in zip(flags, sole)]
    return flags, sole


#: how many times larger than one count of a noun another of its article's counts of it may be and still
#: be a rival to it: "1.9 million passengers" a year is no second count of "86 passengers" on a flight
SOLE_RIVAL_RATIO = 100.0


def _near_counts(sizes, size: float) -> int:
    """How many of an article's counts of a noun (``sizes``) are of the order of ``size`` (itself included)."""
    return sum(1 for x in sizes
               if x == size or (min(x, size) > 0 and max(x, size) <= SOLE_RIVAL_RATIO * min(x, size)))


#: words before a count that make it a part of one told before: "including three firefighters"
_PART_BEFORE = regexstore.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.I)


def _earlier_level(c: Claim) -> bool:
    """Whether a figure is told as the level a change started from ("up from 79.1 million")."""
    at = c.start - c.sentence_start
    return bool(EARLIER_LEVEL.search(c.sentence, max(0, at - 30), at)) if 0 <= at <= len(c.sentence) else False


def changed_by(c: Claim) -> bool:
    """Whether a figure is the amount of a change told with "by" ("the median
    age has risen by 2.6 years"), not a level: never the same figure as a
    level without a change ("the median age rose to 38.7 years"). Rates and
    shares keep their own rule (a change of a rate of change is its level)."""
    at = c.start - c.sentence_start
    if not c.direction or c.dimension in ("ratio", "ratio_change") or not 0 <= at <= len(c.sentence):
        return False
    for word in reversed(_LOWER_WORD.findall(c.sentence.lower(), max(0, at - 40), at)[-5:]):
        if word == "by":
            return True
        if word not in CHANGE_FILLERS:  # "by about", "by a further"
            return False
    return False


_LOWER_WORD = regexstore.compile(r"[a-z]+")


def _part_of_count(c: Claim) -> bool:
    """Whether a count is told as a part of another ("including three firefighters")."""
    at = c.start - c.sentence_start
    return bool(_PART_BEFORE.search(c.sentence, max(0, at - 16), at)) if 0 <= at <= len(c.sentence) else False


#: words just before a count that make it the size of a staff or membership: "employs 1,400 nurses", "a
#: workforce of about 6,200", "has a membership of 30,000"
_STAFF_BEFORE = regexstore.compile(r"\b(?:employs?|employed|employing|(?:staff|workforce|payroll|membership|headcount)"
                                   r"\s+of)\s+$", re.I)


def _staff_count(c: Claim) -> bool:
    """Whether a count is the size of a body's staff or membership ("The hospital employs 1,400 nurses")."""
    at = c.start - c.sentence_start
    return c.dimension == "count" and 0 <= at <= len(c.sentence) \
        and bool(_STAFF_BEFORE.search(c.sentence, max(0, at - 30), at))


def _partitive(c: Claim) -> bool:
    """Whether a count is told as a part of a whole named after it ("38 of the
    returning prisoners had been admitted"): a subset with a property of its
    own, never the article's one count of its noun."""
    end = c.end - c.sentence_start
    return 0 <= end <= len(c.sentence) and bool(PART_OF_WHOLE.match(c.sentence, end))


#: how far apart two sole counts of a noun (see _vague_members) may be and still be one count told twice:
#: a slip changes a digit or two ("412" and "421", "1,140" and "1,410"); "employs about 6,200 people" and
#: "together employ about 25,000 people" count two groups
SOLE_COUNT_RATIO = 2.0


SOLE = "each article's one count of this noun, one subject adding words to the other"


def refines(a: str, b: str) -> bool:
    """Whether one subject's content words are all the other's ("league goal" and "varga league goal scored")."""
    wa, wb = subject_words(a), subject_words(b)
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


#: how close two sole counts whose subjects only refine each other must be to be compared (a slip's
#: distance: "27 league goals" and "more than 30"), and how large: small counts ("five", "three
#: smaller parties") are too often two different things
SOLE_LINK_RATIO = 1.25
SOLE_LINK_MIN = 10


def sole_counts_close(a: Claim, b: Claim) -> bool:
    """Whether two sole counts are near enough, and large enough, to be linked on a refined subject."""
    x, y = abs(a.value or a.low or 0.0), abs(b.value or b.low or 0.0)
    return min(x, y) >= SOLE_LINK_MIN and max(x, y) <= SOLE_LINK_RATIO * min(x, y)


def sole_counts_apart(a: Claim, b: Claim) -> bool:
    """Whether two counts that name nothing but their noun are too far apart to be one count told twice."""
    x, y = abs(a.value or a.low or 0.0), abs(b.value or b.low or 0.0)
    return min(x, y) <= 0 or max(x, y) > SOLE_COUNT_RATIO * min(x, y)


def same_moment(a: Claim, b: Claim, window_days: int) -> bool:
    """False when a figure states no period of its own and the two articles
    were published more than ``window_days`` apart: each figure then holds at
    its own time ("the price", "the share" a year later may have changed)."""
    if a.period_start is not None and b.period_start is not None:
        return True
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= window_days


def modality_class(c: Claim) -> str:
    return "happened" if c.modality in (None, "asserted", "reported") else "future"


@lru_cache(maxsize=65_536)
def actor_key(name: str) -> str:
    """An actor as events are compared: its words in any order, case,
    hyphens and initials aside ("Kishida Fumio" and "Fumio Kishida", "Yoon
    Suk-yeol" and "Yoon Suk Yeol", "Henry A. Kissinger" and "Henry Kissinger"
    are one person)."""
    words = name.casefold().replace("-", " ").split()
    if len(words) > 2:
        words = [w for w in words if not (len(w) == 2 and w.endswith(".") and w[0].isalpha())] or words
    return " ".join(sorted(words))


def _score_events(key, members, norm, rules, focus=None, dense: bool = False) -> list[Pair] | BlockLinks:
    pol = rules.policy
    threshold, window = pol.match_threshold, pol.event_window_days
    out = []
    actor_sets = [frozenset(map(actor_key, c.actors)) for c in members]
    # what each pair test reads, looked up once per claim rather than once per pair
    info = [(c.article, c.sentence_index, c.polarity or "positive", c.date_start, c.date_end, modality_class(c))
            for c in members]
    focus_pos = _focus_positions(members, focus)
    only = None if focus_pos is None else set(focus_pos)
    why: dict[tuple, str] = {}
    if dense and focus is None and SMALL_BLOCK < len(members) <= DENSE_MAX and all(actor_sets) and all(
            x[4] is not None for x in info if x[3] is not None):
        return _score_events_dense(key, members, actor_sets, info, threshold, window)
    for i, j in _event_candidates(actor_sets, threshold, focus_pos):
        if only is not None and i not in only and j not in only:
            continue
        ai, aj = info[i], info[j]
        if ai[0] == aj[0] and ai[1] == aj[1]:
            continue
        if ai[2] != aj[2]:
            continue
        if ai[3] and aj[3] and date_gap_days(ai[3], ai[4], aj[3], aj[4]) > window:
            continue
        sa, sb = actor_sets[i], actor_sets[j]
        same = sa == sb
        s = 100.0 if same else 100.0 * len(sa & sb) / len(sa | sb)
        if s < threshold:
            continue
        text = why.get((s, ai[5], aj[5]))
        if text is None:
            text = why[(s, ai[5], aj[5])] = f"actors shared {s:.0f}%, modality {ai[5]}/{aj[5]}"
        out.append(Pair(members[i].id, members[j].id, key, s, text, same and ai[5] == aj[5]))
    return out


#: event blocks up to this size are scored with arrays (n x n of them); larger
#: ones (a --block-cap above it) pair by pair, which needs far less memory
DENSE_MAX = 2000


def _score_events_dense(key: str, members: Sequence[Claim], actor_sets: Sequence[frozenset],
                        info: Sequence[tuple], threshold: float, window: int) -> BlockLinks:
    """:func:`_score_events` of a large block, with arrays: the same links in
    the same order (a block of 400 events has 79,800 pairs, most of them
    sharing actors, and testing them one by one in Python was the larger part
    of matching a large corpus). ``info`` as built by :func:`_score_events`."""
    import numpy as np

    def jaccard(sa: frozenset, sb: frozenset) -> float:
        return 100.0 if sa == sb else 100.0 * len(sa & sb) / len(sa | sb)  # as in _score_events

    score, _ = _pair_table(actor_sets, jaccard)
    sentence = _codes((x[0], x[1]) for x in info)
    polarity = _codes(x[2] for x in info)
    dated = np.array([x[3] is not None for x in info])
    start = np.array([x[3].toordinal() if x[3] is not None else 0 for x in info])
    end = np.array([x[4].toordinal() if x[3] is not None else 0 for x in info])
    a_start, a_end, b_start, b_end = start[:, None], end[:, None], start[None, :], end[None, :]
    gap = np.where(a_end < b_start, b_start - a_end, np.where(b_end < a_start, a_start - b_end, 0))  # date_gap_days
    keep = np.triu(score >= threshold, 1) & (sentence[:, None] != sentence[None, :]) \
        & (polarity[:, None] == polarity[None, :]) & ((gap <= window) | ~(dated[:, None] & dated[None, :]))
    ii, jj = np.nonzero(keep)  # row by row: the (a, b) order of the Python path
    scores = score[ii, jj]
    why: dict[tuple, str] = {}
    new = tuple.__new__

    def make(i: int, j: int, s: float) -> Pair:
        mi, mj = info[i][5], info[j][5]
        text = why.get((s, mi, mj))
        if text is None:
            text = why[(s, mi, mj)] = f"actors shared {s:.0f}%, modality {mi}/{mj}"
        # a score of 100 is the same actors: shared == union
        return new(Pair, (members[i].id, members[j].id, key, s, text, s == 100.0 and mi == mj, None))

    modality = _codes(x[5] for x in info)
    return BlockLinks((ii, jj, scores), (scores == 100.0) & (modality[ii] == modality[jj]), make)


def _event_candidates(actor_sets: Sequence[frozenset], threshold: float,
                      focus: Sequence[int] | None = None):
    """Pairs (i, j), i < j, in order, that may share ``threshold`` percent of
    their actors (Jaccard): every such pair and a few more, never fewer. With
    ``focus`` (positions), only pairs touching one of them (sharing an actor).

    Prefix filtering: with the actors of each set ordered rarest first, two
    sets whose Jaccard similarity reaches t share an actor among the first
    ``|A| - ceil(t * |A|) + 1`` of each, so only those are indexed."""
    n = len(actor_sets)
    t = threshold / 100.0
    if t <= 0:
        return sorted({(min(i, j), max(i, j)) for i in (focus if focus is not None else range(n))
                       for j in range(n) if i != j})
    if focus is not None:
        by_actor: dict[str, list[int]] = defaultdict(list)
        for j, sb in enumerate(actor_sets):
            for x in sb:
                by_actor[x].append(j)
        near: set[tuple[int, int]] = set()
        for i in focus:
            for x in actor_sets[i]:
                near.update((i, j) if i < j else (j, i) for j in by_actor[x] if j != i)
        return sorted(near)
    freq: dict[str, int] = defaultdict(int)
    for sa in actor_sets:
        for x in sa:
            freq[x] += 1
    index: dict[str, list[int]] = defaultdict(list)
    later: list[list[int]] = [[] for _ in range(n)]  # i -> the j > i met, ascending
    for j, sb in enumerate(actor_sets):
        ordered = sorted(sb, key=lambda x: (freq[x], x))
        need = max(1, -int(-(t * len(ordered) - 1e-9) // 1))  # ceil, rounded down a hair
        prefix = ordered[:len(ordered) - need + 1]
        for x in prefix:
            bucket = index[x]
            if len(prefix) == 1:
                for i in bucket:
                    later[i].append(j)
            else:  # one pair may be met through several actors of the prefix
                for i in bucket:
                    row = later[i]
                    if not row or row[-1] != j:
                        row.append(j)
            bucket.append(j)
    return ((i, j) for i in range(n) for j in later[i])


def quote_words(text: str | None) -> str:
    """A quote reduced to its words, for comparison."""
    return " ".join(_WORDS.sub(" ", (text or "").casefold()).split())


#: a word of a quote, or where an outlet left words out or put its own in ("...", "[the minister]")
_QUOTE_TOKEN = regexstore.compile(r"\.\.\.|…|\[[^\]]*\]|[^\W_]+%?|%")


@lru_cache(maxsize=65_536)
def _quote_tokens(text: str | None) -> tuple[tuple[str, ...], frozenset[int]]:
    """The words of a quote, casefolded, and the word positions where it has a gap."""
    words: list[str] = []
    gaps = set()
    for m in _QUOTE_TOKEN.finditer((text or "").casefold()):
        w = m.group()
        if w[0] in ".…[":
            gaps.add(len(words))
        else:
            words.append(w)
    return tuple(words), frozenset(gaps)


#: British and American spellings of one word, each brought to one form
_SPELLINGS = [(regexstore.compile(p), r) for p, r in (
    (r"(?<=\w\w)is(e|es|ed|ing|ation|ations)\b", r"iz\1"), (r"(?<=\w\w)ys(e|es|ed|ing)\b", r"yz\1"),
    (r"(?<=\w)our(s|ed|ing|ite|ites|able)?\b", r"or\1"), (r"(?<=\w\w)tre(s)?\b", r"ter\1"),
    (r"(?<=\w\w)ence(s)?\b", r"ense\1"), (r"(?<=\w\w)ogue(s)?\b", r"og\1"),
    (r"(?<=\w\w)amme(s)?\b", r"am\1"), (r"(?<=\w[aeiou])ll(ed|ing|er|ers)\b", r"l\1"),
    (r"\bper cent\b", "percent"))]


def _spelling(words: str) -> str:
    for pattern, repl in _SPELLINGS:
        words = pattern.sub(repl, words)
    return words


@lru_cache(maxsize=65_536)
def quote_changes(a: str | None, b: str | None, same: float = 90.0) -> tuple[tuple[str, str], ...]:
    """Where quote ``b`` words quote ``a`` otherwise: (``a``'s words, ``b``'s
    words) for each place, () when they are one wording.

    A direct quote is verbatim, so one word changed is a change, however long
    the quote ("supported by resilient household spending" vs "robust ...").
    Not a change: one quote starting or ending at another place than the other
    (a trimmed quote), words left out where an outlet marks it ("..."), an
    outlet's own words in brackets, and spellings of one word (``same``:
    character similarity, 0..100, from which two versions of a word are one:
    "organisation", "organization").

    >>> quote_changes("we will not give up", "We will not give up easily")
    ()
    >>> quote_changes("we will not give up", "we will give up")
    (('not', ''),)
    >>> quote_changes("prices are likely to rise", "prices are probable to rise")
    (('likely', 'probable'),)
    >>> quote_changes("the organisation will act now", "the organization ... act now")
    ()
    """
    (wa, gaps_a), (wb, gaps_b) = _quote_tokens(a), _quote_tokens(b)
    if wa == wb:
        return ()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not short or f" {' '.join(short)} " in f" {' '.join(long_)} ":
        return ()  # one is a part of the other
    # a repeated word may be aligned either way ("we we will" / "we will"): the reading with fewer changes
    forward = _changes(wa, gaps_a, wb, gaps_b, same)
    if not forward:
        return ()
    n, m = len(wa), len(wb)
    back = _changes(wa[::-1], frozenset(n - g for g in gaps_a), wb[::-1], frozenset(m - g for g in gaps_b), same)
    if len(forward) <= len(back):
        return tuple(forward)
    return tuple((" ".join(x.split()[::-1]), " ".join(y.split()[::-1])) for x, y in reversed(back))


def _changes(wa: Sequence[str], gaps_a: frozenset[int], wb: Sequence[str], gaps_b: frozenset[int],
             same: float) -> list[tuple[str, str]]:
    ops = Indel.opcodes(wa, wb)
    out = []
    k = 0
    while k < len(ops):
        if ops[k].tag == "equal":
            k += 1
            continue
        first = ops[k]
        while k + 1 < len(ops) and ops[k + 1].tag != "equal":
            k += 1
        last = ops[k]
        k += 1
        i1, i2, j1, j2 = first.src_start, last.src_end, first.dest_start, last.dest_end
        gone, added = " ".join(wa[i1:i2]), " ".join(wb[j1:j2])
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len(wa) and j2 == len(wb))
        if at_edge and not (gone and added):
            continue  # one quote goes on where the other stops
        if any(i1 <= g <= i2 for g in gaps_a) or any(j1 <= g <= j2 for g in gaps_b):
            continue  # "...", "[the minister]": the outlet says it left words out or put its own in
        if gone and added and (_spelling(gone) == _spelling(added) or fuzz.ratio(gone, added) >= same):
            continue  # a spelling: "realise", "realize"
        out.append((gone, added))
    return out


def _score_quotes(key, members, rules, focus=None) -> list[Pair]:
    pol = rules.policy
    words = [quote_words(c.quote) for c in members]
    short = [len(w.split()) < 3 for w in words]
    out = []
    for i, j, a, b, s in _linked_pairs(members, words, fuzz.token_set_ratio, pol.quote_match_threshold, focus,
                                       _possible(members, pol.story_window_days)):
        if short[i] or short[j]:
            continue
        if not published_close(a, b, pol.story_window_days):
            continue
        out.append(Pair(a.id, b.id, key, s, f"quote words token_set_ratio {s:.0f}", True))
    return out


# -- clusters -------------------------------------------------------------------------

_AB = attrgetter("a", "b")
_BA = attrgetter("b", "a")
_SCORE = attrgetter("score")
_KEY = attrgetter("key")
_STRONG = attrgetter("strong")


def _strength(p: Pair) -> tuple[bool, float]:
    """How links are taken into clusters: strong ones (same thing, compared)
    before weak ones (possibly the same thing), the highest score first."""
    return p.strong, p.score


def _complete_linkage(links: Iterable[tuple], linked: Callable[[list, list], bool]) -> list[list]:
    """The groups of complete linkage, the links ``(a, b)`` taken in the order
    given: a claim joins a group, or two groups merge, only when ``linked``
    says every pair across them is linked."""
    member_of: dict = {}
    groups: list[list] = []
    # a group only grows (or is emptied into another), so a claim or group
    # that cannot join a group now never can: such tries are not repeated
    # (two sets: a claim and a group may be numbered like two groups)
    cannot_join: set[tuple] = set()
    cannot_merge: set[tuple] = set()
    group_of = member_of.get
    for a, b in links:
        ga, gb = group_of(a), group_of(b)
        if ga == gb:  # most links of a large block join two claims of one group already
            if ga is None:
                member_of[a] = member_of[b] = len(groups)
                groups.append([a, b])
        elif ga is None or gb is None:
            g, new = (gb, a) if ga is None else (ga, b)
            if (new, g) in cannot_join:
                continue
            if linked([new], groups[g]):
                groups[g].append(new)
                member_of[new] = g
            else:
                cannot_join.add((new, g))
        else:
            tried = (ga, gb) if ga < gb else (gb, ga)
            if tried in cannot_merge:
                continue
            if linked(groups[ga], groups[gb]):
                for x in groups[gb]:
                    member_of[x] = ga
                groups[ga].extend(groups[gb])
                groups[gb] = []
            else:
                cannot_merge.add(tried)
    return [g for g in groups if g]


def clusters_from_pairs(pairs: Sequence[Pair], claims: Sequence[Claim] = (), *,
                        ordered: bool = False) -> list[Cluster]:
    """Complete-linkage clusters: a claim joins a cluster only if linked to every member.

    Strong links are taken first, then the highest scores, ties in (a, b)
    order of the claims' :func:`~factcheck.model.claim_order` (of their ids
    for claims not in ``claims``); a cluster lists its claims in that order. ``ordered`` says
    ``claims`` are in that order already and the pairs too, each pair once,
    ``a`` before ``b`` (as :func:`score_block` returns them), which saves two
    sorts."""
    link = dict(zip(map(_AB, pairs), pairs))  # both ways round: in C, not a loop in Python
    link.update(zip(map(_BA, pairs), pairs))
    rank = {c.id: (0, k) for k, c in enumerate(claims if ordered else sorted(claims, key=claim_order))}

    def at(cid: str) -> tuple:
        return rank.get(cid, (1, cid))

    if ordered:
        by_strength = sorted(pairs, key=_strength, reverse=True)  # stable: ties stay in (a, b) order
        links = list(map(_AB, by_strength))
    else:  # each link read as (earlier, later), in that order
        ends = [((p.a, p.b) if at(p.a) <= at(p.b) else (p.b, p.a), p) for p in pairs]
        ends.sort(key=lambda e: (at(e[0][0]), at(e[0][1])))
        ends.sort(key=lambda e: _strength(e[1]), reverse=True)  # stable: ties stay in (a, b) order
        links = [ab for ab, _ in ends]

    def linked(xs, ys) -> bool:
        return all((x, y) in link for x in xs for y in ys)

    groups = _complete_linkage(links, linked)
    by_id = {c.id: c for c in claims}
    outside = _outside_links(groups, links)
    return sorted((_cluster(sorted(g, key=at), link, by_id, outside[k])
                   for k, g in enumerate(groups)), key=lambda c: c.id)


#: links kept per member of a cluster to claims left out of it
OUTSIDE_KEPT = 3


def _outside_links(groups: list[list], links: Iterable[tuple]) -> list[tuple]:
    """For each group, its members' links to claims outside it, in the order
    of ``links`` (strongest first), at most :data:`OUTSIDE_KEPT` per member: a
    claim three outlets word differently ("benchmark interest rate", "key
    interest rate", "benchmark") may be linked to a cluster it could not join."""
    group_of = {x: k for k, g in enumerate(groups) for x in g}
    kept: list[list] = [[] for _ in groups]
    count: dict = {}
    for a, b in links:
        ga, gb = group_of.get(a), group_of.get(b)
        if ga == gb:
            continue
        for x, y, g in ((a, b, ga), (b, a, gb)):
            if g is not None and count.get(x, 0) < OUTSIDE_KEPT:
                count[x] = count.get(x, 0) + 1
                kept[g].append((x, y))
    return [tuple(k) for k in kept]


_A = attrgetter("a")
_B = attrgetter("b")


def block_clusters(key: str, members: Sequence[Claim], links: Sequence[Pair] | BlockLinks) -> list[Cluster]:
    """:func:`clusters_from_pairs` of the links of one block, as
    :func:`score_block` returns them (``members`` in claim order, every link with
    the block's ``key``, in (a, b) order): the same clusters. A large block is
    clustered on the claims' positions, with an array of link numbers for
    reading a cluster's links; a block of 400 events can hold 79,800 links."""
    if isinstance(links, list) and (len(members) <= SMALL_BLOCK or not links):
        return clusters_from_pairs(links, members, ordered=True)
    import numpy as np

    n, count = len(members), len(links)
    pos = {c.id: k for k, c in enumerate(members)}
    if isinstance(links, BlockLinks):
        ia, ib, score, strong_of = links.a, links.b, links.score, links.strong.astype(np.uint8)
        pair = links.pair
    else:
        ia = np.fromiter(map(pos.__getitem__, map(_A, links)), dtype=np.int64, count=count)
        ib = np.fromiter(map(pos.__getitem__, map(_B, links)), dtype=np.int64, count=count)
        score = np.fromiter(map(_SCORE, links), dtype=np.float64, count=count)
        strong_of = np.fromiter(map(_STRONG, links), dtype=np.uint8, count=count)
        pair = links.__getitem__
    number = np.full((n, n), -1, dtype=np.int64)  # link number of each pair, both ways round
    number[ia, ib] = number[ib, ia] = np.arange(count)
    order = np.lexsort((-score, -strong_of.astype(np.int64)))  # as _strength sorted(reverse=True): strong links
    # first, then the highest scores, ties in (a, b) order (lexsort is stable)

    def linked(xs, ys) -> bool:
        rows = number[xs]
        if len(xs) * len(ys) > 64:  # one array test; a few pairs are quicker looked up one by one
            return bool((rows[:, ys] >= 0).all())
        return all(rows[i, y] >= 0 for i in range(len(xs)) for y in ys)

    groups = _complete_linkage(zip(ia[order].tolist(), ib[order].tolist()), linked)
    gid = np.full(n, -1, dtype=np.int64)
    for k, g in enumerate(groups):
        gid[g] = k
    across = order[gid[ia[order]] != gid[ib[order]]]  # links between groups (or to a claim in none), strongest first
    outside = _outside_links(groups, zip(ia[across].tolist(), ib[across].tolist()))
    out = []
    for gk, g in enumerate(groups):
        at = np.array(sorted(g))  # positions in claim order: members are in that order
        upper = np.triu_indices(len(at), 1)
        nums = number[at[upper[0]], at[upper[1]]]  # every pair of the cluster, in claim order
        ids = tuple(members[i].id for i in at.tolist())
        kept: list[Link] = []
        for k in nums[:LINKS_KEPT].tolist():
            p = pair(k)
            kept.append(Link(p.a, p.b, round(p.score, 1), p.why, p.strong, p.info))
        explain = {"keys": [key], "representative": min(ids, key=lambda i, by=pos: _order(members[by[i]], i)),
                   "linkage": "complete", "links": kept}
        if len(nums) > len(kept):
            explain["links_total"] = len(nums)
        out.append(Cluster(id=fingerprint("cluster", *sorted(ids)), key=key, claims=ids,
                           score=round(float(score[nums].min()), 1), explain=explain,
                           strong=strong_of[nums].tobytes(),
                           outside=tuple((members[x].id, members[y].id) for x, y in outside[gk])))
    return sorted(out, key=lambda c: c.id)


def _cluster(members: list[str], link: dict, by_id: dict, outside: tuple = ()) -> Cluster:
    """The cluster of ``members`` (ids, in claim order): all of them are
    linked (complete linkage); its id is a fingerprint of the ids, whatever
    their order.

    Every link is read for the weakest score, the keys and the strength of
    each pair; only the first :data:`LINKS_KEPT` become explanation records."""
    ids = tuple(members)
    links = [link[(a, b)] for i, a in enumerate(ids) for b in ids[i + 1:]]  # every pair, in claim order
    strong = bytearray(map(_STRONG, links))
    weakest = min(map(_SCORE, links))
    kept: list[Link] = []
    for p in links[:LINKS_KEPT]:
        kept.append(Link(p.a, p.b, round(p.score, 1), p.why, p.strong, p.info))
    keys_sorted = sorted(set(map(_KEY, links)))
    explain = {"keys": keys_sorted, "representative": min(ids, key=lambda i: _order(by_id.get(i), i)),
               "linkage": "complete", "links": kept}
    if len(strong) > len(kept):
        explain["links_total"] = len(strong)
    return Cluster(id=fingerprint("cluster", *sorted(ids)), key=keys_sorted[0], claims=ids, score=round(weakest, 1),
                   explain=explain, strong=bytes(strong), outside=outside)


def _order(c: Claim | None, cid: str):
    if c is None:
        return (date.max, "", 0, cid)
    return (c.published or date.max, c.article, c.start, cid)


def match(claims: Sequence[Claim], rules: RuleSet, cap: int | None = None,
          map_blocks=None) -> tuple[list[Cluster], dict]:
    """Clusters of claims about the same thing, and the match stats.

    Blocks are planned (and split when larger than ``cap``, by default the
    policy's ``max_block_size``) by :mod:`factcheck.blocking`; ``map_blocks``
    may score them in other processes or on a cluster.
    """
    from factcheck.blocking import match_blocked

    return match_blocked(claims, rules, cap, map_blocks)
