"""What a check is: the registered rules it produces and a function from an alignment to
findings."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from align.model import Alignment, Bead, Finding, Settings
from align.rules import Rule


@dataclass(frozen=True)
class CheckContext:
    """What a check sees: the alignment (beads and both documents), the settings, and the
    per-bead similarity the aligner computed (``alignment.beads[i].score``)."""

    alignment: Alignment
    settings: Settings
    zh_vectors: np.ndarray | None = None
    en_vectors: np.ndarray | None = None

    def two_sided(self) -> Iterator[tuple[int, Bead]]:
        """The beads with sentences on both sides, with their index: what the sentence-level
        checks judge (a one-sided bead is an omission or an addition, the coverage check's)."""
        for index, bead in enumerate(self.alignment.beads):
            if bead.zh and bead.en:
                yield index, bead


class Check(Protocol):
    rules: tuple[Rule, ...]

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...


@dataclass(frozen=True)
class Lengths:
    """Characters per sentence on each side, and the document's own ratio of English to Chinese
    characters (0.0 when a side is empty): what the length-based checks predict with."""

    zh: np.ndarray
    en: np.ndarray
    ratio: float


def sentence_lengths(alignment: Alignment) -> Lengths:
    zh = np.array([len(s.text) for s in alignment.zh.segments], dtype=np.int64)
    en = np.array([len(s.text) for s in alignment.en.segments], dtype=np.int64)
    zh_total, en_total = int(zh.sum()), int(en.sum())
    ratio = en_total / zh_total if zh_total and en_total else 0.0
    return Lengths(zh=zh, en=en, ratio=ratio)


