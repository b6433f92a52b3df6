"""The benchmark's timed commands run as a user's do."""
from __future__ import annotations

import os

from factcheck import bench


def test_timed_commands_may_write_their_bytecode_and_import_this_checkout(monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("PYTHONPATH", "elsewhere")
    env = bench._env()
    assert "PYTHONDONTWRITEBYTECODE" not in env  # else each run compiles a changed module again
    assert env["PYTHONPATH"].split(os.pathsep) == [str(bench.ROOT), "elsewhere"]
    assert os.environ["PYTHONDONTWRITEBYTECODE"] == "1"  # the benchmark's own environment is left as it is
