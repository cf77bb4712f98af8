"""What the exchange formats (XLIFF for review, TMX for a memory) share: XML escaping that drops
the characters XML 1.0 forbids, and a bead's text as the file itself spells it."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from align.model import Document

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s: str) -> str:
    """``s`` as XML character data."""
    return escape(_INVALID.sub("", s))


def xml_attr(s: str) -> str:
    """``s`` as a quoted XML attribute value."""
    return quoteattr(_INVALID.sub("", s))


def own_text(doc: Document, ids: tuple[int, ...], sep: str) -> str:
    """Sentences ``ids`` joined by ``sep``, each in the file's own characters (a traditional
    Chinese text is checked in simplified characters, one for one) with its whitespace runs
    collapsed to one space."""
    parts = []
    for i in ids:
        seg = doc.segments[i]
        raw = doc.text[seg.start : seg.end]
        parts.append(" ".join((raw if len(raw) == len(seg.text) else seg.text).split()))
    return sep.join(parts)
