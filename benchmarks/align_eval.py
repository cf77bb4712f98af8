"""Sentence-alignment accuracy on MAC-Dev (../shared/data/mac-dev), the field's standard metric.

strict: a predicted bead equals a gold bead. lax: a predicted bead shares at least one zh id and
one en id with a single gold bead. Precision is over all predicted beads (one-sided included),
recall over gold beads with both sides non-empty; counts are pooled over the documents.
Bertalign's shipped output is scored by the same code for comparison.

``--real`` scores the real published pairs instead (benchmarks/real, gold beads in
benchmarks/real/gold): each side is segmented as ``align check`` segments it, so a gold file is
only valid for the segmenter it was written against; a document whose gold does not cover its
segments exactly once is reported and left out of the pooled figures.

    python benchmarks/align_eval.py [--model use|e5-small|NAME] [--data DIR] [--ablation]
                                    [--only TEXT] [--real]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.aligner import BEADS, AlignConfig, align_documents  # noqa: E402
from align.aligner.score import ScoreParams  # noqa: E402
from align.embed import load_embedder  # noqa: E402
from align.io import read_document  # noqa: E402

BeadT = tuple[tuple[int, ...], tuple[int, ...]]


def _pair_number(path: Path) -> tuple[int, str]:
    """Sort key of a real pair ``NN-slug``: by its number (100 after 99), then the name."""
    head = path.stem.split("-", 1)[0]
    return (int(head) if head.isdigit() else 0, path.stem)


def read_beads(path: Path, flip: bool = False) -> list[BeadT]:
    """``[zh ids]:[en ids]`` per line (``flip`` when the file has en ids first)."""
    beads = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        left, right = line.strip().split(":")
        a = tuple(int(x) for x in left.strip("[]").split(",") if x.strip())
        b = tuple(int(x) for x in right.strip("[]").split(",") if x.strip())
        beads.append((b, a) if flip else (a, b))
    return beads


def counts(gold: list[BeadT], test: list[BeadT]) -> dict[str, int]:
    """Strict/lax true positives for precision (over ``test``) and recall (over two-sided
    ``gold``)."""
    gold_set = set(gold)
    zh_to_gold = {i: k for k, (z, _) in enumerate(gold) for i in z}
    test_set = set(test)
    zh_to_test = {i: k for k, (z, _) in enumerate(test) for i in z}

    def lax(bead: BeadT, index: dict[int, int], beads: list[BeadT]) -> bool:
        z, e = bead
        return any(set(e) & set(beads[index[i]][1]) for i in z if i in index)

    gold2 = [g for g in gold if g[0] and g[1]]
    return {
        "test": len(test),
        "p_strict": sum(t in gold_set for t in test),
        "p_lax": sum(t in gold_set or lax(t, zh_to_gold, gold) for t in test),
        "gold": len(gold2),
        "r_strict": sum(g in test_set for g in gold2),
        "r_lax": sum(g in test_set or lax(g, zh_to_test, test) for g in gold2),
    }


def prf(c: dict[str, int], kind: str) -> tuple[float, float, float]:
    p = c[f"p_{kind}"] / c["test"] if c["test"] else 0.0
    r = c[f"r_{kind}"] / c["gold"] if c["gold"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pooled(per_doc: list[dict[str, int]]) -> dict[str, int]:
    return {k: sum(c[k] for c in per_doc) for k in per_doc[0]}


def line(name: str, c: dict[str, int]) -> str:
    sp, sr, sf = prf(c, "strict")
    lp, lr, lf = prf(c, "lax")
    return (
        f"{name:<28} strict P/R/F1 {sp:.3f}/{sr:.3f}/{sf:.3f}   "
        f"lax P/R/F1 {lp:.3f}/{lr:.3f}/{lf:.3f}"
    )


def load_pairs(data: Path):
    for zh_path in sorted((data / "zh").glob("*.txt")):
        doc = zh_path.stem
        zh = read_document(zh_path, "zh", split="lines")
        en = read_document(data / "en" / f"{doc}.txt", "en", split="lines")
        yield doc, zh, en


def load_real_pairs(data: Path):
    """The real published pairs that have a gold file, ``NN-slug.zh.txt`` / ``.en.txt`` beside
    ``gold/NN-slug.align``, segmented with the settings ``align check`` uses by default."""
    from align.model import Settings

    split = Settings().split
    for gold in sorted((data / "gold").glob("*.align"), key=_pair_number):
        doc = gold.stem
        zh = read_document(data / f"{doc}.zh.txt", "zh", split)
        en = read_document(data / f"{doc}.en.txt", "en", split)
        yield doc, zh, en


def gold_problem(gold: list[BeadT], n_zh: int, n_en: int) -> str:
    """Why ``gold`` does not fit documents of ``n_zh`` / ``n_en`` sentences (each id must be in
    exactly one bead), or "" when it fits."""
    for side, n, ids in (("zh", n_zh, [i for z, _ in gold for i in z]),
                         ("en", n_en, [i for _, e in gold for i in e])):
        if sorted(ids) != list(range(n)):
            return f"{side} ids {sorted(set(range(n)) ^ set(ids)) or 'repeated'} " \
                   f"do not match its {n} sentences"
    return ""


class Counting:
    """Wraps an embedder to count the texts (and characters) it is asked to embed."""

    def __init__(self, embedder) -> None:
        self.embedder, self.name, self.texts, self.chars = embedder, embedder.name, 0, 0

    def encode(self, texts: list[str]):
        self.texts += len(texts)
        self.chars += sum(len(t) for t in texts)
        return self.embedder.encode(texts)


def evaluate(data: Path, embedder, config: AlignConfig,
             real: bool = False) -> tuple[dict[str, int], list, float]:
    per_doc, t0 = [], time.perf_counter()
    for doc, zh, en in (load_real_pairs if real else load_pairs)(data):
        gold = read_beads(data / "gold" / f"{doc}.align")
        problem = gold_problem(gold, len(zh.segments), len(en.segments))
        if problem:
            print(f"  {doc}: gold left out, {problem} (segmenter changed? redo the gold file)")
            continue
        result = align_documents(zh, en, embedder, config=config)
        test = [(b.zh, b.en) for b in result.beads]
        per_doc.append((doc, counts(gold, test)))
    return pooled([c for _, c in per_doc]), per_doc, time.perf_counter() - t0


_P = ScoreParams()
ABLATION: dict[str, AlignConfig] = {
    "default": AlignConfig(),
    "no centring": AlignConfig(center=False),
    "+ margin (modified cosine)": AlignConfig(score=dataclasses.replace(_P, margin=True)),
    "no length prior": AlignConfig(score=dataclasses.replace(_P, length_weight=0.0)),
    "bead cost 0.1 (old default)": AlignConfig(score=dataclasses.replace(_P, bead_cost=0.1)),
    "no quotation boundaries": AlignConfig(score=dataclasses.replace(_P, quote_cost=0.0)),
    "no end-mark bonus": AlignConfig(score=dataclasses.replace(_P, end_mark_bonus=0.0)),
    "end-mark bonus 0.05 / 0.2": AlignConfig(score=dataclasses.replace(_P, end_mark_bonus=0.05)),
    "  ... bonus 0.2": AlignConfig(score=dataclasses.replace(_P, end_mark_bonus=0.2)),
    "length weight fixed (no fit)": AlignConfig(length_sigma=0.0),
    "length fit to sigma 0.2 / 0.3": AlignConfig(length_sigma=0.2),
    "  ... sigma 0.3": AlignConfig(length_sigma=0.3),
    "skip -0.1 (Bertalign's)": AlignConfig(score=dataclasses.replace(_P, skip=-0.1)),
    "no 2-3/3-2/1-5 beads": AlignConfig(
        beads=tuple(b for b in BEADS if b not in ((2, 3), (3, 2), (1, 5)))
    ),
    "no clause evidence": AlignConfig(score=dataclasses.replace(_P, clause_weight=0.0)),
    "clause weight 0.05 / 0.15": AlignConfig(score=dataclasses.replace(_P, clause_weight=0.05)),
    "  ... weight 0.15": AlignConfig(score=dataclasses.replace(_P, clause_weight=0.15)),
    "no selective re-encoding": AlignConfig(refine_share=0),
    "re-encode gap 0.02": AlignConfig(refine_gap=0.02),
    "re-encode gap 0.1 (old default)": AlignConfig(refine_gap=0.1),
    "re-encode gap 0.15 / 0.3": AlignConfig(refine_gap=0.15),
    "  ... gap 0.3": AlignConfig(refine_gap=0.3),
    "re-encode <= 0.2/sentence": AlignConfig(refine_share=0.2),
    "no lexical evidence (dictionary)": AlignConfig(
        score=dataclasses.replace(_P, lexical_weight=0.0)
    ),
    "lexical weight 0.2 / 0.3": AlignConfig(score=dataclasses.replace(_P, lexical_weight=0.2)),
    "  ... lexical 0.3": AlignConfig(score=dataclasses.replace(_P, lexical_weight=0.3)),
    "+ anchors (numbers, Latin tokens)": AlignConfig(
        score=dataclasses.replace(_P, anchor_weight=0.1)
    ),
    "no boundaries": AlignConfig(score=dataclasses.replace(_P, boundary_cost=0.0)),
    "banded (no exact pass)": AlignConfig(full_limit=0, coarse_size=32),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="use")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "mac-dev")
    ap.add_argument("--ablation", action="store_true", help="also score each variant")
    ap.add_argument("--only", default="", help="with --ablation: variants whose name has this")
    ap.add_argument("--real", action="store_true",
                    help="score the real published pairs (default data benchmarks/real)")
    args = ap.parse_args()
    if args.real and args.data == ap.get_default("data"):
        args.data = ROOT / "benchmarks" / "real"
    if not (args.data / "gold").is_dir():
        print(f"skipped: no evaluation data at {args.data}")
        return 0
    embedder = load_embedder(args.model)
    counter = Counting(embedder)
    total, per_doc, secs = evaluate(args.data, counter, AlignConfig(), real=args.real)
    if not per_doc:
        print("skipped: no document with a fitting gold file")
        return 0
    print(f"model {embedder.name}  ({secs:.1f} s, embeddings cached after the first run)")
    print(f"texts embedded: {counter.texts} ({counter.chars} characters)")
    for doc, c in per_doc:
        print(line(f"  {doc}", c))
    print(line("align (pooled)", total))
    if args.real:
        half = (len(per_doc) + 1) // 2
        for name, part in (("first half", per_doc[:half]), ("second half", per_doc[half:])):
            if part:
                print(line(f"  {name} ({part[0][0].split('-')[0]}-{part[-1][0].split('-')[0]})",
                           pooled([c for _, c in part])))
    else:
        bert = [
            counts(
                read_beads(args.data / "gold" / f"{doc}.align"),
                read_beads(args.data / "bertalign-output" / f"{doc}.align"),
            )
            for doc, _ in per_doc
        ]
        print(line("bertalign output (pooled)", pooled(bert)))
    if args.ablation:
        print("ablation:")
        sentences = sum(len(zh.segments) + len(en.segments) for _, zh, en in
                        (load_real_pairs if args.real else load_pairs)(args.data))
        for name, cfg in ABLATION.items():
            if args.only not in name:
                continue
            counter = Counting(embedder)
            c, _, secs = evaluate(args.data, counter, cfg, real=args.real)
            extra = counter.texts / sentences - 1
            print(line(f"  {name}", c) + f"   {secs:.1f} s  +{extra:.2f} texts/sentence")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
