"""The books of one piece of a run: what a batch, a segment or a Ray task adds to the run's books.

A stage measures; ``Books.apply`` runs it over a batch, checks the stage contract, and books its
findings: fixes and flags are counted, drops move the record, whole, to the rejects. Every engine
runs stages through ``Books`` and hands its ``Books`` to the runner, which merges them, checks
``read + split_extra == kept + rejected`` and writes. A Ray task returns its kept rows together with
its ``Books``, so a retried task replaces both and the books still balance.
"""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from curate.io.writers import record_dicts
from curate.schema import content_hash_column
from curate.stage import FINDINGS_SCHEMA, Stage, StageResult


class StageContractError(RuntimeError):
    """A stage broke the interface (changed, reordered or dropped rows itself)."""


@dataclass
class StageStats:
    name: str
    kind: str
    scope: str
    n_in: int = 0
    kept: int = 0
    fixed: int = 0
    flagged: int = 0
    dropped: int = 0
    dropped_by_code: Counter = field(default_factory=Counter)
    fixed_by_code: Counter = field(default_factory=Counter)
    flagged_by_code: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def merge(self, other: StageStats) -> None:
        for k in ("n_in", "kept", "fixed", "flagged", "dropped", "seconds"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.dropped_by_code.update(other.dropped_by_code)
        self.fixed_by_code.update(other.fixed_by_code)
        self.flagged_by_code.update(other.flagged_by_code)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "scope": self.scope, "in": self.n_in, "kept": self.kept,
                "fixed": self.fixed, "flagged": self.flagged, "dropped": self.dropped,
                "dropped_by_code": dict(sorted(self.dropped_by_code.items())),
                "fixed_by_code": dict(sorted(self.fixed_by_code.items())),
                "flagged_by_code": dict(sorted(self.flagged_by_code.items())),
                "seconds": round(self.seconds, 4)}


def stage_findings(stage_name: str, f: pl.DataFrame) -> pl.DataFrame:
    """A stage's findings in the books' schema, with the stage's name."""
    return f.select([pl.col(c).cast(t) for c, t in FINDINGS_SCHEMA.items()]).with_columns(
        pl.lit(stage_name).alias("stage"))


