"""Read records from files (JSONL, JSON, CSV/TSV, Parquet; gzip/zstd) and in-memory frames.

Every unit of input (a JSONL line, a JSON list element, a CSV row, a frame row) is either a record or a
reject with file, line, raw text and reason: nothing is dropped silently. Only a source that cannot be
read at all (missing, permission denied, corrupt compression, a broken JSON document) raises
``ReadFailure``: one clear message, and the CLI exits 1.
"""
from __future__ import annotations

import csv
import glob
import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from curate.io.formats import DEFAULT_MAX_FIELD_BYTES, Mapped, RecordError, map_record, parse_mapping
from curate.io.registry import READERS, split_suffix
from curate.schema import BASE_SCHEMA, content_hash_column, get_code
from curate.stage import Findings, empty_findings

try:  # orjson is ~5x faster; the stdlib is the fallback and the arbiter for odd inputs
    import orjson

    _loads = orjson.loads
    _JSONError: tuple = (orjson.JSONDecodeError, ValueError)
except ImportError:  # pragma: no cover
    orjson = None
    _loads = json.loads
    _JSONError = (ValueError,)

RAW_LIMIT = 64 * 1024 * 1024  # raw text kept in rejects is never cut below this


class ReadFailure(Exception):
    """A source that cannot be read at all."""


@dataclass
class ReadOptions:
    mapping: dict[str, str] | None = None
    split_turns: bool = False
    max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES
    format: str | None = None  # force jsonl | json | csv | tsv | parquet
    fast: bool = True  # polars-native parse of plain Alpaca files (same result; off = per-line path)

    @classmethod
    def from_any(cls, opts: ReadOptions | dict | None) -> ReadOptions:
        if opts is None:
            return cls()
        if isinstance(opts, ReadOptions):
            return opts
        opts = dict(opts)
        if "map" in opts:
            opts["mapping"] = opts.pop("map")
        unknown = set(opts) - {"mapping", "split_turns", "max_field_bytes", "format", "fast"}
        if unknown:
            raise ValueError(f"unknown read option(s): {sorted(unknown)}")
        o = cls(**opts)
        o.mapping = parse_mapping(o.mapping)
        return o


@dataclass
class ReadBatch:
    records: pl.DataFrame
    rejects: list[dict]
    units: int  # input units consumed (records + rejects, before splitting)
    split_extra: int  # records created by splitting conversations beyond one per unit
    findings: pl.DataFrame | None = None  # read.* flags (duplicate source ids, split turns)


@dataclass
class ReadResult:
    records: pl.DataFrame
    rejects: list[dict]
    read: int
    split_extra: int
    sources: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    findings: pl.DataFrame | None = None


# ------------------------------------------------------------------------------- sources
@dataclass
class _Source:
    name: str  # used in ids and rejects
    path: Path | None = None
    obj: Any = None  # in-memory frame / dataset / list
    kind: str = "file"
    start: int = 0  # a byte range of the file (a FileChunk), cut at line ends
    end: int | None = None
    first_line: int = 1


@dataclass(frozen=True)
class FileChunk:
    """A byte range [start, end) of an uncompressed JSON Lines file, cut at line ends, whose first
    line is line ``first_line`` of the file, read under the file's ``name`` (as resolve_sources named
    it among all inputs). Reading the chunks of a file one by one gives the records and rejects of
    reading the file, with exact position ids and lines (curate.io.chunks plans them; the Ray
    engine reads them in parallel)."""

    path: str
    name: str
    start: int = 0
    end: int | None = None
    first_line: int = 1


def _is_glob(s: str) -> bool:
    return any(ch in s for ch in "*?[")


