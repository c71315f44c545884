"""IFD scoring throughput with the packaged SmolLM2-135M: records/s and tokens/s.

    .venv/bin/python bench/bench_ifd.py [--records 200] [--baseline-records 40] [--lang en|zh|mix]
                                        [--batch-tokens 4096] [--threads N] [--device cpu|cuda|auto]

Records are real Alpaca records (EN sample, or the Chinese demo set), taken in file order. The
measured path is the ifd stage's scorer: two sequences per record (output after the prompt, output
alone), sorted by length into micro-batches of at most ``--batch-tokens`` padded tokens. The
baseline, measured in the same run on the first ``--baseline-records`` records, is the same scorer
with one sequence per forward pass (``batch_tokens=1``: Superfiltering's batch-1 setting); the
scores of the two must agree to 1e-4 (padding must not change a loss), which the bench checks.
With ``--device auto`` a GPU is used when torch sees one (the figures then say so). Model load
time is reported apart and not counted in throughput.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def load(lang: str, n: int) -> list[dict]:
    en = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    zh = json.loads((DATA / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    pool = {"en": en, "zh": zh, "mix": [r for pair in zip(en, zh) for r in pair]}[lang]
    return [r for r in pool if r["output"].strip()][:n]


def run(scorer, recs: list[dict]) -> tuple[list[dict], float, int]:
    scorer.tokens_scored = 0
    t0 = time.perf_counter()
    out = scorer.score(recs)
    return out, time.perf_counter() - t0, scorer.tokens_scored


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--baseline-records", type=int, default=40)
    ap.add_argument("--lang", choices=["en", "zh", "mix"], default="en")
    ap.add_argument("--batch-tokens", type=int, default=4096)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--device", default="auto")
    ap.add_argument("--model", default="smollm2")
    a = ap.parse_args()

    import torch

    from curate.quality.ifd import IFDScorer

    device = ("cuda" if torch.cuda.is_available() else "cpu") if a.device == "auto" else a.device
    if a.threads:
        torch.set_num_threads(a.threads)
    where = (torch.cuda.get_device_name(0) if device == "cuda"
             else f"CPU, {torch.get_num_threads()} torch threads, {os.cpu_count()} cores visible")
    recs = load(a.lang, a.records)
    base_recs = recs[: a.baseline_records]

    t0 = time.perf_counter()
    batched = IFDScorer(a.model, batch_tokens=a.batch_tokens, device=device)
    batched.load()
    load_s = time.perf_counter() - t0
    single = IFDScorer(a.model, batch_tokens=1, device=device)
    single._lm = batched._lm  # same weights, one sequence per forward
    run(batched, recs[:2])    # warm-up (first forward allocates)

    b_out, b_s, b_tok = run(single, base_recs)
    out, s, tok = run(batched, recs)
    worst = max((abs(x["ifd"] - y["ifd"]) for x, y in zip(b_out, out) if x["ifd"] is not None), default=0.0)

    print(f"IFD bench: {a.model} on {where}; {len(recs)} {a.lang} records "
          f"(load {load_s:.1f} s, not counted)")
    print(f"  baseline, one sequence per forward: {len(base_recs) / b_s:7.2f} records/s  "
          f"{b_tok / b_s:8.0f} tokens/s  ({len(base_recs)} records, {b_s:.1f} s)")
    print(f"  length-bucketed, {a.batch_tokens} tokens/batch: {len(recs) / s:7.2f} records/s  "
          f"{tok / s:8.0f} tokens/s  ({len(recs)} records, {s:.1f} s, {tok} tokens, padding not counted)")
    print(f"  speed-up vs baseline: {(len(recs) / s) / (len(base_recs) / b_s):.2f}x;  "
          f"max |ifd batched - ifd alone| over {len(base_recs)} records: {worst:.2e}")
    ifd = [x["ifd"] for x in out if x["ifd"] is not None]
    print(f"  ifd >= 1 (flagged): {sum(v >= 1 for v in ifd)} of {len(ifd)}; "
          f"projected for 52k Alpaca records: {52_000 / (len(recs) / s) / 3600:.1f} h")
    if worst > 1e-4:
        sys.exit("batched scores differ from single-sequence scores by more than 1e-4")


if __name__ == "__main__":
    main()
