"""A Mastodon REST API stand-in on 127.0.0.1 (http.server in a thread).

Speaks the parts the source uses the way Mastodon does: bearer-token auth (401 otherwise),
``/api/v1/accounts/lookup`` (local and already-known accounts only), ``/api/v1/accounts/search``
(``resolve=true`` finds remote accounts), and ``/api/v1/accounts/:id/statuses`` with
max_id / since_id / min_id / limit / exclude_reblogs, newest first, Link header pagination and
X-RateLimit-* headers. Queued faults answer the next statuses requests with 429 (and an
X-RateLimit-Reset time) or a 5xx. ``/api/v1/statuses/:id`` answers 404 once a status is deleted.

The streaming API is served as Mastodon's streaming server writes it (streaming/index.js,
streamToHttp): ``text/event-stream`` with chunked transfer encoding, a ``:)`` comment on
connect, a ``:thump`` heartbeat comment when idle, events as ``event: <name>`` / ``data:
<payload>`` and a blank line; a status is its JSON, a delete the bare id. ``/api/v2/instance``
names this server (as ws://) in configuration.urls.streaming. Tests push events while a
connection is open, cut it in the middle of an event (no terminating chunk), or make the
next connection attempts answer an HTTP error.
"""

from __future__ import annotations

import copy
import json
import queue
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

from .httpstub import HttpStub


def _iso(ts: datetime) -> str:
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts.microsecond // 1000:03d}Z"


def _order(sid: str) -> tuple[int, str]:
    return (len(sid), sid)


