"""The ``pii`` stage: find personal data in instruction, input, output, system and history, and
redact it with the configured operator (docs/pii.md).

Measure, then policy: detection yields spans; each span's entity type has its own code
(``pii.email_address``, ``pii.person`` …) whose action decides what happens:

    fix   (default) the value is replaced by its operator's output (``<EMAIL_ADDRESS>``, a pseudonym …)
    flag  the record keeps the value and carries the finding (audit a dataset before redacting)
    drop  the record goes to the rejects — redacted first, so the rejects file holds no raw PII
    off   the type is not looked for at all

One finding per span: ``field`` names the field, ``detail`` the entity type, recognizer, score and
operator, never the value. The stage adds ``pii_spans`` (Int32): spans found in the record.
"""
from __future__ import annotations

import dataclasses
import importlib.util
from collections.abc import Sequence
from typing import Any, ClassVar

import polars as pl

from curate.pii.config import load_policy
from curate.pii.patterns import shape
from curate.pii.redact import ENTITY_CODES, Redactor, code_name
from curate.schema import CONTENT_FIELDS
from curate.stage import Findings, RecordStage, StageResult, declare

CODES = {e: declare(code_name(e), "fix", "warning", f"personal data redacted: {d}")
         for e, d in ENTITY_CODES.items()}
OTHER = declare("pii.other", "fix", "warning", "personal data of another type redacted (Presidio recognizer)")

DEFAULT_FIELDS = CONTENT_FIELDS


class RedactPII(RecordStage):
    """Redact personal data per field with the policy of ``profile`` in ``config`` (rules/pii.yaml).

    Parameters: ``profile`` (dataset | logs | light | your own), ``config`` (a YAML path),
    ``mode`` (full | patterns; overrides the profile), ``operators`` ({ENTITY_TYPE: operator}),
    ``fields`` (which record fields to look at; thresholds come from the profile),
    ``thresholds`` ({field: {ENTITY_TYPE: min score}}, replacing the profile's for those fields).
    """

    kind = "pii"
    codes = (*CODES.values(), OTHER)
    adds_columns: ClassVar[dict[str, Any]] = {"pii_spans": pl.Int32}

    def __init__(self, profile: str = "dataset", config: str | None = None, mode: str | None = None,
                 operators: dict[str, Any] | None = None, fields: Sequence[str] | None = None,
                 thresholds: dict[str, dict[str, float]] | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.policy = load_policy(profile, config, mode=mode, operators=operators, fields=thresholds)
        self._no_presidio = False
        if self.policy.mode != "patterns" and importlib.util.find_spec("presidio_analyzer") is None:
            # a core install (no `pii` extra) still redacts structured data: patterns need no presidio
            self.policy = dataclasses.replace(self.policy, mode="patterns")
            self._no_presidio = True
        if isinstance(fields, str):
            fields = [fields]
        self.fields = list(fields or DEFAULT_FIELDS)
        bad = [f for f in self.fields if f not in DEFAULT_FIELDS]
        if bad:
            raise ValueError(f"{self.name}: unknown field(s) {bad}; fields are {', '.join(DEFAULT_FIELDS)}")
        off = {e for e, c in CODES.items() if not self.enabled(c)}
        if not self.enabled(OTHER):
            off |= {"__other__"}
        self.redactor = Redactor(self.policy, disabled=off)
        self._config_given = config

    def _code(self, entity: str):
        return CODES.get(entity, OTHER)

    def notes(self) -> list[str]:
        """Run-level facts for the summary (the runner may show them as warnings)."""
        if self._no_presidio:
            return [(f"{self.name}: presidio is not installed (pip install 'curate[pii]'); PII detection "
                     "is pattern-only (English person names are not detected)")]
        ner = self.redactor.ner
        if ner.startswith("unavailable"):
            return [(f"{self.name}: no English NER model installed; PII detection is pattern-only "
                     "(English person names are not detected)")]
        return []

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        counts = [0] * batch.height
        rows = batch["_row"].to_list()
        langs = batch["lang"].to_list() if "lang" in batch.columns else None
        updates: dict[str, pl.Series] = {}
        for fld in self.fields:
            if fld not in batch.columns or not self.redactor.thresholds(fld):
                continue
            col = batch[fld]
            if fld == "history":
                new = self._history(col.to_list(), rows, counts, f)
                if new is not None:
                    updates[fld] = pl.Series(fld, new, dtype=col.dtype)
                continue
            values = col.to_list()
            idx = [i for i, v in enumerate(values) if v]
            texts = [values[i] for i in idx]
            res = self.redactor.find(texts, fld, [langs[i] for i in idx] if langs else None)
            changed = False
            for i, spans in zip(idx, res):
                if not spans:
                    continue
                counts[i] += len(spans)
                fixed = self._emit(f, rows[i], fld, spans, values[i])
                if fixed:
                    values[i] = self._apply_fixable(values[i], spans)
                    changed = True
            if changed:
                updates[fld] = pl.Series(fld, values, dtype=col.dtype)
        out = batch.with_columns(list(updates.values())) if updates else batch
        out = out.with_columns(pl.Series("pii_spans", counts, dtype=pl.Int32))
        return StageResult(out, f.frame())

    # ------------------------------------------------------------------------------------
    def _emit(self, f: Findings, row: int, fld: str, spans, text: str) -> bool:
        """One finding per span; True when at least one span is to be replaced. The detail shows
        the value's shape only ("+99 999 9999 9999"): the kind of thing found, never its content."""
        any_fix = False
        for s in spans:
            code = self._code(s.entity_type)
            act = self.action(code)
            op = self.redactor.operators.name(s.entity_type) if act in ("fix", "drop") else "kept"
            self.emit(f, row, code, field=fld,
                      detail=f"{s.entity_type} by {s.recognizer} (score {s.score:.2f}) -> {op}; "
                             f"shape {shape(text[s.start:s.end])}")
            any_fix |= act in ("fix", "drop")
        return any_fix

    def _apply_fixable(self, text: str, spans) -> str:
        # Flagged types stay; fixed and dropped ones are replaced (a dropped record's rejects line
        # must not carry the raw value either).
        todo = [s for s in spans if self.action(self._code(s.entity_type)) in ("fix", "drop")]
        return self.redactor.apply(text, todo)

    def _history(self, hist: list, rows: list[int], counts: list[int], f: Findings):
        flat, where = [], []
        for i, turns in enumerate(hist):
            for t, pair in enumerate(turns or ()):
                for k, text in enumerate(pair or ()):
                    if text:
                        flat.append(text)
                        where.append((i, t, k))
        if not flat:
            return None
        res = self.redactor.find(flat, "history")
        new = [[list(p) for p in (turns or [])] if turns is not None else None for turns in hist]
        changed = False
        for (i, t, k), text, spans in zip(where, flat, res):
            if not spans:
                continue
            counts[i] += len(spans)
            if self._emit(f, rows[i], "history", spans, text):
                new[i][t][k] = self._apply_fixable(text, spans)
                changed = True
        return new if changed else None
