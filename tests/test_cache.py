"""The claims cache: same findings with and without it, rebuilt when corrupt,
and ``check`` against the index equal to the full run."""
from __future__ import annotations

import shutil

import pytest
from conftest import ROOT, SEEDS

from factcheck.cache import ClaimCache, code_version
from factcheck.cli import main
from factcheck.corpusgen import make_corpus
from factcheck.pipeline import run, run_scaled
from factcheck.report import jsonout, markdown


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """60 generated articles: stories told by several outlets, with clusters."""
    return make_corpus(tmp_path_factory.mktemp("corpus") / "c", 60, [SEEDS, ROOT / "seeds"], seed=3)


def _same(a, b) -> bool:
    return (jsonout.findings_json(a.findings, a.claims) == jsonout.findings_json(b.findings, b.claims)
            and jsonout.claims_json(a.claims) == jsonout.claims_json(b.claims)
            and sorted(map(str, a.problems)) == sorted(map(str, b.problems)))


def test_report_same_with_cold_and_warm_cache(corpus, default_rules, tmp_path):
    plain = run([str(corpus)], default_rules)
    assert plain.clusters, "the generated corpus should have matches"
    for _ in range(2):  # cold, then warm
        cache = ClaimCache(tmp_path / "cache", code_version(default_rules))
        cached = run_scaled([str(corpus)], default_rules, cache=cache)
        assert _same(plain, cached)
        assert markdown.render(plain) == markdown.render(cached)
    assert cached.stats["cache_hits"] == 60 and cached.stats["extracted"] == 0


def test_corrupt_cache_is_rebuilt(corpus, default_rules, tmp_path):
    folder = tmp_path / "cache"
    run_scaled([str(corpus)], default_rules, cache=ClaimCache(folder, code_version(default_rules)))
    (folder / "claims.sqlite").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (folder / ("claims.sqlite" + suffix)).unlink(missing_ok=True)
    cache = ClaimCache(folder, code_version(default_rules))
    assert _same(run([str(corpus)], default_rules), run_scaled([str(corpus)], default_rules, cache=cache))


def test_version_change_empties_the_cache(corpus, default_rules, tmp_path):
    run_scaled([str(corpus)], default_rules, cache=ClaimCache(tmp_path, "v1"))
    cache = ClaimCache(tmp_path, "v2")
    assert cache.rebuilt and cache.stats()["entries"] == 0


