"""Clusters and claims -> findings. The interval and tolerance logic lives here, once.

A hedged figure is an interval: "more than 6,000" is (6000, 9000] with the
default reach of 0.5; "about 19%" is [18.05, 19.95]; "nearly 16%" is [14.4, 16).
Two figures agree when their intervals, widened by the tolerance of their unit
dimension, overlap; they diverge when they cannot both be true.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Sequence

from rapidfuzz import fuzz

from factcheck.model import Claim, Cluster, Fact, Finding, Kind, Policy, RuleSet, Severity, Tolerance, Verdict
from factcheck.textutil import fingerprint

INF = float("inf")


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    def __str__(self) -> str:
        lo = "-inf" if self.low == -INF else f"{self.low:g}"
        hi = "+inf" if self.high == INF else f"{self.high:g}"
        return f"{'[' if self.low_closed else '('}{lo}, {hi}{']' if self.high_closed else ')'}"


def claim_interval(c: Claim, policy: Policy) -> Interval | None:
    """The values a quantity claim allows, with the policy's hedge semantics."""
    return hedge_interval(c.value, c.low, c.high, c.low_inclusive, c.high_inclusive, c.hedge, policy)


def hedge_interval(value, low, high, low_inc, high_inc, hedge, policy: Policy) -> Interval | None:
    if value is None and low is None and high is None:
        return None
    reach = policy.open_bound_reach
    if hedge == "about" and value is not None:
        w = abs(value) * policy.about_width
        return Interval(value - w, value + w)
    if hedge == "nearly" and (high is not None or value is not None):
        top = high if high is not None else value
        return Interval(top - abs(top) * policy.nearly_width, top, True, False)
    lo = low if low is not None else None
    hi = high if high is not None else None
    if lo is None and hi is None:
        lo = hi = value
    if hi is None:
        hi = lo + abs(lo) * reach if lo != 0 else INF
        return Interval(lo, hi, low_inc, True)
    if lo is None:
        lo = hi - abs(hi) * reach / (1 + reach) if hi != 0 else -INF
        return Interval(lo, hi, True, high_inc)
    return Interval(lo, hi, low_inc, high_inc)


def tolerance_for(c: Claim, policy: Policy, rules: RuleSet | None = None) -> Tolerance:
    tols = policy.tolerances
    return tols.get(c.dimension or "", tols.get("default", Tolerance()))


def overlap(a: Interval, b: Interval, tol: Tolerance) -> bool:
    scale = max(abs(x) for x in (a.low, a.high, b.low, b.high) if x not in (INF, -INF)) \
        if any(x not in (INF, -INF) for x in (a.low, a.high, b.low, b.high)) else 0.0
    slack = tol.abs + tol.rel * scale
    if slack > 0:
        return a.low - slack <= b.high and b.low - slack <= a.high
    lo_ok = a.low < b.high or (a.low == b.high and a.low_closed and b.high_closed)
    hi_ok = b.low < a.high or (b.low == a.high and b.low_closed and a.high_closed)
    return lo_ok and hi_ok


def _dates_overlap(a_start: date, a_end: date, b_start: date, b_end: date, days: int) -> bool:
    slack = timedelta(days=days)
    return a_start - slack <= b_end and b_start - slack <= a_end


def _describe(c: Claim) -> str:
    who = c.outlet or c.article
    if c.kind is Kind.EVENT:
        when = (c.date_start.isoformat() if c.date_start == c.date_end else
                f"{c.date_start}..{c.date_end}") if c.date_start else "no date"
        return f"{who}: {c.action} on {when}" + (f" in {c.place}" if c.place else "")
    return f"{who}: “{c.text}”"