def resolve_sources(source: Any) -> list[_Source]:
    """Files, globs, directories, or in-memory frames → an ordered list of sources."""
    if _is_frame(source):
        return [_Source(name="frame", obj=source, kind="frame")]
    if isinstance(source, FileChunk):
        source = [source]
    if isinstance(source, (list, tuple)) and source and all(isinstance(s, FileChunk) for s in source):
        return [_Source(name=c.name, path=Path(c.path), start=c.start, end=c.end, first_line=c.first_line)
                for c in source]
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    elif isinstance(source, (list, tuple)) and source and all(isinstance(s, dict) for s in source):
        return [_Source(name="records", obj=source, kind="dicts")]
    elif isinstance(source, (list, tuple)):
        items = list(source)
    else:
        raise ReadFailure(f"cannot read from a {type(source).__name__}: pass file paths, a glob, "
                          "a polars/pandas DataFrame, a datasets.Dataset or a list of dicts")
    paths: list[Path] = []
    for item in items:
        if _is_frame(item):
            raise ReadFailure("mixing frames and files in one read is not supported")
        s = os.fspath(item)
        if _is_glob(s):
            hits = sorted(glob.glob(s, recursive=True))
            files = [Path(h) for h in hits if Path(h).is_file()]
            if not files:
                raise ReadFailure(f"{s}: the pattern matches no files")
            paths.extend(files)
        else:
            p = Path(s)
            if p.is_dir():
                files = sorted(f for f in p.rglob("*") if f.is_file() and _data_suffix(f) is not None)
                if not files:
                    raise ReadFailure(f"{p}: the folder holds no .jsonl/.json/.csv/.parquet files")
                paths.extend(files)
            elif p.exists():
                paths.append(p)
            else:
                raise ReadFailure(f"{p}: no such file")
    # Base names identify records; when two inputs share one, use the paths as given.
    names = [p.name for p in paths]
    clash = len(set(names)) != len(names)
    return [_Source(name=str(p) if clash else p.name, path=p) for p in paths]


def _is_frame(obj: Any) -> bool:
    mod = type(obj).__module__ or ""
    return (isinstance(obj, pl.DataFrame) or (mod.startswith("pandas") and type(obj).__name__ == "DataFrame")
            or (mod.startswith("datasets") and type(obj).__name__ == "Dataset"))


def _data_suffix(p: Path) -> str | None:
    return split_suffix(p)[0]


# ------------------------------------------------------------------------------- raw units
# A unit is (line_or_position, raw_text_or_None, parsed_obj_or_None, error_or_None).
Unit = tuple[int, "str | None", Any, "RecordError | None"]


def _open_binary(path: Path) -> io.BufferedIOBase:
    try:
        f = open(path, "rb")
    except OSError as e:
        raise ReadFailure(f"{path}: cannot open ({e.strerror or e})") from None
    head = f.read(4)
    f.seek(0)
    if head[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=f, mode="rb")  # type: ignore[return-value]
    if head == b"\x28\xb5\x2f\xfd":
        import zstandard

        # the zstd reader has no readline: buffer it so JSONL/CSV can iterate lines
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(f, read_across_frames=True))
    return f  # type: ignore[return-value]


def _escape_raw(b: bytes) -> str:
    s = b.decode("utf-8", "backslashreplace")
    return s if len(s) <= RAW_LIMIT else s[:RAW_LIMIT] + f"…[{len(s) - RAW_LIMIT} more characters]"


def _parse_json_bytes(line: bytes) -> tuple[Any, RecordError | None]:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, RecordError("read.invalid_utf8", f"invalid UTF-8 at byte {e.start}")
    try:
        return _loads(line), None
    except _JSONError:
        pass
    try:  # the stdlib accepts lone surrogate escapes that orjson refuses
        obj = json.loads(text)
    except ValueError as e:
        return None, RecordError("read.malformed_json", f"not valid JSON: {e.msg} at column {e.colno}")
    if _has_surrogate(obj):
        return None, RecordError("read.invalid_utf8", "a string holds an unpaired surrogate escape")
    return obj, None


def _has_surrogate(obj: Any) -> bool:
    if isinstance(obj, str):
        try:
            obj.encode("utf-8")
            return False
        except UnicodeEncodeError:
            return True
    if isinstance(obj, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in obj.items())
    if isinstance(obj, list):
        return any(_has_surrogate(v) for v in obj)
    return False


def _iter_jsonl(stream: Iterable[bytes], first_line: int = 1) -> Iterator[Unit]:
    lineno = first_line - 1
    try:
        for lineno, line in enumerate(stream, first_line):
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            stripped = line.strip()
            if not stripped:
                continue  # blank lines are not records
            obj, err = _parse_json_bytes(stripped)
            yield lineno, (_escape_raw(stripped) if err else None), obj, err
    except Exception as e:  # only the stream can raise here: corrupt gzip (OSError, zlib.error), zstd
        raise ReadFailure(f"cannot read past line {lineno}: {e or type(e).__name__}") from None


