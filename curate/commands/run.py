from __future__ import annotations

import sys

import click

from curate.commands._common import (cache_options, errors_to_exit, output_options, progress_wanted, read_options,
                                     read_opts, report, stdout_output)


@click.command("run")
@click.argument("recipe")
@click.option("-i", "--input", "inputs", multiple=True,
              help="Input file(s) or glob; repeatable. Omit it for a recipe with a 'generate:' section.")
@click.option("-o", "--output", required=True,
              help="Output file: .jsonl, .json (optionally .gz/.zst) or .parquet; '-' streams JSONL to stdout.")
@click.option("--report", "report_path", default=None, metavar="OUT.html",
              help="Also write the HTML report of the run: every issue with its records, fixes as diffs, "
                   "duplicate groups, charts before/after (one offline file).")
@click.option("--no-diversity-view", is_flag=True,
              help="Leave the verb/object diversity view out of --report (it loads spaCy: a few seconds).")
@click.option("--keep-findings", is_flag=True,
              help="Kept records carry `_issues`: the fix and flag findings on them (as audit --annotate writes).")
@output_options
@read_options
@click.option("--raw-rejects", is_flag=True, default=False,
              help="Write rejects unredacted (local debugging only; by default the recipe's pii stage redacts them).")
@cache_options
@errors_to_exit
def command(recipe, inputs, output, report_path, no_diversity_view, keep_findings, rejects_path, as_json, quiet,
            batch_size, raw_rejects, **kw):
    """Run RECIPE (a shipped name such as `clean`, or a YAML file) over the inputs.

    Writes OUT plus OUT.rejects.jsonl (every dropped row, whole, with stage, code and reason),
    OUT.summary.json (per-stage books) and OUT.manifest.json (versions, recipe, input hashes).
    A recipe with a `generate:` section (Self-Instruct, docs/generate.md) and no -i generates its
    input first, into OUT.generated.jsonl.
    """
    stdout_output(output, as_json)
    from curate.api.run import run

    res = run(recipe, list(inputs) or None, output, rejects_path=rejects_path, batch_size=batch_size,
              read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv,
              raw_rejects=raw_rejects, report=report_path, report_diversity=not no_diversity_view,
              keep_findings=keep_findings)
    report(res.summary, as_json, quiet, res.paths)
