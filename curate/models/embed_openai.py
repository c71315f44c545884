"""``openai:MODEL``: embeddings from an OpenAI-compatible ``POST /v1/embeddings`` endpoint.

vLLM, text-embeddings-inference (TEI), Ollama, llama.cpp's server and OpenAI itself speak it. The
texts a run still needs (the cache answers the rest) go out in batches of ``batch_size``, at most
``concurrency`` requests in flight (a thread pool over one ``httpx`` connection pool: it works the
same inside Jupyter, Ray actors and plain scripts, where an event loop may or may not be running).

* **Retries**: 408, 409, 429, 5xx, timeouts and dropped connections are retried up to
  ``max_retries`` times after ``backoff · 2^attempt`` seconds (± 25% jitter, at most
  ``max_backoff``), or the server's ``Retry-After`` when it gives one. 401/403 and other 4xx stop
  the run with one line naming the endpoint, the status and the key's variable.
* **Batch limits**: a server that refuses a batch as too large (413, or 400/422 whose message
  speaks of the batch size; TEI's default limit is 32 inputs) gets it again in halves, and every
  later request uses the smaller size.
* **Key**: read from the environment variable ``api_key_env`` (``OPENAI_API_KEY``) and sent as a
  bearer token; never printed, logged or stored. Without one, no Authorization header is sent (local
  servers need none). The endpoint is ``base_url``, else ``$CURATE_EMBED_BASE_URL``, else
  ``$OPENAI_BASE_URL``, else OpenAI's; credentials written into the URL are never shown.
* **Answers** are checked (one vector per input, by ``index``; one dimension throughout) and
  L2-normalized; ``encoding_format: float`` is asked for, which every such server supports.
  An empty text is sent as one space (OpenAI refuses empty inputs).
"""
from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import numpy as np

from curate.models.embed import Embedder, EmbedError, _slug
from curate.registry import require

OPENAI_URL = "https://api.openai.com/v1"
RETRY_STATUS = (408, 409, 429)


