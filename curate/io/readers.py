"""Read records from files (JSONL, JSON, CSV/TSV, Parquet; gzip/zstd) and in-memory frames.

Every unit of input (a JSONL line, a JSON list element, a CSV row, a frame row) is either a record or a
reject with file, line, the original bytes and the reason: nothing is dropped silently. A unit nested
deeper than ``max_depth`` is quarantined (``read.too_deep``) before any parser recurses on it.

Compressed files are read to their verified end (curate/io/streams.py). A stream or JSON document
that stops early fails the read with one line (file, byte offset, rows read before it), or, with
``on_error="skip"``, the rows before it are kept and the rest becomes one reject with its offset
(``read.truncated_stream``, ``read.corrupt_stream``, ``read.malformed_document``). A source that
cannot be read at all (missing, permission denied, duplicate CSV header names) raises
``ReadFailure``: one clear message, and the CLI exits 1.
"""
from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from curate.io.formats import DEFAULT_MAX_FIELD_BYTES, Mapped, RecordError, map_record, parse_mapping
from curate.io.jsontext import (ArrayError, deeper_than, exactify, find_member_array, has_float, line_col, loads_exact,
                                risky, split_array)
from curate.io.registry import READERS, split_suffix
from curate.io.streams import StreamError, open_input
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
DEFAULT_MAX_DEPTH = 100  # real records nest < 10 deep; 100 leaves room for any sane schema
MAX_DEPTH_CAP = 250  # orjson writes at most 254 levels: deeper records could be read but not written
ON_ERROR = ("fail", "skip")


class ReadFailure(Exception):
    """A source that cannot be read at all."""


@dataclass
class ReadOptions:
    mapping: dict[str, str] | None = None
    split_turns: bool = False
    max_field_bytes: int = DEFAULT_MAX_FIELD_BYTES
    format: str | None = None  # force jsonl | json | csv | tsv | parquet
    fast: bool = True  # polars-native parse of plain Alpaca files (same result; off = per-line path)
    on_error: str = "fail"  # a cut/corrupt stream or document: fail the read, or skip (quarantine) the rest
    csv_quoting: bool = False  # TSV: honour CSV quotes (off: every tab is a separator, every quote is text)
    max_depth: int = DEFAULT_MAX_DEPTH  # deeper JSON nesting quarantines the unit (read.too_deep)

    def __post_init__(self) -> None:
        if self.on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {ON_ERROR}, not {self.on_error!r}")
        if not 1 <= int(self.max_depth) <= MAX_DEPTH_CAP:
            raise ValueError(f"max_depth must be between 1 and {MAX_DEPTH_CAP} (records deeper than "
                             f"{MAX_DEPTH_CAP + 4} levels cannot be written as JSON)")

    @classmethod
    def from_any(cls, opts: ReadOptions | dict | None) -> ReadOptions:
        if opts is None:
            return cls()
        if isinstance(opts, ReadOptions):
            return opts
        opts = dict(opts)
        if "map" in opts:
            opts["mapping"] = opts.pop("map")
        unknown = set(opts) - {"mapping", "split_turns", "max_field_bytes", "format", "fast", "on_error",
                               "csv_quoting", "max_depth"}
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
    paths = _distinct_files(paths)
    # Base names identify records; when two inputs share one, use the paths as given.
    names = [p.name for p in paths]
    clash = len(set(names)) != len(names)
    return [_Source(name=str(p) if clash else p.name, path=p) for p in paths]


def _distinct_files(paths: list[Path]) -> list[Path]:
    """Each file once, in order: a recursive glob through a symlink loop (``dir/**/*.jsonl`` with
    ``dir/loop -> ..``) lists the same file once per level of the loop, and a file given twice,
    or by two paths, is one file."""
    seen: set[tuple[int, int]] = set()
    out = []
    for p in paths:
        try:
            st = p.stat()
            key = (st.st_dev, st.st_ino)
        except OSError:  # unreadable: let opening it say why
            out.append(p)
            continue
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _is_frame(obj: Any) -> bool:
    mod = type(obj).__module__ or ""
    return (isinstance(obj, pl.DataFrame) or (mod.startswith("pandas") and type(obj).__name__ == "DataFrame")
            or (mod.startswith("datasets") and type(obj).__name__ == "Dataset"))


