"""The local engine: one process, batch by batch, with bounded memory.

Record stages stream batch by batch as they always did. What changed is what waits at a global
stage: each batch's kept records become a *segment* (its rejects, findings and, for the keyed
global stages ahead, their keys). Segments stay in memory up to ``memory_budget`` bytes; past it they
are spilled to Arrow IPC files in a temporary folder (beside the output by default) and read back
one at a time. A keyed global stage (exact, near and semantic dedup) decides on its keys alone —
content hashes, band keys, lengths: ~80-250 bytes per record instead of ~1.4 KB — and fetches only
the records it must read (near-duplicate candidates). So the peak memory is the keys plus one
segment, not the data: 10M records cleaned in under 6 GB (bench/bench_scale.py, docs/scale.md).
"""
from __future__ import annotations

import os
import pickle
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl

from curate.engines.base import (
    Engine,
    Job,
    Outcome,
    Step,
    book_decision,
    finish_rejects,
    global_findings,
    plan,
    run_whole,
)
from curate.engines.books import Books
from curate.stage import KeyTable, Stage, compact

DEFAULT_BUDGET = 512 << 20  # bytes of segments held in memory before spilling


class Segment:
    """One contiguous ``_row`` range [lo, hi): its kept records, rejects, findings (per step),
    records as read (audit), and keys for the keyed global stages ahead."""

    __slots__ = ("index", "lo", "hi", "kept", "rejects", "findings", "originals", "keys", "path", "n_kept",
                 "n_rejects", "gen")

    def __init__(self, index: int, lo: int, hi: int) -> None:
        self.index, self.lo, self.hi = index, lo, hi
        self.kept: pl.DataFrame | None = None
        self.rejects: list[dict] | None = []
        self.findings: list[tuple[int, pl.DataFrame]] | None = []
        self.originals: pl.DataFrame | None = None
        self.keys: dict[str, pl.DataFrame] = {}
        self.path: Path | None = None  # spilled here when not None
        self.n_kept = 0
        self.n_rejects = 0
        self.gen = 0  # bumps on every rewrite, so a new file never replaces one still mapped


