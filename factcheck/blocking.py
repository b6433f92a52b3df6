"""Blocks of claims that stay small as the corpus grows.

Each claim's first blocking key (:func:`factcheck.match.blocking_keys`, e.g.
``quantity:percent:metric:exports``) names its block. A block larger than the
cap (the policy's ``max_block_size``, or ``--block-cap``) is split, level by
level:

1. by the blocking key alone (``k0``; for a figure, its unit: a figure whose
   subject names a metric meets one whose subject names none);
2. by the claim's full blocking key and the month the article was published
   (``k1``): a figure's metric or entity, and outlets report one story within
   days of each other;
3. by the leading word of the claim's normalised subject (``k2``);
4. by chunks of at most ``cap`` claims in id order (the block is *capped*).

Only a block over the cap is split, so small corpora are matched exactly as
without a cap. What splitting drops, the pairs that would have been compared
without it, is counted in the stats (``pairs_skipped_by_split``), never silent.
Scoring within a block is the matcher's own (:func:`factcheck.match.score_block`).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable, Sequence

from factcheck import regexstore
from factcheck.match import AliasNormaliser, Pair, block_clusters, blocking_keys, quote_words, score_block, unit_key
from factcheck.model import Claim, Cluster, Kind, RuleSet, claim_order

#: the cap when neither --block-cap nor the policy sets one
DEFAULT_CAP = 400

_WORD = regexstore.compile(r"[^\W\d_]{3,}")
_STOP = frozenset("the and for with from than more less about that this its are was were has have had "
                  "will would into over under per cent percent some".split())


class Blocker:
    """Blocking keys of claims (``k0``, ``k1``, ``k2``) and the matcher's scoring."""

    def __init__(self, rules: RuleSet, cap: int | None = None):
        self.rules = rules
        self.cap = max(2, int(cap or rules.policy.max_block_size or DEFAULT_CAP))
        self.norm = AliasNormaliser(rules)
        self.min_checkworthy = rules.policy.min_checkworthy_match
        self._months: dict = {}  # publication date -> "YYYY-MM"
        self._leads: dict[str, str] = {}  # compared text -> its leading word
        #: (k0, month, lead) -> (k0, k1, k2): claims with the same keys share one
        #: tuple (a million claims hold a few hundred thousand distinct keys)
        self._triples: dict[tuple[str, str, str], tuple[str, str, str]] = {}

    #: distinct texts and key triples remembered, at most (then computed each time)
    MEMO_MAX = 500_000

    def __getstate__(self) -> dict:
        """The blocker without its memos (a distributed engine sends it to every worker)."""
        return {**self.__dict__, "_leads": {}, "_triples": {}}

    def keys(self, c: Claim) -> tuple[str, str, str] | None:
        """``(k0, k1, k2)``, or None when the claim is not matched at all."""
        keys = blocking_keys(c, self.norm, self.min_checkworthy)
        if not keys:
            return None
        kind = keys[0]  # e.g. quantity:percent:metric:inflation
        month = self._months.get(c.published)
        if month is None:
            month = self._months[c.published] = c.published.strftime("%Y-%m") if c.published else "undated"
        if c.kind is Kind.QUANTITY:
            text = self.norm(c.subject)
        elif c.kind is Kind.EVENT:
            text = " ".join(sorted(c.actors))
        else:
            text = (c.quote or "").casefold()
        lead = self._leads.get(text)
        if lead is None:
            lead = next((w for w in _WORD.findall(text) if w not in _STOP), "")
            if len(self._leads) < self.MEMO_MAX:
                self._leads[text] = lead
        triple = self._triples.get((kind, month, lead))
        if triple is None:
            # figures are blocked by unit first: a figure whose subject names a metric meets
            # one whose subject does not ("a premium of about 45% on the closing price",
            # "a 45% premium"); a block too large is split by metric (or entity) and month
            k0 = f"quantity:{unit_key(c)}" if c.kind is Kind.QUANTITY else kind
            k1 = f"{kind}|{month}"
            triple = (k0, k1, f"{k1}|{lead}")
            if len(self._triples) < self.MEMO_MAX:
                self._triples[kind, month, lead] = triple
        return triple

    def subject(self, c: Claim) -> str:
        """The text the matcher compares for a claim: the normalised subject of
        a quantity, the actors of an event, the words of a quote."""
        if c.kind is Kind.QUANTITY:
            return self.norm(c.subject)
        if c.kind is Kind.EVENT:
            return " ".join(sorted(a.casefold() for a in c.actors))
        return quote_words(c.quote)

    @property
    def threshold(self) -> float:
        return self.rules.policy.match_threshold

    def score(self, a: Claim, b: Claim) -> tuple[float, str]:
        """The matcher's own score of one pair (0 when it would not link them)."""
        if a.kind is not b.kind:
            return 0.0, "different kinds"
        keys = blocking_keys(a, self.norm, self.min_checkworthy)
        pairs = score_block(keys[0] if keys else "", sorted((a, b), key=claim_order), self.norm, self.rules)
        return (pairs[0].score, pairs[0].why) if pairs else (0.0, "not linked")

    def block_pairs(self, key: str, members: Sequence[Claim], *, arrays: bool = False) -> tuple[list[Pair], int]:
        """Links of a block (members in claim order), and how many pairs of
        different articles it holds; ``arrays`` as for :func:`score_block`."""
        members = sorted(members, key=claim_order)
        return score_block(key, members, self.norm, self.rules, arrays=arrays), cross_article_pairs(members)

    def block_clusters(self, key: str, members: Sequence[Claim]) -> tuple[list[Cluster], int, int]:
        """Clusters of a block, its links and its pairs of different articles.

        A claim belongs to one block only (its first key), so no link and no
        cluster crosses blocks: clustering a block alone gives the clusters a
        run over every link makes, and blocks can be clustered apart."""
        members = sorted(members, key=claim_order)
        links, compared = self.block_pairs(key, members, arrays=True)  # in (a, b) order, each pair once
        return block_clusters(key, members, links), len(links), compared

    def neighbours(self, key: str, c: Claim, members: Sequence[Claim]) -> list[Pair]:
        """Links of ``c`` with the other members of its block (no numpy)."""
        members = sorted(members, key=claim_order)
        return score_block(key, members, self.norm, self.rules, focus={c.id})


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
    sizes: dict[str, int] = defaultdict(int)
    for it in items:
        sizes[it[0][0]] += 1
    stats["largest_block"] = max(sizes.values(), default=0)
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


