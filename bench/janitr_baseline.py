"""Where does "plain TF-IDF + logistic regression gets about 0.95 PR-AUC on janitr" come from?

Out-of-fold PR-AUC and recall at FPR <= 2% of a plain word+char TF-IDF logistic regression (no
hijackwatch features) on janitr's *training side*, in four settings: the "@bankrbot deploy" rows left out
(as the issue's target says) or kept as positives, and 5-fold splits that are random (near-duplicates may
sit on both sides) or by near-duplicate group and scam campaign (as `hijackwatch train` splits janitr).
Then the same baseline fitted on the whole training side and scored once on the held-out slice
(`data/heldout/janitr-heldout.jsonl`), the file `hijackwatch eval` reads: a reference point for the
shipped model's figure there, not a model anyone tunes (nothing here is chosen on that file).
The shipped model's own out-of-fold figure on the same rows is in models/MODEL_CARD.md.

    .venv/bin/python bench/janitr_baseline.py
"""

from __future__ import annotations

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import ROOT, header
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_curve
from sklearn.model_selection import GroupKFold, StratifiedKFold
from sklearn.pipeline import make_pipeline, make_union

from bot.detect.train import (DATA, campaign_link_keys, is_bankrbot_deploy, janitr_label, janitr_split,
                              near_duplicate_groups, read_rows)


def baseline():
    """The plain recipe: word 1-2 and char_wb 2-5 TF-IDF, balanced logistic regression."""
    return make_pipeline(make_union(TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                                    TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
                         LogisticRegression(C=100, max_iter=3000, class_weight="balanced"))


def training_side(keep_deploy: bool) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts, labels and near-duplicate groups of janitr's training side (as `train.janitr_rows` splits it)."""
    raw = read_rows(ROOT / "data" / "janitr" / "train.jsonl")
    campaigns = [campaign_link_keys(r.get("text", ""), r.get("urls") or []) for r in raw]  # as train.janitr_rows
    groups = near_duplicate_groups([r.get("text", "") for r in raw], campaigns)
    keep = [(r, g) for r, g, side in zip(raw, groups, janitr_split(raw, groups))
            if side == "train" and (keep_deploy or not is_bankrbot_deploy(r.get("text", "")))]
    return ([r.get("text", "") for r, _ in keep], np.array([janitr_label(r) for r, _ in keep]),
            np.array([g for _, g in keep]))


def out_of_fold(texts: list[str], y: np.ndarray, groups: np.ndarray, grouped: bool) -> np.ndarray:
    folds = (GroupKFold(5).split(texts, y, groups) if grouped
             else StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y))
    oof = np.zeros(len(y))
    for tr, te in folds:
        model = baseline().fit([texts[i] for i in tr], y[tr])
        oof[te] = model.predict_proba([texts[i] for i in te])[:, 1]
    return oof


def figures(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """(PR-AUC, recall at FPR <= 2 %)."""
    fpr, tpr, _ = roc_curve(y, p)
    return average_precision_score(y, p), tpr[fpr <= 0.02].max()


def heldout() -> tuple[int, int, float, float]:
    """The baseline fitted on the training side (deploy rows left out), scored on the held-out slice."""
    texts, y, _ = training_side(keep_deploy=False)
    rows = read_rows(DATA / "heldout" / "janitr-heldout.jsonl")
    y_held = np.array([int(r["label"]) for r in rows])
    p = baseline().fit(texts, y).predict_proba([r.get("text", "") for r in rows])[:, 1]
    return (len(rows), int(y_held.sum()), *figures(y_held, p))


def main() -> None:
    header("janitr: plain TF-IDF + LR baseline, out-of-fold on the training side")
    print(f"{'@bankrbot deploy rows':24} {'split':22} {'posts':>6} {'pos':>4} {'PR-AUC':>7} {'R@FPR<=2%':>10}")
    for keep_deploy in (False, True):
        texts, y, groups = training_side(keep_deploy)
        for grouped in (True, False):
            pr_auc, r2 = figures(y, out_of_fold(texts, y, groups, grouped))
            print(f"{'kept as positives' if keep_deploy else 'left out (the target)':24} "
                  f"{'groups and campaigns' if grouped else 'random (may leak)':22} {len(y):6d} {int(y.sum()):4d} "
                  f"{pr_auc:7.4f} {r2:10.4f}")
    n, pos, pr_auc, r2 = heldout()
    print(f"{'left out (the target)':24} {'fit: training side':22} {n:6d} {pos:4d} {pr_auc:7.4f} {r2:10.4f}"
          "   <- held-out slice (janitr-heldout.jsonl)")


if __name__ == "__main__":
    main()
