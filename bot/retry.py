"""The one retry-delay formula: exponential, capped, with jitter."""

from __future__ import annotations

import random
from typing import Callable


def backoff(attempt: int, *, base: float = 1.0, cap: float = 300.0, floor: float = 0.0,
            rand: Callable[[], float] = random.random) -> float:
    """base * 2**attempt capped at `cap`, jittered uniformly between `floor` and all of it.

    floor 0 is "full jitter"; floor 0.5 ("equal jitter") always waits at least half, so a
    client can never fall into a tight retry loop.
    """
    delay = min(cap, base * 2.0 ** min(attempt, 64))  # no float overflow on absurd attempt counts
    return delay * (floor + (1.0 - floor) * rand())
