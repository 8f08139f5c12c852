"""Benchmark: peak memory (RSS) of a long replay: state must be bounded by the time window.

A generator process (bench/gen_stream.py) streams N posts (default 1,000,000) through a pipe
into a second process running `hijackwatch replay - --db <tmp>` (bot.cli.main); nothing holds
the stream in memory. The replay process reports its own peak RSS (VmHWM from
/proc/self/status, and ru_maxrss) when it ends; while it runs, its current RSS is sampled and
printed to stderr so growth would show. Target: peak <= 300 MB. Takes a few minutes.

    .venv/bin/python bench/memory.py [--posts 1000000] [--every 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, header, verdict

TARGET_MB = 300.0
MARK = "memory-bench:"


def status_kb(pid: int | str, field: str) -> int:
    """A field of /proc/<pid>/status in kB (0 when unavailable)."""
    try:
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def child(db: str) -> int:
    """The replay process: run the CLI on stdin, then report its own peak memory."""
    import bot.cli

    rc = bot.cli.main(["replay", "-", "--db", db])
    peak = status_kb("self", "VmHWM")
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{MARK} rc={rc} vmhwm_kb={peak} maxrss_kb={maxrss}", file=sys.stderr, flush=True)
    return rc


def parent(posts: int, every: float) -> int:
    header(f"peak RSS of a {posts:,}-post replay (streamed)")
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="hw-mem-") as tmp:
        db, alerts, log = Path(tmp) / "mem.db", Path(tmp) / "alerts.jsonl", Path(tmp) / "replay.err"
        gen = subprocess.Popen([py, str(ROOT / "bench" / "gen_stream.py"), "--posts", str(posts),
                                "--progress", str(max(1, posts // 20))], stdout=subprocess.PIPE)
        with open(alerts, "wb") as out, open(log, "wb") as err:
            rep = subprocess.Popen([py, __file__, "--child", str(db)], stdin=gen.stdout, stdout=out, stderr=err,
                                   cwd=ROOT)
            gen.stdout.close()  # the replay owns the read end now
            samples = watch(rep, db, every)
        gen.wait()
        return summarize(log.read_text(errors="replace"), samples, alerts, rep.returncode)


def watch(rep: subprocess.Popen, db: Path, every: float) -> list[tuple[float, int]]:
    """Sample the replay's RSS until it exits; progress to stderr."""
    t0, samples = time.perf_counter(), []
    while rep.poll() is None:
        rss = status_kb(rep.pid, "VmRSS")
        if rss:
            samples.append((time.perf_counter() - t0, rss))
            size = db.stat().st_size / 1e6 if db.exists() else 0.0
            print(f"memory: {samples[-1][0]:6.0f}s  replay RSS {rss / 1024:6.1f} MB  db {size:7.0f} MB",
                  file=sys.stderr, flush=True)
        try:
            rep.wait(timeout=every)
        except subprocess.TimeoutExpired:
            pass
    return samples


def summarize(log: str, samples: list[tuple[float, int]], alerts: Path, rc: int | None) -> int:
    lines = [l for l in log.splitlines() if l.startswith(MARK)]
    replayed = [l for l in log.splitlines() if "replayed" in l]
    if rc != 0 or not lines:
        print(f"replay failed (exit {rc}):\n{log[-2000:]}")
        return 1
    fields = dict(kv.split("=") for kv in lines[-1][len(MARK):].split())
    peak_mb = int(fields["vmhwm_kb"]) / 1024
    print(f"replay:  {replayed[-1].removeprefix('hijackwatch: ') if replayed else '?'}")
    print(f"alerts:  {sum(1 for _ in open(alerts, 'rb')):,} lines")
    if samples:
        n = len(samples)
        picks = sorted({0, n // 4, n // 2, 3 * n // 4, n - 1})
        print("RSS over the run: " + ", ".join(f"{samples[i][0]:.0f}s {samples[i][1] / 1024:.0f} MB" for i in picks))
    print(f"peak RSS (VmHWM)     {peak_mb:8.1f} MB  (ru_maxrss {int(fields['maxrss_kb']) / 1024:.1f} MB)  "
          f"[{verdict(peak_mb, TARGET_MB, higher_is_better=False)} <= {TARGET_MB:.0f} MB]")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--posts", type=int, default=1_000_000)
    ap.add_argument("--every", type=float, default=5.0, help="seconds between RSS samples")
    ap.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child)
    return parent(args.posts, args.every)


if __name__ == "__main__":
    sys.exit(main())
