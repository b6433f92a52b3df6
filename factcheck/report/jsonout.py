"""JSON output: the arrays other tools read (field names are a contract)."""
from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Iterator

from factcheck.model import ClaimList, ClaimRows, Link
from factcheck.report.records import claim_rows, finding_row

_INF = float("inf")


def _float(v: float) -> str:
    if v != v:
        return "NaN"
    if v == _INF:
        return "Infinity"
    if v == -_INF:
        return "-Infinity"
    return float.__repr__(v)


def _key(k) -> str:
    if isinstance(k, str):
        return k
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, float):
        return _float(k)
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


#: the text of each key already written ("key": ), by key: the rows repeat a few dozen keys
_KEYS: dict = {}


def _key_text(key) -> str:
    text = _KEYS.get(key)
    if text is None:
        text = encode_basestring(_key(key)) + ": "
        if len(_KEYS) < 10_000 and type(key) is str:
            _KEYS[key] = text
    return text


def _encode(o, out: list, indent: str) -> None:
    """``o`` as ``json.dumps(o, ensure_ascii=False, indent=2)`` writes it, in
    pieces appended to ``out`` (the standard library's encoder falls back to
    pure Python when indenting, and is several times slower). The common types
    are taken by their exact type; subclasses (an enum of text, a named tuple)
    as the standard library takes them."""
    t = type(o)
    if t is str:
        out.append(encode_basestring(o))
        return
    if t is dict or t is Link or t is ClaimRows:
        mapping = True
    elif t is list or t is tuple or t is ClaimList:
        mapping = False
    elif isinstance(o, str):
        out.append(encode_basestring(o))
        return
    elif o is None or o is True or o is False:
        out.append("null" if o is None else "true" if o else "false")
        return
    elif isinstance(o, int):
        out.append(int.__repr__(o))
        return
    elif isinstance(o, float):
        out.append(_float(o))
        return
    elif isinstance(o, (list, tuple, dict, Link, ClaimRows, ClaimList)):
        mapping = not isinstance(o, (list, tuple, ClaimList))
    else:  # anything else: exactly as the standard library does it (or its error)
        out.append(json.dumps(o, ensure_ascii=False, indent=2).replace("\n", "\n" + indent))
        return
    if not o:
        out.append("{}" if mapping else "[]")
        return
    inner = indent + "  "
    sep = ",\n" + inner
    append = out.append
    keys = _KEYS
    # each item is one piece: what goes before it (the opening or a comma, its key) and its text
    pre = ("{\n" if mapping else "[\n") + inner
    for item in (o.items() if mapping else o):
        if mapping:
            key, item = item
            pre += keys.get(key) or _key_text(key)
        t = type(item)
        if t is str:
            append(pre + encode_basestring(item))
        elif item is None:
            append(pre + "null")
        elif item is True:
            append(pre + "true")
        elif item is False:
            append(pre + "false")
        elif t is int:
            append(pre + int.__repr__(item))
        elif t is float:
            append(pre + _float(item))
        else:
            append(pre)
            _encode(item, out, inner)
        pre = sep
    append("\n" + indent + ("}" if mapping else "]"))


def dumps(obj) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)`` and a newline, byte for byte."""
    out: list[str] = []
    _encode(obj, out, "")
    out.append("\n")
    return "".join(out)


def iter_dumps(items) -> Iterator[str]:
    """:func:`dumps` of a list, in pieces, one item at a time: the items may be
    produced lazily and never all held (nor the whole text)."""
    first = True
    for item in items:
        out: list[str] = ["[\n  " if first else ",\n  "]
        first = False
        _encode(item, out, "  ")
        yield "".join(out)
    yield "[]\n" if first else "\n]\n"


def claims_json(claims) -> str:
    return dumps(claim_rows(claims))


def findings_json(findings, claims) -> str:
    return "".join(findings_json_pieces(findings, claims))


def findings_json_pieces(findings, claims) -> Iterator[str]:
    """:func:`findings_json` in pieces, a finding at a time."""
    by_id = {c.id: c for c in claims}
    return iter_dumps(finding_row(f, by_id) for f in findings)
