"""Time `align check` on the sample briefing: first run (empty embedding cache) and a second,
cached run, each as a real CLI subprocess (model loading included).

    python benchmarks/check_speed.py [--model use] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ZH = ROOT / "samples" / "briefing.zh.txt"
EN = ROOT / "samples" / "briefing.draft.en.txt"


def timed(cache: str, model: str) -> float:
    env = {**os.environ, "ALIGN_CACHE_DIR": cache}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "align", "check", str(ZH), str(EN),
                           "--format", "json", "--model", model],
                          env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"align check failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    first, cached = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            first.append(timed(cache, args.model))
            cached.append(timed(cache, args.model))
    zh_chars = len(ZH.read_text(encoding="utf-8"))
    print(f"sample: {ZH.name} ({zh_chars} chars) vs {EN.name}, model {args.model}, "
          f"{args.runs} runs, {os.cpu_count()} cores")
    print(f"first run (empty cache): median {statistics.median(first):.2f} s  "
          f"(min {min(first):.2f}, max {max(first):.2f})")
    print(f"cached run:              median {statistics.median(cached):.2f} s  "
          f"(min {min(cached):.2f}, max {max(cached):.2f})")


if __name__ == "__main__":
    main()