class Books:
    """Counters per stage (plus the reader's), and the rejects and findings of the rows seen."""

    def __init__(self, stages: list[Stage]) -> None:
        self.stats = {s.name: StageStats(s.name, s.kind, s.scope) for s in stages}
        self.read = StageStats("read", "read", "source")
        self.units = 0
        self.split_extra = 0
        self.rejects: list[dict] = []
        self.findings: list[pl.DataFrame] = []
        self.originals: list[pl.DataFrame] = []
        self.files: list[dict] = []

    # -- reading ---------------------------------------------------------------------------
    def take_read(self, rb: Any, seconds: float, keep_originals: bool = False) -> pl.DataFrame:
        """Book one ReadBatch (records, read rejects, read flags); returns its records."""
        self.units += rb.units
        self.split_extra += rb.split_extra
        rs = self.read
        rs.n_in += rb.units
        rs.kept += rb.records.height
        rs.dropped += len(rb.rejects)
        for r in rb.rejects:
            rs.dropped_by_code[r["code"]] += 1
        self.rejects.extend(rb.rejects)
        if rb.findings is not None and rb.findings.height:
            f = rb.findings.with_columns(pl.lit("read").alias("stage"))
            self.findings.append(f)
            rs.flagged += f["_row"].n_unique()
            rs.flagged_by_code.update(dict(f["code"].value_counts().iter_rows()))
        if keep_originals:
            self.originals.append(rb.records)
        rs.seconds += seconds
        return rb.records

    def add_files(self, files: list[dict]) -> None:
        """Per-file counts; a file read in several pieces adds up under its name, in first-seen order."""
        for s in files:
            mine = next((m for m in self.files if m["file"] == s["file"]), None)
            if mine is None:
                self.files.append(dict(s))
            else:
                for k in ("units", "records", "rejected"):
                    mine[k] += s[k]

    # -- stages ----------------------------------------------------------------------------
    def apply(self, stage: Stage, batch: pl.DataFrame) -> pl.DataFrame:
        """Run one stage over one batch (or a whole table) and book what it found."""
        st = self.stats[stage.name]
        if batch.height == 0:
            return batch
        t0 = time.perf_counter()
        res = stage.process(batch)
        if not isinstance(res, StageResult):
            raise StageContractError(f"stage {stage.name!r}: process() must return a StageResult")
        out = res.batch
        if out.height != batch.height or not out["_row"].equals(batch["_row"]):
            raise StageContractError(f"stage {stage.name!r} changed, reordered or dropped rows; "
                                     "stages report drops as findings and the runner drops")
        st.n_in += batch.height
        f = res.findings
        if f is not None and f.height:
            f = stage_findings(stage.name, f)
            unknown = f.filter(~pl.col("_row").is_in(batch["_row"].implode()))
            if unknown.height:
                raise StageContractError(f"stage {stage.name!r} reported findings for rows not in the batch")
            out = self.book(stage.name, f, out)
        st.kept += out.height
        st.seconds += time.perf_counter() - t0
        return out

    def book(self, name: str, f: pl.DataFrame, out: pl.DataFrame, *, keep_findings: bool = True) -> pl.DataFrame:
        """Count a stage's findings for the rows of ``out`` and carry them out."""
        if keep_findings:
            self.findings.append(f)
        self.count(name, f)
        return self.carry_out(name, f, out)

    def count(self, name: str, f: pl.DataFrame) -> None:
        """Count a stage's fixes, flags and drops (records with at least one, and findings by code)."""
        st = self.stats[name]
        for action, counter in (("fix", st.fixed_by_code), ("flag", st.flagged_by_code),
                                ("drop", st.dropped_by_code)):
            part = f.filter(pl.col("action") == action)
            if part.height:
                counter.update(dict(part["code"].value_counts().iter_rows()))
                n = part["_row"].n_unique()
                if action == "fix":
                    st.fixed += n
                elif action == "flag":
                    st.flagged += n
                else:
                    st.dropped += n

    def carry_out(self, name: str, f: pl.DataFrame, out: pl.DataFrame) -> pl.DataFrame:
        """Apply a stage's findings to the rows of ``out``: after a fix the content hash is
        recomputed; a dropped record goes, whole, to the rejects, with its first drop finding as the
        reason (counted already: ``count``)."""
        if (f["action"] == "fix").any():
            out = out.with_columns(content_hash_column(out))  # hash always describes the written text
        drops = f.filter(pl.col("action") == "drop")
        if drops.height:
            first = drops.group_by("_row", maintain_order=True).first()
            rows = first["_row"].implode()
            gone = out.filter(pl.col("_row").is_in(rows))
            out = out.filter(~pl.col("_row").is_in(rows))
            reasons = {r["_row"]: r for r in first.iter_rows(named=True)}
            for rec, (row, src_file, src_line) in zip(
                    record_dicts(gone), gone.select("_row", "_src_file", "_src_line").iter_rows()):
                why = reasons[row]
                self.rejects.append({
                    "_row": row, "id": rec["id"], "stage": name, "code": why["code"],
                    "reason": why["detail"] or why["code"], "twin_id": why["twin_id"],
                    "similarity": why["similarity"], "source": {"file": src_file, "line": src_line},
                    "record": rec, "raw": None, "issues": []})
        return out

    # -- merging ---------------------------------------------------------------------------
    def merge_counts(self, other: Books) -> None:
        """Add another piece's counters (not its rejects or findings)."""
        self.units += other.units
        self.split_extra += other.split_extra
        self.read.merge(other.read)
        for name, st in other.stats.items():
            self.stats[name].merge(st)
        self.add_files(other.files)

    def counts(self) -> dict[str, Any]:
        """The counters as plain data (what a Ray task sends back to the driver)."""
        return {"units": self.units, "split_extra": self.split_extra, "read": self.read,
                "stats": self.stats, "files": self.files}

    def merge_count_dict(self, d: dict[str, Any]) -> None:
        self.units += d["units"]
        self.split_extra += d["split_extra"]
        self.read.merge(d["read"])
        for name, st in d["stats"].items():
            self.stats[name].merge(st)
        self.add_files(d["files"])


def attach_issues(rejects: list[dict], findings: pl.DataFrame) -> None:
    """Every rejected record carries every finding it collected before it was dropped."""
    if not rejects or findings.height == 0:
        return
    rows = pl.Series([d["_row"] for d in rejects]).implode()
    mine = findings.filter(pl.col("_row").is_in(rows))
    by_row: dict[int, list[dict]] = {}
    for f in mine.iter_rows(named=True):
        by_row.setdefault(f["_row"], []).append(issue_dict(f))
    for d in rejects:
        d["issues"] = by_row.get(d["_row"], [])


def issue_dict(f: dict) -> dict:
    out = {"code": f["code"], "stage": f["stage"], "action": f["action"], "severity": f["severity"]}
    if f.get("field"):
        out["field"] = f["field"]
    out["detail"] = f.get("detail") or ""
    if f.get("twin_id") is not None:
        out["twin_id"] = f["twin_id"]
    if f.get("similarity") is not None:
        out["similarity"] = f["similarity"]
    return out
