"""X (Twitter) source: polls watched users' timelines through the real tweepy v2 Client.

How it works:
- Configured handles are resolved to user ids once (GET /2/users/by) and cached in the store.
- Each account's timeline (GET /2/users/:id/tweets) is polled with `since_id` taken from the
  store checkpoint `x:{user_id}`. Pages are followed through `meta.next_token`, then tweets are
  emitted oldest first and the checkpoint advances after each one is handed on (under the runner it
  is durable once the post is stored), so a restart resumes exactly where the last run stopped:
  nothing missed, nothing repeated.
- API JSON becomes a `Post` here, at arrival; the core never sees it. An edited tweet (more than
  one id in `edit_history_tweet_ids`) also yields an `AccountEvent(kind="edited")` for the original id.
- Rate limits: `x-rate-limit-remaining`/`-reset` headers pace requests; a 429 sleeps until the
  reset (bounded, jittered) or backs off exponentially when the header is missing; 5xx and network
  errors are retried with backoff. Polls are spread over accounts to fit `requests_per_window`.
- Once per round (before the timelines) one GET /2/users?ids= gives every account's profile:
  a changed display name, handle, bio or avatar yields an `AccountEvent` (the first look is the
  baseline). Then one GET /2/tweets?ids= re-checks up to 100 of the posts emitted in the last
  `deleted_window_s`, the most overdue first (fresh posts every round, older ones ever more rarely,
  so none is starved): those X now reports as not found yield `AccountEvent(kind="deleted")`, and
  the stored post stays as evidence.
- Optional filtered stream (`stream: true`, Pro access) for low latency; polling stays the
  durable path of record and the two are de-duplicated. The stream is per app: only lines our
  tagged rules matched, by watched authors, are taken.

tweepy is synchronous, so every HTTP call runs in a worker thread (`asyncio.to_thread`); store
writes stay on the event-loop thread. The bearer token is never logged: a filter redacts it from
tweepy's own debug logs (which print request headers).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections import OrderedDict
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Awaitable, Callable, Iterable, Mapping

import requests
import tweepy

from ..errors import SourceError
from ..redact import redact_secret
from ..retry import backoff
from ..post import Post, iso, parse_time
from .base import (AccountEvent, SourceItem, brief, change_stamp, due_for_recheck, forget_expired,
                   json_checkpoint)

log = logging.getLogger("hijackwatch.source.x")

PLATFORM = "x"
WINDOW_S = 900.0  # X rate-limit windows are 15 minutes
RULE_LIMIT = 512  # filtered-stream rule length limit (characters)
RULE_TAG = "hijackwatch"
TWEET_FIELDS = ["created_at", "lang", "source", "entities", "edit_history_tweet_ids", "author_id", "note_tweet"]
EXPANSIONS = ["author_id"]
USER_FIELDS = ["username"]
PROFILE_USER_FIELDS = ["username", "name", "description", "profile_image_url"]
NOT_FOUND = "https://api.twitter.com/2/problems/resource-not-found"
MAX_PAGES = 32  # 32 x 100 = the 3,200 most recent tweets the timeline endpoint can return
MAX_429_WAIT_S = WINDOW_S + 60.0
FRESH_PREFIX = "x:fresh:"
PROFILE_PREFIX = "x:profile:"
RECENT_KEY = "x:recent"  # tweet id -> [user id, emitted at, last checked] of posts re-checked for deletion
LOOKUP_BUDGET = 300  # GET /2/users and /2/tweets per 15 min before headers say otherwise

Sleep = Callable[[float], Awaitable[None]]


# -- mapping API JSON -> Post ------------------------------------------------------------------
class RequestRejected(SourceError):
    """A 4xx answer other than 401/403/429 (unknown user, bad parameter): retrying cannot help."""


class MalformedTweet(ValueError):
    """A timeline item without the fields a Post needs."""


class AccessForbidden(SourceError):
    """A 403: the app's access tier (or project enrolment) does not include this endpoint."""


def unescape_text(text: str) -> str:
    """Tweet text with the three entities X v2 escapes in it (&lt; &gt; &amp;) decoded, and nothing else."""
    # &amp; last: a typed "&lt;" arrives as "&amp;lt;" and must stay "&lt;"
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _urls(tweet: Mapping[str, Any]) -> tuple[str, ...]:
    note = tweet.get("note_tweet")
    ents = note.get("entities") if isinstance(note, dict) and note.get("entities") else tweet.get("entities")
    items = ents.get("urls") if isinstance(ents, dict) else None
    out: list[str] = []
    for u in items if isinstance(items, list) else ():
        link = (u.get("expanded_url") or u.get("url")) if isinstance(u, dict) else None
        if isinstance(link, str) and link and link not in out:
            out.append(link)
    return tuple(out)


