"""Quantities one side says in another form that the engines read as something else: a year
named by its zodiac animal ("the Year of the Pig" for 2019年), and coordinated months read
apart on one side and as one span on the other (2013年9月和10月, "September and October of
2013"). Each returns where the match was found, or ""."""

from __future__ import annotations

import re

from align.numbers.quantity import Quantity

# The twelve animals of the Chinese zodiac in cycle order from the rat (2020 = 鼠年, so a
# year's animal is (year - 2020) mod 12), with the English names translations use for each.
_ANIMALS_ZH = ("鼠", "牛", "虎", "兔", "龙", "蛇", "马", "羊", "猴", "鸡", "狗", "猪")
_ANIMALS_ZH_TRADITIONAL = {"龍": "龙", "馬": "马", "雞": "鸡", "豬": "猪"}
_ANIMALS_EN = (("rat", "mouse"), ("ox", "cow", "buffalo"), ("tiger",), ("rabbit", "hare"),
               ("dragon",), ("snake",), ("horse",), ("goat", "sheep", "ram"), ("monkey",),
               ("rooster", "chicken", "cock"), ("dog",), ("pig", "boar", "swine"))
# "the Year of the (Golden) Pig", "the Pig Year": searched apart, so that "the Year" of the
# first is not taken for the second.
_ZODIAC_EN = (re.compile(r"\byear\s+of\s+the\s+(?:[A-Za-z]+\s+)?([A-Za-z]+)\b", re.IGNORECASE),
              re.compile(r"\b([A-Za-z]+)\s+year\b", re.IGNORECASE))
# 猪年, 金猪年, 农历猪年, 豬年: an animal and 年, with at most one word for its element or metal
# between.
_ZODIAC_ZH = re.compile(r"([鼠牛虎兔龙蛇马羊猴鸡狗猪龍馬雞豬])年")


def zodiac_of(year: int) -> int:
    """The place of ``year``'s animal in the cycle (0 the rat, 11 the pig). The lunar year
    begins in January or February, so a date early in January belongs to the year before;
    a year as a whole is named by the animal of the lunar year that begins in it."""
    return (year - 2020) % 12


def _year(q: Quantity) -> int | None:
    if q.kind != "date" or q.unit != "y" or q.high is not None:
        return None
    return int(q.value) // 10000


def zodiac_year_en(z: Quantity, en_text: str) -> str:
    """Where the English names the Chinese year ``z`` by its animal ("the Year of the Pig",
    "the Pig Year" for 2019年)."""
    year = _year(z)
    if year is None:
        return ""
    names = _ANIMALS_EN[zodiac_of(year)]
    for m in (m for pattern in _ZODIAC_EN for m in pattern.finditer(en_text)):
        if m.group(1).lower() in names:
            return f"same sentence, as {m.group(0)!r} (the year's zodiac animal)"
    return ""


def zodiac_year_zh(e: Quantity, zh_text: str) -> str:
    """Where the Chinese names the English year ``e`` by its animal (猪年 for "2019")."""
    year = _year(e)
    if year is None:
        return ""
    for m in _ZODIAC_ZH.finditer(zh_text):
        animal = _ANIMALS_ZH_TRADITIONAL.get(m.group(1), m.group(1))
        if _ANIMALS_ZH.index(animal) == zodiac_of(year):
            return f"same sentence, as {m.group(0)} (the year's zodiac animal)"
    return ""


def _month(q: Quantity) -> int | None:
    """The month of a date that names a month and no day (10月, 2013年9月), else None."""
    if q.kind != "date" or q.high is not None or q.unit not in ("m", "ym"):
        return None
    return int(q.value) // 100 % 100


def _month_span(q: Quantity) -> tuple[int, int] | None:
    if q.kind != "period" or q.unit != "month" or q.high is None:
        return None
    return int(q.value), int(q.high)


def month_in_span(z: Quantity, others: list[Quantity]) -> str:
    """Where a month the Chinese names on its own (the 10月 of 9月和10月) is an end of a span
    of months the other side reads as one quantity ("September and October")."""
    month = _month(z)
    if month is None:
        return ""
    for o in others:
        span = _month_span(o)
        if span is not None and month in span:
            return f"same sentence, in {o.surface!r} (the months said together)"
    return ""


def span_of_months(e: Quantity, others: list[Quantity]) -> str:
    """Where a span of months one side reads as one quantity ("September and October") is
    the months the other side names apart (9月和10月, 2013年9月 ... 10月): both its ends."""
    span = _month_span(e)
    if span is None:
        return ""
    months = {m for o in others if (m := _month(o)) is not None}
    if set(span) <= months:
        return "same sentence, as the months named apart"
    return ""
