"""The review web page: a small token-protected site where analysts confirm or dismiss alerts.

Standard library only (http.server). Each request opens its own Store, since a sqlite
connection belongs to one thread. A client silent for REQUEST_TIMEOUT_S is disconnected and at
most MAX_CONNECTIONS are served at once (more get a 503), so slow clients cannot pile up threads.
Everything shown is escaped (post text is written by the attacker), with control characters and bidi
overrides spelled out ("[U+202E]") so they cannot reorder what the analyst reads, and a non-ASCII domain
shown with its ASCII (xn--) form; no script is served, and the headers forbid scripts, framing, embedding
and caching.

Auth: `Authorization: Bearer <token>` or a session cookie (HttpOnly, SameSite=Strict; Secure with
`review.secure_cookie`, for a page reached over HTTPS through a proxy) set by POST /login with the token.
Wrong tokens are throttled per client address, with a cap over all addresses. Every POST carries a CSRF
token derived by HMAC from the session, and its Origin/Referer, when sent, must name this host.
POST /slack/actions is authenticated by Slack's request signature instead.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import secrets
import socket
import sys
import threading
import time
import urllib.request
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Collection
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ..config import secret
from ..errors import ConfigError, HijackwatchError, InputError, StoreError
from ..notify.render import reveal, safe_url
from ..post import Alert, iso
from ..store import Store, require_database
from . import queue

log = logging.getLogger(__name__)

COOKIE = "hw_session"
SESSION_TTL_S = 12 * 3600.0
MAX_SESSIONS = 1000
MAX_BODY = 64 * 1024
REQUEST_TIMEOUT_S = 10.0  # a client silent this long (headers or body) is disconnected
DEADLINE_FACTOR = 3  # a whole connection may last this many request timeouts (30 s), however it trickles
MAX_CONNECTIONS = 64  # connections handled at once (one thread each); more get a 503
LIST_LIMIT = 200
NOTE_MAX = queue.NOTE_MAX
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
WILDCARD = frozenset({"", "0.0.0.0", "::"})
DECISIONS = ("confirm", "dismiss")
# what a client sent, as it is logged: C0 and C1 controls as \xNN (as http.server's own log does), so a request
# line cannot move the cursor or retitle the terminal showing the log, nor start a forged line with a CR
LOG_SAFE = str.maketrans({c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {ord("\\"): "\\\\"})
CSP = ("default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP), ("X-Frame-Options", "DENY"), ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
    # same-origin (not no-referrer): with no-referrer a browser sends "Origin: null" on POST
    ("Referrer-Policy", "same-origin"), ("Cross-Origin-Opener-Policy", "same-origin"),
    # another port of this host is the same site, so SameSite=Strict sends it the cookie: no embedding there
    ("Cross-Origin-Resource-Policy", "same-origin"),
)


class HttpError(Exception):
    """A request that ends in an error page with this status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# -- sessions and throttling -------------------------------------------------------------------
class Sessions:
    """Logged-in browser sessions: random ids with an expiry, in memory (a restart logs out)."""

    def __init__(self, ttl_s: float = SESSION_TTL_S, cap: int = MAX_SESSIONS) -> None:
        self._ttl, self._cap = ttl_s, cap
        self._expiry: dict[str, float] = {}
        self._lock = threading.Lock()

    def create(self) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            if len(self._expiry) >= self._cap:  # drop the oldest: a flood of logins cannot grow memory
                self._expiry.pop(min(self._expiry, key=self._expiry.__getitem__))
            self._expiry[sid] = time.monotonic() + self._ttl
        return sid

    def valid(self, sid: str) -> bool:
        with self._lock:
            expiry = self._expiry.get(sid)
            if expiry is not None and expiry < time.monotonic():
                del self._expiry[sid]
                expiry = None
        return expiry is not None

    def drop(self, sid: str) -> None:
        with self._lock:
            self._expiry.pop(sid, None)


class Throttle:
    """Counts failed token checks per client address; past `limit` within `window_s` that client's attempts are
    refused outright, and past `total` failures from all clients together everyone's are.

    Per client, so one noisy address cannot lock the analysts out; the total still bounds guessing spread over
    many addresses (and behind a proxy, where every client has the proxy's address, it is the same as before)."""

    def __init__(self, limit: int = 20, window_s: float = 60.0, total: int = 200) -> None:
        self._limit, self._window, self._total = limit, window_s, total
        self._fails: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def _trim(self, now: float) -> None:
        cut = now - self._window
        while self._all and self._all[0] < cut:
            self._all.popleft()
        for client in [c for c, q in self._fails.items() if not q or q[-1] < cut]:
            del self._fails[client]  # nothing left in the window: forget the address
        for q in self._fails.values():
            while q[0] < cut:
                q.popleft()

    def blocked(self, client: str = "") -> bool:
        with self._lock:
            self._trim(time.monotonic())
            return len(self._all) >= self._total or len(self._fails.get(client, ())) >= self._limit

    def fail(self, client: str = "") -> None:
        with self._lock:
            now = time.monotonic()
            self._all.append(now)
            self._fails.setdefault(client, deque()).append(now)


