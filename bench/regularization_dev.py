"""Candidate 10 of the model card: which regularisation ranks text by other writers best?

For each cell of C x evidence weight (the shipped rows and janitr weight), two ranking figures:
* dev PR-AUC: the recipe fitted on all training rows, scored on the three read blind sets pooled
  (data/heldout/blind{,2,3}-heldout.jsonl: written by people who never saw the corpus, never trained on);
* janitr OOF PR-AUC: group 5-fold out-of-fold scores over all training rows, PR-AUC on the janitr rows.
The criterion is their mean. blind4 and the corpus and janitr held-out files are not read. About 20 minutes on
two cores.

    .venv/bin/python bench/regularization_dev.py [--jobs 2]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import header

from bot.compare import figures
from bot.detect import train as T
from bot.detect.scorer import Scorer

DEV_SETS = ("blind", "blind2", "blind3")
GRID = [(c, ev) for c in (1.0, 4.0, 16.0, 64.0, 256.0) for ev in (0.02, 0.05, 0.1, 0.2)]
SHIPPED = (256.0, 0.02)
_STATE: dict = {}  # the rows, shared with forked workers instead of pickled per task


def load() -> None:
    """Training rows as `hijackwatch train` gathers them, and the pooled development rows, analysed once."""
    scorer = Scorer()
    data = T.gather(corpus_dir=T.DATA / "corpus", janitr_path=T.DATA / "janitr" / "train.jsonl", db=None)
    dev = [r for name in DEV_SETS for r in T.read_rows(T.DATA / "heldout" / f"{name}-heldout.jsonl")]
    _STATE.update(
        analyses=[scorer.analyze(e.post) for e in data.examples],
        y=np.array([e.label for e in data.examples]), groups=[e.group for e in data.examples],
        weights=np.array([T.SOURCE_WEIGHTS.get(e.source, 1.0) for e in data.examples]),
        janitr=np.array([e.source == "janitr" for e in data.examples]),
        dev=[scorer.analyze(T.row_post(r)) for r in dev], dev_y=np.array([int(r["label"]) for r in dev]))


def pr_auc(y: np.ndarray, p: np.ndarray) -> float:
    """eval's own PR-AUC (`bot.compare.figures`)."""
    return figures(y, p, np.zeros(len(y), dtype=bool))["pr_auc"]


def cell(params: tuple[float, float]) -> tuple[float, float, float, float]:
    """(C, evidence weight, dev PR-AUC, janitr OOF PR-AUC) of one cell."""
    c, ev = params
    s = _STATE
    pipe = T.fit(s["analyses"], s["y"], s["groups"], weights=s["weights"], C=c, evidence_weight=ev)
    dev = pr_auc(s["dev_y"], pipe.predict_proba(s["dev"])[:, 1])
    oof = T.out_of_fold(s["analyses"], s["y"], s["groups"], folds=5, weights=s["weights"], C=c, evidence_weight=ev)
    return c, ev, dev, pr_auc(s["y"][s["janitr"]], oof[s["janitr"]])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    jobs = parser.parse_args(argv).jobs
    header("regularisation chosen on text by other writers (candidate 10)")
    load()
    with mp.get_context("fork").Pool(jobs) as pool:
        rows = pool.map(cell, GRID, chunksize=1)
    print(f"{'C':>6} {'ev w':>5}  {'dev PR-AUC':>10}  {'janitr OOF PR-AUC':>17}  {'criterion':>9}")
    for c, ev, dev, jan in rows:
        mark = "  (shipped)" if (c, ev) == SHIPPED else ""
        print(f"{c:6g} {ev:5g}  {dev:10.4f}  {jan:17.4f}  {(dev + jan) / 2:9.4f}{mark}")
    top = max((dev + jan) / 2 for _, _, dev, jan in rows)
    best = max((r for r in rows if (r[2] + r[3]) / 2 >= top - 0.001), key=lambda r: (r[0], r[2] + r[3]))
    print(f"chosen (highest criterion, ties within 0.001 to the larger C): C={best[0]:g}, evidence weight {best[1]:g}")


if __name__ == "__main__":
    main()
