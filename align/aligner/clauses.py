"""Clause-level evidence at bead boundaries.

A long Chinese sentence of comma-joined clauses is often translated as several English
sentences, and where a translator starts a new English sentence is where the two sides must be
cut. Whole-sentence similarity says little about which side of a cut an English sentence
belongs on when it renders a single clause; the clause next to the cut says more. At a
candidate boundary between Chinese sentences ``i-1 | i`` and English sentences ``j-1 | j``,
English sentence ``j`` should resemble the first clause of Chinese ``i`` more than the last
clause of Chinese ``i-1``, and English ``j-1`` the other way round. ``boundary_evidence`` adds
up those two differences.

Only the Chinese side is split: on MAC-Dev, clause evidence from the Chinese side raises strict
F1 from 0.918 to 0.932, while adding the English side's clauses lowered it in a prototype
(0.928 -> 0.925; English commas separate far more non-clauses: names, dates, asides). The same
term on whole sentences instead of clauses does not help (0.910), so the gain is the clause
information. Measured in benchmarks/RESULTS.md.
"""

from __future__ import annotations

import re

import numpy as np

from align.aligner.punctuation import ZH_CLOSE, ZH_OPEN
from align.aligner.score import ROWDOT_CHUNK, rowdot

# Clause breaks of a Chinese sentence: commas, semicolons, colons (full and half width),
# the quotation marks the quotation evidence uses, and brackets (a quotation is a clause of
# the sentence that introduces it).
_ZH_BREAK = re.compile("[，；：,;:（）()" + re.escape(ZH_OPEN + ZH_CLOSE) + "]")
_WORD = re.compile(r"\w")


def zh_head_tail(text: str) -> tuple[str, str] | None:
    """The first and the last clause of a Chinese sentence; ``None`` for a sentence of one
    clause (pieces without a letter or digit, such as "……", do not count)."""
    clauses = [p.strip() for p in _ZH_BREAK.split(text)]
    clauses = [p for p in clauses if _WORD.search(p)]
    if len(clauses) < 2:
        return None
    return clauses[0], clauses[-1]


def boundary_evidence(
    i: np.ndarray,
    j: np.ndarray,
    en: np.ndarray,
    zh_head: np.ndarray,
    zh_tail: np.ndarray,
) -> np.ndarray:
    """For lattice points ``(i, j)``: how much the English sentences on either side of the cut
    prefer the Chinese clause on their own side, ``cos(en[j], head[i]) - cos(en[j],
    tail[i-1]) + cos(en[j-1], tail[i-1]) - cos(en[j-1], head[i])``.

    ``zh_head[t]``/``zh_tail[t]`` are unit vectors of the first/last clause of Chinese sentence
    ``t`` (the sentence's own vector when it has one clause), ``en`` the English sentence
    vectors. A term whose sentences lie outside the documents (at their edges) counts 0.
    """
    n, m = len(zh_head), len(en)
    out = np.zeros(len(i))
    inner = (i > 0) & (i < n)
    for shift, ok, sign in ((0, inner & (j < m), 1.0), (1, inner & (j > 0), -1.0)):
        at = np.flatnonzero(ok)
        # a block of the points at a time (bounded temporaries: a large pair's contested
        # points are most of its band); blocks of whole ``rowdot`` chunks, so its products are
        # those of one call
        for s in range(0, len(at), _POINTS_AT_ONCE):
            p = at[s : s + _POINTS_AT_ONCE]
            e, ip = j[p] - shift, i[p]
            head = rowdot(en, e, zh_head, np.minimum(ip, n - 1))
            tail = rowdot(en, e, zh_tail, np.maximum(ip - 1, 0))
            out[p] += sign * (head - tail)
    return out


_POINTS_AT_ONCE = 64 * ROWDOT_CHUNK
