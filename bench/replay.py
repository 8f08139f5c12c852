"""Benchmark: replay end to end (JSONL reader -> Pipeline -> Store on a temporary file database).

Runs the CLI's own replay loop (`bot.cli._replay`, batches of 256) on a generated stream
written to a temporary JSONL file, and reports:

* throughput: posts/s from the first post read to the last row flushed (target >= 10,000);
* latency from ingestion (the post parsed off the file) to its alert queued (the alert row and
  its deliveries committed, i.e. `on_alert` called): p50/p99 over the posts that fire alerts
  (target p99 <= 50 ms), and from ingestion to the post's batch being done for all posts.

Ingestion times are taken by wrapping `bot.jsonl.read_posts` for the run; nothing in the
library is changed for the benchmark.

    .venv/bin/python bench/replay.py [--posts 200000] [--model PATH | --rules-only]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import header, percentile, pin_one_core, verdict

import gen_stream
import bot.cli as cli
import bot.jsonl as jsonl
from bot.config import Config, DetectConfig
from bot.detect.model import DEFAULT_MODEL

TARGET_RATE, TARGET_P99_MS = 10_000, 50.0


class Clock:
    """Ingestion times of posts and the latencies measured against them."""

    def __init__(self) -> None:
        self.ingested: dict[str, float] = {}  # post id -> time read
        self.undone: list[float] = []  # ingestion times of posts whose batch is not done
        self.all_ms: list[float] = []
        self.alert_ms: list[float] = []
        self.first = self.last = 0.0
        self.cpu_first = self.cpu_last = 0.0

    def reader(self, real):
        """A drop-in for bot.jsonl.read_posts that stamps each post as it is parsed."""
        def read_posts(*args, **kw):
            for post in real(*args, **kw):
                now = time.perf_counter()
                if not self.first:
                    self.first, self.cpu_first = now, time.process_time()
                self.ingested[post.id] = now
                self.undone.append(now)
                yield post
        return read_posts

    def batch_done(self, _lines: int = 0) -> None:
        now = self.last = time.perf_counter()
        self.cpu_last = time.process_time()
        self.all_ms.extend((now - t) * 1000 for t in self.undone)
        self.undone.clear()

    def alert(self, alert) -> None:
        now = time.perf_counter()
        stamps = [self.ingested[i] for i in alert.post_ids if i in self.ingested]
        if stamps:  # a campaign alert is fired by its newest post
            self.alert_ms.append((now - max(stamps)) * 1000)


def write_stream(path: Path, n: int, seed: int) -> gen_stream.GenStats:
    stats = gen_stream.GenStats()
    with open(path, "wb") as fh:
        fh.writelines(gen_stream.lines(n, seed=seed, stats=stats))
    return stats


def run(path: Path, db: Path, cfg: Config) -> tuple[Clock, object, object]:
    clock = Clock()
    real = jsonl.read_posts
    jsonl.read_posts = clock.reader(real)
    try:
        stats, rstats = cli._replay(path, db, cfg, clock.alert, clock.batch_done)
    finally:
        jsonl.read_posts = real
    clock.batch_done()  # the last partial batch, flushed and profiles saved by close()
    return clock, stats, rstats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=gen_stream.SEED)
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--rules-only", action="store_true")
    args = ap.parse_args(argv)
    header("replay end to end (reader, pipeline, store on a file)")
    pin_one_core()  # one core, like one worker; sqlite runs in-process
    with tempfile.TemporaryDirectory(prefix="hw-bench-") as tmp:
        path, db = Path(tmp) / "stream.jsonl", Path(tmp) / "bench.db"
        gen = write_stream(path, args.posts, args.seed)
        model = None if args.rules_only else Path(args.model)
        cfg = Config(database=db, detect=DetectConfig(model_path=model if model and model.exists() else
                                                       Path(tmp) / "no-model.skops"))
        print(f"stream:  {gen.posts:,} posts ({path.stat().st_size / 1e6:.0f} MB), {gen.waves} takeover waves "
              f"({len(gen.takeover_ids)} posts); model: {cfg.detect.model_path.name if model else 'rules only'}")
        clock, stats, rstats = run(path, db, cfg)
        took, cpu = clock.last - clock.first, clock.cpu_last - clock.cpu_first
        rate, cpu_rate = rstats.posts / took, rstats.posts / cpu
        print(f"result:  {stats.posts:,} posts, {stats.flagged} flagged, {stats.alerts} alerts "
              f"({stats.campaign_alerts} campaign) in {took:.2f}s; db {db.stat().st_size / 1e6:.0f} MB")
        print(f"throughput           {rate:>10,.0f} posts/s wall, {cpu_rate:,.0f} posts/s cpu  "
              f"[{verdict(rate, TARGET_RATE, higher_is_better=True)} >= {TARGET_RATE:,}]")
        for label, ms in (("alerting posts", clock.alert_ms), ("all posts", clock.all_ms)):
            p50, p99 = percentile(ms, 50), percentile(ms, 99)
            print(f"latency {label:<14} p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  max {max(ms, default=0):7.1f} ms"
                  f"  n={len(ms):,}  [{verdict(p99, TARGET_P99_MS, higher_is_better=False)} p99 <= "
                  f"{TARGET_P99_MS:.0f} ms]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
