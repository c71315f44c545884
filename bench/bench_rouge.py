"""Novelty-filter throughput: curate.rouge.NoveltyIndex vs rouge-score on a 10k-instruction pool.

    .venv/bin/python bench/bench_rouge.py [--pool 10000] [--queries 300] [--baseline-queries 20]

The pool is 10k real instructions (Alpaca EN sample, Chinese Alpaca demo, Self-Instruct and BELLE
seeds; padded with the first sentence of Alpaca outputs when short of 10k). Each query is checked
against the whole pool, as the Self-Instruct filter does (keep if max ROUGE-L F < 0.7). The baseline
is rouge-score's RougeScorer(["rougeL"]) called once per pair, measured on ``--baseline-queries``
queries in the same run; decisions are compared on those queries (English ones must agree; on
Chinese, rouge-score scores every pair 0 and keeps every duplicate).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from curate.rouge import NoveltyIndex, rouge_l


def load_pool(n: int) -> list[str]:
    texts: list[str] = []
    en = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    zh = json.loads((DATA / "alpaca_zh_llamafactory_demo_1000.json").read_text(encoding="utf-8"))
    texts += [r["instruction"] for r in en] + [r["instruction"] for r in zh]
    for f in ("self_instruct_seed_tasks.jsonl", "belle_zh_seed_tasks.jsonl"):
        texts += [json.loads(l)["instruction"] for l in (DATA / f).read_text(encoding="utf-8").splitlines() if l.strip()]
    for r in en:  # pad with first sentences of outputs (real text of instruction-like length)
        if len(texts) >= n:
            break
        s = re.split(r"(?<=[.!?])\s", r["output"].strip())[0]
        if len(s.split()) >= 4:
            texts.append(s)
    return texts[:n]


def queries(pool: list[str], k: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(k):
        s = rng.choice(pool)
        spaced = " " in s
        w = s.split() if spaced else list(s)
        for _ in range(rng.randint(0, max(1, len(w) // 3))):
            i = rng.randrange(len(w))
            w[i] = rng.choice(["new", "given", "the"] if spaced else ["请", "写", "的"])
        out.append((" " if spaced else "").join(w))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pool", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--baseline-queries", type=int, default=20)
    ap.add_argument("--threshold", type=float, default=0.7)
    a = ap.parse_args()
    rng = random.Random(0)
    pool = load_pool(a.pool)
    qs = queries(pool, a.queries, rng)
    print(f"pool {len(pool)} instructions; {len(qs)} queries; threshold {a.threshold}")

    t = time.perf_counter()
    idx = NoveltyIndex(pool)
    t_build = time.perf_counter() - t

    t = time.perf_counter()
    full = [idx.max_similarity(q) for q in qs]
    t_full = time.perf_counter() - t

    t = time.perf_counter()
    pruned = [idx.max_similarity(q, a.threshold) for q in qs]
    t_pruned = time.perf_counter() - t
    assert all((f[0] >= a.threshold) == (p[0] >= a.threshold) for f, p in zip(full, pruned))

    # Self-Instruct loop: every candidate checked, novel ones added (pool grows).
    grow = NoveltyIndex(pool)
    t = time.perf_counter()
    kept = 0
    for q in qs:
        if grow.is_novel(q, a.threshold):
            grow.add(q)
            kept += 1
    t_loop = time.perf_counter() - t

    from rouge_score import rouge_scorer

    sc = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False)
    bq = qs[: a.baseline_queries]
    t = time.perf_counter()
    base = [max(sc.score(q, p)["rougeL"].fmeasure for p in pool) for q in bq]
    t_base = time.perf_counter() - t

    t = time.perf_counter()
    pair = [max(rouge_l(q, p) for p in pool) for q in bq]
    t_pair = time.perf_counter() - t

    # ASCII queries: the tokenizers are identical there (rouge-score mangles accents and drops CJK).
    en = [i for i, q in enumerate(bq) if q.isascii()]
    assert all(abs(p - f[0]) < 1e-9 for p, f in zip(pair, full))
    agree_en = sum((base[i] >= a.threshold) == (full[i][0] >= a.threshold) for i in en)
    zh = [i for i in range(len(bq)) if i not in en]
    per_q = {
        "rouge-score (per pair)": t_base / len(bq),
        "curate.rouge.rouge_l (per pair)": t_pair / len(bq),
        "NoveltyIndex.max_similarity": t_full / len(qs),
        "NoveltyIndex.max_similarity(threshold)": t_pruned / len(qs),
    }
    print(f"index build: {t_build:.2f} s ({len(pool) / t_build:,.0f} texts/s)")
    print(f"{'method':<42}{'ms/query':>10}{'queries/s':>11}{'pairs/s':>14}{'speed-up':>10}")
    for name, s in per_q.items():
        print(f"{name:<42}{s * 1e3:>10.2f}{1 / s:>11.1f}{len(pool) / s:>14,.0f}"
              f"{per_q['rouge-score (per pair)'] / s:>9.0f}x")
    print(f"self-instruct loop (check + add when novel): {len(qs) / t_loop:,.1f} candidates/s "
          f"against a {len(pool):,}+ pool; kept {kept}/{len(qs)}")
    print(f"decisions vs rouge-score on {len(en)} English baseline queries: {agree_en}/{len(en)} agree; "
          f"on {len(zh)} other queries rouge-score flags "
          f"{sum(base[i] >= a.threshold for i in zh)} as duplicates, curate flags "
          f"{sum(full[i][0] >= a.threshold for i in zh)}")


if __name__ == "__main__":
    main()
