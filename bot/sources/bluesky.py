"""Bluesky source: watched accounts' posts, deletions and profile changes from Jetstream.

Handles are resolved to DIDs once through the AppView (``app.bsky.actor.getProfile``, which
also gives the baseline profile) and cached in the store. One websocket to Jetstream, filtered
to those DIDs, then carries their posts, deletions, profile records, and identity (handle) and
account (status) changes. Jetstream is public: no account is needed.

The cursor (Jetstream's ``time_us``) is checkpointed after each message has been handed on
(under the runner it is durable once the message's items are stored).
A restart rewinds it a few seconds, as Jetstream advises for gapless playback, and drops the
post events it has already seen (their keys are kept in the store), so nothing is missed or
repeated.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Callable, Iterable
from urllib.parse import quote, urlencode

from ..errors import SourceError
from ..post import Post, iso, parse_time
from .base import AccountEvent, SourceItem, json_checkpoint

log = logging.getLogger("hijackwatch.source.bluesky")

PLATFORM = "bluesky"
POST = "app.bsky.feed.post"
PROFILE = "app.bsky.actor.profile"
CURSOR_KEY = "bluesky:cursor"
SEEN_KEY = "bluesky:seen"
LINK_FACET = "app.bsky.richtext.facet#link"
EXTERNAL_EMBED = "app.bsky.embed.external"
RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia"
PROFILE_FIELDS = ("display_name", "bio", "avatar")
MAX_SEEN = 5000  # post keys kept for dedupe across a rewound restart
# AppView avatar URLs end in ".../<did>/<cid>@jpeg"; the CID is what a profile record's blob names
_CDN_CID = re.compile(r"/([a-z2-7]{20,})(?:@\w+)?$")


class Malformed(ValueError):
    """A Jetstream message that is not the documented shape (counted and skipped)."""


@dataclass
class JetstreamStats:
    """Counters for one source: messages read, malformed, duplicates dropped, items yielded."""

    messages: int = 0
    malformed: int = 0
    duplicates: int = 0
    items: int = 0


class BlueskySource:
    """Streams posts and account events of the watched Bluesky accounts from Jetstream."""

    def __init__(self, store, *, accounts: Iterable[str], jetstream_url: str, appview_url: str,
                 name: str = PLATFORM, rewind_s: float = 5.0, open_timeout: float = 10.0,
                 on_problem: Callable[[str], None] | None = None) -> None:
        self.name = name
        self.store = store
        self.accounts = [a.strip().lstrip("@") for a in accounts if a.strip().lstrip("@")]
        self.jetstream_url = jetstream_url
        self.appview_url = appview_url
        self.rewind_us = int(rewind_s * 1_000_000)
        self.open_timeout = open_timeout
        self.stats = JetstreamStats()
        self.handles: dict[str, str] = {}  # did -> current handle
        self.profiles: dict[str, dict[str, str]] = {}  # did -> last known profile fields
        self._on_problem = on_problem
        self._ws = None
        self._saved_at = 0.0
        self._unsaved: dict[str, dict[str, str]] = {}  # did -> a profile the last message changed, not written yet
        self.cursor = _int_or_none(store.get_checkpoint(CURSOR_KEY))
        self._seen: dict[str, int] = _load_seen(store.get_checkpoint(SEEN_KEY))

    @classmethod
    def from_config(cls, cfg, store) -> "BlueskySource":
        """Build from a `bot.config.BlueskySource` section."""
        return cls(store, accounts=cfg.accounts, jetstream_url=cfg.jetstream_url,
                   appview_url=cfg.appview_url, name=cfg.name)

    # -- handle resolution ---------------------------------------------------------------------
    async def resolve(self) -> dict[str, str]:
        """Map every watched handle to its DID (store cache first, then the AppView)."""
        missing = []
        for handle in self.accounts:
            did = handle if handle.startswith("did:") else self.store.resolve_cached(PLATFORM, handle)
            baseline = self._load_profile(did) if did else None
            if did and baseline is not None:
                self._remember(did, baseline.get("handle") or handle, baseline)
            else:
                missing.append(handle)
        if missing:
            await self._resolve_remote(missing)
        if not self.handles:
            raise SourceError(f"source {self.name}: none of the watched Bluesky accounts could be resolved")
        return dict(self.handles)

    async def _resolve_remote(self, handles: list[str]) -> None:
        from atproto import AsyncClient  # heavy import, only when a live Bluesky source runs
        from atproto_client.exceptions import BadRequestError, RequestErrorBase

        client = AsyncClient(base_url=self.appview_url)
        try:
            for handle in handles:
                try:
                    profile = await client.app.bsky.actor.get_profile({"actor": handle})
                except BadRequestError as exc:  # unknown or invalid handle: skip it, keep the rest
                    self._problem(f"cannot resolve Bluesky handle {handle!r}: {exc}")
                    continue
                except RequestErrorBase as exc:
                    raise SourceError(f"source {self.name}: AppView {self.appview_url} failed: {exc}") from None
                self._adopt_profile(handle, profile)
        finally:
            await client.request.close()

    def _adopt_profile(self, handle: str, profile: Any) -> None:
        fields = {"display_name": profile.display_name or "", "bio": profile.description or "",
                  "avatar": _avatar_id(profile.avatar), "handle": profile.handle or handle}
        if not handle.startswith("did:"):
            self.store.cache_account(PLATFORM, handle, profile.did)
        self._save_profile(profile.did, fields)
        self._remember(profile.did, fields["handle"], fields)

    def _remember(self, did: str, handle: str, profile: dict[str, str]) -> None:
        self.handles[did] = handle
        self.profiles[did] = profile

    # -- the stream ------------------------------------------------------------------------------
    def subscribe_url(self) -> str:
        """The Jetstream URL: both collections, the watched DIDs, and the rewound cursor if any."""
        if not self.handles:
            # an empty wantedDids means the whole network: never subscribe like that
            raise SourceError(f"source {self.name}: no resolved accounts to subscribe to")
        params = [("wantedCollections", POST), ("wantedCollections", PROFILE)]
        params += [("wantedDids", did) for did in sorted(self.handles)]
        if self.cursor is not None:
            params.append(("cursor", str(max(0, self.cursor - self.rewind_us))))
        sep = "&" if "?" in self.jetstream_url else "?"
        return self.jetstream_url + sep + urlencode(params, quote_via=quote, safe=":")

    async def stream(self) -> AsyncIterator[SourceItem]:
        """Yield items from Jetstream until the connection ends, which raises SourceError."""
        from websockets.asyncio.client import connect
        from websockets.exceptions import InvalidHandshake, InvalidURI, WebSocketException

        if not self.handles:
            await self.resolve()
        url = self.subscribe_url()
        try:
            async with connect(url, open_timeout=self.open_timeout, max_size=8 * 2**20) as ws:
                self._ws = ws
                async for raw in ws:
                    seen_before = len(self._seen)
                    for item in self.handle_message(raw):
                        self.stats.items += 1
                        yield item
                    # only after its events: written before, a crash in between would leave the restart comparing
                    # the replayed message with its own profile (no change, no event); a message closed midway is
                    # not written, so the restart replays it, events and all
                    self._save_new_profiles()
                    # a new post key must be durable with its cursor (exact dedupe after a restart);
                    # other messages only move the cursor, which is cheap to lose for a second
                    if len(self._seen) != seen_before or time.monotonic() - self._saved_at >= 1.0:
                        self._checkpoint()
        except (InvalidURI, InvalidHandshake) as exc:
            raise SourceError(f"source {self.name}: cannot subscribe to {self.jetstream_url}: {exc}") from None
        except (WebSocketException, OSError, TimeoutError) as exc:
            raise SourceError(f"source {self.name}: Jetstream connection lost: {exc.__class__.__name__}") from None
        finally:
            self._ws = None
        raise SourceError(f"source {self.name}: Jetstream closed the connection")

    async def aclose(self) -> None:
        """Persist the cursor and close the websocket if one is open."""
        self._checkpoint()
        ws, self._ws = self._ws, None
        if ws is not None:
            await ws.close()

    # -- messages --------------------------------------------------------------------------------
    def handle_message(self, raw: str | bytes) -> list[SourceItem]:
        """Turn one Jetstream message into items; a malformed one is counted and skipped."""
        self.stats.messages += 1
        try:
            event = json.loads(raw)
            if not isinstance(event, dict):
                raise Malformed("message is not a JSON object")
            items = self._dispatch(event)
        except ValueError as exc:  # json errors and Malformed are both ValueErrors
            self.stats.malformed += 1
            self._problem(f"malformed Jetstream message skipped: {str(exc)[:200]}")
            return []
        return items

    def _dispatch(self, event: dict) -> list[SourceItem]:
        kind = event.get("kind")
        if kind not in ("commit", "identity", "account"):
            return []  # heartbeats and future kinds
        did = _str(event, "did")
        time_us = event.get("time_us")
        if not isinstance(time_us, int) or isinstance(time_us, bool) or not 0 <= time_us < 2**53:
            raise Malformed("time_us is not a microsecond timestamp")
        items = self._for_watched(kind, did, time_us, _obj(event, kind)) if did in self.handles else []
        self.cursor = max(self.cursor or 0, time_us)
        return items

    def _for_watched(self, kind: str, did: str, time_us: int, body: dict) -> list[SourceItem]:
        if kind == "identity":
            return self._identity(did, time_us, body)
        if kind == "account":
            return self._account(did, time_us, body)
        collection, op = _str(body, "collection"), _str(body, "operation")
        if collection == POST:
            return self._post_commit(did, time_us, op, body)
        if collection == PROFILE and op in ("create", "update"):
            return self._profile_changes(did, time_us, profile_fields(_obj(body, "record")))
        return []

    def _post_commit(self, did: str, time_us: int, op: str, commit: dict) -> list[SourceItem]:
        uri = f"at://{did}/{POST}/{_str(commit, 'rkey')}"
        cid = commit.get("cid") or ""
        key = f"{op}:{uri}:{cid}"
        if key in self._seen:  # a rewound replay
            self.stats.duplicates += 1
            return []
        items = self._post_items(did, time_us, op, uri, cid, commit)
        # remembered only once converted: a message that failed is not a duplicate when it comes again
        self._seen[key] = time_us
        return items

    def _post_items(self, did: str, time_us: int, op: str, uri: str, cid: Any, commit: dict) -> list[SourceItem]:
        """The post, or the edit or deletion event, of one post commit."""
        handle, at = self.handles[did], _iso_us(time_us)
        if op == "create":
            record = _obj(commit, "record")
            return [post_from_record(uri, did, handle, record, time_us, cid=str(cid))]
        if op == "update":
            text = _str(_obj(commit, "record"), "text")
            return [AccountEvent(PLATFORM, handle, "edited", at, new=text, post_id=uri, extra={"did": did})]
        if op == "delete":
            return [AccountEvent(PLATFORM, handle, "deleted", at, post_id=uri, extra={"did": did})]
        raise Malformed(f"unknown commit operation {op!r}")

    def _identity(self, did: str, time_us: int, body: dict) -> list[SourceItem]:
        new = body.get("handle")
        old = self.handles[did]
        if not isinstance(new, str) or not new or new.lower() == old.lower():
            return []  # an identity event without a handle change only asks to refresh caches
        self.handles[did] = new
        self.store.cache_account(PLATFORM, new, did)
        self._new_profile(did, {**self.profiles.get(did, {}), "handle": new})
        # under the new handle: later posts are authored by it, and the detector looks events up by author
        return [AccountEvent(PLATFORM, new, "handle", _iso_us(time_us), old=old, new=new, extra={"did": did})]

    def _account(self, did: str, time_us: int, body: dict) -> list[SourceItem]:
        active = body.get("active")
        status = "active" if active is True else str(body.get("status") or "inactive")
        profile = self.profiles.get(did, {})
        old = profile.get("status", "active")
        self._new_profile(did, {**profile, "status": status})
        if status == old:
            return []
        return [AccountEvent(PLATFORM, self.handles[did], "status", _iso_us(time_us), old=old, new=status,
                             extra={"did": did})]

    def _profile_changes(self, did: str, time_us: int, fields: dict[str, str]) -> list[SourceItem]:
        """One AccountEvent per changed profile field, compared with the last known profile."""
        known = self.profiles.get(did)
        self._new_profile(did, {**(known or {}), **fields, "handle": self.handles[did]})
        if known is None:
            return []  # no baseline yet: this record becomes it
        at, handle = _iso_us(time_us), self.handles[did]
        return [AccountEvent(PLATFORM, handle, kind, at, old=known.get(kind, ""), new=fields[kind],
                             extra={"did": did})
                for kind in PROFILE_FIELDS if fields[kind] != known.get(kind, "")]

    # -- persistence -----------------------------------------------------------------------------
    def _checkpoint(self) -> None:
        if self.cursor is None:
            return
        self.store.set_checkpoint(CURSOR_KEY, str(self.cursor))
        # keep only keys a rewound replay can still bring back
        horizon = self.cursor - 3 * self.rewind_us - 60_000_000
        self._seen = {k: t for k, t in self._seen.items() if t >= horizon}
        if len(self._seen) > MAX_SEEN:  # a flood inside the window: keep the newest keys
            self._seen = dict(sorted(self._seen.items(), key=lambda kv: kv[1])[-MAX_SEEN:])
        self._saved_at = time.monotonic()
        self.store.set_checkpoint(SEEN_KEY, json.dumps(self._seen, separators=(",", ":")))

    def _load_profile(self, did: str) -> dict[str, str] | None:
        return json_checkpoint(self.store, f"bluesky:profile:{did}") or None

    def _new_profile(self, did: str, fields: dict[str, str]) -> None:
        """A message's new profile of `did`: compared with from now on, written by `_save_new_profiles`."""
        self.profiles[did] = fields
        self._unsaved[did] = fields

    def _save_new_profiles(self) -> None:
        """Write the profiles the last message changed."""
        while self._unsaved:
            self._save_profile(*self._unsaved.popitem())

    def _save_profile(self, did: str, fields: dict[str, str]) -> None:
        self.profiles[did] = fields
        self.store.set_checkpoint(f"bluesky:profile:{did}", json.dumps(fields, ensure_ascii=False))

    def _problem(self, message: str) -> None:
        log.warning("source %s: %s", self.name, message)
        if self._on_problem is not None:
            self._on_problem(message)


