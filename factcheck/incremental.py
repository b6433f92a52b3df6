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

from factcheck import regexstore
from factcheck.blocking import Blocker, _best_links
from factcheck.ingest import DEFAULT_MAX_BYTES, discover
from factcheck.judge import judge
from factcheck.match import Pair, clusters_from_pairs
from factcheck.model import Claim, Kind, RuleSet
from factcheck.parallel import Prefetch, load_extract
from factcheck.pipeline import Report


def check_indexed(corpus: Sequence[str], drafts: Sequence[str], rules: RuleSet, cache, *,
                  max_bytes: int = DEFAULT_MAX_BYTES, jobs: int = 1, block_cap: int | None = None) -> Report | None:
    """The report of ``check DRAFTS --against CORPUS``, or None when the index
    could not be read (the caller then runs the full pipeline)."""
    found = discover(drafts)[0]
    draft_names = {display for _, display in found}
    roots = list(corpus) + list(drafts)
    regexstore.use(cache.folder / regexstore.FILE_NAME)  # the extractor's patterns, compiled once for all runs
    # on two cores or more, the drafts are extracted in a forked process while this one scans
    ahead = Prefetch.for_drafts(found, roots, rules, max_bytes) if jobs > 1 else None
    try:
        every = load_extract(roots, rules, jobs=jobs, cache=cache, max_bytes=max_bytes, load=False,
                             must_load=frozenset(draft_names), extract=ahead.extract if ahead else None)
    finally:
        if ahead is not None:
            ahead.close()
    live = {d: g for d, g in every.digests.items() if d not in draft_names and g is not None}
    draft_claims = [c for c in every.claims if c.article in draft_names]
    blocker = Blocker(rules, block_cap)
    draft_items = []
    for c in draft_claims:
        keys = blocker.keys(c)
        if keys is not None:
            draft_items.append((keys, c.id, c.article, c))
    wanted = plan_from_index(cache, set(live.values()), draft_items, blocker.cap) if draft_items else []
    if wanted is None:
        cache.end_read()
        return None
    rowids = [it[3] for _, members in wanted for it in members if not isinstance(it[3], Claim)]
    loaded = cache.claims_by_rowid(rowids) if rowids else []
    cache.end_read()
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
    # the clusters' claims, and the claims their links reach outside them (see Judge.confirm_outside)
    involved = {i for cl in clusters for i in cl.claims} | {i for cl in clusters for link in cl.outside for i in link}
    claims = list(draft_claims) + [c for c in by_rowid.values() if c.id in involved]
    story: list[Claim] = []  # the claims of the articles that tell a draft's story

    def story_claims(articles: list[str]) -> list[Claim]:
        story.extend(_claims_of(cache, [live[a] for a in articles if a in live]))
        return story

    try:
        findings = judge(claims, clusters, rules, only_articles=draft_names, story_claims=story_claims)
    except _IndexGone:
        return None
    shown = {i for f in findings for i in f.claims} - {c.id for c in claims}
    claims += [c for c in story if c.id in shown]
    articles = [a for a in every.articles if a.id in draft_names]
    stats = {"articles": len(live) + len(articles), "claims": len(claims), "clusters": len(clusters),
             "indexed_claims_loaded": len(rowids), **every.stats}
    return Report(articles, claims, clusters, findings, every.problems, stats)


class _IndexGone(Exception):
    """The index lost entries it listed while it was read (the full pipeline runs instead)."""


def _claims_of(cache, digests: list[str]) -> list[Claim]:
    """Every claim of the indexed articles with these digests (the articles that
    tell a draft's story: the checks across articles outside the clusters read
    them all, as a full run would)."""
    entries = cache.get_many(digests)
    if len(entries) != len(set(digests)):
        raise _IndexGone
    return [c for d in digests for c in entries[d][1]]


def plan_from_index(cache, live_digests: set[str], draft_items: list, cap: int) -> list | None:
    """The blocks that hold a draft claim, each ``(key, items)``, exactly as
    :func:`factcheck.blocking.plan_items` plans them from the draft's items
    and the index rows of the live entries (an item's payload: the claim for a
    draft's, the index rowid for the corpus's); None when the index cannot be
    read.

    Splitting a block depends only on whether each group of items is over the
    cap and on whether a group holds one key value or several, so the index
    is asked just that, level by level: counts that stop at the cap and
    probes for another key value, both on a covering index (the claims'
    pages are not read). Rows are read only for the blocks kept: a draft
    claim among 16,000 indexed statements reads one month's or one
    subject's rows, not 16,000."""
    if not cache.restrict_to(live_digests):
        return None
    out: list[tuple[str, list]] = []
    by_k0: dict[str, list] = {}
    for it in draft_items:
        by_k0.setdefault(it[0][0], []).append(it)
    for k0 in sorted(by_k0):
        if not _plan_group(cache, {"k0": k0}, k0, by_k0[k0], 1, cap, out):
            return None
    out.sort(key=lambda b: b[0])
    return out


_COLUMNS = ("k0", "k1", "k2")


def _plan_group(cache, group: dict[str, str], key: str, drafts: list, level: int, cap: int, out: list) -> bool:
    """:func:`factcheck.blocking._split` of one group of items (the index rows
    of ``group``, key column -> value, and the draft items ``drafts``),
    keeping only the blocks that hold a draft item. False when the index
    cannot be read."""
    room = cap - len(drafts)  # index rows the group may hold and stay a block
    n = cache.count_rows(group, room + 1)
    if n is None:
        return False
    if n <= room or level > 2:
        rows = cache.keyed_rows(group)
        if rows is None or (n <= room and len(rows) != n):  # cannot differ within one read of the index
            return False
        items = [((k0, k1, k2), cid, article, rowid) for rowid, k0, k1, k2, cid, article in rows] + drafts
        if n <= room:
            out.append((key, items))
            return True
        items.sort(key=lambda it: it[1])  # level 3: chunks of at most cap items in id order
        n_chunks = -(-len(items) // cap)
        size = -(-len(items) // n_chunks)
        for i in range(0, len(items), size):
            chunk = items[i:i + size]
            if any(isinstance(it[3], Claim) for it in chunk):
                out.append((f"{key}#{i // size}", chunk))
        return True
    column = _COLUMNS[level]
    subs: dict[str, list] = {}
    for it in drafts:
        subs.setdefault(it[0][level], []).append(it)
    if len(subs) == 1:
        (value, sub), = subs.items()
        other = cache.has_other(group, column, value)
        if other is None:
            return False
        if not other:  # one group only: split at the next level (every row holds this value)
            return _plan_group(cache, {**group, column: value}, key, drafts, level + 1, cap, out)
    for value in sorted(subs):
        if not _plan_group(cache, {**group, column: value}, value, subs[value], level + 1, cap, out):
            return False
    return True


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