class MastodonStub(HttpStub):
    """Accounts by id; statuses whose "account" is "@username" get that account embedded."""

    def __init__(self, accounts: list[dict], statuses: list[dict], *, token: str,
                 remote_only: tuple[str, ...] = ()) -> None:
        self.token = token
        self.accounts = {a["id"]: a for a in copy.deepcopy(accounts)}
        self.remote_only = {r.lower() for r in remote_only}  # found by search(resolve=true) only
        self.statuses: list[dict] = []
        self.faults: list[tuple[int, dict[str, str]]] = []
        self.stream_faults: list[int] = []  # HTTP statuses for the next streaming connection attempts
        self.stream_connects = 0
        self.heartbeat_s = 0.05
        self._events: queue.Queue[bytes | _Cut] = queue.Queue()
        self._closing = threading.Event()
        self._lock = threading.Lock()
        for s in statuses:
            self.add_status(s)
        super().__init__(self._route)

    # -- test controls -----------------------------------------------------------------------------
    def add_status(self, status: dict) -> dict:
        status = copy.deepcopy(status)
        if isinstance(status.get("account"), str):
            username = status["account"].lstrip("@")
            status["account"] = next(a for a in self.accounts.values() if a["username"] == username)
        with self._lock:
            self.statuses.append(status)
        return status

    # -- streaming controls ----------------------------------------------------------------------
    def post(self, status: dict) -> dict:
        """A new status: stored and sent to the open stream as an `update` event."""
        stored = self.add_status(status)
        self.push("update", stored)
        return stored

    def edit(self, sid: str, content: str, edited_at: str) -> None:
        """Edit a stored status and send a `status.update` event."""
        status = self.status(sid)
        status.update(content=content, edited_at=edited_at)
        self.push("status.update", status)

    def delete(self, sid: str) -> None:
        """Remove a status (GET answers 404 from now on) and send a `delete` event with its bare id."""
        with self._lock:
            self.statuses = [s for s in self.statuses if s["id"] != sid]
        self.push("delete", sid)

    def push(self, event: str, payload: dict | str) -> None:
        """Queue one event for the open (or next) streaming connection."""
        self._events.put(_sse(event, payload))

    def cut(self, event: str, payload: dict | str) -> None:
        """Send the first half of an event, then drop the connection without ending the chunked body."""
        wire = _sse(event, payload)
        self._events.put(_Cut(wire[:len(wire) // 2]))

    def status(self, sid: str) -> dict:
        return next(s for s in self.statuses if s["id"] == sid)

    def __exit__(self, *exc) -> None:
        self._closing.set()  # open streams end at their next heartbeat
        super().__exit__(*exc)

    def account(self, account_id: str) -> dict:
        return self.accounts[account_id]

    def rate_limit(self, reset_in: float) -> None:
        """The next statuses request gets a 429 that resets `reset_in` seconds from now."""
        reset = _iso(datetime.now(timezone.utc) + timedelta(seconds=reset_in))
        self.faults.append((429, {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0",
                                  "X-RateLimit-Reset": reset}))

    def fail(self, status: int, times: int = 1) -> None:
        self.faults.extend([(status, {})] * times)

    @property
    def statuses_requests(self) -> list[dict[str, list[str]]]:
        return [q for _, p, q in self.requests if p.endswith("/statuses")]

    # -- routes ----------------------------------------------------------------------------------
    def _route(self, method, path, query, headers):
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {}, {"error": "The access token is invalid"}
        parts = path.strip("/").split("/")
        if path == "/api/v1/accounts/lookup":
            return self._lookup(query.get("acct", [""])[0])
        if path == "/api/v1/accounts/search":
            return self._search(query.get("q", [""])[0], query.get("resolve", ["0"])[0] in ("1", "true"))
        if path.startswith("/api/v1/streaming/"):
            return self._stream(path)
        if path.rstrip("/") == "/api/v2/instance":  # Mastodon.py asks with a trailing slash
            stream_url = "ws" + self.base_url[len("http"):]
            return 200, {}, {"domain": "mastodon.example", "configuration": {"urls": {"streaming": stream_url}}}
        if len(parts) == 4 and parts[:3] == ["api", "v1", "statuses"]:
            found = [s for s in self.statuses if s["id"] == parts[3]]
            return (200, self._limits(), found[0]) if found else (404, {}, {"error": "Record not found"})
        if len(parts) == 5 and parts[:3] == ["api", "v1", "accounts"] and parts[4] == "statuses":
            if self.faults:
                status, fault_headers = self.faults.pop(0)
                return status, fault_headers, {"error": "Too many requests" if status == 429 else "Server error"}
            return self._statuses(parts[3], query)
        return 404, {}, {"error": "Record not found"}

    def _stream(self, path: str):
        if path not in ("/api/v1/streaming/user", "/api/v1/streaming/public", "/api/v1/streaming/public/local"):
            return 404, {}, {"error": "Unknown stream type"}
        if self.stream_faults:
            return self.stream_faults.pop(0), {}, {"error": "Streaming is not available"}
        self.stream_connects += 1
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-store", "Transfer-Encoding": "chunked"}
        return 200, headers, self._write_stream

    def _write_stream(self, out) -> None:
        """Write events as HTTP chunks until the test cuts the stream or the stub shuts down."""
        try:
            _chunk(out, b":)\n")
            while not self._closing.is_set():
                try:
                    item = self._events.get(timeout=self.heartbeat_s)
                except queue.Empty:
                    _chunk(out, b":thump\n")
                    continue
                if isinstance(item, _Cut):
                    _chunk(out, item.partial)  # and no "0" chunk: the body ends mid-event
                    return
                _chunk(out, item)
            out.write(b"0\r\n\r\n")
        except OSError:
            pass  # the client went away

    def _find(self, acct: str) -> dict | None:
        acct = acct.lower().lstrip("@")
        for a in self.accounts.values():
            local = "@" not in a["acct"]  # this instance's LOCAL_DOMAIN is mastodon.example
            if acct == a["acct"].lower() or (local and acct == f"{a['username']}@mastodon.example"):
                return a
        return None

    def _lookup(self, acct: str):
        found = self._find(acct)
        if found is None or acct.lower() in self.remote_only:
            return 404, {}, {"error": "Record not found"}
        return 200, self._limits(), found

    def _search(self, q: str, resolve: bool):
        found = self._find(q)
        if found is None or (q.lower() in self.remote_only and not resolve):
            return 200, self._limits(), []
        return 200, self._limits(), [found]

    def _statuses(self, account_id: str, query: dict[str, list[str]]):
        if account_id not in self.accounts:
            return 404, {}, {"error": "Record not found"}
        arg = {k: v[0] for k, v in query.items()}
        limit = min(int(arg.get("limit", 20)), 40)
        with self._lock:
            rows = [s for s in self.statuses if s["account"]["id"] == account_id]
        if arg.get("exclude_reblogs") in ("1", "true"):
            rows = [s for s in rows if not s.get("reblog")]
        rows.sort(key=lambda s: _order(s["id"]), reverse=True)
        rows = self._window(rows, arg, limit)
        return 200, self._limits() | self._link(account_id, rows, limit, arg), rows

    @staticmethod
    def _window(rows: list[dict], arg: dict[str, str], limit: int) -> list[dict]:
        if "max_id" in arg:
            rows = [s for s in rows if _order(s["id"]) < _order(arg["max_id"])]
        if "since_id" in arg:
            rows = [s for s in rows if _order(s["id"]) > _order(arg["since_id"])]
        if "min_id" in arg:  # the oldest `limit` after min_id, served newest first
            rows = [s for s in rows if _order(s["id"]) > _order(arg["min_id"])][-limit:]
        return rows[:limit]

    def _link(self, account_id: str, rows: list[dict], limit: int, arg: dict[str, str]) -> dict[str, str]:
        if not rows:
            return {}
        base = f"{self.base_url}/api/v1/accounts/{account_id}/statuses?limit={limit}"
        if arg.get("exclude_reblogs") in ("1", "true"):
            base += "&exclude_reblogs=true"
        return {"Link": f'<{base}&max_id={rows[-1]["id"]}>; rel="next", <{base}&min_id={rows[0]["id"]}>; rel="prev"'}

    @staticmethod
    def _limits() -> dict[str, str]:
        reset = _iso(datetime.now(timezone.utc) + timedelta(minutes=5))
        return {"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "299", "X-RateLimit-Reset": reset}


class _Cut:
    """A queued instruction to cut the stream after writing `partial`."""

    def __init__(self, partial: bytes) -> None:
        self.partial = partial


def _sse(event: str, payload: dict | str) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return f"event: {event}\ndata: {data}\n\n".encode()


def _chunk(out, data: bytes) -> None:
    out.write(b"%x\r\n%s\r\n" % (len(data), data))
    out.flush()


def numbered_status(template: dict[str, Any], sid: int, text: str) -> dict:
    """A copy of a fixture status with a new id, time and paragraph text."""
    s = copy.deepcopy(template)
    s["id"] = str(sid)
    s["url"] = f"https://mastodon.example/@alice/{sid}"
    s["uri"] = f"https://mastodon.example/users/alice/statuses/{sid}"
    s["content"] = f"<p>{text}</p>"
    s["edited_at"] = None
    s["card"] = None
    return s
