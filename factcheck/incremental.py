"""``check`` against an indexed corpus: extract the drafts, look up only the
claims that can match them, judge just those.

The corpus is brought up to date first (files whose size, modification time
or manifest metadata changed are read, extracted and indexed again; the others
are not even opened). Then, for each draft claim's blocking key, the index
yields the corpus claims of the same block (planned exactly as a full run
would plan it, from keys alone); the clusters that hold a draft claim are grown
from the draft's claims outwards, so they are the clusters a full run makes.
Findings are the same as :func:`factcheck.pipeline.run` with drafts.
"""
from __future__ import annotations

from typing import Sequence

from factcheck.blocking import Blocker, _best_links, plan_items
from factcheck.ingest import DEFAULT_MAX_BYTES, discover
from factcheck.judge import judge
from factcheck.match import Pair, clusters_from_pairs
from factcheck.model import Claim, Kind, RuleSet
from factcheck.parallel import load_extract
from factcheck.pipeline import Report


def check_indexed(corpus: Sequence[str], drafts: Sequence[str], rules: RuleSet, cache, *,
                  max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1, block_cap: int | None = None) -> Report | None:
    """The report of ``check DRAFTS --against CORPUS``, or None when the index
    could not be read (the caller then runs the full pipeline)."""
    draft_names = {display for _, display in discover(drafts)[0]}
    every = load_extract(list(corpus) + list(drafts), rules, jobs=jobs, cache=cache, max_bytes=max_bytes,
                         load=False, must_load=frozenset(draft_names))
    live = {d: g for d, g in every.digests.items() if d not in draft_names and g is not None}
    draft_claims = [c for c in every.claims if c.article in draft_names]
    blocker = Blocker(rules, block_cap)
    draft_items = []
    for c in draft_claims:
        keys = blocker.keys(c)
        if keys is not None:
            draft_items.append((keys, c.id, c.article, c))
    rows = cache.keyed_rows([it[0][0] for it in draft_items]) if draft_items else []
    corpus_items = [((k0, k1, k2), cid, article, rowid) for rowid, digest, k0, k1, k2, cid, article in rows
                    if live.get(article) == digest]
    blocks, _ = plan_items(corpus_items + draft_items, blocker.cap)
    wanted = [(key, members) for key, members in blocks if any(isinstance(it[3], Claim) for it in members)]
    rowids = [it[3] for _, members in wanted for it in members if not isinstance(it[3], Claim)]
    loaded = cache.claims_by_rowid(rowids) if rowids else []
    if loaded is None:
        return None
    by_rowid = dict(zip(sorted(rowids), loaded))
    pairs: list[Pair] = []
    for key, members in wanted:
        claims = [it[3] if isinstance(it[3], Claim) else by_rowid[it[3]] for it in members]
        pairs.extend(_component_pairs(blocker, key, claims, [it[3] for it in members if isinstance(it[3], Claim)]))
    known = {c.id: c for c in draft_claims}
    known.update({c.id: c for c in by_rowid.values()})
    clusters = clusters_from_pairs(_best_links(pairs), list(known.values()))
    involved = {i for cl in clusters for i in cl.claims}
    claims = list(draft_claims) + [c for c in by_rowid.values() if c.id in involved]
    findings = judge(claims, clusters, rules, only_articles=draft_names)
    articles = [a for a in every.articles if a.id in draft_names]
    stats = {"articles": len(live) + len(articles), "claims": len(claims), "clusters": len(clusters),
             "indexed_claims_loaded": len(rowids), **every.stats}
    return Report(articles, claims, clusters, findings, every.problems, stats)


def _component_pairs(blocker: Blocker, key: str, members: list[Claim], seeds: list[Claim]) -> list[Pair]:
    """Every matching pair of the block's clusters that hold a seed claim: grown
    outwards from the seeds, scoring each reached claim against the block."""
    if members and members[0].kind is Kind.EVENT:
        return _component_of(blocker.block_pairs(key, members)[0], seeds)
    seen = {c.id for c in seeds}
    frontier = list(seeds)
    found: dict[tuple[str, str], Pair] = {}
    by_id = {c.id: c for c in members}
    while frontier:
        c = frontier.pop()
        for p in blocker.neighbours(key, c, members):
            found.setdefault((p.a, p.b), p)
            other = p.b if p.a == c.id else p.a
            if other not in seen:
                seen.add(other)
                frontier.append(by_id[other])
    return [found[k] for k in sorted(found)]


def _component_of(links: list[Pair], seeds: list[Claim]) -> list[Pair]:
    """The links of a block's clusters that hold a seed claim, from the links
    of the whole block (the same pairs growing from the seeds finds: events
    are scored cheaply in one go, their candidates filtered by actors)."""
    adjacent: dict[str, list[Pair]] = {}
    for p in links:
        adjacent.setdefault(p.a, []).append(p)
        adjacent.setdefault(p.b, []).append(p)
    seen = {c.id for c in seeds}
    frontier = [c.id for c in seeds]
    found: dict[tuple[str, str], Pair] = {}
    while frontier:
        cid = frontier.pop()
        for p in adjacent.get(cid, ()):
            found.setdefault((p.a, p.b), p)
            other = p.b if p.a == cid else p.a
            if other not in seen:
                seen.add(other)
                frontier.append(other)
    return [found[k] for k in sorted(found)]
