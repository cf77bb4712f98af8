"""Quantities in a Chinese sentence.

Recognisers run in order over a working copy of the text; each one blanks what it consumed, so a
date's 10 is not also read as a count. Numbers written only in Chinese numerals count only with a
measure word, a scale or a qualifier beside them (三十多人, 两千三百万, 约三成): a bare numeral is
usually part of a word (一些, 统一, 三聚氰胺) rather than a quantity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from align.numbers.quantity import (
    DOCUMENT_SYMBOLS,
    FORMAT_NAMES,
    UNICODE_ROMAN,
    WEB_ADDRESSES,
    Quantity,
    Scanner,
    is_reference,
    make_date,
    number_of_year,
    numeric_dates,
    roman_value,
    shared_units,
    year_ending,
)
from align.scripts import without_spans

_FULLWIDTH = str.maketrans("０１２３４５６７８９．％／：～－＋", "0123456789.%/:~-+")
# Traditional characters the recognisers read, each to its simplified form (one character for
# one, so offsets hold): 86萬冊, 約3億, 兩千, 百分之十點五, 三十餘個, 七十五週年. Only characters
# whose simplified form has no other reading here (裡 -> 里 "li" is left out).
_TRADITIONAL = str.maketrans(
    "萬億兩約餘來個點幾數週號歲時鐘間於過將內與項條種類場輪頭輛張棟戶層節顆噸畝國縣區鎮隊級強屆"
    "幣歐鎊盧韓塊錢淩禮紀戰規劃會決賽體統帶樣進兒線攬貫舉陣氣邊門獨無計眾頃冊隻臺達為績長員"
    "億週餘僅歷億組議論壇談覽協",
    "万亿两约余来个点几数周号岁时钟间于过将内与项条种类场轮头辆张栋户层节颗吨亩国县区镇队级强届"
    "币欧镑卢韩块钱凌礼纪战规划会决赛体统带样进儿线揽贯举阵气边门独无计众顷册只台达为绩长员"
    "亿周余仅历亿组议论坛谈览协",
)

_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}  # fmt: skip
_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG = {"万": 10**4, "亿": 10**8}

_AR = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CN_DIGIT = "〇零一二两三四五六七八九"
_CN = rf"[{_CN_DIGIT[0]}{_CN_DIGIT[2:]}十廿卅][{_CN_DIGIT}十百千廿卅]*(?:点[{_CN_DIGIT}]+)?"
_PIECE = rf"(?:(?:{_AR})[百千]?|{_CN})"
# 1.6万, 4.49万亿, 两千三百万, 三百多万, 1亿5千万, 三万一
# Possessive and bounded: a run of 万/亿 can be read one way only (no backtracking into it).
NUM = rf"{_PIECE}(?:[多余]?[万亿]{{1,3}}+(?:零?{_PIECE})?)*"
_RANGE_SEP = r"(?:至|到|-|–|—|~)"

# Words that contain numerals but are not quantities, and vague amounts (数十, 几百, 十几).
_NOT_QUANTITY = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万亿\d.])(?:"
    r"一些|一定|统一|一体|万一|第一时间|一方面|一带一路|之一|一起|一直|一致|一般|一旦|一切|唯一|"
    r"一样|同一|进一步|一系列|一下|一点儿|一会|一道|一流|一线|一时|一次性|一行|一揽子|一站式|"
    r"一国两制|三聚氰胺|十分(?![钟鐘]|之[\d〇零一二两三四五六七八九十百千])|十万八千里|十有八九|"
    r"十有九|万分(?!之)|千万(?!人口|户|戶|家庭)|百姓|2019\s*年?\s*冠[状狀]病毒(?:疾)?病|"
    r"一律|一同|一向|一再|一贯|一举|一味|一心|一手|一番|一阵|一口气|一边|一度|二手|[一二]氧化|四面八方|五湖四海|五花八门|七上八下|九死一生|"
    r"三心二意|一模一样|独一无二|千方百计|成千上万|千千万万|万众一心|一心一意|三番五次|"
    r"一二(?![十百千万])|三三两两|两会|一把手|一生一世"
    # 第三方 "a third party", 第三者 "an outsider": anyone else, said as "other parties" as
    # often as "third parties", no ordinal
    r"|第三[方者]"
    # 下一/上一 before a measure of sequence: "the next/last" (下一届 the next term, 下一世纪
    # the next century, 上一年度 the previous year, 下一个五年 the next five years), no count of
    # one
    r"|[下上]一(?=[个個]?(?:届|屆|年|次|轮|輪|代|世纪|世紀|阶段|階段|任|期|季度|周|週|月|步|站))"
    r"|下一(?=[个個])"
    # 新的一千年 "the new millennium": an era, no length of a thousand years
    r"|新的?一千年"
    # 二万五千里长征 "the Long March": the march's Chinese name, no distance an English gives
    r"|(?:二万五千|两万五千|兩萬五千|二萬五千|25000|2\.5万|2\.5萬)\s*里(?=长征|長征)"
    # 一年又一年 "year after year", 一次又一次 "time and again", 一代又一代 "generation after
    # generation": a repetition, no count of one
    r"|一([\u4e00-\u9fff]{1,2})[又复復]一\1"
    # 城乡二元结构 "the dual urban-rural structure", 一元化领导 "unified leadership": 元 of a
    # structure, not of money
    r"|[一二]元(?=化|结构|結構|论|論|经济|經濟|体制|體制|对立|對立|格局)"
    # 屋子四周 "all around the house": 四周 after a noun, not after a word that counts time
    # (为期四周, 连续四周, 过去四周) nor before one that measures it (四周内, 四周后, 四周年)
    r"|(?<=[\u4e00-\u9fff])(?<![为期续每约近共需要用了去来这那头前后後第隔逾超达满足再])四周"
    r"(?![年内后後以之左时间来多半])"
    r")"
)
# Latin-and-digit tokens (5G, G20, COVID-19, 802.11n) are names, compared as tokens, not numbers.
# A token's tail is ASCII only: in Python \w also matches Chinese characters, so G20人口占全球2/3
# would have been one token that swallowed the sentence's 2/3.
_TOKEN_TAIL = r"[A-Za-z0-9_.\-]*"
_ALNUM_TOKEN = re.compile(
    rf"(?<![A-Za-z])[A-Za-z]+-?\d{_TOKEN_TAIL}|(?<!\d)\d+(?:\.\d+)*[A-Za-z](?![A-Za-z])"
    rf"|(?<!\d)\d+[A-Za-z]+\d{_TOKEN_TAIL}"
    r"|(?<!\d)\d+-(?=[A-Za-z]*[a-z][A-Z])[A-Za-z]+(?:-?\d+)?(?![A-Za-z])"  # 2019-nCoV
)  # each alternative starts a run only at its start: a long run is read once, not once a letter

# List markers opening a line or a sentence (一、 （二） (3) 4. 5、 6）), or after a colon or
# semicolon that introduces items, and a parenthesised item number anywhere (（1）加强……):
# labels, not quantities, left out entirely. A colon between digits is a clock's (15:05:47)),
# which introduces no item.
_CN_LABEL = "一二三四五六七八九十"
_LABELS = re.compile(
    rf"(?:(?m:^)|(?<=[。！？；：;!?])|(?<=[^\d]:))[ \t　]*(?:[{_CN_LABEL}]{{1,3}}[、.．]"
    rf"(?![{_CN_LABEL}]十年代)"  # 六、七十年代 opening a line: two decades, no item six
    rf"|[（(][{_CN_LABEL}\d０-９]{{1,3}}[）)]|[\d０-９]{{1,2}}(?:[、)）]|[.．](?![\d０-９])))"
    rf"|(?!(?<=[今昨明前后後])[（(][\d０-９]{{1,2}}[）)][日天])"  # not the day of 今(2)日
    rf"[（(](?:[{_CN_LABEL}]{{1,3}}|[\d０-９]{{1,2}})[）)](?![%％\d０-９])"
)
_NORMALISE = {**_FULLWIDTH, **_TRADITIONAL}
# A point of a civil-service pay scale (首长级薪级第3点, 总薪级表第45点): the grade's code, which
# the English writes as its own code (D3, MPS 45), not a time of day or a count.
_PAY_POINTS = re.compile(rf"薪级表?\s*第\s*{NUM}\s*点")
# Names of rounds and wars that look like fractions or counts: 1/4决赛 "quarter-finals".
_ROUND_NAMES = re.compile(r"(?:1/\d+|[二四八]分之一)决赛|半决赛")
# Words that end in a qualifier's character, whose character it is, not the qualifier's: 最近,
# 附近 (not "nearly"); 公约, 条约, 应约 … (a convention, a treaty, "at the invitation of": not
# "about", 公约第11条).
_WORDS_ENDING_IN = {
    "近": ("最近", "附近"),
    "约": tuple("公约 条约 合约 应约 相约 预约 契约 邀约 特约 履约 违约 签约 节约 制约 婚约 盟约 "
               "和约 租约 如约 赴约".translate(_NORMALISE).split()),
}
_PREFIX_QUALIFIERS = sorted((
    ("大约", "approx"), ("大概", "approx"), ("约", "approx"), ("将近", "nearly"),
    ("接近", "nearly"), ("近", "nearly"), ("超过", "more-than"), ("突破", "more-than"),
    ("超", "more-than"), ("逾", "more-than"), ("多于", "more-than"), ("高于", "more-than"),
    ("不到", "less-than"), ("不足", "less-than"), ("低于", "less-than"), ("少于", "less-than"),
    ("未满", "less-than"), ("不满", "less-than"),  # 未满14周岁 "under 14"
    ("不少于", "at-least"), ("不低于", "at-least"), ("至少", "at-least"), ("最少", "at-least"),
    ("不超过", "at-most"), ("最多", "at-most"), ("至多", "at-most"), ("不多于", "at-most"),
    ("不高于", "at-most"), ("不大于", "at-most"), ("不小于", "at-least"),
    # a bound with a modal between (不得超过 "must not exceed", 不应低于 "should not fall below")
    *((f"不{modal}{verb}", bound) for modal in "得能应宜可准会"
      for verb, bound in (("超过", "at-most"), ("高于", "at-most"), ("多于", "at-most"),
                          ("少于", "at-least"), ("低于", "at-least"))),
), key=lambda p: -len(p[0]))  # longest first: 不少于 before 少于  # fmt: skip
_SUFFIX_QUALIFIERS = (
    ("左右", "approx"), ("上下", "approx"), ("以上", "at-least"), ("以下", "at-most"),
    ("以内", "at-most"), ("之多", "exact"),
)  # fmt: skip

_CURRENCIES = (
    ("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("英镑", "GBP"),
    ("港元", "HKD"), ("港币", "HKD"), ("澳门元", "MOP"), ("澳門元", "MOP"), ("澳门币", "MOP"),
    ("澳門幣", "MOP"), ("新台币", "TWD"), ("新臺幣", "TWD"), ("新台幣", "TWD"),
    ("澳元", "AUD"), ("澳大利亚元", "AUD"), ("加元", "CAD"), ("加拿大元", "CAD"),
    ("新加坡元", "SGD"), ("新西兰元", "NZD"), ("纽元", "NZD"), ("卢布", "RUB"), ("韩元", "KRW"),
    ("块钱", "CNY"), ("元", "CNY"),
)  # fmt: skip
# Measure words and units, longest first; value is the English unit used in suggestions.
UNITS_EN = {
    "平方公里": "square kilometres", "平方千米": "square kilometres", "平方米": "square metres",
    "立方米": "cubic metres", "千瓦时": "kWh", "千瓦": "kilowatts", "公里": "kilometres",
    "千米": "kilometres", "厘米": "centimetres", "毫米": "millimetres", "公斤": "kilograms",
    "千克": "kilograms", "公顷": "hectares", "英里": "miles", "个月": "months", "小时": "hours",
    "平方英尺": "square feet", "英尺": "feet", "英寸": "inches", "英亩": "acres", "海里":
    "nautical miles", "光年": "light years", "磅": "pounds", "盎司": "ounces", "加仑": "gallons",
    "毫升": "millilitres", "公升": "litres",
    "分钟": "minutes", "星期": "weeks", "人次": "person-times", "架次": "sorties",
    "个": "", "名": "", "人": "people", "位": "", "家": "", "座": "", "所": "", "项": "",
    "件": "", "条": "", "种": "", "类": "", "批": "", "次": "times", "场": "", "轮": "",
    "例": "cases", "起": "", "宗": "", "只": "", "头": "", "匹": "", "台": "", "辆": "",
    "架": "", "艘": "", "部": "", "本": "", "张": "", "份": "", "篇": "", "首": "", "股": "",
    "支": "", "套": "", "间": "", "栋": "", "户": "households", "层": "", "期": "", "节": "",
    "章": "", "枚": "", "颗": "", "根": "", "棵": "", "道": "", "片": "", "口": "",
    "年": "years", "天": "days", "日": "days", "周": "weeks", "岁": "years old", "吨": "tonnes",
    "周岁": "years old",  # 年满18周岁: full years of age, no weeks
    "米": "metres", "克": "grams", "亩": "mu", "升": "litres", "秒": "seconds", "分": "points",
    "度": "degrees", "斤": "jin", "胎": "children", "月": "months", "里": "li",
    "桶": "barrels",
    "国": "countries", "省": "provinces",
    "市": "cities", "县": "counties", "区": "districts", "镇": "towns", "村": "villages",
    "岸": "", "方": "parties", "队": "teams", "级": "", "强": "", "届": "", "号": "",
    "册": "volumes", "集": "episodes",
}  # fmt: skip
_UNIT_RE = re.compile("|".join(sorted(map(re.escape, UNITS_EN), key=len, reverse=True)))
# Numbers with these measure words are often rendered without a number (两国 -> "both
# countries", 三国赛 -> "Tri-Nation").
_WEAK_UNITS = {"国", "岸", "方"}


# A typesetter's space between a digit and a Chinese character (20 世纪 60 年代, 共 20 人,
# 2025 年 3 月 5 日): Chinese is written without spaces, so it parts nothing.
_TYPESET_SPACE = re.compile(
    r"(?<=\d)[ \t\u00a0\u3000]+(?=[\u4e00-\u9fff%％])|(?<=[\u4e00-\u9fff])[ \t\u00a0\u3000]+(?=\d)")
# A year of four Chinese digits with spaces inside (二 ○○ 七年: a cover title set a line a
# character): the spaces part nothing.
_ZH_DIGIT = "[○〇零一二三四五六七八九]"
_SPACED_YEAR = re.compile(rf"[一二](?:[ \t\u00a0\u3000]*{_ZH_DIGIT}){{3}}[ \t\u00a0\u3000]*年")
# A page that sets a space between every two characters (上 午 4 時 … 百 分 之 81, as some
# weather bulletins and yearbooks do, hard wraps and all): in a run of three characters or more
# each parted by a space, the spaces part nothing either. Prose has a stray space at most.
# A digit may be one of the run's characters too (北 京 2 0 0 8 年), if two of them are Han.
_SPACED_RUN = re.compile(r"[\u4e00-\u9fff○〇0-9](?:[ \t\u00a0\u3000]*\n?[ \t\u00a0\u3000]+\n?"
                         r"[\u4e00-\u9fff○〇0-9]|\n[\u4e00-\u9fff○〇0-9]){2,}")
_GAP = re.compile(r"\s+")


def extract_zh(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (a sentence or a few), in order of position. Typesetting
    spaces between digits and characters are read through; offsets and surfaces are the
    text's own."""
    runs = [run for run in _SPACED_RUN.finditer(text) if len(_HAN.findall(run.group())) >= 2]
    spaced = [g for run in [*runs, *_SPACED_YEAR.finditer(text)]
              for g in _GAP.finditer(text, run.start(), run.end())]
    if not spaced and not _TYPESET_SPACE.search(text):
        return _extract(text)
    read, at = without_spans(text, [*_TYPESET_SPACE.finditer(text), *spaced])
    found = _extract(read)
    return [replace(q, start=at[q.start], end=at[q.end - 1] + 1,
                    surface=text[at[q.start]:at[q.end - 1] + 1]) if q.end > q.start else q
            for q in found]


