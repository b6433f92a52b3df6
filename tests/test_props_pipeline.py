"""Properties over ingest, segmentation, the whole extractor and the rules loader:
no crash, every span points into the text, intervals have low <= high, and
fingerprints are stable."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError, RulesError
from factcheck.extract import extract_article
from factcheck.ingest import decode, parse_article
from factcheck.rules import load_rules
from factcheck.segment import segment
from factcheck.textutil import LineIndex, fingerprint

RULES = load_rules()
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    "the ministry said exports rose fell by more than about nearly at least 23% 6,000 1.2 million "
    "square kilometers months people Mr. U.S. Feb. 24 Xi Putin met on Friday last week in 2022 “quoted” "
    "'a' (b) [c] — – − \u00a0 \u2009 \u202f \u200f \ufeff ２３ é e\u0301 . ! ? ; : , \r\n \r \n \n\n".split(" "))
NEWSLIKE = st.lists(st.one_of(WORDS, st.text(max_size=5)), max_size=80).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), NEWSLIKE)
FRONT = st.sampled_from(["", "---\noutlet: CNN\npublished: 2022-12-30\n---\n", "---\na: [\n---\n",
                         "---\r\ntitle: x\r\n---\r\n", " date 2022-09-14\n\nCNN\n\n", "London (CNN) — "])


def check_article(text: str) -> None:
    art, problems = parse_article(text, "p.txt", None, RULES.outlets)
    assert art.text == text
    for p in problems:
        assert p.file == "p.txt" and p.level in ("error", "warning")
    lines = LineIndex(text)
    prev_end = 0
    for a, b in art.body:
        assert prev_end <= a <= b <= len(text)
        prev_end = b
    for s in segment(art):
        assert text[s.start:s.end] == s.text
        assert s.line == lines.line(s.start)
    claims = extract_article(art, RULES)
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.line == lines.line(c.start)
        if c.low is not None and c.high is not None:
            assert c.low <= c.high
    assert [c.id for c in extract_article(art, RULES)] == [c.id for c in claims]


@SETTINGS
@given(FRONT, ANY_TEXT)
def test_whole_extractor_on_any_text(front, body):
    check_article(front + body)


@SETTINGS
@given(st.binary(max_size=600))
def test_decode_any_bytes(data):
    try:
        text = decode(data, "b.txt")
    except InputError as exc:
        assert exc.file == "b.txt"
        return
    assert "\x00" not in text
    check_article(text)


@SETTINGS
@given(NEWSLIKE, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32"]))
def test_decode_round_trips_unicode_encodings(text, encoding):
    if not text.strip() or any(ord(ch) < 32 and ch not in "\t\n\r\f\v" or ch == "\x7f" for ch in text):
        return  # control characters make a file binary
    if text.startswith("\ufeff"):
        return  # a leading U+FEFF is a byte order mark, and dropped
    data = text.encode(encoding)
    if encoding == "utf-16-le":
        if len(text) < 8 or sum(ch.isascii() for ch in text) < 0.6 * len(text):
            return  # without a BOM, only text that is mostly ASCII can be told from other encodings
        try:
            data.decode("utf-8")
            return  # without a BOM these bytes are also valid UTF-8 ("堠" is " X"): UTF-8 is read
        except UnicodeDecodeError:
            pass
    try:
        assert decode(data, "e.txt") == text
    except InputError:
        assert encoding == "utf-16-le"  # without a BOM, only text that is mostly ASCII is recognised


@SETTINGS
@given(NEWSLIKE)
@example(body="in ²¼")  # a figure with no word token after "in"
def test_ids_survive_lines_added_above(body):
    art, _ = parse_article(body, "p.txt", None, RULES.outlets)
    moved, _ = parse_article("\n\n" + body, "p.txt", None, RULES.outlets)
    before = sorted(c.id for c in extract_article(art, RULES))
    after = sorted(c.id for c in extract_article(moved, RULES))
    if not any(ch in body for ch in "\r\ufeff") and body == body.lstrip():
        assert before == after


@given(st.lists(st.one_of(st.text(max_size=20), st.integers(), st.floats(allow_nan=True)), max_size=5))
def test_fingerprint_is_stable_and_hex(parts):
    fp = fingerprint(*parts)
    assert fp == fingerprint(*parts) and len(fp) == 16 and int(fp, 16) >= 0


YAML_BITS = st.sampled_from([
    "facts:", "entities:", "metrics:", "policy:", "outlets:", "  - id: x", "    kind: quantity", "    subject: s",
    "    source: s", "    value: 3", "    value: lots", "    unit: percent", "    date: 2022-02-30", "  fail_on: x",
    "  match_threshold: 70", "    aliases: [a, b", "    name: N", "  - {id: y, name: Y}", "&a [1]", "*a",
    "!!python/object/apply:os.system ['true']", "\t", "- - -", "? x", "<<: *a", "  severity: {agree: loud}",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(YAML_BITS, st.text(max_size=15)), max_size=12))
def test_rules_loader_never_crashes(lines):
    with tempfile.TemporaryDirectory() as d:
        Path(d, "rules.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
        try:
            rules = load_rules(d)
        except RulesError as exc:
            assert exc.file and "rules.yaml" in exc.file
            return
        for fact in rules.facts:
            if fact.low is not None and fact.high is not None:
                assert fact.low <= fact.high
