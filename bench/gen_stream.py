"""A seeded generator of a realistic, large post stream for the benchmarks.

Mostly benign posts from a few thousand accounts with habits (each account is a clone of one
of the demo's accounts: its clients, active hours, languages, link domains and voice), about
2% crypto talk (exchanges and crypto news outlets), and a few takeover waves: several
accounts posting "send BTC, get double back" with one fresh wallet from a client they never
use, or a fake airdrop on a look-alike domain.

The stream is produced lazily in event-time order, so a million posts never sit in memory:

    python bench/gen_stream.py --posts 100000 --seed 7 > stream.jsonl

The same seed and sizes give the same bytes. Text, slots, links and wallets come from
`bot/data/make_demo.py` (imported, not copied).
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import itertools
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.data import make_demo as demo  # noqa: E402
from bot.jsonl import post_from_json  # noqa: E402
from bot.post import Post  # noqa: E402

SEED = 7
START = datetime(2020, 7, 16, tzinfo=timezone.utc)
CRYPTO_CATEGORIES = ("crypto_news", "crypto_exchange")
CRYPTO_SHARE = 0.02  # of all posts, from accounts that talk crypto by habit
POSTS_PER_WAVE_GAP = 50_000  # one takeover wave per this many posts (at least one)
WAVE_CLIENTS = ("Twitter Web App", "Twitter for Android", "TweetDeck")


@dataclass
class GenStats:
    """What the generator produced; filled in as the stream is consumed."""

    posts: int = 0
    crypto_account_posts: int = 0
    waves: int = 0
    takeover_ids: list[str] = field(default_factory=list)


@dataclass
class _Pool:
    """Accounts to draw from, weighted by their posting rate."""

    accounts: list[demo.Account]
    cum: list[float]

    @classmethod
    def of(cls, accounts: list[demo.Account]) -> "_Pool":
        return cls(accounts, list(itertools.accumulate(a.rate for a in accounts)))

    def draw(self, rng: random.Random, hour: int) -> demo.Account:
        """A rate-weighted account, preferring one that is awake at this hour."""
        for _ in range(8):
            acct = self.accounts[bisect.bisect(self.cum, rng.random() * self.cum[-1])]
            if acct.active(hour):
                return acct
        return acct


def make_accounts(rng: random.Random, n: int) -> list[demo.Account]:
    """n accounts cloned from the demo's, each with its own handle, id and posting rate."""
    bases = demo.load_accounts(rng)
    used: set[str] = set()
    out = []
    for i in range(n):
        base = bases[i % len(bases)]
        out.append(dataclasses.replace(base, handle=f"{base.handle}_{i}", author_id=demo._author_id(rng, used),
                                       rate=round(base.rate * rng.lognormvariate(0, 0.6), 3)))
    return out


def _wave(rng: random.Random, victims: list[demo.Account], at: datetime, kind: int) -> list[dict[str, Any]]:
    """One takeover wave: each victim posts the bait a few minutes after the previous one."""
    wallet = demo.donation_address(rng)  # a fresh checksum-valid address per wave
    client = rng.choice(WAVE_CLIENTS)
    out = []
    for acct in victims:
        at += timedelta(seconds=rng.randrange(30, 400))
        if kind % 2 == 0:
            _, _, text = rng.choice(demo.WAVE)
            site = "{link}" in text
            body = text.format(w=wallet, link=demo.tco(rng) if site else "")
            urls = [demo.WAVE_SITE] if site else []
        else:
            _, _, _, text, url = demo.AIRDROP
            body, urls = text.replace("F1", acct.name).format(link=demo.tco(rng)), [url]
        out.append(demo._record(acct, at, body, client, "en", urls))
    return out


