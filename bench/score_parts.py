"""Where `score`'s time goes: CPU µs per post of each stage, on the stream of bench/score.py.

Rules (`Scorer.analyze`): normalize, wallets, links, cues with crypto words, and the whole of `analyze`. Model
(`FastLinear`, batches of 512): model text, each n-gram block (keys and tf-idf dot), the evidence block, and the
whole of `Scorer.verdicts`. Each stage runs over the same 50,000 fresh posts (after 10,000 warm-up posts), one
stage at a time, so the figures add up only roughly; they say which stage to work on, `bench/score.py` says
whether the target is met.

    .venv/bin/python bench/score_parts.py [--posts 50000]
"""

from __future__ import annotations

import argparse
import gc
import time

import _common  # noqa: F401  (puts the project on sys.path)
from _common import header, pin_one_core

import gen_stream
from bot.detect import language
from bot.detect import model as M
from bot.detect.features import evidence_matrix, key_counts, model_text
from bot.detect.links import find_links
from bot.detect.normalize import normalize
from bot.detect.scorer import MAX_TEXT
from bot.detect.wallets import find_wallets
from score import build_scorer

BATCH = 512


def per_post(fn, items) -> float:
    """CPU µs per item of fn over items."""
    t0 = time.process_time()
    for x in items:
        fn(x)
    return (time.process_time() - t0) / len(items) * 1e6


def rule_stages(scorer, posts) -> list[tuple[str, float]]:
    norms = [normalize(p.text[:MAX_TEXT]) for p in posts]
    return [("rules: normalize", per_post(lambda p: normalize(p.text[:MAX_TEXT]), posts)),
            ("rules: wallets", per_post(lambda n: find_wallets(n.text, n.folded), norms)),
            ("rules: links", per_post(lambda pn: find_links(pn[1].text, pn[0].urls), list(zip(posts, norms)))),
            ("rules: cues and crypto words", per_post(lambda n: language.find_cues_and_crypto(n.folded), norms)),
            ("rules: analyze, all of it", per_post(scorer.analyze, posts))]


def model_stages(scorer, fast, posts) -> list[tuple[str, float]]:
    analyses = [scorer.analyze(p) for p in posts]
    batches = [analyses[i:i + BATCH] for i in range(0, len(analyses), BATCH)]
    texts = [[model_text(a) for a in b] for b in batches]
    out = [("model: model text", per_post(lambda b: [model_text(a) for a in b], batches) / BATCH)]
    for (ngrams, idf, w), name in zip(fast.text_blocks, ("char", "word")):
        out.append((f"model: {name} n-gram keys and counts",
                    per_post(lambda t: key_counts(ngrams.keys(t), ngrams.n_features), texts) / BATCH))
        parts = [key_counts(ngrams.keys(t), ngrams.n_features) for t in texts]
        out.append((f"model: {name} tf-idf dot",
                    per_post(lambda pt: M._tfidf_dot(*pt[0], len(pt[1]), idf, w), list(zip(parts, texts))) / BATCH))
    ev, w, _ = fast.evidence
    out.append(("model: evidence block", per_post(lambda b: evidence_matrix(b, ev.cue_names_) @ w, batches) / BATCH))
    out.append(("verdicts, all of it (model + flags)", per_post(scorer.verdicts, batches) / BATCH))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=50_000)
    n = parser.parse_args(argv).posts
    pin_one_core()  # as bench/score.py
    header("score: CPU per post of each stage")
    model = M.load_model(M.DEFAULT_MODEL)
    scorer, fast = build_scorer(model), M._fast_path(model)
    posts = list(gen_stream.posts(n + 10_000))
    for p in posts[:10_000]:
        scorer.analyze(p)  # warm the detectors' caches, as a running scorer has them
    posts = posts[10_000:]
    gc.collect()
    gc.freeze()
    for name, us in rule_stages(scorer, posts) + (model_stages(scorer, fast, posts) if fast else []):
        print(f"{name:42} {us:6.2f} µs/post")


if __name__ == "__main__":
    main()
