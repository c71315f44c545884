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

Beyond the text fields the stage covers every string the output will carry: the source ``id``
(policy ``id``: an id holding personal data becomes its position id ``<file>:<line>``) and extra
pass-through fields (policy ``extra``: values under sensitive keys replaced whole, other strings
scanned). ``redact_rejects`` gives the rejects the same treatment before the runner writes them.
"""
from __future__ import annotations

import dataclasses
import importlib.util
import json
from collections.abc import Sequence
from typing import Any, ClassVar

import polars as pl

from curate.pii.config import load_policy
from curate.pii.fields import new_id, redact_value
from curate.pii.patterns import shape
from curate.pii.redact import ENTITY_CODES, Redactor, code_name
from curate.pii.zh_model import RECOGNIZER as MODEL_NAMES
from curate.schema import CONTENT_FIELDS
from curate.stage import Findings, RecordStage, StageResult, declare

CODES = {e: declare(code_name(e), "fix", "warning", f"personal data redacted: {d}")
         for e, d in ENTITY_CODES.items()}
OTHER = declare("pii.other", "fix", "warning", "personal data of another type redacted (Presidio recognizer)")

DEFAULT_FIELDS = CONTENT_FIELDS
_NOTE_MIN_RECORDS, _NOTE_SHARE = 200, 0.05


def _task_rows(batch: pl.DataFrame, test) -> set[int]:
    """Rows whose instruction or input passes ``test``."""
    return {i for c in ("instruction", "input") if c in batch.columns
            for i, v in enumerate(batch[c].to_list()) if v and test(v)}


class RedactPII(RecordStage):
    """Redact personal data per field with the policy of ``profile`` in ``config`` (rules/pii.yaml).

    Parameters: ``profile`` (dataset | logs | light | your own), ``config`` (a YAML path),
    ``mode`` (full | patterns; overrides the profile), ``operators`` ({ENTITY_TYPE: operator}),
    ``fields`` (which record fields to look at; thresholds come from the profile),
    ``thresholds`` ({field: {ENTITY_TYPE: min score}}, replacing the profile's for those fields),
    ``survey`` (False: never switch profile on what the input's first records hold; rules/pii.yaml).
    """

    kind = "pii"
    codes = (*CODES.values(), OTHER)
    adds_columns: ClassVar[dict[str, Any]] = {"pii_spans": pl.Int32}

    def __init__(self, profile: str = "dataset", config: str | None = None, mode: str | None = None,
                 operators: dict[str, Any] | None = None, fields: Sequence[str] | None = None,
                 thresholds: dict[str, dict[str, float]] | None = None, ids: str | None = None,
                 extra: str | None = None, survey: bool = True, **kw: Any) -> None:
        # ids: position | redact | keep; extra: redact | drop | keep (default: the profile's);
        # survey=False: keep the profile whatever the data (the profile's `survey` rule is not run)
        super().__init__(**kw)
        self.policy = load_policy(profile, config, mode=mode, operators=operators, fields=thresholds,
                                  id_policy=ids, extra_policy=extra)
        self._id_map: dict[str, str] = {}  # raw id -> written id, for twin ids in rejects (memory only)
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
        self._off = off
        self.redactor = Redactor(self.policy, disabled=off)
        # the survey (rules/pii.yaml) may swap the profile before the first batch: same overrides
        self._load = {"config": config, "mode": mode, "operators": operators, "fields": thresholds,
                      "id_policy": ids, "extra_policy": extra}
        self.survey_records = self.policy.survey.records if self.policy.survey and survey else 0
        self._surveyed: dict[str, Any] | None = None
        self._base = (self.policy, self.redactor)
        self._config_given = config
        self._seen = 0  # records read, and those holding contact data or an ID number (notes())
        self._with_contact = 0

    def survey(self, sample: pl.DataFrame) -> None:
        """The profile's dataset-level rule (``survey`` in rules/pii.yaml): count the sampled records
        holding contact data or an ID number (``engine.CONTACT_TYPES``, pattern mode: no model, ~1 s
        for 1,000 records); at ``share`` or more, and ``min_records``, redact the whole run under the
        survey's profile. Decided once from the input's first records, before any batch, so a record's
        redaction never depends on its batch and every engine applies the same policy."""
        if self._surveyed is not None:  # a stage object run again: decide afresh for this input
            self.policy, self.redactor = self._base
        sv = self.policy.survey
        if sv is None or not self.survey_records:
            return
        sample = sample.head(sv.records)
        probe = Redactor(dataclasses.replace(self.policy, mode="patterns", survey=None), disabled=self._off)
        hits = self._contact_rows(sample, probe)
        n, k = sample.height, len(hits)
        switch = n > 0 and k >= sv.min_records and k >= sv.share * n
        self._surveyed = {"records": n, "with_contact": k, "share": round(k / n, 4) if n else 0.0,
                          "from": self.policy.profile, "profile": sv.profile if switch else self.policy.profile}
        self.stats["survey"] = dict(self._surveyed)
        if switch:
            self.policy = load_policy(sv.profile, **self._load)
            if self._no_presidio:
                self.policy = dataclasses.replace(self.policy, mode="patterns")
            self.redactor = Redactor(self.policy, disabled=self._off)

    def _contact_rows(self, batch: pl.DataFrame, redactor: Redactor) -> set[int]:
        """Rows with a contact value or ID number in any field the stage reads (history's turns too)."""
        from curate.pii.engine import CONTACT_TYPES

        out: set[int] = set()
        for fld in self.fields:
            if fld not in batch.columns or not redactor.thresholds(fld):
                continue
            values = batch[fld].to_list()
            if fld == "history":
                values = ["\n".join(str(t) for turn in (h or []) for t in (turn or []) if t) for h in values]
            idx = [i for i, v in enumerate(values) if v and isinstance(v, str) and i not in out]
            for i, spans in zip(idx, redactor.find([values[i] for i in idx], fld)):
                if any(sp.entity_type in CONTACT_TYPES for sp in spans):
                    out.add(i)
        return out

    def _code(self, entity: str):
        return CODES.get(entity, OTHER)

    def notes(self) -> list[str]:
        """Run-level facts for the summary (the runner may show them as warnings)."""
        if self._no_presidio:
            return [("presidio is not installed (pip install 'curate[pii]'); PII detection "
                     "is pattern-only (English person names are not detected)"), *self._survey_note(),
                    *self._profile_note()]
        ner = self.redactor.ner
        out = []
        if ner.startswith("unavailable"):
            out.append("no English NER model installed; PII detection is pattern-only "
                       "(English person names are not detected)")
        if self.policy.zh_model == "thulac" and self.policy.mode == "full":
            from curate.pii.zh_model import available

            if not available():
                out.append("THULAC is not installed (pip install 'curate[pii]'); Chinese "
                           "person names come from the rules alone (names with no label or title are missed)")
        out.extend(self._survey_note())
        out.extend(self._profile_note())
        return out

    def _survey_note(self) -> list[str]:
        sv = self._surveyed
        if not sv or sv["profile"] == sv["from"]:
            return []
        return [(f"{sv['with_contact']} of the first {sv['records']} records ({100 * sv['share']:.0f}%) "
                 f"hold contact data or an ID number: records of private people, so names were redacted under "
                 f"profile '{sv['profile']}' instead of '{sv['from']}' (rules/pii.yaml 'survey'; docs/pii.md, "
                 "'Which profile for names')")]

    def _profile_note(self) -> list[str]:
        """Measured, then said: a profile that keeps names without context (dataset) run on records
        of which many hold contact data or ID numbers. Of the 5,000 Alpaca records 0.2% hold such a
        value (the hand-checked PII-free EN set too, the ZH one 0%); of presidio-research's and curate's
        PII sets 15-45% (docs/pii.md, ninth session). There names are mostly private people's, so
        the user is told which profile takes them; the stage itself changes nothing."""
        from curate.pii.engine import BARE_NAME_SCORE

        if self._seen < _NOTE_MIN_RECORDS or self._with_contact < _NOTE_SHARE * self._seen:
            return []
        if not any(self.redactor.thresholds(f).get("PERSON", 0.0) > BARE_NAME_SCORE for f in self.fields):
            return []
        share = 100 * self._with_contact / self._seen
        return [(f"{self._with_contact} of {self._seen} records ({share:.0f}%) hold contact data or an "
                 f"ID number (0.2% of Alpaca's records do): names there are likely private people's, and profile "
                 f"'{self.policy.profile}' redacts a name only with context; profile 'strict' takes every name "
                 "(docs/pii.md, 'Which profile for names')")]

    def process(self, batch: pl.DataFrame) -> StageResult:
        f = Findings()
        counts = [0] * batch.height
        rows = batch["_row"].to_list()
        langs = batch["lang"].to_list() if "lang" in batch.columns else None
        updates: dict[str, pl.Series] = {}
        works = self._work_tasks(batch)
        stories = self._story_tasks(batch)
        from curate.pii.engine import CONTACT_TYPES  # what marks a name as private: the profile note's count

        contact: set[int] = set()
        if stories:  # full mode only (the engine module is imported when full mode runs)
            from curate.pii.engine import BARE_NAME_SCORE, without_characters
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
            if works:
                res = [[s for s in spans if s.recognizer != MODEL_NAMES] if i in works else spans
                       for i, spans in zip(idx, res)]
            if stories and self.redactor.thresholds(fld).get("PERSON", 1.0) > BARE_NAME_SCORE:
                # a profile that asks for evidence of a private person: a story's context words
                # ("named Bill", "her neighbor, Mrs. Miller") are no such evidence (strict keeps all)
                res = [without_characters(spans) if i in stories else spans for i, spans in zip(idx, res)]
            changed = False
            for i, spans in zip(idx, res):
                if not spans:
                    continue
                if any(sp.entity_type in CONTACT_TYPES for sp in spans):
                    contact.add(i)
                counts[i] += len(spans)
                fixed = self._emit(f, rows[i], fld, spans, values[i])
                if fixed:
                    values[i] = self._apply_fixable(values[i], spans)
                    changed = True
            if changed:
                updates[fld] = pl.Series(fld, values, dtype=col.dtype)
        if "id" in batch.columns and self.policy.id_policy != "keep":
            new = self._ids(batch, rows, counts, f)
            if new is not None:
                updates["id"] = pl.Series("id", new, dtype=batch["id"].dtype)
        if "_extra" in batch.columns and self.policy.extra_policy != "keep":
            new = self._extras(batch["_extra"].to_list(), rows, counts, f)
            if new is not None:
                updates["_extra"] = pl.Series("_extra", new, dtype=pl.Utf8)
        self._seen += batch.height
        self._with_contact += len(contact)
        out = batch.with_columns(list(updates.values())) if updates else batch
        out = out.with_columns(pl.Series("pii_spans", counts, dtype=pl.Int32))
        return StageResult(out, f.frame())

    def _work_tasks(self, batch: pl.DataFrame) -> set[int]:
        """Rows whose task (instruction, input) is about a work or asks for one ("写一首诗",
        "写一个故事"): the names THULAC finds in their answers are characters, not people. (The
        task's words are in another field than the answer, and detection reads one field at a time.)"""
        if self.policy.zh_model == "none" or self.policy.mode != "full":
            return set()
        from curate.pii.zh_model import discusses_work

        return _task_rows(batch, discusses_work)

    def _story_tasks(self, batch: pl.DataFrame) -> set[int]:
        """Rows whose English task (instruction, input) tells, asks for or discusses a story
        (``en_names.FICTION``: "Write a short story about …", "Summarize the novel …"): the names
        in them are characters unless contact data stands beside them."""
        if self.policy.mode != "full":
            return set()
        from curate.pii.en_names import FICTION

        return _task_rows(batch, lambda v: FICTION.search(v.lower()) is not None)

    # ------------------------------------------------------------------------------------
    def _ids(self, batch: pl.DataFrame, rows: list[int], counts: list[int], f: Findings) -> list | None:
        ids = batch["id"].to_list()
        idx = [i for i, v in enumerate(ids) if v]
        res = self.redactor.find([ids[i] for i in idx], "id")
        files = batch["_src_file"].to_list() if "_src_file" in batch.columns else [None] * batch.height
        lines = batch["_src_line"].to_list() if "_src_line" in batch.columns else [None] * batch.height
        changed = False
        for i, spans in zip(idx, res):
            if not spans:
                continue
            counts[i] += len(spans)
            raw = ids[i]
            if self._emit(f, rows[i], "id", spans, raw):
                todo = [s for s in spans if self.action(self._code(s.entity_type)) in ("fix", "drop")]
                ids[i] = new_id(raw, todo, self.policy.id_policy, self.redactor.apply, files[i], lines[i])
                if len(self._id_map) < 1_000_000:
                    self._id_map[raw] = ids[i]
                changed = True
        return ids if changed else None

    def _extras(self, extras: list, rows: list[int], counts: list[int], f: Findings) -> list | None:
        changed = False
        out = list(extras)
        for i, raw in enumerate(extras):
            if not raw:
                continue
            if self.policy.extra_policy == "drop":
                out[i] = None
                changed = True
                continue
            obj = json.loads(raw)
            found: list = []
            new = redact_value(obj, self.redactor, None, found, "default")
            if not found:
                continue
            counts[i] += len(found)
            fixable = False
            for sp, text in found:
                fixable |= self._emit(f, rows[i], "extra", [sp], text)
            if fixable:
                out[i] = json.dumps(new, ensure_ascii=False)
                changed = True
        return out if changed else None

    # ------------------------------------------------------------------------------------
    def redact_rejects(self, rejects: list[dict], whole: set[str]) -> None:
        """Redact rejects in place with this stage's policy and operators. Rejects of the stages in
        ``whole`` (the reader and the stages before this one) get everything redacted: the record's
        fields, id and extra fields, and the raw text of a read reject (key-aware, like a log line).
        Every reject gets its reason, twin id and finding details cleaned, since a duplicate's twin
        id or a rule's detail may quote what an earlier stage saw."""
        from curate.pii.logs import redact_line

        red = self.redactor
        for rej in rejects:
            if rej.get("stage") in whole:
                rec = rej.get("record")
                if isinstance(rec, dict):
                    rej["record"] = self._redact_record(rec)
                if isinstance(rej.get("raw"), str) and rej["raw"]:
                    rej["raw"] = self._redact_raw(rej["raw"], redact_line(rej["raw"], red))
                if isinstance(rej.get("id"), str):
                    rej["id"] = self._redact_id(rej["id"], rej.get("source") or {})
            tw = rej.get("twin_id")
            if isinstance(tw, str) and tw:
                rej["twin_id"] = self._twin(tw)
            if isinstance(rej.get("reason"), str):
                rej["reason"] = self._clean_text(rej["reason"])
            for iss in rej.get("issues") or ():
                if isinstance(iss.get("detail"), str) and iss["detail"]:
                    iss["detail"] = self._clean_text(iss["detail"])
                if isinstance(iss.get("twin_id"), str):
                    iss["twin_id"] = self._twin(iss["twin_id"])

    def _redact_raw(self, raw: str, redacted: str) -> str:
        """A read reject's raw line that still parses as JSON (rejected for a lone surrogate, a
        wrong type): each string value is also read as a text of its own, since some cues need its
        start ("Rosalind, can you call me?" opens a value, not the line), and what that finds is
        replaced wherever it stands in the line."""
        try:
            obj = json.loads(raw)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser (read.too_deep)
            return redacted
        leaves: list[tuple[str, str]] = []
        stack = [("text", obj)]
        while stack:
            key, v = stack.pop()
            if isinstance(v, str) and v:
                leaves.append((key if key in CONTENT_FIELDS else "text", v))
            elif isinstance(v, dict):
                stack.extend((str(k), x) for k, x in v.items())
            elif isinstance(v, list):
                stack.extend((key, x) for x in v)
        red = self.redactor
        for (fld, text), spans in zip(leaves, (red.find([t], f)[0] for f, t in leaves)):
            for sp in spans:
                value = text[sp.start:sp.end]
                if len(value) >= 2 and value in redacted:
                    redacted = redacted.replace(value, red.operators.apply(sp, value))
        return redacted

    def _redact_record(self, rec: dict) -> dict:
        from curate.schema import CONTENT_FIELDS as TEXT

        red = self.redactor
        out = {}
        for k, v in rec.items():
            if k == "id" and isinstance(v, str):
                out[k] = self._redact_id(v, {"file": None, "line": None})
            elif k in TEXT and k != "history" and isinstance(v, str) and v:
                spans = red.find([v], k)[0]
                out[k] = red.apply(v, spans) if spans else v
            elif k == "history" and isinstance(v, list):
                out[k] = [[(red.redact_text(t, "history") if isinstance(t, str) and t else t) for t in pair]
                          if isinstance(pair, list) else pair for pair in v]
            elif k in ("content_hash",) or not isinstance(v, (str, dict, list)):
                out[k] = v
            elif self.policy.extra_policy == "drop" and k not in TEXT:
                continue
            else:
                out[k] = redact_value(v, red, k)
        return out

    def _redact_id(self, raw: str, source: dict) -> str:
        if raw in self._id_map:
            return self._id_map[raw]
        spans = self.redactor.find([raw], "id")[0]
        if not spans:
            return raw
        return new_id(raw, spans, self.policy.id_policy, self.redactor.apply, source.get("file"),
                      source.get("line"))

    def _twin(self, tw: str) -> str:
        if tw in self._id_map:
            return self._id_map[tw]
        return self.redactor.redact_text(tw, "id")

    def _clean_text(self, text: str) -> str:
        for raw, new in self._id_map.items() if self._id_map and len(self._id_map) < 10_000 else ():
            if raw in text:
                text = text.replace(raw, new)
        return self.redactor.redact_text(text, "default")

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
