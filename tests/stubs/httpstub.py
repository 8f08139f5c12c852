"""A tiny threaded HTTP server on 127.0.0.1 for stubbing JSON APIs in tests."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit

# route(method, path, query, headers) -> (status, headers, body); a body that is an exception
# instance drops the connection without an answer (a network failure as the client sees it); a
# callable body is a stream: it gets the socket's file after the headers and writes as it likes
Route = Callable[[str, str, dict[str, list[str]], dict[str, str]], tuple[int, dict[str, str], Any]]


class HttpStub:
    """Serves `route` in a background thread; records every request as (method, path, query)."""

    def __init__(self, route: Route) -> None:
        self.route = route
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        self.auth_headers: list[str] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                stub.requests.append(("GET", parts.path, query))
                stub.auth_headers.append(self.headers.get("Authorization", ""))
                status, headers, body = stub.route("GET", parts.path, query, dict(self.headers))
                if isinstance(body, BaseException):
                    self.close_connection = True
                    return
                if callable(body):
                    self._stream(status, headers, body)
                    return
                data = _encode(body)
                self.send_response(status)
                if not any(k.lower() == "content-type" for k in headers):
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, status: int, headers: dict[str, str], write: Callable) -> None:
                self.protocol_version = "HTTP/1.1"  # chunked transfer encoding needs it
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.close_connection = True
                write(self.wfile)

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "HttpStub":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


def _encode(body: Any) -> bytes:
    """Bytes as they are, text as UTF-8 (already JSON or deliberately not), anything else as JSON."""
    if isinstance(body, bytes):
        return body
    return body.encode() if isinstance(body, str) else json.dumps(body).encode()