# -- the server --------------------------------------------------------------------------------
class ReviewServer(ThreadingHTTPServer):
    """The HTTP server plus the state its handlers share (db path, token, sessions, secrets)."""

    daemon_threads = True

    def __init__(self, db: str | Path, *, host: str, port: int, token: str,
                 slack_signing_secret: str | None = None, slack_allowed_user_ids: Collection[str] = (),
                 request_timeout_s: float = REQUEST_TIMEOUT_S, max_connections: int = MAX_CONNECTIONS,
                 secure_cookie: bool = False) -> None:
        if not token:
            raise ConfigError("review.token: the review page needs a non-empty token")
        if ":" in host:
            self.address_family = socket.AF_INET6
        try:
            super().__init__((host, port), Handler)
        except OSError as exc:
            raise InputError(f"review: cannot listen on {host}:{port}: {exc.strerror or exc}") from None
        self.db = Path(db)
        self.token = token.encode("utf-8")
        self.key = secrets.token_bytes(32)
        self.sessions = Sessions()
        self.throttle = Throttle()
        # Secure keeps the browser from ever sending the session over plain HTTP; only right behind TLS
        self.cookie_flags = "Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if secure_cookie else "")
        self.slack_secret = slack_signing_secret
        self.slack_users = tuple(str(u) for u in slack_allowed_user_ids)
        self.post_json: Callable[[str, dict], None] = post_json_async  # replaceable in tests
        self.host_names = None if host.lower() in WILDCARD else LOOPBACK | {host.lower().strip("[]")}
        self.request_timeout_s = request_timeout_s
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        """Handle the connection in a thread of its own while a slot is free; else answer 503 and close.

        Without a cap, slow clients could hold any number of threads (and their memory) open."""
        if not self._slots.acquire(blocking=False):
            _refuse_busy(request)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that timed out or hung up is routine (logged at debug); anything else is a bug."""
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            log.debug("review: connection from %s ended: %s", client_address[0], exc)
        else:
            log.exception("review: connection from %s failed", client_address[0])

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def token_ok(self, given: str) -> bool:
        """Constant-time comparison with the configured token."""
        return hmac.compare_digest(given.encode("utf-8", "replace"), self.token)

    def csrf_for(self, sid: str) -> str:
        return hmac.new(self.key, b"csrf|" + sid.encode(), hashlib.sha256).hexdigest()

    def open_store(self) -> closing[Store]:
        return closing(Store(self.db))


class ServerThread:
    """Runs a ReviewServer in a background thread; start() and stop() are idempotent and thread-safe."""

    def __init__(self, server: ReviewServer) -> None:
        self.server = server
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._lock = threading.Lock()

    def start(self) -> "ServerThread":
        with self._lock:
            if self._stopped:
                raise InputError("review: this server was stopped; make a new one")
            if self._thread is None:
                # a short poll interval makes stop() quick (serve_forever checks for shutdown at each poll)
                self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), name="review-web",
                                                daemon=True)
                self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
            if self._thread is not None:
                self.server.shutdown()
                self._thread.join(timeout=10)
            self.server.server_close()

    def __enter__(self) -> "ServerThread":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def make_server(db: str | Path, *, host: str = "127.0.0.1", port: int = 0, token: str,
                slack_signing_secret: str | None = None, slack_allowed_user_ids: Collection[str] = (),
                request_timeout_s: float = REQUEST_TIMEOUT_S, max_connections: int = MAX_CONNECTIONS,
                secure_cookie: bool = False) -> tuple[ReviewServer, ServerThread]:
    """A bound (not yet serving) review server and the handle that starts/stops it in a thread."""
    server = ReviewServer(db, host=host, port=port, token=token, slack_signing_secret=slack_signing_secret,
                          slack_allowed_user_ids=slack_allowed_user_ids, request_timeout_s=request_timeout_s,
                          max_connections=max_connections, secure_cookie=secure_cookie)
    return server, ServerThread(server)


_BUSY_TEXT = b"busy; try again shortly\n"
_BUSY = (b"HTTP/1.0 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nRetry-After: 5\r\n"
         b"Cache-Control: no-store\r\nConnection: close\r\nContent-Length: %d\r\n\r\n%s"
         % (len(_BUSY_TEXT), _BUSY_TEXT))


def _refuse_busy(request: socket.socket) -> None:
    """Answer 503 without waiting: this runs in the accepting thread, which must never block on a client."""
    try:
        request.setblocking(False)
        request.send(_BUSY)
        request.recv(MAX_BODY)  # what the client already sent: closing with it unread would reset the 503
    except OSError:
        pass


def serve(cfg: Any, db: str | Path, *, host: str, port: int, token: str, secure_cookie: bool = False) -> None:
    """Serve the review page until interrupted (Ctrl-C)."""
    require_database(db)
    slack_secret, slack_users = _slack_settings(cfg)
    server, _ = make_server(db, host=host, port=port, token=token, slack_signing_secret=slack_secret,
                            slack_allowed_user_ids=slack_users, secure_cookie=secure_cookie)
    if host.lower() not in LOOPBACK:
        log.warning("review page listens on %s, not only on this machine: put TLS in front of it%s", host,
                    "" if secure_cookie else " and set review.secure_cookie: true")
    log.info("review page on %s", server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def _slack_settings(cfg: Any) -> tuple[str | None, list[str]]:
    """The first Slack notifier's readable signing secret and allowed user ids; (None, []) turns the route off."""
    for i, notifier in enumerate(getattr(cfg, "notifiers", [])):
        ref = getattr(notifier, "signing_secret", None)
        if getattr(notifier, "type", "") != "slack" or ref is None:
            continue
        try:
            value = secret(ref, f"notifiers.{i}.signing_secret")
        except ConfigError:
            continue
        users = [str(u) for u in getattr(notifier, "allowed_user_ids", [])]
        if not users:
            log.warning("review: notifiers.%d.allowed_user_ids is empty: anyone in the Slack workspace who "
                        "sees an alert may confirm, dismiss or snooze it", i)
        return value, users
    return None, []


