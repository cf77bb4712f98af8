"""What every reader returns: the text to check, and where each of its characters is in the file.

A reader builds its text piece by piece with a ``TextBuilder``: a piece copied from the file
keeps its line and column, a separator the reader adds (a paragraph break between two HTML
blocks, a space joining two subtitle cues) points at the place before it. Markup is simply not
copied, so findings quote the words and still point into the file the user has. A reader of a
structured file can also mark regions (a cue with its timing, a unit, a Word paragraph) whose
label each sentence inside them carries.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from align.model import Origin


@dataclass(frozen=True)
class Region:
    """A stretch of the text that belongs to one cue, unit or paragraph of the file."""

    start: int
    end: int
    kind: str  # "cue", "unit", "paragraph"...
    ident: str
    timing: tuple[str, str] | None = None


@dataclass(frozen=True)
class Extracted:
    """A monolingual reader's result: the text, its origin map (None: the text is the file's
    own), the labelled regions, and how to split it when the reader knows better than the
    user's ``--split`` (subtitles without sentence punctuation: one cue, one sentence)."""

    text: str
    origin: Origin | None = None
    regions: tuple[Region, ...] = ()
    split: str | None = None


@dataclass(frozen=True)
class Unit:
    """One unit of a bilingual file: both sides' text with their origins, the unit's id and the
    inline tags and placeholders of each side (kept out of the text, compared as tokens)."""

    ident: str
    source: Extracted
    target: Extracted
    source_lang: str = ""
    target_lang: str = ""
    source_tags: tuple[str, ...] = ()
    target_tags: tuple[str, ...] = ()
    note: str = field(default="", compare=False)


class LineIndex:
    """1-based line and column of an offset into a file's decoded text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        pos = text.find("\n")
        while pos != -1:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        return self.starts[min(max(line, 1), len(self.starts)) - 1] + max(column, 1) - 1


class TextBuilder:
    """Assemble a text from pieces of a file (or of a structure with lines, such as a Word
    document's paragraphs) and keep the origin of every piece."""

    def __init__(self, source: str | None = None) -> None:
        self.index = LineIndex(source) if source is not None else None
        self.parts: list[str] = []
        self.length = 0
        self.starts: list[int] = []
        self.lines: list[int] = []
        self.columns: list[int] = []
        self.regions: list[Region] = []
        self._last = (1, 1)

    def copy(self, start: int, end: int) -> None:
        """Copy ``source[start:end]`` (newlines and all) with its positions."""
        assert self.index is not None
        self.add(self.index.text[start:end], *self.index.position(start))

    def add(self, piece: str, line: int, column: int) -> None:
        """Add ``piece``, which stands at ``line``, ``column`` of the file; a newline inside it
        moves to the start of the next line."""
        for k, chunk in enumerate(piece.split("\n")):
            if k:
                self._append("\n")
                line, column = line + 1, 1
            if chunk:
                self._mark(line, column)
                self._append(chunk)
                self._last = (line, column + len(chunk))

    def add_at(self, piece: str, offset: int) -> None:
        """Add ``piece`` (e.g. a decoded entity) standing at ``offset`` of the source text."""
        assert self.index is not None
        self.add(piece, *self.index.position(offset))

    def sep(self, piece: str) -> None:
        """A separator the reader adds; it points where the text before it ended."""
        if piece:
            self._mark(*self._last)
            self._append(piece)

    def ends_with(self, chars: str) -> bool:
        for part in reversed(self.parts):
            if part:
                return part[-1] in chars
        return False

    def tail(self) -> str:
        """The last character added ("" at the start)."""
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""

    def region(self, start: int, kind: str, ident: str,
               timing: tuple[str, str] | None = None) -> None:
        """Mark ``text[start:current end]`` as one cue, unit or paragraph."""
        if self.length > start:
            self.regions.append(Region(start, self.length, kind, ident, timing))

    def _mark(self, line: int, column: int) -> None:
        if self.starts and self.starts[-1] == self.length:
            self.lines[-1], self.columns[-1] = line, column
        else:
            self.starts.append(self.length)
            self.lines.append(line)
            self.columns.append(column)

    def _append(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def build(self, split: str | None = None) -> Extracted:
        origin = Origin(tuple(self.starts), tuple(self.lines), tuple(self.columns))
        return Extracted("".join(self.parts), origin, tuple(self.regions), split)


def label_for(regions: tuple[Region, ...], starts: list[int], start: int, end: int) -> str | None:
    """The label of a sentence at ``start:end``: the region (or first and last regions) it lies
    in, e.g. ``cue 3 00:00:05,000 --> 00:00:07,500`` or ``cues 3-4 …``."""
    if not regions:
        return None
    k = max(0, bisect.bisect_right(starts, start) - 1)
    inside = []
    while k < len(regions) and regions[k].start < end:
        if regions[k].end > start:
            inside.append(regions[k])
        k += 1
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    if first is last:
        label = f"{first.kind} {first.ident}"
    else:
        label = f"{first.kind}s {first.ident}-{last.ident}"
    if first.timing and last.timing:
        label += f" {first.timing[0]} --> {last.timing[1]}"
    return label
