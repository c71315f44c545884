"""Vectorized MinHash and the choice of LSH bands/rows.

Signatures are computed for a whole batch at once: the flat array of shingle hashes (one uint64 per
(record, shingle)) is permuted by ``num_perm`` universal hash functions in one numpy broadcast and
reduced per record with ``np.minimum.reduceat``. No Python loop runs per record or per shingle.

Permutation p maps a shingle hash x (64-bit, already mixed by splitmix64, so its low 32 bits are
uniform) to ``(a_p * x32 + b_p) mod 2^32`` with a random odd a_p: a bijection of 32-bit values, so
each permutation orders the shingles at random. 32-bit arithmetic keeps the working block small
enough to stay in cache (it runs in tiles of a few hundred records), which made it 10x faster than
64-bit arithmetic here; on real Alpaca pairs its Jaccard estimates have the same bias and error as
datasketch's (tests check the two agree). Signatures are uint32: ``4 * num_perm`` bytes per record
(512 B at 128 permutations).
"""
from __future__ import annotations

import math

import numpy as np

from curate.dedup.shingles import ShingleSets
from curate.threads import thread_count

_EMPTY = np.uint32(0xFFFFFFFF)


class MinHasher:
    """``num_perm`` hash permutations drawn from ``seed`` (deterministic)."""

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        if num_perm < 1:
            raise ValueError("num_perm must be >= 1")
        self.num_perm = num_perm
        self.seed = seed
        rng = np.random.default_rng(seed)
        self.a = (rng.integers(0, 2**31, size=num_perm, dtype=np.uint32) * np.uint32(2)
                  + np.uint32(1)).astype(np.uint32)
        self.b = rng.integers(0, 2**32, size=num_perm, dtype=np.uint64).astype(np.uint32)

    def signatures(self, sets: ShingleSets | tuple[np.ndarray, np.ndarray],
                   tile: int = 256, threads: int | None = None) -> np.ndarray:
        """(n_records, num_perm) uint32 signatures (a transposed view of a permutation-major array).

        A record without shingles gets all 0xFFFFFFFF (callers leave such records out of LSH).
        Repeated hashes inside a record do not change a minimum, so callers may pass n-gram hashes
        before deduplication. numpy releases the GIL inside ufuncs, so tiles run on ``threads``
        threads (default: the CPU count, at most 8); the result does not depend on it."""
        hashes, offsets = (sets.hashes, sets.offsets) if isinstance(sets, ShingleSets) else sets
        n = len(offsets) - 1
        sig = np.full((self.num_perm, n), _EMPTY, dtype=np.uint32)
        nonempty = np.flatnonzero(np.diff(offsets) > 0)
        if not len(nonempty):
            return sig.T
        x = (hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        a, b = self.a[:, None], self.b[:, None]
        starts = list(range(0, len(nonempty), tile))
        n_threads = thread_count(8) if threads is None else max(1, threads)
        if n_threads > 1 and len(starts) > 1:
            from concurrent.futures import ThreadPoolExecutor

            chunks = [starts[k::n_threads] for k in range(n_threads)]
            with ThreadPoolExecutor(n_threads) as pool:
                list(pool.map(lambda c: self._tiles(c, nonempty, tile, offsets, x, a, b, sig), chunks))
        else:
            self._tiles(starts, nonempty, tile, offsets, x, a, b, sig)
        return sig.T

    @staticmethod
    def _tiles(starts, nonempty, tile, offsets, x, a, b, sig) -> None:
        # each tile writes its own columns of sig: threads never touch the same cells
        with np.errstate(over="ignore"):
            for i in starts:
                recs = nonempty[i:i + tile]
                lo, hi = offsets[recs[0]], offsets[recs[-1] + 1]
                block = a * x[None, lo:hi]
                block += b
                # records in `recs` may be separated by empty ones; reduceat over the start of each
                # non-empty record gives exactly its own shingles only when no gap lies between,
                # so reduce over all records in the span and keep the non-empty ones
                span = np.arange(recs[0], recs[-1] + 1)
                first = offsets[span] - lo
                red = np.minimum.reduceat(block, np.minimum(first, hi - lo - 1), axis=1)
                keep = np.diff(offsets[span[0]:span[-1] + 2]) > 0
                sig[:, span[keep]] = red[:, keep]


def estimate_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray | float:
    """Share of equal positions (rows of two signature arrays, or two signatures)."""
    eq = np.asarray(sig_a) == np.asarray(sig_b)
    return eq.mean(axis=-1)


def _integral(f, lo: float, hi: float, steps: int = 2001) -> float:
    xs = np.linspace(lo, hi, steps)
    ys = f(xs)
    return float(np.sum((ys[1:] + ys[:-1]) * np.diff(xs)) / 2)


def candidate_probability(j: np.ndarray | float, bands: int, rows: int) -> np.ndarray | float:
    """Probability that two sets of Jaccard j share at least one band: 1 - (1 - j^r)^b."""
    return 1.0 - (1.0 - np.asarray(j, dtype=float) ** rows) ** bands


def optimal_param(threshold: float, num_perm: int, weights: tuple[float, float] = (0.1, 0.9),
                  ) -> tuple[int, int]:
    """(bands, rows) with bands*rows <= num_perm minimizing the weighted false-positive area (below
    the threshold) plus false-negative area (above it) of the S-curve — the criterion datasketch's
    MinHashLSH uses. Weights (0.1, 0.9) favour recall: candidates are verified afterwards, so a
    false positive costs a little time and a false negative costs a missed duplicate."""
    if not 0.0 < threshold < 1.0:
        raise ValueError("threshold must be in (0, 1)")
    fp_w, fn_w = weights
    best, best_err = (1, 1), math.inf
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = _integral(lambda s, b=b, r=r: candidate_probability(s, b, r), 0.0, threshold)
            fn = _integral(lambda s, b=b, r=r: 1.0 - candidate_probability(s, b, r), threshold, 1.0)
            err = fp_w * fp + fn_w * fn
            if err < best_err:
                best, best_err = (b, r), err
    return best
