"""--engine dask gives the same bytes as the local engine (skipped without dask)."""
from __future__ import annotations

import pytest
from conftest import SEEDS

from factcheck.cli import main
from factcheck.corpusgen import make_corpus


def test_dask_engine_without_dask_is_a_usage_error(monkeypatch, tmp_path, capsys):
    import builtins

    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(SEEDS), "--out", "out", "--engine", "dask", "--no-cache"]) == 2
    assert "pip install 'factcheck[dask]'" in capsys.readouterr().err


def test_dask_engine_same_bytes_as_local(tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    corpus = make_corpus(tmp_path / "c", 40, [SEEDS], seed=11)
    monkeypatch.chdir(tmp_path)
    assert main(["report", str(corpus), "--out", "local", "-q", "--no-cache", "--jobs", "1"]) == 0
    assert main(["report", str(corpus), "--out", "dask", "-q", "--no-cache", "--engine", "dask", "--jobs", "2",
                 "--block-cap", "15"]) == 0
    assert main(["report", str(corpus), "--out", "local15", "-q", "--no-cache", "--jobs", "1",
                 "--block-cap", "15"]) == 0
    for name in ("report.md", "claims.csv", "findings.csv", "findings.json"):
        assert (tmp_path / "local15" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes()
        assert (tmp_path / "local" / name).is_file()
