"""Quotes: words in quotation marks (direct) and reported speech (paraphrase).

>>> q = find_quotes('“We share the same views,” Putin said.')[0]
>>> (q.kind, q.speaker, q.words)
('direct', 'Putin', 'We share the same views')
>>> q = find_quotes("China is eager for the war to end, said Yun Sun, a scholar.")[0]
>>> (q.kind, q.speaker, q.words)
('paraphrase', 'Yun Sun, a scholar', 'China is eager for the war to end')
>>> q = find_quotes("Western officials say Russia has turned to Iran.")[0]
>>> (q.kind, q.speaker, q.words)
('paraphrase', 'Western officials', 'Russia has turned to Iran')

Rules:

* direct: text between “curly” or "straight" quotation marks, at least two
  words (single quoted words are scare quotes: "best in history" counts, a
  lone “tsar” does not); the speaker is the sentence's attribution, with the
  carry-over policy of :func:`factcheck.attribution.find_attribution`;
* paraphrase, only when the sentence has no direct quote:
  ``CLAUSE, said X`` / ``CLAUSE, X said`` / ``CLAUSE, according to X`` (the
  clause before the cue) and ``X said (that) CLAUSE`` / ``X told CNN (that)
  CLAUSE`` / ``According to X, CLAUSE`` (the clause after it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck import regexstore
from factcheck.attribution import (_AUX_ONLY, _INVERTED_PLAIN, _INVERTED_SUBJECT, _NOT_SPEECH_BEFORE, _SAY, _VERBS,
                                   find_attribution)


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # span of the quoted words (or the paraphrased clause)
    end: int
    speaker: str | None
    words: str
    kind: str  # "direct" | "paraphrase"


_DIRECT = regexstore.compile(r"“([^“”]{3,}?)”|\"([^\"]{3,}?)\"")
_TRAIL = regexstore.compile(
    rf",\s+(?:(?:according\s+to\b)|(?:{_VERBS})\b|[^,]{{1,80}}?\s+(?:{_VERBS})\b)",
)
_LEAD = regexstore.compile(
    rf"^(?:(?:[^“”\"]{{1,120}}?)\s+(?:{_VERBS})(?:(?<=told)\s+(?:(?:[\w.-]+\s+){{0,4}}?[\w.-]+(?=\s+that\b)|"
    rf"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|reporters|journalists|the\s+\w+))?"
    rf"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last\s+(?:night|week|month|year)|"
    rf"yesterday|today|earlier\s+this\s+(?:week|month|year)))?(?:\s+that)?|"
    rf"According\s+to\s+[^,]{{1,80}},)\s+",
)


#: the object of a verb of saying, then "that": what was said comes after ("told local broadcaster ABS-CBN that")
_THAT_AFTER = regexstore.compile(r"(?:\s+[\w.’'-]+){0,5}?\s+that\b")
_SAY_START = regexstore.compile(rf",\s+(?:according\s+to|{_VERBS})\b")
_END = regexstore.compile(r"(?:\s+[\w’'-]+){0,4}\s*(?:[.!?][”\"]?\s*)?$")


def _trailing(sentence: str, m: re.Match) -> bool:
    """A trailing cue: "..., said X ..." anywhere, "..., X said [Thursday]." at the end.
    Not "X, based in Y, said revenue rose 12%": after "said" comes no speaker
    but what was said."""
    if _SAY_START.match(m.group(0)):
        if _CLAUSE_AFTER.match(sentence, m.end()):
            return False
        return m.group(0).rstrip().endswith("to") or bool(
            _INVERTED_SUBJECT.match(sentence, m.end()) or _INVERTED_PLAIN.match(sentence, m.end())
            or (_END.match(sentence, m.end()) and _ONLY_WHEN.match(sentence, m.end())))
    who = m.group(0)[1:].strip().rsplit(None, 1)[0]
    if _AUX_ONLY.fullmatch(who):
        return False  # "Tembwe district, where ..., has reported 212 cases": no one after the comma
    return bool(_END.match(sentence, m.end()))


#: only when it was said, to the end of the sentence: "..., Vesti Nedeli , declared last Sunday."
_ONLY_WHEN = regexstore.compile(r"\s*(?:[.!?]|$|(?:on|last|this|earlier|late|early|yesterday|today|recently|Monday|Tuesday|"
                        r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.IGNORECASE)


#: what "said" opens when it is the verb of the sentence's subject, not a source after it:
#: "Antonio Robledo, 58, who grows wheat, said his yield had collapsed"
_CLAUSE_AFTER = regexstore.compile(r"\s+(?:(?:that|his|her|its|their|he|she|it|they|we|i|there)\b|"
                           r"[^,;:.]*?\b(?:is|was|are|were|had|has|have|would|will|could|can|may|might|should)\b)",
                           re.IGNORECASE)


def _span(sentence: str, s: int, e: int) -> tuple[int, int]:
    while s < e and sentence[s] in " ,;:“”\"'":
        s += 1
    while e > s and sentence[e - 1] in " ,;:.“”\"'":
        e -= 1
    return s, e


def find_quotes(sentence: str, previous: str | None = None, before: str | None = None) -> list[Quote]:
    """Direct quotes and reported speech in ``sentence``, each with its speaker
    (``previous`` and ``before``: see :func:`find_attribution`)."""
    speaker = None
    out: list[Quote] = []
    direct = _DIRECT.finditer(sentence) if '"' in sentence or "“" in sentence else ()
    for m in direct:
        g = 1 if m.group(1) is not None else 2
        s, e = _span(sentence, m.start(g), m.end(g))
        if len(sentence[s:e].split()) < 2:
            continue
        if speaker is None:
            speaker = find_attribution(sentence, previous, before=before) or ""
        out.append(Quote(s, e, speaker or None, sentence[s:e], "direct"))
    if out or not _SAY.search(sentence) and "ccording to" not in sentence:
        return out
    m = _TRAIL.search(sentence)
    while m and (not _trailing(sentence, m) or _THAT_AFTER.match(sentence, m.end())):
        m = _TRAIL.search(sentence, m.end())  # "X, a survivor, told a broadcaster that ...": said after
    if m and m.start() > 0:
        s, e = _span(sentence, 0, m.start())
        if len(sentence[s:e].split()) >= 3:
            src = find_attribution(sentence, previous, before=before)
            return [Quote(s, e, src, sentence[s:e], "paraphrase")] if src else []
    m = _LEAD.match(sentence)
    verb = None
    for verb in _SAY.finditer(sentence, 0, m.end()) if m else ():
        pass
    if verb is not None and _NOT_SPEECH_BEFORE.search(sentence[:verb.start()].rstrip()):
        m = None  # "where the first cases were reported in late March": no one speaks
    if m:
        s, e = _span(sentence, m.end(), len(sentence))
        if len(sentence[s:e].split()) >= 3:
            src = find_attribution(sentence, previous, before=before)
            if src:
                return [Quote(a, b, src, sentence[a:b], "paraphrase") for a, b in _split_said(sentence, s, e)]
    return out


#: "X acknowledged that A, but said B": two things said, each its own clause
_BUT_SAID = regexstore.compile(rf",?\s+(?:but|and|while)\s+(?:also\s+)?(?:{_VERBS})(?:\s+that)?\s+")


def _split_said(sentence: str, s: int, e: int) -> list[tuple[int, int]]:
    m = _BUT_SAID.search(sentence, s, e)
    if m is None:
        return [(s, e)]
    parts = [_span(sentence, s, m.start()), _span(sentence, m.end(), e)]
    return [(a, b) for a, b in parts if len(sentence[a:b].split()) >= 3] or [(s, e)]
