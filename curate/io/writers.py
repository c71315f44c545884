"""Write records: JSONL (default), JSON, Parquet; gzip/zstd for the streaming formats. UTF-8 with CJK
unescaped, deterministic order and bytes.

The format follows the output's name (``.jsonl``, ``.json``, ``.parquet``, plus ``.gz``/``.zst`` for
JSONL and JSON) and an unknown name is refused before anything is read (``check_output_path``).
A writer writes into a file handle; where the bytes go is the caller's choice: ``write_records``
writes one file atomically, a run publishes all its files as one set (curate/io/publish.py), and
``-o -`` streams to stdout. Pass-through fields are written back exactly as read (numbers too:
curate/io/jsontext.py).
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import polars as pl

from curate.io.jsontext import exactify, loads_exact
from curate.io.publish import OutputSet
from curate.io.registry import FORMATS, WRITERS, split_suffix

try:
    import orjson
except ImportError:  # pragma: no cover
    orjson = None

CORE_OUT = ("id", "instruction", "input", "output")
STDOUT = "-"
_OPTS = (orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY) if orjson is not None else 0


def writable_suffixes() -> str:
    return ", ".join(FORMATS[n][0][0] for n in WRITERS)


def check_output_path(path: str | os.PathLike) -> tuple[str, str | None]:
    """(format, compression) for an output file name, or ValueError saying what is accepted.
    Called before a run reads anything, so a wrong name costs nothing."""
    fmt, comp = split_suffix(path)
    if fmt is None:
        raise ValueError(f"{path}: cannot tell the output format from the name; end it in "
                         f"{writable_suffixes()} (JSONL and JSON may add .gz or .zst), or use '-' for stdout")
    if fmt not in WRITERS:
        raise ValueError(f"{path}: curate reads .{fmt} files but does not write them; write "
                         f"{writable_suffixes()} instead")
    if comp is not None and fmt == "parquet":
        raise ValueError(f"{path}: Parquet compresses inside the file (zstd); name it .parquet, without .{'gz' if comp == 'gzip' else 'zst'}")
    return fmt, comp


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "wb") -> Iterator[Any]:
    """A file handle on a temporary beside ``path``, renamed into place only on success (an
    output set of one file: curate.io.publish). A stale temporary of an earlier killed writer
    is removed first."""
    with OutputSet({"file": path}, commit=None) as s, s.open("file") as f:
        if "b" in mode:
            yield f
        else:
            t = io.TextIOWrapper(f, encoding="utf-8", newline="")
            yield t
            t.flush()
            t.detach()


def _fallback_default(v: Any) -> Any:
    if type(v).__name__ == "Decimal":
        return orjson.Fragment(str(v))
    return str(v)


def dumps(obj: Any) -> bytes:
    """One JSON value as compact UTF-8 bytes (orjson). Numbers kept as ``orjson.Fragment`` are
    written as read. A value nested deeper than orjson writes (254) is an error naming the limit;
    the readers quarantine such records first (read.too_deep), so only a caller's own frame gets here."""
    if orjson is not None:
        try:
            return orjson.dumps(obj, option=_OPTS)
        except TypeError as e:
            if "ecursion" in str(e):
                raise ValueError("a record is nested more than 254 levels deep and cannot be written as JSON "
                                 "(readers quarantine such records as read.too_deep)") from None
        try:
            return orjson.dumps(exactify(obj), default=_fallback_default, option=_OPTS)
        except TypeError:
            pass
    try:  # lone surrogates and other oddities: ASCII-escaped JSON is still exact and valid
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=str).encode("ascii")
    except RecursionError:
        raise ValueError("a record is nested too deeply to be written as JSON") from None


# ``_issues`` (clean --keep-findings) is an annotation for people, written like audit --annotate's.
PUBLIC_UNDERSCORE = frozenset({"_issues"})


