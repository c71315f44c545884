"""Python API behind ``curate convert``: read any supported format and write curate records, changing
no text (a run with no stages: bad rows still go to the rejects, the books still balance)."""
from __future__ import annotations

from typing import Any

from curate.runner import RunResult, run


def convert(source: Any, output: Any, **kw: Any) -> RunResult:
    return run([], source, output, **kw)
