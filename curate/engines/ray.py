"""The Ray engine: the local engine's plan on a Ray cluster (``pip install 'curate[ray]'``).

    curate run clean -i 'data/*.jsonl' -o clean.jsonl --engine ray                 # private local cluster
    curate run clean -i 'data/*.jsonl' -o clean.jsonl --engine ray --address HOST:6379 --workers 16

Reading. The driver cuts uncompressed JSON Lines files at line ends (``curate.io.chunks``; pieces
of 64 MiB, or smaller so that every worker gets PIECES_PER_WORKER of them; line
numbers from a parallel count of line ends), compressed files and other formats are one piece each,
in-memory sources are read on the driver. Each piece becomes a *segment*, read by a worker with the
local reader, so ids, lines and read rejects are exactly the local ones; rows are numbered per
segment and shifted once every segment's count is known. A source id that repeats across pieces
(``read.duplicate_id`` decides by what came before) is detected from id hashes; the run then reads
its input on the driver, so the ids are still exact.

Record stages. Each run of consecutive record stages is one ``map_batches`` over an actor pool
(``--workers`` actors, one CPU and one thread pool each: POLARS_MAX_THREADS, OMP_NUM_THREADS,
CURATE_THREADS...; a model loads once per actor). The first run also reads. A task returns one row
per segment: kept records (Arrow IPC), rejects, findings, keys for the global stages ahead and the
per-stage counters, so a retried task replaces all of them and the books still balance. Errors
(a corrupt file, a broken stage) travel in the row too: the driver raises the first one in input
order, with the message and exit code a local run gives.

Global stages. Keyed stages (curate.stage.GlobalStage) decide on keys. Up to ``driver_max_records``
kept records the keys are gathered on the driver and the stage decides there, as locally: a Ray
Data shuffle costs 10-28 s of fixed time on 2 cores, which small runs must not pay. Above it:
exact dedup is a hash shuffle of its keys on ``content_hash`` (each partition decided on its own);
near dedup shuffles (band, band key) pairs, verifies candidate pairs in parallel tasks (the texts
of candidate records shuffled to them), then decides on the driver from the verified pairs and the
paired records' rank values alone (``star_drops``: best first, no chaining, as locally); semantic dedup embeds in the actor pool (its keys) and searches
partitions in parallel tasks. Shuffles here are plain Ray tasks (a map task per block splitting by
hash, a reduce task per partition), about 1-2 s of fixed cost on 2 cores. Other global stages get
the whole table on the driver.

Output. Segments come back to the driver in input order into the local engine's segment store
(spilled past its memory budget), so writing, rejects and the books are the local engine's.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import pickle
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from curate.engines.base import Engine, Job, Outcome, Step, book_decision, global_findings, plan, run_whole
from curate.engines.books import Books
from curate.engines.local import LocalOutcome, Segment, SegmentStore, compute_keys
from curate.stage import FrameKeys, Stage, compact

log = logging.getLogger(__name__)

THREAD_VARS = ("POLARS_MAX_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
               "NUMEXPR_NUM_THREADS", "RAYON_NUM_THREADS", "CURATE_THREADS")


# ----------------------------------------------------------------------------- packing
def _ipc(df: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.write_ipc(buf)
    return buf.getvalue()


def _frame(b: bytes) -> pl.DataFrame:
    return pl.read_ipc(io.BytesIO(b))


@dataclass
class Piece:
    """One segment as a worker or the driver holds it."""

    seg: int
    kept: pl.DataFrame
    rejects: list[dict] = field(default_factory=list)
    findings: list[tuple[int, pl.DataFrame]] = field(default_factory=list)
    originals: pl.DataFrame | None = None
    keys: dict[str, pl.DataFrame] = field(default_factory=dict)
    counts: dict[str, Any] | None = None
    n_rows: int = 0  # rows this segment numbered (units + split_extra); its _row range is [base, base+n_rows)
    based: bool = True  # _row values already global
    error: BaseException | None = None
    nonpos: int = 0  # reader ids that are not position ids (source ids): cross-piece clashes possible
    notes: dict[str, list[str]] = field(default_factory=dict)  # record stages' notes() in the worker


SCHEMA_COLUMNS = ("seg", "n_rows", "based", "kept", "side", "keys")


def pack(p: Piece) -> dict[str, Any]:
    side = {"rejects": p.rejects, "findings": [(s, _ipc(f)) for s, f in p.findings],
            "originals": _ipc(p.originals) if p.originals is not None else None,
            "counts": p.counts, "error": p.error, "nonpos": p.nonpos, "notes": p.notes}
    return {"seg": p.seg, "n_rows": p.n_rows, "n_kept": p.kept.height, "based": p.based, "kept": _ipc(p.kept),
            "side": pickle.dumps(side, protocol=5),
            "keys": pickle.dumps({k: _ipc(v) for k, v in p.keys.items()}, protocol=5)}


def _shift(df: pl.DataFrame, by: int) -> pl.DataFrame:
    return df.with_columns(pl.col("_row") + by) if by and "_row" in df.columns else df


def unpack(row: dict[str, Any], offsets: np.ndarray | None, parts: tuple[str, ...] = ("kept", "side", "keys")) -> Piece:
    """A packed segment, with ``_row`` made global (``offsets[seg]`` added once)."""
    seg = int(row["seg"])
    by = 0 if row["based"] or offsets is None else int(offsets[seg])
    kept = _shift(_frame(row["kept"]), by) if "kept" in parts else pl.DataFrame()
    p = Piece(seg, kept, n_rows=int(row["n_rows"]), based=row["based"] or offsets is not None)
    if "side" in parts:
        side = pickle.loads(row["side"])
        p.rejects = [dict(d, _row=d["_row"] + by) for d in side["rejects"]] if by else side["rejects"]
        p.findings = [(s, _shift(_frame(b), by)) for s, b in side["findings"]]
        p.originals = _shift(_frame(side["originals"]), by) if side["originals"] is not None else None
        p.counts, p.error, p.nonpos, p.notes = side["counts"], side["error"], side["nonpos"], side["notes"]
    if "keys" in parts:
        p.keys = {k: _shift(_frame(v), by) for k, v in pickle.loads(row["keys"]).items()}
    return p


def _rows(block: Any) -> list[dict[str, Any]]:
    cols = {c: block.column(c).to_pylist() for c in block.column_names}
    return [dict(zip(cols, vals)) for vals in zip(*cols.values())]


def _table(rows: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = pa.schema([("seg", pa.int64()), ("n_rows", pa.int64()), ("n_kept", pa.int64()), ("based", pa.bool_()),
                        ("kept", pa.large_binary()), ("side", pa.large_binary()), ("keys", pa.large_binary())])
    return pa.Table.from_pylist(rows, schema=schema)


# ----------------------------------------------------------------------------- workers
def _reader_nonpos(records: pl.DataFrame) -> int:
    """Reader ids that are not ``file:line`` (or ``file:line#turn``) position ids."""
    if records.height == 0:
        return 0
    pos = pl.concat_str([pl.col("_src_file"), pl.lit(":"), pl.col("_src_line").cast(pl.Utf8)])
    is_pos = (pl.col("id") == pos) | pl.col("id").str.starts_with(pl.concat_str([pos, pl.lit("#")]))
    return int(records.select((~is_pos).sum()).item())


class SegmentWorker:
    """One actor of the pool: runs one step's record stages (the first step also reads) over
    segments and computes the keys of the keyed global stages that follow. Stages are built once
    per actor, so a model loads once per worker."""

    def __init__(self, blob: bytes) -> None:
        cfg = pickle.loads(blob)
        self.stages: list[Stage] = cfg["stages"]
        by_name = {s.name: s for s in self.stages}
        self.run = [by_name[n] for n in cfg["run"]]
        self.keys_for = [by_name[n] for n in cfg["keys_for"]]
        self.step = cfg["step"]
        self.keep_originals = cfg["keep_originals"]
        self.options = cfg["options"]
        self.batch_size = cfg["batch_size"]
        self.offsets = cfg.get("offsets")

    def __call__(self, batch: Any) -> Any:
        out = []
        for row in _rows(batch):
            out.append(pack(self.one(row)))
        return _table(out)

    def one(self, row: dict[str, Any]) -> Piece:
        seg = int(row["seg"])
        try:
            if "spec" in row and row["spec"] is not None:
                return self._read(seg, pickle.loads(row["spec"]))
            return self._pass(row)
        except Exception as e:  # noqa: BLE001 - raised on the driver, in input order
            return Piece(seg, pl.DataFrame(), counts=None, error=_portable(e))

    def _read(self, seg: int, spec: Any) -> Piece:
        from curate.io.readers import iter_batches

        books = Books(self.stages)
        audit = self.keep_originals
        parts, nonpos, n_rows = [], 0, 0
        it = iter_batches(spec, self.options, self.batch_size, books.files)
        while True:
            t0 = time.perf_counter()
            rb = next(it, None)
            if rb is None:
                break
            kept = books.take_read(rb, time.perf_counter() - t0, keep_originals=audit)
            nonpos += _reader_nonpos(rb.records)
            n_rows += rb.units + rb.split_extra
            for st in self.run:
                kept = books.apply(st, kept)
            parts.append(kept)
        kept = pl.concat(parts, how="diagonal_relaxed") if parts else pl.DataFrame()
        return self._finish(seg, kept, books, n_rows, based=False, nonpos=nonpos,
                            findings=[], rejects=[], originals=(pl.concat(books.originals, how="vertical")
                                                                if audit and books.originals else None))

    def _pass(self, row: dict[str, Any]) -> Piece:
        p = unpack(row, self.offsets)
        books = Books(self.stages)
        kept = p.kept
        pending = pickle.loads(row["pending"]) if row.get("pending") else []
        for name, fb in pending:
            kept = books.carry_out(name, _frame(fb), kept)
        for st in self.run:
            kept = books.apply(st, kept)
        return self._finish(p.seg, kept, books, p.n_rows, based=True, nonpos=0, findings=p.findings,
                            rejects=p.rejects, originals=p.originals)

    def _finish(self, seg: int, kept: pl.DataFrame, books: Books, n_rows: int, *, based: bool, nonpos: int,
                findings: list, rejects: list, originals: pl.DataFrame | None) -> Piece:
        keys = compute_keys(self.keys_for, kept, books) if kept.height else {}
        mine = [f for f in books.findings if f.height]
        if mine:
            findings = findings + [(self.step, pl.concat(mine, how="vertical"))]
        notes = {st.name: st.notes() for st in self.run}
        return Piece(seg, kept, rejects + books.rejects, findings, originals, keys, books.counts(), n_rows,
                     based, None, nonpos, notes)


def _portable(e: BaseException) -> BaseException:
    """The exception itself when it survives pickling (ReadFailure, StageContractError, ValueError...),
    else a RuntimeError with its message."""
    try:
        pickle.loads(pickle.dumps(e))
        return e
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(e).__name__}: {e}")


