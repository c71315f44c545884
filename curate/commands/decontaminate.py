"""``curate decontaminate``: drop training records that overlap an evaluation set."""
from __future__ import annotations

import sys

import click

from curate.commands._common import (errors_to_exit, output_options, progress_wanted, read_options, read_opts,
                                     report, stdout_output)


@click.command("decontaminate")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--against", "against", multiple=True, required=True,
              help="Evaluation / held-out file (any format curate reads); repeatable.")
@click.option("-o", "--output", required=True, help="Kept records (.jsonl, .json or .parquet; '-': stdout).")
@click.option("--fields", default="instruction,input", show_default=True,
              help="Training fields compared, comma-separated.")
@click.option("--against-fields", default=None, help="Evaluation fields compared (default: --fields).")
@click.option("--against-map", default=None, metavar="DEST=SRC,...",
              help="Field mapping for the evaluation file, e.g. instruction=question.")
@click.option("--word-ngram", type=click.IntRange(min=1), default=13, show_default=True,
              help="n-gram size in words for spaced text.")
@click.option("--char-ngram", type=click.IntRange(min=1), default=13, show_default=True,
              help="n-gram size in characters for CJK text.")
@click.option("--min-coverage", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Also require this share of the evaluation record's n-grams.")
@output_options
@read_options
@errors_to_exit
def command(inputs, against, output, fields, against_fields, against_map, word_ngram, char_ngram,
            min_coverage, rejects_path, as_json, quiet, batch_size, **kw):
    """Drop records of IN... whose instruction/input share n-grams with an evaluation set.

    Each rejected record names the evaluation record it overlaps (twin_id, file:line in the reason).
    """
    stdout_output(output, as_json)
    from curate.api.decontaminate import decontaminate

    res = decontaminate(list(inputs), list(against), output, rejects_path=rejects_path,
                        batch_size=batch_size, read_options=read_opts(kw),
                        progress=progress_wanted(quiet, as_json), command=sys.argv, fields=fields,
                        against_fields=against_fields, against_map=against_map,
                        word_ngram=word_ngram, char_ngram=char_ngram, min_coverage=min_coverage)
    report(res.summary, as_json, quiet, res.paths)
