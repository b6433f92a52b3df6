"""--jobs 2 gives the same bytes as --jobs 1; capped blocks count what they skip."""
from __future__ import annotations

import pytest
from conftest import SEEDS

from factcheck.blocking import Blocker, match_blocked, plan_blocks
from factcheck.cli import main
from factcheck.corpusgen import make_corpus
from factcheck.match import match
from factcheck.parallel import block_mapper, load_extract
from factcheck.pipeline import run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus") / "c", 80, [SEEDS], seed=5)


def test_report_jobs_1_and_2_byte_identical(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for jobs in ("1", "2"):
        assert main(["report", str(corpus), "--out", f"out{jobs}", "-q", "--no-cache", "--jobs", jobs]) == 0
    for name in ("report.md", "claims.csv", "findings.csv", "findings.json"):
        assert (tmp_path / "out1" / name).read_bytes() == (tmp_path / "out2" / name).read_bytes()


def test_parallel_extraction_keeps_file_order(corpus, default_rules):
    one = load_extract([str(corpus)], default_rules, jobs=1)
    two = load_extract([str(corpus)], default_rules, jobs=2)
    assert [a.id for a in one.articles] == [a.id for a in two.articles] == sorted(a.id for a in one.articles)
    assert one.claims == two.claims


def test_blocked_matching_equals_matcher_below_the_cap(corpus, default_rules):
    claims = run([str(corpus)], default_rules).claims
    plain, _ = match(claims, default_rules)
    blocked, stats = match_blocked(claims, default_rules)
    assert plain and blocked == plain and stats["pairs_skipped_by_split"] == 0


def test_parallel_block_scoring_equals_local(corpus, default_rules, monkeypatch):
    import factcheck.parallel as par

    claims = run([str(corpus)], default_rules).claims
    monkeypatch.setattr(par, "PARALLEL_MATCH_MIN_PAIRS", 0)
    assert match_blocked(claims, default_rules, cap=20, map_blocks=block_mapper(2)) == \
        match_blocked(claims, default_rules, cap=20)


def test_split_blocks_respect_the_cap_and_count_skipped_pairs(corpus, default_rules):
    claims = run([str(corpus)], default_rules).claims
    blocks, stats = plan_blocks(claims, Blocker(default_rules, cap=10))
    assert all(len(members) <= 10 for _, members in blocks)
    assert stats["blocks_split"] > 0 and stats["pairs_skipped_by_split"] > 0
    _, full = plan_blocks(claims, Blocker(default_rules, cap=10_000))
    assert full["pairs_skipped_by_split"] == 0




def test_records_survive_pickling_field_for_field():
    """Claims and articles cross process boundaries and the cache as pickles."""
    import pickle
    from dataclasses import fields

    from factcheck.extract import extract_article
    from factcheck.ingest import parse_article
    from factcheck.rules import load_rules
    from factcheck.segment import segment

    article, _ = parse_article("---\noutlet: AP\npublished: 2023-03-01\n---\nExports rose 23% in 2022, "
                               "the office said. Putin met Xi in Samarkand on Friday.\n", "a.md")
    claims = extract_article(article, load_rules())
    assert claims
    for record in [article, *segment(article), *claims]:
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(record) and back == record and hash(back) == hash(record)
        assert all(getattr(back, f.name) == getattr(record, f.name) for f in fields(record))
