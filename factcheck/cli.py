"""The command line: parse, call, print, return an exit code.

Exit codes: 0 clean; 1 a finding at or above ``--fail-on``; 2 a usage or input
error (the other inputs are still processed); 3 an internal error (a bug: run
again with ``--debug`` for the traceback and report it).
"""
from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Sequence

import click

from factcheck.errors import FactcheckError
from factcheck.model import FAIL_LEVELS

FAIL_CHOICE = click.Choice(FAIL_LEVELS)


def _rules(rules_dir: str | None, no_defaults: bool = False, cache_dir: str | None = None,
           no_cache: bool = True):
    """The rules; remembered in the cache folder unless ``no_cache``."""
    if rules_dir is None and Path("rules").is_dir():
        rules_dir = "rules"
    if not no_cache:
        from factcheck.cache import load_rules_cached, resolve_dir

        return load_rules_cached(rules_dir, not no_defaults, resolve_dir(cache_dir))
    from factcheck.rules import load_rules

    return load_rules(rules_dir, defaults=not no_defaults)


def _print_problems(report, quiet: bool) -> None:
    for p in sorted(report.problems, key=lambda p: (p.file, p.line or 0, p.message)):
        if p.level == "error" or not quiet:
            click.echo(str(p), err=True)


def _progress(total: int, quiet: bool):
    """A progress bar on stderr, only on a terminal, not with --quiet and not in CI."""
    if quiet or total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
    return bar.update, bar.close


rules_option = click.option("--rules", "rules_dir", type=click.Path(file_okay=False), default=None,
                            help="Rules folder read on top of the built-in rules [default: ./rules if present].")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print errors only; no warnings or progress bar.")
max_size_option = click.option("--max-size", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
                               help="Largest article read, in MB; larger files are reported and skipped.")

def scale_options(fn):
    """``--jobs``, ``--cache-dir``, ``--no-cache``, ``--engine``, ``--scheduler``, ``--block-cap``,
    ``--max-memory``."""
    for opt in reversed([
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                     help="Processes that extract and match [default: all cores]; 1 runs in this process."),
        click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
                     help="Cache of extracted claims [default: $FACTCHECK_CACHE_DIR or .factcheck-cache]."),
        click.option("--no-cache", is_flag=True, help="Neither read nor write the claims cache."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="Where extraction and matching run: here, or on a dask.distributed cluster."),
        click.option("--scheduler", default=None, metavar="ADDRESS",
                     help="Address of the dask scheduler (tcp://host:8786) [default: a local cluster]."),
        click.option("--block-cap", type=click.IntRange(min=2), default=None,
                     help="Largest block of claims compared pairwise; larger blocks are split [default: the rules policy, max_block_size]."),
        click.option("--max-memory", type=click.FloatRange(min=1), default=None, metavar="MB",
                     help="Memory of this run's processes together, in MB: a process is forked to score or "
                          "render in parallel only when another copy of this one fits [default: the free memory]."),
    ]):
        fn = opt(fn)
    return fn


def _scale(rules, jobs, cache_dir, no_cache, engine, scheduler):
    """(jobs, cache, engine) from the scale options."""
    from factcheck.parallel import default_jobs

    cache = None
    if not no_cache:
        from factcheck.cache import ClaimCache, code_version, resolve_dir

        cache = ClaimCache(resolve_dir(cache_dir), code_version(rules))
    eng = None
    if engine == "dask":
        from factcheck.engine_dask import DaskEngine

        eng = DaskEngine(scheduler, jobs)
    return jobs or default_jobs(), cache, eng


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the full traceback of an internal error.")
@click.version_option(package_name="factcheck")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """factcheck: check that news articles agree with each other and with your reference facts.

    It extracts numeric claims, events and quotes from articles, matches claims
    about the same thing across outlets and judges them against YAML rules.
    """
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default="reports", show_default=True,
              help="Folder the report files are written to.")
@click.option("--fail-on", type=FAIL_CHOICE, default="never", show_default=True,
              help="Exit 1 when a finding reaches this severity.")
@quiet_option
@max_size_option
@scale_options
def report(paths: Sequence[str], rules_dir, out_dir, fail_on, quiet, max_size, jobs, cache_dir, no_cache, engine,
           scheduler, block_cap, max_memory) -> None:
    """Write the consistency report of PATHS (files or folders; default: seeds).

    Writes report.md, report.html, claims.csv, findings.csv and findings.json into --out.
    """
    from factcheck.heap import FREEZE_MIN_CLAIMS, frozen_heap, set_memory_budget
    from factcheck.pipeline import run_scaled
    from factcheck.report.write import Ahead, write_report

    set_memory_budget(max_memory)
    rules = _rules(rules_dir, cache_dir=cache_dir, no_cache=no_cache)
    paths = list(paths) or ["seeds"]
    jobs, cache, eng = _scale(rules, jobs, cache_dir, no_cache, engine, scheduler)
    update, close = _progress(_count(paths), quiet)
    ahead: list[Ahead | None] = [None]  # files rendered while the findings are judged

    def start_ahead(claims) -> None:
        ahead[0] = Ahead.start(out_dir, claims, jobs)

    try:
        result = run_scaled(paths, rules, max_bytes=int(max_size * 1e6), progress=update, jobs=jobs, cache=cache,
                            engine=eng, block_cap=block_cap, texts=False, before_judge=start_ahead)
    except BaseException:
        if ahead[0] is not None:
            ahead[0].cancel()
        raise
    finally:
        close()
        if eng is not None:
            eng.close()
    with frozen_heap(len(result.claims) >= FREEZE_MIN_CLAIMS):
        written = write_report(result, out_dir, jobs=jobs, ahead=ahead[0])
    _print_problems(result, quiet)
    if not quiet:
        s = result.stats
        click.echo(f"{s['articles']} articles, {s['claims']} claims, {len(result.findings)} findings -> "
                   + ", ".join(written), err=True)
    sys.exit(result.return_code(fail_on))


