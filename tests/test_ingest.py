from __future__ import annotations

from datetime import date

from conftest import SEEDS, write

from factcheck.ingest import article_from_text, is_boilerplate, load_corpus
from factcheck.segment import segment, split_sentences


def test_front_matter_wins_over_manifest(in_tmp, default_rules):
    write(in_tmp / "a" / "story.md", "---\ntitle: T\noutlet: Reuters\npublished: 2023-01-02\n---\n\n"
          "The ministry said exports rose 5% in 2022, according to the agency.\n")
    write(in_tmp / "a" / "sources.yaml", "articles:\n  story.md:\n    outlet: CNN\n    published: 2020-01-01\n")
    [art], problems = load_corpus(["a"], default_rules.outlets)
    assert problems == []
    assert (art.outlet, art.published, art.title) == ("Reuters", date(2023, 1, 2), "T")


def test_manifest_fills_what_front_matter_lacks(in_tmp, default_rules):
    write(in_tmp / "a" / "story.txt", "The ministry said exports rose 5% in 2022, according to the agency.\n")
    write(in_tmp / "a" / "sources.yaml", "articles:\n  story.txt:\n    outlet: CNN\n    published: 2020-01-01\n")
    [art], problems = load_corpus(["a"], default_rules.outlets)
    assert (art.outlet, art.published) == ("CNN", date(2020, 1, 1))
    assert art.warnings == ()


def test_heuristics_date_line_outlet_and_dateline(default_rules):
    text = " date 2022-09-14 Some video caption 1:08\n\nLondon (CNN) — The summit took place three weeks before the war began.\n"
    art = article_from_text(text, "x.txt", None, default_rules.outlets)
    assert art.published == date(2022, 9, 14)
    assert art.outlet == "CNN"
    assert art.dateline == "London"
    body = "".join(text[a:b] for a, b in art.body)
    assert "caption" not in body and body.startswith("London (CNN)")


def test_heuristics_header_lines_and_source_bracket(default_rules):
    text = " date 2022-12-30 \n\nhong kong\n\nCNN\n\nThe two leaders spoke on Friday, the Kremlin said in a statement.\n"
    art = article_from_text(text, "x.txt", None, default_rules.outlets)
    assert (art.outlet, art.dateline, art.published) == ("CNN", "Hong Kong", date(2022, 12, 30))
    text2 = "Home » News » Story\n\nA headline without a full stop\n\nby admin\n\n" \
            "[The Epoch Times, December 30, 2022] The leaders held a video call on Friday as planned.\n"
    art2 = article_from_text(text2, "y.txt", None, default_rules.outlets)
    assert art2.outlet == "The Epoch Times" and art2.published == date(2022, 12, 30)
    assert art2.title == "A headline without a full stop"


def test_unknown_outlet_and_date_warn(default_rules):
    art = article_from_text("Exports rose by 12% last year, the ministry said in a statement.\n", "z.txt", None,
                            default_rules.outlets)
    assert any("outlet unknown" in w for w in art.warnings)
    assert any("publication date unknown" in w for w in art.warnings)


def test_boilerplate_lines():
    for line in ("See also  Somebody will be buried today", "You may also like", "Leave a Comment",
                 "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
                 "This website uses cookies to improve your experience.", "Privacy & Cookies Policy",
                 "Home » Politics » Story", "The strengthening of China under Xi Jinping 5:28", "by admin"):
        assert is_boilerplate(line), line
    for line in ("Trade rose 23% in the first nine months.", "He said the talks lasted until 5:28."):
        assert not is_boilerplate(line), line


def test_offsets_and_lines_point_into_the_original_file(default_rules):
    articles, _ = load_corpus([str(SEEDS)], default_rules.outlets)
    assert len(articles) == 5
    for art in articles:
        raw = (SEEDS / art.path.split("/")[-1]).read_text(encoding="utf-8")
        assert art.text == raw
        for s in segment(art):
            assert raw[s.start:s.end] == s.text
            assert raw.count("\n", 0, s.start) + 1 == s.line


def test_sentences_keep_abbreviations_together():
    t = ("Mr. Xi met Dmitry A. Medvedev in the U.S. capital on Feb. 24 this year. "
         "Mrs. May said no. Then the talks ended.")
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "Mr. Xi met Dmitry A. Medvedev in the U.S. capital on Feb. 24 this year.",
        "Mrs. May said no.", "Then the talks ended."]


def test_an_abbreviation_that_ends_a_sentence():
    t = ("The jet left Dunmore at 6:40 a.m. The crew reported a fire. It landed at 7:22 a.m. Tuesday "
         "in the U.S. capital. Sales rose in the U.S. It said so.")
    assert [t[a:b] for a, b in split_sentences(t)] == [
        "The jet left Dunmore at 6:40 a.m.", "The crew reported a fire.",
        "It landed at 7:22 a.m. Tuesday in the U.S. capital.", "Sales rose in the U.S.", "It said so."]


def test_paragraphs_by_blank_lines_and_by_lines(default_rules):
    one_per_line = "First paragraph ends here.\nSecond paragraph starts here.\n"
    wrapped = "A wrapped paragraph goes on\nacross two lines.\n\nAnother paragraph.\n"
    a = article_from_text(one_per_line, "a.txt")
    b = article_from_text(wrapped, "b.txt")
    assert [s.paragraph for s in segment(a)] == [0, 1]
    assert [(s.paragraph, s.text) for s in segment(b)] == [
        (0, "A wrapped paragraph goes on\nacross two lines."), (1, "Another paragraph.")]


def test_a_quote_of_two_sentences_is_one_sentence_with_its_speaker():
    t = ('"We ask for nothing. We want to pay the rent," said Ana Ruiz. Then she left. '
         '"We will strike. We will not stop.\n')  # a quote left open runs into the next paragraph
    got = [t[a:b] for a, b in split_sentences(t)]
    assert got == ['"We ask for nothing. We want to pay the rent," said Ana Ruiz.', 'Then she left.',
                   '"We will strike.', 'We will not stop.']
    curly = "“Prices rose. Wages did not,” the minister said. Talks resume on Monday."
    assert [curly[a:b] for a, b in split_sentences(curly)] == [
        "“Prices rose. Wages did not,” the minister said.", "Talks resume on Monday."]
