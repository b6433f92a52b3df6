"""The pre-commit gate: settings, the hook entry, and the real pre-commit framework."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, write
from workflow_helpers import AP, CLEAN, DIVERGENT, newsroom

from factcheck.config import ConfigError, find_config
from factcheck.hook import main as hook_main


# -- settings ------------------------------------------------------------------


def test_settings_from_pyproject(in_tmp):
    newsroom(in_tmp, baseline=True)
    (in_tmp / "sub").mkdir()
    cfg = find_config(in_tmp / "sub")
    assert cfg.root == in_tmp.resolve() and cfg.source.endswith("pyproject.toml")
    assert (cfg.corpus, cfg.baseline, cfg.fail_on, cfg.files) == (
        ("corpus",), "factcheck-baseline.json", "error", ("drafts/*",))
    assert cfg.selects("drafts/a.md") and not cfg.selects("corpus/a.md")


def test_settings_from_yaml(in_tmp):
    write(in_tmp / "factcheck.yaml", "corpus: [wire]\nfail-on: warning\nexclude: ['*/README.md']\n")
    cfg = find_config(in_tmp)
    assert cfg.corpus == ("wire",) and cfg.fail_on == "warning"
    assert cfg.selects("x/story.txt") and not cfg.selects("x/README.md")


@pytest.mark.parametrize("table, words", [
    ('colour = "red"\n', "unknown setting '[tool.factcheck].colour'"),
    ('corpus = 3\n', "corpus must be a list of strings"),
    ('fail-on = "sometimes"\n', "fail-on must be one of"),
    ('baseline = ["a"]\n', "baseline must be a string"),
])
def test_bad_settings_name_the_file(in_tmp, capsys, table, words):
    write(in_tmp / "pyproject.toml", "[tool.factcheck]\n" + table)
    with pytest.raises(ConfigError) as exc:
        find_config(in_tmp)
    assert "pyproject.toml" in str(exc.value) and words in str(exc.value)
    write(in_tmp / "drafts" / "d.md", CLEAN)
    assert hook_main(["drafts/d.md"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and words in err


def test_unknown_yaml_key_and_two_settings_files(in_tmp):
    write(in_tmp / "factcheck.yaml", "corpus: [a]\nfiles_glob: x\n")
    with pytest.raises(ConfigError, match="unknown setting 'files_glob'"):
        find_config(in_tmp)
    write(in_tmp / "factcheck.yaml", "corpus: [a]\n")
    write(in_tmp / "pyproject.toml", "[tool.factcheck]\ncorpus = ['b']\n")
    with pytest.raises(ConfigError, match="both"):
        find_config(in_tmp)


# -- the hook, in process ----------------------------------------------------------


def test_hook_passes_clean_and_fails_divergent_naming_file_line_outlets(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "clean.md", CLEAN)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    assert hook_main(["drafts/clean.md", "corpus/ap.md"]) == 0
    assert capsys.readouterr().out == ""
    assert hook_main(["drafts/clean.md", "drafts/bad.md"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("drafts/bad.md:5: error: diverge")
    assert "outlets: AP, Daily Planet, Reuters" in out


def test_hook_uses_baseline_and_never_rewrites_it(in_tmp, capsys):
    from factcheck.cli import main

    newsroom(in_tmp, baseline=True)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    assert hook_main(["drafts/bad.md"]) == 2  # baseline configured but missing
    assert "factcheck-baseline.json" in capsys.readouterr().err
    assert main(["baseline", "corpus", "drafts", "-q"]) == 0  # settings name the output
    base = in_tmp / "factcheck-baseline.json"
    before = (base.read_bytes(), base.stat().st_mtime_ns)
    assert hook_main(["drafts/bad.md"]) == 0
    write(in_tmp / "drafts" / "bad.md", DIVERGENT + "\nImports of the country fell 35% in 2022, the office said.\n"
          "\nExports of the country rose 57% in 2022, the statistics office said.\n")
    assert hook_main(["drafts/bad.md"]) == 1
    assert (base.read_bytes(), base.stat().st_mtime_ns) == before


def test_inline_accept_passes_and_its_line_is_not_article_text(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT + "<!-- factcheck: accept 41% reason: revised figure, 12 March -->\n")
    assert hook_main(["drafts/bad.md"]) == 0
    from factcheck.cli import main

    assert main(["check", "drafts/bad.md", "--against", "corpus"]) == 0
    out = capsys.readouterr().out
    assert "accepted (accepted inline: revised figure, 12 March)" in out
    assert "12 March" not in out.split("accepted (")[0]  # no claim read from the directive
    main(["extract", "drafts/bad.md"])
    assert "12 March" not in capsys.readouterr().out


def test_plain_text_directive_by_claim_words_and_malformed_directive(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "bad.txt", DIVERGENT + 'factcheck: accept "41%" reason: our own survey\n')
    assert hook_main(["drafts/bad.txt"]) == 0
    write(in_tmp / "drafts" / "bad.txt", DIVERGENT + "factcheck: accept 41%\n")
    assert hook_main(["drafts/bad.txt"]) == 2
    assert "drafts/bad.txt:6: error: malformed factcheck directive" in capsys.readouterr().err


def test_directive_by_claim_id_and_help(in_tmp, capsys):
    import json

    from factcheck.cli import main

    newsroom(in_tmp)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    main(["extract", "drafts/bad.md"])
    [claim] = [c for c in json.loads(capsys.readouterr().out) if c["text"] == "41%"]
    write(in_tmp / "drafts" / "bad.md", DIVERGENT + f"<!-- factcheck: accept {claim['id']} reason: checked -->\n")
    assert hook_main(["drafts/bad.md"]) == 0
    for cmd in ("hook", "baseline", "diff", "check"):
        assert main([cmd, "--help"]) == 0


def test_hook_reads_the_corpus_through_its_cache_and_finds_what_a_full_run_finds(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    assert hook_main(["drafts/bad.md"]) == 1
    cold = capsys.readouterr().out
    assert (in_tmp / ".factcheck-cache" / "claims.sqlite").is_file()
    assert hook_main(["drafts/bad.md"]) == 1  # from the index
    assert capsys.readouterr().out == cold
    # a corpus article changes between commits: it is read again, the others are not
    write(in_tmp / "corpus" / "ap.md", AP.replace("rose 23%", "rose 41%"))
    assert hook_main(["drafts/bad.md"]) == 1
    warm = capsys.readouterr().out
    write(in_tmp / "pyproject.toml", (in_tmp / "pyproject.toml").read_text() + "cache = false\n")
    assert hook_main(["drafts/bad.md"]) == 1
    assert capsys.readouterr().out == warm  # the same findings without the cache
    assert "[AP] The statistics office said exports of the country rose 41%" in warm  # the change was read


def test_hook_cache_setting_names_a_folder_or_false(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / "pyproject.toml", (in_tmp / "pyproject.toml").read_text() + "cache = 'build/fc'\n")
    write(in_tmp / "drafts" / "clean.md", CLEAN)
    assert hook_main(["drafts/clean.md"]) == 0
    assert (in_tmp / "build" / "fc" / "claims.sqlite").is_file()
    assert not (in_tmp / ".factcheck-cache").exists()
    write(in_tmp / "pyproject.toml", (in_tmp / "pyproject.toml").read_text().replace("'build/fc'", "3"))
    with pytest.raises(ConfigError, match="cache"):
        find_config(in_tmp)


def test_hook_cache_moves_with_the_environment(in_tmp, capsys, monkeypatch):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "clean.md", CLEAN)
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(in_tmp / "elsewhere"))
    assert hook_main(["drafts/clean.md"]) == 0
    assert (in_tmp / "elsewhere" / "claims.sqlite").is_file()
    assert not (in_tmp / ".factcheck-cache").exists()


def test_hook_without_a_usable_cache_reads_the_whole_corpus(in_tmp, capsys):
    newsroom(in_tmp)
    write(in_tmp / ".factcheck-cache", "a file where the cache folder would be\n")
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    assert hook_main(["drafts/bad.md"]) == 1
    said = capsys.readouterr()
    assert "cannot use the claims cache" in said.err
    assert "drafts/bad.md:5: error: diverge" in said.out


def test_hook_path_imports_no_pandas(in_tmp):
    newsroom(in_tmp)
    write(in_tmp / "drafts" / "bad.md", DIVERGENT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "factcheck", "hook", "drafts/bad.md"],
                          capture_output=True, text=True, env=env, cwd=in_tmp)
    assert proc.returncode == 1, proc.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}
    assert "factcheck.pipeline" in imported
    assert not {m for m in imported if m.split(".")[0] in ("pandas", "numpy")}


# -- the real pre-commit framework --------------------------------------------------


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, check=check)


def _snapshot(dest: Path) -> str:
    """This source tree (tracked and new files) committed in a fresh repository; its commit id."""
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=ROOT, capture_output=True,
                            text=True)
    if listed.returncode == 0:
        files = listed.stdout.splitlines()
    else:  # not a git checkout: the package, its metadata and the hook definition are enough
        files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "factcheck").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts]
        files += ["pyproject.toml", "README.md", ".pre-commit-hooks.yaml"]
    for name in files:
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "snapshot")
    return _git(dest, "rev-parse", "HEAD").stdout.strip()


@pytest.mark.slow
def test_real_pre_commit_gates_commits(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hooks_repo = tmp_path / "hooks"
    hooks_repo.mkdir()
    rev = _snapshot(hooks_repo)
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    newsroom(repo, baseline=True)
    write(repo / ".pre-commit-config.yaml", f"repos:\n- repo: {hooks_repo.as_posix()}\n  rev: {rev}\n"
          "  hooks:\n  - id: factcheck\n")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)
    pc = [sys.executable, "-m", "pre_commit"]
    subprocess.run([*pc, "install"], cwd=repo, check=True, env=env, capture_output=True)

    def commit(message: str) -> subprocess.CompletedProcess:
        _git(repo, "add", "-A")
        proc = subprocess.run(["git", "commit", "-m", message], cwd=repo, capture_output=True, text=True,
                              env={**env, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"})
        return proc

    write(repo / "factcheck-baseline.json", '{"version": 1, "findings": []}\n')
    write(repo / "drafts" / "clean.md", CLEAN)
    first = commit("corpus and a clean draft")
    assert first.returncode == 0, first.stdout + first.stderr

    write(repo / "drafts" / "bad.md", DIVERGENT)
    failed = commit("a divergent figure")
    said = failed.stdout + failed.stderr
    assert failed.returncode != 0, said
    assert "drafts/bad.md:5: error: diverge" in said and "AP, Daily Planet, Reuters" in said

    base = subprocess.run([sys.executable, "-m", "factcheck", "baseline", "corpus", "drafts", "-q",
                           "--reason", "the agency revised its figure"], cwd=repo, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True)
    assert base.returncode == 0, base.stderr
    passed = commit("a baselined divergent figure")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert _git(repo, "status", "--porcelain").stdout == ""  # the hook wrote nothing
