"""HTTP-level tests of the review web page (bot/review/web.py) over a real socket with urllib."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import ConfigError, InputError
from bot.notify.render import reveal
from bot.post import Alert, Post, Verdict, Wallet
from bot.review import web
from bot.store import Store

TOKEN = "test-token-7f3a9c1e5b"
WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
BAIT = ("I am giving back to my community due to Covid-19! All Bitcoin sent to my address below will be sent back "
        f"doubled. If you send $1,000, I will send back $2,000. Only doing this for 30 minutes.\n\n{WALLET}")
T0 = datetime(2020, 7, 15, 20, 0, tzinfo=timezone.utc)
CAMPAIGN_ID = "cmp-0123456789ab:3"
# bidi embeddings, overrides and isolates ("Trojan Source"), and the C0/C1 controls
BIDI = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# -- seeding -----------------------------------------------------------------------------------
def _alert(alert_id: str, *, minutes: float, **kw) -> Alert:
    base = dict(kind="post", severity="high", score=0.9, accounts=("someone",), post_ids=("1",), wallets=(),
                urls=(), event_time=T0 + timedelta(minutes=minutes), reasons=("a reason",), model_version="m-1",
                text="plain text", platform="x")
    base.update(kw)
    return Alert(alert_id=alert_id, **base)


def _verdict(pid: str, author: str, domains: tuple[str, ...] = ()) -> Verdict:
    post = Post(id=pid, platform="x", author=author, author_id=f"id-{author}", created_at=T0, text="t",
                source="Twitter Web App")
    return Verdict(post=post, score=0.9, flagged=True, severity="high", domains=domains)


def seed_review_db(path: Path) -> dict[str, str]:
    """A database with three alerts (oldest to newest): a low one, a campaign, a hostile one."""
    store = Store(path)
    try:
        store.add_alert(_alert("post:x:100", minutes=-60, severity="low", score=0.31, accounts=("cnn",),
                               post_ids=("100",), reasons=("first link ever to example.org",)))
        time.sleep(0.01)  # created_at orders the queue
        for pid, who in (("t1", "elonmusk"), ("t2", "billgates"), ("t3", "barackobama")):
            store.add_verdict(_verdict(pid, who, ("scam-giveaway.example",)))
        store.flush()
        store.save_profiles([("x:id-elonmusk", {"posts": 1234, "crypto_posts": 12, "last_at": "2020-07-15T19:00:00Z",
                                                "sources": {"Twitter for iPhone": 1200, "Twitter Web App": 34}})])
        store.upsert_campaign({"campaign_id": CAMPAIGN_ID, "key_kind": "wallet", "key_value": f"wallet:{WALLET}",
                               "first_seen": "2020-07-15T20:00:00Z", "last_seen": "2020-07-15T20:15:00Z",
                               "accounts": ["elonmusk", "billgates", "barackobama"],
                               "post_ids": ["x:t1", "x:t2", "x:t3"], "severity": "critical"})
        store.add_alert(_alert(f"{CAMPAIGN_ID}", minutes=15, kind="campaign", severity="critical", score=0.97,
                               accounts=("elonmusk", "billgates", "barackobama"), post_ids=("t1", "t2", "t3"),
                               wallets=(Wallet("bitcoin", WALLET),), urls=("https://scam-giveaway.example/x",),
                               campaign_id=CAMPAIGN_ID, text=BAIT,
                               reasons=("same wallet also posted by @billgates", "campaign: 3 watched accounts")))
        time.sleep(0.01)
        store.add_alert(_alert("post:x:666", minutes=20, severity="medium", score=0.66, text=HOSTILE,
                               accounts=("evil<b>acct",), urls=("https://evil.example/<script>x</script>",),
                               reasons=("<i>hostile reason</i>", "second reason", "third reason hidden")))
    finally:
        store.close()
    return {"low": "post:x:100", "campaign": CAMPAIGN_ID, "hostile": "post:x:666"}


# -- a tiny HTTP client ------------------------------------------------------------------------
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # let the test see the 303 itself


_OPENER = urllib.request.build_opener(_NoRedirect)


@dataclass
class Reply:
    status: int
    headers: dict
    body: str

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def call(base: str, path: str, *, form: dict | list | None = None, data: bytes | None = None,
         headers: dict | None = None, method: str | None = None) -> Reply:
    """One request; never follows redirects, never raises on an HTTP error status."""
    if form is not None:
        data = urllib.parse.urlencode(form, doseq=True).encode()
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        resp = _OPENER.open(req, timeout=10)
    except urllib.error.HTTPError as err:
        resp = err
    with resp:
        body = resp.read().decode("utf-8")
        return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, body)


BEARER = {"Authorization": f"Bearer {TOKEN}"}


def csrf_of(body: str) -> str:
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', body)
    assert m, "page has no CSRF field"
    return m.group(1)


def status_of(db: Path, alert_id: str) -> str:
    store = Store(db)
    try:
        return store.review_row(alert_id)["status"]
    finally:
        store.close()


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture
def review_db(tmp_path) -> tuple[Path, dict[str, str]]:
    db = tmp_path / "review.db"
    return db, seed_review_db(db)


@pytest.fixture
def site(review_db):
    """A running server on a free port: (base url, db path, alert ids, server)."""
    db, ids = review_db
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN)
    runner.start()
    yield server.url, db, ids, server
    runner.stop()


def login(base: str) -> tuple[str, str]:
    """Log in with the form; returns (cookie header value, csrf token of the queue page)."""
    r = call(base, "/login", form={"token": TOKEN})
    assert r.status == 303
    cookie = r.header("Set-Cookie").split(";")[0]
    page = call(base, "/", headers={"Cookie": cookie})
    assert page.status == 200
    return cookie, csrf_of(page.body)


def alert_path(alert_id: str) -> str:
    return "/alert/" + urllib.parse.quote(alert_id, safe="")


# -- authentication ----------------------------------------------------------------------------
def test_no_token_redirects_to_login(site):
    base, *_ = site
    r = call(base, "/")
    assert r.status == 303 and r.header("Location") == "/login"
    assert "post:x:666" not in r.body
    r = call(base, alert_path("post:x:666"))
    assert r.status == 303 and HOSTILE not in r.body
    page = call(base, "/login")
    assert page.status == 200 and 'name="token"' in page.body


def test_wrong_bearer_token_is_rejected(site):
    base, *_ = site
    for value in (f"Bearer {TOKEN}x", "Bearer ", f"Basic {TOKEN}", f"Bearer {TOKEN[:-1]}"):
        r = call(base, "/", headers={"Authorization": value})
        assert r.status == 401, value
        assert "post:x:666" not in r.body
    assert call(base, "/", headers=BEARER).status == 200


def test_wrong_login_token_sets_no_cookie(site):
    base, *_ = site
    r = call(base, "/login", form={"token": "guess"})
    assert r.status == 401 and not r.header("Set-Cookie")
    assert "Wrong token" in r.body
    assert call(base, "/", headers={"Cookie": f"{web.COOKIE}=made-up-session"}).status == 303


def test_login_cookie_is_httponly_strict_and_logout_ends_it(site):
    base, *_ = site
    r = call(base, "/login", form={"token": TOKEN})
    assert r.status == 303 and r.header("Location") == "/"
    flags = [f.strip().lower() for f in r.header("Set-Cookie").split(";")]
    assert "httponly" in flags and "samesite=strict" in flags
    cookie, csrf = login(base)
    assert call(base, "/", headers={"Cookie": cookie}).status == 200
    assert call(base, "/logout", form={"csrf": csrf}, headers={"Cookie": cookie}).status == 303
    assert call(base, "/", headers={"Cookie": cookie}).status == 303


@pytest.mark.parametrize("secure", [False, True])
def test_secure_cookie_setting_marks_login_and_logout_cookies(review_db, secure):
    db, _ = review_db
    server, runner = web.make_server(db, token=TOKEN, secure_cookie=secure)
    with runner:
        r = call(server.url, "/login", form={"token": TOKEN})
        cookie, csrf = login(server.url)
        out = call(server.url, "/logout", form={"csrf": csrf}, headers={"Cookie": cookie})
    for reply in (r, out):
        flags = [f.strip().lower() for f in reply.header("Set-Cookie").split(";")]
        assert ("secure" in flags) is secure and "httponly" in flags, flags


def test_repeated_wrong_tokens_are_throttled(site):
    base, _, _, server = site
    server.throttle = web.Throttle(limit=3, window_s=60)
    for _ in range(3):
        assert call(base, "/login", form={"token": "nope"}).status == 401
    r = call(base, "/login", form={"token": TOKEN})  # even the right token waits out the window
    assert r.status == 429 and not r.header("Set-Cookie")
    assert call(base, "/", headers=BEARER).status == 429  # the header too
    assert len(server.throttle._all) == 3  # refused attempts are not recorded: the record stays bounded


def test_throttle_is_per_client_with_a_total_cap():
    t = web.Throttle(limit=2, window_s=60, total=5)
    for _ in range(2):
        t.fail("10.0.0.1")
    assert t.blocked("10.0.0.1") and not t.blocked("10.0.0.2")  # one noisy address locks out only itself
    for i in range(3):
        t.fail(f"10.0.1.{i}")
    assert t.blocked("10.0.0.2")  # guessing spread over many addresses still stops everyone


def test_throttle_forgets_failures_past_the_window(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(web.time, "monotonic", lambda: now[0])
    t = web.Throttle(limit=1, window_s=60, total=10)
    t.fail("a")
    assert t.blocked("a")
    now[0] += 61
    assert not t.blocked("a") and not t._fails  # the address is forgotten, not kept forever


def test_unexpected_host_header_is_refused(site):
    base, *_ = site
    r = call(base, "/", headers={**BEARER, "Host": "attacker.example"})
    assert r.status == 400


# -- the queue and the alert page --------------------------------------------------------------
def test_queue_lists_pending_newest_first_with_details(site):
    base, db, ids, _ = site
    r = call(base, "/", headers=BEARER)
    assert r.status == 200
    positions = [r.body.index(urllib.parse.quote(ids[k], safe="")) for k in ("hostile", "campaign", "low")]
    assert positions == sorted(positions)
    assert "critical" in r.body and "0.97" in r.body and "@billgates" in r.body
    assert "same wallet also posted by @billgates" in r.body
    assert "third reason hidden" not in r.body  # only the first reasons in the list


def test_alert_page_shows_the_evidence(site):
    base, db, ids, _ = site
    r = call(base, alert_path(ids["campaign"]), headers=BEARER)
    assert r.status == 200
    body = r.body
    assert "All Bitcoin sent to my address below will be sent back doubled" in body
    assert WALLET in body and "scam-giveaway.example" in body and "m-1" in body
    assert "1,234" in body and "1.0%" in body and "Twitter for iPhone (1,200)" in body  # elonmusk's history
    assert "@elonmusk, @billgates, @barackobama (3)" in body  # campaign members
    assert "no history recorded" in body  # billgates has no profile
    assert 'value="confirm"' in body and 'value="dismiss"' in body
    assert 'name="allow_wallet"' in body and 'name="allow_domain" value="scam-giveaway.example"' in body


def test_status_filter_and_unknown_values(site):
    base, *_ = site
    assert "No confirmed alerts" in call(base, "/?status=confirmed", headers=BEARER).body
    assert call(base, "/?status=bogus", headers=BEARER).status == 400
    assert call(base, alert_path("post:x:nope"), headers=BEARER).status == 404
    assert call(base, "/nowhere", headers=BEARER).status == 404


def test_alert_ids_with_slashes_round_trip(tmp_path):
    db = tmp_path / "bsky.db"
    aid = "post:bluesky:at://did:plc:abc/app.bsky.feed.post/3k2"
    store = Store(db)
    store.add_alert(_alert(aid, minutes=0, platform="bluesky"))
    store.close()
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN)
    with runner:
        r = call(server.url, alert_path(aid), headers=BEARER)
        assert r.status == 200 and aid in r.body
        form = {"csrf": csrf_of(r.body), "alert_id": aid, "action": "dismiss"}
        assert call(server.url, "/decide", form=form, headers=BEARER).status == 303
    assert status_of(db, aid) == "dismissed"


# -- escaping and headers ----------------------------------------------------------------------
def test_hostile_text_is_escaped_everywhere(site):
    base, _, ids, _ = site
    for path in ("/", alert_path(ids["hostile"])):
        body = call(base, path, headers=BEARER).body
        assert "<script" not in body.lower() and "<img" not in body.lower() and "<i>" not in body
        assert "&lt;i&gt;hostile reason&lt;/i&gt;" in body
        assert "evil&lt;b&gt;acct" in body
    detail = call(base, alert_path(ids["hostile"]), headers=BEARER).body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in detail
    assert 'href="https://evil.example' not in detail  # scam links are shown as text, never as links


def test_bidi_overrides_and_controls_are_shown_not_obeyed(tmp_path):
    """A right-to-left override would make the page read "binance.com" where the text says otherwise."""
    db = tmp_path / "bidi.db"
    store = Store(db)
    store.add_alert(_alert("post:x:77", minutes=0, text="claim at evil.example/\u202emoc.ecnanib\u202c \x1b[2J",
                           accounts=("bin\u2067ance",), urls=("https://evil.example/#\u202emoc.ecnanib//:sptth",),
                           reasons=("link to \u202eevil\u202c.example",), post_url="https://x.com/a/status/1\u202e"))
    store.close()
    server, runner = web.make_server(db, token=TOKEN)
    with runner:
        pages = [call(server.url, path, headers=BEARER).body for path in ("/", alert_path("post:x:77"))]
        form = {"csrf": csrf_of(pages[1]), "alert_id": "post:x:77", "action": "dismiss"}
        assert call(server.url, "/decide", form=form, headers=BEARER).status == 303  # the form still names it
    for body in pages:
        assert not BIDI.search(body), [m.group() for m in BIDI.finditer(body)]
    assert "claim at evil.example/[U+202E]moc.ecnanib[U+202C] [U+001B][2J" in pages[1]
    assert "https://evil.example/#[U+202E]moc.ecnanib//:sptth" in pages[1]
    assert "@bin[U+2067]ance" in pages[0] and "link to [U+202E]evil[U+202C].example" in pages[0]
    assert status_of(db, "post:x:77") == "dismissed"


def test_a_non_ascii_domain_is_shown_with_its_ascii_form(tmp_path):
    """An analyst must not allowlist "bіnance.com" (Cyrillic і) believing it is binance.com."""
    db = tmp_path / "idn.db"
    store = Store(db)
    store.add_alert(_alert("post:x:78", minutes=0, urls=("https://b\u0456nance.com/claim",)))
    store.close()
    server, runner = web.make_server(db, token=TOKEN)
    with runner:
        body = call(server.url, alert_path("post:x:78"), headers=BEARER).body
    assert 'name="allow_domain" value="b\u0456nance.com"' in body  # the value itself is unchanged
    assert body.count("b\u0456nance.com (xn--bnance-pvf.com)") == 2  # the domain list and the checkbox label


def test_request_lines_are_logged_without_control_characters(site, caplog):
    """Anyone who can connect writes the request line: it must not drive the terminal showing the log."""
    base, _, _, server = site
    caplog.set_level(logging.DEBUG, logger="bot.review.web")
    with socket.create_connection(server.server_address[:2]) as sock:
        sock.sendall(b"GET /\x1b]0;pwned\x07\x1b[2J\x9b31m HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        assert _read_until_closed(sock).startswith(b"HTTP/1.0 404")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /" in logged and "pwned" in logged
    assert not BIDI.search(logged), logged


def test_security_headers_on_every_response(site):
    base, *_ = site
    for r in (call(base, "/"), call(base, "/", headers=BEARER), call(base, "/login"),
              call(base, "/nowhere", headers=BEARER), call(base, "/", headers={"Authorization": "Bearer x"}),
              call(base, "/", method="PUT", data=b"", headers=BEARER)):
        csp = r.header("Content-Security-Policy")
        assert "default-src 'none'; style-src 'self' 'unsafe-inline'; form-action 'self'" in csp
        assert "script-src" not in csp
        assert r.header("X-Frame-Options") == "DENY"
        assert r.header("Cache-Control") == "no-store"
        assert r.header("X-Content-Type-Options") == "nosniff"
        assert r.header("Cross-Origin-Resource-Policy") == "same-origin"  # no embedding from another port
        assert "python" not in r.header("Server").lower()


class _Tags(HTMLParser):
    """Collects start tags, all text shown, and the text inside <pre id=post-text>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple]] = []
        self.in_pre = False
        self.pre_text = ""
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple(attrs)))
        self.in_pre = self.in_pre or (tag == "pre" and ("id", "post-text") in attrs)

    def handle_endtag(self, tag):
        if tag == "pre":
            self.in_pre = False

    def handle_data(self, data):
        self.text += data
        if self.in_pre:
            self.pre_text += data