def output_columns(df: pl.DataFrame, internal: bool = False) -> list[str]:
    """Written columns in order: id, instruction, input, output, system, history, content_hash, then
    stage-added columns in the order stages added them."""
    cols = [c for c in CORE_OUT if c in df.columns]
    for c in df.columns:
        if c in cols or c == "_extra":
            continue
        if c.startswith("_") and not internal and c not in PUBLIC_UNDERSCORE:
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
                if k == "_issues" and v:
                    v = [{a: b for a, b in i.items() if b is not None} for i in v]
                rec[k] = v
            if has_extra and row[-1] is not None:
                for k, v in loads_exact(row[-1]).items():
                    if k not in rec:
                        rec[k] = v
            yield rec


def _compressor(path: str | os.PathLike, f: BinaryIO) -> Any:
    comp = split_suffix(path)[1]
    if comp == "gzip":
        return gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0)  # mtime 0: same bytes every run
    if comp == "zstd":
        import zstandard

        return zstandard.ZstdCompressor(level=3, write_checksum=True).stream_writer(f, closefd=False)
    return None


def write_jsonl_to(rows: Iterable[dict], f: BinaryIO, path: str | os.PathLike = "") -> int:
    """Dicts as JSON Lines into ``f`` (compressed when ``path`` ends in .gz/.zst); the line count."""
    n = 0
    comp = _compressor(path, f) if path else None
    out = comp or f
    for row in rows:
        out.write(dumps(row))
        out.write(b"\n")
        n += 1
    if comp is not None:
        comp.close()
    return n


def write_jsonl(rows: Iterable[dict], path: str | os.PathLike) -> int:
    """Write dicts as JSON Lines atomically; returns the number of lines."""
    with atomic_write(path) as f:
        return write_jsonl_to(rows, f, path)


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


def write_jsonl_frame(df: pl.DataFrame, f: BinaryIO, path: str | os.PathLike, internal: bool = False) -> int:
    compressed = split_suffix(path)[1] is not None
    plain = None if compressed else _plain_jsonl_frame(df, internal)
    if plain is not None and plain.height:
        plain.write_ndjson(f)
        return plain.height
    return write_jsonl_to(record_dicts(df, internal), f, path)


def write_json_frame(df: pl.DataFrame, f: BinaryIO, path: str | os.PathLike, internal: bool = False) -> int:
    n = 0
    comp = _compressor(path, f)
    out = comp or f
    out.write(b"[")
    for rec in record_dicts(df, internal):
        out.write(b",\n" if n else b"\n")
        out.write(dumps(rec))
        n += 1
    out.write(b"\n]\n")
    if comp is not None:
        comp.close()
    return n


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types (1 and 1.0 differ; NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, float) and a != a:
        return b != b
    return a == b


def _typed_extras(df: pl.DataFrame, taken: list[str]) -> pl.DataFrame | None:
    """Pass-through fields as typed Parquet columns, only when polars keeps every value exactly as
    read: it turns 1 into 1.0 beside 1.5, fills absent fields and struct members with null, and has
    no type for integers beyond 64 bits or NaN literals. None: keep them as one JSON column."""
    rows = []
    for text in df["_extra"].to_list():
        d = loads_exact(text) if text is not None else {}
        rows.append({k: v for k, v in d.items() if k not in taken})
    if not any(rows):
        return pl.DataFrame()
    try:
        table = pl.from_dicts(rows, infer_schema_length=None)
        if any(dt == pl.Object for dt in table.dtypes):  # Fragments (exact big numbers, NaN): no Parquet type
            return None
        back = table.to_dicts()
    except Exception:  # mixed types polars refuses
        return None
    return table if all(_same(r, b) for r, b in zip(rows, back)) else None


