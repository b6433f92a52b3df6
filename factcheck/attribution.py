"""Who says so: the named source of a sentence, as written.

>>> find_attribution("Exports fell 16%, according to the International Monetary Fund.")
'the International Monetary Fund'
>>> find_attribution("The talks will cover trade, Kremlin spokesman Dmitry Peskov said Thursday.")
'Kremlin spokesman Dmitry Peskov'
>>> find_attribution("China wants peace, said Yun Sun, director of the China program at the Stimson Center, a think tank.")
'Yun Sun, director of the China program at the Stimson Center'
>>> find_attribution("Xi will stress peace, she added.", "China wants peace, said Yun Sun, a scholar.")
'Yun Sun, a scholar'
>>> find_attribution("The weather was cold.") is None
True

Carry-over policy (``carry_over=True``, ``previous`` = the sentence before,
same paragraph): a sentence with no source of its own inherits the source of
``previous`` only when it is plainly the same speaker going on, that is

* its own source is a bare pronoun ("she added", "he said"): the pronoun
  becomes the source named in ``previous`` (for "he" or "she", also in the
  last sentence of the paragraph before, when the sentence opens a
  paragraph: a quote set in a paragraph of its own); or
* it opens with a quotation mark and holds no verb of saying (a quote that
  continues over two sentences); or
* its subject points back and goes on ("It also found ...", "The report
  showed ...", "They estimated ...").

Anything else gets ``None``: a new sentence of plain prose is the writer's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck import regexstore
from factcheck.textutil import trie_regex

_VERBS = (r"said|says|say|told|tells|tell|added|adds|reported|reports|announced|announces|"
          r"estimated|estimates|wrote|writes|declared|declares|noted|notes|stated|states|claimed|"
          r"claims|warned|warns|argued|argues|explained|explains|confirmed|confirms|insisted|"
          r"insists|acknowledged|admitted|stressed|emphasized|emphasised|observed|predicted|"
          r"predicts|believes|believed|thinks|concluded|recalled|cautioned|tweeted|posted")
# as a prefix trie: the verbs are plain words, so at most one of them matches
# at a place followed by a word boundary, and the trie finds the same
_SAY = regexstore.compile(rf"(?<![\w-])(?:{trie_regex(sorted(_VERBS.split('|')))})\b")
_ACCORDING = regexstore.compile(r"\baccording\s+to\s+(?:to\s+)?", re.IGNORECASE)
_FROM = regexstore.compile(r"\b(?:data|figures|statistics|estimates|numbers|a\s+report|a\s+survey|a\s+statement|"
                   r"a\s+poll|a\s+study|an\s+analysis|a\s+transcript)\s+(?:from|by|released\s+by|"
                   r"published\s+by|compiled\s+by)\s+", re.IGNORECASE)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "this", "that"})
#: the pronouns of a person speaking, which may point back across a paragraph break
_PERSONAL = frozenset({"he", "she"})
#: a verb of saying in the passive ("were announced") or used as an adjective
#: ("a claimed seven hours", "the recently announced phone") has no speaker
_NOT_SPEECH_BEFORE = regexstore.compile(r"(?:\b(?:is|are|was|were|be|been|being)(?:\s+\w+ly|\s+also|\s+not)?"
                                r"|\b(?:a|an|the)(?:\s+\w+ly)?|\d)\s*$", re.IGNORECASE)  # "the 402 reported"
#: a verb of saying in the infinitive: its speaker is the subject of the verb before it
#: ("Wróbel declined to say", "The minister refused to say"; "It is too early to say": no one)
_TO_SAY = regexstore.compile(r"\s+to$")
_GOVERNING_VERB = regexstore.compile(r"\s+(?:(?:is|are|was|were|has|had|have|did|does|do|would|will|could|can|may|might|"
                             r"should|must|wouldn['’]t|won['’]t|didn['’]t|doesn['’]t|couldn['’]t|not|also)\b|"
                             r"[a-z]+ed\b)")
#: "added"/"adds" is a verb of saying only before what was said, not before an
#: object ("has added audio editing")
_ADD_SAYS = regexstore.compile(r"\s*(?:[,.;:!?”\"]|that\b|$)")
#: after an inverted verb of saying, the speaker: a name, or a role in lower case before it
#: ("said lead author Maria Lund"), not a time or a place ("said on Monday")
_INVERTED_SUBJECT = regexstore.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:on|in|at|by|for|with|that|this|last|next|to|from|after|before|during|"
    r"earlier|later|late|early|when|while|and|but|as|also|then|now|recently|previously|today|yesterday|"
    r"it|he|she|they|we|its|his|her|their)\b)[a-z][a-z-]*\s+){0,3}[A-Z]")
#: what was said after the verb, not its speaker: "..., said state mediator Oskar Fenn would lead the talks"
_REPORTED_CLAUSE = regexstore.compile(r"(?:\s+[^\s,;.]+){1,5}?\s+(?:would|will|had|has|have|was|were|is|are|could|should|"
                              r"may|might|can|must)\b")
#: an inverted source in lower case that ends the clause: "..., said the ministry."
_INVERTED_PLAIN = regexstore.compile(r"(?![^,;:.]*\b(?:is|was|are|were|had|has|have|would|will|could|can|may|might|"
                             r"should)\b)\s+(?:the|a|an)\s+(?!(?:same|other|next|first|last)\b)[a-z][\w’'-]*"
                             r"(?:\s+[a-z][\w’'-]*){0,3}\s*(?:[.;!?]|,\s|$)")
#: verbs of saying that are also plural nouns ("estimates of 4.1%"), and what marks the noun
_PLURAL_NOUNS = frozenset(("estimates", "reports", "notes", "states", "claims", "posts"))
_NOUN_AFTER = regexstore.compile(r"\s+(?:of|for|from|by|and|or)\b")
_NOUN_BEFORE = regexstore.compile(r"(?:\b(?:against|than|with|from|of|beat|beats|beating|missed|misses|topped|tops|exceeded|"
                          r"exceeds|respective|consensus|market|official|previous|earlier|latest|own)|['’]s?)$",
                          re.IGNORECASE)
_RELATIVE = regexstore.compile(r"^(?:who|whom|whose|which)\b", re.IGNORECASE)
#: a relative clause closed by its comma before an auxiliary ("Tembwe district, where ..., has reported")
_RELATIVE_ASIDE = regexstore.compile(r"^(?:who|whom|whose|which|where|when)\b", re.IGNORECASE)
#: an aside told with a participle: "Judge Sarah Whitcombe, sentencing Feld and two others on Friday, said"
_PARTICIPLE_ASIDE = regexstore.compile(r"^(?!(?:including|according|following|excluding|regarding|concerning|during)\b)"
                               r"[a-z]{3,}ing\b")
#: an aside of a person's age or home town: "Ana Ruiz, 41, said", "Marcus Feld, from Weybridge, said"
_PERSONAL_ASIDE = regexstore.compile(r"^(?:(?:aged\s+)?\d{1,3}|from\s+[A-Z][\w’'-]*(?:,?\s+(?:in\s+)?[A-Z][\w’'-]*)*)$")
#: an aside of where an organisation is: "Halvern, based in Cambridge, Massachusetts, said" (the state
#: that follows the town is its own chunk between commas)
_PLACE_ASIDE = regexstore.compile(r"^(?:(?:which|that)\s+is\s+)?(?:based|headquartered|located)\s+in\s+[A-Z]")
_PLACE_NAME = regexstore.compile(r"^[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}$")
#: an aside that goes on with a figure of the clause before it: "some 410 of them at its Reading site"
_FIGURE_ASIDE = regexstore.compile(r"(?:\d|(?:some|about|around|nearly|almost|roughly|more\s+than|fewer\s+than|less\s+than|"
                           r"including|most|many|half|all|none)\b)", re.IGNORECASE)
_AUX_ONLY = regexstore.compile(r"(?:(?:has|have|had|also|will|would|could|may|might|once|previously|repeatedly)\s*)+",
                       re.IGNORECASE)
_COORDINATED = regexstore.compile(r"\s(?:and|but|or)$", re.IGNORECASE)
#: the last item of a list: "power grids and water utilities"
_LIST_END = regexstore.compile(r"^(?!.*\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|did|does|do)\b)"
                       r"\s*(?:[\w’'-]+\s+){0,4}(?:and|or)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$", re.IGNORECASE)
_LEAD_NAME = regexstore.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)")
_LEAD_TRIM = regexstore.compile(
    r"^(?:(?:and|but|or|so|yet|as|while|when|because|although|though|since|if|what|that|"
    r"also|however|moreover|meanwhile|instead|indeed|still|now|then|too)\b[\s,]*)+", re.IGNORECASE)
_SUBORD = regexstore.compile(r".*\b(?:that|which|because|while|when|whereas|although|as|and|but|if|"
                     r"where|after|before)\s+(?=\S)", re.IGNORECASE | re.DOTALL)
_TAIL_TRIM = regexstore.compile(r"(?:\s+(?:on|last|this|earlier|later|in|at|on)\s+\w+|\s+(?:also|has|have|had|"
                        r"will|would|could|may|might|repeatedly|previously|recently|once|then|"
                        r"again|publicly|reportedly|himself|herself|themselves|now|still|already|first|initially|"
                        r"originally))+\s*$", re.IGNORECASE)
#: a title or a body whose name holds "and": "Minister of Industry and Space", "Department of Health and
#: Human Services"
_TITLE_AND = regexstore.compile(r"\b[A-Z][\w’'-]*\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}and\s+(?=[A-Z])")
_NAME_RUN = regexstore.compile(r"((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*)\s*$")
_APPOSITIVE = regexstore.compile(
    r"^(?:(?:a|an|director|professor|associate|assistant|senior|chief|head|former|"
    r"deputy|spokesman|spokeswoman|spokesperson|president|chairman|chair|minister|analyst|"
    r"economist|researcher|fellow|author|editor|ceo|founder|leader|member|with)\b|the\s+[a-z]|"
    r"[a-z]+\s+(?:of|at)\b|[A-Z][\w.-]*['’]s\s+[a-z])",  # "Solvane's chief executive"
    re.IGNORECASE)
_PLACE_TAIL = regexstore.compile(r"\s+(?:in|based\s+in)\s+[A-Z][\w’'-]*(?:,?\s+[A-Z][\w’'-]*)*\s*$")
_TIME_WORD = regexstore.compile(r"^(?:on|in|last|this|next)\b|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday|January|February|March|April|May|June|July|August|"
                        r"September|October|November|December|Last|This|Next|In|On)\b")


_STOP = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\b[A-Z])[.;:!?](?:\s|$)"


def _clean(src: str) -> str:
    src = src.strip(" \t\n,;:.“”\"'’()—–-")
    src = re.sub(r"\s+", " ", src)
    if "(" in src and src.count("(") > src.count(")"):
        src += ")"  # "the National Seismological Institute (NSI)": the closing bracket stripped with the rest
    return src


def _trim_role(name: str, rest: str) -> str:
    """Name plus its first appositive (the role), without places and further appositives."""
    parts = [p for p in re.split(r",\s*", rest, maxsplit=2)]
    role = parts[0] if parts else ""
    role = role.strip()
    if not role or not _APPOSITIVE.match(role) or _NO_ROLE.match(role):
        out = name
    else:
        out = f"{name}, {role}"
    return _clean(_PLACE_TAIL.sub("", out))


#: "with" that opens no role ("according to the ministry, with a further 2,059 injured"): only "with the
#: Brookings Institution", "with Reuters" are roles
_NO_ROLE = regexstore.compile(r"with\s+(?!(?:the\s+)?[A-Z])")
#: a person's name in apposition after a role told in lowercase ("said the bride, Elin Dask, whose mother")
_NAME_APPOSED = regexstore.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?:,|$)")
#: a comma between clauses, not one inside a figure ("a study of 78,500 adults")
_COMMA = regexstore.compile(r",(?!\d)\s*")


def _after(text: str, role: bool = True) -> str | None:
    """A source that follows a cue ("according to X", "said X, role, ...");
    ``role=False``: the source alone, the clause after its comma being no role of it."""
    text = re.split(_STOP + rf"|[“”\"]|\s+(?:that|who|which|when|while)\s|\s+(?:{_VERBS}|showed|shows|"
                    r"show|put|puts|suggest|suggests|suggested|indicate|indicates|indicated)\b",
                    text, maxsplit=1)[0]
    chunks = _COMMA.split(text, maxsplit=1)
    name = _clean(chunks[0])
    name = _clean(_PLACE_TAIL.sub("", name)) if " in " in name and name[:1].isupper() else name
    if not name or name.lower() in _PRONOUNS or _TIME_WORD.match(name) or name[:1].isdigit():
        return None  # "data from 12 satellites" names no source
    if len(chunks) > 1 and role:
        if name[:1].islower() and (named := _NAME_APPOSED.match(chunks[1])):
            return f"{named.group(1)}, {name}"  # "said the groom, Tomas Varga, 31": the person, with the role
        return _trim_role(name, chunks[1])
    return name


#: a state after a verb of saying used as an adjective: "confirmed dead", "reported missing"
_STATE_AFTER = regexstore.compile(r"\s+(?:dead|missing|killed|injured|wounded|infected|alive|safe)\b")
#: a dateline's place in capitals, then its region and a date: "TASHRANI, Kashrand, July 17" (the dash
#: after it is not part of it)
PLACE_DATELINE = r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*){0,3}){0,2}"


def _before(left: str) -> str | None:
    """The subject just before a verb of saying, with a trailing role appositive."""
    # a dateline ends where its dash does: "OSLO, July 24 (Reuters) - Nordvik Systems reported"
    left = re.split(_STOP + r"|[“”\"]|(?:\)|^[A-Z][A-Z\s.,'’]*[A-Z]|^" + PLACE_DATELINE + r")\s*[-–—]{1,2}\s",
                    left)[-1].rstrip(" ,")
    chunks = _COMMA.split(left)
    while len(chunks) > 1 and (_RELATIVE.match(chunks[-1].strip()) or _PARTICIPLE_ASIDE.match(chunks[-1].strip())
                               or _PERSONAL_ASIDE.match(chunks[-1].strip())):
        chunks.pop()  # "The insider, who asked to remain anonymous, said"; "X, speaking in Paris, said";
        # "Antonio Robledo, 58, said"; "Marcus Feld, 52, from Weybridge, said"
    if len(chunks) > 2 and _AUX_ONLY.fullmatch(chunks[-1].strip()) and _RELATIVE_ASIDE.match(chunks[-2].strip()):
        chunks = chunks[:-2]  # "Kestrel, which has about 17,600 employees, has said"
    rel = next((k for k in range(1, len(chunks) - 1) if _RELATIVE.match(chunks[k].strip())), None)
    if rel is not None and (all(_FIGURE_ASIDE.match(c.strip()) for c in chunks[rel + 1:]) or (
            _LIST_END.search(chunks[-1]) and all(len(c.split()) <= 6 for c in chunks[rel + 1:]))):
        del chunks[rel:]  # "The company, which employs about 17,900 people, some 410 of them in Reading, said";
        # "The company, which makes phones, tablets and watches, said"
    for k in range(len(chunks) - 1, 0, -1):  # "Halvern, based in Cambridge, Massachusetts, said"
        if _PLACE_ASIDE.match(chunks[k].strip()) and all(_PLACE_NAME.match(c.strip()) for c in chunks[k + 1:]):
            del chunks[k:]
            break
    if len(chunks) >= 3 and _APPOSITIVE.match(chunks[1].strip()) and _LIST_END.search(chunks[-1]) \
            and all(len(c.split()) <= 6 for c in chunks[2:]):
        # "Corvant, the US maker of sensors for factories, power grids and water utilities, said":
        # a role whose list runs over commas, after the name
        name = _LEAD_NAME.fullmatch(_LEAD_TRIM.sub("", chunks[0].strip()))
        if name and not _TIME_WORD.match(name.group(1)):
            return _trim_role(_clean(name.group(1)), chunks[1])
    if _COORDINATED.search(chunks[-1]):
        # "Jobs welcomed everyone and announced": the subject of the first verb
        m = _LEAD_NAME.match(_LEAD_TRIM.sub("", chunks[-1].strip()))
        return _clean(m.group(1)) if m and not _TIME_WORD.match(m.group(1)) else None
    last = _clean(_TAIL_TRIM.sub("", chunks[-1]))
    if len(chunks) >= 2 and last and _APPOSITIVE.match(last):
        # "Yun Sun, director of X, a think tank, told CNN"
        for k in range(len(chunks) - 2, max(-1, len(chunks) - 4), -1):
            m = _NAME_RUN.search(chunks[k].strip())
            if m and not _TIME_WORD.match(m.group(1)) and not _APPOSITIVE.match(chunks[k].strip()) and all(
                    _APPOSITIVE.match(c.strip()) for c in chunks[k + 1:]):
                return _trim_role(_clean(m.group(1)), ", ".join(chunks[k + 1:]))
    m = _SUBORD.match(last)
    title = _TITLE_AND.search(last) if m else None
    if title and title.start() < m.end() <= title.end():
        # "Minister of Industry and Space Carla Ostrand told": the "and" of a title, not of two clauses
        m = _SUBORD.match(last[:title.start()])
    if m:
        last = last[m.end():]
    last = _clean(_LEAD_TRIM.sub("", last))
    words = last.split()
    if not words or len(words) > 9:
        return None
    if len(words) > 1 and words[-1].lower() in _PRONOUNS - {"that", "this"}:
        return words[-1]  # "During his speech he said": the pronoun speaks
    if _TIME_WORD.match(last) and len(words) <= 3:
        return None
    return last


#: a figure in what was read as the subject of a verb of saying: "well short of the $22 million the
#: government (says it needs)" is no source
_FIGURE_IN = regexstore.compile(r"[$€£¥]|\d{3}|\d[.,]\d|%|\bper\s?cent\b|\b(?:million|billion)\b", re.IGNORECASE)


def _own(sentence: str) -> str | None:
    m = _ACCORDING.search(sentence)
    if m:
        # "According to figures published on Sunday, the region has ...": what follows the comma is the clause
        src = _after(sentence[m.end():], role=bool(sentence[:m.start()].strip()))
        if src:
            return src
    m = _FROM.search(sentence)
    if m:
        src = _after(sentence[m.end():])
        if src:
            return src
    quoted = _quoted_spans(sentence) if '"' in sentence or "“" in sentence else ()
    for m in _SAY.finditer(sentence):
        if any(a <= m.start() < b for a, b in quoted):
            continue  # the words of a quote ("It is far too early to say why") are not its source
        before = sentence[:m.start()].rstrip()
        after = sentence[m.end():]
        if _NOT_SPEECH_BEFORE.search(before) or (m.group(0).startswith("add") and not _ADD_SAYS.match(after)) \
                or (m.group(0) in _PLURAL_NOUNS and (_NOUN_AFTER.match(after) or _NOUN_BEFORE.search(before))) \
                or _STATE_AFTER.match(after):
            continue  # "against estimates of 4.1%", "beat analysts' estimates": a noun; "people confirmed
            # dead", "reported missing": a state, no speech
        inverted_ok = not m.group(0).startswith("tel") and m.group(0) != "told"
        if inverted_ok and (before.endswith((",", "”", "\"", "’")) or not before):
            # inverted: "..., said Yun Sun, director of ..."
            if after[:1] == " " and (_INVERTED_SUBJECT.match(after) or _INVERTED_PLAIN.match(after)) \
                    and not _REPORTED_CLAUSE.match(after):
                src = _after(after)
                if src:
                    return src
        if _TO_SAY.search(before):
            src = _before(before[:-2].rstrip())
            cut = _GOVERNING_VERB.search(src) if src else None
            src = src[:cut.start()] if cut else None  # "Wróbel declined (to say)": Wróbel
        else:
            src = _before(before) if before else None
        if src and _FIGURE_IN.search(src):  # "Northbridge's new £41.5million striker Tiago Marreiros said": the name
            name = _NAME_RUN.search(src)
            src = _clean(name.group(1)) if name and not _FIGURE_IN.search(name.group(1)) else None
            if not src:
                continue
        if src and not re.fullmatch(r"(?i)(?:it|this|that|there)(?:\s+is|\s+was)?", src):
            return src
    m = _PUT_AT.search(sentence)
    if m and not any(a <= m.start() < b for a, b in quoted) and not _NOT_SPEECH_BEFORE.search(sentence[:m.start()]):
        src = _before(sentence[:m.start()].rstrip())  # "The centre measured the quake at magnitude 6.7"
        if src and not _FIGURE_IN.search(src) and src.lower() not in _PRONOUNS - {"he", "she", "they", "we"} \
                and not _TIME_WORD.match(src):
            return src
    if quoted and (m := _NAMING_QUOTE.search(sentence)) and not any(a <= m.start() < b for a, b in quoted) \
            and not _NOT_SPEECH_BEFORE.search(sentence[:m.start()]) and not sentence[:m.start()].rstrip().endswith(","):
        # (not a participle in commas: "The plan, dubbed “Project Falcon”, ...")
        before = sentence[:m.start()].rstrip()
        src = _before(before)  # "Opposition leader Tomas Bergholt called it “a budget ...”"
        if src and before.lstrip() == src and not _FIGURE_IN.search(src) and not _TIME_WORD.match(src):
            return src  # (the subject of the sentence: not "a figure an MP called “...”", which is not the MP's)
    return _colon_speaker(sentence) if quoted else None


#: a verb that names a thing in a quote: its subject speaks ("called it “a budget of borrowed time”", "described
#: the deal as “a disaster”")
_NAMING_QUOTE = regexstore.compile(r"\b(?:called|calls|described|describes|dubbed|dubs|labelled|labeled|labels|branded|"
                           r"brands|termed)\s+(?:(?:it|them|this|that|him|her|the\s+[\w’'-]+(?:\s+[\w’'-]+)?)\s+)?"
                           r"(?:as\s+)?[“\"]")


#: a source that gives a figure as its reading: "The centre measured the quake at magnitude 6.7", "Officials
#: put the death toll at 56", "The institute placed the damage at about $2 billion"
_PUT_AT = regexstore.compile(r"\b(?:put|puts|measured|measures|placed|places|pegged|pegs)\s+(?:(?!at\b)[\w’'-]+\s+){1,5}?"
                     r"at\s+(?=(?:about|around|some|roughly|nearly|almost|more|less|fewer|over|under|just|up|least|"
                     r"magnitude|[$€£¥]|\d))")


#: a clause that opens a quote with a colon: "Marek Osterlund, the lead prosecutor, put it bluntly: “...”"
_COLON_QUOTE = regexstore.compile(r":\s*[“\"]")
#: the person that clause opens with: a name of two to four capitalised words (not a
#: possessive, not a sentence opener), or "he" or "she", then a role or a verb in lower case
_COLON_SUBJECT = regexstore.compile(
    r"^(?:(?P<name>(?!(?:The|A|An|In|On|At|But|And|As|For|Yet|So|This|That|It|Its|Their|His|Her|After|When|"
    r"While|Asked|Speaking|Later|Earlier|Then)\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})(?<!['’]s)"
    r"|(?P<pronoun>He|She))(?=,\s|\s+[a-z])")


def _colon_speaker(sentence: str) -> str | None:
    """The speaker of a quote opened by a colon, when no verb of saying names
    one: "Marek Osterlund, the lead prosecutor, put it bluntly: “...”" (a name,
    with its role), "He was blunt: “...”" (a pronoun, for the carry-over)."""
    m = _COLON_QUOTE.search(sentence)
    if m is None:
        return None
    left = sentence[:m.start()].strip()
    if "“" in left or '"' in left:
        return None
    n = _COLON_SUBJECT.match(left)
    if n is None:
        return None
    if n.group("pronoun"):
        return n.group("pronoun").lower()
    rest = left[n.end():]
    if rest.startswith(","):
        return _trim_role(_clean(n.group("name")), rest[1:].strip())
    return _clean(n.group("name"))


#: a quotation, closed or running to the end of the sentence (a quote that goes on in the next one)
_QUOTED = regexstore.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(sentence)]


@lru_cache(maxsize=4096)
def _cached(sentence: str) -> str | None:
    return _own(sentence)


def find_attribution(sentence: str, previous: str | None = None, *,
                     carry_over: bool = True, before: str | None = None) -> str | None:
    """The named source of ``sentence`` (see the module docstring for
    carry-over). ``before``: the sentence before it when that one ends the
    paragraph before (``previous`` is then None): a bare pronoun that opens a
    paragraph ("\"...,\" she said") is still the source named just before."""
    own = _cached(sentence)
    if own is not None and own.lower() not in _PRONOUNS:
        return own
    if carry_over and not previous and before and own is not None and own.lower() in _PERSONAL:
        prev = _cached(before)
        return prev if prev and prev.lower() not in _PRONOUNS else _one_person(before, sentence)
    if not carry_over or not previous:
        return None
    if own is not None:  # a pronoun: "she added"
        prev = _cached(previous)
        if prev and prev.lower() not in _PRONOUNS:
            return prev
        return _one_person(previous, sentence) if own.lower() in _PERSONAL else None
    if (sentence.lstrip()[:1] in "“\"" and not _SAY.search(sentence)) or _GOING_ON.match(sentence.lstrip()):
        prev = _cached(previous)
        return prev if prev and prev.lower() not in _PRONOUNS else None
    return None


_PRONOUN_WORD = regexstore.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = regexstore.compile(r"\b(?:to|with|by|for|from|at|in|of|after|before|about|on)\s+$", re.IGNORECASE)


def _one_person(sentence: str, then: str) -> str | None:
    """The one person a sentence that says nothing names, for "he" or "she"
    in the next, ``then``, when that one names no person itself
    ("Northvale's chief executive, Dr Anneliese Marrow, has made clear that
    ... “...,” she said": Dr Anneliese Marrow; not "Mr Varden also alluded
    to the union's unease when he acknowledged": he is named there, before the
    pronoun and not as an object, "Speaking to Omroep Westerhaal, she said"
    is no such name); None when it names none or several."""
    from factcheck.names import find_names, title_start  # only for a pronoun whose sentence
    # before names no source
    pronoun = _PRONOUN_WORD.search(then)
    for n in find_names(then, (), None):
        if n.type == "person" and (pronoun is None or n.start < pronoun.start()) \
                and not _PREPOSITION_BEFORE.search(then, 0, n.start):
            return None  # a person named before the pronoun, not as an object: "Mr Varden ... when he"
    people = {(n.name, n.start) for n in find_names(sentence, (), None) if n.type == "person"}
    if len({name for name, _ in people}) != 1:
        return None
    name, start = min(people, key=lambda p: p[1])
    words = sentence[:start].split()
    # with its title: "Dr Anneliese Marrow", "Agriculture Minister Margit Vellekoop"
    return " ".join(words[title_start(words):] + [name])


#: a sentence whose subject points back and goes on ("It also found ...",
#: "The report also showed ...", "They estimated ..."): the same source
_GOING_ON = regexstore.compile(r"(?:It|They|The\s+(?:report|study|survey|data|figures|statement|poll|analysis|review|"
                       r"document|ministry|agency|office|commission|bank|fund|institute|group|company|firm))"
                       r"\s+(?:also\s+\w+|found|showed|shows|estimated|estimates|projected|projects|"
                       r"forecast|forecasts|put|puts|counted|recorded|listed)\b")
