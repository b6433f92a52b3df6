"""Nothing lost: an interrupted write leaves the previous file intact and no
temporary file behind."""
from __future__ import annotations

import os

import pytest
from conftest import write

from factcheck import fsutil
from factcheck.cli import main

STORY = ("---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
         "Exports of the country rose 23% in 2022, the statistics office said.\n")


def _fail_on_fsync(monkeypatch, after: int = 0):
    """Make the (after+1)-th fsync raise, as a full disk or a kill would mid-write."""
    calls = {"n": 0}
    real = os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(28, "No space left on device")
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_write_atomic_keeps_the_old_file(tmp_path, monkeypatch):
    target = write(tmp_path / "report.md", "old report\n")
    _fail_on_fsync(monkeypatch)
    with pytest.raises(OSError):
        fsutil.write_atomic(target, "new report, half written\n" * 1000)
    assert target.read_text() == "old report\n"
    assert os.listdir(tmp_path) == ["report.md"]


def test_write_atomic_interrupted_by_keyboard(tmp_path, monkeypatch):
    target = write(tmp_path / "claims.csv", "old\n")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fsutil.write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["claims.csv"]


def test_write_files_atomic_keeps_every_old_file(tmp_path, monkeypatch):
    names = ["report.md", "claims.csv", "findings.csv"]
    for name in names:
        write(tmp_path / name, f"old {name}\n")
    _fail_on_fsync(monkeypatch, after=2)  # the third file fails
    with pytest.raises(OSError):
        fsutil.write_files_atomic({tmp_path / name: f"new {name}\n" for name in names})
    assert {p.name: p.read_text() for p in tmp_path.iterdir()} == {n: f"old {n}\n" for n in names}


def test_write_files_atomic_writes_all(tmp_path):
    fsutil.write_files_atomic({tmp_path / "a" / "x.txt": "x\n", tmp_path / "y.txt": "y\r\n"})
    assert (tmp_path / "a" / "x.txt").read_bytes() == b"x\n"
    assert sorted(os.listdir(tmp_path)) == ["a", "y.txt"]


def test_interrupted_report_keeps_the_previous_report(in_tmp, capsys, monkeypatch):
    write(in_tmp / "c" / "a.md", STORY)
    assert main(["report", "c", "--out", "out", "-q"]) == 0
    before = {p.name: p.read_bytes() for p in (in_tmp / "out").iterdir()}
    write(in_tmp / "c" / "a.md", STORY.replace("23%", "41%"))
    _fail_on_fsync(monkeypatch)
    rc = main(["report", "c", "--out", "out", "-q"])
    err = capsys.readouterr().err
    assert rc == 2
    assert "No space left on device" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in (in_tmp / "out").iterdir()} == before


def test_report_files_are_replaced_as_a_set(in_tmp, capsys, monkeypatch):
    write(in_tmp / "c" / "a.md", STORY)
    assert main(["report", "c", "--out", "out", "-q"]) == 0
    before = {p.name: p.read_bytes() for p in (in_tmp / "out").iterdir()}
    write(in_tmp / "c" / "a.md", STORY.replace("23%", "41%"))
    _fail_on_fsync(monkeypatch, after=2)
    assert main(["report", "c", "--out", "out", "-q"]) == 2
    assert {p.name: p.read_bytes() for p in (in_tmp / "out").iterdir()} == before


def test_written_files_get_the_mode_of_a_plain_write(tmp_path):
    mask = os.umask(0o022)
    try:
        fsutil.write_atomic(tmp_path / "new.txt", "x\n")
        assert (tmp_path / "new.txt").stat().st_mode & 0o777 == 0o644  # not the temporary file's 0600
        (tmp_path / "kept.txt").write_text("old\n")
        os.chmod(tmp_path / "kept.txt", 0o640)
        fsutil.write_files_atomic({tmp_path / "kept.txt": "new\n"})
        assert (tmp_path / "kept.txt").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(mask)
