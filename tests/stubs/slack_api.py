"""A local Slack Web API stub (chat.postMessage, chat.update) speaking the real JSON shapes."""

from __future__ import annotations

import threading
import time
from typing import Any

from .telegram_api import JSONHandler, StubServer


class SlackStub(StubServer):
    """Web API at http://127.0.0.1:<port>/api/<method>.

    `fail(method, *specs)` queues failures answered before success: (500,) internal_error,
    (429, seconds) with a Retry-After header, (200, "invalid_blocks") an ok:false error.
    `delay_s` slows chat.postMessage; `hold(n)` keeps the n-th post unanswered until released.
    """

    def __init__(self, token: str = "xoxb-test-token-123", channel_id: str = "C0ALERTS") -> None:
        super().__init__(_SlackHandler)
        self.token, self.channel_id = token, channel_id
        self.seq = 0
        self.auth: list[str] = []

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        with self.lock:
            spec = self.failures.get(method, []).pop(0) if self.failures.get(method) else None
        if spec is not None:
            return _failure(*spec)
        if method == "chat.postMessage":
            return self._post(params)
        if method == "chat.update":
            return 200, {"ok": True, "channel": self.channel_id, "ts": params.get("ts"), "text": params.get("text")}, {}
        return 404, {"ok": False, "error": "unknown_method"}, {}

    def _post(self, params: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]]:
        if self.delay_s:
            time.sleep(self.delay_s)
        if self.hold_at is not None and len(self.of("chat.postMessage")) == self.hold_at:
            self.released.wait(10)
        with self.lock:
            self.seq += 1
            ts = f"1700000000.{self.seq:06d}"
        message = {"type": "message", "text": params.get("text"), "ts": ts, "bot_id": "B01",
                   "blocks": params.get("blocks"), **({"thread_ts": params["thread_ts"]} if params.get("thread_ts") else {})}
        return 200, {"ok": True, "channel": self.channel_id, "ts": ts, "message": message}, {}


def _failure(code: int, arg: Any = None) -> tuple[int, dict[str, Any], dict[str, str]]:
    if code == 429:
        return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(arg or 1)}
    if code == 200:
        return 200, {"ok": False, "error": arg or "internal_error"}, {}
    return code, {"ok": False, "error": "internal_error"}, {}


class _SlackHandler(JSONHandler):
    stub: SlackStub

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        params = self.read_params()
        if self.path.startswith("/services/"):  # an incoming webhook: no auth header, plain "ok"
            self.stub.record("webhook", params)
            return self.reply_text(200, "ok")
        if self.headers.get("Authorization") != f"Bearer {self.stub.token}":
            return self.reply(200, {"ok": False, "error": "invalid_auth"})
        method = self.path.rsplit("/", 1)[-1]
        self.stub.record(method, params)
        status, payload, headers = self.stub.answer(method, params)
        try:
            self.reply(status, payload, headers)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply_text(self, status: int, text: str) -> None:
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
