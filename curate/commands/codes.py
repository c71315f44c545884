"""`curate codes`: every issue code with its default action, severity and meaning."""
from __future__ import annotations

import json

import click


def collect_codes(packs: list[str] | None = None) -> dict:
    """Register every code curate can emit: the stage modules' declared codes and the rule ids of
    the shipped rule packs (or the given ones). Stage modules that need a missing optional
    dependency are skipped; none of them imports a model at module level."""
    import importlib

    from ..registry import STAGES
    from ..rules import load_rules, shipped_packs
    from ..schema import all_codes

    modules = [t.partition(":")[0] for t in STAGES.values()] + ["curate.generate.filters"]
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError:
            continue
    for pack in packs if packs is not None else shipped_packs():
        load_rules([pack])
    return all_codes()


@click.command("codes")
@click.option("--family", default=None, help="Only codes of this family (read, norm, dedup, output, ...).")
@click.option("--rules", "rule_files", multiple=True, metavar="FILE", help="Also list the ids of these rule files.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def command(family, rule_files, as_json):
    """List every issue code: code, default action, severity, description."""
    from ..rules import load_rules

    codes = collect_codes()
    if rule_files:
        load_rules(list(rule_files))
        from ..schema import all_codes

        codes = all_codes()
    rows = sorted(codes.values(), key=lambda c: c.code)
    if family:
        rows = [c for c in rows if c.code.split(".", 1)[0] == family]
    if as_json:
        click.echo(json.dumps([{"code": c.code, "action": c.action, "severity": c.severity,
                                "description": c.description} for c in rows], ensure_ascii=False, indent=2))
        return
    w = max((len(c.code) for c in rows), default=10) + 2
    for c in rows:
        click.echo(f"{c.code:<{w}}{c.action:<6}{c.severity:<9}{c.description}")
