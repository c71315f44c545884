"""Publish the files of a run as one set: all or nothing, the manifest last.

A run writes several files (``OUT``, ``OUT.rejects.jsonl``, ``OUT.summary.json``,
``OUT.manifest.json``, a report). Replaced one by one, a ``kill -9`` or a full disk between two of
them left a new ``clean.jsonl`` beside the previous run's rejects and summary. Here:

1. Every file is written to a temporary beside its final name (``.NAME.<pid>-<hex>.tmp``, same
   folder so the rename is atomic), flushed and fsynced; a write error (no space, file too large,
   permission) names the final file and removes every temporary: the previous set is untouched.
2. The size and sha256 of each file go into the manifest (``outputs``), which is written last.
3. Commit, under an exclusive lock on the manifest's folder: a journal (``.MANIFEST.publish``)
   listing temporary → final is written and fsynced; the old manifest is removed (from here until
   the end no manifest describes the folder, so a reader that checks the manifest never takes a
   half-replaced set for a whole one); the data files are renamed into place; the manifest is renamed
   last (the commit marker); the journal is removed.
4. The next run that writes the same set first finishes an interrupted commit from its journal
   (every temporary it lists was complete before the journal was written), then removes stale
   temporaries: those whose writer is gone (its lock on the file is free and its process is dead).

:func:`verify_set` checks a published set against its manifest (what the fault-injection tests
use). A single file (``atomic_write``) is a set of one.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

TMP_RE = r"^\.{name}\.(?:(\d+)-[0-9a-f]+|[A-Za-z0-9_]+)\.tmp$"  # ours: pid-hex; older: mkstemp's random


class PublishError(OSError):
    """A file of the set could not be written or published; nothing of the set was published."""

    def __init__(self, path: Path | str, err: BaseException | str) -> None:
        why = err if isinstance(err, str) else (getattr(err, "strerror", None) or str(err) or type(err).__name__)
        self.path = str(path)
        super().__init__(getattr(err, "errno", None), f"cannot write {path}: {why}")

    def __str__(self) -> str:
        return f"{self.args[1]} (nothing was published; files already there are unchanged)"


# ------------------------------------------------------------------------------ temporaries
def temp_path(final: Path) -> Path:
    return final.with_name(f".{final.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def _create_locked(tmp: Path) -> int:
    """Create ``tmp`` and hold an exclusive lock on it while it is being written: a lock the
    kernel drops when the process dies, however it dies, is how a later run knows it is stale."""
    fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale_temps(final: Path) -> list[Path]:
    """Temporaries left beside ``final`` by writers that are gone."""
    pat = re.compile(TMP_RE.format(name=re.escape(final.name)))
    out = []
    try:
        entries = list(os.scandir(final.parent))
    except OSError:
        return out
    for e in entries:
        m = pat.match(e.name)
        if not m or not e.is_file(follow_symlinks=False):
            continue
        pid = int(m.group(1)) if m.group(1) else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue  # a live process (maybe one that has just created it and not yet locked it)
        try:
            fd = os.open(e.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            out.append(Path(e.path))
        except OSError:
            pass  # someone is writing it
        finally:
            os.close(fd)
    return out


def remove_stale(final: Path) -> int:
    n = 0
    for p in stale_temps(final):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
            n += 1
    return n


@contextlib.contextmanager
def _dir_lock(folder: Path) -> Iterator[None]:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sha256_file(path: Path) -> tuple[int, str]:
    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            n += len(chunk)
    return n, h.hexdigest()


def journal_path(commit_final: Path) -> Path:
    return commit_final.with_name(f".{commit_final.name}.publish")


def recover(commit_final: Path) -> bool:
    """Finish a commit a killed run left half done (its journal is still there). True if it did."""
    j = journal_path(commit_final)
    if not j.exists():
        return False
    with _dir_lock(commit_final.parent):
        try:
            moves = json.loads(j.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # a journal that is not complete was never acted on
            j.unlink(missing_ok=True)
            return False
        for tmp, final in moves:
            if os.path.exists(tmp):
                os.replace(tmp, final)
        for folder in {Path(f).parent for _, f in moves}:
            _fsync_dir(folder)
        j.unlink(missing_ok=True)
    return True


# ------------------------------------------------------------------------------ the set
def distinct(paths: dict[str, Path]) -> None:
    """Two roles must never be one file (``--rejects`` equal to ``-o``)."""
    seen: dict[str, str] = {}
    for key, p in paths.items():
        real = os.path.realpath(p)
        if real in seen:
            raise ValueError(f"the {key} path {p} is the same file as the {seen[real]} path: give each its own")
        seen[real] = key


class OutputSet:
    """``with OutputSet({"output": p1, "rejects": p2, "manifest": p3}) as s:`` then
    ``with s.open("output") as f: ...`` for each file (or ``s.write_bytes``); leaving the block
    without an exception publishes every file at once, the ``commit`` key last; an exception
    publishes nothing and removes the temporaries. ``s.files`` holds path, bytes and sha256 of each
    file written so far (for the manifest)."""

    def __init__(self, paths: dict[str, str | os.PathLike], commit: str | None = "manifest") -> None:
        self.finals = {k: Path(v) for k, v in paths.items() if v is not None}
        distinct(self.finals)
        self.commit_key = commit if commit in self.finals else None
        self.temps: dict[str, Path] = {}
        self._fds: dict[str, int] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.published = False

    # -- lifecycle -----------------------------------------------------------------------------
    def __enter__(self) -> OutputSet:
        for final in self.finals.values():
            try:
                final.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise PublishError(final, e) from None
        if self.commit_key is not None:
            recover(self.finals[self.commit_key])
        for final in self.finals.values():
            remove_stale(final)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def abort(self) -> None:
        for key in list(self.temps):
            with contextlib.suppress(OSError):
                self.temps[key].unlink()
        self._release()

    def _release(self) -> None:
        for fd in self._fds.values():
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()
        self.temps.clear()

    # -- writing -------------------------------------------------------------------------------
    @contextlib.contextmanager
    def open(self, key: str) -> Iterator[BinaryIO]:
        """A binary file handle on ``key``'s temporary; flushed and fsynced on success."""
        if key in self.temps:
            raise ValueError(f"{key} was already written in this set")
        final = self.finals[key]
        tmp = temp_path(final)
        try:
            fd = _create_locked(tmp)
        except OSError as e:
            raise PublishError(final, e) from None
        self._fds[key] = fd
        self.temps[key] = tmp
        f = os.fdopen(os.dup(fd), "wb")
        try:
            try:
                yield f
                f.flush()
                os.fsync(f.fileno())
            finally:
                f.close()
        except OSError as e:  # ENOSPC, EFBIG (RLIMIT_FSIZE), EIO...: name the file the user asked for
            if isinstance(e, PublishError):
                raise
            raise PublishError(final, e) from None
        size, digest = sha256_file(tmp)
        self.files[key] = {"path": self._relative(final), "bytes": size, "sha256": digest}

    def _relative(self, final: Path) -> str:
        """A path relative to the manifest's folder, so the set can be checked wherever it moves."""
        if self.commit_key is None:
            return str(final)
        return os.path.relpath(os.path.abspath(final), os.path.abspath(self.finals[self.commit_key].parent))

    def write_bytes(self, key: str, data: bytes) -> None:
        with self.open(key) as f:
            f.write(data)

    # -- publishing ----------------------------------------------------------------------------
    def commit(self) -> None:
        missing = [k for k in self.finals if k not in self.temps]
        if missing:
            self.abort()
            raise ValueError(f"output set: {', '.join(missing)} not written")
        order = [k for k in self.finals if k != self.commit_key]
        if self.commit_key is not None:
            order.append(self.commit_key)
        moves = [(str(self.temps[k]), str(self.finals[k])) for k in order]
        anchor = self.finals[order[-1]] if order else None
        if anchor is None:
            return
        j = journal_path(anchor)
        started = False
        try:
            with _dir_lock(anchor.parent):
                if len(moves) > 1:
                    with open(j, "wb") as f:
                        f.write(json.dumps(moves).encode("utf-8"))
                        f.flush()
                        os.fsync(f.fileno())
                    _fsync_dir(anchor.parent)
                started = True  # from here on the journal can finish what this commit starts
                if self.commit_key is not None:  # no manifest while the files change under it
                    self.finals[self.commit_key].unlink(missing_ok=True)
                for tmp, final in moves:
                    os.replace(tmp, final)
                for folder in {Path(f).parent for _, f in moves}:
                    _fsync_dir(folder)
                j.unlink(missing_ok=True)
        except OSError as e:
            if not started:  # the journal itself could not be written: publish nothing
                j.unlink(missing_ok=True)
                self.abort()
            raise PublishError(anchor, e) from None
        self.published = True
        self._release()


def verify_set(manifest_path: str | os.PathLike) -> list[str]:
    """Problems with a published set: the manifest missing or unreadable, a file of its
    ``outputs`` missing or not matching its size and sha256, an unfinished commit. [] when whole."""
    m = Path(manifest_path)
    problems = []
    if journal_path(m).exists():
        problems.append(f"{m}: an interrupted publish is pending (the next run finishes it)")
    try:
        manifest = json.loads(m.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return problems + [f"{m}: no readable manifest ({type(e).__name__})"]
    for key, info in (manifest.get("outputs") or {}).items():
        p = m.parent / info["path"]  # relative to the manifest's folder (absolute paths stay absolute)
        if not p.exists():
            problems.append(f"{p}: {key} listed in the manifest is missing")
            continue
        size, digest = sha256_file(p)
        if (size, digest) != (info["bytes"], info["sha256"]):
            problems.append(f"{p}: {key} does not match the manifest ({size} bytes, sha256 {digest[:12]}…)")
    return problems
