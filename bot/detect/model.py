"""The learned post classifier: an sklearn pipeline over `Analysis` objects, saved with skops.

`build_pipeline()` is the one recipe: the analyses become a two-column table (model text, the
Analysis itself); hashed char n-gram TF-IDF (char_wb 2-5) and hashed word TF-IDF (1-2) read the
text (hashing vectorised in numpy, see features.py), the dense
evidence features read the Analysis; a logistic regression with sigmoid calibration scores them.
`PostModel` wraps the fitted pipeline with its `version` and a recommended flag `threshold`.

Files are loaded with `skops.io.load(trusted=TRUSTED_TYPES)`: an explicit list of every type a
model file may contain. A file naming any other type is refused, never unpickled.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from ..errors import ConfigError

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "hijackwatch.skops"

# Every type a model file written by `save_model` contains, beyond skops' own defaults.
TRUSTED_TYPES = [
    "bot.detect.model.PostModel",
    "bot.detect.features.AnalysisTable",
    "bot.detect.features.EvidenceFeatures",
    "bot.detect.features.HashedNgrams",
    "bot.detect.features.LogCountRatio",
    "sklearn.pipeline.Pipeline",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.preprocessing._data.StandardScaler",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.isotonic.IsotonicRegression",
    "sklearn.utils._bunch.Bunch",
    "builtins.slice",
    "numpy.float64",
    "numpy.int64",
    "numpy.dtype",
    "numpy.ndarray",
    "scipy.sparse._csr.csr_matrix",
    "builtins.float",
    "builtins.int",
]


NEVER = 2.0  # a threshold no probability reaches

# Chosen by group k-fold cross-validation on training rows only (see models/MODEL_CARD.md).
DEFAULT_C = 256.0
EVIDENCE_WEIGHT = 0.02  # the standardised evidence block is scaled down: at full weight its few dense
#                         columns dominate the L2 penalty and the model overfits the corpus' cue mix


def build_pipeline(*, calibration: str = "sigmoid", cv=5, C: float = DEFAULT_C, solver: str = "liblinear",
                   char_features: int = 2 ** 18, word_features: int = 2 ** 17,
                   evidence_weight: float = EVIDENCE_WEIGHT, class_weight="balanced", char_ngrams: bool = True,
                   nb: bool = False, host_words: bool = False, min_groups: int = 0, groups: Sequence[str] = ()):
    """The untrained classifier pipeline (analyses in, P(takeover/scam) out); `char_ngrams=False`
    drops the char n-gram block (word n-grams and evidence only); `nb=True` scales both n-gram blocks by their
    naive-Bayes log-count ratios (model card, candidate 12); `host_words=True` adds the words of link hosts to the
    model text (candidate 13); `min_groups=2` drops n-gram columns held by fewer than two of the fit rows' `groups`
    (candidate 18)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from .features import AnalysisTable, EvidenceFeatures, GroupSupport, HashedNgrams, LogCountRatio

    def scale():  # one scaler per block
        return [("nb", LogCountRatio())] if nb else []

    def support():  # one group filter per block
        return [("support", GroupSupport(groups=tuple(groups), min_groups=min_groups))] if min_groups else []

    char = Pipeline([("ngrams", HashedNgrams(analyzer="char_wb", ngram_range=(2, 5), n_features=char_features))]
                    + support() + [("tfidf", TfidfTransformer(sublinear_tf=True))] + scale())
    word = Pipeline([("ngrams", HashedNgrams(analyzer="word", ngram_range=(1, 2), n_features=word_features))]
                    + support() + [("tfidf", TfidfTransformer(sublinear_tf=True))] + scale())
    dense = Pipeline([("evidence", EvidenceFeatures()), ("scale", StandardScaler())])
    blocks = [("char", char, 0)] if char_ngrams else []
    columns = ColumnTransformer(blocks + [("word", word, 0), ("evidence", dense, [1])],
                                transformer_weights={"evidence": evidence_weight})
    clf = LogisticRegression(C=C, solver=solver, max_iter=3000, class_weight=class_weight)
    calibrated = CalibratedClassifierCV(clf, method=calibration, cv=cv, ensemble=False)
    return Pipeline([("table", AnalysisTable(host_words=host_words)), ("columns", columns), ("clf", calibrated)])


