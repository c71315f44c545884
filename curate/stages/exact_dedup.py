"""Exact duplicates: records whose normalized content hashes are equal (docs/design.md §2)."""
from __future__ import annotations

import polars as pl

from curate.dedup.groups import pick_kept, validate_policy
from curate.stage import Findings, GlobalStage, StageResult, declare

EXACT = declare("dedup.exact", "drop", "warning",
                "same normalized instruction, input, output (and system/history) as a kept record")


class ExactDedup(GlobalStage):
    """Group by ``content_hash``; keep one record per group by the keep policy."""

    kind = "exact_dedup"
    codes = (EXACT,)

    def __init__(self, keep: str = "first", **kw) -> None:
        super().__init__(**kw)
        self.keep = validate_policy(keep)

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        dups = pick_kept(batch, "content_hash", self.keep)
        for row, kept_id in dups.select("_row", "kept_id").iter_rows():
            self.emit(f, row, EXACT, twin_id=kept_id, similarity=1.0, detail=f"exact duplicate of {kept_id}")
        return StageResult(batch, f.frame())