def test_changed_file_is_extracted_again(corpus, default_rules, tmp_path):
    work = tmp_path / "c"
    shutil.copytree(corpus, work)
    cache = ClaimCache(tmp_path / "cache", code_version(default_rules))
    run_scaled([str(work)], default_rules, cache=cache)
    first = sorted(work.iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nExports fell 12% in 2019, the ministry said.\n",
                     encoding="utf-8")
    again = run_scaled([str(work)], default_rules, cache=cache)
    assert again.stats["extracted"] == 1
    assert _same(run([str(work)], default_rules), again)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_against_index_equals_full_run(corpus, tmp_path, capsys, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    work = tmp_path / "c"
    shutil.copytree(corpus, work)
    assert main(["report", str(work), "--out", "out", "-q", "--cache-dir", "cache"]) == 0
    capsys.readouterr()
    for i, draft in enumerate(sorted(work.iterdir())[:6:2]):
        text = draft.read_text(encoding="utf-8")
        draft.write_text(text.replace("1", "9", 2) + "\nThe share rose to 41% in 2019, officials said.\n",
                         encoding="utf-8")
        full = _indexed_check_equals_full_run(
            ["check", str(draft), "--against", str(work), "--format", fmt, "--fail-on", "never"], capsys)
    assert "finding" in full.out or fmt == "json"


def _indexed_check_equals_full_run(args: list[str], capsys):
    """``check`` through the index prints what a full run prints; the full run's output."""
    assert main([*args, "--no-cache"]) == 0
    full = capsys.readouterr()
    assert main([*args, "--cache-dir", "cache"]) == 0
    indexed = capsys.readouterr()
    assert indexed.out == full.out
    assert sorted(indexed.err.splitlines()) == sorted(full.err.splitlines())
    return full


def test_check_of_a_new_draft_outside_the_corpus(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = tmp_path / "drafts" / "new.md"
    draft.parent.mkdir()
    shutil.copy(sorted(corpus.iterdir())[5], draft)
    args = ["check", str(draft), "--against", str(corpus), "--fail-on", "never"]
    assert main([*args, "--no-cache"]) == 0
    full = capsys.readouterr().out
    assert main([*args, "--cache-dir", "cache"]) == 0  # cold: builds the index
    assert capsys.readouterr().out == full
    assert main([*args, "--cache-dir", "cache"]) == 0  # warm
    assert capsys.readouterr().out == full


_STORY = {
    "wire.md": "The Tarvel finance ministry said on Monday that the standard VAT rate will rise by 2.5 percentage "
               "points to 22.5% next year. \"This budget asks every household to carry its share of the debt,\" "
               "Finance Minister Ada Roost said. The budget would cut debt by 4.8 billion crowns, the ministry said.",
    "daily.md": "The standard VAT rate will go up by 2.5 percentage points to 22.5% next year, the Tarvel finance "
                "ministry said on Monday. The budget would cut debt by 4.8 billion crowns, the ministry said.",
    "draft.md": "The standard VAT rate will rise by 2.5 per cent to 22.5 per cent next year, the finance ministry "
                "said on Monday. \"This budget asks every household to carry its share of the debt,\" opposition "
                "leader Ivo Brant said. The budget would cut debt by 4.8 billion crowns, the ministry said.",
}


def test_check_against_index_sees_the_story_of_the_draft(tmp_path, capsys, monkeypatch):
    """Checks that compare a draft with the articles telling its story, outside
    the clusters (one change in percent and in points, one quote given to two
    people), find through the index what the full run finds: the claims of
    those articles are read from the index, though they share no block with
    the draft's."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    for name, body in _STORY.items():
        folder = tmp_path if name == "draft.md" else tmp_path / "corpus"
        outlet = name.split(".")[0].capitalize()
        (folder / name).write_text(f"---\ntitle: Budget\noutlet: {outlet}\npublished: 2026-03-10\n---\n\n{body}\n",
                                   encoding="utf-8")
    args = ["check", "draft.md", "--against", "corpus", "--fail-on", "never", "-j", "1"]
    assert main([*args, "--cache-dir", "cache", "-q"]) == 0  # builds the index
    capsys.readouterr()
    full = _indexed_check_equals_full_run(args, capsys).out
    assert "One change is given in percent and in percentage points" in full
    assert "One quote is given to different people" in full
    assert "corpus/wire.md" in full  # the other article's sentence is shown


def test_cache_dir_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "envcache"))
    assert main(["report", str(SEEDS), "--out", "out", "-q"]) == 0
    assert (tmp_path / "envcache" / "claims.sqlite").is_file()
    assert not (tmp_path / ".factcheck-cache").exists()
    assert main(["report", str(SEEDS), "--out", "out2", "-q", "--no-cache", "--cache-dir", "other"]) == 0
    assert not (tmp_path / "other").exists()


def test_check_path_imports_no_numpy_or_pandas(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from factcheck.cli import main; rc = main(['check', {draft!r}, '--against', {corpus!r}, "
            "'--cache-dir', {cache!r}, '-q']); print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))")
    code = code.format(draft=str(SEEDS / "000_955ab8591adff582.txt"), corpus=str(SEEDS), cache=str(tmp_path))
    for _ in range(2):  # cold, warm
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        assert out.strip().splitlines()[-1] == "[]"


def test_check_path_imports_no_numpy_with_blocks_larger_than_small_block(tmp_path):
    """A draft whose events fall in a block of more than SMALL_BLOCK claims is
    still checked without numpy (events are scored pair by pair there)."""
    import shutil
    import subprocess
    import sys

    from factcheck.match import SMALL_BLOCK

    seed = SEEDS / "000_955ab8591adff582.txt"
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for k in range(SMALL_BLOCK + 5):  # the same story told again and again: one large event block
        shutil.copy(seed, corpus / f"copy{k:03d}.txt")
    code = ("import sys; from factcheck.cli import main; rc = main(['check', {draft!r}, '--against', {corpus!r}, "
            "'--cache-dir', {cache!r}, '-q']); print(sorted(m for m in ('numpy', 'pandas') if m in sys.modules))")
    code = code.format(draft=str(seed), corpus=str(corpus), cache=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("cap", [2, 3, 5, 8, 40, 400])
def test_blocks_planned_from_index_counts_equal_plan_items(corpus, default_rules, tmp_path, cap):
    """``check`` plans the blocks of the draft's claims from counts of the
    index: the same blocks, with the same members, as planning every live
    index row with the drafts' items."""
    from factcheck.blocking import Blocker, plan_items
    from factcheck.incremental import plan_from_index
    from factcheck.model import Claim
    from factcheck.parallel import load_extract

    cache = ClaimCache(tmp_path / "cache", code_version(default_rules))
    loaded = load_extract([str(corpus)], default_rules, cache=cache)
    blocker = Blocker(default_rules, cap)
    articles = sorted({c.article for c in loaded.claims})
    drafts, gone = set(articles[::7]), articles[3]  # a few drafts; one file deleted since it was indexed
    draft_items = [(blocker.keys(c), c.id, c.article, c) for c in loaded.claims
                   if c.article in drafts and blocker.keys(c) is not None]
    live = {d: g for d, g in loaded.digests.items() if d not in drafts and d != gone}
    rows = cache.conn.execute("SELECT rowid, digest, k0, k1, k2, id, article FROM keys").fetchall()
    corpus_items = [((k0, k1, k2), cid, article, rowid) for rowid, digest, k0, k1, k2, cid, article in rows
                    if live.get(article) == digest]
    blocks, stats = plan_items(corpus_items + draft_items, cap)
    expected = [(key, sorted(it[1] for it in members)) for key, members in blocks
                if any(isinstance(it[3], Claim) for it in members)]
    got = plan_from_index(cache, set(live.values()), draft_items, cap)
    cache.end_read()
    assert [(key, sorted(it[1] for it in members)) for key, members in got] == expected
    assert expected
    if cap == 2:
        assert stats["blocks_split"] and stats["blocks_capped"]


def test_check_with_a_small_block_cap_equals_full_run(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    work = tmp_path / "c"
    shutil.copytree(corpus, work)
    assert main(["report", str(work), "--out", "out", "-q", "--cache-dir", "cache"]) == 0
    capsys.readouterr()
    for cap in ("2", "3", "7"):
        for draft in sorted(work.iterdir())[1:12:5]:
            _indexed_check_equals_full_run(["check", str(draft), "--against", str(work), "--format", "json",
                                            "--fail-on", "never", "--block-cap", cap], capsys)


def _table_states(cache):
    return {r[0]: r[1:] for r in cache.conn.execute("SELECT path, size, mtime_ns, digest, meta, warnings FROM files")}


def test_file_states_snapshot_follows_the_files_table(corpus, default_rules, tmp_path):
    import sqlite3

    folder = tmp_path / "cache"
    version = code_version(default_rules)
    run_scaled([str(corpus)], default_rules, cache=ClaimCache(folder, version))
    cache = ClaimCache(folder, version)
    snapshot = lambda: cache.conn.execute("SELECT count(*) FROM files_snapshot").fetchone()[0]
    assert snapshot() == 1  # written with the states by the run
    assert cache.file_states() == _table_states(cache) and len(_table_states(cache)) == 60

    # another process changes a row: the snapshot goes; the next reader reads the table and writes it again
    other = sqlite3.connect(folder / "claims.sqlite")
    with other:
        other.execute("UPDATE files SET size = size + 1 WHERE rowid = 1")
    assert snapshot() == 0
    assert cache.file_states() == _table_states(cache)
    assert snapshot() == 1

    # a writer that read the states before another process wrote does not write a stale snapshot
    states = cache.file_states()
    with other:
        other.execute("UPDATE files SET mtime_ns = 1 WHERE rowid = 2")
    path = next(iter(states))
    cache.set_file_states([(path, 1, 2, "d", "m", "")])
    assert snapshot() == 0
    assert cache.file_states() == _table_states(cache)
    assert cache.file_states()[path] == (1, 2, "d", "m", "")

    # without other writers, the writer keeps it up to date
    cache.set_file_states([(path, 3, 4, "d", "m", "w")])
    assert snapshot() == 1
    assert cache.file_states() == _table_states(cache)

    # a damaged snapshot is read from the table instead
    with cache.conn:
        cache.conn.execute("UPDATE files_snapshot SET data = x'00ff'")
    assert cache.file_states() == _table_states(cache)
    assert snapshot() == 1 and cache.conn.execute("SELECT data FROM files_snapshot").fetchone()[0] != b"\x00\xff"
    other.close()


def test_unchanged_files_whose_entries_are_gone_are_read_again(corpus, default_rules, tmp_path):
    work = tmp_path / "c"
    shutil.copytree(corpus, work)
    cache = ClaimCache(tmp_path / "cache", code_version(default_rules))
    run_scaled([str(work)], default_rules, cache=cache)
    with cache.conn:
        cache.conn.execute("DELETE FROM entries WHERE article IN (SELECT article FROM entries ORDER BY article "
                           "LIMIT 3 OFFSET 20)")
    for changed in (sorted(work.iterdir())[5], sorted(work.iterdir())[40]):  # changed files around them
        changed.write_text(changed.read_text(encoding="utf-8") + "\nExports fell 12% in 2019, the ministry said.\n",
                           encoding="utf-8")
    again = run_scaled([str(work)], default_rules, cache=cache)
    assert again.stats["extracted"] == 5 and again.stats["cache_hits"] == 55
    assert _same(run([str(work)], default_rules), again)


def test_rules_are_remembered_until_their_files_change(tmp_path, monkeypatch):
    import os

    from factcheck import cache as cache_mod
    from factcheck import rules as rules_mod

    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "metrics.yaml").write_text("metrics:\n  - id: exports_share\n    name: exports share\n"
                                         "    dimension: ratio\n", encoding="utf-8")
    old = 1_000_000_000_000_000_000
    os.utime(folder / "metrics.yaml", ns=(old, old))
    monkeypatch.setattr(cache_mod, "RULES_SETTLE_NS", -10**30)  # ctime is always recent here
    loaded = cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache")
    assert loaded == rules_mod.load_rules(str(folder))
    again = cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache")  # from the file
    assert code_version(again) == code_version(rules_mod.load_rules(str(folder)))  # the claims cache's key
    assert (tmp_path / "cache" / cache_mod.RULES_FILE).is_file()

    real = rules_mod.load_rules
    calls = []
    monkeypatch.setattr(rules_mod, "load_rules", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache") == loaded and not calls
    assert cache_mod.load_rules_cached(str(folder), False, tmp_path / "cache") != loaded and calls == [1]
    (folder / "metrics.yaml").write_text("metrics:\n  - id: exports_share\n    name: export share\n"
                                         "    dimension: ratio\n", encoding="utf-8")
    os.utime(folder / "metrics.yaml", ns=(old, old))  # the same time, another size
    changed = cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache")
    assert changed == real(str(folder)) != loaded
    (folder / "more.yaml").write_text("outlets: []\n", encoding="utf-8")
    assert cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache") == real(str(folder))
    (tmp_path / "cache" / cache_mod.RULES_FILE).write_bytes(b"damaged")
    assert cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache") == real(str(folder))
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    with pytest.raises(Exception, match="rules folder not found"):
        cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache")


def test_recently_changed_rules_are_not_remembered(tmp_path):
    from factcheck import cache as cache_mod

    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "outlets.yaml").write_text("outlets: []\n", encoding="utf-8")
    cache_mod.load_rules_cached(str(folder), True, tmp_path / "cache")
    assert not (tmp_path / "cache" / cache_mod.RULES_FILE).exists()
    cache_mod.load_rules_cached(None, True, tmp_path / "cache")  # the built-in rules alone
    assert (tmp_path / "cache" / cache_mod.RULES_FILE).is_file()