class PostModel:
    """A fitted pipeline with its version and the flag thresholds recommended by validation:
    `threshold` for posts with scam evidence, `no_evidence_threshold` (above 1: never) for the rest."""

    def __init__(self, pipeline=None, *, version: str = "", threshold: float = 0.5, info: dict | None = None,
                 no_evidence_threshold: float = NEVER):
        self.pipeline = pipeline
        self.version = version
        self.threshold = threshold
        self.no_evidence_threshold = no_evidence_threshold
        self.info = dict(info or {})

    def predict_proba(self, analyses: Sequence) -> list[float]:
        """P(label 1) for each analysis, in order; one batched call (the fast linear path when the
        pipeline has the standard shape, else the sklearn pipeline itself)."""
        if not len(analyses):
            return []
        fast = _fast_path(self)
        if fast is not None:
            return fast.predict(analyses).tolist()
        return self.pipeline.predict_proba(list(analyses))[:, 1].tolist()


# ---------------------------------------------------------------- fast inference
# The sklearn pipeline spends ~60% of its time in ColumnTransformer/TfidfTransformer/hstack
# bookkeeping. A fitted model is linear in its three blocks, so the score is computed directly from
# the hashed counts and the fitted weights: same numbers (tested), about half the time.
_FAST: "weakref.WeakKeyDictionary[PostModel, FastLinear | None]" = weakref.WeakKeyDictionary()


def _fast_path(model: PostModel) -> "FastLinear | None":
    if model not in _FAST:  # cached outside the object, so a saved model never holds it
        try:
            _FAST[model] = FastLinear.from_pipeline(model.pipeline)
        except (AttributeError, KeyError, IndexError, TypeError, ValueError):
            _FAST[model] = None  # an unusual pipeline: use it as it is
    return _FAST[model]


class FastLinear:
    """A fitted pipeline of `build_pipeline` shape, flattened to weights over its feature blocks."""

    def __init__(self, text_blocks, evidence, intercept: float, calibrator, *, host_words: bool = False) -> None:
        self.host_words = host_words  # the model text's option (AnalysisTable)
        self.text_blocks = text_blocks  # [(HashedNgrams, idf or None, weights)]
        self.evidence = evidence  # (EvidenceFeatures, weights over raw columns, offset)
        self.intercept = intercept
        self.calibrator = calibrator  # (a, b): p = 1 / (1 + exp(a * f + b))

    @classmethod
    def from_pipeline(cls, pipe) -> "FastLinear":
        """Read the blocks and weights of a fitted `build_pipeline()` pipeline; raises when its
        shape is any other."""
        columns, calibrated = pipe.named_steps["columns"], pipe.named_steps["clf"]
        (only,) = calibrated.calibrated_classifiers_
        lr, (sig,) = only.estimator, only.calibrators
        coef, start, text, evidence = np.asarray(lr.coef_[0], dtype=np.float64), 0, [], None
        weights = columns.transformer_weights or {}
        for name, sub, _cols in columns.transformers_:
            k, steps = weights.get(name, 1.0), dict(sub.steps)
            if "ngrams" in steps:
                tfidf, width = steps["tfidf"], steps["ngrams"].n_features
                if not (tfidf.sublinear_tf and tfidf.norm == "l2"):
                    raise ValueError("unsupported tf-idf settings")
                idf = np.asarray(tfidf.idf_, dtype=np.float64) if tfidf.use_idf else None
                w = k * coef[start:start + width]
                if "nb" in steps:  # a column scale after the l2 norm: fold it into the weights
                    w = w * steps["nb"].r_
                text.append((steps["ngrams"], idf, w))
            else:
                ev, scale = steps["evidence"], steps["scale"]
                width = len(ev.get_feature_names_out())
                w = k * coef[start:start + width] / scale.scale_
                evidence = (ev, w, -float(np.dot(w, scale.mean_)))
            start += width
        if start != coef.size or evidence is None or len(pipe.steps) != 3:
            raise ValueError("unexpected pipeline shape")
        return cls(text, evidence, float(lr.intercept_[0]), (float(sig.a_), float(sig.b_)),
                   host_words=bool(pipe.named_steps["table"].host_words))

    def decision(self, analyses: Sequence) -> np.ndarray:
        """The logistic regression's decision value for each analysis."""
        from .features import evidence_matrix, key_counts, model_text

        texts = [model_text(a, self.host_words) for a in analyses]
        f = np.full(len(texts), self.intercept)
        for ngrams, idf, w in self.text_blocks:
            f += _tfidf_dot(*key_counts(ngrams.keys(texts), ngrams.n_features), len(texts), idf, w)
        ev, w, offset = self.evidence
        f += evidence_matrix(analyses, ev.cue_names_) @ w + offset  # what ev.transform computes
        return f

    def predict(self, analyses: Sequence) -> np.ndarray:
        a, b = self.calibrator
        return 1.0 / (1.0 + np.exp(np.clip(a * self.decision(analyses) + b, -500, 500)))


