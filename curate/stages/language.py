"""The ``language`` stage: one language code per record, and optionally a policy on it.

It measures (adds ``lang``) and, only when ``keep`` is given, decides: a record whose language is not
in the list gets ``lang.unwanted`` (default drop). The language is that of the task, i.e. of the
instruction and input read together, the instruction winning when its own language is clear (an English
task over a Chinese passage is English; curate.normalize.langcheck.task_languages); the output is left
out on purpose, because a translation task's
output is in another language than the task itself.
"""
from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from curate.normalize.lang import detect_languages
from curate.normalize.langcheck import task_languages
from curate.stage import Findings, RecordStage, StageResult, declare

UNWANTED = declare("lang.unwanted", "drop", "warning",
                   "the record's language (instruction + input) is not in the stage's 'keep' list")


class DetectLanguage(RecordStage):
    """Add ``lang`` (ISO 639-1 or 'und') from ``fields`` joined by a newline; with ``keep``, emit
    ``lang.unwanted`` for any other language ('und' included unless listed)."""

    kind = "language"
    codes = (UNWANTED,)
    adds_columns = {"lang": pl.Utf8}

    def __init__(self, fields: Sequence[str] = ("instruction", "input"),
                 keep: Sequence[str] | None = None, **kw) -> None:
        super().__init__(**kw)
        if isinstance(fields, str):
            fields = [fields]
        if not fields:
            raise ValueError(f"{self.name}: 'fields' must name at least one field")
        self.fields = list(fields)
        if isinstance(keep, str):
            keep = [keep]
        if keep is not None:
            bad = [k for k in keep if not isinstance(k, str) or not k]
            if bad or not keep:
                raise ValueError(f"{self.name}: 'keep' must be a non-empty list of language codes "
                                 f"such as [en, zh]")
        self.keep = None if keep is None else [k.lower() for k in keep]

    def process(self, batch: pl.DataFrame) -> StageResult:
        missing = [f for f in self.fields if f not in batch.columns]
        if missing:
            raise ValueError(f"{self.name}: field(s) {missing} are not columns of the data")
        if self.fields == ["instruction", "input"]:  # the task's language (see task_languages)
            langs = task_languages(batch["instruction"].to_list(), batch["input"].to_list())
        else:
            # Empty or null parts are left out so that "instruction\n" and "instruction" read the same.
            joined = batch.select(
                pl.concat_str([pl.col(f).cast(pl.Utf8) for f in self.fields], separator="\n",
                              ignore_nulls=True).alias("t"))["t"]
            langs = detect_languages(joined.to_list())
        batch = batch.with_columns(pl.Series("lang", langs, dtype=pl.Utf8))
        f = Findings()
        if self.keep is not None and self.enabled(UNWANTED):
            wanted = set(self.keep)
            for row, lang in zip(batch["_row"].to_list(), langs):
                if lang not in wanted:
                    self.emit(f, row, UNWANTED, field=",".join(self.fields),
                              detail=f"language {lang} is not in keep [{', '.join(self.keep)}]")
        return StageResult(batch, f.frame())