def write_parquet_frame(df: pl.DataFrame, f: BinaryIO, path: str | os.PathLike, internal: bool = False) -> int:
    """curate's columns typed; pass-through fields typed when that is exact, else as one JSON text
    column ``extra`` holding them as read."""
    if df.height == 0:
        df.select(output_columns(df)).write_parquet(f, statistics=False)
        return 0
    # system/history only when some record has them (as the JSON writers omit them when null)
    base = df.select([c for c in output_columns(df, internal)
                      if c not in ("system", "history") or df[c].null_count() < df.height])
    table = base
    if "_extra" in df.columns and df["_extra"].null_count() < df.height:
        typed = _typed_extras(df, base.columns)
        table = base.hstack(typed) if typed is not None else base.with_columns(df["_extra"].alias("extra"))
    table.write_parquet(f, statistics=False)
    return table.height


def write_records_to(df: pl.DataFrame, f: BinaryIO, path: str | os.PathLike, fmt: str | None = None,
                     internal: bool = False) -> int:
    """Write a record frame into ``f`` in the format ``fmt`` names or ``path``'s name gives."""
    kind = fmt or check_output_path(path)[0]
    if kind not in WRITERS:
        raise ValueError(f"unknown output format {kind!r} ({', '.join(WRITERS)})")
    return WRITERS.load(kind)(df, f, path, internal)


def write_records(df: pl.DataFrame, path: str | os.PathLike, fmt: str | None = None,
                  internal: bool = False) -> int:
    """Write a record frame atomically in the format ``fmt`` names or the file's name gives (see
    ``check_output_path``); returns the number of records."""
    if fmt is None:
        check_output_path(path)
    with atomic_write(path) as f:
        return write_records_to(df, f, path, fmt, internal)


def write_stdout(df: pl.DataFrame, internal: bool = False) -> int:
    """Records as JSONL on stdout (``-o -``)."""
    import sys

    out = sys.stdout.buffer
    n = write_jsonl_to(record_dicts(df, internal), out)
    out.flush()
    return n


def write_record_parts_to(parts: Iterable[pl.DataFrame], f: BinaryIO, path: str | os.PathLike,
                          fmt: str | None = None, internal: bool = False, empty: Any = None) -> int:
    """``write_records_to`` for a frame that arrives in parts, in order (an engine's segments),
    without holding it: JSONL and JSON are written part by part, byte-identical to writing the
    concatenated frame (each part takes the polars or the per-row path on its own; both give the
    same bytes), through one compressor for .gz/.zst. Parquet gathers the parts first. ``empty()``
    gives the frame to write when there are no parts (its schema decides an empty Parquet file's
    columns)."""
    kind = fmt or check_output_path(path)[0]
    if kind not in WRITERS:
        raise ValueError(f"unknown output format {kind!r} ({', '.join(WRITERS)})")
    it = iter(parts)
    first = next(it, None)
    if first is None:
        return write_records_to(empty() if empty is not None else pl.DataFrame(), f, path, kind, internal)
    if kind not in ("jsonl", "json"):
        return write_records_to(pl.concat([first, *it], how="diagonal_relaxed"), f, path, kind, internal)
    comp = _compressor(path, f)
    out = comp or f
    n = 0
    if kind == "json":
        out.write(b"[")
    for part in _chain(first, it):
        if kind == "jsonl":
            plain = None if comp is not None else _plain_jsonl_frame(part, internal)
            if plain is not None and plain.height:
                plain.write_ndjson(out)
                n += plain.height
                continue
            n += write_jsonl_to(record_dicts(part, internal), out)
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


def write_record_parts(parts: Iterable[pl.DataFrame], path: str | os.PathLike, fmt: str | None = None,
                       internal: bool = False, empty: Any = None) -> int:
    """``write_record_parts_to`` into one atomic file."""
    if fmt is None:
        check_output_path(path)
    with atomic_write(path) as f:
        return write_record_parts_to(parts, f, path, fmt, internal, empty)


def _chain(first: pl.DataFrame, rest: Iterator[pl.DataFrame]) -> Iterator[pl.DataFrame]:
    yield first
    yield from rest