# -- the request handler -----------------------------------------------------------------------
class Handler(BaseHTTPRequestHandler):
    """Routes requests; every response carries the security headers."""

    server: ReviewServer
    server_version = "hijackwatch-review"
    sys_version = ""

    def setup(self) -> None:
        self.timeout = self.server.request_timeout_s  # the base class applies it to the socket, per read
        super().setup()
        # ...so one deadline bounds the whole connection: a client trickling a byte per read stays under the
        # per-read timeout, and a few of them would hold every slot
        self._watchdog = threading.Timer(self.server.request_timeout_s * DEADLINE_FACTOR, self._cut)
        self._watchdog.daemon = True
        self._watchdog.start()

    def finish(self) -> None:
        self._watchdog.cancel()
        super().finish()

    def _cut(self) -> None:
        """The connection outlived its deadline: shut it, so the handler's blocked read ends."""
        log.debug("review: %s: request deadline passed; connection closed", self.client_address[0])
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed
            pass

    def do_GET(self) -> None:
        self._dispatch(GET_ROUTES)

    def do_POST(self) -> None:
        self._dispatch(POST_ROUTES)

    def _dispatch(self, routes: dict[str, Callable[["Handler", str], None]]) -> None:
        try:
            self._check_host()
            path = _request_path(self.path)
            prefix = "/alert/" if path.startswith("/alert/") else path
            route = routes.get(prefix)
            if route is None:
                raise HttpError(404, "no such page")
            route(self, path)
        except _Redirect as r:
            self._redirect(r.message)
        except HttpError as exc:
            self._error(exc.status, exc.message)
        except StoreError as exc:
            log.error("review: %s", exc)
            self._error(503, "the database is unavailable; try again")
        except Exception:  # a bug must not kill the server thread or leak a traceback to the page
            log.exception("review: %s %s failed", self.command, self.path.translate(LOG_SAFE))
            self._error(500, "internal error")

    # -- responses -------------------------------------------------------------------------------
    def _send(self, status: int, body: str = "", *, ctype: str = "text/html; charset=utf-8",
              headers: tuple[tuple[str, str], ...] = ()) -> None:
        data = body.encode("utf-8", "replace")
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def _redirect(self, where: str, *headers: tuple[str, str]) -> None:
        self._send(303, "", headers=(("Location", where), *headers))

    def _error(self, status: int, message: str) -> None:
        extra = (("WWW-Authenticate", 'Bearer realm="hijackwatch"'),) if status == 401 else ()
        self._send(status, error_page(status, message), headers=extra)

    def end_headers(self) -> None:
        # here rather than in _send, so the base class's own errors (400, 501) carry them too
        for name, value in SECURITY_HEADERS:
            self.send_header(name, value)
        super().end_headers()

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        log.debug("%s %s", self.address_string(), (format % args).translate(LOG_SAFE))

    # -- checks ----------------------------------------------------------------------------------
    def _check_host(self) -> None:
        """Refuse Host names this server does not answer to (DNS rebinding)."""
        names = self.server.host_names
        if names is None:
            return
        try:
            name = urlsplit("//" + self.headers.get("Host", "")).hostname
        except ValueError:
            name = None
        if name not in names:
            raise HttpError(400, "unexpected Host header")

    def _session(self) -> str | None:
        """The session key of an authenticated request ("bearer" for the header), else None."""
        auth = self.headers.get("Authorization")
        if auth is not None:
            scheme, _, given = auth.partition(" ")
            client = self.client_address[0]
            if self.server.throttle.blocked(client):
                raise HttpError(429, "too many wrong tokens; wait a minute")
            if scheme.lower() == "bearer" and self.server.token_ok(given.strip()):
                return "bearer"
            self.server.throttle.fail(client)  # counted only while not blocked: the record stays bounded
            raise HttpError(401, "wrong token")
        sid = self._cookie()
        return sid if sid and self.server.sessions.valid(sid) else None

    def _cookie(self) -> str | None:
        try:
            jar = SimpleCookie(self.headers.get("Cookie", ""))
        except CookieError:
            return None
        morsel = jar.get(COOKIE)
        return morsel.value if morsel else None

    def _require_session(self) -> str:
        sid = self._session()
        if sid is None:
            if self.command == "GET":
                raise _Redirect("/login")
            raise HttpError(401, "log in first")
        return sid

    def _same_origin(self) -> bool:
        """Origin (or, without it, Referer) names this host, or neither is sent; no cross-site fetch."""
        if self.headers.get("Sec-Fetch-Site", "same-origin").lower() not in ("same-origin", "none"):
            return False
        host = self.headers.get("Host", "").lower()
        for header in ("Origin", "Referer"):
            value = self.headers.get(header)
            if value is not None:
                try:
                    parts = urlsplit(value)
                except ValueError:
                    return False
                return parts.scheme in ("http", "https") and parts.netloc.lower() == host
        return True

    def _read_form(self, sid: str | None) -> dict[str, list[str]]:
        """The POST body as a form, after the Origin and (when a session is given) CSRF checks."""
        if not self._same_origin():
            raise HttpError(403, "cross-origin request refused")
        form = _parse_form(self._read_body())
        if sid is not None:
            given = _one(form, "csrf").encode("utf-8", "replace")
            if not hmac.compare_digest(given, self.server.csrf_for(sid).encode()):
                raise HttpError(403, "missing or wrong CSRF token; reload the page and try again")
        return form

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            raise HttpError(411, "send a Content-Length")
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            raise HttpError(400, "bad Content-Length") from None
        if length < 0 or length > MAX_BODY:
            raise HttpError(413, "request too large")
        try:
            return self.rfile.read(length)
        except TimeoutError:
            self.close_connection = True
            raise HttpError(408, "request timed out") from None


