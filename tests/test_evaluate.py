"""`bot.evaluate`: the figures `hijackwatch eval` prints."""

from __future__ import annotations

from bot.detect.scorer import Scorer
from bot.evaluate import evaluate

from .conftest import WALLET_2020, make_post

BAIT = f"Send BTC to {WALLET_2020} and I send back double! Giveaway 30 minutes only"


def test_a_file_of_one_class_has_no_curve_figures_rather_than_zero():
    # PR-AUC and recall at FPR <= 2 % need positives and negatives; 0.0 read as a model that ranks nothing right
    positives = [make_post(str(i), "a", BAIT, label=1) for i in range(3)]
    rep = evaluate(positives, Scorer())
    assert rep.recall == 1.0
    assert rep.pr_auc is None and rep.recall_at_2pct_fpr is None
    d = rep.to_json()
    assert d["pr_auc"] is None and d["recall_at_2pct_fpr"] is None


def test_a_file_of_both_classes_measures_the_curves():
    posts = [make_post("1", "a", BAIT, label=1), make_post("2", "b", "Lovely lunch with the team today", label=0)]
    rep = evaluate(posts, Scorer())
    assert rep.pr_auc == 1.0 and rep.recall_at_2pct_fpr == 1.0
