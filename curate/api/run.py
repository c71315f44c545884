"""Python API behind ``curate run`` (and ``curate.run``): run a recipe or a stage list over a source.

    import curate
    res = curate.run("clean", "data.jsonl", "clean.jsonl")   # + clean.rejects.jsonl, .summary.json, ...
    res = curate.run("my-recipe.yaml", None, "out.jsonl")     # a recipe with `generate:` makes its input

A recipe with a ``generate:`` section and no source first generates ``OUT.generated.jsonl`` from seed
tasks (docs/generate.md); its generation summary becomes the run summary's ``generate`` block.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from curate.recipe import Recipe, load_recipe
from curate.runner import RunResult, sidecar_paths
from curate.runner import run as run_stages


def generated_path(output: str | Path) -> Path:
    """Where a generating recipe writes its input: OUT.generated.jsonl beside OUT."""
    base = sidecar_paths(output)["rejects"]
    return base.with_name(base.name.replace(".rejects.jsonl", ".generated.jsonl"))


def run(pipeline: Any, source: Any = None, output: str | Path | None = None, *, report: str | Path | None = None,
        report_diversity: bool = True, **kw: Any) -> RunResult:
    """``curate.runner.run`` (see there for the options, e.g. ``keep_findings``), plus a recipe's
    ``generate:`` section. ``report``: also write the HTML report of the run (the audit's page:
    every issue with its records, fixes as diffs, duplicate groups, before/after charts), as one
    more member of the run's output set (published with the records, listed in the manifest)."""
    if report is not None:
        kw["keep_originals"] = True
        names = _names(source, output)
        kw["extra_files"] = {**(kw.get("extra_files") or {}), "report": (report, lambda res: render_run_report(
            res, diversity=report_diversity, sources=names))}
    return _run(pipeline, source, output, **kw)


def _names(source: Any, output: Any) -> list[str]:
    if isinstance(source, (str, Path)):
        return [str(source)]
    if isinstance(source, (list, tuple)) and source and all(isinstance(s, (str, Path)) for s in source):
        return [str(s) for s in source]
    if source is None and output is not None:
        return [str(generated_path(output))]
    return ["in-memory data"]


def render_run_report(res: RunResult, *, diversity: bool = True, sources: list[str] = ()) -> bytes:
    """The HTML report of a finished clean run (``keep_originals=True``): what it fixed, flagged and
    dropped, record by record, and the data before and after."""
    from curate.api.audit import audit_result
    from curate.api.report import render_report

    if res.originals is None:
        raise ValueError("a run report needs the records as read: run with keep_originals=True")
    return render_report(audit_result(res), cleaned=res.records, sources=sources, diversity=diversity,
                         title=f"curate run: {res.summary.get('recipe') or 'stages'}").encode("utf-8")


def _run(pipeline: Any, source: Any = None, output: str | Path | None = None, **kw: Any) -> RunResult:
    if source is None and not isinstance(pipeline, (list, tuple)):
        recipe = pipeline if isinstance(pipeline, Recipe) else load_recipe(pipeline)
        if recipe.generate:
            from curate.generate.selfinstruct import generate_from_spec

            if output is None:
                raise ValueError("a recipe that generates its input needs an output path")
            gen_out = generated_path(output)
            gen = generate_from_spec(recipe.generate, gen_out)
            return run_stages(recipe, gen_out, output, **kw, summary_extra={"generate": gen.summary},
                              paths_extra={"generated": str(gen.output)})
        pipeline = recipe
    return run_stages(pipeline, source, output, **kw)