def _extract(text: str) -> list[Quantity]:
    scan = _Scan(text)
    scan.blank(DOCUMENT_SYMBOLS)  # before the labels and tokens: LS63/07-08 is one number
    scan.blank(_PAY_POINTS)
    scan.blank(_LABELS)
    scan.blank(WEB_ADDRESSES)
    scan.apply(_roman_parts)
    scan.blank(_ALNUM_TOKEN)
    scan.blank(_ROUND_NAMES)
    scan.blank(FORMAT_NAMES)
    for recogniser in (numeric_dates, _event_dates, _roc_dates, _short_year_spans, _fractions,
                       _percent_words, _rates_in_li, _tallies, _land_shares, _plans, _majors,
                       _runs):
        scan.apply(recogniser)
    scan.blank(_NOT_QUANTITY)
    for recogniser in (
        _deictic_spans, _times, _ratios, _periods, _month_ranges, _lunar_dates, _dates, _days,
        _years, _decades, _weekdays, _enumerators, _vague_amounts, _bare_scales, _regnal, _jubilees,
        _labels, _ordinals, _general,
    ):  # fmt: skip
        scan.apply(recogniser)
    found = shared_units(sorted(scan.found, key=lambda q: q.start), text, _LIST_JOINER)
    return _ordinal_lists(_unit_twice_ranges(found, text), text)


_RANGE_JOINER = re.compile(rf"\s*{_RANGE_SEP}\s*")


def _unit_twice_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with a range that states its unit at both ends (100个至200个, 三千元到五千元)
    read as one range, as 100至200个 is (percentages stay two, as English reads "5% to 10%")."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == q.kind and q.kind in ("count", "money")
                and prev.unit == q.unit and prev.high is None and q.high is None
                and prev.qualifier == q.qualifier == "exact" and prev.value < q.value
                and _RANGE_JOINER.fullmatch(text, prev.end, q.start)):
            out[-1] = replace(prev, end=q.end, surface=text[prev.start:q.end], high=q.value,
                              weak=prev.weak and q.weak)
            continue
        out.append(q)
    return out


# A part numbered in Roman numerals, as Chinese pages write an appendix or a phase (附錄II,
# 附件III, 第II期): an ordinal, as "Appendix II" reads.
# A list of them writes the mark once (議程第IV及V項, 第I、II及III章: Items IV and V).
_ONE_ROMAN = rf"(?:[IVX]{{1,5}}|[{UNICODE_ROMAN}])"  # II, or the one character Ⅱ
_ROMAN_PART = re.compile(r"(?:附录|附錄|附件|附表|第)\s*"
                         rf"({_ONE_ROMAN}(?:\s*(?:及|和|与|與|、|或|至|到)\s*{_ONE_ROMAN})*)"
                         r"(?![A-Za-z])")
_ROMAN = re.compile(_ONE_ROMAN)
# … or a stage or a type it numbers (歐盟II期 "Euro II", II型糖尿病 "type 2 diabetes"): a
# well-formed numeral of II..XXXIX or V, as English reads one after a name ("Euro I" is not
# read there), and not a placeholder run of X (XX型) nor a model's name (XIV型号).
_ROMAN_STAGE = re.compile(r"(?<![A-Za-z0-9])(?!X+(?![IV])|I(?![IVX]))"
                          rf"(X{{0,3}}(?:IX|IV|V?I{{0,3}})(?<=[IVX])|[{UNICODE_ROMAN}])"
                          r"(?=\s*(?:期|型(?![号號])|代|級|级|阶段|階段|类|類))")


def _roman_parts(scan: _Scan) -> Iterator[Quantity]:
    read: set[int] = set()
    for m in _ROMAN_PART.finditer(scan.work):
        for part in _ROMAN.finditer(scan.work, m.start(1), m.end(1)):
            read.add(part.start())
            yield scan.q(part.start(), part.end(), Decimal(roman_value(part[0])), "ordinal")
    for m in _ROMAN_STAGE.finditer(scan.work):
        if m.start(1) not in read:
            yield scan.q(m.start(1), m.end(1), Decimal(roman_value(m[1])), "ordinal")


# What joins the members of a list of numbers that states their unit once (6.8及71.1個百分點).
_LIST_JOINER = re.compile(r"\s*(?:及|和|与|與|、|，|,|或)\s*")
# The parts a list of ordinals numbers (第1、2、12章, 第三、四条).
_PART_UNITS = frozenset("章节節条條款项項篇编編卷次届屆号號")


def _ordinal_lists(found: list[Quantity], text: str) -> list[Quantity]:
    """``found`` with each member of a list that opens with 第 an ordinal: 第1、2、12章 numbers
    chapters 1, 2 and 12 ("Chapters I, II and XII"), the 第 written once."""
    out = list(found)
    in_list = False  # whether the previous member is an ordinal of such a list
    for i, q in enumerate(out):
        prev = out[i - 1] if i else None
        in_list = (prev is not None and prev.kind == "ordinal"
                   and (in_list or prev.surface.startswith("第"))
                   and q.kind == "count" and q.high is None
                   and (not q.unit or q.unit in _PART_UNITS)
                   and bool(_LIST_JOINER.fullmatch(text, prev.end, q.start)))
        if in_list:
            out[i] = replace(q, kind="ordinal", unit="")
    return out


