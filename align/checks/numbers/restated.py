"""Quantities one side says in another form that the engines read as something else: a year
named by its zodiac animal ("the Year of the Pig" for 2019年), coordinated months read apart on
one side and as one span on the other (2013年9月和10月, "September and October of 2013"), the
base of a comparison said by how far back it is ("year-on-year"), a Saturday or Sunday said as
"the weekend", an event's edition the English numbers ("the 16th BRICS Summit"). Each returns
where the match was found, or "". Last, what in a bead may state a missing time another way
(``time_said_otherwise``): not a match, but a reason for doubt."""

from __future__ import annotations

import datetime
import re

from align.checks.numbers.compare import OCCASIONS
from align.numbers.quantity import Quantity, date_parts
from align.numbers.zh import parse_zh_number
from align.scripts import HAN

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
# 猪年, 金猪年, 农历猪年, 豬年: an animal straight before 年 (an element or metal before the
# animal, 金猪年, needs no pattern of its own).
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


def _year_or_decade(q: Quantity) -> int | None:
    if q.kind == "decade" and q.value >= 1000:
        return int(q.value)
    return _year(q)


def years_of_range(z: Quantity, zh: list[Quantity]) -> str:
    """Where a Chinese count of years (三十年間) is the length of the range of years or decades
    its own sentence states (1880年初至1910年代三十年間): the count restates the range, and a
    translation that keeps the range may drop it."""
    if z.kind != "count" or z.unit != "年" or z.high is not None or not 1 < z.value < 1000:
        return ""
    spans = [(q, int(q.high) // 10000 - int(q.value) // 10000) for q in zh
             if q.kind == "date" and q.unit == "y" and q.high is not None]
    ends = [(q, y) for q in zh if q.end <= z.start and (y := _year_or_decade(q)) is not None]
    spans += [(a, yb - ya) for (a, ya), (_, yb) in zip(ends, ends[1:], strict=False)]
    for q, span in spans:
        if abs(span - int(z.value)) <= 1:
            return f"same sentence, the length of the range that starts at {q.surface!r}"
    return ""


_RANGE_JOINER = re.compile(r"^\s*(?:\([^()]{1,12}\)\s*)?(?:to|until|till|through|thru|-|–|—|~)\s*$",
                           re.IGNORECASE)


def days_of_range(z: Quantity, en: list[Quantity], en_text: str, year: int | None) -> str:
    """Where a Chinese count of days (放假，共5天) is the length of a date range the English
    states ("from April 30 (Sat.) to May 4 (Wed.)"), counting both ends: the count says
    nothing the range does not."""
    if z.kind != "count" or z.unit not in ("天", "日") or z.high is not None \
            or not 1 < z.value <= 366:
        return ""
    dates = [e for e in en if e.kind == "date" and "md" in e.unit and e.high is None]
    for a, b in zip(dates, dates[1:], strict=False):
        ia, ib = en_text.find(a.surface), en_text.find(b.surface)
        if ia < 0 or ib <= ia or not _RANGE_JOINER.match(en_text[ia + len(a.surface):ib]):
            continue
        ya, ma, da = date_parts(a.value)
        yb, mb, db = date_parts(b.value)
        y = yb or ya or year or 2001
        try:
            first = datetime.date(ya or (y - 1 if (ma, da) > (mb, db) else y), ma, da)
            last = datetime.date(y, mb, db)
        except ValueError:
            continue
        if (last - first).days + 1 == z.value:
            return f"English {a.surface} to {b.surface} ({int(z.value)} days, both ends counted)"
    return ""


# A day's end said as its midnight hour: 11月15日24时, 15日二十四时, the whole day 11月28日0—24时.
_MIDNIGHT_ZH = re.compile(r"\s*(?:(?:0|零)\s*(?:[时時点點]\s*)?[-—–~至到]\s*)?"
                          r"(?:24|二十四)\s*[时時点點]")


def ends_at_midnight(day: Quantity, zh_text: str) -> bool:
    """Whether a Chinese date with its day is followed by that day's midnight hour in the text
    (截至11月15日24时, 11月28日0—24时): the day up to its end, as daily reports date their data."""
    if day.kind != "date" or "d" not in day.unit:
        return False
    at = zh_text.find(day.surface)
    return at >= 0 and bool(_MIDNIGHT_ZH.match(zh_text, at + len(day.surface)))


def next_day(z: Quantity, e: Quantity) -> bool:
    """Whether the date ``e`` is the day after the date ``z`` (by month and day; a year when
    both give one)."""
    zy, zm, zd = date_parts(z.value)
    ey, em, ed = date_parts(e.value)
    year = zy or ey or 2001  # a year that is no leap year when neither says one
    try:
        after = datetime.date(year, zm, zd) + datetime.timedelta(days=1)
    except ValueError:
        return False
    return (after.month, after.day) == (em, ed) and (not (zy and ey) or after.year == ey)


# A run of English with its spaces lost (the page's "NoticeontheSuspensionof…Window132/F…"):
# the words and numbers in it cannot be told apart.
_SPACELESS = re.compile(r"[A-Za-z0-9/’'.,-]{30,}")


def in_spaceless_run(z: Quantity, en_text: str) -> str:
    """Where the digits of a Chinese whole number stand inside a long run of English whose
    spaces the page lost ("Window132/FBuilding2999NanningRoad" for 南宁路999号2号楼13号窗口):
    there, but not readable apart from the words around them."""
    if z.high is not None or z.value != z.value.to_integral_value() or z.value < 0:
        return ""
    digits = str(int(z.value))
    for m in _SPACELESS.finditer(en_text):
        run = m.group()
        if sum(c.isalpha() for c in run) >= 20 and re.search(rf"(?<!\d){digits}|{digits}(?!\d)",
                                                             run):
            return f"English {run[:30]}…, a run whose spaces the page lost"
    return ""


_THESE_DAYS = re.compile(r"\b(?:these|those|the|both|all)\s+$", re.IGNORECASE)


def days_named(e: Quantity, en: list[Quantity], en_text: str) -> str:
    """Where an English count of days points back to the days the English has just named
    ("on May 14 and 15 … open free of charge on these two days" for 届时, "then"): the count
    is the dates' own number, said again."""
    if e.kind != "count" or e.high is not None or not 1 < e.value <= 7:
        return ""
    at = en_text.find(e.surface)
    if at < 0 or not _THESE_DAYS.search(en_text, 0, at) or not re.match(
            r"\s*days?\b", en_text[at + len(e.surface):], re.IGNORECASE):
        return ""
    before = [q for q in en if q.kind == "date" and "d" in q.unit and q.high is None
              and 0 <= en_text.find(q.surface) < at]
    if len(before) == e.value:
        return f"English {', '.join(q.surface for q in before)}, the days it counts"
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


# The nouns that end the name of an event held in a year, in either language: "the 2018
# Beijing Summit", 2018年英联邦外交官年度培训会.
_EVENT_EN = (r"Summit|Forum|Games|Olympics|Paralympics|Expo|Exposition|Fair|Conference|Congress|"
             r"Dialogue|Festival|World\s+Cup|Championships?|Programme|Program|Reception|Gala|"
             r"Week|Promotion|Exhibition|Incident|Movement|Uprising|Massacre|Revolution")
_EVENT_ZH = re.compile(
    r"峰会|峰會|论坛|論壇|运动会|運動會|奥运会|奧運會|冬奥会|冬奧會|亚运会|亞運會|"
    r"博览会|博覽會|进博会|進博會|世博会|世博會|展览会|展覽會|交易会|交易會|"
    r"大会|大會|年会|年會|对话会|對話會|招待会|招待會|培训会|培訓會|研讨会|研討會|"
    r"锦标赛|錦標賽|世界杯|世界盃|艺术节|藝術節|文化节|文化節|电影节|電影節|"
    r"宣传周|宣傳週|活动周|活動週|推介会|推介會|展会|展會|"
    # festivals ("the 2020 Spring Festival" for 新春佳节 in a notice of that year)
    r"春节|春節|新春|佳节|佳節|中秋|端午|元宵|圣诞|聖誕|"
    # historical events named by their day (九一八事变 "the Mukden Incident of 1931")
    r"事变|事變|事件|运动|運動|惨案|慘案|起义|起義|革命"
    # games said short, without 会 (东亚运 the East Asian Games, 全运 the National Games)
    r"|(?:东亚|東亞|亚|亞|全|奥|奧|大|青奥|青奧|冬奥|冬奧)[运運](?![动動输輸营營行转轉用])")
_CN_YEAR = re.compile(r"(?:19|20)\d\d\s*年|[〇零一二三四五六七八九]{4}年")


def year_opens_event_name(e: Quantity, en_text: str, zh_text: str) -> str:
    """Where an English year opens or follows the name of an event ("the 2018 Beijing Summit of
    the Forum on China-Africa Cooperation", "Expo 2010 Shanghai", "the Summit in 2022") that the
    Chinese names without a year (中非合作论坛北京峰会, 上海世博会, 首届中阿峰会): English names an
    edition of an event by its year, and the Chinese sentence says no year but those the English
    says too (one that says another is left to the comparison)."""
    if e.kind != "date" or e.unit != "y" or e.high is not None:
        return ""
    year = int(e.value) // 10000
    name = re.search(rf"\b{year}\s+(?:[A-Z][\w.&’'-]*\s+(?:(?:of|on|for|and)\s+(?:the\s+)?)?)"
                     rf"{{0,6}}(?:\([A-Z][\w ]*\)\s+)?(?:{_EVENT_EN})\b", en_text) \
        or re.search(rf"\b(?:{_EVENT_EN})\s+(?:(?:in|of)\s+)?(?:[A-Z][\w’'-]*\s+){{0,2}}"
                     rf"{year}\b", en_text)
    # "Expo 2010 Shanghai", "the Olympic Winter Games Beijing 2022", "the first China-Arab
    # States Summit in 2022" (首届中阿峰会)
    if name is None or not _EVENT_ZH.search(zh_text):
        return ""
    for m in _CN_YEAR.finditer(zh_text):  # a year the Chinese says must be the English's other
        said = re.sub(r"\D", "", m.group(0))  # (a year told apart is the comparison's)
        if not said or said == str(year) or not re.search(rf"\b{said}\b", en_text):
            return ""
    return f"same sentence, in the English name {name.group(0)!r} of an event the " \
           "Chinese names without its year"


# An event's name after its year, up to four characters between (北京2008奥运会, 2010上海世博会).
_EVENT_AFTER_YEAR = re.compile(rf"[{HAN}]{{0,4}}?(?:{_EVENT_ZH.pattern})")


def year_in_event_name_zh(z: Quantity, zh_text: str, en_text: str) -> str:
    """Where a Chinese year written without 年 is part of an event's name (北京2008奥运会,
    2022冬奥会: the brand "Beijing 2008") and the English names the event without it ("the
    Beijing Olympics", "the 29th Olympic Games"). A year with 年 (2017年新年招待会) dates the
    occasion, and an English that drops it drops what tells one edition from another."""
    if z.kind != "date" or z.unit != "y" or z.high is not None or "年" in z.surface:
        return ""
    at = zh_text.find(z.surface)
    if at < 0:
        return ""
    if _EVENT_AFTER_YEAR.match(zh_text, at + len(z.surface)) is None:
        return ""
    event = re.search(rf"\b(?:{_EVENT_EN})\b", en_text)
    if event is None or re.search(rf"\b{int(z.value) // 10000}\b", en_text):
        return ""
    return f"the year of the event's Chinese name, which the English names as {event.group(0)!r}"


# The edition of an event the English numbers ("the 16th BRICS Summit", "the 31st APEC Economic
# Leaders' Meeting") and the Chinese names without it (金砖国家领导人会晤): a summit, games or
# a leaders' meeting, not a session or a meeting at large ("the 71st Session of the General
# Assembly" for 联合国大会 adds a number the Chinese does not say).
_EDITION_EN = r"(?:Summit|Leaders[’']?\s+Meeting|Games|Olympics|Paralympics|Expo|Forum)"
_EDITION_ZH = re.compile(r"峰会|峰會|会晤|會晤|运动会|運動會|奥运会|奧運會|世博会|世博會|论坛|論壇")
_ORDINAL_ZH = re.compile(r"第\s*[\d〇零一二两三四五六七八九十百]"
                         r"|[\d一二三四五六七八九十]\s*[届屆次]")


def edition_named(e: Quantity, en_text: str, zh_text: str) -> str:
    """Where an English ordinal numbers the edition of an event ("the 16th BRICS Summit") that
    the Chinese sentence names without an edition (金砖国家领导人会晤) and with no ordinal of
    its own anywhere: English names a summit by its number, Chinese often by its place or not
    at all."""
    if e.kind != "ordinal" or e.unit or _ORDINAL_ZH.search(zh_text) or not _EDITION_ZH.search(
            zh_text):
        return ""
    m = re.search(rf"(?<![\w-]){re.escape(e.surface.strip())}\s+((?:[A-Z][\w.&’'-]*\s+){{0,5}}"
                  rf"{_EDITION_EN})\b", en_text)
    return f"same sentence, numbering the edition of {m.group(1)!r}, which the Chinese names " \
        "without its number" if m else ""


_ANNUAL_EN = re.compile(r"\b(?:annual|this\s+year[’']s)\b", re.IGNORECASE)


def year_of_this_edition(z: Quantity, zh_text: str, en_text: str, doc_year: int | None) -> str:
    """Where a Chinese year opens the name of the event the text is given at, in the year the
    document is dated (很高兴出席2018年英联邦外交官年度培训会 in a 2018 speech), and the English
    calls the event "annual" or "this year's": the edition being held, not another."""
    if z.kind != "date" or z.unit != "y" or z.high is not None or doc_year is None \
            or int(z.value) // 10000 != doc_year or not _ANNUAL_EN.search(en_text):
        return ""
    at = zh_text.find(z.surface)
    event = _EVENT_ZH.search(zh_text, at + len(z.surface)) if at >= 0 else None
    if event is None or event.start() - (at + len(z.surface)) > 16 \
            or re.search(r"[，,。；;：:！!？?]", zh_text[at:event.start()]):
        return ""
    return f"same sentence, as {_ANNUAL_EN.search(en_text).group(0)!r} (this year's edition " \
           f"of {zh_text[at:event.end()]}, the document's year {doc_year})"


def occasions_dated(z: Quantity, others: list[Quantity]) -> str:
    """Where a small count of occasions (先后两次访问, 两度到访) is said by dating each of them:
    the other side of the bead states exactly that many dates ("in 2013 and again in 2017")."""
    if z.kind != "count" or z.unit not in OCCASIONS or z.high is not None \
            or not 2 <= z.value <= 5 or z.value != z.value.to_integral_value():
        return ""
    dates = {(o.value, o.unit) for o in others if o.kind == "date" and o.high is None}
    if len(dates) != int(z.value):
        return ""
    return f"same sentence, as {int(z.value)} dates, one for each occasion"


# Units of a Chinese count that measure time (10年以后, 3个月, 两周, 20世纪): with dates, times and
# periods, the quantities a translation most often restates as a relative or named time.
TIME_UNITS = frozenset({"年", "个月", "月", "天", "日", "周", "星期", "个星期", "世纪", "年代",
                        "季度", "小时", "个小时", "century"})
_TIME_KINDS = frozenset({"date", "time", "period", "weekday", "decade"})

# English that states a time without a numeral the engines read, each with the Chinese words
# that say the same thing: an English phrase that renders a Chinese word of its own (去年,
# "last year") is no rendering of another quantity.
_TIME_PHRASES = (
    (re.compile(r"\b(?:last|next|this|coming|past|previous|following|same|current)\s+years?\b"
                r"|\bannual(?:ly)?\b|\byearly\b", re.IGNORECASE),
     re.compile(r"去年|今年|明年|前年|后年|來年|来年|上年|本年|当年|當年|同年|年度|每年|年会|年會"
                r"|一年一度")),
    (re.compile(r"\b(?:last|next|this|coming|past|previous|following|same|current)\s+months?\b"
                r"|\bmonthly\b", re.IGNORECASE),
     re.compile(r"上月|本月|下月|当月|當月|同月|上个月|上個月|下个月|下個月|这个月|這個月|每月|月度")),
    (re.compile(r"\b(?:last|next|this|coming|past|previous|following|same)\s+(?:week|day)s?\b"
                r"|\b(?:today|yesterday|tomorrow|tonight)\b", re.IGNORECASE),
     re.compile(r"今天|昨天|明天|今日|昨日|明日|当天|當天|当日|當日|同日|次日|翌日|今晚|当晚|當晚"
                r"|本周|上周|下周|本週|上週|下週")),
)


# The base of a comparison the Chinese names (与2023年同期比较 "compared with the same period of
# 2023", 与9月比较 "compared with September") and the English phrase that says the comparison
# without naming it, by what the base is: a year, a month, a quarter.
_BASE_BEFORE = re.compile(r"(?:与|與|(?P<compared>较|較|比|相比于|相比於|对比|對比))\s*$")
_COMPARED_LATER = r"[^，。；,;]{0,30}?(?:比较|比較|相比|相較|相较)"
_BASE_AFTER = {"y": re.compile(r"\s*(?:前)?(?:同期|同季|同月|第[一二三四1-4]季)"),  # its period
               # the verb may come after what is compared (与第2季修订后的销售额(131.3亿元)比较)
               "m": re.compile(rf"\s*(?:份)?同期|{_COMPARED_LATER}"),
               "quarter": re.compile(rf"\s*(?:末)?同期|{_COMPARED_LATER}")}
_A_YEAR_AGO = re.compile(r"[一1]年前同期")
_ON_THE_BASE_EN = {
    "y": r"year[- ](?:on|over|to)[- ]year|y-o-y|on an annual basis|(?:a|one) year (?:earlier|ago|"
         r"before)|(?:same|corresponding) (?:period|quarter|month) (?:of|in|last) (?:the )?"
         r"(?:previous |last |preceding )?year"
         r"|(?:the )?previous (?:twelve-month |12-month )?period",
    "m": r"month[- ](?:on|over|to)[- ]month|(?:a|one) month (?:earlier|ago|before)|"
         r"(?:the )?(?:previous|preceding|prior|last) month",
    "quarter": r"quarter[- ](?:on|over|to)[- ]quarter|(?:a|one) quarter (?:earlier|ago|before)|"
               r"(?:the )?(?:previous|preceding|prior|last) quarter",
}


def base_of_comparison(z: Quantity, zh_text: str, en_text: str) -> str:
    """Where the English says the period the Chinese names as the base of a comparison
    (与2023年同期比较 "on an annual basis", 与9月比较 "month-on-month"): a statistics release
    compares with a year or a month ago and names that period; its translation says only
    how far back the comparison looks."""
    base = "quarter" if z.kind == "period" and z.unit == "quarter" else \
        z.unit if z.kind == "date" and z.unit in ("y", "m") and z.high is None else ""
    at = zh_text.find(z.surface)
    if not base and at >= 0 and _A_YEAR_AGO.match(zh_text, at) and z.kind == "count":
        base = "y"  # 较一年前同期: the same period a year before
    before = _BASE_BEFORE.search(zh_text, 0, at) if base and at >= 0 else None
    # 较9月增加 compares by its preposition alone; 与9月比较 needs its verb, and a year the
    # same period of it (较2019年 is the whole year), unless the sentence states the year after
    # it, of which it is then the year before (2023年…较2022年减少30间: "down 30 year-on-year")
    if before is None or ((base == "y" or not before.group("compared"))
                          and not _BASE_AFTER[base].match(zh_text, at + len(z.surface))
                          and not (base == "y" and before.group("compared")
                                   and _year_after_stated(z, zh_text))):
        return ""
    m = re.search(rf"\b(?:{_ON_THE_BASE_EN[base]})\b", en_text, re.IGNORECASE)
    return f"English {m.group(0)!r} (the base of the comparison, said by how far back it is)" \
        if m else ""


def _year_after_stated(z: Quantity, zh_text: str) -> bool:
    """Whether the Chinese states the year after the year ``z`` (2023年 beside 较2022年)."""
    year = _year(z)
    return year is not None and re.search(rf"(?<!\d){year + 1}\s*年", zh_text) is not None


_WEEKEND_EN = re.compile(r"\bweek-?ends?\b", re.IGNORECASE)


def weekend_said(z: Quantity, en_text: str) -> str:
    """Where the English says a Chinese Saturday or Sunday (周六, 周日) as "the weekend"."""
    if z.kind != "weekday" or int(z.value) not in (6, 7):
        return ""
    m = _WEEKEND_EN.search(en_text)
    return f"English {m.group(0)!r}" if m else ""


# The whole day and night said without its hours: 24小时服务 "round-the-clock service", 7×24
# "24/7", 全天24小时 "day and night".
_ALL_DAY_EN = re.compile(r"\b(?:a?round[- ]the[- ]clock|24/7|twenty-four[- ]seven|day and night"
                         r"|night and day|all day long)\b", re.IGNORECASE)


def all_day_said(z: Quantity, en_text: str) -> str:
    """Where the English says a Chinese 24小时 (or 7天 of 7×24) as "round-the-clock", "24/7"."""
    if z.kind != "count" or z.high is not None or not (
            z.value == 24 and z.unit in ("小时", "h") or z.value == 7 and z.unit in ("天", "日")):
        return ""
    m = _ALL_DAY_EN.search(en_text)
    return f"English {m.group(0)!r} (all day and night)" if m else ""


# Events a Chinese span of years may stand for (三年新冠疫情 "the pandemic", 过去两年 beside 冠病
# 疫情 "Throughout the COVID-19 pandemic", 八年抗战 "the War of Resistance"): the Chinese word of
# the event, and what English calls it.
_EVENT_SPANS = (
    (re.compile(r"疫情|冠病|新冠|冠状病毒|冠狀病毒"),
     re.compile(r"\b(?:pandemic|epidemic|COVID(?:-19)?|coronavirus)\b", re.IGNORECASE)),
    (re.compile(r"抗战|抗戰|抗日战争|抗日戰爭"),
     re.compile(r"\b(?:war of resistance|anti-japanese war|war against japanese)\b",
                re.IGNORECASE)),
)
_EVENT_REACH = 6  # characters between the span of years and the event's word


def span_of_an_event(z: Quantity, zh_text: str, en_text: str) -> str:
    """Where a Chinese count of years (三年, 过去两年) stands next to an event that fills them
    (新冠疫情) and the English names the event instead of counting its years ("after the easing
    of pandemic controls"): the span said by what happened in it."""
    if z.kind != "count" or z.unit != "年" or z.high is not None:
        return ""
    at = zh_text.find(z.surface)
    while at >= 0:
        near = zh_text[max(0, at - _EVENT_REACH):at + len(z.surface) + _EVENT_REACH]
        for zh_event, en_event in _EVENT_SPANS:
            if zh_event.search(near) and (said := en_event.search(en_text)):
                return f"English {said.group(0)!r} (the years of the event, named)"
        at = zh_text.find(z.surface, at + 1)
    return ""


_OTHERS_EN = re.compile(r"\s+(?:more\s+|further\s+)?others?\b", re.IGNORECASE)
_LISTED_AT_MOST = 3  # named members a count of "others" may leave out (X, Y and two others)


def others_beside_named(z: Quantity, e: Quantity, zh_text: str, en_text: str) -> str:
    """Where a Chinese count closes a list with 等 (苹果日报等3家公司: three in all, the named
    ones with them) and the English counts only the others ("Apple Daily and two other
    companies"): the Chinese count less the English one is the few named, one to three."""
    if z.kind != "count" or e.kind != "count" or z.high is not None or e.high is not None:
        return ""
    at = zh_text.find(z.surface)
    if at < 1 or zh_text[at - 1] != "等" or not 0 < z.value - e.value <= _LISTED_AT_MOST:
        return ""
    after = en_text.find(e.surface)
    while after >= 0:
        if _OTHERS_EN.match(en_text, after + len(e.surface)):
            return (f"English {e.surface!r} (the others beside the {z.value - e.value} named; "
                    f"等{z.surface} counts them all)")
        after = en_text.find(e.surface, after + 1)
    return ""


def is_time(q: Quantity) -> bool:
    """Whether ``q`` says when or how long: a date, time of day, period, weekday or decade, or
    a count of years, months, days or weeks, or a century (20世纪, read as an ordinal)."""
    return q.kind in _TIME_KINDS or (q.kind in ("count", "ordinal") and q.unit in TIME_UNITS)


def time_said_otherwise(z: Quantity, en_text: str, zh_text: str, unpaired_en: list[Quantity],
                        dated: bool = False) -> str:
    """What in the English of the bead may state the Chinese time ``z`` another way: an English
    date, year or period the bead leaves unpaired ("May 2009" beside a 二九年 that lost its
    〇〇), or a relative time ("last month", "annual", "the same year") with no Chinese word of
    its own in the bead. "" when there is none or ``z`` is no time. (A year named by its
    zodiac animal is left to ``zodiac_year_en``, which knows which animal is right; and in a
    ``dated`` document (a heading dateline with a day), a relative time to the checks that
    reckon it from the dateline, which would have matched it if it agreed.)

    Such a pair is no proof (the checks that know the form say so: relative days and months,
    zodiac years, a period said by its start), but an error needs certainty, and a time the
    English states its own way is the commonest reason a missing Chinese time is not missing."""
    if not is_time(z):
        return ""
    for e in unpaired_en:
        if is_time(e):
            return repr(e.surface)
    if dated:
        return ""
    for english, chinese in _TIME_PHRASES:
        if (m := english.search(en_text)) and not chinese.search(zh_text):
            return repr(m.group(0))
    return ""


# Sorts of amount no translation writes as a year: a sum of money, a multiple, a percentage.
_NO_YEAR_KINDS = frozenset({"money", "multiple", "percent", "points"})


def count_against_year(a: Quantity, b: Quantity) -> bool:
    """Whether ``a`` counts things with a measure word or noun of its own (54项, 1家, "seven
    delegations": no time unit), or is a sum of money, a multiple or a percentage (2.2億元,
    3.6倍), and ``b`` is a bare year (2015)."""
    return (a.high is None and (a.kind == "count" and bool(a.unit) and not is_time(a)
                                or a.kind in _NO_YEAR_KINDS)
            and b.kind == "date" and b.unit == "y" and b.high is None)


def length_against_date(length: Quantity, date: Quantity) -> bool:
    """Whether ``length`` counts years, months or days (三年, 5年) and ``date`` is a calendar
    date or year: compared as one sort, but a translation dates what the original counts (五年
    内 as "by 2030") and a page writes a year in short (96年 for 1996) about as often as it
    changes a number."""
    return length.kind == "count" and length.unit in TIME_UNITS and date.kind == "date"


# 连任一次 "re-elected once": a term limit the English states as the number of terms served in
# all, one more ("two consecutive terms", "more than two terms").
_REELECTED_ZH = re.compile(r"[连連]\s*任\s*([一二两兩三四五1-5])\s*[次届屆]")
_TERMS_EN = re.compile(r"^\s*(?:consecutive\s+|successive\s+|full\s+)?terms?\b", re.IGNORECASE)


def terms_served(e: Quantity, en_text: str, zh_text: str, z: Quantity | None = None) -> str:
    """Where an English count of terms of office is the Chinese count of re-elections plus the
    first term (只可连任一次, "cannot serve more than two consecutive terms"); with ``z``, the
    Chinese count must be that of the re-elections (连任两次 against "three terms")."""
    if e.kind != "count" or e.high is not None or not _TERMS_EN.match(en_text[e.end:]):
        return ""
    for m in _REELECTED_ZH.finditer(zh_text):
        times = int(parse_zh_number(m.group(1).replace("兩", "两")))
        if e.value == times + 1 and (z is None or m.start() <= z.start < m.end()):
            said = {1: "once", 2: "twice"}.get(times, f"{times} times")
            return f"same sentence: {m.group(0)} (re-elected {said}) is {times + 1} terms " \
                "with the first"
    return ""
