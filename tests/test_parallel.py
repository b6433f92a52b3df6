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


def test_files_read_by_the_workers_or_here_give_the_same_problems_and_claims(tmp_path, default_rules):
    from factcheck.cache import ClaimCache

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text("---\noutlet: Reuters\npublished: 2023-03-01\n---\nExports rose 23% in 2022, "
                                    "the ministry said.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (folder / "latin1.txt").write_bytes("Exports rose 23% in S\xe3o Paulo.\n".encode("latin-1"))
    (folder / "huge.txt").write_text("Exports rose 23%. " * 200, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    runs = [load_extract([str(folder)], default_rules, jobs=jobs, max_bytes=1000, cache=cache)
            for jobs in (1, 2) for cache in (None, ClaimCache(tmp_path / f"cache{jobs}", "v1"))]
    first = runs[0]
    assert {a.id.rsplit("/", 1)[-1] for a in first.articles} >= {"good.md"}
    assert not {a.id.rsplit("/", 1)[-1] for a in first.articles} & {"binary.txt", "huge.txt"}
    assert {p.file.rsplit("/", 1)[-1] for p in first.problems if p.level == "error"} >= {"binary.txt", "huge.txt"}
    assert first.claims
    for other in runs[1:]:
        assert [a.id for a in other.articles] == [a.id for a in first.articles]
        assert other.claims == first.claims
        assert [(p.file, p.message, p.level) for p in other.problems] == \
            [(p.file, p.message, p.level) for p in first.problems]


def test_blocked_matching_equals_matcher_below_the_cap(corpus, default_rules):
    claims = run([str(corpus)], default_rules).claims
    plain, _ = match(claims, default_rules)
    blocked, stats = match_blocked(claims, default_rules)
    assert plain and blocked == plain and stats["pairs_skipped_by_split"] == 0


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_block_scoring_equals_local(corpus, default_rules, monkeypatch, jobs):
    import factcheck.parallel as par

    claims = run([str(corpus)], default_rules).claims
    monkeypatch.setattr(par, "PARALLEL_MATCH_MIN_PAIRS", 0)
    assert match_blocked(claims, default_rules, cap=20, map_blocks=block_mapper(jobs)) == \
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


def _tasks(corpus, n=3):
    from factcheck.parallel import Task

    return [Task(p.name, str(p), None, p.read_bytes(), 10**7) for p in sorted(corpus.iterdir())[:n]]


def test_prefetched_drafts_equal_extraction_here(corpus, default_rules):
    from factcheck.parallel import Prefetch, extract_tasks

    tasks = _tasks(corpus)
    ahead = Prefetch(tasks, default_rules)
    assert ahead._child.pid is not None  # forked
    other = type(tasks[0])(tasks[0].display, tasks[0].path, None, tasks[0].data + b"\nMore text.\n", 10**7)
    asked = [tasks[2], other, tasks[1]]  # another version of a prefetched file is extracted here
    try:
        got = ahead.extract(asked, default_rules, 1)
    finally:
        ahead.close()
    assert got == extract_tasks(asked, default_rules, 1)
    assert ahead._child.pid is None


def test_a_failed_prefetch_is_extracted_here(corpus, default_rules, monkeypatch):
    import os

    import factcheck.parallel as par

    parent, real = os.getpid(), par.extract_one

    def fails_in_child(task, rules):
        if os.getpid() != parent:
            raise RuntimeError("broken")
        return real(task, rules)

    monkeypatch.setattr(par, "extract_one", fails_in_child)
    tasks = _tasks(corpus, 2)
    ahead = par.Prefetch(tasks, default_rules)
    try:
        assert ahead.extract(tasks, default_rules, 1) == [real(t, default_rules) for t in tasks]
    finally:
        ahead.close()


def test_an_unneeded_prefetch_is_stopped(corpus, default_rules):
    import os

    from factcheck.parallel import Prefetch

    ahead = Prefetch(_tasks(corpus, 1), default_rules)
    pid = ahead._child.pid
    assert ahead.extract([], default_rules, 1) == []  # the drafts were in the cache: nothing asked
    ahead.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no process left behind


def test_check_with_prefetch_equals_the_full_run(corpus, tmp_path, capsys, monkeypatch):
    import shutil

    import factcheck.parallel as par

    monkeypatch.chdir(tmp_path)
    work = tmp_path / "c"
    shutil.copytree(corpus, work)
    assert main(["report", str(work), "--out", "out", "-q", "--cache-dir", "cache"]) == 0
    draft = sorted(work.iterdir())[3]
    draft.write_text(draft.read_text(encoding="utf-8") + "\nThe share of exports rose to 41% in 2019, officials said.\n",
                     encoding="utf-8")
    here = []
    real = par.extract_tasks
    monkeypatch.setattr(par, "extract_tasks", lambda tasks, *a: here.extend(tasks) or real(tasks, *a))
    args = ["check", str(draft), "--against", str(work), "--format", "json", "--fail-on", "never"]
    assert main([*args, "--cache-dir", "cache", "--jobs", "2"]) == 0
    ahead = capsys.readouterr().out
    assert here == []  # the draft was extracted by the forked process alone
    assert main([*args, "--no-cache", "--jobs", "1"]) == 0
    assert ahead == capsys.readouterr().out and "The share of exports rose to 41%" in ahead


def test_a_frozen_heap_and_a_paused_collector_change_no_result(corpus, default_rules, monkeypatch):
    import gc

    import factcheck.pipeline as pipeline
    from factcheck.report import jsonout

    plain = pipeline.run_scaled([str(corpus)], default_rules)
    seen = []
    real_judge = pipeline.judge
    monkeypatch.setattr(pipeline, "FREEZE_MIN_CLAIMS", 0)
    monkeypatch.setattr(pipeline, "judge", lambda *a, **k: seen.append((gc.get_freeze_count(), gc.isenabled()))
                        or real_judge(*a, **k))
    frozen = pipeline.run_scaled([str(corpus)], default_rules)
    assert seen and seen[0][0] > 0 and not seen[0][1]  # frozen and no collector while judging
    assert gc.get_freeze_count() == 0 and gc.isenabled()  # not after
    assert jsonout.findings_json(frozen.findings, frozen.claims) == jsonout.findings_json(plain.findings, plain.claims)


def test_the_collector_is_paused_only_inside_the_block():
    import gc

    from factcheck.heap import collector_paused

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("stop")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_what_the_paused_block_made_goes_to_the_oldest_generation_and_frozen_objects_stay_frozen():
    import gc

    from factcheck.heap import collector_paused

    with collector_paused():
        made = [[i] for i in range(10)]
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(x) in oldest for x in made)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            more = [[i] for i in range(10)]
        assert gc.get_freeze_count() == frozen  # an outer freeze is left as it was
        assert more
    finally:
        gc.unfreeze()


def test_extraction_leaves_no_reference_cycles(tmp_path, default_rules):
    """Extraction runs with the collector paused: what it leaves behind must be
    freed by reference counting alone, bad files included."""
    import gc

    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PNG\x00" * 50)
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "bad-front.md").write_text("---\npublished: [not a date\n---\nExports rose 23%.\n", encoding="utf-8")
    load_extract([str(SEEDS)], default_rules, jobs=1)  # imports and patterns first
    gc.collect()
    gc.disable()
    try:
        loaded = load_extract([str(SEEDS), str(tmp_path)], default_rules, jobs=1)
        assert loaded.claims and loaded.problems
        del loaded
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_matching_and_judging_leave_no_reference_cycles(corpus, default_rules):
    """Large runs match and judge with the collector paused: the links,
    clusters and findings must be freed by reference counting alone."""
    import gc

    from factcheck.blocking import match_blocked
    from factcheck.parallel import load_extract
    from factcheck.pipeline import judge

    claims = load_extract([str(corpus), str(SEEDS)], default_rules, jobs=1).claims
    clusters, _ = match_blocked(claims, default_rules, cap=40)  # split and capped blocks too
    judge(claims, clusters, default_rules)  # imports and patterns first
    del clusters
    gc.collect()
    gc.disable()
    try:
        clusters, stats = match_blocked(claims, default_rules, cap=40)
        findings = judge(claims, clusters, default_rules)
        assert clusters and findings and stats["blocks_split"]
        del clusters, findings, stats
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_fork_fits_the_free_memory_and_the_budget(monkeypatch):
    from factcheck import heap

    gb = 10**9
    monkeypatch.setattr(heap, "_resident_and_free", lambda: (1 * gb, 20 * gb))
    try:
        assert heap.fork_fits(1) and heap.fork_fits(2)
        heap.set_memory_budget(2500)  # MB: this process and one copy fit, not two
        assert heap.memory_budget() == 2.5 * gb
        assert heap.fork_fits(1) and not heap.fork_fits(2)
        monkeypatch.setattr(heap, "_resident_and_free", lambda: (1 * gb, int(1.5 * gb)))
        assert not heap.fork_fits(1)  # the free memory does not hold a copy
        monkeypatch.setattr(heap, "_resident_and_free", lambda: None)
        assert not heap.fork_fits(1)  # sizes unknown: no fork under a budget
        heap.set_memory_budget(None)
        assert heap.fork_fits(1)  # sizes unknown, no budget: fork
    finally:
        heap.set_memory_budget(None)


