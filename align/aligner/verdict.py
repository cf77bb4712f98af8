"""Is this pair a translation at all? The aligner always finds a path, even between two
unrelated documents; ``translation_score`` measures how much better its beads match than
chance, and ``looks_like_translation`` turns that into a verdict the API reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from align.model import Bead

if TYPE_CHECKING:
    from align.aligner.pipeline import AlignResult

MIN_TRANSLATION_SCORE = 0.15


def looks_like_translation(result: AlignResult) -> tuple[bool, str]:
    """Whether the aligned pair is plausibly a translation; when not, a one-line reason."""
    if result.translation_score >= MIN_TRANSLATION_SCORE:
        return True, ""
    return False, (
        f"the two documents do not look like translations of each other (aligned sentences "
        f"are barely more similar than random pairs: score {result.translation_score:.2f} < "
        f"{MIN_TRANSLATION_SCORE})"
    )


def translation_score(beads: tuple[Bead, ...], zv: np.ndarray, ev: np.ndarray) -> float:
    """Mean similarity of aligned sentences minus that of unrelated sentence pairs, times the
    share of sentences that found a partner: about 0.3-0.6 for a translation, near 0 for two
    unrelated texts (whose best path is mostly one-sided beads or chance matches)."""
    two = [b for b in beads if b.zh and b.en]
    n, m = len(zv), len(ev)
    if not two:
        return 0.0
    aligned = float(np.median([b.score for b in two]))
    # Baseline: pairs from different beads, a fixed sample so long documents stay linear.
    bead_of_zh = np.empty(n, dtype=np.int64)
    bead_of_en = np.empty(m, dtype=np.int64)
    for k, b in enumerate(beads):
        bead_of_zh[list(b.zh)] = k
        bead_of_en[list(b.en)] = k
    rng = np.random.default_rng(0)
    zi = rng.integers(0, n, 4000)
    ej = rng.integers(0, m, 4000)
    apart = bead_of_zh[zi] != bead_of_en[ej]
    if not apart.any():
        return aligned
    random = float(np.einsum("ij,ij->i", zv[zi[apart]], ev[ej[apart]]).mean())
    paired = sum(len(b.zh) + len(b.en) for b in two) / (n + m)
    return (aligned - random) * paired