def _parse(page: str) -> _Tags:
    p = _Tags()
    p.feed(page)
    p.close()
    return p


@settings(max_examples=150, deadline=None)
@given(text=st.text(), account=st.text(max_size=40), reason=st.text(max_size=80))
def test_rendered_pages_show_any_text_verbatim_and_inject_nothing(text, account, reason):
    """Whatever the attacker writes, the page's tags stay the same and the text reads back exactly."""
    def render(t: str, acct: str, why: str) -> str:
        alert = _alert("post:x:1", minutes=0, text=t, accounts=(acct,), reasons=(why,), urls=(t,))
        view = web.AlertView(alert=alert, review={"status": "pending"}, domains=[acct],
                             histories=[(acct, {"posts": 3, "sources": {why: 2}})])
        return web.alert_page(view, "c" * 64) + web.list_row(alert, {"status": "pending"})

    page, plain = render(text, account, reason), render("x", "x", "x")
    parsed = _parse(page)
    assert parsed.pre_text == reveal(text)  # verbatim, but for control characters spelled [U+XXXX]
    assert not BIDI.search(parsed.text)  # none is shown (a form value keeps its own, unseen, to come back)
    strip = lambda tags: [(tag, tuple(k for k, _ in attrs)) for tag, attrs in tags]  # noqa: E731
    assert strip(parsed.tags) == strip(_parse(plain).tags)