class SegmentStore:
    """Segments in memory until ``budget`` bytes, then on disk as Arrow IPC (one folder each)."""

    def __init__(self, spill_root: Path | None, budget: int) -> None:
        self.segments: list[Segment] = []
        self.budget = budget
        self.in_memory = 0
        self.spilling = False
        self._root = spill_root
        self.dir: Path | None = None
        self.spilled_bytes = 0

    # -- writing ----------------------------------------------------------------------------
    def _ensure_dir(self) -> Path:
        if self.dir is None:
            root = self._root if self._root is not None else Path(tempfile.gettempdir())
            root.mkdir(parents=True, exist_ok=True)
            self.dir = Path(tempfile.mkdtemp(prefix=".curate-spill-", dir=root))
        return self.dir

    def put(self, seg: Segment, kept: pl.DataFrame, rejects: list[dict], findings: list[tuple[int, pl.DataFrame]],
            originals: pl.DataFrame | None, keys: dict[str, pl.DataFrame]) -> None:
        """Store (or replace) a segment's payload."""
        seg.n_kept = kept.height
        seg.n_rejects = len(rejects)
        size = kept.estimated_size() + sum(k.estimated_size() for k in keys.values())
        if originals is not None:
            size += originals.estimated_size()
        if not self.spilling and self.in_memory + size > self.budget:
            self.spilling = True
            for other in self.segments:  # everything held so far goes to disk too
                if other.path is None and other is not seg and other.kept is not None:
                    self._spill(other, other.kept, other.rejects or [], other.findings or [], other.originals,
                                other.keys)
            self.in_memory = 0
        if self.spilling:
            self._spill(seg, kept, rejects, findings, originals, keys)
        else:
            seg.kept, seg.rejects, seg.findings, seg.originals, seg.keys = kept, rejects, findings, originals, keys
            self.in_memory += size
        if seg.index >= len(self.segments):
            self.segments.append(seg)

    def _spill(self, seg: Segment, kept: pl.DataFrame, rejects: list[dict],
               findings: list[tuple[int, pl.DataFrame]], originals: pl.DataFrame | None,
               keys: dict[str, pl.DataFrame]) -> None:
        old = seg.path
        seg.gen += 1
        d = self._ensure_dir() / f"{seg.index:07d}.{seg.gen}"
        d.mkdir()
        kept.write_ipc(d / "kept.arrow")
        if originals is not None:
            originals.write_ipc(d / "originals.arrow")
        for i, (name, k) in enumerate(keys.items()):
            k.write_ipc(d / f"keys{i}.arrow")
        with open(d / "rejects.pkl", "wb") as f:
            pickle.dump((rejects, [step for step, _ in findings], list(keys)), f, protocol=5)
        for i, (_, fr) in enumerate(findings):
            fr.write_ipc(d / f"findings{i}.arrow")
        self.spilled_bytes += sum(p.stat().st_size for p in d.iterdir())
        seg.path = d
        seg.kept = seg.originals = None
        seg.rejects = seg.findings = None
        seg.keys = {}
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    # -- reading ----------------------------------------------------------------------------
    def _meta(self, seg: Segment) -> tuple[list[dict], list[int], list[str]]:
        with open(seg.path / "rejects.pkl", "rb") as f:  # type: ignore[operator]
            return pickle.load(f)

    def kept(self, seg: Segment, columns: list[str] | None = None) -> pl.DataFrame:
        if seg.path is None:
            assert seg.kept is not None
            return seg.kept if columns is None else seg.kept.select(columns)
        return pl.read_ipc(seg.path / "kept.arrow", columns=columns)

    def payload(self, seg: Segment) -> tuple[pl.DataFrame, list[dict], list[tuple[int, pl.DataFrame]], pl.DataFrame | None]:
        if seg.path is None:
            assert seg.kept is not None
            return seg.kept, list(seg.rejects or []), list(seg.findings or []), seg.originals
        rejects, steps, _ = self._meta(seg)
        findings = [(s, pl.read_ipc(seg.path / f"findings{i}.arrow")) for i, s in enumerate(steps)]
        orig = seg.path / "originals.arrow"
        return (self.kept(seg), rejects, findings,
                pl.read_ipc(orig) if orig.exists() else None)

    def findings(self, seg: Segment) -> list[tuple[int, pl.DataFrame]]:
        if seg.path is None:
            return list(seg.findings or [])
        _, steps, _ = self._meta(seg)
        return [(s, pl.read_ipc(seg.path / f"findings{i}.arrow")) for i, s in enumerate(steps)]

    def originals(self, seg: Segment) -> pl.DataFrame | None:
        if seg.path is None:
            return seg.originals
        orig = seg.path / "originals.arrow"
        return pl.read_ipc(orig) if orig.exists() else None

    def key_frame(self, seg: Segment, stage: str, columns: list[str] | None = None) -> pl.DataFrame | None:
        if seg.path is None:
            k = seg.keys.get(stage)
            return None if k is None else (k if columns is None else k.select(columns))
        _, _, names = self._meta(seg)
        if stage not in names:
            return None
        return pl.read_ipc(seg.path / f"keys{names.index(stage)}.arrow", columns=columns)

    def bounds(self) -> np.ndarray:
        return np.array([s.lo for s in self.segments], dtype=np.int64)

    def close(self) -> None:
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None