def _request_path(target: str) -> str:
    """The path of a request target; 400 when it cannot be parsed ("GET http://[x HTTP/1.0")."""
    try:
        return urlsplit(target).path
    except ValueError:
        raise HttpError(400, "bad request target") from None


class _Redirect(HttpError):
    """Not an error: send the browser elsewhere (the login page)."""

    def __init__(self, where: str) -> None:
        super().__init__(303, where)


def _parse_form(body: bytes) -> dict[str, list[str]]:
    try:
        return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True, max_num_fields=200)
    except ValueError:
        raise HttpError(400, "too many form fields") from None


def _one(form: dict[str, list[str]], name: str) -> str:
    values = form.get(name)
    return values[0] if values else ""


# -- routes ------------------------------------------------------------------------------------
def get_login(h: Handler, path: str) -> None:
    sid = h._cookie()
    if sid and h.server.sessions.valid(sid):
        return h._redirect("/")
    h._send(200, login_page())


def post_login(h: Handler, path: str) -> None:
    form = h._read_form(None)  # no session yet: Origin check only (a forged login needs the token)
    if h.server.throttle.blocked(h.client_address[0]):
        raise HttpError(429, "too many wrong tokens; wait a minute")
    if not h.server.token_ok(_one(form, "token")):
        h.server.throttle.fail(h.client_address[0])
        return h._send(401, login_page("Wrong token."))
    sid = h.server.sessions.create()
    cookie = f"{COOKIE}={sid}; {h.server.cookie_flags}; Max-Age={int(SESSION_TTL_S)}"
    h._redirect("/", ("Set-Cookie", cookie))


