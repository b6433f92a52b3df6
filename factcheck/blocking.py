"""Blocks of claims that stay small as the corpus grows, and fast scoring within them.

The matcher's blocking key (:func:`factcheck.match.block_key`, e.g.
``quantity:percent``) grows with the corpus: every percentage of every article
lands in one block, and all pairs within it are compared. Here a block larger
than ``cap`` claims is split, level by level:

1. by the blocking key alone (``k0``);
2. by the month the article was published (``k1``): outlets report one story
   within days of each other;
3. by the leading word of the claim's normalised subject (``k2``);
4. by chunks of at most ``cap`` claims in id order (the block is *capped*).

Only a block over the cap is split, so small corpora are matched exactly as by
the plain matcher. What splitting drops, the pairs that would have been
compared without it, is counted in the stats (``pairs_skipped_by_split``),
never silent.

Within a block, quantity subjects are normalised once per claim (not once per
pair) and scored with :func:`rapidfuzz.process.cdist` as a filter; the pairs
that pass are scored again one by one with the matcher's own function, so
scores and explanations are exactly the matcher's. :func:`neighbours` scores
one claim against a block without numpy, for the ``check`` path.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Callable, Iterable, Sequence

from rapidfuzz import fuzz, process

from factcheck.match import AliasNormaliser, Pair, block_key, clusters_from_pairs, score_pair
from factcheck.model import Claim, Cluster, Kind, RuleSet

#: a block with more claims than this is split (see the module docstring)
DEFAULT_CAP = 1000

_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = frozenset("the and for with from than more less about that this its are was were has have had "
                  "will would into over under per cent percent some".split())


class Blocker:
    """Blocking keys of claims (``k0``, ``k1``, ``k2``) and the matcher's scoring,
    with subjects normalised once per claim."""

    def __init__(self, rules: RuleSet, cap: int = DEFAULT_CAP):
        self.rules = rules
        self.cap = max(2, int(cap))
        self.norm = AliasNormaliser(rules)
        self.threshold = rules.policy.match_threshold
        self._subjects: dict[str, str] = {}

    def subject(self, c: Claim) -> str:
        """The claim's subject with aliases rewritten, computed once per claim."""
        s = self._subjects.get(c.id)
        if s is None:
            s = self._subjects[c.id] = self.norm(c.subject)
        return s

    def keys(self, c: Claim) -> tuple[str, str, str] | None:
        """``(k0, k1, k2)``, or None when the claim is not matched at all."""
        k0 = block_key(c)
        if k0 is None:
            return None
        k1 = f"{k0}|{c.published.strftime('%Y-%m') if c.published else 'undated'}"
        if c.kind is Kind.QUANTITY:
            text = self.subject(c)
        elif c.kind is Kind.EVENT:
            text = " ".join(sorted(c.actors))
        else:
            text = (c.quote or "").casefold()
        lead = next((w for w in _WORD.findall(text) if w not in _STOP), "")
        return k0, k1, f"{k1}|{lead}"

    # -- scoring ----------------------------------------------------------------

    def score(self, a: Claim, b: Claim) -> tuple[float, str]:
        """The matcher's score of one pair, with the subjects normalised once."""
        if a.kind is not Kind.QUANTITY:
            return score_pair(a, b, self.norm)
        if a.period_start is not None and b.period_start is not None and \
                (a.period_end < b.period_start or b.period_end < a.period_start):
            return 0.0, "different periods"
        sa, sb = self.subject(a), self.subject(b)
        s = fuzz.token_set_ratio(sa, sb)
        return s, f"subject token_set_ratio {s:.0f} ({sa!r} ~ {sb!r})"

    def block_pairs(self, key: str, members: Sequence[Claim]) -> tuple[list[Pair], int]:
        """Pairs of a block at or above the threshold (members sorted by id), and
        how many pairs of different articles were compared."""
        members = sorted(members, key=lambda c: c.id)
        compared = cross_article_pairs(members)
        if len(members) < 2:
            return [], compared
        if members[0].kind is Kind.QUANTITY and len(members) > 16:
            candidates = self._cdist_candidates(members)
        else:
            candidates = ((i, j) for i in range(len(members)) for j in range(i + 1, len(members)))
        pairs = []
        for i, j in candidates:
            a, b = members[i], members[j]
            if a.article == b.article:
                continue
            s, why = self.score(a, b)
            if s >= self.threshold:
                pairs.append(Pair(a.id, b.id, key, s, why))
        return pairs, compared

    def _cdist_candidates(self, members: Sequence[Claim]) -> list[tuple[int, int]]:
        """Index pairs (i < j) whose subjects may reach the threshold."""
        import numpy as np  # only on the report path: cdist returns an array

        subjects = [self.subject(c) for c in members]
        m = process.cdist(subjects, subjects, scorer=fuzz.token_set_ratio,
                          score_cutoff=max(0.0, self.threshold - 0.5), workers=1)
        ii, jj = np.nonzero(np.triu(m, 1))
        return list(zip(ii.tolist(), jj.tolist()))

    def neighbours(self, key: str, c: Claim, members: Sequence[Claim]) -> list[Pair]:
        """Pairs of ``c`` with the members of its block ``key`` at or above the
        threshold (each pair oriented by id, as the matcher does); no numpy."""
        others = [m for m in members if m.id != c.id and m.article != c.article]
        if c.kind is Kind.QUANTITY and len(others) > 16:
            hits = process.extract(self.subject(c), [self.subject(m) for m in others], scorer=fuzz.token_set_ratio,
                                   score_cutoff=max(0.0, self.threshold - 0.5), limit=None)
            others = [others[i] for _, _, i in sorted(hits, key=lambda h: h[2])]
        out = []
        for m in others:
            a, b = (c, m) if c.id < m.id else (m, c)
            s, why = self.score(a, b)
            if s >= self.threshold:
                out.append(Pair(a.id, b.id, key, s, why))
        return out