class StoreKeys(KeyTable):
    """The keys of one keyed stage across the store's segments, minus the rows ``dropped`` (sorted)
    by an earlier stage of the same group; one column in memory at a time."""

    def __init__(self, store: SegmentStore, stage: str, dropped: np.ndarray) -> None:
        self.store, self.stage = store, stage
        self.parts: list[tuple[Segment, np.ndarray | None]] = []
        self.height = 0
        self.names = []
        for seg in store.segments:
            rows = store.key_frame(seg, stage, ["_row"])
            if rows is None or rows.height == 0:
                continue
            if not self.names:
                self.names = list(store.key_frame(seg, stage).columns)  # type: ignore[union-attr]
            mask = None
            if len(dropped):
                r = rows["_row"].to_numpy()
                mask = ~np.isin(r, dropped)
                if mask.all():
                    mask = None
            self.parts.append((seg, mask))
            self.height += rows.height if mask is None else int(mask.sum())

    def column(self, name: str) -> pl.Series:
        out = []
        for seg, mask in self.parts:
            s = self.store.key_frame(seg, self.stage, [name])[name]  # type: ignore[index]
            out.append(s if mask is None else s.filter(pl.Series(mask)))
        if not out:
            return pl.Series(name, [])
        return pl.concat([s.to_frame() for s in out], how="vertical_relaxed").to_series() if len(out) > 1 else out[0]

    def select(self, names: list[str], mask: Any = None) -> pl.DataFrame:
        out, at = [], 0
        for seg, drop_mask in self.parts:
            f = self.store.key_frame(seg, self.stage, names)
            if drop_mask is not None:
                f = f.filter(pl.Series(drop_mask))  # type: ignore[union-attr]
            if mask is not None:
                m = np.asarray(mask[at:at + f.height])  # type: ignore[union-attr]
                at += f.height  # type: ignore[union-attr]
                if not m.any():
                    continue
                f = compact(f.filter(pl.Series(m)))  # type: ignore[union-attr]
            out.append(f)
        if not out:
            return pl.DataFrame(schema={n: pl.Null for n in names})
        return pl.concat(out, how="vertical_relaxed")

    def fetch(self, rows: Any, columns: list[str]) -> pl.DataFrame:
        rows = np.asarray(rows, dtype=np.int64)
        out = []
        bounds = self.store.bounds()
        which = np.searchsorted(bounds, rows, side="right") - 1
        for si in np.unique(which):
            seg = self.store.segments[int(si)]
            want = pl.Series("_row", rows[which == si], dtype=pl.Int64)
            part = self.store.kept(seg, ["_row", *columns])
            out.append(compact(part.filter(pl.col("_row").is_in(want.implode()))))
        if not out:
            return pl.DataFrame(schema={"_row": pl.Int64, **{c: pl.Utf8 for c in columns}})
        return pl.concat(out, how="vertical_relaxed")


def compute_keys(stages: list[Stage], kept: pl.DataFrame, books: Books) -> dict[str, pl.DataFrame]:
    """The keys of each keyed global stage for one segment (time counted as the stage's)."""
    out = {}
    for g in stages:
        if kept.height == 0:
            continue
        t0 = time.perf_counter()
        out[g.name] = g.keys(kept)
        books.stats[g.name].seconds += time.perf_counter() - t0
    return out


