"""``curate generate``: Self-Instruct (or Alpaca batch) generation from seed tasks."""
from __future__ import annotations

import json
import sys

import click

from curate.commands._common import EXIT_ERROR
from curate.generate.registry import METHODS, TEACHERS


def _actions(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for p in pairs:
        code, sep, act = p.partition("=")
        if not sep:
            raise click.BadParameter(f"{p!r}: expected CODE=drop|off", param_hint="--action")
        out[code.strip()] = act.strip()
    return out


@click.command("generate")
@click.option("--seeds", default=None, help="Seed file (JSONL) or shipped seed set name (curate seeds list).")
@click.option("-n", "n", type=click.IntRange(min=1), default=None, help="Instructions to accept.")
@click.option("-o", "--output", default=None, help="Output JSONL (+ .rejects.jsonl, .summary.json).")
@click.option("--config", "config_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Generation spec (YAML; see docs/generate.md). Options given on the command line override it.")
@click.option("--teacher", type=click.Choice(list(TEACHERS)), default="local", show_default=True,
              help="openai: any OpenAI-compatible endpoint; local: an in-process model.")
@click.option("--model", default=None, help="Model name (openai) or local model path / 'smollm2' (local).")
@click.option("--base-url", default=None, help="Endpoint, e.g. http://127.0.0.1:8000/v1 (default: $OPENAI_BASE_URL or OpenAI).")
@click.option("--api-key-env", default="OPENAI_API_KEY", show_default=True,
              help="Name of the environment variable holding the API key (the key is never printed).")
@click.option("--mode", type=click.Choice(list(METHODS)), default="self-instruct", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True, help="Run seed: decides every prompt.")
@click.option("--prompt-seeds", type=click.IntRange(min=1), default=6, show_default=True,
              help="Seed instructions per prompt.")
@click.option("--prompt-machine", type=click.IntRange(min=0), default=2, show_default=True,
              help="Machine instructions per prompt.")
@click.option("--prompts-per-round", type=click.IntRange(min=1), default=5, show_default=True)
@click.option("--instances", "k", type=click.IntRange(min=1), default=5, show_default=True,
              help="At most this many instances per instruction.")
@click.option("--alpaca-batch", type=click.IntRange(min=1), default=20, show_default=True,
              help="Triples per request in alpaca mode.")
@click.option("--novelty", type=click.FloatRange(0, 1, min_open=True), default=0.7, show_default=True,
              help="Reject an instruction whose ROUGE-L F against the pool is >= this.")
@click.option("--min-units", type=int, default=4, show_default=True, help="Minimum instruction length (words; CJK characters).")
@click.option("--max-units", type=int, default=150, show_default=True, help="Maximum instruction length.")
@click.option("--lang", type=click.Choice(["auto", "en", "zh"]), default="auto", show_default=True,
              help="Prompt language (auto: from the seeds).")
@click.option("--temperature", type=float, default=None, help="Default 0.7 (self-instruct) / 1.0 (alpaca).")
@click.option("--top-p", type=float, default=None, help="Default 0.5 / 1.0.")
@click.option("--max-tokens", type=int, default=None, help="Default 1024 / 3072.")
@click.option("--presence-penalty", type=float, default=None, help="Default 2.0 / 0.0.")
@click.option("--instance-max-tokens", type=int, default=None, help="Default: --max-tokens, at most 1024.")
@click.option("--max-rounds", type=click.IntRange(min=1), default=None, help="Stop after this many rounds.")
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True,
              help="Requests in flight (openai).")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds per request (openai).")
@click.option("--retries", type=click.IntRange(min=0), default=6, show_default=True,
              help="Retries on 429/5xx/timeouts, with exponential backoff (openai).")
