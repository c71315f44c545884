"""LSH banding as a group-by on (band, band_hash), exact verification, and duplicate groups.

Banding: the signature of each record is cut into ``bands`` bands of ``rows`` values; each band is
hashed to one uint64 (seeded by the band number). Two records are candidates when they share a key
in some band: each band is grouped on its own (a sort here; a shuffle by key on a distributed
engine, curate.engines.ray), so one band's keys are in memory at a time.

Pairs inside a bucket: every pair when the bucket holds at most ``max_bucket`` records; for larger
buckets (big clusters of near-identical texts) the first record paired with each other one plus each
record with its predecessor, so a bucket of k records costs 2k pairs instead of k²/2 and a cluster is
still connected.

Verification: every candidate pair's exact Jaccard on its shingle sets, computed as a join of the
pairs with the flat (rec, shingle) table, so the final precision does not depend on LSH luck.
"""
from __future__ import annotations

import itertools

import numpy as np
import polars as pl

from curate.dedup.components import connected_labels
from curate.dedup.shingles import ShingleSets

_M = np.uint64(0x9E3779B97F4A7C15)


def band_hashes(sig: np.ndarray, bands: int, rows: int, idx: np.ndarray | None = None) -> np.ndarray:
    """(bands, n) uint64: band k of record i hashes sig[i, k*rows:(k+1)*rows], seeded by k so
    equal values in different bands give different keys. ``idx``: only these records."""
    if bands * rows > sig.shape[1]:
        raise ValueError(f"bands*rows = {bands * rows} exceeds the signature length {sig.shape[1]}")
    cols = sig.T[: bands * rows]   # (bands*rows, n): contiguous rows for MinHasher's layout
    if idx is not None:
        cols = cols[:, idx]
    n = cols.shape[1]
    out = np.empty((bands, n), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(bands):
            acc = np.full(n, np.uint64(k + 1) * _M, dtype=np.uint64)
            for c in range(k * rows, (k + 1) * rows):
                acc *= _M
                acc ^= cols[c].astype(np.uint64)
                acc ^= acc >> np.uint64(29)
            out[k] = acc
    return out


def bucket_members(keys: np.ndarray, recs: np.ndarray) -> pl.DataFrame:
    """The group-by on (band, band_hash): rows ``(bucket, rec, size)`` of every bucket holding more
    than one record, sorted by bucket then rec. ``keys`` already mixes the band number into the band
    hash (band_hashes seeds each band differently), so one key column is the (band, band_hash) pair.

    On one machine a sort is the cheapest group-by (one argsort of n*bands uint64); distributed, the
    same step is a shuffle by key."""
    order = np.argsort(keys)   # plain quicksort: 4x faster than a stable sort on 1M keys
    k = keys[order]
    if len(k) < 2:
        return pl.DataFrame(schema={"bucket": pl.UInt64, "rec": pl.Int64, "size": pl.Int64})
    new = np.empty(len(k), dtype=bool)
    new[0] = True
    new[1:] = k[1:] != k[:-1]
    run_id = np.cumsum(new) - 1
    run_len = np.bincount(run_id)
    hit = run_len[run_id] > 1
    return pl.DataFrame({"bucket": k[hit], "rec": recs[order[hit]],
                         "size": run_len[run_id][hit].astype(np.int64)}).sort("bucket", "rec")


def bucket_pairs(keys: np.ndarray, recs: np.ndarray, max_bucket: int = 32) -> np.ndarray:
    """Candidate pairs of one band (or of any set of keys): records sharing a key, as int64 pair
    keys ``left << 32 | right`` (left < right, record indices < 2**32), possibly repeated. Buckets
    of at most ``max_bucket`` records give every pair; larger ones the first record with each other
    one plus each record with its predecessor (a bucket of k records costs 2k pairs, and stays
    connected). Records must be ordered: a bucket's "first" is its smallest index."""
    empty = np.zeros(0, dtype=np.int64)
    hit = bucket_members(np.asarray(keys, dtype=np.uint64), np.asarray(recs, dtype=np.int64))
    if hit.is_empty():
        return empty
    small = hit.filter(pl.col("size") <= max_bucket).select("bucket", "rec")
    pairs = [small.join(small, on="bucket", suffix="_r")
             .filter(pl.col("rec") < pl.col("rec_r"))
             .select(pl.col("rec").alias("a"), pl.col("rec_r").alias("b"))]
    big = hit.filter(pl.col("size") > max_bucket)
    if big.height:
        big = big.with_columns(
            pl.col("rec").first().over("bucket").alias("head"),
            pl.col("rec").shift(1).over("bucket").alias("prev"))
        pairs.append(big.filter(pl.col("rec") != pl.col("head"))
                     .select(pl.col("head").alias("a"), pl.col("rec").alias("b")))
        pairs.append(big.filter(pl.col("prev").is_not_null() & (pl.col("prev") != pl.col("head")))
                     .select(pl.col("prev").alias("a"), pl.col("rec").alias("b")))
    allp = pl.concat(pairs)
    if allp.is_empty():
        return empty
    return allp["a"].to_numpy().astype(np.int64) << 32 | allp["b"].to_numpy().astype(np.int64)


def split_pair_keys(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    key = np.asarray(key, dtype=np.int64)
    return key >> 32, key & 0xFFFFFFFF


def candidate_pairs(sig: np.ndarray, bands: int, rows: int, valid: np.ndarray | None = None,
                    max_bucket: int = 32) -> tuple[np.ndarray, np.ndarray]:
    """Unique candidate pairs (left < right, record indices) sharing at least one band.

    Band by band: each band's keys are grouped on their own (a band's memory is n keys, not
    n * bands), so the same function serves a whole table here and the keyed, spilled path of the
    engines, which reads one band column at a time."""
    n = sig.shape[0]
    idx = np.arange(n, dtype=np.int64) if valid is None else np.flatnonzero(valid).astype(np.int64)
    empty = np.zeros(0, dtype=np.int64)
    if len(idx) < 2:
        return empty, empty
    bh = band_hashes(sig, bands, rows, idx if valid is not None else None)
    parts = [bucket_pairs(bh[k], idx, max_bucket) for k in range(bands)]
    key = np.unique(np.concatenate(parts)) if parts else empty
    return split_pair_keys(key)


def overlap_counts(sets: ShingleSets, left: np.ndarray, right: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each pair: |S_l ∩ S_r|, |S_l|, |S_r| over distinct shingles. Only the records in a pair
    are deduplicated and joined (the pairs with the flat (rec, shingle) table), so the cost follows
    the number of candidates, not the size of the data."""
    k = len(left)
    if k == 0:
        z = np.zeros(0, dtype=np.int64)
        return z, z, z
    # Pairs in chunks of about OVERLAP_CHUNK_SHINGLES shingles: the join holds ~50 bytes per
    # shingle of the paired records, which for a 200k-pair block of the 10M benchmark was gigabytes.
    sizes = sets.sizes()
    cost = np.cumsum(sizes[left] + sizes[right])
    if cost[-1] > OVERLAP_CHUNK_SHINGLES:
        cuts = np.unique(np.searchsorted(cost, np.arange(OVERLAP_CHUNK_SHINGLES, cost[-1],
                                                         OVERLAP_CHUNK_SHINGLES), side="right"))
        bounds = [0, *[int(c) for c in cuts if 0 < c < k], k]
        parts = [_overlap_counts(sets, left[a:b], right[a:b]) for a, b in itertools.pairwise(bounds)]
        return tuple(np.concatenate(col) for col in zip(*parts))  # type: ignore[return-value]
    return _overlap_counts(sets, left, right)


OVERLAP_CHUNK_SHINGLES = 8_000_000


def _overlap_counts(sets: ShingleSets, left: np.ndarray, right: np.ndarray,
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    k = len(left)
    # the flat (rec, shingle) rows of the paired records only: cost follows the pairs, not the table
    idx = np.unique(np.concatenate([left, right]))
    sz = np.diff(sets.offsets)[idx]
    before = np.zeros(len(idx), dtype=np.int64)
    np.cumsum(sz[:-1], out=before[1:])
    pos = np.repeat(sets.offsets[idx] - before, sz) + np.arange(int(sz.sum()), dtype=np.int64)
    table = pl.DataFrame({"rec": np.repeat(idx, sz), "h": sets.hashes[pos]})
    if not sets.deduped:
        table = table.unique()
    size_tab = table.group_by("rec").len()
    size = np.zeros(len(sets), dtype=np.int64)
    size[size_tab["rec"].to_numpy()] = size_tab["len"].to_numpy()
    pairs = pl.DataFrame({"pid": np.arange(k, dtype=np.int64), "a": left, "b": right})
    inter = (pairs.join(table, left_on="a", right_on="rec")
             .join(table, left_on=["b", "h"], right_on=["rec", "h"], how="semi")
             .group_by("pid").len())
    common = np.zeros(k, dtype=np.int64)
    common[inter["pid"].to_numpy()] = inter["len"].to_numpy()
    return common, size[left], size[right]


def exact_jaccard(sets: ShingleSets, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Exact Jaccard of the shingle sets of each (left[i], right[i]) pair; 0.0 when both sets are
    empty."""
    common, sa, sb = overlap_counts(sets, left, right)
    union = sa + sb - common
    return np.where(union > 0, common / np.maximum(union, 1), 0.0)


def group_labels(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected components of the verified pairs: label = smallest member index, -1 for records
    in no pair (curate.dedup.components: vectorized, no Python loop per pair)."""
    return connected_labels(n, left, right)