# ------------------------------------------------------------------------------- fast path
# Plain Alpaca files (only instruction/input/output, all strings, nothing odd) are parsed by polars in
# Rust, ~20x faster than line-by-line. Anything the fast path cannot prove it handles exactly like the
# per-line path (ids, extras, blank lines, CR, BOM, surrogate escapes, a bad row) falls back to it.
_FAST_COLS = {"instruction", "input", "output", "id"}
# polars coerces mixed JSON types to strings (5 → "5", ["x"] → '["x"]') where the per-line path
# rejects them: any of our keys whose value is not a string (input may be null; an id may be an
# integer) sends the chunk to the per-line path. A match inside a text value is a harmless false alarm.
_NON_STRING_VALUE = re.compile(
    rb'"(?:instruction|output)"\s*:\s*[^"\s]|"input"\s*:\s*(?!null\b)[^"\s]'
    rb'|"id"\s*:\s*(?:[^"\s\d-]|-?\d+\s*[.eE])')
def _lone_surrogate_escape(data: bytes) -> bool:
    """True when the JSON text holds a \\uD800-\\uDFFF escape that is not half of a pair: polars would
    silently turn it into NUL, the per-line path rejects it. (bytes.find is much faster than a regex with
    look-arounds on a 16 MB chunk; a false alarm only costs the fast path.)"""
    for pat in (b"\\ud", b"\\uD"):
        i = data.find(pat)
        while i != -1:
            kind = data[i + 3:i + 4].lower()
            if kind in (b"8", b"9", b"a", b"b"):
                nxt = data[i + 6:i + 10].lower()
                if not (nxt[:3] == b"\\ud" and nxt[3:4] in (b"c", b"d", b"e", b"f")):
                    return True
            elif kind in (b"c", b"d", b"e", b"f"):
                prev = data[max(i - 6, 0):i - 2].lower()
                if not (prev[:3] == b"\\ud" and prev[3:4] in (b"8", b"9", b"a", b"b")):
                    return True
            i = data.find(pat, i + 1)
    return False


_BLANKISH = re.compile(r"^[\s\x1c-\x1f\x85]*$")
CHUNK_BYTES = 16 << 20


@dataclass
class _FastBlock:
    frame: pl.DataFrame  # instruction, input, output
    lines: list[int]  # line (JSONL) or position (JSON list) of each row
    ids: list[str]


def _fast_block(df: pl.DataFrame | None, lines: list[int], name: str, seen_ids: set[str]) -> _FastBlock | None:
    """Ids for a fast frame: the source's when it has them, else positions; any clash with an id
    already used means the per-line path must decide (it renames and flags)."""
    if df is None:
        return None
    ids = df["id"].to_list() if "id" in df.columns else [f"{name}:{ln}" for ln in lines]
    if seen_ids.intersection(ids):
        return None
    return _FastBlock(df.select("instruction", "input", "output"), lines, ids)


