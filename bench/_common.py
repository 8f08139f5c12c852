"""Shared helpers of the benchmark scripts: the machine, the reproducing command, percentiles."""

from __future__ import annotations

import os
import platform
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def cpu_model() -> str:
    """The CPU model name from /proc/cpuinfo (platform.processor() is often empty on Linux)."""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def header(title: str) -> None:
    """Print what is measured, on what machine, and the command that reproduces it."""
    print(f"== {title}")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, load average {load_average()}")
    print(f"python:  {platform.python_implementation()} {platform.python_version()} on {platform.platform()}")
    print(f"command: cd {shlex.quote(str(ROOT))} && .venv/bin/python "
          + " ".join(shlex.quote(a) for a in [os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]]))


def pin_one_core() -> None:
    """Run this process on one core (the last the machine offers), as one worker would."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank; nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def verdict(value: float, target: float, *, higher_is_better: bool) -> str:
    ok = value >= target if higher_is_better else value <= target
    return "MEETS" if ok else "MISSES"


def extended_data(*flags: str):
    """The training rows `hijackwatch train` would gather (janitr included) from a corpus built by
    data/build_corpus.py with these flags (`--with-2026`, `--with-inv`) into a temporary folder."""
    import contextlib
    import io
    import tempfile

    sys.path.insert(0, str(ROOT / "data"))
    import build_corpus

    from bot.detect import train as T

    with tempfile.TemporaryDirectory(prefix="hw-extended-") as tmp:
        with contextlib.redirect_stdout(io.StringIO()):  # its per-kind summary is not the caller's output
            build_corpus.main(["--out", tmp, *flags])
        return T.gather(corpus_dir=Path(tmp), janitr_path=T.DATA / "janitr" / "train.jsonl", db=None)
