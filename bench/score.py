"""Benchmark: `score` throughput on a realistic post mix, on one core.

Measures Scorer.score_many in batches of 512 (what `hijackwatch score` does) and Scorer.score
one post at a time, rules only and with the trained model when `models/hijackwatch.skops`
exists. Posts are generated first (bench/gen_stream.py) and held in memory, so only scoring is
timed. Throughput is reported against process CPU time (robust on a shared machine) and wall
time; the process is pinned to one core. Target: >= 20,000 posts/s/core.

    .venv/bin/python bench/score.py [--posts 50000] [--repeat 3] [--model PATH | --rules-only]
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from _common import header, verdict

import gen_stream
from bot.config import Config
from bot.detect.model import DEFAULT_MODEL, load_model
from bot.pipeline import Pipeline
from bot.store import Store

TARGET = 20_000


def build_scorer(model):
    """The scorer exactly as `hijackwatch score` builds it (default config)."""
    return Pipeline.from_config(Config(), Store(":memory:"), model=model).scorer


def timed(fn, posts, repeat: int) -> tuple[float, float]:
    """Best (cpu, wall) posts/s over `repeat` runs."""
    best_cpu = best_wall = 0.0
    for _ in range(repeat):
        c0, w0 = time.process_time(), time.perf_counter()
        fn(posts)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        best_cpu, best_wall = max(best_cpu, len(posts) / cpu), max(best_wall, len(posts) / wall)
    return best_cpu, best_wall


def batched(scorer, size: int = 512):
    def run(posts):
        flagged = 0
        for i in range(0, len(posts), size):
            flagged += sum(v.flagged for v in scorer.score_many(posts[i:i + size]))
        return flagged
    return run


def one_by_one(scorer):
    def run(posts):
        return sum(scorer.score(p).flagged for p in posts)
    return run


def report(label: str, scorer, posts, repeat: int) -> None:
    batched(scorer)(posts[:2000])  # warm caches (domain judgements, regex, model)
    flagged = batched(scorer)(posts)
    for mode, fn in (("batch of 512", batched(scorer)), ("one at a time", one_by_one(scorer))):
        cpu, wall = timed(fn, posts, repeat)
        print(f"{label:<28} {mode:<14} {cpu:>10,.0f} posts/s cpu  {wall:>10,.0f} posts/s wall  "
              f"[{verdict(cpu, TARGET, higher_is_better=True)} >= {TARGET:,}]")
    print(f"{'':<28} flagged {flagged:,} of {len(posts):,} posts")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=gen_stream.SEED)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--rules-only", action="store_true")
    args = ap.parse_args(argv)
    header("score throughput, one core")
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    posts = list(gen_stream.posts(args.posts, seed=args.seed, waves=max(4, args.posts // 10_000)))
    print(f"posts:   {len(posts):,} generated (seed {args.seed}); best of {args.repeat} runs")
    report("rules only", build_scorer(None), posts, args.repeat)
    if args.rules_only:
        return 0
    model = load_model(args.model, on_warning=lambda m: print(f"model:   {m}"))
    if model is not None:
        report(f"model {model.version}"[:28], build_scorer(model), posts, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