# -- pure conversion helpers ---------------------------------------------------------------------
def post_from_record(uri: str, did: str, handle: str, record: dict, time_us: int, *, cid: str = "") -> Post:
    """A Post from an app.bsky.feed.post record (created_at falls back to the event time)."""
    text = _str(record, "text")
    langs = record.get("langs")
    lang = langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else ""
    extra: dict[str, Any] = {"cid": cid, "time_us": time_us}
    if isinstance(record.get("reply"), dict):
        extra["reply"] = True
    via = record.get("via")
    return Post(id=uri, platform=PLATFORM, author=handle, author_id=did, created_at=_created_at(record, time_us),
                text=text, lang=lang, source=via if isinstance(via, str) else "",
                urls=record_urls(record), extra=extra)


def record_urls(record: dict) -> tuple[str, ...]:
    """Link targets of a post record: link facets first, then an external embed (deduplicated)."""
    urls: list[str] = []
    facets = record.get("facets")
    for facet in facets if isinstance(facets, list) else ():
        features = facet.get("features") if isinstance(facet, dict) else None
        for feat in features if isinstance(features, list) else ():
            if isinstance(feat, dict) and feat.get("$type") == LINK_FACET and isinstance(feat.get("uri"), str):
                urls.append(feat["uri"])
    embed = record.get("embed")
    if isinstance(embed, dict) and embed.get("$type") == RECORD_WITH_MEDIA:
        embed = embed.get("media")  # a quote post with a link card keeps the card under media
    if isinstance(embed, dict) and embed.get("$type") == EXTERNAL_EMBED:
        ext = embed.get("external")
        if isinstance(ext, dict) and isinstance(ext.get("uri"), str) and ext["uri"]:
            urls.append(ext["uri"])
    return tuple(dict.fromkeys(urls))


