"""Stage 1 of a model-card candidate: the shipped recipe against one change of it, on training rows only.

Candidates (`build_pipeline` options): 12, naive-Bayes log-count-ratio scaling of the n-gram blocks (`nb=True`);
13, the words of link hosts in the model text (`host_words=True`); 15, a janitr head: the shipped recipe fitted on
the janitr rows alone, its logit averaged with the shipped model's (`--candidate 15`; for corpus rows, which it
never trains on, the head fitted on all janitr rows is out of fold); 16, the training-only investment- and
recovery-scam families (`data/build_corpus.py --with-inv`) added to the rows, the figures on the original rows only;
17, a gradient-boosted second stage over the shipped model's logit and the evidence columns, fitted on out-of-fold
logits (`--candidate 17`; nested: in each outer fold, stage A's inner out-of-fold logits train stage B); 18, n-gram
columns held by fewer than two training groups dropped (`min_groups=2`).
For the shipped recipe and the candidate:
* group 5-fold out-of-fold scores over all training rows (`train.out_of_fold`), the flag threshold chosen on them
  as `train()` chooses it (the flag gate included), and the established criterion: mean(corpus F1 at that
  threshold, janitr OOF PR-AUC), with the corpus and janitr OOF PR-AUC and recall at FPR <= 2 % beside it;
* dev PR-AUC: the recipe fitted on all training rows, scored on the three read blind sets pooled (never trained on).
No held-out corpus or janitr row and no blind4 row is read. A few minutes on two cores.

    .venv/bin/python bench/candidate_oof.py --candidate 13 [--jobs 2]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import extended_data, header
from regularization_dev import _STATE, load, pr_auc

from bot.compare import figures
from bot.detect import train as T
from bot.detect.scorer import Scorer

CANDIDATES = {12: ("nb", {"nb": True}), 13: ("hosts", {"host_words": True}), 15: ("janitr-head", {}),
              16: ("inv", {}), 17: ("stacked", {}), 18: ("support", {"min_groups": 2})}
BAR = 0.003  # the bar of the model card's grids


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def janitr_head() -> tuple[np.ndarray, np.ndarray]:
    """(out-of-fold scores of the janitr head for every training row, its scores on the dev rows)."""
    s = _STATE
    j = np.where(s["janitr"])[0]
    a = [s["analyses"][i] for i in j]
    g = [s["groups"][i] for i in j]
    pipe = T.fit(a, s["y"][j], g, weights=s["weights"][j])
    oof = pipe.predict_proba(s["analyses"])[:, 1]  # corpus rows: never trained on
    oof[j] = T.out_of_fold(a, s["y"][j], g, folds=5, weights=s["weights"][j])
    return oof, pipe.predict_proba(s["dev"])[:, 1]


def blended(params: dict) -> tuple[np.ndarray, float]:
    """Candidate 15: the shipped model's and the janitr head's logits averaged (OOF scores, dev PR-AUC)."""
    s = _STATE
    full = T.fit(s["analyses"], s["y"], s["groups"], weights=s["weights"], **params).predict_proba(s["dev"])[:, 1]
    oof = T.out_of_fold(s["analyses"], s["y"], s["groups"], folds=5, weights=s["weights"], **params)
    head_oof, head_dev = janitr_head()
    mix = lambda p, q: 1 / (1 + np.exp(-(_logit(p) + _logit(q)) / 2))  # noqa: E731
    return mix(oof, head_oof), pr_auc(s["dev_y"], mix(full, head_dev))


def stage_b_columns(p: np.ndarray, analyses) -> np.ndarray:
    """Candidate 17's stage-B columns: stage A's logit, then the evidence columns unscaled."""
    from bot.detect.features import evidence_matrix

    return np.column_stack([_logit(p), evidence_matrix(list(analyses))])


def fit_stage_b(p: np.ndarray, analyses, y: np.ndarray, weights: np.ndarray):
    """Stage B as the model card fixes it, fitted on stage A's out-of-fold probabilities `p`."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    x = stage_b_columns(p, analyses)
    cst = [1] + [0] * (x.shape[1] - 1)
    hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=200, max_leaf_nodes=15, min_samples_leaf=40,
                                         l2_regularization=1.0, class_weight="balanced", early_stopping=False,
                                         random_state=0, monotonic_cst=cst)
    return hgb.fit(x, y, sample_weight=weights)


