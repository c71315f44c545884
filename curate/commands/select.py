"""``curate select``: keep the records with the best scores (threshold, top-k, top-%) or a diverse
best subset (Deita), and show the length of what was selected vs not."""
from __future__ import annotations

import sys

import click

from curate.commands._common import (cache_options, errors_to_exit, output_options, progress_wanted, read_options,
                                     read_opts, report, stdout_output)
from curate.commands._embed import embedder_options, embedder_param


@click.command("select")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Selected records (.jsonl, .json or .parquet; '-': stdout).")
@click.option("--by", default=None, metavar="COL", help="Score column (ifd, ppl, judge_score, quality_score, ...).")
@click.option("--min", "min_", type=float, default=None, help="Keep scores >= X.")
@click.option("--max", "max_", type=float, default=None, help="Keep scores <= X.")
@click.option("--top-k", type=click.IntRange(min=0), default=None, help="Keep the best N.")
@click.option("--top-pct", type=click.FloatRange(0, 100), default=None, help="Keep the best P percent.")
@click.option("--asc", is_flag=True, help="Lower is better (ppl; ifd when hunting broken pairs).")
@click.option("--diversity", default=None, metavar="COS|auto", is_flag=False, flag_value="auto",
              help="Greedy by score, skipping records with cosine > COS to one already kept; alone "
                   "(or 'auto'): the embedder's calibrated threshold (0.88 for MiniLM; Deita's 0.9 "
                   "was set on a 7B model).")
@click.option("--fields", default="instruction,input", show_default=True,
              help="Fields embedded for --diversity.")
@click.option("--ifd-cut/--no-ifd-cut", default=True, show_default=True,
              help="With --by ifd (best first, no --max): drop IFD >= 1 before ranking (Cherry-LLM; broken pairs).")
@embedder_options
@output_options
@read_options
@cache_options
@errors_to_exit
def command(inputs, output, by, min_, max_, top_k, top_pct, asc, diversity, fields, ifd_cut, embedders,
            embed_base_url, rejects_path, as_json, quiet, batch_size, **kw):
    """Select records of IN... by a score column and write them to OUT.

    Every record not selected is in OUT.rejects.jsonl with its code (select.below_threshold,
    select.above_threshold, select.not_top, select.no_score, select.not_diverse with twin_id,
    select.over_budget).
    """
    stdout_output(output, as_json)
    from curate.api.select import select
    from curate.quality.columns import format_length_report

    if top_k is not None and top_pct is not None:
        raise click.UsageError("give --top-k or --top-pct, not both")
    if diversity is None and embedders:
        diversity = "auto"  # naming an embedder asks for the diversity walk
    if diversity is not None and diversity != "auto":
        try:
            diversity = float(diversity)
        except ValueError:
            raise click.BadParameter("a cosine in (0, 1] or 'auto'", param_hint="--diversity") from None
        if not 0.0 < diversity <= 1.0:
            raise click.BadParameter("a cosine in (0, 1] or 'auto'", param_hint="--diversity")
    dparams = {"fields": tuple(f.strip() for f in fields.split(",") if f.strip()),
               "progress": progress_wanted(quiet, as_json)}
    emb = embedder_param(embedders, embed_base_url)
    if emb is not None:
        dparams["embedder"] = emb
    res = select(list(inputs), output, rejects_path=rejects_path, batch_size=batch_size,
                 read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv,
                 by=by, min=min_, max=max_, top_k=top_k, top_pct=top_pct,
                 order="asc" if asc else "desc", diversity=diversity, diversity_params=dparams, ifd_cut=ifd_cut)
    report(res.summary, as_json, quiet, res.paths)
    if not as_json and not quiet:
        for s in res.summary.get("selection", []):
            click.echo(f"{s['stage']}: selected {s['selected']} of {s['in']}", err=True)
            if s.get("length"):
                click.echo(format_length_report(s["length"]), err=True)
