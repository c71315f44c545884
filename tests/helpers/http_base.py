"""What the local test servers share: a JSON request handler and a life cycle on 127.0.0.1.

A server subclasses :class:`LocalServer`, builds its handler class (a :class:`JSONHandler` that
closes over the server) in ``start()`` and hands it to :meth:`LocalServer._serve`."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class JSONHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the openai/httpx clients expect

    def log_message(self, *a: Any) -> None:  # keep test output quiet
        pass

    def _send(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


class LocalServer:
    """Listens on 127.0.0.1 on a free port, serves from a daemon thread, stops on ``stop()``."""

    _httpd: ThreadingHTTPServer | None = None

    def _serve(self, handler: type[BaseHTTPRequestHandler], queue_size: int | None = None) -> None:
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        if queue_size:
            self._httpd.request_queue_size = queue_size
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "start() the server first"
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> LocalServer:
        raise NotImplementedError

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self):  # returns the subclass (started)
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
