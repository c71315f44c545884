"""What every engine shares: the plan of a pipeline, the job it runs, the outcome it hands back.

A pipeline becomes a list of steps:

    pass    read (first pass only), run a run of consecutive record stages over every segment, and
            compute the keys of the keyed global stages that follow
    decide  a keyed global stage: findings from the keys alone (docs/design.md §3)
    whole   any other global stage: the whole table at once, as before

Findings of a global stage are applied to each segment on the next pass over it (or when the
output is written), stage by stage, so the books count them exactly as a whole-table run would.
A segment is a contiguous range of ``_row`` values: the rows one read batch (local engine) or one
file chunk (Ray engine) produced. Output, rejects and findings are assembled segment by segment, in
``_row`` order, so no engine needs all records in memory.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from curate.engines.books import Books, attach_issues, stage_findings
from curate.stage import Stage


@dataclass
class Step:
    kind: str  # "pass" | "decide" | "whole"
    stages: list[Stage] = field(default_factory=list)  # record stages of a pass
    keys_for: list[Stage] = field(default_factory=list)  # keyed global stages whose keys a pass computes
    stage: Stage | None = None  # the global stage of a decide/whole step


def plan(stages: list[Stage]) -> list[Step]:
    """Steps for a pipeline; the first is always a pass (it reads)."""
    steps: list[Step] = []
    run: list[Stage] = []
    i = 0
    while i < len(stages):
        s = stages[i]
        if s.scope != "global":
            run.append(s)
            i += 1
            continue
        keyed = []
        while i < len(stages) and stages[i].scope == "global" and getattr(stages[i], "keyed", False):
            keyed.append(stages[i])
            i += 1
        if keyed:
            steps.append(Step("pass", run, keyed))
            steps += [Step("decide", stage=g) for g in keyed]
        else:
            if run or not steps:
                steps.append(Step("pass", run, []))
            steps.append(Step("whole", stage=s))
            i += 1
        run = []
    if run or not steps:
        steps.append(Step("pass", run, []))
    return steps


class RunProgress:
    """A run's progress phases, in the order they happen: the read pass (records, with a total
    estimated from the inputs' sizes and replaced by the count when the input ends), then one phase
    per global stage (a barrier: its own line). Engines call ``update`` while reading, ``end_read``
    when the input is exhausted and ``stage(name, n)`` around a global stage; a failed run prints
    no summary line for the phase it failed in (curate.progress)."""

    def __init__(self, desc: str, total: float | None = None, estimated: bool = False,
                 enabled: bool | None = False) -> None:
        import contextlib

        from curate.progress import progress as phase

        self._phase = phase
        self.enabled = enabled
        self._stack: contextlib.ExitStack | None = contextlib.ExitStack()
        self._read = self._stack.enter_context(phase(desc, total, "rec", enabled=enabled, estimated=estimated))

    def update(self, n: int | float = 1) -> None:
        self._read.update(n)

    def end_read(self) -> None:
        if self._stack is not None:
            self._read.set_total(self._read.n)
            stack, self._stack = self._stack, None
            stack.close()

    def stage(self, name: str, total: int) -> Any:
        self.end_read()
        return self._phase(name, total, "rec", enabled=self.enabled)

    def __enter__(self) -> RunProgress:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._stack is not None:
            stack, self._stack = self._stack, None
            if exc[0] is None:
                self._read.set_total(self._read.n)
            stack.__exit__(*exc)


@dataclass
class Job:
    stages: list[Stage]
    mode: str  # clean | audit
    source: Any
    options: Any  # curate.io.readers.ReadOptions
    batch_size: int
    progress: Any  # RunProgress (or anything with update(n))
    output: Any = None  # the output path, when there is one: spills go beside it
    keep_originals: bool = False  # keep the records as read (audit always; a clean run's report)

    def spill_root(self, given: Any = None) -> Any:
        """Where segments are spilled: the folder given, else the output's folder (the same
        disk as the result, usually the large one), else the system's temporary folder."""
        from pathlib import Path

        if given is not None:
            return Path(given)
        return Path(self.output).resolve().parent if self.output is not None else None


def split_by_segment(f: pl.DataFrame, bounds: np.ndarray) -> dict[int, pl.DataFrame]:
    """A findings frame cut into the segments whose ``_row`` ranges start at ``bounds`` (sorted),
    each part in the frame's own order."""
    if f.height == 0:
        return {}
    seg = np.searchsorted(bounds, f["_row"].to_numpy(), side="right") - 1
    tagged = f.with_columns(pl.Series("_seg", seg, dtype=pl.Int64))
    return {int(k[0]): part.drop("_seg") for k, part in tagged.group_by("_seg", maintain_order=True)}


