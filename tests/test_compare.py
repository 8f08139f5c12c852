"""`eval FILE --against MODEL`: two models' figures on the same posts and a cluster bootstrap of B − A."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bot.cli import _scorer, main
from bot.compare import cluster_ids, compare, figures
from bot.config import Config
from bot.detect.model import DEFAULT_MODEL
from bot.detect.scorer import Scorer
from bot.evaluate import evaluate
from bot.jsonl import ReadStats, read_posts
from tests.conftest import make_post

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout" / "corpus-heldout.jsonl"


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> Path:
    """Every fifth post of the corpus held-out file (both labels, whole families kept apart by field)."""
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()[::5]
    path = tmp_path_factory.mktemp("cmp") / "sample.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def posts_of(path: Path):
    return list(read_posts(str(path), ReadStats()))


def test_each_side_matches_eval_and_the_interval_holds_the_difference(sample):
    model, rules = _scorer(Config()), Scorer()  # the bundled model (A) against rules only (B)
    c = compare(posts_of(sample), model, rules, resamples=200)
    for side, scorer in enumerate((model, rules)):
        rep = evaluate(posts_of(sample), scorer)
        got = {m: v[side] for m, v in c.figures.items()}
        assert got["precision"] == pytest.approx(rep.precision) and got["recall"] == pytest.approx(rep.recall)
        assert got["pr_auc"] == pytest.approx(rep.pr_auc) and got["f1"] == pytest.approx(rep.f1)
    assert c.cluster_field == "family" and c.clusters == len({p.extra["family"] for p in posts_of(sample)})
    for m, (d, lo, hi) in c.differences.items():
        assert d == pytest.approx(c.figures[m][1] - c.figures[m][0])
        assert lo <= hi
    d, lo, hi = c.differences["pr_auc"]
    assert hi < 0 and lo <= d <= hi  # the model ranks far better than the rule score, beyond resampling noise


def test_a_model_against_itself_differs_by_exactly_zero(sample):
    scorer = _scorer(Config())
    c = compare(posts_of(sample), scorer, scorer, resamples=50)
    assert all((d, lo, hi) == (0.0, 0.0, 0.0) for d, lo, hi in c.differences.values())


def test_posts_without_a_family_are_clustered_by_near_duplicate_text():
    texts = ["Send 1 BTC now and I will send back 2 BTC to you today",
             "Send 5 BTC now and I will send back 10 BTC, offer ends",
             "The match kicks off at eight tonight, see you at the ground"]
    ids, field = cluster_ids([make_post(str(i), "a", t) for i, t in enumerate(texts)])
    assert field == "near-duplicate group" and ids[0] == ids[1] != ids[2]


def test_figures_on_a_small_hand_counted_case():
    y = np.array([1, 1, 0, 0, 0])
    f = figures(y, np.array([0.9, 0.2, 0.8, 0.1, 0.05]), np.array([True, False, True, False, False]))
    assert (f["precision"], f["recall"], f["f1"]) == (0.5, 0.5, 0.5)
    assert f["pr_auc"] == pytest.approx((1.0 + 2 / 3) / 2)  # positives ranked 1st and 3rd
    assert np.isnan(figures(np.array([1, 1]), np.array([0.3, 0.4]), np.array([True, True]))["pr_auc"])
    quiet = figures(np.array([0, 0]), np.array([0.1, 0.2]), np.array([False, False]))
    assert (quiet["precision"], quiet["recall"]) == (1.0, 1.0)  # the same conventions as `eval`


def test_cli_against_json_and_a_missing_model(sample, capsys):
    assert main(["eval", str(sample), "--against", str(DEFAULT_MODEL), "--resamples", "20", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["models"][0] == out["models"][1] and out["cluster_field"] == "family"
    assert out["differences"]["recall"] == {"b_minus_a": 0.0, "ci95": [0.0, 0.0]}
    assert main(["eval", str(sample), "--against", str(sample.parent / "none.skops")]) == 2
    err = capsys.readouterr().err
    assert "none.skops: no model file" in err and len(err.strip().splitlines()) == 1
    assert main(["eval", str(sample), "--against", str(DEFAULT_MODEL), "--by", "kind"]) == 2
    assert "cannot be combined" in capsys.readouterr().err
