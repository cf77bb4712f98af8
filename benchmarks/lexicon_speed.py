"""Lexicon engine speed: index build (cold), load (warm), segmenter load, per-pair time, and
what each check costs per sentence pair once the engine is loaded.

Run: python benchmarks/lexicon_speed.py   (builds into a temporary cache folder for the cold
figure, then reads it back; each load runs in a fresh interpreter so nothing is shared).
    python benchmarks/lexicon_speed.py --checks-only   (only the per-check costs)

The per-check costs are measured on the DEMETR dev documents (``../shared/data/demetr-dev``:
the 50 sources against the correct translation, the human reference and five perturbed
versions, 350 sentence pairs), or on the project's sample briefing when that folder is absent.
Each document is aligned once; the checks then run on each alignment: first with the engine's
word caches empty (in a fresh interpreter, words met for the first time), then again (words
seen). The shared correspondence of a pair is counted on its own line. Times are this
thread's CPU time, which other work on the machine barely changes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMETR = ROOT.parent / "shared" / "data" / "demetr-dev" / "demetr_zh_en_dev.jsonl"
DEMETR_KINDS = ("critical_id8_negation", "critical_id9_ne_replaced", "critical_id25_ne_removed",
                "critical_id7_antonym", "critical_id6_addition")

PAIRS = [
    (
        "美国总统周三表示，中国经济增长没有放缓，联合国秘书长对此表示欢迎。",
        "The US president said on Wednesday that China's economic growth had not slowed, "
        "and the UN secretary-general welcomed this.",
    ),
    (
        "我们要提高5G基站的覆盖率，推动制造业高质量发展。",
        "We will raise the coverage of 5G base stations and promote high-quality development "
        "of manufacturing.",
    ),
    (
        "请赵启明先生介绍今年前三季度的外贸情况。",
        "Mr. Zhao Qiming will brief you on foreign trade in the first three quarters.",
    ),
    (
        "新华社记者从商务部获悉，上半年实际使用外资同比下降，但高技术产业引资保持增长。",
        "Xinhua reporters learned from the Ministry of Commerce that actual use of foreign "
        "investment fell year on year in the first half, while high-tech industries kept growing.",
    ),
    (
        "这些措施不得不推迟，因为资金尚未到位。",
        "These measures had to be postponed because the funds were not yet in place.",
    ),
]

LOAD = """
import time, sys
t0 = time.perf_counter()
from align.lexicon import lexicon
t = time.perf_counter()
lexicon()
t1 = time.perf_counter()
from align.lexicon.zh import warm
warm()
t2 = time.perf_counter()
print(f"{t1 - t:.4f} {t2 - t1:.3f} {t - t0:.3f}")
"""


def _load(env: dict[str, str]) -> tuple[float, float, float]:
    """(index load, segmenter load, import of the engine's modules) in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", LOAD], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def _documents() -> tuple[str, list[tuple[str, str, str]]]:
    """(where from, [(name, zh text, en text)]): the DEMETR dev documents, one unit a line, or
    the sample briefing."""
    if not DEMETR.exists():
        zh = (ROOT / "samples" / "briefing.zh.txt").read_text(encoding="utf-8")
        en = (ROOT / "samples" / "briefing.draft.en.txt").read_text(encoding="utf-8")
        return "sample briefing (no ../shared/data/demetr-dev)", [("sample", zh, en)]
    rows = [json.loads(line) for line in DEMETR.read_text(encoding="utf-8").splitlines()]
    by_kind: dict[str, dict[int, dict]] = {}
    for r in rows:
        by_kind.setdefault(r["pert_name"], {})[r["id"]] = r
    ref = by_kind["base_id35_reference"]
    ids = sorted(ref)

    def doc(units: list[str]) -> str:
        return "\n".join(u.replace("\n", " ").strip() for u in units) + "\n"

    docs = [("mt_sent", doc([ref[i]["mt_sent"] for i in ids])),
            ("eng_sent", doc([ref[i]["eng_sent"] for i in ids]))]
    for kind in DEMETR_KINDS:
        rows_k = by_kind.get(kind, {})
        docs.append((kind, doc([rows_k[i]["pert_sent"] if i in rows_k and rows_k[i]["pert_check"]
                                else ref[i]["mt_sent"] for i in ids])))
    zh = doc([ref[i]["src_sent"] for i in ids])
    return "DEMETR dev (50 units a document)", [(name, zh, en) for name, en in docs]


def check_costs() -> None:
    """Per-check time per two-sided bead, the engine loaded (see the module's docstring)."""
    from align.api import pair, shared_embedder
    from align.checks import CHECKS, CheckContext
    from align.checks.lexical import bead_texts, corr
    from align.lexicon import lexicon
    from align.lexicon.zh import warm
    from align.model import Settings

    source, docs = _documents()
    settings = Settings(split="lines" if len(docs) > 1 else "sentences")
    embedder = shared_embedder(settings.model)
    contexts = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, zh, en in docs:
            zp, ep = Path(tmp, f"{name}.zh.txt"), Path(tmp, f"{name}.en.txt")
            zp.write_text(zh, encoding="utf-8")
            ep.write_text(en, encoding="utf-8")
            alignment, result = pair(zp, ep, settings, embedder, require_translation=False)
            contexts.append(CheckContext(alignment=alignment, settings=settings,
                                         zh_vectors=result.zh_vectors,
                                         en_vectors=result.en_vectors))
    lexicon()
    warm()
    pairs = sum(1 for ctx in contexts for _ in ctx.two_sided())
    timings: dict[str, list[float]] = {"correspondence (shared)": []}
    for _ in range(2):  # the first pass meets every word for the first time
        corr.cache_clear()
        t = time.thread_time()
        for ctx in contexts:
            for b in bead_texts(ctx):
                corr(b.zh, b.en)
        timings["correspondence (shared)"].append(time.thread_time() - t)
        for check in CHECKS:
            t = time.thread_time()
            for ctx in contexts:
                for _finding in check().run(ctx):
                    pass
            timings.setdefault(check.__name__, []).append(time.thread_time() - t)
    print(f"checks per sentence pair, engine loaded: {source}, {len(docs)} documents, "
          f"{pairs} two-sided beads")
    print(f"{'':28s}{'first pass':>12s}{'again':>10s}   (CPU ms of this thread per pair)")
    for name, (first, again) in timings.items():
        print(f"{name:28s}{first / pairs * 1e3:12.3f}{again / pairs * 1e3:10.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checks-only", action="store_true", help="only the per-check costs")
    if parser.parse_args().checks_only:
        check_costs()
        return
    engine()
    check_costs()


def engine() -> None:
    """Index build and load, segmenter load, correspondence and polarity per pair."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ALIGN_CACHE_DIR": folder}
        cold, _, _ = _load(env)
        warm_runs = [_load(env) for _ in range(3)]
    print(f"index cold (parse CC-CEDICT, write cache): {cold:.2f} s")
    print(f"index warm (map the cache), best of 3:     {min(w[0] for w in warm_runs):.4f} s")
    print(f"segmenter load (rjieba), best of 3:        {min(w[1] for w in warm_runs):.3f} s")
    print(f"engine modules import, best of 3:          {min(w[2] for w in warm_runs):.3f} s")

    from align.lexicon import correspond, lexicon, polarity
    from align.lexicon.zh import warm

    lexicon()
    warm()
    for zh, en in PAIRS:  # first sight of each word fills the per-word caches
        correspond(zh, en)
    n = 2000
    t = time.perf_counter()
    for k in range(n):
        zh, en = PAIRS[k % len(PAIRS)]
        correspond(zh, en)
    per_pair = (time.perf_counter() - t) / n
    t = time.perf_counter()
    for k in range(n):
        zh, en = PAIRS[k % len(PAIRS)]
        polarity(zh)
        polarity(en)
    per_pol = (time.perf_counter() - t) / n
    # Unseen words: every pair with a fresh suffix, so word caches miss on that word.
    lex = lexicon()
    lex._keys.clear()
    t = time.perf_counter()
    for zh, en in PAIRS:
        correspond(zh, en)
    cold_pair = (time.perf_counter() - t) / len(PAIRS)
    print(f"correspond per pair (warm word cache):     {per_pair * 1e3:.3f} ms")
    print(f"correspond per pair (empty word cache):    {cold_pair * 1e3:.3f} ms")
    print(f"polarity zh + en per pair:                 {per_pol * 1e3:.3f} ms")


if __name__ == "__main__":
    main()
