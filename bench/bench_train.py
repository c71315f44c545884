"""Training throughput: curate's trainer against a plain transformers Trainer + peft baseline, on the
same model, LoRA config, records, batch size and max length, measured in the same run.

    .venv/bin/python bench/bench_train.py                  # LoRA, 12 steps, batch 4, 1 thread
    .venv/bin/python bench/bench_train.py --qlora --threads 2

Tokens/s counts real (non-padding) tokens, from the end of the first step to the end of the last (the
first step pays one-time costs). Rows: ours padded (the like-for-like comparison), ours packed, and
the baseline. Prints the hardware and the load average, since on a shared machine the absolute
figures move with the neighbours; the ratio, measured minutes apart, moves less.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DATA = ROOT.parent / "shared" / "data" / "alpaca_original_sample_30000_34999.json"


def records(n: int) -> list[dict]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    rows = [r for r in rows if r["output"].strip() and len(r["instruction"] + r["input"] + r["output"]) < 400]
    return [dict(r, id=f"a{i}") for i, r in enumerate(rows[:n])]


def ours(recs: list[dict], args: argparse.Namespace, pack: bool) -> dict:
    from train import TrainConfig, train

    lines: list[dict] = []
    cfg = TrainConfig(steps=args.steps, batch_size=args.batch_size, max_len=args.max_len, lr=2e-4,
                      pack=pack, qlora=args.qlora, log_every=1, seed=0, progress=False)
    res = train(recs, None, cfg, on_log=lines.append)
    a, b = lines[0], lines[-1]
    return {"tokens_per_s": (b["tokens"] - a["tokens"]) / (b["seconds"] - a["seconds"]),
            "mfu": res.mfu, "peak": res.peak_source, "hardware": res.hardware,
            "loss_first": res.loss_first, "loss_last": res.loss_last}


def baseline(recs: list[dict], args: argparse.Namespace) -> dict:
    """transformers.Trainer + peft, the way its docs show it, on the same rendered examples."""
    import torch
    from transformers import DataCollatorForSeq2Seq, Trainer, TrainerCallback, TrainingArguments

    from train import TrainConfig, load_for_training
    from train.data import build_examples

    model, tok = load_for_training(TrainConfig(qlora=args.qlora, max_len=args.max_len, seed=0))
    ex = build_examples(recs, tok, args.max_len).examples
    dataset = [{"input_ids": e.input_ids, "labels": e.labels, "attention_mask": [1] * len(e)} for e in ex]
    inner = DataCollatorForSeq2Seq(tok, padding=True, label_pad_token_id=-100)
    counted: list[int] = []

    def collate(features):
        batch = inner(features)
        counted.append(int(batch["attention_mask"].sum()))
        return batch

    marks: list[float] = []

    class Clock(TrainerCallback):
        def on_step_end(self, *a, **k):
            marks.append(time.perf_counter())

    with tempfile.TemporaryDirectory() as tmp:
        targs = TrainingArguments(output_dir=tmp, per_device_train_batch_size=args.batch_size,
                                  max_steps=args.steps, learning_rate=2e-4, logging_steps=args.steps,
                                  save_strategy="no", report_to=[], use_cpu=not torch.cuda.is_available(),
                                  dataloader_num_workers=0, seed=0, disable_tqdm=True,
                                  remove_unused_columns=False, bf16=bool(args.qlora))
        trainer = Trainer(model=model, args=targs, train_dataset=dataset, data_collator=collate,
                          callbacks=[Clock()])
        trainer.train()
    # counted[i] is the batch of step i (no prefetch with 0 workers); skip the first step
    tokens = sum(counted[1:len(marks)])
    return {"tokens_per_s": tokens / (marks[-1] - marks[0])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--batch-size", type=int, default=4)
    ap.add_argument("--max-len", type=int, default=256)
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--qlora", action="store_true")
    args = ap.parse_args()

    import torch
    torch.set_num_threads(args.threads)
    recs = records(args.records)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
          f"cuda {torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'none'}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"SmolLM2-135M {'QLoRA (NF4, double quant)' if args.qlora else 'LoRA fp32'}, r=8, all linear; "
          f"{len(recs)} Alpaca records, batch {args.batch_size}, max_len {args.max_len}, {args.steps} steps")
    base = baseline(recs, args)
    mine = ours(recs, args, pack=False)
    packed = ours(recs, args, pack=True)
    print(f"hardware: {mine['hardware']}; MFU peak {mine['peak']}")
    print(f"{'trainer':<34}{'tokens/s':>10}{'vs baseline':>13}{'MFU':>8}")
    print(f"{'transformers Trainer + peft':<34}{base['tokens_per_s']:>10.0f}{1.0:>12.2f}x{'':>8}")
    for name, r in (("curate train (padded)", mine), ("curate train (packed)", packed)):
        mfu = f"{r['mfu']:.1%}" if r["mfu"] is not None else "n/a"
        print(f"{name:<34}{r['tokens_per_s']:>10.0f}{r['tokens_per_s'] / base['tokens_per_s']:>12.2f}x{mfu:>8}")


if __name__ == "__main__":
    main()
