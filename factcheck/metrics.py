"""Which of the rules' metrics a figure's context names.

A metric alias may be written with words in between ("months into the bitter
war" names the alias "months into the war"; "the conflict in Ukraine has
lasted" names "conflict has lasted"): up to :data:`GAP` words may stand between
two words of an alias. Aliases are matched case-insensitively, whole words only.
"""
from __future__ import annotations

import re
from typing import Sequence

from factcheck import regexstore
from factcheck.model import Metric

#: words that may stand between two words of an alias
GAP = 3

_CACHE: dict[tuple, "MetricSpotter"] = {}
#: the metrics last asked for (held, so that the same object is known again) and their spotter
_LAST: list = [None, None]
#: dimensions a metric's figures may take interchangeably: a rate and a change of it in points
_KIN = {"ratio_change": "ratio"}
_WORD = regexstore.compile(r"\w+")


class MetricSpotter:
    """Finds metric aliases in text; built once per set of metrics."""

    def __init__(self, metrics: Sequence[Metric]):
        alts = []
        self._names: list[str] = []
        for m in metrics:
            for alias in (m.name, *m.aliases):
                words = _WORD.findall(alias.casefold())
                if not words:
                    continue
                gap = r"\W+(?:\w+\W+){0,%d}?" % GAP
                alts.append((len(words), f"(?P<m{len(self._names)}>" + gap.join(map(re.escape, words)) + ")",
                             frozenset(words), _KIN.get(m.dimension, m.dimension)))
                self._names.append(m.name)
        alts.sort(key=lambda a: -a[0])  # longer aliases first
        self._alts = [a for _, a, _, _ in alts]
        #: the dimension each alias's metric expects (None: any)
        self._dims = [d for _, _, _, d in alts]
        #: every word of an alias is a whole word of the text it is found in:
        #: aliases are tried only when the text holds all their words
        self._needs = [w for _, _, w, _ in alts]
        self._by_word: dict[str, list[int]] = {}
        for i, words in enumerate(self._needs):
            for w in words:
                self._by_word.setdefault(w, []).append(i)
        self._compiled: dict[tuple[int, ...], re.Pattern] = {}
        self._any = bool(alts)  # any alias at all; regexes are compiled on first use

    def _regex(self, chosen: tuple[int, ...]) -> re.Pattern:
        """The alternation of the chosen aliases, in the order of the full one."""
        regex = self._compiled.get(chosen)
        if regex is None:
            regex = self._compiled[chosen] = re.compile(
                r"(?<!\w)(?:" + "|".join(self._alts[i] for i in chosen) + r")(?!\w)")
        return regex

    @classmethod
    def for_metrics(cls, metrics: Sequence[Metric]) -> "MetricSpotter":
        if _LAST[0] is metrics and type(metrics) is tuple:  # the rules' own, asked for once per article
            return _LAST[1]
        key = tuple(metrics)
        spotter = _CACHE.get(key)
        if spotter is None:
            spotter = _CACHE[key] = cls(metrics)
        _LAST[:] = (metrics, spotter)
        return spotter

    def spot(self, text: str, dimension: str | None = None) -> str | None:
        """The name of the first metric named in ``text`` (longest alias wins at a
        place), among those that expect ``dimension`` or no dimension (a metric of
        percentages does not name "$95 a share"; None: any metric).

        >>> s = MetricSpotter([Metric("w", "length of the war", ("months into the war", "conflict has lasted"))])
        >>> s.spot("more than 10 months into the bitter war"), s.spot("the conflict in Ukraine has lasted for")
        ('length of the war', 'length of the war')
        >>> s.spot("the meeting lasted an hour") is None
        True
        >>> w = MetricSpotter([Metric("wages", "wages", ("average pay",), "ratio")])
        >>> w.spot("average pay rose 3%", "ratio"), w.spot("average pay of $900", "currency")
        ('wages', None)
        """
        if not self._any:
            return None
        text = text.casefold()
        words = set(_WORD.findall(text))
        by_word, needs = self._by_word, self._needs
        chosen = {i for w in words for i in by_word.get(w, ()) if needs[i] <= words}
        if dimension is not None and chosen:
            dims, kin = self._dims, _KIN.get(dimension, dimension)
            chosen = {i for i in chosen if dims[i] is None or dims[i] == kin}
        if not chosen:
            return None
        m = self._regex(tuple(sorted(chosen))).search(text)
        if m is None:
            return None
        return self._names[int(m.lastgroup[1:])]
