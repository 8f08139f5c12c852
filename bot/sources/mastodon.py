"""Mastodon source: watched accounts' statuses polled through Mastodon.py.

Accounts (``user@instance``) are resolved once to the configured instance's account ids
(``account_lookup``, then ``account_search`` with WebFinger resolution) and cached in the
store. Each poll reads an account's newest page of statuses (reblogs excluded); when every
status on it is new, older pages are followed through the Link header until the checkpoint
is reached, so a burst between two polls is never cut. New statuses are yielded oldest first
and the newest id is checkpointed (``mastodon:{account_id}``) after they were handed on.

The newest page also shows statuses seen before: an ``edited_at`` that changed gives an
"edited" AccountEvent, and the embedded account object gives display name / bio / avatar
changes. Mastodon.py runs with ``ratelimit_method="throw"``; rate limits (waiting for
X-RateLimit-Reset), network errors and 5xx are retried here with backoff, off the event loop.
Streaming is not used: polling only.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import Any, AsyncIterator, Callable, Iterable
from urllib.parse import urlsplit

from ..config import secret
from ..errors import SourceError
from ..post import Post, iso, parse_time
from ..redact import redact_secret
from ..retry import backoff
from .base import AccountEvent, SourceItem, brief, change_stamp, json_checkpoint

log = logging.getLogger("hijackwatch.source.mastodon")

PLATFORM = "mastodon"
PROFILE_FIELDS = ("display_name", "bio", "avatar")
_BLOCKS = frozenset({"p", "div", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
_MANY_NEWLINES = re.compile(r"\n{3,}")
# html.parser costs ~2-4 us per tag; statuses are far shorter (500 characters by default), so
# longer content is cut rather than letting a crafted one cost more than a few tens of ms
MAX_HTML = 30_000


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
    """Counters: polls made, statuses yielded, retries after rate limits or server errors, malformed skipped."""

    polls: int = 0
    statuses: int = 0
    retries: int = 0
    rate_limited: int = 0
    malformed: int = 0


class MastodonSource:
    """Polls the watched Mastodon accounts and yields new statuses and account events."""

    def __init__(self, store, *, api_base_url: str, access_token: str, accounts: Iterable[str],
                 name: str = PLATFORM, poll_interval_s: float = 30.0, page_limit: int = 40, max_pages: int = 10,
                 max_retries: int = 5, base_delay: float = 1.0, max_delay: float = 300.0,
                 request_timeout: float = 30.0, on_problem: Callable[[str], None] | None = None) -> None:
        from mastodon import Mastodon

        self.name = name
        self.store = store
        self.accounts = [a.strip().lstrip("@") for a in accounts if a.strip().lstrip("@")]
        self.poll_interval_s = poll_interval_s
        self.page_limit, self.max_pages = page_limit, max_pages
        self.max_retries, self.base_delay, self.max_delay = max_retries, base_delay, max_delay
        self.stats = PollStats()
        self.ids: dict[str, str] = {}  # account id -> watched handle
        self._on_problem = on_problem
        # account ids are local to one instance, so the cache is keyed by it
        self._host = urlsplit(api_base_url).netloc or api_base_url
        self._cache_key = f"{PLATFORM}:{self._host}"
        self.api = Mastodon(access_token=access_token, api_base_url=api_base_url, ratelimit_method="throw",
                            request_timeout=request_timeout)

    @classmethod
    def from_config(cls, cfg, store) -> "MastodonSource":
        """Build from a `bot.config.MastodonSource` section (the token is read here, never logged)."""
        token = secret(cfg.access_token, f"sources.{cfg.name}.access_token")
        redact_secret(token)
        if cfg.streaming:
            log.info("source %s: streaming is not implemented; polling every %.0fs", cfg.name, cfg.poll_interval_s)
        return cls(store, api_base_url=cfg.api_base_url, access_token=token, accounts=cfg.accounts,
                   name=cfg.name, poll_interval_s=cfg.poll_interval_s)

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

    # -- polling ---------------------------------------------------------------------------------
    async def stream(self) -> AsyncIterator[SourceItem]:
        """Poll every account, yield what is new, sleep, repeat (until cancelled)."""
        if not self.ids:
            await self.resolve()
        from mastodon import MastodonNotFoundError

        while True:
            for account_id in list(self.ids):
                try:
                    items, state = await self.poll_account(account_id)
                except MastodonNotFoundError:  # deleted or suspended: stop polling it, keep the others
                    self._problem(f"account {self.ids.pop(account_id)} ({account_id}) is gone; no longer polled")
                    continue
                for item in items:
                    yield item
                self.commit(account_id, state)  # only once the consumer took every item
            await asyncio.sleep(self.poll_interval_s)

    async def aclose(self) -> None:
        """Nothing buffered: checkpoints are written after each account's items were taken."""
        return None

    async def poll_account(self, account_id: str) -> tuple[list[SourceItem], dict[str, Any]]:
        """New statuses (oldest first) plus edit/profile events, and the state to commit after."""
        self.stats.polls += 1
        since = self.store.get_checkpoint(f"{PLATFORM}:{account_id}")
        statuses, recent = await self._fetch_since(account_id, since)
        handle = self.ids[account_id]
        edits = json_checkpoint(self.store, f"{PLATFORM}:{account_id}:edits")
        items: list[SourceItem] = self._profile_events(account_id, handle, recent)
        items += self._edit_events(handle, recent, since, edits)
        items += self._posts(account_id, handle, statuses)
        newest = str(statuses[-1]["id"]) if statuses else since
        profile = _profile_of(recent)
        return items, {"since": newest, "edits": edits, "profile": profile and {**profile, "seen_at": time.time()}}

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
        """Persist the checkpoint, the seen edit times and the last known profile."""
        if state["since"]:
            self.store.set_checkpoint(f"{PLATFORM}:{account_id}", state["since"])
        self.store.set_checkpoint(f"{PLATFORM}:{account_id}:edits", json.dumps(state["edits"]))
        if state["profile"]:
            self.store.set_checkpoint(f"{PLATFORM}:{account_id}:profile",
                                      json.dumps(state["profile"], ensure_ascii=False))

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
            stamp = iso(_as_datetime(edited))
            seen_before = since is not None and not _newer(sid, since)
            if seen_before and edits.get(sid) != stamp:
                text, _ = html_to_text(status.get("content") or "")
                out.append(AccountEvent(PLATFORM, handle, "edited", stamp, new=text, post_id=sid,
                                        extra={"url": status.get("url") or ""}))
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
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
    return parse_time(str(value))


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