def test_report_within_a_memory_budget_forks_nothing_and_writes_the_same_files(corpus, tmp_path, monkeypatch):
    """With --max-memory below two copies of the process, blocks are scored and
    files rendered here (every fork asks heap.fork_fits, and is refused); the
    report is the same, byte for byte."""
    import factcheck.parallel as par
    from factcheck import heap
    from factcheck.cli import main
    from factcheck.report import write

    monkeypatch.setattr(par, "PARALLEL_MATCH_MIN_PAIRS", 0)
    monkeypatch.setattr(write, "PARALLEL_RENDER_MIN_CLAIMS", 0)
    answers = []
    real = heap.fork_fits

    def spy(forks):
        answers.append(real(forks))
        return answers[-1]

    monkeypatch.setattr(heap, "fork_fits", spy)
    monkeypatch.setattr(par, "fork_fits", spy)
    assert main(["report", str(corpus), "--out", str(tmp_path / "forked"), "--jobs", "2", "--no-cache", "-q"]) == 0
    assert len(answers) == 3 and all(answers)  # scoring, claims.csv ahead, the other files
    answers.clear()
    assert main(["report", str(corpus), "--out", str(tmp_path / "here"), "--jobs", "2", "--no-cache", "-q",
                 "--max-memory", "1"]) == 0
    assert len(answers) == 3 and not any(answers)
    assert heap.memory_budget() is None  # for this run only
    for name in write.RENDERERS:
        assert (tmp_path / "here" / name).read_bytes() == (tmp_path / "forked" / name).read_bytes(), name
