"""Unicode seen in real copy: ingest and segmentation keep working and every
offset points into the file.

Offsets are character offsets into the file as decoded: the byte order mark is
not counted, and line ends are kept as they are (``\\r\\n`` counts two
characters), so ``open(path, encoding=..., newline="").read()[start:end]`` is
the claim's text. A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``.
"""
from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import write

from factcheck.cli import main
from factcheck.ingest import article_from_text
from factcheck.segment import segment, split_sentences

STORY = ("---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
         "Trade between the two countries rose 23% in 2022, the customs office said.\n"
         "\n"
         "Officials said exports reached 41% of the total. Imports fell 12% in the same period.\n")


def extract(capsys, path: str) -> list[dict]:
    assert main(["extract", path]) == 0
    return json.loads(capsys.readouterr().out)


def raw(path, encoding="utf-8") -> str:
    with open(path, encoding=encoding, newline="") as fh:
        return fh.read()


def line_of(text: str, offset: int) -> int:
    return len(text[:offset].replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def assert_offsets(claims: list[dict], text: str) -> None:
    assert claims
    for c in claims:
        assert text[c["start"]:c["end"]] == c["text"]
        assert line_of(text, c["start"]) == c["line"], c


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends_keep_offsets_and_lines(in_tmp, capsys, newline):
    write(in_tmp / "a.md", STORY.replace("\n", newline).encode("utf-8"))
    claims = extract(capsys, "a.md")
    text = raw(in_tmp / "a.md")
    assert_offsets(claims, text)
    assert sorted({c["line"] for c in claims}) == [5, 7]
    assert all(c["outlet"] == "Reuters" for c in claims)  # front matter read with any line end


def test_crlf_wrapped_paragraph(in_tmp, capsys):
    write(in_tmp / "a.txt", b"Trade between the two countries\r\nrose 23% in 2022, the office said.\r\n\r\n"
                            b"Imports fell 12% in the same period.\r\n")
    art = article_from_text(raw(in_tmp / "a.txt"), "a.txt")
    sentences = segment(art)
    assert [s.paragraph for s in sentences] == [0, 1]
    assert sentences[0].text == "Trade between the two countries\r\nrose 23% in 2022, the office said."
    assert_offsets(extract(capsys, "a.txt"), raw(in_tmp / "a.txt"))


@pytest.mark.parametrize("bom, encoding", [(b"\xef\xbb\xbf", "utf-8-sig"), (b"", "utf-16")])
def test_byte_order_mark_is_not_counted(in_tmp, capsys, bom, encoding):
    write(in_tmp / "a.md", bom + STORY.encode(encoding))
    claims = extract(capsys, "a.md")
    assert_offsets(claims, raw(in_tmp / "a.md", encoding))
    assert claims[0]["outlet"] == "Reuters"  # front matter found after the BOM


def test_nfc_and_nfd_give_the_same_ids(in_tmp, capsys):
    text = "Le ministère a déclaré à Besançon que les exportations ont augmenté de 23% en 2022.\n"
    ids = []
    for form in ("NFC", "NFD"):
        folder = in_tmp / form
        write(folder / "a.txt", unicodedata.normalize(form, text))
        with pytest.MonkeyPatch.context() as mp:
            mp.chdir(folder)
            claims = extract(capsys, "a.txt")
        assert_offsets(claims, raw(folder / "a.txt"))
        ids.append([c["id"] for c in claims])
    assert ids[0] == ids[1]


@pytest.mark.parametrize("text, expected", [
    ("Exports rose. \u200fThe ministry said so.", ["Exports rose.", "\u200fThe ministry said so."]),
    ("He said “the figure is 23%.” Then he left.", ["He said “the figure is 23%.”", "Then he left."]),
    ("Экспорт вырос. Импорт упал.", ["Экспорт вырос.", "Импорт упал."]),
    ("Exports rose.\u00a0Imports fell.", ["Exports rose.", "Imports fell."]),
    ("It was 3 p.m. on Friday, e.g. late. Then", ["It was 3 p.m. on Friday, e.g. late.", "Then"]),
    ("Exports rose. «Good», he said.", ["Exports rose.", "«Good», he said."]),
])
def test_sentences_in_real_copy(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


@pytest.mark.parametrize("text", [
    "Kyiv said it retook 6\u00a0000 square kilometers, the army said.",
    "Kyiv said it retook 6\u2009000 square kilometers, the army said.",
    "Kyiv said it retook 6\u202f000 square kilometers, the army said.",
    "Trade rose 20\u201325% in 2022, the office said.",
    "Trade rose 20\u201425% in 2022, the office said.",
    "Output changed by \u22123% in 2022, the office said.",
    "Trade rose \uff12\uff13% in 2022, the office said.",
    "He said \u201cthe \u200ftrade rose 23%\u201d in 2022.",
    "\ufeffTrade rose 23% in 2022, the office said.",
])
def test_ingest_and_segment_keep_offsets(text):
    for form in ("NFC", "NFD"):
        t = unicodedata.normalize(form, text)
        art = article_from_text(t, "a.txt")
        sentences = segment(art)
        assert sentences
        for s in sentences:
            assert t[s.start:s.end] == s.text


def _quantities(text: str) -> list[tuple]:
    from factcheck.numbers import find_quantities

    return [(q.value, q.low, q.high, q.unit) for q in find_quantities(text)]




@pytest.mark.parametrize("space", ["\u00a0", "\u2009", "\u202f"])
def test_thousands_separated_by_unicode_spaces(space):
    assert (6000.0, 6000.0, 6000.0, "km2") in _quantities(f"Kyiv retook 6{space}000 square kilometers.")


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_ranges_with_dashes(dash):
    got = _quantities(f"Trade rose 20{dash}25% in 2022.")
    assert [(g[1], g[2], g[3]) for g in got] == [(20.0, 25.0, "percent")]


def test_minus_sign():
    assert [g[0] for g in _quantities("Output changed by \u22123% in 2022.")] == [-3.0]


def test_full_width_digits():
    assert [(g[0], g[3]) for g in _quantities("Trade rose \uff12\uff13\uff05 in 2022.")] == [(23.0, "percent")]
