"""Persistent teacher cache: every request and its response, keyed by
(teacher, model, prompt, parameters, sample index).

SQLite in WAL mode, one row per completed call, committed as soon as the response arrives: a rerun
replays from here for free, and a run killed with ``kill -9`` loses only the calls that were in flight.
WAL lets several processes read while one writes; ``busy_timeout`` makes a second writer wait instead
of failing; the first answer stored for a key is never replaced (``put`` returns it). The stored prompt is the full text (the cache is the user's own data, kept beside their
outputs or under ``curate.resources.cache_dir("teacher")``); API keys are never part of a key or row.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curate.io.cachedb import cache_failure, open_cache


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str | None = "stop"
    tokens_in: int = 0
    tokens_out: int = 0
    cached: bool = False


def request_key(teacher: str, model: str, prompt: str, params: dict[str, Any], sample: str,
                system: str | None = None) -> str:
    """The cache key: sha256 of the canonical JSON of everything that decides the answer."""
    blob = json.dumps({"teacher": teacher, "model": model, "system": system, "prompt": prompt,
                       "params": params, "sample": sample},
                      sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class TeacherCache:
    """``get(key) -> Completion | None``; ``put(key, ...)`` commits immediately and returns the
    completion stored for the key: the first one stored wins, so two runs sharing the cache that ask
    the same question both go on with the same answer, and neither overwrites the other's entries.

    The file is checked when opened (curate/io/cachedb.py): a damaged, truncated or foreign file is a
    one-line CacheError that names it and offers ``--reset-cache``, never a traceback or a silent
    fresh start."""

    KIND = "teacher"
    COLUMNS = ("key", "teacher", "model", "sample", "params", "system", "prompt", "response", "finish_reason",
               "tokens_in", "tokens_out", "created")
    CREATE = ("CREATE TABLE IF NOT EXISTS calls (key TEXT PRIMARY KEY, teacher TEXT, model TEXT, "
              "sample TEXT, params TEXT, system TEXT, prompt TEXT, response TEXT, finish_reason TEXT, "
              "tokens_in INTEGER, tokens_out INTEGER, created REAL)")

    def __init__(self, path: str | Path, reset: bool | None = None) -> None:
        self.path = Path(path)
        # autocommit, so every put is durable on return; WAL + busy_timeout for concurrent runs
        self._db = open_cache(self.path, self.KIND, "calls", self.COLUMNS, self.CREATE, timeout=30, reset=reset)

    def _q(self, sql: str, args: tuple = ()) -> Any:
        try:
            return self._db.execute(sql, args)
        except sqlite3.Error as e:
            raise cache_failure(self.KIND, self.path, e) from None

    def get(self, key: str) -> Completion | None:
        row = self._q("SELECT response, finish_reason, tokens_in, tokens_out FROM calls WHERE key = ?",
                      (key,)).fetchone()
        if row is None:
            return None
        return Completion(row[0], row[1], row[2] or 0, row[3] or 0, cached=True)

    def put(self, key: str, *, teacher: str, model: str, sample: str, params: dict[str, Any],
            system: str | None, prompt: str, completion: Completion) -> Completion:
        self._q("INSERT OR IGNORE INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, teacher, model, sample, json.dumps(params, sort_keys=True), system, prompt,
                 completion.text, completion.finish_reason, completion.tokens_in,
                 completion.tokens_out, time.time()))
        stored = self.get(key)
        if stored is None:  # pragma: no cover - the row was just inserted or already there
            return completion
        if stored.text == completion.text and stored.finish_reason == completion.finish_reason:
            return completion  # ours (or the same answer): keep the fresh call's flags
        return stored

    def __len__(self) -> int:
        return self._q("SELECT COUNT(*) FROM calls").fetchone()[0]

    def close(self) -> None:
        self._db.close()


class NoCache:
    """Stands in when caching is switched off (``--no-cache``)."""

    path = None

    def get(self, key: str) -> Completion | None:
        return None

    def put(self, key: str, **kw: Any) -> Completion:
        return kw["completion"]

    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass
