"""Chinese sentence boundaries.

A sentence ends at 。！？… (or their ASCII forms, which Chinese text typed on an English keyboard
uses); closing quotes and brackets that follow stay with the sentence they close.
"""

from __future__ import annotations

import re

from align.scripts import is_han

_CLOSERS = "”’」』）)】》〉\"'"
_END = re.compile(
    r"(?:[。！？!?]+|…+|\.{3,}|\.(?![\d.]))"  # terminal run; a dot before a digit is a decimal
    rf"[{re.escape(_CLOSERS)}]*"
)


def split_zh(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph of Chinese text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group(0).startswith(".") and not _dot_ends_sentence(text, m.start()):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _dot_ends_sentence(text: str, i: int) -> bool:
    """An ASCII full stop ends a Chinese sentence when Chinese precedes it and whitespace, the
    end, or Chinese follows (not in "www.gov.cn" or "No.3")."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if not is_han(before) and before not in _CLOSERS + "%）)":
        return False
    return after == "" or after.isspace() or is_han(after) or after in "“‘「『（("

