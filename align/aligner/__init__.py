"""Monotone sentence alignment (the ``align`` stage of the pipeline).

``align_documents(zh, en, embedder) -> AlignResult``; ``looks_like_translation`` tells a real
translation from two unrelated documents. One module per job:

- ``pipeline.py``: ``align_documents``, its configuration and result; runs the passes in order.
- ``dp.py``: the dynamic program over a band of the lattice, a pure function of numpy arrays.
- ``score.py``: bead scores (centred cosine of group vectors, length prior, skip and boundary
  costs), with ``punctuation.py`` (quotations, end marks) and ``anchors.py`` (shared numbers).
- ``coarse.py``: the coarse-to-fine band for long pairs.
- ``refine.py``: where the first pass is contested, re-embedded groups, clause evidence
  (``clauses.py``) and a length prior fitted to the document.
- ``verdict.py``: the translation score and the not-a-translation verdict.
"""

from __future__ import annotations

from align.aligner.pipeline import BEADS, AlignConfig, AlignResult, align_documents
from align.aligner.verdict import looks_like_translation

__all__ = ["BEADS", "AlignConfig", "AlignResult", "align_documents", "looks_like_translation"]
