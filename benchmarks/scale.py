"""How alignment time and memory grow with length, on the Bible (../shared/data/bible).

For prefixes of 5k, 10k, 20k and 30k English sentences (with the Chinese sentences their verses
cover) it runs the product path (``read_document`` + ``align_documents``) in a fresh process
with an empty embedding cache, and prints wall time, peak memory (ru_maxrss), strict F1 against
the verse gold, the ratios between sizes, and the floor: the time to embed every sentence once
with the same model and no cache. Each size runs in its own subprocess so peaks do not mix.

    python benchmarks/scale.py [--sizes 5000,10000,20000,30000] [--model use] [--no-floor]
                               [--repeat N] [--lexical W]

With ``--repeat N`` each size and its floor run N times, alternating, and the fastest of each is
kept (on a shared 2-core machine a single run can be 20% off either way). ``--lexical W`` aligns
with ``ScoreParams.lexical_weight`` set to W (dictionary evidence, ``aligner/lexical.py``).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "bible"


def prefix(size: int, tmp: Path) -> tuple[Path, Path, list]:
    """Write the first ``size`` English lines and the Chinese lines they cover; gold beads
    (``(zh ids, en ids)``) within the prefix. The data's gold has en ids first."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from align_eval import read_beads

    gold = [b for b in read_beads(DATA / "gold.align", flip=True) if b[1] and max(b[1]) < size]
    n_zh = max(max(z) for z, _ in gold if z) + 1
    zh_lines = (DATA / "zh.txt").read_text(encoding="utf-8").splitlines()[:n_zh]
    en_lines = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()[:size]
    zp, ep = tmp / f"zh{size}.txt", tmp / f"en{size}.txt"
    zp.write_text("\n".join(zh_lines) + "\n", encoding="utf-8")
    ep.write_text("\n".join(en_lines) + "\n", encoding="utf-8")
    return zp, ep, gold


def one(size: int, model: str, floor: bool, lexical: float | None = None) -> dict:
    """Runs inside the child process: align one prefix (or embed it, for the floor)."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from align_eval import counts, prf

    from align.aligner import AlignConfig, align_documents
    from align.aligner.score import ScoreParams
    from align.embed import load_embedder
    from align.io import read_document

    with tempfile.TemporaryDirectory() as tmp:
        zp, ep, gold = prefix(size, Path(tmp))
        cache = Path(tmp) / "cache"
        embedder = load_embedder(model, cache=not floor, cache_dir=cache)
        embedder.encode(["warm up", "预热"])  # load weights outside the timed part
        base = _rss_mb()
        if floor:
            texts = [ln for p in (zp, ep) for ln in p.read_text(encoding="utf-8").splitlines()]
            t0 = time.perf_counter()
            embedder.encode(texts)
            secs = time.perf_counter() - t0
            return {"secs": secs, "rss_mb": _rss_mb(), "base_mb": base, "n_en": size}
        t0 = time.perf_counter()
        zh = read_document(zp, "zh", split="lines")
        en = read_document(ep, "en", split="lines")
        config = AlignConfig()
        if lexical is not None:
            config = AlignConfig(score=dataclasses.replace(ScoreParams(), lexical_weight=lexical))
        result = align_documents(zh, en, embedder, config=config)
        secs = time.perf_counter() - t0
        f1 = prf(counts(gold, [(b.zh, b.en) for b in result.beads]), "strict")[2]
        return {
            "secs": secs,
            "rss_mb": _rss_mb(),
            "base_mb": base,
            "n_zh": len(zh),
            "n_en": len(en),
            "f1": f1,
        }


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(size: int, model: str, floor: bool, lexical: float | None = None) -> dict:
    cmd = [sys.executable, __file__, "--child", str(size), "--model", model]
    if floor:
        cmd.append("--floor-child")
    if lexical is not None:
        cmd += ["--lexical", str(lexical)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="5000,10000,20000,30000")
    ap.add_argument("--model", default="use")
    ap.add_argument("--no-floor", action="store_true", help="skip the embed-only floor runs")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts")
    ap.add_argument("--lexical", type=float, help="ScoreParams.lexical_weight for the runs")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--floor-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(one(args.child, args.model, args.floor_child, args.lexical)))
        return 0
    if not (DATA / "gold.align").exists():
        print(f"skipped: no evaluation data at {DATA}")
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        runs, floors = [], []
        for _ in range(max(1, args.repeat)):
            runs.append(child(size, args.model, floor=False, lexical=args.lexical))
            if not args.no_floor:
                floors.append(child(size, args.model, floor=True)["secs"])
        r = min(runs, key=lambda x: x["secs"])
        r["rss_mb"] = max(x["rss_mb"] for x in runs)
        r["floor"] = min(floors) if floors else None
        rows.append(r)
        fl = f"{r['floor']:6.1f} s, ours/floor {r['secs'] / r['floor']:.2f}x" if r["floor"] else "-"
        print(
            f"en {r['n_en']:6d} zh {r['n_zh']:6d}  time {r['secs']:7.1f} s  "
            f"peak {r['rss_mb']:5.0f} MB (model {r['base_mb']:4.0f})  "
            f"strict F1 {r['f1']:.4f}  floor {fl}",
            flush=True,
        )
    for a, b in zip(rows, rows[1:], strict=False):
        size = (b["n_en"] + b["n_zh"]) / (a["n_en"] + a["n_zh"])
        mem = (b["rss_mb"] - b["base_mb"]) / (a["rss_mb"] - a["base_mb"])
        print(
            f"{a['n_en']} -> {b['n_en']}: size x{size:.2f}  time x{b['secs'] / a['secs']:.2f}"
            f"  memory above model x{mem:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