def _count(paths: Sequence[str]) -> int:
    from factcheck.ingest import discover

    return len(discover(paths)[0])


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@rules_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@quiet_option
@max_size_option
def extract(paths, rules_dir, fmt, quiet, max_size) -> None:
    """Print the claims found in PATHS (files or folders)."""
    from factcheck.ingest import load_corpus
    from factcheck.pipeline import extract_all
    from factcheck.report import csvout, jsonout

    rules = _rules(rules_dir)
    articles, problems = load_corpus(list(paths), rules.outlets, int(max_size * 1e6))
    claims = extract_all(articles, rules)
    click.echo(jsonout.claims_json(claims) if fmt == "json" else csvout.claims_csv(claims), nl=False)
    for p in problems:
        if p.level == "error" or not quiet:
            click.echo(str(p), err=True)
    sys.exit(2 if any(p.level == "error" for p in problems) else 0)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--against", "corpus", multiple=True, type=click.Path(), default=("seeds",), show_default=True,
              help="Articles to check against (repeat for several paths).")
@rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif"]), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_CHOICE, default=None,
              help="Exit 1 when a finding reaches this severity [default: the rules' policy, warning].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Baseline of accepted findings: only new findings fail.")
@quiet_option
@max_size_option
@scale_options
def check(files, corpus, rules_dir, fmt, fail_on, baseline_file, quiet, max_size, jobs, cache_dir, no_cache, engine,
          scheduler, block_cap, max_memory) -> None:
    """Check the claims of FILES (drafts) against the corpus and the rules.

    Findings accepted by --baseline or inline ('factcheck: accept ...') are
    reported but do not fail. With the cache (the default), only the drafts and
    the corpus files that changed are extracted, and only the corpus claims that
    can match the drafts' claims are loaded from the cache's index.
    """
    from factcheck.baseline import load_baseline
    from factcheck.gate import evaluate
    from factcheck.heap import set_memory_budget
    from factcheck.ingest import discover

    set_memory_budget(max_memory)
    rules = _rules(rules_dir, cache_dir=cache_dir, no_cache=no_cache)
    baseline = load_baseline(baseline_file) if baseline_file else None
    corpus = [c for c in corpus if Path(c).resolve() not in {Path(f).resolve() for f in files}]
    result = _check_result(corpus, files, rules, int(max_size * 1e6), jobs, cache_dir, no_cache, engine, scheduler,
                           block_cap)
    gate = evaluate(result, baseline)
    first = {display for _, display in discover(files)[0]}
    if fmt == "json":
        from factcheck.report import jsonout

        click.echo(jsonout.findings_json(result.findings, result.claims), nl=False)
    elif fmt == "sarif":
        from factcheck.report import sarif

        click.echo(sarif.render(result, gate, first), nl=False)
    else:
        from factcheck.report import text

        click.echo(text.render(result, gate, first), nl=False)
    result.problems.extend(gate.problems)
    _print_problems(result, quiet)
    sys.exit(gate.return_code(result, fail_on or rules.policy.fail_on))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@rules_option
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Baseline file written [default: 'baseline' in the settings, else .factcheck-baseline.json].")
@click.option("--reason", default=None, help="Why these findings are accepted [default: accepted on baseline creation].")
@quiet_option
@max_size_option
def baseline(paths, rules_dir, output, reason, quiet, max_size) -> None:
    """Write a baseline accepting every current finding of PATHS.

    PATHS default to the corpus in the settings ([tool.factcheck] or
    factcheck.yaml). Reasons already in the file are kept; new entries get
    --reason.
    """
    from factcheck.baseline import DEFAULT_REASON, dumps, load_baseline, make_baseline
    from factcheck.config import find_config
    from factcheck.fsutil import write_atomic
    from factcheck.pipeline import run
    from factcheck.rules import load_rules

    config = find_config()
    if rules_dir is None and config.rules:
        rules_dir = str(config.path(config.rules))
    rules = load_rules(rules_dir)
    paths = list(paths) or [str(config.path(c)) for c in config.corpus] or ["seeds"]
    output = output or (str(config.path(config.baseline)) if config.baseline else ".factcheck-baseline.json")
    previous = load_baseline(output) if Path(output).is_file() else None
    result = run(paths, rules, max_bytes=int(max_size * 1e6))
    made = make_baseline(result.findings, reason or DEFAULT_REASON, previous)
    write_atomic(output, dumps(made))
    _print_problems(result, quiet)
    if not quiet:
        click.echo(f"{len(made.entries)} findings accepted -> {Path(output).as_posix()}", err=True)
    sys.exit(2 if result.input_errors else 0)