def _data_suffix(p: Path) -> str | None:
    return split_suffix(p)[0]


# ------------------------------------------------------------------------------- raw units
# A unit is (line_or_position, original_bytes_or_None, parsed_obj_or_None, error_or_None). The original
# bytes travel with every unit from a text source (a reference, no copy) so that a reject's ``raw`` is
# what the file held, never a re-serialization; in-memory rows have none.
Unit = tuple[int, "bytes | None", Any, "RecordError | None"]


def _open_binary(path: Path, opts: ReadOptions | None = None) -> io.BufferedIOBase:
    try:
        return open_input(path, verify_first=opts is not None and opts.on_error == "skip")  # type: ignore[return-value]
    except OSError as e:
        raise ReadFailure(f"{path}: cannot open ({e.strerror or e})") from None


def _escape_raw(b: bytes) -> str:
    s = b.decode("utf-8", "backslashreplace")
    return s if len(s) <= RAW_LIMIT else s[:RAW_LIMIT] + f"…[{len(s) - RAW_LIMIT} more characters]"


def _too_deep(d: int, limit: int) -> RecordError:
    return RecordError("read.too_deep", f"nested more than {limit} levels deep (limit max_depth={limit}; "
                                        f"at most {MAX_DEPTH_CAP})")


def _parse_json_bytes(line: bytes, max_depth: int = DEFAULT_MAX_DEPTH) -> tuple[Any, RecordError | None]:
    """One JSON text → (object, None) or (None, why not). Numbers orjson would change are kept as
    written (curate.io.jsontext.loads_exact); depth is checked before any parser recurses."""
    deep = deeper_than(line, max_depth)
    if deep is not None:
        return None, _too_deep(deep, max_depth)
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, RecordError("read.invalid_utf8", f"invalid UTF-8 at byte {e.start}")
    try:
        obj = _loads(line)
        # orjson is exact for strings and 64-bit integers; a float may be a number it changed (a bigger
        # integer, 1e400, a long decimal, 6.02e23): then, and only then, look at the literals
        if not (has_float(obj) and risky(line)):
            return obj, None
    except _JSONError:
        pass
    try:  # the stdlib accepts lone surrogate escapes that orjson refuses, and keeps numbers exact
        obj = loads_exact(text)
    except ValueError as e:
        msg = getattr(e, "msg", None) or str(e)
        col = getattr(e, "colno", None)
        return None, RecordError("read.malformed_json", f"not valid JSON: {msg}" + (f" at column {col}" if col else ""))
    except RecursionError:  # pragma: no cover - the depth check comes first
        return None, _too_deep(max_depth + 1, max_depth)
    if _has_surrogate(obj):
        return None, RecordError("read.invalid_utf8", "a string holds an unpaired surrogate escape")
    return obj, None


def _has_surrogate(obj: Any) -> bool:
    stack = [obj]
    while stack:  # iterative: depth is bounded by the reader, but never trust recursion here
        o = stack.pop()
        if isinstance(o, str):
            try:
                o.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple)):
            stack.extend(o)
    return False


def _obj_deeper(obj: Any, limit: int) -> int | None:
    """Nesting depth of an in-memory value when it exceeds ``limit`` (a dict of scalars is 1)."""
    stack = [(obj, 1)]
    while stack:
        o, d = stack.pop()
        if d > limit:
            return d
        vals = o.values() if isinstance(o, dict) else o
        for v in vals:
            if isinstance(v, (dict, list, tuple)):
                stack.append((v, d + 1))
    return None


def _iter_jsonl(stream: Iterable[bytes], first_line: int = 1, max_depth: int = DEFAULT_MAX_DEPTH) -> Iterator[Unit]:
    for lineno, line in enumerate(stream, first_line):
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        stripped = line.strip()
        if not stripped:
            continue  # blank lines are not records
        obj, err = _parse_json_bytes(stripped, max_depth)
        yield lineno, stripped, obj, err


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
# A key whose value is a list or an object. Plain records have none; a record nested 1,000 deep took
# polars 55 s. (A look-behind for the escaped quote made this search 9x slower: checked by hand.)
_NESTED_VALUE = re.compile(rb'"\s*:\s*[\[{]')


