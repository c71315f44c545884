"""The Python API behind ``curate redact``: records through the runner, logs through the streamer.
Both take their policy from a recipe's ``pii`` stage (``redact`` / ``redact-logs`` by default), so a
recipe is the one place a user states how redaction is configured."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl

STAGE_KEYS = ("profile", "config", "mode", "operators", "survey")


def _pii_recipe(recipe: Any, overrides: dict[str, Any]):
    """The recipe with ``overrides`` applied to its pii stage (added when it has none)."""
    from curate.recipe import Recipe, load_recipe

    rec = recipe if isinstance(recipe, Recipe) else load_recipe(recipe)
    stages = [dict(s) for s in rec.stages]
    pii = [s for s in stages if s["stage"] == "pii"]
    if not pii:
        stages.append({"stage": "pii"})
        pii = [stages[-1]]
    for s in pii:
        for k, v in overrides.items():
            if k not in STAGE_KEYS:
                raise TypeError(f"unknown redact option {k!r}")
            if k == "operators":
                s[k] = {**(s.get(k) or {}), **v}
            else:
                s[k] = v
    return Recipe(name=rec.name, description=rec.description, read=dict(rec.read), stages=stages, path=rec.path)


def pii_counts(findings: pl.DataFrame) -> dict[str, int]:
    """Spans per ``field.ENTITY_TYPE`` from the pii findings (detail starts with the entity type)."""
    if findings.height == 0:
        return {}
    f = findings.filter(pl.col("code").str.starts_with("pii."))
    if f.height == 0:
        return {}
    f = f.with_columns(pl.col("detail").str.extract(r"^(\S+)", 1).alias("entity"))
    g = f.group_by("field", "entity").len().sort("field", "entity")
    return {f"{a}.{b}": int(n) for a, b, n in g.iter_rows()}


def pii_examples(findings: pl.DataFrame, per_type: int = 3) -> dict[str, list[str]]:
    """Up to ``per_type`` distinct masked shapes per entity type ("xxxx@xxxx.xx"), from the findings."""
    if findings.height == 0:
        return {}
    f = findings.filter(pl.col("code").str.starts_with("pii.")).with_columns(
        pl.col("detail").str.extract(r"^(\S+)", 1).alias("entity"),
        pl.col("detail").str.extract(r"; shape (.*)$", 1).alias("shape"))
    out: dict[str, list[str]] = {}
    for ent, shp in f.select("entity", "shape").unique(maintain_order=True).iter_rows():
        if shp is not None and len(out.setdefault(ent, [])) < per_type:
            out[ent].append(shp)
    return dict(sorted(out.items()))


def redact_dataset(source: Any, output: str | Path | None = None, *, recipe: Any = "redact", **kw: Any):
    """Run the redact recipe (its pii stage updated with profile/config/mode/operators from ``kw``)
    over records. The summary gains ``pii``: spans per field and type, and the NER status."""
    from curate.runner import run

    overrides = {k: kw.pop(k) for k in STAGE_KEYS if k in kw}
    rec = _pii_recipe(recipe, overrides)
    stages = rec.build()
    pii_stages = [s for s in stages if s.kind == "pii"]

    def add_pii(summary: dict, findings: Any) -> None:  # before the summary is written, in the same set
        summary["pii"] = {"by_field_type": pii_counts(findings), "examples": pii_examples(findings),
                          "ner": pii_stages[0].redactor.ner if pii_stages else None}

    return run(stages, source, output, summary_hook=add_pii, **kw)


def redact_log_file(src: str | Path, dst: str | Path, *, recipe: Any = "redact-logs", workers: int | None = None,
                    progress: bool | None = False, **overrides: Any) -> dict:
    """Stream a plain-text log through the pii policy of ``recipe``; ``dst`` '-' is stdout."""
    import sys

    from curate.pii.redact import redact_log
    from curate.stages.pii import RedactPII

    rec = _pii_recipe(recipe, overrides)
    spec = next(s for s in rec.stages if s["stage"] == "pii")
    params = {k: v for k, v in spec.items() if k not in ("stage",)}
    stage = RedactPII(**params)
    out = sys.stdout.buffer if str(dst) == "-" else dst
    res = redact_log(src, out, stage.redactor, workers=workers, progress=progress)
    res["input"], res["output"] = str(src), str(dst)
    return res