def public_url(url: str) -> str:
    """The URL without user:password (what messages and cache keys may show)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url.rstrip("/")
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment)).rstrip("/")


class _TooLarge(Exception):
    """The server refused the batch for its size."""


class OpenAIEmbedder(Embedder):
    kind = "openai"
    _needs_lock = True  # recreated after unpickling

    def __init__(self, model: str, *, base_url: str | None = None, api_key_env: str = "OPENAI_API_KEY",
                 concurrency: int = 8, timeout: float = 60.0, max_retries: int = 6,
                 backoff: float = 0.5, max_backoff: float = 30.0, dimensions: int | None = None,
                 max_chars: int | None = None, batch_size: int = 64, **common: Any) -> None:
        super().__init__(batch_size=batch_size, **common)
        if not model:
            raise ValueError("openai: embedder needs a model name: openai:MODEL")
        require("embedder 'openai:'", ["httpx"], "semantic")
        self.model = model
        url = base_url or os.environ.get("CURATE_EMBED_BASE_URL") or os.environ.get("OPENAI_BASE_URL") \
            or OPENAI_URL
        if not url.startswith(("http://", "https://")):
            raise ValueError("openai: embedder: base_url must start with http:// or https://")
        self.base_url = url.rstrip("/")
        self.where = public_url(self.base_url)
        self.api_key_env = api_key_env
        self.concurrency = max(1, int(concurrency))
        self.timeout = float(timeout)
        self.max_retries = max(0, int(max_retries))
        self.backoff = float(backoff)
        self.max_backoff = float(max_backoff)
        self.dimensions = None if dimensions is None else int(dimensions)
        self.max_chars = None if max_chars is None else int(max_chars)
        self._max_batch = self.batch_size
        self._lock = threading.Lock()
        self.spec = self.name = f"openai:{model}"
        ident = "\0".join([model, self.where, f"dimensions={self.dimensions}",
                           f"max_chars={self.max_chars}", f"prefix={self.prefix}"])
        import hashlib

        self.key = f"openai-{_slug(model)}-{hashlib.sha256(ident.encode()).hexdigest()[:16]}"

    def options(self) -> dict[str, Any]:
        out = super().options()
        out["base_url"] = self.where
        for k in ("dimensions", "max_chars"):
            if getattr(self, k) is not None:
                out[k] = getattr(self, k)
        if self.api_key_env != "OPENAI_API_KEY":
            out["api_key_env"] = self.api_key_env
        return out

    # -- one request ------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        key = os.environ.get(self.api_key_env, "") if self.api_key_env else ""
        return {"Authorization": f"Bearer {key}"} if key else {}

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        if retry_after:
            try:
                return min(max(float(retry_after), 0.0), self.max_backoff)
            except ValueError:
                pass
        return min(self.backoff * (2 ** attempt), self.max_backoff) * random.uniform(0.75, 1.25)

    def _count(self, what: str, n: int = 1) -> None:
        with self._lock:
            self.stats[what] = self.stats.get(what, 0) + n

    def _post(self, client: Any, texts: list[str]) -> np.ndarray:
        import httpx

        body: dict[str, Any] = {"model": self.model, "input": texts, "encoding_format": "float"}
        if self.dimensions:
            body["dimensions"] = self.dimensions
        attempt = 0
        while True:
            retry_after = None
            try:
                self._count("requests")
                r = client.post(f"{self.base_url}/embeddings", json=body, headers=self._headers())
            except (httpx.TimeoutException, httpx.TransportError) as e:
                why = type(e).__name__
            else:
                if r.status_code == 200:
                    return self._parse(r, len(texts))
                status = r.status_code
                if status in (401, 403):
                    raise EmbedError(f"{self.where}: authentication failed (HTTP {status}); the key is "
                                     f"read from ${self.api_key_env}")
                if status == 413 or (status in (400, 422) and _speaks_of_size(r)):
                    raise _TooLarge()
                if not (status in RETRY_STATUS or status >= 500):
                    raise EmbedError(f"{self.where}: embeddings request rejected with HTTP {status} for "
                                     f"model {self.model!r}" + _server_message(r))
                retry_after = r.headers.get("retry-after")
                why = f"HTTP {status}"
            if attempt >= self.max_retries:
                raise EmbedError(f"{self.where}: embeddings gave up after {attempt + 1} attempts ({why})")
            self._count("retries")
            time.sleep(self._delay(attempt, retry_after))
            attempt += 1

    def _parse(self, r: Any, n: int) -> np.ndarray:
        try:
            data = r.json()["data"]
            rows = sorted(data, key=lambda d: d.get("index", 0))
            vecs = np.asarray([d["embedding"] for d in rows], dtype=np.float32)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise EmbedError(f"{self.where}: malformed embeddings answer (no data[].embedding list of "
                             "numbers)") from None
        if vecs.ndim != 2 or vecs.shape[0] != n:
            raise EmbedError(f"{self.where}: asked for {n} embeddings, got "
                             f"{vecs.shape[0] if vecs.ndim else 0}")
        return vecs

    def _embed_slice(self, client: Any, texts: list[str]) -> np.ndarray:
        """One batch, split in halves while the server says it is too large."""
        with self._lock:
            limit = self._max_batch
        if len(texts) > limit:
            return np.vstack([self._embed_slice(client, texts[i:i + limit])
                              for i in range(0, len(texts), limit)])
        try:
            return self._post(client, texts)
        except _TooLarge:
            if len(texts) == 1:
                raise EmbedError(f"{self.where}: the endpoint refused one text of {len(texts[0])} "
                                 "characters as too large; set the embedder's max_chars") from None
            half = (len(texts) + 1) // 2
            with self._lock:
                if half < self._max_batch:
                    self._max_batch = half
                    self.stats["batch_limit"] = half
            self._count("split")
            return np.vstack([self._embed_slice(client, texts[:half]),
                              self._embed_slice(client, texts[half:])])

    # -- many -------------------------------------------------------------------------------
    def _batches(self, texts: list[str]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        import httpx

        if self.max_chars:
            texts = [t[:self.max_chars] for t in texts]
        texts = [t if t.strip() else " " for t in texts]
        starts = list(range(0, len(texts), self.batch_size))
        dim: list[int] = []
        limits = httpx.Limits(max_connections=self.concurrency, max_keepalive_connections=self.concurrency)
        with httpx.Client(timeout=self.timeout, limits=limits) as client, \
                ThreadPoolExecutor(self.concurrency, thread_name_prefix="embed") as pool:
            pending: dict[Future, int] = {}
            it = iter(starts)

            def submit() -> bool:
                s = next(it, None)
                if s is None:
                    return False
                pending[pool.submit(self._embed_slice, client, texts[s:s + self.batch_size])] = s
                return True

            # keep twice the concurrency queued: the pool never idles, memory stays bounded
            for _ in range(2 * self.concurrency):
                if not submit():
                    break
            try:
                while pending:
                    done, _ = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        s = pending.pop(fut)
                        vecs = fut.result()
                        if dim and vecs.shape[1] != dim[0]:
                            raise EmbedError(f"{self.where}: the endpoint answered vectors of "
                                             f"{vecs.shape[1]} and {dim[0]} dimensions")
                        dim.append(vecs.shape[1])
                        yield np.arange(s, s + len(vecs)), vecs
                        submit()
            finally:
                for fut in pending:
                    fut.cancel()


def _speaks_of_size(r: Any) -> bool:
    text = (r.text or "")[:500].lower()
    return any(w in text for w in ("batch", "too many", "too large", "maximum number", "max_client"))


def _server_message(r: Any) -> str:
    """The server's own error message (it describes the request, not the data), shortened."""
    try:
        msg = r.json().get("error", {})
        msg = msg.get("message", "") if isinstance(msg, dict) else str(msg)
    except (ValueError, AttributeError):
        return ""
    from curate.pii import mask_light  # pattern-only: a server that echoes input leaks nothing

    msg = mask_light(" ".join(str(msg).split())[:160])
    return f": {msg}" if msg else ""
