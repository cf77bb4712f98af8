"""The shared vocabulary of the pipeline.

Every stage takes and returns these plain, immutable values. This module imports nothing from
the rest of the package, so any stage can use it without pulling in another.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from array import array
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Literal

Lang = Literal["zh", "en"]


class AlignError(Exception):
    """A problem the user can cause and fix (bad input, bad option, missing model).

    The CLI prints it as one line and exits with code 2; anything else is a bug.
    """


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]

    def fails(self, fail_on: str) -> bool:
        """Whether a finding of this severity fails a run under ``--fail-on fail_on`` (one of
        ``FAIL_ON``): the one place the exit code and the JUnit failures are decided."""
        return fail_on != "never" and self.rank >= Severity(fail_on).rank


FAIL_ON = ("error", "warning", "info", "never")
"""The thresholds ``--fail-on`` accepts: fail on findings of that severity or worse, or never."""


@dataclass(frozen=True)
class Segment:
    """One sentence of a document, with where it sits in the original file.

    ``start``/``end`` are character offsets into the decoded file text (``Document.text``),
    ``line`` is the 1-based line of ``start``; ``paragraph`` counts blank-line separated blocks
    from 0; ``speaker`` is the name that opened the speaker turn this sentence belongs to.
    """

    id: int
    text: str
    start: int
    end: int
    line: int
    paragraph: int = 0
    speaker: str | None = None
    # Where a reader of a structured file places the sentence besides its line: the subtitle
    # cue and its timing, the bilingual unit's id, the Word paragraph.
    label: str | None = None
    # Inline tags and placeholders of a bilingual file's unit, kept out of ``text`` (e.g.
    # ``<g 1>``, ``%d``, ``{0}``), for the check that compares them between the sides.
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class Origin:
    """Where the characters of a ``Document.text`` that is not the file's text itself (markup
    stripped, cues joined, units of an XML file) stand in the file: the text is a series of
    pieces, piece ``k`` starting at text offset ``starts[k]`` and at 1-based ``lines[k]``,
    ``columns[k]`` of the file, its characters on that line one column apart."""

    starts: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]

    def position(self, offset: int) -> tuple[int, int]:
        if not self.starts:
            return 1, 1
        k = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.lines[k], self.columns[k] + max(0, offset - self.starts[k])


@dataclass(frozen=True)
class Document:
    """One side of a pair. ``text`` is what findings quote; segments' offsets point into it.
    ``origin`` is None when ``text`` is the file's own text, else the map from its offsets to
    the file's lines and columns (which ``position`` reads)."""

    path: str
    lang: Lang
    text: str
    segments: tuple[Segment, ...]
    origin: Origin | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.segments)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file of the character at ``offset`` of ``text``."""
        if self.origin is not None:
            return self.origin.position(offset)
        offset = max(0, min(offset, len(self.text)))
        breaks = self._line_breaks
        line = bisect.bisect_left(breaks, offset) + 1  # the line breaks before ``offset``
        return line, offset - (breaks[line - 2] + 1 if line > 1 else 0) + 1

    @cached_property
    def _line_breaks(self) -> array:
        """The offsets of the text's line breaks, found once: counting them up to an offset
        for each finding's place made a report quadratic in the document's length (a 20 MB
        pair's tens of thousands of findings)."""
        return array("q", (m.start() for m in re.finditer("\n", self.text)))


@dataclass(frozen=True)
class Bead:
    """A monotone alignment unit: consecutive zh sentence ids matched to consecutive en ids.

    Either side may be empty (an omission ``[i]:[]`` or an addition ``[]:[j]``).
    ``score`` is the similarity of the two sides in [-1, 1] (0 for one-sided beads).
    """

    zh: tuple[int, ...]
    en: tuple[int, ...]
    score: float = 0.0

    @property
    def kind(self) -> str:
        return f"{len(self.zh)}-{len(self.en)}"


@dataclass(frozen=True)
class Alignment:
    zh: Document
    en: Document
    beads: tuple[Bead, ...]
    model: str = ""


MAX_QUOTE = 4000
"""A finding quotes at most this many characters of its side (then "…"); its offsets still
cover the whole span, so thousands of findings on one huge line stay small."""


@dataclass(frozen=True)
class Span:
    """The text a finding is about on one side, and where it is in that side's file."""

    text: str
    line: int
    start: int
    end: int
    ids: tuple[int, ...] = ()

    @classmethod
    def of(cls, doc: Document, ids: tuple[int, ...] | list[int]) -> Span | None:
        """The span covering sentences ``ids`` of ``doc`` (None when ``ids`` is empty)."""
        if not ids:
            return None
        segs = [doc.segments[i] for i in ids]
        text = doc.text[segs[0].start : min(segs[-1].end, segs[0].start + MAX_QUOTE + 1)]
        return cls(
            text=text if len(text) <= MAX_QUOTE else text[:MAX_QUOTE] + "…",
            line=segs[0].line,
            start=segs[0].start,
            end=segs[-1].end,
            ids=tuple(ids),
        )


@dataclass(frozen=True)
class Suppression:
    """Why a finding is reported as suppressed: ``kind`` is "accepted" (a reviewer's entry in
    the accepted-findings file) or "baseline"; ``reason`` is the justification shown with it."""

    kind: str
    reason: str
    by: str | None = None
    at: str | None = None


@dataclass(frozen=True)
class Finding:
    """One place where the English departs from the Chinese.

    ``evidence`` holds the facts behind the message as short strings (for numbers: both values
    as written and as normalised); ``suggestion`` is a fix a translator can apply.
    """

    rule: str
    severity: Severity
    message: str
    zh: Span | None
    en: Span | None
    evidence: tuple[tuple[str, str], ...] = ()
    suggestion: str | None = None
    bead: int | None = None
    # Set when a reviewer accepted the finding or a baseline holds it: still reported, shown as
    # suppressed, never failing a run. Not part of the fingerprint.
    suppressed: Suppression | None = None

    @property
    def fingerprint(self) -> str:
        """A hash that survives edits elsewhere in the documents: the rule, the Chinese text, and
        the identifying evidence (e.g. both numbers as written) or, without any, the English
        text; the English text too when there is no Chinese (two English-only sentences with
        the same evidence are two findings); no line numbers or offsets. So fixing one number
        in a sentence does not make another finding in the same sentence new. Whitespace is
        ignored (re-wrapping keeps it), and so is measured evidence (``MEASURED_EVIDENCE``): a
        similarity depends on the model and a document-wide statistic on every other sentence."""
        evidence = "|".join(f"{k}={v}" for k, v in self.evidence if k not in MEASURED_EVIDENCE)
        zh = _norm(self.zh.text) if self.zh else ""
        en = _norm(self.en.text) if self.en else ""
        parts = [self.rule, zh, evidence or en]
        if not zh and evidence:  # nothing Chinese to tell two English-only sentences apart
            parts.append(en)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


# Evidence keys that measure or grade rather than identify a finding; left out of fingerprints
# (how certain a number's reading is, "reading", changes with the engine, not with the text; a
# word finding folded into its sentence's, "within", or graded below another of its bead,
# "repeat", depends on the other finding).
MEASURED_EVIDENCE = frozenset({"similarity", "typical", "score", "reading", "within", "repeat"})


def _norm(text: str) -> str:
    return "".join(text.split())


@dataclass(frozen=True)
class Settings:
    """Every tunable of a run in one immutable value, so a report can print exactly what
    produced it. Defaults live here and nowhere else; a config file or a command-line option
    makes a copy with ``dataclasses.replace``."""

    model: str = "use"
    split: str = "sentences"  # "sentences" | "lines"
    fail_on: str = "error"  # one of FAIL_ON
    # A 1-1 or n-m bead whose similarity falls this many robust standard deviations below the
    # document's typical bead is a meaning mismatch (see checks/meaning.py).
    mismatch_z: float = 3.5
    # ... and it must also be below this absolute similarity, so a uniformly good document
    # does not produce findings from small relative differences.
    mismatch_max_score: float = 0.5
    # Minimum length (characters) of a one-sided sentence reported as omission/addition at
    # error level; shorter ones (e.g. "谢谢。") are warnings.
    coverage_min_chars: int = 8
    # A sentence inside a 2-1 / 1-2 bead is reported as untranslated (or added) when leaving it
    # out raises the bead's similarity by at least this much and the lengths agree.
    merge_min_gain: float = 0.05
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    severity_overrides: tuple[tuple[str, Severity], ...] = ()
    ignore_patterns: tuple[str, ...] = ()
    # Glossary: Chinese term -> accepted English renderings (checks/terms.py).
    terms: tuple[tuple[str, tuple[str, ...]], ...] = ()



@dataclass(frozen=True)
class Report:
    alignment: Alignment
    findings: tuple[Finding, ...]
    signature: str = ""
    settings: Settings = field(default_factory=Settings, hash=False, compare=False)

    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity.value] += 1
        return counts
