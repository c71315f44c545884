"""curate: build and clean instruction-tuning datasets.

    import curate
    ds = curate.read("data.jsonl")                       # records + quarantined rows
    res = curate.run("clean", "data.jsonl", "clean.jsonl")  # a shipped recipe, or a list of stages
    res.summary["totals"]
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "read", "run", "write_records", "load_recipe"]


def __getattr__(name: str):  # lazy: `import curate` stays cheap
    if name == "read":
        from .io.readers import read
        return read
    if name == "write_records":
        from .io.writers import write_records
        return write_records
    if name == "run":
        from .runner import run
        return run
    if name == "load_recipe":
        from .recipe import load_recipe
        return load_recipe
    raise AttributeError(name)
