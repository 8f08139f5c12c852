"""The interface every post source implements.

A source is an async iterator of `SourceItem`s: new posts, and account events (profile
changes, deletions, edits). Sources own their checkpoints in the store and resume from
them; the runner consumes them concurrently so one slow source never stalls another.

A source keeps its store as `self.store` and writes a checkpoint once the items it covers are
yielded. While the source runs under `bot.runner.run`, `store` is a view whose checkpoint
writes become durable only when those items are processed and stored (reads see them at once).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Protocol

from ..post import Post, iso
from ..redact import error_line


@dataclass(frozen=True, slots=True)
class AccountEvent:
    """A change on a watched account: kind is 'display_name', 'handle', 'avatar', 'bio',
    'deleted' (a post was deleted), 'edited' (a post was edited) or 'status' (the account was
    taken down, deactivated or reactivated)."""

    platform: str
    account: str  # handle
    kind: str
    at: str  # ISO 8601
    old: str = ""
    new: str = ""
    post_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def event_id(self) -> str:
        return f"{self.platform}:{self.account}:{self.kind}:{self.post_id or self.new}:{self.at}"


SourceItem = Post | AccountEvent


class Source(Protocol):
    """A stream of posts and account events from one platform."""

    name: str

    def stream(self) -> AsyncIterator[SourceItem]:
        """Yield items until exhausted (replay) or cancelled (live sources)."""
        ...

    async def aclose(self) -> None:
        """Flush checkpoints and release connections."""
        ...


def json_checkpoint(store, key: str) -> dict:
    """A checkpoint holding a JSON object, or {} when it is missing or not an object."""
    raw = store.get_checkpoint(key)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def brief(exc: BaseException) -> str:
    """An exception as one short line for logs and errors."""
    return error_line(exc, 200)


def change_stamp(last_seen: float | None, now: float, interval_s: float) -> str:
    """When to date a profile change found by polling: the last look that saw the old value.

    Polling only shows that a field changed since then. The earliest moment (bounded to two
    intervals, in case the watcher was down) keeps a post made right after a takeover's
    renaming, fetched in the same poll, after the event, where the detector counts it.
    """
    since = max(last_seen if last_seen is not None else now, now - 2 * interval_s)
    return iso(datetime.fromtimestamp(since, tz=timezone.utc))


def forget_expired(recent: dict[str, list], now: float, window_s: float) -> int:
    """Drop remembered posts (id -> [account, emitted, last checked]) emitted more than `window_s` ago; how many."""
    old = [pid for pid, (_, emitted, _) in recent.items() if emitted < now - window_s]
    for pid in old:
        del recent[pid]
    return len(old)


def due_for_recheck(recent: dict[str, list], now: float, interval: float) -> list[str]:
    """Remembered posts (id -> [account, emitted, last checked]) due a deletion check, the longest unchecked first.

    A post is re-checked after max(interval, its age at the last check): every round while
    fresh (a takeover post is often deleted within minutes), then ever more rarely, so old
    posts cost few requests and, served longest-waiting first, none is starved.
    """
    due = [pid for pid, (_, emitted, checked) in recent.items() if now - checked >= max(interval, checked - emitted)]
    return sorted(due, key=lambda pid: recent[pid][2])
