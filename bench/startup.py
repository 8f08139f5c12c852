"""Benchmark: start-up time of `hijackwatch --help` and of loading the trained model.

Each figure is the median of N fresh subprocesses (so imports are cold in the interpreter,
warm in the OS page cache). Also lists the heaviest modules `--help` imports (python -X
importtime), which is where lazy imports in bot/cli.py pay off.

    .venv/bin/python bench/startup.py [-n 15] [--model PATH]
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, header

from bot.detect.model import DEFAULT_MODEL

LOAD_MODEL = ("import sys, time; t = time.perf_counter(); from bot.detect.model import load_model; "
              "m = load_model(sys.argv[1]); print(time.perf_counter() - t, getattr(m, 'version', None))")


def run_ms(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - t0) * 1000


def median_ms(cmd: list[str], n: int) -> tuple[float, float, float]:
    runs = [run_ms(cmd) for _ in range(n)]
    return statistics.median(runs), min(runs), max(runs)


def heaviest_imports(cmd: list[str], top: int = 6) -> list[tuple[int, str]]:
    """(cumulative µs, module) of the slowest top-level imports of one run."""
    err = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], cwd=ROOT, capture_output=True,
                         text=True).stderr
    rows = []
    for line in err.splitlines():
        m = re.match(r"import time:\s+\d+ \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(2)) <= 1:  # top-level imports only
            rows.append((int(m.group(1)), m.group(3)))
    return sorted(rows, reverse=True)[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=15)
    ap.add_argument("--model", default=str(DEFAULT_MODEL))
    args = ap.parse_args(argv)
    header("start-up time")
    py = sys.executable
    base = median_ms([py, "-c", "pass"], args.n)
    print(f"python -c pass                 median {base[0]:6.1f} ms  (min {base[1]:.1f}, max {base[2]:.1f})")
    helpcmd = [py, "-m", "bot.cli", "--help"]
    script = Path(py).parent / "hijackwatch"
    if script.exists():
        helpcmd = [str(script), "--help"]
    h = median_ms(helpcmd, args.n)
    print(f"hijackwatch --help             median {h[0]:6.1f} ms  (min {h[1]:.1f}, max {h[2]:.1f}); "
          f"{h[0] - base[0]:.1f} ms over bare python")
    print("heaviest imports of --help:   " + ", ".join(f"{m} {us / 1000:.1f} ms" for us, m in
                                                        heaviest_imports([py, "-m", "bot.cli", "--help"])))
    if not Path(args.model).is_file():
        print(f"model load                     skipped: no model file at {args.model}")
        return 0
    loads = []
    for _ in range(max(3, args.n // 3)):
        out = subprocess.run([py, "-c", LOAD_MODEL, args.model], cwd=ROOT, capture_output=True, text=True, check=True)
        secs, version = out.stdout.split(maxsplit=1)
        loads.append(float(secs) * 1000)
    print(f"model load ({version.strip()}, {Path(args.model).stat().st_size / 1e6:.1f} MB)  median "
          f"{statistics.median(loads):6.1f} ms  (min {min(loads):.1f}, max {max(loads):.1f}; imports included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