def generate(n_posts: int, *, seed: int = SEED, accounts: int = 3000, per_hour: float = 3000.0,
             waves: int | None = None, stats: GenStats | None = None) -> Iterator[dict[str, Any]]:
    """Yield n_posts post records (CONTRACT.md schema) in event-time order."""
    rng = random.Random(seed)
    stats = stats if stats is not None else GenStats()
    everyone = make_accounts(rng, accounts)
    crypto = _Pool.of([a for a in everyone if a.category in CRYPTO_CATEGORIES])
    plain = _Pool.of([a for a in everyone if a.category not in CRYPTO_CATEGORIES])
    n_waves = waves if waves is not None else max(1, n_posts // POSTS_PER_WAVE_GAP)
    wave_at = {int(n_posts * (k + 0.5) / n_waves) for k in range(n_waves)} if n_posts else set()
    pending: list[dict[str, Any]] = []
    clock, ids = START, _Ids(rng)
    while stats.posts < n_posts:
        if stats.posts in wave_at:
            wave_at.discard(stats.posts)
            pending += _wave(rng, rng.sample(plain.accounts, rng.randrange(5, 13)), clock, stats.waves)
            stats.waves += 1
        clock += timedelta(seconds=rng.expovariate(per_hour / 3600.0))
        if pending and pending[0]["created_at"] <= clock:
            rec = pending.pop(0)
            stats.takeover_ids.append(ids.assign(rec))
        else:
            rec = _benign(rng, crypto if rng.random() < CRYPTO_SHARE else plain, clock, stats)
            ids.assign(rec)
        stats.posts += 1
        yield rec


def _benign(rng: random.Random, pool: _Pool, clock: datetime, stats: GenStats) -> dict[str, Any]:
    acct = pool.draw(rng, clock.hour)
    stats.crypto_account_posts += acct.category in CRYPTO_CATEGORIES
    lang = demo._pick(rng, acct.langs)
    text, urls = demo.compose(rng, acct, clock, lang)
    return demo._record(acct, clock, text, demo._pick(rng, acct.clients), lang, urls)


class _Ids:
    """Snowflake ids (time-ordered, unique) and ISO times, assigned in stream order."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.seq = rng, 0

    def assign(self, rec: dict[str, Any]) -> str:
        ms = int(rec["created_at"].timestamp() * 1000)
        self.seq = (self.seq + 1) % 4096
        rec["id"] = str(((ms - demo.TWITTER_EPOCH_MS) << 22) | (self.rng.randrange(1024) << 12) | self.seq)
        rec["created_at"] = rec["created_at"].strftime("%Y-%m-%dT%H:%M:%SZ")
        return rec["id"]


def lines(n_posts: int, **kw: Any) -> Iterator[bytes]:
    """The stream as JSON lines (UTF-8 bytes, newline-terminated)."""
    for rec in generate(n_posts, **kw):
        yield (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")


def posts(n_posts: int, **kw: Any) -> Iterator[Post]:
    """The stream as Post objects."""
    for rec in generate(n_posts, **kw):
        yield post_from_json(rec)


class GeneratedFile:
    """A read-only binary file over `lines()`, for `bot.jsonl.iter_posts` (readline only)."""

    def __init__(self, n_posts: int, **kw: Any) -> None:
        self._lines = lines(n_posts, **kw)
        self._rest = b""

    def readline(self, limit: int = -1) -> bytes:
        line = self._rest or next(self._lines, b"")
        if 0 <= limit < len(line):
            line, self._rest = line[:limit], line[limit:]
        else:
            self._rest = b""
        return line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--accounts", type=int, default=3000)
    ap.add_argument("--per-hour", type=float, default=3000.0, help="posts per hour of event time")
    ap.add_argument("--waves", type=int, default=None, help=f"takeover waves (default one per {POSTS_PER_WAVE_GAP:,})")
    ap.add_argument("--progress", type=int, default=0, help="report to stderr every N posts (0: never)")
    args = ap.parse_args(argv)
    stats = GenStats()
    out = sys.stdout.buffer
    for n, line in enumerate(lines(args.posts, seed=args.seed, accounts=args.accounts, per_hour=args.per_hour,
                                   waves=args.waves, stats=stats), start=1):
        out.write(line)
        if args.progress and n % args.progress == 0:
            print(f"gen_stream: {n:,} posts written", file=sys.stderr, flush=True)
    out.flush()
    print(f"generated {stats.posts:,} posts, {stats.crypto_account_posts:,} from crypto accounts, "
          f"{stats.waves} takeover waves ({len(stats.takeover_ids)} posts)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
