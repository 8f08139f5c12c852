"""Cross-account campaigns: the same wallet, link domain or near-identical text posted by
several watched accounts within a sliding event-time window.

State is bounded by the window, not by history: entries older than the window (measured back
from the newest event time seen, its high-water mark) are evicted as event time advances. A post
that touches several live campaigns merges them into the oldest, so one takeover wave is one
campaign however many keys it shares. Posts may arrive out of order: a late one joins only while
it is inside the window, and never moves a time backwards.

A post more than a window past the mark (a jump: posts resuming after a quiet spell, or a bad date)
waits aside. A later post of another account within a window of it confirms it; live, the wall clock
vouches for a time near it, but not for one clamped to it (a date past the wall clock is a lie, in a
replay too). A post that moves the mark observes the waiting jumps within a window of it (no jumps any
more), each at its own time, before that post, and drops the others, so a lying time can neither end
live campaigns nor leave the rest of a replay "too late" to join any. Two clamped times are compared
as written: clamping makes all lies one time.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import chain
from typing import Callable, Iterable, NamedTuple

from ..post import Verdict

MAX_POSTS = 1000  # post ids kept per campaign, the most recent (accounts are bounded by the watch list)
MAX_TEXTS = 5000  # texts kept for near-duplicate matching: a hard bound besides the window
MIN_SHINGLES = 5  # distinct word trigrams a text needs before it can match another
MIN_SUSPICION = 0.05  # a post less suspicious than this adds no text signature (and so, without keys, nothing)
FUTURE_SLACK = timedelta(minutes=5)  # how far past the wall clock an event time may count
MAX_JUMPS = 16  # unconfirmed jumps kept (the newest): several wait only while jumps come in a row
NEAR_TEXT = "near-identical text"
_WORD = re.compile(r"\w+", re.UNICODE)
_NOISE = re.compile(r"https?://\S+|\b\w*\d\w*\b")  # urls, numbers, addresses vary between copies
_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def utc_now() -> datetime:
    """The wall clock, in UTC."""
    return datetime.now(timezone.utc)


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
    severity: str = ""  # of the last alert
    users: dict[str, dict[str, None]] = field(default_factory=dict)  # key -> accounts that posted it, in order

    @property
    def size(self) -> int:
        return len(self.accounts)


@dataclass(frozen=True, slots=True)
class CampaignUpdate:
    """A campaign that reached a new size and deserves a (further) alert.

    `shared`: what the post shares with accounts that posted it before, as (description, those
    accounts' keys), one entry per description, in the post's key order."""

    campaign: Campaign
    shared: tuple[tuple[str, tuple[str, ...]], ...]


class Observation(NamedTuple):
    """One post as `CampaignTracker.observe` takes it (used to replay stored posts)."""

    verdict: Verdict
    keys: dict[str, str]
    folded: str
    suspicion: float
    account: str


def text_signature(folded: str) -> frozenset[str] | None:
    """Word-trigram shingles of a post with its variable parts removed; None if too short."""
    words = _WORD.findall(_NOISE.sub(" ", folded))
    if len(words) < 8:
        return None  # "happy new year" is identical everywhere and means nothing
    sig = frozenset(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
    return sig if len(sig) >= MIN_SHINGLES else None  # "gm gm gm gm gm gm gm gm" is one shingle


class CampaignTracker:
    """Keeps live campaigns over a sliding window and reports growth."""

    def __init__(self, *, window_s: float = 7200.0, min_accounts: int = 2, evidence_score: float = 0.35,
                 near_dup: float = 0.6, clock: Callable[[], datetime] = utc_now) -> None:
        self.window = timedelta(seconds=window_s)
        self.min_accounts = min_accounts
        self.evidence_score = evidence_score
        self.near_dup = near_dup
        self.clock = clock
        self.high_water = _NEVER  # the newest confirmed event time seen (clamped): the window ends there
        self._ahead = _NEVER + self.window  # a post later than this is a jump
        self._jumps: list[tuple[datetime, Observation]] = []  # unconfirmed jumps (event time, post), in arrival order
        self.changed: Campaign | None = None  # the campaign the last observe() added its post to
        self._limit = _NEVER  # event times past this are clamped; the clock is read only beyond it
        self._by_key: dict[str, Campaign] = {}
        self._key_seen: dict[str, datetime] = {}  # a key lives while it was itself seen in the window
        self._key_heap: list[tuple[datetime, str]] = []  # (time seen, key), stale entries skipped on eviction
        self._texts: dict[str, tuple[datetime, frozenset[str]]] = {}  # text key -> (time, shingles)
        self._text_heap: list[tuple[datetime, str]] = []  # one entry per kept text, oldest first
        self._shingles: dict[str, set[str]] = {}  # shingle -> text keys holding it: matching is not a scan
        self._homes: dict[str, Campaign] = {}  # post key -> its stored campaign, only while restoring

    def observe(self, verdict: Verdict, keys: dict[str, str], folded: str,
                suspicion: float | None = None, *, account: str | None = None) -> CampaignUpdate | None:
        """Add one post's keys (key -> readable description); return an update when a campaign grows.

        `suspicion` is the post's score when it carries scam evidence of its own, else 0 (default:
        the score): only suspicious posts add text signatures or make a campaign worth an alert.
        `account` is the author's account key (default: `post.account`). A post more than a window past the
        high-water mark is a jump: it waits, and joins nothing, until a post confirms it or the mark moves near
        it (see the module docstring).
        """
        post = verdict.post
        at = post.created_at
        if at > self._limit:  # hot path: most posts are before the limit, and the clock is not read
            at = self.event_time(at)
        self.changed = None
        suspicion = verdict.score if suspicion is None else suspicion
        account = account or post.account
        if at > self.high_water:
            if (self._jumps or at > self._ahead) and not self._settle(at, Observation(
                    verdict, keys, folded, suspicion, account)):
                return None  # a jump: it waits for a second post
            self._move(at)
        if at < self.high_water - self.window:  # (a jump it confirmed may have moved the mark past it)
            return None  # delivered so late that its window has passed: it joins nothing
        return self._add(at, verdict, keys, folded, suspicion, account)

    def _add(self, at: datetime, verdict: Verdict, keys: dict[str, str], folded: str, suspicion: float,
             account: str, report: bool = True) -> CampaignUpdate | None:
        """Match and merge one post inside the window (at `at`); the update if a campaign grew (and `report`:
        else a growth stays unalerted, for the next post joining the campaign to report)."""
        post = verdict.post
        self.changed = None
        keys = dict(keys)
        sig = text_signature(folded) if suspicion >= MIN_SUSPICION else None
        if sig is not None:
            keys.update(self._near_text(sig, at, post.key))
        if not keys:
            return None
        live = [self._by_key[k] for k in keys if k in self._by_key]
        before = {k: tuple(self._by_key[k].users.get(k, ())) for k in keys if k in self._by_key}
        if post.key in self._homes:
            live.append(self._homes[post.key])
        camp = self.changed = self._merge(live, at, keys, verdict, suspicion, account)
        return self._growth(camp, _shared(keys, before, account)) if report else None

    def event_time(self, t: datetime) -> datetime:
        """`t`, but at most a little past the wall clock: a client-written time (Bluesky's createdAt) can lie,
        and one post a year ahead must not end every live campaign. Replays of the past are never clamped."""
        if t > self._limit:
            self._limit = self.clock() + FUTURE_SLACK
        return min(t, self._limit)

    def _settle(self, at: datetime, post: Observation) -> bool:
        """Whether a post past the mark (at `at`) moves it now. The waiting jumps near it are observed first, in
        time order: a moved mark makes them no jumps. The others are dropped. A jump itself waits, unless another
        account's jump near it confirms it or the wall clock vouches for it."""
        runs = self._near_runs(at, post)
        if at > self._ahead and not any(other for other, _ in runs) and not self._vouched(at, post):
            self._wait(at, post)
            return False
        self._jumps = []  # the mark moves on without the others: most likely each was a lone bad date
        for t, jump in (j for _, run in runs for j in run):
            self._move(t)
            # the caller reports this post's update only; the rest is older than a window, so only jumps of two
            # accounts that waited together (clocks lying by different years, or a restart) make a campaign here:
            # it stays unalerted, for the next post joining it to report
            self._add(t, *jump, report=False)
        return True

    def _near_runs(self, at: datetime, post: Observation) -> list[tuple[bool, list[tuple[datetime, Observation]]]]:
        """The runs of waiting jumps (chained less than a window apart: an account's thread) with one within a window
        of the post at `at`, in time order, each with whether such a one is another account's: that confirms the
        post (a device with a wrong clock dates all it sends wrong, so one account cannot confirm its own jump)."""
        runs: list[list[tuple[datetime, Observation]]] = []
        for jump in sorted(self._jumps, key=lambda j: j[0]):
            if not runs or jump[0] - runs[-1][-1][0] > self.window:
                runs.append([])
            runs[-1].append(jump)
        near = [[o.account != post.account for t, o in run if _apart(t, o, at, post) <= self.window] for run in runs]
        return [(any(others), run) for others, run in zip(near, runs) if others]

    def _wait(self, at: datetime, post: Observation) -> None:
        """Put a jump aside. Past MAX_JUMPS the oldest that would add nothing goes first, else the oldest: an
        account's chatter after a quiet spell must not push out the wallet it posted first."""
        self._jumps.append((at, post))
        if len(self._jumps) > MAX_JUMPS:
            del self._jumps[next((i for i, (_, o) in enumerate(self._jumps) if _inert(o)), 0)]

    def _vouched(self, t: datetime, post: Observation) -> bool:
        """Whether the wall clock vouches for a jump to `t`: live posts land there after a quiet spell, and a
        mark moved there ends only what the next minutes would end anyway. A time past the wall clock (clamped to
        it) is a lie, not a live post: a replay's bad date lands there too."""
        return not _clamped(t, post) and t >= self.clock() - self.window

    def _move(self, t: datetime) -> None:
        """Move the high-water mark on to `t` (never back) and evict what fell out of the window."""
        if t > self.high_water:
            self.high_water, self._ahead = t, t + self.window
            self._evict(t - self.window)

    def _near_text(self, sig: frozenset[str], at: datetime, post_key: str) -> dict[str, str]:
        """Keys of earlier near-duplicate texts in the window (and this text's own key)."""
        own = "text:" + post_key
        found = {own: NEAR_TEXT}
        shared = Counter(chain.from_iterable(self._shingles.get(s, ()) for s in sig))  # key -> shingles in common
        # Jaccard: n shingles in common over |a| + |b| - n in all
        near = [k for k, n in shared.items() if n >= self.near_dup * (len(sig) + len(self._texts[k][1]) - n)]
        for key in sorted(near, key=lambda k: (self._texts[k][0], k)):  # oldest first, not in hash order
            found[key] = NEAR_TEXT
        if own not in self._texts:
            self._add_text(own, at, sig)
        return found

    def _add_text(self, key: str, at: datetime, sig: frozenset[str]) -> None:
        self._texts[key] = (at, sig)
        heapq.heappush(self._text_heap, (at, key))
        for s in sig:
            self._shingles.setdefault(s, set()).add(key)
        if len(self._texts) > MAX_TEXTS:
            self._drop_text(heapq.heappop(self._text_heap)[1])

    def _drop_text(self, key: str) -> None:
        for s in self._texts.pop(key)[1]:
            holders = self._shingles[s]
            holders.discard(key)
            if not holders:
                del self._shingles[s]

    def _merge(self, live: list[Campaign], at: datetime, keys: dict[str, str], verdict: Verdict,
               suspicion: float, account: str) -> Campaign:
        live = sorted({id(c): c for c in live}.values(), key=lambda c: (c.first_seen, c.campaign_id))
        if live:
            camp = live[0]
            for other in live[1:]:
                self._absorb(camp, other)
        else:
            seed = sorted(keys)[0] + "|" + verdict.post.key
            camp = Campaign("cmp-" + hashlib.sha1(seed.encode()).hexdigest()[:12], at, at)
        camp.first_seen, camp.last_seen = min(camp.first_seen, at), max(camp.last_seen, at)
        camp.accounts.setdefault(account, verdict.post.author)
        if verdict.post.key not in camp.post_ids:
            camp.post_ids.append(verdict.post.key)
            if len(camp.post_ids) > MAX_POSTS:  # the newest are kept: a restart finds a campaign by its replayed posts
                del camp.post_ids[0]
        camp.max_score = max(camp.max_score, suspicion)
        for k in keys:
            camp.keys.setdefault(k)
            camp.users.setdefault(k, {})[account] = None
            self._by_key[k] = camp
            if at > self._key_seen.get(k, _NEVER):  # a late post never shortens a key's life
                self._key_seen[k] = at
                heapq.heappush(self._key_heap, (at, k))
        return camp

    def _absorb(self, camp: Campaign, other: Campaign) -> None:
        camp.first_seen, camp.last_seen = min(camp.first_seen, other.first_seen), max(camp.last_seen, other.last_seen)
        for acct, handle in other.accounts.items():
            camp.accounts.setdefault(acct, handle)
        known = set(camp.post_ids)
        camp.post_ids.extend(p for p in other.post_ids if p not in known)
        del camp.post_ids[:-MAX_POSTS]
        camp.max_score = max(camp.max_score, other.max_score)
        camp.alerted_size = max(camp.alerted_size, other.alerted_size)
        camp.severity = camp.severity or other.severity
        for k in other.keys:
            camp.keys.setdefault(k)
            if self._by_key.get(k) is other:  # an evicted key stays evicted
                self._by_key[k] = camp
        for k, accounts in other.users.items():
            camp.users.setdefault(k, {}).update(accounts)

    def _growth(self, camp: Campaign, shared: tuple[tuple[str, tuple[str, ...]], ...]) -> CampaignUpdate | None:
        if camp.size < self.min_accounts or camp.size <= camp.alerted_size:
            return None
        if camp.max_score < self.evidence_score:
            return None  # coordinated benign posting: many outlets, one story
        camp.alerted_size = camp.size
        return CampaignUpdate(camp, shared)

    def _evict(self, horizon: datetime) -> None:
        while self._key_heap and self._key_heap[0][0] < horizon:
            _, key = heapq.heappop(self._key_heap)
            if self._key_seen.get(key, horizon) < horizon:  # else seen again since: a later entry is queued
                del self._key_seen[key]
                self._by_key.pop(key, None)
        while self._text_heap and self._text_heap[0][0] < horizon:
            self._drop_text(heapq.heappop(self._text_heap)[1])

    def restore(self, campaigns: Iterable[Campaign], replay: Iterable[Observation], now: datetime | None) -> None:
        """Rebuild the live state after a restart by observing again, in their first order, the stored posts of
        the last window (`replay`), with `now` the stored high-water mark. `campaigns` are stored ones: a
        replayed post of theirs joins its campaign again, so growth after the restart keeps its id, accounts
        and alerted size; a campaign none of whose posts is replayed has expired. Nothing replayed is reported.
        A replayed post more than a window past `now` (any, if `now` is None: no mark confirmed yet) was an
        unconfirmed jump: it waits again."""
        if now is None:
            self._jumps = [(self.event_time(post.verdict.post.created_at), post) for post in replay][-MAX_JUMPS:]
            return
        self._homes = {p: c for c in sorted(campaigns, key=lambda c: c.last_seen) for p in c.post_ids}
        self._move(now - self.window)  # the stored mark was confirmed: no post of its window is a jump
        waiting = []
        try:
            for post in replay:
                at = self.event_time(post.verdict.post.created_at)
                if at > now + self.window:  # the replay lacks the posts that dropped or kept it: it judges none
                    waiting.append((at, post))
                else:
                    self.observe(*post[:4], account=post.account)
        finally:
            self._homes = {}
        self._move(self.event_time(now))
        self._jumps = waiting[-MAX_JUMPS:]
        self.changed = None

    def live_campaigns(self) -> list[Campaign]:
        return list({id(c): c for c in self._by_key.values()}.values())


def _clamped(t: datetime, post: Observation) -> bool:
    """Whether the post's own time is past its event time `t`: a lie clamped to the wall clock."""
    return post.verdict.post.created_at > t


def _apart(t: datetime, post: Observation, u: datetime, other: Observation) -> timedelta:
    """How far apart two posts' times are (event times `t`, `u`) for confirming a jump. Clamping makes all lies
    one time, so two clamped times compare as written: two bad dates years apart do not confirm each other."""
    if _clamped(t, post) and _clamped(u, other):
        return abs(post.verdict.post.created_at - other.verdict.post.created_at)
    return abs(t - u)


def _inert(post: Observation) -> bool:
    """Whether observing the post adds nothing: no key, and too little suspicion for a text signature."""
    return not post.keys and post.suspicion < MIN_SUSPICION


def _shared(keys: dict[str, str], before: dict[str, tuple[str, ...]],
            account: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a post shares with other accounts that posted it earlier: (description, their account keys)."""
    out: dict[str, dict[str, None]] = {}
    for k, what in keys.items():
        others = [a for a in before.get(k, ()) if a != account]
        if others:
            out.setdefault(what, {}).update(dict.fromkeys(others))
    return tuple((what, tuple(accounts)) for what, accounts in out.items())
