"""The one-pass scan of article files gives what ingest.discover gives, and
the sizes and modification times of the files."""
from __future__ import annotations

import os

import pytest
from conftest import SEEDS

from factcheck import scan as scan_mod
from factcheck.ingest import discover


def _tree(root):
    (root / "a" / "b").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a" / ".hid").mkdir()
    files = ["one.md", "two.txt", "three.markdown", "UPPER.MD", "README.md", "license.txt", ".dot.md", "notes.rst",
             "a/four.md", "a/b/five.txt", "a/b/README.txt", ".hidden/six.md", "a/.hid/seven.md", "a/b/sp ace.md",
             "a/é-accent.md", "a/ctrl\x01name.md", "a/back\\slash.md", "a/tab\tname.txt", "a/b/\u202eevil.md"]
    for i, name in enumerate(files):
        (root / name).write_text(f"Article {i}.\n" * (i + 1), encoding="utf-8")
    return root


def _check(paths):
    files, problems, stats = scan_mod.scan(paths)
    want_files, want_problems = discover(paths)
    assert files == [(str(p), d) for p, d in want_files]
    assert list(map(str, problems)) == list(map(str, want_problems))
    for p, d in want_files:
        st = os.stat(p)
        assert stats[d] == (st.st_size, st.st_mtime_ns)
    return files


@pytest.mark.parametrize("how", ["relative", "absolute", "dot", "outside"])
def test_scan_equals_discover_on_a_plain_tree(tmp_path, monkeypatch, how):
    root = _tree(tmp_path / "corpus")
    draft = tmp_path / "draft.md"
    draft.write_text("A draft.\n", encoding="utf-8")
    if how == "relative":
        monkeypatch.chdir(tmp_path)
        paths = ["corpus", "draft.md", "corpus/a/four.md", "./corpus/a/../one.md"]
    elif how == "absolute":
        paths = [str(root), str(draft), str(root / "a")]
    elif how == "dot":
        monkeypatch.chdir(root)
        paths = [".", "a", "one.md"]
    else:
        monkeypatch.chdir(root / "a" / "b")
        paths = ["../..", "../../one.md", str(draft)]
    assert scan_mod._scan_plain(paths) is not None  # the fast path
    files = _check(paths)
    assert len(files) > 10


def test_scan_equals_discover_on_the_seeds(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    assert scan_mod._scan_plain([SEEDS.name]) is not None
    _check([SEEDS.name])
    _check([str(SEEDS)])


def test_links_missing_paths_and_empty_folders_take_the_careful_way(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    root = _tree(tmp_path / "corpus")
    (tmp_path / "empty").mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("Outside.\n", encoding="utf-8")
    cases = [["corpus", "missing.md"], ["corpus", "empty"], ["missing-folder"]]
    os.symlink(outside, root / "a" / "link-out.md")
    cases.append(["corpus"])
    os.symlink(root / "a", tmp_path / "linked")
    cases.append(["linked"])
    for paths in cases:
        assert scan_mod._scan_plain(paths) is None
        _check(paths)
    os.mkfifo(root / "a" / "pipe.md")
    assert scan_mod._scan_plain([str(root / "a" / "b")]) is not None
    (root / "a" / "link-out.md").unlink()
    assert scan_mod._scan_plain(["corpus"]) is None  # the FIFO
    _check(["corpus"])


def test_an_unreadable_file_has_no_stats_but_is_listed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink(tmp_path / "nowhere.md", tmp_path / "dangling.md")
    (tmp_path / "ok.md").write_text("Fine.\n", encoding="utf-8")
    files, problems, stats = scan_mod.scan(["."])
    assert [d for _, d in files] == [d for _, d in discover(["."])[0]]
    assert "ok.md" in stats and "dangling.md" not in stats
