"""`curate verify`: a thin shell over train.verify (raw vs curated vs matched random, same budget)."""
from __future__ import annotations

import json
import sys
import tempfile

import click

from curate.commands._common import errors_to_exit


@click.command("verify")
@click.argument("raw", required=False)
@click.option("--curated", default=None, help="Curated records (default: run --recipe on RAW).")
@click.option("--recipe", default="clean", show_default=True, help="Recipe that curates RAW when --curated is not given.")
@click.option("--eval", "eval_path", default=None, help="Held-out records that curation never touched.")
@click.option("--demo", is_flag=True, help="Plant defects in the shipped demo records, clean, train, compare.")
@click.option("--smoke", is_flag=True, help="Two training steps and eight prompts: checks the path, proves nothing.")
@click.option("--out", "out_dir", default=None, help="Run folder (default: a new temporary folder).")
@click.option("--seeds", type=click.IntRange(min=1), default=1, show_default=True, help="Seeds per arm (0..N-1).")
@click.option("--model", default="smollm2", show_default=True)
@click.option("--qlora", is_flag=True)
@click.option("--steps", type=click.IntRange(min=1), default=None, help="Steps per arm (default 30).")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Packed rows per step (default 4).")
@click.option("--max-len", type=click.IntRange(min=8), default=None, help="Tokens per packed row (default 192).")
@click.option("--lr", type=float, default=None, help="Learning rate (default 1e-3).")
@click.option("--eval-limit", type=click.IntRange(min=1), default=None, help="Use the first N held-out records.")
@click.option("--max-new-tokens", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="CPU threads for torch (default: torch's choice; 1 is often faster on a busy machine).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True)
@errors_to_exit
def command(raw, curated, recipe, eval_path, demo, smoke, out_dir, seeds, model, qlora, steps, batch_size,
            max_len, lr, eval_limit, max_new_tokens, threads, as_json, quiet):
    """Train arm A on RAW, B on the curated records and C on a random subset of RAW matched to B in
    records and tokens, with the same token budget and seeds; evaluate all on --eval and print mean
    ± 95% CI and a verdict (improvement only when B beats C beyond the spread on two metrics).

    `curate verify --demo` does it all on shipped data (about 10 minutes on a CPU).
    """
    from train.verify import VerifyConfig, format_recall, format_report, verify
    from train.verify import demo as run_demo

    if not demo and (raw is None or eval_path is None):
        raise click.UsageError("give RAW and --eval HELDOUT (or --demo)")
    cfg = VerifyConfig(seeds=tuple(range(seeds)), recipe=recipe, eval_limit=eval_limit,
                       max_new_tokens=max_new_tokens)
    t = cfg.train
    t.model, t.qlora, t.threads = model, qlora, threads
    for name, value in (("steps", steps), ("batch_size", batch_size), ("max_len", max_len), ("lr", lr)):
        if value is not None:
            setattr(t, name, value)
    from curate.commands._common import progress_wanted

    t.progress = progress_wanted(quiet, as_json)  # training steps and evaluation prompts, per arm
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
        if "defects" in report.extra:
            click.echo(format_recall(report.extra["defects"]))
        click.echo(f"run folder: {out}", err=True)
        click.echo(f"report: {page}", err=True)
    sys.stdout.flush()
