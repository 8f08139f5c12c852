"""A local Slack Web API stub (chat.postMessage, chat.update) speaking the real JSON shapes."""

from __future__ import annotations

import re
import time
from typing import Any

from .telegram_api import JSONHandler, StubServer

# Block Kit limits the Web API enforces with `invalid_blocks` (docs.slack.dev, Block Kit reference)
MAX_BLOCKS, MAX_SECTION_TEXT, MAX_FIELDS, MAX_FIELD_TEXT, MAX_HEADER, MAX_BUTTON_TEXT = 50, 3000, 10, 2000, 150, 75
# What Slack acts on in mrkdwn: <...> control sequences always; with verbatim false also bare URLs,
# @channel/@here/@everyone and #channel names ("automatic parsing")
_CONTROL = re.compile(r"<([^<>]*)>")
_AUTO = re.compile(r"(?:https?://\S+|(?<![\w@])@(?:channel|here|everyone)\b|(?<![\w&])#[a-z0-9_-]+)")


def slack_controls(text_object: dict[str, Any]) -> list[str]:
    """The control sequences and auto-parsed words Slack would act on in a mrkdwn text object."""
    text = text_object.get("text", "")
    found = _CONTROL.findall(text)
    if not text_object.get("verbatim"):
        found += _AUTO.findall(_CONTROL.sub(" ", text))
    return found


def block_errors(blocks: list[dict[str, Any]]) -> list[str]:
    """Why the Web API would refuse these blocks (`invalid_blocks`); empty when it would take them."""
    errors = [f"{len(blocks)} blocks"] if len(blocks) > MAX_BLOCKS else []
    for i, block in enumerate(blocks):
        for obj, limit in _text_objects(block):
            text = obj.get("text", "")
            if not text or len(text) > limit:
                errors.append(f"blocks[{i}]: text of {len(text)} characters (1-{limit})")
            if obj.get("type") == "plain_text" and "verbatim" in obj:
                errors.append(f"blocks[{i}]: verbatim on plain_text")
        if len(block.get("fields", [])) > MAX_FIELDS:
            errors.append(f"blocks[{i}]: more than {MAX_FIELDS} fields")
    return errors


def _text_objects(block: dict[str, Any]) -> list[tuple[dict[str, Any], int]]:
    kind = block.get("type")
    limit = MAX_HEADER if kind == "header" else MAX_SECTION_TEXT
    out = [(block["text"], limit)] if "text" in block else []
    out += [(f, MAX_FIELD_TEXT) for f in block.get("fields", [])]
    for el in block.get("elements", []):
        out.append((el["text"], MAX_BUTTON_TEXT) if el.get("type") == "button" else (el, MAX_SECTION_TEXT))
    return out


class SlackStub(StubServer):
    """Web API at http://127.0.0.1:<port>/api/<method>.

    `fail(method, *specs)` queues failures answered before success: (500,) internal_error,
    (429, seconds) with a Retry-After header, (200, "invalid_blocks") an ok:false error.
    `delay_s` slows chat.postMessage; `hold(n)` keeps the n-th post unanswered until released.
    Blocks over Block Kit's limits get ``{"ok": false, "error": "invalid_blocks"}`` (`block_errors`).
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
        if method == "chat.postMessage" and block_errors(params.get("blocks") or []):
            return 200, {"ok": False, "error": "invalid_blocks", "errors": block_errors(params["blocks"])}, {}
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
