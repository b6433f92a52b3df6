"""What a figure measures, and whether it is worth checking (first version)."""
from __future__ import annotations

import re

_WORD = re.compile(r"[a-z]+")
_STOP = frozenset("the a an of in on at to and or for by with from than more less about that this its".split())


def subject_of(sentence: str, q) -> str:
    words = [w for w in _WORD.findall(sentence[max(0, q.start - 60): q.end + 60].lower()) if w not in _STOP]
    return " ".join(words[:8])


def checkworthiness(sentence: str, q) -> float:
    return 0.8 if q.unit else 0.3
