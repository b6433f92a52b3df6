"""Paragraphs and sentences with character offsets into the article text.

A paragraph ends at a blank line, or at a line break after a sentence's end (so
one-paragraph-per-line files and hard-wrapped Markdown both work). Sentences end
at ``.``, ``!`` or ``?`` (with closing quotes or brackets) followed by space and
a capital, digit or quote, except after an abbreviation ("Mr.", "U.S.",
"Feb. 24") or an initial ("Dmitry A. Medvedev").
"""
from __future__ import annotations

from functools import lru_cache

from factcheck import regexstore
from factcheck import dataload
from factcheck.model import Article, Sentence
from factcheck.textutil import LineIndex

#: direction marks and isolates that real copy carries between sentences
_MARKS = "\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_BOUNDARY = regexstore.compile(rf"""[.!?]+["”’»')\]]*(?=\s+[{_MARKS}]*["“‘'«(\[]?[{_MARKS}]*(\w))""")
_LINE_BREAK = regexstore.compile(r"\r\n?|\n")
_WORD_BEFORE = regexstore.compile(r"([A-Za-z][A-Za-z.]*)$")
_END_OF_SENTENCE_LINE = regexstore.compile(r"""[.!?:;]["”’')\]]*\s*$""")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower() for a in dataload.load("abbreviations.yaml")["abbreviations"])


@lru_cache(maxsize=1)
def _before_numbers() -> frozenset[str]:
    return frozenset(a.lower() for a in dataload.load("abbreviations.yaml")["before_numbers"])


#: words that open a sentence and never follow an abbreviation or an initial inside one: "left Dunmore at
#: 6:40 a.m. The crew reported", "in the U.S. It said" end there ("Mr. Xi", "Feb. 24", "a.m. Tuesday" do not)
_OPENERS = frozenset("The A An He She It They We His Her Its Their This That These Those There But".split())
_NEXT_WORD = regexstore.compile(r"""\s+["“‘']?([A-Z][a-z]*)\b""")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial
    (and not also the sentence: see ``_OPENERS``)."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    nxt = _NEXT_WORD.match(text, dot + 1)
    if nxt and nxt.group(1) in _OPENERS:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Dmitry A. Medvedev"
    key = word.lower().rstrip(".")
    if key in _before_numbers():
        nxt = text[dot + 1: dot + 3].lstrip()
        return nxt[:1].isdigit()  # "No. 1", "Vol. 2", but "said no. Then"
    return key in _abbreviations()


#: how far after a sentence's end a quotation opened before it may close and still hold the two together
QUOTE_REACH = 400


def _inside_quote(text: str, cur: int, stop: int, end: int) -> bool:
    """Whether ``stop`` falls inside a quotation opened since ``cur`` that
    closes within the paragraph (up to ``QUOTE_REACH`` characters on): the
    sentences of one quote stay with the words that say who said it. A
    quotation left open to the paragraph's end (news copy continues a quote in
    the next paragraph without closing it) does not hold sentences together."""
    opened = text.count("“", cur, stop) - text.count("”", cur, stop)
    if opened > 0:
        return text.find("”", stop, min(end, stop + QUOTE_REACH)) >= 0
    if opened == 0 and text.count('"', cur, stop) % 2:
        return text.find('"', stop, min(end, stop + QUOTE_REACH)) >= 0
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, trimmed of surrounding space.

    >>> t = "Mr. Xi met Dmitry A. Medvedev on Feb. 24 in the U.S. capital. Then he left."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['Mr. Xi met Dmitry A. Medvedev on Feb. 24 in the U.S. capital.', 'Then he left.']
    >>> t = "It left at 6:40 a.m. The crew saw a fire at 7 a.m. Tuesday."
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['It left at 6:40 a.m.', 'The crew saw a fire at 7 a.m. Tuesday.']
    >>> t = '"We ask for nothing. We want to pay the rent," she said. Then she left.'
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['"We ask for nothing. We want to pay the rent," she said.', 'Then she left.']
    """
    end = len(text) if end is None else end
    spans = []
    cur = start
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = m.group(1)
        if not (nxt.isupper() or nxt.isdigit() or nxt.istitle()):
            continue  # "e.g. the", "3 p.m. on"
        stop = m.end()
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        if _inside_quote(text, cur, stop, end):
            continue  # '"We are not asking for luxuries. We ask to pay the rent," she said': one sentence
        spans.append((cur, stop))
        cur = stop
    spans.append((cur, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def paragraphs(article: Article) -> list[tuple[int, int]]:
    """Paragraph spans from the article's body lines."""
    paras: list[tuple[int, int]] = []
    text = article.text
    cur_start = cur_end = None
    for start, end in article.body:
        joined = (cur_end is not None and len(_LINE_BREAK.findall(text, cur_end, start)) == 1
                  and not _END_OF_SENTENCE_LINE.search(text, cur_start, cur_end))
        if cur_start is not None and joined:
            cur_end = end
            continue
        if cur_start is not None:
            paras.append((cur_start, cur_end))
        cur_start, cur_end = start, end
    if cur_start is not None:
        paras.append((cur_start, cur_end))
    return paras


def segment(article: Article, index: LineIndex | None = None) -> list[Sentence]:
    """Every sentence of the article's body, in order (``index``: the line index
    of the article's text, when the caller has one)."""
    index = LineIndex(article.text) if index is None else index
    out: list[Sentence] = []
    for p, (pstart, pend) in enumerate(paragraphs(article)):
        for start, end in split_sentences(article.text, pstart, pend):
            out.append(Sentence(article.id, len(out), p, start, end, index.line(start), article.text[start:end]))
    return out