# -- decisions, CSRF and origin ----------------------------------------------------------------
def _decide(base, cookie, csrf, alert_id, action="confirm", headers=None, **extra):
    form = {"alert_id": alert_id, "action": action, **({"csrf": csrf} if csrf is not None else {}), **extra}
    return call(base, "/decide", form=form, headers={"Cookie": cookie, **(headers or {})})


def test_post_without_or_with_wrong_csrf_is_forbidden(site):
    base, db, ids, _ = site
    cookie, csrf = login(base)
    assert _decide(base, cookie, None, ids["low"]).status == 403
    assert _decide(base, cookie, "0" * 64, ids["low"]).status == 403
    other_cookie, other_csrf = login(base)
    assert other_csrf != csrf  # per session
    assert _decide(base, cookie, other_csrf, ids["low"]).status == 403
    r = call(base, "/decide", form={"alert_id": ids["low"], "action": "confirm"}, headers=BEARER)
    assert r.status == 403
    assert status_of(db, ids["low"]) == "pending"


def test_cross_origin_post_is_forbidden_even_with_csrf(site):
    base, db, ids, _ = site
    cookie, csrf = login(base)
    for hdrs in ({"Origin": "http://attacker.example"}, {"Origin": "null"},
                 {"Referer": "http://attacker.example/page"}, {"Sec-Fetch-Site": "cross-site"},
                 {"Origin": base.replace("127.0.0.1", "localhost")}):
        assert _decide(base, cookie, csrf, ids["low"], headers=hdrs).status == 403, hdrs
    assert call(base, "/login", form={"token": TOKEN}, headers={"Origin": "http://attacker.example"}).status == 403
    assert status_of(db, ids["low"]) == "pending"
    assert _decide(base, cookie, csrf, ids["low"], headers={"Origin": base}).status == 303


