"""Exact duplicates: records whose normalized content hashes are equal (docs/design.md §2)."""
from __future__ import annotations

import polars as pl

from curate.dedup.groups import pick_kept, rank_columns, validate_policy
from curate.stage import Findings, GlobalStage, KeyTable, declare

EXACT = declare("dedup.exact", "drop", "warning",
                "same normalized instruction, input, output (and system/history) as a kept record")


class ExactDedup(GlobalStage):
    """Group by ``content_hash``; keep one record per group by the keep policy.

    Keyed: per record it keeps ``_row``, ``id``, ``content_hash`` and the policy's rank values
    (about 80 bytes), and groups never span two hashes, so a distributed engine decides each hash
    partition on its own."""

    kind = "exact_dedup"
    codes = (EXACT,)
    keyed = True
    partition_key = "content_hash"

    def __init__(self, keep: str = "first", **kw) -> None:
        super().__init__(**kw)
        self.keep = validate_policy(keep)

    def keys(self, batch: pl.DataFrame) -> pl.DataFrame:
        return batch.select("_row", "id", "content_hash", *rank_columns(batch, self.keep))

    def decide(self, keys: KeyTable) -> pl.DataFrame:
        f = Findings()
        if not self.enabled(EXACT) or keys.height == 0:
            return f.frame()
        # only hashes seen twice can form a group: decide on those rows (a tenth of 10M, not all)
        dup = keys.column("content_hash").is_duplicated().to_numpy()
        frame = keys.select(keys.names, mask=dup)
        if "_rk_known" in keys.names:  # whether the score exists is a fact about all the records
            known = bool(keys.column("_rk_known").any())
            if not known:
                pick_kept(keys.select(keys.names).head(1), "content_hash", self.keep)  # the one clear error
            frame = frame.with_columns(pl.lit(known).alias("_rk_known"))
        dups = pick_kept(frame, "content_hash", self.keep)
        for row, kept_id in dups.select("_row", "kept_id").iter_rows():
            self.emit(f, row, EXACT, twin_id=kept_id, similarity=1.0, detail=f"exact duplicate of {kept_id}")
        return f.frame()