@cli.command()
@click.argument("files", nargs=-1, type=click.Path())
@click.option("--fail-on", type=FAIL_CHOICE, default=None,
              help="Exit 1 when a new finding reaches this severity [default: the settings, else the rules' policy].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Baseline of accepted findings [default: the settings].")
@quiet_option
def hook(files, fail_on, baseline_file, quiet) -> None:
    """Pre-commit gate: check the staged FILES against the configured corpus.

    Settings come from [tool.factcheck] in pyproject.toml or factcheck.yaml.
    Never writes a file.
    """
    from factcheck.hook import run_hook

    sys.exit(run_hook(files, fail_on=fail_on, baseline_file=baseline_file, quiet=quiet))


@cli.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_CHOICE, default="never", show_default=True,
              help="Exit 1 when an added finding (or a changed one, newly) reaches this severity.")
def diff(old, new, fmt, fail_on) -> None:
    """Compare two findings.csv or claims.csv files, or two report folders.

    Lists findings added, resolved and changed (old -> new for each changed
    cell) and claims whose values changed.
    """
    from factcheck.diff import diff_paths, fails, render_csv, render_text

    result = diff_paths(old, new)
    click.echo(render_csv(result) if fmt == "csv" else render_text(result), nl=False)
    sys.exit(1 if fails(result, fail_on) else 0)


@cli.group()
def rules() -> None:
    """Work with rules folders (entities, metrics, event types, outlets, facts, policy)."""


@rules.command("check")
@click.argument("folder", required=False, type=click.Path())
@click.option("--no-defaults", is_flag=True, help="Check the folder alone, without the built-in rules.")
def rules_check(folder, no_defaults) -> None:
    """Validate the rules in FOLDER [default: ./rules if present, else the built-in rules].

    Exit 0 with a one-line summary when valid; exit 2 with every error otherwise.
    """
    from factcheck.rulescheck import run_check

    sys.exit(run_check(folder, lambda line, err: click.echo(line, err=err), defaults=not no_defaults))


def _check_result(corpus, files, rules, max_bytes, jobs, cache_dir, no_cache, engine, scheduler, block_cap):
    """The indexed check when the cache is on and the engine local; else the full run."""
    jobs, cache, eng = _scale(rules, jobs, cache_dir, no_cache, engine, scheduler)
    if cache is not None:  # before the extractor's modules are imported: their patterns come from the store
        from factcheck import regexstore

        regexstore.use(cache.folder / regexstore.FILE_NAME)
    from factcheck.pipeline import run_scaled

    try:
        if cache is not None and eng is None:
            from factcheck.incremental import check_indexed

            result = check_indexed(corpus, files, rules, cache, max_bytes=max_bytes, jobs=jobs,
                                   block_cap=block_cap)
            if result is not None:
                return result
        return run_scaled(corpus, rules, drafts=files, max_bytes=max_bytes, jobs=jobs, cache=cache, engine=eng,
                          block_cap=block_cap)
    finally:
        if eng is not None:
            eng.close()


#: the collector's first threshold for a run of the command line (Python's
#: default is 700): a run allocates hundreds of thousands of objects that live
#: to its end (claims, file states, compiled patterns), and collecting every
#: 700 allocations traversed them again and again (~25 ms of a 400 ms check)
GC_THRESHOLD = 20_000


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    import gc

    from factcheck.heap import set_memory_budget

    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], GC_THRESHOLD), *thresholds[1:])
    try:
        return _main(argv)
    finally:
        gc.set_threshold(*thresholds)
        set_memory_budget(None)  # --max-memory holds for one run


def _main(argv: Sequence[str] | None) -> int:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck", standalone_mode=False)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except FactcheckError as exc:
        click.secho(str(exc) if exc.file else f"error: {exc}", err=True, fg="red")  # file:line: error: ...
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except MemoryError:
        if debug:
            raise
        click.secho("error: out of memory (check fewer articles at a time, or spread the work with "
                    "--engine dask)", err=True, fg="red")
        return 3
    except OSError as exc:  # a file that cannot be written (or read): the user can fix it
        if debug:
            raise
        if exc.errno == errno.ENOMEM:
            click.secho(f"error: out of memory: {exc} (check fewer articles at a time, or spread the work with "
                        "--engine dask)", err=True, fg="red")
            return 3
        where = f"{exc.filename}: " if exc.filename else ""
        click.secho(f"error: {where}{exc.strerror or exc} (check the path and its permissions)", err=True, fg="red")
        return 2
    except Exception as exc:  # a bug: say so plainly
        if debug:
            raise
        click.secho(f"internal error: {type(exc).__name__}: {exc} (run with --debug for the traceback)",
                    err=True, fg="red")
        return 3
    return 0
