"""A small, fixed report built from hand-written records, so the writers'
golden files do not move when the extractors or the judge change."""
from __future__ import annotations

from datetime import date

from factcheck.model import Article, Claim, Cluster, Finding, Kind, Severity, Verdict
from factcheck.pipeline import Report

TEXTS = {
    "wire/reuters.md": ("---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
                        "Exports rose 23% in 2022, the statistics office said.\n"),
    "wire/planet.md": ("---\noutlet: Daily Planet\npublished: 2023-03-02\n---\n"
                       "Exports rose more than 30% in 2022 <script>alert('x')</script> as trade *boomed*.\n"),
    "drafts/ours.md": ("---\noutlet: Our Paper\npublished: 2023-03-03\n---\n"
                       "Imports are down nearly 16% this year.\n\n"
                       "<!-- factcheck: accept nearly 16% reason: figure checked with the ministry -->\n"
                       "=SUM(A1) of firms said costs rose 5%.\n"),
}
META = {"wire/reuters.md": ("Reuters", date(2023, 3, 1)), "wire/planet.md": ("Daily Planet", date(2023, 3, 2)),
        "drafts/ours.md": ("Our Paper", date(2023, 3, 3))}


def _article(path: str) -> Article:
    text = TEXTS[path]
    body_start = text.index("---\n", 4) + 4
    outlet, published = META[path]
    lines, pos = [], body_start
    for line in text[body_start:].splitlines(keepends=True):
        if line.strip():
            lines.append((pos, pos + len(line.rstrip("\n"))))
        pos += len(line)
    return Article(id=path, path=path, text=text, outlet=outlet, published=published, body=tuple(lines))


def _claim(cid: str, path: str, span: str, sentence_start_words: str, **kw) -> Claim:
    text = TEXTS[path]
    s_start = text.index(sentence_start_words)
    s_end = text.index("\n", s_start)
    start = text.index(span, s_start)
    outlet, published = META[path]
    return Claim(id=cid, article=path, kind=Kind.QUANTITY, text=span, start=start, end=start + len(span),
                 line=text.count("\n", 0, start) + 1, sentence=text[s_start:s_end], sentence_start=s_start,
                 sentence_index=0, paragraph=0, outlet=outlet, published=published, unit="percent",
                 dimension="ratio", checkworthy=0.8, **kw)


def fixed_report() -> Report:
    articles = [_article(p) for p in sorted(TEXTS)]
    claims = [
        _claim("c0reuters0000001", "wire/reuters.md", "23%", "Exports rose", subject="exports rose", value=23.0,
               low=23.0, high=23.0, attribution="the statistics office"),
        _claim("c0planet00000002", "wire/planet.md", "more than 30%", "Exports rose", subject="exports rose",
               value=30.0, low=30.0, high=None, low_inclusive=False, hedge="more_than"),
        _claim("c0ours0000000003", "drafts/ours.md", "nearly 16%", "Imports are", subject="imports down",
               value=16.0, low=None, high=16.0, high_inclusive=False, hedge="nearly"),
        _claim("c0ours0000000004", "drafts/ours.md", "5%", "=SUM", subject="=costs rose", value=5.0, low=5.0,
               high=5.0),
    ]
    cluster = Cluster("k0cluster0000001", "quantity:percent", ("c0planet00000002", "c0reuters0000001"), 88.0,
                      {"key": "quantity:percent", "links": [{"a": "c0planet00000002", "b": "c0reuters0000001",
                                                             "score": 88.0, "why": "subject token_set_ratio 88"}]})
    findings = [
        Finding("f0diverge0000001", Verdict.DIVERGE, Severity.ERROR, ("c0planet00000002", "c0reuters0000001"),
                ("wire/planet.md", "wire/reuters.md"),
                "Figures cannot both be true: Daily Planet: “more than 30%” (30, 45]; Reuters: “23%” [23, 23]",
                cluster="k0cluster0000001",
                details={"intervals": {"c0planet00000002": "(30, 45]", "c0reuters0000001": "[23, 23]"},
                         "tolerance": {"abs": 0.5, "rel": 0.0}, "match": cluster.explain}),
        Finding("f0unsourced00002", Verdict.UNSOURCED, Severity.WARNING, ("c0ours0000000003",), ("drafts/ours.md",),
                "No source named and no other outlet confirms it: “nearly 16%”"),
        Finding("f0single00000003", Verdict.SINGLE_SOURCE, Severity.INFO, ("c0ours0000000004",), ("drafts/ours.md",),
                "Only Our Paper reports this: “5%”"),
    ]
    stats = {"articles": 3, "claims": len(claims), "clusters": 1}
    return Report(articles, claims, [cluster], findings, [], stats)
