"""Account habits (COMPA-style behavioural profiles): what is normal for one account.

A profile counts, over the account's history, its posting clients, hours of day, languages,
link domains, mention habit and how often it talks crypto. `surprises()` says which habits a
new post breaks; the weight of that grows with the amount of history, so a new account with
a handful of posts cannot trip it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable

from ..post import Evidence, Post, iso, parse_time

MAX_KEYS = 200  # per counter: a profile stays small whatever the account posts
_HOURS = tuple(str(h) for h in range(24))  # counter keys, without a str() per post
_MENTION = re.compile(r"(?<![\w@.])@[A-Za-z0-9_]")  # @handle (X, Bluesky, Mastodon), not an e-mail address


def mentions_someone(text: str) -> bool:
    """Whether the text @-mentions an account."""
    return "@" in text and _MENTION.search(text) is not None


@dataclass
class Profile:
    """Counts of one account's habits."""

    posts: int = 0
    crypto_posts: int = 0
    mention_posts: int = 0
    sources: Counter = field(default_factory=Counter)
    hours: Counter = field(default_factory=Counter)
    langs: Counter = field(default_factory=Counter)
    domains: Counter = field(default_factory=Counter)
    loaded_last_at: str = ""  # ISO time of the newest post learned, as saved (see last_at)
    _newest: datetime | None = field(default=None, repr=False, compare=False)  # the newest post learned since

    @property
    def last_at(self) -> str:
        """ISO time of the newest post learned."""
        return iso(self._newest) if self._newest else self.loaded_last_at

    def learn(self, post: Post, *, crypto: bool, domains: Iterable[str]) -> None:
        """Add one post to the history (in any order: a late post counts as much as a new one)."""
        if self._newest is None and self.loaded_last_at:
            self._newest = parse_time(self.loaded_last_at)
        if self._newest is None or post.created_at > self._newest:  # datetimes: ISO text misorders fractions
            self._newest = post.created_at  # kept as a datetime: iso() would cost ~2 us a post
        self.posts += 1
        self.crypto_posts += int(crypto)
        self.mention_posts += int(mentions_someone(post.text))
        _bump(self.sources, post.source)
        _bump(self.hours, _HOURS[post.created_at.hour])
        _bump(self.langs, post.lang)
        for d in set(domains):
            _bump(self.domains, d)

    def to_json(self) -> dict:
        return {"posts": self.posts, "crypto_posts": self.crypto_posts, "mention_posts": self.mention_posts,
                "sources": dict(self.sources), "hours": dict(self.hours), "langs": dict(self.langs),
                "domains": dict(self.domains), "last_at": self.last_at}

    @classmethod
    def from_json(cls, d: dict) -> "Profile":
        return cls(posts=d.get("posts", 0), crypto_posts=d.get("crypto_posts", 0),
                   mention_posts=d.get("mention_posts", 0), sources=Counter(d.get("sources", {})),
                   hours=Counter(d.get("hours", {})), langs=Counter(d.get("langs", {})),
                   domains=Counter(d.get("domains", {})), loaded_last_at=d.get("last_at", ""))


def _bump(counter: Counter, key: str) -> None:
    if not key:
        return
    if key in counter or len(counter) < MAX_KEYS:
        counter[key] += 1


def _rare(counter: Counter, key: str, total: int) -> tuple[bool, int]:
    """Whether `key` is (almost) never seen, and how often it was."""
    return _rare_share(counter.get(key, 0), total)


def _rare_share(seen: int, total: int) -> tuple[bool, int]:
    """Whether a habit seen `seen` times in `total` posts is (almost) never seen (at most 1 in 200), and `seen`."""
    return seen <= max(0, total // 200), seen


def surprises(profile: Profile, post: Post, *, crypto: bool, domains: Iterable[str],
              min_posts: int = 20) -> list[Evidence]:
    """Habits this post breaks, as evidence weighted by how much history backs them."""
    n = profile.posts
    if n < 3:
        return []
    confidence = min(1.0, n / min_posts)
    out: list[Evidence] = []
    if post.source:
        rare, seen = _rare(profile.sources, post.source, n)
        if rare:
            what = "first post ever" if seen == 0 else f"post {seen + 1}"
            out.append(Evidence("habit_client", 1.2 * confidence,
                                f'{what} from client "{post.source}" in {n:,} posts', post.source))
    if crypto:
        share = profile.crypto_posts / n
        if share < 0.02:
            what = "first crypto post" if profile.crypto_posts == 0 else f"crypto in {share:.0%} of posts"
            out.append(Evidence("habit_crypto", 1.4 * confidence, f"{what} in {n:,} posts", "crypto"))
    if mentions_someone(post.text):
        rare, seen = _rare_share(profile.mention_posts, n)
        if rare:
            what = f"first post with a mention in {n:,} posts" if seen == 0 else \
                f"mentions someone, as only {seen:,} of its {n:,} posts did"
            out.append(Evidence("habit_mention", 0.4 * confidence, what, "mention"))
    hour = _HOURS[post.created_at.hour]
    rare, seen = _rare(profile.hours, hour, n)
    if rare and n >= 50 and not _near_habit(profile.hours, post.created_at.hour, n):
        how = "never posts at" if seen == 0 else f"posted at only {_times(seen)} in {n:,} posts"
        out.append(Evidence("habit_hour", 0.5 * confidence, f"posted at {hour:0>2}:00 UTC, an hour it {how}", hour))
    if post.lang and profile.langs:
        rare, seen = _rare(profile.langs, post.lang, n)
        if rare:
            how = "never used before" if seen == 0 else f"used only {_times(seen)} in {n:,} posts"
            out.append(Evidence("habit_lang", 0.5 * confidence, f'language "{post.lang}" {how}', post.lang))
    for d in sorted(set(domains)):
        rare, seen = _rare(profile.domains, d, n)
        if rare:
            what = f"first link ever to {d}" if seen == 0 else f"link {seen + 1} to {d} in {n:,} posts"
            out.append(Evidence("habit_domain", 0.4 * confidence, what, d))
            break
    return out


def _near_habit(hours: Counter, hour: int, total: int) -> bool:
    """Whether the account often posts in an hour next to `hour` (UTC): a daylight-saving change shifts its
    whole day by an hour, so the first post at the new edge hour is no broken habit."""
    return any(not _rare(hours, _HOURS[(hour + d) % 24], total)[0] for d in (-1, 1))


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n:,} times"
