"""Open an on-disk SQLite cache (teacher responses, embeddings) or say clearly why it cannot be used.

A corrupt, truncated or foreign file used to surface as one of four sqlite3 tracebacks, sometimes in
the middle of a run. Here the file is checked when it is opened (the SQLite header, ``PRAGMA
quick_check`` for files up to 256 MiB, the table's columns) and any later sqlite3 error is turned into
:class:`CacheError`, whose one line names the file and says what to do. Nothing is ever deleted
silently: ``--reset-cache`` (environment ``CURATE_RESET_CACHE=1``) moves a damaged file aside to
``FILE.damaged-<time>`` (with its -wal/-shm companions), says so on stderr, and starts an empty cache.

Several runs may share one cache: WAL mode lets them read while one writes, ``busy_timeout`` makes
a writer wait for another instead of failing, and callers insert with ``OR IGNORE`` (the first
answer stored for a key stays; nobody's entry is overwritten).
"""
from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

RESET_ENV = "CURATE_RESET_CACHE"
QUICK_CHECK_MAX = 256 << 20
_HEADER = b"SQLite format 3\x00"
_CHECKED: set[tuple[str, int, int, int]] = set()  # files (as they were) quick_check passed in this process


class CacheError(ValueError):
    """A cache file that cannot be used (damaged, not SQLite, another schema; or locked too long)."""

    def __init__(self, message: str, damaged: bool = True) -> None:
        super().__init__(message)
        self.damaged = damaged


def _why(e: BaseException) -> str:
    return str(e) or type(e).__name__


def damaged_message(kind: str, path: Path, why: str) -> str:
    return (f"the {kind} cache {path} cannot be used ({why}); nothing was deleted. Rerun with --reset-cache "
            f"(or {RESET_ENV}=1) to move it aside and start an empty cache, or point the cache elsewhere")


def _check(path: Path, table: str, columns: tuple[str, ...], create: str, timeout: float) -> sqlite3.Connection:
    if path.exists() and path.stat().st_size:
        with open(path, "rb") as f:
            if f.read(16) != _HEADER:
                raise CacheError("not an SQLite database")
    con = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        con.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        # read-only checks first: a file that is not ours is left exactly as it was
        st = path.stat()
        ident = (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)
        if st.st_size <= QUICK_CHECK_MAX and ident not in _CHECKED:  # once per file and process
            res = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
            if res != ["ok"]:
                raise CacheError(f"damaged: {'; '.join(map(str, res[:2]))}")
            _CHECKED.add(ident)
        have = [r[1] for r in con.execute(f"PRAGMA table_info({table})").fetchall()]
        if have and tuple(have) != columns:
            raise CacheError(f"table '{table}' has columns ({', '.join(have)}), expected ({', '.join(columns)}): "
                             "another program's file or another curate version's")
        if not have:
            others = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
            if others:
                raise CacheError(f"it holds tables ({', '.join(others[:5])}) but no '{table}' table: another "
                                 "program's database")
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process kills
        if not have:
            con.execute(create)
    except sqlite3.OperationalError as e:
        con.close()
        if "locked" in str(e) or "busy" in str(e):
            raise cache_failure("", path, e) from None
        raise CacheError(_why(e)) from None
    except sqlite3.DatabaseError as e:
        con.close()
        raise CacheError(_why(e)) from None
    except CacheError:
        con.close()
        raise
    return con


def move_aside(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if src.exists():
            os.replace(src, Path(str(dest) + suffix))
    return dest


def open_cache(path: str | os.PathLike, kind: str, table: str, columns: tuple[str, ...], create: str,
               timeout: float = 60.0, reset: bool | None = None) -> sqlite3.Connection:
    """A checked connection (autocommit) to the cache at ``path``; CacheError when it is damaged
    and ``reset`` (default: ``$CURATE_RESET_CACHE``) is off."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if reset is None:
        reset = os.environ.get(RESET_ENV, "") not in ("", "0")
    try:
        return _check(path, table, columns, create, timeout)
    except CacheError as e:
        if not e.damaged:
            raise CacheError(str(e).replace("the  cache", f"the {kind} cache"), damaged=False) from None
        if not reset:
            raise CacheError(damaged_message(kind, path, str(e))) from None
        dest = move_aside(path)
        print(f"curate: warning: the {kind} cache {path} could not be used ({e}); moved it to {dest} and "
              "started an empty one", file=sys.stderr)
        return _check(path, table, columns, create, timeout)


def cache_failure(kind: str, path: Path, e: sqlite3.Error) -> CacheError:
    """A sqlite3 error met while a run uses the cache, as a CacheError naming the file."""
    if isinstance(e, sqlite3.OperationalError) and "locked" in str(e):
        return CacheError(f"the {kind} cache {path} stayed locked by another process ({_why(e)}); retry when it "
                          "finishes, or give this run its own cache path", damaged=False)
    return CacheError(damaged_message(kind, path, _why(e)))
