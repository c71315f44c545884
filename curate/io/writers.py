"""Write records: JSONL (default), JSON, Parquet; optional gzip/zstd. UTF-8 with CJK unescaped,
deterministic order and bytes, written atomically (temp file in the same folder + rename)."""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import polars as pl

from curate.io.registry import WRITERS, split_suffix

try:
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

CORE_OUT = ("id", "instruction", "input", "output")
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb") -> Iterator[Any]:
    """Yield a file handle on a temp file beside ``path``; rename it into place only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8", "newline": ""})) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs get the usual permissions
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def dumps(obj: Any) -> bytes:
    if orjson is not None:
        try:
            return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY)
        except TypeError:
            pass
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str).encode("utf-8",
                                                                                          "surrogateescape")


def _loads(s: str) -> Any:
    return orjson.loads(s) if orjson is not None else json.loads(s)


def output_columns(df: pl.DataFrame, internal: bool = False) -> list[str]:
    """Written columns in order: id, instruction, input, output, system, history, content_hash, then
    stage-added columns in the order stages added them."""
    cols = [c for c in CORE_OUT if c in df.columns]
    for c in df.columns:
        if c in cols or c == "_extra":
            continue
        if c.startswith("_") and not internal:
            continue
        cols.append(c)
    return cols


def record_dicts(df: pl.DataFrame, internal: bool = False) -> Iterator[dict]:
    """One output dict per row. Null ``system``/``history`` are omitted (the source had none); source
    fields curate does not interpret follow, untouched, unless a stage column has the same name."""
    cols = output_columns(df, internal)
    has_extra = "_extra" in df.columns
    sel = cols + (["_extra"] if has_extra else [])
    for sl in df.select(sel).iter_slices(5_000):
        for row in sl.iter_rows():
            rec = {}
            for k, v in zip(cols, row):
                if v is None and k in ("system", "history"):
                    continue
                rec[k] = v
            if has_extra and row[-1] is not None:
                for k, v in _loads(row[-1]).items():
                    if k not in rec:
                        rec[k] = v
            yield rec


def _open_out(path: Path, f: Any) -> Any:
    name = path.name.lower()
    if name.endswith((".gz", ".gzip")):
        return gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0)  # mtime 0: same bytes every run
    if name.endswith((".zst", ".zstd")):
        import zstandard

        return zstandard.ZstdCompressor(level=3).stream_writer(f, closefd=False)
    return None


def write_jsonl(rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write dicts as JSON Lines atomically; returns the number of lines."""
    path = Path(path)
    n = 0
    with atomic_write(path) as raw:
        comp = _open_out(path, raw)
        out = comp or raw
        for row in rows:
            out.write(dumps(row))
            out.write(b"\n")
            n += 1
        if comp is not None:
            comp.close()
    return n


def _plain_jsonl_frame(df: pl.DataFrame, internal: bool) -> pl.DataFrame | None:
    """The columns to write when polars' own NDJSON writer gives exactly the bytes record_dicts +
    orjson would: only string and integer columns (float formatting differs), no passthrough fields,
    and optional columns either absent or null on every row (record_dicts omits them per row)."""
    if "_extra" in df.columns and df["_extra"].null_count() != df.height:
        return None
    keep = []
    for c in output_columns(df, internal):
        if c in ("system", "history"):
            if df[c].null_count() == df.height:
                continue
            return None
        dt = df[c].dtype
        if not (dt == pl.Utf8 or dt.is_integer()):
            return None
        keep.append(c)
    return df.select(keep)


def write_jsonl_frame(df: pl.DataFrame, path: Path, internal: bool = False) -> int:
    compressed = split_suffix(path)[1] is not None
    plain = None if compressed else _plain_jsonl_frame(df, internal)
    if plain is not None and plain.height:
        with atomic_write(path) as f:
            plain.write_ndjson(f)
        return plain.height
    return write_jsonl(record_dicts(df, internal), path)


def write_json_frame(df: pl.DataFrame, path: Path, internal: bool = False) -> int:
    n = 0
    with atomic_write(path) as raw:
        comp = _open_out(path, raw)
        out = comp or raw
        out.write(b"[")
        for rec in record_dicts(df, internal):
            out.write(b",\n" if n else b"\n")
            out.write(dumps(rec))
            n += 1
        out.write(b"\n]\n")
        if comp is not None:
            comp.close()
    return n


def write_parquet_frame(df: pl.DataFrame, path: Path, internal: bool = False) -> int:
    rows = list(record_dicts(df, internal))
    try:
        table = pl.from_dicts(rows, infer_schema_length=None) if rows else df.select(output_columns(df))
    except Exception:  # passthrough fields with mixed types: keep them as one JSON column
        base = df.select(output_columns(df, internal))
        extra = df["_extra"] if "_extra" in df.columns else None
        table = base.with_columns(extra.alias("extra")) if extra is not None else base
    with atomic_write(path) as f:
        table.write_parquet(f, statistics=False)
    return table.height


def write_records(df: pl.DataFrame, path: str | os.PathLike, fmt: str | None = None,
                  internal: bool = False) -> int:
    """Write a record frame in the format ``fmt`` names or the file's suffix gives (JSONL when the
    suffix names no format); see curate.io.registry."""
    path = Path(path)
    kind = fmt or split_suffix(path)[0] or "jsonl"
    if kind not in WRITERS:
        raise ValueError(f"unknown output format {kind!r} ({', '.join(WRITERS)})")
    return WRITERS.load(kind)(df, path, internal)


def write_record_parts(parts: Iterable[pl.DataFrame], path: str | os.PathLike, fmt: str | None = None,
                       internal: bool = False, empty: Any = None) -> int:
    """``write_records`` for a frame that arrives in parts, in order (an engine's segments), without
    holding it: JSONL and JSON are written part by part into one atomic file, byte-identical to
    writing the concatenated frame (each part takes the polars or the per-row path on its own; both
    give the same bytes). Parquet gathers the parts first. ``empty()`` gives the frame to write
    when there are no parts (its schema decides an empty Parquet file's columns)."""
    path = Path(path)
    kind = fmt or split_suffix(path)[0] or "jsonl"
    if kind not in WRITERS:
        raise ValueError(f"unknown output format {kind!r} ({', '.join(WRITERS)})")
    it = iter(parts)
    first = next(it, None)
    if first is None:
        return write_records(empty() if empty is not None else pl.DataFrame(), path, kind, internal)
    if kind not in ("jsonl", "json"):
        frames = [first, *it]
        return write_records(pl.concat(frames, how="diagonal_relaxed"), path, kind, internal)
    compressed = split_suffix(path)[1] is not None
    n = 0
    with atomic_write(path) as raw:
        comp = _open_out(path, raw)
        out = comp or raw
        if kind == "json":
            out.write(b"[")
        for part in _chain(first, it):
            if kind == "jsonl":
                plain = None if compressed else _plain_jsonl_frame(part, internal)
                if plain is not None and plain.height:
                    plain.write_ndjson(out)
                    n += plain.height
                    continue
                for rec in record_dicts(part, internal):
                    out.write(dumps(rec))
                    out.write(b"\n")
                    n += 1
            else:
                for rec in record_dicts(part, internal):
                    out.write(b",\n" if n else b"\n")
                    out.write(dumps(rec))
                    n += 1
        if kind == "json":
            out.write(b"\n]\n")
        if comp is not None:
            comp.close()
    return n


def _chain(first: pl.DataFrame, rest: Iterator[pl.DataFrame]) -> Iterator[pl.DataFrame]:
    yield first
    yield from rest
