"""``curate dedup``: exact, near-duplicate (MinHash) and semantic dedup of records."""
from __future__ import annotations

import sys

import click

from curate.commands._common import (cache_options, errors_to_exit, output_options, progress_wanted, read_options,
                                     read_opts, report, stdout_output)
from curate.commands._embed import embedder_options, embedder_param


@click.command("dedup")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Kept records (.jsonl, .json or .parquet; '-': stdout).")
@click.option("--exact/--no-exact", default=True, show_default=True,
              help="Drop exact duplicates (normalized content hash) first.")
@click.option("--near/--no-near", default=True, show_default=True,
              help="MinHash LSH near-duplicates, verified by exact Jaccard.")
@click.option("--semantic", is_flag=True, default=False,
              help="Embedding duplicates (--embedder); needs the semantic extra.")
@click.option("--threshold", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="Near-dup Jaccard threshold [default 0.8].")
@click.option("--semantic-threshold", type=click.FloatRange(0, 1, min_open=True), default=None,
              help="Semantic cosine threshold [default: the embedder's calibrated value, 0.88 for MiniLM].")
@click.option("--fields", default="instruction,input", show_default=True,
              help="Fields compared, comma-separated (add output to compare answers too).")
@click.option("--match", "match", type=click.Choice(["combined", "all", "any"]), default="combined",
              show_default=True,
              help="Near-dup: the fields as one text (combined), each field on its own (all), or "
                   "any one field (any).")
@click.option("--keep", default="first", show_default=True,
              help="Which record of a group to keep: first | longest_output | highest:COL | lowest:COL.")
@embedder_options
@output_options
@read_options
@cache_options
@errors_to_exit
def command(inputs, output, exact, near, semantic, threshold, semantic_threshold, fields, match, keep,
            embedders, embed_base_url, rejects_path, as_json, quiet, batch_size, **kw):
    """Drop duplicate records of IN... and write the kept ones to OUT.

    Every dropped record is in OUT.rejects.jsonl with its code (dedup.exact, dedup.near,
    dedup.semantic), the kept twin's id and the similarity.
    """
    stdout_output(output, as_json)
    from curate.api.dedup import dedup

    field_list = tuple(f.strip() for f in fields.split(",") if f.strip())
    semantic = semantic or bool(embedders)  # naming an embedder asks for semantic dedup
    semantic_params = {"progress": progress_wanted(quiet, as_json)}
    res = dedup(list(inputs), output, rejects_path=rejects_path, batch_size=batch_size,
                read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv,
                exact=exact, near=near, semantic=semantic, threshold=threshold,
                semantic_threshold=semantic_threshold, fields=field_list, match=match, keep=keep,
                embedder=embedder_param(embedders, embed_base_url), semantic_params=semantic_params)
    report(res.summary, as_json, quiet, res.paths)
