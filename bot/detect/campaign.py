"""Cross-account campaigns: the same wallet, link domain or near-identical text posted by
several watched accounts within a sliding event-time window.

State is bounded by the window, not by history: entries older than the window are evicted
as event time advances. A post that touches several live campaigns merges them into the
oldest, so one takeover wave is one campaign however many keys it shares.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterable

from ..post import Verdict

MAX_POSTS = 1000  # post ids kept per campaign (accounts are bounded by the watch list)
_WORD = re.compile(r"\w+", re.UNICODE)
_NOISE = re.compile(r"https?://\S+|\b\w*\d\w*\b")  # urls, numbers, addresses vary between copies


@dataclass
class Campaign:
    """A cluster of related posts from distinct accounts."""

    campaign_id: str
    first_seen: datetime
    last_seen: datetime
    keys: dict[str, None] = field(default_factory=dict)  # an ordered set: first seen first
    accounts: dict[str, str] = field(default_factory=dict)  # account key -> handle, first post order
    post_ids: list[str] = field(default_factory=list)
    max_score: float = 0.0
    alerted_size: int = 0  # how many accounts the last alert named

    @property
    def size(self) -> int:
        return len(self.accounts)


@dataclass(frozen=True, slots=True)
class CampaignUpdate:
    """A campaign that reached a new size and deserves a (further) alert."""

    campaign: Campaign
    key_reasons: tuple[str, ...]


def text_signature(folded: str) -> frozenset[str] | None:
    """Word-trigram shingles of a post with its variable parts removed; None if too short."""
    words = _WORD.findall(_NOISE.sub(" ", folded))
    if len(words) < 8:
        return None  # "happy new year" is identical everywhere and means nothing
    return frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b)


class CampaignTracker:
    """Keeps live campaigns over a sliding window and reports growth."""

    def __init__(self, *, window_s: float = 7200.0, min_accounts: int = 2, evidence_score: float = 0.35,
                 near_dup: float = 0.6) -> None:
        self.window = timedelta(seconds=window_s)
        self.min_accounts = min_accounts
        self.evidence_score = evidence_score
        self.near_dup = near_dup
        self._by_key: dict[str, Campaign] = {}
        self._texts: OrderedDict[str, tuple[datetime, frozenset[str], str]] = OrderedDict()
        self._order: deque[tuple[datetime, str]] = deque()  # (time, key) for eviction
        self._key_seen: dict[str, datetime] = {}  # a key lives while it was itself seen in the window

    def observe(self, verdict: Verdict, keys: dict[str, str], folded: str,
                suspicion: float | None = None) -> CampaignUpdate | None:
        """Add one post's keys (key -> readable description); return an update when a campaign grows.

        `suspicion` is the post's score when it carries scam evidence of its own, else 0 (default:
        the score): only suspicious posts add text signatures or make a campaign worth an alert.
        """
        now = verdict.post.created_at
        self._evict(now)
        keys = dict(keys)
        suspicion = verdict.score if suspicion is None else suspicion
        sig = text_signature(folded) if suspicion >= 0.05 else None
        if sig is not None:
            keys.update(self._near_text(sig, now, verdict.post.key))
        if not keys:
            return None
        camp = self._merge([self._by_key[k] for k in keys if k in self._by_key], now, keys, verdict, suspicion)
        return self._growth(camp, keys)

    def _near_text(self, sig: frozenset[str], now: datetime, post_key: str) -> dict[str, str]:
        """Keys of earlier near-duplicate texts in the window (and this text's own key)."""
        own = "text:" + post_key
        found = {own: "near-identical text"}
        for key, (_, other, _) in self._texts.items():
            if len(sig & other) and _jaccard(sig, other) >= self.near_dup:
                found[key] = "near-identical text"
        self._texts[own] = (now, sig, post_key)
        if len(self._texts) > 5000:  # a hard bound besides the window
            self._texts.popitem(last=False)
        return found

    def _merge(self, live: list[Campaign], now: datetime, keys: dict[str, str], verdict: Verdict,
               suspicion: float) -> Campaign:
        live = sorted({id(c): c for c in live}.values(), key=lambda c: (c.first_seen, c.campaign_id))
        if live:
            camp = live[0]
            for other in live[1:]:
                self._absorb(camp, other)
        else:
            seed = sorted(keys)[0] + "|" + verdict.post.key
            camp = Campaign("cmp-" + hashlib.sha1(seed.encode()).hexdigest()[:12], now, now)
        camp.last_seen = max(camp.last_seen, now)
        camp.accounts.setdefault(verdict.post.account, verdict.post.author)
        if len(camp.post_ids) < MAX_POSTS and verdict.post.key not in camp.post_ids:  # full: skip the scan
            camp.post_ids.append(verdict.post.key)
        camp.max_score = max(camp.max_score, suspicion)
        for k in keys:
            camp.keys.setdefault(k)
            self._by_key[k] = camp
            self._key_seen[k] = now
            self._order.append((now, k))
        return camp

    def _absorb(self, camp: Campaign, other: Campaign) -> None:
        for acct, handle in other.accounts.items():
            camp.accounts.setdefault(acct, handle)
        camp.post_ids.extend(p for p in other.post_ids if p not in camp.post_ids)
        camp.max_score = max(camp.max_score, other.max_score)
        camp.alerted_size = max(camp.alerted_size, other.alerted_size)
        for k in other.keys:
            camp.keys.setdefault(k)
            self._by_key[k] = camp

    def _growth(self, camp: Campaign, keys: dict[str, str]) -> CampaignUpdate | None:
        if camp.size < self.min_accounts or camp.size <= camp.alerted_size:
            return None
        if camp.max_score < self.evidence_score:
            return None  # coordinated benign posting: many outlets, one story
        camp.alerted_size = camp.size
        return CampaignUpdate(camp, tuple(dict.fromkeys(keys.values())))

    def _evict(self, now: datetime) -> None:
        horizon = now - self.window
        while self._order and self._order[0][0] < horizon:
            _, key = self._order.popleft()
            if key in self._key_seen and self._key_seen[key] < horizon:
                del self._key_seen[key]
                self._by_key.pop(key, None)
        while self._texts:
            first = next(iter(self._texts.values()))
            if first[0] >= horizon:
                break
            self._texts.popitem(last=False)

    def restore(self, campaigns: Iterable[Campaign], now: datetime) -> None:
        """Re-load campaigns still live at `now` (after a restart), so growth keeps its campaign id."""
        live = sorted((c for c in campaigns if now - c.last_seen <= self.window), key=lambda c: c.last_seen)
        for camp in live:
            for k in camp.keys:
                if not k.startswith("text:"):
                    self._by_key[k] = camp
                    self._key_seen[k] = camp.last_seen
                    self._order.append((camp.last_seen, k))

    def live_campaigns(self) -> list[Campaign]:
        return list({id(c): c for c in self._by_key.values()}.values())
