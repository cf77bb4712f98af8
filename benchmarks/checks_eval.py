"""Document-level detection on DEMETR (../shared/data/demetr-dev): how often the whole
pipeline (`align.api.check`, the code path of `align check --split lines`) points at the
sentence a perturbation broke, and how many findings land on sentences that are fine.

For each perturbation kind, the 50 Chinese sources become one document and their correct
translations (`mt_sent`) the other; every fifth translation (where the perturbation applies) is
replaced by its perturbed version. A perturbed sentence counts as found when a finding's English
span covers it (for the "empty" kind, whose English is just "."), its Chinese span.

    python benchmarks/checks_eval.py [--model use]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "demetr-dev" / "demetr_zh_en_dev.jsonl"
KINDS = [
    "base_id33_shuffle_trans", "base_id33_empty", "critical_id6_addition",
    "critical_id4_codemix", "critical_id10_numbers_replaced", "critical_id9_ne_replaced",
    "critical_id25_ne_removed", "critical_id8_negation", "critical_id23_noun_removed",
    "critical_id22_verb_removed", "critical_id7_antonym",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="use")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"skipped: {DATA} not found (the evaluation data lives outside the project)")
        return
    sys.path.insert(0, str(ROOT))
    from align.api import check
    from align.embed import load_embedder
    from align.model import Settings

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    by_kind: dict[str, dict[int, dict]] = {}
    for r in rows:
        by_kind.setdefault(r["pert_name"], {})[r["id"]] = r
    ids = sorted(by_kind["base_id35_reference"])
    src = {i: by_kind["base_id35_reference"][i]["src_sent"] for i in ids}
    mt = {i: by_kind["base_id35_reference"][i]["mt_sent"] for i in ids}
    settings = Settings(model=args.model, split="lines")
    embedder = load_embedder(args.model)

    def run(kind: str | None) -> tuple[list[int], int, Counter, Counter, float]:
        perturbed = []
        en = []
        for n, i in enumerate(ids):
            row = by_kind[kind].get(i) if kind else None
            if kind and n % 5 == 2 and row and row["pert_check"]:
                perturbed.append(n)
                en.append(row["pert_sent"])
            else:
                en.append(mt[i])
        with tempfile.TemporaryDirectory() as tmp:
            zp, ep = Path(tmp, "zh.txt"), Path(tmp, "en.txt")
            zp.write_text("\n".join(src[i] for i in ids) + "\n", encoding="utf-8")
            ep.write_text("\n".join(s.replace("\n", " ") for s in en) + "\n", encoding="utf-8")
            start = time.perf_counter()
            report = check(zp, ep, settings, embedder)
            elapsed = time.perf_counter() - start
        hit, noise = Counter(), Counter()
        for f in report.findings:
            where = set(f.en.ids if f.en else ()) | (set(f.zh.ids) if f.zh else set())
            if where & set(perturbed):
                hit[f.rule] += 1
            else:
                noise[f.severity.value] += 1
        found = [n for n in perturbed if any(
            n in (f.en.ids if f.en else ()) or n in (f.zh.ids if f.zh else ())
            for f in report.findings)]
        return perturbed, len(found), hit, noise, elapsed

    print(f"DEMETR dev, 50 sentences per document, model {args.model}")
    print(f"{'kind':32} {'found':>7}  false alarms  rules on the perturbed sentences")
    _, _, _, noise, elapsed = run(None)
    print(f"{'(clean: mt_sent throughout)':32} {'-':>7}  {_counts(noise):12}")
    for kind in KINDS:
        perturbed, found, hit, noise, _ = run(kind)
        rules = ", ".join(f"{k} {v}" for k, v in hit.most_common())
        print(f"{kind:32} {found:>3}/{len(perturbed):<3}  {_counts(noise):12}  {rules}")
    print(f"(one clean check took {elapsed:.2f} s with a warm cache)")


def _counts(c: Counter) -> str:
    return " ".join(f"{v} {k}" for k, v in sorted(c.items())) or "none"


if __name__ == "__main__":
    main()
