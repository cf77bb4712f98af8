"""The page's own currency for 元: a document whose Chinese writes its amounts in bare 元 and
whose English gives every one of them in one other currency (a Hong Kong page: 六千二百六十一亿元
↔ "$626.1 billion"; a Macao page: 11.8億元 ↔ "MOP1.18 billion", 澳門元，下同) uses 元 for that
currency, not for yuan.

The engines read a bare 元 as yuan, which is right on a mainland page, where "$5 billion" for
50亿元 is a real error. So the convention is read from the whole document, never from one
sentence: the English names no yuan anywhere, and at least ``MIN_AGREEING`` bare 元 amounts of
different values (in one bead or several) are paired with English amounts of the same value in
that one currency. Then every bare 元 is
read in it; an amount in a named currency (人民币, 美元, 港元) keeps its own. One such amount
will do on a page in traditional characters (Hong Kong, Macao, Taiwan, whose 元 is the local
dollar: 約6億8,000萬元 ↔ "some $680 million"), or on one whose English names Hong Kong, Macao or
Taiwan (a Hong Kong budget page in simplified characters) or a Hong Kong Ordinance; never on
another simplified one."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from align.numbers.quantity import Quantity

MIN_AGREEING = 2  # amounts that must equate the two (one could be a translator's slip)

# 元 with no currency word before it (人民币, 美元, 港元, 澳门元, 新台币 …: 币 / a place's 元)
_BARE_YUAN = re.compile(r"(?<![美欧日港澳韩台新币幣歐韓臺門门])元")
_NAMED_ZH = re.compile(r"人民币|人民幣")
_YUAN_EN = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.IGNORECASE)
# Places whose 元 is their own dollar or pataca, and what only Hong Kong's English says (its
# laws are Ordinances, its legislature LegCo: an EPD release names no place)
_LOCAL_DOLLAR_EN = re.compile(r"\b(?:Hong Kong|HKSAR|Macao|Macau|Taiwan|Taipei|Ordinances?|LegCo|"
                              r"Legislative Council)\b")


def bare_yuan(q: Quantity) -> bool:
    """Whether ``q`` is an amount in 元 with no currency named (not 人民币, 美元, 港元 …)."""
    return q.kind == "money" and q.unit == "CNY" and bool(_BARE_YUAN.search(q.surface)) \
        and not _NAMED_ZH.search(q.surface)


def page_currency(zh: list[list[Quantity]], en: list[list[Quantity]], en_text: str,
                  traditional: bool = False) -> tuple[list[list[Quantity]], str | None]:
    """The beads' Chinese quantities with every bare 元 read in the currency the document
    renders it by (see the module's doc), and that currency; unchanged and None otherwise."""
    if _YUAN_EN.search(en_text):
        return zh, None
    agreeing: Counter[str] = Counter()
    for zs, es in zip(zh, en, strict=True):
        agreeing.update({(e.unit, z.value) for z in zs if bare_yuan(z) for e in es
                         if e.kind == "money" and e.unit not in ("", "CNY") and e.value == z.value})
    by_currency = Counter(unit for unit, _ in agreeing)
    if not by_currency:
        return zh, None
    currency, amounts = by_currency.most_common(1)[0]
    local = traditional or bool(_LOCAL_DOLLAR_EN.search(en_text))
    if amounts < (1 if local else MIN_AGREEING):
        return zh, None
    return [[replace(q, unit=currency) if bare_yuan(q) else q for q in pool] for pool in zh], \
        currency