def parse_zh_number(s: str) -> Decimal | None:
    """The value of a Chinese or mixed numeral: 1.6万 -> 16000, 两千三百万 -> 23000000,
    三万一 -> 31000, 一九八五 -> 1985, 三点五 -> 3.5. None if it is not a numeral."""
    s = s.replace(",", "").replace("多", "").replace("余", "")
    s = s.replace("廿", "二十").replace("卅", "三十")
    if not s:
        return None
    if len(s) > 1 and all(c in _DIGITS and c != "两" for c in s):
        return Decimal("".join(str(_DIGITS[c]) for c in s))  # 二〇二四: digit by digit
    total = wan = section = Decimal(0)
    digit: Decimal | None = None
    digit_is_cn = False
    last_unit = 0
    zero = False
    for tok in re.findall(r"\d+(?:\.\d+)?|点[〇零一二三四五六七八九]+|.", s):
        if tok[0].isdigit():
            digit, digit_is_cn = Decimal(tok), False
        elif tok.startswith("点"):
            frac = "".join(str(_DIGITS[c]) for c in tok[1:])
            digit = (digit or Decimal(0)) + Decimal("0." + frac)
            digit_is_cn = False
        elif tok in _DIGITS:
            if _DIGITS[tok] == 0:
                zero = True
            else:
                digit, digit_is_cn = Decimal(_DIGITS[tok]), True
        elif tok in _UNITS:
            section += (digit if digit is not None else 1) * _UNITS[tok]
            digit, last_unit, zero = None, _UNITS[tok], False
        elif tok in _BIG:
            if digit is None and section == 0 and wan == 0 and total == 0:
                return None
            if tok == "万":
                wan += (section + (digit or 0)) * 10**4
            else:
                total += (wan + section + (digit or 0)) * 10**8
                wan = Decimal(0)
            section, digit, last_unit, zero = Decimal(0), None, _BIG[tok], False
        else:
            return None
    if digit is not None:
        if digit_is_cn and not zero and last_unit >= 100:
            digit *= last_unit // 10  # 三万一 = 31000, 一百二 = 120
        section += digit
    return total + wan + section


# Characters printed for the numeral 〇 in a year written digit by digit (二○○九年, 一九四Ｏ年):
# the circle ○ and ◯ and the full-width letter Ｏ anywhere in a run of Chinese digits; the Latin O
# and the digit 0 (二0一九年, a typist's choice) only in a run of four that a 年 follows, where
# nothing else can be meant.
_ZERO_SHAPES = "○◯Ｏ"
_ZERO_RUN = re.compile(rf"[〇零一二三四五六七八九{_ZERO_SHAPES}]{{2,}}")
_ZERO_YEAR = re.compile(r"(?<![\dA-Za-z])[〇零一二三四五六七八九O0]{4}(?=年)")


def zeros_read(text: str) -> str:
    """``text`` with every character printed for 〇 in a run of Chinese digits read as 〇, one
    for one (offsets hold). A run needs a digit 一-九 beside its circles: ○○ alone is a blank
    to fill in, not a number."""
    def digit_run(m: re.Match[str]) -> str:
        run = m.group()
        if not any(c in "一二三四五六七八九" for c in run):
            return run
        return "".join("〇" if c in _ZERO_SHAPES else c for c in run)

    def year_run(m: re.Match[str]) -> str:
        run = m.group()
        if not any(c in "一二三四五六七八九" for c in run):
            return run
        return "".join("〇" if c in "O0" else c for c in run)

    return _ZERO_YEAR.sub(year_run, _ZERO_RUN.sub(digit_run, text))


class _Scan(Scanner):
    """The text, a working copy with consumed spans blanked, and the quantities found so far."""

    def __init__(self, text: str) -> None:
        super().__init__(text, zeros_read(text.translate(_NORMALISE)))

    def q(self, start: int, end: int, value: Decimal, kind: str, **kw) -> Quantity:
        """A quantity over ``start:end``, widened to take in qualifiers on either side."""
        qualifier = kw.pop("qualifier", "exact")
        before = self.work[max(0, start - 4) : start]
        for word, qual in _PREFIX_QUALIFIERS:
            if before.endswith(word + "有"):  # 大约有200人
                word += "有"
            if before.endswith(_WORDS_ENDING_IN.get(word, ())):
                continue  # 最近, 附近; 公约第11条 "Article XI of the Convention", 应约
            if word == "近" and self.work.startswith(("来", "以来"), end):
                continue  # 近五年来: "in the past five years", not "nearly"
            if before.endswith(word):
                start -= len(word)
                qualifier = qual if qualifier == "exact" else qualifier
                break
        after = self.work[end : end + 2]
        for word, qual in _SUFFIX_QUALIFIERS:
            if after.startswith(word):
                end += len(word)
                qualifier = qual if qual != "exact" else qualifier
                break
        return Quantity(
            value=value,
            kind=kind,
            surface=self.text[start:end],
            start=start,
            end=end,
            qualifier=qualifier,
            **kw,
        )


def _num(s: str | None) -> Decimal | None:
    return parse_zh_number(s) if s else None


# 三分之一; 千分之三 and 万分之五 (per mille, per ten thousand) with a bare scale below the line;
# 三份之一, the common miswriting (份 for 分), as 百份之 for 百分之
_FRACTION_RE = re.compile(
    rf"({NUM}|(?<![\d〇零一二两三四五六七八九十百千万])[千万])[分份]之({NUM})")
_PER_MILLE_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s?([‰‱])")
_SLASH_FRACTION_RE = re.compile(r"(?<![\d/.])(\d+)/(\d+)(?![\d/])")


_HALF_RE = re.compile(r"(一半|半数|过半)")


def _fractions(scan: _Scan) -> Iterator[Quantity]:
    for m in _FRACTION_RE.finditer(scan.work):
        den = _num(m.group(1)) if m.group(1) not in ("千", "万") else parse_zh_number(
            "一" + m.group(1))
        num = _num(m.group(2))
        if den and num is not None:
            if scan.work.startswith("个世纪", m.end()):  # 四分之三个世纪: 75 years
                yield scan.q(m.start(), m.end() + 3, num / den * 100, "count", unit="年")
                continue
            yield scan.q(m.start(), m.end(), num / den, "fraction")
    for m in _PER_MILLE_RE.finditer(scan.work):  # 3‰, 2‱, as 千分之三 and 万分之二
        yield scan.q(m.start(), m.end(), Decimal(m.group(1)) / (1000 if m.group(2) == "‰"
                                                               else 10000), "fraction")
    for m in _SLASH_FRACTION_RE.finditer(scan.work):
        num, den = Decimal(m.group(1)), Decimal(m.group(2))
        if number_of_year(m.group(1), m.group(2)):  # 法律公告 45/2007, as the English writes it
            yield scan.q(m.start(1), m.end(1), num, "ordinal")
            yield scan.q(m.start(2), m.end(2), den * 10000, "date", unit="y")
        elif den:
            yield scan.q(m.start(), m.end(), num / den, "fraction", weak=is_reference(num, den))
    for m in _HALF_RE.finditer(scan.work):
        qual = "more-than" if m.group(1) == "过半" else "exact"
        yield scan.q(m.start(), m.end(), Decimal("0.5"), "fraction", qualifier=qual, weak=True)
    for m in _HALF_SPAN_RE.finditer(scan.work):  # 半年来 "the past six months"
        yield scan.q(m.start(), m.end(), Decimal("0.5"), "count", unit=m.group(1)[-1])


# Half a year or a month (半年, 半个月); not a half of a year that names a period (上半年, 下半年:
# ``_periods``), nor 大半年 / 多半 (most of).
_HALF_SPAN_RE = re.compile(r"(?<![上下前后大多一两\d])半(年|个月)(?![度报刊])")  # 半年度报告


# A rate of interest or yield in 厘 (釐), as Hong Kong writes a percentage of one (息率0.07厘,
# 年利率2釐 "2 per cent a year"): read as a percentage where the clause names a rate, or where
# the figure has decimals (a table's cell "0.07厘" under its label: no weight is written so).
_RATE_IN_LI = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[厘釐](?![米克升])")
_RATE_WORD = re.compile(r"(?:息|利率|收益率|回报率|回報率)[^，。；;,\n]{0,12}$")


def _rates_in_li(scan: _Scan) -> Iterator[Quantity]:
    for m in _RATE_IN_LI.finditer(scan.work):
        if "." in m[1] or _RATE_WORD.search(scan.work, max(0, m.start() - 16), m.start()):
            yield scan.q(m.start(), m.end(), Decimal(m[1]), "percent")


# A tally of how many items rose and fell (八大类价格同比六涨二降, 七涨一降一平, 五升三降): each
# numeral a count, which English says as "up 6 and 1 down" or "six rose and two fell". One is
# weak, as everywhere: matched when said, not missed when not.
_TALLY_RE = re.compile(rf"({NUM})[涨漲升增]({NUM})[降跌减減](?:({NUM})(?:持平|平))?")


def _tallies(scan: _Scan) -> Iterator[Quantity]:
    for m in _TALLY_RE.finditer(scan.work):
        for g in (1, 2, 3):
            if m.group(g) is not None and (value := _num(m.group(g))) is not None:
                yield scan.q(m.start(g), m.end(g), value, "count", weak=value == 1)


# 百分百: 百分之百 said short; 百份之 is a common miswriting of 百分之 (份 for 分)
_PERCENT_WORDS_RE = re.compile(rf"百[分份]之({NUM}|百)|百分(百)")


def _percent_words(scan: _Scan) -> Iterator[Quantity]:
    for m in _PERCENT_WORDS_RE.finditer(scan.work):
        hundred = (m.group(1) or m.group(2)) == "百"
        value = Decimal(100) if hundred else _num(m.group(1))
        if value is not None:  # 百分之百支持 "fully support": said in words, an idiom as often
            yield scan.q(m.start(), m.end(), value, "percent", weak=hundred)


# A saying that shares out a land in tenths (七山一水二分田: seven parts hills, one water, two
# fields; 八山一水一分田, 九山半水半分田): each term a share, which the English may give as a
# percentage ("70% hills") or keep as an image: weak, matched when said, not missed when not.
_SHARE_TERM_RE = re.compile(r"([一二两兩三四五六七八九半])分?[山水田地林草路]")
_LAND_SHARES_RE = re.compile(r"(?:[一二两兩三四五六七八九半]分?[山水田地林草路]){3,5}")


def _land_shares(scan: _Scan) -> Iterator[Quantity]:
    for run in _LAND_SHARES_RE.finditer(scan.work):
        terms = list(_SHARE_TERM_RE.finditer(scan.work, run.start(), run.end()))
        shares = [Decimal("0.5") if t.group(1) == "半" else _num(t.group(1)) for t in terms]
        if None in shares or sum(shares) != 10:
            continue  # no saying of tenths (一山一水: a landscape's words)
        for t, share in zip(terms, shares, strict=True):
            yield scan.q(t.start(), t.end(), share * 10, "percent", weak=True)


# A score or a ratio: 4比7, 3:1, 三比一. One quantity with both terms (value, high; high may be
# the smaller), as the English "4-to-7", "3-1" and "3:1" read.
_NUMERAL_BEFORE = r"(?<![\d.〇零一二两三四五六七八九十百千万亿])"
_RATIO_RE = re.compile(rf"{_NUMERAL_BEFORE}({NUM})(?:比|:)({NUM})(?![\d.])")