# ----------------------------------------------------------------------------- remote helpers
def _remote(fn: Any, **opts: Any) -> Any:
    import ray

    return ray.remote(**opts)(fn)


def _side_of(block: Any) -> list[dict[str, Any]]:
    """Counters, errors and sizes of a block's segments (never its records)."""
    out = []
    for row in _rows(block):
        p = unpack(row, None, ("side",))
        out.append({"seg": p.seg, "n_rows": p.n_rows, "counts": p.counts, "error": p.error, "nonpos": p.nonpos,
                    "notes": p.notes, "n_kept": int(row["n_kept"]) if "n_kept" in row else None})
    return out


def _id_hashes(block: Any, offsets: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Hashes of every id the reader gave out in a block's segments (kept records and those a
    record stage dropped; read rejects claim no id)."""
    out = []
    for row in _rows(block):
        p = unpack(row, offsets, ("kept", "side"))
        ids = [d["id"] for d in p.rejects if d["stage"] != "read"]
        s = pl.concat([p.kept["id"] if p.kept.height else pl.Series("id", [], pl.Utf8),
                       pl.Series("id", ids, dtype=pl.Utf8)])
        out.append((p.seg, s.hash(0x1D5).to_numpy()))
    return out


def _keys_of(block: Any, stage: str, offsets: np.ndarray, dropped: np.ndarray,
             columns: list[str] | None, only: np.ndarray | None = None) -> list[tuple[int, pl.DataFrame]]:
    out = []
    for row in _rows(block):
        p = unpack(row, offsets, ("keys",))
        k = p.keys.get(stage)
        if k is None or k.height == 0:
            continue
        if len(dropped):
            k = k.filter(~pl.col("_row").is_in(pl.Series(dropped).implode()))
        if only is not None:
            k = k.filter(pl.col("_row").is_in(pl.Series(only, dtype=pl.Int64).implode()))
        out.append((p.seg, k if columns is None else k.select(columns)))
    return out



def _fetch(block: Any, rows: np.ndarray, columns: list[str], offsets: np.ndarray) -> pl.DataFrame:
    want = pl.Series("_row", rows, dtype=pl.Int64).implode()
    parts = []
    for row in _rows(block):
        p = unpack(row, offsets, ("kept",))
        if p.kept.height:
            parts.append(compact(p.kept.filter(pl.col("_row").is_in(want)).select(["_row", *columns])))
    return pl.concat(parts, how="vertical_relaxed") if parts else pl.DataFrame()


def _attach(block: Any, pending: dict[int, list[tuple[str, bytes]]]) -> Any:
    """The block with each segment's pending global findings in a ``pending`` column."""
    import pyarrow as pa

    segs = block.column("seg").to_pylist()
    col = [pickle.dumps(pending.get(s, []), protocol=5) for s in segs]
    return block.append_column("pending", pa.array(col, type=pa.large_binary()))