def tweet_to_post(tweet: Mapping[str, Any], users: Mapping[str, str], fallback_author: str = "") -> Post:
    """Map one v2 tweet object to a Post; MalformedTweet when a required field is missing or bad."""
    if not isinstance(tweet, dict):
        raise MalformedTweet(f"tweet is {type(tweet).__name__}, not an object")
    tid, text, created = tweet.get("id"), tweet.get("text"), tweet.get("created_at")
    if not (isinstance(tid, str) and tid.isdigit()):
        raise MalformedTweet(f"bad or missing id {tid!r}")
    note = tweet.get("note_tweet")
    if isinstance(note, dict) and isinstance(note.get("text"), str):
        text = note["text"]  # long posts: `text` is truncated, the note holds the full text
    if not isinstance(text, str) or not isinstance(created, str):
        raise MalformedTweet(f"tweet {tid}: missing text or created_at")
    try:
        when = parse_time(created)
    except (ValueError, OverflowError) as exc:  # OverflowError: a zone pushing it past datetime's range
        raise MalformedTweet(f"tweet {tid}: bad created_at {created!r}: {exc}") from None
    author_id = str(tweet.get("author_id") or "")
    author = users.get(author_id) or fallback_author
    if not author:
        raise MalformedTweet(f"tweet {tid}: no author")
    history = tweet.get("edit_history_tweet_ids")
    extra = {"edit_history_tweet_ids": list(history)} if isinstance(history, list) and len(history) > 1 else {}
    return Post(id=tid, platform=PLATFORM, author=author, author_id=author_id, created_at=when,
                text=unescape_text(text),
                source=str(tweet.get("source") or ""), lang=str(tweet.get("lang") or ""),
                urls=_urls(tweet), extra=extra)


def edit_event(post: Post) -> AccountEvent | None:
    """An 'edited' event for the original tweet when `post` is a later version of it."""
    history = post.extra.get("edit_history_tweet_ids") or []
    if len(history) < 2 or str(history[0]) == post.id:
        return None
    return AccountEvent(platform=PLATFORM, account=post.author, kind="edited", at=iso(post.created_at),
                        new=post.text, post_id=str(history[0]), extra={"version_id": post.id})


# profile field compared -> v2 user object key
PROFILE_KEYS = {"display_name": "name", "handle": "username", "bio": "description", "avatar": "profile_image_url"}


def user_profile(user: Mapping[str, Any]) -> dict[str, str]:
    """The compared profile fields of a v2 user object (the handle as X writes it, as in Post.author)."""
    return {kind: str(user.get(key) or "") for kind, key in PROFILE_KEYS.items()}


def _changed(kind: str, old: str, new: str) -> bool:
    # X handles ignore case: a re-capitalised handle (or an older lowercase baseline) is the same handle
    return new.lower() != old.lower() if kind == "handle" else new != old


def profile_events(user_id: str, old: Mapping[str, str] | None, new: Mapping[str, str], at: str) -> list[AccountEvent]:
    """One AccountEvent per changed field; none on the first look (it becomes the baseline).

    Events carry the current handle as X writes it, the one later posts are authored by (a handle
    change's old handle is in `old`).
    """
    if old is None:
        return []
    return [AccountEvent(platform=PLATFORM, account=new["handle"], kind=kind, at=at, old=old.get(kind, ""),
                         new=new[kind], extra={"user_id": user_id})
            for kind in PROFILE_KEYS if _changed(kind, old.get(kind, ""), new[kind])]


def matched_by_us(payload: Mapping[str, Any]) -> bool:
    """True when a filtered-stream line's `matching_rules` name one of our (tagged) rules."""
    # the stream is per app: other rules of the same app bring their own tweets
    rules = payload.get("matching_rules")
    return isinstance(rules, list) and any(isinstance(r, dict) and r.get("tag") == RULE_TAG for r in rules)


def deleted_ids(payload: Mapping[str, Any]) -> set[str]:
    """Tweet ids a GET /2/tweets?ids= answer reports as not found (deleted; protected ones differ)."""
    errors = payload.get("errors")
    return {str(e.get("resource_id") or e.get("value")) for e in errors if isinstance(e, dict)
            and e.get("type") == NOT_FOUND and e.get("parameter") == "ids" and (e.get("resource_id") or e.get("value"))
            } if isinstance(errors, list) else set()


def users_by_id(payload: Mapping[str, Any]) -> dict[str, str]:
    """id -> username from a response's `includes.users`."""
    users = (payload.get("includes") or {}).get("users") or []
    return {str(u["id"]): str(u["username"]) for u in users
            if isinstance(u, dict) and u.get("id") and u.get("username")}


