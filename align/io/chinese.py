"""Traditional Chinese (detected by ``align.scripts.is_traditional``) converted to simplified
characters for analysis only; radical look-alikes (a PDF's ⼈⼤, ⽉⽇) read as the characters they
stand for.

The checks, the segmenter and the lexicon read simplified text; findings quote the file's own
characters. Every offset must survive the conversion, so it is one character for one: OpenCC's
phrase conversion is used where it keeps the length (it nearly always does), and a line whose
length it would change is converted character by character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from align.scripts import converters as _converters
from align.scripts import is_han, is_traditional


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, exactly as long, line for line."""
    t2s, _ = _converters()
    whole = t2s.convert(text)
    if len(whole) == len(text):
        return whole
    out = []
    for line in text.split("\n"):
        converted = t2s.convert(line)
        if len(converted) != len(line):
            converted = "".join(_char(c) for c in line)
        out.append(converted)
    return "\n".join(out)


def _char(c: str) -> str:
    t2s, _ = _converters()
    s = t2s.convert(c)
    return s if len(s) == 1 else c


def restore_map(original: str, simplified: str) -> dict[str, str]:
    """For quoting: each simplified character the conversion produced, mapped back to the
    traditional character it most often stands for in this text."""
    counts: dict[str, dict[str, int]] = {}
    for a, b in zip(original, simplified, strict=False):
        if a != b and is_han(a) and is_han(b):
            counts.setdefault(b, {}).setdefault(a, 0)
            counts[b][a] += 1
    return {b: max(c, key=c.__getitem__) for b, c in counts.items()}


# Kangxi radicals, the CJK radicals supplement and the compatibility ideographs: blocks whose
# characters look like ordinary ones and that PDF text extraction often emits in their place
# (全国⼈⼤, 3⽉7⽇). Each maps to one ordinary character under NFKC.
_LOOK_ALIKE_BLOCKS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF))
# An ordinary character a page sets for the one it looks like (巿, U+5DFF "knee cover", for 市 in
# 巿場, 城巿): no modern text means the rare one.
_MISTAKEN = {"巿": "市"}
_LOOK_ALIKE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _LOOK_ALIKE_BLOCKS)
                         + "".join(_MISTAKEN) + "]")


@cache
def _look_alikes() -> dict[int, str]:
    table = {}
    for start, end in _LOOK_ALIKE_BLOCKS:
        for code in range(start, end + 1):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if len(mapped) == 1 and mapped != chr(code):
                table[code] = mapped
    table.update({ord(k): v for k, v in _MISTAKEN.items()})
    return table


def without_look_alikes(text: str) -> str:
    """``text`` with radical and compatibility look-alikes replaced by the ordinary characters
    they stand for, one character for one (offsets hold)."""
    if not _LOOK_ALIKE.search(text):
        return text
    return text.translate(_look_alikes())


# Traditional forms a simplified page lets slip (LegCo's simplified pages keep 內 and 沒): the
# commonest characters, each read the same in both forms, so no name changes its reading (乾,
# qián in names but 干 gān, is left out).
_STRAY_TRADITIONAL = "內沒於來別黃們這個為說時國會對與從後點問還過開關現實進動樣體當將長門間員義東車區務總無萬億兩約餘謝請讀語話記認議計設許證該調論識護變讓聽買賣錢銀鐵陽陰雲電號權觀覺親邊處傳價優華畫歲應戰擊斷歡氣漢灣際隊陸場報幾廣張強書術習愛聲條題類風飛馬魚鳥龍齊學兒見貝財貨質資費貿"  # noqa: E501


@cache
def _stray_table() -> dict[int, str]:
    return {ord(c): _char(c) for c in _STRAY_TRADITIONAL if len(_char(c)) == 1}


def analysed(text: str) -> str:
    """Chinese text as the checks read it, exactly as long: look-alikes replaced, a traditional
    text converted to simplified, and a simplified one's stray traditional characters too."""
    text = without_look_alikes(text)
    if is_traditional(text):
        return to_simplified(text)
    return text.translate(_stray_table())