def post_logout(h: Handler, path: str) -> None:
    sid = h._require_session()
    h._read_form(sid)
    h.server.sessions.drop(sid)
    h._redirect("/login", ("Set-Cookie", f"{COOKIE}=; {h.server.cookie_flags}; Max-Age=0"))


def get_index(h: Handler, path: str) -> None:
    if path != "/":
        raise HttpError(404, "no such page")
    sid = h._require_session()
    status = _one(parse_qs(urlsplit(h.path).query), "status") or "pending"
    if status != "all" and status not in queue.STATUSES:
        raise HttpError(400, f"unknown status {status!r}")
    with h.server.open_store() as store:
        rows = store.alerts(status=None if status == "all" else status, limit=LIST_LIMIT)
        counts = status_counts(store)
    h._send(200, list_page(rows, status, counts, h.server.csrf_for(sid)))


def get_alert(h: Handler, path: str) -> None:
    sid = h._require_session()
    alert_id = unquote(path[len("/alert/"):])
    with h.server.open_store() as store:
        view = load_view(store, alert_id)
    if view is None:
        raise HttpError(404, "no such alert")
    h._send(200, alert_page(view, h.server.csrf_for(sid)))


def post_decide(h: Handler, path: str) -> None:
    sid = h._require_session()
    form = h._read_form(sid)
    alert_id, action = _one(form, "alert_id"), _one(form, "action")
    if action not in DECISIONS:
        raise HttpError(400, "action must be confirm or dismiss")
    with h.server.open_store() as store:
        alert = store.get_alert(alert_id)
        if alert is None:
            raise HttpError(404, "no such alert")
        # only the alert's own values count: a value the page never offered is dropped, not refused
        allow, _ = queue.split_allowlist(store, alert, form.get("allow_domain", []), form.get("allow_wallet", []))
        if any(allow.values()) and action != "dismiss":
            raise HttpError(400, "allowlisting goes with Dismiss (a confirmed scam's wallet or domain is not safe)")
        note = _one(form, "note").strip()[:NOTE_MAX]
        if action == "dismiss":
            queue.apply_dismissal(store, alert_id, allow, by="web", note=note)
        else:
            queue.decide(store, alert_id, action, by="web", note=note)
    h._redirect(alert_href(alert_id))


def post_slack(h: Handler, path: str) -> None:
    """Slack button press: verify the signature, record the decision, update the message via response_url."""
    if not h.server.slack_secret:
        raise HttpError(404, "Slack interactivity is not configured")
    body = h._read_body()
    from ..notify import slack  # lazy: the Slack module pulls in slack_sdk

    if not slack.verify_signature(h.server.slack_secret, h.headers, body, time.time()):
        raise HttpError(401, "bad Slack signature")
    try:
        with h.server.open_store() as store:
            message = slack.handle_interaction(store, body, allowed_user_ids=h.server.slack_users)
        url = slack.interaction_response_url(body)
    except InputError as exc:
        raise HttpError(400, str(exc)) from None
    if message and url:
        h.server.post_json(url, message)
    h._send(200, "", ctype="text/plain; charset=utf-8")  # Slack wants an empty 200 within 3 s