def _hash_split(block: Any, stage: str, key: str, parts: int, offsets: np.ndarray, dropped: np.ndarray) -> Any:
    frames = [f for _, f in _keys_of(block, stage, offsets, dropped, None)]
    k = pl.concat(frames, how="vertical_relaxed") if frames else None
    out = []
    for p in range(parts):
        out.append(k.filter((pl.col(key).hash(0x5EED) % parts) == p) if k is not None else None)
    return tuple(out) if parts > 1 else out[0]


def _decide_part(blob: bytes, *frames: Any) -> pl.DataFrame | None:
    stage = pickle.loads(blob)
    frames = [f for f in frames if f is not None and f.height]
    if not frames:
        return None
    keys = pl.concat(frames, how="vertical_relaxed").sort("_row")
    f = stage.decide(FrameKeys(keys, None))
    return f if f.height else None


def _band_split(block: Any, stage: str, bands: list[str], parts: int, offsets: np.ndarray,
                dropped: np.ndarray) -> Any:
    """(band, key, _row) of every record with a signature, split by hash of (band, key)."""
    frames = [f for _, f in _keys_of(block, stage, offsets, dropped, ["_row", "_sig_ok", *bands])]
    out: list[Any] = [None] * parts
    if frames:
        k = pl.concat(frames, how="vertical_relaxed").filter(pl.col("_sig_ok"))
        long = pl.concat([k.select(pl.lit(i, pl.Int32).alias("band"), pl.col(b).alias("key"), "_row")
                          for i, b in enumerate(bands)])
        part = (long["key"].hash(0x5EED) % parts).to_numpy()
        for p in range(parts):
            out[p] = long.filter(pl.Series(part == p))
    return tuple(out) if parts > 1 else out[0]


def _band_pairs(max_bucket: int, *frames: Any) -> np.ndarray:
    from curate.dedup.lsh import bucket_pairs

    frames = [f for f in frames if f is not None and f.height]
    if not frames:
        return np.zeros(0, dtype=np.int64)
    long = pl.concat(frames).sort("band", "_row")
    out = []
    for (band,), g in long.group_by("band", maintain_order=True):
        out.append(bucket_pairs(g["key"].to_numpy(), g["_row"].to_numpy(), max_bucket))
    return np.unique(np.concatenate(out)) if out else np.zeros(0, dtype=np.int64)


def _scatter_texts(block: Any, needed: list[np.ndarray], columns: list[str], offsets: np.ndarray) -> Any:
    """For each verification group, the compared fields of the records of this block it needs."""
    parts = []
    for row in _rows(block):
        p = unpack(row, offsets, ("kept",))
        if p.kept.height:
            parts.append(p.kept.select(["_row", *columns]))
    k = pl.concat(parts, how="vertical_relaxed") if parts else None
    out = []
    for rows in needed:
        if k is None or not len(rows):
            out.append(None)
        else:
            out.append(compact(k.filter(pl.col("_row").is_in(pl.Series(rows, dtype=pl.Int64).implode()))))
    return tuple(out) if len(needed) > 1 else out[0]


def _verify(cfg: Any, left: np.ndarray, right: np.ndarray, prefilter: bool, *texts: Any) -> tuple[np.ndarray, np.ndarray]:
    from curate.dedup.near import pair_scores

    frames = [t for t in texts if t is not None and t.height]
    t = pl.concat(frames, how="vertical_relaxed").sort("_row")
    return pair_scores(t, left, right, cfg, prefilter)


