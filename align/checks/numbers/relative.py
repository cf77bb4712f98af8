"""Days said relative to the day a text is dated: 今天凌晨 "in the early hours of December 17".

A press conference, a speech or a news story says 今天, 昨天, 明天 where its translation often
spells out the date (or the reverse: 12月17日 said "today"). Such a date is no added or lost
fact when it is the document's own day moved by the word's offset. The document's day is the
date of its dateline: a heading line (an opening line that is no sentence) with a month and a
day, in either language ("Regular Press Conference on 17 December, 2020"). A date the dateline
does not bear out stays a finding; with no dateline the word cannot be checked, and the date is
given as said, with that reason.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence

from align.numbers.quantity import Quantity, date_parts

# Chinese words for a day relative to the text's own, by offset (simplified and traditional).
RELATIVE_DAYS_ZH = {"今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0,
                    "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1, "前天": -2,
                    "明天": 1, "明日": 1, "明晚": 1, "后天": 2, "後天": 2}  # fmt: skip
# ... and English ones.
RELATIVE_DAYS_EN = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
                    "this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1,
                    "the day before yesterday": -2, "the day after tomorrow": 2}  # fmt: skip
_ZH_RE = re.compile("|".join(sorted(RELATIVE_DAYS_ZH, key=len, reverse=True)))
_EN_RE = re.compile(r"\b(?:" + "|".join(sorted(RELATIVE_DAYS_EN, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "…")
_ANY_YEAR = 2000  # a leap year, for a dateline without one (February 29 exists)


def is_heading(text: str) -> bool:
    """Whether a line is a heading (ends with no sentence stop): where a dateline stands."""
    return not text.rstrip().endswith(_SENTENCE_END)


def dateline_days(dates: Iterable[Quantity]) -> list[datetime.date]:
    """The days among ``dates`` (read from the document's heading lines) that have a month and
    a day; a date without a year is put in a leap year and compared by month and day only."""
    days: list[datetime.date] = []
    for q in dates:
        if q.kind != "date" or "m" not in q.unit or "d" not in q.unit or q.high is not None:
            continue
        year, month, day = date_parts(q.value)
        try:
            days.append(datetime.date(year or _ANY_YEAR, month, day))
        except ValueError:
            continue
    return days


def _fits(q: Quantity, day: datetime.date) -> bool:
    year, month, d = date_parts(q.value)
    return (month, d) == (day.month, day.day) and (
        "y" not in q.unit or day.year == _ANY_YEAR or year == day.year)


def _offsets(other_text: str, zh_word: bool, zh: tuple[dict[str, int], re.Pattern[str]],
             en: tuple[dict[str, int], re.Pattern[str]]) -> list[tuple[str, int]]:
    """The relative words of ``other_text`` (in Chinese when ``zh_word``) with the offset each
    says, from the table and pattern of that language."""
    table, pattern = zh if zh_word else en
    return [(m.group(0), table[m.group(0) if zh_word else m.group(0).lower()])
            for m in pattern.finditer(other_text)]


def relative_day(q: Quantity, other_text: str, days: Sequence[datetime.date], zh_word: bool
                 ) -> str:
    """Where the date ``q`` is said relatively in ``other_text`` (the other language of its
    bead: Chinese when ``zh_word``): the word and the dateline's day it counts from, when the
    word's offset from a dateline day gives ``q``; with no dateline, the word unchecked; ""
    when no word fits. A Chinese date said "today" needs the dateline: the English then drops
    a date the reader cannot check (正月十五 "today" is a lunar day)."""
    if q.kind != "date" or "m" not in q.unit or "d" not in q.unit or q.high is not None:
        return ""
    words = _offsets(other_text, zh_word, (RELATIVE_DAYS_ZH, _ZH_RE), (RELATIVE_DAYS_EN, _EN_RE))
    if not words:
        return ""
    lang = "Chinese" if zh_word else "English"
    if not days:
        if not zh_word:
            return ""
        return (f"{lang} {words[0][0]!r} (a day relative to the document's; no dateline to check "
                "it by)")
    for w, offset in words:
        for day in days:
            moved = day + datetime.timedelta(days=offset)
            if _fits(q, moved):
                shown = f"{day:%B} {day.day}" + ("" if day.year == _ANY_YEAR else f", {day.year}")
                return f"{lang} {w!r} (a day relative to the dateline's, {shown})"
    return ""


# Months relative to the text's own: 上个月 "last month" (one dropped for the other in either
# direction: 1月 said "last month" in a February statement).
RELATIVE_MONTHS_ZH = {"上个月": -1, "上個月": -1, "上月": -1, "本月": 0, "这个月": 0, "這個月": 0,
                      "下个月": 1, "下個月": 1, "下月": 1}  # fmt: skip
RELATIVE_MONTHS_EN = {"last month": -1, "the previous month": -1, "this month": 0,
                      "next month": 1, "the following month": 1}  # fmt: skip
_ZH_MONTH_RE = re.compile("|".join(sorted(RELATIVE_MONTHS_ZH, key=len, reverse=True)))
_EN_MONTH_RE = re.compile(r"\b(?:" + "|".join(RELATIVE_MONTHS_EN) + r")\b", re.IGNORECASE)


def relative_month(q: Quantity, other_text: str, days: Sequence[datetime.date], zh_word: bool
                   ) -> str:
    """Where the month ``q`` (a month alone: 1月, "in January") is said relatively in
    ``other_text`` (上个月, "last month"): the word and the dateline's month it counts from
    when the word's offset from a dateline month gives ``q``; with no dateline, the word
    unchecked (a month said relatively is no certain loss); "" when no word fits."""
    if q.kind != "date" or q.unit != "m" or q.high is not None:
        return ""
    words = _offsets(other_text, zh_word, (RELATIVE_MONTHS_ZH, _ZH_MONTH_RE),
                     (RELATIVE_MONTHS_EN, _EN_MONTH_RE))
    if not words:
        return ""
    lang = "Chinese" if zh_word else "English"
    if not days:
        return (f"{lang} {words[0][0]!r} (a month relative to the document's; no dateline to "
                "check it by)")
    month = date_parts(q.value)[1]
    for w, offset in words:
        for day in days:
            if (day.month - 1 + offset) % 12 + 1 == month:
                return f"{lang} {w!r} (a month relative to the dateline's, {day:%B})"
    return ""
