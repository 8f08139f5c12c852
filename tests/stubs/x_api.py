"""Test doubles for the X API v2 that the REAL tweepy client talks to.

- `FakeX`: a stateful stand-in for GET /2/users/by, /2/users?ids=, /2/tweets?ids= and
  /2/users/:id/tweets (since_id, max_results, pagination_token semantics as X documents them),
  served over HTTP on 127.0.0.1; `mount(session)` points a tweepy client's session at it.
  Scripted failures (429 with/without reset headers, 5xx, dropped connections) can be queued.
- `FakeTime`: an injectable clock + async sleep that records every wait and advances the clock.
- `LocalAdapter` + `StreamServer`: a local HTTP server on 127.0.0.1 speaking the filtered-stream
  wire format (CRLF-delimited JSON, blank keep-alive lines, connections cut mid-line), with
  tweepy's session pointed at it.
"""

from __future__ import annotations

import json
import re
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from requests.adapters import HTTPAdapter

from .httpstub import HttpStub

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "x"
API = "https://api.twitter.com"
BASE_ID = 1283540006735290368  # a July 2020 snowflake
T0 = datetime(2020, 7, 15, 19, 0, tzinfo=timezone.utc)
_TOKEN_PREFIX = "7140dibdnow9c7btw3w29grvx"  # real next_tokens are opaque base36-ish strings
_TIMELINE = re.compile(r"/2/users/\d+/tweets")


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def tweet_obj(tid: int, author_id: str, text: str, *, minutes: float = 0.0, urls=(), history=None,
              lang: str = "en", source: str = "Twitter Web App", note: str | None = None) -> dict:
    """A tweet object with the keys (and key order) the API returns for our tweet.fields."""
    obj: dict[str, Any] = {
        "edit_history_tweet_ids": [str(h) for h in (history or [tid])],
        "author_id": author_id, "lang": lang, "source": source,
        "created_at": (T0 + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "id": str(tid), "text": text,
    }
    if urls:
        obj["entities"] = {"urls": [{"start": 0, "end": 23, "url": f"https://t.co/x{n}", "expanded_url": u,
                                     "display_url": u.split("//")[-1][:25]} for n, u in enumerate(urls)]}
    if note is not None:
        obj["note_tweet"] = {"text": note}
    return obj


class FakeX(HttpStub):
    """In-memory X on 127.0.0.1: users, their tweets, a request log, and a queue of scripted failures."""

    def __init__(self, *, reset_at: int = 1594844400, limit: int = 900) -> None:
        super().__init__(self._route)
        self.users: dict[str, tuple[str, str]] = {}  # lower handle -> (id, username)
        self.profiles: dict[str, dict] = {}  # user id -> extra user fields (name, description, ...)
        self.deleted: set[str] = set()  # tweet ids GET /2/tweets reports as not found
        self.tweets: dict[str, list[dict]] = {}  # user id -> tweet objects
        self.failures: list[tuple[int, dict, Any]] = []  # (status, headers, body) served first
        self.calls: list[tuple[str, dict]] = []
        self.reset_at = reset_at
        self.limit = limit
        self.remaining = limit
        self.auth_headers: list[str] = []
        self.call_times: list[float] = []
        self.clock = None  # set to FakeTime.clock to record when each request was made
        self._next = BASE_ID

    # -- content ---------------------------------------------------------------------------------
    def add_user(self, username: str, uid: str) -> None:
        self.users[username.lower()] = (uid, username)
        self.tweets.setdefault(uid, [])
        self.profiles.setdefault(uid, {"name": username.title(), "description": f"{username}'s bio",
                                       "profile_image_url": f"https://pbs.twimg.com/profile_images/{uid}/a_normal.jpg"})

    def rename(self, uid: str, username: str) -> None:
        """A handle change: the same id under a new username."""
        self.users = {k: v for k, v in self.users.items() if v[0] != uid}
        self.users[username.lower()] = (uid, username)

    def user_obj(self, uid: str) -> dict:
        username = next(u for i, u in self.users.values() if i == uid)
        return {"id": uid, "username": username, **self.profiles[uid]}

    def mount(self, session) -> None:
        """Send a tweepy client's (fixed-host) requests to this server."""
        session.mount(API, LocalAdapter(self.base_url))

    def post(self, uid: str, text: str, **kw: Any) -> str:
        """Publish a tweet with the next (increasing) snowflake id; returns the id."""
        self._next += 1_000_000
        self.tweets[uid].append(tweet_obj(self._next, uid, text, minutes=len(self.tweets[uid]), **kw))
        return str(self._next)

    def post_raw(self, uid: str, obj: dict) -> None:
        self.tweets[uid].append(obj)

    def fail(self, status: int, *, reset: int | None = None, remaining: int | None = 0, body: Any = None) -> None:
        """Queue an error answer for the next request."""
        headers = {}
        if reset is not None:
            headers = {"x-rate-limit-limit": str(self.limit), "x-rate-limit-remaining": str(remaining),
                       "x-rate-limit-reset": str(reset)}
        if body is None:
            body = fixture("error_429.json") if status == 429 else fixture("error_503.json")
        self.failures.append((status, headers, body))

    # -- serving ---------------------------------------------------------------------------------
    def _route(self, method, path, query, headers):
        params = {k: v[0] for k, v in query.items()}
        self.calls.append((path, params))
        if self.clock is not None:
            self.call_times.append(self.clock())
        self.auth_headers.append(headers.get("Authorization", ""))
        if self.failures:
            status, fail_headers, body = self.failures.pop(0)
            text = body if isinstance(body, (str, BaseException)) else json.dumps(body)
            return status, {"content-type": "application/problem+json", **fail_headers}, text
        if path == "/2/users/by":
            return self._users_by(params)
        if path == "/2/users":
            return self._users(params)
        if path == "/2/tweets":
            return self._tweets(params)
        if _TIMELINE.fullmatch(path):
            return self._timeline(path, params)
        return 404, {}, {"title": "Not Found Error", "type": "about:blank", "status": 404}

    def _headers(self) -> dict:
        self.remaining = max(0, self.remaining - 1)
        return {"content-type": "application/json; charset=utf-8", "x-rate-limit-limit": str(self.limit),
                "x-rate-limit-remaining": str(self.remaining), "x-rate-limit-reset": str(self.reset_at)}

    def _users_by(self, params):
        data, errors = [], []
        for name in params.get("usernames", "").split(","):
            if name.lower() in self.users:
                uid, username = self.users[name.lower()]
                data.append({"id": uid, "name": username.title(), "username": username})
            else:
                errors.append(_not_found("user", name, "usernames"))
        return 200, self._headers(), json.dumps(_partial(data, errors))

    def _users(self, params):
        """GET /2/users?ids=: full user objects (all requested user.fields) for known ids."""
        known = {uid for uid, _ in self.users.values()}
        wanted = params.get("ids", "").split(",")
        data = [self.user_obj(uid) for uid in wanted if uid in known]
        errors = [_not_found("user", uid) for uid in wanted if uid not in known]
        return 200, self._headers(), json.dumps(_partial(data, errors))

    def _tweets(self, params):
        """GET /2/tweets?ids=: found tweets in data, deleted ones as not-found errors."""
        by_id = {t["id"]: t for ts in self.tweets.values() for t in ts if isinstance(t.get("id"), str)}
        wanted = params.get("ids", "").split(",")
        data = [by_id[t] for t in wanted if t in by_id and t not in self.deleted]
        errors = [_not_found("tweet", t) for t in wanted if t not in by_id or t in self.deleted]
        return 200, self._headers(), json.dumps(_partial(data, errors))

    def _timeline(self, path, params):
        uid = path.split("/")[3]
        since = int(params.get("since_id", 0))
        size = int(params.get("max_results", 10))
        offset = int(params["pagination_token"][len(_TOKEN_PREFIX):], 36) if "pagination_token" in params else 0
        newer = sorted((t for t in self.tweets.get(uid, []) if _tid(t) > since and t.get("id") not in self.deleted),
                       key=_tid, reverse=True)
        page = newer[offset:offset + size]
        return 200, self._headers(), json.dumps(self._page(uid, page, newer, offset + size))

    def _page(self, uid: str, page: list[dict], newer: list[dict], end: int) -> dict:
        if not page:
            return {"meta": {"result_count": 0}}
        username = next(u for i, u in self.users.values() if i == uid)
        ids = [t["id"] for t in page if isinstance(t.get("id"), str)] or ["0"]
        meta: dict[str, Any] = {"result_count": len(page), "newest_id": max(ids, key=int),
                                "oldest_id": min(ids, key=int)}
        if end < len(newer):
            meta["next_token"] = _TOKEN_PREFIX + _base36(end)
        return {"data": page, "includes": {"users": [{"id": uid, "name": username.title(), "username": username}]},
                "meta": meta}

    def timeline_calls(self) -> list[dict]:
        return [p for path, p in self.calls if _TIMELINE.fullmatch(path)]

    def times_of(self, path_pattern: str) -> list[float]:
        """When each request whose path matches was made (needs `clock`)."""
        return [t for (path, _), t in zip(self.calls, self.call_times) if re.fullmatch(path_pattern, path)]


def _partial(data: list, errors: list) -> dict:
    """A v2 lookup answer: found objects in `data`, the rest as partial errors (200 either way)."""
    body: dict[str, Any] = {"data": data} if data else {}
    if errors:
        body["errors"] = errors
    return body


def _not_found(resource: str, value: str, parameter: str = "ids") -> dict:
    """The partial error X answers for an unknown (or deleted) user or tweet."""
    return {"value": value, "detail": f"Could not find {resource} with {parameter}: [{value}].",
            "title": "Not Found Error", "resource_type": resource, "parameter": parameter, "resource_id": value,
            "type": "https://api.twitter.com/2/problems/resource-not-found"}


def _tid(t: dict) -> int:
    try:
        return int(t.get("id", 0))
    except (TypeError, ValueError):
        return 0


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


class FakeTime:
    """An injectable clock and async sleep: sleeping advances the clock and is recorded."""

    def __init__(self, now: float = 1594843500.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)


# -- filtered stream over a local server ----------------------------------------------------------
class LocalAdapter(HTTPAdapter):
    """Sends every request to a local base URL, keeping the path and query (tweepy's host is fixed)."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base.rstrip("/")

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        request.url = self.base + parts.path + (f"?{parts.query}" if parts.query else "")
        return super().send(request, **kwargs)


class StreamServer:
    """127.0.0.1 server for /2/tweets/search/stream and its rules endpoint.

    `connections` is a script: one entry per stream connection, either a list of raw byte chunks
    to write before closing (HTTP/1.0: the close ends the body, so a cut mid-line is possible)
    or an int HTTP status to answer with instead.
    """

    def __init__(self, connections: list, rules: list[dict] | None = None) -> None:
        self.connections = list(connections)
        self.rules = list(rules or [])
        self.rule_posts: list[dict] = []
        self.stream_queries: list[str] = []
        self.auth_headers: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_GET(self):
                server.auth_headers.append(self.headers.get("Authorization", ""))
                if self.path.startswith("/2/tweets/search/stream/rules"):
                    return self._json(200, {"data": server.rules, "meta": {"sent": "2020-07-15T20:00:00.000Z",
                                                                           "result_count": len(server.rules)}})
                server.stream_queries.append(self.path)
                script = server.connections.pop(0) if server.connections else 503
                if isinstance(script, int):
                    return self._json(script, {"title": "Too Many Requests" if script == 429 else "Error",
                                               "detail": "scripted", "type": "about:blank", "status": script})
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.end_headers()
                for chunk in script:
                    self.wfile.write(chunk)
                    self.wfile.flush()

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                server.rule_posts.append(body)
                added = [{"id": str(900 + n), "value": r["value"], "tag": r.get("tag")}
                         for n, r in enumerate(body.get("add", []))]
                server.rules = [r for r in server.rules if r["id"] not in body.get("delete", {}).get("ids", [])]
                server.rules += added
                return self._json(201 if added else 200, {"data": added, "meta": {"sent": "x"}})

            def _json(self, status, obj):
                raw = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> "StreamServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
