"""curate: build and clean instruction-tuning datasets.

    import curate
    ds = curate.read("data.jsonl")                       # records + quarantined rows
    res = curate.run("clean", "data.jsonl", "clean.jsonl")  # a shipped recipe, or a list of stages
    res.summary["totals"]
    res = curate.audit("data.jsonl")                     # what clean would do, nothing written
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> "module:attribute", imported on first use so `import curate` stays cheap.
_LAZY = {
    "read": "curate.io.readers:read",
    "write_records": "curate.io.writers:write_records",
    "load_recipe": "curate.recipe:load_recipe",
    "run": "curate.api.run:run",
    "audit": "curate.api.audit:audit",
    "dedup": "curate.api.dedup:dedup",
    "decontaminate": "curate.api.decontaminate:decontaminate",
    "redact": "curate.api.redact:redact_dataset",
    "score": "curate.api.score:score",
    "select": "curate.api.select:select",
    "export": "curate.api.export:export",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str):
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(name)
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)
