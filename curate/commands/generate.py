"""``curate generate``: Self-Instruct, Alpaca batch, Evol-Instruct or Magpie generation.

Most options are derived, not written out: one per ``GenerateConfig`` field (the spec's
``options:``) and one per constructor parameter of the registered teachers (the spec's
``teacher:``), each with the help text it carries there. Only what is typed overrides ``--config``.
"""
from __future__ import annotations

import inspect
import json
import sys
import typing
from dataclasses import fields

import click

from curate.commands._common import EXIT_ERROR, cache_options, derived_options, errors_to_exit
from curate.generate.base import GenerateConfig
from curate.generate.registry import METHODS, TEACHERS, constructor_params
from curate.secrets import scrub, scrub_obj

# Options typed out below; everything else comes from the config and teachers.
_SPECIAL = ("mode", "blacklist", "actions", "id_prefix", "model", "base_url", "api_key_env")


def _config_params() -> dict[str, tuple]:
    hints = typing.get_type_hints(GenerateConfig)
    return {f.name: (hints[f.name], f.default, f.metadata.get("help", "")) for f in fields(GenerateConfig)}


def _teacher_params() -> dict[str, tuple]:
    out: dict[str, tuple] = {}
    for kind in TEACHERS:
        cls = TEACHERS.load(kind)
        hints = typing.get_type_hints(cls.__init__)
        for name, p in constructor_params(cls).items():
            default = None if p.default is inspect.Parameter.empty else p.default
            out.setdefault(name, (hints.get(name), default, getattr(cls, "PARAM_HELP", {}).get(name, "")))
    return out


CONFIG_PARAMS = _config_params()
TEACHER_PARAMS = _teacher_params()


