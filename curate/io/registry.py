"""File formats by name and suffix: one line per format names its suffixes, its reader and its
writer (or None). The reader's suffix list, the sidecar naming (``OUT.rejects.jsonl``) and the CLI's
``--format`` choices are derived from this table, so adding a format is one function plus one line.

A reader is ``units(stream, path, opts, name, seen_ids) -> Iterator`` over a binary stream (already
decompressed and verified: curate/io/streams.py); a writer is ``write(df, f, path, internal) -> int``
into an open binary handle ``f`` (``path`` is the final name: it decides compression). Compression is a
second suffix (``.jsonl.gz``) and applies to every format that streams (not Parquet, which compresses
inside the file); curate/io/writers.py ``check_output_path`` refuses any other output name.
"""
from __future__ import annotations

from pathlib import Path

from curate.registry import Registry

# name: (suffixes, reader, writer)
FORMATS: dict[str, tuple[tuple[str, ...], str, str | None]] = {
    "jsonl": ((".jsonl", ".ndjson", ".jsonlines"), "curate.io.readers:units_jsonl", "curate.io.writers:write_jsonl_frame"),
    "json": ((".json",), "curate.io.readers:units_json", "curate.io.writers:write_json_frame"),
    "csv": ((".csv",), "curate.io.readers:units_csv", None),
    "tsv": ((".tsv",), "curate.io.readers:units_tsv", None),
    "parquet": ((".parquet", ".pq"), "curate.io.readers:units_parquet", "curate.io.writers:write_parquet_frame"),
}
COMPRESSION: dict[str, str] = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}

READERS = Registry("input format", {n: r for n, (_, r, _) in FORMATS.items()})
WRITERS = Registry("output format", {n: w for n, (_, _, w) in FORMATS.items() if w})
SUFFIXES: dict[str, str] = {s: n for n, (sfx, _, _) in FORMATS.items() for s in sfx}
DATA_SUFFIXES = frozenset(SUFFIXES)


def split_suffix(path: str | Path) -> tuple[str | None, str | None]:
    """(format name, compression) read from a file name: ``a.jsonl.gz`` → ("jsonl", "gzip")."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    comp = None
    while suffixes and suffixes[-1] in COMPRESSION:
        comp = comp or COMPRESSION[suffixes[-1]]
        suffixes.pop()
    return (SUFFIXES.get(suffixes[-1]) if suffixes else None), comp


def strip_data_suffixes(name: str) -> str:
    """``clean.jsonl.gz`` → ``clean``: the base name sidecar files are named after."""
    while True:
        lower = name.lower()
        ext = next((e for e in (*SUFFIXES, *COMPRESSION) if lower.endswith(e) and len(name) > len(e)), None)
        if ext is None:
            return name
        name = name[: -len(ext)]
