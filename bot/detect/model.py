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


def build_pipeline(*, calibration: str = "sigmoid", cv=5, C: float = 16.0, solver: str = "liblinear",
                   char_features: int = 2 ** 18,
                   word_features: int = 2 ** 17):
    """The untrained classifier pipeline (analyses in, P(takeover/scam) out)."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.compose import ColumnTransformer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    from .features import AnalysisTable, EvidenceFeatures, HashedNgrams

    char = Pipeline([("ngrams", HashedNgrams(analyzer="char_wb", ngram_range=(2, 5), n_features=char_features)),
                     ("tfidf", TfidfTransformer(sublinear_tf=True))])
    word = Pipeline([("ngrams", HashedNgrams(analyzer="word", ngram_range=(1, 2), n_features=word_features)),
                     ("tfidf", TfidfTransformer(sublinear_tf=True))])
    dense = Pipeline([("evidence", EvidenceFeatures()), ("scale", StandardScaler())])
    columns = ColumnTransformer([("char", char, 0), ("word", word, 0), ("evidence", dense, [1])])
    clf = LogisticRegression(C=C, solver=solver, max_iter=3000, class_weight="balanced")
    calibrated = CalibratedClassifierCV(clf, method=calibration, cv=cv, ensemble=False)
    return Pipeline([("table", AnalysisTable()), ("columns", columns), ("clf", calibrated)])


class PostModel:
    """A fitted pipeline with its version and the flag threshold recommended by validation."""

    def __init__(self, pipeline=None, *, version: str = "", threshold: float = 0.5, info: dict | None = None):
        self.pipeline = pipeline
        self.version = version
        self.threshold = threshold
        self.info = dict(info or {})

    def predict_proba(self, analyses: Sequence) -> list[float]:
        """P(label 1) for each analysis, in order; one batched pipeline call.

        Analyses outside the model's domain (`features.model_applies`) keep their rule probability.
        """
        from .features import model_applies
        from .scorer import sigmoid

        probs = [sigmoid(a.rule_logit) for a in analyses]
        todo = [i for i, a in enumerate(analyses) if model_applies(a)]
        if todo:
            for i, p in zip(todo, self.pipeline.predict_proba([analyses[i] for i in todo])[:, 1].tolist()):
                probs[i] = p
        return probs


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
