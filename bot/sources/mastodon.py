"""Mastodon source: watched accounts' statuses polled through Mastodon.py.

Accounts (``user@instance``) are resolved once to the configured instance's account ids
(``account_lookup``, then ``account_search`` with WebFinger resolution) and cached in the
store. Each poll reads an account's newest page of statuses (reblogs excluded); when every
status on it is new, older pages are followed through the Link header until the checkpoint
is reached, so a burst between two polls is never cut. New statuses are yielded oldest first
and the newest id is checkpointed (``mastodon:{account_id}``) after they were handed on (under
the runner it is durable once they are stored).

The newest page also shows statuses seen before: an ``edited_at`` that changed gives an
"edited" AccountEvent, and the embedded account object gives display name / bio / avatar
changes. Mastodon.py runs with ``ratelimit_method="throw"``; rate limits (waiting for
X-RateLimit-Reset), network errors and 5xx are retried here with backoff, off the event loop.

Every emitted status is remembered for ``deleted_window_s``; each round re-checks a bounded
number of them (``GET /api/v1/statuses/:id``, fresh posts most often) and a 404 gives a
"deleted" AccountEvent (the stored post stays as evidence).

With ``streaming`` set, a server-sent-events connection to the instance's streaming API
(``/api/v1/streaming/user``, ``/public`` or ``/public/local``, on the host the instance names)
replaces the poll loop. Mastodon.py's StreamListener parses the wire format in a reader
thread; ``update`` of a watched account gives a Post, ``status.update`` an "edited" event and
the new version as a Post, ``delete`` of a status we emitted a "deleted" event. Every
(re)connection is followed by one poll round with since_id, so what a cut connection lost is
caught up and nothing is repeated (a streamed status at or below the checkpoint is dropped).
A 4xx from the streaming endpoint switches to polling for good; a cut connection or a 5xx is
reconnected with backoff (polling meanwhile once the wait exceeds the poll interval).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import time
from contextlib import aclosing
from dataclasses import dataclass
from functools import cache
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Any, AsyncIterator, Callable, Iterable
from urllib.parse import urlsplit

import requests

from ..config import secret
from ..errors import SourceError
from ..post import Post, iso, parse_time
from ..redact import redact_secret
from ..retry import backoff
from .base import (AccountEvent, SourceItem, brief, change_stamp, due_for_recheck, forget_expired,
                   json_checkpoint)

log = logging.getLogger("hijackwatch.source.mastodon")

PLATFORM = "mastodon"
PROFILE_FIELDS = ("display_name", "bio", "avatar")
_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
_MANY_NEWLINES = re.compile(r"\n{3,}")
# html.parser costs ~2-4 us per tag; statuses are far shorter (500 characters by default), so
# longer content is cut rather than letting a crafted one cost more than a few tens of ms
MAX_HTML = 30_000
STREAM_PATHS = {"user": "/api/v1/streaming/user", "public": "/api/v1/streaming/public",
                "public:local": "/api/v1/streaming/public/local"}
STREAM_BUFFER = 10_000  # events waiting for the consumer; beyond it the connection is dropped and caught up
HEALTHY_S = 60.0  # a connection that lasted this long resets the reconnect backoff


# -- HTML -> text --------------------------------------------------------------------------------
class _TextAndLinks(HTMLParser):
    """Collects the text of status HTML (line breaks kept) and its non-mention link targets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.urls: list[str] = []
        self._skip = 0  # inside <script>/<style>, which Mastodon strips but other servers may not

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n")
        elif tag == "a":
            self._link(dict(attrs))
        elif tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n\n")
        elif tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def _link(self, attrs: dict[str, str | None]) -> None:
        href = attrs.get("href") or ""
        classes = (attrs.get("class") or "").split()
        rels = (attrs.get("rel") or "").split()
        # mentions and hashtags link to profiles and tag pages, not to anything the author shares
        if href and "mention" not in classes and "hashtag" not in classes and "tag" not in rels:
            self.urls.append(href)


def html_to_text(html: str) -> tuple[str, tuple[str, ...]]:
    """Plain text of status HTML (paragraphs and <br> as line breaks, entities decoded) and its links.

    Only the first MAX_HTML characters are read.
    """
    parser = _TextAndLinks()
    parser.feed(_defuse((html or "")[:MAX_HTML]))
    parser.close()
    text = _MANY_NEWLINES.sub("\n\n", "".join(parser.parts)).strip()
    return text, tuple(dict.fromkeys(parser.urls))


