"""Does more independently written bait text help? Out-of-fold figures of the shipped recipe with the read blind
sets as a training source `blind-dev`, with and without the 2026 extension, at several janitr weights.

Group 5-fold over all rows with weight > 0 (the extra rows sit in the folds like any other group), threshold as
`train()` picks it on those rows, metrics on the corpus and janitr training rows only, so every recipe is judged
on the same posts. No held-out file is scored. The grids are the model card's candidates: `--grid 5` (blind and
blind2, about 2 minutes), `--grid 6`, the default (blind, blind2 and blind3, 21 cells, about 10 minutes), and
`--grid 8` (the same three sets without their memecoin-ca and fake-presale rows, 8 cells).
"""

from __future__ import annotations

import argparse

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import extended_data, header

from bot.compare import figures
from bot.detect import train as T
from bot.detect.scorer import Scorer

# grid name -> ((blind-dev weight, 2026 weight, janitr weight) cells, the first the shipped recipe; blind sets read;
# blind-set kinds left out of blind-dev)
GRIDS = {
    "5": ([(0.0, 0.0, 3.0), (0.5, 0.0, 3.0), (0.5, 0.3, 3.0), (1.0, 0.0, 3.0), (1.0, 0.3, 3.0)], ("blind", "blind2"), ()),
    "6": ([(0.0, 0.0, wj) for wj in (3.0, 5.0, 8.0)]
          + [(wb, wx, wj) for wb in (0.25, 0.5, 1.0) for wx in (0.0, 0.3) for wj in (3.0, 5.0, 8.0)],
          ("blind", "blind2", "blind3"), ()),
    "8": ([(wb, 0.0, wj) for wb in (0.0, 0.25, 0.5, 1.0) for wj in (3.0, 8.0)], ("blind", "blind2", "blind3"),
          ("memecoin-ca", "fake-presale")),
}


def blind_dev(name: str, drop_kinds: tuple[str, ...] = ()) -> list[T.Example]:
    rows = [r for r in T.read_rows(T.DATA / "heldout" / f"{name}-heldout.jsonl") if r.get("kind") not in drop_kinds]
    return [T.Example(T.row_post(r), int(r["label"]), f"corpus:{r['family']}", "blind-dev") for r in rows]


def dataset(blind_sets: tuple[str, ...], drop_kinds: tuple[str, ...]) -> T.TrainingData:
    """Corpus (with the 2026 extension as `corpus-2026`), janitr's training side, and the read blind sets."""
    data = extended_data("--with-2026")
    for name in blind_sets:
        data.add(blind_dev(name, drop_kinds))
    return data


def line(y: np.ndarray, p: np.ndarray, flagged: np.ndarray, rows: np.ndarray) -> str:
    """eval's own figures (`bot.compare.figures`) on a subset of the rows."""
    f = figures(y[rows], p[rows], flagged[rows])
    return f"P {f['precision']:.4f} F1 {f['f1']:.4f} PR-AUC {f['pr_auc']:.4f} R@2% {f['recall_at_2pct_fpr']:.4f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", choices=sorted(GRIDS), default="6")
    grid, blind_sets, drop_kinds = GRIDS[parser.parse_args(argv).grid]
    header("extra training text: out-of-fold on the corpus and janitr training rows")
    data = dataset(blind_sets, drop_kinds)
    scorer = Scorer()
    analyses = [scorer.analyze(e.post) for e in data.examples]
    y = np.array([e.label for e in data.examples])
    groups = [e.group for e in data.examples]
    source = np.array([e.source for e in data.examples])
    evidence = np.array([a.scam_evidence for a in analyses])
    print("rows per source:", {s: int(np.sum(source == s)) for s in sorted(set(source))})
    print(f"{'blind-dev / 2026 / janitr':26} {'thr':>4}  corpus rows / janitr rows")
    for wb, wx, wj in grid:
        name = f"{wb:g} / {wx:g} / {wj:g}"
        extra = {"janitr": wj, "blind-dev": wb, T.EXTENSION_SOURCE: wx}
        w = np.array([extra.get(s, 1.0) for s in source])
        idx = np.flatnonzero(w > 0)
        oof = np.full(len(y), np.nan)
        oof[idx] = T.out_of_fold([analyses[i] for i in idx], y[idx], [groups[i] for i in idx], folds=5,
                                 weights=w[idx], evidence_weight=0.02)
        thr = T.choose_threshold(y[idx], oof[idx], evidence=evidence[idx])
        flagged = (oof >= thr) & evidence
        print(f"{name:26} {thr:4.2f}  {line(y, oof, flagged, source == 'corpus')}  |  "
              f"{line(y, oof, flagged, source == 'janitr')}", flush=True)


if __name__ == "__main__":
    main()