def _ratios(scan: _Scan) -> Iterator[Quantity]:
    if "比" not in scan.work and ":" not in scan.work:
        return
    for m in _RATIO_RE.finditer(scan.work):
        a, b = _num(m.group(1)), _num(m.group(2))
        if a is None or b is None or scan.work.startswith(("例", "重", "率"), m.end()):
            continue  # 3比例: not a score
        if re.search(r"[万亿]", m.group()):
            continue
        yield scan.q(m.start(), m.end(), a, "count", high=b, unit="ratio")


# Vague amounts: 数十 / 几十 / 好几百 / 数十万 ("dozens", "hundreds of thousands") are a weak
# range of 2..9 times the scale; 十几 / 二十几 / 上百 / 上千 ("more than ten", "over a hundred")
# a weak lower bound. The English "dozens of", "tens of thousands of" read the same.
_VAGUE_AMOUNTS_RE = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千万亿\d])(?:(?:好)?[数几]([十百千万亿]+)"
    rf"|上([百千万亿]+)|((?:{NUM})?[十百千万])几(?![乎])([万亿]*))"  # 十几亿: more than 1 billion
)


def _vague_amounts(scan: _Scan) -> Iterator[Quantity]:
    if "数" not in scan.work and "几" not in scan.work and "上" not in scan.work:
        return
    for m in _VAGUE_AMOUNTS_RE.finditer(scan.work):
        several, reaching, tens, tens_scale = m.groups()
        end = m.end()
        if several:
            scale = parse_zh_number("一" + several)
            if scale is None:
                continue
            value, high, qual = 2 * scale, 9 * scale, "approx"
        else:
            value = parse_zh_number("一" + reaching if reaching else tens)
            if value is None:
                continue
            if tens_scale:
                scale = parse_zh_number("一" + tens_scale)
                value = value * scale if scale is not None else None
                if value is None:
                    continue
            high, qual = None, "at-least" if reaching else "more-than"
        unit = _UNIT_RE.match(scan.work, end)
        if unit and not scan.work.startswith("年代", end):
            end = unit.end()
        yield scan.q(m.start(), end, value, "count", high=high, qualifier=qual,
                     unit=unit.group() if unit else "", weak=True)  # fmt: skip


# A scale written alone with a bound: 百余人, 千多家, 近百名, 逾千, 超百 ("100-odd", "nearly a
# hundred", "more than 1,000"); 百周年 (the centenary); 百年 (a century, weak: 百年大计).
_BARE_SCALE_RE = re.compile(rf"{_NUMERAL_BEFORE}([百千万][万亿]?)([余多])?")
# What a scale alone (百万, 千万) counts when it is a number: a population, households, people
# (百万人马 "a million workers", 百万大军).
_SCALE_COUNTED = ("人口", "户", "戶", "家庭", "人", "大军", "大軍")
_BARE_QUALIFIERS = ("大约", "约", "将近", "接近", "近", "逾", "超过", "超", "不到", "不足", "至少")


def _bare_scales(scan: _Scan) -> Iterator[Quantity]:
    if "百" not in scan.work and "千" not in scan.work and "万" not in scan.work:
        return
    for m in _BARE_SCALE_RE.finditer(scan.work):
        value = parse_zh_number("一" + m.group(1))
        if value is None:
            continue
        before = scan.work[max(0, m.start() - 2) : m.start()]
        rest = scan.work[m.end() :]
        if rest.startswith("周年") and not m.group(2):
            yield scan.q(m.start(), m.end() + 2, value, "ordinal", unit="周年")
            continue
        if not m.group(2) and not before.endswith(_BARE_QUALIFIERS):
            if m.group(1) == "百" and rest.startswith("年") and not rest.startswith("年代"):
                yield scan.q(m.start(), m.end() + 1, value, "count", unit="年", weak=True)
            elif before.endswith("每") and _HAN.match(rest):  # 每万人口 "per 10,000"
                yield scan.q(m.start(), m.end(), value, "count")
            elif len(m.group(1)) == 2 and rest.startswith(_SCALE_COUNTED):
                # 百万人口 "a million people", 千万家庭, 百万人马: weak, never reported alone
                yield scan.q(m.start(), m.end(), value, "count", weak=True)
            continue  # 百姓, 千方百计, 万物
        end = m.end()
        unit = _UNIT_RE.match(scan.work, end)
        if unit:
            end = unit.end()
        qual = "more-than" if m.group(2) else "exact"
        yield scan.q(m.start(), end, value, "count", qualifier=qual,
                     unit=unit.group() if unit else "")  # fmt: skip


# Regnal numbers: 伊丽莎白二世, 亨利八世 ("Elizabeth II", "Henry VIII"). Part of a name, not a
# quantity: weak, so it matches the English numeral ("Elizabeth II") but is never reported alone
# ("Her Majesty" for 伊丽莎白二世女王) nor paired as a mismatch with another number of the bead.
_REGNAL_RE = re.compile(r"(?<=[\u4e00-\u9fff])([一二三四五六七八九十]{1,3})世(?![纪界代])")


def _regnal(scan: _Scan) -> Iterator[Quantity]:
    if "世" not in scan.work:
        return
    for m in _REGNAL_RE.finditer(scan.work):
        if scan.work[m.start() - 1] in "〇零一二两三四五六七八九十百千万亿第":
            continue
        value = _num(m.group(1))
        if value:
            yield scan.q(m.start(), m.end(), value, "ordinal", unit="regnal", weak=True)


# A figure, table or annex numbered in Chinese numerals as a label (圖一, 见表二, 附件三：) and the
# parts of a two-part text (上篇, 下篇: "Part I", "Part II"). Labels, not quantities: weak, so they
# match the English number ("Figure 1") and are never reported alone. The label stands apart:
# not inside a word (表一致 "expresses agreement", 上一篇), though a particle or preposition may
# touch it (以附件一的表一列出 "set out in Annex 1 in Appendix 1", 见表二及表三).
_FIGURE_LABEL_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])"
                              r"|(?<=[见見如参參以在于於按据據的及和与與或]))"
                              r"(?:图|圖|表|附件|附表|附图|附圖)([一二三四五六七八九十]{1,3})"
                              r"(?![^\W\d_的所中内內列及和与與或至])")
_PART_LABEL_RE = re.compile(r"(?<![\u4e00-\u9fff])([上下])篇(?![\u4e00-\u9fff])")


def _labels(scan: _Scan) -> Iterator[Quantity]:
    for m in _FIGURE_LABEL_RE.finditer(scan.work):
        if value := _num(m.group(1)):
            yield scan.q(m.start(1), m.end(), value, "count", weak=True)
    for m in _PART_LABEL_RE.finditer(scan.work):
        value = Decimal(1 if m.group(1) == "上" else 2)
        yield scan.q(m.start(), m.end(), value, "ordinal", weak=True)


# Jubilees named by their metal, as English names them ("the golden jubilee"): 银禧 25, 金禧 50,
# 钻禧 (钻石禧) 60, 白金禧 70 years, the anniversaries ``en._ANNIVERSARIES`` reads.
_JUBILEES = {"银": 25, "銀": 25, "金": 50, "钻": 60, "鑽": 60, "钻石": 60, "鑽石": 60,
             "白金": 70}  # fmt: skip
_JUBILEE_RE = re.compile(r"(白金|钻石|鑽石|[银銀金钻鑽])禧")


# Consecutive days or years counted by naming them (今明两年 "this year and next", 明后两天
# "tomorrow and the day after", 昨今两日, 今明后三天): the count is the number of deictic words
# run together, and an English that enumerates them has no number. Only consecutive members of
# the closed sequences 前昨今明后 (days) and 前去今明后 (years): 今后三年 is "the next three
# years", a count. The count is weak: matched by "two years" when the English has it, never
# reported alone.
_DEICTIC_DAYS, _DEICTIC_YEARS = "前昨今明后", "前去今明后"
_DEICTIC_RE = re.compile(r"(?<![前昨去今明后])([前昨去今明后]{2,3})([两二三])(天|日|年(?!级|代))")


def _deictic_spans(scan: _Scan) -> Iterator[Quantity]:
    for m in _DEICTIC_RE.finditer(scan.work):
        words, count, unit = m.groups()
        sequence = _DEICTIC_YEARS if unit == "年" else _DEICTIC_DAYS
        if words not in sequence or _num(count) != len(words):
            continue
        yield scan.q(m.start(2), m.end(), Decimal(len(words)), "count", unit=unit, weak=True)


# The people a jubilee year names (金禧宝宝 "Golden Jubilee babies", born in the 50th year):
# a label, which an English that gives the year's births may leave out; weak.
_JUBILEE_PEOPLE = re.compile(r"(?:宝宝|寶寶|婴儿|嬰兒|新生儿|新生兒|儿童|兒童|一代)")


def _jubilees(scan: _Scan) -> Iterator[Quantity]:
    if "禧" not in scan.work:
        return
    for m in _JUBILEE_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(_JUBILEES[m.group(1)]), "ordinal", unit="周年",
                     weak=bool(_JUBILEE_PEOPLE.match(scan.work, m.end())))


_PLAN_RE = re.compile(r"十([一二三四五六七八九])五(?:规划|时期|期间)?")
_PLENARY_RE = re.compile(rf"({_CN})中全[会會]")
# The earlier members of a list of plenums that names 全会 once (二中、三中、四中全会).
_PLENARY_LIST_RE = re.compile(rf"({_CN})中(?=(?:、|和|与|與|及)(?:{_CN}中(?:、|和|与|與|及))*"
                              rf"{_CN}中全[会會])")
# 十三届全国人大二次会议: the Second Session of the 13th NPC (a count would say 两次会议).
_SESSION_RE = re.compile(
    rf"(?<=届)(?:全国人大|全国人民代表大会|全国政协|全国委员会|中央委员会|人大常委会|常委会)?"
    rf"(?P<n>{_CN})次(?:全体)?会议"
)


_CONGRESS_RE = re.compile(
    r"(十[一二三四五六七八九]|二十[一二三四五六七八九]?)大(?!学|型|小|量|规模)"
)


# N大 + a noun: 八大行动 "the eight major initiatives", 四大发明, 三大攻坚战. Often said without
# the number in a translation: weak. (十九大 and 二十大 are congresses, read by _plans.)
_MAJORS_RE = re.compile(
    r"(?<![〇零一二两三四五六七八九十百千第\d])([一二三四五六七八九十])大(?=[\u4e00-\u9fff])"
    r"(?!学|型|小|量|规模|会|以来|以后|之后|前|期间|精神|报告|代表|召开|闭幕|开幕|上)"
)


# N连 + a noun: 十九连丰 (19 bumper harvests in a row), 三连冠, 五连胜: a count of a run.
_RUN_RE = re.compile(rf"({_CN})连(?=[丰豐胜勝冠涨漲降跌增升败敗])")


def _runs(scan: _Scan) -> Iterator[Quantity]:
    if "连" not in scan.work:
        return
    for m in _RUN_RE.finditer(scan.work):
        value = _num(m.group(1))
        if value:
            yield scan.q(m.start(), m.end() + 1, value, "count")