class LocalOutcome(Outcome):
    def __init__(self, store: SegmentStore, books: Books, globals_: list[tuple[int, pl.DataFrame]],
                 pending: dict[int, list[tuple[str, pl.DataFrame]]], steps: list[Step], info: dict) -> None:
        self.store, self.books, self.info = store, books, info
        self._globals = globals_  # (step, whole findings frame), in step order
        self._pending = pending
        self._steps = steps
        pending_drops = sum(f.filter(pl.col("action") == "drop")["_row"].n_unique()
                            for fs in pending.values() for _, f in fs)
        self.kept = sum(seg.n_kept for seg in store.segments) - pending_drops
        self.rejected = sum(seg.n_rejects for seg in store.segments) + pending_drops
        self._finalizer = weakref.finalize(self, store.close)

    def _final(self, seg: Segment, want_rejects: bool) -> tuple[pl.DataFrame, list[dict], list[pl.DataFrame]]:
        if want_rejects:
            kept, rejects, findings, _ = self.store.payload(seg)
        else:
            kept, rejects, findings = self.store.kept(seg), [], []
        scratch = Books([])
        for name, f in self._pending.get(seg.index, []):
            kept = scratch.carry_out(name, f, kept)
        if not want_rejects:
            return kept, [], []
        frames = self._findings_of(seg, findings)
        return kept, rejects + scratch.rejects, frames

    def _findings_of(self, seg: Segment, findings: list[tuple[int, pl.DataFrame]]) -> list[pl.DataFrame]:
        """The segment's findings in pipeline order (its own per step, and its slice of each global
        stage's), which is each record's findings in the order a whole-table run had them."""
        by_step: dict[int, list[pl.DataFrame]] = {}
        for step, f in findings:
            by_step.setdefault(step, []).append(f)
        for step, whole in self._globals:
            part = whole.filter((pl.col("_row") >= seg.lo) & (pl.col("_row") < seg.hi))
            if part.height:
                by_step.setdefault(step, []).append(part)
        return [f for step in sorted(by_step) for f in by_step[step]]

    def kept_parts(self) -> Iterator[pl.DataFrame]:
        for seg in self.store.segments:
            kept, _, _ = self._final(seg, False)
            if kept.height:
                yield kept

    def reject_parts(self) -> Iterator[list[dict]]:
        for seg in self.store.segments:
            _, rejects, frames = self._final(seg, True)
            if rejects:
                yield finish_rejects(rejects, frames)

    def findings(self) -> pl.DataFrame:
        """All findings, step by step (within a pass segment by segment), each record's in the
        order a whole-table run gave them."""
        by_step: dict[int, list[pl.DataFrame]] = {}
        for seg in self.store.segments:
            for step, f in self.store.findings(seg):
                by_step.setdefault(step, []).append(f)
        for step, whole in self._globals:
            by_step.setdefault(step, []).append(whole)
        parts = [f for step in sorted(by_step) for f in by_step[step] if f.height]
        if not parts:
            from curate.stage import empty_findings

            return empty_findings().with_columns(pl.lit(None, pl.Utf8).alias("stage"))
        return pl.concat(parts, how="vertical")

    def originals(self) -> pl.DataFrame | None:
        parts = [o for seg in self.store.segments if (o := self.store.originals(seg)) is not None]
        return pl.concat(parts, how="vertical") if parts else None

    def close(self) -> None:
        self._finalizer()