def global_findings(stage: Stage, f: pl.DataFrame, key_rows: pl.Series | None) -> pl.DataFrame:
    """A keyed stage's decision as booked findings; findings for rows it was not given break the
    stage contract (the same check as for a stage's process()). ``key_rows`` None: the rows came
    from the engine's own partitions of the keys, nothing to check."""
    from curate.engines.books import StageContractError

    f = stage_findings(stage.name, f)
    if key_rows is not None and f.height and f.filter(~pl.col("_row").is_in(key_rows.implode())).height:
        raise StageContractError(f"stage {stage.name!r} reported findings for rows not in the batch")
    return f


def book_decision(books: Books, name: str, f: pl.DataFrame, n_in: int, step: int, bounds: np.ndarray,
                  globals_: list[tuple[int, pl.DataFrame]], pending: dict[int, list[tuple[str, pl.DataFrame]]],
                  dropped: list[np.ndarray]) -> None:
    """Book a keyed global stage's findings over ``n_in`` keys: its counters now; the findings
    themselves to every segment they touch (applied on the next pass over it, so the books count
    them as a whole-table run would); its drops to ``dropped``, which the next keyed stage of the
    group leaves out of its keys."""
    st = books.stats[name]
    books.count(name, f)
    st.n_in += n_in
    st.kept += n_in - f.filter(pl.col("action") == "drop")["_row"].n_unique()
    if f.height:
        globals_.append((step, f))
        for seg_i, part in split_by_segment(f, bounds).items():
            pending.setdefault(seg_i, []).append((name, part))
        dropped.append(f.filter(pl.col("action") == "drop")["_row"].unique().to_numpy())


def run_whole(stage: Stage, parts: list[pl.DataFrame], sb: Books, books: Books, step: int,
              bounds: np.ndarray, globals_: list[tuple[int, pl.DataFrame]]
              ) -> tuple[pl.DataFrame | None, dict[int, list[dict]]]:
    """A global stage that is not keyed, over the kept ``parts`` of every segment as one table
    (``_row`` order), booked in ``sb`` and merged into ``books``. Returns the kept table (None when
    nothing was kept) and the new rejects by the segment (index into ``bounds``) they belong to."""
    parts = [p for p in parts if p.height]
    table = pl.concat(parts, how="diagonal_relaxed").sort("_row") if parts else None
    out = sb.apply(stage, table) if table is not None else None
    books.merge_counts(sb)
    whole = pl.concat(sb.findings, how="vertical") if sb.findings else None
    if whole is not None and whole.height:
        globals_.append((step, whole))
    by_seg: dict[int, list[dict]] = {}
    if sb.rejects:
        seg_of = np.searchsorted(bounds, np.array([r["_row"] for r in sb.rejects]), side="right") - 1
        for r, seg in zip(sb.rejects, seg_of):
            by_seg.setdefault(int(seg), []).append(r)
    return out, by_seg


def finish_rejects(rejects: list[dict], findings: list[pl.DataFrame]) -> list[dict]:
    """A segment's rejects in ``_row`` order, each with every finding it collected."""
    out = sorted(rejects, key=lambda d: d["_row"])
    if out and findings:
        attach_issues(out, pl.concat(findings, how="vertical"))
    return out


class Outcome:
    """What an engine hands the runner: the merged books, and the kept records, rejects and
    findings, segment by segment in ``_row`` order (loaded on demand, so a run over more data than
    memory can be written without holding it)."""

    books: Books
    kept: int = 0
    rejected: int = 0
    info: dict[str, Any]
    notes: dict[str, list[str]] = {}  # stage name -> notes() gathered where the stage ran (Ray workers)

    def kept_parts(self) -> Iterator[pl.DataFrame]:  # pragma: no cover - interface
        raise NotImplementedError

    def reject_parts(self) -> Iterator[list[dict]]:  # pragma: no cover - interface
        raise NotImplementedError

    def findings(self) -> pl.DataFrame:  # pragma: no cover - interface
        raise NotImplementedError

    def originals(self) -> pl.DataFrame | None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self) -> None:
        pass


class Engine:
    """An engine executes a Job and returns an Outcome; the runner keeps the books and writes."""

    name = ""

    def execute(self, job: Job) -> Outcome:  # pragma: no cover - interface
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return {"engine": self.name}
