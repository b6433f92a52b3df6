from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests on the same examples every time (a failure there is
# one anyone can reproduce); elsewhere they draw new examples on every run.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("FACTCHECK_HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["FACTCHECK_HYPOTHESIS_PROFILE"])

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run in an empty folder (no ./rules, no ./seeds)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="session")
def default_rules():
    from factcheck.rules import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def project_rules():
    from factcheck.rules import load_rules

    return load_rules(ROOT / "rules")


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path