@click.option("--backoff", type=float, default=1.0, show_default=True, help="First backoff delay in seconds.")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Prompts per generate() call (local).")
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
@click.pass_context
def command(ctx, **kw):
    """Generate instruction/input/output records from seed tasks (Self-Instruct; --mode alpaca for
    Alpaca's 20-per-request batch mode). Every teacher call is cached, so a rerun costs nothing and a
    killed run resumes where it stopped. Rejected candidates go to OUT.rejects.jsonl with a code."""
    from curate.generate import TeacherError, generate_from_spec, load_spec
    from curate.generate.seeds import SeedError

    as_json, quiet = kw.pop("as_json"), kw.pop("quiet")
    try:
        spec = load_spec(kw["config_path"]) if kw["config_path"] else load_spec({})
        _apply_cli(ctx, kw, spec, explicit_only=bool(kw["config_path"]))
        for key, flag in (("seeds", "--seeds"), ("n", "-n"), ("output", "-o/--output")):
            if spec.get(key) is None:
                raise click.UsageError(f"missing {flag} (or set '{key}' in --config)")
        res = generate_from_spec(spec)
    except (TeacherError, SeedError, FileNotFoundError, ValueError, TypeError, ImportError, OSError) as e:
        click.echo(f"curate: error: {e}", err=True)
        sys.exit(EXIT_ERROR)
    _report(res.summary, spec, as_json, quiet)


# CLI parameter -> (section, key) of the generation spec.
_TEACHER = {"model": "model", "base_url": "base_url", "api_key_env": "api_key_env",
            "concurrency": "concurrency", "timeout": "timeout", "retries": "max_retries",
            "backoff": "backoff", "batch_size": "batch_size"}
_TOP = {"seeds": "seeds", "n": "n", "output": "output", "seed": "seed", "price_in": "price_in",
        "price_out": "price_out"}
_OPTIONS = {"mode": "mode", "prompt_seeds": "prompt_seeds", "prompt_machine": "prompt_machine",
            "prompts_per_round": "prompts_per_round", "k": "instances", "alpaca_batch": "alpaca_batch",
            "novelty": "novelty", "min_units": "min_units", "max_units": "max_units", "lang": "lang",
            "temperature": "temperature", "top_p": "top_p", "max_tokens": "max_tokens",
            "presence_penalty": "presence_penalty", "instance_max_tokens": "instance_max_tokens",
            "max_rounds": "max_rounds"}
_OPENAI_ONLY = {"base_url", "api_key_env", "concurrency", "timeout", "max_retries", "backoff"}
_LOCAL_ONLY = {"batch_size"}


def _apply_cli(ctx: click.Context, kw: dict, spec: dict, explicit_only: bool) -> None:
    """Put command-line values into the spec: all of them without --config; with --config only the
    ones typed on the command line, so the file's settings are not overwritten by defaults."""
    from click.core import ParameterSource

    def given(name: str) -> bool:
        return not explicit_only or ctx.get_parameter_source(name) == ParameterSource.COMMANDLINE

    t = spec["teacher"]
    if given("teacher") and kw["teacher"] != t.get("kind"):
        t = spec["teacher"] = {"kind": kw["teacher"]}
    kind = t["kind"]
    for name, key in _TEACHER.items():
        if not given(name) or kw[name] is None:
            continue
        if (kind == "local" and key in _OPENAI_ONLY) or (kind == "openai" and key in _LOCAL_ONLY):
            continue
        t[key] = kw[name]
    for name, key in _TOP.items():
        if given(name) and kw[name] is not None:
            spec[key] = kw[name]
    for name, key in _OPTIONS.items():
        if given(name) and kw[name] is not None:
            spec["options"][key] = kw[name]
    if given("no_blacklist") and kw["no_blacklist"]:
        spec["options"]["blacklist"] = ()
    if kw["actions"]:
        spec["options"]["actions"] = {**spec["options"].get("actions", {}), **_actions(kw["actions"])}
    if given("cache_path") and kw["cache_path"]:
        spec["cache"] = kw["cache_path"]
    if kw["no_cache"]:
        spec["cache"] = False


def _report(s: dict, spec: dict, as_json: bool, quiet: bool) -> None:
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=2))
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
        lines.append(f"output: {spec['output']}")
        click.echo("\n".join(lines), err=True)
    if not s["complete"]:
        click.echo(f"curate: warning: only {s['instructions_accepted']} of {s['n_target']} instructions "
                   f"after {s['rounds']} rounds (raise --max-rounds or check the rejects)", err=True)
