"""Inline acceptance: a line in an article that accepts one of its claims.

In Markdown, an HTML comment (invisible when the article is rendered)::

    <!-- factcheck: accept 41% reason: the ministry revised its figure on 3 March -->

In plain text, a line of its own::

    factcheck: accept "more than 6,000 square kilometers" reason: our own estimate

The target is a claim id (``factcheck extract`` prints them) or the claim's exact
words (case and spacing do not matter), optionally in double quotes; it names a
claim of the same article. ``reason:`` is required. Every finding that involves
an accepted claim is accepted: it is still reported, marked as accepted, and it
does not fail the gate. Directive lines are not article text: no claim is read
from them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from factcheck.errors import Problem
from factcheck.model import Article, Claim, Finding
from factcheck.textutil import LineIndex

_COMMENT = re.compile(r"<!--\s*factcheck\s*:(.*?)-->", re.S | re.I)
_LINE = re.compile(r"^[ \t]*factcheck[ \t]*:(.*)$", re.M | re.I)
_ACCEPT = re.compile(r"^\s*accept\s+(?P<target>.*?)\s+reason\s*:\s*(?P<reason>.*?)\s*$", re.S | re.I)
_CLAIM_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True, slots=True)
class Directive:
    article: str
    line: int
    start: int
    end: int
    target: str  # claim id or claim words, normalised
    reason: str


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def has_directive(text: str) -> bool:
    """Whether ``text`` holds a directive line (well formed or not). Every
    directive has the word, in any case; looking for it in the lowercased
    text is three times faster than a case-blind pattern."""
    return "factcheck" in text.lower() and bool(spans(text))


def spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, body)`` of every directive in ``text``, in order."""
    found = [(m.start(), m.end(), m.group(1)) for m in _COMMENT.finditer(text)]
    for m in _LINE.finditer(text):
        if not any(a <= m.start() < b for a, b, _ in found):
            found.append((m.start(), m.end(), m.group(1)))
    return sorted(found)


def parse(article: Article) -> tuple[list[Directive], list[Problem]]:
    """The article's accept directives, and problems with malformed ones."""
    index = LineIndex(article.text)
    directives, problems = [], []
    for start, end, body in spans(article.text):
        line = index.line(start)
        m = _ACCEPT.match(body)
        if not m or not m.group("target").strip('" ') or not m.group("reason"):
            problems.append(Problem(article.id, "malformed factcheck directive: write "
                                    "'factcheck: accept <claim id or words> reason: <why>'", line))
            continue
        target = m.group("target").strip()
        if len(target) >= 2 and target[0] == target[-1] == '"':
            target = target[1:-1]
        directives.append(Directive(article.id, line, start, end, _norm(target), " ".join(m.group("reason").split())))
    return directives, problems


def strip(article: Article) -> Article:
    """The article with directive lines left out of its body (the text is unchanged)."""
    cut = [(a, b) for a, b, _ in spans(article.text)]
    if not cut:
        return article
    body: list[tuple[int, int]] = []
    for start, end in article.body:
        pieces = [(start, end)]
        for a, b in cut:
            pieces = [p for s, e in pieces for p in ((s, min(e, a)), (max(s, b), e)) if p[0] < p[1]]
        body.extend((s, e) for s, e in pieces if article.text[s:e].strip())
    return replace(article, body=tuple(body))


def _targets(d: Directive, mine: Sequence[Claim]) -> list[Claim]:
    """The claims of ``mine`` (the claims of the directive's article) it names."""
    if _CLAIM_ID.match(d.target):
        return [c for c in mine if c.id == d.target]
    return [c for c in mine if _norm(c.text) == d.target]


def accepted(articles: Iterable[Article], claims: Sequence[Claim], findings: Sequence[Finding]
             ) -> tuple[dict[str, str], list[Problem]]:
    """``{finding id: reason}`` for findings accepted inline, and problems found.

    A directive that names no claim of its article is reported as a warning.
    When two directives accept one finding, the first (by article, then
    position) gives the reason.
    """
    reasons: dict[str, str] = {}
    problems: list[Problem] = []
    by_article: dict[str, list[Claim]] | None = None  # indexed at the first directive
    by_claim: dict[str, list[Finding]] = {}
    for article in sorted(articles, key=lambda a: a.id):
        directives, bad = parse(article)
        problems.extend(bad)
        if directives and by_article is None:
            by_article = defaultdict(list)
            for c in claims:
                by_article[c.article].append(c)
            for f in findings:
                for cid in f.claims:
                    by_claim.setdefault(cid, []).append(f)
        for d in directives:
            hits = {c.id for c in _targets(d, by_article.get(d.article, ()))}
            if not hits:
                problems.append(Problem(d.article, f"factcheck directive accepts nothing: no claim {d.target!r} "
                                        "in this article", d.line, level="warning"))
                continue
            for cid in sorted(hits):
                for f in by_claim.get(cid, ()):
                    reasons.setdefault(f.id, d.reason)
    return reasons, problems
