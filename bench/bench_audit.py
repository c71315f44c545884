"""Audit throughput: `curate audit` default checks on 50,000 records (the English Alpaca sample
tiled 10x), on this machine's cores. Target: < 30 s.

    .venv/bin/python bench/bench_audit.py [--records 50000] [--no-near]

Prints, for the same file in the same run: the read-only baseline (curate.read), the full audit
(normalize, language, rules, exact dedup, and near dedup when installed) and the rules stage
alone, with records/s and ratios against the read baseline.
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
SAMPLE = ROOT.parent / "shared" / "data" / "alpaca_original_sample_30000_34999.json"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--no-near", action="store_true", help="leave near-duplicate detection out")
    args = ap.parse_args()

    import curate
    from curate.api.audit import audit

    src = json.loads(SAMPLE.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tiled.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for i in range(args.records):
                r = src[i % len(src)]
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n = args.records
        print(f"cpus available: {len(os.sched_getaffinity(0))}; records: {n} ({n // len(src)}x the sample)")

        t, c = time.perf_counter(), time.process_time()
        ds = curate.read(str(path))
        t_read, c_read = time.perf_counter() - t, time.process_time() - c
        assert ds.read == n

        t, c = time.perf_counter(), time.process_time()
        res = audit(str(path), near=False if args.no_near else None)
        t_audit, c_audit = time.perf_counter() - t, time.process_time() - c
        stages = {s["name"]: s["seconds"] for s in res.run.summary["stages"]}

        t, c = time.perf_counter(), time.process_time()
        from curate.stages.rules import Rules
        stage = Rules()
        recs = res.run.originals.with_columns(lang=__import__("polars").lit("en"))
        for i in range(0, recs.height, 10_000):
            stage.process(recs.slice(i, 10_000))
        t_rules, c_rules = time.perf_counter() - t, time.process_time() - c

    # CPU seconds beside wall seconds: on a shared machine wall time measures the neighbours too
    print(f"{'step':<34}{'wall s':>8}{'cpu s':>8}{'records/s':>12}{'x read':>9}")
    for name, sec, cpu in [("read only (baseline)", t_read, c_read), ("audit, default checks", t_audit, c_audit),
                           ("rules stage alone (default pack)", t_rules, c_rules)]:
        print(f"{name:<34}{sec:>8.2f}{cpu:>8.2f}{n / sec:>12,.0f}{sec / t_read:>9.1f}")
    print("per stage inside the audit: " + ", ".join(f"{k} {v:.2f}s" for k, v in stages.items()))
    print(f"would drop {res.to_dict()['would_drop']} of {n}; target < 30 s: "
          f"{'MET' if t_audit < 30 else 'MISSED'} ({t_audit:.1f} s)")


if __name__ == "__main__":
    main()
