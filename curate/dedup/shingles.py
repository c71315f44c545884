"""Script-aware shingling, vectorized.

A record's comparison text (by default instruction + input) is normalized the way ``curate.text``
tokenizes — NFKC, lower case, punctuation and spacing dropped, every CJK character one token and
every run of other letters/digits one word — so pairs that differ only by case, punctuation or
spacing get the same shingles. Shingles are then n-grams over those tokens with n chosen per record
by script: ``word_ngram`` for spaced text (English: word n-grams), ``char_ngram`` for CJK text
(Chinese: character n-grams; word shingles would give a Chinese record one shingle and zero recall).

Short texts (fewer tokens than n) get one shingle of their own: their whole token sequence. They are
never given an empty set (a peer tool gives every short text the same empty signature and collapses
them into one group) and never dropped. A text with no word token at all (only punctuation or
symbols) uses its whole normalized form as its one token.

Everything per token runs in polars (Rust regex and string hash, multi-threaded) and numpy: n-gram
hashes are rolling
combinations over the flat token-hash array, so no Python loop runs per shingle or token.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import polars as pl

from curate import text as _text

# The token pattern of curate.text.tokens (one CJK character, or a run of non-CJK word characters).
# Rust's regex engine runs it inside polars; tests check both give the same tokens on real data.
TOKEN_PATTERN = _text.TOKEN_PATTERN
_CJK_PATTERN = _text.CJK_CHAR.pattern
_LETTER_PATTERN = _text.LETTER_PATTERN

_M1 = np.uint64(0x9E3779B97F4A7C15)  # golden-ratio multiplier for the rolling combination
_C1 = np.uint64(0xBF58476D1CE4E5B9)  # splitmix64 finalizer constants
_C2 = np.uint64(0x94D049BB133111EB)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finalizer: spreads a rolling combination over all 64 bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * _C1
    x = x ^ (x >> np.uint64(27))
    x = x * _C2
    return x ^ (x >> np.uint64(31))


def compare_text(df: pl.DataFrame, fields: tuple[str, ...] | list[str]) -> pl.Series:
    """The text a record is compared on: the given fields joined by a newline (nulls as "")."""
    missing = [f for f in fields if f not in df.columns]
    if missing:
        raise ValueError(f"dedup fields {missing} are not columns of the data")
    if len(fields) == 1:
        return df[fields[0]].fill_null("").alias("text")
    return df.select(pl.concat_str([pl.col(f).fill_null("") for f in fields],
                                   separator="\n").alias("text"))["text"]


def normalized(texts: pl.Series) -> pl.Series:
    """NFKC + lower case. ASCII text is NFKC-invariant, so only rows with other characters pay
    for the normalization (most English data skips it)."""
    t = texts.fill_null("")
    wide = t.str.contains(r"[^\x00-\x7f]").to_numpy()
    if wide.any():
        idx = np.flatnonzero(wide)
        t = t.scatter(idx, t.gather(idx).str.normalize("NFKC"))
    return t.str.to_lowercase()


def token_lists(texts: pl.Series) -> pl.Series:
    """Tokens of each text as curate.text.tokens gives them (after NFKC), as a list column."""
    return normalized(texts).str.extract_all(TOKEN_PATTERN).alias("tokens")


def spaced_mask(texts: pl.Series) -> np.ndarray:
    """Per record: True when the text is written with spaces (curate.text.is_spaced, vectorized:
    CJK characters are under 30% of letters)."""
    t = texts.fill_null("")
    cjk = t.str.count_matches(_CJK_PATTERN).to_numpy()
    spaced = np.ones(len(t), dtype=bool)
    idx = np.flatnonzero(cjk > 0)   # letters are counted only where there is CJK at all
    if len(idx):
        letters = t.gather(idx).str.count_matches(_LETTER_PATTERN).to_numpy()
        spaced[idx] = cjk[idx] / np.maximum(letters, 1) < 0.3
    return spaced


# Seed of polars' string hash. Polars only promises the same hash within one polars version; a
# signature is never stored, and candidates are verified exactly, so a different polars version can
# at most change which rare borderline candidate LSH proposes (the manifest records the version).
_SEED = 0x5EEDC0DE


def _hash_strings(values: pl.Series) -> np.ndarray:
    return values.hash(_SEED).to_numpy().astype(np.uint64, copy=False)


def token_hashes(texts: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """Flat uint64 token hashes of each text and per-record offsets (len n+1).

    Tokens are hashed inside polars (multi-threaded, no Python per token). A text with no word token
    (only punctuation or symbols) keeps its whole stripped normalized form as one token, so it is
    still compared (exactly) and never vanishes.
    """
    norm = normalized(texts)
    tokens = norm.str.extract_all(TOKEN_PATTERN)
    lens = tokens.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat_s = tokens.explode().drop_nulls()
    flat = _hash_strings(flat_s) if flat_s.len() else np.zeros(0, dtype=np.uint64)
    starts = np.zeros(len(lens) + 1, dtype=np.int64)
    np.cumsum(lens, out=starts[1:])
    empty = np.flatnonzero(lens == 0)
    if len(empty):
        whole = norm.gather(empty).str.replace_all(r"\s+", " ").str.strip_chars()
        keep = (whole.str.len_bytes() > 0).to_numpy()
        if keep.any():
            rows = empty[keep]
            flat = np.insert(flat, starts[rows], _hash_strings(whole.filter(pl.Series(keep))))
            lens[rows] = 1
            np.cumsum(lens, out=starts[1:])
    return flat, starts


def ngram_hashes(flat: np.ndarray, offsets: np.ndarray, n_per_record: np.ndarray,
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the n-grams of each record's token sequence (n may differ per record).

    A record with L tokens, 0 < L < n, gets one shingle: all L tokens. A record with no tokens gets
    none. Returns (hashes, offsets) with the shingles of record i at hashes[offsets[i]:offsets[i+1]],
    not yet deduplicated. The n-gram length is mixed into the hash, so a 2-token whole-text shingle
    never equals a 3-gram of another record.
    """
    n_rec = len(offsets) - 1
    lens = np.diff(offsets)
    n_per_record = np.asarray(n_per_record, dtype=np.int64)
    k = np.minimum(n_per_record, lens)               # gram length actually used per record
    count = np.where(lens > 0, lens - k + 1, 0)      # shingles per record
    total = len(flat)
    if total == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(n_rec + 1, dtype=np.int64)
    rec_of = np.repeat(np.arange(n_rec), lens)
    pos = np.arange(total, dtype=np.int64) - offsets[:-1][rec_of]   # position inside the record
    valid = pos < count[rec_of]
    k_tok = k[rec_of]
    out = np.zeros(total, dtype=np.uint64)
    acc = flat.copy()
    kmax = int(k.max()) if n_rec else 0
    with np.errstate(over="ignore"):
        for step in range(1, kmax + 1):
            if step > 1:
                # acc[i] = combine(flat[i : i + step]); positions that run past the end are junk
                # but never selected (valid masks them out)
                nxt = np.zeros(total, dtype=np.uint64)
                nxt[: total - step + 1] = flat[step - 1:]
                acc = acc * _M1 + nxt
            sel = valid & (k_tok == step)
            if sel.any():
                out[sel] = _mix(acc[sel] ^ np.uint64(step))
    hashes = out[valid]
    new_offsets = np.zeros(n_rec + 1, dtype=np.int64)
    np.cumsum(count, out=new_offsets[1:])
    return hashes, new_offsets


