"""A quantity as both extractors report it: a normalised value with a kind, a unit and a qualifier.

Values are ``Decimal`` so that 4.49万亿 and "4.49 trillion" are the same number exactly. How
``value`` reads depends on ``kind``:

- ``count``, ``money``, ``ordinal``, ``multiple``: the number itself (money's ``unit`` is an ISO
  currency code, or "" when the text names none).
- ``percent`` and ``points`` (percentage points): the number of percent / points.
- ``fraction``: the ratio (三分之一 -> 0.333...).
- ``date``: ``year*10000 + month*100 + day``, zero where absent; ``unit`` lists the parts the
  text gives ("ymd", "md", "ym", "y", "m", "d").
- ``period``: a span of months of a year, ``value``..``high`` (前三季度 -> 1..9); ``unit`` says
  how it was written ("quarter", "half", "month").
- ``time``: hours of the day (9点半 -> 9.5); ``decade``: 1990 for the 1990s (90 when the
  century is not given); ``weekday``: 1 (Monday) .. 7 (Sunday).

``high`` is the upper end of a range (3至5年 -> 3..5). A score or ratio (4比7, "4-to-7", 3:1) is a
``count`` with ``unit`` "ratio" whose ``high`` is its second term, which may be the smaller: a
comparer that finds no equal ratio splits it into its two terms like a range. Vague amounts are
weak: 数十 / "dozens of" -> approx 20..90, 数十万 / "hundreds of thousands" -> approx
200000..900000, 上百 -> at-least 100, 十几 -> more-than 10. List labels (一、 （二） "1." "(a)")
are not quantities: the extractors leave them out. ``weak`` marks numerals that often have no
numeric counterpart in a faithful translation (一个 -> "a", "first" in "the first time"): they
are matched when both sides have them but never reported alone. ``doubt`` says why a reading is
fragile (``align.numbers.reading``): a bare digit run, a label, a number inside a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

KINDS = (
    "count",
    "money",
    "ordinal",
    "multiple",
    "percent",
    "points",
    "fraction",
    "date",
    "period",
    "time",
    "decade",
    "weekday",
)

# exact, or an approximation / bound. "nearly" is an approximation from below (近, "nearly").
QUALIFIERS = ("exact", "approx", "nearly", "more-than", "at-least", "less-than", "at-most")


@dataclass(frozen=True)
class Quantity:
    value: Decimal
    kind: str
    surface: str
    start: int
    end: int
    unit: str = ""
    qualifier: str = "exact"
    high: Decimal | None = None
    weak: bool = False
    # why the reading is fragile ("" when certain): set by the checks from ``reading.doubt_zh``
    # / ``doubt_en``, which need the text around the number
    doubt: str = ""

    @property
    def is_range(self) -> bool:
        return self.high is not None

    def normalised(self) -> str:
        """The value in one canonical line, e.g. "16000 count", "more-than 30 percent",
        "2024-10-01 date", "1..9 period"."""
        if self.kind == "time":
            minutes = round((self.value % 1) * 60)
            text = f"{int(self.value):02d}:{minutes:02d}"
        elif self.kind == "date":
            text = _date_text(self.value, self.unit)
            if self.high is not None:
                text += ".." + _date_text(self.high, self.unit)
        else:
            text = plain(self.value)
            if self.high is not None:
                text += ".." + plain(self.high)
        parts = [text, self.kind]
        if self.unit and self.kind in ("money", "period"):
            parts.append(self.unit)
        if self.qualifier != "exact":
            parts.insert(0, self.qualifier)
        return " ".join(parts)


def plain(value: Decimal) -> str:
    """A Decimal without exponent or trailing zeros: 1.6E+4 -> "16000", 0.50 -> "0.5"."""
    if value == value.to_integral_value():
        return str(int(value))
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def date_parts(value: Decimal) -> tuple[int, int, int]:
    v = int(value)
    return v // 10000, (v // 100) % 100, v % 100


def year_ending(after: int, last_two: int) -> int:
    """The first year after ``after`` whose last two digits are ``last_two``: the second year of
    a span written short (2019/20, 1999/00, 二零一九/二零年度)."""
    year = after // 100 * 100 + last_two
    return year + 100 if year <= after else year


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


# Unicode's Roman numerals one to twelve, capital then small (U+2160-216B, U+2170-217B).
UNICODE_ROMAN = "".join(map(chr, range(0x2160, 0x216C))) + "".join(map(chr, range(0x2170, 0x217C)))


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral of I, V, X, L and C (XIV -> 14), read by both languages'
    extractors ("Chapter XIV", 附錄II); or one of Unicode's Roman numeral characters (Ⅲ, ⅻ), as
    Chinese typesetting writes them (临床Ⅲ期)."""
    if len(numeral) == 1 and numeral in UNICODE_ROMAN:
        return UNICODE_ROMAN.index(numeral) % 12 + 1
    values = [_ROMAN_DIGITS[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_reference(num: Decimal, den: Decimal) -> bool:
    """Whether digits written num/den are more likely a reference than a share: a file's
    number and year (820/98, L/M 81/95, "Case 58/2005") is above one, or has a year or two
    numbers of two digits or more; a share written so is a small one (1/3, 3/4, 9/10)."""
    return num >= den or 1900 <= den <= 2099 or num >= 10 and den >= 10


def number_of_year(num: str, den: str) -> bool:
    """Whether digits written num/den are an issue or notice number and its year ("Gazette No.
    12/2007", "L.N. 44/2007", 法律公告 45/2007: 2007年第12期), read as both rather than as a
    reference: a number of up to three digits over a year."""
    return len(num) <= 3 and len(den) == 4 and 1950 <= int(den) <= 2099


def make_date(year: int = 0, month: int = 0, day: int = 0) -> tuple[Decimal, str]:
    """The (value, unit) pair of a date with the given parts (0 = absent)."""
    unit = ("y" if year else "") + ("m" if month else "") + ("d" if day else "")
    return Decimal(year * 10000 + month * 100 + day), unit


# A date written in digits alone, year first (2022.9.30, 2019-09-26, 2019/9/26; a reprint's stamp
# 16.5.26): both languages' pages print them in update stamps and headers. The separator is the
# same throughout; a two-digit year only with dots (16-5-26 is as likely a code), read with the
# POSIX pivot (69-99 -> 19xx, 00-68 -> 20xx).
NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{4}|\d{2})([./-])(\d{1,2})\2(\d{1,2})"
                          r"(?![\d./-]|\.\d)")
