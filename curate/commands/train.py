"""`curate train DATA... --out DIR`: a thin shell over train.train (LoRA/QLoRA fine-tune)."""
from __future__ import annotations

import json
import logging
import sys

import click

from curate.commands._common import errors_to_exit, read_opts, reader_options


@click.command("train")
@click.argument("data", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, help="Run folder: adapter/, train_log.jsonl, train_summary.json.")
@click.option("--model", default="smollm2", show_default=True,
              help="Base model: 'smollm2' (packaged) or a local HF folder / .gguf file.")
@click.option("--qlora", is_flag=True, help="4-bit NF4 base (double quantization, bf16 compute).")
@click.option("--steps", type=click.IntRange(min=1), default=100, show_default=True)
@click.option("--lr", type=float, default=2e-4, show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Examples (or packed rows) per step.")
@click.option("--grad-accum", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--max-len", type=click.IntRange(min=8), default=512, show_default=True,
              help="Longest record in tokens; longer ones are dropped and counted, never truncated.")
@click.option("--pack/--no-pack", default=False, show_default=True,
              help="Pack examples into rows of max-len tokens (no attention across examples).")
@click.option("--lora-r", type=click.IntRange(min=1), default=8, show_default=True)
@click.option("--lora-alpha", type=float, default=16, show_default=True)
@click.option("--lora-dropout", type=float, default=0.05, show_default=True)
@click.option("--template", type=click.Choice(["auto", "chat", "alpaca"]), default="auto", show_default=True,
              help="auto: the model's chat template, else the Alpaca template.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--merge", is_flag=True, help="Also save the base with the adapter merged in (OUT/merged).")
@click.option("--peak-tflops", type=float, default=None, help="Peak TFLOP/s for MFU (default: table/estimate).")
@click.option("--threads", type=click.IntRange(min=1), default=None,
              help="CPU threads for torch (default: torch's choice; 1 is often faster on a busy machine).")
@click.option("--log-every", type=click.IntRange(min=1), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON on stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or log lines.")
@reader_options
@errors_to_exit
def command(data, out_dir, model, qlora, steps, lr, batch_size, grad_accum, max_len, pack, lora_r,
            lora_alpha, lora_dropout, template, seed, merge, peak_tflops, threads, log_every, as_json, quiet, **kw):
    """Fine-tune a LoRA (or QLoRA) adapter on DATA (any format curate reads).

    Loss is on the responses only, end-of-turn token included. Writes OUT/adapter (peft),
    OUT/train_log.jsonl (loss, tokens/s, MFU), OUT/dropped.jsonl (ids and codes of records not
    trained on), OUT/train_summary.json and OUT/train_report.html (loss curve, figures).
    """
    from train import TrainConfig, train

    if not quiet:
        logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    cfg = TrainConfig(model=model, qlora=qlora, steps=steps, lr=lr, batch_size=batch_size,
                      grad_accum=grad_accum, max_len=max_len, pack=pack, lora_r=lora_r,
                      lora_alpha=lora_alpha, lora_dropout=lora_dropout, template=template, seed=seed,
                      merge=merge, log_every=log_every, threads=threads,
                      peak_flops=peak_tflops * 1e12 if peak_tflops else None,
                      progress=False if quiet else None)
    from curate.commands._common import progress_wanted

    progress_wanted(quiet, as_json)  # steps with loss, rate and ETA on a terminal; one line otherwise
    source = list(data) if len(data) > 1 else data[0]
    res = train(source, out_dir, cfg, read_options=read_opts(kw))
    from curate.api.train_report import write_train_report

    page = write_train_report(out_dir)  # the loss curve and the run's figures, beside its JSON
    if as_json:
        click.echo(json.dumps(res.to_dict(), ensure_ascii=False, indent=2))
    elif not quiet:
        mfu = f"{res.mfu:.1%}" if res.mfu is not None else "n/a"
        click.echo(f"trained {res.steps} steps on {res.examples} records ({res.dropped} not trained on: "
                   f"{res.dropped_by_code or 'none'}); loss {res.loss_first:.3f} -> {res.loss_last:.3f}; "
                   f"{res.tokens_per_s:.0f} tokens/s; MFU {mfu} ({res.peak_source}); "
                   f"adapter: {out_dir}/adapter", err=True)
        click.echo(f"report: {page}", err=True)
