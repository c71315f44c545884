"""The audit: run the checks a cleaning run would run, change nothing, and report.

    from curate.api.audit import audit
    res = audit("data.jsonl")                 # the shipped `audit` recipe
    res.issues                                # [{code, stage, action, severity, records, percent, example}]
    res.to_dict()                             # what `curate audit --json` prints
    res.write_annotated("annotated.jsonl")    # every input record, input order, with `_issues`
    res.reached("warning")                    # True when any finding is at least that severe

The audit is ``curate.run(recipe, source, mode="audit")``: the same stages and the same policy as
``curate run``, so an audit's counts are exactly what cleaning would do. Slow checks (PII, semantic
dedup) are opt-in; near-duplicate detection joins the default checks when its stage is installed.
Examples shown to people go through ``curate.pii.mask_light``, so no e-mail, phone number or ID
number is printed.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from curate.pii import mask_example
from curate.schema import SEVERITIES, TEXT_FIELDS, get_code

DEFAULT_RECIPE = "audit"
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
EXAMPLE_CHARS = 120

# Optional checks: audit flag -> (stage kind, where it goes in the pipeline), inserted in this order.
# PII goes where the clean recipe has it, last (after dedup): redaction changes text, so placed
# before dedup it changes which records are duplicates and audit's counts would differ from clean's.
OPTIONAL_STAGES = {
    "near": ("near_dedup", "after:exact_dedup"),
    "semantic": ("semantic_dedup", "end"),
    "pii": ("pii", "end"),
}


def stage_available(kind: str) -> bool:
    """True when the registry names ``kind`` and its module can be found (without importing it:
    finding a module is free, importing a model stage is not)."""
    from curate.stages import STAGES

    return kind in STAGES and STAGES.available(kind)


def audit_recipe(recipe: Any = DEFAULT_RECIPE, *, rules: Sequence[str] = (), disable: Sequence[str] = (),
                 near: bool | None = None, pii: bool = False, semantic: bool = False):
    """The recipe an audit runs: ``recipe`` (the shipped ``audit`` by default) with the user's
    extra rule files and disabled rules on its rules stage, and the optional checks asked for.
    ``near=True`` adds near-duplicate detection to a recipe that lacks it (the shipped one has it);
    ``near=False`` removes it; ``None`` keeps what the recipe says."""
    from curate.recipe import Recipe, load_recipe

    base = recipe if isinstance(recipe, Recipe) else load_recipe(recipe)
    stages = [dict(s) for s in base.stages]
    kinds = [s["stage"] for s in stages]
    if rules or disable:
        if "rules" not in kinds:
            at = kinds.index("language") + 1 if "language" in kinds else len(stages)
            stages.insert(at, {"stage": "rules"})
            kinds.insert(at, "rules")
        spec = stages[kinds.index("rules")]
        extra = spec.get("extra") or []
        spec["extra"] = [*([extra] if isinstance(extra, str) else extra), *map(str, rules)]
        dis = spec.get("disable") or []
        spec["disable"] = [*([dis] if isinstance(dis, str) else dis), *disable]
    if near is False:  # --no-near: skip the recipe's near-duplicate stage (the slowest default check)
        stages = [s for s in stages if s["stage"] != "near_dedup"]
        kinds = [s["stage"] for s in stages]
    wanted = {"near": bool(near), "pii": pii, "semantic": semantic}
    for flag, (kind, where) in OPTIONAL_STAGES.items():
        if not wanted[flag] or kind in kinds:
            continue
        if not stage_available(kind):
            raise ImportError(f"--{flag} needs the {kind!r} stage, which is not installed in this curate")
        if where == "end":
            at = len(stages)
        else:
            anchor = where.split(":", 1)[1]
            at = kinds.index(anchor) + 1 if anchor in kinds else len(stages)
        stages.insert(at, {"stage": kind})
        kinds.insert(at, kind)
    return Recipe(name=base.name, description=base.description, read=dict(base.read), stages=stages,
                  path=base.path)


@dataclass
class AuditResult:
    """The run (records, rejects, findings, originals) and the per-code issue table."""

    run: Any  # curate.runner.RunResult
    issues: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    langs: dict[int, str] = field(default_factory=dict)

    # -- verdicts -----------------------------------------------------------------------
    def max_severity(self) -> str | None:
        sev = [i["severity"] for i in self.issues if i["records"]]
        return max(sev, key=SEVERITY_RANK.__getitem__) if sev else None

    def reached(self, severity: str) -> bool:
        if severity not in SEVERITY_RANK:
            raise ValueError(f"severity must be one of {SEVERITIES}")
        top = self.max_severity()
        return top is not None and SEVERITY_RANK[top] >= SEVERITY_RANK[severity]

    # -- outputs ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        s = self.run.summary
        t = s["totals"]
        return {
            "recipe": s.get("recipe"), "records": self.total, "would_keep": t["kept"],
            "would_drop": t["rejected"],
            "records_with_issues": len(self._rows_with_issues()),
            "max_severity": self.max_severity(),
            "issues": self.issues,
            "languages": dict(Counter(self.langs.values()).most_common()),
            "duplicate_groups": self.duplicate_groups(),
            "stages": s["stages"], "totals": t, "warnings": s.get("warnings", []),
        }

    def duplicate_groups(self, top: int = 10) -> list[dict[str, Any]]:
        """The largest exact / near / semantic duplicate groups, with masked example instructions."""
        from curate.dedup.groups import duplicate_groups

        groups = duplicate_groups(self.run.findings, self.run.originals, top=top, width=EXAMPLE_CHARS * 4)
        for g in groups:
            g.pop("dropped_rows", None)
            if "examples" in g:
                g["examples"] = [mask_example(t) for t in g["examples"]]
            # ids are source data too: an id may be an e-mail address or a phone number
            g["kept_id"] = mask_example(g.get("kept_id"), 200)
            if isinstance(g.get("dropped_ids"), list):
                g["dropped_ids"] = [mask_example(i, 200) for i in g["dropped_ids"]]
        return groups

    def _rows_with_issues(self) -> set[int]:
        rows = set(self.run.findings["_row"].to_list()) if self.run.findings.height else set()
        rows.update(d["_row"] for d in self.run.rejects)
        return rows

    def issues_by_row(self) -> dict[int, list[dict]]:
        from curate.runner import issue_dict

        out: dict[int, list[dict]] = {}
        f = self.run.findings
        if f.height:
            for d in f.sort("_row", maintain_order=True).iter_rows(named=True):
                out.setdefault(d["_row"], []).append(issue_dict(d))
        for rej in self.run.rejects:
            if rej["stage"] == "read":  # quarantined rows have no finding, only the reject
                out.setdefault(rej["_row"], []).append(
                    {"code": rej["code"], "stage": "read", "action": "drop",
                     "severity": _severity(rej["code"]), "detail": rej.get("reason") or ""})
        return out

    def annotated(self) -> Iterator[dict]:
        """Every input unit in input order: the record as read (before any fix) with ``_issues``;
        a row the reader quarantined appears as its source position and raw text."""
        from curate.io.writers import record_dicts

        by_row = self.issues_by_row()
        orig = self.run.originals
        read_rejects = sorted((d for d in self.run.rejects if d["stage"] == "read"), key=lambda d: d["_row"])
        ri = 0
        if orig is not None and orig.height:
            orig = orig.sort("_row")
            for rec in record_dicts(orig, internal=True):
                row = rec.pop("_row")
                while ri < len(read_rejects) and read_rejects[ri]["_row"] < row:
                    yield _quarantined(read_rejects[ri], by_row)
                    ri += 1
                rec.pop("_src_file", None)
                rec.pop("_src_line", None)
                rec["_issues"] = by_row.get(row, [])
                yield rec
        while ri < len(read_rejects):
            yield _quarantined(read_rejects[ri], by_row)
            ri += 1

    def write_annotated(self, path: str | Path) -> int:
        from curate.io.writers import write_jsonl

        return write_jsonl(self.annotated(), path)


def _severity(code: str) -> str:
    c = get_code(code)
    return c.severity if c else "error"


def _quarantined(rej: dict, by_row: dict[int, list[dict]]) -> dict:
    return {"_source": rej.get("source"), "_raw": rej.get("raw"), "_issues": by_row.get(rej["_row"], [])}


def issue_table(run: Any, total: int, examples: bool = True) -> list[dict[str, Any]]:
    """One row per (code, stage): how many records it touches, their share, what the policy does
    and one masked example (the field the finding names, as read)."""
    f = run.findings
    rows: list[dict[str, Any]] = []
    first: dict[tuple[str, str], tuple[int, str | None]] = {}
    counts: Counter = Counter()
    actions: dict[tuple[str, str], Counter] = {}
    sev: dict[tuple[str, str], str] = {}
    fields_of: dict[tuple[str, str], dict[str, int]] = {}
    if f.height:
        g = (f.group_by(["code", "stage"]).agg(
            pl.col("_row").n_unique().alias("records"), pl.len().alias("findings"),
            pl.col("_row").first().alias("row"), pl.col("field").first().alias("field"),
            pl.col("severity").first().alias("severity"), pl.col("action").value_counts().alias("actions")))
        per_field = (f.filter(pl.col("field").is_not_null())
                     .group_by(["code", "stage", "field"]).agg(pl.col("_row").n_unique().alias("n")))
        for d in per_field.iter_rows(named=True):
            fields_of.setdefault((d["code"], d["stage"]), {})[d["field"]] = d["n"]
        for d in g.iter_rows(named=True):
            key = (d["code"], d["stage"])
            counts[key] = d["records"]
            first[key] = (d["row"], d["field"])
            sev[key] = d["severity"]
            actions[key] = Counter({a["action"]: a["count"] for a in d["actions"]})
    for rej in run.rejects:
        if rej["stage"] == "read":
            key = (rej["code"], "read")
            counts[key] += 1
            first.setdefault(key, (rej["_row"], None))
            sev[key] = _severity(rej["code"])
            actions.setdefault(key, Counter())["drop"] += 1
    orig = run.originals
    lookup: dict[int, dict] = {}
    if examples and orig is not None and orig.height and first:
        wanted = pl.Series([r for r, _ in first.values()], dtype=pl.Int64).implode()
        for d in orig.filter(pl.col("_row").is_in(wanted)).iter_rows(named=True):
            lookup[d["_row"]] = d
    raw_of = {d["_row"]: d.get("raw") for d in run.rejects if d["stage"] == "read"}
    for key, n in counts.items():
        code, stage = key
        row, fld = first[key]
        c = get_code(code)
        act = actions.get(key, Counter())
        example = ""
        if examples:
            rec = lookup.get(row)
            if rec is not None:
                text = rec.get(fld) if fld in TEXT_FIELDS else None
                example = mask_example(text if text else rec.get("instruction"))
                if fld and fld != "instruction" and text:
                    example = f"{fld}: {example}"
            elif row in raw_of:
                example = mask_example(raw_of[row])
        rows.append({
            "code": code, "stage": stage, "action": act.most_common(1)[0][0] if act else (c.action if c else ""),
            "severity": sev.get(key) or (c.severity if c else "info"), "records": int(n),
            "percent": round(100.0 * n / total, 2) if total else 0.0,
            "description": c.description if c else "", "example": example,
            # records per field the findings name ({"input": 94, "output": 18}); a record can count twice
            "fields": dict(sorted(fields_of.get(key, {}).items())),
        })
    order = {"drop": 0, "fix": 2, "flag": 1}
    rows.sort(key=lambda r: (-SEVERITY_RANK.get(r["severity"], 0), order.get(r["action"], 3), -r["records"], r["code"]))
    return rows


def _languages(run: Any) -> dict[int, str]:
    out: dict[int, str] = {}
    if "lang" in run.records.columns:
        out.update(zip(run.records["_row"].to_list(), run.records["lang"].to_list()))
    for d in run.rejects:
        rec = d.get("record") or {}
        if rec.get("lang"):
            out[d["_row"]] = rec["lang"]
    return out


def audit(source: Any, *, recipe: Any = DEFAULT_RECIPE, rules: Sequence[str] = (), disable: Sequence[str] = (),
          near: bool | None = None, pii: bool = False, semantic: bool = False,
          read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
          examples: bool = True) -> AuditResult:
    """Audit ``source`` (paths, globs, frames, dicts): every finding, every would-be reject, the
    issue table and the records as read. Writes nothing."""
    from curate.runner import run

    rec = audit_recipe(recipe, rules=rules, disable=disable, near=near, pii=pii, semantic=semantic)
    res = run(rec, source, mode="audit", read_options=read_options, batch_size=batch_size, progress=progress)
    t = res.summary["totals"]
    total = t["read"] + t["split_extra"]
    return AuditResult(run=res, issues=issue_table(res, total, examples), total=total, langs=_languages(res))


def summary_table(result: AuditResult, width: int | None = None) -> str:
    """The issue table as plain text for a terminal (examples already masked)."""
    import shutil

    width = width or max(110, shutil.get_terminal_size((140, 24)).columns)
    d = result.to_dict()
    lines = [(f"{d['records']} records: would keep {d['would_keep']}, drop {d['would_drop']}; "
             f"{d['records_with_issues']} with at least one issue")]
    lines += [f"warning: {w}" for w in d.get("warnings", [])]
    if not result.issues:
        lines.append("no issues found")
        return "\n".join(lines)
    head = f"{'code':<30}{'stage':<12}{'action':<7}{'severity':<9}{'records':>8}{'%':>8}  example"
    lines += [head, "-" * min(width, len(head) + 40)]
    for i in result.issues:
        ex = i["example"]
        room = max(20, width - 77)
        if len(ex) > room:
            ex = ex[: room - 1] + "…"
        lines.append(f"{i['code'][:29]:<30}{i['stage'][:11]:<12}{i['action']:<7}{i['severity']:<9}"
                     f"{i['records']:>8}{i['percent']:>7.2f}%  {ex}")
    langs = d["languages"]
    if langs:
        lines.append("languages: " + ", ".join(f"{k} {v}" for k, v in list(langs.items())[:8]))
    groups = d["duplicate_groups"][:5]
    if groups:
        lines.append("largest duplicate groups (kept record: dropped twins):")
        for g in groups:
            sim = "" if g["min_similarity"] is None else f", similarity ≥ {g['min_similarity']:.2f}"
            lines.append(f"  {g['code']:<15} {g['kept_id']}: {g['size'] - 1} dropped{sim}")
            for ex in g.get("examples", [])[:2]:
                lines.append(f"      {ex[: max(20, width - 8)]}")
    return "\n".join(lines)