def match_blocked(claims: Sequence[Claim], rules: RuleSet, cap: int | None = None,
                  map_blocks: Callable | None = None) -> tuple[list[Cluster], dict]:
    """Clusters and match stats, from capped blocks (see the module docstring).

    ``map_blocks(blocker, blocks)`` may spread the blocks over processes or a
    cluster; it must return ``blocker.block_clusters`` of each block, in the
    order of ``blocks``.
    """
    blocker = Blocker(rules, cap)
    blocks, split_stats = plan_blocks(claims, blocker)
    results = (map_blocks or _map_local)(blocker, blocks)
    clusters: list[Cluster] = []
    compared = matched = 0
    for found, n_links, n in results:
        clusters.extend(found)
        matched += n_links
        compared += n
    stats = {"blocks": len(blocks), "pairs_compared": compared, "pairs_matched": matched,
             "largest_scored_block": max((len(m) for _, m in blocks), default=0), **split_stats}
    clusters.sort(key=lambda c: c.id)
    return clusters, stats


def _map_local(blocker: Blocker, blocks: Sequence[tuple[str, list[Claim]]]) -> list[tuple[list[Cluster], int, int]]:
    return [blocker.block_clusters(key, members) for key, members in blocks]


def _best_links(pairs: Iterable[Pair]) -> list[Pair]:
    """One link per pair of claims (the best, as it came: its explanation
    reads ``a`` then ``b``), in a stable order."""
    found: dict[tuple[str, str], Pair] = {}
    for p in pairs:
        ab = (p.a, p.b) if p.a < p.b else (p.b, p.a)
        old = found.get(ab)
        if old is None or p.score > old.score:
            found[ab] = p
    return [found[k] for k in sorted(found)]


def candidate_pairs(claims: Sequence[Claim], rules: RuleSet, cap: int | None = None) -> tuple[list[Pair], dict]:
    """Every link the matcher makes, and the stats, without clustering."""
    blocker = Blocker(rules, cap)
    blocks, stats = plan_blocks(claims, blocker)
    pairs: list[Pair] = []
    for key, members in blocks:
        pairs.extend(blocker.block_pairs(key, members)[0])
    return _best_links(pairs), stats
