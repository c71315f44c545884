"""N-gram overlap between training records and an evaluation set (decontamination).

Both sides are tokenized the same way as near-dup (NFKC, lower case, punctuation and spacing
dropped; CJK one token per character) and cut into n-grams: ``word_ngram`` words for spaced text,
``char_ngram`` characters for CJK. A text shorter than n is one gram, its whole token sequence, so a
short evaluation prompt matches a training text only when the two are equal after normalization
(a short prompt such as "Translate the sentence into French." inside a longer training text is a
template, not a leak). The n-gram length is mixed into every hash, so a short text's gram never
equals an n-gram of a longer one.

The join of the two gram tables gives, per (training record, eval record), the number of distinct
shared grams; ``coverage`` is that number over the eval record's distinct grams.
"""
from __future__ import annotations

import numpy as np
import polars as pl

from curate.dedup.shingles import ShingleSets, shingle


def gram_sets(texts: pl.Series, word_ngram: int, char_ngram: int) -> ShingleSets:
    return shingle(texts, word_ngram, char_ngram, dedupe=True)


def overlaps(train: ShingleSets, evals: ShingleSets) -> pl.DataFrame:
    """Rows ``train_idx, eval_idx, shared, eval_grams, coverage`` for every pair sharing a gram."""
    schema = {"train_idx": pl.Int64, "eval_idx": pl.Int64, "shared": pl.Int64,
              "eval_grams": pl.Int64, "coverage": pl.Float64}
    if len(train.hashes) == 0 or len(evals.hashes) == 0:
        return pl.DataFrame(schema=schema)
    ev = pl.DataFrame({"eval_idx": evals.record_ids(), "h": evals.hashes})
    # only training grams that occur in the eval set go further (a semi-join on the hash)
    tr = pl.DataFrame({"train_idx": train.record_ids(), "h": train.hashes})
    tr = tr.join(ev.select("h").unique(), on="h", how="semi")
    if tr.is_empty():
        return pl.DataFrame(schema=schema)
    sizes = pl.DataFrame({"eval_idx": np.arange(len(evals), dtype=np.int64),
                          "eval_grams": evals.sizes().astype(np.int64)})
    return (tr.join(ev, on="h").group_by("train_idx", "eval_idx").len("shared")
            .join(sizes, on="eval_idx")
            .with_columns((pl.col("shared") / pl.col("eval_grams")).alias("coverage"))
            .select(pl.col("train_idx").cast(pl.Int64), pl.col("eval_idx").cast(pl.Int64),
                    pl.col("shared").cast(pl.Int64), "eval_grams", "coverage")
            .sort("train_idx", "coverage", "eval_idx", descending=[False, True, False]))
