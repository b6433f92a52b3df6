"""Time expressions (first version: none resolved yet)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class TimeRef:
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    kind: str
    text: str


def find_times(text: str, published: date | None) -> list[TimeRef]:
    return []
