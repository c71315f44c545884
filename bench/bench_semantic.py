"""Semantic dedup benchmark: embedding throughput on this machine's CPU cores, the cache, and
nearest-neighbour search for 50k records (usearch HNSW vs exact all-pairs in the same run).

    python bench/bench_semantic.py --embed-n 2000 --n 50000

Embeddings: real Alpaca EN instructions (+input), packaged all-MiniLM-L6-v2, batch 64, fresh cache
directory; then the same texts again (served by the cache). Search: --n vectors made from the real
embeddings (mixtures of two real vectors plus noise, and 5% near-copies), k=10, cosine threshold
0.9; baseline: exact blocked matrix product over all pairs (numpy/BLAS), same threshold; recall of
the ANN pairs and of the resulting groups against it.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def exact_pairs(emb: np.ndarray, threshold: float, block: int = 2048) -> set[tuple[int, int]]:
    out: set[tuple[int, int]] = set()
    for i in range(0, len(emb), block):
        sims = emb[i:i + block] @ emb.T
        r, c = np.nonzero(sims >= threshold)
        r = r + i
        keep = r < c
        out.update(zip(r[keep].tolist(), c[keep].tolist()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--embed-n", type=int, default=2000)
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--skip-exact", action="store_true")
    args = ap.parse_args()

    import torch

    data = json.loads((DATA / "alpaca_original_sample_30000_34999.json").read_text(encoding="utf-8"))
    texts = [(r["instruction"] + "\n" + r["input"]).strip() for r in data][: args.embed_n]
    print(f"torch threads: {torch.get_num_threads()}, CPU cores visible: {os.cpu_count()}, "
          f"load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CURATE_CACHE_DIR"] = tmp
        from curate.models.embed import make_embedder

        emb = make_embedder("packaged-minilm", progress=False)
        t0 = time.perf_counter()
        emb._load()
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        vecs = emb.embed(texts)
        t_emb = time.perf_counter() - t0
        t0 = time.perf_counter()
        again = emb.embed(texts)
        t_cache = time.perf_counter() - t0
        assert emb.stats["embedded"] == 0 and np.array_equal(vecs, again)
    print(f"model load: {t_load:.2f} s")
    print(f"embed {len(texts)} texts: {t_emb:.2f} s = {len(texts) / t_emb:,.0f} texts/s")
    print(f"rerun from cache: {t_cache:.3f} s = {len(texts) / t_cache:,.0f} texts/s "
          f"({t_emb / t_cache:,.0f}x faster, 0 embedded)")

    from curate.dedup.ann import neighbour_pairs

    rng = np.random.default_rng(0)
    # distinct vectors shaped like real ones: mixtures of two real embeddings plus noise, and 5%
    # near-copies of other rows (cosine ~0.95), as dedup meets them
    n_dup = args.n // 20
    i, j = rng.integers(0, len(vecs), args.n - n_dup), rng.integers(0, len(vecs), args.n - n_dup)
    alpha = rng.uniform(0.5, 1.0, size=(args.n - n_dup, 1)).astype(np.float32)
    big = alpha * vecs[i] + (1 - alpha) * vecs[j]
    big += rng.normal(scale=0.01, size=big.shape).astype(np.float32)
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    src = rng.integers(0, len(big), n_dup)
    dup = big[src] + rng.normal(scale=0.012, size=(n_dup, big.shape[1])).astype(np.float32)
    big = np.vstack([big, dup]).astype(np.float32)
    big /= np.linalg.norm(big, axis=1, keepdims=True)
    t0 = time.perf_counter()
    a, b, _ = neighbour_pairs(big, args.threshold, args.k)
    t_ann = time.perf_counter() - t0
    print(f"\nneighbour search, {len(big)} x {big.shape[1]}-d vectors, k={args.k}, "
          f"cosine >= {args.threshold}: usearch build + search {t_ann:.2f} s, {len(a)} pairs")
    if not args.skip_exact:
        t0 = time.perf_counter()
        truth = exact_pairs(big, args.threshold)
        t_exact = time.perf_counter() - t0
        found = set(zip(a.tolist(), b.tolist()))
        # ANN with k neighbours cannot list every pair of a cluster larger than k+1; what dedup
        # needs is that the groups come out the same: compare connected components
        from curate.dedup.lsh import group_labels

        ta = np.array(sorted(truth), dtype=np.int64).reshape(-1, 2)
        g_true = group_labels(len(big), ta[:, 0], ta[:, 1]) if len(ta) else np.full(len(big), -1)
        g_ann = group_labels(len(big), a, b)
        same = np.mean(g_true == g_ann)
        print(f"exact all-pairs (blocked BLAS matmul): {t_exact:.2f} s, {len(truth)} pairs; "
              f"ANN found {len(found & truth) / max(1, len(truth)):.3f} of the pairs; records "
              f"with the same group as exact: {same:.4f}; speed-up {t_exact / t_ann:.1f}x")


if __name__ == "__main__":
    main()
