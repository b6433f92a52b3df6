"""The store of compiled patterns: a pattern made from stored code matches
exactly what ``re.compile`` makes, and a bad store only costs a compile."""
from __future__ import annotations

import os
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import regexstore

pytestmark = pytest.mark.skipif(regexstore._SIGNATURE is None, reason="the store needs CPython's regex engine")

PATTERNS = [
    (r"(?<!\w)(?:more than|at least|about|nearly)\s+(?P<n>\d+(?:[.,]\d+)*)\s*(km2|%|per cent)?", 0),
    (r"\b(jan(?:uary)?|feb(?:ruary)?|mon(?:day)?|fri(?:day)?)\b", re.IGNORECASE),
    (r"(?m)^(#+)\s+(.*)$", 0),
    (r"[\u00c0-\u024f]+(?:-[a-z]+)?", re.IGNORECASE),
]


@pytest.fixture
def store(tmp_path):
    """A store in a fresh folder; this process starts with nothing compiled."""
    path = tmp_path / regexstore.FILE_NAME
    regexstore.use(None)
    regexstore._new.clear()
    regexstore.use(path)
    yield path
    regexstore.use(None)
    regexstore._new.clear()


def _fresh(path):
    """What a new process sees: only the file."""
    regexstore.use(None)
    regexstore._new.clear()
    regexstore.use(path)


def _compiled_here(monkeypatch) -> list:
    calls = []
    real = regexstore._parts
    monkeypatch.setattr(regexstore, "_parts", lambda *a: calls.append(a[0]) or real(*a))
    return calls


def test_stored_patterns_are_not_compiled_again(store, monkeypatch):
    for pattern, flags in PATTERNS:
        regexstore.compile(pattern, flags)
    assert regexstore.save() and store.is_file()
    _fresh(store)
    calls = _compiled_here(monkeypatch)
    got = [regexstore.compile(p, f) for p, f in PATTERNS]
    assert calls == []
    assert [(g.pattern, g.flags, g.groups, g.groupindex) for g in got] == \
        [(e.pattern, e.flags, e.groups, e.groupindex) for e in (re.compile(p, f) for p, f in PATTERNS)]
    assert not regexstore.save()  # nothing new: the file is not written again


@pytest.fixture(scope="module")
def from_store(tmp_path_factory):
    """PATTERNS as a later run makes them: from the stored code."""
    path = tmp_path_factory.mktemp("store") / regexstore.FILE_NAME
    _fresh(path)
    for pattern, flags in PATTERNS:
        regexstore.compile(pattern, flags)
    regexstore.save()
    _fresh(path)
    got = [regexstore.compile(p, f) for p, f in PATTERNS]
    assert not regexstore._new  # all from the file
    regexstore.use(None)
    return got


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("abcdefijmnoruyFJM ÀéÇ-0123456789.,%#\n")) | st.characters(),
                    max_size=80))