class Judge:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.policy = rules.policy

    def finding(self, verdict: Verdict, claims: Sequence[Claim], message: str, *, rule: str | None = None,
                cluster: str | None = None, details: dict | None = None, severity: Severity | None = None
                ) -> Finding:
        ids = tuple(sorted(c.id for c in claims))
        return Finding(
            id=fingerprint("finding", verdict.value, rule or "", *ids),
            verdict=verdict, severity=severity or self.policy.severity[verdict.value], claims=ids,
            articles=tuple(sorted({c.article for c in claims})), message=message, rule=rule,
            cluster=cluster, details=details or {},
        )

    # -- clusters -----------------------------------------------------------

    def judge_cluster(self, cluster: Cluster, claims: Sequence[Claim]) -> Finding | None:
        if len({c.article for c in claims}) < 2:
            return None
        if claims[0].kind is Kind.QUANTITY:
            return self._judge_quantities(cluster, claims)
        if claims[0].kind is Kind.EVENT:
            return self._judge_events(cluster, claims)
        return self._judge_quotes(cluster, claims)

    def _judge_quantities(self, cluster: Cluster, claims: Sequence[Claim]) -> Finding:
        intervals = {c.id: claim_interval(c, self.policy) for c in claims}
        tol = tolerance_for(claims[0], self.policy)
        clashes = []
        for i, a in enumerate(claims):
            for b in claims[i + 1:]:
                ia, ib = intervals[a.id], intervals[b.id]
                if ia is not None and ib is not None and a.article != b.article and not overlap(ia, ib, tol):
                    clashes.append((a, b))
        details = {"intervals": {c.id: str(intervals[c.id]) for c in claims},
                   "tolerance": {"abs": tol.abs, "rel": tol.rel}, "match": cluster.explain}
        said = "; ".join(f"{_describe(c)} {intervals[c.id]}" for c in claims)
        if clashes:
            a, b = clashes[0]
            return self.finding(Verdict.DIVERGE, claims, f"Figures cannot both be true: {said}",
                                cluster=cluster.id, details=details)
        return self.finding(Verdict.AGREE, claims, f"Figures agree within tolerance: {said}",
                            cluster=cluster.id, details=details)

    def _judge_events(self, cluster: Cluster, claims: Sequence[Claim]) -> Finding:
        days = self.policy.date_tolerance_days
        dated = [c for c in claims if c.date_start is not None]
        clashes = []
        for i, a in enumerate(dated):
            for b in dated[i + 1:]:
                if a.article != b.article and not _dates_overlap(a.date_start, a.date_end, b.date_start,
                                                                 b.date_end, days):
                    clashes.append((a, b, "date"))
        placed = [c for c in claims if c.place]
        for i, a in enumerate(placed):
            for b in placed[i + 1:]:
                if a.article != b.article and fuzz.token_set_ratio(a.place, b.place) < 80:
                    clashes.append((a, b, "place"))
        said = "; ".join(_describe(c) for c in claims)
        details = {"date_tolerance_days": days, "match": cluster.explain}
        if clashes:
            what = sorted({k for _, _, k in clashes})
            return self.finding(Verdict.DIVERGE, claims, f"Accounts of the event differ in {' and '.join(what)}: "
                                f"{said}", cluster=cluster.id, details=details)
        return self.finding(Verdict.AGREE, claims, f"Accounts of the event agree: {said}", cluster=cluster.id,
                            details=details)

    def _judge_quotes(self, cluster: Cluster, claims: Sequence[Claim]) -> Finding:
        words = {c.id: c.quote or "" for c in claims}
        base = words[claims[0].id]
        same = all(fuzz.ratio(base, words[c.id]) >= 95 for c in claims[1:])
        said = " | ".join(f"{c.outlet or c.article}: “{words[c.id]}”" for c in claims)
        if same:
            return self.finding(Verdict.AGREE, claims, f"Quote is the same in every outlet: {said}",
                                cluster=cluster.id, details={"match": cluster.explain})
        return self.finding(Verdict.AGREE, claims, f"Quote worded differently: {said}", cluster=cluster.id,
                            details={"match": cluster.explain, "wording_changed": True})

    # -- single claims --------------------------------------------------------

    def internal_consistency(self, c: Claim) -> Finding | None:
        """A figure stated in two units in one place must agree with itself."""
        if not c.alternates:
            return None
        main = claim_interval(c, self.policy)
        tol = tolerance_for(c, self.policy)
        for low, high, unit in c.alternates:
            alt = hedge_interval(None, low, high, True, True, None, self.policy)
            if main is None or alt is None:
                continue
            if not overlap(main, alt, tol):
                return self.finding(Verdict.DIVERGE, [c], f"The figure disagrees with itself: {main} {c.unit} vs "
                                    f"{alt} {c.unit} as restated", details={"alternates": list(c.alternates)})
        return self.finding(Verdict.AGREE, [c], f"The figure is consistent with itself in both units: “{c.text}”",
                            details={"interval": str(main), "alternates": [list(a) for a in c.alternates],
                                     "tolerance": {"abs": tol.abs, "rel": tol.rel}})

    def sourcing(self, c: Claim, corroborated: bool) -> Finding | None:
        if c.checkworthy < self.policy.source_required_from or corroborated:
            return None
        if c.kind is Kind.QUOTE:
            return None
        if c.attribution:
            return self.finding(Verdict.SINGLE_SOURCE, [c], f"Only {c.outlet or c.article} reports this, citing "
                                f"{c.attribution}: “{c.text}”")
        return self.finding(Verdict.UNSOURCED, [c], f"No source named and no other outlet confirms it: “{c.text}”")

    # -- facts ----------------------------------------------------------------

    def against_fact(self, fact: Fact, claims: Sequence[Claim]) -> list[Finding]:
        out = []
        for c in claims:
            verdict = self._fact_verdict(fact, c)
            if verdict is None:
                continue
            sev = fact.severity if verdict is Verdict.RULE_VIOLATED else None
            msg = (f"{'Matches' if verdict is Verdict.RULE_CONFIRMED else 'Contradicts'} reference fact "
                   f"{fact.id!r} ({fact.source}): {_describe(c)}")
            out.append(self.finding(verdict, [c], msg, rule=fact.id, severity=sev,
                                    details={"fact": {"file": fact.file, "line": fact.line}}))
        return out

    def _fact_verdict(self, fact: Fact, c: Claim) -> Verdict | None:
        if fact.kind is Kind.EVENT:
            if c.kind is not Kind.EVENT or c.action != fact.subject or c.date_start is None:
                return None
            names = _entity_names(self.rules, fact.actors)
            if names and not names <= set(c.actors):
                return None
            if c.modality not in (None, "asserted", "reported"):
                return None
            ok = _dates_overlap(c.date_start, c.date_end, fact.date_start, fact.date_end,
                                self.policy.date_tolerance_days)
            return Verdict.RULE_CONFIRMED if ok else Verdict.RULE_VIOLATED
        if c.kind is not Kind.QUANTITY or c.unit != fact.unit:
            return None
        if fuzz.token_set_ratio(fact.subject.casefold(), c.subject.casefold()) < self.policy.match_threshold:
            return None
        if fact.period_start and c.period_start and (c.period_end < fact.period_start or
                                                     fact.period_end < c.period_start):
            return None
        fi = hedge_interval(fact.value, fact.low, fact.high, True, True, None, self.policy)
        ci = claim_interval(c, self.policy)
        if fi is None or ci is None:
            return None
        tol = Tolerance(fact.tolerance_abs or 0.0, fact.tolerance_rel or 0.0) \
            if fact.tolerance_abs is not None or fact.tolerance_rel is not None else tolerance_for(c, self.policy)
        return Verdict.RULE_CONFIRMED if overlap(fi, ci, tol) else Verdict.RULE_VIOLATED


