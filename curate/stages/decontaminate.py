"""Decontamination: drop training records whose instruction/input overlap an evaluation set.

A training record is contaminated when it shares at least ``min_shared`` distinct n-grams with one
evaluation record and they cover at least ``min_coverage`` of that record's n-grams. Defaults: 13-word
n-grams for spaced text (the GPT-3 contamination criterion), 13-character n-grams for CJK, one
shared n-gram, any coverage. On the real samples here (docs/dedup.md) 13-grams flagged only true
leaks (an evaluation passage reused in a training input); Chinese 8-character grams matched
instruction templates ("…的例子，并解释为什么…"), 10 and 13 did not. Texts shorter than n match only
when equal after normalization. The reject names the evaluation record (``twin_id``: its id; detail:
file and line) and ``similarity`` is the coverage.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

from curate.dedup.codes import OVERLAP
from curate.dedup.overlap import gram_sets, overlaps
from curate.dedup.shingles import compare_text
from curate.schema import field_list
from curate.stage import Findings, GlobalStage, StageResult


class Decontaminate(GlobalStage):
    """Parameters: ``against`` (eval file(s) or glob; any format curate reads), ``fields``
    (training side, instruction + input), ``against_fields`` (eval side, same by default),
    ``word_ngram`` (13), ``char_ngram`` (13), ``min_shared`` (1), ``min_coverage`` (0.0),
    ``against_map`` (field mapping for the eval file, e.g. {instruction: question})."""

    kind = "decontaminate"
    codes = (OVERLAP,)

    def __init__(self, against: Any = None, fields: Any = ("instruction", "input"),
                 against_fields: Any = None, word_ngram: int = 13, char_ngram: int = 13,
                 min_shared: int = 1, min_coverage: float = 0.0, against_map: Any = None,
                 **kw: Any) -> None:
        super().__init__(**kw)
        if not against:
            raise ValueError("decontaminate: 'against' (the evaluation file) is required")
        paths = [against] if isinstance(against, (str, Path)) else list(against)
        self.against = [str(p) for p in paths]
        for p in self.against:
            if not any(c in p for c in "*?[") and not Path(p).exists():
                raise ValueError(f"decontaminate: evaluation file not found: {p}")
        fields = field_list(fields)
        self.fields = tuple(fields)
        af = against_fields or self.fields
        self.against_fields = tuple(x.strip() for x in af.split(",")) if isinstance(af, str) else tuple(af)
        if int(word_ngram) < 1 or int(char_ngram) < 1 or int(min_shared) < 1:
            raise ValueError("decontaminate: n-gram sizes and min_shared must be >= 1")
        self.word_ngram, self.char_ngram = int(word_ngram), int(char_ngram)
        self.min_shared = int(min_shared)
        self.min_coverage = float(min_coverage)
        self.against_map = against_map
        self._eval: pl.DataFrame | None = None
        self._notes: list[str] = []

    def eval_records(self) -> pl.DataFrame:
        if self._eval is None:
            from curate.io.readers import read

            opts = {"mapping": self.against_map} if self.against_map else {}
            ds = read(self.against if len(self.against) > 1 else self.against[0], **opts)
            self._eval = ds.records
            if ds.rejects:
                self._notes.append(f"evaluation set: {len(ds.rejects)} unreadable row(s) ignored")
            if self._eval.height == 0:
                raise ValueError(f"decontaminate: no evaluation records in {', '.join(self.against)}")
        return self._eval

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        if batch.height == 0 or not self.enabled(OVERLAP):
            return StageResult(batch, f.frame())
        ev = self.eval_records()
        train_sets = gram_sets(compare_text(batch, self.fields), self.word_ngram, self.char_ngram)
        eval_sets = gram_sets(compare_text(ev, self.against_fields), self.word_ngram, self.char_ngram)
        hits = overlaps(train_sets, eval_sets).filter(
            (pl.col("shared") >= self.min_shared) & (pl.col("coverage") >= self.min_coverage))
        best = hits.group_by("train_idx", maintain_order=True).first()  # highest coverage first
        if best.is_empty():
            return StageResult(batch, f.frame())
        rows = batch["_row"].to_numpy()
        ev_id, ev_file, ev_line = ev["id"].to_list(), ev["_src_file"].to_list(), ev["_src_line"].to_list()
        what = "+".join(self.fields)
        for ti, ei, shared, grams, cov in best.select(
                "train_idx", "eval_idx", "shared", "eval_grams", "coverage").iter_rows():
            where = f"{ev_file[ei]}:{ev_line[ei]}"
            name = ev_id[ei] if ev_id[ei] == where else f"{ev_id[ei]} ({where})"
            self.emit(f, int(rows[ti]), OVERLAP, twin_id=ev_id[ei], similarity=round(cov, 4),
                      field=what,
                      detail=f"overlaps evaluation record {name}: {shared} of its {grams} "
                             f"n-gram(s) found in {what}")
        return StageResult(batch, f.frame())

    def notes(self) -> list[str]:
        return list(self._notes)
