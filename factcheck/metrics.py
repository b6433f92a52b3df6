"""Which of the rules' metrics a figure's context names.

A metric alias may be written with words in between ("months into the bitter
war" names the alias "months into the war"; "the conflict in Ukraine has
lasted" names "conflict has lasted"): up to :data:`GAP` words may stand between
two words of an alias. Aliases are matched case-insensitively, whole words only.
"""
from __future__ import annotations

import re
from typing import Sequence

from factcheck.model import Metric

#: words that may stand between two words of an alias
GAP = 3

_CACHE: dict[tuple, "MetricSpotter"] = {}


class MetricSpotter:
    """Finds metric aliases in text; built once per set of metrics."""

    def __init__(self, metrics: Sequence[Metric]):
        alts = []
        self._names: list[str] = []
        for m in metrics:
            for alias in (m.name, *m.aliases):
                words = re.findall(r"\w+", alias.casefold())
                if not words:
                    continue
                gap = r"\W+(?:\w+\W+){0,%d}?" % GAP
                alts.append((len(words), f"(?P<m{len(self._names)}>" + gap.join(map(re.escape, words)) + ")"))
                self._names.append(m.name)
        alts.sort(key=lambda a: -a[0])  # longer aliases first
        self._re = re.compile(r"(?<!\w)(?:" + "|".join(a for _, a in alts) + r")(?!\w)") if alts else None

    @classmethod
    def for_metrics(cls, metrics: Sequence[Metric]) -> "MetricSpotter":
        key = tuple(metrics)
        spotter = _CACHE.get(key)
        if spotter is None:
            spotter = _CACHE[key] = cls(metrics)
        return spotter

    def spot(self, text: str) -> str | None:
        """The name of the first metric named in ``text`` (longest alias wins at a place).

        >>> s = MetricSpotter([Metric("w", "length of the war", ("months into the war", "conflict has lasted"))])
        >>> s.spot("more than 10 months into the bitter war"), s.spot("the conflict in Ukraine has lasted for")
        ('length of the war', 'length of the war')
        >>> s.spot("the meeting lasted an hour") is None
        True
        """
        if self._re is None:
            return None
        m = self._re.search(text.casefold())
        if m is None:
            return None
        return self._names[int(m.lastgroup[1:])]
