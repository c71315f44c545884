"""Python API behind ``curate dedup``: exact, near (MinHash) and semantic dedup.

    from curate.api.dedup import dedup
    res = dedup("data.jsonl", "clean.jsonl", semantic=True)        # a curate.runner.RunResult

It builds a plain stage list and calls the runner, so books, rejects, summary and manifest are the
same as for any recipe.
"""
from __future__ import annotations

from typing import Any


def dedup_stages(*, exact: bool = True, near: bool = True, semantic: bool = False,
                 threshold: float | None = None, semantic_threshold: float | None = None,
                 fields: Any = ("instruction", "input"), match: str | None = None, keep: str = "first",
                 embedder: Any = None, near_params: dict | None = None,
                 semantic_params: dict | None = None) -> list:
    """exact_dedup → near_dedup → semantic_dedup, as asked. ``match``: the near-dup rule
    (combined | all | any; NearDedup's default is combined). ``embedder``: the semantic stage's
    (packaged-minilm, st:PATH, openai:MODEL, or a language map; curate.models.embed)."""
    from curate.stages.exact_dedup import ExactDedup

    stages: list = []
    if exact:
        stages.append(ExactDedup(keep=keep))
    if near:
        from curate.stages.near_dedup import NearDedup

        p = dict(near_params or {})
        if threshold is not None:
            p["threshold"] = threshold
        if match is not None:  # combined | all | any (NearDedup's default: combined)
            p["match"] = match
        stages.append(NearDedup(fields=fields, keep=keep, **p))
    if semantic:
        from curate.stages.semantic_dedup import SemanticDedup

        p = dict(semantic_params or {})
        if semantic_threshold is not None:
            p["threshold"] = semantic_threshold
        if threshold is not None and not near:
            p.setdefault("near_threshold", threshold)
        if embedder is not None:
            p["embedder"] = embedder
        stages.append(SemanticDedup(fields=fields, keep=keep, **p))
    if not stages:
        raise ValueError("nothing to do: enable at least one of exact, near, semantic")
    return stages


def dedup(source: Any, output: Any = None, *, mode: str = "clean", rejects_path: Any = None,
          read_options: dict | None = None, batch_size: int = 10_000, progress: bool = False,
          command: list[str] | None = None, **stage_kw: Any):
    from curate.runner import run

    return run(dedup_stages(**stage_kw), source, output, mode=mode, rejects_path=rejects_path,
               batch_size=batch_size, read_options=read_options, progress=progress, command=command)