def _majors(scan: _Scan) -> Iterator[Quantity]:
    if "大" not in scan.work:
        return
    for m in _MAJORS_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(_DIGITS[m.group(1)] if m.group(1) != "十"
                                                 else 10), "count", weak=True)


# 五年规划, 五年计划, 五年发展规划: the five years of a plan's name ("the 14th Five-Year Plan",
# Zambia's "Seventh National Development Plan"), weak as a number inside a name; 第十四个
# beside it is the plan's ordinal.
_PLAN_NAME_RE = re.compile(r"五年(?=(?:发展|發展|国家|國家|行动|行動|建设|建設|工作)?"
                           r"(?:规划|計劃|计划|規劃))")
# Doublings: 翻一番 (to double), 翻两番 (to quadruple: doubled twice), 增长了一倍 (grew by one
# times over: doubled), as the English says them ("doubled", "quadrupled", "twofold").
_DOUBLING_RE = re.compile(rf"翻了?(近|将近|约)?({NUM})番"
                          rf"|(?:(?<=[增长加高大]了)|(?<=[增长加高大]))一倍")
# 倍增 "to multiply, to double": a doubling as often as a growth by some times, so weak: it meets
# "doubled" but is never reported alone (成倍增长 "grew manyfold" is no doubling).
_MULTIPLIES_RE = re.compile(r"(?<![成数數几幾])倍增")


# Disasters a place names by their date (八八水災 and 88風災: Typhoon Morakot of 8 August 2009,
# 九二一大地震 and 921地震: Taiwan's earthquake of 21 September 1999, 512地震).
_DISASTERS = "风灾|風災|水灾|水災|大?地震|震灾|震災|空难|空難|海啸|海嘯|火灾|火災|恐袭|恐襲"
# Events and days named by their month and day in Chinese digits: 五四运动 (May 4), 九一八事变
# (September 18), 七七事变, 一二·九运动 (December 9), 五卅运动 (May 30), 三八妇女节, 六一儿童节,
# “五四”青年节 (its digits quoted).
# Read as a weak date: it meets "the May Fourth Movement", "the September 18th Incident", but a
# translation may name the event otherwise ("the Marco Polo Bridge Incident").
_EVENT_DATE_RE = re.compile(
    r"(?<![〇一二三四五六七八九十卅\d月年初第周号])([一二三四五六七八九]{1,2})"
    r"([·・•]?)([一二三四五六七八九]{1,2}|卅|廿[一二三四五六七八九]?)"
    rf"(?=[”」』’\"]?(?:运动|事变|事件|惨案|起义|政变|大?罢工|暴动|精神|{_DISASTERS}"
    r"|[^\W\d_]{0,4}节(?!约|省|目|奏|能|气|点)))")  # the name quoted too: “五四”青年节


def _event_month_day(month: str, dot: str, day: str) -> tuple[int, int] | None:
    """The one (month, day) the Chinese digits of an event's name can be, or None."""
    def digits(run: str) -> int:
        if run.startswith(("卅", "廿")):
            return 30 if run == "卅" else 20 + (_DIGITS[run[1]] if len(run) > 1 else 0)
        return int("".join(str(_DIGITS[c]) for c in run))

    whole = month + day
    splits = [(month, day)] if dot else [(whole[:i], whole[i:]) for i in range(1, len(whole))
                                         if whole[i] not in "卅廿" or i == len(month)]
    return _one_month_day((digits(a), digits(b)) for a, b in splits)


def _one_month_day(splits: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    """The one (month, day) among the ways a run of digits splits, or None: none is a date,
    or more than one could be."""
    valid = {(m, d) for m, d in splits if 1 <= m <= 12 and 1 <= d <= 31}
    return valid.pop() if len(valid) == 1 else None


# The same in Arabic digits with a dot between (5‧18国际博物馆日, 3·15国际消费者权益日,
# “9·11”事件): a named day, read as its month and day.
_EVENT_DATE_DIGITS_RE = re.compile(r"(?<![\d.])(\d{1,2})[·・•‧](\d{1,2})(?![\d.])"
                                   r"(?=[”」』’\"]?(?:[^\W\d_]{0,8}[日节]|事件|事变|运动))")


# And in Arabic digits run together (918事變, 911事件, 77事变): a month and a day the digits can
# be only one way (9-18; 91-8 is none).
_EVENT_DATE_RUN_RE = re.compile(r"(?<![\d.·・•‧])(\d{2,4})(?![\d.])"
                                rf"(?=[”」』’\"]?(?:事变|事變|事件|运动|運動|惨案|慘案|起义|起義|{_DISASTERS}))")


def _digit_month_day(run: str) -> tuple[int, int] | None:
    """The one (month, day) a run of digits can be split into (1209: 12-9), or None; a year
    (2020事件) is none, and a day has no leading zero after a month of one digit (1-209)."""
    if len(run) == 4 and run[:2] in ("19", "20"):
        return None
    return _one_month_day((int(run[:i]), int(run[i:])) for i in range(1, len(run))
                          if i == 2 or run[i] != "0")


def _event_dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _EVENT_DATE_RUN_RE.finditer(scan.work):
        if md := _digit_month_day(m.group(1)):
            value, unit = make_date(0, *md)
            yield scan.q(m.start(), m.end(), value, "date", unit=unit, weak=True)
    for m in _EVENT_DATE_RE.finditer(scan.work):
        md = _event_month_day(m.group(1), m.group(2), m.group(3))
        if md:
            value, unit = make_date(0, *md)
            yield scan.q(m.start(), m.end(), value, "date", unit=unit, weak=True)
    for m in _EVENT_DATE_DIGITS_RE.finditer(scan.work):
        month, day = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            value, unit = make_date(0, month, day)
            yield scan.q(m.start(), m.end(), value, "date", unit=unit, weak=True)


def _plans(scan: _Scan) -> Iterator[Quantity]:
    """十四五 (the 14th Five-Year Plan), N中全会, 十九大: ordinals written without 第."""
    for m in _PLAN_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(10 + _DIGITS[m.group(1)]), "ordinal",
                     unit="five-year-plan")  # fmt: skip
    for m in _PLAN_NAME_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(5), "count", unit="年", weak=True)
    for m in _DOUBLING_RE.finditer(scan.work):
        n = _num(m.group(2)) if m.group(2) else Decimal(1)
        qualifier = {"近": "nearly", "将近": "nearly", "约": "approx"}.get(m.group(1) or "",
                                                                        "exact")
        if n and n <= 10:
            yield scan.q(m.start(), m.end(), Decimal(2) ** int(n), "multiple",
                         qualifier=qualifier)
    for m in _MULTIPLIES_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(2), "multiple", weak=True)
    for m in [*_PLENARY_RE.finditer(scan.work), *_PLENARY_LIST_RE.finditer(scan.work)]:
        value = _num(m.group(1))
        if value:
            yield scan.q(m.start(), m.end(), value, "ordinal", unit="plenary")
    for m in _CONGRESS_RE.finditer(scan.work):
        value = _num(m.group(1))
        if value:
            yield scan.q(m.start(), m.end(), value, "ordinal", unit="congress")
    for m in _SESSION_RE.finditer(scan.work):
        value = _num(m.group("n"))
        if value:
            yield scan.q(m.start("n"), m.end("n") + 1, value, "ordinal", unit="session")


# The parts of the day before a clock hour, each character maybe spaced apart as a page that
# spaces every character writes them (午 夜 12 時).
_TOD = "|".join(r"\s?".join(word) for word in (
    "上午", "下午", "晚上", "早上", "凌晨", "中午", "傍晚", "夜间", "午夜", "半夜", "子夜",
    "早", "晚"))
_TOD_SPACE = re.compile(r"\s")
# ... those whose hours count from noon (下午3时, 15:00), and those whose 12 o'clock is
# midnight (午夜12時, 晚上12点: "at midnight", 0:00).
_AFTERNOON_TOD = ("下午", "晚上", "傍晚", "夜间", "晚")
_NIGHT_TOD = ("晚上", "夜间", "午夜", "半夜", "子夜", "凌晨", "晚")
_TIMES_RE = re.compile(rf"(?:({_TOD})\s?)?({NUM})(点|时)(半|({NUM})分|整|正|钟)?")
# A rise or a fall before N点 makes it index points (恒指下跌200点, 分别下跌2.00點及0.49點), not a
# time; a decimal before 点 is never an hour.
_INDEX_MOVE = re.compile(r"(?:[涨跌升降]|回落|下挫|上扬|反弹|回升|收跌|收涨)了?"
                         r"\s*(?:约|近|超过)?\s*$")
# 9:30 is a time; other colon groups (比分3:1, 1108:21:37) are scores, ratios and codes.
_CLOCK_RE = re.compile(
    rf"({_TOD})?(?<![\d:])(\d{{1,2}}):(\d{{2}})(?![\d:])|\d+:\d+(?::\d+)+|(?<![\d:])\d+:\d+(?![\d:])"
)


# The whole of a day as a span of the clock (3月23日0-24时, 0时至24时): statistics reported for
# a day, which a translation gives by the date alone ("March 23 saw …"). Weak: matched when the
# English says the hours, never reported alone.
_WHOLE_DAY_RE = re.compile(r"(?<![\d.:])0(?:时|点)?\s*[-—–~至到]\s*24\s*(?:时|点)(?!\d)")


_CLOCK_SPAN_JOIN = re.compile(rf"\s*(?:{_RANGE_SEP}|[和及与與或、])\s*")


def _range_daypart(work: str, last: tuple[int, str | None], start: int) -> str | None:
    """The part of the day a time without one takes from the time it ends a span of or is
    listed with: 下午 in 下午2时35分至2时40分 governs both ends, as "2:35 to 2:40 pm" says once,
    and 晚上 in 晚上九時正和9時40分 both times ("9 p.m. and 9:40 p.m.")."""
    end, tod = last
    return tod if end >= 0 and _CLOCK_SPAN_JOIN.fullmatch(work, end, start) else None


