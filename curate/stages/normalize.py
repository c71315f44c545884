"""The ``normalize`` stage: the adapter over ``curate.normalize.fields`` (every rule lives there).

Each change is one ``fix`` finding per record, code and field; ``norm.empty_instruction`` drops a
record whose instruction ended up empty. See curate/normalize/fields.py for the steps and their order.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from curate.normalize.fields import (
    _BY_CODE,
    DEFAULT_BRACKETED_PLACEHOLDERS,
    DEFAULT_PLACEHOLDERS,
    EMPTY_INSTRUCTION,
    FIX_CODES,
    T2S,
    NormalizeConfig,
    _placeholder_key,
    may_change,
    normalize_field,
)
from curate.schema import HISTORY_DTYPE, TEXT_FIELDS
from curate.stage import Findings, RecordStage, StageResult


class Normalize(RecordStage):
    """Repair instruction, input, output, system and history texts; every change is a finding.

    Parameters: ``placeholders`` / ``bracketed_placeholders`` replace the default no-input marker
    lists (see DEFAULT_PLACEHOLDERS for why 'None' and '无' are not in them); ``t2s: true`` turns on
    Traditional → Simplified conversion (the same as ``actions: {norm.t2s: fix}``).
    """

    kind = "normalize"
    codes = (*FIX_CODES, EMPTY_INSTRUCTION)
    FIELDS = TEXT_FIELDS

    def __init__(self, placeholders: Sequence[str] | None = None,
                 bracketed_placeholders: Sequence[str] | None = None, t2s: bool = False,
                 **kw: Any) -> None:
        super().__init__(**kw)
        if t2s:
            self._policy.setdefault(T2S.code, "fix")
        for c in FIX_CODES:
            if self.action(c) not in ("fix", "off"):
                raise ValueError(f"{self.name}: {c.code} changes text; its action can only be "
                                 f"'fix' or 'off', not {self.action(c)!r}")
        self.placeholders = list(DEFAULT_PLACEHOLDERS if placeholders is None else placeholders)
        self.bracketed_placeholders = list(DEFAULT_BRACKETED_PLACEHOLDERS
                                           if bracketed_placeholders is None
                                           else bracketed_placeholders)
        for p in (*self.placeholders, *self.bracketed_placeholders):
            if not isinstance(p, str) or not _placeholder_key(p)[0]:
                raise ValueError(f"{self.name}: placeholders must be non-empty strings")
        self.config = NormalizeConfig(
            placeholders=frozenset(_placeholder_key(p)[0] for p in self.placeholders),
            bracketed_placeholders=frozenset(_placeholder_key(p)[0]
                                             for p in self.bracketed_placeholders),
            enabled=frozenset(c.code for c in FIX_CODES if self.enabled(c)))
        self.t2s = self.enabled(T2S)

    def _fix_column(self, name: str, col: pl.Series, rows: list[int], f: Findings) -> pl.Series:
        mask = may_change(name, col, self.config)
        idx = mask.arg_true()
        if idx.len() == 0:
            return col
        olds = col.gather(idx).to_list()
        news = []
        for i, old in zip(idx.to_list(), olds):
            new, changes = normalize_field(name, old, self.config)
            news.append(new)
            for ch in changes:
                f.add(rows[i], _BY_CODE[ch.code], field=name, detail=ch.detail, action="fix")
        return col.scatter(idx, pl.Series(news, dtype=pl.Utf8))

    def _fix_history(self, col: pl.Series, rows: list[int], f: Findings) -> pl.Series:
        values = col.to_list()
        changed = False
        for i, hist in enumerate(values):
            if not hist:
                continue
            seen: dict[str, str] = {}
            new_hist = []
            for turn in hist:
                new_turn = []
                for t in turn or ():
                    new, changes = normalize_field("history", t, self.config)
                    new_turn.append(new)
                    for ch in changes:
                        seen.setdefault(ch.code, ch.detail)
                new_hist.append(new_turn if turn is not None else None)
            if seen:
                changed = True
                values[i] = new_hist
                # one finding per (record, code, field): the turns of one history share one.
                for code in (c.code for c in FIX_CODES):
                    if code in seen:
                        f.add(rows[i], _BY_CODE[code], field="history", detail=seen[code],
                              action="fix")
        if not changed:
            return col
        return pl.Series(col.name, values, dtype=HISTORY_DTYPE)

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        rows = batch["_row"].to_list()
        new_cols = []
        for name in self.FIELDS:
            if name in batch.columns:
                col = batch[name]
                if col.dtype != pl.Utf8:
                    col = col.cast(pl.Utf8)
                new_cols.append(self._fix_column(name, col, rows, f).alias(name))
        if "history" in batch.columns and batch["history"].null_count() < batch.height:
            new_cols.append(self._fix_history(batch["history"], rows, f).alias("history"))
        batch = batch.with_columns(new_cols)
        if self.enabled(EMPTY_INSTRUCTION):
            empty = batch.select(
                (pl.col("instruction").fill_null("") == "").arg_true().alias("i"))["i"].to_list()
            for i in empty:
                self.emit(f, rows[i], EMPTY_INSTRUCTION, field="instruction",
                          detail="instruction: empty after normalization")
        findings = f.frame()
        if findings.height:
            # fix findings of one row come field by field; keep the frame in _row order.
            findings = findings.sort("_row", maintain_order=True)
        return StageResult(batch, findings)
