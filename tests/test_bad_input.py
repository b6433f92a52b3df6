"""Bad input gets a clear error naming the file (and line), exit code 2, and the
other inputs are still processed. Everything goes through the command line."""
from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from conftest import write

from factcheck.cli import main

GOOD = ("---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
        "Exports of the country rose 23% in 2022, the statistics office said.\n")
CLAIM_LINE = "Exports of the country rose 23% in 2022, the statistics office said."


def report(args, capsys, out="out"):
    """Run ``factcheck report ARGS --out out``; (exit code, stderr, report.md or None)."""
    rc = main(["report", *args, "--out", out])
    err = capsys.readouterr().err
    md = Path(out, "report.md")
    return rc, err, md.read_text(encoding="utf-8") if md.is_file() else None


def assert_good_processed(md: str | None) -> None:
    assert md is not None, "the report was not written"
    assert "`corpus/good.md`" in md
    assert "claims (" in md and not md.splitlines()[3].startswith("0 claims")


def assert_clean_error(err: str) -> None:
    assert "Traceback" not in err
    assert "internal error" not in err


@pytest.fixture
def corpus(in_tmp):
    """A folder with one good article; tests add a bad one beside it."""
    write(in_tmp / "corpus" / "good.md", GOOD)
    return in_tmp / "corpus"


def test_binary_file(corpus, capsys):
    write(corpus / "image.txt", bytes(range(256)) * 40)
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/image.txt: error: binary file, not an article" in err
    assert_clean_error(err)
    assert_good_processed(md)
    assert "corpus/image.txt: error: binary file" in md  # listed under input problems


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_legacy_encodings_are_decoded(corpus, capsys, encoding):
    text = ("Le ministère a déclaré que les exportations françaises ont augmenté de 23 % en 2022, "
            "selon l'agence, et les importations ont baissé à Besançon et à Orléans cette année.\n")
    write(corpus / "fr.txt", text.encode(encoding))
    rc, err, md = report(["corpus"], capsys)
    assert rc == 0, err
    assert_clean_error(err)
    assert "`corpus/fr.txt`" in md
    main(["extract", "corpus/fr.txt"])
    out = capsys.readouterr().out
    assert "ministère" in out or "minist\\u00e8re" in out


