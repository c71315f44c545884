"""Near-duplicate dedup: MinHash LSH over script-aware shingles, verified by exact Jaccard.

See docs/dedup.md. Every removed record is a ``dedup.near`` finding naming the kept twin
(``twin_id``) and the exact similarity to it.
"""
from __future__ import annotations

from typing import Any

import polars as pl

from curate.dedup.codes import NEAR
from curate.dedup.groups import validate_policy
from curate.dedup.near import NearDupConfig, near_decide, near_keys
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, KeyTable


class NearDedup(GlobalStage):
    """Group records whose compared fields have Jaccard >= ``threshold``; keep one per group.

    Parameters: ``threshold`` (0.8), ``fields`` (instruction, input; add output to compare answers
    too), ``match`` ("combined": one Jaccard over the fields as one text, the default; "all": each
    non-empty field must reach the threshold; "any": one field reaching it is enough; see
    curate/dedup/near.py for why combined is the default), ``word_ngram`` (2) / ``char_ngram`` (2)
    shingle sizes for spaced / CJK text, ``num_perm`` (128), ``bands``/``rows`` (default: derived
    with ``weights`` (0.02, 0.98), which favour recall), ``keep`` (first | longest_output |
    highest:COL | lowest:COL), ``seed``, ``max_bucket``.
    """

    kind = "near_dedup"
    codes = (NEAR,)
    keyed = True  # keys: band hashes + rank values (~200 bytes a record); see docs/scale.md

    def __init__(self, threshold: float = 0.8, fields: Any = ("instruction", "input"),
                 match: str = "combined", word_ngram: int = 2, char_ngram: int = 2,
                 num_perm: int = 128, bands: int | None = None, rows: int | None = None,
                 weights: Any = (0.02, 0.98), keep: str = "first", seed: int = 1,
                 max_bucket: int = 32, **kw: Any) -> None:
        super().__init__(**kw)
        fields = field_list(fields)
        self.cfg = NearDupConfig(threshold=float(threshold), fields=tuple(fields), match=match,
                                 word_ngram=int(word_ngram), char_ngram=int(char_ngram),
                                 num_perm=int(num_perm), bands=bands, rows=rows,
                                 weights=tuple(weights), seed=int(seed),
                                 max_bucket=int(max_bucket))
        self.keep = validate_policy(keep)

    def keys(self, batch: pl.DataFrame) -> pl.DataFrame:
        return near_keys(batch, self.cfg, self.keep)

    def decide(self, keys: KeyTable) -> pl.DataFrame:
        f = Findings()
        if keys.height < 2 or not self.enabled(NEAR):
            return f.frame()
        drops, self.stats = near_decide(keys, self.cfg, self.keep)
        self.emit_drops(f, drops)
        return f.frame()

    def emit_drops(self, f: Findings, drops: pl.DataFrame) -> None:
        """One ``dedup.near`` finding per drop (the engines' shuffle path calls this too)."""
        what = ("+" if self.cfg.match == "combined" else ("&" if self.cfg.match == "all" else "|")).join(self.cfg.fields)
        self.emit_twins(f, drops, NEAR, field=what,
                        detail="near-duplicate of {kept_id} (Jaccard {similarity:.3f} on " + what
                               + ", group of {size})")