def test_post_needs_a_session(site):
    base, db, ids, _ = site
    r = call(base, "/decide", form={"alert_id": ids["low"], "action": "confirm", "csrf": "x"})
    assert r.status == 401
    assert status_of(db, ids["low"]) == "pending"


def test_confirm_works_and_shows_in_the_queue(site):
    base, db, ids, _ = site
    cookie, csrf = login(base)
    r = _decide(base, cookie, csrf, ids["hostile"], note="takeover, reported")
    assert r.status == 303 and r.header("Location") == alert_path(ids["hostile"])
    assert status_of(db, ids["hostile"]) == "confirmed"
    confirmed = call(base, "/?status=confirmed", headers={"Cookie": cookie}).body
    pending = call(base, "/", headers={"Cookie": cookie}).body
    quoted = urllib.parse.quote(ids["hostile"], safe="")
    assert quoted in confirmed and quoted not in pending
    detail = call(base, alert_path(ids["hostile"]), headers={"Cookie": cookie}).body
    assert "status-confirmed" in detail and "takeover, reported" in detail and "Decided by web" in detail


def test_bad_action_and_unknown_alert(site):
    base, _, ids, _ = site
    cookie, csrf = login(base)
    assert _decide(base, cookie, csrf, ids["low"], action="delete").status == 400
    assert _decide(base, cookie, csrf, "post:x:none").status == 404


