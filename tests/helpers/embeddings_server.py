"""A real OpenAI-compatible ``POST /v1/embeddings`` HTTP server for tests and benchmarks (stdlib only).

It listens on 127.0.0.1 on a free port and answers with **deterministic vectors**: hashed counts of
the character 2- and 3-grams of the NFKC, lower-cased text without spaces (``dim`` buckets, scaled
by 3 so a client that forgets to normalize is caught). Texts that share most of their characters
get a high cosine, in any script, so a planted near-copy is found through the endpoint in English
and Chinese alike. ``dimensions`` in the request is honoured (the first ``dimensions`` buckets).

Scriptable like a real server under load:

* ``fail(status, times, retry_after=None)``: the next ``times`` requests get that HTTP error;
* ``max_batch``: a request with more inputs gets 413 with TEI's message (TEI's default is 32);
* ``latency``: seconds to wait before every answer (fixed; for throughput benchmarks);
* ``api_key``: when set, requests without ``Authorization: Bearer <api_key>`` get 401.

``log`` has one entry per request: the number of inputs, the model, the HTTP status, and whether an
Authorization header came. ``in_flight_max`` is the most requests it served at once.

Run standalone (a benchmark's server in its own process): ``python -m tests.helpers.embeddings_server
--latency 0.05`` prints ``PORT <n>`` and serves until killed.
"""
from __future__ import annotations

import json
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import xxhash

from tests.helpers.http_base import JSONHandler, LocalServer


def vector(text: str, dim: int = 256) -> list[float]:
    s = "".join(unicodedata.normalize("NFKC", text).lower().split())
    v = np.zeros(dim, dtype=np.float64)
    grams = [s[i:i + n] for n in (2, 3) for i in range(len(s) - n + 1)] or ([s] if s else ["<empty>"])
    for g in grams:
        v[xxhash.xxh3_64_intdigest(g.encode("utf-8", "surrogatepass")) % dim] += 1.0
    n = np.linalg.norm(v)
    return (3.0 * v / n).round(6).tolist() if n else v.tolist()


@dataclass
class Entry:
    n_inputs: int
    model: str
    authorized: bool
    status: int = 0
    t: float = field(default_factory=time.time)


class EmbeddingsTestServer(LocalServer):
    def __init__(self, *, dim: int = 256, latency: float = 0.0, max_batch: int | None = None,
                 api_key: str | None = None) -> None:
        self.dim = dim
        self.latency = latency
        self.max_batch = max_batch
        self.api_key = api_key
        self.log: list[Entry] = []
        self.in_flight = 0
        self.in_flight_max = 0
        self._faults: list[list[Any]] = []  # [status, times, retry_after]
        self._lock = threading.Lock()

    def fail(self, status: int, times: int = 1, retry_after: float | None = None) -> None:
        with self._lock:
            self._faults.append([status, times, retry_after])

    def ok_requests(self) -> list[Entry]:
        with self._lock:
            return [e for e in self.log if e.status == 200]

    def texts_served(self) -> int:
        return sum(e.n_inputs for e in self.ok_requests())

    def start(self) -> EmbeddingsTestServer:
        server = self

        class Handler(JSONHandler):
            def do_POST(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n)
                if not self.path.rstrip("/").endswith("/embeddings"):
                    self._send(404, {"error": {"message": "not found"}})
                    return
                try:
                    body = json.loads(raw or b"{}")
                    inputs = body["input"]
                    inputs = [inputs] if isinstance(inputs, str) else list(inputs)
                except (ValueError, KeyError, TypeError):
                    self._send(400, {"error": {"message": "invalid request body"}})
                    return
                auth = self.headers.get("Authorization")
                entry = Entry(len(inputs), str(body.get("model", "")), auth is not None)
                with server._lock:
                    server.log.append(entry)
                    server.in_flight += 1
                    server.in_flight_max = max(server.in_flight_max, server.in_flight)
                    fault = None
                    for f in server._faults:
                        if f[1] > 0:
                            f[1] -= 1
                            fault = f
                            break
                try:
                    if server.latency:
                        time.sleep(server.latency)
                    if server.api_key is not None and auth != f"Bearer {server.api_key}":
                        entry.status = 401
                        self._send(401, {"error": {"message": "invalid api key", "type": "auth"}})
                        return
                    if fault is not None:
                        entry.status = fault[0]
                        hdr = {"retry-after": str(fault[2])} if fault[2] is not None else None
                        self._send(fault[0], {"error": {"message": f"injected {fault[0]}"}}, hdr)
                        return
                    if server.max_batch is not None and len(inputs) > server.max_batch:
                        entry.status = 413
                        self._send(413, {"error": f"batch size {len(inputs)} > maximum allowed batch "
                                                  f"size {server.max_batch}", "error_type": "validation"})
                        return
                    if any(not isinstance(t, str) or not t for t in inputs):
                        entry.status = 400
                        self._send(400, {"error": {"message": "input must be non-empty strings"}})
                        return
                    dims = int(body.get("dimensions") or server.dim)
                    data = [{"object": "embedding", "index": i, "embedding": vector(t, server.dim)[:dims]}
                            for i, t in enumerate(inputs)]
                    data.reverse()  # servers may answer out of order: clients must sort by index
                    entry.status = 200
                    self._send(200, {"object": "list", "data": data, "model": entry.model,
                                     "usage": {"prompt_tokens": 0, "total_tokens": 0}})
                finally:
                    with server._lock:
                        server.in_flight -= 1

        self._serve(Handler, queue_size=128)  # benchmarks open many connections at once
        return self


if __name__ == "__main__":  # pragma: no cover - a benchmark's server in its own process
    import argparse
    import sys

    ap = argparse.ArgumentParser()
    ap.add_argument("--latency", type=float, default=0.0)
    ap.add_argument("--dim", type=int, default=256)
    ap.add_argument("--max-batch", type=int, default=None)
    a = ap.parse_args()
    srv = EmbeddingsTestServer(dim=a.dim, latency=a.latency, max_batch=a.max_batch).start()
    print(f"PORT {srv.port}", flush=True)
    try:
        sys.stdin.read()  # until the parent closes our stdin (or kills us)
    finally:
        srv.stop()
