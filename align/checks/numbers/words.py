"""Chinese number readings that respect word boundaries, as name readings do.

The number engine attaches the measure word, unit or currency after a number by its first
characters: 十五元 is 15 yuan. But the character may begin a longer word of the sentence: in
十五元宵节 the 元 is the first character of 元宵节 (the Lantern Festival), in 五年轻人 the 年 of
年轻人 (young people). The dictionary decides. The unit does not attach when the longest match
read forwards and the one read backwards (``Dictionary.max_match``) both cut the sentence inside
one word that starts with the unit and runs past it, and that word is no unit compound. It
still attaches when:

- the word is a unit compound, whose dictionary senses say the unit's meaning (年来 "over the
  last years", 年底 "the end of the year", 日前 "a few days ago", 月份 "month");
- what follows the unit is a localiser or postposition (三天后 "three days later", not 三 +
  天后 "diva"; 十天下来, 五年前) or begins a word of its own (五日本报讯: 本报 after 日);
- the unit is a pure classifier with no English of its own (个, 名, 家): 三个人 is three
  people, not 三 + 个人 "individual";
- the quantity is a date of several parts (9月6日电), read by its structure, or a month in
  digits before a preposition (10月经陆路 is "in October, by land", not 月经).

What is left without its unit is re-read: a number in digits as a bare count (the reading
module calls that fragile, so it is at most a warning), a number in Chinese numerals as a weak
count (matched when the English says it, never reported alone: a bare numeral is part of a
word more often than a quantity).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from align.numbers.quantity import Quantity, date_parts
from align.numbers.zh import UNITS_EN
from align.scripts import HAN_CHAR

# What a unit, currency or date mark means in English, as a dictionary sense would say it.
_DATE_MARKS = {"年": "year", "月": "month", "日": "day", "号": "day", "號": "day"}
_CURRENCY_WORDS = {"元": "yuan", "美元": "dollar", "欧元": "euro", "日元": "yen", "英镑": "pound",
                   "港元": "dollar", "港币": "dollar", "澳元": "dollar", "卢布": "rouble",
                   "韩元": "won", "人民币": "renminbi", "块钱": "yuan"}
_HAN = HAN_CHAR
# The closed class of localisers and postpositions a unit takes after it (三天后 "three days
# later", 五年前, 两年间, 十天下来, 月底, 一年多): a word they make with the unit (天后 "diva")
# is not what the sentence says.
_POSTPOSITIONS = frozenset("前后後内內外中里裡间間来來上下以底初末多余餘半左起")
# Prepositions a month in digits may stand before (10月经陆路 "in October, via land", 5月至7月).
_PREPOSITIONS = frozenset("经經至到由在从從向于於")


def _meaning(unit: str) -> str:
    """The English word a unit's sense says ("years" -> "year"), "" for a pure classifier."""
    words = UNITS_EN.get(unit, "")
    if not words:
        return ""
    first = words.split()[0]
    return first[:-1] if first.endswith("s") and not first.endswith("ss") else first


def _unit_of(q: Quantity) -> tuple[str, str]:
    """(the unit, currency or date mark that ends the quantity's surface, its meaning)."""
    surface = q.surface.rstrip()
    if q.kind == "count" and q.unit and surface.endswith(q.unit):
        return q.unit, _meaning(q.unit)
    if q.kind == "money":
        for word, meaning in sorted(_CURRENCY_WORDS.items(), key=lambda p: -len(p[0])):
            if surface.endswith(word):
                return word, meaning
    if q.kind == "date" and len(q.unit) == 1 and surface[-1:] in _DATE_MARKS:  # 8月, 5日:
        # a date of several parts (9月6日) is read by its structure
        return surface[-1], _DATE_MARKS[surface[-1]]
    return "", ""


def _says(words, word: str, meaning: str) -> bool:
    """Whether a dictionary word's senses say ``meaning`` (a unit compound: 年底, 日前)."""
    entry = words.get(word)
    if entry is None:
        return False
    said = re.compile(rf"\b{re.escape(meaning)}(?:s|'s)?\b", re.IGNORECASE)
    return meaning in entry.keys or any(said.search(s) for s in entry.senses)


def word_after_unit(q: Quantity, text: str, words) -> str:
    """The word the unit of ``q`` begins in ``text`` when that word, not the quantity, is what
    the sentence says there (元宵 of 正月十五元宵节); "" when the unit attaches. ``words`` is
    the dictionary (``align.lexicon``'s ``Dictionary``)."""
    unit, meaning = _unit_of(q)
    if not unit or not meaning:
        return ""
    at = q.end - len(unit) if text[q.start:q.end].rstrip().endswith(unit) else -1
    end = at + len(unit)
    if at < 0 or end >= len(text) or not _HAN.match(text[end]) or text[end] in _POSTPOSITIONS:
        return ""
    if unit == "月" and q.kind == "date" and text[q.start:at].strip().isdigit() \
            and text[end] in _PREPOSITIONS:
        return ""  # 10月经陆路入境: a month, then "via" (not 月经); 8月球 stays the moon
    if any(text[end:k] in words for k in range(end + 2, min(len(text), end + words.max_len) + 1)):
        return ""  # 五日本报讯: what follows the unit reads as a word of its own (本报)
    lo = at
    while lo > max(0, at - 2 * words.max_len) and _HAN.match(text[lo - 1]):
        lo -= 1
    hi = end
    while hi < min(len(text), end + 2 * words.max_len) and _HAN.match(text[hi]):
        hi += 1
    crossing = []
    for backward in (False, True):
        cut = [(a, b) for a, b in words.max_match(text, lo, hi, backward) if a <= at < end < b]
        if not cut:
            return ""
        crossing.append(cut[0])
    for a, b in crossing:
        if a != at or _says(words, text[a:b], meaning):
            return ""
    return text[crossing[0][0]: crossing[0][1]]


