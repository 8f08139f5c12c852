"""Two models on one labelled file: each model's figures, and the difference with a cluster bootstrap interval.

Posts of one story family (the `family` field), or else of one near-duplicate group, are resampled together:
a test file holds several phrasings of each story, and resampling them one by one would give intervals that
are too narrow.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from .detect.scorer import Scorer
from .evaluate import EvalReport, _curves, label_of
from .post import Post

METRICS = ("precision", "recall", "f1", "pr_auc", "recall_at_2pct_fpr")


@dataclass(frozen=True)
class Comparison:
    """Figures of models A and B on the same posts, and B − A with a 95 % bootstrap interval."""

    versions: tuple[str, str]
    posts: int
    clusters: int
    cluster_field: str  # "family" or "near-duplicate group"
    resamples: int
    figures: dict[str, tuple[float, float]]  # metric -> (A, B)
    differences: dict[str, tuple[float, float, float]]  # metric -> (B − A, low, high)

    def to_json(self) -> dict:
        r4 = lambda x: round(float(x), 4)  # noqa: E731
        return {"models": list(self.versions), "posts": self.posts, "clusters": self.clusters,
                "cluster_field": self.cluster_field, "resamples": self.resamples,
                "figures": {m: [r4(a), r4(b)] for m, (a, b) in self.figures.items()},
                "differences": {m: {"b_minus_a": r4(d), "ci95": [r4(lo), r4(hi)]}
                                for m, (d, lo, hi) in self.differences.items()}}


def compare(posts: Iterable[Post], a: Scorer, b: Scorer, *, resamples: int = 1000, seed: int = 0) -> Comparison:
    """Score the labelled posts with both scorers (each flags at its own threshold) and bootstrap B − A."""
    labelled = [p for p in posts if label_of(p) is not None]
    if not labelled:
        raise ValueError("no labelled post to compare on")
    y = np.array([label_of(p) for p in labelled])
    runs = [_run(labelled, s) for s in (a, b)]
    clusters, field = cluster_ids(labelled)
    members = [np.flatnonzero(clusters == c) for c in np.unique(clusters)]
    rng = np.random.default_rng(seed)
    diffs = np.array([_difference(y, runs, np.concatenate([members[i] for i in rng.integers(0, len(members), len(members))]))
                      for _ in range(resamples)])
    fa, fb = (figures(y, *run) for run in runs)
    lo, hi = np.nanpercentile(diffs, [2.5, 97.5], axis=0)
    return Comparison(versions=(a.model_version, b.model_version), posts=len(y), clusters=len(members),
                      cluster_field=field, resamples=resamples,
                      figures={m: (fa[m], fb[m]) for m in METRICS},
                      differences={m: (fb[m] - fa[m], lo[k], hi[k]) for k, m in enumerate(METRICS)})


def _run(posts: Sequence[Post], scorer: Scorer) -> tuple[np.ndarray, np.ndarray]:
    verdicts = scorer.score_many(posts)
    return np.array([v.score for v in verdicts]), np.array([v.flagged for v in verdicts])


def _difference(y: np.ndarray, runs, idx: np.ndarray) -> list[float]:
    (sa, fa), (sb, fb) = runs
    a, b = figures(y[idx], sa[idx], fa[idx]), figures(y[idx], sb[idx], fb[idx])
    return [b[m] - a[m] for m in METRICS]


def figures(y: np.ndarray, scores: np.ndarray, flagged: np.ndarray) -> dict[str, float]:
    """Precision, recall and F1 of the flags; PR-AUC and recall at FPR ≤ 2 % of the scores (NaN without both labels)."""
    tp = int(np.sum(flagged & (y == 1)))
    rep = EvalReport(tp=tp, fp=int(flagged.sum()) - tp, fn=int(y.sum()) - tp)  # eval's own conventions
    ap, r2 = _curves(y.tolist(), scores.tolist()) if len(set(y.tolist())) == 2 else (np.nan, np.nan)
    return {"precision": rep.precision, "recall": rep.recall, "f1": rep.f1, "pr_auc": ap, "recall_at_2pct_fpr": r2}


def cluster_ids(posts: Sequence[Post]) -> tuple[np.ndarray, str]:
    """One id per post: its story family when every post names one, else its near-duplicate group."""
    families = [p.extra.get("family") for p in posts]
    if all(isinstance(f, str) and f for f in families):
        return np.array(families), "family"
    from .detect.train import near_duplicate_groups

    return np.array(near_duplicate_groups([p.text for p in posts])), "near-duplicate group"