def test_a_stored_pattern_matches_what_re_compile_matches(from_store, text):
    for stored, (pattern, flags) in zip(from_store, PATTERNS):
        plain = re.compile(pattern, flags)
        assert [(m.span(), m.groups()) for m in stored.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_the_extractors_patterns_round_trip(store):
    from factcheck import when

    big = [(when._PATTERN.pattern, when._PATTERN.flags & ~re.UNICODE), (when._LOWER_PATTERN.pattern, 0)]
    for pattern, flags in big:
        regexstore.compile(pattern, flags)
    regexstore.save()
    _fresh(store)
    text = "On Friday, 3 March 2022, two weeks after the meeting in late 2021, 10 days later."
    for pattern, flags in big:
        assert [m.span() for m in regexstore.compile(pattern, flags).finditer(text.lower())] == \
            [m.span() for m in re.compile(pattern, flags).finditer(text.lower())]


@pytest.mark.parametrize("content", [b"", b"\x00\x01not marshal", b"\xff" * 64])
def test_a_damaged_store_is_ignored_and_rewritten(store, content, monkeypatch):
    store.write_bytes(content)
    calls = _compiled_here(monkeypatch)
    pattern, flags = PATTERNS[0]
    assert regexstore.compile(pattern, flags).search("more than 5 km2").group("n") == "5"
    assert calls == [pattern]
    assert regexstore.save()
    _fresh(store)
    regexstore.compile(pattern, flags)
    assert calls == [pattern]  # read from the rewritten store


def test_a_store_of_another_interpreter_is_ignored(store, monkeypatch):
    pattern, flags = PATTERNS[2]
    regexstore.compile(pattern, flags)
    regexstore.save()
    _fresh(store)
    monkeypatch.setattr(regexstore, "_SIGNATURE", ("cpython", "0.0.0", 0, 4))
    calls = _compiled_here(monkeypatch)
    regexstore.compile(pattern, flags)
    assert calls == [pattern]


def test_damaged_code_in_the_store_is_not_used(store, monkeypatch):
    import marshal

    pattern, flags = PATTERNS[0]
    regexstore.compile(pattern, flags)
    regexstore.save()
    data = bytearray(store.read_bytes())
    code = marshal.loads(marshal.loads(bytes(data))[3])[(pattern, flags)][1]
    at = bytes(data).index(code) + 8
    data[at] ^= 0x01  # one bit of the stored code: the engine would still accept it
    store.write_bytes(bytes(data))
    _fresh(store)
    calls = _compiled_here(monkeypatch)
    assert regexstore.compile(pattern, flags).search("about 12,5 %").group("n") == "12,5"
    assert calls == [pattern]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_cache_is_not_written(store):
    regexstore.compile(*PATTERNS[1])
    store.parent.chmod(0o500)
    try:
        assert not regexstore.save()
    finally:
        store.parent.chmod(0o700)
    assert list(store.parent.iterdir()) == []


def test_a_full_store_keeps_the_patterns_of_this_run(store, monkeypatch):
    for pattern, flags in PATTERNS[:2]:
        regexstore.compile(pattern, flags)
    regexstore.save()
    _fresh(store)
    regexstore.compile(*PATTERNS[2])
    monkeypatch.setattr(regexstore, "MAX_BYTES", 1)
    regexstore.save()
    _fresh(store)
    calls = _compiled_here(monkeypatch)
    regexstore.compile(*PATTERNS[2])
    regexstore.compile(*PATTERNS[0])
    assert calls == [PATTERNS[0][0]]


def test_without_a_store_nothing_is_written(tmp_path):
    regexstore.use(None)
    regexstore.compile(r"x+y", 0)
    assert not regexstore.save()


def test_the_built_patterns_are_the_same_text_in_every_run():
    """A pattern is kept by its text: one built from a set in the set's order would be new to the store in
    every run (hash seeds differ), compiled again and written back each time."""
    import subprocess
    import sys

    code = ("import hashlib; from factcheck.lexicon import lexicon; from factcheck.events import _trigger_matcher; "
            "from factcheck.rules import load_rules; r = load_rules(); lx = lexicon(); "
            "ps = [lx.hedge_before_re.pattern, lx.multiplier_re.pattern, _trigger_matcher(r.event_types).pattern]; "
            "print(hashlib.sha256('|'.join(ps).encode()).hexdigest())")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1


def test_the_modules_patterns_come_from_the_store_in_a_later_run(tmp_path):
    """The patterns the extractor's and judge's modules compile when imported are kept too: a later process
    (a ``check`` in a commit hook) that opens the store before importing them compiles none of them again."""
    import subprocess
    import sys

    path = tmp_path / regexstore.FILE_NAME
    code = ("import sys; from factcheck import regexstore; regexstore.use(sys.argv[1]); "
            "import factcheck.extract, factcheck.judge; "
            "print(len(regexstore._new), len(regexstore._used)); regexstore.save()")

    def run():
        out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
        return [int(x) for x in out.stdout.split()]

    first_new, first_used = run()
    assert first_new > 100 and first_new == first_used  # every module pattern compiled and kept
    again_new, again_used = run()
    assert again_new == 0 and again_used == first_used  # all of them read from the store
