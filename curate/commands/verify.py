"""`curate verify`: a thin shell over train.verify (a pre-registered curated vs matched-random comparison)."""
from __future__ import annotations

import json
import sys
import tempfile

import click

from curate.commands._common import errors_to_exit

_METRICS = ("defect", "refusal", "empty", "runon", "placeholder", "correct", "json_valid", "loss", "rouge_l")


@click.command("verify")
@click.argument("raw", required=False)
@click.option("--curated", default=None, help="Curated records (default: run --recipe on RAW).")
@click.option("--recipe", default="clean", show_default=True, help="Recipe that curates RAW when --curated is not given.")
@click.option("--eval", "eval_path", default=None,
              help="Held-out records that curation never touched (a `task` field names each prompt's family; "
                   "a `check` field makes correctness computable).")
@click.option("--demo", is_flag=True, help="Plant defects in the shipped demo records, clean, train, compare (3 seeds + A/A).")
@click.option("--smoke", is_flag=True,
              help="The demo at toy size (one seed, two steps, 26 prompts; runs alone or with --demo): checks the "
                   "path in about 30 seconds on an idle machine, proves nothing.")
@click.option("--out", "out_dir", default=None, help="Run folder (default: a new temporary folder).")
@click.option("--seeds", type=click.IntRange(min=1), default=3, show_default=True, help="Seeds per arm (0..N-1).")
@click.option("--aa/--no-aa", default=None,
              help="A/A check: train the curated arm again with other seeds; it must give no claim "
                   "(default: on for --demo, off otherwise).")
@click.option("--control", type=click.Choice(["bins", "random"]), default="bins", show_default=True,
              help="C matches B's record count and length distribution (bins), or the count only (random).")
@click.option("--with-raw", is_flag=True, help="Also train the raw arm A (B−A is reported; the claim is B−C).")
@click.option("--primary", type=click.Choice(_METRICS), default="defect", show_default=True,
              help="The one pre-registered primary metric (defect: share of sampled answers with a defect behaviour).")
@click.option("--guardrail", type=click.Choice((*_METRICS, "none")), default="correct", show_default=True,
              help="A metric that must not get worse beyond its interval for a claim.")
@click.option("--model", default="smollm2", show_default=True)
@click.option("--qlora", is_flag=True)
@click.option("--steps", type=click.IntRange(min=1), default=None, help="Steps per arm (default 40).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Packed rows per step (default 4).")
@click.option("--max-len", type=click.IntRange(min=8), default=None, help="Tokens per packed row (default 192).")
@click.option("--lr", type=float, default=None, help="Learning rate (default 2e-3).")
@click.option("--eval-limit", type=click.IntRange(min=1), default=None, help="Use the first N held-out records.")
@click.option("--gen-limit", type=click.IntRange(min=0), default=156, show_default=True,
              help="Generate answers on N held-out prompts (round-robin over families); loss uses all.")
@click.option("--max-new-tokens", type=click.IntRange(min=1), default=48, show_default=True)
@click.option("--temperature", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Sampling temperature for answers (0: greedy; greedy hides behaviours learned at low rates).")
@click.option("--cluster-by", default="task", show_default=True, help="Held-out field naming each prompt's task family.")
@click.option("--autocast", type=click.Choice(["auto", "bf16", "off"]), default="auto", show_default=True,
              help="bf16 matmuls (auto: where the CPU has AMX/avx512_bf16, or on a GPU).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="CPU threads for torch (default: torch's choice; 1 is often faster on a busy machine).")
@click.option("--no-cache", is_flag=True, help="Evaluate the base model again instead of reading the cache.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True)
@errors_to_exit
def command(raw, curated, recipe, eval_path, demo, smoke, out_dir, seeds, aa, control, with_raw, primary, guardrail, model,
            qlora, steps, batch_size, max_len, lr, eval_limit, gen_limit, max_new_tokens, temperature, cluster_by,
            autocast, threads, no_cache, as_json, quiet):
    """Is the curated data better than a fair random control? Trains B (curated) and C (a random subset
    of RAW with B's record count and length distribution) for every seed on the same token budget,
    evaluates on --eval, and applies the pre-registered decision rule to B−C (pooled and per seed,
    bootstrap over task families and seeds). OUT/preregistration.json is written before training.

    `curate verify --demo` does it all on shipped data with 3 seeds and the A/A check (28 minutes
    on an idle 2-core machine; about an hour on a busy one, where --threads 1 is faster); `curate
    verify --smoke` is the same path at toy size (about 30 seconds).
    """
    from curate.commands._common import progress_wanted
    from train.verify import VerifyConfig, format_recall, format_report, verify
    from train.verify import demo as run_demo

    demo = demo or smoke
    if not demo and (raw is None or eval_path is None):
        raise click.UsageError("give RAW and --eval HELDOUT, or --demo (or --smoke) to use the shipped demo data")
    cfg = VerifyConfig(seeds=tuple(range(seeds)), recipe=recipe, eval_limit=eval_limit, gen_limit=gen_limit,
                       max_new_tokens=max_new_tokens, temperature=temperature, primary=primary,
                       guardrail=None if guardrail == "none" else guardrail, with_raw=with_raw, control=control,
                       aa=demo if aa is None else aa, cluster_field=cluster_by, cache_base=not no_cache,
                       progress=progress_wanted(quiet, as_json))  # training steps and evaluation, per arm
    t = cfg.train
    t.model, t.qlora, t.threads, t.autocast = model, qlora, threads, autocast
    for name, value in (("steps", steps), ("batch_size", batch_size), ("max_len", max_len), ("lr", lr)):
        if value is not None:
            setattr(t, name, value)
    say = (lambda msg: None) if quiet else (lambda msg: click.echo(msg, err=True))
    out = out_dir or tempfile.mkdtemp(prefix="curate-verify-")
    if demo:
        report = run_demo(out, smoke=smoke, cfg=cfg, log=say)
    else:
        report = verify(raw, eval_path, curated=curated, cfg=cfg, out_dir=out, log=say)
    from curate.api.train_report import write_verify_report

    page = write_verify_report(out)  # loss curves, arms with intervals, B-C per seed, beside the JSON
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1, default=str))
    else:
        click.echo(format_report(report))
        if "cleaning" in report.extra:
            click.echo(format_recall(report.extra["cleaning"]))
        click.echo(f"run folder: {out}", err=True)
        click.echo(f"report: {page}", err=True)
    sys.stdout.flush()
