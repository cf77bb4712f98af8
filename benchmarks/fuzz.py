"""A longer fuzz run than the suite's (issue 18): mutated inputs through the number engines, the
segmenters, the readers and every report format; prints how many inputs ran, how many raised
something other than AlignError, and the slowest input per target.

    python benchmarks/fuzz.py [--seconds 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from align.model import AlignError  # noqa: E402

PIECES = ["1", "9", "0", ",", ".", "万", "亿", "千", "百", "十", "一", "两", "点", "年", "代", "%",
          "个百分点", "分之", "至", "多", "约", "。", "！", "…", " ", "\n", "Mr.", "U.S.", " the ",
          "trillion", "percent", "o'clock", "1990s", "\x1b[2J", "\x00", "\ufeff", "第", "季度"]
SEEDS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent
                                                         / "samples").glob("*.txt"))]


def mutate(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        seed = rng.choice(SEEDS)
        i = rng.randrange(len(seed))
        run = rng.choice(PIECES) * rng.randint(1, 3000)
        return seed[max(0, i - 400) : i] + run + seed[i : i + 400]
    if kind < 0.6:
        return "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 2000)))
    if kind < 0.8:
        return "".join(chr(rng.randrange(0x20, 0x10000)) for _ in range(rng.randint(1, 2000)))
    return bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000))).decode("latin-1")


def targets():
    from align.io import extract
    from align.model import Alignment, Bead, Document, Finding, Report, Segment, Severity, Span
    from align.numbers.en import extract_en
    from align.numbers.zh import extract_zh
    from align.report import FORMATS, render
    from align.report.context import RenderContext
    from align.segment import segment

    def numbers(text):
        for q in [*extract_zh(text), *extract_en(text)]:
            q.normalised()

    def segmenters(text):
        for lang in ("zh", "en"):
            segment(text, lang)
            segment(text, lang, "lines")

    def readers(text):
        for suffix in (".txt", ".md", ".srt", ".html", ".xlf", ".po", ".csv"):
            fd, path = tempfile.mkstemp(suffix=suffix)
            with os.fdopen(fd, "wb") as fh:
                fh.write(text.encode("utf-8", "surrogatepass"))
            try:
                for lang in ("zh", "en"):
                    try:
                        extract(path, lang)
                    except AlignError:
                        pass
            finally:
                os.unlink(path)

    def reports(text):
        t = text or "x"
        zh = Document("z.txt", "zh", t, (Segment(0, t, 0, len(t), 1),))
        en = Document("e.txt", "en", t, (Segment(0, t, 0, len(t), 1),))
        a = Alignment(zh, en, (Bead((0,), (0,), 0.5),), model="m")
        f = Finding("mismatch", Severity.WARNING, t[:200], Span.of(zh, [0]), Span.of(en, [0]),
                    evidence=(("zh", t[:9]),), suggestion=t[:20] or None, bead=0)
        for fmt in FORMATS:
            render([Report(a, (f,), signature="s")], fmt, RenderContext())

    return {"numbers": numbers, "segmenters": segmenters, "readers": readers, "reports": reports}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    funcs = targets()
    stats = {name: [0, 0, 0.0] for name in funcs}  # inputs, failures, slowest seconds
    end = time.monotonic() + args.seconds
    while time.monotonic() < end:
        text = mutate(rng)
        for name, func in funcs.items():
            start = time.perf_counter()
            try:
                func(text)
            except Exception:
                stats[name][1] += 1
                if stats[name][1] <= 3:
                    traceback.print_exc()
            took = time.perf_counter() - start
            stats[name][0] += 1
            stats[name][2] = max(stats[name][2], took)
    print(f"fuzz: {args.seconds:.0f} s, seed {args.seed}")
    for name, (n, bad, slow) in stats.items():
        print(f"  {name:11} {n:6d} inputs  {bad} failures  slowest {slow * 1000:.0f} ms")
    sys.exit(1 if any(bad for _, bad, _ in stats.values()) else 0)


if __name__ == "__main__":
    main()
