"""Plain text: the file's own text is what is checked, so no origin map is needed."""

from __future__ import annotations

from align.io.base import Extracted
from align.io.encoding import decode


def read(data: bytes, path: str, lang: str) -> Extracted:
    return Extracted(decode(data, path).replace("\r\n", "\n").replace("\r", "\n"))
