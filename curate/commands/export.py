"""`curate export IN --to TARGET -o OUT`: files LLaMA-Factory, axolotl or TRL load unchanged."""
from __future__ import annotations

import json

import click

from curate.api.export import TARGETS
from curate.commands._common import errors_to_exit, read_options, read_opts


@click.command("export")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--to", "target", type=click.Choice(list(TARGETS)), required=True,
              help="Trainer format: llama-factory (alpaca), llama-factory-sharegpt, axolotl (alpaca), axolotl-chat "
                   "(chat_template), trl-messages. The chat formats put split conversations back together.")
@click.option("-o", "--output", required=True,
              help="Output file (llama-factory: .json, with dataset_info.json written beside it).")
@click.option("--name", default=None, help="Dataset name in dataset_info.json (default: OUT's stem).")
@click.option("--force", is_flag=True,
              help="Replace an existing dataset_info.json entry of the same name (or one using the same file).")
@click.option("--no-merge-turns", is_flag=True,
              help="Chat formats: one row per record, even for the turns of one split conversation.")
@click.option("--keep-columns", is_flag=True,
              help="Keep curate's columns (id, content_hash, lang, scores) and pass-through source fields.")
@click.option("--json", "as_json", is_flag=True, help="Print what was written as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@read_options
@errors_to_exit
def command(inputs, target, output, name, force, no_merge_turns, keep_columns, as_json, quiet, batch_size, **kw):
    """Export IN (usually the output of `curate run`) for a trainer (docs/export.md). Folders are
    created; an existing dataset_info.json entry is not replaced without --force."""
    from curate.api.export import export

    del batch_size  # export streams records as read; batch size does not apply
    src = list(inputs) if len(inputs) > 1 else inputs[0]
    res = export(src, target, output, keep_columns=keep_columns, name=name, read_options=read_opts(kw), force=force,
                 merge_turns=not no_merge_turns)
    if as_json:
        click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        return
    if quiet:
        return
    conv = f" as {res['conversations']} conversations" if "conversations" in res else ""
    click.echo(f"{res['records']} records{conv} -> {output} ({target})", err=True)
    if res.get("axolotl_config"):
        click.echo(f"axolotl datasets: {json.dumps(res['axolotl_config']['datasets'])}", err=True)
    if "dataset_info" in res:
        click.echo(f"dataset_info entry: {json.dumps(res['dataset_info'], ensure_ascii=False)}", err=True)
    if res.get("quarantined"):
        click.echo(f"warning: {res['quarantined']} rows could not be read and were not exported "
                   f"(run `curate audit` on the input to see why)", err=True)
    if res.get("conversations_with_gaps"):
        click.echo(f"note: {res['conversations_with_gaps']} conversations lost {res['turns_left_out']} turns to "
                   f"cleaning; they are exported without those turns", err=True)
    if res.get("warning"):
        click.echo(f"warning: {res['warning']}", err=True)
