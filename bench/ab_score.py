"""Scoring speed of the working tree against another commit, in one process, on the same fresh posts.

This host's speed drifts by 20 % and more between runs (other tenants), so two `bench/score.py` runs cannot
resolve a change of a few percent. Here both versions score each chunk of posts, one right after the other,
alternating which goes first; the figure is the median over chunks of their throughput ratio. The other
commit's `bot` package is extracted with `git archive` into a temporary directory as `bot_base`. Both score with
the working tree's model file, so only the code differs. Each side's detectors keep their own caches and see
every post once (after the same warm-up). One pinned core, CPU time.

    .venv/bin/python bench/ab_score.py --base HEAD~3 [--chunks 8] [--chunk 25000]
"""

from __future__ import annotations

import argparse
import gc
import re
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

from _common import ROOT, header, pin_one_core
from score import batched, timed

import gen_stream
from bot.detect.model import DEFAULT_MODEL, load_model
from bot.detect.scorer import Scorer

_ABSOLUTE = re.compile(r"\b(from|import) bot\b")


def extract_base(rev: str, into: Path) -> None:
    """The `bot` package of commit `rev`, renamed `bot_base` (its absolute imports rewritten), under `into`."""
    blob = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "bot"], check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(into, filter="data")
    (into / "bot").rename(into / "bot_base")
    for path in (into / "bot_base").rglob("*.py"):
        path.write_text(_ABSOLUTE.sub(r"\1 bot_base", path.read_text(encoding="utf-8")), encoding="utf-8")


def base_scorer(model):
    """A scorer of the extracted package around the working tree's fitted pipeline."""
    from bot_base.detect import model as base_model
    from bot_base.detect.scorer import Scorer as BaseScorer

    wrapped = base_model.PostModel(model.pipeline, version=model.version, threshold=model.threshold,
                                   no_evidence_threshold=model.no_evidence_threshold)
    return BaseScorer(model=wrapped)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="the commit to compare against, e.g. HEAD~3")
    ap.add_argument("--chunks", type=int, default=8)
    ap.add_argument("--chunk", type=int, default=25_000)
    args = ap.parse_args(argv)
    pin_one_core()
    header(f"score speed: working tree against {args.base}, alternating on the same fresh posts")
    with tempfile.TemporaryDirectory() as tmp:
        extract_base(args.base, Path(tmp))
        sys.path.insert(0, tmp)
        from bot_base.post import Post as BasePost

        model = load_model(DEFAULT_MODEL)
        sides = {"base": base_scorer(model), "tree": Scorer(model=model)}
        posts = list(gen_stream.posts(10_000 + args.chunks * args.chunk))
        fields = list(posts[0].__dataclass_fields__)
        inputs = {"tree": posts, "base": [BasePost(**{f: getattr(p, f) for f in fields}) for p in posts]}
        for name, scorer in sides.items():
            scorer.score_many(inputs[name][:10_000])  # the same warm-up for both
        gc.collect()
        gc.freeze()
        rates: dict[str, list[float]] = {"base": [], "tree": []}
        for i in range(args.chunks):
            chunk = slice(10_000 + i * args.chunk, 10_000 + (i + 1) * args.chunk)
            for name in (("base", "tree") if i % 2 == 0 else ("tree", "base")):
                rates[name].append(timed(batched(sides[name]), [inputs[name][chunk]])[0])  # CPU posts/s
        same = max(abs(a.score - b.score) for a, b in zip(sides["base"].score_many(inputs["base"][:4000]),
                                                         sides["tree"].score_many(inputs["tree"][:4000])))
    for name, values in rates.items():
        print(f"{name:5} posts/s per chunk: " + " ".join(f"{v:,.0f}" for v in values))
    ratios = sorted(t / b for t, b in zip(rates["tree"], rates["base"]))
    mid = (ratios[(len(ratios) - 1) // 2] + ratios[len(ratios) // 2]) / 2
    print(f"tree / base per chunk: {' '.join(f'{r:.3f}' for r in ratios)}; median {mid:.3f}")
    print(f"largest score difference on 4,000 posts: {same:.3g}")


if __name__ == "__main__":
    main()
