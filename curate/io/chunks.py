"""Cut inputs into pieces that can be read in parallel with exact positions.

An uncompressed JSON Lines file is cut into byte ranges of about ``chunk_bytes``, each ending at a
line end; a range's first line number is 1 + the number of line ends before it, counted per range
(``count_lines``, parallel on a cluster) and summed (``number_lines``). Reading the ranges one by
one (``curate.io.readers.FileChunk``) then gives exactly the ids (``name:line``), lines and rejects
of reading the file. Compressed files and other formats (a JSON document, CSV with quoted line
breaks, Parquet) are one piece each: they cannot be cut without reading them first. In-memory
sources (frames, lists of dicts) are returned as they are.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from curate.io.readers import FileChunk, ReadOptions, resolve_sources

DEFAULT_CHUNK_BYTES = 64 << 20
_COMPRESSED_MAGIC = (b"\x1f\x8b", b"\x28\xb5\x2f\xfd")


def _splittable(path: Path, opts: ReadOptions) -> bool:
    from curate.io.registry import split_suffix

    kind = opts.format or split_suffix(path)[0]
    if kind != "jsonl":
        return False
    with open(path, "rb") as f:
        head = f.read(4)
    return not any(head.startswith(m) for m in _COMPRESSED_MAGIC)


def line_ends(path: Path, size: int, chunk_bytes: int) -> list[int]:
    """Offsets just past the first line end at or after each multiple of ``chunk_bytes``."""
    cuts: list[int] = []
    with open(path, "rb") as f:
        pos = chunk_bytes
        while pos < size:
            f.seek(pos - 1)
            f.readline()  # to the end of the line holding byte pos - 1
            end = f.tell()
            if end >= size:
                break
            if not cuts or end > cuts[-1]:
                cuts.append(end)
            pos = max(end, pos) + chunk_bytes
    return cuts


def plan_chunks(source: Any, options: ReadOptions | dict | None = None,
                chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> list[Any]:
    """The pieces of a source, in input order: FileChunks (``first_line`` still 0 for the ranges
    of a cut file: see number_lines) and in-memory sources as they are."""
    opts = ReadOptions.from_any(options)
    out: list[Any] = []
    for src in resolve_sources(source):
        if src.kind != "file":
            out.append(src.obj)
            continue
        path = src.path
        assert path is not None
        try:
            size = os.path.getsize(path)
            split = size > chunk_bytes and _splittable(path, opts)
        except OSError:
            split = False  # the reader reports an unreadable file with its usual message
        if not split:
            out.append(FileChunk(str(path), src.name))
            continue
        starts = [0, *line_ends(path, size, chunk_bytes)]
        ends = starts[1:] + [size]
        out += [FileChunk(str(path), src.name, a, b, 0) for a, b in zip(starts, ends)]
    return out


def count_lines(path: str, start: int, end: int | None) -> int:
    """Line ends (``\\n``) in a byte range, read in 16 MB blocks."""
    n = 0
    with open(path, "rb") as f:
        f.seek(start)
        left = None if end is None else end - start
        while left is None or left > 0:
            block = f.read(16 << 20 if left is None else min(16 << 20, left))
            if not block:
                break
            n += block.count(b"\n")
            if left is not None:
                left -= len(block)
    return n


def number_lines(chunks: list[Any], counts: dict[int, int]) -> list[Any]:
    """Give each cut range its first line: 1 + the line ends of the earlier ranges of its file.
    ``counts[i]`` is count_lines of chunks[i] for every cut range i."""
    out: list[Any] = []
    seen: dict[str, int] = {}
    for i, c in enumerate(chunks):
        if isinstance(c, FileChunk) and c.end is not None:
            before = seen.get(c.path, 0)
            out.append(FileChunk(c.path, c.name, c.start, c.end, before + 1))
            seen[c.path] = before + counts[i]
        else:
            out.append(c)
    return out
