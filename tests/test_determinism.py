"""Same input, same bytes: across runs, hash seeds and the order of the arguments."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS, write

ARTICLES = {
    "a.md": "---\noutlet: Reuters\npublished: 2023-03-01\n---\n"
            "Exports of the country rose 23% in 2022, the statistics office said.\n",
    "b.md": "---\noutlet: AP\npublished: 2023-03-02\n---\n"
            "The statistics office said exports of the country rose 41% in 2022.\n",
    "sub/c.txt": "Exports of the country rose about 23% in 2022, officials said.\n\nby admin\n",
}


def run(cwd: Path, out: str, paths: list[str], seed: str) -> dict[str, bytes]:
    """``factcheck report`` in a fresh interpreter; the report files' bytes."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "factcheck", "report", *paths, "--out", out, "--quiet"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 2), proc.stderr
    return {p.name: p.read_bytes() for p in sorted((cwd / out).iterdir())}


@pytest.fixture
def corpus(tmp_path):
    for name, text in ARTICLES.items():
        write(tmp_path / "c" / name, text)
    return tmp_path


def test_same_bytes_across_hash_seeds_and_argument_order(corpus):
    files = ["c/a.md", "c/b.md", "c/sub/c.txt"]
    first = run(corpus, "out1", files, "0")
    second = run(corpus, "out2", list(reversed(files)), "12345")
    third = run(corpus, "out3", ["c"], "random")
    assert first == second == third
    assert {"report.md", "claims.csv", "findings.csv", "findings.json"} <= set(first)


def test_seeds_report_is_the_same_across_hash_seeds(tmp_path):
    a = run(tmp_path, "o1", [str(SEEDS)], "1")
    b = run(tmp_path, "o2", [str(SEEDS)], "2")
    assert a == b


def test_unlisted_actors_in_the_context_do_not_depend_on_the_hash_seed(tmp_path):
    """People the rules do not list enter the context in a fixed order, also
    when a sentence refers to them without writing their names."""
    write(tmp_path / "c" / "a.md", "---\noutlet: AFP\npublished: 2025-02-12\n---\n\n"
          "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday.\n\n"
          "The two leaders signed a deal on energy.\n\nHe then flew to Djibouti on Wednesday.\n")
    outs = []
    for seed in ("1", "2", "3", "4", "5", "6"):  # the extractor itself, no cache between the runs
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        proc = subprocess.run([sys.executable, "-m", "factcheck", "extract", "c/a.md"], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        outs.append(proc.stdout)
    assert "flew to" in outs[0] and all(o == outs[0] for o in outs)


def _findings_without_paths(out: Path, prefix: str) -> list[tuple[str, str, str]]:
    import csv

    with open(out / "findings.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    return sorted((r["severity"], r["verdict"], r["message"].replace(prefix, "")) for r in rows)


def test_findings_do_not_depend_on_the_folder_the_articles_are_read_from(tmp_path):
    """Claim ids hash the path an article is given by; complete linkage takes
    equal links in claim order (date, article, place), not in id order, so the
    same articles read from another folder group the same way."""
    import shutil

    shutil.copytree(SEEDS, tmp_path / "x" / "y" / "seeds")
    near = run(tmp_path / "x" / "y", "out", ["seeds"], "0")
    far = run(tmp_path, "out", ["x/y/seeds"], "0")
    assert near.keys() == far.keys()
    assert _findings_without_paths(tmp_path / "x" / "y" / "out", "seeds/") == \
        _findings_without_paths(tmp_path / "out", "x/y/seeds/")
