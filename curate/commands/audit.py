"""`curate audit IN...`: what cleaning would do, without changing anything (curate.api.audit.audit)."""
from __future__ import annotations

import json
import sys

import click

from curate.commands._common import (EXIT_FAIL_ON, cache_options, errors_to_exit, progress_wanted, read_options,
                                     read_opts)


@click.command("audit")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--recipe", default="audit", show_default=True,
              help="Recipe whose checks to run: a shipped name or a YAML file (use your clean recipe to "
                   "see exactly what it would do).")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE",
              help="Extra rule file(s): add rules or override shipped ones by id. Repeatable.")
@click.option("--disable", "disabled", multiple=True, metavar="ID",
              help="Turn a rule off by id (a trailing * disables a family: task.*). Repeatable.")
@click.option("--near/--no-near", default=None,
              help="Near-duplicate detection (default: as the recipe says; the shipped one has it).")
@click.option("--pii", is_flag=True, help="Also look for personal data (slower).")
@click.option("--semantic", is_flag=True, help="Also run semantic dedup (embeddings; slow).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("--annotate", "annotate_path", default=None, metavar="OUT.jsonl",
              help="Write every input record, in input order, with an `_issues` list (personal data "
                   "masked; --raw writes them as read).")
@click.option("--raw", "raw_annotate", is_flag=True,
              help="With --annotate: write the records as read, personal data included.")
@click.option("--report", "report_path", default=None, metavar="OUT.html",
              help="Write a self-contained HTML report (opens offline).")
@click.option("--no-diversity-view", is_flag=True,
              help="Leave the verb/object diversity view out of --report (it loads spaCy: a few seconds).")
@click.option("--cleaned", "cleaned_path", default=None, metavar="CLEAN.jsonl",
              help="A cleaned file to compare against in the HTML report (before/after).")
@click.option("--rejects", "rejects_path", default=None,
              help="Also write what cleaning would reject (JSONL, as `curate run` writes it).")
@click.option("--fail-on", type=click.Choice(["info", "warning", "error"]), default=None,
              help="Exit with status 4 when any issue of this severity or worse is found.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or table.")
@read_options
@cache_options
@errors_to_exit
def command(inputs, recipe, rule_files, disabled, near, pii, semantic, as_json, annotate_path, raw_annotate,
            report_path, no_diversity_view, cleaned_path, rejects_path, fail_on, quiet, batch_size, **kw):
    """Report the issues in IN... (files or globs): issue code, records, share and one masked
    example each. Nothing is changed; the counts are what `curate run` with the same recipe does.

    Exit status 4 with --fail-on when an issue of that severity or worse is present.
    """
    from curate.api.audit import audit, summary_table
    from curate.io.paths import refuse_overlap
    from curate.io.publish import OutputSet
    from curate.io.writers import write_jsonl_to

    if cleaned_path and not report_path:
        raise click.UsageError("--cleaned compares against the HTML report: give --report too")
    targets = {k: v for k, v in (("annotated", annotate_path), ("rejects", rejects_path),
                                 ("report", report_path)) if v}
    refuse_overlap(list(inputs), targets, extra_inputs={"--cleaned": cleaned_path} if cleaned_path else None)
    res = audit(list(inputs), recipe=recipe, rules=rule_files, disable=disabled, near=near, pii=pii,
                semantic=semantic, read_options=read_opts(kw), batch_size=batch_size,
                progress=progress_wanted(quiet, as_json))
    with OutputSet(targets, commit=None) as out:  # the audit's files appear together or not at all
        if annotate_path:
            with out.open("annotated") as f:
                write_jsonl_to(res.annotated_out(raw_annotate), f, annotate_path)
        if rejects_path:
            with out.open("rejects") as f:
                write_jsonl_to(({k: v for k, v in d.items() if k != "_row"} for d in res.run.rejects), f,
                               rejects_path)
        if report_path:
            from curate.api.report import render_report

            frame = None
            if cleaned_path:
                from curate.io.readers import read

                frame = read(cleaned_path).records
            out.write_bytes("report", render_report(res, cleaned=frame, sources=list(inputs),
                                                         diversity=not no_diversity_view).encode("utf-8"))
    paths = {k: str(v) for k, v in targets.items()}
    if as_json:
        out = res.to_dict()
        if paths:
            out["paths"] = paths
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
    elif not quiet:
        click.echo(summary_table(res), err=True)
        for k, v in paths.items():
            click.echo(f"{k}: {v}", err=True)
    if fail_on and res.reached(fail_on):
        if not quiet:
            click.echo(f"curate: issues of severity {fail_on} or worse found (max: {res.max_severity()})", err=True)
        sys.exit(EXIT_FAIL_ON)