def stacked() -> tuple[np.ndarray, float]:
    """Candidate 17: (nested out-of-fold scores, dev PR-AUC) of the two-stage recipe."""
    s = _STATE
    a, y, g, w = s["analyses"], s["y"], np.asarray(s["groups"]), s["weights"]
    oof = np.zeros(len(y))
    for tr, te in T.group_folds(list(g), 5):
        part = [a[i] for i in tr]
        inner = T.out_of_fold(part, y[tr], list(g[tr]), folds=5, weights=w[tr])
        stage_a = T.fit(part, y[tr], list(g[tr]), weights=w[tr]).predict_proba([a[i] for i in te])[:, 1]
        head = fit_stage_b(inner, part, y[tr], w[tr])
        oof[te] = head.predict_proba(stage_b_columns(stage_a, [a[i] for i in te]))[:, 1]
    full = T.fit(a, y, list(g), weights=w).predict_proba(s["dev"])[:, 1]
    head = fit_stage_b(T.out_of_fold(a, y, list(g), folds=5, weights=w), a, y, w)
    return oof, pr_auc(s["dev_y"], head.predict_proba(stage_b_columns(full, s["dev"]))[:, 1])


def inv_state() -> dict:
    """Candidate 16's rows: the training rows plus the investment- and recovery-scam families (weight 1), built as
    `hijackwatch train` would gather them; `keep` marks the original rows, on which both recipes are judged."""
    data = extended_data("--with-inv")
    from build_corpus import INV_PREFIX  # importable once extended_data put data/ on the path

    scorer = Scorer()
    extra = np.array([e.group.startswith("corpus:" + INV_PREFIX) for e in data.examples])
    if len(extra) - extra.sum() != len(_STATE["y"]):
        raise RuntimeError("the extended build changed the original training rows")
    return dict(_STATE, analyses=[scorer.analyze(e.post) for e in data.examples],
                y=np.array([e.label for e in data.examples]), groups=[e.group for e in data.examples],
                weights=np.array([T.SOURCE_WEIGHTS.get(e.source, 1.0) for e in data.examples]),
                janitr=np.array([e.source == "janitr" for e in data.examples]), keep=~extra)


def scores(name: str, params: dict, s: dict) -> tuple[np.ndarray, float]:
    """(out-of-fold scores over the rows of `s`, dev PR-AUC) of one recipe."""
    if name == "janitr-head":
        return blended(params)
    if name == "stacked":
        return stacked()
    pipe = T.fit(s["analyses"], s["y"], s["groups"], weights=s["weights"], **params)
    dev = pr_auc(s["dev_y"], pipe.predict_proba(s["dev"])[:, 1])
    return T.out_of_fold(s["analyses"], s["y"], s["groups"], folds=5, weights=s["weights"], **params), dev


def cell(spec: tuple[str, dict]) -> tuple[str, dict[str, float]]:
    """The stage-1 figures of one recipe."""
    name, params = spec
    s = inv_state() if name == "inv" else _STATE
    oof, dev = scores(name, params, s)
    evidence = np.array([a.scam_evidence for a in s["analyses"]])
    threshold = T.choose_threshold(s["y"], oof, evidence=evidence)  # FLAG_WITHOUT_EVIDENCE is False
    flagged = (oof >= threshold) & evidence
    keep = s.get("keep", np.ones(len(s["y"]), dtype=bool))  # judged on the original rows only
    corpus, janitr = keep & ~s["janitr"], keep & s["janitr"]
    c = figures(s["y"][corpus], oof[corpus], flagged[corpus])
    j = figures(s["y"][janitr], oof[janitr], flagged[janitr])
    return name, {"threshold": threshold, "corpus_f1": c["f1"], "corpus_pr_auc": c["pr_auc"],
                  "corpus_r2": c["recall_at_2pct_fpr"], "janitr_pr_auc": j["pr_auc"],
                  "janitr_r2": j["recall_at_2pct_fpr"], "criterion": (c["f1"] + j["pr_auc"]) / 2, "dev_pr_auc": dev}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidate", type=int, choices=sorted(CANDIDATES), required=True)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    name, params = CANDIDATES[args.candidate]
    header(f"candidate {args.candidate}, stage 1: {params}, out of fold")
    load()
    with mp.get_context("fork").Pool(args.jobs) as pool:
        rows = dict(pool.map(cell, [("shipped", {}), (name, params)], chunksize=1))
    keys = ("threshold", "corpus_f1", "corpus_pr_auc", "corpus_r2", "janitr_pr_auc", "janitr_r2", "criterion",
            "dev_pr_auc")
    print(f"{'recipe':8} " + " ".join(f"{k:>13}" for k in keys))
    for name, f in rows.items():
        print(f"{name:8} " + " ".join(f"{f[k]:13.4f}" for k in keys))
    base, cand = rows["shipped"], rows[name]
    eligible = cand["criterion"] >= base["criterion"] + BAR and cand["dev_pr_auc"] >= base["dev_pr_auc"]
    print(f"eligible (criterion >= shipped + {BAR} and dev PR-AUC not below): {'yes' if eligible else 'no'}")


if __name__ == "__main__":
    main()