@dataclass
class ShingleSets:
    """Per-record shingles, flat: record i owns hashes[offsets[i]:offsets[i+1]].

    The hashes of a record may repeat (a phrase said twice) unless ``deduped``: MinHash ignores
    repeats, and exact Jaccard deduplicates only the records it compares, which saves sorting the
    whole table. Memory: 8 bytes per shingle (about 8 x tokens of the compared text) plus 8 bytes
    per record for offsets and 1 for the script flag.
    """

    hashes: np.ndarray
    offsets: np.ndarray
    spaced: np.ndarray
    deduped: bool = False

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def get(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i]:self.offsets[i + 1]]

    def record_ids(self) -> np.ndarray:
        return np.repeat(np.arange(len(self), dtype=np.int64), self.sizes())


def dedupe_sets(hashes: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sort and deduplicate each record's hashes (a set, as MinHash and Jaccard assume)."""
    n_rec = len(offsets) - 1
    if len(hashes) == 0:
        return hashes, np.zeros(n_rec + 1, dtype=np.int64)
    rec = np.repeat(np.arange(n_rec, dtype=np.int64), np.diff(offsets))
    order = np.lexsort((hashes, rec))
    h, r = hashes[order], rec[order]
    keep = np.ones(len(h), dtype=bool)
    keep[1:] = (h[1:] != h[:-1]) | (r[1:] != r[:-1])
    h, r = h[keep], r[keep]
    new = np.zeros(n_rec + 1, dtype=np.int64)
    np.cumsum(np.bincount(r, minlength=n_rec), out=new[1:])
    return h, new


def shingle(texts: pl.Series | list[str], word_ngram: int = 3, char_ngram: int = 3,
            tag: int = 0, dedupe: bool = True) -> ShingleSets:
    """Shingle sets of texts: word n-grams for spaced text, character n-grams for CJK text.

    ``tag`` (e.g. the field's position) is mixed into every hash, so the same words in two different
    fields are different shingles and per-field sets can be united without clashing."""
    if word_ngram < 1 or char_ngram < 1:
        raise ValueError("shingle sizes must be >= 1")
    s = texts if isinstance(texts, pl.Series) else pl.Series("text", texts, dtype=pl.Utf8)
    cuts = _chunk_cuts(s)
    if len(cuts) > 2:
        parts = [_shingle(s.slice(a, b - a), word_ngram, char_ngram, tag, dedupe)
                 for a, b in itertools.pairwise(cuts)]
        return ShingleSets(np.concatenate([p.hashes for p in parts]),
                           _join_offsets([p.offsets for p in parts]),
                           np.concatenate([p.spaced for p in parts]), dedupe)
    return _shingle(s, word_ngram, char_ngram, tag, dedupe)


# Text shingled at once. Per token the work holds ~70 bytes of temporaries (the token lists, their
# hashes, the rolling n-gram arrays); unchunked, verifying a 400k-record block of the 10M benchmark
# (~100M tokens) peaked at 8.9 GB RSS for about a minute. 16 MB of text (~3M tokens, ~0.2 GB of
# temporaries) costs no measurable speed: polars and numpy are already at full width at that size.
SHINGLE_CHUNK_BYTES = 16 << 20


def _chunk_cuts(s: pl.Series) -> np.ndarray:
    """Record boundaries of consecutive chunks of at most ``SHINGLE_CHUNK_BYTES`` of text (a longer
    single record is a chunk of its own)."""
    if len(s) == 0:
        return np.array([0, 0], dtype=np.int64)
    ends = np.cumsum(s.str.len_bytes().fill_null(0).to_numpy().astype(np.int64))
    if ends[-1] <= SHINGLE_CHUNK_BYTES:
        return np.array([0, len(s)], dtype=np.int64)
    cuts, at, base = [0], 0, 0
    while at < len(s):
        nxt = int(np.searchsorted(ends, base + SHINGLE_CHUNK_BYTES, side="right"))
        nxt = max(nxt, at + 1)
        cuts.append(nxt)
        base, at = int(ends[nxt - 1]), nxt
    return np.array(cuts, dtype=np.int64)


def _join_offsets(offsets: list[np.ndarray]) -> np.ndarray:
    out, base = [np.zeros(1, dtype=np.int64)], 0
    for o in offsets:
        out.append(o[1:] + base)
        base += int(o[-1])
    return np.concatenate(out)


def _shingle(s: pl.Series, word_ngram: int, char_ngram: int, tag: int, dedupe: bool) -> ShingleSets:
    spaced = spaced_mask(s)
    flat, offsets = token_hashes(s)
    n = np.where(spaced, word_ngram, char_ngram)
    h, off = ngram_hashes(flat, offsets, n)
    if tag:
        with np.errstate(over="ignore"):
            h = _mix(h ^ (np.uint64(tag) * _M1))
    if dedupe:
        h, off = dedupe_sets(h, off)
    return ShingleSets(h, off, spaced, dedupe)


def merge(parts: list[ShingleSets]) -> ShingleSets:
    """Per record, the concatenation of several fields' shingles (tag the fields so they differ)."""
    if len(parts) == 1:
        return parts[0]
    sizes = [p.sizes() for p in parts]
    total = np.sum(sizes, axis=0)
    offsets = np.zeros(len(total) + 1, dtype=np.int64)
    np.cumsum(total, out=offsets[1:])
    out = np.empty(int(offsets[-1]), dtype=np.uint64)
    before = np.zeros(len(total), dtype=np.int64)
    for p, sz in zip(parts, sizes):
        dest = (np.repeat(offsets[:-1] + before - p.offsets[:-1], sz)
                + np.arange(len(p.hashes), dtype=np.int64))
        out[dest] = p.hashes
        before += sz
    return ShingleSets(out, offsets, parts[0].spaced, False)


def shingle_tuples(text: str, word_ngram: int = 3, char_ngram: int = 3) -> set[tuple[str, ...]]:
    """Reference implementation in plain Python (tests and explanations): the same shingles as
    tuples of tokens."""
    import unicodedata

    norm = unicodedata.normalize("NFKC", text or "").lower()
    toks = _text._TOKEN.findall(norm)
    if not toks:
        whole = " ".join(norm.split())
        toks = [whole] if whole else []
    n = word_ngram if _text.is_spaced(text or "") else char_ngram
    if not toks:
        return set()
    if len(toks) < n:
        return {tuple(toks)}
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}
