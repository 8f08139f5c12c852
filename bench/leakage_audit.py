"""Audit: do held-out positives share a scam campaign with training positives, and what does that do to the figures?

The held-out splits keep texts apart (corpus: whole story families; janitr: near-duplicate groups over first/last
six words). A scam campaign can still sit on both sides in reworded posts. A post's *campaign keys* here are its
link domains (shorteners and platforms anyone links, such as youtube.com, t.me and pump.fun, left out; `wa.me`
links keep their phone number; `train.campaign_link_keys`, which the janitr split also groups by). For each held-out file:
* exact duplicates of a training text (case and spacing folded);
* positives with a campaign key that a training positive has;
* the shipped model's precision, recall and PR-AUC on the whole file, without those positives, and without as many
  randomly chosen positives (the mean of 300 draws: dropping positives alone moves precision and PR-AUC).
Training rows are built by `train.corpus_examples` / `train.janitr_examples`, as `hijackwatch train` builds them.
blind4 is never read. About a minute.

    .venv/bin/python bench/leakage_audit.py
"""

from __future__ import annotations

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import header

from bot.cli import _scorer
from bot.compare import figures
from bot.config import Config
from bot.detect import train as T
from bot.detect.scorer import Scorer
from bot.evaluate import label_of
from bot.jsonl import ReadStats, read_posts

FILES = ("corpus-heldout", "janitr-heldout")


def campaign_keys(post) -> set[str]:
    """The link domains of a post that name a campaign rather than a platform (`train.campaign_link_keys`)."""
    return T.campaign_link_keys(post.text, post.urls)


def folded(text: str) -> str:
    return " ".join(text.casefold().split())


def training_keys() -> tuple[set[str], set[str]]:
    """(every training text, folded; the campaign keys of training positives)."""
    rows = T.corpus_examples(T.DATA / "corpus") + T.janitr_examples(T.DATA / "janitr" / "train.jsonl")
    texts = {folded(e.post.text) for e in rows}
    keys = set().union(*(campaign_keys(e.post) for e in rows if e.label == 1))
    return texts, keys


def report(name: str, model: Scorer, texts: set[str], keys: set[str]) -> None:
    posts = [p for p in read_posts(T.DATA / "heldout" / f"{name}.jsonl", ReadStats()) if label_of(p) is not None]
    y = np.array([label_of(p) for p in posts])
    verdicts = model.score_many(posts)
    s, f = np.array([v.score for v in verdicts]), np.array([v.flagged for v in verdicts])
    shared = np.array([bool(y[i]) and bool(campaign_keys(p) & keys) for i, p in enumerate(posts)])
    dups = sum(folded(p.text) in texts for p in posts)
    print(f"{name}: {len(posts)} posts ({int(y.sum())} positive); exact duplicates of a training text: {dups}; "
          f"positives sharing a campaign key with a training positive: {int(shared.sum())}")
    line("whole file", figures(y, s, f))
    line("without them", figures(y[~shared], s[~shared], f[~shared]))
    line("without as many random positives (300 draws)", random_drop(y, s, f, int(shared.sum())))


def random_drop(y: np.ndarray, s: np.ndarray, f: np.ndarray, n: int) -> dict[str, float]:
    """The mean figures after dropping n positives chosen at random."""
    rng, pos, runs = np.random.default_rng(0), np.flatnonzero(y == 1), []
    for _ in range(300):
        keep = np.ones(len(y), bool)
        keep[rng.choice(pos, size=n, replace=False)] = False
        runs.append(figures(y[keep], s[keep], f[keep]))
    return {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}


def line(label: str, fig: dict[str, float]) -> None:
    print(f"  {label:46} precision {fig['precision']:.4f}  recall {fig['recall']:.4f}  PR-AUC {fig['pr_auc']:.4f}")


def main() -> None:
    header("leakage audit: held-out positives from campaigns seen in training")
    model = _scorer(Config())
    texts, keys = training_keys()
    print(f"training positives' campaign keys: {len(keys)}; model {model.model_version}")
    for name in FILES:
        report(name, model, texts, keys)


if __name__ == "__main__":
    main()
