"""A local Telegram Bot API stub (http.server in a thread) speaking the real JSON shapes.

Also holds the small threaded-server base that `slack_api` reuses.
"""

from __future__ import annotations

import json
import re
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

# Bot API "HTML style": only these tags; named entities only &lt; &gt; &amp; &quot; (numeric ones all);
# a message is 1-4096 characters after entities parsing.
TG_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "tg-emoji",
           "code", "pre", "blockquote"}
TG_NAMED = {"lt", "gt", "amp", "quot"}
TG_MAX_TEXT = 4096
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Form-encoded, multipart or JSON request parameters; JSON-looking form values are decoded."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == "application/json":
        return json.loads(body or b"{}")
    if ctype == "multipart/form-data":
        msg = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
        pairs = [(p.get_param("name", header="content-disposition"), p.get_content()) for p in msg.iter_parts()]
    else:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
    return {k: _maybe_json(v) for k, v in pairs}


class TelegramHTML(HTMLParser):
    """Parses parse_mode=HTML text as the Bot API does; `error` says why the API would answer 400."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.open: list[str] = []
        self.error = ""

    def handle_starttag(self, tag, attrs):
        if tag not in TG_TAGS:
            self.error = self.error or f"unsupported start tag \"{tag}\""
        self.open.append(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.error = self.error or f"unexpected end tag \"{tag}\""
        else:
            self.open.pop()

    def handle_data(self, data):
        if "<" in data or ">" in data or "&" in data:
            self.error = self.error or "unescaped character in text"
        self.parts.append(data)

    def handle_entityref(self, name):
        if name not in TG_NAMED:
            self.error = self.error or f"unsupported entity &{name};"
        self.parts.append({"lt": "<", "gt": ">", "amp": "&", "quot": '"'}.get(name, ""))

    def handle_charref(self, name):
        self.parts.append(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))


def parse_tg_html(text: str) -> tuple[str, str]:
    """(the text a chat member sees, the Bot API's error or "") for a parse_mode=HTML message."""
    raw_amp = re.sub(_ENTITY, "", text)
    if "&" in raw_amp:  # HTMLParser forgives a bare '&'; Telegram does not
        return "", "can't parse entities: unescaped '&'"
    p = TelegramHTML()
    p.feed(text)
    p.close()
    if p.error or p.open or p.rawdata:
        return "", f"can't parse entities: {p.error or 'unclosed tag ' + repr(p.open[-1] if p.open else p.rawdata)}"
    shown = "".join(p.parts)
    if not shown.strip():
        return "", "message text is empty"
    if len(shown.encode("utf-16-le")) // 2 > TG_MAX_TEXT:
        return "", "message is too long"
    return shown, ""


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


class StubServer:
    """Runs a handler class on 127.0.0.1 on a free port in a daemon thread."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        handler.stub = self  # type: ignore[attr-defined]
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.lock = threading.Condition()
        self.calls: list[tuple[str, dict[str, Any], float]] = []  # (method, params, monotonic time)
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.failures: dict[str, list[tuple]] = {}  # method -> failures answered before success
        self.delay_s = 0.0
        self.hold_at: int | None = None
        self.released = threading.Event()

    def fail(self, method: str, *specs: tuple) -> None:
        self.failures.setdefault(method, []).extend(specs)

    def hold(self, n: int) -> None:
        """Keep the n-th send (1-based) unanswered until released."""
        self.hold_at = n

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.release_all()
        self.server.shutdown()
        self.server.server_close()

    def record(self, method: str, params: dict[str, Any]) -> None:
        with self.lock:
            self.calls.append((method, params, time.monotonic()))
            self.lock.notify_all()

    def of(self, method: str) -> list[dict[str, Any]]:
        """Parameters of every call to `method`, in arrival order."""
        with self.lock:
            return [p for m, p, _ in self.calls if m == method]

    def times(self, method: str) -> list[float]:
        with self.lock:
            return [t for m, _, t in self.calls if m == method]

    def wait_for(self, method: str, count: int, timeout: float = 5.0) -> bool:
        """Block until `count` calls to `method` arrived (True) or the timeout passed (False)."""
        end = time.monotonic() + timeout
        with self.lock:
            while len([1 for m, _, _ in self.calls if m == method]) < count:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self.lock.wait(left)
            return True

    def release_all(self) -> None:
        """Answer every held request."""
        self.released.set()


class JSONHandler(BaseHTTPRequestHandler):
    """Reads a request body and sends JSON replies; quiet logging."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def read_params(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        return parse_body(self.headers.get("Content-Type", ""), body)

    def reply(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)


BOT_USER = {"id": 777000, "is_bot": True, "first_name": "hijackwatch", "username": "hijackwatch_bot"}


class TelegramStub(StubServer):
    """Bot API at http://127.0.0.1:<port>/bot<token>/<method>.

    `fail(method, *specs)` queues failures answered before success: 500, 429 (with
    retry_after), 400 (bad request). `delay_s` slows every sendMessage; `hold(n)` keeps the
    n-th sendMessage (1-based) unanswered until `release()` — the "API accepted it but we
    never heard back" window. `push_update` queues an update for getUpdates (long polling).
    sendMessage and editMessageText with parse_mode=HTML are parsed as the Bot API does
    (`parse_tg_html`): what it would refuse gets its 400 "Bad Request: can't parse entities…".
    """

    def __init__(self, token: str = "123456:TEST-token-abcdef", chat_id: int = -1001234567890) -> None:
        super().__init__(_TelegramHandler)
        self.token, self.chat_id = token, chat_id
        self.updates: list[dict[str, Any]] = []
        self.next_id = 100

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def push_update(self, update: dict[str, Any]) -> None:
        with self.lock:
            self.updates.append(update)
            self.lock.notify_all()

    def texts(self) -> list[str]:
        return [p["text"] for p in self.of("sendMessage")]

    # -- answering (called from handler threads) ------------------------------------------------
    def answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            spec = self.failures.get(method, []).pop(0) if self.failures.get(method) else None
        if spec is not None:
            return _failure(*spec)
        if method in ("sendMessage", "editMessageText") and params.get("parse_mode") == "HTML":
            error = parse_tg_html(params.get("text", ""))[1]
            if error:
                return _failure(400, error)
        if method == "sendMessage":
            return self._send(params)
        if method == "editMessageText":
            return 200, {"ok": True, "result": self._message(int(params["message_id"]), params)}
        if method == "getUpdates":
            return 200, {"ok": True, "result": self._updates(params)}
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method in ("answerCallbackQuery", "deleteWebhook", "close"):
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def _send(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if self.delay_s:
            time.sleep(self.delay_s)
        n = len(self.of("sendMessage"))
        if self.hold_at is not None and n == self.hold_at:
            self.released.wait(10)
        with self.lock:
            self.next_id += 1
            mid = self.next_id
        return 200, {"ok": True, "result": self._message(mid, params)}

    def _message(self, mid: int, params: dict[str, Any]) -> dict[str, Any]:
        return {"message_id": mid, "date": int(time.time()), "from": BOT_USER,
                "chat": {"id": self.chat_id, "type": "supergroup", "title": "alerts"},
                "text": parse_tg_html(params.get("text", ""))[0] or params.get("text", "")}

    def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        end = time.monotonic() + min(float(params.get("timeout") or 0), 2.0)
        with self.lock:
            self.updates = [u for u in self.updates if u["update_id"] >= offset]  # offset confirms older ones
            while not self.updates and time.monotonic() < end and not self.released.is_set():
                self.lock.wait(end - time.monotonic())
            return list(self.updates)


def _failure(code: int, arg: Any = None) -> tuple[int, dict[str, Any]]:
    if code == 429:
        return 429, {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {arg}",
                     "parameters": {"retry_after": arg}}
    if code == 400:
        return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {arg or 'bad request'}"}
    return code, {"ok": False, "error_code": code, "description": "Internal Server Error"}


class _TelegramHandler(JSONHandler):
    stub: TelegramStub

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        params = self.read_params()
        prefix = f"/bot{self.stub.token}/"
        if not self.path.startswith(prefix):
            return self.reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = self.path[len(prefix):]
        if method != "getUpdates":
            self.stub.record(method, params)
        status, payload = self.stub.answer(method, params)
        try:
            self.reply(status, payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away (killed) while we held the reply


def callback_update(update_id: int, user_id: int, data: str, message: dict[str, Any], *,
                    username: str = "alice") -> dict[str, Any]:
    """A real-shaped Update carrying a callback_query for a button under `message`."""
    return {"update_id": update_id, "callback_query": {
        "id": f"cb{update_id}", "chat_instance": "ci-1", "data": data, "message": message,
        "from": {"id": user_id, "is_bot": False, "first_name": username.title(), "username": username}}}
