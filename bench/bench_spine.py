"""Spine benchmark: read + normalize + exact dedup + write, curate vs a pandas baseline, same run.

    python bench/bench_spine.py --n 50000          # the 50k target (< 5 s)
    python bench/bench_spine.py --n 1000000        # 1M records, time and peak memory

The input tiles the shared 5,000-record Alpaca sample: copy k > 0 gets a marker appended to the
instruction of 90% of its records (unique), the other 10% stay exact duplicates. Each measurement runs in
its own process so peak RSS (ru_maxrss) belongs to it alone. Figures are printed with ratios against the
baseline measured in this same run, because the machines are shared and noisy.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "data" / "alpaca_original_sample_30000_34999.json"


def make_input(n: int, path: Path) -> None:
    base = json.loads(SAMPLE.read_text(encoding="utf-8"))
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            rec = dict(base[i % len(base)])
            k = i // len(base)
            if k and (i % 10):
                rec["instruction"] = f"{rec['instruction']} [{k}]"
            f.write(json.dumps(rec, ensure_ascii=False))
            f.write("\n")


def child_curate(inp: str, out: str) -> dict:
    sys.path.insert(0, str(ROOT))
    t0 = time.perf_counter()
    import curate
    from curate.stages.exact_dedup import ExactDedup
    from curate.stages.normalize import Normalize

    res = curate.run([Normalize(), ExactDedup()], inp, out, batch_size=20_000)
    secs = time.perf_counter() - t0
    stages = {s["name"]: s["seconds"] for s in res.summary["stages"]}
    return {"seconds": secs, "kept": res.summary["totals"]["kept"], "rejected": res.summary["totals"]["rejected"],
            "stage_seconds": stages}


def child_pandas(inp: str, out: str) -> dict:
    t0 = time.perf_counter()
    import pandas as pd

    df = pd.read_json(inp, lines=True, dtype=False)
    key = (df["instruction"].str.lower().str.split().str.join(" ") + "\x00" +
           df["input"].str.lower().str.split().str.join(" ") + "\x00" +
           df["output"].str.lower().str.split().str.join(" "))
    kept = df[~key.duplicated()]
    kept.to_json(out, orient="records", lines=True, force_ascii=False)
    return {"seconds": time.perf_counter() - t0, "kept": len(kept), "rejected": len(df) - len(kept)}


def measure(which: str, inp: Path, out: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", which, "--input", str(inp), "--output", str(out)]
    r = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "POLARS_MAX_THREADS": "2"})
    if r.returncode != 0:
        raise SystemExit(f"{which} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--child")
    ap.add_argument("--input")
    ap.add_argument("--output")
    args = ap.parse_args()
    if args.child:
        fn = child_curate if args.child == "curate" else child_pandas
        res = fn(args.input, args.output)
        res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(res))
        return
    with tempfile.TemporaryDirectory(prefix="curate-bench-") as tmp:
        tmp = Path(tmp)
        inp = tmp / "in.jsonl"
        t0 = time.perf_counter()
        make_input(args.n, inp)
        size_mb = inp.stat().st_size / 1e6
        print(f"input: {args.n:,} records, {size_mb:.0f} MB JSONL (built in {time.perf_counter() - t0:.1f} s); "
              f"cores: {os.cpu_count()}")
        c = measure("curate", inp, tmp / "curate.jsonl")
        p = measure("pandas", inp, tmp / "pandas.jsonl")
    print(f"{'':<34}{'seconds':>10}{'records/s':>12}{'peak MB':>10}{'kept':>10}")
    for name, r in (("curate read+normalize+dedup+write", c), ("pandas read+dedup+write (baseline)", p)):
        print(f"{name:<34}{r['seconds']:>10.2f}{args.n / r['seconds']:>12,.0f}{r['peak_rss_mb']:>10.0f}{r['kept']:>10,}")
    print(f"curate stage seconds: {json.dumps(c['stage_seconds'])}")
    print(f"ratio curate/pandas time: {c['seconds'] / p['seconds']:.2f}x; memory: "
          f"{c['peak_rss_mb'] / p['peak_rss_mb']:.2f}x; curate peak bytes per record: "
          f"{c['peak_rss_mb'] * 1e6 / args.n:,.0f}")
    if args.n == 50_000:
        print(f"target 50k < 5 s: {'met' if c['seconds'] < 5 else 'NOT met'} ({c['seconds']:.2f} s)")


if __name__ == "__main__":
    main()
