"""Options and output shared by the verbs, so every command reads input and reports the same way."""
from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import click

from curate.io.registry import FORMATS
from curate.secrets import scrub, scrub_obj

EXIT_ERROR, EXIT_ACCOUNTING, EXIT_FAIL_ON = 1, 3, 4


def reader_options(f: Callable) -> Callable:
    """--map, --split-turns, --max-field-bytes, --format: how inputs are read."""
    f = click.option("--format", "in_format", type=click.Choice(list(FORMATS)),
                     default=None, help="Force the input format instead of guessing from the extension.")(f)
    f = click.option("--max-field-bytes", type=click.IntRange(min=1), default=None,
                     help="Quarantine rows with a larger field (default 1 MiB).")(f)
    f = click.option("--split-turns", is_flag=True, default=False,
                     help="Make one record per turn of multi-turn conversations (counted).")(f)
    f = click.option("--map", "mapping", default=None, metavar="DEST=SRC,...",
                     help="Map other field names, e.g. instruction=question,output=answer,input=context.")(f)
    return f


def read_options(f: Callable) -> Callable:
    """reader_options plus --batch-size (records per batch for per-record stages)."""
    f = click.option("--batch-size", type=click.IntRange(min=1), default=10_000, show_default=True,
                     help="Records per batch for per-record stages (output does not depend on it).")(f)
    return reader_options(f)


def output_options(f: Callable) -> Callable:
    """--rejects, --json, -q/--quiet: the same for every verb that writes records."""
    f = click.option("-q", "--quiet", is_flag=True, help="No progress bar or table.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")(f)
    f = click.option("--rejects", "rejects_path", default=None,
                     help="Rejects file (default: OUT.rejects.jsonl).")(f)
    return f


def read_opts(kw: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if kw.get("mapping"):
        out["mapping"] = kw["mapping"]
    if kw.get("split_turns"):
        out["split_turns"] = True
    if kw.get("max_field_bytes"):
        out["max_field_bytes"] = kw["max_field_bytes"]
    if kw.get("in_format"):
        out["format"] = kw["in_format"]
    return out


def progress_wanted(quiet: bool, as_json: bool = False) -> bool | None:
    """Set this verb's progress policy (curate.progress): nothing with -q or --json; otherwise a
    bar with total, rate and ETA on a terminal and one summary line per phase when stderr is a
    file or a pipe. Returns what to pass as ``progress=`` (None: follow the policy; False: off)."""
    from curate.progress import set_policy

    if quiet or as_json:
        set_policy("off")
        return False
    set_policy("auto")
    return None


def errors_to_exit(f: Callable) -> Callable:
    """One clear line on stderr and a documented exit code instead of a traceback."""

    @functools.wraps(f)
    def wrapper(*a: Any, **kw: Any) -> Any:
        from curate.io.readers import ReadFailure
        from curate.recipe import RecipeError
        from curate.runner import AccountingError

        try:
            return f(*a, **kw)
        except AccountingError as e:
            click.echo(f"curate: internal error: {scrub(str(e))}", err=True)
            sys.exit(EXIT_ACCOUNTING)
        except (ReadFailure, RecipeError, ImportError, ValueError, OSError) as e:
            click.echo(f"curate: error: {scrub(str(e))}", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper


def stage_table(summary: dict[str, Any]) -> str:
    """The per-stage books as a plain-text table."""
    head = f"{'stage':<16}{'in':>9}{'kept':>9}{'fixed':>8}{'flagged':>9}{'dropped':>9}{'sec':>8}"
    lines = [head, "-" * len(head)]
    for s in summary["stages"]:
        lines.append(f"{s['name'][:15]:<16}{s['in']:>9}{s['kept']:>9}{s['fixed']:>8}{s['flagged']:>9}"
                     f"{s['dropped']:>9}{s['seconds']:>8.2f}")
        for code, n in sorted(s["dropped_by_code"].items(), key=lambda kv: -kv[1]):
            lines.append(f"  drop {code:<38}{n:>9}")
    t = summary["totals"]
    lines.append("-" * len(head))
    lines.append(f"read {t['read']} (+{t['split_extra']} split) = kept {t['kept']} + rejected {t['rejected']}"
                 f"  [{'balanced' if t['ok'] else 'NOT BALANCED'}]")
    for w in summary.get("warnings", []):
        lines.append(f"warning: {w}")
    return "\n".join(lines)


def report(summary: dict[str, Any], as_json: bool, quiet: bool, paths: dict[str, str] | None = None) -> None:
    if as_json:
        out = dict(summary)
        if paths:
            out["paths"] = paths
        click.echo(json.dumps(scrub_obj(out), ensure_ascii=False, indent=2))
    elif not quiet:
        click.echo(stage_table(summary), err=True)
        for k, v in (paths or {}).items():
            click.echo(f"{k}: {v}", err=True)


def _click_type(annotation: Any) -> type | None:
    """int/float/str/bool for a parameter annotated with one of them (optionally ``| None``);
    None for anything the command line cannot give (mappings, tuples, Any)."""
    import typing

    args = [a for a in typing.get_args(annotation) if a is not type(None)] or [annotation]
    return args[0] if len(args) == 1 and args[0] in (int, float, str, bool) else None


def derived_options(params: dict[str, tuple[Any, Any, str]], aliases: dict[str, tuple[str, ...]] | None = None,
                    skip: tuple[str, ...] = ()) -> Callable[[Callable], Callable]:
    """One click option per parameter, derived instead of written by hand: ``params`` maps a name to
    (annotation, default, help). ``--name-with-dashes`` (plus ``aliases``), the annotation's type, a
    flag pair for booleans; the default is None so that only what the user typed overrides a
    config file or the callee's own default, which the help shows."""
    aliases = aliases or {}

    def deco(f: Callable) -> Callable:
        for name, (annotation, default, help_) in reversed(list(params.items())):
            typ = _click_type(annotation)
            if name in skip or typ is None:
                continue
            flag = "--" + name.replace("_", "-")
            text = help_ or ""
            if default is not None and "default" not in text.lower():
                text = f"{text} [default: {default}]".strip()
            if typ is bool:
                f = click.option(f"{flag}/--no-{name.replace('_', '-')}", name, default=None, help=text)(f)
            else:
                f = click.option(flag, *aliases.get(name, ()), name, type=typ, default=None, help=text)(f)
        return f

    return deco