# -- rule packing ------------------------------------------------------------------------------
def pack_rules(handles: Iterable[str], limit: int = RULE_LIMIT) -> list[str]:
    """Pack `from:a OR from:b ...` rules, each at most `limit` characters, every handle once."""
    rules: list[str] = []
    current = ""
    for handle in dict.fromkeys(h.lstrip("@").lower() for h in handles if h.strip("@ ")):
        term = f"from:{handle}"
        if len(term) > limit:
            raise SourceError(f"x: handle {handle!r} does not fit a {limit}-character stream rule")
        joined = f"{current} OR {term}" if current else term
        if len(joined) <= limit:
            current = joined
        else:
            rules.append(current)
            current = term
    return rules + [current] if current else rules


# -- rate limiting -----------------------------------------------------------------------------
def header_int(headers: Mapping[str, str] | None, name: str) -> int | None:
    """An integer response header, or None when missing or garbled."""
    try:
        return int(str((headers or {}).get(name, "")).strip())
    except ValueError:
        return None


@dataclass
class Backoff:
    """Wait policy: 429 until reset (bounded, jittered), otherwise exponential with jitter."""

    base_429_s: float = 60.0  # X asks clients to start at one minute on 429 without a reset
    base_error_s: float = 2.0
    cap_s: float = MAX_429_WAIT_S
    jitter_s: float = 5.0
    rng: random.Random = field(default_factory=random.Random)

    def _exp(self, base: float, attempt: int) -> float:
        # "equal jitter": at least half the exponential delay, so never a tight loop
        return backoff(attempt, base=base, cap=self.cap_s, floor=0.5, rand=self.rng.random)

    def rate_limited(self, headers: Mapping[str, str] | None, now: float, attempt: int) -> float:
        """Seconds to wait after a 429."""
        reset = header_int(headers, "x-rate-limit-reset")
        if reset is None:
            return self._exp(self.base_429_s, attempt)
        until = min(max(reset - now, 1.0), self.cap_s)
        return until + self.rng.uniform(0, self.jitter_s)

    def server_error(self, attempt: int) -> float:
        """Seconds to wait after a 5xx or a network error."""
        return self._exp(self.base_error_s, attempt)


class RateGate:
    """Spaces requests: never faster than the configured budget, slower when headers say so."""

    def __init__(self, per_window: int, clock: Callable[[], float]) -> None:
        self.min_gap = WINDOW_S / max(1, per_window)
        self.clock = clock
        self.next_at = 0.0

    def delay(self) -> float:
        """Seconds until the next request may go out."""
        return max(0.0, self.next_at - self.clock())

    def observe(self, headers: Mapping[str, str] | None) -> None:
        """Plan the next request from a response's rate-limit headers."""
        now = self.clock()
        gap = self.min_gap
        remaining = header_int(headers, "x-rate-limit-remaining")
        reset = header_int(headers, "x-rate-limit-reset")
        if remaining is not None and reset is not None and reset > now:
            # spread what is left evenly over what is left of the window
            gap = max(gap, (reset - now + 1) / (remaining + 1)) if remaining > 0 else reset - now + 1
        self.next_at = now + min(gap, MAX_429_WAIT_S)