def _actions(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        code, sep, act = p.partition("=")
        if not sep:
            raise click.BadParameter(f"{p!r}: expected CODE=drop|off", param_hint="--action")
        out[code.strip()] = act.strip()
    return out


@click.command("generate")
@click.option("--seeds", multiple=True, help="Seed file (JSONL) or shipped seed set name (curate seeds "
              "list); repeat to combine sets. Not needed by --method magpie.")
@click.option("-n", "n", type=click.IntRange(min=1), default=None, help="Instructions to accept.")
@click.option("-o", "--output", default=None, help="Output JSONL (+ .rejects.jsonl, .summary.json).")
@click.option("--config", "config_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Generation spec (YAML; see docs/generate.md). Options given on the command line override it.")
@click.option("--teacher", type=click.Choice(list(TEACHERS)), default=None,
              help="openai: any OpenAI-compatible endpoint; local: an in-process model. [default: local]")
@click.option("--model", default=None, help=TEACHER_PARAMS["model"][2])
@click.option("--base-url", default=None, help=TEACHER_PARAMS["base_url"][2])
@click.option("--api-key-env", default=None, help=TEACHER_PARAMS["api_key_env"][2] + " [default: OPENAI_API_KEY]")
@click.option("--method", "--mode", "mode", type=click.Choice(list(METHODS)), default=None,
              help="Generation method. [default: self-instruct]")
@click.option("--print-template", is_flag=True,
              help="Print the method's default generation prompt template (for --template) and exit.")
@click.option("--seed", type=int, default=None, help="Run seed: decides every prompt. [default: 0]")
@derived_options(CONFIG_PARAMS, skip=_SPECIAL)
@derived_options(TEACHER_PARAMS, aliases={"max_retries": ("--retries",)}, skip=_SPECIAL)
@click.option("--no-blacklist", is_flag=True, help="Do not apply the 'generation' rules pack.")
@click.option("--action", "actions", multiple=True, metavar="CODE=drop|off",
              help="Switch a filter off, e.g. gen.starts_with_punct=off (repeatable).")
@click.option("--cache", "cache_path", default=None,
              help="Teacher cache (SQLite); default: the curate cache dir (teacher/teacher.sqlite).")
@click.option("--no-cache", is_flag=True, help="Do not cache teacher calls (no resume).")
@click.option("--price-in", type=float, default=None, help="Price per 1M input tokens, for the cost estimate.")
@click.option("--price-out", type=float, default=None, help="Price per 1M output tokens.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True)
@cache_options
@errors_to_exit
def command(**kw):
    """Generate instruction/input/output records with a teacher model: Self-Instruct from seed tasks
    (default), --method alpaca (Alpaca's 20-per-request batch mode), --method evol (Evol-Instruct:
    evolve seed instructions over rounds) or --method magpie (prompt-free, from the chat template's
    pre-query prefix). Every teacher call is cached, so a rerun costs nothing and a killed run resumes
    where it stopped. Every generated field is checked for language; rejected candidates go to
    OUT.rejects.jsonl with a code."""
    from curate.generate import SeedError, TeacherError, generate_from_spec, load_spec

    as_json, quiet = kw.pop("as_json"), kw.pop("quiet")
    if kw.pop("print_template"):
        _print_template(kw)
        return
    try:
        spec = load_spec(kw["config_path"]) if kw["config_path"] else load_spec({})
        _apply_cli(kw, spec)
        needs_seeds = METHODS.load(spec["options"].get("mode", "self-instruct")).NEEDS_SEEDS
        for key, flag in (("seeds", "--seeds"), ("n", "-n"), ("output", "-o/--output")):
            if key == "seeds" and not needs_seeds:
                continue
            if spec.get(key) is None or spec.get(key) == []:
                raise click.UsageError(f"missing {flag} (or set '{key}' in --config)")
        _check_paths(spec, kw["config_path"])
        res = generate_from_spec(spec, show_progress=False if quiet else None)
    except (TeacherError, SeedError, FileNotFoundError, ValueError, TypeError, ImportError, OSError) as e:
        click.echo(f"curate: error: {scrub(str(e))}", err=True)
        sys.exit(EXIT_ERROR)
    _report(res.summary, spec, as_json, quiet)


def _check_paths(spec: dict, config_path: str | None) -> None:
    """The output never replaces the seed file or the config it was made from."""
    from pathlib import Path

    from curate.io.paths import refuse_overlap

    seeds = spec.get("seeds")
    seeds = list(seeds) if isinstance(seeds, (list, tuple)) else [seeds]
    inputs = [str(p) for p in (*seeds, config_path) if isinstance(p, (str, Path)) and Path(p).is_file()]
    cache = spec.get("cache")
    outputs = {"output": spec["output"]}
    if isinstance(cache, (str, Path)):
        outputs["cache"] = cache
    refuse_overlap(inputs or None, outputs)


def _apply_cli(kw: dict, spec: dict) -> None:
    """Put what was typed into the spec (every option defaults to None, so a config file's settings
    are overwritten only by options given on the command line)."""
    t = spec["teacher"]
    if kw["teacher"] is not None and kw["teacher"] != t.get("kind"):
        t = spec["teacher"] = {"kind": kw["teacher"]}
    accepted = constructor_params(TEACHERS.load(t["kind"]))
    for name in TEACHER_PARAMS:
        if kw.get(name) is not None and name in accepted:  # another teacher's option: not for this one
            t[name] = kw[name]
    if kw["seeds"]:
        spec["seeds"] = list(kw["seeds"]) if len(kw["seeds"]) > 1 else kw["seeds"][0]
    for name in ("n", "output", "seed", "price_in", "price_out"):
        if kw[name] is not None:
            spec[name] = kw[name]
    for name in CONFIG_PARAMS:
        if kw.get(name) is not None and name not in ("blacklist", "actions", "id_prefix"):
            spec["options"][name] = kw[name]
    if kw["no_blacklist"]:
        spec["options"]["blacklist"] = ()
    if kw["actions"]:
        spec["options"]["actions"] = {**spec["options"].get("actions", {}), **_actions(kw["actions"])}
    if kw["cache_path"]:
        spec["cache"] = kw["cache_path"]
    if kw["no_cache"]:
        spec["cache"] = False


def _print_template(kw: dict) -> None:
    mode = kw.get("mode") or "self-instruct"
    lang = kw.get("lang") if kw.get("lang") not in (None, "auto") else (kw.get("seed_lang") or "en")
    text = METHODS.load(mode).default_template(lang, mode)
    if text is None:
        click.echo(f"curate: method {mode!r} sends no prompt template (steer it with --system, --topic)",
                   err=True)
        sys.exit(EXIT_ERROR)
    click.echo(text, nl=not text.endswith("\n"))


def _report(s: dict, spec: dict, as_json: bool, quiet: bool) -> None:
    if as_json:
        click.echo(json.dumps(scrub_obj(s), ensure_ascii=False, indent=2))
    elif not quiet:
        req, tok, cost = s["requests"], s["tokens"], s["cost"]
        lines = [(f"accepted {s['instructions_accepted']}/{s['n_target']} instructions, "
                  f"{s['records']} records, {s['rejected']} rejected candidates, {s['rounds']} rounds"),
                 (f"teacher calls: {req['sent']} sent, {req['cached']} from cache, "
                  f"{req['retries']} retries; tokens in {tok['in']}, out {tok['out']}")]
        if cost["estimated"] is not None:
            lines.append(f"estimated cost {cost['estimated']:.4f} (saved by cache "
                         f"{cost['saved_by_cache']:.4f})")
        for group in ("instruction_filters", "instance_filters"):
            for code, c in s["acceptance"][group].items():
                if c["checked"]:
                    lines.append(f"  {code:<26} checked {c['checked']:>6}  rejected {c['rejected']:>6}")
        for code, cnt in s["rejected_by_code"].items():
            lines.append(f"  reject {code:<24}{cnt:>8}")
        for w in s.get("warnings", []):
            lines.append(f"warning: {w}")
        lines.append(f"output: {spec['output']}")
        click.echo("\n".join(lines), err=True)
    if not s["complete"]:
        click.echo(f"curate: warning: only {s['instructions_accepted']} of {s['n_target']} instructions "
                   f"after {s['rounds']} rounds (raise --max-rounds or check the rejects)", err=True)