def profile_fields(record: dict) -> dict[str, str]:
    """The compared fields of an app.bsky.actor.profile record; avatar as its blob CID."""
    name, bio = record.get("displayName"), record.get("description")
    return {"display_name": name if isinstance(name, str) else "", "bio": bio if isinstance(bio, str) else "",
            "avatar": _avatar_id(record.get("avatar"))}


def _avatar_id(avatar: Any) -> str:
    """The avatar's CID from a blob ref, a legacy blob, or an AppView CDN URL."""
    if isinstance(avatar, dict):
        ref = avatar.get("ref")
        if isinstance(ref, dict) and isinstance(ref.get("$link"), str):
            return ref["$link"]
        return avatar["cid"] if isinstance(avatar.get("cid"), str) else ""
    if isinstance(avatar, str) and avatar:
        m = _CDN_CID.search(avatar)
        return m.group(1) if m else avatar
    return ""


def _created_at(record: dict, time_us: int) -> datetime:
    value = record.get("createdAt")
    if isinstance(value, str):
        try:
            return parse_time(value)
        except (ValueError, OverflowError):  # OverflowError: a zone pushing it past datetime's range
            pass  # a client wrote a bad timestamp: the event time is the next best thing
    return _dt_us(time_us)


def _dt_us(time_us: int) -> datetime:
    return datetime.fromtimestamp(time_us / 1_000_000, tz=timezone.utc)


def _iso_us(time_us: int) -> str:
    return iso(_dt_us(time_us))


def _str(obj: dict, key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str):
        raise Malformed(f"{key} is not a string")
    return value


def _obj(obj: dict, key: str) -> dict:
    value = obj.get(key)
    if not isinstance(value, dict):
        raise Malformed(f"{key} is not an object")
    return value


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _load_seen(raw: str | None) -> dict[str, int]:
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return {k: v for k, v in data.items() if isinstance(v, int)} if isinstance(data, dict) else {}