def _fast_frame(data: bytes, kind: str, opts: ReadOptions) -> pl.DataFrame | None:
    if (not opts.fast or opts.mapping or not data or data.startswith(b"\xef\xbb\xbf") or b"\r" in data
            or _lone_surrogate_escape(data) or _NON_STRING_VALUE.search(data)):
        return None
    try:
        if kind == "jsonl":
            lines = data.split(b"\n")
            if lines and lines[-1] == b"":
                lines.pop()
            if not lines or any(not ln.strip() for ln in lines):
                return None
            df = pl.read_ndjson(io.BytesIO(data), infer_schema_length=None)
            if df.height != len(lines):
                return None
        else:
            if data.lstrip()[:1] != b"[":
                return None
            df = pl.read_json(io.BytesIO(data), infer_schema_length=None)
    except Exception:  # any parse problem: the per-line path reports it precisely
        return None
    cols = set(df.columns)
    if df.height == 0 or not ({"instruction", "output"} <= cols <= _FAST_COLS):
        return None
    if any(df[c].dtype != pl.Utf8 for c in ("instruction", "output")) or \
            ("input" in cols and df["input"].dtype not in (pl.Utf8, pl.Null)):
        return None
    df = df.with_columns(pl.col("input").cast(pl.Utf8).fill_null("") if "input" in cols else pl.lit("").alias("input"))
    if df["instruction"].null_count() or df["output"].null_count():
        return None
    if df["instruction"].str.contains(_BLANKISH.pattern).any():
        return None
    biggest = df.select(pl.max_horizontal(pl.col(c).str.len_bytes().max()
                                          for c in ("instruction", "input", "output"))).item()
    if biggest is not None and biggest > opts.max_field_bytes:
        return None
    if "id" in cols:  # string or integer ids, all present, non-blank, unique within the chunk
        if df["id"].dtype not in (pl.Utf8, pl.Int64):
            return None
        df = df.with_columns(pl.col("id").cast(pl.Utf8))
        ids = df["id"]
        if ids.null_count() or ids.str.contains(_BLANKISH.pattern).any() or ids.is_duplicated().any():
            return None
        return df.select("instruction", "input", "output", "id")
    return df.select("instruction", "input", "output")


def _jsonl_pieces(stream: io.BufferedIOBase, opts: ReadOptions, name: str, seen_ids: set[str],
                  first_line: int = 1) -> Iterator[Any]:
    """A JSONL stream in ~16 MB chunks cut at line ends: each chunk fast if it can be, else per line.
    ``first_line``: the stream starts at that line of its file (a FileChunk)."""
    line = first_line
    while True:
        try:
            chunk = stream.read(CHUNK_BYTES)
            if chunk and not chunk.endswith(b"\n"):
                chunk += stream.readline()
        except Exception as e:  # corrupt gzip/zstd
            raise ReadFailure(f"cannot read past line {line - 1}: {e or type(e).__name__}") from None
        if not chunk:
            return
        n_lines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
        df = _fast_frame(chunk, "jsonl", opts)
        block = _fast_block(df, list(range(line, line + df.height)), name, seen_ids) if df is not None else None
        if block is not None:
            yield block
        else:
            yield from _iter_jsonl(io.BytesIO(chunk), line)
        line += n_lines


def _iter_json_document(path: Path, data: bytes, opts: ReadOptions | None = None, name: str = "",
                        seen_ids: set[str] | None = None) -> Iterator[Any]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        return
    df = _fast_frame(data, "json", opts) if opts is not None else None
    block = _fast_block(df, list(range(1, df.height + 1)), name, seen_ids or set()) if df is not None else None
    if block is not None:
        yield block
        return
    try:
        doc = _loads(data)
    except _JSONError:
        doc = None
        try:
            doc = json.loads(data.decode("utf-8", "surrogateescape"))
        except ValueError as e:
            # JSON Lines saved as .json is common: fall back when the first line is an object.
            first = data.lstrip().split(b"\n", 1)[0].strip()
            first_obj, err = _parse_json_bytes(first)
            if err is None and isinstance(first_obj, dict):
                yield from _iter_jsonl(io.BytesIO(data))
                return
            raise ReadFailure(f"{path}: not valid JSON ({e.msg} at line {e.lineno}, column {e.colno}); "
                              "a JSON file must be one document (a list of objects), or use .jsonl") from None
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        doc = doc["data"]  # {"version": ..., "data": [...]}
    items = doc if isinstance(doc, list) else [doc]
    for i, obj in enumerate(items, 1):
        if _has_surrogate(obj):
            raw = json.dumps(obj, ensure_ascii=False).encode("utf-8", "surrogateescape")
            yield i, _escape_raw(raw), None, RecordError("read.invalid_utf8", "record holds bytes that are not UTF-8")
        else:
            yield i, None, obj, None


