"""What a check is: a set of registered rules and a function from an alignment to findings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from align.model import Alignment, Severity
from align.model import Finding as Finding
from align.settings import Settings


@dataclass(frozen=True)
class Rule:
    """A stable rule id (never renamed once released), its default severity, and its
    documentation: a sentence on what it catches and one example."""

    id: str
    title: str
    severity: Severity
    doc: str
    example: str = ""


@dataclass(frozen=True)
class CheckContext:
    """What a check sees: the alignment (beads and both documents), the settings, and the
    per-bead similarity the aligner computed (``alignment.beads[i].score``)."""

    alignment: Alignment
    settings: Settings
    zh_vectors: np.ndarray | None = None
    en_vectors: np.ndarray | None = None


class Check(Protocol):
    rules: tuple[Rule, ...]

    def run(self, ctx: CheckContext) -> Iterable[Finding]: ...
