"""`curate export IN --to TARGET -o OUT`: files LLaMA-Factory, axolotl or TRL load unchanged."""
from __future__ import annotations

import json

import click

from curate.commands._common import errors_to_exit, read_options, read_opts


@click.command("export")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--to", "target", type=click.Choice(["llama-factory", "axolotl", "trl-messages"]), required=True,
              help="Trainer format.")
@click.option("-o", "--output", required=True,
              help="Output file (llama-factory: .json, with dataset_info.json written beside it).")
@click.option("--name", default=None, help="Dataset name in dataset_info.json (default: OUT's stem).")
@click.option("--keep-columns", is_flag=True,
              help="Keep curate's columns (id, content_hash, lang, scores) and pass-through source fields.")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@read_options
@errors_to_exit
def command(inputs, target, output, name, keep_columns, as_json, quiet, batch_size, **kw):
    """Export IN (usually the output of `curate run`) for a trainer."""
    from curate.api.export import export

    del batch_size  # export streams records as read; batch size does not apply
    src = list(inputs) if len(inputs) > 1 else inputs[0]
    res = export(src, target, output, keep_columns=keep_columns, name=name, read_options=read_opts(kw))
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    if quiet:
        return
    click.echo(f"{res['records']} records -> {output} ({target})", err=True)
    if "dataset_info" in res:
        click.echo(f"dataset_info entry: {json.dumps(res['dataset_info'], ensure_ascii=False)}", err=True)
    if res.get("quarantined"):
        click.echo(f"warning: {res['quarantined']} rows could not be read and were not exported "
                   f"(run `curate audit` on the input to see why)", err=True)
    if res.get("warning"):
        click.echo(f"warning: {res['warning']}", err=True)
