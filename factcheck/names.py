"""Proper names the rules do not list: who the events of a story are about
when nobody wrote entities for it ("Boeing", "Elena Ribakova", "Ana Costa").

A name is a run of capitalised words ("Jean-Luc Picard", "Dmitry A.
Medvedev", "Ludwig van Beethoven"), read with care:

* leading function words, months and weekdays are not part of it ("On
  Monday Boeing" is "Boeing"); a leading title makes it a person ("President
  Ana Costa", "Mr. Musk") and is left out of the name, and so does a title
  inside it ("Boeing Chief Executive Dave Calhoun" is Dave Calhoun);
* a possessive is not part of it ("Boeing's" is "Boeing");
* a word that opens a sentence alone is not a name unless the article also
  writes it capitalised inside a sentence (:meth:`ArticleNames.inner`):
  "Officials said ..." is no one; "Boeing said ..." is Boeing when the article
  writes "shares of Boeing";
* a lone acronym ("GDP", "CEO", "USB") and a lone demonym ("Turkish
  officials", "Brazilian") are not names;
* the type: a person after a title, or for two to four plain words ("Elena
  Ribakova"); an organisation when a word says so ("Boeing Company", "Bank of
  Japan", "Consumer Reports"); else other.

>>> [(n.name, n.type) for n in find_names("On Monday, President Ana Costa met Boeing's chief in Lisbon.", (), None)]
[('Ana Costa', 'person'), ('Boeing', 'other'), ('Lisbon', 'other')]
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck import regexstore
from factcheck.when import MONTHS, WEEKDAYS

_WORD = r"(?:[A-Z][a-z]+(?:[’'-](?!s\b)[A-Za-z]+)*|[A-Z][a-z]*[A-Z][a-z]+|[A-Z]{2,}s?)"
_PARTICLE = r"(?:de|da|do|dos|van|von|bin|ibn|al|el|del|der|den|di|du|la|le|of)"
_NAME = regexstore.compile(rf"(?<![\w’'.-]){_WORD}(?:\s+(?:{_PARTICLE}\s+)?(?:{_WORD}|[A-Z]\.(?=\s+[A-Z])))*(?![\w-])")

#: capitalised words that open a name but are not part of it
_FUNCTION = frozenset("""a an the this that these those it its he she they we i you his her their our my your
in on at by for from with without into onto over under after before during since until as of to and or but nor
so yet if when while where whereas although though because unless once than then there here what which who whom
whose why how all both each every either neither many much most more some any no not other another such only
also even just still however meanwhile moreover furthermore instead indeed thus hence therefore today tomorrow
yesterday last next earlier later now soon according despite among amid
between beyond toward towards upon via per around about above below near across against along behind beside
following ahead within throughout unlike like except including regarding concerning considering whether
said says say told asked added noted one two three four five six seven eight nine ten""".split())
_MONTHS = frozenset(MONTHS)
_WEEKDAYS = frozenset(WEEKDAYS)
#: titles before a person's name
_TITLES = frozenset("""mr mrs ms miss dr sir dame lord lady president vice prime minister premier chancellor
senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen colonel col
captain capt lieutenant lt sergeant sgt admiral professor prof pope king queen prince princess sheikh emir
chairman chairwoman chair ceo cfo coo chief secretary ambassador commissioner director spokesman spokeswoman
spokesperson rev reverend father bishop archbishop cardinal rabbi imam coach manager founder cofounder
co-founder leader president-elect commander inspector superintendent marshal sheriff detective constable counterpart
prosecutor attorney lawyer economist analyst councillor councilor councilman councilwoman alderman assemblyman
assemblywoman legislator director-general secretary-general attorney-general governor-general vice-president
vice-chancellor rector provost headteacher""".split())
#: the titles, for other modules
PERSON_TITLES = _TITLES
#: words that may come before a title ("Foreign Minister", "Chief Executive")
TITLE_WORDS = frozenset("""deputy foreign defense defence finance interior economy economic health trade vice
chief executive former acting interim senior junior first officer""".split()) | _TITLES


def title_start(words: Sequence[str]) -> int:
    """Where the title written before a name begins, ``words`` being the words
    before the name: past title words ("Chief prosecutor", "Dr", "Health
    Minister") and a capitalised word right before a title ("Environment
    Minister", "Liberal leader"); ``len(words)`` when there is none."""
    k = len(words)
    while k > 0 and (words[k - 1].lower().strip(".") in TITLE_WORDS or (
            words[k - 1][:1].isupper() and k < len(words) and words[k].lower().strip(".") in _TITLES)):
        k -= 1
    return k


#: words that make a name an organisation
_ORG_WORDS = frozenset("""inc inc. corp corp. corporation ltd llc plc ag sa gmbh group bank company co co.
companies ministry department university college school agency council party committee commission association
institute foundation fund organization organisation authority office court parliament assembly congress senate
army navy police times post news press reports journal herald tribune gazette airlines airways motors systems
technologies technology holdings partners capital securities records corps union federation league club center
centre network service services board reserve exchange industries international labs laboratories studios
pictures media television radio alliance coalition movement front bloc""".split())
#: demonyms and other capitalised adjectives, by their ending
_DEMONYM = regexstore.compile(r"(?:ese|ian|ish|ean|ic|an|i)$")


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int
    name: str
    type: str  # "person" | "organisation" | "other"


class ArticleNames:
    """What the names of one article need, worked out when first asked for:
    whether it writes a word capitalised inside a sentence (:meth:`inner`),
    and its people's full names by surname ("Ribakova" -> "Elena Ribakova",
    where one person of the article has that surname)."""

    __slots__ = ("_found", "_inner", "_looking", "_plural", "_sentences", "_surnames", "_text", "_types")

    def __init__(self, sentences: Iterable[str]):
        self._sentences = tuple(sentences)
        self._text = "\n".join(self._sentences)
        self._inner: dict[str, bool] = {}
        self._plural: dict[str, bool] = {}
        self._surnames: dict[str, str] = {}
        self._types: dict[str, str] = {}
        #: (sentence, covered spans) -> what find_names found there: a sentence is read for names
        #: by each step that needs them
        self._found: dict[tuple, list[Name]] = {}
        #: how many surnames are being looked for (see full_name): meanwhile, what find_names
        #: finds is not kept, as a surname is taken for no one's until its search ends
        self._looking = 0

    def plural_subject(self, name: str) -> bool:
        """Whether the article writes ``name`` as the subject of a plural verb
        ("Bayern Munich have signed", "Acme Widgets are"): a team or a company, no person."""
        found = self._plural.get(name)
        if found is None:
            found = False
            text = self._text
            for verb in (" have ", " are ", " were "):
                pos = text.find(name + verb)
                while pos >= 0 and not found:
                    found = pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "-")
                    pos = text.find(name + verb, pos + 1)
                if found:
                    break
            self._plural[name] = found
        return found

    def type_of(self, name: str) -> str | None:
        """The type ("person", "organisation", "other") :func:`find_names`
        gave ``name`` in this article, or None if it never found it."""
        return self._types.get(name)

    def inner(self, word: str) -> bool:
        """Whether the article writes ``word`` capitalised after a word that
        does not end a sentence ("shares of Boeing", "Boeing's")."""
        found = self._inner.get(word)
        if found is None:
            text, n = self._text, len(word)
            found = False
            pos = text.find(" " + word)
            while pos > 0 and not found:
                after = text[pos + 1 + n:pos + 2 + n]
                found = text[pos - 1] in _INNER_BEFORE and not (after.isalnum() or after in "-_")
                pos = text.find(" " + word, pos + 1)
            self._inner[word] = found
        return found

    def full_name(self, name: str) -> str:
        """``name``, or the full name of the article's person it is the surname of."""
        if " " in name:
            return name
        full = self._surnames.get(name)
        if full is None:
            self._surnames[name] = name  # while it is looked for (find_names may ask again)
            self._looking += 1
            try:
                found = {n.name for s in self._sentences if name in s and _after_capitalised(s, name)
                         for n in find_names(s, (), self) if n.type == "person" and n.name.endswith(" " + name)}
                if not found:  # a family name written first: "President Yoon Suk Yeol", then "Yoon"
                    found = {n.name for s in self._sentences if name in s and _before_capitalised(s, name)
                             for n in find_names(s, (), self) if n.type == "person"
                             and n.name.startswith(name + " ") and len(n.name.split()) in (2, 3)}
            finally:
                self._looking -= 1
            full = self._surnames[name] = next(iter(found)) if len(found) == 1 else name
            if full != name:
                self._types[full] = "person"
        return full

    def surname(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person the article names in full."""
        return self.full_name(word) != word


def _word_char(c: str) -> bool:
    """Whether ``c`` is a word character or a hyphen (regex ``[\\w-]``)."""
    return c.isalnum() or c in "_-"


def _after_capitalised(s: str, name: str) -> bool:
    """Whether ``s`` writes ``name`` as a whole word right after a space and a
    capitalised word ("Elena Ribakova", "Dr. Ribakova", "O'Neill-Ribakova")."""
    n, pos = len(name), s.find(name)
    while pos >= 0:
        end = pos + n
        if pos >= 2 and s[pos - 1] == " " and not (end < len(s) and _word_char(s[end])):
            k = pos - 2  # back over the word before: any capital letter in it may open it
            while k >= 0 and (s[k].isalnum() or s[k] in "_.’'-"):
                if "A" <= s[k] <= "Z":
                    return True
                k -= 1
        pos = s.find(name, pos + 1)
    return False


def _before_capitalised(s: str, name: str) -> bool:
    """Whether ``s`` writes ``name`` as a whole word right before a space and
    a capital letter ("Yoon Suk Yeol")."""
    n, pos = len(name), s.find(name)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _word_char(s[pos - 1])) and s[end:end + 1] == " " and "A" <= s[end + 1:end + 2] <= "Z":
            return True
        pos = s.find(name, pos + 1)
    return False


#: what may come before a capitalised word inside a sentence
_INNER_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789,;:)”\"’")


def find_names(sentence: str, covered: Sequence[tuple], article: ArticleNames | None) -> list[Name]:
    """The names in ``sentence`` outside the ``covered`` spans (known entities:
    tuples that start with (start, end)). ``article``: the article's names, for
    the words it writes capitalised inside a sentence (see the module
    docstring); None: a single word that opens the sentence is no name."""
    key = None
    if article is not None and not article._looking:
        key = (sentence, tuple(c[:2] for c in covered))
        found = article._found.get(key)
        if found is not None:
            return list(found)
    out = _find_names(sentence, covered, article)
    if key is not None:  # (a surname looked for inside it is found by its end)
        article._found[key] = out
        out = list(out)
    return out


def _find_names(sentence: str, covered: Sequence[tuple], article: ArticleNames | None) -> list[Name]:
    out: list[Name] = []
    for m in _NAME.finditer(sentence):
        start, end = m.span()
        if covered and any(a < end and start < b for a, b, *_ in covered):
            # a known entity inside the run: what follows it may still be a name
            # ("French Foreign Minister Jean Roux": France is known, Jean Roux is not)
            start = max(b for a, b, *_ in covered if a < end and start < b)
            while start < end and not sentence[start].isalnum():
                start += 1
            if start >= end or not sentence[start].isupper():
                continue
        text = sentence[start:end]
        if " " not in text:  # one word, the common case
            if text.lower() in _LEAD_SKIP:
                continue
            word = text.rstrip("’'")
            if _acceptable(sentence, [word], start, start + len(word), article, False):
                after = sentence[start + len(word):start + len(word) + 16].split(None, 1)
                employer = bool(after) and after[0].islower() and after[0] in _TITLES  # "Boeing chairman ..."
                out.append(Name(start, start + len(word), word, "organisation" if employer else _type([word], False)))
            continue
        words = text.split()
        offsets = []
        pos = start
        for w in words:
            pos = sentence.find(w, pos)
            offsets.append(pos)
            pos += len(w)
        lows = [w.lower().rstrip(".") for w in words]
        k = 0
        while k < len(words) and lows[k] in _LEAD_SKIP:
            k += 1  # leading function words, months and weekdays
        if k < len(words) - 1 and lows[k] in _DESCRIPTORS and words[k + 1][:1].isupper():
            k += 1  # "Carmaker Aurelion Motors opened": what the company is, capitalised to open the sentence
        t = k
        while t < len(words) and (lows[t] in TITLE_WORDS or (
                t + 1 < len(words) and lows[t + 1] in TITLE_WORDS and _DEMONYM.search(words[t]))):
            t += 1  # a title: "Foreign Minister", "Mr.", "Brazilian President"
        person = any(w in _TITLES for w in lows[k:t])
        if person:
            k = t
        else:  # an inner title: "Boeing Chief Executive Dave Calhoun" is Dave Calhoun, of Boeing
            inner = next((x for x in range(k + 1, len(words) - 1) if lows[x] in _TITLES), None)
            if inner is not None:
                first = inner
                while first > k and lows[first - 1] in TITLE_WORDS:
                    first -= 1
                lead = k
                while lead < first and words[lead] in _PARTICLE_SET:
                    lead += 1  # "the van ... Chief": a particle opens no employer's name
                if first > lead and lows[first - 1] not in _TAIL_SKIP and lows[inner] != "minister":
                    # ("Planning Minister Oskar Thelin": a minister's portfolio, not an employer)
                    employer = " ".join(words[lead:first])
                    out.append(Name(offsets[lead], offsets[first - 1] + len(words[first - 1]), employer,
                                    "organisation"))
                k = inner + 1
                while k < len(words) - 1 and lows[k] in TITLE_WORDS:
                    k += 1
                person = True
        n = len(words)
        while n > k and lows[n - 1] in _TAIL_SKIP:
            n -= 1
        words, offsets = words[k:n], offsets[k:n]
        if not words or words[0] in _PARTICLE_SET:
            continue
        words[-1] = words[-1].rstrip("’'")
        name_start, name_end = offsets[0], offsets[-1] + len(words[-1])
        if _acceptable(sentence, words, name_start, name_end, article, person):
            name = " ".join(words)
            kind = _type(words, person)
            if kind == "person" and not person and article is not None and article.plural_subject(name):
                kind = "other"  # "Bayern Munich have signed"
            out.append(Name(name_start, name_end, name, kind))
    if len(out) > 1:  # "The Competition and Consumer Authority": one public body
        out = _bodies_joined(sentence, out)
    if len(out) > 1:  # "The Environment Minister, Ilse Varden, said": the office is the person named after it
        out = [n for n, m in zip(out, out[1:] + [None]) if not (
            m is not None and n.type == "person" == m.type and n.name.rsplit(None, 1)[-1].lower() in _TITLES
            and sentence.startswith(", ", n.end) and m.start == n.end + 2 and sentence.startswith(",", m.end))]
    if article is not None:
        for n in out:
            article._types.setdefault(n.name, n.type)
    return out


#: the last word of a public body's name, which may join two words by "and" ("the Food and Drug
#: Administration", "the Securities and Exchange Commission", "the Competition and Consumer Authority")
_BODY_WORDS = frozenset("""authority administration agency commission department ministry council board office
institute service services bureau committee tribunal inspectorate executive""".split())


_THE_BEFORE = regexstore.compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$")


def _bodies_joined(sentence: str, names: list[Name]) -> list[Name]:
    """``names`` with a name of one or two words after "the", joined by "and"
    to the name of a public body after it, made one body: "the Competition"
    and "Consumer Authority" are "Competition and Consumer Authority" (not
    "Ana Costa and Consumer Authority", a person and a body, nor "between
    Vesland and Transport Authority staff")."""
    out: list[Name] = []
    for n in names:
        prev = out[-1] if out else None
        if prev is not None and prev.type != "person" and len(prev.name.split()) <= 2 \
                and sentence[prev.end:n.start] in (" and ", " & ") and _THE_BEFORE.search(sentence, 0, prev.start) \
                and n.name.rsplit(None, 1)[-1].lower() in _BODY_WORDS and len(n.name.split()) >= 2:
            out[-1] = Name(prev.start, n.end, sentence[prev.start:n.end], "organisation")
            continue
        out.append(n)
    return out


_LEAD_SKIP = _FUNCTION | _MONTHS | _WEEKDAYS
#: what a company is, written before its name ("Carmaker Aurelion Motors", "Chipmaker Nvidia")
_DESCRIPTORS = frozenset("""carmaker automaker chipmaker drugmaker planemaker retailer lender insurer miner
broadcaster brewer airline carrier conglomerate startup operator manufacturer supermarket developer shipbuilder
steelmaker utility telecom telecoms firm company rival""".split())
_TAIL_SKIP = _MONTHS | _WEEKDAYS | {"of"}
_PARTICLE_SET = frozenset(_PARTICLE[3:-1].split("|"))


def _acceptable(s: str, words: list[str], start: int, end: int, article: ArticleNames | None,
                person: bool) -> bool:
    if len(words) > 1 or person:
        return True
    w = words[0]
    low = w.lower()
    if w.isupper() or low in _FUNCTION or low in _TITLES:
        return False  # a lone acronym or word
    if _DEMONYM.search(low) and (low.endswith(("ese", "ian", "ish"))
                                 or (len(w) > 4 and _followed_by_lowercase(s, end))) \
            and not (article is not None and article.surname(w)):
        return False  # "Turkish officials", "Brazilian" (not "Halloran met", of "Mira Halloran")
    if start <= 2 and not s[:start].strip(" “\"‘'(—–-"):  # it opens the sentence
        return article is not None and article.inner(w)
    return True


def _followed_by_lowercase(s: str, end: int) -> bool:
    nxt = s[end:end + 2]
    return len(nxt) == 2 and nxt[0] == " " and nxt[1].islower()


_PLAIN = regexstore.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z]+)*|[A-Z]\.")


#: the last word of a document's name ("the Comprehensive Economic Partnership Agreement"): no actor
DOCUMENT_WORDS = frozenset("""agreement agreements treaty accord accords pact act convention protocol charter
declaration memorandum bill""".split())


def _type(words: list[str], person: bool) -> str:
    if person:
        return "person"
    if len(words) > 1 and words[-1].lower() in DOCUMENT_WORDS:
        return "other"
    if len(words) == 1:
        return "organisation" if words[0].lower() in _ORG_WORDS else "other"
    if any(w.lower().rstrip(".,") in _ORG_WORDS for w in words):
        return "organisation"
    plain = all(_PLAIN.fullmatch(w) or w in _PARTICLE_SET for w in words)
    if 2 <= len(words) <= 4 and plain and not words[-1].endswith(".") and "of" not in words:
        return "person"
    return "other"
