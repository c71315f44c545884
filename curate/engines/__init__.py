"""Engines execute a pipeline; the runner keeps the books (docs/design.md §5, docs/scale.md).

``local``: one process, batch by batch, segments spilled to Arrow IPC past a memory budget, keyed
global stages deciding on keys alone. ``ray``: the same plan on a Ray cluster (``curate[ray]``):
files read in chunks by workers, record stages fused into one ``map_batches`` per run over an actor
pool, global stages on the driver below a size threshold and as shuffles above it. For a recipe
without model stages both give byte-identical output and rejects.
"""
from __future__ import annotations

from typing import Any

from curate.registry import Registry, require

ENGINES = Registry("engine", {
    "local": "curate.engines.local:LocalEngine",
    "ray": "curate.engines.ray:RayEngine",
})
EXTRAS = {"ray": ("ray", ("ray",))}  # engine -> (pip extra, modules it needs)


def make_engine(engine: str | Any = "local", **options: Any) -> Any:
    """An engine by name (``local`` | ``ray``) with its options, or an Engine object as given."""
    if not isinstance(engine, str):
        if options:
            raise ValueError("engine options go with an engine name, not an Engine object")
        return engine
    if engine not in ENGINES:
        ENGINES.target(engine)  # raises the one clear "unknown engine" error
    if engine in EXTRAS:
        extra, modules = EXTRAS[engine]
        require(f"engine {engine!r}", modules, extra)
    cls = ENGINES.load(engine)
    return cls(**{k: v for k, v in options.items() if v is not None})
