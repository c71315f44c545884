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


def run(pipeline: Any, source: Any = None, output: str | Path | None = None, **kw: Any) -> RunResult:
    """``curate.runner.run`` (see there for the options), plus a recipe's ``generate:`` section."""
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
