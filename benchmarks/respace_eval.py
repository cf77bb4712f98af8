"""How well ``align.lexicon.respace`` puts back the spaces of English run together.

Takes the English lines of the real published pairs (benchmarks/real; pages that lost their
spaces left out), removes their spaces, respaces them and counts the word boundaries put back:
precision, recall and F1 of the boundaries, and the share of lines put back exactly, as written
and lower-cased (a page 138-like, all lower case). Odd-numbered pairs are where the costs were
calibrated, even-numbered ones confirm.

    python benchmarks/respace_eval.py [--lines 40]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from align.lexicon.respace import respaced, run_together

REAL = Path(__file__).parent / "real"


def boundaries(spaced: str) -> set[int]:
    """Where the spaces of ``spaced`` fall in the same text without them."""
    out, n = set(), 0
    for ch in spaced:
        if ch == " ":
            out.add(n)
        else:
            n += 1
    return out


def lines(half: str, per_pair: int) -> list[str]:
    out = []
    for path in sorted(REAL.glob("*.en.txt")):
        number = int(path.name.split("-")[0])
        if (number % 2 == 1) != (half == "odd"):
            continue
        text = path.read_text(encoding="utf-8")
        if run_together(text):
            continue
        kept = [" ".join(line.split()) for line in text.splitlines()]
        kept = [line for line in kept if len(line) >= 20 and not run_together(line)]
        out.extend(kept[:per_pair])
    return out


def score(sample: list[str], lower: bool) -> tuple[float, float, float, float]:
    tp = fp = fn = exact = 0
    for line in sample:
        line = line.lower() if lower else line
        truth = boundaries(line)
        got = boundaries(respaced(line.replace(" ", ""), glued=True))
        tp += len(truth & got)
        fp += len(got - truth)
        fn += len(truth - got)
        exact += truth == got
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, exact / max(len(sample), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=40, help="lines per pair at most")
    args = parser.parse_args()
    for half in ("odd", "even"):
        sample = lines(half, args.lines)
        for lower in (False, True):
            t = time.perf_counter()
            p, r, f, e = score(sample, lower)
            print(f"{half:4} {'lower' if lower else 'as written':10} {len(sample):5} lines  "
                  f"boundaries P {p:.3f} R {r:.3f} F1 {f:.3f}  exact lines {e:.3f}  "
                  f"({time.perf_counter() - t:.1f} s)")


if __name__ == "__main__":
    main()