def _has_nested_value(data: bytes) -> bool:
    m = _NESTED_VALUE.search(data)
    while m is not None:
        if data[m.start() - 1:m.start()] != b"\\":  # a quote inside a string is always escaped
            return True
        m = _NESTED_VALUE.search(data, m.start() + 1)
    return False


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
    if _has_nested_value(data) or (kind == "json" and data.lstrip()[1:].lstrip()[:1] == b"["):
        return None  # nested values: never plain records, and polars' JSON reader slows with the cube of the depth
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
    ``first_line``: the stream starts at that line of its file (a FileChunk). A stream error is
    raised after the complete lines before it, with ``line`` set to where it cut."""
    line = first_line
    while True:
        chunk, err = b"", None
        try:
            chunk = stream.read(CHUNK_BYTES)
            if chunk and not chunk.endswith(b"\n"):
                chunk += stream.readline()
        except StreamError as e:
            err = e
            chunk = chunk[:chunk.rfind(b"\n") + 1]  # the cut line is in e.pending
        except OSError as e:
            raise ReadFailure(f"cannot read past line {line - 1}: {e.strerror or e}") from None
        if chunk:
            n_lines = chunk.count(b"\n") + (0 if chunk.endswith(b"\n") else 1)
            df = _fast_frame(chunk, "jsonl", opts)
            block = _fast_block(df, list(range(line, line + df.height)), name, seen_ids) if df is not None else None
            if block is not None:
                yield block
            else:
                yield from _iter_jsonl(io.BytesIO(chunk), line, opts.max_depth)
            line += n_lines
        if err is not None:
            err.line = line
            raise err
        if not chunk:
            return


def _read_all(stream: Any) -> tuple[bytes, StreamError | None]:
    """Everything a stream gives, and the error that stopped it early (if any)."""
    parts = []
    try:
        while True:
            part = stream.read(CHUNK_BYTES)
            if not part:
                return b"".join(parts), None
            parts.append(part)
    except StreamError as e:
        return b"".join(parts), e
    except OSError as e:
        raise ReadFailure(f"cannot read ({e.strerror or e})") from None


def _iter_json_document(path: Path, data: bytes, opts: ReadOptions | None = None, name: str = "",
                        seen_ids: set[str] | None = None, cut: StreamError | None = None) -> Iterator[Any]:
    """A JSON document: a list of objects, ``{"data": [...]}``, one object, or JSON Lines saved as
    .json. A list is split into its elements first (curate.io.jsontext.split_array), so each
    element is parsed, limited and quarantined on its own with its own bytes; where the list stops
    being well formed the read fails (or, skipping, the rest is one reject). ``cut``: the stream
    ended early (skip mode), ``data`` is what decoded before it."""
    opts = opts or ReadOptions()
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if not data[bom:].strip():
        if cut is not None:  # nothing decoded before the damage: all of it is the tail
            cut.line = 1
            raise cut
        return
    if cut is None:
        df = _fast_frame(data[bom:], "json", opts)
        block = _fast_block(df, list(range(1, df.height + 1)), name, seen_ids or set()) if df is not None else None
        if block is not None:
            yield block
            return
    lead = bom + len(data[bom:]) - len(data[bom:].lstrip())
    arr = lead if data[lead:lead + 1] == b"[" else None
    if arr is None:
        whole, err = _parse_json_bytes(data[lead:], MAX_DEPTH_CAP + 2)
        if err is None and isinstance(whole, dict) and isinstance(whole.get("data"), list):
            arr = find_member_array(data, lead, b"data")  # {"version": ..., "data": [...]}
        if arr is None:
            if err is None and cut is None:
                obj, err = _parse_json_bytes(data[lead:], opts.max_depth)
                yield 1, data[lead:].rstrip(), obj, err
                return
            # JSON Lines saved as .json is common: fall back when the first line is an object.
            first = data[lead:].split(b"\n", 1)[0].strip()
            first_obj, first_err = _parse_json_bytes(first, opts.max_depth)
            if first_err is None and isinstance(first_obj, dict):
                yield from _iter_jsonl(io.BytesIO(data), 1, opts.max_depth)
                if cut is not None:
                    cut.line = data.count(b"\n") + 1
                    raise cut
                return
            if cut is not None:
                cut.line = 1
                raise cut
            reason = err.reason if err is not None else "not a list of objects"
            yield from _document_tail(path, data, lead, 1, opts, f"{reason.removeprefix('not valid JSON: ')}")
            return
    n = 0
    end = arr + 1
    try:
        for a, b, d in split_array(data, arr, last=arr == lead):  # {"data": [...]}: the object goes on
            n += 1
            end = b
            elem = data[a:b]
            if d > opts.max_depth:
                yield n, elem, None, _too_deep(d, opts.max_depth)
            else:
                obj, err = _parse_json_bytes(elem, opts.max_depth)
                yield n, elem, obj, err
    except ArrayError as e:
        if cut is not None:  # the stream's own error says why the document stops
            cut.line = n + 1
            raise cut from None
        yield from _document_tail(path, data, end, n + 1, opts, e.detail, e.offset)
        return
    if cut is not None:
        cut.line = n + 1
        raise cut


def _document_tail(path: Path, data: bytes, start: int, position: int, opts: ReadOptions, detail: str,
                   at: int | None = None) -> Iterator[Unit]:
    """The part of a JSON document that cannot be read: fail, or (skip) one reject holding it."""
    at = start if at is None else at
    ln, col = line_col(data, at)
    where = f"{detail} at line {ln}, column {col} (byte {at:,})"
    if opts.on_error != "skip":
        raise ReadFailure(f"{path}: not valid JSON ({where}); {position - 1:,} elements before it. A JSON "
                          "file must be one document (a list of objects), or use .jsonl; --on-error skip "
                          "keeps the elements before the error and quarantines the rest") from None
    raw = data[start:].lstrip(b", \t\r\n")
    yield position, raw, None, RecordError("read.malformed_document",
                                           f"the JSON document is not valid from here: {where}", offset=at)


def _lines(stream: Any) -> Iterator[bytes]:
    """Lines (with their endings) read in big chunks; a stream error comes after the whole lines
    before it (the cut line is in the error's ``pending``)."""
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            return
        err = None
        if not chunk.endswith(b"\n"):
            try:
                chunk += stream.readline()
            except StreamError as e:
                err = e
                chunk = chunk[:chunk.rfind(b"\n") + 1]
        yield from io.BytesIO(chunk)
        if err is not None:
            raise err


def _tsv_split(line: str) -> list[str]:
    if line.endswith("\r\n"):
        line = line[:-2]
    elif line.endswith("\n"):
        line = line[:-1]
    return line.split("\t")


def _iter_delimited(stream: Any, path: Path, delimiter: str, quoting: bool) -> Iterator[Unit]:
    """CSV (quoted, RFC 4180 as Python's csv reads it) or TSV (every tab separates, every quote is
    text: one stray quote must not swallow the rows after it). The byte-order mark goes before the
    header is parsed; duplicate header names fail the read (a dict would silently keep one of them);
    each reject's raw text is the row's original bytes."""
    consumed: list[bytes] = []
    state = {"line": 0}

    def text_lines() -> Iterator[str]:
        for b in _lines(stream):
            if state["line"] == 0 and b.startswith(b"\xef\xbb\xbf"):
                b = b[3:]
            state["line"] += 1
            consumed.append(b)
            yield b.decode("utf-8", "surrogateescape")

    csv.field_size_limit(1 << 30)
    src = text_lines()
    rows: Iterator[list[str]] = csv.reader(src, delimiter=delimiter) if quoting else map(_tsv_split, src)
    start = 1
    try:
        try:
            header = next(rows, None)
        except csv.Error as e:
            raise ReadFailure(f"{path}: the header row cannot be parsed ({e})") from None
        if header is None:
            return
        dups = [h for h, k in Counter(header).items() if k > 1]
        if dups:
            cols = "; ".join(f"{h!r} (columns {', '.join(str(i + 1) for i, x in enumerate(header) if x == h)})"
                             for h in dups)
            raise ReadFailure(f"{path}: duplicate column name(s) in the header: {cols}; rename them "
                              "(a row can hold only one value per name)")
        n = len(header)
        consumed.clear()
        start = state["line"] + 1
        while True:
            try:
                row = next(rows, None)
                err = None
            except csv.Error as e:  # a row the csv module cannot parse: quarantine it, go on
                row, err = [], RecordError("read.malformed_csv", f"row cannot be parsed: {e}")
            if row is None:
                return
            line, raw = start, b"".join(consumed)
            consumed.clear()
            start = state["line"] + 1
            raw = raw[:-2] if raw.endswith(b"\r\n") else raw[:-1] if raw.endswith(b"\n") else raw
            if err is not None:
                yield line, raw, None, err
            elif not row or row == [""]:
                continue
            elif _has_surrogate(row):
                yield line, raw, None, RecordError("read.invalid_utf8", "row holds bytes that are not UTF-8")
            elif len(row) != n:
                hint = "" if quoting or delimiter != "\t" else "; TSV is read without quoting (--csv-quoting)"
                yield line, raw, None, RecordError("read.malformed_csv",
                                                   f"row has {len(row)} fields, the header has {n}{hint}")
            else:
                yield line, raw, dict(zip(header, row)), None
    except StreamError as e:
        e.line = start
        e.pending = b"".join(consumed) + e.pending
        raise
    except OSError as e:
        raise ReadFailure(f"cannot read past line {state['line']}: {e.strerror or e}") from None


def _iter_rows_of_frame(df: pl.DataFrame, chunk: int = 10_000) -> Iterator[Unit]:
    pos = 0
    for sl in df.iter_slices(chunk):
        for obj in sl.to_dicts():
            pos += 1
            yield pos, None, obj, None


def units_jsonl(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _jsonl_pieces(stream, opts, name, seen_ids)


def units_json(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    data, cut = _read_all(stream)
    if cut is not None and opts.on_error != "skip":
        cut.line = 1
        raise cut
    return _iter_json_document(path, data, opts, name, seen_ids, cut)


def units_csv(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _iter_delimited(stream, path, ",", True)


def units_tsv(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    return _iter_delimited(stream, path, "\t", opts.csv_quoting)


def units_parquet(stream: Any, path: Path, opts: ReadOptions, name: str, seen_ids: set[str]) -> Iterator[Any]:
    data, cut = _read_all(stream)
    if cut is not None:  # a Parquet file is read whole: a cut one has nothing usable
        cut.line = 1
        raise cut
    try:
        df = pl.read_parquet(data)
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


def _stream_failure(path: Path, e: StreamError, stat: dict | None) -> ReadFailure:
    got = (f"{stat['units']:,} rows read before it ({stat['records']:,} records, {stat['rejected']:,} rejected)"
           if stat is not None else "")
    return ReadFailure(f"{path}: {e.describe()}; {got}. A partial read is never used as if it were whole: "
                       "re-fetch the file, or pass --on-error skip to keep the rows before the damage and "
                       "quarantine the rest")


def _stream_tail(path: Path, e: StreamError) -> Unit:
    code = "read.truncated_stream" if e.kind == "truncated" else "read.corrupt_stream"
    rest = (f"; {len(e.withheld):,} decoded bytes of the damaged {'member' if e.codec == 'gzip' else 'frame'} "
            "were not used and are in raw after the cut line" if e.withheld else "")
    reason = f"{e.describe()}: the rest of the file, from this line on, is this reject{rest}"
    return getattr(e, "line", 1) or 1, e.pending + e.withheld, None, RecordError(code, reason, offset=e.offset)


def _iter_file(src: _Source, opts: ReadOptions, seen_ids: set[str], stat: dict | None = None) -> Iterator[Any]:
    path = src.path
    assert path is not None
    if src.start or src.end is not None or src.first_line != 1:
        yield from _iter_chunk(src, opts, seen_ids)
        return
    kind = opts.format or _data_suffix(path)
    stream = _open_binary(path, opts)
    if kind is None:  # unknown extension: sniff the content
        try:
            head = stream.read(4)
        except StreamError:
            head = b""
        stream.close()
        stream = _open_binary(path, opts)
        kind = "parquet" if head == b"PAR1" else "json" if head.lstrip()[:1] == b"[" else "jsonl"
    kind = kind.lstrip(".")
    try:
        if kind not in READERS:
            raise ReadFailure(f"{path}: unknown format {kind!r}")
        yield from READERS.load(kind)(stream, path, opts, src.name, seen_ids)
    except StreamError as e:
        if opts.on_error != "skip":
            raise _stream_failure(path, e, stat) from None
        if stat is not None:
            stat["warning"] = f"{src.name}: {e.describe()}; the rows before it were read, the rest is one reject"
        yield _stream_tail(path, e)
    except ReadFailure as e:
        msg = str(e)
        raise ReadFailure(msg if msg.startswith(str(path)) else f"{path}: {msg}") from None
    finally:
        stream.close()


def _iter_units(src: _Source, opts: ReadOptions, seen_ids: set[str], stat: dict | None = None) -> Iterator[Any]:
    if src.kind == "file":
        yield from _iter_file(src, opts, seen_ids, stat)
        return
    for unit in _iter_memory(src):  # in-memory rows were never parsed: check their depth here
        obj = unit[2]
        deep = _obj_deeper(obj, opts.max_depth) if isinstance(obj, (dict, list, tuple)) else None
        yield unit if deep is None else (unit[0], None, None, _too_deep(deep, opts.max_depth))


def _iter_memory(src: _Source) -> Iterator[Unit]:
    if src.kind == "dicts":
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
    if type(v).__name__ == "Decimal":  # Parquet decimals: the number as written, not a string
        return orjson.Fragment(str(v)) if orjson is not None else str(v)
    return str(v)


def _dump_extra(extra: dict | None) -> str | None:
    """Pass-through fields as one JSON object text; numbers kept as the source wrote them."""
    if not extra:
        return None
    if orjson is None:  # pragma: no cover
        return json.dumps(extra, ensure_ascii=False, default=_json_default)
    opts = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS
    try:
        return orjson.dumps(extra, default=_json_default, option=opts).decode()
    except TypeError:  # an integer beyond 64 bits from an in-memory row
        return orjson.dumps(exactify(extra), default=_json_default, option=opts).decode()


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
                src_id: str | None = None, offset: int | None = None) -> dict:
    """A read reject. ``offset``: where in the file (compressed bytes for a compressed stream) the
    unreadable rest of a stream or document starts; only those rejects carry it."""
    source: dict[str, Any] = {"file": name, "line": line}
    if offset is not None:
        source["offset"] = offset
    return {"_row": row, "id": src_id, "stage": "read", "code": code, "reason": reason, "twin_id": None,
            "similarity": None, "source": source, "record": None, "raw": raw, "issues": []}


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
        for unit in _iter_units(src, opts, seen_ids, file_stat):
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
            if err is not None:
                # the original bytes when the source had them; an in-memory row has only its value
                text = _escape_raw(raw if raw is not None else _raw_of(obj)) if raw is not None or obj is not None else None
                b.rejects.append(read_reject(row, src.name, line, err.code, err.reason, text,
                                             _src_id_safe(obj), err.offset))
                file_stat["rejected"] += 1
                row += 1
            else:
                pos_id = f"{src.name}:{line}"
                if raw is None and orjson is not None:  # in-memory values were never JSON text
                    for m in mapped:
                        if m.extra:
                            m.extra = exactify(m.extra)
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


def file_warnings(stats: list[dict]) -> list[str]:
    """What a reader of the summary must know about each input file."""
    out = [f"{s['file']}: empty input" for s in stats if s["units"] == 0 and not s.get("warning")]
    out += [f"{s['file']}: no valid records among {s['units']} rows (is the format right?)"
            for s in stats if s["units"] and not s["records"] and not s.get("warning")]
    out += [s["warning"] for s in stats if s.get("warning")]
    return out


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
    warnings = file_warnings(stats)
    findings = pl.concat(found) if found else empty_findings()
    return ReadResult(records, rejects, units, split, stats, warnings, findings)
