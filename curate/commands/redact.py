from __future__ import annotations

import sys

import click

from curate.commands._common import (errors_to_exit, output_options, progress_wanted, read_options, read_opts,
                                     report, stdout_output)

RECORD_EXTS = (".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet", ".pq")


def _is_records(path: str) -> bool:
    name = path.lower()
    for comp in (".gz", ".gzip", ".zst", ".zstd"):
        name = name.removesuffix(comp)
    return name.endswith(RECORD_EXTS)


def _operators(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        ent, sep, op = p.partition("=")
        if not sep or not ent or not op:
            raise click.BadParameter(f"{p!r}: expected ENTITY_TYPE=OPERATOR, e.g. PERSON=pseudonym",
                                     param_hint="--operator")
        out[ent.strip().upper()] = op.strip()
    return out


@click.command("redact")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output file ('-': stdout).")
@click.option("--logs/--records", "as_logs", default=None,
              help="Treat the input as plain-text lines or as records (default: by extension: "
                   ".jsonl/.json/.csv/.parquet are records, anything else is a log).")
@click.option("--recipe", default=None,
              help="Recipe whose pii stage sets the policy (default: redact for records, redact-logs for logs).")
@click.option("--profile", default=None, help="PII profile in the config (dataset, strict, logs, light, …).")
@click.option("--config", default=None, help="PII config YAML (default: the shipped rules/pii.yaml).")
@click.option("--mode", type=click.Choice(["full", "patterns"]), default=None,
              help="full: Presidio + spaCy NER + curate recognizers; patterns: no model, fastest.")
@click.option("--operator", "operators", multiple=True, metavar="TYPE=OP",
              help="Operator for an entity type: replace, mask, hash, pseudonym, keep (repeatable).")
@click.option("--survey/--no-survey", default=None,
              help="Records: let the profile's survey switch to another profile when the first records hold "
                   "contact data (default: yes; rules/pii.yaml, docs/pii.md).")
@click.option("--raw-rejects", is_flag=True, default=False,
              help="Write rejects unredacted (local debugging only).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for a log (default: 2 on inputs over 8 MB).")
@output_options
@read_options
@errors_to_exit
def command(inputs, output, as_logs, recipe, profile, config, mode, operators, survey, raw_rejects, workers, rejects_path,
            as_json, quiet, batch_size, **kw):
    """Redact personal data (EN and ZH) from records or plain-text logs.

    Records (instruction, input, output, system, history) run the pii stage through the runner and
    get the usual rejects, summary and manifest. Logs are streamed line by line in constant memory;
    every byte outside a detected value is kept, invalid UTF-8 included. Counts per entity type
    (never values) go to stderr, or to stdout with --json.
    """
    import json

    logs = as_logs if as_logs is not None else not all(_is_records(i) for i in inputs)
    overrides = {k: v for k, v in (("profile", profile), ("config", config), ("mode", mode)) if v}
    if survey is not None:
        overrides["survey"] = survey
    if operators:
        overrides["operators"] = _operators(operators)
    if logs:
        from curate.api.redact import redact_log_file
        if len(inputs) != 1:
            raise click.UsageError("redact --logs takes one input file")
        res = redact_log_file(inputs[0], output, recipe=recipe or "redact-logs", workers=workers,
                              progress=progress_wanted(quiet, as_json), **overrides)
        if as_json:
            click.echo(json.dumps(res, ensure_ascii=False, indent=2))
        elif not quiet:
            types = ", ".join(f"{k} {v}" for k, v in res["by_type"].items()) or "none"
            click.echo(f"{res['lines']} lines, {res['lines_changed']} changed, {res['spans']} values redacted "
                       f"({types}); NER: {res['ner']}", err=True)
            if output != "-":
                click.echo(f"output: {output}", err=True)
        return
    from curate.api.redact import redact_dataset
    stdout_output(output, as_json)
    res = redact_dataset(list(inputs), output, recipe=recipe or "redact", rejects_path=rejects_path,
                         batch_size=batch_size, read_options=read_opts(kw), progress=progress_wanted(quiet, as_json),
                         command=sys.argv, raw_rejects=raw_rejects, **overrides)
    summary = dict(res.summary)
    report(summary, as_json, quiet, res.paths)
    if not as_json and not quiet:
        pii = summary.get("pii", {})
        for (fld, ent), n in sorted(((tuple(k.split(".", 1)), v) for k, v in pii.get("by_field_type", {}).items())):
            click.echo(f"  {fld:<12}{ent:<20}{n:>8}", err=True)
        click.echo(f"NER: {pii.get('ner')}", err=True)