def post_json_async(url: str, message: dict) -> None:
    """POST a JSON message in a background thread (Slack's response_url); failures are logged."""
    def send() -> None:
        req = urllib.request.Request(url, data=json.dumps(message).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                resp.read()
        except (OSError, ValueError) as exc:
            log.warning("review: could not update the Slack message: %s", exc)
    threading.Thread(target=send, name="slack-response", daemon=True).start()


GET_ROUTES = {"/": get_index, "/login": get_login, "/alert/": get_alert}
POST_ROUTES = {"/login": post_login, "/logout": post_logout, "/decide": post_decide, "/slack/actions": post_slack}


# -- data for the pages ------------------------------------------------------------------------
@dataclass
class AlertView:
    """Everything the alert page shows, gathered from the store."""

    alert: Alert
    review: dict
    domains: list[str] = field(default_factory=list)
    histories: list[tuple[str, dict | None]] = field(default_factory=list)
    campaign: dict | None = None


def load_view(store: Store, alert_id: str) -> AlertView | None:
    """Gather one alert with its review row, domains, account histories and campaign."""
    alert = store.get_alert(alert_id)
    if alert is None:
        return None
    return AlertView(alert=alert, review=store.review_row(alert_id) or {}, domains=queue.alert_domains(store, alert),
                     histories=[(a, account_history(store, alert.platform, a)) for a in alert.accounts],
                     campaign=campaign_row(store, alert.campaign_id))


def status_counts(store: Store) -> dict[str, int]:
    return {r["status"]: r["n"] for r in store.db.query("SELECT status, count(*) AS n FROM review GROUP BY status")}


def account_history(store: Store, platform: str, handle: str) -> dict | None:
    """The account's habit profile (profiles.data) by its author id, or by handle as a fallback."""
    ids = [r["author_id"] for r in store.db.query(
        "SELECT DISTINCT author_id FROM posts WHERE platform = ? AND author = ? LIMIT 3", [platform, handle])]
    for key in [f"{platform}:{i}" for i in ids if i] + [f"{platform}:{handle}"]:
        for row in store.db.query("SELECT data FROM profiles WHERE account = ?", [key]):
            data = json.loads(row["data"] or "{}")
            return data if isinstance(data, dict) else None
    return None


def campaign_row(store: Store, campaign_id: str | None) -> dict | None:
    if not campaign_id:
        return None
    rows = list(store.db.query("SELECT * FROM campaigns WHERE campaign_id = ?", [campaign_id]))
    if not rows:
        return None
    row = dict(rows[0])
    row["accounts"], row["post_ids"] = queue.json_list(row.get("accounts")), queue.json_list(row.get("post_ids"))
    return row


# -- HTML --------------------------------------------------------------------------------------
def e(value: Any) -> str:
    """Escape for HTML text and quoted attribute values, control and bidi characters spelled out."""
    return html.escape(reveal(str(value)), quote=True)


def form_value(value: Any) -> str:
    """Escape a form value that must come back exactly as stored (an alert id, an allowlist value)."""
    return html.escape(str(value), quote=True)


def domain_label(domain: str) -> str:
    """The domain as text, with its ASCII form after it when it has other characters: "bіnance.com" is no
    binance.com, and "xn--bnance-pvf.com" says so."""
    if domain.isascii():
        return e(domain)
    labels = (label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
              for label in domain.split("."))
    return f"{e(domain)} ({e('.'.join(labels))})"


def alert_href(alert_id: str) -> str:
    return "/alert/" + quote(alert_id, safe="")


CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d232a;background:#f5f6f8}
header{background:#1d232a;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center}
header a{color:#fff;text-decoration:none;font-weight:600}header form{margin-left:auto}
main{max-width:1100px;margin:1.2rem auto;padding:0 1.2rem}
table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 2px #0002}
th,td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #e3e6ea;vertical-align:top}
th{background:#eef0f3;font-weight:600;font-size:.85rem;text-transform:uppercase;letter-spacing:.03em}
tbody tr:hover{background:#f9fafb}
.sev{display:inline-block;padding:.05rem .45rem;border-radius:.3rem;font-size:.8rem;font-weight:700;color:#fff}
.sev-low{background:#6b7a8a}.sev-medium{background:#c58a00}
.sev-high{background:#d9480f}.sev-critical{background:#b00020}
.status{font-weight:600}.status-confirmed{color:#b00020}.status-dismissed{color:#2b8a3e}.status-pending{color:#555}
nav.filter a{margin-right:.8rem}nav.filter a.on{font-weight:700;text-decoration:none;color:#1d232a}
section{background:#fff;padding:.8rem 1rem;margin:0 0 1rem;box-shadow:0 1px 2px #0002}
section h2{font-size:1rem;margin:.1rem 0 .6rem}
pre.post{white-space:pre-wrap;word-break:break-word;unicode-bidi:isolate;background:#fff8e1;
border-left:4px solid #c58a00;padding:.6rem .8rem;margin:0;font:15px/1.4 ui-monospace,Menlo,Consolas,monospace}
code{font:13px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{color:#5a6570}dd{margin:0}
textarea{width:100%;min-height:4rem;box-sizing:border-box}label{display:block;margin:.2rem 0}
button{font:inherit;padding:.4rem 1.1rem;border:0;border-radius:.3rem;cursor:pointer;color:#fff;margin-right:.5rem}
button.confirm{background:#b00020}button.dismiss{background:#2b8a3e}button.plain{background:#445}
.muted{color:#6b7580}.error{color:#b00020;font-weight:600}
"""


def page(title: str, body: str, csrf: str | None = None) -> str:
    """A whole HTML page; a logout button when a session's CSRF token is given."""
    logout = (f'<form method="post" action="/logout"><input type="hidden" name="csrf" value="{e(csrf)}">'
              '<button class="plain" type="submit">Log out</button></form>') if csrf else ""
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width,initial-scale=1">'
            f'<title>{e(title)} · hijackwatch</title><style>{CSS}</style></head><body>'
            f'<header><a href="/">hijackwatch review</a>{logout}</header><main>{body}</main></body></html>')


def error_page(status: int, message: str) -> str:
    body = f'<h1>Error {status}</h1><p class="error">{e(message)}</p><p><a href="/">Back</a></p>'
    return page(f"Error {status}", body)


def login_page(error: str = "") -> str:
    msg = f'<p class="error">{e(error)}</p>' if error else ""
    return page("Log in", f'<section><h2>Log in</h2>{msg}<form method="post" action="/login">'
                '<label>Review token <input type="password" name="token" autocomplete="current-password" '
                'autofocus required></label><p><button class="plain" type="submit">Log in</button></p>'
                '</form></section>')


def severity(sev: str) -> str:
    return f'<span class="sev sev-{e(sev)}">{e(sev)}</span>'


def status_span(status: str | None) -> str:
    status = status or "unknown"
    return f'<span class="status status-{e(status)}">{e(status)}</span>'


def list_page(rows: list[tuple[Alert, dict]], status: str, counts: dict[str, int], csrf: str) -> str:
    """The queue: alerts newest first with severity, accounts, score, status and first reasons."""
    links = []
    for name in (*queue.STATUSES, "all"):
        n = sum(counts.values()) if name == "all" else counts.get(name, 0)
        on = ' class="on"' if name == status else ""
        links.append(f'<a{on} href="/?status={e(name)}">{e(name)} ({n})</a>')
    body = [f'<h1>{e(status.capitalize())} alerts</h1><nav class="filter">{"".join(links)}</nav><p></p>']
    if not rows:
        body.append(f'<p class="muted">No {e(status)} alerts.</p>')
        return page("Review queue", "".join(body), csrf)
    body.append("<table><thead><tr><th>Time (UTC)</th><th>Severity</th><th>Kind</th><th>Accounts</th>"
                "<th>Score</th><th>Status</th><th>Reasons</th><th></th></tr></thead><tbody>")
    body += [list_row(alert, review) for alert, review in rows]
    body.append("</tbody></table>")
    if len(rows) >= LIST_LIMIT:
        body.append(f'<p class="muted">Showing the newest {LIST_LIMIT}.</p>')
    return page("Review queue", "".join(body), csrf)


def list_row(alert: Alert, review: dict) -> str:
    accounts = ", ".join("@" + a for a in alert.accounts[:6]) + (" …" if len(alert.accounts) > 6 else "")
    reasons = "<br>".join(e(r) for r in alert.reasons[:2])
    when = iso(alert.event_time).replace("T", " ").rstrip("Z")
    return (f"<tr><td>{e(when)}</td><td>{severity(alert.severity)}</td><td>{e(alert.kind)}</td><td>{e(accounts)}</td>"
            f"<td>{alert.score:.2f}</td><td>{status_span(review.get('status'))}</td><td>{reasons}</td>"
            f'<td><a href="{e(alert_href(alert.alert_id))}">open</a></td></tr>')


def alert_page(view: AlertView, csrf: str) -> str:
    """One alert's evidence and the Confirm / Dismiss form."""
    a = view.alert
    status = status_span(view.review.get("status"))
    parts = [f"<h1>{severity(a.severity)} {e(a.kind)} alert · score {a.score:.2f} · {status}</h1>",
             decision_summary(view.review), post_section(a), reasons_section(a), indicators_section(view),
             history_section(view.histories), campaign_section(view.campaign), decide_form(view, csrf)]
    return page(f"Alert {a.alert_id}", "".join(parts), csrf)


def decision_summary(review: dict) -> str:
    if not review.get("decided_by"):
        return ""
    at = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(review.get("decided_at") or 0))
    note = f" — {e(review['note'])}" if review.get("note") else ""
    return f'<p class="muted">Decided by {e(review["decided_by"])} at {e(at)}{note}</p>'


def post_section(a: Alert) -> str:
    link = ""
    href = safe_url(a.post_url)  # None for a javascript: or data: link, or one urlsplit cannot parse
    if href:
        link = f'<dt>Link</dt><dd><a rel="noopener noreferrer nofollow" href="{e(href)}">{e(a.post_url)}</a></dd>'
    return (f'<section><h2>Post text</h2><pre class="post" id="post-text">{e(a.text)}</pre><p></p><dl>'
            f"<dt>Alert</dt><dd><code>{e(a.alert_id)}</code></dd><dt>Time</dt><dd>{e(iso(a.event_time))}</dd>"
            f"<dt>Platform</dt><dd>{e(a.platform or '?')}</dd>"
            f"<dt>Posts</dt><dd><code>{e(', '.join(a.post_ids))}</code></dd>"
            f"{link}<dt>Model</dt><dd><code>{e(a.model_version or 'rules only')}</code></dd></dl></section>")


def reasons_section(a: Alert) -> str:
    items = "".join(f"<li>{e(r)}</li>" for r in a.reasons) or '<li class="muted">none recorded</li>'
    return f"<section><h2>Why it fired</h2><ol>{items}</ol></section>"


def indicators_section(view: AlertView) -> str:
    a = view.alert
    wallets = "".join(f"<li>{e(w.chain)} <code>{e(w.address)}</code></li>" for w in a.wallets)
    domains = "".join(f"<li><code>{domain_label(d)}</code></li>" for d in view.domains)
    urls = "".join(f"<li><code>{e(u)}</code></li>" for u in a.urls)  # text, not links: they may be the scam
    none = '<li class="muted">none</li>'
    return (f"<section><h2>Wallets, domains and links</h2><dl><dt>Wallets</dt><dd><ul>{wallets or none}</ul></dd>"
            f"<dt>Domains</dt><dd><ul>{domains or none}</ul></dd><dt>URLs</dt><dd><ul>{urls or none}</ul></dd>"
            "</dl></section>")


def history_section(histories: list[tuple[str, dict | None]]) -> str:
    rows = "".join(history_row(account, data) for account, data in histories)
    return ("<section><h2>Account history</h2><table><thead><tr><th>Account</th><th>Posts</th>"
            f"<th>Crypto share</th><th>Clients seen</th><th>Last post learned</th></tr></thead><tbody>{rows}"
            "</tbody></table></section>")


def history_row(account: str, data: dict | None) -> str:
    if not data:
        return f'<tr><td>@{e(account)}</td><td colspan="4" class="muted">no history recorded</td></tr>'
    posts = int(data.get("posts") or 0)
    share = (data.get("crypto_posts") or 0) / posts if posts else 0.0
    sources = data.get("sources") if isinstance(data.get("sources"), dict) else {}
    top = sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    clients = ", ".join(f"{name} ({count:,})" for name, count in top) + (" …" if len(sources) > 5 else "")
    return (f"<tr><td>@{e(account)}</td><td>{posts:,}</td><td>{share:.1%}</td><td>{e(clients or '-')}</td>"
            f"<td>{e(data.get('last_at') or '-')}</td></tr>")


def campaign_section(row: dict | None) -> str:
    if row is None:
        return ""
    members = ", ".join("@" + str(a) for a in row["accounts"])
    return (f"<section><h2>Campaign</h2><dl><dt>Id</dt><dd><code>{e(row['campaign_id'])}</code></dd>"
            f"<dt>Members</dt><dd>{e(members)} ({len(row['accounts'])})</dd>"
            f"<dt>Shared</dt><dd>{e(row.get('key_kind') or '-')}</dd>"
            f"<dt>Window</dt><dd>{e(row.get('first_seen') or '?')} → {e(row.get('last_seen') or '?')}</dd>"
            f"<dt>Posts</dt><dd><code>{e(', '.join(map(str, row['post_ids'])))}</code></dd></dl></section>")


def decide_form(view: AlertView, csrf: str) -> str:
    a = view.alert
    boxes = [f'<label><input type="checkbox" name="allow_domain" value="{form_value(d)}"> domain '
             f'<code>{domain_label(d)}</code></label>' for d in view.domains]
    boxes += [f'<label><input type="checkbox" name="allow_wallet" value="{form_value(w.address)}"> wallet '
              f'<code>{e(w.address)}</code></label>' for w in a.wallets]
    allow = (f'<p class="muted">When dismissing, also allowlist:</p>{"".join(boxes)}') if boxes else ""
    return ('<section><h2>Decision</h2><form method="post" action="/decide">'
            f'<input type="hidden" name="csrf" value="{e(csrf)}">'
            f'<input type="hidden" name="alert_id" value="{form_value(a.alert_id)}">'
            '<label>Note (optional)<textarea name="note" maxlength="2000"></textarea></label>'
            f'{allow}<p>'
            '<button class="confirm" type="submit" name="action" value="confirm" id="confirm">Confirm</button>'
            '<button class="dismiss" type="submit" name="action" value="dismiss" id="dismiss">Dismiss</button></p>'
            "</form></section>")