# index = count; count 0 never occurs in a CSR, so its slot only keeps the indexing direct
_SUBLINEAR = np.concatenate(([1.0], 1.0 + np.log(np.arange(1, 257, dtype=np.float64))))


def _tfidf_dot(rows: np.ndarray, cols: np.ndarray, counts: np.ndarray, n_docs: int, idf,
               w: np.ndarray) -> np.ndarray:
    """Per doc, its sublinear-tf, idf-weighted, L2-normalised n-gram counts (one (row, column, count) per
    distinct n-gram) dotted with w, without building the matrix."""
    # 1 + log(count): a table for the small counts of short posts, log itself past it
    d = _SUBLINEAR[np.minimum(counts, _SUBLINEAR.size - 1)]
    if counts.size and counts.max() >= _SUBLINEAR.size - 1:
        d = np.where(counts >= _SUBLINEAR.size - 1, 1.0 + np.log(counts.astype(np.float64)), d)
    if idf is not None:
        d *= idf[cols]
    # astype: on a batch with no n-gram at all, bincount returns int64 zeros, which np.divide cannot fill
    norm = np.sqrt(np.bincount(rows, d * d, minlength=n_docs).astype(np.float64))
    dot = np.bincount(rows, d * w[cols], minlength=n_docs).astype(np.float64)
    return np.divide(dot, norm, out=np.zeros_like(dot), where=norm > 0)


def save_model(model: PostModel, path: Path) -> None:
    """Write a model file with skops (never pickle)."""
    import skops.io as sio

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(model, path, compression=8)  # zipfile.ZIP_DEFLATED


def untrusted_types(path: Path) -> list[str]:
    """The types in a model file that are not on the trusted list."""
    import skops.io as sio

    return [t for t in sio.get_untrusted_types(file=path) if t not in TRUSTED_TYPES]


def load_model(path: Path | None, *, on_warning: Callable[[str], None] | None = None) -> PostModel | None:
    """Load the trained model; None (rules only) with a warning when the file is missing.

    Raises ConfigError when the file exists but is not a model hijackwatch trusts.
    """
    path = Path(path) if path is not None else DEFAULT_MODEL
    if not path.is_file():
        if on_warning:
            on_warning(f"no model file at {path}; scoring with rules only")
        return None
    try:
        import skops.io as sio

        bad = untrusted_types(path)
        if bad:
            raise ConfigError(f"{path}: model file holds untrusted types: {', '.join(sorted(bad))}")
        model = sio.load(path, trusted=TRUSTED_TYPES)
    except ConfigError:
        raise
    except Exception as exc:  # skops raises many kinds on a corrupt or foreign file
        raise ConfigError(f"{path}: cannot load model: {exc.__class__.__name__}: {exc}") from None
    if not isinstance(model, PostModel):
        raise ConfigError(f"{path}: not a hijackwatch model ({type(model).__name__})")
    return model
