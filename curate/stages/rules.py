"""The ``rules`` stage: run rule packs (rules/*.yaml, user files) over every record.

Measure, then policy: each rule's condition measures the record; its action (the pack's default,
overridden by the recipe's ``actions:`` map or a user file) decides. ``fix`` rules rewrite the field
here, before the checks see it, so audit reports exactly what clean writes. The language a rule
applies to is the record's ``lang`` column (the language stage) or, when the batch has none, the
same detection the language stage uses.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from curate.rules import RECORD_FIELDS, RuleSet, detect_record_langs, load_rules
from curate.schema import get_code
from curate.stage import Findings, RecordStage, StageResult


class Rules(RecordStage):
    kind = "rules"

    def __init__(self, packs: Sequence[str] | str = ("default",), extra: Sequence[str] | str = (),
                 disable: Sequence[str] | str = (), lang_column: str = "lang", **kw: Any) -> None:
        self.packs = [packs] if isinstance(packs, str) else list(packs)
        self.extra = [extra] if isinstance(extra, str) else list(extra)
        self.disable = [disable] if isinstance(disable, str) else list(disable)
        self.lang_column = lang_column
        rules = load_rules(self.packs, extra=self.extra, disable=self.disable)
        # Stage.__init__ checks the recipe's `actions:` against the codes this instance emits,
        # which depend on the packs loaded, so they are set per instance before it runs.
        self.codes = tuple(get_code(r.id) for r in rules)  # type: ignore[misc]
        super().__init__(**kw)
        self.ruleset: RuleSet = rules.with_actions(self._policy)

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        if batch.height == 0:
            return StageResult(batch, f.frame())
        present = [c for c in RECORD_FIELDS if c in batch.columns]
        cols = {c: batch[c].to_list() for c in present}
        if self.lang_column in batch.columns:
            langs = [x or "und" for x in batch[self.lang_column].to_list()]
        else:
            langs = detect_record_langs([{c: cols[c][i] for c in present} for i in range(batch.height)])
        new_cols: dict[str, list] = {}
        rows = batch["_row"].to_list()
        codes = {c.code: c for c in self.codes}
        for i, (row, (hits, fixed)) in enumerate(zip(rows, self.ruleset.evaluate_columns(cols, langs))):
            for h in hits:
                f.add(row, codes[h.rule_id], action=h.action, field=h.field, detail=h.detail)
            for name, text in fixed.items():
                if name not in new_cols:
                    new_cols[name] = list(cols[name])
                new_cols[name][i] = text
        if new_cols:
            batch = batch.with_columns([pl.Series(n, v, dtype=pl.Utf8) for n, v in new_cols.items()])
        return StageResult(batch, f.frame())
