"""Does a dropped sentence fail CI? Sentences cut out of real published translations.

For every real pair with a gold alignment (benchmarks/real/gold) that has at least
``MIN_BEADS`` beads, one body sentence pair is chosen: the middle one of the gold's one-to-one
beads past the page's opening lines (``HEAD`` beads) and before its last bead, whose Chinese has
at least ``MIN_HAN`` Chinese characters. Its English sentence is cut out of the English file,
and ``align check`` (the library call, default settings) runs on the pair. The outcome is the
highest severity of a finding whose Chinese span holds the sentence (an omission, or a number,
a name, a mismatch found on the sentence): an error fails CI with the default ``--fail-on``, a
warning or an info does not; "missed" is no finding on it at all. How many of the errors are
omissions is printed too. The same pair uncut is checked too, to count the errors it already has
(a cut that adds errors elsewhere shows up as "errors elsewhere").

    python benchmarks/dropped_eval.py [--data DIR] [--limit N] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import _pair_number, read_beads  # noqa: E402

from align.api import check  # noqa: E402
from align.io import read_document  # noqa: E402
from align.model import AlignError, Settings  # noqa: E402

MIN_BEADS, HEAD, MIN_HAN = 6, 3, 12
OUTCOMES = ("error", "warning", "info", "missed")


def _han(text: str) -> int:
    return sum("\u4e00" <= c <= "\u9fff" for c in text)


def pick(gold: list[tuple[tuple[int, ...], tuple[int, ...]]], zh_texts: list[str]
         ) -> tuple[int, int] | None:
    """The (Chinese, English) sentence ids of the bead to cut, or None (see the module doc)."""
    if len(gold) < MIN_BEADS:
        return None
    body = [(z[0], e[0]) for z, e in gold[HEAD:-1]
            if len(z) == 1 and len(e) == 1 and _han(zh_texts[z[0]]) >= MIN_HAN]
    return body[len(body) // 2] if body else None


def on_sentence(findings, zh_id: int) -> list:
    """The findings whose Chinese holds sentence ``zh_id``."""
    return [f for f in findings if f.zh is not None and zh_id in f.zh.ids]


def outcome(on: list) -> tuple[str, bool]:
    """The highest severity of the findings ``on`` the cut sentence, and whether an omission
    finding has it."""
    found = {f.severity.value for f in on}
    top = next((s for s in OUTCOMES if s in found), "missed")
    return top, any(f.rule == "omission" and f.severity.value == top for f in on)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "real")
    parser.add_argument("--limit", type=int, default=0, help="at most this many pairs")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    golds = sorted((args.data / "gold").glob("*.align"), key=_pair_number)
    if not golds:
        print(f"no gold alignments under {args.data}: nothing to measure")
        return 0
    split = Settings().split
    tally: Counter[str] = Counter()
    elsewhere = omissions = refused = 0
    with tempfile.TemporaryDirectory() as tmp:
        for gold_path in golds:
            doc = gold_path.stem
            zh_path, en_path = args.data / f"{doc}.zh.txt", args.data / f"{doc}.en.txt"
            zh, en = read_document(zh_path, "zh", split), read_document(en_path, "en", split)
            gold = read_beads(gold_path)
            if sorted(i for z, _ in gold for i in z) != list(range(len(zh.segments))) or \
                    sorted(j for _, e in gold for j in e) != list(range(len(en.segments))):
                continue  # the gold no longer fits the segmenter
            chosen = pick(gold, [s.text for s in zh.segments])
            if chosen is None:
                continue
            zh_id, en_id = chosen
            seg = en.segments[en_id]
            cut = Path(tmp) / f"{doc}.en.txt"
            cut.write_text(en.text[: seg.start] + en.text[seg.end:], encoding="utf-8")
            try:
                before = sum(f.severity.value == "error"
                             for f in check(zh_path, en_path).findings)
                findings = check(zh_path, cut).findings
            except AlignError:
                refused += 1  # the pair is refused as it stands (not translations, too short)
                continue
            on = on_sentence(findings, zh_id)
            result, by_omission = outcome(on)
            on_it = sum(f.severity.value == "error" for f in on)
            errors = sum(f.severity.value == "error" for f in findings)
            elsewhere += max(0, errors - before - on_it)
            tally[result] += 1
            omissions += by_omission and result == "error"
            if args.verbose:
                how = " (omission)" if by_omission else ""
                print(f"  {result:8} {doc}: {zh.segments[zh_id].text[:60]}{how}")
            if args.limit and sum(tally.values()) >= args.limit:
                break
    total = sum(tally.values())
    print(f"dropped English sentences: {total} pairs (one body sentence cut from each; "
          f"{refused} pairs refused as they stand, left out)")
    for name in OUTCOMES:
        print(f"  {name:8} {tally[name]:4}  {tally[name] / max(total, 1):.2f}")
    print(f"  fails CI (error): {tally['error']}/{total} ({omissions} by an omission error); "
          f"errors elsewhere added by the cuts: {elsewhere}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
