"""Anchor events: the dated events official Chinese texts count from without saying the year.

A translator often spells out what the Chinese only implies: 新中国成立 "the founding of New
China in 1949", 改革开放以来 "since reform and opening up began more than 30 years ago", 中国内战
"the civil war of the late 1940s". Such an English number is no added fact when it is the
anchor's own year (or decade), or the span of years from the anchor to the document's year.
A number that contradicts the anchor (改革开放 "in 1988") is not matched and stays a finding.

The table is closed and small: public dates of the events, each written in the forms Chinese
official texts use (a 的 may stand between the parts: 新中国的成立).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from align.numbers.quantity import Quantity, date_parts
from align.numbers.zh import parse_zh_number, zeros_read


@dataclass(frozen=True)
class Anchor:
    """An event and the years it spans (one year for most)."""

    name: str
    pattern: re.Pattern[str]
    first: int
    last: int
    day: tuple[int, int] | None = None  # the month and day it is dated by, if one


def _anchor(name: str, forms: str, first: int, last: int | None = None,
            day: tuple[int, int] | None = None) -> Anchor:
    return Anchor(name, re.compile(forms), first, last if last is not None else first, day)


# The events, their Chinese forms (simplified and traditional) and their public dates.
ANCHORS: tuple[Anchor, ...] = (
    _anchor("the founding of the People's Republic",
            r"(?:新中国|新中國|中华人民共和国|中華人民共和國)的?(?:成立|诞生|誕生)|建国以来|建國以來"
            r"|开国大典|開國大典", 1949, day=(10, 1)),
    _anchor("reform and opening up", r"改革开放|改革開放|十一届三中全会|十一屆三中全會", 1978),
    _anchor("the founding of the Communist Party of China",
            r"(?:中国共产党|中國共產黨|(?<![\u4e00-\u9fff])[党黨]|(?<=[们們])[党黨])的?"
            r"(?:成立|诞生|誕生|创建|創建)|建党|建黨", 1921),
    _anchor("the victory of the War of Resistance",
            r"(?:抗战|抗戰|抗日战争|抗日戰爭|反法西斯战争|反法西斯戰爭)的?胜利|(?:抗战|抗戰|抗日战争|抗日戰爭)的?勝利",
            1945),
    _anchor("Hong Kong's return", r"香港(?:的)?回归|香港(?:的)?回歸", 1997, day=(7, 1)),
    _anchor("Macao's return", r"澳门(?:的)?回归|澳門(?:的)?回歸", 1999, day=(12, 20)),
    _anchor("China's accession to the WTO",
            r"(?:加入|加入了)(?:世贸组织|世界贸易组织|世貿組織|世界貿易組織|WTO)|入世(?!界)", 2001),
    _anchor("the civil war", r"(?:中国|中國)的?(?:内战|內戰)|解放战争|解放戰爭", 1945, 1949),
    _anchor("the peaceful liberation of Tibet", r"西藏(?:的)?和平解放|和平解放西藏", 1951),
)

# An English span of years said as a distance back ("30 years", "three decades", "over 40").
_YEARS_AFTER = re.compile(r"\s*(?:-\s*)?(?:odd\s+)?(?:years?|decades?)\b", re.IGNORECASE)


# A year the Chinese states, then a period counted from it up to now (2001年…10年来): the
# document is written that many years after the year.
# (A year in Chinese numerals too, with ○ for 〇 as pages print it: 二○○一年.)
_STATED_YEAR = re.compile(r"((?:1[89]|20)\d\d|[一二][〇○◯Ｏ零一二三四五六七八九]{3})年")
_COUNTED_SINCE = re.compile(r"([0-9一二三四五六七八九十两兩]+)多?年(?:来|以来|來|以來|间|間)")
_COUNT_REACH = 60  # characters from the year to the count: the next sentence or so


def counted_years(zh_text: str) -> set[int]:
    """The document years a Chinese text implies by counting a period from a year it states
    (2001年中国加入世界贸易组织。10年来 … : 2011)."""
    years: set[int] = set()
    for m in _COUNTED_SINCE.finditer(zh_text):
        before = list(_STATED_YEAR.finditer(zh_text, max(0, m.start() - _COUNT_REACH),
                                            m.start()))
        value = parse_zh_number(m.group(1))
        if before and value is not None and 0 < value < 200:
            year = parse_zh_number(zeros_read(before[-1].group(1)))
            if year is not None:
                years.add(int(year) + int(value))
    return years


def anchors_in(zh_text: str) -> list[Anchor]:
    """The anchor events the Chinese text names."""
    return [a for a in ANCHORS if a.pattern.search(zh_text)]


def span_fits(span: int, e: Quantity) -> bool:
    """Whether the English count ``e`` (a number of years) says ``span``, as its qualifier
    allows: about 30 for 34 (a fifth either way, at least 2), more than 30 for 33 (not for
    60: a bound that far below says little), nearly 70 for 69, exactly (within one: an
    anniversary is counted either way) otherwise."""
    value = float(e.value)
    if e.qualifier == "approx":
        return abs(span - value) <= max(2.0, value * 0.2)
    if e.qualifier in ("more-than", "at-least"):  # "more than 30" for 33, not for 60
        return value <= span <= value * 1.5 + 1
    if e.qualifier in ("less-than", "at-most"):  # "nearly seven decades" for 69
        return value * 0.8 <= span <= value
    return abs(span - value) <= 1


def _counts_years(e: Quantity, en_text: str) -> bool:
    """Whether the English count is a number of years ("30 years", "three decades")."""
    if e.unit in ("years", "year", "decades"):
        return True
    at = en_text.find(e.surface)
    return at >= 0 and bool(_YEARS_AFTER.match(en_text, at + len(e.surface)))


def anchored(e: Quantity, zh_text: str, en_text: str, doc_years: Iterable[int]) -> str:
    """Where an English number with no Chinese counterpart is implied by an anchor event the
    Chinese names: its year, its decade, or the years from it to the document's year (any of
    ``doc_years``, the years the document may be dated by). Empty when no anchor accounts for
    it (a year that contradicts the anchor among them)."""
    found = anchors_in(zh_text)
    if not found or e.high is not None:
        return ""
    for a in found:
        when = f"{a.first}" if a.first == a.last else f"{a.first}-{a.last}"
        if e.kind == "date" and e.unit == "y":
            if a.first <= int(e.value) // 10000 <= a.last:
                return f"Chinese {a.pattern.search(zh_text).group(0)} ({a.name}, {when})"
        elif e.kind == "date" and e.unit == "ymd" and a.day is not None:
            year, month, day = date_parts(e.value)  # "October 1, 1949" for 开国大典
            if year == a.first and (month, day) == a.day:
                return f"Chinese {a.pattern.search(zh_text).group(0)} ({a.name}, {e.surface})"
        elif e.kind == "decade":
            decade = int(e.value)
            if decade <= a.last and a.first <= decade + 9:
                return f"Chinese {a.pattern.search(zh_text).group(0)} ({a.name}, {when})"
        elif e.kind == "count" and _counts_years(e, en_text):
            for year in sorted(doc_years):
                if year > a.last and span_fits(year - a.first, e):
                    return (f"Chinese {a.pattern.search(zh_text).group(0)} ({a.name}, {when}: "
                            f"{year - a.first} years before the document's year {year})")
    return ""
