"""Scale benchmark: time and peak memory of `curate run` on 1M and 10M records (local engine, spilling)
and on Ray with 1 and 2 workers (records/s, seconds per shuffle).

    python bench/bench_scale.py --local 1000000                 # the local engine on 1M records
    python bench/bench_scale.py --local 1000000 10000000        # ... and on 10M (about 5 GB of input)
    python bench/bench_scale.py --ray 200000 --workers 1 2      # Ray, 1 and 2 workers, driver path
    python bench/bench_scale.py --ray 200000 --workers 2 --shuffle   # every global stage as shuffles
    python bench/bench_scale.py --recipe global --local 10000000     # exact + near dedup only, 10M

The recipe is `clean` without its model stage (normalize, language, rules, exact dedup, near dedup
on instruction + input + output). The input is built from the shared EN (5,000) and ZH (1,000)
Alpaca samples so that it behaves like real data at any size: each record takes a real record and
replaces about half of its words (EN) or characters (ZH) in every field with words or characters
drawn from the same corpus, so records are distinct and not near-duplicates of each other; then
10% are exact copies of a recent record and 2% near copies (one word or character changed), and
0.1% are broken lines (bad JSON). Each measurement runs in its own process, so its peak RSS
(ru_maxrss) is its own; for Ray that is the driver's (workers are separate processes, reported
from Ray's own memory figure where available). Figures are printed with the load average of the
machine, which is shared.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
NO_MODEL = {"name": "clean-no-model", "read": {"split_turns": False}, "stages": [
    {"stage": "normalize"}, {"stage": "language"}, {"stage": "rules", "packs": ["default"]},
    {"stage": "exact_dedup", "keep": "first"},
    {"stage": "near_dedup", "fields": ["instruction", "input", "output"], "keep": "first"}]}
# The memory-bound part alone: the global stages, whose keys the local engine holds in memory while
# the records stay spilled (reading and writing included). Record stages scale linearly per batch, so
# a full `clean` run's time is this plus their per-record cost measured on a smaller run.
GLOBAL_ONLY = {"name": "global-only", "read": {"split_turns": False}, "stages": [
    {"stage": "exact_dedup", "keep": "first"},
    {"stage": "near_dedup", "fields": ["instruction", "input", "output"], "keep": "first"}]}
RECIPES = {"clean": NO_MODEL, "global": GLOBAL_ONLY}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def make_input(n: int, path: Path, seed: int = 15) -> None:
    """n JSONL records (see the module docstring), written in one pass."""
    import orjson

    en = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    zh = json.loads((DATA / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    base = en + zh
    words = sorted({w for r in en for f in ("instruction", "input", "output") for w in r[f].split()})
    chars = sorted({c for r in zh for f in ("instruction", "input", "output") for c in r[f] if _is_cjk(c)})
    rng = random.Random(seed)

    def vary(text: str, cjk: bool) -> str:
        if cjk:
            return "".join(rng.choice(chars) if _is_cjk(c) and rng.random() < 0.5 else c for c in text)
        return " ".join(rng.choice(words) if rng.random() < 0.5 else w for w in text.split(" "))

    recent: list[dict] = []
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        for i in range(n):
            x = rng.random()
            if x < 0.001:
                f.write(b'{"instruction": "broken\n')
                continue
            if x < 0.101 and recent:
                rec = rng.choice(recent)                                   # exact copy
            elif x < 0.121 and recent:
                src = rng.choice(recent)                                   # near copy
                ins = src["instruction"]
                if any(_is_cjk(c) for c in ins) and len(ins) > 10:
                    k = rng.randrange(len(ins))
                    ins = ins[:k] + rng.choice(chars) + ins[k + 1:]
                else:
                    ws = ins.split(" ")
                    ws[rng.randrange(len(ws))] = rng.choice(words)
                    ins = " ".join(ws)
                rec = dict(src, instruction=ins)
            else:
                b = base[rng.randrange(len(base))]
                cjk = any(_is_cjk(c) for c in b["instruction"])
                rec = {k: vary(b[k], cjk) for k in ("instruction", "input", "output")}
                if not rec["instruction"].strip():
                    rec["instruction"] = b["instruction"]
            if len(recent) < 2000:
                recent.append(rec)
            else:
                recent[rng.randrange(2000)] = rec
            f.write(orjson.dumps(rec))
            f.write(b"\n")
    os.replace(tmp, path)


def child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT))
    import curate

    t0 = time.perf_counter()
    opts = json.loads(args.engine_options or "{}")
    res = curate.run(RECIPES[args.recipe], args.input, args.output, engine=args.engine, engine_options=opts,
                     batch_size=args.batch_size)
    secs = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    s = res.summary
    print(json.dumps({"seconds": secs, "peak_rss": peak, "totals": s["totals"], "engine": s["engine"],
                      "stage_seconds": {st["name"]: st["seconds"] for st in s["stages"]},
                      "dropped": {st["name"]: st["dropped"] for st in s["stages"]}}))


def measure(inp: Path, out: Path, engine: str, options: dict, batch_size: int = 10_000,
            recipe: str = "clean") -> dict:
    cmd = [sys.executable, __file__, "--child", "--input", str(inp), "--output", str(out), "--engine", engine,
           "--engine-options", json.dumps(options), "--batch-size", str(batch_size), "--recipe", recipe]
    # stderr passes through (progress, logs), so a long run can be watched and a failure read
    r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    if r.returncode != 0:
        raise SystemExit(f"{engine} run failed (exit {r.returncode}); its error is above")
    return json.loads(r.stdout.strip().splitlines()[-1])


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def report(label: str, n: int, m: dict) -> None:
    t = m["totals"]
    eng = m["engine"]
    line = (f"{label:<28} {n:>11,} rec  {m['seconds']:>8.1f} s  {n / m['seconds']:>8,.0f} rec/s  "
            f"peak RSS {m['peak_rss'] / 2**30:>5.2f} GB  kept {t['kept']:,}  rejected {t['rejected']:,}  "
            f"[load {load()}]")
    print(line, flush=True)
    st = m["stage_seconds"]
    print("    stage seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in st.items()), flush=True)
    if eng.get("engine") == "local":
        print(f"    spilled {eng['spilled_bytes'] / 2**30:.2f} GB in {eng['segments']} segments", flush=True)
    for sh in eng.get("shuffles") or []:
        print(f"    shuffle: {sh['what']}: {sh['seconds']:.1f} s", flush=True)
    if eng.get("read_pass_seconds") is not None:
        print(f"    read + record stages (map_batches): {eng['read_pass_seconds']:.1f} s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--local", type=int, nargs="*", default=[])
    ap.add_argument("--ray", type=int, default=0, help="records for the Ray runs")
    ap.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    ap.add_argument("--shuffle", action="store_true", help="Ray: every global stage as shuffles")
    ap.add_argument("--dir", default=str(ROOT / "bench" / "out" / "scale"))
    ap.add_argument("--child", action="store_true")
    ap.add_argument("--input")
    ap.add_argument("--output")
    ap.add_argument("--engine", default="local")
    ap.add_argument("--recipe", choices=sorted(RECIPES), default="clean",
                    help="clean: the clean recipe without its model stage; global: exact + near dedup only")
    ap.add_argument("--engine-options")
    ap.add_argument("--batch-size", type=int, default=10_000)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    d = Path(args.dir)
    d.mkdir(parents=True, exist_ok=True)

    def data(n: int) -> Path:
        p = d / f"input_{n}.jsonl"
        if not p.exists():
            t0 = time.perf_counter()
            make_input(n, p)
            print(f"made {p} ({p.stat().st_size / 2**30:.2f} GB) in {time.perf_counter() - t0:.0f} s", flush=True)
        return p

    for n in args.local:
        inp = data(n)
        m = measure(inp, d / f"local_{args.recipe}_{n}.jsonl", "local", {}, recipe=args.recipe)
        report(f"local, {args.recipe}", n, m)
    if args.ray:
        inp = data(args.ray)
        for w in args.workers:
            opts = {"workers": w}
            if args.shuffle:
                opts["driver_max_records"] = 0
            m = measure(inp, d / f"ray{w}_{args.recipe}_{args.ray}.jsonl", "ray", opts, recipe=args.recipe)
            report(f"ray, {args.recipe}, {w} worker(s)" + (", shuffles" if args.shuffle else ""), args.ray, m)


if __name__ == "__main__":
    main()