def _times(scan: _Scan) -> Iterator[Quantity]:
    for m in _WHOLE_DAY_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(0), "time", high=Decimal(24), weak=True)
    scan.blank(_WHOLE_DAY_RE)
    last: tuple[int, str | None] = (-1, None)  # where the last time ended, its part of day
    for m in _CLOCK_RE.finditer(scan.work):
        tod, hour_s, minute_s = m.groups()
        if hour_s and int(hour_s) <= 24 and int(minute_s) < 60:
            tod = tod or _range_daypart(scan.work, last, m.start())
            last = (m.end(), tod)
            hour = _hour_of_day(Decimal(hour_s), tod)
            yield scan.q(m.start(), m.end(), hour + Decimal(minute_s) / 60, "time")
        elif m.group().count(":") > 1:
            scan.mask(m.start(), m.end())  # 1108:21:37, a code; 3:1 is read by _ratios
    for m in _TIMES_RE.finditer(scan.work):
        tod, hour_s, sep, tail, minute_s = m.groups()
        nxt = scan.work[m.end() : m.end() + 1]
        if nxt and (nxt.isdigit() or nxt in _DIGITS or nxt in "十百千万亿多余"):
            continue  # 三点五 is 3.5, 1点5万 a number
        arabic = hour_s[0].isdigit()
        prev = scan.work[max(0, m.start() - 1) : m.start()]
        if sep == "点" and ("." in hour_s or _INDEX_MOVE.search(scan.work, 0, m.start())):
            continue  # 下跌2.00點, 上涨12点: index points, read as a plain number
        if not (tod or tail or arabic or prev in ("日", "号", "天")) or prev == "第":
            continue  # 一点, 三点意见; 第3点 the third point
        hour = _num(hour_s)
        if hour is None or hour > 24 or hour != hour.to_integral_value():
            continue
        minutes = Decimal(30) if tail == "半" else (_num(minute_s) or Decimal(0))
        if minutes >= 60:
            continue
        tod = tod or _range_daypart(scan.work, last, m.start())
        last = (m.end(), tod)
        yield scan.q(m.start(), m.end(), _hour_of_day(hour, tod) + minutes / 60, "time")


def _hour_of_day(hour: Decimal, tod: str | None) -> Decimal:
    """The 24-hour clock's hour of ``hour`` said after the part of the day ``tod``: 下午3时 is
    15:00; 午夜12时 and 晚上12点 are midnight, 0:00."""
    tod = _TOD_SPACE.sub("", tod or "")
    if tod in _NIGHT_TOD and hour == 12:
        return Decimal(0)
    if tod in _AFTERNOON_TOD and hour < 12:
        return hour + 12
    return hour


_MONTHS_QUARTER = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
# The first N quarters or months (前三季度; 首3季, 首兩個月 as Hong Kong and Macao write them),
# the Nth quarter (第三季度, 3季度; 第3季; 首季 the first), a half year (上半年; 首半年).
_PERIODS_RE = re.compile(rf"[前首]({NUM})个?季(?:度|(?![节節]))|(?:第)?({NUM})季度"
                         rf"|第({NUM})季(?![节節度])|([上下])半年|[前首]({NUM})个?月"
                         # the first or second half of a text or a match: 前半部分, 后半场
                         r"|([前后後])半(?=部分|段|场|場|程|叶|葉|期|生)"
                         r"|(首)季(?:度|(?![节節赛賽]))")


# An event whose date 前 counts back from (屆滿前四個月, 到期前三个月, 開學之前兩個月): N months
# before it, not the first N months of a year (今年前四个月, 全省前4个月).
_COUNTED_BACK_FROM = re.compile(r"(?:[届屆期][满滿]|到期|截止|[结結]束|[开開][始学學]|生效|出[发發]"
                                r"|[离離]境|抵[达達]|[举舉]行|之|以|日)\s*$")


def _periods(scan: _Scan) -> Iterator[Quantity]:
    for m in _PERIODS_RE.finditer(scan.work):
        first_n, nth, nth_short, half, first_months, part, first_quarter = m.groups()
        if (first_n or first_months) and _COUNTED_BACK_FROM.search(
                scan.work, max(0, m.start() - 4), m.start()):
            continue
        half = half or ("上" if part == "前" else "下" if part else None)
        nth = nth or nth_short or ("1" if first_quarter else None)
        if first_n:
            n = _num(first_n)
            if n and 1 <= n <= 4:
                yield scan.q(m.start(), m.end(), Decimal(1), "period", high=3 * n, unit="quarter")
        elif nth:
            n = _num(nth)
            if n and int(n) in _MONTHS_QUARTER and n == int(n):
                lo, hi = _MONTHS_QUARTER[int(n)]
                yield scan.q(m.start(), m.end(), Decimal(lo), "period", high=Decimal(hi),
                             unit="quarter")  # fmt: skip
        elif half:
            lo, hi = (1, 6) if half == "上" else (7, 12)
            yield scan.q(m.start(), m.end(), Decimal(lo), "period", high=Decimal(hi), unit="half")
        else:
            n = _num(first_months)
            if n and 1 <= n <= 12 and n == int(n):
                yield scan.q(m.start(), m.end(), Decimal(1), "period", high=n, unit="month")


_MONTH_RANGES_RE = re.compile(rf"({NUM})(?:月份?)?{_RANGE_SEP}({NUM})月份?")


def _month_ranges(scan: _Scan) -> Iterator[Quantity]:
    for m in _MONTH_RANGES_RE.finditer(scan.work):
        if scan.work[max(0, m.start() - 1) : m.start()] == "个":
            continue
        lo, hi = _num(m.group(1)), _num(m.group(2))
        if lo and hi and 1 <= lo < hi <= 12 and lo == int(lo) and hi == int(hi):
            yield scan.q(m.start(), m.end(), lo, "period", high=hi, unit="month")


# The characters a year is spelt with digit by digit (一九四九, 二〇〇九; never 两).
_SPELT_DIGITS = "〇零一二三四五六七八九"
_YEAR = rf"\d{{4}}|[{_SPELT_DIGITS}]{{4}}"


def _year_of(s: str | None) -> int:
    if not s:
        return 0
    v = parse_zh_number(s)
    return int(v) if v is not None and 1000 <= v <= 2199 else 0


# A span of years whose second year keeps only its last two digits: a fiscal or school year
# (二零一九/二零年度, 2019/20年度, 2021/2022学年, as Hong Kong writes "2019-20") or a range
# (二零一五至一八年);
# in Chinese digits also with the slash lost (二零一五一六年度: six digits before 年 are no
# count). Read before fractions, so 2019/20 (and 2006/2007年度) is no fraction; a range of two
# writes 年 once (1997/98至2004/05年度, 二○○六/○七至二○○八/○九年度).
_YEAR_KIND = "(?:财政|財政|学|學)?"  # a financial or a school year
_SHORT_YEAR_SPAN_RE = re.compile(
    rf"(?:({_YEAR})\s*(?:[/／]|{_RANGE_SEP})\s*(\d{{4}}|\d{{2}}|[{_SPELT_DIGITS}]{{4}}|[{_SPELT_DIGITS}]{{2}})"
    rf"|(?<![{_SPELT_DIGITS}])([{_SPELT_DIGITS}]{{4}})([{_SPELT_DIGITS}]{{2}}))"
    rf"(?![\d{_SPELT_DIGITS}])(?:\s*{_YEAR_KIND}年"
    # … or the first of two, the 年 written once after the second (1997/98至2004/05年度)
    rf"|(?=\s*{_RANGE_SEP}\s*(?:\d{{4}}|[{_SPELT_DIGITS}]{{4}})\s*[/／]\s*"
    rf"(?:\d{{2}}|[{_SPELT_DIGITS}]{{2}})(?![\d{_SPELT_DIGITS}])\s*{_YEAR_KIND}年))")


# A fiscal or school year written with nothing after it (1997/98至2004/05期間, 2021/2022,
# a header's (2023-24)): the second year follows the first, which no fraction of a four-digit
# number and no range of counts does.
_FISCAL_YEAR_RE = re.compile(
    r"(?<![\d./\-–])(\d{4})\s*[/／\-–]\s*(\d{4}|\d{2})(?![\d./%\-–])")


def _short_year_spans(scan: _Scan) -> Iterator[Quantity]:
    read: set[int] = set()  # where a span with its 年 starts: read whole below
    for m in _SHORT_YEAR_SPAN_RE.finditer(scan.work):
        read.add(m.start())
        lo, tail = _year_of(m.group(1) or m.group(3)), parse_zh_number(m.group(2) or m.group(4))
        if not lo or tail is None:
            continue
        hi = int(tail) if tail >= 1000 else year_ending(lo, int(tail))  # 2006/2007年度
        if hi - lo <= 10:
            yield scan.q(m.start(), m.end(), Decimal(lo * 10000), "date", unit="y",
                         high=Decimal(hi * 10000))
    for m in _FISCAL_YEAR_RE.finditer(scan.work):
        lo = _year_of(m[1])
        next_year = lo + 1 if len(m[2]) == 4 else (lo + 1) % 100
        if m.start() not in read and lo and int(m[2]) == next_year:
            yield scan.q(m.start(), m.end(), Decimal(lo * 10000), "date", unit="y",
                         high=Decimal((lo + 1) * 10000))


# A date of the Republic of China's calendar, whose year 1 is 1912: after 民國
# (中華民國108年01月28日, 民國一百零七年) or after 建國 with a year past 100 (建國101年慶典,
# a Taiwan page's "the Republic's 101st year": 2012; the People's Republic reaches its
# 100th year in 2049 and no text counts past it yet), or a full date with a year of three
# digits that no other calendar writes so (107年10月12日, the date line of a Taiwan page), or
# of two with month and day in two digits each, as a Taiwan page's date line prints them
# (97年01月31日: 2008; a short year of the 1900s is not written with padded digits).
_ROC_YEAR_OFFSET = 1911
_ROC_DATE_RE = re.compile(
    r"(?:(?:中华民国|中華民國|民国|民國|建[国國](?=\s*(?:10[1-9]|11\d|一百[零一])))"
    r"\s*(\d{1,3}|[〇零一二三四五六七八九十百]{1,6})\s*年"
    r"(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?)?"
    r"|(?<![\d.])(1[01]\d|[4-9]\d(?=\s*年\s*[01]\d\s*月\s*[0-3]\d\s*日))"
    r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])")


def _roc_dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _ROC_DATE_RE.finditer(scan.work):
        y_s, m_s, d_s = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
        year, month, day = _num(y_s), _num(m_s) or 0, _num(d_s) or 0
        if not year or not 1 <= year <= 200 or not 0 <= month <= 12 or not 0 <= day <= 31:
            continue
        value, unit = make_date(int(year) + _ROC_YEAR_OFFSET, int(month), int(day))
        yield scan.q(m.start(), m.end(), value, "date", unit=unit)


_DAY_END = r"(?:[日号]|(?=[和与及、，,至到\-–—~]))"
_DATES_RE = re.compile(
    rf"(?:({_YEAR})年)?({NUM})月份?(?:({NUM}){_DAY_END}(?:{_RANGE_SEP}({NUM})[日号])?)?"
)


def _dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _DATES_RE.finditer(scan.work):
        y_s, m_s, d_s, d2_s = m.groups()
        if scan.work[max(0, m.start() - 1) : m.start()] == "个" or _vague(m_s):
            continue  # 5个月: a count of months; 一两月: a month or two
        year, month = _year_of(y_s), _num(m_s)
        if y_s and not year or month is None or not 1 <= month <= 12 or month != int(month):
            continue
        day = _num(d_s) if d_s else None
        if day is not None and not (1 <= day <= 31 and day == int(day)):
            continue
        value, unit = make_date(year, int(month), int(day or 0))
        high = None
        if d2_s:
            d2 = _num(d2_s)
            if d2 and day and day < d2 <= 31:
                high = make_date(year, int(month), int(d2))[0]
        yield scan.q(m.start(), m.end(), value, "date", unit=unit, high=high)


