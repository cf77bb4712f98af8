"""Does the translation verdict accept every real pair and refuse unrelated ones?

Real pairs: every pair of benchmarks/real (each must be accepted). Unrelated pairs: the Chinese
of one real pair with the English of another, four partners per Chinese document drawn with a
fixed seed, one of them of the same kind where there is one (the slug's second field: mfa, gwr,
wp, …), so documents of one genre (two press conferences, two work reports) are crossed too.
A crossed pair is unrelated unless its two pages print the same text (pairs cut from one
document). Prints refusals on both, split by odd/even Chinese pair number.

    python benchmarks/verdict_eval.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from align.aligner import align_documents, looks_like_translation  # noqa: E402
from align.api import shared_embedder  # noqa: E402
from align.io import read_document  # noqa: E402
from align.model import Settings  # noqa: E402

REAL = ROOT / "benchmarks" / "real"


def main() -> None:
    settings = Settings()
    emb = shared_embedder(settings.model)
    names = sorted(p.name[: -len(".zh.txt")] for p in REAL.glob("*.zh.txt"))
    docs = {(n, lang): read_document(REAL / f"{n}.{lang}.txt", lang, settings.split)
            for n in names for lang in ("zh", "en")}

    def accepted(z: str, e: str) -> bool:
        return looks_like_translation(align_documents(docs[z, "zh"], docs[e, "en"], emb))[0]

    odd = lambda n: int(n.split("-")[0]) % 2 == 1  # noqa: E731
    refused = [n for n in names if not accepted(n, n)]
    print(f"real pairs: {len(names)}, refused {len(refused)}: {', '.join(refused) or '-'}")
    rng = np.random.default_rng(1)
    counts = {(h, s): [0, 0] for h in ("odd", "even") for s in ("same kind", "other kind")}
    for z in names:
        others = [n for n in names if n != z]
        same = [n for n in others if n.split("-")[1] == z.split("-")[1]]
        picks = [str(x) for x in rng.choice(others, 3, replace=False)]
        if same:
            picks.append(str(rng.choice(same)))
        for e in picks:
            key = ("odd" if odd(z) else "even", "same kind" if e in same else "other kind")
            counts[key][0] += not accepted(z, e)
            counts[key][1] += 1
            if accepted(z, e):
                print(f"  accepted crossed pair: {z} zh x {e} en")
    for (half, kind), (r, n) in counts.items():
        print(f"crossed pairs, {half} Chinese pair numbers, {kind}: refused {r}/{n}")
    r = sum(v[0] for v in counts.values())
    n = sum(v[1] for v in counts.values())
    print(f"crossed pairs: refused {r}/{n}")


if __name__ == "__main__":
    main()
