"""Where a run may write: never over one of its inputs, never two roles into one file.

``-o data.jsonl`` with ``data.jsonl`` as input used to overwrite the input (and the manifest then
hashed the new file as the input); ``--rejects`` equal to ``-o`` replaced the data with the rejects.
Both are refused here, before anything is read. Paths are compared after resolving symlinks, and
files that exist are compared by device and inode too (a hard link is the same file).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from curate.io.readers import ReadFailure, resolve_sources

STDOUT = "-"


def _key(p: str | os.PathLike) -> tuple[str, tuple[int, int] | None]:
    real = os.path.realpath(p)
    try:
        st = os.stat(real)
        return real, (st.st_dev, st.st_ino)
    except OSError:
        return real, None


def input_files(source: Any) -> list[Path]:
    """The files a source reads (globs and folders expanded); [] for in-memory sources."""
    if source is None:
        return []
    try:
        return [s.path for s in resolve_sources(source) if s.path is not None]
    except ReadFailure:
        return []  # the read itself reports a missing input, with its own message


def refuse_overlap(source: Any, outputs: dict[str, str | os.PathLike | None],
                   extra_inputs: dict[str, Any] | None = None) -> None:
    """ValueError when an output is an input or two outputs are one file. ``outputs`` maps a role
    (output, rejects, summary, manifest, report, ...) to its path; ``extra_inputs`` maps a role
    (``--against``, ``--cleaned``) to more sources that must not be overwritten either."""
    ins: dict[Any, tuple[str, Path]] = {}
    groups = {"input": source, **(extra_inputs or {})}
    for role, src in groups.items():
        for p in input_files(src):
            real, ino = _key(p)
            ins[real] = (role, p)
            if ino is not None:
                ins[ino] = (role, p)
    seen: dict[Any, tuple[str, str]] = {}
    for role, out in outputs.items():
        if out is None or str(out) == STDOUT:
            continue
        real, ino = _key(out)
        for k in (real, ino):
            if k is None:
                continue
            if k in ins:
                what, p = ins[k]
                raise ValueError(f"the {role} path {out} is the {what} file {p}: curate never writes over "
                                 f"what it reads; choose another {role} path")
            if k in seen and seen[k][0] != role:
                raise ValueError(f"the {role} path {out} is the same file as the {seen[k][0]} path "
                                 f"{seen[k][1]}: give each its own")
        seen[real] = (role, str(out))
        if ino is not None:
            seen[ino] = (role, str(out))
