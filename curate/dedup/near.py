"""Near-duplicate search over records: shingle each field, MinHash, LSH, verify, group.

Used by the ``near_dedup`` stage and by ``semantic_dedup`` for the records its model cannot embed.

Matching rule (``match``):
  ``combined`` (default) the Jaccard of the union of the fields' shingle sets: instruction + input
                     as one text, "the same task asked twice", as document-level tools compare.
                     Measured on planted edits of real records (bench/bench_dedup.py, J >= 0.8):
                     recall 0.98 EN / 0.95 ZH where ``all`` found 0.76 / 0.80.
  ``all``            every compared field that is non-empty in either record must reach the
                     threshold on its own. An instruction template reused with different inputs
                     ("Translate into French:" + two different sentences) is then not a duplicate,
                     however long the shared instruction is; but an edit that falls on a short input
                     ("'pencil'" -> "'pencils'") sinks the pair whatever the rest.
  ``any``            at least one compared field reaches the threshold on its own (the same question
                     asked with another input, or the same input with another question, count).
Shingles are tagged with their field. Which set the LSH signature covers depends on the rule:
``combined`` — the union of the fields; ``all`` — the first field alone (instruction by default),
since a pair passing ``all`` has that field's Jaccard at or above the threshold, so the LSH
S-curve applies to it unchanged, while records that merely share an input (a passage, a list) are no
longer proposed by the hundreds. A record whose first field is empty is signed by the union of its
other fields (two such records can still match; one with and one without the first field cannot).
``any`` — every field on its own, with the candidates of all fields pooled.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import polars as pl

from curate.dedup.lsh import band_hashes, candidate_pairs, group_labels, overlap_counts
from curate.dedup.minhash import MinHasher, optimal_param
from curate.dedup.shingles import ShingleSets, compare_text, merge, shingle

MATCH_RULES = ("combined", "all", "any")


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int, fp_weight: float, fn_weight: float) -> tuple[int, int]:
    return optimal_param(threshold, num_perm, (fp_weight, fn_weight))


@dataclass
class NearDupConfig:
    threshold: float = 0.8
    fields: tuple[str, ...] = ("instruction", "input")
    match: str = "combined"
    word_ngram: int = 2
    char_ngram: int = 2
    num_perm: int = 128
    bands: int | None = None
    rows: int | None = None
    # LSH bands/rows minimize 0.02 x false-positive + 0.98 x false-negative area (datasketch's
    # optimal_param): a pair exactly at the threshold is a candidate with probability 0.98 at 0.8
    # (17 bands x 7 rows), where (0.1, 0.9) gave 0.87 (14 x 9) and missed 5% of planted pairs above
    # 0.8; the extra candidates cost little, verification is exact and vectorized
    weights: tuple[float, float] = (0.02, 0.98)
    seed: int = 1
    max_bucket: int = 32
    # candidates whose full-signature estimate is this far below the threshold skip the exact
    # check (about 4 standard deviations of a 128-permutation estimate near 0.7)
    prefilter_margin: float = 0.15

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError("near-dup threshold must be in (0, 1]")
        if self.match not in MATCH_RULES:
            raise ValueError(f"match must be one of {MATCH_RULES}, got {self.match!r}")
        self.fields = tuple([self.fields] if isinstance(self.fields, str) else self.fields)
        if not self.fields:
            raise ValueError("near-dup needs at least one field to compare")
        self.weights = tuple(self.weights)  # type: ignore[assignment]
        if (self.bands is None) != (self.rows is None):
            raise ValueError("give both bands and rows, or neither (then they are derived from "
                             "threshold, num_perm and weights)")
        if self.bands is None:
            t = min(self.threshold, 0.99)
            self.bands, self.rows = lsh_params(t, self.num_perm, *self.weights)
        if self.bands * self.rows > self.num_perm:
            raise ValueError("bands * rows must not exceed num_perm")


@dataclass
class NearDupResult:
    """Verified pairs (record indices, left < right) with the similarity the rule compared, and
    the books of the search (for reports and benchmarks)."""

    left: np.ndarray
    right: np.ndarray
    similarity: np.ndarray
    candidates: int = 0
    bands: int = 0
    rows: int = 0
    sets: list[ShingleSets] = field(default_factory=list)

    def labels(self, n: int) -> np.ndarray:
        return group_labels(n, self.left, self.right)


def field_sets(df: pl.DataFrame, cfg: NearDupConfig) -> list[ShingleSets]:
    if cfg.match == "combined":
        return [shingle(compare_text(df, cfg.fields), cfg.word_ngram, cfg.char_ngram, dedupe=False)]
    return [shingle(compare_text(df, (f,)), cfg.word_ngram, cfg.char_ngram, tag=i + 1,
                    dedupe=False) for i, f in enumerate(cfg.fields)]


def pair_similarity(sets: list[ShingleSets], left: np.ndarray, right: np.ndarray,
                    match: str) -> np.ndarray:
    """Exact similarity of each pair under the matching rule."""
    if len(left) == 0:
        return np.zeros(0, dtype=np.float64)
    counts = [overlap_counts(s, left, right) for s in sets]
    commons = [c for c, _, _ in counts]
    unions = [a + b - c for c, a, b in counts]
    if match == "combined" or len(sets) == 1:
        c, u = sum(commons), sum(unions)
        return np.where(u > 0, c / np.maximum(u, 1), 0.0)
    if match == "any":
        # fields empty in both records say nothing; the best field decides
        per_field = [np.where(u > 0, c / np.maximum(u, 1), -1.0) for c, u in zip(commons, unions)]
        sim = np.maximum.reduce(per_field)
        return np.where(sim < 0, 1.0, sim)  # every field empty in both: nothing differs
    per_field = [np.where(u > 0, c / np.maximum(u, 1), np.inf) for c, u in zip(commons, unions)]
    sim = np.minimum.reduce(per_field)
    return np.where(np.isinf(sim), 1.0, sim)  # every field empty in both: nothing differs


def lsh_signatures(sets: list[ShingleSets], cfg: NearDupConfig) -> tuple[np.ndarray, np.ndarray]:
    """The signature each record is banded by (see the module docstring) and which records have one."""
    hasher = MinHasher(cfg.num_perm, cfg.seed)
    if cfg.match == "combined" or len(sets) == 1:
        union = merge(sets)
        return hasher.signatures(union), union.sizes() > 0
    first = sets[0]
    sig = np.array(hasher.signatures(first))
    no_first = first.sizes() == 0
    rest = merge(sets[1:])
    valid = ~no_first | (rest.sizes() > 0)
    if no_first.any():
        idx = np.flatnonzero(no_first)
        sub = ShingleSets(*_take(rest, idx), rest.spaced[idx])
        sig[idx] = hasher.signatures(sub)
    return sig, valid


def _take(sets: ShingleSets, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    sizes = sets.sizes()[idx]
    off = np.zeros(len(idx) + 1, dtype=np.int64)
    np.cumsum(sizes, out=off[1:])
    pos = np.repeat(sets.offsets[idx] - off[:-1], sizes) + np.arange(off[-1])
    return sets.hashes[pos], off


def find_near_duplicates(df: pl.DataFrame, cfg: NearDupConfig, *, verify: bool = True
                         ) -> NearDupResult:
    """Candidate pairs by MinHash LSH, then (``verify``) exact similarity >= threshold."""
    sets = field_sets(df, cfg)
    if cfg.match == "any" and len(sets) > 1:
        return _find_any(sets, cfg, verify)
    sig, valid = lsh_signatures(sets, cfg)
    left, right = candidate_pairs(sig, cfg.bands, cfg.rows, valid, cfg.max_bucket)
    n_cand = len(left)
    if verify and n_cand and cfg.prefilter_margin < 1:
        # cheap first cut: the signature estimate of the banded set's Jaccard, never below the
        # similarity the rule compares, so pairs that would pass survive it
        est = np.empty(n_cand)
        for i in range(0, n_cand, 65536):
            est[i:i + 65536] = (sig[left[i:i + 65536]] == sig[right[i:i + 65536]]).mean(axis=1)
        near = est >= cfg.threshold - cfg.prefilter_margin
        left, right = left[near], right[near]
    sim = pair_similarity(sets, left, right, cfg.match)
    if verify:
        ok = sim >= cfg.threshold - 1e-12
        left, right, sim = left[ok], right[ok], sim[ok]
    return NearDupResult(left, right, sim, n_cand, cfg.bands, cfg.rows, sets)


def _find_any(sets: list[ShingleSets], cfg: NearDupConfig, verify: bool) -> NearDupResult:
    """``match: any``: each field is banded on its own signature; the candidates of all fields are
    pooled and verified on the best field."""
    hasher = MinHasher(cfg.num_perm, cfg.seed)
    lefts, rights = [], []
    for fs in sets:
        sig = hasher.signatures(fs)
        left, right = candidate_pairs(sig, cfg.bands, cfg.rows, fs.sizes() > 0, cfg.max_bucket)
        lefts.append(left)
        rights.append(right)
    left, right = np.concatenate(lefts), np.concatenate(rights)
    if len(left):
        key = np.unique(left.astype(np.int64) << 32 | right.astype(np.int64))
        left, right = key >> 32, key & 0xFFFFFFFF
    n_cand = len(left)
    sim = pair_similarity(sets, left, right, "any")
    if verify:
        ok = sim >= cfg.threshold - 1e-12
        left, right, sim = left[ok], right[ok], sim[ok]
    return NearDupResult(left, right, sim, n_cand, cfg.bands, cfg.rows, sets)


def star_drops(df: pl.DataFrame, left: np.ndarray, right: np.ndarray, sim: np.ndarray,
               keep: str) -> pl.DataFrame:
    """Drops from verified pairs without chaining: records are visited best first (the keep
    policy's order); a record with a verified pair to an already kept record is dropped with the
    most similar such record as its twin, any other record is kept. So every dropped record is
    within the threshold of its own kept twin. (Connected components would also drop C as a copy
    of A when only A~B and B~C hold: on the planted benchmark 2.5% of the records dropped that way
    were further than the threshold from their twin.) Columns as ``drops_from_labels`` plus
    ``similarity``."""
    from curate.dedup.groups import _rank_exprs, validate_policy, with_rank_columns

    empty = pl.DataFrame(schema={"idx": pl.Int64, "kept_idx": pl.Int64, "_row": pl.Int64, "kept_id": pl.Utf8,
                                 "group_size": pl.Int64, "similarity": pl.Float64})
    if len(left) == 0:
        return empty
    validate_policy(keep)
    n = df.height
    df = with_rank_columns(df, keep)  # records, or keys that hold the rank values already
    keys, desc = _rank_exprs(df, keep)
    order = df.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("_idx")).sort(
        keys, descending=desc)["_idx"].to_numpy()
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    # adjacency (CSR) of the verified pairs, both directions
    a = np.concatenate([left, right]).astype(np.int64)
    b = np.concatenate([right, left]).astype(np.int64)
    w = np.concatenate([sim, sim])
    srt = np.argsort(a, kind="stable")
    a, b, w = a[srt], b[srt], w[srt]
    start = np.searchsorted(a, np.arange(n + 1))
    kept = np.zeros(n, dtype=bool)
    twin = np.full(n, -1, dtype=np.int64)
    tsim = np.zeros(n)
    nodes = np.unique(a)
    for i in nodes[np.argsort(rank[nodes], kind="stable")].tolist():
        nb, ws = b[start[i]:start[i + 1]], w[start[i]:start[i + 1]]
        ok = kept[nb]
        if ok.any():
            cand, cw = nb[ok], ws[ok]
            # most similar kept neighbour; the better-ranked one on a tie
            j = int(cand[np.lexsort((rank[cand], -cw))[0]])
            twin[i], tsim[i] = j, float(w[start[i]:start[i + 1]][nb == j][0])
        else:
            kept[i] = True
    idx = np.flatnonzero(twin >= 0)
    if len(idx) == 0:
        return empty
    kidx = twin[idx]
    sizes = np.bincount(kidx, minlength=n) + 1
    rows = df["_row"].to_numpy()
    ids = df["id"].to_list()
    return pl.DataFrame({
        "idx": idx.astype(np.int64), "kept_idx": kidx.astype(np.int64), "_row": rows[idx].astype(np.int64),
        "kept_id": [ids[k] for k in kidx.tolist()], "group_size": sizes[kidx].astype(np.int64),
        "similarity": tsim[idx]}, schema={"idx": pl.Int64, "kept_idx": pl.Int64, "_row": pl.Int64,
                                          "kept_id": pl.Utf8, "group_size": pl.Int64, "similarity": pl.Float64}
    ).sort("_row")


# ----------------------------------------------------------------------------- keyed path
# What the engines run (docs/scale.md): per batch, a few keys per record (band hashes, rank values);
# then candidates band by band, the candidates' texts fetched and verified, components, the keep
# policy. A whole table goes the same way (near_drops), so every engine gives the same drops.

SIG_OK = "_sig_ok"


def _per_field(cfg: NearDupConfig) -> bool:
    return cfg.match == "any" and len(cfg.fields) > 1


def band_names(cfg: NearDupConfig) -> list[str]:
    """The band-key columns: ``bands`` of them, or ``bands`` per field for ``match: any`` (each
    field banded on its own signature; their candidates pooled, as ``_find_any`` does)."""
    n = cfg.bands * (len(cfg.fields) if _per_field(cfg) else 1)
    return [f"_b{k}" for k in range(n)]


def _lonely_keys(rows: np.ndarray, band: int) -> np.ndarray:
    """Band keys no other record shares (a splitmix64 of row and band with the top bit set): a
    record whose field is empty under ``match: any`` takes part through its other fields only. A
    chance equality with a real key would only add a candidate, which exact verification drops."""
    with np.errstate(over="ignore"):
        z = rows.astype(np.uint64) * np.uint64(1024) + np.uint64(band) + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return (z ^ (z >> np.uint64(31))) | np.uint64(1 << 63)


def near_keys(df: pl.DataFrame, cfg: NearDupConfig, keep: str, only: np.ndarray | None = None
              ) -> pl.DataFrame:
    """Per record: ``_row``, ``id``, the keep policy's rank values, whether it has a signature
    (``_sig_ok``) and its LSH band keys ``_b0.._bB`` (uint64; 8 bytes per band: 136 bytes at the 17
    bands of the default threshold 0.8, per field for ``match: any``; instead of the record's
    ~1.4 KB). ``only``: a mask of the records that take part (the others get no signature)."""
    from curate.dedup.groups import rank_columns

    sets = field_sets(df, cfg)
    if _per_field(cfg):
        hasher = MinHasher(cfg.num_perm, cfg.seed)
        rows = df["_row"].to_numpy()
        parts, valid = [], np.zeros(df.height, dtype=bool)
        for f, fs in enumerate(sets):
            ok = fs.sizes() > 0
            valid |= ok
            bf = (band_hashes(hasher.signatures(fs), cfg.bands, cfg.rows) if df.height
                  else np.zeros((cfg.bands, 0), dtype=np.uint64))
            for k in range(cfg.bands):
                bf[k][~ok] = _lonely_keys(rows[~ok], f * cfg.bands + k)
            parts.append(bf)
        bh = np.concatenate(parts) if parts else np.zeros((0, df.height), dtype=np.uint64)
    else:
        sig, valid = lsh_signatures(sets, cfg)
        bh = band_hashes(sig, cfg.bands, cfg.rows) if df.height else np.zeros((cfg.bands, 0), dtype=np.uint64)
    if only is not None:
        valid = valid & only
    cols = [pl.Series(SIG_OK, valid, dtype=pl.Boolean)]
    cols += [pl.Series(name, bh[k], dtype=pl.UInt64) for k, name in enumerate(band_names(cfg))]
    return df.select("_row", "id", *rank_columns(df, keep)).with_columns(cols)


def candidates_from_keys(keys: Any, cfg: NearDupConfig) -> tuple[np.ndarray, np.ndarray]:
    """Unique candidate pairs (dense indices into the keys, left < right) sharing a band key; one
    band column in memory at a time."""
    from curate.dedup.lsh import bucket_pairs, split_pair_keys

    empty = np.zeros(0, dtype=np.int64)
    idx = np.flatnonzero(keys.column(SIG_OK).to_numpy()).astype(np.int64)
    if len(idx) < 2:
        return empty, empty
    parts = [bucket_pairs(keys.column(b).to_numpy()[idx], idx, cfg.max_bucket) for b in band_names(cfg)]
    return split_pair_keys(np.unique(np.concatenate(parts)))


def pair_scores(texts: pl.DataFrame, left_rows: np.ndarray, right_rows: np.ndarray, cfg: NearDupConfig,
                prefilter: bool) -> tuple[np.ndarray, np.ndarray]:
    """(passes, similarity) of each pair of records, named by ``_row``; ``texts`` holds ``_row`` and
    the compared fields of every record in a pair, sorted by ``_row``. With ``prefilter`` a pair
    whose signature estimate is far below the threshold is not compared exactly (it fails).
    Shingles and signatures do not depend on the other records, so any engine may call this on
    any subset of the pairs and get the same numbers."""
    n_pairs = len(left_rows)
    if n_pairs == 0:
        return np.zeros(0, dtype=bool), np.zeros(0, dtype=np.float64)
    trow = texts["_row"].to_numpy()
    lp, rp = np.searchsorted(trow, left_rows), np.searchsorted(trow, right_rows)
    sets = field_sets(texts, cfg)
    alive = np.ones(n_pairs, dtype=bool)
    # `any` compares its best field: no single signature bounds it (the whole-table search does
    # not prefilter it either)
    if prefilter and cfg.prefilter_margin < 1 and not _per_field(cfg):
        sig, _ = lsh_signatures(sets, cfg)
        est = np.empty(n_pairs)
        for i in range(0, n_pairs, 65536):
            est[i:i + 65536] = (sig[lp[i:i + 65536]] == sig[rp[i:i + 65536]]).mean(axis=1)
        alive = est >= cfg.threshold - cfg.prefilter_margin
    sim = np.zeros(n_pairs, dtype=np.float64)
    sim[alive] = pair_similarity(sets, lp[alive], rp[alive], cfg.match)
    return alive & (sim >= cfg.threshold - 1e-12), sim


# Candidate records fetched, shingled and signed at once while verifying: a candidate record costs
# ~1.5 KB here (its texts, shingle hashes and a 128 x 4-byte signature for the prefilter). Verifying
# all candidates at once took the 10M-record benchmark to 16.9 GB peak RSS (3.7M candidate pairs,
# docs/scale.md); blocks of pairs bound that, and pair_scores gives every pair the same numbers
# whatever block it is in.
VERIFY_BLOCK_RECORDS = 400_000


def verify_in_blocks(keys: Any, rows: np.ndarray, left: np.ndarray, right: np.ndarray,
                     cfg: NearDupConfig) -> tuple[np.ndarray, np.ndarray]:
    """``pair_scores`` of candidate pairs (dense indices into ``rows``) in blocks of at most
    ``VERIFY_BLOCK_RECORDS / 2`` pairs (so at most that many records fetched at once)."""
    n = len(left)
    ok = np.zeros(n, dtype=bool)
    sim = np.zeros(n, dtype=np.float64)
    step = max(1, VERIFY_BLOCK_RECORDS // 2)
    for a in range(0, n, step):
        b = min(n, a + step)
        cand = np.unique(np.concatenate([left[a:b], right[a:b]]))
        texts = keys.fetch(rows[cand], list(cfg.fields))
        ok[a:b], sim[a:b] = pair_scores(texts, rows[left[a:b]], rows[right[a:b]], cfg, prefilter=True)
    return ok, sim


def near_decide(keys: Any, cfg: NearDupConfig, keep: str) -> tuple[pl.DataFrame, dict[str, Any]]:
    """The drops of a near-duplicate search over a KeyTable of ``near_keys``: ``_row``,
    ``kept_row``, ``kept_id``, ``group_size``, ``similarity`` (exact, to the kept twin), and the
    search's figures for the report. Drops follow ``star_drops`` over the verified pairs, which
    needs only the paired records' rank values."""
    rows = keys.column("_row").to_numpy()
    left, right = candidates_from_keys(keys, cfg)
    n_cand = len(left)
    sim = np.zeros(0, dtype=np.float64)
    if n_cand:
        ok, sim = verify_in_blocks(keys, rows, left, right, cfg)
        left, right, sim = left[ok], right[ok], sim[ok]
    stats = {"candidates": n_cand, "verified_pairs": len(left), "bands": cfg.bands, "rows": cfg.rows}
    drops = paired_drops(keys.select, keys.names, left, right, sim, keys.height, keep)
    stats["dropped"] = drops.height
    return drops, stats


def paired_drops(select: Any, names: list[str], left: np.ndarray, right: np.ndarray, sim: np.ndarray,
                 n: int, keep: str) -> pl.DataFrame:
    """``star_drops`` over verified pairs named by dense index into ``n`` keys; ``select(names,
    mask)`` gives the paired records' ``_row``, ``id`` and rank values, in key order."""
    from curate.dedup.groups import RANK_PREFIX

    schema = {"_row": pl.Int64, "kept_row": pl.Int64, "kept_id": pl.Utf8, "group_size": pl.Int64,
              "similarity": pl.Float64}
    if not len(left):
        return pl.DataFrame(schema=schema)
    nodes = np.unique(np.concatenate([left, right]))
    mask = np.zeros(n, dtype=bool)
    mask[nodes] = True
    frame = select(["_row", "id"] + [c for c in names if c.startswith(RANK_PREFIX)], mask)
    d = star_drops(frame, np.searchsorted(nodes, left), np.searchsorted(nodes, right), sim, keep)
    rows = frame["_row"].to_numpy()
    return d.with_columns(pl.Series("kept_row", rows[d["kept_idx"].to_numpy()], dtype=pl.Int64)).select(
        list(schema))


def near_drops(df: pl.DataFrame, cfg: NearDupConfig, keep: str) -> tuple[pl.DataFrame, dict[str, Any]]:
    """The records of ``df`` to drop as near-duplicates of a kept one (``_row``, ``kept_row``,
    ``kept_id``, ``group_size``, ``similarity``: the exact Jaccard to the kept twin; ``star_drops``,
    so each drop is within the threshold of its own kept twin) and the search's figures for the
    report. The keyed path over one table: what every engine runs."""
    from curate.stage import FrameKeys

    return near_decide(FrameKeys(near_keys(df, cfg, keep), df), cfg, keep)
