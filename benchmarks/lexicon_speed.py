"""Lexicon engine speed: index build (cold), load (warm), segmenter load, per-pair time.

Run: python benchmarks/lexicon_speed.py   (builds into a temporary cache folder for the cold
figure, then reads it back; each load runs in a fresh interpreter so nothing is shared).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

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
t = time.perf_counter()
from align.lexicon import lexicon
lexicon()
t1 = time.perf_counter()
from align.lexicon.zh import warm
warm()
t2 = time.perf_counter()
print(f"{t1 - t:.3f} {t2 - t1:.3f}")
"""


def _load(env: dict[str, str]) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD], env=env, check=True, capture_output=True, text=True
    ).stdout.split()
    return float(out[0]), float(out[1])


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "ALIGN_CACHE_DIR": folder}
        cold, _ = _load(env)
        warm_runs = [_load(env) for _ in range(3)]
    print(f"index cold (parse CC-CEDICT, write cache): {cold:.2f} s")
    print(f"index warm (read cache), best of 3:        {min(w[0] for w in warm_runs):.3f} s")
    print(f"segmenter load (rjieba), best of 3:        {min(w[1] for w in warm_runs):.3f} s")

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
