"""Who says so (first version: "according to X", "X said")."""
from __future__ import annotations

import re

_ACCORDING = re.compile(r"according to (?:to )?((?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)")
_SAID = re.compile(r"((?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) (?:said|says|told|reported)")


def find_attribution(sentence: str, previous: str | None = None, *, carry_over: bool = True) -> str | None:
    for pattern in (_ACCORDING, _SAID):
        m = pattern.search(sentence)
        if m:
            return m.group(1)
    return None
