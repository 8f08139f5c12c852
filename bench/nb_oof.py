"""Candidate 12 of the model card, stage 1: does naive-Bayes log-count-ratio scaling of the n-gram blocks help?

For the shipped recipe and for the same recipe with `nb=True` (`model.build_pipeline`), on the training rows only:
* group 5-fold out-of-fold scores over all training rows (`train.out_of_fold`), the flag threshold chosen on them
  as `train()` chooses it (the flag gate included), and the established criterion: mean(corpus F1 at that
  threshold, janitr OOF PR-AUC), with the corpus and janitr OOF PR-AUC and recall at FPR <= 2 % beside it;
* dev PR-AUC: the recipe fitted on all training rows, scored on the three read blind sets pooled (never trained on).
No held-out corpus or janitr row and no blind4 row is read. A few minutes on two cores.

    .venv/bin/python bench/nb_oof.py [--jobs 2]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import header
from regularization_dev import _STATE, load, pr_auc

from bot.compare import figures
from bot.detect import train as T

CELLS = (("shipped", False), ("nb", True))
BAR = 0.003  # the bar of the model card's grids


def cell(spec: tuple[str, bool]) -> tuple[str, dict[str, float]]:
    """The stage-1 figures of one recipe."""
    name, nb = spec
    s = _STATE
    pipe = T.fit(s["analyses"], s["y"], s["groups"], weights=s["weights"], nb=nb)
    dev = pr_auc(s["dev_y"], pipe.predict_proba(s["dev"])[:, 1])
    oof = T.out_of_fold(s["analyses"], s["y"], s["groups"], folds=5, weights=s["weights"], nb=nb)
    evidence = np.array([a.scam_evidence for a in s["analyses"]])
    threshold = T.choose_threshold(s["y"], oof, evidence=evidence)  # FLAG_WITHOUT_EVIDENCE is False
    flagged = (oof >= threshold) & evidence
    corpus, janitr = ~s["janitr"], s["janitr"]
    c = figures(s["y"][corpus], oof[corpus], flagged[corpus])
    j = figures(s["y"][janitr], oof[janitr], flagged[janitr])
    return name, {"threshold": threshold, "corpus_f1": c["f1"], "corpus_pr_auc": c["pr_auc"],
                  "corpus_r2": c["recall_at_2pct_fpr"], "janitr_pr_auc": j["pr_auc"],
                  "janitr_r2": j["recall_at_2pct_fpr"], "criterion": (c["f1"] + j["pr_auc"]) / 2, "dev_pr_auc": dev}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    jobs = parser.parse_args(argv).jobs
    header("candidate 12, stage 1: NB log-count-ratio scaling, out of fold")
    load()
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = dict(pool.map(cell, CELLS, chunksize=1))
    keys = ("threshold", "corpus_f1", "corpus_pr_auc", "corpus_r2", "janitr_pr_auc", "janitr_r2", "criterion",
            "dev_pr_auc")
    print(f"{'recipe':8} " + " ".join(f"{k:>13}" for k in keys))
    for name, f in rows.items():
        print(f"{name:8} " + " ".join(f"{f[k]:13.4f}" for k in keys))
    base, nb = rows["shipped"], rows["nb"]
    eligible = nb["criterion"] >= base["criterion"] + BAR and nb["dev_pr_auc"] >= base["dev_pr_auc"]
    print(f"eligible (criterion >= shipped + {BAR} and dev PR-AUC not below): {'yes' if eligible else 'no'}")


if __name__ == "__main__":
    main()
