from __future__ import annotations

import sys

import click

from curate.commands._common import (cache_options, errors_to_exit, output_options, progress_wanted, read_options,
                                     read_opts, report, stdout_output)
from curate.engines import ENGINES


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
@click.option("--engine", type=click.Choice(ENGINES.names()), default="local", show_default=True,
              help="local: one process, spilling to disk past a memory budget; ray: a Ray cluster "
                   "(pip install 'curate[ray]'; docs/scale.md). Same output either way.")
@click.option("--address", default=None, metavar="ADDR",
              help="Ray cluster to use (e.g. 10.0.0.1:6379 from `ray start --head`); default: a private "
                   "local cluster, stopped at the end.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Ray: actors in the record-stage pool (default: the cluster's CPUs).")
@output_options
@read_options
@click.option("--raw-rejects", is_flag=True, default=False,
              help="Write rejects unredacted (local debugging only; by default the recipe's pii stage redacts them).")
@cache_options
@errors_to_exit
def command(recipe, inputs, output, report_path, no_diversity_view, keep_findings, engine, address, workers,
            rejects_path, as_json, quiet, batch_size, raw_rejects, **kw):
    """Run RECIPE (a shipped name such as `clean`, or a YAML file) over the inputs.

    Writes OUT plus OUT.rejects.jsonl (every dropped row, whole, with stage, code and reason),
    OUT.summary.json (per-stage books) and OUT.manifest.json (versions, recipe, input hashes).
    A recipe with a `generate:` section (Self-Instruct, docs/generate.md) and no -i generates its
    input first, into OUT.generated.jsonl.
    """
    stdout_output(output, as_json)
    from curate.api.run import run

    if engine != "ray" and (address or workers):
        raise click.UsageError("--address and --workers go with --engine ray")
    res = run(recipe, list(inputs) or None, output, rejects_path=rejects_path, batch_size=batch_size,
              read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv,
              raw_rejects=raw_rejects, report=report_path, report_diversity=not no_diversity_view,
              keep_findings=keep_findings, engine=engine,
              engine_options={"address": address, "workers": workers})
    report(res.summary, as_json, quiet, res.paths)
