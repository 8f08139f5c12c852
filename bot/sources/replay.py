"""Replay a JSONL post file as if live: the embedded default for demos, tests and back-tests."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import AsyncIterator, Callable

from ..jsonl import ReadStats, read_posts
from .base import SourceItem


class ReplaySource:
    """Yields the posts of a file in order; speed 0 means as fast as possible, 1 real time."""

    def __init__(self, path: str | Path, *, name: str = "replay", speed: float = 0.0,
                 on_problem: Callable[[str], None] | None = None) -> None:
        self.name = name
        self.path = path
        self.speed = speed
        self.stats = ReadStats()
        self._on_problem = on_problem

    async def stream(self) -> AsyncIterator[SourceItem]:
        prev = None
        for n, post in enumerate(read_posts(self.path, self.stats, self._on_problem)):
            if self.speed > 0 and prev is not None:
                gap = (post.created_at - prev).total_seconds() / self.speed
                await asyncio.sleep(max(0.0, min(gap, 60.0)))
            elif n % 500 == 0:
                await asyncio.sleep(0)  # let other sources run during a fast replay
            prev = post.created_at
            yield post

    async def aclose(self) -> None:
        return None
