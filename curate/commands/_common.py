"""Options and output shared by the verbs, so every command reads input, writes output, reports and
fails the same way: one clear line on stderr and a documented exit code, never a traceback."""
from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from curate.io.registry import FORMATS
from curate.secrets import scrub, scrub_obj

EXIT_ERROR, EXIT_ACCOUNTING, EXIT_FAIL_ON = 1, 3, 4


def reader_options(f: Callable) -> Callable:
    """--map, --split-turns, --max-field-bytes, --max-depth, --format, --csv-quoting, --on-error:
    how inputs are read."""
    f = click.option("--on-error", "on_error", type=click.Choice(["fail", "skip"]), default=None,
                     help="A truncated or corrupt gzip/zstd stream or JSON document: fail with one line "
                          "[default], or skip: keep the rows before the damage and put the rest, with its "
                          "offset, into the rejects.")(f)
    f = click.option("--csv-quoting", is_flag=True, default=False,
                     help="TSV: honour CSV-style double quotes (default: every tab separates, quotes are text).")(f)
    f = click.option("--max-depth", type=click.IntRange(1, 250), default=None,
                     help="Quarantine JSON nested deeper than this (read.too_deep; default 100).")(f)
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
    if kw.get("on_error"):
        out["on_error"] = kw["on_error"]
    if kw.get("csv_quoting"):
        out["csv_quoting"] = True
    if kw.get("max_depth"):
        out["max_depth"] = kw["max_depth"]
    return out


def stdout_output(output: str | None, as_json: bool) -> bool:
    """``-o -``: records go to stdout as JSONL and the summary to stderr, so ``--json`` (the summary
    on stdout) cannot be used with it."""
    if output != "-":
        return False
    if as_json:
        raise click.UsageError("-o - writes the records to stdout; --json would mix the summary into them "
                               "(the summary goes to stderr)")
    return True


def cache_options(f: Callable) -> Callable:
    """--reset-cache: move a damaged teacher/embedding cache aside and start an empty one."""

    def reset(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
        if value:
            from curate.io.cachedb import RESET_ENV

            os.environ[RESET_ENV] = "1"
        return value

    return click.option("--reset-cache", is_flag=True, expose_value=False, callback=reset, is_eager=True,
                        help="If a teacher or embedding cache file is damaged, move it aside (FILE.damaged-TIME) "
                             "and start an empty one; a healthy cache is never touched.")(f)


def progress_wanted(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def errors_to_exit(f: Callable) -> Callable:
    """One clear line on stderr and a documented exit code instead of a traceback."""

    @functools.wraps(f)
    def wrapper(*a: Any, **kw: Any) -> Any:
        import yaml

        from curate.io.readers import ReadFailure
        from curate.recipe import RecipeError
        from curate.runner import AccountingError

        try:
            return f(*a, **kw)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except AccountingError as e:
            click.echo(f"curate: internal error: {scrub(str(e))}", err=True)
            sys.exit(EXIT_ACCOUNTING)
        except (ReadFailure, RecipeError, ImportError, ValueError, OSError, yaml.YAMLError) as e:
            click.echo(f"curate: error: {one_line(e)}", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            click.echo("curate: interrupted; nothing was published", err=True)
            sys.exit(130)
        except Exception as e:  # a bug: still one line (masked), the traceback on request
            if os.environ.get("CURATE_DEBUG"):
                raise
            click.echo(f"curate: internal error: {type(e).__name__}: {one_line(e, mask=True)} (set CURATE_DEBUG=1 for "
                       "the traceback)", err=True)
            sys.exit(EXIT_ERROR)

    return wrapper


def one_line(e: BaseException, limit: int = 600, mask: bool = False) -> str:
    """An exception as one line for stderr: newlines folded, long text cut. ``mask`` (for errors
    curate did not word itself, where a library may have put a value into its message): e-mail
    addresses, phone and ID numbers masked. curate's own messages name files, lines and codes only."""
    msg = scrub(" ".join((str(e) or type(e).__name__).split()))  # never a URL credential or an API key
    if len(msg) > limit:
        msg = msg[:limit] + "…"
    if not mask:
        return msg
    try:
        from curate.pii import mask_light

        return mask_light(msg)
    except Exception:  # pragma: no cover - masking must never hide the error itself
        return msg


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
