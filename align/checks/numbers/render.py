"""How a quantity reads in English, for suggestions: 四百二十五万 -> "4.25 million",
三成 -> "30%", 0.2个百分点 -> "0.2 percentage points", 前三季度 -> "the first three quarters"."""

from __future__ import annotations

import re
from decimal import Decimal

from align.numbers.quantity import Quantity, date_parts, plain
from align.numbers.zh import UNITS_EN

_QUALIFIER = {"approx": "about ", "nearly": "nearly ", "more-than": "more than ",
              "at-least": "at least ", "less-than": "less than ", "at-most": "at most ",
              "exact": ""}  # fmt: skip
_CURRENCY = {"CNY": "yuan", "USD": "US dollars", "EUR": "euros", "HKD": "Hong Kong dollars",
             "JPY": "yen", "GBP": "pounds", "RUB": "roubles", "KRW": "won",
             "AUD": "Australian dollars"}  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth")  # fmt: skip
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_FRACTIONS = {(1, 2): "half", (1, 3): "one-third", (2, 3): "two-thirds", (1, 4): "a quarter",
              (3, 4): "three-quarters", (1, 5): "one-fifth", (2, 5): "two-fifths",
              (3, 5): "three-fifths", (4, 5): "four-fifths", (1, 10): "one-tenth"}  # fmt: skip
_ORDINAL_UNITS = {"century": "{} century", "five-year-plan": "the {} Five-Year Plan",
                  "plenary": "{} plenary session", "congress": "{} National Congress",
                  "周年": "{} anniversary"}  # fmt: skip
_SCALES = ((Decimal(10**12), "trillion"), (Decimal(10**9), "billion"), (Decimal(10**6), "million"))


def render_en(q: Quantity) -> str:
    """The quantity as an English translation would write it."""
    text = _RENDER.get(q.kind, _count)(q)
    return _QUALIFIER[q.qualifier] + text


def number(v: Decimal) -> str:
    """16000 -> "16,000", 4250000 -> "4.25 million", 4.49e12 -> "4.49 trillion"."""
    for scale, word in _SCALES:
        if abs(v) >= scale:
            scaled = v / scale
            if scaled == scaled.quantize(Decimal("0.001")):
                return f"{plain(scaled)} {word}"
    if v == v.to_integral_value():
        return f"{int(v):,}"
    return plain(v)


def ordinal(n: int) -> str:
    """3 -> "third", 20 -> "20th", 3000 -> "3,000th"."""
    return _ORDINAL_WORDS[n - 1] if 1 <= n <= 10 else f"{n:,}{_suffix(n)}"


def _span(q: Quantity, fmt) -> str:
    return fmt(q.value) if q.high is None else f"{fmt(q.value)} to {fmt(q.high)}"


def _count(q: Quantity) -> str:
    text = _span(q, number)
    unit = UNITS_EN.get(q.unit, q.unit if q.unit.isascii() else "")
    if unit and q.value == 1 and q.high is None and unit.endswith("s"):
        unit = unit[:-1]
    return f"{text} {unit}" if unit else text


# What names the US dollar in an amount's own words: without it, "$" is only "dollars" (a Hong
# Kong page's "$6.1 billion", and the 元 its Chinese pairs with it, are the page's own dollars).
_US = re.compile(r"US|U\.S\.|美")


def _money(q: Quantity) -> str:
    text = _span(q, number)
    currency = "dollars" if q.unit == "USD" and not _US.search(q.surface) else \
        _CURRENCY.get(q.unit, q.unit)
    return f"{text} {currency}".strip()


def _percent(q: Quantity) -> str:
    return _span(q, lambda v: f"{plain(v)}%")


def _points(q: Quantity) -> str:
    text = _span(q, plain)
    return f"{text} percentage point{'' if q.value == 1 and q.high is None else 's'}"


def _fraction(q: Quantity) -> str:
    for (n, d), words in _FRACTIONS.items():
        if abs(q.value - Decimal(n) / Decimal(d)) < Decimal("1e-9"):
            return words
    return f"{plain(round(q.value * 100, 2))}%"


def _ordinal(q: Quantity) -> str:
    text = ordinal(int(q.value))
    return _ORDINAL_UNITS.get(q.unit, "{}").format(text)


def _multiple(q: Quantity) -> str:
    return {1: "once", 2: "twice"}.get(int(q.value), f"{plain(q.value)} times")


# A date of the Chinese calendar as the Chinese writes it (正月十五, 八月初六): said by ordinals.
_LUNAR_SURFACE = re.compile(r"^[正冬腊臘]月|月初|月[十廿二三][十一二三四五六七八九]*$")


def _date(q: Quantity) -> str:
    def one(v: Decimal) -> str:
        y, m, d = date_parts(v)
        u = q.unit
        if u == "d":
            return f"the {d}{_suffix(d)}"
        if u == "md" and _LUNAR_SURFACE.search(q.surface.strip()):
            return f"the {d}{_suffix(d)} day of the {m}{_suffix(m)} month"
        parts = []
        if "m" in u:
            parts.append(_MONTHS[m - 1] + (f" {d}" if "d" in u else ""))
        if "y" in u:
            parts.append(str(y))
        return ", ".join(parts) if "d" in u else " ".join(parts)

    return _span(q, one)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _period(q: Quantity) -> str:
    lo, hi = int(q.value), int(q.high if q.high is not None else q.value)
    if q.unit == "half":
        return "the first half" if lo == 1 else "the second half"
    if q.unit == "quarter":
        if lo == 1 and hi > 3:
            return f"the first {_NUMBER_WORDS[hi // 3 - 1]} quarters"
        return f"the {_ORDINAL_WORDS[(lo - 1) // 3]} quarter"
    if lo == hi:
        return _MONTHS[lo - 1]
    return f"{_MONTHS[lo - 1]} to {_MONTHS[hi - 1]}"


def _time(q: Quantity) -> str:
    h = int(q.value)
    minutes = int(round((q.value - h) * 60))
    if h in (0, 24) and minutes == 0:
        return "midnight"
    half = "a.m." if h < 12 else "p.m."
    h12 = h - 12 if h > 12 else h
    return f"{h12}:{minutes:02d} {half}" if minutes else f"{h12} {half}"


def _decade(q: Quantity) -> str:
    v = int(q.value)
    return f"the {v}s" if v >= 1000 else f"the '{v:02d}s"


def _weekday(q: Quantity) -> str:
    return _WEEKDAYS[int(q.value) - 1]


_RENDER = {
    "count": _count, "money": _money, "percent": _percent, "points": _points,
    "fraction": _fraction, "ordinal": _ordinal, "multiple": _multiple, "date": _date,
    "period": _period, "time": _time, "decade": _decade, "weekday": _weekday,
}  # fmt: skip
