"""Shared fixtures: posts, stores, configs."""

from __future__ import annotations

import gc
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.post import Post
from bot.store import Store


@pytest.fixture(autouse=True)
def _unfreeze_gc():
    """`replay` and `run` freeze the start-up objects of their process (cli._settle); in the test process that
    would keep every later test's objects out of the collector, so each test ends unfrozen."""
    yield
    gc.unfreeze()

FIXTURES = Path(__file__).parent / "fixtures"
WALLET_2020 = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
T0 = datetime(2020, 7, 15, 20, 0, tzinfo=timezone.utc)


class FixedModel:
    """A stand-in model that scores every post it is asked about `score` (default 0.99)."""

    version, threshold = "fixed", 0.5

    def __init__(self, score: float = 0.99):
        self.score = score

    def predict_proba(self, analyses):
        return [self.score] * len(analyses)


def make_post(pid: str, author: str, text: str, *, minutes: float = 0, source: str = "Twitter for iPhone",
              lang: str = "en", urls=(), platform: str = "x", **extra) -> Post:
    """A post at T0 + minutes."""
    return Post(id=pid, platform=platform, author=author, author_id=f"id-{author}",
                created_at=T0 + timedelta(minutes=minutes), text=text, source=source, lang=lang,
                urls=tuple(urls), extra=extra)


def write_jsonl(path: Path, posts) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for p in posts:
            fh.write(json.dumps(p.to_json() if isinstance(p, Post) else p) + "\n")
    return path


@pytest.fixture
def store(tmp_path) -> Store:
    s = Store(tmp_path / "hw.db")
    yield s
    s.close()


@pytest.fixture
def takeover_wave():
    """History for five accounts, then three of them posting the 2020 bait with one wallet."""
    posts = []
    for i in range(30):
        for n, who in enumerate(["barackobama", "elonmusk", "billgates", "apple", "cnn"]):
            posts.append(make_post(f"h{i}{n}", who, f"Ordinary update number {i} about our work and plans.",
                                   minutes=-3000 + i * 60 + n))
    bait = ("I am giving back to my community. All Bitcoin sent to my address below will be sent back doubled! "
            f"If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {WALLET_2020}")
    posts.append(make_post("t1", "elonmusk", bait, minutes=0, source="Twitter Web App"))
    posts.append(make_post("b1", "cnn", "Breaking news from the capital tonight.", minutes=3, source="SocialFlow"))
    posts.append(make_post("t2", "billgates", "Everyone is asking me to give back. " + bait, minutes=7,
                           source="Twitter Web App"))
    posts.append(make_post("t3", "barackobama", bait.replace("my community", "the community"), minutes=15,
                           source="Twitter Web App"))
    return posts
