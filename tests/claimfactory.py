"""Build Claim records directly, for tests of matching and judgement."""
from __future__ import annotations

import itertools
from datetime import date

from factcheck.model import Claim, Kind

_ids = itertools.count()


def quantity(article: str, value: float | None, unit: str = "percent", subject: str = "inflation", *,
             low=None, high=None, hedge=None, low_inc=True, high_inc=True, dimension=None, outlet=None,
             period=None, sentence_index=None, attribution=None, checkworthy=0.8, alternates=(),
             direction=None, published=date(2022, 12, 30)) -> Claim:
    """A quantity claim; ``low``/``high`` default to ``value`` unless a hedge opens a side."""
    if low is None and high is None and value is not None:
        low = high = value
        if hedge in ("more_than", "at_least"):
            high = None
        if hedge in ("less_than", "at_most", "nearly"):
            low = None
    n = next(_ids)
    return Claim(
        id=f"q{n:04d}", article=article, kind=Kind.QUANTITY, text=f"{hedge or ''} {value} {unit}".strip(),
        start=n, end=n + 1, line=1, sentence=f"{subject} {value}", sentence_start=0,
        sentence_index=n if sentence_index is None else sentence_index, paragraph=0,
        outlet=outlet or article.split(".")[0].upper(), published=published, subject=subject, value=value,
        low=low, high=high, low_inclusive=low_inc and hedge != "more_than",
        high_inclusive=high_inc and hedge not in ("less_than", "nearly"), unit=unit,
        dimension=dimension or {"percent": "ratio", "km2": "area", "month": "duration", "person": "count",
                                "USD": "currency"}.get(unit),
        hedge=hedge, period_start=period[0] if period else None, period_end=period[1] if period else None,
        checkworthy=checkworthy, alternates=alternates, attribution=attribution, direction=direction,
    )


def event(article: str, action: str, actors: tuple[str, ...], start: date | None, end: date | None = None, *,
          place=None, modality="asserted", polarity="positive", outlet=None) -> Claim:
    n = next(_ids)
    return Claim(
        id=f"e{n:04d}", article=article, kind=Kind.EVENT, text=f"{action}", start=n, end=n + 1, line=1,
        sentence=f"{' and '.join(actors)} {action}", sentence_start=0, sentence_index=n, paragraph=0,
        outlet=outlet or article.split(".")[0].upper(), published=date(2022, 12, 30), subject=action,
        actors=actors, action=action, date_start=start, date_end=end or start, place=place,
        modality=modality, polarity=polarity, checkworthy=0.8,
    )


def quote(article: str, speaker: str, words: str, *, outlet=None) -> Claim:
    n = next(_ids)
    return Claim(
        id=f"t{n:04d}", article=article, kind=Kind.QUOTE, text=f"“{words}”", start=n, end=n + 1, line=1,
        sentence=f"“{words},” {speaker} said.", sentence_start=0, sentence_index=n, paragraph=0,
        outlet=outlet or article.split(".")[0].upper(), published=date(2022, 12, 30), subject=speaker,
        speaker=speaker, quote=words, quote_kind="direct", checkworthy=0.7,
    )
