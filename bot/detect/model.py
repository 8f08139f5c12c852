"""The learned post classifier (placeholder loader until a model is trained)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable


def load_model(path: Path | None, *, on_warning: Callable[[str], None] | None = None):
    """Load the trained model; None (rules only) when no model file exists."""
    return None
