"""Post sources: one module per platform plus the JSONL replay source."""

from __future__ import annotations

from typing import Callable

from ..config import ReplaySource as ReplayConfig
from ..errors import ConfigError
from .base import AccountEvent, Source, SourceItem


def build_source(cfg, store, *, on_problem: Callable[[str], None] | None = None) -> Source:
    """Instantiate the source a config section describes (platform modules load lazily)."""
    if isinstance(cfg, ReplayConfig):
        from .replay import ReplaySource

        return ReplaySource(cfg.path, name=cfg.name, speed=cfg.speed, on_problem=on_problem)
    factories = {"x": ("x", "XSource"), "bluesky": ("bluesky", "BlueskySource"),
                 "mastodon": ("mastodon", "MastodonSource")}
    if cfg.type not in factories:
        raise ConfigError(f"sources: unknown source type {cfg.type!r}")
    module, cls = factories[cfg.type]
    import importlib

    return getattr(importlib.import_module(f".{module}", __name__), cls).from_config(cfg, store)


__all__ = ["AccountEvent", "Source", "SourceItem", "build_source"]