def _entity_names(rules: RuleSet, ids: Sequence[str]) -> set[str]:
    by_id = {e.id: e.name for e in rules.entities}
    return {by_id.get(i, i) for i in ids}


def judge(claims: Sequence[Claim], clusters: Sequence[Cluster], rules: RuleSet,
          only_articles: set[str] | None = None) -> list[Finding]:
    """Every finding. With ``only_articles`` (draft mode), only findings that
    involve a claim of those articles."""
    j = Judge(rules)
    by_id = {c.id: c for c in claims}
    findings: list[Finding] = []
    corroborated: set[str] = set()
    for cl in clusters:
        members = [by_id[i] for i in cl.claims]
        f = j.judge_cluster(cl, members)
        if f is not None:
            findings.append(f)
        if len({c.outlet or c.article for c in members}) >= 2:
            corroborated.update(cl.claims)
    confirmed_by_fact: set[str] = set()
    for fact in rules.facts:
        for f in j.against_fact(fact, claims):
            findings.append(f)
            confirmed_by_fact.update(f.claims)
    for c in claims:
        f = j.internal_consistency(c)
        if f is not None:
            findings.append(f)
        f = j.sourcing(c, c.id in corroborated or c.id in confirmed_by_fact)
        if f is not None:
            findings.append(f)
    if only_articles is not None:
        findings = [f for f in findings if any(by_id[i].article in only_articles for i in f.claims)]
    unique = {f.id: f for f in findings}
    return sorted(unique.values(), key=finding_sort_key)


def finding_sort_key(f: Finding):
    return (-f.severity.rank, f.verdict.value, f.articles, f.id)
