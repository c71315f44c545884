"""Persistent teacher cache: every request and its response, keyed by
(teacher, model, prompt, parameters, sample index).

SQLite in WAL mode, one row per completed call, committed as soon as the response arrives: a rerun
replays from here for free, and a run killed with ``kill -9`` loses only the calls that were in flight.
WAL lets several processes read while one writes; ``busy_timeout`` makes a second writer wait instead
of failing. The stored prompt is the full text (the cache is the user's own data, kept beside their
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
    """``get(key) -> Completion | None``; ``put(key, ...)`` commits immediately."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: autocommit, so every put is durable on return.
        self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None,
                                   check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process kills
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS calls (key TEXT PRIMARY KEY, teacher TEXT, model TEXT, "
            "sample TEXT, params TEXT, system TEXT, prompt TEXT, response TEXT, finish_reason TEXT, "
            "tokens_in INTEGER, tokens_out INTEGER, created REAL)")

    def get(self, key: str) -> Completion | None:
        row = self._db.execute("SELECT response, finish_reason, tokens_in, tokens_out FROM calls "
                               "WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return Completion(row[0], row[1], row[2] or 0, row[3] or 0, cached=True)

    def put(self, key: str, *, teacher: str, model: str, sample: str, params: dict[str, Any],
            system: str | None, prompt: str, completion: Completion) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, teacher, model, sample, json.dumps(params, sort_keys=True), system, prompt,
             completion.text, completion.finish_reason, completion.tokens_in,
             completion.tokens_out, time.time()))

    def __len__(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM calls").fetchone()[0]

    def close(self) -> None:
        self._db.close()


class NoCache:
    """Stands in when caching is switched off (``--no-cache``)."""

    path = None

    def get(self, key: str) -> Completion | None:
        return None

    def put(self, key: str, **kw: Any) -> None:
        pass

    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass
