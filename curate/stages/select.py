"""Select records by a score column: a threshold (min/max), the top-k, or the top p%.

Scores are measured by other stages (``ifd``, ``judge``, ``quality_classifier``, any numeric column,
or a score an earlier run wrote, which comes back inside ``_extra``); this stage is only the policy.
Every record it does not select is dropped with a code saying why, so the rejects file holds the
score and the reason for each one:

    select.no_score          the record has no score in the column (e.g. empty output for ifd)
    select.below_threshold   score < min
    select.above_threshold   score > max, or score >= below
    select.not_top           outside the top-k / top-% (ranked best first; ties broken by input order)

The length of what was selected vs what was not is measured on every run (``stats["length"]``, the stage report):
judges and IFD favour long answers, so a selection that mostly picks length should be visible.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np
import polars as pl

from curate.quality.columns import length_note, length_report, score_series
from curate.stage import Findings, GlobalStage, StageResult, declare

NO_SCORE = declare("select.no_score", "drop", "warning",
                   "not selected: the record has no value in the score column")
BELOW = declare("select.below_threshold", "drop", "info", "not selected: score below the minimum")
ABOVE = declare("select.above_threshold", "drop", "info", "not selected: score above the maximum")
NOT_TOP = declare("select.not_top", "drop", "info", "not selected: outside the top-k / top-% by score")


class Select(GlobalStage):
    """Parameters: ``by`` (score column, required), ``min`` / ``max`` (inclusive bounds), ``below``
    (exclusive upper bound: keep scores < below; ``curate select --by ifd`` sets 1.0, Cherry-LLM's
    IFD < 1 cut), ``top_k`` or ``top_pct`` (of all records the stage sees), ``order`` ("desc": higher
    is better, the default; "asc" for scores where lower is better, such as ppl).

    Thresholds are applied first, then the top-k/top-% is taken among the records that passed.
    """

    kind = "select"
    codes = (NO_SCORE, BELOW, ABOVE, NOT_TOP)

    def __init__(self, by: str = "", min: float | None = None, max: float | None = None,
                 top_k: int | None = None, top_pct: float | None = None, order: str = "desc",
                 below: float | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        if not by:
            raise ValueError("select: 'by' (the score column) is required")
        if top_k is not None and top_pct is not None:
            raise ValueError("select: give top_k or top_pct, not both")
        if top_k is not None and int(top_k) < 0:
            raise ValueError("select: top_k must be >= 0")
        if top_pct is not None and not 0 <= float(top_pct) <= 100:
            raise ValueError("select: top_pct must be between 0 and 100")
        if order not in ("desc", "asc"):
            raise ValueError("select: order must be 'desc' (higher is better) or 'asc'")
        if min is not None and max is not None and float(min) > float(max):
            raise ValueError("select: min is larger than max")
        if below is not None and min is not None and float(min) >= float(below):
            raise ValueError("select: min is not below 'below'")
        self.by = by
        self.below = None if below is None else float(below)
        self.min = None if min is None else float(min)
        self.max = None if max is None else float(max)
        self.top_k = None if top_k is None else int(top_k)
        self.top_pct = None if top_pct is None else float(top_pct)
        self.order = order

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        n = batch.height
        scores = score_series(batch, self.by).to_numpy().astype(np.float64) if n else np.zeros(0)
        rows = batch["_row"].to_numpy()
        selected = np.ones(n, dtype=bool)
        null = np.isnan(scores)

        def drop(mask: np.ndarray, code, why) -> None:
            nonlocal selected
            hit = mask & selected
            for i in np.flatnonzero(hit).tolist():
                self.emit(f, int(rows[i]), code, field=self.by, detail=why(scores[i]))
            if self.enabled(code) and self.action(code) == "drop":
                selected &= ~hit

        drop(null, NO_SCORE, lambda v: f"no {self.by} score")
        if self.min is not None:
            drop(~null & (scores < self.min), BELOW, lambda v: f"{self.by} {v:.4g} < min {self.min:g}")
        if self.max is not None:
            drop(~null & (scores > self.max), ABOVE, lambda v: f"{self.by} {v:.4g} > max {self.max:g}")
        if self.below is not None:
            drop(~null & (scores >= self.below), ABOVE,
                 lambda v: f"{self.by} {v:.4g} not below {self.below:g}")
        k = self._k(n)
        if k is not None:
            cand = np.flatnonzero(selected & ~null)
            # best first; input order (_row) breaks ties, so the choice is deterministic
            key = -scores[cand] if self.order == "desc" else scores[cand]
            ranked = cand[np.lexsort((rows[cand], key))]
            cut = scores[ranked[k - 1]] if 0 < k <= len(ranked) else None
            out = np.zeros(n, dtype=bool)
            out[ranked[k:]] = True
            what = f"top {self.top_k}" if self.top_k is not None else f"top {self.top_pct:g}%"
            drop(out, NOT_TOP, lambda v: (f"{self.by} {v:.4g} outside the {what} (cut at {cut:.4g})"
                                          if cut is not None else f"outside the {what}"))
        self.stats = {"stage": self.name, "by": self.by, "in": n, "selected": int(selected.sum()),
                           "not_selected": int(n - selected.sum()),
                           "length": length_report(batch, selected) if n else {}}
        return StageResult(batch, f.frame())

    def notes(self) -> list[str]:
        return length_note(self.stats)

    def _k(self, n: int) -> int | None:
        if self.top_k is not None:
            return self.top_k
        if self.top_pct is not None:
            return math.floor(self.top_pct * n / 100 + 0.5)
        return None
