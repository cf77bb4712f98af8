"""The part of the day a sentence names (上午, "this afternoon"): a time said in words.

A greeting or a dateline names the time of day (大家上午好 "Good morning", 当天晚上 "that
evening"); a translation that names another part of the day ("Good afternoon" for 上午好) says
another time. Only the words are read; a clock time (上午10:30, "10:30 a.m.") is a time quantity.
"""

from __future__ import annotations

import re

MORNING, NOON, AFTERNOON, EVENING, NIGHT = "morning", "noon", "afternoon", "evening", "night"

# Each word with the parts of the day it may name: 晚上 is "evening" or "night", "tonight" too.
_ZH: dict[str, frozenset[str]] = {
    **dict.fromkeys(("早上", "早晨", "清晨", "上午", "凌晨", "早安", "拂晓"), frozenset({MORNING})),
    # 中午好 is "Good afternoon": English greets midday so
    **dict.fromkeys(("中午", "正午"), frozenset({NOON, AFTERNOON})),
    **dict.fromkeys(("下午", "午后"), frozenset({AFTERNOON})),
    **dict.fromkeys(("傍晚", "黄昏", "黃昏"), frozenset({EVENING})),
    **dict.fromkeys(("晚上", "今晚", "昨晚", "明晚", "当晚", "當晚", "晚间", "晚間", "晚安", "夜晚",
                     "夜间", "夜間", "夜里", "夜裡", "深夜", "半夜"), frozenset({EVENING, NIGHT})),
}
_EN: dict[str, frozenset[str]] = {
    "morning": frozenset({MORNING}), "mornings": frozenset({MORNING}),
    "dawn": frozenset({MORNING}),
    "noon": frozenset({NOON}), "midday": frozenset({NOON}), "lunchtime": frozenset({NOON}),
    "afternoon": frozenset({AFTERNOON}), "afternoons": frozenset({AFTERNOON}),
    "evening": frozenset({EVENING}), "evenings": frozenset({EVENING}),
    "dusk": frozenset({EVENING}),
    "tonight": frozenset({EVENING, NIGHT}), "night": frozenset({NIGHT, EVENING}),
    "nights": frozenset({NIGHT, EVENING}),
}
_ZH_RE = re.compile("|".join(sorted(_ZH, key=len, reverse=True)))
_EN_RE = re.compile(r"\b(" + "|".join(_EN) + r")\b", re.IGNORECASE)


# Twelve o'clock after 上午 (上午12時): the end of the morning, which English calls noon.
_TWELVE = re.compile(r"\s*(?:12|十二)\s*[时時点點:：]")


def dayparts_zh(text: str) -> list[tuple[str, frozenset[str]]]:
    """The words of ``text`` that name a part of the day, each with the parts it may name."""
    return [(m.group(), _ZH[m.group()] | ({NOON} if m.group() == "上午" and _TWELVE.match(
        text, m.end()) else frozenset())) for m in _ZH_RE.finditer(text)]


def dayparts_en(text: str) -> list[tuple[str, frozenset[str]]]:
    """The English words of ``text`` that name a part of the day ("overnight" is no part)."""
    return [(m.group(), _EN[m.group().lower()]) for m in _EN_RE.finditer(text)]


def daypart_conflict(zh: str, en: str) -> tuple[str, str] | None:
    """The Chinese and English words when both texts name a part of the day and no part named
    on one side is named on the other (上午好 / "good afternoon"); None otherwise. One side
    naming none is no conflict: 今天上午 is often just "today"."""
    z, e = dayparts_zh(zh), dayparts_en(en)
    if not z or not e:
        return None
    if frozenset().union(*(p for _, p in z)) & frozenset().union(*(p for _, p in e)):
        return None
    return z[0][0], e[0][0]
