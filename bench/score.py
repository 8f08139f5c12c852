"""Benchmark: `score` throughput on a realistic post mix, on one core.

Measures Scorer.score_many in batches of 512 (what `hijackwatch score` does) and Scorer.score
one post at a time, rules only and with the trained model when `models/hijackwatch.skops`
exists; and the pipeline's way (`verdicts(flaggable_only=True)`: the model only for posts it
could flag). Posts are generated first (bench/gen_stream.py) and held in memory, so only scoring
is timed. Every timed run scores posts it has not seen before (the detectors keep bounded caches
of URLs, hosts and tokens, which a rerun over the same posts would flatter); a last line scores
real posts (janitr X posts and the corpus, each once). Throughput is reported against process
CPU time (robust on a shared machine) and wall time; the process is pinned to one core.
Target: >= 20,000 posts/s/core.

    .venv/bin/python bench/score.py [--posts 50000] [--repeat 3] [--model PATH | --rules-only]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from _common import header, pin_one_core, verdict

import gen_stream
from bot.config import Config
from bot.detect.model import DEFAULT_MODEL, load_model
from bot.pipeline import Pipeline
from bot.store import Store

TARGET = 20_000


def build_scorer(model):
    """The scorer exactly as `hijackwatch score` builds it (default config)."""
    return Pipeline.from_config(Config(), Store(":memory:"), model=model).scorer


def timed(fn, runs: list[list]) -> tuple[float, float]:
    """Best (cpu, wall) posts/s over the runs, each on its own posts."""
    best_cpu = best_wall = 0.0
    for posts in runs:
        c0, w0 = time.process_time(), time.perf_counter()
        fn(posts)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        best_cpu, best_wall = max(best_cpu, len(posts) / cpu), max(best_wall, len(posts) / wall)
    return best_cpu, best_wall


def batched(scorer, size: int = 512, flaggable_only: bool = False):
    def run(posts):
        flagged = 0
        for i in range(0, len(posts), size):
            batch = [scorer.analyze(p) for p in posts[i:i + size]]
            flagged += sum(v.flagged for v in scorer.verdicts(batch, flaggable_only=flaggable_only))
        return flagged
    return run


def one_by_one(scorer):
    def run(posts):
        return sum(scorer.score(p).flagged for p in posts)
    return run


def line(label: str, mode: str, cpu: float, wall: float) -> None:
    print(f"{label:<36} {mode:<22} {cpu:>10,.0f} posts/s cpu  {wall:>10,.0f} posts/s wall  "
          f"[{verdict(cpu, TARGET, higher_is_better=True)} >= {TARGET:,}]")


def report(label: str, scorer, fresh, warm: list, real: list | None, repeat: int) -> None:
    """Timed runs, each on posts no earlier run saw (`fresh` yields them)."""
    batched(scorer)(warm)  # warm up: regexes compiled, model loaded, caches filled by other posts
    line(label, "batch of 512", *timed(batched(scorer), [next(fresh) for _ in range(repeat)]))
    line(label, "one at a time", *timed(one_by_one(scorer), [next(fresh)]))
    if scorer.model is not None:
        line(label, "pipeline (flaggable)", *timed(batched(scorer, flaggable_only=True), [next(fresh)]))
    if real:
        line(label, "real posts, batch", *timed(batched(scorer), [real]))
    sample = next(fresh)
    print(f"{'':<36} flagged {batched(scorer)(sample):,} of {len(sample):,} posts")


def real_posts() -> list:
    """janitr's real X posts and the corpus posts, each once (texts no generator wrote)."""
    from bot.detect.train import read_rows, row_post

    data = Path(__file__).resolve().parents[1] / "data"
    files = [data / "janitr" / "train.jsonl", *sorted((data / "corpus").glob("*.jsonl"))]
    return [row_post({**r, "id": str(r["id"])}) for f in files for r in read_rows(f)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=gen_stream.SEED)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--no-gc-freeze", action="store_true", help="let the GC scan the in-memory input too")
    args = ap.parse_args(argv)
    header("score throughput, one core")
    pin_one_core()
    runs = 2 * args.repeat + 5  # batch runs, one at a time, pipeline, flagged count; for both scorers
    posts = list(gen_stream.posts(args.posts * runs + 2000, seed=args.seed, waves=max(4, args.posts * runs // 10_000)))
    warm = posts[:2000]
    fresh = (posts[2000 + i * args.posts:2000 + (i + 1) * args.posts] for i in range(runs))
    real = real_posts()
    # The input is held in memory only for the benchmark (`hijackwatch score` streams it): keep the
    # cyclic GC from rescanning half a million input objects, as it never would in the command.
    if not args.no_gc_freeze:
        gc.freeze()
    print(f"posts:   {len(posts):,} generated (seed {args.seed}); every timed run scores {args.posts:,} posts no "
          f"earlier run saw (best of {args.repeat} batch runs); real posts: {len(real):,} (janitr + corpus, once)")
    report("rules only", build_scorer(None), fresh, warm, None, args.repeat)
    if args.rules_only:
        return 0
    model = load_model(args.model, on_warning=lambda m: print(f"model:   {m}"))
    if model is not None:
        report(f"model {model.version}"[:36], build_scorer(model), fresh, warm, real, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
