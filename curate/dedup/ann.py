"""Nearest neighbours by cosine with usearch (HNSW), then exact cosine on the pairs found.

All-pairs cosine is n²; an HNSW index (over 8-bit quantized vectors) finds each record's ``k``
nearest neighbours in about n·log n. The index is built with one thread so it is the same on every run (HNSW insertion order
changes the graph); searching is read-only and uses every core. Similarities reported are exact
dot products of the normalized vectors, not the index's approximate distances.
"""
from __future__ import annotations

from typing import Any

import numpy as np


def neighbour_pairs(emb: np.ndarray, threshold: float, k: int = 10, *, exact: bool = False,
                    threads: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (left < right, row indices of ``emb``) whose cosine >= threshold among each row's k
    nearest neighbours. ``emb`` must be L2-normalized float32."""
    n = emb.shape[0]
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    if n < 2:
        return empty
    from usearch.index import Index  # imported here: `curate audit` never loads it

    # The graph stores 8-bit quantized vectors: on 20k clustered 384-d vectors (2 loaded cores)
    # build + search took 9.4 s instead of 23.9 s with float32, and the groups at cosine >= 0.9 were
    # identical to brute force, because every pair is re-scored below with the float32 vectors.
    # expansion_add 64 (usearch default 128) halves build time; 32 lost pairs inside dense clusters.
    index = Index(ndim=emb.shape[1], metric="cos", dtype="i8", connectivity=16,
                  expansion_add=64, expansion_search=max(48, 2 * k))
    keys = np.arange(n, dtype=np.uint64)
    index.add(keys, emb, threads=1)
    count = min(k + 1, n)
    if not threads:
        from curate.threads import thread_count

        threads = thread_count()
    m = index.search(emb, count, threads=threads, exact=exact)
    nb = np.asarray(m.keys).reshape(n, -1).astype(np.int64)
    dist = np.asarray(m.distances).reshape(n, -1)
    me = np.repeat(np.arange(n, dtype=np.int64), nb.shape[1])
    nb, dist = nb.reshape(-1), dist.reshape(-1)
    # quantized distances are approximate: keep a margin, the exact cosine decides below
    ok = (nb != me) & (nb >= 0) & (nb < n) & (1.0 - dist >= threshold - 0.05)
    a, b = np.minimum(me[ok], nb[ok]), np.maximum(me[ok], nb[ok])
    if not len(a):
        return empty
    key = np.unique(a << 32 | b)
    a, b = key >> 32, key & 0xFFFFFFFF
    sim = np.einsum("ij,ij->i", emb[a], emb[b]).astype(np.float64)
    keep = sim >= threshold
    return a[keep], b[keep], sim[keep]


# ----------------------------------------------------------------------------- partitioned search
# One HNSW index over every vector stops fitting one machine somewhere past ~10M vectors (384-d:
# 1.5 KB each). Above ``partition_size`` vectors the search is split: centroids trained on a fixed
# sample (seeded, so every engine trains the same ones), each vector filed under its ``probe``
# nearest centroids, one index per partition. Duplicates are near each other, so they share a
# nearest centroid unless they sit on a border, which the second probe covers. The local engine and
# the Ray engine call the same three functions; Ray runs one task per partition.


def n_partitions(n: int, partition_size: int, probe: int = 2) -> int:
    """How many partitions n vectors need (1: the plain single index)."""
    if n <= partition_size:
        return 1
    return int(np.ceil(n * probe / partition_size))


def sample_rows(n: int, parts: int, seed: int = 0, per_part: int = 64) -> np.ndarray:
    """The (sorted) positions of the vectors the centroids are trained on."""
    rng = np.random.default_rng(seed)
    m = min(n, parts * per_part)
    return np.sort(rng.choice(n, size=m, replace=False))


def train_centroids(sample: np.ndarray, parts: int, seed: int = 0, iters: int = 8) -> np.ndarray:
    """Spherical k-means (cosine) on the sample, seeded: ``parts`` unit centroids."""
    rng = np.random.default_rng(seed)
    sample = np.asarray(sample, dtype=np.float32)
    cent = sample[rng.permutation(len(sample))[:parts]].copy()
    for _ in range(iters):
        owner = np.argmax(sample @ cent.T, axis=1)
        for c in range(parts):
            members = sample[owner == c]
            if len(members):
                v = members.sum(axis=0)
                norm = np.linalg.norm(v)
                if norm > 0:
                    cent[c] = v / norm
    return cent


def assign_partitions(emb: np.ndarray, centroids: np.ndarray, probe: int = 2,
                      chunk: int = 65536) -> np.ndarray:
    """(n, probe) partition numbers of each vector: its ``probe`` nearest centroids, best first."""
    probe = min(probe, len(centroids))
    out = np.empty((emb.shape[0], probe), dtype=np.int64)
    for i in range(0, emb.shape[0], chunk):
        sims = emb[i:i + chunk] @ centroids.T
        top = np.argsort(-sims, axis=1, kind="stable")[:, :probe]
        out[i:i + chunk] = top
    return out


def union_pairs(found: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The union of several partitions' pairs (global indices), each pair once, sorted."""
    found = [f for f in found if len(f[0])]
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    a = np.concatenate([f[0] for f in found])
    b = np.concatenate([f[1] for f in found])
    s = np.concatenate([f[2] for f in found])
    key, first = np.unique(a << 32 | b, return_index=True)
    return key >> 32, key & 0xFFFFFFFF, s[first]


def search_partition(vecs: np.ndarray, members: np.ndarray, threshold: float, k: int
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """neighbour_pairs inside one partition, as global indices (``members``, sorted)."""
    a, b, s = neighbour_pairs(vecs, threshold, k)
    return members[a], members[b], s


def partitioned_neighbour_pairs(emb: np.ndarray, threshold: float, k: int = 10, *,
                                partition_size: int = 2_000_000, probe: int = 2, seed: int = 0,
                                threads: int = 0, mapper: Any = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``neighbour_pairs`` over partitions of at most about ``partition_size`` vectors (one
    partition, the plain search, below it). ``mapper(fn, items)`` runs the partitions (the Ray
    engine: one task each); by default they run here, one after another."""
    n = emb.shape[0]
    parts = n_partitions(n, partition_size, probe)
    if parts == 1:
        return neighbour_pairs(emb, threshold, k, threads=threads)
    cent = train_centroids(emb[sample_rows(n, parts, seed)], parts, seed)
    owner = assign_partitions(emb, cent, probe)
    items = []
    for p in range(parts):
        members = np.flatnonzero((owner == p).any(axis=1))
        if len(members) >= 2:
            items.append((emb[members], members, threshold, k))
    if mapper is None:
        found = [search_partition(*it) for it in items]
    else:
        found = mapper(search_partition, items)
    return union_pairs(found)
