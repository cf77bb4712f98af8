"""The page's own dollar: a document that writes its Chinese amounts in bare 元 and its English
ones in bare "$" throughout (a Hong Kong, Macao or Taiwan government page: 六千二百六十一亿元 ↔
"$626.1 billion", both Hong Kong dollars) names one local currency twice, not yuan and US dollars.

The engines read 元 as yuan and "$" as US dollars, which is right on a mainland page, where a
"$" for 元 is a real error. So the convention is read from the whole document, never from one
sentence: the English names no yuan anywhere, and at least ``MIN_AGREEING`` beads pair a bare
元 amount with a bare "$" amount of the same value. Then every bare 元 and bare "$" amount is the
page's dollar (``LOCAL``) on both sides and is compared by value alone; an amount in a named
currency (人民币, 美元, US$, HK$) keeps its own."""

from __future__ import annotations

import re
from dataclasses import replace

from align.numbers.quantity import Quantity

LOCAL = "the page's dollar"
MIN_AGREEING = 2  # beads that must equate the two (one could be a translator's slip)

# 元 with no currency word before it (人民币, 美元, 港元, 澳门元, 新台币 …: 币 / a place's 元)
_BARE_YUAN = re.compile(r"(?<![美欧日港澳韩台新币幣歐韓臺])元")
_NAMED_ZH = re.compile(r"人民币|人民幣")
# "$" with no country's letters before it (US$, HK$, A$, S$, NT$, C$, MOP$)
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
_YUAN_EN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.IGNORECASE)


def _bare_zh(q: Quantity) -> bool:
    return q.kind == "money" and q.unit == "CNY" and bool(_BARE_YUAN.search(q.surface)) \
        and not _NAMED_ZH.search(q.surface)


def _bare_en(q: Quantity) -> bool:
    return q.kind == "money" and q.unit == "USD" and bool(_BARE_DOLLAR.search(q.surface))


def page_dollar(zh: list[list[Quantity]], en: list[list[Quantity]], en_text: str
                ) -> tuple[list[list[Quantity]], list[list[Quantity]]]:
    """The beads' quantities with bare 元 and bare "$" amounts made the page's dollar when the
    document uses them for one currency (see the module's doc); unchanged otherwise."""
    if _YUAN_EN.search(en_text):
        return zh, en
    agreeing = sum(
        1 for zs, es in zip(zh, en, strict=True)
        if any(_bare_zh(z) and _bare_en(e) and z.value == e.value for z in zs for e in es))
    if agreeing < MIN_AGREEING:
        return zh, en
    return ([[replace(q, unit=LOCAL) if _bare_zh(q) else q for q in pool] for pool in zh],
            [[replace(q, unit=LOCAL) if _bare_en(q) else q for q in pool] for pool in en])
