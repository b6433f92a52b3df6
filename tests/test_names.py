"""Proper names the rules do not list (factcheck.names): examples and properties."""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.names import ArticleNames, _after_capitalised, _before_capitalised, find_names, title_start


def _names(sentence, article=None):
    return [(n.name, n.type) for n in find_names(sentence, (), article)]


@pytest.mark.parametrize("sentence, expected", [
    ("Boeing Chief Executive Dave Calhoun will step down.", [("Boeing", "organisation"), ("Dave Calhoun", "person")]),
    ("NSI Director-General Amara Kessling spoke.", [("NSI", "organisation"), ("Amara Kessling", "person")]),
    ("Planning Minister Oskar Thelin spoke.", [("Oskar Thelin", "person")]),  # a portfolio, no employer
    ("The Bank of England Governor Andrew Bailey spoke.", [("Bank of England", "organisation"),
                                                           ("Andrew Bailey", "person")]),
    ("Foreign Minister Wang Yi met Chief Executive Tim Cook.", [("Wang Yi", "person"), ("Tim Cook", "person")]),
    ("Turkish officials met Brazilian President Luiz Lula.", [("Luiz Lula", "person")]),
    ("Officials said the Bank of Japan would act.", [("Bank of Japan", "organisation")]),
    ("Dmitry A. Medvedev met Ludwig van Beethoven.", [("Dmitry A. Medvedev", "person"),
                                                      ("Ludwig van Beethoven", "person")]),
    ("On Monday, Lisbon Airways cut 400 jobs.", [("Lisbon Airways", "organisation")]),
    ("The GDP grew, the CEO said in March.", []),  # lone acronyms, a month
    ("Following Ana Costa's speech, Pedro Alves's shares rose.", [("Ana Costa", "person"),
                                                                   ("Pedro Alves", "person")]),
    ("The Competition and Consumer Authority fined the chain.", [("Competition and Consumer Authority",
                                                                   "organisation")]),
    ("Officials at the Food and Drug Administration said.", [("Food and Drug Administration", "organisation")]),
    ("Ana Costa and Consumer Authority officials met.", [("Ana Costa", "person"),
                                                         ("Consumer Authority", "organisation")]),
    ("Talks between Vesland and Transport Authority staff.", [("Vesland", "other"),
                                                              ("Transport Authority", "organisation")]),
])
def test_names(sentence, expected):
    assert _names(sentence) == expected


def test_a_word_that_opens_the_sentence_is_a_name_only_if_the_article_capitalises_it_elsewhere():
    sentence = "Cisco announced a new router."
    assert _names(sentence) == []
    assert _names(sentence, ArticleNames([sentence, "Shares of Cisco fell."])) == [("Cisco", "other")]
    assert _names("Officials announced a plan.", ArticleNames(["Officials announced a plan."])) == []


def test_a_name_before_a_lowercase_title_is_an_employer():
    sentence = "Boeing chairman Larry Kellner told the board."
    names = ArticleNames([sentence, "Shares of Boeing rose."])
    assert _names(sentence, names) == [("Boeing", "organisation"), ("Larry Kellner", "person")]


def test_a_surname_is_the_full_name_of_the_one_person_of_the_article_who_has_it():
    names = ArticleNames(["Elena Ribakova runs the fund.", "Ribakova spoke."])
    assert names.full_name("Ribakova") == "Elena Ribakova"
    assert names.full_name("Costa") == "Costa"
    two = ArticleNames(["Ana Costa met Rui Costa.", "Costa spoke."])
    assert two.full_name("Costa") == "Costa"  # two people of that name: left as written
    korean = ArticleNames(["South Korean President Yoon Suk Yeol arrived on Thursday.", "Yoon spoke."])
    assert korean.full_name("Yoon") == "Yoon Suk Yeol"  # a family name written first


def test_a_name_written_as_the_subject_of_a_plural_verb_is_no_person():
    sentences = ["Bayern Munich have signed striker Luuk van Dijkstra.", "He joins Bayern Munich from PSV."]
    names = ArticleNames(sentences)
    assert _names(sentences[1], names)[0] == ("Bayern Munich", "other")
    assert ("Luuk van Dijkstra", "person") in _names(sentences[0], names)


TEXT = st.lists(st.sampled_from(
    ["Ana", "Costa", "Mr.", "President", "Boeing", "Bank", "of", "the", "The", "met", "said", "and", "A.",
     "O'Neil", "Jean-Luc", "IMF", "Monday", "in", "Lisbon", "’s", "'s", ",", ".", " ", "  ", "\n", "“", "(",
     "van", "Turkish", "Chief", "Executive", "x", "É", "ß", "-", "’"]), max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT | st.text(max_size=120))
@example("The van Ana Chief Ana")  # a particle before an inner title made "van Ana" an employer
def test_names_are_what_the_text_says_in_order_and_never_overlap(text):
    found = find_names(text, (), None)
    last = 0
    for n in found:
        assert 0 <= n.start < n.end <= len(text)
        assert n.start >= last
        last = n.end
        assert " ".join(text[n.start:n.end].split()) == n.name
        assert n.name[0].isupper()
        assert n.type in ("person", "organisation", "other")


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(0, 60), st.integers(0, 20))
def test_names_never_cover_a_known_entity(text, start, length):
    covered = [(start, start + length, "known")]
    for n in find_names(text, covered, None):
        assert not (n.start < start + length and start < n.end)


_NAMEY = st.text(alphabet="AaBbZz .’'-_é1Ç\n", max_size=14)


@settings(max_examples=400, deadline=None)
@given(_NAMEY, st.text(alphabet="AaBb.'-é", min_size=1, max_size=3))
@example("Dr. Ribakova said", "Ribakova")
@example("Yoon Suk Yeol met", "Yoon")
def test_surname_scans_agree_with_their_patterns(sentence, name):
    """The scans that look for a surname after a capitalised word, or a family
    name before one, find what the patterns they stand for find."""
    after = re.search(rf"[A-Z][\w.’'-]* {re.escape(name)}(?![\w-])", sentence) is not None
    before = re.search(rf"(?<![\w-]){re.escape(name)} [A-Z]", sentence) is not None
    assert _after_capitalised(sentence, name) == after
    assert _before_capitalised(sentence, name) == before


@pytest.mark.parametrize("before, title", [
    ("Northvale's chief executive, Dr", "Dr"),
    ("The law's sponsor, Environment Minister", "Environment Minister"),
    ("said Chief prosecutor", "Chief prosecutor"),
    ("a speech by Liberal leader", "Liberal leader"),
    ("met with", ""),
])
def test_the_title_written_before_a_name(before, title):
    words = before.split()
    assert " ".join(words[title_start(words):]) == title