# ----------------------------------------------------------------------------- session
HARMLESS = (b"has constructor arguments in the object store and max_restarts > 0",)


class StderrFilter:
    """Drop known harmless lines Ray's C++ core writes straight to the process's stderr (fd 2):
    each Ray Data actor pool logs an error-level line about its constructor arguments living in the
    object store (ray-project/ray#53727). Everything else, progress bars included, passes through
    as it comes."""

    def __init__(self) -> None:
        self.saved: int | None = None

    def __enter__(self) -> StderrFilter:
        import threading

        try:
            sys_fd = 2
            self.saved = os.dup(sys_fd)
            r, w = os.pipe()
            os.dup2(w, sys_fd)
            os.close(w)
        except OSError:  # no fd 2 to filter
            self.saved = None
            return self
        self.r = r
        self.thread = threading.Thread(target=self._pump, daemon=True)
        self.thread.start()
        return self

    def _pump(self) -> None:
        buf = b""
        while True:
            chunk = os.read(self.r, 65536)
            if not chunk:
                break
            buf += chunk
            cut = max(buf.rfind(b"\n"), buf.rfind(b"\r"))
            if cut < 0:
                continue
            ready, buf = buf[:cut + 1], buf[cut + 1:]
            lines = ready.splitlines(keepends=True)
            out = b"".join(ln for ln in lines if not any(h in ln for h in HARMLESS))
            if out and self.saved is not None:
                os.write(self.saved, out)
        if buf and self.saved is not None:
            os.write(self.saved, buf)

    def __exit__(self, *a: Any) -> None:
        if self.saved is None:
            return
        import sys

        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(self.saved, 2)  # closes the pipe's write end held by fd 2: the pump sees EOF
        self.thread.join(timeout=5)
        os.close(self.r)
        os.close(self.saved)
        self.saved = None


@dataclass
class Session:
    started: bool
    tmp: str | None
    info: dict[str, Any]


@contextlib.contextmanager
def ray_session(address: str | None, workers: int | None, threads: int, tmp_root: str | None = None
                ) -> Iterator[Session]:
    """Attach to the cluster at ``address``, or start a private local one (``address="local"``:
    never the cluster ``ray.init()`` would find on its own); usage stats and the dashboard off; every
    worker's thread pools sized to its CPU share. Only what this function started is shut down."""
    import ray

    env = {v: str(threads) for v in THREAD_VARS}
    env["TOKENIZERS_PARALLELISM"] = "false"
    started, tmp = False, None
    if not ray.is_initialized():
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        kwargs: dict[str, Any] = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.ERROR,
                                      runtime_env={"env_vars": env}, configure_logging=False)
        if address in (None, "local"):
            os.environ.setdefault("RAY_AUTH_MODE", "disabled")
            tmp = tempfile.mkdtemp(prefix="curate-ray-", dir=tmp_root)
            ray.init(address="local", num_cpus=workers or os.cpu_count() or 1, _temp_dir=tmp, **kwargs)
        else:
            kwargs.pop("include_dashboard")
            ray.init(address=address, **kwargs)
        started = True
    try:
        nodes = [n for n in ray.nodes() if n.get("Alive")]
        cpus = int(ray.cluster_resources().get("CPU", 0))
        info = {"engine": "ray", "ray_version": ray.__version__,
                "address": "local" if address in (None, "local") else address,
                "nodes": len(nodes), "cpus": cpus, "workers": int(workers or max(1, cpus)),
                "threads_per_worker": threads}
        yield Session(started, tmp, info)
    finally:
        if started:
            ray.shutdown()
            if tmp is not None:
                shutil.rmtree(tmp, ignore_errors=True)


