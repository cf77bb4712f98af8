"""The direction of a change: 比上年增长9.45% said "a year-on-year decrease of 9.45%".

The number itself reaches the English unchanged, so comparing values finds nothing; the word
that says which way it moved is what changed. Only a direction word right next to the number on
both sides counts (增长/下降 just before it; "an increase of", "fell by", "up", "a 3% rise" in
English), and only a value each side says once, so the two are the same figure: a list of
changes that repeats a value, or a sentence that says a level rather than a change, is left
alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from align.numbers.quantity import Quantity

_UP_ZH = "增长|增長|增加|提高|上升|上涨|上漲|升高|增幅|涨幅|漲幅|扩大|擴大|攀升"
_DOWN_ZH = "下降|减少|減少|降低|下跌|回落|缩小|縮小|降幅|跌幅|下滑|萎缩|萎縮"
# The word right before the number, with what may come between (了, 为, 到, 约, 近, 超过).
_ZH_CUE = re.compile(rf"(?:(?P<up>{_UP_ZH})|(?P<down>{_DOWN_ZH}))"
                     r"(?:了|为|為|到|至|达|達)?(?:约|約|近|超过|超過|逾|近乎)?\s*$")

_UP_EN = (r"increase[sd]?|increasing|rise|rises|rising|rose|risen|gr[eo]w|grows|growing|grown|"
          r"growth|gains?|gained|up|higher|climb(?:ed|s)?|jump(?:ed|s)?|expand(?:ed|s)?|"
          r"surged?|soared?")
_DOWN_EN = (r"negative\s+growth|decrease[sd]?|decreasing|declines?|declined|declining|falls?|"
            r"fell|fallen|falling|drops?|dropped|down|lower|reductions?|reduced|cut|shr[ai]nk|"
            r"shrunk|contract(?:ed|ion)|slump(?:ed)?|plunged?")
# Between the word and the number: "an increase of 9%", "fell by about 3%", "up a further 2%".
_BETWEEN_EN = (r"(?:\s+(?:of|by|to|at|about|around|nearly|almost|some|approximately|over|"
               r"more\s+than|less\s+than|a|an|the|further|year-on-year|yoy|respectively))*")
_EN_BEFORE = re.compile(rf"\b(?:(?P<down>{_DOWN_EN})|(?P<up>{_UP_EN})){_BETWEEN_EN}\s*$",
                        re.IGNORECASE)
_EN_AFTER = re.compile(r"\s*(?:percent|per\s+cent|percentage\s+points?|points?)?[\s-]*"
                       r"(?:(?P<up>increase|rise|growth|gain|higher|up)"
                       r"|(?P<down>decrease|decline|drop|fall|reduction|lower|down))\b",
                       re.IGNORECASE)


def _direction(m: re.Match[str] | None) -> str:
    if m is None:
        return ""
    return "up" if m.group("up") else "down"


def zh_direction(text: str, q: Quantity) -> tuple[str, str]:
    """Which way the Chinese word right before ``q`` says it moved ("up"/"down", or ""), and
    that word."""
    m = _ZH_CUE.search(text, max(0, q.start - 8), q.start)
    return _direction(m), (m.group("up") or m.group("down")) if m else ""


def en_direction(text: str, q: Quantity) -> tuple[str, str]:
    """Which way the English words next to ``q`` say it moved, and those words."""
    before = _EN_BEFORE.search(text, max(0, q.start - 48), q.start)
    if before:
        return _direction(before), before.group().strip()
    after = _EN_AFTER.match(text, q.end)
    return _direction(after), after.group().strip() if after else ""


_MOVES = ("percent", "points", "count", "money", "multiple")


def zh_moves(zh: str, read_zh: Callable[[str], list[Quantity]]) -> list[tuple[Quantity, str, str]]:
    """(quantity, "up"/"down", word) for each figure of the Chinese that a direction word right
    before it moves, the figure said once in ``zh`` (a list of changes may repeat a value, one
    up and one down: 下降7.2% … 上涨7.2%)."""
    if not re.search(f"{_UP_ZH}|{_DOWN_ZH}", zh):
        return []
    found = read_zh(zh)
    values = Counter(q.value for q in found)
    moves = [(z, *zh_direction(zh, z)) for z in found if z.kind in _MOVES and values[z.value] == 1]
    return [m for m in moves if m[1]]


def direction_conflicts(moves: list[tuple[Quantity, str, str]], en: str,
                        read_en: Callable[[str], list[Quantity]],
                        same: Callable[[Quantity, Quantity], bool],
                        ) -> Iterator[tuple[Quantity, Quantity, str, str]]:
    """(Chinese quantity, English quantity, Chinese word, English words) for each of the Chinese
    ``moves`` (``zh_moves``) that the English states alike, once, but moving the other way."""
    found = read_en(en)
    values = Counter(q.value for q in found)
    en_moves = [(e, *en_direction(en, e)) for e in found
                if e.kind in _MOVES and values[e.value] == 1]
    for z, z_dir, z_word in moves:
        for e, e_dir, e_words in en_moves:
            if e_dir and e_dir != z_dir and e.value == z.value and same(z, e):
                yield z, e, z_word, e_words
                break
