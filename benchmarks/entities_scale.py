"""Time of the names check on a text repeated many times (issue 18): a document that says the
same names thousands of times (a generated pair of the Bible repeated, an annual report
series) must cost linear time. Prints seconds per size; the ratio between sizes shows the order.

    python benchmarks/entities_scale.py [--sizes 1000,2000,4000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from align.checks.base import CheckContext  # noqa: E402
from align.checks.entities import EntitiesCheck  # noqa: E402
from align.model import Alignment, Bead, Document, Settings  # noqa: E402
from align.segment import segment  # noqa: E402


def _doc(lang: str, sentences: list[str]) -> Document:
    """One sentence a line, segmented as ``--split lines`` does."""
    text = "".join(s + "\n" for s in sentences)
    return Document(path=f"t.{lang}", lang=lang, text=text, segments=segment(text, lang, "lines"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,2000,4000")
    args = ap.parse_args()
    for n in (int(x) for x in args.sizes.split(",")):
        # names on both sides that are not each other's: every bead asks the document view
        zh = _doc("zh", ["大卫王在耶路撒冷对以色列人说话。"] * n)
        en = _doc("en", ["King Saul spoke to the people of Judah in Hebron."] * n)
        a = Alignment(zh=zh, en=en, beads=tuple(Bead((i,), (i,), 0.8) for i in range(n)))
        t = time.perf_counter()
        found = list(EntitiesCheck().run(CheckContext(alignment=a, settings=Settings())))
        print(f"{n:>6} beads: {time.perf_counter() - t:6.2f} s, {len(found)} findings")


if __name__ == "__main__":
    main()
