"""The whole job as one call: read, extract, match, judge. No printing, no exit."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from factcheck.accept import strip as strip_directives
from factcheck.errors import Problem
from factcheck.heap import FREEZE_MIN_CLAIMS, collector_paused, frozen_heap, release_memory
from factcheck.ingest import DEFAULT_MAX_BYTES, load_corpus
from factcheck.judge import judge
from factcheck.match import match
from factcheck.model import FAIL_LEVELS, Article, Claim, Cluster, Finding, RuleSet


@dataclass
class Report:
    """What a run found. ``articles`` hold their text, except after
    :func:`run_scaled` with ``texts=False`` (see :func:`without_texts`)."""

    articles: list[Article]
    claims: list[Claim]
    clusters: list[Cluster]
    findings: list[Finding]
    problems: list[Problem] = field(default_factory=list)
    stats: dict = field(default_factory=dict)

    @property
    def input_errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == "error"]

    def return_code(self, fail_on: str) -> int:
        """0 clean, 1 a finding at or above ``fail_on``, 2 an input error."""
        if self.input_errors:
            return 2
        if fail_on == "never":
            return 0
        level = FAIL_LEVELS.index(fail_on)
        if any(f.severity.rank >= level for f in self.findings):
            return 1
        return 0


def without_texts(articles: Sequence[Article]) -> list[Article]:
    """The articles with their text (and body) left out, except those that
    hold an accept directive: all that writing a report reads of the text."""
    from dataclasses import replace

    from factcheck.accept import has_directive

    return [a if has_directive(a.text) else replace(a, text="", body=()) for a in articles]


def extract_all(articles: Sequence[Article], rules: RuleSet, progress=None) -> list[Claim]:
    from factcheck.extract import extract_article  # not imported by check when no draft needs extracting

    claims: list[Claim] = []
    for a in articles:
        claims.extend(extract_article(strip_directives(a), rules))  # directive lines are not prose
        if progress is not None:
            progress(1)
    return claims


def run(paths: Sequence[str], rules: RuleSet, *, drafts: Sequence[str] = (), max_bytes: int = DEFAULT_MAX_BYTES,
        progress=None) -> Report:
    """Read ``paths`` (and ``drafts``), extract, match and judge.

    With drafts, only findings that involve a draft's claims are kept: the
    before-publication check of a draft against its sources.
    """
    articles, problems = load_corpus(list(paths) + list(drafts), rules.outlets, max_bytes)
    for a in articles:
        for w in a.warnings:
            problems.append(Problem(a.id, w, level="warning"))
    claims = extract_all(articles, rules, progress)
    clusters, stats = match(claims, rules)
    only = None
    if drafts:
        from factcheck.ingest import discover

        only = {display for _, display in discover(drafts)[0]}
    findings = judge(claims, clusters, rules, only_articles=only)
    stats = {"articles": len(articles), "claims": len(claims), "clusters": len(clusters), **stats}
    return Report(articles, claims, clusters, findings, problems, stats)


def run_scaled(paths: Sequence[str], rules: RuleSet, *, drafts: Sequence[str] = (),
               max_bytes: int = DEFAULT_MAX_BYTES, progress=None, jobs: int = 1, cache=None, engine=None,
               block_cap: int | None = None, texts: bool = True,
               before_judge: Callable[[list[Claim]], object] | None = None) -> Report:
    """:func:`run` for large corpora: cached extraction over ``jobs`` processes
    (or a distributed ``engine``), and blocks capped at ``block_cap`` claims
    (see :mod:`factcheck.blocking`). Same findings as :func:`run` as long as no
    block is split; the stats count what splitting left out.

    With ``texts=False`` the articles keep their text only when it holds an
    accept directive (see :func:`without_texts`): enough to write the report
    files, and 600 MB of the 2.65 GB a run of 100,000 articles holds after
    extraction.
    ``before_judge(claims)`` is called once the claims are matched (the
    report starts rendering what needs only the claims)."""
    from factcheck.blocking import match_blocked
    from factcheck.parallel import block_mapper, load_extract

    loaded = load_extract(list(paths) + list(drafts), rules, jobs=jobs, cache=cache, max_bytes=max_bytes,
                          progress=progress, extract=engine.extract if engine is not None else None)
    if not texts:
        loaded.articles = without_texts(loaded.articles)
        release_memory()
    mapper = engine.map_blocks if engine is not None else block_mapper(jobs)
    only = None
    if drafts:
        from factcheck.ingest import discover

        only = {display for _, display in discover(drafts)[0]}
    large = len(loaded.claims) >= FREEZE_MIN_CLAIMS
    # matching and judging make no reference cycles (tested): no collector passes over their records
    with frozen_heap(large), collector_paused(large):
        clusters, stats = match_blocked(loaded.claims, rules, cap=block_cap, map_blocks=mapper)
        if before_judge is not None:
            before_judge(loaded.claims)
        findings = judge(loaded.claims, clusters, rules, only_articles=only)
    stats = {"articles": len(loaded.articles), "claims": len(loaded.claims), "clusters": len(clusters), **stats,
             **loaded.stats}
    return Report(loaded.articles, loaded.claims, clusters, findings, loaded.problems, stats)