_ZH_NUMERALS = frozenset("零〇一二两兩三四五六七八九十百千万萬亿億")


def numeral_ends_word(q: Quantity, text: str, words) -> str:
    """The word a Chinese numeral opening ``q`` ends when a word that starts before it runs
    into it (三 of 安倍晋三 in 安倍晋三日前, 安倍晋三首相: a name, not 三日 or 三首), as the
    longest match read forwards and backwards both cut it; "" otherwise."""
    if q.start == 0 or q.surface[:1] not in _ZH_NUMERALS or not _HAN.match(text[q.start - 1]):
        return ""
    lo = q.start
    while lo > max(0, q.start - 2 * words.max_len) and _HAN.match(text[lo - 1]):
        lo -= 1
    hi = q.end
    cut = []
    for backward in (False, True):
        found = [(a, b) for a, b in words.max_match(text, lo, hi, backward)
                 if a < q.start < b and b - a >= 2]
        if not found:
            return ""
        cut.append(found[0])
    return text[cut[0][0] : cut[0][1]] if cut[0] == cut[1] else ""


def respect_words(quantities: list[Quantity], text: str, words) -> list[Quantity]:
    """The quantities read from ``text`` with every unit that begins another word taken off
    and every numeral that ends a word begun before it left out (see the module's
    docstring and ``numeral_ends_word``)."""
    out: list[Quantity] = []
    for q in quantities:
        if numeral_ends_word(q, text, words):
            continue
        word = word_after_unit(q, text, words) if q.high is None else ""
        if not word:
            out.append(q)
            continue
        unit, _ = _unit_of(q)
        end = q.end - len(unit)
        number = text[q.start:end]
        value = q.value if q.kind != "date" else _date_number(q)
        if value is None:
            out.append(q)
            continue
        digits = any(c.isdigit() for c in number)
        out.append(replace(q, kind="count", unit="", surface=number, end=end, value=value,
                           weak=q.weak or not digits))
    return out


def _date_number(q: Quantity) -> Decimal | None:
    """The number a date mark followed (the day of 5日, the month of 8月, the year of 2019年)."""
    y, m, d = date_parts(q.value)
    part = {"y": y, "m": m, "d": d}.get(q.unit) if len(q.unit) == 1 else None
    return None if part is None else Decimal(part)


__all__ = ["numeral_ends_word", "respect_words", "word_after_unit"]


# A frequency, once in each unit of time (一年一度, 一年一次, 一月一次, 一周一次, 一天一次), and
# the English word of that frequency (the closed class of the units' frequency adjectives and
# adverbs): 一年一度的开放日 "the annual open day".
ONCE_AFTER = re.compile(r"[一1](?:度|次|回|届|屆)")
FREQUENCY_WORDS = {"year": r"annual(?:ly)?|yearly|every\s+year|each\s+year",
                   "month": r"monthly|every\s+month|each\s+month",
                   "week": r"weekly|every\s+week|each\s+week",
                   "day": r"daily|every\s+day|each\s+day"}
_ONCE_A_UNIT_ZH = re.compile(r"[一1](年|月|周|週|星期|天|日)(?=" + ONCE_AFTER.pattern + ")")
_UNIT_NAMES = {"年": "year", "月": "month", "周": "week", "週": "week", "星期": "week",
               "天": "day", "日": "day"}


# A unit of time as the bound first syllable of a rate or a measure per that unit (年平均增长率
# "average annual growth rate", 年均, 年产量 "annual output", 月收入 "monthly income"), and
# every unit (每年 "annually", 每月).
_PER_UNIT_ZH = re.compile(r"(?<![0-9一二三四五六七八九十百千两兩几幾多今去明前后後上下本])"
                          r"(年|月|周|週|日)(?=平?均|度|产|產|收入|增|销|銷|利润|利潤|营业|營業)"
                          r"|每(年|月|周|週|星期|天|日)")


def frequency_said(zh: str, en_word: str) -> bool:
    """Whether ``en_word`` is the frequency word ("annual", "monthly") of a once-a-unit phrase
    of the Chinese (一年一度, 一月一次), of a rate per unit (年平均, 年产量) or of 每年: the
    English word's source, which no dictionary lists."""
    units = [m.group(1) for m in _ONCE_A_UNIT_ZH.finditer(zh)]
    units += [m.group(1) or m.group(2) for m in _PER_UNIT_ZH.finditer(zh)]
    return any(re.fullmatch(FREQUENCY_WORDS[_UNIT_NAMES[u]], en_word, re.IGNORECASE)
               for u in units)
