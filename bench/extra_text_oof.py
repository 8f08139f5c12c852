"""Does more independently written bait text help? Out-of-fold figures of the shipped recipe with the read blind
sets (data/heldout/blind{,2}-heldout.jsonl) as a training source `blind-dev`, with and without the 2026 extension.

Group 5-fold over all rows (the extra rows are training rows in every fold), threshold as `train()` picks it on
all rows, metrics on the corpus and janitr training rows only, so every recipe is judged on the same posts. No
held-out file is scored. This is the grid of the model card's "Candidate 5" (about 2 minutes).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

import _common  # noqa: F401  (puts the project on sys.path)
import numpy as np
from _common import ROOT, header

sys.path.insert(0, str(ROOT / "data"))
import build_corpus  # noqa: E402

from bot.compare import figures  # noqa: E402
from bot.detect import train as T  # noqa: E402
from bot.detect.scorer import Scorer  # noqa: E402

GRID = [("shipped", 0.0, 0.0), ("0.5 / 0", 0.5, 0.0), ("0.5 / 0.3", 0.5, 0.3), ("1 / 0", 1.0, 0.0), ("1 / 0.3", 1.0, 0.3)]


def blind_dev(name: str) -> list[T.Example]:
    rows = [json.loads(line) for line in (T.DATA / "heldout" / f"{name}-heldout.jsonl").open(encoding="utf-8")]
    return [T.Example(T.row_post(r), int(r["label"]), f"corpus:{r['family']}", "blind-dev") for r in rows]


def dataset(tmp: Path) -> T.TrainingData:
    """Corpus (with the 2026 extension as `corpus-2026`), janitr's training side, and the two read blind sets."""
    with contextlib.redirect_stdout(io.StringIO()):  # its per-kind summary is not this script's output
        build_corpus.main(["--out", str(tmp), "--with-2026"])
    data = T.gather(corpus_dir=tmp, janitr_path=T.DATA / "janitr" / "train.jsonl", db=None)
    for name in ("blind", "blind2"):
        data.add(blind_dev(name))
    return data


def line(y: np.ndarray, p: np.ndarray, flagged: np.ndarray, rows: np.ndarray) -> str:
    """eval's own figures (`bot.compare.figures`) on a subset of the rows."""
    f = figures(y[rows], p[rows], flagged[rows])
    return f"P {f['precision']:.4f} F1 {f['f1']:.4f} PR-AUC {f['pr_auc']:.4f} R@2% {f['recall_at_2pct_fpr']:.4f}"


def main() -> None:
    header("extra training text: out-of-fold on the corpus and janitr training rows")
    with tempfile.TemporaryDirectory(prefix="hw-extra-") as tmp:
        data = dataset(Path(tmp))
    scorer = Scorer()
    analyses = [scorer.analyze(e.post) for e in data.examples]
    y = np.array([e.label for e in data.examples])
    groups = [e.group for e in data.examples]
    source = np.array([e.source for e in data.examples])
    evidence = np.array([a.scam_evidence for a in analyses])
    print("rows per source:", {s: int(np.sum(source == s)) for s in sorted(set(source))})
    print(f"{'blind-dev / 2026 weight':24} {'thr':>4}  corpus rows / janitr rows")
    for name, wb, wx in GRID:
        extra = {"janitr": T.SOURCE_WEIGHTS["janitr"], "blind-dev": wb, T.EXTENSION_SOURCE: wx}
        w = np.array([extra.get(s, 1.0) for s in source])
        idx = np.flatnonzero(w > 0)
        oof = np.full(len(y), np.nan)
        oof[idx] = T.out_of_fold([analyses[i] for i in idx], y[idx], [groups[i] for i in idx], folds=5,
                                 weights=w[idx], evidence_weight=0.02)
        thr = T.choose_threshold(y[idx], oof[idx], evidence=evidence[idx])
        flagged = (oof >= thr) & evidence
        print(f"{name:24} {thr:4.2f}  {line(y, oof, flagged, source == 'corpus')}  |  "
              f"{line(y, oof, flagged, source == 'janitr')}", flush=True)


if __name__ == "__main__":
    main()