def _defuse(html: str) -> str:
    """Escape markup html.parser could only find unterminated, as text.

    html.parser rescans from every '<' that never closes to the end of the input, which is
    quadratic (a 160 KB "<a href='..." took 30 s). A '<' after the last '>' cannot close, and
    comments/declarations/processing instructions (which Mastodon's sanitizer never emits)
    need their own terminators, so both become text; then parsing is linear.
    """
    last = html.rfind(">")
    head, tail = html[:last + 1], html[last + 1:]
    if "<!" in head or "<?" in head:
        head = head.replace("<!", "&lt;!").replace("<?", "&lt;?")
    return head + tail.replace("<", "&lt;") if "<" in tail else head + tail


# -- the source ----------------------------------------------------------------------------------
@dataclass
class PollStats:
    """Counters: polls, statuses yielded, retries, malformed skipped, stream and deletion activity."""

    polls: int = 0
    statuses: int = 0
    retries: int = 0
    rate_limited: int = 0
    malformed: int = 0
    stream_connects: int = 0
    stream_events: int = 0
    heartbeats: int = 0
    duplicates: int = 0
    rechecked: int = 0
    deleted: int = 0
    resyncs: int = 0  # poll rounds run while a stream stayed connected


class StreamRejected(SourceError):
    """The streaming endpoint answered 4xx: this instance or token does not allow streaming."""


class StreamUnavailable(SourceError):
    """The streaming endpoint could not be reached or answered 5xx/429: worth reconnecting later."""


