"""Evaluation of `score` on a labelled post file: post precision/recall/F1/PR-AUC and wallet extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .detect.scorer import Scorer
from .jsonl import ReadStats
from .post import Post


@dataclass
class EvalReport:
    """The figures `hijackwatch eval` prints."""

    posts: int = 0
    positives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    pr_auc: float | None = None  # None: the file lacks positives or negatives, so there is no curve to measure
    recall_at_2pct_fpr: float | None = None
    wallet_tp: int = 0
    wallet_fp: int = 0
    wallet_fn: int = 0
    wallet_labelled: int = 0  # posts whose `wallets` field labels them (0: the file says nothing of wallets)
    skipped: int = 0
    unlabelled: int = 0
    model_version: str = ""
    errors: list[dict] = field(default_factory=list)
    by: str | None = None  # the post field the report is broken down by, if any
    groups: dict[str, dict[str, int]] = field(default_factory=dict)  # its value -> posts/positives/tp/fp

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def wallet_precision(self) -> float | None:
        """None when no post is wallet-labelled: a file without wallet labels proves nothing either way."""
        if not self.wallet_labelled:
            return None
        return self.wallet_tp / (self.wallet_tp + self.wallet_fp) if self.wallet_tp + self.wallet_fp else 1.0

    @property
    def wallet_recall(self) -> float | None:
        if not self.wallet_labelled:
            return None
        return self.wallet_tp / (self.wallet_tp + self.wallet_fn) if self.wallet_tp + self.wallet_fn else 1.0

    def to_json(self) -> dict:
        r4 = lambda x: None if x is None else round(x, 4)  # noqa: E731
        return {"posts": self.posts, "positives": self.positives, "precision": r4(self.precision),
                "recall": r4(self.recall), "f1": r4(self.f1), "pr_auc": r4(self.pr_auc),
                "recall_at_2pct_fpr": r4(self.recall_at_2pct_fpr),
                "confusion": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn},
                "wallet_precision": r4(self.wallet_precision), "wallet_recall": r4(self.wallet_recall),
                "wallets": {"tp": self.wallet_tp, "fp": self.wallet_fp, "fn": self.wallet_fn,
                            "labelled_posts": self.wallet_labelled},
                "skipped_lines": self.skipped, "unlabelled": self.unlabelled, "model_version": self.model_version,
                **({"by": {"field": self.by, "groups": self.groups}} if self.by else {})}

    def group_lines(self) -> list[str]:
        """One readable line per value of the breakdown field, most posts first."""
        lines = []
        for value, g in sorted(self.groups.items(), key=lambda kv: (-kv[1]["posts"], kv[0])):
            recall = f"recall {g['tp'] / g['positives']:.4f} ({g['tp']}/{g['positives']})" if g["positives"] else "no positives"
            negatives = g["posts"] - g["positives"]
            fps = f"false positives {g['fp']}/{negatives}" if negatives else "no negatives"
            lines.append(f"  {self.by}={value}: {g['posts']} posts, {recall}, {fps}")
        return lines


def label_of(post: Post) -> int | None:
    """The post's 0/1 label, or None when it has none."""
    label = post.extra.get("label")
    if label in (0, 1, True, False):
        return int(label)
    return None


def evaluate(posts: Iterable[Post], scorer: Scorer, stats: ReadStats | None = None,
             batch: int = 512, keep_errors: int = 50, by: str | None = None) -> EvalReport:
    """Score every labelled post and compare with its label and labelled wallets; with `by`, also
    count per value of that post field (e.g. `kind`, `lang`, `platform`)."""
    rep = EvalReport(model_version=scorer.model_version, by=by)
    labels: list[int] = []
    scores: list[float] = []
    buf: list[Post] = []
    for post in posts:
        if label_of(post) is None:
            rep.unlabelled += 1
            continue
        buf.append(post)
        if len(buf) >= batch:
            _score_batch(buf, scorer, rep, labels, scores, keep_errors)
            buf = []
    _score_batch(buf, scorer, rep, labels, scores, keep_errors)
    rep.pr_auc, rep.recall_at_2pct_fpr = _curves(labels, scores)
    rep.skipped = stats.skipped if stats else 0
    return rep


def _score_batch(posts: Sequence[Post], scorer: Scorer, rep: EvalReport, labels: list[int],
                 scores: list[float], keep_errors: int) -> None:
    if not posts:
        return
    for post, v in zip(posts, scorer.score_many(posts)):
        y = label_of(post)
        labels.append(y)
        scores.append(v.score)
        rep.posts += 1
        rep.positives += y
        _count(rep, y, v.flagged)
        if rep.by:
            _count_group(rep, post, y, v.flagged)
        if y != int(v.flagged) and len(rep.errors) < keep_errors:
            rep.errors.append({"id": post.id, "label": y, "score": round(v.score, 3), "text": post.text[:200]})
        _count_wallets(rep, post, v.wallets)


def _count(rep: EvalReport, y: int, flagged: bool) -> None:
    if y and flagged:
        rep.tp += 1
    elif y:
        rep.fn += 1
    elif flagged:
        rep.fp += 1
    else:
        rep.tn += 1


def _count_group(rep: EvalReport, post: Post, y: int, flagged: bool) -> None:
    value = getattr(post, rep.by, None) if rep.by in Post.__dataclass_fields__ else post.extra.get(rep.by)
    g = rep.groups.setdefault("(none)" if value in (None, "") else str(value),
                              {"posts": 0, "positives": 0, "tp": 0, "fp": 0})
    g["posts"] += 1
    g["positives"] += y
    g["tp"] += int(y and flagged)
    g["fp"] += int(flagged and not y)


def _count_wallets(rep: EvalReport, post: Post, found) -> None:
    truth = post.extra.get("wallets")
    if not isinstance(truth, list):
        return  # the file does not label wallets for this post
    rep.wallet_labelled += 1
    want = {(w.get("chain"), w.get("address")) for w in truth if isinstance(w, dict)}
    got = {(w.chain, w.address) for w in found}
    rep.wallet_tp += len(want & got)
    rep.wallet_fp += len(got - want)
    rep.wallet_fn += len(want - got)


def _curves(labels: list[int], scores: list[float]) -> tuple[float | None, float | None]:
    """PR-AUC (average precision) and recall at a false-positive rate of at most 2%; (None, None) unless both
    classes are present."""
    if not labels or len(set(labels)) < 2:  # 0.0 here would read as a model that ranks nothing right
        return None, None
    from sklearn.metrics import average_precision_score, roc_curve

    ap = float(average_precision_score(labels, scores))
    fpr, tpr, _ = roc_curve(labels, scores)
    ok = [t for f, t in zip(fpr, tpr) if f <= 0.02]
    return ap, float(max(ok) if ok else 0.0)