def test_dismiss_with_allowlist_adds_only_the_alerts_own_values(site):
    base, db, ids, _ = site
    cookie, csrf = login(base)
    extra = {"allow_domain": ["scam-giveaway.example", "forged.example"], "allow_wallet": [WALLET, "1Forged"]}
    assert _decide(base, cookie, csrf, ids["campaign"], action="confirm", **extra).status == 400
    assert status_of(db, ids["campaign"]) == "pending"
    assert _decide(base, cookie, csrf, ids["campaign"], action="dismiss", note="a test", **extra).status == 303
    store = Store(db)
    try:
        assert store.list_values("allow_domain") == {"scam-giveaway.example"}
        assert store.list_values("allow_wallet") == {WALLET}
        assert store.review_row(ids["campaign"])["status"] == "dismissed"
        # the next run's scorer reads the allowlist: the wallet is no evidence, the domain is allowed
        from bot.config import Config
        from bot.pipeline import Pipeline

        scorer = Pipeline.from_config(Config(), store).scorer
        again = scorer.analyze(Post(id="n1", platform="x", author="elonmusk", created_at=T0, text=BAIT,
                                    urls=("https://scam-giveaway.example/claim",)))
        assert again.wallets == () and scorer.intel.is_allowed("scam-giveaway.example")
        assert not scorer.intel.is_allowed("forged.example")
    finally:
        store.close()