def _iter_csv(stream: io.BufferedIOBase, delimiter: str) -> Iterator[Unit]:
    text = io.TextIOWrapper(stream, encoding="utf-8", errors="surrogateescape", newline="")
    csv.field_size_limit(1 << 30)
    reader = csv.reader(text, delimiter=delimiter)
    try:
        header = next(reader, None)
        if header is None:
            return
        if header and header[0].startswith("\ufeff"):
            header[0] = header[0][1:]
        n = len(header)
        start = reader.line_num + 1
        for row in reader:
            line = start
            start = reader.line_num + 1
            if not row or row == [""]:
                continue
            raw_text = delimiter.join(row)
            if _has_surrogate(row):
                yield line, _escape_raw(raw_text.encode("utf-8", "surrogateescape")), None, RecordError(
                    "read.invalid_utf8", "row holds bytes that are not UTF-8")
            elif len(row) != n:
                yield line, _escape_raw(raw_text.encode("utf-8")), None, RecordError(
                    "read.malformed_csv", f"row has {len(row)} fields, the header has {n}")
            else:
                yield line, None, dict(zip(header, row)), None
    except csv.Error as e:
        raise ReadFailure(f"CSV cannot be parsed past line {reader.line_num}: {e}") from None
    except (OSError, EOFError) as e:
        raise ReadFailure(f"cannot read past line {reader.line_num}: {e}") from None


def _iter_rows_of_frame(df: pl.DataFrame, chunk: int = 10_000) -> Iterator[Unit]:
    pos = 0
    for sl in df.iter_slices(chunk):
        for obj in sl.to_dicts():
            pos += 1
            yield pos, None, obj, None


