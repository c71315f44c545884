"""Python API behind ``curate decontaminate``: drop records that overlap an evaluation set.

    from curate.api.decontaminate import decontaminate
    res = decontaminate("train.jsonl", "eval.jsonl", "train.clean.jsonl")
"""
from __future__ import annotations

from typing import Any


def decontaminate(source: Any, against: Any, output: Any = None, *, mode: str = "clean",
                  rejects_path: Any = None, read_options: dict | None = None,
                  batch_size: int = 10_000, progress: bool = False,
                  command: list[str] | None = None, **stage_kw: Any):
    from curate.runner import run
    from curate.stages.decontaminate import Decontaminate

    return run([Decontaminate(against=against, **stage_kw)], source, output, mode=mode,
               rejects_path=rejects_path, batch_size=batch_size, read_options=read_options,
               progress=progress, command=command)