# A date of the Chinese (lunar) calendar: a month (正月, 腊月 and 冬月 by name) and a day said
# with 初 (初六; 初6日 once the checks' repair has written the day in digits) or in numerals
# without 日 (正月十五, 八月十五). A day without 初 needs two numerals and nothing after it that
# makes it a count (八月十五个); a month alone (正月里) is no date: "Chinese New Year" says it.
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "臘": 12}
_LUNAR_DATES_RE = re.compile(
    r"(?<![\d〇零一二两三四五六七八九十])(正|冬|腊|臘|十[一二]|[一二三四五六七八九十]|1[0-2]|[1-9])月"
    r"(?:初([一二三四五六七八九十]|10|[1-9])(?!\d)日?|(十[一二三四五六七八九]|二十[一二三四五六七八九]?"
    r"|廿[一二三四五六七八九]|三十)(?![〇零一二两三四五六七八九十百千万亿\d日号多余]))")


# The first days of the lunar year by their own name: 年初二 (the second day of the New Year),
# 大年初一; not 年初 alone ("early in the year").
_NEW_YEAR_DAY_RE = re.compile(r"(?:大)?年初([一二三四五六七八九十])"
                              r"(?![〇零一二两三四五六七八九十百千万])")


def _lunar_dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _NEW_YEAR_DAY_RE.finditer(scan.work):
        value, unit = make_date(0, 1, int(_num(m.group(1))))
        yield scan.q(m.start(), m.end(), value, "date", unit=unit)
    if "月" not in scan.work:
        return
    for m in _LUNAR_DATES_RE.finditer(scan.work):
        month = _LUNAR_MONTHS.get(m.group(1)) or _num(m.group(1))
        day = _num(m.group(2) or m.group(3))
        if m.group(3) and _UNIT_RE.match(scan.work, m.end()):
            continue  # 八月十五个: a count after a month
        if not month or not day or not 1 <= month <= 12 or not 1 <= day <= 30:
            continue
        value, unit = make_date(0, int(month), int(day))
        yield scan.q(m.start(), m.end(), value, "date", unit=unit)


# Not after a numeral it would continue (十一日 is read whole), nor after 周/星期/礼拜; a day in
# digits may follow a Chinese numeral, which ends a name then (安倍晋三11日 "Abe, on the 11th").
_DAYS_RE = re.compile(rf"(?:(?<![\d〇零一二两三四五六七八九十周週期拜])({NUM})"
                      rf"|(?<![\d周週期拜])(\d{{1,2}}))日(?![元本])")


# The day a relative word names, in brackets (今(2)日 "today, the 2nd", 昨（15）日): Hong Kong's
# and Macao's releases date themselves so.
_BRACKETED_DAY_RE = re.compile(r"[今昨明前后後]\s*[(（]\s*(\d{1,2})\s*[)）]\s*[日天]")


# A range of days whose month is said elsewhere or not at all (17至18日, 3-5日): one date range.
_DAY_RANGE_RE = re.compile(rf"(?<![\d〇零一二两三四五六七八九十])({NUM})\s*{_RANGE_SEP}\s*({NUM})"
                           r"\s*日")


def _days(scan: _Scan) -> Iterator[Quantity]:
    """The day alone (23日), as news reports write it, or in brackets after 今 (今(2)日), and a
    range of days (17至18日)."""
    for m in _BRACKETED_DAY_RE.finditer(scan.work):
        if 1 <= (day := int(m.group(1))) <= 31:
            value, unit = make_date(0, 0, day)
            yield scan.q(m.start(1), m.end(1), value, "date", unit=unit)
    ranged: list[tuple[int, int]] = []
    for m in _DAY_RANGE_RE.finditer(scan.work):
        lo, hi = _num(m.group(1)), _num(m.group(2))
        if lo and hi and 1 <= lo < hi <= 31 and lo == int(lo) and hi == int(hi):
            ranged.append((m.start(), m.end()))
            value, unit = make_date(0, 0, int(lo))
            yield scan.q(m.start(), m.end(), value, "date", unit=unit,
                         high=make_date(0, 0, int(hi))[0])
    for m in _DAYS_RE.finditer(scan.work):
        numeral = m.group(1) or ""
        if any(a <= m.start() < b for a, b in ranged) or (
                _vague(numeral) and numeral[-1:] not in "十百千万亿"):
            continue  # 两三日: two neighbouring numerals end it, "a few days", not the 3rd
        day = _num(m.group(1) or m.group(2))
        if day and 1 < day <= 31 and day == int(day):
            value, unit = make_date(0, 0, int(day))
            yield scan.q(m.start(), m.end(), value, "date", unit=unit)


_YEARS_RE = re.compile(rf"({_YEAR})(?:年?{_RANGE_SEP}({_YEAR}))?\s?年(?!代)")


# Two years that share one 年 (二○○八及二○○九年, 2008和2009年): the first is a year too.
_YEAR_SHARING_NIAN = re.compile(rf"({_YEAR})(?=\s*(?:及|和|与|與|、|或)\s*(?:{_YEAR})\s?年(?!代))")


# A range that writes 年代 only at its end (1870年至1880年代, 1880年初至1910年代: "from the 1870s
# to the 1880s"): its first round year is a decade too, not the year itself.
_DECADE_RANGE_END = re.compile(rf"[初中末]?\s?{_RANGE_SEP}\s?({_YEAR})\s?年代")


def _years(scan: _Scan) -> Iterator[Quantity]:
    for m in _YEARS_RE.finditer(scan.work):
        lo, hi = _year_of(m.group(1)), _year_of(m.group(2))
        if lo and not m.group(2) and lo % 10 == 0 \
                and (end := _DECADE_RANGE_END.match(scan.work, m.end())) \
                and lo < (last := _year_of(end.group(1))) and last % 10 == 0:
            yield scan.q(m.start(), m.end(), Decimal(lo), "decade")
            continue
        if lo and (hi > lo or not m.group(2)):
            high = Decimal(hi * 10000) if hi else None
            yield scan.q(m.start(), m.end(), Decimal(lo * 10000), "date", unit="y", high=high)
    for m in _YEAR_SHARING_NIAN.finditer(scan.work):
        if year := _year_of(m.group(1)):
            yield scan.q(m.start(), m.end(), Decimal(year * 10000), "date", unit="y")


_DECADES_RE = re.compile(rf"(?:({NUM})世纪)?({NUM})年代|({NUM})世纪")
# Centuries counted, not numbered: 半个世纪 (50 years), 一个多世纪 (more than 100), 两个世纪.
_CENTURIES_RE = re.compile(rf"(半|{NUM})个(多)?世纪|(?<![上下前后])(半)(多)?世纪")
# Spans of years said by literary words: 七十五载 (75 years; not 千载难逢 or 载人), 一个甲子 (a
# sixty-year cycle; 甲子年 is a year's name in that cycle).
_LITERARY_YEARS_RE = re.compile(rf"(?<![\d{_CN_DIGIT}十百千万亿])({NUM})载(?![人货客体具重])"
                                rf"|(?:({NUM})个?)?甲子(?!年)")
_THIS = set("这那每本整半近")
_THIS_ONE = set("新上下本每这那该同")


# Two decades said with one 十年代: 六七十年代, 六、七十年代 (the sixties and seventies).
_TWO_DECADES = re.compile(r"([二三四五六七八])([三四五六七八九])十")
_DECADE_BEFORE = re.compile(r"([二三四五六七八])、?$")


def _decades(scan: _Scan) -> Iterator[Quantity]:
    for m in _CENTURIES_RE.finditer(scan.work):
        n = Decimal("0.5") if (m.group(1) or m.group(3)) == "半" else _num(m.group(1))
        if n:
            yield scan.q(m.start(), m.end(), n * 100, "count", unit="年",
                         qualifier="more-than" if m.group(2) or m.group(4) else "exact")
    for m in _LITERARY_YEARS_RE.finditer(scan.work):
        if m.group(1):
            n = _num(m.group(1))
            if n:
                yield scan.q(m.start(), m.end(), n, "count", unit="年")
        else:
            n = _num(m.group(2)) if m.group(2) else Decimal(1)
            if n:
                yield scan.q(m.start(), m.end(), 60 * n, "count", unit="年")
    for m in _DECADES_RE.finditer(scan.work):
        century, decade, alone = m.groups()
        if alone:
            value = _num(alone)
            if alone == "一" and scan.work[m.start() - 1 : m.start()] in _THIS:
                continue  # 这一世纪工程: "this century's project", not the first century
            if value and value <= 30:
                yield scan.q(m.start(), m.end(), value, "ordinal", unit="century")
            continue
        start = m.start()
        if pair := _TWO_DECADES.fullmatch(decade):  # 六七十年代: the sixties and seventies
            decade, start = pair[2] + "十", m.start(2) + 1
        d = _num(decade)
        if d is None or d % 10 or d >= 100 and d < 1000:
            continue
        c = _num(century) if century else None
        value = (c - 1) * 100 + d if c and d < 100 else d
        before = scan.work[max(0, m.start() - 2):m.start()] if not century else ""
        first = pair[1] if pair else (b[1] if (b := _DECADE_BEFORE.search(before)) else "")
        if first and _num(first) == d // 10 - 1:
            at = m.start(2) if pair else m.start() - len(b[0])
            yield scan.q(at, at + 1, value - 10, "decade")  # 六、七十年代: the sixties too
        yield scan.q(start, m.end(), value, "decade")


# A weekday (周六, 星期日), or two written with one 周 (周六日, 周六、日: Saturday and Sunday).
_WEEKDAYS_RE = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])"
                          r"(?:、?([日天])(?![本元报報期程前后後常子内內益均夜渐漸]))?(?![次个天年届])")


def _weekdays(scan: _Scan) -> Iterator[Quantity]:
    for m in _WEEKDAYS_RE.finditer(scan.work):
        c = m.group(1)
        end = m.end(1)
        yield scan.q(m.start(), end, Decimal(7 if c in "日天" else _DIGITS[c]), "weekday")
        if m.group(2) and c not in "日天":
            yield scan.q(m.start(2), m.end(2), Decimal(7), "weekday")


_ORDINALS_RE = re.compile(rf"第({NUM})|({NUM}) ?(届|周年)")  # 75 周年: a layout's space
_ENUMERATOR_RE = re.compile(r"(?:^|(?<=[，。；：！？、\s\0]))([一二三四五六七八九十])是|([一二])战")


def _enumerators(scan: _Scan) -> Iterator[Quantity]:
    """一是…二是…三是: "First, ... second, ..." (or nothing at all) in a translation; 二战,
    "World War II" or "the Second World War"."""
    for m in _ENUMERATOR_RE.finditer(scan.work):
        digit = m.group(1) or m.group(2)
        value = Decimal(10 if digit == "十" else _DIGITS[digit])
        yield scan.q(m.start(), m.end(1) if m.group(1) else m.end(), value, "ordinal", weak=True)


