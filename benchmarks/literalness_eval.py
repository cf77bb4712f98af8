"""How literal is a translation, per document: the figures the word-level checks could use as a
document-level prior, measured on real published pairs (benchmarks/real), DEMETR's documents
(meaning_eval's, both halves) and MQM TED's (talk, system) documents.

For every document checked, the wrapper around ``run_checks`` records, from the check context:

- ``zh_typ``: the median share of a bead's Chinese content words its English renders
  (``meaning.typical_coverage``: what the mismatch rule's "free" reason compares with);
- ``zh_pool``: the same share pooled over the word-level beads (``lexical.bead_texts``);
- ``en_pool``: the share of English content words some Chinese word accounts for, pooled
  (``partial.english_coverage``); ``literal``: the same with the suspected added modifiers left
  out (``partial.literalness``, the figure the checks compare with ``LITERAL_BAR``);
- ``sim``: the median bead similarity (``CheckContext.similarity``);
and the word-level findings (antonym, negation, partial-omission, partial-addition, mismatch,
name-unmatched) at each severity.

    python benchmarks/literalness_eval.py [--real] [--demetr a|b] [--mqm] [--json FILE]

Only measures: it changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

WORD_RULES = ("antonym", "negation", "partial-omission", "partial-addition", "mismatch",
              "name-unmatched")
RECORDS: list[dict[str, Any]] = []
LABEL: dict[str, Any] = {}


def figures(ctx: Any) -> dict[str, float]:
    """The document-level literalness figures of one check context."""
    from align.checks.lexical import bead_texts, corr
    from align.checks.meaning import typical_coverage
    from align.checks.partial import english_coverage, literalness, sourced_words

    pairs = [(b.zh, b.en) for b in bead_texts(ctx)]
    linked = total = 0
    for zh, en in pairs:
        c = corr(zh, en)
        linked += sum(1 for link in c.links if link.en)
        total += len(c.links)
    return {"zh_typ": typical_coverage(ctx), "zh_pool": linked / total if total else 0.0,
            "en_pool": english_coverage(pairs), "literal": literalness(ctx),
            "sim": ctx.similarity.median, "words": sourced_words(ctx)[1],
            "beads": len(pairs)}


def install() -> None:
    """Wrap ``align.checks.run_checks`` so that every check records its document's figures."""
    import align.checks as checks

    original = checks.run_checks

    def recording(ctx: Any) -> Any:
        found = original(ctx)
        RECORDS.append({**LABEL, **figures(ctx),
                        "findings": [(f.rule, f.severity.value, f.fingerprint, f.bead)
                                     for f in found if f.rule in WORD_RULES]})
        return found

    checks.run_checks = recording


def real() -> None:
    from real_eval import DEFAULT_DATA, pairs

    from align.api import check_pair
    from align.model import AlignError, Settings

    for pid, zh, en in pairs(DEFAULT_DATA):
        LABEL.clear()
        LABEL.update(corpus="real", doc=pid)
        try:
            check_pair(zh, en, Settings())
        except AlignError:
            pass


def demetr(half: str) -> None:
    import meaning_eval as me

    from align.api import shared_embedder
    from align.model import Settings

    embedder = shared_embedder("use")
    settings = Settings(model="use", split="lines")
    original = getattr(me._perturbed_run, "original", me._perturbed_run)

    def labelled(res: Any, *args: Any, **kw: Any) -> None:
        LABEL.clear()
        LABEL.update(corpus=f"demetr-{half}", doc=res.kind)
        original(res, *args, **kw)

    labelled.original = original  # type: ignore[attr-defined]
    me._perturbed_run = labelled
    LABEL.clear()
    LABEL.update(corpus=f"demetr-{half}", doc="clean")
    me.demetr(me.KINDS, settings, embedder, False, 5, half)


def mqm() -> None:
    import meaning_eval as me

    from align.api import shared_embedder
    from align.model import Settings

    embedder = shared_embedder("use")
    segs = me.mqm_segments()
    docs: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for s in segs:
        docs[(s.talk, s.system)].append(s)
    for (talk, system), ss in sorted(docs.items()):
        LABEL.clear()
        LABEL.update(corpus="mqm-human" if system.startswith("ref") else "mqm-mt",
                     doc=f"{talk}/{system}")
        try:
            me.check_units([s.source for s in ss], [s.target for s in ss], "\n\n",
                           Settings(model="use"), embedder)
        except Exception:  # refused: no figures
            continue


def _quantiles(values: list[float]) -> str:
    import numpy as np

    if not values:
        return "none"
    q = np.quantile(values, [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1])
    return " ".join(f"{x:.2f}" for x in q)


def summary(records: list[dict[str, Any]]) -> None:
    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        by[r["corpus"]].append(r)
    print("figure quantiles (min p10 p25 median p75 p90 max)")
    for key in ("zh_typ", "zh_pool", "en_pool", "literal", "sim"):
        print(key)
        for corpus, rs in sorted(by.items()):
            vals = [r[key] for r in rs if r["beads"] >= 5]
            print(f"  {corpus:12} n={len(vals):3}  {_quantiles(vals)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", action="store_true")
    ap.add_argument("--demetr", choices=["a", "b"], action="append", default=[])
    ap.add_argument("--mqm", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    install()
    if args.real:
        real()
    for half in args.demetr:
        demetr(half)
    if args.mqm:
        mqm()
    summary(RECORDS)
    if args.json:
        args.json.write_text(json.dumps(RECORDS, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")


if __name__ == "__main__":
    main()