def units_jsonl(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _jsonl_pieces(stream, opts, name, seen_ids)


def units_json(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    try:
        data = stream.read()
    except Exception as e:  # corrupt compression
        raise ReadFailure(f"{path}: cannot read ({e or type(e).__name__})") from None
    return _iter_json_document(path, data, opts, name, seen_ids)


def units_csv(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _iter_csv(stream, ",")


def units_tsv(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _iter_csv(stream, "\t")


def units_parquet(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    try:
        df = pl.read_parquet(stream.read())
    except Exception as e:  # polars raises several exception types for bad files
        raise ReadFailure(f"{path}: not a readable Parquet file ({type(e).__name__})") from None
    return _iter_rows_of_frame(df)


def _iter_chunk(src: _Source, opts: ReadOptions, seen_ids: set[str]) -> Iterator[Any]:
    """The lines of a FileChunk's byte range (an uncompressed JSONL file)."""
    path = src.path
    assert path is not None
    try:
        with open(path, "rb") as f:
            f.seek(src.start)
            data = f.read() if src.end is None else f.read(src.end - src.start)
    except OSError as e:
        raise ReadFailure(f"{path}: cannot open ({e.strerror or e})") from None
    try:
        yield from _jsonl_pieces(io.BytesIO(data), opts, src.name, seen_ids, src.first_line)
    except ReadFailure as e:
        msg = str(e)
        raise ReadFailure(msg if msg.startswith(str(path)) else f"{path}: {msg}") from None


def _iter_file(src: _Source, opts: ReadOptions, seen_ids: set[str]) -> Iterator[Any]:
    path = src.path
    assert path is not None
    if src.start or src.end is not None or src.first_line != 1:
        yield from _iter_chunk(src, opts, seen_ids)
        return
    kind = opts.format or _data_suffix(path)
    stream = _open_binary(path)
    if kind is None:  # unknown extension: sniff the content
        head = stream.read(4) if hasattr(stream, "read") else b""
        stream.close()
        stream = _open_binary(path)
        kind = "parquet" if head == b"PAR1" else "json" if head.lstrip()[:1] == b"[" else "jsonl"
    kind = kind.lstrip(".")
    try:
        if kind not in READERS:
            raise ReadFailure(f"{path}: unknown format {kind!r}")
        yield from READERS.load(kind)(stream, path, opts, src.name, seen_ids)
    except ReadFailure as e:
        msg = str(e)
        raise ReadFailure(msg if msg.startswith(str(path)) else f"{path}: {msg}") from None
    finally:
        stream.close()


def _iter_units(src: _Source, opts: ReadOptions, seen_ids: set[str]) -> Iterator[Any]:
    if src.kind == "file":
        yield from _iter_file(src, opts, seen_ids)
    elif src.kind == "dicts":
        for i, obj in enumerate(src.obj, 1):
            yield i, None, obj, None
    else:
        obj = src.obj
        if isinstance(obj, pl.DataFrame):
            yield from _iter_rows_of_frame(obj)
        elif type(obj).__name__ == "DataFrame":  # pandas
            pos = 0
            for start in range(0, len(obj), 10_000):
                for rec in obj.iloc[start:start + 10_000].to_dict("records"):
                    pos += 1
                    yield pos, None, {k: _pandas_value(v) for k, v in rec.items()}, None
        else:  # datasets.Dataset
            pos = 0
            for batch in obj.iter(batch_size=1000):
                keys = list(batch)
                for vals in zip(*(batch[k] for k in keys)):
                    pos += 1
                    yield pos, None, dict(zip(keys, vals)), None


def _pandas_value(v: Any) -> Any:
    # pandas stores missing strings as NaN (a float) and lists as numpy arrays.
    if isinstance(v, float) and v != v:
        return None
    if type(v).__module__ == "numpy":
        return v.tolist()
    return v


# ------------------------------------------------------------------------------- batches
def _json_default(v: Any) -> Any:
    if type(v).__module__ == "numpy":
        return v.tolist()
    return str(v)


def _dump_extra(extra: dict | None) -> str | None:
    if not extra:
        return None
    if orjson is not None:
        try:
            return orjson.dumps(extra, default=_json_default,
                                option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS).decode()
        except TypeError:
            pass
    return json.dumps(extra, ensure_ascii=False, default=_json_default)


_PRE_HASH = {k: v for k, v in BASE_SCHEMA.items() if k != "content_hash"}


class _Builder:
    """Accumulates one batch: per-line records column by column (faster than row dicts), fast-path
    blocks as polars frames (never converted to Python objects), kept in input order."""

    def __init__(self) -> None:
        self.cols: dict[str, list] = {k: [] for k in _PRE_HASH}
        self.parts: list[pl.DataFrame] = []
        self.rejects: list[dict] = []
        self.units = 0
        self.split_extra = 0
        self.flags: list[tuple[int, str, str]] = []

    def flag(self, row: int, code: str, detail: str) -> None:
        self.flags.append((row, code, detail))

    def __len__(self) -> int:
        return self.units

    def add(self, row: int, m: Mapped, rid: str, name: str, line: int) -> None:
        c = self.cols
        c["id"].append(rid)
        c["instruction"].append(m.instruction)
        c["input"].append(m.input)
        c["output"].append(m.output)
        c["system"].append(m.system)
        c["history"].append(m.history)
        c["_row"].append(row)
        c["_src_file"].append(name)
        c["_src_line"].append(line)
        c["_extra"].append(_dump_extra(m.extra))

    def _flush_cols(self) -> None:
        if self.cols["id"]:
            self.parts.append(pl.DataFrame(self.cols, schema=_PRE_HASH))
            self.cols = {k: [] for k in _PRE_HASH}

    def add_block(self, df: pl.DataFrame, row: int, name: str, lines: list[int], ids: list[str]) -> None:
        self._flush_cols()
        n = df.height
        self.parts.append(df.with_columns(
            pl.Series("id", ids, dtype=pl.Utf8),
            pl.lit(None, pl.Utf8).alias("system"),
            pl.lit(None, _PRE_HASH["history"]).alias("history"),
            pl.int_range(row, row + n, dtype=pl.Int64).alias("_row"),
            pl.lit(name, pl.Utf8).alias("_src_file"),
            pl.Series("_src_line", lines, dtype=pl.Int64),
            pl.lit(None, pl.Utf8).alias("_extra"),
        ).select(list(_PRE_HASH)))
        self.units += n

    def build(self) -> ReadBatch:
        self._flush_cols()
        df = pl.concat(self.parts, how="vertical") if self.parts else pl.DataFrame(schema=_PRE_HASH)
        df = df.with_columns(content_hash_column(df)).select(list(BASE_SCHEMA))
        f = Findings()
        for row, code, detail in self.flags:
            f.add(row, get_code(code), detail=detail)
        return ReadBatch(df, self.rejects, self.units, self.split_extra, f.frame())


def read_reject(row: int, name: str, line: int, code: str, reason: str, raw: str | None,
                src_id: str | None = None) -> dict:
    return {"_row": row, "id": src_id, "stage": "read", "code": code, "reason": reason, "twin_id": None,
            "similarity": None, "source": {"file": name, "line": line}, "record": None, "raw": raw,
            "issues": []}


def iter_batches(source: Any, options: ReadOptions | dict | None = None, batch_size: int = 10_000,
                 stats: list[dict] | None = None) -> Iterator[ReadBatch]:
    """Stream a source as batches of records (with the rejects found in each batch)."""
    opts = ReadOptions.from_any(options)
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    sources = resolve_sources(source)
    seen_ids: set[str] = set()
    row = 0
    b = _Builder()
    for src in sources:
        file_stat = {"file": src.name, "units": 0, "records": 0, "rejected": 0}
        if stats is not None:
            stats.append(file_stat)
        for unit in _iter_units(src, opts, seen_ids):
            if isinstance(unit, _FastBlock):
                seen_ids.update(unit.ids)
                start = 0
                while start < unit.frame.height:
                    take = min(batch_size - b.units, unit.frame.height - start)
                    b.add_block(unit.frame.slice(start, take), row, src.name, unit.lines[start:start + take],
                                unit.ids[start:start + take])
                    row += take
                    start += take
                    file_stat["units"] += take
                    file_stat["records"] += take
                    if b.units >= batch_size:
                        yield b.build()
                        b = _Builder()
                continue
            line, raw, obj, err = unit
            b.units += 1
            file_stat["units"] += 1
            if err is None:
                try:
                    mapped = map_record(obj, mapping=opts.mapping, split_turns=opts.split_turns,
                                        max_field_bytes=opts.max_field_bytes)
                except RecordError as e:
                    err = e
                    raw = _escape_raw(_raw_of(obj))
            if err is not None:
                b.rejects.append(read_reject(row, src.name, line, err.code, err.reason, raw,
                                             _src_id_safe(obj)))
                file_stat["rejected"] += 1
                row += 1
            else:
                pos_id = f"{src.name}:{line}"
                for m in mapped:
                    base = m.src_id if m.src_id is not None and m.src_id not in seen_ids else None
                    rid = base if base is not None else pos_id
                    if m.turn:
                        rid = f"{rid}#{m.turn}"
                    while rid in seen_ids:  # a position id can only clash with a source id
                        rid = f"{rid}~"
                    seen_ids.add(rid)
                    if m.src_id is not None and base is None:
                        b.flag(row, "read.duplicate_id", "source id repeats an earlier record's id")
                    if m.turn:
                        b.flag(row, "read.split_turns", f"turn {m.turn} of {len(mapped)}")
                    b.add(row, m, rid, src.name, line)
                    row += 1
                b.split_extra += len(mapped) - 1
                file_stat["records"] += len(mapped)
            if b.units >= batch_size:
                yield b.build()
                b = _Builder()
    if b.units:
        yield b.build()


def _src_id_safe(obj: Any) -> str | None:
    if isinstance(obj, dict):
        v = obj.get("id")
        if isinstance(v, (str, int)) and not isinstance(v, bool):
            return str(v)[:200]
    return None


def _raw_of(obj: Any) -> bytes:
    try:
        if orjson is not None:
            return orjson.dumps(obj, default=_json_default, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        pass
    return json.dumps(obj, ensure_ascii=False, default=_json_default).encode("utf-8", "surrogateescape")


def read(source: Any, *, batch_size: int = 10_000, **options: Any) -> ReadResult:
    """Read a whole source into memory: records plus quarantined rows."""
    stats: list[dict] = []
    frames, rejects, found = [], [], []
    units = split = 0
    for batch in iter_batches(source, options, batch_size, stats):
        frames.append(batch.records)
        if batch.findings is not None and batch.findings.height:
            found.append(batch.findings)
        rejects.extend(batch.rejects)
        units += batch.units
        split += batch.split_extra
    records = pl.concat(frames, how="vertical") if frames else pl.DataFrame(schema=BASE_SCHEMA)
    warnings = [f"{s['file']}: empty input" for s in stats if s["units"] == 0]
    warnings += [f"{s['file']}: no valid records among {s['units']} rows (is the format right?)"
                 for s in stats if s["units"] and not s["records"]]
    findings = pl.concat(found) if found else empty_findings()
    return ReadResult(records, rejects, units, split, stats, warnings, findings)
