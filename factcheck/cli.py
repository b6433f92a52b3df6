"""The command line: parse, call, print, return an exit code.

Exit codes: 0 clean; 1 a finding at or above ``--fail-on``; 2 a usage or input
error (the other inputs are still processed); 3 an internal error (a bug: run
again with ``--debug`` for the traceback and report it).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

import click

from factcheck.errors import FactcheckError
from factcheck.model import FAIL_LEVELS

FAIL_CHOICE = click.Choice(FAIL_LEVELS)


def _rules(rules_dir: str | None, no_defaults: bool = False):
    from factcheck.rules import load_rules

    if rules_dir is None and Path("rules").is_dir():
        rules_dir = "rules"
    return load_rules(rules_dir, defaults=not no_defaults)


def _print_problems(report, quiet: bool) -> None:
    for p in sorted(report.problems, key=lambda p: (p.file, p.line or 0, p.message)):
        if p.level == "error" or not quiet:
            click.echo(str(p), err=True)


def _progress(total: int, quiet: bool):
    """A progress bar on stderr, only on a terminal and not with --quiet."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr, leave=False)
    return bar.update, bar.close


rules_option = click.option("--rules", "rules_dir", type=click.Path(file_okay=False), default=None,
                            help="Rules folder read on top of the built-in rules [default: ./rules if present].")
quiet_option = click.option("--quiet", "-q", is_flag=True, help="Print errors only; no warnings or progress bar.")
max_size_option = click.option("--max-size", type=click.FloatRange(min=0.001), default=20.0, show_default=True,
                               help="Largest article read, in MB; larger files are reported and skipped.")


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
def report(paths: Sequence[str], rules_dir, out_dir, fail_on, quiet, max_size) -> None:
    """Write the consistency report of PATHS (files or folders; default: seeds).

    Writes report.md, claims.csv, findings.csv and findings.json into --out.
    """
    from factcheck.pipeline import run
    from factcheck.report.write import write_report

    rules = _rules(rules_dir)
    paths = list(paths) or ["seeds"]
    update, close = _progress(_count(paths), quiet)
    try:
        result = run(paths, rules, max_bytes=int(max_size * 1e6), progress=update)
    finally:
        close()
    written = write_report(result, out_dir)
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
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_CHOICE, default=None,
              help="Exit 1 when a finding reaches this severity [default: the rules' policy, warning].")
@quiet_option
@max_size_option
def check(files, corpus, rules_dir, fmt, fail_on, quiet, max_size) -> None:
    """Check the claims of FILES (drafts) against the corpus and the rules."""
    from factcheck.pipeline import run
    from factcheck.report import jsonout, text

    rules = _rules(rules_dir)
    corpus = [c for c in corpus if Path(c).resolve() not in {Path(f).resolve() for f in files}]
    result = run(corpus, rules, drafts=files, max_bytes=int(max_size * 1e6))
    if fmt == "json":
        click.echo(jsonout.findings_json(result.findings, result.claims), nl=False)
    else:
        click.echo(text.render(result), nl=False)
    _print_problems(result, quiet)
    sys.exit(result.return_code(fail_on or rules.policy.fail_on))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
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
    except OSError as exc:  # a file that cannot be written (or read): the user can fix it
        if debug:
            raise
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