def test_oversized_body_is_refused(site):
    base, *_ = site
    r = call(base, "/login", data=b"token=" + b"a" * (web.MAX_BODY + 1))
    assert r.status == 413


def _read_until_closed(sock: socket.socket, limit_s: float = 10.0) -> bytes:
    """Everything the server sends until it closes the connection (or limit_s passes)."""
    sock.settimeout(limit_s)
    data = b""
    try:
        while chunk := sock.recv(4096):
            data += chunk
    except ConnectionResetError:
        pass
    return data


@pytest.mark.parametrize("sent", [
    b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\ntoken=ab",  # a partial body
    b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n",  # headers never finished
])
def test_a_slow_client_is_disconnected_after_the_request_timeout(review_db, sent):
    db, _ = review_db
    server, runner = web.make_server(db, token=TOKEN, request_timeout_s=0.5)
    with runner, socket.create_connection(server.server_address[:2]) as sock:
        t0 = time.monotonic()
        sock.sendall(sent)
        reply = _read_until_closed(sock)
        took = time.monotonic() - t0
    assert 0.4 < took < 3, took
    assert reply == b"" or reply.startswith(b"HTTP/1.0 408"), reply[:80]


def test_a_client_trickling_bytes_is_cut_at_the_connection_deadline(review_db):
    # one byte per 0.2 s never trips the 0.5 s per-read timeout; the deadline (3 timeouts, 1.5 s) ends it
    db, _ = review_db
    server, runner = web.make_server(db, token=TOKEN, request_timeout_s=0.5)
    with runner, socket.create_connection(server.server_address[:2]) as sock:
        def trickle():
            for byte in b"POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n":
                try:
                    sock.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(0.2)

        t0 = time.monotonic()
        threading.Thread(target=trickle, daemon=True).start()
        _read_until_closed(sock, 6)  # raises socket.timeout if the server never lets go
        took = time.monotonic() - t0
    assert 1.0 < took < 3, took


def test_connections_beyond_the_cap_get_503_and_slots_come_back(review_db):
    db, _ = review_db
    server, runner = web.make_server(db, token=TOKEN, request_timeout_s=30, max_connections=2)
    address = server.server_address[:2]
    with runner:
        slow = [socket.create_connection(address) for _ in range(2)]
        for sock in slow:
            sock.sendall(b"GET / HTTP/1.1\r\n")  # and then nothing: each holds a handler thread
        time.sleep(0.3)
        with socket.create_connection(address) as third:
            assert _read_until_closed(third, 5).startswith(b"HTTP/1.0 503 ")
        for sock in slow:  # the server reads EOF, its threads end and free their slots
            sock.close()
        deadline = time.monotonic() + 5
        while (status := _try_login_page(server.url)) != 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert status == 200


