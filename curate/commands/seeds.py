"""`curate seeds validate FILE...` and `curate seeds list`: thin shells over curate.generate.seeds."""
from __future__ import annotations

import json
import sys

import click


@click.group(name="seeds", context_settings={"help_option_names": ["-h", "--help"]})
def command() -> None:
    """Seed task files for `curate generate`: check them, list the shipped sets."""


@command.command("validate")
@click.argument("files", nargs=-1)
@click.option("--output-format", type=click.Choice(["text", "json"]), default=None,
              help="Check every task's outputs as this format unless the task declares its own "
                   "output_format (json: each output must parse).")
@click.option("--near-dup", "near_dup", type=click.FloatRange(0.0, 1.0), default=None,
              help="ROUGE-L F at or above which two instructions are reported as near-duplicates "
                   "(default 0.7, Self-Instruct's novelty bar).")
@click.option("--ignore", multiple=True, metavar="CODE",
              help="Problem code not to report, e.g. seed.unsupported_task (repeatable).")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable result on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors (and warnings with --strict).")
def validate(files: tuple[str, ...], output_format: str | None, near_dup: float | None,
             ignore: tuple[str, ...], strict: bool, as_json: bool, quiet: bool) -> None:
    """Check seed files (paths, or names of shipped sets; none: every shipped set).

    Prints one line per problem, FILE:LINE: SEVERITY: CODE: MESSAGE. Messages name lines, task ids,
    fields and codes, never the text of a task. Exit 0 when no file has errors, 1 otherwise.
    """
    from curate.generate.seeds import CODES, NEAR_DUP_THRESHOLD, check_seeds, shipped_sets

    bad = sorted(set(ignore) - set(CODES))
    if bad:
        raise click.BadParameter(f"unknown code(s) {', '.join(bad)}; known: "
                                 f"{', '.join(CODES)}", param_hint="--ignore")
    targets = list(files) or [str(p) for p in shipped_sets().values()]
    if not targets:
        click.echo("error: no seed files given and no shipped seed sets found", err=True)
        sys.exit(1)
    threshold = NEAR_DUP_THRESHOLD if near_dup is None else near_dup
    results = [check_seeds(f, output_format=output_format, near_dup_threshold=threshold,
                           ignore=ignore) for f in targets]
    failed = any(r.errors or (strict and r.warnings) for r in results)
    if as_json:
        out = {"ok": not failed, "files": [
            {**r.summary(), "problems": [p.to_dict() for p in r.problems]} for r in results]}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in results:
            for p in r.problems:
                if quiet and p.severity != "error" and not (strict and p.severity == "warning"):
                    continue
                click.echo(str(p))
        if not quiet:
            for r in results:
                s = r.summary()
                langs = ", ".join(f"{k} {v}" for k, v in s["langs"].items()) or "-"
                click.echo(f"{r.path}: {s['tasks']} tasks ({langs}; {s['classification']} "
                           f"classification), {s['errors']} errors, {s['warnings']} warnings",
                           err=True)
    sys.exit(1 if failed else 0)


@command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable result on stdout.")
def list_sets(as_json: bool) -> None:
    """List the seed sets that ship with curate, with task counts and language mix."""
    from curate.generate.seeds import describe_sets

    rows = describe_sets()
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("no shipped seed sets found", err=True)
        return
    width = max(len(r["name"]) for r in rows)
    click.echo(f"{'set':<{width}}  tasks  classif  instances  languages      formats")
    for r in rows:
        langs = " ".join(f"{k}:{v}" for k, v in r["langs"].items())
        fmts = " ".join(f"{k}:{v}" for k, v in r["output_formats"].items())
        flag = "" if not r["errors"] else f"  ({r['errors']} errors: run curate seeds validate)"
        click.echo(f"{r['name']:<{width}}  {r['tasks']:>5}  {r['classification']:>7}  "
                   f"{r['instances']:>9}  {langs:<13}  {fmts}{flag}")
    click.echo("Use a set by name: curate generate --seeds NAME (e.g. general_zh).", err=True)