# ... or year last (5.2.2021, 29/9/2018, 03/01/2019), as Hong Kong and Macao pages write a date on
# both sides: day first there (every such date of the dev corpus is), month first only where the
# day-first reading is no date (12/29/2018).
YEAR_LAST_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})"
                            r"(?![\d/-]|\.\d)")


def numeric_date(m: re.Match[str]) -> tuple[Decimal, str] | None:
    """The (value, unit) of a ``NUMERIC_DATE`` match, or None when it is no valid date."""
    year, month, day = int(m[1]), int(m[3]), int(m[4])
    if len(m[1]) == 2:
        if m[2] != ".":
            return None
        year += 1900 if year >= 69 else 2000
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1000 <= year <= 2199):
        return None
    return make_date(year, month, day)


def year_last_date(m: re.Match[str]) -> tuple[Decimal, str, bool] | None:
    """The (value, unit, whether the order is certain) of a ``YEAR_LAST_DATE`` match: day first
    unless that is no date; uncertain when either order is one (5.2.2021), None when neither."""
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if not (1 <= first <= 31 and 1 <= second <= 31):
        return None
    if second <= 12:
        return (*make_date(year, second, first), first > 12)
    if first <= 12:
        return (*make_date(year, first, second), True)
    return None


def numeric_dates(scan: Scanner) -> Iterator[Quantity]:
    """A date in digits alone (2019-09-26, 2019/9/26, 2022.9.30, 5.2.2021): the same recogniser
    on both sides. A year-last date whose order the digits leave open is weak: it matches the
    other side's date in words, and is never reported alone."""
    for m in NUMERIC_DATE.finditer(scan.work):
        date = numeric_date(m)
        if date is not None:
            yield scan.q(m.start(), m.end(), date[0], "date", unit=date[1])
    for m in YEAR_LAST_DATE.finditer(scan.work):
        if read := year_last_date(m):
            yield scan.q(m.start(), m.end(), read[0], "date", unit=read[1], weak=not read[2])


