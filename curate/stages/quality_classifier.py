"""Score records with a trained quality classifier (curate/quality/classifier.py).

Adds ``quality_score`` (Float64, P(good), rounded to 1e-4 so a record's bytes do not depend on the
batch it was embedded with) and flags ``quality.classifier_low`` when the score is below the model's
threshold (or ``flag_below``). Train a model with ``curate score --train-classifier LABELS -o
model.json IN`` or ``curate.quality.classifier.train_classifier``.
"""
from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import polars as pl

from curate.stage import Findings, RecordStage, StageResult, declare

LOW = declare("quality.classifier_low", "flag", "info",
              "the quality classifier scored the record below its threshold")


class QualityClassifier(RecordStage):
    """Parameters: ``model`` (path of a saved classifier JSON, required), ``column``
    ("quality_score"), ``flag_below`` (default: the model's threshold), ``embedder`` (default: the
    one the model was trained with; another spec of the same model, e.g. another endpoint URL,
    may be given; a different model is refused before any data is read)."""

    kind = "quality_classifier"
    codes = (LOW,)
    adds_columns: ClassVar[dict[str, Any]] = {"quality_score": pl.Float64}

    def __init__(self, model: str = "", column: str = "quality_score", flag_below: float | None = None,
                 embedder: Any = None, **kw: Any) -> None:
        super().__init__(**kw)
        if not model:
            raise ValueError("quality_classifier: 'model' (a saved classifier .json) is required")
        from curate.quality.classifier import QualityModel

        self.model_path = str(model)
        self.model = QualityModel.load(model)  # fail before any data is read
        self.column = column
        self.adds_columns = {column: pl.Float64}  # type: ignore[misc]
        self.flag_below = self.model.threshold if flag_below is None else float(flag_below)
        self._emb = self.model._embedder(embedder)  # nothing loads yet; a mismatch fails now

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        p = self.model.predict(batch, self._emb) if batch.height else np.zeros(0)
        p = np.round(p, 4)
        for row, s in zip(batch["_row"].to_list(), p.tolist()):
            if s < self.flag_below:
                self.emit(f, row, LOW, detail=f"{self.column} {s:.3f} < {self.flag_below:g}")
        return StageResult(batch.with_columns(pl.Series(self.column, p.tolist(), dtype=pl.Float64)),
                           f.frame())