class MastodonSource:
    """Polls (or streams) the watched Mastodon accounts and yields new statuses and account events."""

    def __init__(self, store, *, api_base_url: str, access_token: str, accounts: Iterable[str],
                 name: str = PLATFORM, poll_interval_s: float = 30.0, page_limit: int = 40, max_pages: int = 10,
                 max_retries: int = 5, base_delay: float = 1.0, max_delay: float = 300.0,
                 request_timeout: float = 30.0, on_problem: Callable[[str], None] | None = None,
                 streaming: str | None = None, stream_timeout_s: float = 60.0,
                 deleted_window_s: float = 86_400.0, deleted_checks_per_round: int = 10,
                 resync_interval_s: float = 300.0) -> None:
        from mastodon import Mastodon

        if streaming is not None and streaming not in STREAM_PATHS:
            raise SourceError(f"source {name}: unknown streaming timeline {streaming!r}")
        self.name = name
        self.store = store
        self.accounts = [a.strip().lstrip("@") for a in accounts if a.strip().lstrip("@")]
        self.poll_interval_s = poll_interval_s
        self.page_limit, self.max_pages = page_limit, max_pages
        self.max_retries, self.base_delay, self.max_delay = max_retries, base_delay, max_delay
        self.request_timeout, self.stream_timeout_s = request_timeout, stream_timeout_s
        self.streaming = streaming
        # while streaming, a poll round this often: a profile change or deletion without a new post
        # reaches no stream, so it is seen at the next round (0: only after each reconnection)
        self.resync_interval_s = resync_interval_s
        self.deleted_window_s, self.deleted_checks_per_round = deleted_window_s, deleted_checks_per_round
        self.stats = PollStats()
        self.ids: dict[str, str] = {}  # account id -> watched handle
        self._on_problem = on_problem
        # account ids are local to one instance, so the cache is keyed by it
        self._host = urlsplit(api_base_url).netloc or api_base_url
        self._cache_key = f"{PLATFORM}:{self._host}"
        self._recent_key = f"{PLATFORM}:{self._host}:recent"  # status id -> [account id, emitted, checked]
        self._recent: dict[str, list] | None = None
        self._stream_base: str | None = None
        self._conn: _Connection | None = None
        self.api = Mastodon(access_token=access_token, api_base_url=api_base_url, ratelimit_method="throw",
                            request_timeout=request_timeout)

    @classmethod
    def from_config(cls, cfg, store) -> "MastodonSource":
        """Build from a `bot.config.MastodonSource` section (the token is read here, never logged)."""
        token = secret(cfg.access_token, f"sources.{cfg.name}.access_token")
        redact_secret(token)
        streaming = "user" if cfg.streaming is True else (cfg.streaming or None)
        return cls(store, api_base_url=cfg.api_base_url, access_token=token, accounts=cfg.accounts,
                   name=cfg.name, poll_interval_s=cfg.poll_interval_s, streaming=streaming,
                   deleted_window_s=cfg.deleted_window_s, deleted_checks_per_round=cfg.deleted_checks_per_round,
                   resync_interval_s=cfg.resync_interval_s)

    # -- resolution ------------------------------------------------------------------------------
    async def resolve(self) -> dict[str, str]:
        """Map every watched handle to its account id on the instance (store cache first)."""
        for handle in self.accounts:
            account_id = self.store.resolve_cached(self._cache_key, handle) or await self._lookup(handle)
            if account_id:
                self.store.cache_account(self._cache_key, handle, account_id)
                self.ids[account_id] = handle
        if not self.ids:
            raise SourceError(f"source {self.name}: none of the watched Mastodon accounts could be resolved")
        return dict(self.ids)

    async def _lookup(self, handle: str) -> str | None:
        from mastodon import MastodonNotFoundError

        try:
            return str((await self._call(self.api.account_lookup, handle))["id"])
        except MastodonNotFoundError:
            pass  # not known to this instance yet: a search with resolve=True asks the remote server
        try:
            found = await self._call(self.api.account_search, handle, resolve=True, limit=5)
        except MastodonNotFoundError:
            found = []
        match = next((a for a in found if _same_account(a["acct"], handle, self._host)), None)
        if match is None:
            self._problem(f"cannot resolve Mastodon account {handle!r}")
            return None
        return str(match["id"])

    # -- the live loop ---------------------------------------------------------------------------
    async def stream(self) -> AsyncIterator[SourceItem]:
        """Stream (when configured and allowed) or poll every account forever (until cancelled)."""
        if not self.ids:
            await self.resolve()
        async with aclosing(self._streamed() if self.streaming else self._polled()) as items:
            async for item in items:
                yield item

    async def _polled(self) -> AsyncIterator[SourceItem]:
        while True:
            async with aclosing(self.poll_round()) as items:
                async for item in items:
                    yield item
            await asyncio.sleep(self.poll_interval_s)

    async def aclose(self) -> None:
        """Drop the streaming connection; checkpoints are written after each batch was taken."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- polling ---------------------------------------------------------------------------------
    async def poll_round(self) -> AsyncIterator[SourceItem]:
        """Poll every account (committing each once its items were taken), then re-check deletions."""
        from mastodon import MastodonNotFoundError

        if not self.ids:
            await self.resolve()
        for account_id in list(self.ids):
            try:
                items, state = await self.poll_account(account_id)
            except MastodonNotFoundError:  # deleted or suspended: stop polling it, keep the others
                self._problem(f"account {self.ids.pop(account_id)} ({account_id}) is gone; no longer polled")
                continue
            for item in items:
                yield item
            self.commit(account_id, state)
        for event in await self.check_deleted():
            yield event
        self._save_recent()

    async def poll_account(self, account_id: str) -> tuple[list[SourceItem], dict[str, Any]]:
        """New statuses (oldest first) plus edit/profile events, and the state to commit after."""
        self.stats.polls += 1
        since = self.store.get_checkpoint(f"{PLATFORM}:{account_id}")
        statuses, recent = await self._fetch_since(account_id, since)
        handle = self.ids[account_id]
        edits = json_checkpoint(self.store, f"{PLATFORM}:{account_id}:edits")
        items: list[SourceItem] = self._profile_events(account_id, handle, recent)
        items += self._edit_events(handle, recent, since, edits)
        posts = self._posts(account_id, handle, statuses)
        newest = str(statuses[-1]["id"]) if statuses else since
        profile = _profile_of(recent)
        return items + posts, {"since": newest, "edits": edits, "posted": [p.id for p in posts],
                               "profile": profile and {**profile, "seen_at": time.time()}}

    def _posts(self, account_id: str, handle: str, statuses: list) -> list[SourceItem]:
        """Posts of the new statuses; a malformed one is counted and skipped (the checkpoint passes it)."""
        posts: list[SourceItem] = []
        for status in statuses:
            try:
                posts.append(status_to_post(status, handle))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                self.stats.malformed += 1
                self._problem(f"account {account_id}: malformed status {status.get('id')!r} skipped: {brief(exc)}")
        self.stats.statuses += len(posts)
        return posts

    def commit(self, account_id: str, state: dict[str, Any]) -> None:
        """Persist the checkpoint, the seen edit times, the last known profile and the posts to re-check."""
        if state.get("since"):
            self.store.set_checkpoint(f"{PLATFORM}:{account_id}", state["since"])
        if state.get("edits") is not None:
            self.store.set_checkpoint(f"{PLATFORM}:{account_id}:edits", json.dumps(state["edits"]))
        if state.get("profile"):
            self.store.set_checkpoint(f"{PLATFORM}:{account_id}:profile",
                                      json.dumps(state["profile"], ensure_ascii=False))
        if state.get("posted") and self.deleted_window_s > 0:
            now = time.time()
            self._recent_posts().update({sid: [account_id, now, now] for sid in state["posted"]})
            # a long-lived stream runs no check_deleted (only each reconnect's poll round does):
            # forget the expired here too, or the remembered statuses grow with the connection
            self._forget_expired(now)
            self._save_recent()

    async def _fetch_since(self, account_id: str, since: str | None) -> tuple[list, list]:
        """(statuses newer than `since`, oldest first; the newest page as served)."""
        page = await self._call(self.api.account_statuses, account_id, exclude_reblogs=True, limit=self.page_limit)
        recent = list(page or [])
        fetched, pages = list(recent), 1
        # every status on the page is new: older unseen ones may lie beyond it (follow Link: rel="next")
        while since and page and len(page) >= self.page_limit and _all_newer(page, since):
            if pages >= self.max_pages:
                self._problem(f"account {account_id}: more than {pages} pages behind; older statuses skipped")
                break
            page = await self._call(self.api.fetch_next, page)
            fetched += list(page or [])
            pages += 1
        new = [s for s in fetched if since is None or _newer(str(s["id"]), since)]
        unique = {str(s["id"]): s for s in new}
        return sorted(unique.values(), key=lambda s: _id_order(str(s["id"]))), recent

    def _edit_events(self, handle: str, recent: list, since: str | None, edits: dict) -> list[SourceItem]:
        """An 'edited' event for every already-seen status whose edited_at changed."""
        out: list[SourceItem] = []
        for status in recent:
            sid, edited = str(status["id"]), status.get("edited_at")
            if not edited:
                continue
            try:
                stamp = iso(_as_datetime(edited))
            except ValueError as exc:
                if sid not in edits:  # the newest page is read every poll: say it once
                    self._problem(f"status {sid}: bad edited_at ignored: {brief(exc)}")
                edits[sid] = ""
                continue
            seen_before = since is not None and not _newer(sid, since)
            if seen_before and edits.get(sid) != stamp:
                out.append(_edited(handle, status, stamp))
            edits[sid] = stamp
        keep = {str(s["id"]) for s in recent}
        for sid in [k for k in edits if k not in keep]:
            del edits[sid]  # only the newest page is compared, so only its ids are worth keeping
        return out

    def _profile_events(self, account_id: str, handle: str, recent: list) -> list[SourceItem]:
        """Display name / bio / avatar changes against the last known profile of the account."""
        now = _profile_of(recent)
        known = json_checkpoint(self.store, f"{PLATFORM}:{account_id}:profile")
        if not now or not known:
            return []
        at = change_stamp(known.get("seen_at"), time.time(), self.poll_interval_s)
        return [AccountEvent(PLATFORM, handle, kind, at, old=known.get(kind, ""), new=now[kind],
                             extra={"account_id": account_id})
                for kind in PROFILE_FIELDS if now[kind] != known.get(kind, "")]

    # -- deletions -------------------------------------------------------------------------------
    async def check_deleted(self) -> list[AccountEvent]:
        """'deleted' events for due recent posts the instance answers 404 for (bounded per round)."""
        from mastodon import MastodonNotFoundError

        if self.deleted_window_s <= 0 or self.deleted_checks_per_round <= 0:
            return []
        now = time.time()
        recent = self._forget_expired(now)
        events = []
        for sid in due_for_recheck(recent, now, self.poll_interval_s)[:self.deleted_checks_per_round]:
            try:
                await self._call(self.api.status, sid)
            except MastodonNotFoundError:
                events.append(self._deleted(sid))
                continue
            except SourceError as exc:
                self._problem(f"deletion checks stopped for this round: {exc}")
                break
            recent[sid][2] = now
            self.stats.rechecked += 1
        return events

    def _deleted(self, sid: str) -> AccountEvent:
        """The 'deleted' event of a remembered status (forgotten from then on)."""
        account_id = str(self._recent_posts().pop(sid)[0])
        self.stats.deleted += 1
        return AccountEvent(PLATFORM, self.ids.get(account_id, ""), "deleted",
                            iso(datetime.now(timezone.utc)), post_id=sid, extra={"account_id": account_id})

    def _forget_expired(self, now: float) -> dict[str, list]:
        """Drop remembered statuses emitted more than deleted_window_s ago; the rest."""
        recent = self._recent_posts()
        forget_expired(recent, now, self.deleted_window_s)
        return recent

    def _recent_posts(self) -> dict[str, list]:
        if self._recent is None:
            self._recent = {k: v for k, v in json_checkpoint(self.store, self._recent_key).items()
                            if isinstance(v, list) and len(v) == 3}
        return self._recent

    def _save_recent(self) -> None:
        if self._recent is not None:
            self.store.set_checkpoint(self._recent_key, json.dumps(self._recent))

    # -- streaming -------------------------------------------------------------------------------
    async def _streamed(self) -> AsyncIterator[SourceItem]:
        """Connect, catch up, read until cut, reconnect with backoff; poll for good after a 4xx."""
        attempt = 0
        while True:
            try:
                self._conn = await self._open_stream()
            except StreamRejected as exc:
                self._problem(f"streaming refused ({exc}); polling every {self.poll_interval_s:g}s instead")
                self.streaming = None
                async with aclosing(self._polled()) as items:
                    async for item in items:
                        yield item
                return
            except StreamUnavailable as exc:
                log.info("source %s: stream unavailable (%s)", self.name, exc)
            else:
                async with aclosing(self._connected(self._conn)) as items:
                    async for item in items:
                        yield item
                attempt = 0 if self._conn.lasted() >= HEALTHY_S else attempt
            wait, attempt = self._backoff(attempt), attempt + 1
            log.info("source %s: reconnecting the stream in %.1fs", self.name, wait)
            async with aclosing(self._wait_polling(wait)) as items:
                async for item in items:
                    yield item

    async def _connected(self, conn: "_Connection") -> AsyncIterator[SourceItem]:
        """One poll round (what the gap before this connection held), then the connection's events, with a
        poll round every `resync_interval_s` meanwhile."""
        try:
            while True:
                async with aclosing(self.poll_round()) as items:
                    async for item in items:
                        yield item
                resync_at = time.monotonic() + self.resync_interval_s if self.resync_interval_s > 0 else None
                while (event := await self._next_event(conn, resync_at)) is not None and event[0] != "end":
                    self.stats.stream_events += 1
                    items, commit = self._on_event(*event)
                    for item in items:
                        yield item
                    commit()
                if event is not None:
                    log.info("source %s: stream ended (%s)", self.name, event[1])
                    return
                self.stats.resyncs += 1
        finally:
            conn.close()

    @staticmethod
    async def _next_event(conn: "_Connection", until: float | None) -> tuple[str, Any] | None:
        """The connection's next event, or None once the monotonic time `until` has passed."""
        if until is None:
            return await conn.queue.get()
        try:
            return await asyncio.wait_for(conn.queue.get(), timeout=max(0.0, until - time.monotonic()))
        except asyncio.TimeoutError:
            return None

    async def _wait_polling(self, seconds: float) -> AsyncIterator[SourceItem]:
        """Wait `seconds`; a wait longer than the poll interval polls every interval meanwhile."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            await asyncio.sleep(min(left, self.poll_interval_s))
            if deadline - time.monotonic() > 0:
                async with aclosing(self.poll_round()) as items:
                    async for item in items:
                        yield item

    async def _open_stream(self) -> "_Connection":
        """A connected _Connection to the configured streaming timeline."""
        url = await self._streaming_base() + STREAM_PATHS[self.streaming]
        try:
            response = await asyncio.to_thread(self._get_stream, url)
        except requests.RequestException as exc:
            raise StreamUnavailable(brief(exc)) from None
        status = response.status_code
        if status != 200:
            response.close()
            if 400 <= status < 500 and status != 429:
                raise StreamRejected(f"{url.split('?')[0]} answered HTTP {status}")
            raise StreamUnavailable(f"HTTP {status}")
        self.stats.stream_connects += 1
        return _Connection(response, asyncio.get_running_loop(), self.stats).start()

    def _get_stream(self, url: str) -> requests.Response:
        headers = {"Authorization": f"Bearer {self.api.access_token}", "Accept": "text/event-stream"}
        if self.api.user_agent:
            headers["User-Agent"] = self.api.user_agent
        # the read timeout outlasts a few 15 s heartbeats: a silent connection is a dead one
        return self.api.session.get(url, headers=headers, stream=True,
                                    timeout=(self.request_timeout, self.stream_timeout_s))

    async def _streaming_base(self) -> str:
        """The streaming API's base URL: the one the instance names (ws[s] as http[s]), else the API's."""
        if self._stream_base is None:
            named = await asyncio.to_thread(self._instance_streaming_url)
            if named is None:
                return self.api.api_base_url.rstrip("/")  # not cached: the instance may answer next time
            self._stream_base = _http_base(named) or self.api.api_base_url.rstrip("/")
        return self._stream_base

    def _instance_streaming_url(self) -> str | None:
        """configuration.urls.streaming (v2), else urls.streaming_api (v1); None when neither answered."""
        from mastodon import MastodonError

        try:
            return ((self.api.instance_v2().get("configuration") or {}).get("urls") or {}).get("streaming") or ""
        except MastodonError:
            pass  # before Mastodon 4.0, or not a Mastodon server: v1 may still answer
        try:
            return (self.api.instance_v1().get("urls") or {}).get("streaming_api") or ""
        except MastodonError:
            return None

    # -- stream events ---------------------------------------------------------------------------
    def _on_event(self, kind: str, payload: Any) -> tuple[list[SourceItem], Callable[[], None]]:
        """Items of one stream event and what to persist once they were taken."""
        if kind == "delete":
            sid = str(payload)
            if sid not in self._recent_posts():
                return [], _nothing
            return [self._deleted(sid)], self._save_recent
        account_id = self._watched_author(payload)
        if account_id is None:
            return [], _nothing
        if kind == "update":
            items, state = self._streamed_status(account_id, payload)
        else:
            items, state = self._streamed_edit(account_id, payload)
        return items, lambda: self.commit(account_id, state)

    def _watched_author(self, status: Any) -> str | None:
        """The account id of a status by a watched account (reblogs are not theirs), else None."""
        if not isinstance(status, dict) or status.get("reblog"):
            return None
        account_id = str((status.get("account") or {}).get("id", ""))
        return account_id if account_id in self.ids else None

    def _streamed_status(self, account_id: str, status: dict) -> tuple[list[SourceItem], dict]:
        """A new status: profile changes its account object shows, then the post (unless seen)."""
        sid, since = str(status.get("id", "")), self.store.get_checkpoint(f"{PLATFORM}:{account_id}")
        if not sid or (since and not _newer(sid, since)):
            self.stats.duplicates += 1  # the catch-up poll already had it
            return [], {}
        handle = self.ids[account_id]
        posts = self._posts(account_id, handle, [status])
        profile = _profile_of([status])
        items = self._profile_events(account_id, handle, [status]) + posts
        return items, {"since": sid, "posted": [p.id for p in posts],
                       "profile": profile and {**profile, "seen_at": time.time()}}

    def _streamed_edit(self, account_id: str, status: dict) -> tuple[list[SourceItem], dict]:
        """An edit: the 'edited' event and the new version as a post, once per edited_at."""
        edits = json_checkpoint(self.store, f"{PLATFORM}:{account_id}:edits")
        sid = str(status.get("id", ""))
        try:
            stamp = iso(_as_datetime(status.get("edited_at") or status["created_at"]))
        except (KeyError, TypeError, ValueError):
            stamp = ""
        if not sid or not stamp:
            self.stats.malformed += 1
            return [], {}
        if edits.get(sid) == stamp:
            self.stats.duplicates += 1  # the catch-up poll already reported this edit
            return [], {}
        edits[sid] = stamp
        handle = self.ids[account_id]
        return [_edited(handle, status, stamp), *self._posts(account_id, handle, [status])], {"edits": edits}

    # -- calls with retries ----------------------------------------------------------------------
    async def _call(self, fn: Callable, *args: Any, **kwargs: Any) -> Any:
        """Run a blocking Mastodon.py call in a thread; retry rate limits, network errors and 5xx."""
        from mastodon import (MastodonError, MastodonNetworkError, MastodonNotFoundError, MastodonRatelimitError,
                              MastodonServerError)

        for attempt in range(self.max_retries + 1):
            try:
                return await asyncio.to_thread(fn, *args, **kwargs)
            except MastodonRatelimitError:
                self.stats.rate_limited += 1
                delay, why = self._ratelimit_delay(attempt), "rate limited (429)"
            except (MastodonNetworkError, MastodonServerError) as exc:
                delay, why = self._backoff(attempt), brief(exc)
            except MastodonNotFoundError:
                raise
            except MastodonError as exc:  # 401/403/4xx: retrying will not help
                raise SourceError(f"source {self.name}: Mastodon API error: {brief(exc)}") from None
            if attempt == self.max_retries:
                raise SourceError(f"source {self.name}: gave up after {attempt + 1} attempts: {why}")
            self.stats.retries += 1
            log.info("source %s: %s; retrying in %.1fs", self.name, why, delay)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        return backoff(attempt, base=self.base_delay, cap=self.max_delay, floor=0.5)

    def _ratelimit_delay(self, attempt: int) -> float:
        """Wait until X-RateLimit-Reset (as Mastodon.py parsed it), else back off."""
        reset = self.api.ratelimit_reset
        # Mastodon.py keeps the headers of the last answer that had them: a 429 without them
        # leaves an earlier answer's reset, whose requests left > 0 shows it is not about this 429
        stale = (self.api.ratelimit_remaining or 0) > 0
        if reset is None or reset <= time.time() or stale:
            return self._backoff(attempt)
        return min(self.max_delay, reset - time.time() + 0.05)

    def _problem(self, message: str) -> None:
        log.warning("source %s: %s", self.name, message)
        if self._on_problem is not None:
            self._on_problem(message)


# -- the streaming connection --------------------------------------------------------------------
class _Connection:
    """One open streaming response, parsed by Mastodon.py's StreamListener in a daemon thread.

    Events reach the event loop through `queue` as (kind, payload); ("end", why) comes last.
    The thread is a daemon and `close()` shuts the socket, so a blocked read never holds up exit.
    """

    def __init__(self, response: requests.Response, loop: asyncio.AbstractEventLoop, stats: PollStats) -> None:
        self.response, self.loop, self.stats = response, loop, stats
        self.queue: asyncio.Queue = asyncio.Queue()
        self.started = time.monotonic()
        self._closed = False

    def start(self) -> "_Connection":
        threading.Thread(target=self._read, name="mastodon-stream", daemon=True).start()
        return self

    def lasted(self) -> float:
        return time.monotonic() - self.started

    def _read(self) -> None:
        try:
            _listener_class()(self).handle_stream(self.response)
            why = "closed by the server"
        except Exception as exc:  # noqa: BLE001 - any end of the read is a reason to reconnect
            why = brief(exc)
        self.put(("end", why))

    def put(self, event: tuple[str, Any]) -> None:
        """Hand an event to the loop (from the reader thread)."""
        try:
            self.loop.call_soon_threadsafe(self._deliver, event)
        except RuntimeError:
            pass  # the loop is gone: nobody is listening any more

    def _deliver(self, event: tuple[str, Any]) -> None:
        if event[0] != "end" and self.queue.qsize() >= STREAM_BUFFER:
            # the consumer fell far behind: drop the connection, the reconnect's poll catches up
            self.close()
            return
        self.queue.put_nowait(event)

    def close(self) -> None:
        """Stop reading: shut the socket down (wakes the reader) and release the response."""
        if self._closed:
            return
        self._closed = True
        try:
            self.response.raw.shutdown()  # urllib3 >= 2.3
        except (AttributeError, ValueError, RuntimeError, OSError):
            pass  # older urllib3 or already released: the read timeout ends the reader instead
        self.response.close()


@cache
def _listener_class() -> type:
    """A Mastodon.py StreamListener that forwards update / status.update / delete to a _Connection."""
    from mastodon import StreamListener

    class _Listener(StreamListener):
        def __init__(self, conn: _Connection) -> None:
            self.conn = conn

        def on_update(self, status) -> None:
            self.conn.put(("update", status))

        def on_status_update(self, status) -> None:
            self.conn.put(("status.update", status))

        def on_delete(self, status_id) -> None:
            self.conn.put(("delete", status_id))

        def handle_heartbeat(self) -> None:
            self.conn.stats.heartbeats += 1

        def on_unknown_event(self, name, unknown_event=None) -> None:
            pass  # notifications, announcements, newer event kinds: nothing to watch

    return _Listener


def _nothing() -> None:
    return None


def _edited(handle: str, status: Any, stamp: str) -> AccountEvent:
    """The 'edited' event of a status: its new text and when the edit was made."""
    text, _ = html_to_text(status.get("content") or "")
    return AccountEvent(PLATFORM, handle, "edited", stamp, new=text, post_id=str(status["id"]),
                        extra={"url": status.get("url") or ""})


def _http_base(url: str) -> str:
    """A streaming URL as requests can reach it: ws -> http, wss -> https, no trailing slash."""
    parts = urlsplit(url or "")
    scheme = {"ws": "http", "wss": "https"}.get(parts.scheme, parts.scheme)
    if scheme not in ("http", "https") or not parts.netloc:
        return ""
    return f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}"


# -- status conversion ---------------------------------------------------------------------------
def status_to_post(status: Any, handle: str) -> Post:
    """A Post from a Mastodon status (as Mastodon.py returns it, or the raw API JSON)."""
    body, urls = html_to_text(status.get("content") or "")
    spoiler = status.get("spoiler_text") or ""
    text = f"{spoiler}\n\n{body}" if spoiler and body else spoiler or body  # a scam can hide behind a CW
    card = status.get("card") or {}
    if card.get("url"):
        urls = tuple(dict.fromkeys(urls + (card["url"],)))
    app = status.get("application") or {}
    account = status.get("account") or {}
    return Post(id=str(status["id"]), platform=PLATFORM, author=handle, author_id=str(account.get("id", "")),
                created_at=_as_datetime(status["created_at"]), text=text, lang=status.get("language") or "",
                source=app.get("name") or "", urls=urls,
                extra={"url": status.get("url") or status.get("uri") or "", "acct": account.get("acct", "")})


def _profile_of(recent: list) -> dict[str, str]:
    """The profile fields of the account object embedded in the newest status, if any."""
    account = (recent[0].get("account") or {}) if recent else {}
    if not account:
        return {}
    return {"display_name": account.get("display_name") or "", "bio": html_to_text(account.get("note") or "")[0],
            "avatar": account.get("avatar") or ""}


def _as_datetime(value: Any) -> datetime:
    """A status time in UTC; ValueError when it is not a time or its UTC is outside datetime's range."""
    try:
        if isinstance(value, datetime):
            return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return parse_time(str(value))
    except OverflowError:  # e.g. year 1 at +01:00: a bad time like any other, not a crash of the source
        raise ValueError(f"time {value!s} is out of range") from None


def _id_order(sid: str) -> tuple[int, str]:
    # snowflake ids are decimal strings and ULIDs are fixed-length: length then text orders both
    return (len(sid), sid)


def _newer(sid: str, since: str) -> bool:
    return _id_order(sid) > _id_order(since)


def _all_newer(page: list, since: str) -> bool:
    return all(_newer(str(s["id"]), since) for s in page)


def _same_account(acct: str, handle: str, host: str) -> bool:
    a, h = acct.lower().lstrip("@"), handle.lower().lstrip("@")
    return a == h or ("@" not in a and h == f"{a}@{host.lower()}")  # a local account's acct has no domain