def test_undecodable_file_names_the_file(corpus, capsys, monkeypatch):
    import charset_normalizer

    class NoMatch:
        def best(self):
            return None

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: NoMatch())
    write(corpus / "odd.txt", b"Exports rose\n\n23 \xff\xfe\xfd percent in 2022, the office said today.\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/odd.txt:3: error: not valid UTF-8 (byte 17) and no other encoding fits (save the file as UTF-8)" in err
    assert_good_processed(md)


def test_broken_utf16_with_bom(corpus, capsys):
    write(corpus / "bad16.txt", b"\xff\xfe" + "Exports rose 23% in 2022.".encode("utf-16-le") + b"\x00\xd8")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/bad16.txt: error: looks like UTF-16 but does not decode" in err
    assert_good_processed(md)


def test_empty_file_is_a_warning(corpus, capsys):
    write(corpus / "empty.txt", b"")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 0
    assert "corpus/empty.txt: warning: empty file" in err
    assert_good_processed(md)


def test_file_without_any_sentence(corpus, capsys):
    write(corpus / "words.txt", "foo\n\nbar\n\n12 34\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 0
    assert "corpus/words.txt: warning: no article text found" in err
    assert_good_processed(md)


def test_folder_with_no_articles(in_tmp, capsys):
    write(in_tmp / "corpus" / "good.md", GOOD)
    write(in_tmp / "images" / "photo.jpg", b"\xff\xd8\xff")
    rc, err, md = report(["images", "corpus"], capsys)
    assert rc == 2
    assert "images: error: no articles (.txt or .md files) in this folder" in err
    assert_good_processed(md)


def test_missing_path(corpus, capsys):
    rc, err, md = report(["nowhere/story.txt", "corpus"], capsys)
    assert rc == 2
    assert "nowhere/story.txt: error: no such file or folder" in err
    assert_good_processed(md)


def test_symlink_loops(corpus, capsys):
    os.symlink("loop-b.txt", corpus / "loop-a.txt")
    os.symlink("loop-a.txt", corpus / "loop-b.txt")
    os.symlink(".", corpus / "again")  # a folder that contains itself
    rc, err, md = report(["corpus", "corpus/loop-a.txt"], capsys)
    assert rc == 2
    assert "corpus/loop-a.txt: error: a link to nothing, or a link loop" in err
    assert "corpus/loop-b.txt: error: cannot read: Too many levels of symbolic links" in err
    assert "corpus/again: warning: folder already read (a link to it, or a link loop)" in err
    assert_clean_error(err)
    assert_good_processed(md)


def test_fifo_is_refused_without_blocking(corpus, capsys):
    os.mkfifo(corpus / "pipe.txt")
    t0 = time.monotonic()
    rc, err, md = report(["corpus"], capsys)
    assert time.monotonic() - t0 < 30
    assert rc == 2
    assert "corpus/pipe.txt: error: not a regular file (a FIFO, device or socket)" in err
    assert_good_processed(md)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading "
                           "(test_unreadable_file_simulated covers it)")
def test_unreadable_file_chmod(corpus, capsys):
    locked = write(corpus / "locked.txt", "Exports rose 23% in 2022, the statistics office said today.\n")
    locked.chmod(0)
    try:
        rc, err, md = report(["corpus"], capsys)
    finally:
        locked.chmod(0o644)
    assert rc == 2
    assert "corpus/locked.txt: error: cannot read: Permission denied" in err
    assert_good_processed(md)


def test_unreadable_file_simulated(corpus, capsys, monkeypatch):
    import builtins

    write(corpus / "locked.txt", "Exports rose 23% in 2022, the statistics office said today.\n")
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/locked.txt: error: cannot read: Permission denied" in err
    assert_clean_error(err)
    assert_good_processed(md)


def test_50_mb_article_is_refused_fast(corpus, capsys):
    big = corpus / "huge.txt"
    line = (CLAIM_LINE + " ") * 20 + "\n"
    with open(big, "w", encoding="utf-8") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size > 50_000_000
    t0 = time.monotonic()
    rc, err, md = report(["corpus"], capsys)
    assert time.monotonic() - t0 < 20
    assert rc == 2
    assert "corpus/huge.txt: error: file is 50.0 MB, over the 20 MB limit (split it, or raise the limit with --max-size)" in err
    assert_good_processed(md)


def test_max_size_option(corpus, capsys):
    prose = "The talks went on for a long time and nothing was agreed by anyone at all.\n"
    write(corpus / "long.txt", CLAIM_LINE + "\n" + prose * 18_000)  # 1.4 MB
    rc, err, _ = report(["corpus", "--max-size", "1"], capsys)
    assert rc == 2
    assert "corpus/long.txt: error: file is 1.4 MB, over the 1 MB limit" in err
    rc, err, md = report(["corpus", "--max-size", "2"], capsys)
    assert rc == 0, err
    assert "`corpus/long.txt`" in md


def test_article_of_a_few_megabytes_in_bounded_time(corpus, capsys):
    """Under the limit a long article is read line by line in linear time."""
    write(corpus / "long.txt", (CLAIM_LINE + "\n\n") * 20_000)  # 1.4 MB, 20,000 claims
    t0 = time.monotonic()
    rc = main(["extract", "corpus/long.txt", "--format", "csv"])
    assert time.monotonic() - t0 < 60
    assert rc == 0
    assert capsys.readouterr().out.count(",quantity,") == 20_000


# ---------------------------------------------------------------------------
# Manifests
# ---------------------------------------------------------------------------


def test_manifest_naming_missing_files(corpus, capsys):
    write(corpus / "sources.yaml", "articles:\n  good.md:\n    outlet: CNN\n  gone.txt:\n    outlet: AP\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 0
    assert "corpus/sources.yaml:4: warning: 'gone.txt': no such article" in err
    assert_good_processed(md)


@pytest.mark.parametrize("text, message", [
    ("articles:\n  good.md: {outlet: CNN\n", "corpus/sources.yaml:3:1: error: malformed YAML"),
    ("articles:\n  good.md:\n    outlet: CNN\n    outlet: AP\n",
     "corpus/sources.yaml:4:5: error: duplicate key 'outlet' (first at line 3)"),
    ("articles:\n  good.md:\n    outlet: CNN\n    author: Jane\n",
     "corpus/sources.yaml:4: error: good.md: unknown key 'author'"),
    ("articles:\n  good.md:\n    published: yesterday\n",
     "corpus/sources.yaml:3: error: published: 'yesterday' is not a date (write it as YYYY-MM-DD)"),
    ("articles:\n  good.md:\n    published: 2022-02-30\n", "corpus/sources.yaml:3:16: error: bad value '2022-02-30'"),
    ("articles:\n  good.md: [CNN]\n", "corpus/sources.yaml:2: error: 'good.md': expected a mapping of fields"),
    ("articles: [good.md]\n", "corpus/sources.yaml:1: error: 'articles' must map file names to their fields"),
    ("stories:\n  good.md: {}\n", "corpus/sources.yaml:1: error: a manifest holds one key, 'articles'"),
    ("\xff\xfe", "corpus/sources.yaml:1:1: error: not valid UTF-8 (byte 0xff) (save the file as UTF-8)"),
    ("articles: " + "[" * 60 + "]" * 60 + "\n", "corpus/sources.yaml:1:61: error: nested more than 50 levels deep"),
])
def test_bad_manifest(corpus, capsys, text, message):
    write(corpus / "sources.yaml", text.encode("latin-1") if text.startswith("\xff") else text)
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert message in err
    assert_clean_error(err)
    assert_good_processed(md)


def test_bad_manifest_entry_does_not_spoil_the_others(corpus, capsys):
    write(corpus / "other.md", GOOD.replace("Reuters", "AP"))
    write(corpus / "sources.yaml", "articles:\n  good.md:\n    outlet: CNN\n    colour: red\n"
                                   "  plain.txt:\n    outlet: BBC\n    published: 2022-05-01\n")
    write(corpus / "plain.txt", "Exports of the country rose 23% in 2022, the statistics office said.\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/sources.yaml:4: error: good.md: unknown key 'colour'" in err
    assert "| `corpus/plain.txt` | BBC | 2022-05-01 |" in md


# ---------------------------------------------------------------------------
# Front matter
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("front, message", [
    ("outlet: [unclosed\n", "corpus/story.md:3:1: error: malformed YAML"),
    ("outlet: A\noutlet: B\n", "corpus/story.md:3:1: error: duplicate key 'outlet' (first at line 2)"),
    ("publised: 2022-01-01\n", "corpus/story.md:2: error: unknown key 'publised': did you mean 'published'?"),
    ("published: soon\n", "corpus/story.md:2: error: published: 'soon' is not a date (write it as YYYY-MM-DD)"),
    ("title: [a, b]\n", "corpus/story.md:2: error: title: expected text, got a list"),
    ("outlet: {name: CNN}\n", "corpus/story.md:2: error: outlet: expected text, got a mapping"),
    ("- a\n- b\n", "corpus/story.md:2: error: front matter is not a mapping of keys to values"),
])
def test_bad_front_matter_is_reported_and_the_article_still_read(corpus, capsys, front, message):
    write(corpus / "story.md", f"---\n{front}---\n{CLAIM_LINE}\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert message in err
    assert_clean_error(err)
    assert_good_processed(md)
    assert re.search(r"\| `corpus/story.md` \| unknown \| unknown \| [1-9]\d* \|", md)  # read, without its fields


@pytest.mark.parametrize("title", ["Plane crash: dozens dead", '"A new chapter": two countries sign a deal',
                                   "'Never again': the town rebuilds"])
def test_a_title_holding_a_colon_is_reported_and_the_other_fields_still_read(corpus, capsys, title):
    write(corpus / "story.md", f"---\ntitle: {title}\noutlet: AP\npublished: 2023-01-05\n---\n"
                               f"{CLAIM_LINE}\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert "corpus/story.md:2:" in err and "malformed YAML" in err and 'in quotes: title: "..."' in err
    assert_clean_error(err)
    assert re.search(r"\| `corpus/story.md` \| AP \| 2023-01-05 \| [1-9]\d* \|", md)


def test_unknown_front_matter_key_is_a_warning(corpus, capsys):
    write(corpus / "story.md", f"---\noutlet: AP\ntags: [trade]\npublished: 2023-01-05\n---\n{CLAIM_LINE}\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 0
    assert "corpus/story.md:3: warning: unknown key 'tags' ignored" in err
    assert re.search(r"\| `corpus/story.md` \| AP \| 2023-01-05 \| [1-9]\d* \|", md)


def test_a_manifest_nested_past_the_parser_s_own_limit(corpus, capsys):
    """Deeper than the YAML parser itself allows (a thousand levels in PyYAML 6.0.4): the same error."""
    write(corpus / "sources.yaml", "articles: " + "[" * 5000 + "]" * 5000 + "\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert re.search(r"corpus/sources.yaml:1:\d+: error: nested more than 50 levels deep", err), err
    assert_clean_error(err)
    assert_good_processed(md)


def test_deeply_nested_front_matter(corpus, capsys):
    write(corpus / "story.md", "---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n" + CLAIM_LINE + "\n")
    rc, err, md = report(["corpus"], capsys)
    assert rc == 2
    assert re.search(r"corpus/story.md:2(:\d+)?: error: nested more than \d+ levels deep", err), err
    assert_good_processed(md)


# ---------------------------------------------------------------------------
# Rules (the loader's own tests live with it; these check the command line)
# ---------------------------------------------------------------------------

FACT = "facts:\n  - id: exports-2022\n    kind: quantity\n    subject: exports\n    source: Statistics office\n"


@pytest.mark.parametrize("text, message", [
    ("facts:\n  - id: x\n    kind: [quantity\n", "rules/facts.yaml:4:1: error: malformed YAML"),
    ("facts:\n  - id: x\n    id: y\n", "rules/facts.yaml:3:5: error: duplicate key 'id' (first at line 2)"),
    (FACT + "    value: 23\n    colour: red\n", "rules/facts.yaml:7:5: error: facts[0].colour: unknown key"),
    (FACT + "    value: lots\n", "rules/facts.yaml:6:5: error: facts[0].value: expected a number, got str 'lots'"),
    (FACT + "    value: 23\n    unit: percent\n" + FACT.replace("facts:\n", "").replace("exports-2022", "other")
     + "    value: 41\n    unit: percent\n",
     "error: facts[1]: fact 'other' conflicts with fact 'exports-2022'"),
])
def test_bad_rules_through_the_cli(corpus, capsys, text, message):
    write(corpus.parent / "rules" / "facts.yaml", text)
    rc, err, _ = report(["corpus", "--rules", "rules"], capsys)
    assert rc == 2
    assert message in err
    assert_clean_error(err)


def test_rules_folder_missing(corpus, capsys):
    rc, err, _ = report(["corpus", "--rules", "no-rules"], capsys)
    assert rc == 2
    assert_clean_error(err)
    assert "no-rules" in err


def test_deeply_nested_rules_file(corpus, capsys):
    write(corpus.parent / "rules" / "facts.yaml", "facts: " + "[" * 5000 + "]" * 5000 + "\n")
    rc, err, _ = report(["corpus", "--rules", "rules"], capsys)
    assert_clean_error(err)
    assert rc == 2
    assert "rules/facts.yaml" in err


def test_invalid_baseline(corpus, capsys):
    write(corpus.parent / "baseline.json", "{not json")
    draft = write(corpus.parent / "draft.md", "---\noutlet: AP\npublished: 2023-01-05\n---\n"
                  "Exports rose 41% in 2022, the statistics office said.\n")
    rc = main(["check", str(draft), "--against", "corpus", "--baseline", "baseline.json"])
    err = capsys.readouterr().err
    assert rc == 2
    assert "baseline.json" in err and "Traceback" not in err


# ---------------------------------------------------------------------------
# Output that cannot be written, and tracebacks
# ---------------------------------------------------------------------------


def test_out_is_a_file(corpus, capsys):
    write(corpus.parent / "taken", "a file, not a folder")
    rc, err, _ = report(["corpus"], capsys, out="taken/reports")
    assert rc == 2
    assert "error: taken/reports: " in err and "(check the path and its permissions)" in err
    assert_clean_error(err)


def test_internal_error_has_no_traceback_unless_debug(corpus, capsys, monkeypatch):
    import factcheck.pipeline

    def broken(*args, **kwargs):
        raise ValueError("something broke")

    monkeypatch.setattr(factcheck.pipeline, "extract_all", broken)
    monkeypatch.setattr(factcheck.pipeline, "run_scaled", broken)
    rc, err, _ = report(["corpus"], capsys)
    assert rc == 3
    assert "internal error: ValueError: something broke (run with --debug for the traceback)" in err
    assert "Traceback" not in err
    with pytest.raises(ValueError):
        main(["--debug", "report", "corpus", "--out", "out"])


def test_extract_and_check_go_on_after_a_bad_file(corpus, capsys):
    import json

    write(corpus / "image.txt", bytes(range(256)) * 40)
    rc = main(["extract", "corpus"])
    out, err = capsys.readouterr()
    assert rc == 2
    assert "corpus/image.txt: error: binary file" in err
    assert {c["article"] for c in json.loads(out)} == {"corpus/good.md"}
    write(corpus.parent / "draft.md", GOOD.replace("23%", "41%"))
    rc = main(["check", "draft.md", "--against", "corpus", "--format", "json"])
    out, err = capsys.readouterr()
    assert rc == 2
    assert "corpus/image.txt: error: binary file" in err
    assert any(f["verdict"] == "diverge" for f in json.loads(out))


def test_a_file_that_grows_while_read_is_read_whole_or_refused(tmp_path):
    """The read buffer is sized by the file's size at stat time; growth is still read and limited."""
    import os
    from pathlib import Path

    from factcheck.errors import InputError
    from factcheck.ingest import read_bytes_limited

    real = tmp_path / "a.txt"
    real.write_bytes(b"x" * 5000)

    class Stale(type(Path())):
        def stat(self, **kw):  # the size it had before it grew
            st = os.stat(self)
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid,
                                   10, st.st_atime, st.st_mtime, st.st_ctime))

    assert read_bytes_limited(Stale(real), "a.txt", 20_000_000) == b"x" * 5000
    with pytest.raises(InputError, match="over the"):
        read_bytes_limited(Stale(real), "a.txt", 1000)