def _try_login_page(base: str) -> int:
    try:
        return call(base, "/login").status
    except OSError:  # refused while busy: the connection may be reset before the 503 is read
        return 0


def test_an_unparsable_post_url_shows_the_page_without_a_link(tmp_path):
    db = tmp_path / "url.db"
    store = Store(db)
    store.add_alert(_alert("post:mastodon:h1", minutes=0, platform="mastodon", post_url="http://[evil"))
    store.add_alert(_alert("post:mastodon:h2", minutes=1, platform="mastodon", post_url="javascript:alert(4)"))
    store.add_alert(_alert("post:mastodon:h3", minutes=2, platform="mastodon",
                           post_url="https://mastodon.example/@a/1?q=<x>"))
    store.close()
    server, runner = web.make_server(db, token=TOKEN)
    with runner:
        bad, js, good = (call(server.url, alert_path(f"post:mastodon:h{i}"), headers=BEARER) for i in (1, 2, 3))
    assert bad.status == 200 and "plain text" in bad.body and "<dt>Link</dt>" not in bad.body
    assert js.status == 200 and "<dt>Link</dt>" not in js.body
    assert 'href="https://mastodon.example/@a/1?q=%3Cx%3E"' in good.body  # percent-encoded, then escaped


# -- lifecycle ---------------------------------------------------------------------------------
def test_start_stop_is_idempotent_and_frees_the_port(review_db):
    db, _ = review_db
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN)
    runner.start()
    runner.start()
    url = server.url
    assert call(url, "/login").status == 200
    runner.stop()
    runner.stop()
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "/login", timeout=2)
    with pytest.raises(InputError):
        runner.start()


def test_refuses_empty_token_missing_db_and_busy_port(tmp_path, review_db):
    db, _ = review_db
    with pytest.raises(ConfigError):
        web.make_server(db, host="127.0.0.1", port=0, token="")
    with pytest.raises(InputError):
        web.serve(None, tmp_path / "missing.db", host="127.0.0.1", port=0, token=TOKEN)
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN)
    with runner, pytest.raises(InputError, match="cannot listen"):
        web.make_server(db, host="127.0.0.1", port=server.server_address[1], token=TOKEN)


# -- Slack interactivity -----------------------------------------------------------------------
SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"


def _slack_headers(body: bytes, secret: str = SLACK_SECRET, ts: int | None = None) -> dict:
    ts = int(time.time()) if ts is None else ts
    sig = "v0=" + hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": str(ts), "X-Slack-Signature": sig,
            "Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def slack_site(review_db):
    """A server with Slack interactivity on (user U1 allowed); its response_url posts are recorded."""
    db, ids = review_db
    server, runner = web.make_server(db, host="127.0.0.1", port=0, token=TOKEN, slack_signing_secret=SLACK_SECRET,
                                     slack_allowed_user_ids=["U1"])
    posted: list[tuple[str, dict]] = []
    server.post_json = lambda url, message: posted.append((url, message))
    with runner:
        yield server.url, db, ids, posted


def _press(alert_id: str, action: str = "hw_confirm", user: str = "U1") -> bytes:
    payload = {"type": "block_actions", "user": {"id": user, "username": "ana"},
               "actions": [{"action_id": action, "value": alert_id}],
               "response_url": "https://hooks.slack.com/actions/T1/1/abc", "container": {}}
    return urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()


def test_slack_route_is_off_without_a_signing_secret(site):
    base, *_ = site
    body = _press("post:x:100")
    assert call(base, "/slack/actions", data=body, headers=_slack_headers(body)).status == 404


def test_slack_buttons_open_to_anyone_are_warned_about(monkeypatch, caplog):
    """Without allowed_user_ids anyone in the workspace may decide (Telegram's empty list lets nobody)."""
    from bot.config import Config, SecretRef, SlackNotifier

    monkeypatch.setenv("HW_TEST_SLACK_SIGNING", SLACK_SECRET)
    ref = SecretRef(env="HW_TEST_SLACK_SIGNING")
    open_to_all = Config(notifiers=[SlackNotifier(type="slack", signing_secret=ref)])
    listed = Config(notifiers=[SlackNotifier(type="slack", signing_secret=ref, allowed_user_ids=["U1"])])
    caplog.set_level(logging.WARNING, logger="bot.review.web")
    assert web._slack_settings(listed) == (SLACK_SECRET, ["U1"]) and not caplog.records
    assert web._slack_settings(open_to_all) == (SLACK_SECRET, [])
    assert "allowed_user_ids" in caplog.text and "anyone" in caplog.text