# -- stats and freshness -----------------------------------------------------------------------
@dataclass
class XStats:
    """Counters for status output and tests."""

    requests: int = 0
    polls: int = 0
    posts: int = 0
    edits: int = 0
    malformed: int = 0
    rate_limited: int = 0
    retries: int = 0
    stream_lines: int = 0
    stream_keepalives: int = 0
    stream_connects: int = 0
    duplicates: int = 0
    ignored: int = 0  # stream lines matched only by other rules of the same app
    problems: list[str] = field(default_factory=list)

    def problem(self, msg: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(msg)
        log.warning("x: %s", msg)


def freshness(store, *, now: float | None = None) -> list[dict]:
    """Per-account freshness (last successful poll) for `hijackwatch status`, stalest first."""
    now = time.time() if now is None else now
    rows = store.db.query("SELECT source, value FROM checkpoints WHERE source LIKE ?", [FRESH_PREFIX + "%"])
    out = []
    for row in rows:
        try:
            data = json.loads(row["value"])
            at = float(data["at"])
        except (ValueError, KeyError, TypeError):
            continue
        user_id = row["source"][len(FRESH_PREFIX):]
        out.append({"source": "x", "account": data.get("handle", ""), "user_id": user_id, "last_poll": at,
                    "age_s": max(0.0, now - at), "since_id": store.get_checkpoint(f"x:{user_id}") or ""})
    return sorted(out, key=lambda r: -r["age_s"])


class _Seen:
    """A bounded set of recently emitted tweet ids (stream and polling overlap)."""

    def __init__(self, size: int = 20_000) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._size = size

    def add(self, tid: str) -> bool:
        """True when new."""
        if tid in self._ids:
            return False
        self._ids[tid] = None
        if len(self._ids) > self._size:
            self._ids.popitem(last=False)
        return True


# -- the source --------------------------------------------------------------------------------
class XSource:
    """Posts and edit events of watched X accounts."""

    def __init__(self, client: tweepy.Client, store, accounts: Iterable[str], *, name: str = "x",
                 max_results: int = 20, poll_interval_s: float = 60.0, requests_per_window: int = 900,
                 stream: bool = False, stream_factory: Callable[[], "tweepy.StreamingClient"] | None = None,
                 sleep: Sleep | None = None, clock: Callable[[], float] = time.time,
                 backoff: Backoff | None = None, max_retries: int = 5, deleted_window_s: float = 86_400.0) -> None:
        self.name = name
        self.client = client
        self.store = store
        self.accounts = list(dict.fromkeys(a.lstrip("@").lower() for a in accounts if a.strip("@ ")))
        self.max_results = max(5, min(100, max_results))
        self.poll_interval_s = poll_interval_s
        self.use_stream = stream
        self.stats = XStats()
        self._stream_factory = stream_factory
        self._sleep: Sleep = sleep or asyncio.sleep
        self._clock = clock
        self._backoff = backoff or Backoff()
        self._gate = RateGate(requests_per_window, clock)
        # rate-limit headers are per endpoint: lookups must not pace (or be paced by) timelines
        self._lookup_gate = RateGate(LOOKUP_BUDGET, clock)
        self.deleted_window_s = deleted_window_s
        self._recent: dict[str, list] | None = None  # loaded from the store on first use
        self._recent_dirty = False  # changed since last written: each account poll writes it only then
        self._unsaved: dict[str, str] = {}  # checkpoint key -> a profile seen, until `save_profiles` writes it
        self._max_retries = max_retries
        self._seen = _Seen()
        self._ids: dict[str, str] = {}  # user id -> handle
        self._stream_task: asyncio.Task | None = None
        self._stream_queue: asyncio.Queue | None = None
        self._streamer: Any = None
        # raw requests.Response objects: we need the rate-limit headers and the raw JSON
        self.client.return_type = requests.Response
        redact_secret(getattr(client, "bearer_token", "") or "")

    @classmethod
    def from_config(cls, cfg, store, **kwargs: Any) -> "XSource":
        """Build from a `bot.config.XSource` section; reads the bearer token from its secret ref."""
        from ..config import secret

        token = secret(cfg.bearer_token, "sources.x.bearer_token")
        redact_secret(token)
        client = tweepy.Client(bearer_token=token, wait_on_rate_limit=False)
        return cls(client, store, cfg.accounts, name=cfg.name, max_results=cfg.max_results,
                   poll_interval_s=cfg.poll_interval_s, requests_per_window=cfg.requests_per_window,
                   stream=cfg.stream, stream_factory=lambda: make_streamer(token),
                   deleted_window_s=cfg.deleted_window_s, **kwargs)

    # -- requests with retry --------------------------------------------------------------------
    async def _call(self, fn: Callable[..., requests.Response], *args: Any, gate: RateGate | None = None,
                    **kwargs: Any) -> dict:
        """One API call in a worker thread, paced by `gate` (the timeline gate by default), retried
        on 429/5xx/network errors; returns JSON."""
        gate = gate or self._gate
        limited = failed = 0  # separate counts: a 429 is a wait, not a failure
        while True:
            if (wait := gate.delay()) > 0:
                await self._sleep(wait)
            self.stats.requests += 1
            try:
                resp = await asyncio.to_thread(fn, *args, **kwargs)
            except tweepy.TooManyRequests as exc:
                wait, limited = self._backoff.rate_limited(exc.response.headers, self._clock(), limited), limited + 1
                self.stats.rate_limited += 1
                log.warning("x: rate limited (429); waiting %.0fs", wait)
            except (tweepy.TwitterServerError, requests.RequestException) as exc:
                if failed >= self._max_retries:
                    raise SourceError(f"x: API unavailable after {failed + 1} tries: {brief(exc)}") from None
                wait, failed = self._backoff.server_error(failed), failed + 1
                log.warning("x: %s; retrying in %.1fs", brief(exc), wait)
            except tweepy.Unauthorized as exc:
                raise SourceError(f"x: access denied ({brief(exc)}); check sources.x.bearer_token") from None
            except tweepy.Forbidden as exc:
                raise AccessForbidden(f"x: access denied ({brief(exc)}); check that the app's access tier "
                                      "includes this endpoint (Basic or higher)") from None
            except tweepy.HTTPException as exc:  # 400/404 and other 4xx: retrying cannot help
                raise RequestRejected(f"x: request rejected: {brief(exc)}") from None
            else:
                gate.observe(resp.headers)
                return _json(resp)
            gate.next_at = self._clock() + wait
            self.stats.retries += 1

    # -- handle resolution ----------------------------------------------------------------------
    async def resolve(self) -> dict[str, str]:
        """user id -> handle for every configured account (cache first, then GET /2/users/by)."""
        ids: dict[str, str] = {}
        missing = []
        for handle in self.accounts:
            cached = self.store.resolve_cached(PLATFORM, handle)
            if cached:
                ids[cached] = handle
            else:
                missing.append(handle)
        for i in range(0, len(missing), 100):  # the endpoint takes at most 100 usernames
            ids.update(await self._lookup(missing[i:i + 100]))
        self._ids = ids
        return ids

    async def _lookup(self, handles: list[str]) -> dict[str, str]:
        payload = await self._call(self.client.get_users, usernames=handles, user_fields=USER_FIELDS,
                                   gate=self._lookup_gate)
        found: dict[str, str] = {}
        for user in payload.get("data") or []:
            if isinstance(user, dict) and user.get("id") and user.get("username"):
                handle = str(user["username"]).lower()
                self.store.cache_account(PLATFORM, handle, str(user["id"]))
                found[str(user["id"])] = handle
        for err in payload.get("errors") or []:
            self.stats.problem(f"cannot resolve @{err.get('value', '?')}: {err.get('detail', err.get('title', ''))}")
        return found

    # -- polling --------------------------------------------------------------------------------
    async def _fetch(self, user_id: str, since_id: str | None) -> tuple[list[dict], dict[str, str], str]:
        """All new tweets of one user (newest first as the API sends them), users map, newest id."""
        params: dict[str, Any] = dict(max_results=self.max_results, tweet_fields=TWEET_FIELDS,
                                      expansions=EXPANSIONS, user_fields=USER_FIELDS)
        if since_id:
            params["since_id"] = since_id
        tweets: list[dict] = []
        users: dict[str, str] = {}
        newest = ""
        for _ in range(MAX_PAGES):
            payload = await self._call(self.client.get_users_tweets, user_id, **params)
            data = payload.get("data") or []
            tweets.extend(data if isinstance(data, list) else [])
            users.update(users_by_id(payload))
            meta = payload.get("meta") or {}
            newest = _max_id(newest, str(meta.get("newest_id") or ""))
            token = meta.get("next_token")
            # first poll of an account: one page is the backfill; never page through its history
            if not token or not since_id or not data:
                break
            params["pagination_token"] = token
        return tweets, users, newest

    async def poll_account(self, user_id: str, handle: str) -> AsyncIterator[SourceItem]:
        """Yield one account's new posts oldest first, checkpointing after each one is taken."""
        key = f"x:{user_id}"
        since_id = self.store.get_checkpoint(key)
        try:
            tweets, users, newest = await self._fetch(user_id, since_id)
        except RequestRejected as exc:
            self.stats.problem(f"@{handle}: timeline unavailable ({exc}); skipped this round")
            return
        self.stats.polls += 1
        async with aclosing(self._emit(tweets, users, handle, since_id, key)) as items:
            async for item in items:
                yield item
        if newest and _id_gt(newest, since_id):
            self.store.set_checkpoint(key, newest)  # also covers skipped malformed items
        self.store.set_checkpoint(f"{FRESH_PREFIX}{user_id}", json.dumps({"handle": handle, "at": self._clock()}))
        if self._recent_dirty:  # the whole window's posts: not re-serialised after every poll
            self._save_recent()

    async def _emit(self, tweets: list[dict], users: dict[str, str], handle: str, since_id: str | None,
                    key: str) -> AsyncIterator[SourceItem]:
        for post in self._posts_oldest_first(tweets, users, handle):
            if not _id_gt(post.id, since_id):
                continue  # the API never should, but a repeat must not be emitted twice
            try:
                for item in self._items(post):
                    yield item
            finally:
                # also when the consumer stops right after taking the item (generator closed at the
                # yield): it was handed over, so a restart must not hand it over again (the runner
                # drops this write when the item never reached its queue)
                self.store.set_checkpoint(key, post.id)
            since_id = post.id

    def _posts_oldest_first(self, tweets: list[dict], users: dict[str, str], handle: str) -> list[Post]:
        posts = []
        for raw in tweets:
            try:
                posts.append(tweet_to_post(raw, users, handle))
            except MalformedTweet as exc:
                self.stats.malformed += 1
                self.stats.problem(f"@{handle}: malformed tweet skipped: {exc}")
        return sorted(posts, key=lambda p: int(p.id))

    def _items(self, post: Post) -> list[SourceItem]:
        """The post (unless the stream already gave it) and its edit event."""
        if not self._seen.add(post.id):
            self.stats.duplicates += 1
            return []
        self.stats.posts += 1
        if self.deleted_window_s > 0:
            now = self._clock()
            self._recent_posts()[post.id] = [post.author_id, now, now]
            self._recent_dirty = True
        event = edit_event(post)
        if event is None:
            return [post]
        self.stats.edits += 1
        return [post, event]

    async def poll_round(self) -> AsyncIterator[SourceItem]:
        """Poll every resolved account once (resolving first if needed), without pacing between accounts."""
        if not self._ids:
            await self.resolve()
        for user_id, handle in list(self._ids.items()):
            async with aclosing(self.poll_account(user_id, handle)) as items:
                async for item in items:
                    yield item

    # -- profile changes and deletions (once per round) -----------------------------------------
    async def check_round(self) -> AsyncIterator[SourceItem]:
        """Profile-change events of every account, then deletion events of recent posts."""
        # the new profiles are already the baseline: their events must go out whatever follows
        for item in await self.check_profiles():
            yield item
        # only after their events: written before, a crash in between would leave the restart comparing with the
        # new profiles (no change, no event)
        self.save_profiles()
        try:
            deleted = await self.check_deleted()
        except SourceError as exc:  # the posts stay remembered: the next round checks them
            self.stats.problem(f"deletion check skipped this round: {exc}")
            return
        for item in deleted:
            yield item
        if self._recent_dirty:  # after the events too: the deleted posts are no longer in it, nor re-checked
            self._save_recent()

    async def check_profiles(self) -> list[AccountEvent]:
        """Compare every account's profile (GET /2/users?ids=) with the last one seen (`save_profiles` writes them)."""
        events: list[AccountEvent] = []
        ids = list(self._ids)
        for i in range(0, len(ids), 100):  # the endpoint takes at most 100 ids
            payload = await self._lookup_call(self.client.get_users, ids=ids[i:i + 100],
                                              user_fields=PROFILE_USER_FIELDS)
            for user in payload.get("data") or []:
                if isinstance(user, dict) and str(user.get("id") or "") in self._ids and user.get("username"):
                    events += self._profile_seen(str(user["id"]), user_profile(user))
        return events

    def save_profiles(self) -> None:
        """Write the profiles `check_profiles` saw (once their events are handed on)."""
        while self._unsaved:
            self.store.set_checkpoint(*self._unsaved.popitem())

    def _profile_seen(self, user_id: str, profile: dict[str, str]) -> list[AccountEvent]:
        key, now = f"{PROFILE_PREFIX}{user_id}", self._clock()
        old = json.loads(self._unsaved[key]) if key in self._unsaved else json_checkpoint(self.store, key)
        self._unsaved[key] = json.dumps({**profile, "seen_at": now}, ensure_ascii=False)
        if profile["handle"] != self._ids[user_id]:
            # later posts, deletion events and stream rules use the current handle, as X writes it
            self._ids[user_id] = profile["handle"]
            self.store.cache_account(PLATFORM, profile["handle"], user_id)
        at = change_stamp(old.get("seen_at"), now, self.poll_interval_s)
        return profile_events(user_id, old or None, profile, at)

    async def check_deleted(self) -> list[AccountEvent]:
        """'deleted' events for recent posts X no longer finds: one GET /2/tweets?ids= a round, for the 100
        posts most overdue a check (fresh posts every round, older ones ever more rarely). The posts left to
        re-check are written after the events are handed on (by `check_round`, or the next account poll)."""
        if self.deleted_window_s <= 0:
            return []
        recent, now = self._recent_posts(), self._clock()
        if forget_expired(recent, now, self.deleted_window_s):
            self._recent_dirty = True
        ids = due_for_recheck(recent, now, self.poll_interval_s)[:100]  # the endpoint takes at most 100 ids
        if not ids:
            return []
        payload = await self._lookup_call(self.client.get_tweets, ids=ids, tweet_fields=["author_id"])
        if not payload:
            return []  # the lookup was skipped: nothing was checked
        at, gone = iso(_dt(now)), deleted_ids(payload)
        events = [AccountEvent(platform=PLATFORM, account=self._ids.get(recent[tid][0], ""), kind="deleted", at=at,
                               post_id=tid, extra={"user_id": recent.pop(tid)[0]})
                  for tid in ids if tid in gone]
        for tid in ids:
            if tid in recent:
                recent[tid][2] = now
        self._recent_dirty = True  # written by check_round once the events are handed on
        return events

    async def _lookup_call(self, fn: Callable[..., requests.Response], **kwargs: Any) -> dict:
        """A lookup whose rejection (e.g. the tier lacks the endpoint) skips this check, not the source."""
        try:
            return await self._call(fn, gate=self._lookup_gate, **kwargs)
        except (RequestRejected, AccessForbidden) as exc:
            self.stats.problem(f"lookup skipped this round: {exc}")
            return {}

    def _recent_posts(self) -> dict[str, list]:
        if self._recent is None:  # entries of another shape (a damaged checkpoint) are dropped, not fatal
            self._recent = {k: entry for k, v in json_checkpoint(self.store, RECENT_KEY).items()
                            if k.isdigit() and (entry := _recent_entry(v)) is not None}
        return self._recent

    def _save_recent(self) -> None:
        self.store.set_checkpoint(RECENT_KEY, json.dumps(self._recent_posts()))
        self._recent_dirty = False

    # -- the live loop --------------------------------------------------------------------------
    async def stream(self) -> AsyncIterator[SourceItem]:
        """Poll forever, spreading accounts over the poll interval; merge the filtered stream if enabled."""
        await self.resolve()
        if not self._ids:
            raise SourceError("x: none of the configured accounts could be resolved")
        if self.use_stream and self._stream_factory is not None and self._stream_task is None:
            self._start_stream()
        gap = max(self.poll_interval_s / len(self._ids), self._gate.min_gap)
        next_slot = self._clock()
        while True:
            async with aclosing(self.check_round()) as items:
                async for item in items:
                    yield item
            for user_id, handle in list(self._ids.items()):
                async with aclosing(self._idle(next_slot - self._clock())) as items:
                    async for item in items:
                        yield item
                async with aclosing(self.poll_account(user_id, handle)) as items:
                    async for item in items:
                        yield item
                next_slot = max(next_slot + gap, self._clock())

    async def _idle(self, seconds: float) -> AsyncIterator[SourceItem]:
        """Wait `seconds`, yielding streamed items as they arrive."""
        queue = self._stream_queue
        if queue is None:
            if seconds > 0:
                await self._sleep(seconds)
            return
        deadline = time.monotonic() + max(0.0, seconds)
        while True:
            left = deadline - time.monotonic()
            try:
                raw = queue.get_nowait() if left <= 0 else await asyncio.wait_for(queue.get(), left)
            except (asyncio.QueueEmpty, asyncio.TimeoutError):
                return
            for item in self._stream_items(raw):
                yield item

    async def aclose(self) -> None:
        """Stop the filtered stream (if any); checkpoints are already written per item."""
        if self._streamer is not None:
            self._streamer.disconnect()
        if self._stream_task is not None:
            self._stream_task.cancel()
            await asyncio.gather(self._stream_task, return_exceptions=True)
        self._stream_task = self._streamer = self._stream_queue = None

    # -- filtered stream ------------------------------------------------------------------------
    def _start_stream(self) -> None:
        self._stream_queue = asyncio.Queue(maxsize=10_000)
        self._stream_task = asyncio.create_task(self.run_stream(self._stream_queue))

    async def run_stream(self, queue: asyncio.Queue, *, max_connects: int | None = None) -> None:
        """Keep the filtered stream connected (rules synced first), reconnecting with backoff."""
        loop = asyncio.get_running_loop()
        attempt = 0
        while max_connects is None or self.stats.stream_connects < max_connects:
            self._streamer = streamer = self._stream_factory()
            streamer.attach(loop, queue, self.stats)
            try:
                await asyncio.to_thread(sync_rules, streamer, pack_rules(self._ids.values() or self.accounts))
                await asyncio.to_thread(streamer.run)
            except (tweepy.TweepyException, requests.RequestException) as exc:
                streamer.last_error = ("setup", getattr(getattr(exc, "response", None), "status_code", 0),
                                       brief(exc))
            self.stats.stream_connects += 1
            attempt = 0 if streamer.got_data else attempt + 1
            wait = self._stream_wait(streamer.last_error, attempt)
            log.warning("x: filtered stream disconnected (%s); reconnecting in %.1fs",
                        streamer.last_error or "closed", wait)
            await self._sleep(wait)

    def _stream_wait(self, error: tuple | None, attempt: int) -> float:
        if error and error[1] == 429:
            return self._backoff.rate_limited(None, self._clock(), attempt)
        return self._backoff.server_error(attempt)

    def _stream_items(self, raw: bytes) -> list[SourceItem]:
        """Parse one stream line into items (counted and skipped when malformed)."""
        try:
            payload = json.loads(raw)
            tweet = payload["data"]
        except (ValueError, KeyError, TypeError):
            if b'"errors"' not in raw:
                self.stats.malformed += 1
                self.stats.problem(f"stream: malformed line skipped ({len(raw)} bytes)")
            return []
        if not matched_by_us(payload):
            self.stats.ignored += 1
            return []
        users = users_by_id(payload)
        author = self._ids.get(str(tweet.get("author_id", ""))) if isinstance(tweet, dict) else None
        try:
            post = tweet_to_post(tweet, users, author or "")
        except MalformedTweet as exc:
            self.stats.malformed += 1
            self.stats.problem(f"stream: malformed tweet skipped: {exc}")
            return []
        if post.author_id not in self._ids:  # e.g. a stale rule of ours still naming a dropped account
            self.stats.ignored += 1
            return []
        return self._items(post)


# -- filtered stream client --------------------------------------------------------------------
class _Streamer(tweepy.StreamingClient):
    """tweepy's StreamingClient for one connection: lines go to an asyncio queue, any error ends it.

    tweepy's own reconnect loop sleeps in its thread with fixed waits; ending the connection on
    the first error hands reconnection to `XSource.run_stream`, whose waits are injectable.
    """

    def attach(self, loop: asyncio.AbstractEventLoop, queue: asyncio.Queue, stats: XStats) -> None:
        self.loop, self.queue, self.stats = loop, queue, stats
        self.last_error: tuple | None = None
        self.got_data = False

    def run(self) -> None:
        """Connect and read until the connection ends (blocking; run it in a thread)."""
        self._connected = False
        self.filter(tweet_fields=TWEET_FIELDS, expansions=EXPANSIONS, user_fields=USER_FIELDS)

    def on_connect(self) -> None:
        # tweepy reconnects by itself after a clean close; one connection per run() is ours
        if self._connected:
            self.disconnect()
        self._connected = True

    def on_data(self, raw_data: bytes) -> None:
        self.got_data = True
        self.stats.stream_lines += 1
        self.loop.call_soon_threadsafe(_put, self.queue, raw_data)

    def on_keep_alive(self) -> None:
        self.stats.stream_keepalives += 1

    def on_request_error(self, status_code: int) -> None:
        self.last_error = ("http", status_code, "")
        self.disconnect()

    def on_connection_error(self) -> None:
        self.last_error = ("network", 0, "")
        self.disconnect()

    def on_closed(self, response) -> None:
        self.last_error = ("closed", 0, "")
        self.disconnect()

    def on_exception(self, exception: Exception) -> None:
        self.last_error = ("exception", 0, brief(exception))


def _put(queue: asyncio.Queue, raw: bytes) -> None:
    try:
        queue.put_nowait(raw)
    except asyncio.QueueFull:
        log.warning("x: stream queue full; line dropped (polling will backfill it)")


def make_streamer(token: str) -> _Streamer:
    """A streaming client whose connection ends on the first error (we reconnect ourselves)."""
    redact_secret(token)
    return _Streamer(token, max_retries=0, wait_on_rate_limit=False)


def sync_rules(streamer: tweepy.StreamingClient, rules: list[str]) -> None:
    """Make our tagged rules exactly `rules`: delete stale ones, add missing ones (others untouched)."""
    current = streamer.get_rules().data or []
    ours = {r.value: r.id for r in current if getattr(r, "tag", None) == RULE_TAG}
    stale = [rid for value, rid in ours.items() if value not in rules]
    if stale:
        streamer.delete_rules(stale)
    new = [tweepy.StreamRule(value=v, tag=RULE_TAG) for v in rules if v not in ours]
    if new:
        streamer.add_rules(new)


# -- helpers -----------------------------------------------------------------------------------
def _json(resp: requests.Response) -> dict:
    try:
        payload = resp.json()
    except ValueError:
        raise SourceError(f"x: {resp.request.method} {resp.url.split('?')[0]}: response is not JSON") from None
    if not isinstance(payload, dict):
        raise SourceError("x: response JSON is not an object")
    return payload


def _dt(ts: float) -> datetime:
    return datetime.fromtimestamp(ts, tz=timezone.utc)


def _id_gt(a: str, b: str | None) -> bool:
    """Snowflake ids compare as integers ('9' < '10')."""
    return not b or int(a) > int(b)


def _max_id(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    return a if int(a) >= int(b) else b


def _recent_entry(value: Any) -> list | None:
    """A remembered post as [user id, emitted, last checked]; an entry of the older two-item shape counts as
    checked when emitted; anything else (a damaged checkpoint) is None."""
    if not isinstance(value, list) or len(value) not in (2, 3):
        return None
    times = value[1:]
    if not all(isinstance(t, (int, float)) and not isinstance(t, bool) for t in times):
        return None
    return [value[0], times[0], times[-1]]
