"""Claims about the same thing, across articles: blocking keys, then rapidfuzz.

Candidate pairs only come from claims that share a blocking key (the canonical
unit of a quantity, the action of an event, the speaker of a quote), never from
comparing everything with everything. Within a block, subjects are normalised
with the rules' metric and entity aliases and scored with rapidfuzz; pairs at or
above the policy's ``match_threshold`` are joined into clusters. A claim never
matches a claim of its own article.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from rapidfuzz import fuzz

from factcheck.model import Claim, Cluster, Kind, RuleSet
from factcheck.textutil import fingerprint

#: claims less check-worthy than this are not matched at all (incidental numbers)
MIN_CHECKWORTHY = 0.3


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    key: str
    score: float
    why: str


class AliasNormaliser:
    """Rewrites metric and entity aliases in a subject to their canonical names."""

    def __init__(self, rules: RuleSet):
        table: dict[str, str] = {}
        for m in rules.metrics:
            for alias in (m.name, *m.aliases):
                table[alias.casefold()] = m.name.casefold()
        for e in rules.entities:
            for alias in (e.name, *e.aliases):
                table[alias.casefold()] = e.name.casefold()
        self._table = table
        if table:
            alts = sorted(table, key=len, reverse=True)
            self._re = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alts) + r")\b")
        else:
            self._re = None

    def __call__(self, text: str) -> str:
        text = text.casefold()
        if self._re is None:
            return text
        return self._re.sub(lambda m: self._table[m.group(0)], text)


def block_key(claim: Claim) -> str | None:
    """The blocking key of a claim, or None when it is not matched at all."""
    if claim.kind is Kind.QUANTITY:
        if claim.unit is None or claim.checkworthy < MIN_CHECKWORTHY:
            return None
        return f"quantity:{claim.unit}"
    if claim.kind is Kind.EVENT:
        return f"event:{claim.action}" if claim.action else None
    if claim.kind is Kind.QUOTE:
        return f"quote:{(claim.speaker or '').casefold()}" if claim.speaker else None
    return None


def _periods_compatible(a: Claim, b: Claim) -> bool:
    if a.period_start is None or b.period_start is None:
        return True
    return not (a.period_end < b.period_start or b.period_end < a.period_start)


def score_pair(a: Claim, b: Claim, norm: AliasNormaliser) -> tuple[float, str]:
    """How sure we are that two claims of one block speak of one thing (0..100)."""
    if a.kind is Kind.EVENT:
        actors_a, actors_b = set(a.actors), set(b.actors)
        if not actors_a or not actors_b:
            return 0.0, "no actors"
        shared = len(actors_a & actors_b) / len(actors_a | actors_b)
        if (a.modality == "asserted") != (b.modality == "asserted") and a.modality != "expected" \
                and b.modality != "expected":
            return 0.0, "one happened, the other is planned"
        return 100.0 * shared, f"actors shared {shared:.2f}"
    if a.kind is Kind.QUOTE:
        s = fuzz.partial_ratio(a.quote or "", b.quote or "")
        return s, f"quote words partial_ratio {s:.0f}"
    if not _periods_compatible(a, b):
        return 0.0, "different periods"
    sa, sb = norm(a.subject), norm(b.subject)
    s = fuzz.token_set_ratio(sa, sb)
    return s, f"subject token_set_ratio {s:.0f} ({sa!r} ~ {sb!r})"


def candidate_pairs(claims: Sequence[Claim], rules: RuleSet) -> tuple[list[Pair], dict]:
    """Scored pairs at or above the threshold, and counts for the explanation."""
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        key = block_key(c)
        if key is not None:
            blocks[key].append(c)
    norm = AliasNormaliser(rules)
    threshold = rules.policy.match_threshold
    pairs: list[Pair] = []
    compared = 0
    for key in sorted(blocks):
        members = sorted(blocks[key], key=lambda c: c.id)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.article == b.article:
                    continue
                compared += 1
                s, why = score_pair(a, b, norm)
                if s >= threshold:
                    pairs.append(Pair(a.id, b.id, key, s, why))
    return pairs, {"blocks": len(blocks), "pairs_compared": compared, "pairs_matched": len(pairs)}


def clusters_from_pairs(pairs: Iterable[Pair]) -> list[Cluster]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_root_pairs: dict[str, list[Pair]] = defaultdict(list)
    pairs = list(pairs)
    for p in pairs:
        ra, rb = find(p.a), find(p.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    for p in pairs:
        by_root_pairs[find(p.a)].append(p)
    out = []
    for root, ps in by_root_pairs.items():
        members = tuple(sorted({x for p in ps for x in (p.a, p.b)}))
        out.append(Cluster(
            id=fingerprint("cluster", *members), key=ps[0].key, claims=members,
            score=round(min(p.score for p in ps), 1),
            explain={"key": ps[0].key, "links": [{"a": p.a, "b": p.b, "score": round(p.score, 1), "why": p.why}
                                                 for p in sorted(ps, key=lambda p: (p.a, p.b))]},
        ))
    return sorted(out, key=lambda c: c.id)


def match(claims: Sequence[Claim], rules: RuleSet) -> tuple[list[Cluster], dict]:
    pairs, stats = candidate_pairs(claims, rules)
    return clusters_from_pairs(pairs), stats