class LocalEngine(Engine):
    """Today's runner loop, segment by segment, spilling past ``memory_budget`` bytes."""

    name = "local"

    def __init__(self, memory_budget: int | None = None, spill_dir: str | os.PathLike | None = None) -> None:
        env = os.environ.get("CURATE_MEMORY_BUDGET")
        self.memory_budget = int(memory_budget if memory_budget is not None else (env or DEFAULT_BUDGET))
        self.spill_dir = Path(spill_dir) if spill_dir is not None else None

    def execute(self, job: Job) -> Outcome:
        from curate.io.readers import iter_batches

        steps = plan(job.stages)
        books = Books(job.stages)
        store = SegmentStore(job.spill_root(self.spill_dir), self.memory_budget)
        audit = job.mode == "audit" or job.keep_originals  # keep the records as read
        first = steps[0]
        file_stats: list[dict] = []
        row = 0
        it = iter_batches(job.source, job.options, job.batch_size, file_stats)
        while True:
            t0 = time.perf_counter()  # reading and parsing count as the read stage's time
            rb = next(it, None)
            if rb is None:
                break
            sb = Books(job.stages)
            kept = sb.take_read(rb, time.perf_counter() - t0, keep_originals=audit)
            job.progress.update(rb.units)
            for st in first.stages:
                kept = sb.apply(st, kept)
            keys = compute_keys(first.keys_for, kept, sb)
            seg = Segment(len(store.segments), row, row + rb.units + rb.split_extra)
            row = seg.hi
            store.put(seg, kept, sb.rejects, _tagged(0, sb.findings), sb.originals[0] if audit else None, keys)
            books.merge_counts(sb)
        books.add_files(file_stats)
        end_read = getattr(job.progress, "end_read", None)
        if end_read is not None:
            end_read()

        globals_: list[tuple[int, pl.DataFrame]] = []
        pending: dict[int, list[tuple[str, pl.DataFrame]]] = {}
        dropped: list[np.ndarray] = []  # rows dropped by the keyed stages of the current group
        for si, step in enumerate(steps[1:], 1):
            if step.kind == "decide":
                g = step.stage
                assert g is not None
                drops = np.sort(np.concatenate(dropped)) if dropped else np.zeros(0, dtype=np.int64)
                kt = StoreKeys(store, g.name, drops)
                st = books.stats[g.name]
                t0 = time.perf_counter()
                if kt.height:
                    with _stage_phase(job, g.name, kt.height):
                        f = global_findings(g, g.decide(kt), kt.column("_row"))
                    book_decision(books, g.name, f, kt.height, si, store.bounds(), globals_, pending, dropped)
                st.seconds += time.perf_counter() - t0
                continue
            dropped = []
            if step.kind == "whole":
                with _stage_phase(job, step.stage.name, sum(seg.n_kept for seg in store.segments)):  # type: ignore[union-attr]
                    self._whole(step.stage, si, store, books, globals_, pending)  # type: ignore[arg-type]
            else:
                self._pass(step, si, store, books, pending)
        info = {"engine": "local", "memory_budget": self.memory_budget,
                "spilled": store.dir is not None, "spilled_bytes": store.spilled_bytes,
                "segments": len(store.segments)}
        return LocalOutcome(store, books, globals_, pending, steps, info)

    def _pass(self, step: Step, si: int, store: SegmentStore, books: Books,
              pending: dict[int, list[tuple[str, pl.DataFrame]]]) -> None:
        for seg in store.segments:
            kept, rejects, findings, originals = store.payload(seg)
            sb = Books(list(_stages_of(books)))
            for name, f in pending.pop(seg.index, []):
                kept = sb.carry_out(name, f, kept)
            for st in step.stages:
                kept = sb.apply(st, kept)
            keys = compute_keys(step.keys_for, kept, sb)
            store.put(seg, kept, rejects + sb.rejects, findings + _tagged(si, sb.findings), originals, keys)
            books.merge_counts(sb)

    def _whole(self, stage: Stage, si: int, store: SegmentStore, books: Books,
               globals_: list[tuple[int, pl.DataFrame]], pending: dict[int, list[tuple[str, pl.DataFrame]]]) -> None:
        """A global stage that is not keyed: the whole table at once (memory: all kept records)."""
        parts, payloads = [], []
        for seg in store.segments:
            kept, rejects, findings, originals = store.payload(seg)
            sb = Books(list(_stages_of(books)))
            for name, f in pending.pop(seg.index, []):
                kept = sb.carry_out(name, f, kept)
            payloads.append((rejects + sb.rejects, findings, originals))
            parts.append(kept)
        out, new_rejects = run_whole(stage, parts, Books(list(_stages_of(books))), books, si, store.bounds(),
                                     globals_)
        for seg, (rejects, findings, originals) in zip(store.segments, payloads):
            kept = (out.filter((pl.col("_row") >= seg.lo) & (pl.col("_row") < seg.hi)) if out is not None
                    else store.kept(seg).clear())
            store.put(seg, kept, rejects + new_rejects.get(seg.index, []), findings, originals, {})


def _stage_phase(job: Job, name: str, n: int) -> Any:
    """The progress phase of a global stage (a barrier: its own line), when the job shows any."""
    import contextlib

    stage = getattr(job.progress, "stage", None)
    if stage is None:
        return contextlib.nullcontext()

    @contextlib.contextmanager
    def run() -> Any:
        with stage(name, n) as bar:
            yield
            bar.update(n)

    return run()


def _tagged(step: int, frames: list[pl.DataFrame]) -> list[tuple[int, pl.DataFrame]]:
    frames = [f for f in frames if f.height]
    return [(step, pl.concat(frames, how="vertical"))] if frames else []


class _Named:
    def __init__(self, name: str, kind: str, scope: str) -> None:
        self.name, self.kind, self.scope = name, kind, scope


def _stages_of(books: Books) -> list[Any]:
    return [_Named(s.name, s.kind, s.scope) for s in books.stats.values()]
