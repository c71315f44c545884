from __future__ import annotations

import json

import click


@click.command("recipes")
@click.argument("name", required=False)
@click.option("--json", "as_json", is_flag=True)
def command(name, as_json):
    """List the shipped recipes, or print recipe NAME (copy it to start your own)."""
    import yaml

    from curate.recipe import shipped_recipes

    shipped = shipped_recipes()
    if name:
        if name not in shipped:
            raise click.ClickException(f"no shipped recipe {name!r} (have: {', '.join(shipped)})")
        click.echo(shipped[name].read_text(encoding="utf-8"), nl=False)
        return
    rows = []
    for n, p in shipped.items():
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        rows.append({"name": n, "description": " ".join(str(data.get("description", "")).split()),
                     "stages": [s["stage"] if isinstance(s, dict) else s for s in data.get("stages", [])]})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            click.echo(f"{r['name']:<16} {' → '.join(r['stages'])}\n{'':<16} {r['description']}")
