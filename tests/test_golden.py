"""Golden files of the report writers: a fixed report (tests/golden/fixture.py)
must give exactly the bytes in tests/golden/expected/.

After an intended change of a writer, regenerate and review the diff:

    FACTCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
    git diff tests/golden/expected/
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "golden"))
from fixture import fixed_report  # noqa: E402

from factcheck.report.write import render_all  # noqa: E402

EXPECTED = HERE / "golden" / "expected"
NAMES = ("report.md", "report.html", "claims.csv", "findings.csv", "findings.json")


@pytest.mark.parametrize("name", NAMES)
def test_writer_output_matches_golden_file(name):
    got = render_all(fixed_report())[name].encode("utf-8")
    path = EXPECTED / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_bytes(got)
    assert path.is_file(), f"missing golden file {path}: run FACTCHECK_UPDATE_GOLDEN=1 pytest {__file__}"
    assert got == path.read_bytes(), f"{name} differs from {path} (regenerate as the module docstring says)"


def test_same_input_same_bytes():
    assert render_all(fixed_report()) == render_all(fixed_report())


def test_golden_files_escape_article_text():
    html = (EXPECTED / "report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html and "<script>alert" not in html
    md = (EXPECTED / "report.md").read_text(encoding="utf-8")
    assert "\\<script\\>" in md and "\\*boomed\\*" in md
    csv_text = (EXPECTED / "claims.csv").read_text(encoding="utf-8")
    assert "'=SUM(A1)" in csv_text and ",'=costs rose," in csv_text
    assert "Accepted: figure checked with the ministry" in md


def test_report_files_need_only_the_texts_with_accept_directives():
    from dataclasses import replace

    from factcheck.pipeline import without_texts

    full = fixed_report()
    slim = replace(full, articles=without_texts(full.articles))
    kept = {a.id for a in slim.articles if a.text}
    assert kept == {"drafts/ours.md"}  # the one article with a directive
    assert all(a.body == () for a in slim.articles if a.id not in kept)
    assert render_all(slim) == render_all(full)


def test_has_directive_sees_every_form_and_nothing_else():
    from factcheck.accept import has_directive

    assert has_directive("Text.\n<!-- factcheck: accept 41% reason: checked -->\n")
    assert has_directive("Text.\nFactCheck : accept \"41%\"\n")  # malformed, still reported
    assert not has_directive("A factcheck of the claim, by our desk.\n")
    assert not has_directive("Exports rose 23%.\n")


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_written_files_are_the_golden_bytes_in_one_or_more_processes(tmp_path, monkeypatch, jobs):
    from factcheck.report import write

    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)  # the fixture is small: force the forked path
    written = write.write_report(fixed_report(), tmp_path, jobs=jobs)
    assert [Path(p).name for p in written] == list(NAMES)
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == (EXPECTED / name).read_bytes(), name
    assert sorted(os.listdir(tmp_path)) == sorted(NAMES)  # no temporary file left


@pytest.mark.parametrize("fails", [False, True])
def test_files_rendered_ahead_are_the_golden_bytes(tmp_path, monkeypatch, fails):
    from factcheck.report import write

    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)
    if fails:  # the forked process fails: this one renders the file itself
        def boom(claims):
            raise RuntimeError("renderer failed")

        monkeypatch.setitem(write.CLAIMS_ONLY, "claims.csv", boom)
    report = fixed_report()
    ahead = write.Ahead.start(tmp_path, report.claims, jobs=2)
    assert ahead is not None
    write.write_report(report, tmp_path, jobs=2, ahead=ahead)
    for name in NAMES:
        assert (tmp_path / name).read_bytes() == (EXPECTED / name).read_bytes(), name
    assert sorted(os.listdir(tmp_path)) == sorted(NAMES)


def test_files_rendered_ahead_are_removed_when_cancelled(tmp_path, monkeypatch):
    from factcheck.report import write

    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)
    assert write.Ahead.start(tmp_path, fixed_report().claims, jobs=1) is None  # one job: nothing ahead
    ahead = write.Ahead.start(tmp_path, fixed_report().claims, jobs=2)
    ahead.cancel()
    assert os.listdir(tmp_path) == []


def test_a_report_command_renders_ahead_the_same_files(tmp_path, monkeypatch):
    from factcheck import cli
    from factcheck.report import write

    seeds = Path(__file__).resolve().parents[1] / "seeds"
    assert cli.main(["report", str(seeds), "--out", str(tmp_path / "one"), "--jobs", "1", "--no-cache",
                     "-q", "--fail-on", "never"]) == 0
    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)
    started = []
    real = write.Ahead.start
    monkeypatch.setattr(write.Ahead, "start", classmethod(lambda cls, *a: started.append(1) or real(*a)))
    assert cli.main(["report", str(seeds), "--out", str(tmp_path / "two"), "--jobs", "2", "--no-cache",
                     "-q", "--fail-on", "never"]) == 0
    assert started == [1]
    for name in NAMES:
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_renderer_replaces_no_file(tmp_path, monkeypatch, jobs):
    from factcheck.report import write

    for name in NAMES:
        (tmp_path / name).write_text(f"old {name}\n")
    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)

    def boom(report, inline):
        raise RuntimeError("renderer failed")

    monkeypatch.setitem(write.RENDERERS, "findings.csv", (boom, 1.5))
    with pytest.raises(RuntimeError, match="renderer failed"):
        write.write_report(fixed_report(), tmp_path, jobs=jobs)
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {n: f"old {n}\n" for n in NAMES}


@pytest.mark.parametrize("rows", [1, 2, 3, 1000])
def test_claims_csv_in_pieces_is_the_same_file(rows):
    from factcheck.report import csvout

    claims = fixed_report().claims
    assert "".join(csvout.claims_csv_pieces(claims, rows)) == (EXPECTED / "claims.csv").read_text("utf-8")


def test_claims_csv_cells_are_the_same_with_values_that_cannot_be_remembered():
    """claims.csv remembers the cells of repeated dates, enums and actor lists;
    a value that cannot be a dictionary key (a list) is written all the same."""
    import dataclasses

    from factcheck.report import csvout
    from factcheck.report.records import CLAIM_FIELDS

    claims = [dataclasses.replace(c, actors=("Ana Costa", "Rui Costa")) for c in fixed_report().claims]
    listed = [dataclasses.replace(c, actors=list(c.actors)) for c in claims]
    as_tuples = "".join(csvout.claims_csv_pieces(claims))
    assert "".join(csvout.claims_csv_pieces(listed)) == as_tuples
    assert as_tuples.count("Ana Costa; Rui Costa") == len(claims)
    assert as_tuples.splitlines()[0].split(",") == list(CLAIM_FIELDS)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_markdown_escape_escapes_each_special_character(text):
    from factcheck.report.markdown import md_escape

    table = str.maketrans({ch: "\\" + ch for ch in "\\*_`[]<>|#~"})
    assert md_escape(text) == " ".join(text.translate(table).split())


def test_a_killed_renderer_leaves_the_old_files_and_no_temporary_file(tmp_path, monkeypatch):
    from factcheck.report import write

    for name in NAMES:
        (tmp_path / name).write_text(f"old {name}\n")
    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)

    def killed(report, inline):
        os._exit(9)  # as the system's out-of-memory killer would end it: no clean-up in the process

    forked = write._groups(2)[1][0]  # a file of the group rendered by the forked process, not this one
    monkeypatch.setitem(write.RENDERERS, forked, (killed, write.RENDERERS[forked][1]))
    with pytest.raises(Exception):
        write.write_report(fixed_report(), tmp_path, jobs=2)
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {n: f"old {n}\n" for n in NAMES}


@pytest.mark.parametrize("lines_per_piece", [1, 2, 7, 10_000])
def test_markdown_in_pieces_is_the_whole_text(monkeypatch, lines_per_piece):
    """report.md written a few lines at a time is the golden text, wherever
    the pieces break (the last piece carries the final newline alone)."""
    from factcheck.report import markdown
    from factcheck.report.write import _inline

    monkeypatch.setattr(markdown, "_PIECE_LINES", lines_per_piece)
    report = fixed_report()
    pieces = list(markdown.render_pieces(report, _inline(report)))
    assert "".join(pieces).encode("utf-8") == (EXPECTED / "report.md").read_bytes()
    assert len(pieces) > 1 or lines_per_piece == 10_000


def test_link_reasons_are_said_once_with_their_count():
    from factcheck.report.view import _link_reasons

    same = [{"why": "actors shared 100%"}] * 3 + [{"why": "quote words 91"}]
    assert _link_reasons(same, None) == "actors shared 100% (3 pairs); quote words 91"
    many = [{"why": f"reason {i}"} for i in range(5)]
    assert _link_reasons(many, None) == "reason 0; reason 1; reason 2; 2 other reasons"
    assert _link_reasons(same, 40) == "actors shared 100% (3 pairs); quote words 91 (of the first 4 of 40 pairs)"