def _quiet_ray_data() -> None:
    import warnings

    import ray.data as rd

    warnings.filterwarnings("ignore", module=r"ray\.data.*")
    ctx = rd.DataContext.get_current()
    ctx.enable_progress_bars = False
    with contextlib.suppress(AttributeError):
        ctx.print_on_execution_start = False
    with contextlib.suppress(AttributeError):
        ctx.verbose_stats_logs = False
    for name in ("ray", "ray.data", "ray._private", "ray.data._internal"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _raise_first(errors: list[tuple[int, BaseException]]) -> None:
    """The error of the earliest segment, as the local engine would have met it first."""
    if errors:
        raise sorted(errors, key=lambda e: e[0])[0][1]


def _unwrap(e: BaseException) -> BaseException:
    """The user's exception inside Ray's wrappers (a task or actor error)."""
    seen = set()
    while id(e) not in seen:
        seen.add(id(e))
        cause = getattr(e, "cause", None) or e.__cause__
        if cause is None or not isinstance(cause, BaseException):
            break
        e = cause
    return e


# ----------------------------------------------------------------------------- the engine
# With 64 MiB pieces (curate.io.chunks.DEFAULT_CHUNK_BYTES) a 90 MB input was two uneven pieces:
# two workers took as long as one (93.9 s against 93.1 s for 200,000 records on 2 idle cores).
# Each worker gets at least this many pieces (of at least MIN_CHUNK_BYTES), so the pool stays busy
# to the end: 8 MiB pieces there, 60 s.
PIECES_PER_WORKER = 4
MIN_CHUNK_BYTES = 4 << 20


def balanced_chunk_bytes(chunks: list[Any], workers: int, ceiling: int) -> int:
    """A piece size that gives every worker ``PIECES_PER_WORKER`` pieces of the input's plain
    JSON Lines bytes, between MIN_CHUNK_BYTES and ``ceiling``."""
    from curate.io.readers import FileChunk

    total = 0
    for c in chunks:
        if isinstance(c, FileChunk):
            try:
                total += (c.end - c.start) if c.end is not None else os.path.getsize(c.path)
            except OSError:
                pass  # the reader reports it
    return max(MIN_CHUNK_BYTES, min(ceiling, total // max(1, workers * PIECES_PER_WORKER)))


class RayEngine(Engine):
    """Runs the plan on Ray. ``address``: a running cluster (``ray start --head`` prints it);
    none: a private local cluster. ``workers``: actors in the record-stage pool (default: the
    cluster's CPUs). ``driver_max_records``: up to this many kept records, global stages decide on
    the driver. ``chunk_bytes``: size of the pieces JSON Lines files are cut into (default: 64 MiB,
    smaller for inputs that would give fewer than ``PIECES_PER_WORKER`` pieces per worker)."""

    name = "ray"

    def __init__(self, address: str | None = None, workers: int | None = None,
                 driver_max_records: int = 5_000_000,
                 chunk_bytes: int | None = None, partitions: int | None = None, threads_per_worker: int = 1,
                 memory_budget: int | None = None, spill_dir: str | None = None) -> None:
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        self.address = address
        self.workers = workers
        self.driver_max_records = int(driver_max_records)
        self.chunk_auto = chunk_bytes is None
        from curate.io.chunks import DEFAULT_CHUNK_BYTES

        self.chunk_bytes = int(chunk_bytes or DEFAULT_CHUNK_BYTES)
        self.partitions = partitions
        self.threads = int(threads_per_worker)
        self.memory_budget = memory_budget
        self.spill_dir = spill_dir
        self.shuffles: list[dict[str, Any]] = []

    # -- the run ----------------------------------------------------------------------------
    def execute(self, job: Job) -> Outcome:
        with StderrFilter(), ray_session(self.address, self.workers, self.threads) as sess:
            _quiet_ray_data()
            try:
                return self._execute(job, sess)
            except Exception as e:  # a Ray wrapper around one of ours: raise ours
                inner = _unwrap(e)
                if inner is not e:
                    raise inner from None
                raise

    def _execute(self, job: Job, sess: Session) -> Outcome:
        self.block_segs: dict[Any, list[int]] = {}
        self.n_kept: dict[int, int] = {}
        self.info = dict(sess.info)
        self.notes: dict[str, list[str]] = {}
        self.n_workers = self.info["workers"]
        self.P = self.partitions or max(2, self.n_workers * 2)
        steps = plan(job.stages)
        books = Books(job.stages)
        t0 = time.perf_counter()
        blocks, sides = self._read_pass(job, steps[0], books)
        self.offsets = np.concatenate([[0], np.cumsum([s["n_rows"] for s in sides])]).astype(np.int64)
        self.bounds = self.offsets[:-1]
        self.n_segments = len(sides)
        self.info["read_pass_seconds"] = round(time.perf_counter() - t0, 3)
        globals_: list[tuple[int, pl.DataFrame]] = []
        pending: dict[int, list[tuple[str, pl.DataFrame]]] = {}
        dropped: list[np.ndarray] = []
        for si, step in enumerate(steps[1:], 1):
            if step.kind == "decide":
                g = step.stage
                assert g is not None
                drops = np.sort(np.concatenate(dropped)) if dropped else np.zeros(0, dtype=np.int64)
                st = books.stats[g.name]
                t1 = time.perf_counter()
                f, n_in = self._decide(g, blocks, drops)
                if n_in:
                    book_decision(books, g.name, f, n_in, si, self.bounds, globals_, pending, dropped)
                st.seconds += time.perf_counter() - t1
                continue
            dropped = []
            if step.kind == "whole":
                blocks = self._whole(step.stage, si, blocks, books, globals_, pending, job)  # type: ignore[arg-type]
            else:
                blocks = self._pass(job, step, si, blocks, books, pending)
        store = self._collect(blocks, pending, job)
        self.info["shuffles"] = self.shuffles
        outcome = LocalOutcome(store, books, globals_, {}, steps, self.info)
        outcome.notes = self.notes
        return outcome

    def _blob(self, job: Job, step: Step, si: int, offsets: np.ndarray | None) -> bytes:
        import cloudpickle

        return cloudpickle.dumps({"stages": job.stages, "run": [s.name for s in step.stages],
                                  "keys_for": [s.name for s in step.keys_for], "step": si,
                                  "keep_originals": job.mode == "audit" or job.keep_originals,
                                  "options": job.options, "batch_size": job.batch_size, "offsets": offsets})

    def _map(self, items_or_refs: Any, blob: bytes, from_refs: bool, progress: Any = None
             ) -> tuple[list[Any], list[dict[str, Any]]]:
        """One map_batches over the actor pool. Returns the output block refs and each segment's
        side information (counters, errors, notes; never records), sorted by segment; the
        progress bar advances as segments finish."""
        import ray
        import ray.data as rd

        ds = rd.from_arrow_refs(items_or_refs) if from_refs else rd.from_items(
            items_or_refs, override_num_blocks=max(1, len(items_or_refs)))
        ds = ds.map_batches(SegmentWorker, fn_constructor_args=(blob,), batch_size=1, batch_format="pyarrow",
                            compute=rd.ActorPoolStrategy(size=max(1, min(self.n_workers, len(items_or_refs)))),
                            num_cpus=1)
        side = _remote(_side_of, num_cpus=0)
        refs, pending, sides = [], [], []

        of_task: dict[Any, Any] = {}

        def drain(block: bool) -> None:
            nonlocal pending
            if not pending:
                return
            done, pending = ray.wait(pending, num_returns=len(pending) if block else 1,
                                     timeout=None if block else 0)
            for ref, part in zip(done, ray.get(done)):
                self.block_segs[of_task[ref]] = [s["seg"] for s in part]
                for s in part:
                    sides.append(s)
                    if progress is not None and s["counts"] is not None and not from_refs:
                        progress.update(s["counts"]["units"])

        for bundle in ds.iter_internal_ref_bundles():
            for r in bundle.block_refs:
                refs.append(r)
                t = side.remote(r)
                of_task[t] = r
                pending.append(t)
            drain(False)
        drain(True)
        sides.sort(key=lambda s: s["seg"])
        _raise_first([(s["seg"], s["error"]) for s in sides if s["error"] is not None])
        for s in sides:
            self.n_kept[s["seg"]] = s["n_kept"]
        for s in sides:
            for name, notes in (s.get("notes") or {}).items():
                mine = self.notes.setdefault(name, [])
                mine += [n for n in notes if n not in mine]
        return refs, sides

    def _read_pass(self, job: Job, step: Step, books: Books) -> tuple[list[Any], list[dict[str, Any]]]:
        import ray

        from curate.io.chunks import count_lines, number_lines, plan_chunks
        from curate.io.readers import FileChunk

        chunks = plan_chunks(job.source, job.options, self.chunk_bytes)
        if self.chunk_auto and len(chunks) < self.n_workers * PIECES_PER_WORKER:
            size = balanced_chunk_bytes(chunks, self.n_workers, self.chunk_bytes)
            if size < self.chunk_bytes:
                chunks = plan_chunks(job.source, job.options, size)
        self.info["chunks"] = len(chunks)
        local = any(not isinstance(c, FileChunk) for c in chunks)
        progress = job.progress
        if not local:
            cut = [i for i, c in enumerate(chunks) if c.end is not None]
            if cut:
                counter = _remote(count_lines, num_cpus=1)
                counts = ray.get([counter.remote(chunks[i].path, chunks[i].start, chunks[i].end) for i in cut])
                chunks = number_lines(chunks, dict(zip(cut, counts)))
            items = [{"seg": i, "spec": pickle.dumps(c)} for i, c in enumerate(chunks)]
            refs, sides = self._read_items(items, job, step)
            if sum(s["nonpos"] for s in sides) and self._ids_clash(refs, sides):
                log.info("source ids repeat across pieces: reading on the driver")
                local, progress = True, None  # the bar has counted these records once already
        if local:
            refs, sides = self._driver_read(job, step, books, progress)
        for s in sides:
            books.merge_count_dict(s["counts"])
        return refs, sides

    def _read_items(self, items: list[dict], job: Job, step: Step) -> tuple[list[Any], list[dict[str, Any]]]:
        if not items:
            return [], []
        return self._map(items, self._blob(job, step, 0, None), from_refs=False, progress=job.progress)

    def _driver_read(self, job: Job, step: Step, books: Books, progress: Any) -> tuple[list[Any], list[dict[str, Any]]]:
        """Read on the driver (in-memory sources; source ids that repeat across pieces), one
        segment per read batch put in the object store as it comes (the driver holds one batch),
        then the first pass's record stages over those segments on the actor pool."""
        import ray

        from curate.io.readers import iter_batches

        audit = job.mode == "audit" or job.keep_originals  # keep the records as read
        files: list[dict] = []
        refs = []
        it = iter_batches(job.source, job.options, job.batch_size, files)
        while True:
            t0 = time.perf_counter()
            rb = next(it, None)
            if rb is None:
                break
            sb = Books(job.stages)
            recs = sb.take_read(rb, time.perf_counter() - t0, keep_originals=audit)
            books.merge_counts(sb)
            if progress is not None:
                progress.update(rb.units)
            i = len(refs)
            found = [f for f in sb.findings if f.height]
            piece = Piece(i, recs, rejects=sb.rejects,
                          findings=[(0, pl.concat(found, how="vertical"))] if found else [],
                          originals=recs if audit else None, n_rows=rb.units + rb.split_extra, based=True)
            ref = ray.put(_table([pack(piece)]))
            self.block_segs[ref] = [i]
            refs.append(ref)
        books.add_files(files)
        if not refs:
            return [], []
        return self._map(refs, self._blob(job, step, 0, None), from_refs=True)

    def _ids_clash(self, refs: list[Any], sides: list[dict[str, Any]]) -> bool:
        import ray

        fn = _remote(_id_hashes, num_cpus=1)
        hashes = [h for part in ray.get([fn.remote(r, self._offsets_of(sides)) for r in refs]) for _, h in part]
        allh = np.concatenate(hashes) if hashes else np.zeros(0, dtype=np.uint64)
        return len(np.unique(allh)) != len(allh)

    @staticmethod
    def _offsets_of(sides: list[dict[str, Any]]) -> np.ndarray:
        return np.concatenate([[0], np.cumsum([s["n_rows"] for s in sides])]).astype(np.int64)

    def _pass(self, job: Job, step: Step, si: int, blocks: list[Any], books: Books,
              pending: dict[int, list[tuple[str, pl.DataFrame]]]) -> list[Any]:
        attach = _remote(_attach, num_cpus=1)
        segs_of = self._segs_of(blocks)
        refs = []
        for b, segs in zip(blocks, segs_of):
            mine = {s: [(n, _ipc(f)) for n, f in pending.pop(s, [])] for s in segs}
            refs.append(attach.remote(b, mine))
        out, sides = self._map(refs, self._blob(job, step, si, self.offsets), from_refs=True)
        for s in sides:
            books.merge_count_dict(s["counts"])
        return out

    def _segs_of(self, blocks: list[Any]) -> list[list[int]]:
        """The segments each block holds (known from its side information)."""
        return [self.block_segs[b] for b in blocks]

    def _whole(self, stage: Stage, si: int, blocks: list[Any], books: Books, globals_: list,
               pending: dict[int, list[tuple[str, pl.DataFrame]]], job: Job) -> list[Any]:
        """A global stage that is not keyed: the whole table on the driver, then new blocks."""
        import ray

        pieces = self._pull(blocks, pending)
        out, by_seg = run_whole(stage, [p.kept for p in pieces], Books(job.stages), books, si, self.bounds,
                                globals_)
        rows = []
        for p in pieces:
            lo, hi = self.offsets[p.seg], self.offsets[p.seg + 1]
            p.kept = (out.filter((pl.col("_row") >= lo) & (pl.col("_row") < hi)) if out is not None
                      else p.kept.clear())
            p.rejects = p.rejects + by_seg.get(p.seg, [])
            p.keys = {}
            rows.append(pack(p))
        refs = [ray.put(_table(rows[i:i + 1])) for i in range(len(rows))]
        for r, p in zip(refs, pieces):
            self.block_segs[r] = [p.seg]
            self.n_kept[p.seg] = p.kept.height
        return refs

    def _pull(self, blocks: list[Any], pending: dict[int, list[tuple[str, pl.DataFrame]]]) -> list[Piece]:
        """Every segment on the driver, pending findings applied (for non-keyed global stages)."""
        import ray

        pieces = []
        for b in blocks:
            for row in _rows(ray.get(b)):
                p = unpack(row, self.offsets)
                scratch = Books([])
                for name, f in pending.pop(p.seg, []):
                    p.kept = scratch.carry_out(name, f, p.kept)
                p.rejects += scratch.rejects
                pieces.append(p)
        pieces.sort(key=lambda p: p.seg)
        return pieces

    def _collect(self, blocks: list[Any], pending: dict[int, list[tuple[str, pl.DataFrame]]], job: Job) -> SegmentStore:
        """Every segment back on the driver, in input order, into the local engine's store (spilled
        past its budget), with the last global stages' findings applied."""
        import ray

        from curate.engines.local import DEFAULT_BUDGET

        budget = self.memory_budget if self.memory_budget is not None else int(
            os.environ.get("CURATE_MEMORY_BUDGET", DEFAULT_BUDGET))
        store = SegmentStore(job.spill_root(self.spill_dir), budget)
        segs_of = self._segs_of(blocks)
        order = sorted((i for i in range(len(blocks)) if segs_of[i]), key=lambda i: min(segs_of[i]))
        buffer: dict[int, Piece] = {}
        nxt = 0
        for i in order:  # a block holds consecutive segments; buffer any that arrive early
            for row in _rows(ray.get(blocks[i])):
                p = unpack(row, self.offsets)
                buffer[p.seg] = p
            while nxt in buffer:
                p = buffer.pop(nxt)
                scratch = Books([])
                for name, f in pending.pop(nxt, []):
                    p.kept = scratch.carry_out(name, f, p.kept)
                seg = Segment(nxt, int(self.offsets[nxt]), int(self.offsets[nxt + 1]))
                store.put(seg, p.kept, p.rejects + scratch.rejects, p.findings, p.originals, {})
                nxt += 1
        if buffer or nxt != self.n_segments:
            raise RuntimeError(f"ray engine: {self.n_segments} segments expected, {nxt} collected")
        return store

    # -- global stages --------------------------------------------------------------------------
    def _key_frames(self, blocks: list[Any], stage: str, dropped: np.ndarray,
                    columns: list[str] | None = None, only: np.ndarray | None = None) -> pl.DataFrame | None:
        import ray

        fn = _remote(_keys_of, num_cpus=1)
        parts = [x for part in ray.get([fn.remote(b, stage, self.offsets, dropped, columns, only) for b in blocks])
                 for x in part]
        parts.sort(key=lambda x: x[0])
        frames = [f for _, f in parts]
        return pl.concat(frames, how="vertical_relaxed") if frames else None

    def _count_keys(self, blocks: list[Any], stage: str, dropped: np.ndarray) -> int:
        """Records entering a keyed stage: every kept record of the last pass has its keys, less
        those an earlier stage of the group dropped."""
        return sum(self.n_kept[s] for segs in self._segs_of(blocks) for s in segs) - len(dropped)

    def _decide(self, g: Stage, blocks: list[Any], dropped: np.ndarray) -> tuple[pl.DataFrame, int]:
        n = self._count_keys(blocks, g.name, dropped)
        if n == 0:
            return pl.DataFrame(), 0
        if n > self.driver_max_records:
            if getattr(g, "partition_key", None):
                return self._decide_partitioned(g, blocks, dropped), n
            if g.kind == "near_dedup" and hasattr(g, "cfg"):
                return self._decide_near(g, blocks, dropped, n), n
        keys = RayKeys(self, blocks, g.name, dropped)
        return global_findings(g, g.decide(keys), keys.column("_row")), n

    def _shuffle_timer(self, what: str) -> Any:
        engine = self

        class _T:
            def __enter__(self) -> Any:
                self.t0 = time.perf_counter()
                return self

            def __exit__(self, *a: Any) -> None:
                engine.shuffles.append({"what": what, "seconds": round(time.perf_counter() - self.t0, 3)})

        return _T()

    def _decide_partitioned(self, g: Stage, blocks: list[Any], dropped: np.ndarray) -> pl.DataFrame:
        """Hash shuffle of the keys on the stage's partition key; each partition decided alone."""
        import cloudpickle
        import ray

        P = self.P
        split = _remote(_hash_split, num_cpus=1, num_returns=P)
        decide = _remote(_decide_part, num_cpus=1)
        blob = cloudpickle.dumps(g)
        with self._shuffle_timer(f"{g.name}: hash shuffle on {g.partition_key}"):
            maps = [split.remote(b, g.name, g.partition_key, P, self.offsets, dropped) for b in blocks]
            maps = [m if isinstance(m, list) else [m] for m in maps]
            outs = ray.get([decide.remote(blob, *[m[p] for m in maps]) for p in range(P)])
        frames = [f for f in outs if f is not None]
        if not frames:
            return pl.DataFrame()
        # partitions hold disjoint groups: their findings, merged in _row order, are the whole table's
        return global_findings(g, pl.concat(frames, how="vertical").sort("_row", maintain_order=True), None)

    def _decide_near(self, g: Any, blocks: list[Any], dropped: np.ndarray, n: int) -> pl.DataFrame:
        """Near dedup as shuffles: band keys -> candidate pairs -> parallel exact verification ->
        the verified pairs (8 + 8 bytes each) and the paired records' rank values on the driver ->
        ``star_drops`` there, the local keep-best-first rule (docs/scale.md)."""
        import ray

        from curate.dedup.codes import NEAR
        from curate.dedup.lsh import split_pair_keys
        from curate.dedup.near import band_names, paired_drops
        from curate.stage import Findings

        cfg, keep, P = g.cfg, g.keep, self.P
        bands = band_names(cfg)
        split = _remote(_band_split, num_cpus=1, num_returns=P)
        reduce = _remote(_band_pairs, num_cpus=1)
        with self._shuffle_timer(f"{g.name}: band-key shuffle ({len(bands)} bands)"):
            maps = [split.remote(b, g.name, bands, P, self.offsets, dropped) for b in blocks]
            maps = [m if isinstance(m, list) else [m] for m in maps]
            keys = ray.get([reduce.remote(cfg.max_bucket, *[m[p] for m in maps]) for p in range(P)])
        allk = np.unique(np.concatenate(keys)) if keys else np.zeros(0, dtype=np.int64)
        left, right = split_pair_keys(allk)
        n_cand = len(left)
        sim = np.zeros(0, dtype=np.float64)
        if n_cand:
            ok, sim = self._verify_pairs(blocks, cfg, left, right, prefilter=True,
                                         what=f"{g.name}: verify candidates")
            left, right, sim = left[ok], right[ok], sim[ok]
        stats = {"candidates": n_cand, "verified_pairs": len(left), "bands": cfg.bands, "rows": cfg.rows}
        f = Findings()
        drops = pl.DataFrame()
        if len(left):
            nodes = np.unique(np.concatenate([left, right]))  # rows; dense indices into these below
            frame = self._key_frames(blocks, g.name, dropped, None, only=nodes).sort("_row")
            names = list(frame.columns)
            drops = paired_drops(lambda cols, mask: frame.select(cols).filter(pl.Series(mask)), names,
                                 np.searchsorted(nodes, left), np.searchsorted(nodes, right), sim,
                                 len(nodes), keep)
            if g.enabled(NEAR):
                g.emit_drops(f, drops)
        stats["dropped"] = drops.height
        g.stats = stats
        return global_findings(g, f.frame(), None)

    def _verify_pairs(self, blocks: list[Any], cfg: Any, left: np.ndarray, right: np.ndarray, prefilter: bool,
                      what: str) -> tuple[np.ndarray, np.ndarray]:
        """pair_scores for pairs of rows, in parallel: pairs cut into groups, each group's records'
        compared fields shuffled to its task."""
        import ray

        n = len(left)
        G = max(1, min(self.P, n))
        groups = np.array_split(np.arange(n), G)
        needed_by_group = [np.unique(np.concatenate([left[ix], right[ix]])) for ix in groups]
        scatter = _remote(_scatter_texts, num_cpus=1, num_returns=G)
        verify = _remote(_verify, num_cpus=1)
        with self._shuffle_timer(what):
            maps = []
            segs_of = self._segs_of(blocks)
            for b, segs in zip(blocks, segs_of):
                lo = min(self.offsets[s] for s in segs) if segs else 0
                hi = max(self.offsets[s + 1] for s in segs) if segs else 0
                need = [r[(r >= lo) & (r < hi)] for r in needed_by_group]
                m = scatter.remote(b, need, list(cfg.fields), self.offsets)
                maps.append(m if isinstance(m, list) else [m])
            outs = ray.get([verify.remote(cfg, left[ix], right[ix], prefilter, *[m[gi] for m in maps])
                            for gi, ix in enumerate(groups)])
        ok = np.concatenate([o[0] for o in outs])
        sim = np.concatenate([o[1] for o in outs])
        return ok, sim


class RayKeys(FrameKeys):
    """A keyed stage's keys gathered on the driver from the blocks; records fetched by tasks."""

    def __init__(self, engine: RayEngine, blocks: list[Any], stage: str, dropped: np.ndarray) -> None:
        self.engine, self.blocks = engine, blocks
        k = engine._key_frames(blocks, stage, dropped)
        super().__init__(k if k is not None else pl.DataFrame())  # records stay in the blocks

    def fetch(self, rows: Any, columns: list[str]) -> pl.DataFrame:
        import ray

        rows = np.asarray(rows, dtype=np.int64)
        fn = _remote(_fetch, num_cpus=1)
        segs_of = self.engine._segs_of(self.blocks)
        refs = []
        for b, segs in zip(self.blocks, segs_of):
            if not segs:
                continue
            lo = min(self.engine.offsets[s] for s in segs)
            hi = max(self.engine.offsets[s + 1] for s in segs)
            mine = rows[(rows >= lo) & (rows < hi)]
            if len(mine):
                refs.append(fn.remote(b, mine, columns, self.engine.offsets))
        parts = [p for p in ray.get(refs) if p.height]
        if not parts:
            return pl.DataFrame(schema={"_row": pl.Int64, **{c: pl.Utf8 for c in columns}})
        return pl.concat(parts, how="vertical_relaxed").sort("_row")

    def map(self, fn: Any, items: list[tuple]) -> list[Any]:
        """Run ``fn(*item)`` for each item as parallel Ray tasks (partitioned ANN searches)."""
        import ray

        r = _remote(fn, num_cpus=1)
        return ray.get([r.remote(*it) for it in items])