def cross_article_pairs(members: Sequence) -> int:
    """Pairs of claims from different articles among ``members`` (claims, or
    items whose third field is the article)."""
    n = len(members)
    per_article: dict[str, int] = defaultdict(int)
    for c in members:
        per_article[c.article if isinstance(c, Claim) else c[2]] += 1
    return n * (n - 1) // 2 - sum(k * (k - 1) // 2 for k in per_article.values())


#: what :func:`plan_items` splits: ((k0, k1, k2), claim id, article, payload)
Item = tuple


def plan_items(items: Iterable[Item], cap: int) -> tuple[list[tuple[str, list[Item]]], dict]:
    """Blocks of at most ``cap`` items, sorted by key, and what the splitting
    cost: blocks split and capped, pairs of different articles not compared.

    Works on keys, ids and articles alone, so ``check`` can plan blocks from
    the index without loading claims."""
    by_k0: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_k0[it[0][0]].append(it)
    blocks: list[tuple[str, list[Item]]] = []
    stats = {"blocks_split": 0, "blocks_capped": 0, "pairs_skipped_by_split": 0}
    for k0 in sorted(by_k0):
        _split(k0, by_k0[k0], 1, cap, blocks, stats)
    blocks.sort(key=lambda b: b[0])
    return blocks, stats


def plan_blocks(claims: Iterable[Claim], blocker: Blocker) -> tuple[list[tuple[str, list[Claim]]], dict]:
    """Blocks of at most ``blocker.cap`` claims, sorted by key, and the split stats."""
    items = []
    for c in claims:
        keys = blocker.keys(c)
        if keys is not None:
            items.append((keys, c.id, c.article, c))
    blocks, stats = plan_items(items, blocker.cap)
    return [(key, [it[3] for it in members]) for key, members in blocks], stats


def _split(key: str, items: list[Item], level: int, cap: int, out: list, stats: dict) -> None:
    if len(items) <= cap:
        out.append((key, items))
        return
    before = cross_article_pairs(items)
    if level <= 2:
        groups: dict[str, list[Item]] = defaultdict(list)
        for it in items:
            groups[it[0][level]].append(it)
        if len(groups) > 1:
            stats["blocks_split"] += 1
            stats["pairs_skipped_by_split"] += before - sum(cross_article_pairs(g) for g in groups.values())
            for sub in sorted(groups):
                _split(sub, groups[sub], level + 1, cap, out, stats)
            return
        _split(key, items, level + 1, cap, out, stats)
        return
    items = sorted(items, key=lambda it: it[1])
    n_chunks = -(-len(items) // cap)
    size = -(-len(items) // n_chunks)
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    stats["blocks_capped"] += 1
    stats["pairs_skipped_by_split"] += before - sum(cross_article_pairs(ch) for ch in chunks)
    for i, ch in enumerate(chunks):
        out.append((f"{key}#{i}", ch))


def match_blocked(claims: Sequence[Claim], rules: RuleSet, cap: int = DEFAULT_CAP,
                  map_blocks: Callable | None = None) -> tuple[list[Cluster], dict]:
    """Drop-in for :func:`factcheck.match.match` with capped blocks.

    ``map_blocks(fn, blocks)`` may spread the blocks over processes or a
    cluster; it must return the results in the order of ``blocks``.
    """
    blocker = Blocker(rules, cap)
    blocks, split_stats = plan_blocks(claims, blocker)
    results = (map_blocks or _map_local)(blocker, blocks)
    pairs: list[Pair] = []
    compared = 0
    for block_pairs, n in results:
        pairs.extend(block_pairs)
        compared += n
    stats = {"blocks": len(blocks), "pairs_compared": compared, "pairs_matched": len(pairs),
             "largest_block": max((len(m) for _, m in blocks), default=0), **split_stats}
    return clusters_from_pairs(pairs), stats


def _map_local(blocker: Blocker, blocks: Sequence[tuple[str, list[Claim]]]) -> list[tuple[list[Pair], int]]:
    return [blocker.block_pairs(key, members) for key, members in blocks]