def _date_text(value: Decimal, unit: str) -> str:
    y, m, d = date_parts(value)
    parts = []
    if "y" in unit:
        parts.append(f"{y:04d}")
    if "m" in unit:
        parts.append(f"{m:02d}")
    if "d" in unit:
        parts.append(f"{d:02d}")
    return "-".join(parts)


MAX_NUMERAL_CHARS = 64
"""A run of more numeral characters than this (digits and their separators, Chinese numerals
and scales; 一万七千一百二十八亿三千二百八十三万五千一百一十一 is 28) is too long to be a
quantity: it is blanked before any recogniser reads it, which also keeps every pattern's work
on it bounded."""
MAX_MAGNITUDE = 24
"""A value of 10**24 or more (a septillion) is not a quantity a translation states: such a
value (1亿亿亿, "a trillion trillion") is dropped, so renderers never meet it."""
_TOO_LONG = re.compile(
    rf"[\d〇零一二两三四五六七八九十百千万亿廿卅点,.，]{{{MAX_NUMERAL_CHARS + 1},}}"
)


def _blank_long_runs(work: str) -> str:
    """``work`` with every run of numeral characters over ``MAX_NUMERAL_CHARS`` that holds
    more than ``MAX_NUMERAL_CHARS // 4`` digits or scales blanked (NULs keep the offsets)."""
    def blank(m: re.Match[str]) -> str:
        run = m.group()
        weight = sum(c.isdigit() or c in "〇零一二两三四五六七八九十百千廿卅万亿" for c in run)
        return "\0" * len(run) if weight > MAX_NUMERAL_CHARS // 4 else run

    return _TOO_LONG.sub(blank, work)


# The name of a meeting's or a scheme's format, not a sum, in either language: 中国—东盟(10+1),
# "the 10+3 summit", 2+2对话, the "1 + 7" nutrients of a label. Blanked by both extractors.
FORMAT_NAMES = re.compile(r"(?<![\d.+])\d{1,2} ?\+ ?\d{1,2}(?![\d.+%])")
# A document symbol, not a quantity, in either language: the UN's A/68/2, A/RES/70/1,
# S/2020/123, E/CN.6/2020/1, S/RES/2231(2015): an organ's capitals and at least two
# slash-separated parts; or a paper number of a session. Blanked by both extractors (the
# token check compares it as written).
_OFFICE = r"(?<![A-Za-z0-9/])[A-Z]{2,6}(?:/[A-Z]{1,6})*"
_DATE = r"\d{1,2}/\d{1,2}/(?:19|20)\d\d(?!\d)"  # dd/mm/yyyy after capitals: UK 2/3/2020
_FILE_TAIL = (r"(?:\s?\(\d{2,4}\))?"  # a file's part, or parts (Pt 7 and Pt 8)
              r"(?:\s?Pt\.?\s?\d{1,3}(?:\s?(?:and|&|,|及|和)\s?Pt\.?\s?\d{1,3})*)?(?![A-Za-z0-9/])")
DOCUMENT_SYMBOLS = re.compile(
    r"(?<![A-Za-z0-9/])[A-Z]{1,4}(?:/[A-Z0-9][A-Za-z0-9.\-]*){2,}(?:\(\d{4}\))?"
    r"(?![A-Za-z0-9/])"
    # ... and a legislature's paper numbered within its session: LS 63/07-08, CB(2)1234/07-08
    # (Hong Kong's LegCo papers, the session's two years after the slash; an enclosure's (02))
    r"|(?<![\d/])(?:[A-Z]{1,3}(?:\(\d\))?\s*)?\d{1,5}/\d{2}-\d{2}(?:\(\d{2}\))?(?![\d/-])"
    # ... or without the session, by its division alone (CB(1)699, CB(2) 851号)
    r"|(?<![A-Za-z0-9/])[A-Z]{2,3}\(\d\)\s?\d{1,5}(?:\(\d{2}\))?(?![\d/-])"
    # ... and a government file reference: an office's capitals, then three or more
    # slash-separated parts (TRAN 3/10/22, CSO/ADM CR 2/3231/97(98) Pt.9, HAB/C 7/3/2,
    # CB2/BC/9/98) or one or more after a bracketed branch and its file series (PELB(CR)10/32(97),
    # PELB(CR) L/M 81/95 Pt.7, written with or without the series' space)
    rf"|{_OFFICE}(?!\s?{_DATE})(?:\s?[A-Z]{{1,3}})?[\s/]?\d{{1,5}}[A-Z]?(?:/[A-Z0-9]{{1,6}}){{2,4}}{_FILE_TAIL}"
    rf"|{_OFFICE}\s?\([A-Z]{{1,3}}\)\s?(?:[A-Z]{{1,3}}(?:/[A-Z]{{1,3}})*\s?)?"
    rf"\d{{1,5}}(?:/[A-Z0-9]{{1,6}}){{1,4}}{_FILE_TAIL}")