def _ordinals(scan: _Scan) -> Iterator[Quantity]:
    for m in _ORDINALS_RE.finditer(scan.work):
        value = _num(m.group(1) or m.group(2))
        if value is None or value == 0:
            continue
        if m.group(2) == "一" and scan.work[m.start() - 1 : m.start()] in _THIS_ONE:
            continue  # 新一届政府 "the new government", 上一届: no number
        end = m.end()
        if m.group(1):
            unit = _UNIT_RE.match(scan.work, end)
            if unit and unit.group() not in ("年", "日", "号"):
                end = unit.end()
        # 第一，"First,"; 第二天 "the next day"; but an event's number is kept: 第一届, 第一次全会
        weak = value in (1, 2) and not m.group(2) and not scan.work.startswith("届", end - 1) \
            and not _NUMBERED_EVENT.match(scan.work, end)
        if m.group(1) and _SUBDIVISION.match(scan.work, m.end()) \
                and _CITED_PART_BEFORE.search(scan.work, max(0, m.start() - 16), m.start()):
            weak = True  # 第二十二條第四款: English writes "Article 22(4)", its (4) a label
        yield scan.q(m.start(), end, value, "ordinal", unit=m.group(3) or "", weak=weak)


# A subdivision of a cited article or section (第二十二條第四款, 第3条第1项, 第五章第二節):
# English cites it glued to its article's number, "Article 22(4)", and the bracketed number is a
# label there (``en._LABELS``), so the Chinese one is weak: matched by "paragraph 4" when the
# English writes one, never reported missing alone.
_SUBDIVISION = re.compile(r"\s*(?:款|項|项|段|目|節|节)")
_CITED_PART_BEFORE = re.compile(rf"第\s*(?:{NUM})\s*(?:條|条|章|款|項|项)\s*$")
# What a numbered event is called: 第一次全体会议 "the First Plenary Session", 第二次峰会.
_NUMBERED_EVENT = re.compile(r"全体会议|全会|会议|大会|代表大会|峰会|博览会|论坛|会晤|会谈")


_GENERAL_RE = re.compile(rf"(人民币|RMB)?({NUM})([多余])?(?:{_RANGE_SEP}({NUM}))?")
# Two neighbouring numerals are an estimate: 一两天, 五六岁, 十七八个, 三四十万, 三五年.
_VAGUE_RE = re.compile(r"(.*?)([一两二三四五六七八])([两二三四五六七八九])([十百千万亿]*)")
_NOT_PERCENT = re.compile(r"成(?:[为了立员本果就长功绩交型效熟年人品都套分千百不新])")


def _general(scan: _Scan) -> Iterator[Quantity]:
    for m in _GENERAL_RE.finditer(scan.work):
        prefix_cur, num_s, more, high_s = m.groups()
        prev = scan.work[max(0, m.start() - 2) : m.start()]
        if prev[-1:].isdigit() or prev[-1:] == "." or prev[-1:] == "," and prev[:1].isdigit():
            continue  # inside a number; a comma after a word (意愿,30多个) separates clauses
        end = m.end(2)
        tael = len(num_s) > 1 and num_s[-1] == "两" and num_s[-2] in "十百千万亿"
        if tael:  # 五十两: fifty taels, not 52
            num_s, end = num_s[:-1], end - 1
        if not scan.work[: m.start()].strip() and re.match(r"[.、)）]\D", scan.work[end:]):
            continue  # "6." or "一、" opening a line numbers a heading or a list item
        value = _num(num_s)
        if value is None:
            continue
        qualifier, weak = "exact", False
        high = _num(high_s) if high_s and not tael else None
        if vague := _vague(num_s):
            value, high = vague
            qualifier, weak = "approx", True
        elif more or "多" in num_s or "余" in num_s:
            qualifier = "more-than"
        if high is not None and high_s and not re.search(r"[万亿]", num_s):
            scale = re.search(r"[万亿]+$", high_s)
            if scale:  # 3至5万: the scale belongs to both ends
                value *= parse_zh_number("1" + scale.group())
        if high is not None and high <= value:
            high = None
        if high is not None and not vague:
            end = m.end()
        elif more and not tael:
            end = m.end(3)
        arabic = any(c.isdigit() for c in num_s)
        if scan.work.startswith("个半", end):  # 一个半小时: 1.5 hours
            value, end = value + Decimal("0.5"), end + 2
        if tael:
            kind, unit, end, bound = "count", "两", end + 1, None
        else:
            kind, unit, end, bound = _measure(scan, end, value, arabic, prefix_cur)
        if kind == "count" and unit and scan.work.startswith("半", end):  # 两年半: 2.5 years
            value, end = value + Decimal("0.5"), end + 1
        if kind is None and _NAMED_YEAR.fullmatch(num_s) and _HAN.match(scan.work, end):
            kind, unit, value = "date", "y", value * 10000  # 2011中国发展论坛, 2030议程
            high = high * 10000 if high is not None else None  # 2019-2020学年: both ends years
        if kind is None:
            if not (arabic or re.search(r"[万亿]", num_s) or qualifier != "exact"):
                continue  # a bare Chinese numeral: part of a word, not a quantity
            kind = "count"
        if kind == "basis points":
            kind, value, high = "points", value / 100, high / 100 if high is not None else None
        if kind == "percent" and unit == "成":
            value, high, unit = value * 10, high * 10 if high is not None else None, ""
        if bound and qualifier == "exact":
            qualifier = bound
        if not arabic and value == 1 and num_s in ("一", "壹"):
            weak = not _duration(scan.work, m.start(), end, unit)
        if unit in _WEAK_UNITS or num_s in ("两", "二") and unit in _WEAK_PAIR_UNITS:
            weak = kind == "count" or weak
        if num_s == "二" and unit == "次" and _HAN.match(scan.work, end) and \
                prev[-1:] not in ("第", "十"):
            kind, unit, weak = "ordinal", "", True  # 二次收入 "secondary income", 二次大战
        if num_s in ("两", "兩") and unit in ("天", "年", "日") and \
                scan.work[m.start() - 1:m.start()] in ("这", "這", "那"):
            weak = True  # 这两天, 这两年: "in recent days / years", an idiom more than a count
        if unit == "级" and not arabic and value <= 3 and _HAN.match(scan.work, end) and \
                not scan.work.startswith(("以", "及", "或", "和"), end):
            weak = True  # 三级污水处理 "tertiary treatment", 二级文物: a rank said by a word
        if kind == "count" and _NAMED_COUNT.match(scan.work, end):
            weak = True  # 八个字 (a motto's characters), 48家集团俱乐部 (the 48 Group Club), 2位數
            # (a count of digits: "in the double digits")
        yield scan.q(m.start(), end, value, kind, unit=unit, qualifier=qualifier, high=high,
                     weak=weak)  # fmt: skip


def _duration(work: str, start: int, end: int, unit: str) -> bool:
    """一年 or 一个月 after a verb (学习一年, 住了一个月): a duration a translation states ("for
    a year"), not the loose 一 of 这一年, 新的一年, 一年来, 有一天."""
    before, after = work[start - 1 : start], work[end : end + 1]
    return unit in ("年", "个月") and bool(_HAN.match(before)) and \
        before not in _NOT_AFTER_VERB and after not in _LOOSE_AFTER and \
        not work.endswith(_YEAR_EPITHETS, 0, start)


# Adjectives that make 一年 "a … year" with no 的 between (重要一年 "an important year",
# 关键一年 "a crucial year"): an epithet of the year, no length of time.
_YEAR_EPITHETS = ("重要", "关键", "關鍵", "攻坚", "攻堅", "决胜", "決勝", "难忘", "難忘", "特殊",
                  "丰收", "豐收", "平凡", "非凡", "艰难", "艱難", "困难", "困難")
_NOT_AFTER_VERB = set("的这這那每新上下前后後近去今明来來全整同过過第有一")
_LOOSE_AFTER = set("来來多间間半到之度内內里裡")
# After a count: the characters of a Chinese phrase (八个字, a count a translation of the phrase
# has no use for), the name of a group (48家集团俱乐部, 七十七国集团) or a count of digits
# (2位數 "in the double digits").
_NAMED_COUNT = re.compile(r"字(?!母)|集团|集團|俱乐部|俱樂部|(?<=位)[数數]")
_NAMED_YEAR = re.compile(r"(?:19|20)\d\d")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 两人 "the two of them", 两国 "both countries", 王二根本: often no number in a translation.
_WEAK_PAIR_UNITS = {"", "个", "人", "岸", "国", "方", "地", "头", "根", "位"}


def _vague(num_s: str) -> tuple[Decimal, Decimal] | None:
    m = _VAGUE_RE.fullmatch(num_s)
    if not m or m.group(1) not in ("", "十") and not m.group(1).endswith(("十", "百", "千")):
        return None
    lo = parse_zh_number(m.group(1) + m.group(2) + m.group(4))
    hi = parse_zh_number(m.group(1) + m.group(3) + m.group(4))
    d1, d2 = _DIGITS[m.group(2)], _DIGITS[m.group(3)]
    if lo is None or hi is None or not (d2 == d1 + 1 or (d1, d2) == (3, 5)):
        return None
    return lo, hi


_BASIS_POINTS = re.compile(r"[个個]?基[点點]")


def _measure(
    scan: _Scan, end: int, value: Decimal, arabic: bool, prefix_cur: str | None
) -> tuple[str | None, str, int, str | None]:
    """What follows a number: (kind or None when nothing says, unit, new end, bound from a
    多/余 after the measure word)."""
    rest = scan.work[end:]
    if rest.startswith("%"):
        return "percent", "", end + 1, None
    if rest.startswith(("个百分点", "个百分點", "個百分點", "個百分点", "百分点", "百分點")):
        return "points", "", end + (4 if rest[0] in "个個" else 3), None
    if basis := _BASIS_POINTS.match(rest):  # 50个基点: 50 basis points, 0.5 percentage points
        return "basis points", "", end + basis.end(), None
    if rest.startswith("成") and value <= 10 and not _NOT_PERCENT.match(rest):
        return "percent", "成", end + 1, None
    if rest.startswith("倍"):
        return "multiple", "", end + 1, None
    cur = next(((w, c) for w, c in _CURRENCIES if rest.startswith(w)), None)
    if prefix_cur or cur:
        return "money", cur[1] if cur else "CNY", end + (len(cur[0]) if cur else 0), None
    pad = len(rest) - len(rest.lstrip(" ")) if arabic else 0
    um = _UNIT_RE.match(rest, pad)
    if not um:
        return None, "", end, None
    word = um.group()
    end += pad + len(word)
    bound = None
    # 一年多, 两个多月: more than; not 一年多次 "multiple entries a year" (多次 is "many times")
    if scan.work[end : end + 1] in ("多", "余") and not (
            word in ("年", "月", "周", "天", "日") and scan.work.startswith("多次", end)):
        bound, end = "more-than", end + (0 if word == "个" else 1)
    kind = "count"
    return kind, word, end, bound
