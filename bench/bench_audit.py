"""`curate audit` on labelled data (precision/recall per category) and its throughput.

    .venv/bin/python bench/bench_audit.py                  # labelled evaluation, every split
    .venv/bin/python bench/bench_audit.py --splits en_random,heldout_en --show-misses
    .venv/bin/python bench/bench_audit.py --speed [--records 50000] [--no-near]

Labelled evaluation (bench/audit_eval.py has the sets and the scoring): for each split, the share
of records the community deleted that the audit drops, the share of untouched (keep) records it
drops, and per labelled category: recall (records with the category, as primary or ``also``, that
got one of the category's codes), precision (records that got one of those codes and carry the
category) and, for categories the community drops, the share dropped. The targets of issue 12 are
printed beside the figures they apply to.

Speed (--speed): `curate audit` default checks on 50,000 records (the English Alpaca sample tiled
10x): the read-only baseline (curate.read), the full audit and the rules stage alone, with
records/s and ratios against the read baseline, all in the same run.
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


def labelled(splits: tuple[str, ...], show_misses: bool, as_json: bool) -> None:
    from bench.audit_eval import false_drops, load_and_audit, missed, score

    t0 = time.perf_counter()
    sets = load_and_audit(splits)
    results = {name: score(items) for name, items in sets.items()}
    if as_json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    print(f"audited {sum(len(v) for v in sets.values())} labelled records in {time.perf_counter() - t0:.1f} s "
          "(shipped `audit` recipe)\n")
    for name, r in results.items():
        head = f"== {name}: {r['records']} records"
        if r["community_drop"]:
            head += (f"; community-deleted dropped {r['community_drop_recall']:.3f} "
                     f"({r['community_drop']} records)")
        head += (f"; keep records dropped {r['keep_dropped']}/{r['keep']}"
                 f" ({(r['keep_dropped_rate'] or 0):.2%}); fix records dropped {r['fix_dropped']}/{r['fix']}")
        print(head)
        if r["keep"]:
            print(f"  keep records with a flag or drop finding: {r['keep_flagged']}/{r['keep']} "
                  f"({r['keep_flagged'] / r['keep']:.2%}): " + ", ".join(f"{k} {v}" for k, v in r["keep_flag_codes"].items()))
        print(f"  {'category':<20}{'n':>5}{'n_any':>7}{'found':>7}{'recall':>8}{'flagged':>9}"
              f"{'precision':>11}{'drop n':>8}{'dropped':>9}")
        for c, row in r["categories"].items():
            if c == "ok":
                continue

            def f(k, fmt="{}"):
                v = row.get(k)
                return "-" if v is None else fmt.format(v)
            print(f"  {c:<20}{row['n']:>5}{row['n_any']:>7}{f('found'):>7}{f('recall', '{:.3f}'):>8}"
                  f"{f('flagged'):>9}{f('precision', '{:.3f}'):>11}{f('drop_n'):>8}{f('drop_recall', '{:.3f}'):>9}")
        if show_misses:
            for it in missed(sets[name]):
                print(f"    MISSED {it.key} [{it.category}] {it.record['instruction'][:90]!r} | "
                      f"{it.record['input'][:40]!r} | {it.record['output'][:60]!r}")
            for it in false_drops(sets[name]):
                print(f"    FALSE DROP {it.key} by {it.drop_code}: {it.record['instruction'][:90]!r} | "
                      f"{it.record['input'][:40]!r} | {it.record['output'][:60]!r}")
        print()
    en = [it for k in ("en_random", "en_enriched") for it in sets.get(k, [])]
    if en:
        r = score(en)
        print(f"EN labels together: community-deleted dropped {r['community_drop_recall']} (target >= 0.90); "
              f"keep dropped {r['keep_dropped_rate']} (target <= 0.01); placeholder input recall "
              f"{r['categories'].get('placeholder_input', {}).get('recall')} (target >= 0.98)")
    zh = [it for k in ("zh_even", "zh_odd") for it in sets.get(k, [])]
    if zh:
        refusals = [it for it in zh if it.category == "missing_input" and it.action == "drop"]
        r = score(zh)
        mi = r["categories"].get("missing_input", {})
        print(f"ZH labels together: missing_input recall {mi.get('recall')} precision {mi.get('precision')}, "
              f"false flags {mi.get('false_flags')}/{len(zh) - mi.get('n_any', 0)} "
              f"({(mi.get('false_flags') or 0) / max(1, len(zh) - mi.get('n_any', 0)):.2%}; target <= 2%); "
              f"keep dropped {r['keep_dropped_rate']}")
        del refusals


def main() -> None:
    from bench.audit_eval import SPLITS

    ap = argparse.ArgumentParser()
    ap.add_argument("--speed", action="store_true", help="throughput instead of the labelled evaluation")
    ap.add_argument("--records", type=int, default=50_000)
    ap.add_argument("--no-near", action="store_true", help="leave near-duplicate detection out (--speed)")
    ap.add_argument("--splits", default=",".join(SPLITS), help="labelled splits, comma-separated")
    ap.add_argument("--show-misses", action="store_true", help="list missed drops and false drops")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not args.speed:
        labelled(tuple(args.splits.split(",")), args.show_misses, args.json)
        return

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
