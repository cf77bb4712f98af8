"""Time Chinese segmentation on long synthetic pages whose lines the hard-wrap rules must judge one
by one: a subtitle-like file of short unstopped lines, lines of mixed widths with no stop, and a
page hard-wrapped at one width. Each rule that looks below a line must stay bounded per line.

    python benchmarks/segment_speed.py [--lines 20000]
"""

from __future__ import annotations

import argparse
import random
import time

from align.segment import segment

_CHARS = "我们坚持稳中求进工作总基调推动高质量发展取得了新的成绩今年要努力完成全年目标"


def _line(rng: random.Random, size: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(size))


def pages(lines: int) -> dict[str, str]:
    """The synthetic pages, the same for every run (seeded)."""
    rng = random.Random(1)
    return {
        "short unstopped lines (8 characters)": "\n".join(_line(rng, 8) for _ in range(lines)),
        "mixed widths, no stop (18-90 characters)": "\n".join(
            _line(rng, rng.choice([18, 19, 20, 21, 60, 90])) for _ in range(lines)),
        "wrapped at 30 characters": "\n".join(_line(rng, 30) for _ in range(lines)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=20000)
    args = parser.parse_args()
    for name, text in pages(args.lines).items():
        start = time.perf_counter()
        count = len(segment(text, "zh"))
        print(f"{name}: {time.perf_counter() - start:.2f} s, {args.lines} lines, "
              f"{count} sentences")


if __name__ == "__main__":
    main()
