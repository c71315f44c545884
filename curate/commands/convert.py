from __future__ import annotations

import sys

import click

from curate.commands._common import (errors_to_exit, output_options, progress_wanted, read_options, read_opts,
                                     report, stdout_output)


@click.command("convert")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Output file: .jsonl, .json (optionally .gz/.zst) or .parquet; '-' streams JSONL to stdout.")
@output_options
@read_options
@errors_to_exit
def command(inputs, output, rejects_path, as_json, quiet, batch_size, **kw):
    """Read any supported format (Alpaca, Dolly, prompt/completion, ShareGPT/OpenAI messages; JSONL,
    JSON, CSV, Parquet) and write curate records, changing no text. Bad rows go to the rejects."""
    stdout_output(output, as_json)
    from curate.api.convert import convert

    res = convert(list(inputs), output, rejects_path=rejects_path, batch_size=batch_size,
              read_options=read_opts(kw), progress=progress_wanted(quiet, as_json), command=sys.argv)
    report(res.summary, as_json, quiet, res.paths)