# A web address: its digits are a page's name, no quantity (…/press/20241231_11374.html,
# …COVID-19_and_FAQs_rev_20200228.pdf). Blanked by both extractors (the token check compares
# it as written).
WEB_ADDRESSES = re.compile(r"(?:(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9+.-]*://|(?<![A-Za-z0-9.])www\.)"
                           r"[^\s<>\"'()\[\]「」《》，。；、]+")  # glued to Chinese: 载于www.…


def in_range(q: Quantity) -> bool:
    """Whether a quantity's values are finite and below ``MAX_MAGNITUDE`` in size."""
    for v in (q.value, q.high):
        if v is not None and (not v.is_finite() or (v != 0 and v.adjusted() >= MAX_MAGNITUDE)):
            return False
    return True


class Scanner:
    """What both extractors share: the text, a working copy in which every span already taken by
    a quantity is blanked (so a later, more general recogniser cannot read it twice), and the
    quantities found so far. Offsets in ``work`` equal those in ``text``. Numeral runs too long
    to be quantities are blanked from the start, and values too large are dropped."""

    def __init__(self, text: str, work: str) -> None:
        self.text = text
        self.work = _blank_long_runs(work)
        self.found: list[Quantity] = []

    def q(self, start: int, end: int, value: Decimal, kind: str, **kw) -> Quantity:
        """A quantity found at ``start:end`` (each extractor reads its own qualifiers)."""
        raise NotImplementedError

    def blank(self, pattern: re.Pattern[str]) -> None:
        self.work = pattern.sub(lambda m: "\0" * len(m.group()), self.work)

    def mask(self, start: int, end: int) -> None:
        self.work = self.work[:start] + "\0" * (end - start) + self.work[end:]

    def apply(self, recogniser: Callable[..., Iterator[Quantity]]) -> None:
        new = list(recogniser(self))
        if not new:
            return
        work = list(self.work)
        for found in new:
            work[found.start : found.end] = "\0" * (found.end - found.start)
        self.work = "".join(work)
        self.found.extend(q for q in new if in_range(q))


# Kinds whose unit a list of numbers may state once, after its last member: 6.8及71.1個百分點,
# "3 and 5 per cent".
_LIST_KINDS = ("percent", "points")


def shared_units(found: list[Quantity], text: str, joiner: re.Pattern[str]) -> list[Quantity]:
    """``found`` (in order) with a bare number that a list's last member follows by ``joiner``
    alone given that member's kind: 6.8 in 6.8及71.1個百分點 is 6.8 percentage points, as "6.8
    and 71.1 percentage points" says, and so is 3个 in 3个和6个百分点 (the measure word
    repeated). Only percentages and percentage points: a scale or a
    measure word after the last member may count something else (3人和5个团体). Not a number
    written with thousands separators (no share is), nor one the percentage restates after ", or"
    ("an increase of 41,400, or 8.83%") unless a list runs up to it ("1.6, 2.6, or 2.3%")."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if (nxt.kind in _LIST_KINDS and q.kind == "count" and not q.weak
                and (not q.unit or q.unit == "个" and any(c in nxt.surface for c in "个個"))
                and not any(c in nxt.surface for c in "基bB")  # basis points are scaled
                and q.high is None and q.qualifier == "exact"
                and not _THOUSANDS.search(q.surface)
                and joiner.fullmatch(text, q.end, nxt.start)
                and not (_RESTATES.fullmatch(text, q.end, nxt.start)
                         and not (i and joiner.fullmatch(text, out[i - 1].end, q.start)))):
            out[i] = replace(q, kind=nxt.kind, unit=nxt.unit)
    return out


_THOUSANDS = re.compile(r"\d[,，]\d{3}(?!\d)")
# ", or" between two numbers: the second restates the first (a count and its share), unless a
# list of three or more ends so.
_RESTATES = re.compile(r"\s*,\s*or\s+")
