"""Carry gold alignments over a segmentation change.

A gold file (``gold/NN-slug.align``) names sentences by their index in the segmenter's output.
When a segmenter change joins sentences (a hard-wrapped line no longer cut off), every old
sentence lies inside one new sentence; each gold bead's ids are mapped to the new sentences that
hold them, and beads that now share a sentence become one bead (the joined sentence cannot be
split between them). The old segmentation is read from another copy of the code (``--old``, an
exported commit). A change that splits a sentence is reported and the file left as it is, to be
redone by hand; with ``--splits`` the pieces of a split sentence all go to its old bead (a
valid but possibly coarse gold: check those files by reading, a bead may now be two).

    git archive REV | tar -x -C /tmp/old
    python benchmarks/remap_gold.py --old /tmp/old [--data benchmarks/real] [--write]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from align_eval import read_beads  # noqa: E402

_SPANS = """
import json, sys
from align.io import read_document
from align.model import Settings
out = {}
for path in sys.argv[1:]:
    lang = "zh" if path.endswith(".zh.txt") else "en"
    doc = read_document(path, lang, Settings().split)  # as align check segments it
    out[path] = [(s.start, s.end) for s in doc.segments]
print(json.dumps(out))
"""


def spans(code: Path, paths: list[Path]) -> dict[str, list[tuple[int, int]]]:
    """The sentence spans of each file as the segmenter of the code at ``code`` cuts them."""
    run = subprocess.run([sys.executable, "-c", _SPANS, *map(str, paths)], cwd="/",
                         env={"PYTHONPATH": str(code)}, capture_output=True, text=True,
                         check=True)
    return json.loads(run.stdout)


def mapping(old: list[tuple[int, int]], new: list[tuple[int, int]], splits: bool = False
            ) -> list[set[int]] | None:
    """For each old sentence, the new sentences that hold it: one, when sentences were only
    joined; None when one does not fit whole in a single new sentence (a boundary was added or
    moved), unless ``splits``: then every new sentence that overlaps it."""
    out = []
    for s, e in old:
        holders = {k for k, (ns, ne) in enumerate(new) if ns <= s and e <= ne}
        if len(holders) != 1:
            if not splits:
                return None
            holders = {k for k, (ns, ne) in enumerate(new) if ns < e and s < ne}
        out.append(holders)
    return out


def remap(beads: list[tuple[list[int], list[int]]], zh: list[set[int]], en: list[set[int]]
          ) -> list[tuple[list[int], list[int]]]:
    """Gold beads in the new ids, beads sharing a new sentence joined, in document order."""
    groups: list[tuple[set[int], set[int]]] = []
    for z, e in beads:
        nz = set().union(*(zh[i] for i in z))
        ne = set().union(*(en[i] for i in e))
        joined = [g for g in groups if g[0] & nz or g[1] & ne]
        for g in joined:
            nz |= g[0]
            ne |= g[1]
            groups.remove(g)
        groups.append((nz, ne))
    # in document order: beads with Chinese by it, English-only ones where their English falls
    ordered = sorted((g for g in groups if g[0]), key=lambda g: (min(g[0]), min(g[1], default=-1)))
    for g in sorted((g for g in groups if not g[0] and g[1]), key=lambda g: min(g[1])):
        at = next((k for k, o in enumerate(ordered) if o[1] and min(o[1]) > min(g[1])),
                  len(ordered))
        ordered.insert(at, g)
    return [(sorted(z), sorted(e)) for z, e in ordered]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, required=True, help="an exported copy of the old code")
    ap.add_argument("--data", type=Path, default=ROOT / "benchmarks" / "real")
    ap.add_argument("--write", action="store_true", help="rewrite the gold files that changed")
    ap.add_argument("--splits", action="store_true",
                    help="also carry files whose sentences were split (to be checked by reading)")
    args = ap.parse_args(argv)
    args.data = args.data.resolve()  # the segmenters run from /, away from either copy
    golds = sorted((args.data / "gold").glob("*.align"))
    texts = [args.data / f"{g.stem}.{lang}.txt" for g in golds for lang in ("zh", "en")]
    before, after = spans(args.old, texts), spans(ROOT, texts)
    for g in golds:
        zh_path, en_path = (str(args.data / f"{g.stem}.{lang}.txt") for lang in ("zh", "en"))
        if before[zh_path] == after[zh_path] and before[en_path] == after[en_path]:
            continue
        zh = mapping(before[zh_path], after[zh_path], args.splits)
        en = mapping(before[en_path], after[en_path], args.splits)
        if zh is None or en is None:
            print(f"{g.stem}: a boundary was added or moved: redo the gold file by hand")
            continue
        split = any(len(x) > 1 for x in zh + en)
        beads = remap(read_beads(g), zh, en)
        lines = [f"[{','.join(map(str, z))}]:[{','.join(map(str, e))}]" for z, e in beads]
        print(f"{g.stem}: {len(read_beads(g))} beads -> {len(beads)}"
              + (" (sentences split: check by reading)" if split else ""))
        if args.write:
            g.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
