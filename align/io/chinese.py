"""Traditional Chinese: detected, and converted to simplified characters for analysis only;
radical look-alikes (a PDF's ⼈⼤, ⽉⽇) read as the characters they stand for.

The checks, the segmenter and the lexicon read simplified text; findings quote the file's own
characters. Every offset must survive the conversion, so it is one character for one: OpenCC's
phrase conversion is used where it keeps the length (it nearly always does), and a line whose
length it would change is converted character by character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from align.scripts import HAN_RUN, is_han

# Traditional forms of the commonest characters: a traditional text of any length has some.
_COMMON_TRADITIONAL = frozenset(
    "們這個國會來時說為對經發與從後點問還過開關現實進動樣體當產業將長門間員機義東車區"
    "務總無萬億兩約餘頭謝請讀語話記認議計設許證該調論識護變讓聽買賣錢銀鐵陽陰雲電號"
    "權觀覺親邊處傳價優華畫歲應戰擊斷歡氣漢灣際隊陸場報幾廣張強書術習愛聲條題類風飛"
    "馬魚鳥龍齊學兒見現車貝買財貨質資費貿")


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters: more of its Han characters change
    from traditional to simplified than the other way round, and enough of them (a few
    traditional names in a simplified text do not count)."""
    han = "".join(HAN_RUN.findall(text[:200_000]))
    if len(han) < 2 or not _COMMON_TRADITIONAL.intersection(han):
        return False  # no need to load OpenCC for an ordinary simplified text
    t2s, s2t = _converters()
    simplified, traditional = t2s.convert(han), s2t.convert(han)
    if len(simplified) != len(han) or len(traditional) != len(han):
        simplified = "".join(t2s.convert(c) for c in han)
        traditional = "".join(s2t.convert(c) for c in han)
    to_simple = sum(a != b for a, b in zip(han, simplified, strict=False))
    to_trad = sum(a != b for a, b in zip(han, traditional, strict=False))
    return to_simple >= max(2, 0.02 * len(han)) and to_simple > 2 * to_trad


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
_LOOK_ALIKE = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _LOOK_ALIKE_BLOCKS) + "]")


@cache
def _look_alikes() -> dict[int, str]:
    table = {}
    for start, end in _LOOK_ALIKE_BLOCKS:
        for code in range(start, end + 1):
            mapped = unicodedata.normalize("NFKC", chr(code))
            if len(mapped) == 1 and mapped != chr(code):
                table[code] = mapped
    return table


def without_look_alikes(text: str) -> str:
    """``text`` with radical and compatibility look-alikes replaced by the ordinary characters
    they stand for, one character for one (offsets hold)."""
    if not _LOOK_ALIKE.search(text):
        return text
    return text.translate(_look_alikes())
