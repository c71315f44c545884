"""The ``ifd`` stage: adds ``ppl`` and ``ifd`` columns with the scorer in ``curate.quality.ifd``
(Cherry-LLM's IFD with a small local LM; the method and its choices are documented there)."""
from __future__ import annotations

from typing import Any

import polars as pl

from curate.quality.ifd import IFD_HIGH, IFD_UNSCORED, IFDScorer
from curate.schema import CONTENT_FIELDS
from curate.stage import Findings, RecordStage, StageResult

IFD_COLUMNS = {"ppl": pl.Float64, "ifd": pl.Float64}


class IFDScore(RecordStage):
    """Adds ``ppl`` (perplexity of the output given the prompt) and ``ifd`` (Float64); flags
    ``quality.ifd_high`` when ifd >= ``flag_at`` (1.0) and ``quality.ifd_unscored`` when the output
    has no tokens. Parameters: ``model`` ("smollm2" or a local HF path), ``template`` (auto | chat |
    alpaca, as the trainer renders), ``max_length`` (1024), ``batch_tokens`` (4096), ``dtype``
    ("float32"), ``device`` ("cpu"), ``threads`` (torch threads, process-wide; default torch's
    choice), ``progress`` (curate.progress on stderr; default: the verb's policy, a bar on a terminal).
    """

    kind = "ifd"
    codes = (IFD_HIGH, IFD_UNSCORED)
    adds_columns = IFD_COLUMNS

    def __init__(self, model: str = "smollm2", template: str = "auto", max_length: int = 1024,
                 batch_tokens: int = 4096, dtype: str = "float32", device: str = "cpu",
                 threads: int | None = None, flag_at: float = 1.0, progress: bool | None = None,
                 **kw: Any) -> None:
        super().__init__(**kw)
        if max_length < 8:
            raise ValueError("ifd: max_length must be at least 8 tokens")
        self.flag_at = float(flag_at)
        self.scorer = IFDScorer(str(model), template=template, max_length=max_length,
                                batch_tokens=batch_tokens, dtype=dtype, device=device, threads=threads,
                                progress=progress)

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        cols = [c for c in CONTENT_FIELDS if c in batch.columns]
        records = batch.select(cols).to_dicts() if batch.height else []
        scores = self.scorer.score(records) if records else []
        ppl = [s["ppl"] for s in scores]
        ifd = [s["ifd"] for s in scores]
        for row, s in zip(batch["_row"].to_list(), scores):
            if s["ifd"] is None:
                self.emit(f, row, IFD_UNSCORED, field="output", detail="no output tokens to score")
            elif s["ifd"] >= self.flag_at:
                self.emit(f, row, IFD_HIGH, field="output",
                          detail=f"ifd {s['ifd']:.3f} >= {self.flag_at:g} (output loss "
                                 f"{s['loss']:.3f} with the instruction, {s['loss_alone']:.3f} without)")
        batch = batch.with_columns(pl.Series("ppl", ppl, dtype=pl.Float64),
                                   pl.Series("ifd", ifd, dtype=pl.Float64))
        return StageResult(batch, f.frame())
