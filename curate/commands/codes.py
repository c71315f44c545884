"""`curate codes`: every issue code with its default action, severity and meaning."""
from __future__ import annotations

import json

import click


@click.command("codes")
@click.option("--family", default=None, help="Only codes of this family (read, norm, dedup, output, ...).")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE", help="Also list the ids of these rule files.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def command(family, rule_files, as_json):
    """List every issue code: code, default action, severity, description."""
    from curate.api.codes import list_codes

    rows = list_codes(family, rule_files)
    if as_json:
        click.echo(json.dumps([{"code": c.code, "action": c.action, "severity": c.severity,
                                "description": c.description} for c in rows], ensure_ascii=False, indent=2))
        return
    w = max((len(c.code) for c in rows), default=10) + 2
    for c in rows:
        click.echo(f"{c.code:<{w}}{c.action:<6}{c.severity:<9}{c.description}")
