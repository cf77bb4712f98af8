"""Which characters belong to which script: one definition for every stage.

Han covers the CJK Unified Ideographs, Extension A and the Compatibility Ideographs (the ones
traditional texts and old encodings produce); CJK punctuation is the CJK Symbols and Punctuation
block and the fullwidth forms.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters, as the inside of a regex character class."""

CJK_PUNCT = "\u3000-\u303f\uff00-\uffef"
"""CJK symbols and punctuation and the fullwidth forms, as the inside of a character class."""

PINYIN_TONED = "\u00e0-\u00fc\u0101-\u01dc"
"""Latin letters with a tone mark (or ü) as pinyin writes them, as the inside of a character
class: what tells a pinyin reading in brackets (發(fā)) from an English gloss (数据(data))."""

HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]+")


def is_han(ch: str) -> bool:
    """Whether ``ch`` (one character) is a Han character."""
    return bool(HAN_CHAR.fullmatch(ch))