def test_slack_route_rejects_bad_signatures(slack_site):
    base, db, ids, posted = slack_site
    body = _press(ids["low"])
    assert call(base, "/slack/actions", data=body, headers=_slack_headers(body, secret="wrong")).status == 401
    stale = _slack_headers(body, ts=int(time.time()) - 3600)
    assert call(base, "/slack/actions", data=body, headers=stale).status == 401
    assert call(base, "/slack/actions", data=body).status == 401  # unsigned
    tampered = _press(ids["campaign"])
    assert call(base, "/slack/actions", data=tampered, headers=_slack_headers(body)).status == 401
    assert status_of(db, ids["low"]) == "pending" and not posted


def test_slack_press_records_the_decision_and_updates_the_message(slack_site):
    base, db, ids, posted = slack_site
    body = _press(ids["campaign"])
    r = call(base, "/slack/actions", data=body, headers=_slack_headers(body))
    assert r.status == 200 and r.body == ""
    assert status_of(db, ids["campaign"]) == "confirmed"
    assert [url for url, _ in posted] == ["https://hooks.slack.com/actions/T1/1/abc"]
    assert posted[0][1]["replace_original"] is True


def test_slack_press_by_another_user_changes_nothing(slack_site):
    base, db, ids, posted = slack_site
    body = _press(ids["campaign"], user="U2")
    assert call(base, "/slack/actions", data=body, headers=_slack_headers(body)).status == 200
    assert status_of(db, ids["campaign"]) == "pending"
    assert posted and posted[0][1]["replace_original"] is False


def test_slack_malformed_payload_is_a_bad_request(slack_site):
    base, *_ = slack_site
    body = b"payload=%7Bnot-json"
    assert call(base, "/slack/actions", data=body, headers=_slack_headers(body)).status == 400


# -- decisions made in two places --------------------------------------------------------------
def _allowed(db: Path) -> dict[str, set[str]]:
    store = Store(db)
    try:
        return {k: store.list_values(k) for k in ("allow_domain", "allow_wallet")}
    finally:
        store.close()


def _review(db: Path, alert_id: str) -> tuple:
    store = Store(db)
    try:
        row = store.review_row(alert_id)
        return row["status"], row["decided_by"], row["note"]
    finally:
        store.close()


def test_a_stale_slack_button_cannot_overturn_a_dismissal_made_here(slack_site):
    base, db, ids, posted = slack_site
    cookie, csrf = login(base)
    assert _decide(base, cookie, csrf, ids["campaign"], action="dismiss", note="our own test campaign",
                   allow_domain=["scam-giveaway.example"], allow_wallet=[WALLET]).status == 303
    body = _press(ids["campaign"])  # Confirm, on the Slack message that still has its buttons
    assert call(base, "/slack/actions", data=body, headers=_slack_headers(body)).status == 200
    assert posted[0][1]["replace_original"] is False and posted[0][1]["text"] == "Already dismissed by web."
    assert _review(db, ids["campaign"]) == ("dismissed", "web", "our own test campaign")
    assert _allowed(db) == {"allow_domain": {"scam-giveaway.example"}, "allow_wallet": {WALLET}}


def test_confirming_a_dismissed_alert_withdraws_its_allowlisting_and_keeps_the_note(site):
    base, db, ids, _ = site
    store = Store(db)
    store.add_list_entries("allow_domain", ["example.org"], list_name="imported")  # not the dismissal's
    store.close()
    cookie, csrf = login(base)
    assert _decide(base, cookie, csrf, ids["campaign"], action="dismiss", note="our own test campaign",
                   allow_domain=["scam-giveaway.example"], allow_wallet=[WALLET]).status == 303
    assert _decide(base, cookie, csrf, ids["campaign"], action="confirm").status == 303  # re-decided, no note
    assert _review(db, ids["campaign"]) == ("confirmed", "web", "our own test campaign")
    assert _allowed(db) == {"allow_domain": {"example.org"}, "allow_wallet": set()}
