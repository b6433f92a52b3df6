"""Word lists and compiled patterns built from ``factcheck/data/*.yaml``, once.

Everything here is built lazily on first use and cached; nothing is read at
import time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from factcheck import regexstore
from factcheck.dataload import safe_load
from factcheck.textutil import tail_trie

from factcheck.units import table


def _load(name: str) -> dict:
    return safe_load(resources.files("factcheck.data").joinpath(name).read_text("utf-8"))


@lru_cache(maxsize=1)
def _language() -> dict:
    return _load("language.yaml")


#: words in -ing that are not a verb ("including 12 children", "during", "morning")
NOT_GERUNDS = frozenset("during including according following excluding regarding concerning morning evening "
                        "nothing something anything everything building remaining".split())


@lru_cache(maxsize=1)
def vague_subjects() -> frozenset:
    """:attr:`Lexicon.vague_subjects` without building the patterns (the
    matcher needs only this word list)."""
    return frozenset(_language()["vague_subjects"])


@lru_cache(maxsize=1)
def population_nouns() -> frozenset:
    """The people a share is taken of ("patients", "voters"), read as the
    vague subjects are."""
    return frozenset(_language()["population_nouns"])


#: the words after a figure that name the whole it is a part of: "300 of the injured", "30 of them",
#: "38 of the returning prisoners", "140 of its own flights"
PART_OF_WHOLE = regexstore.compile(r"\s+of\s+(?:the|its|their|his|her|our|these|those|all|them|whom)\b", re.I)

#: nouns of a change, and its direction ("an increase of 71,300", "a cut of 25 basis points")
CHANGE_NOUNS = {**dict.fromkeys("increase rise gain jump surge hike growth acceleration".split(), "up"),
                **dict.fromkeys("drop decline fall decrease reduction slump loss cut slowdown deceleration".split(),
                                "down")}


@lru_cache(maxsize=1)
def change_words() -> frozenset:
    """The words of a change up or down (:attr:`Lexicon.up` and ``down``)
    without building the patterns."""
    up, down = change_directions()
    return up | down


@lru_cache(maxsize=1)
def change_directions() -> tuple[frozenset, frozenset]:
    """The words of a change up and those of a change down (:attr:`Lexicon.up`,
    ``down``), without building the patterns (the judge asks for them in
    ``check``, where nothing else needs the patterns)."""
    lang = _language()
    return frozenset(lang["up"]), frozenset(lang["down"])


#: currency prefixes that are not read with a space before "$": a word or a possessive ends there
_NOT_SPACED = frozenset(("a$", "s$"))


def _alternation(phrases) -> str:
    """The alternation of ``phrases``, longest first, the same text in every run (phrases of one length in
    their order: a set's order changes from run to run, and the compiled pattern is kept by its text, see
    :mod:`factcheck.regexstore`)."""
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))


def _literal_trie(phrases, bounded: bool = False) -> str:
    """The alternation of literal ``phrases``, longest first (as _alternation),
    as a prefix trie (:func:`factcheck.textutil.tail_trie`). ``bounded``: a
    phrase ending in a letter or digit must not run on into one."""
    return tail_trie({p: r"(?![a-z0-9])" if bounded and p[-1:].isalnum() else "" for p in phrases})


@dataclass(frozen=True)
class Lexicon:
    hedge_before: dict[str, str]
    hedge_after: dict[str, str]
    prefix_alias: dict[str, str]
    hedge_before_re: re.Pattern
    hedge_last_words: frozenset  # last word of each hedge phrase: a cheap test before the regex
    hedge_after_re: re.Pattern
    prefix_re: re.Pattern
    unit_re: re.Pattern
    months: frozenset
    label_words: frozenset
    determiners: frozenset
    one_after: frozenset
    one_before: frozenset
    up: frozenset
    down: frozenset
    compared: tuple
    multipliers: dict
    irregular: dict
    not_nouns: frozenset
    adjectives: frozenset
    vague_subjects: frozenset
    past_verbs: frozenset
    multiplier_re: re.Pattern
    #: any multiplier word as a substring: text without one needs no multiplier_re search
    multiplier_hint: re.Pattern


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    hed = _load("hedges.yaml")
    lang = _language()
    before = {p: h for h, ps in hed["before"].items() for p in ps}
    after = {p: h for h, ps in hed["after"].items() for p in ps}
    # a hedge ends right before the number (a currency symbol may sit between)
    words = [p for p in before if p[:1].isalpha()]
    symbols = [p for p in before if not p[:1].isalpha()]
    hb = regexstore.compile(r"(?:(?:^|(?<=[^a-z]))(" + _alternation(words) + r")|(?<![<>=])(" + _alternation(symbols) + r"))\s*$")
    ha = regexstore.compile(r"\s?(" + _literal_trie(after) + r")(?![a-z0-9])")
    t = table()
    # "c$" is also written "c $"; not "a $5 bill", nor the possessive or "U.S." before "$" ("music's $500
    # million man", "u.s $ 100,000,000": no Singapore dollars)
    spaced = {p.replace("$", " $"): p for p in t.prefixes if p.endswith("$") and len(p) > 1
              and p not in _NOT_SPACED}
    prefix = regexstore.compile(r"(?:^|(?<=[^a-z0-9]))(" + _literal_trie(list(t.prefixes) + list(spaced)) + r") ?$")
    unit = regexstore.compile(r"(?:[ -]|\ ?[\[({<])?(" + _literal_trie(t.suffixes, bounded=True) + r")[\])}>]?")
    mult = regexstore.compile(r"\b(" + _alternation(lang["multipliers"]) + r")\b")
    return Lexicon(
        hedge_before=before,
        prefix_alias=spaced,
        hedge_after=after,
        hedge_before_re=hb,
        hedge_last_words=frozenset(p.split()[-1].rstrip(".") for p in words),
        hedge_after_re=ha,
        prefix_re=prefix,
        unit_re=unit,
        months=frozenset(lang["months"]),
        label_words=frozenset(lang["label_words"]),
        determiners=frozenset(lang["determiners"]),
        one_after=frozenset(lang["one_idioms_after"]),
        one_before=frozenset(lang["one_idioms_before"]),
        up=frozenset(lang["up"]),
        down=frozenset(lang["down"]),
        compared=tuple(lang["compared"]),
        multipliers={k: float(v) for k, v in lang["multipliers"].items()},
        irregular=dict(lang["irregular_plurals"]),
        not_nouns=frozenset(lang["not_nouns"]),
        adjectives=frozenset(lang["adjectives"]),
        vague_subjects=vague_subjects(),
        past_verbs=frozenset(lang["past_verbs"]),
        multiplier_re=mult,
        multiplier_hint=re.compile("|".join(map(re.escape, sorted(lang["multipliers"], key=len, reverse=True)))),
    )


def lemma(word: str) -> str:
    """Singular of a plural noun, roughly.

    >>> lemma("rockets"), lemma("people"), lemma("casualties"), lemma("buses"), lemma("gas"), lemma("houses")
    ('rocket', 'person', 'casualty', 'bus', 'gas', 'house')
    """
    irregular = lexicon().irregular
    if word in irregular:
        return irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ouses", "auses")):
        return word[:-1]  # "houses", "causes" ("buses", "viruses": below)
    if word.endswith(("sses", "xes", "ches", "shes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def is_plural(word: str) -> bool:
    irregular = lexicon().irregular
    if word in irregular:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))
