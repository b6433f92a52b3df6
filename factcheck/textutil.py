"""Small text helpers shared by the stages: fingerprints, line lookup, normalising."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from typing import Sequence

_WS = re.compile(r"\s+")


def fingerprint(*parts: object, length: int = 16) -> str:
    """A stable hex digest of the parts (independent of PYTHONHASHSEED).

    >>> fingerprint("a", 1) == fingerprint("a", 1)
    True
    """
    # one update of the joined parts: the same digest as one update per part
    data = "".join([str(part) + "\x1f" for part in parts]).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:length]


def normalize_space(text: str) -> str:
    """Fold every run of white space (including no-break and thin spaces) to one space."""
    return " ".join(text.split())  # str.split() and the regex \s agree on what white space is


def normalize_for_id(text: str) -> str:
    """The form of a text that an id is built from: NFKC, case-folded, spaces folded,
    curly quotes straightened."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return normalize_space(text).casefold()


#: the characters for which str.lower() and case-insensitive matching part ways
#: for ASCII and Latin-1 letters: İ lowercases to two characters, IGNORECASE
#: equates ı with i and ſ with s (found by testing every code point). Text
#: without them can be lowercased once and searched case-sensitively with a
#: lowercase pattern: the same spans as IGNORECASE on the text as written.
CASE_TRAPS = re.compile("[\u0130\u0131\u017f]")


def lowercase_pattern(pattern: str) -> str:
    """A case-insensitive ``pattern`` with its literals lowercased (group names
    kept), to be searched case-sensitively in lowercased text (see CASE_TRAPS).

    Only for patterns of ASCII and Latin-1 letters, uncased characters, and
    escapes that mean the same in lower case (\\s, \\w, \\d, \\b).
    """
    if re.search(r"\\[A-Z]|\(\?P=", pattern) or any(
            not c.isascii() and c.lower() != c.upper() and ord(c) > 0xFF for c in pattern):
        raise ValueError(f"cannot lowercase the pattern {pattern[:60]!r}")
    return "".join(part if part.startswith("(?P<") else part.lower()
                   for part in re.split(r"(\(\?P<\w+>)", pattern))

_LINE_BREAK = re.compile(r"\r\n?|\n")


class LineIndex:
    """Maps character offsets of a text to 1-based line numbers.

    A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as editors count them.

    >>> LineIndex("a\\r\\nb\\rc\\nd").line(7)
    4
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line(self, offset: int) -> int:
        return bisect_right(self._starts, offset)

    def column(self, offset: int) -> int:
        return offset - self._starts[self.line(offset) - 1] + 1


def tail_trie(tails: dict[str, str]) -> str:
    """One regular expression for literal words (every character as written)
    that must each be followed by their own tail regex, as a prefix trie: one
    pass over the first letters. Where a word ends, its tail is tried after
    the longer words through that node, so at one place the trie finds what a
    flat alternation of the words, longest first, finds. No words: a pattern
    that never matches.

    >>> tail_trie({"in": "", "inch": "es"})
    'in(?:ches|)'
    """
    trie: dict = {}
    for word, tail in tails.items():
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return emit(trie) if trie else "(?!)"


def trie_regex(words: Sequence[str]) -> str:
    """One regular expression for many literal phrases, factored by common prefix
    (much faster than a flat alternation). A space matches any run of whitespace.

    >>> trie_regex(["meet", "met", "meeting"])
    'me(?:et(?:ing)?|t)'
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            body = (body if len(alts) == 1 and len(body) == 1 else f"(?:{body})") + "?"
        return body

    return emit(trie)
