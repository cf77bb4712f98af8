"""How certain the reading of a quantity is: whether the number carries its own meaning.

A number the engine reads with what makes it a quantity attached (a measure word or unit, a
scale 万/亿 or "million", a currency, a percent sign, date morphology 年/月/日 or a month's name
with plausible values, a clock time, an ordinal marker 第/"-th", a qualifier 多/余/"more than",
a counted noun after an English numeral) is a *certain* reading: if the translation lacks it,
the translation lacks a quantity.

A *fragile* reading is a number the engine reads without such evidence, or in a position where
numbers name rather than count. On real pages these are what fools a number check: a
question or list number alone on its line, a format label "(10+1)" whose plus the page lost, a
digit run whose 年/月/日 the page dropped (1023日, 2022217), a number inside a title 《…》 or a
short quoted term “八大行动”, the number of an agenda item ("Item 122"). A fragile reading is
still reported, but as a doubt, not as a certainty.

``doubt_zh`` and ``doubt_en`` say why a reading is fragile ("" when it is certain), in words a
reviewer reads in the finding. An engine: the checks decide what a doubt is worth.
"""

from __future__ import annotations

import re

from align.numbers.quantity import Quantity, date_parts
from align.scripts import HAN

# Every kind but a count is read only with its mark (%, 个百分点, 分之, 倍 / "times", a
# currency, 年/月/日 or a month, a clock, 第 / "-th", 季度), and so is a count with a unit: a
# doubt of meaning falls on a count of bare digits alone.
_SCALE_ZH = re.compile(r"[万萬亿億千百十]")
_SCALE_EN = re.compile(r"\b(?:hundred|thousand|million|billion|trillion|dozens?)\b", re.I)
_ROMAN = re.compile(r"[IVXLC]+")
# Brackets that hold only numbers and what joins them ("(10 1)", "（10+3）", "(2+7)"): a format
# label; a page that percent-decoded its text turns the plus into a space.
_NUMBER_LABEL = re.compile(r"[（(]\s*\d+(?:\s*[+＋\s、,，/]\s*\d+)+\s*[)）]"
                           r"|[【\[［]\s*\d{1,3}\s*[】\]］]")  # a note or item mark: 【1】, [3]
# How long a quoted stretch may be and still be a quoted term or name (“八大行动”, “十四五”)
# rather than quoted speech, whose numbers are ordinary quantities.
QUOTED_TERM_CHARS = 12
# A list number's mark inside a sentence: "2. Integrated Development" or "2.扩大民主" where the
# segmenter joined a list of headings (a sentence that ended at "2." would have been cut there).
_LIST_MARK = re.compile(rf"[.．、](?!\d)[ \t]*(?:[A-Z]|[{HAN}])")
# A question number: 问题2：, 问2：, 第2问：, Question 2:, Q2: (which the English engine would
# read as the second quarter).
_QUESTION_BEFORE = re.compile(r"(?:问题|問題|问|問|Question|QUESTION)\s*$")
_QUESTION_MARK_AFTER = re.compile(r"\s*(?:问)?\s*[:：]")
_QUARTER_LABEL = re.compile(r"Q[1-4]")
# ... and a question number that opens its line, closed by a full stop or a bracket or alone
# there ("Q1. What …", "Question 3) …", "Q2" on a line of its own): a quarter ("Q1 2024",
# "in Q3.") never opens a line with a full stop after it.
_LABEL_CLOSE_AFTER = re.compile(r"(?:[^\S\n]*[.．)）](?!\d)|[^\S\n]*(?:\n|$))")
_TITLE_ZH = ("《", "》")
_QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))
# English: a capitalised word that designates by number (Item 122, Article 5, Resolution 2231,
# No. 3): the number names the thing, it counts nothing.
_DESIGNATOR_EN = re.compile(r"(?:\b[A-Z][a-z]+\.?|\bNo\.|\bno\.)\s*$")
# A contact line's digits: a telephone or fax number in international form (+86 731 82217393,
# +852 2835 1234), or any number after a contact label on its line (Postal Code: 610021; Tel:
# 84356776; Add: 12 North Road, Changsha, 410011): a line's or a place's code, counting nothing.
_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){0,3}[ .-]?\d{3,8}(?![\d.])")
_CONTACT_LABEL_EN = re.compile(
    r"\b(?:Add|Address|Tel|Telephone|Phone|Fax|Facsimile|Hotline|Postal\s+Code|Post\s*[Cc]ode|"
    r"Zip(?:\s+[Cc]ode)?|ZIP|P\.?\s?O\.?\s+Box)\.?\s*[:：]?(?=\s*[\d(+])")
# A sentence ends between a contact label and a number after it.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z][a-z]")
# A word after an English number that can be what it counts: any lower-case word but the closed
# class of function words ("Item 122 on reform", "in 2020 and", "3200 at the close").
_FUNCTION_WORDS_EN = ("a|an|the|and|or|but|nor|of|on|in|at|to|for|by|with|from|into|as|than|"
                      "is|was|are|were|be|been|has|have|had|will|would|that|which|who|this|it")
_COUNTED_NOUN_EN = re.compile(
    rf"^[\s-]*(?:(?!(?:{_FUNCTION_WORDS_EN})\b)[a-z][a-z'’-]*|%|per\b)")
# ... in any case for a bare number ("1,600 SMEs", "20 Member States").
_COUNTED_WORD_EN = re.compile(
    rf"^[\s-]*(?:(?i:(?!(?:{_FUNCTION_WORDS_EN})\b))[A-Za-z][A-Za-z'’-]*|%|per\b)")
# A unit written after the digits in Latin letters or a sign (600Mbit/s, 30°C, 3‰; in Chinese
# also after a space, 5 km): the Chinese extractor keeps only Han measure words as units.
_LATIN_UNIT = re.compile(r"^(?:[A-Za-z]|[%‰°℃μ])")
# A decimal point with no digits between it and a scale word ("769. billion yuan"): a page that
# lost the digits after the point (769.4 billion); a full stop ends no sentence before a
# lower-case "billion".
_LOST_DECIMALS = re.compile(r"\.[ \t]+(?:hundred|thousand|million|billion|trillion)\b")
LOST_DECIMALS = ("followed by a decimal point with no digits before its scale word (the page "
                 "lost them)")
# A run of Chinese digits with no 十/百/千 before 年 (二九年, 二一一年, 九八年): no Chinese
# cardinal is written so (29 years is 二十九年), only a year digit by digit, here one whose 〇
# the page lost (二〇〇九 printed 二九) or whose century is left out (九八年, 1998).
DIGIT_RUN_YEAR = re.compile(r"([一二三四五六七八九〇零]{2,3})年")
YEAR_DIGITS = ("a run of Chinese digits with no 十/百/千 before 年, which no count is written "
               "as: a year digit by digit whose 〇 the page lost (二九年 for 二〇〇九年) or whose "
               "century is left out (九八年)")
_LATIN_UNIT_ZH = re.compile(r"^ ?(?:[A-Za-z]|[%‰°℃μ])")
# A clock time alone in square brackets ([10:07], 【09:30:15】), a machine's date and time
# wherever it stands ((2010-03-09 15:05:47), 2008-10-07 04:32 |, "2021-03-03 09:04 来源：…",
# 11/06/2015 15:35), or a date or time after the site's posting label: a live transcript's time
# mark before a turn or the site's own posting stamp, page furniture and no time the text speaks
# of (prose writes neither a date in digits before a clock time nor a label before it).
_TIMESTAMP = re.compile(r"[\[【［]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\]】］]"
                        r"|(?<!\d)\d{4}-\d{1,2}-\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
                        # … or day, month and year with slashes or dots (11/06/2015 15:35)
                        r"|(?<![\d/.])\d{1,2}[/.]\d{1,2}[/.]\d{4}[ \t\u3000]+"
                        r"\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
                        # the site's posting label before a date in digits ("Updated:2023-09-26",
                        # 发布时间：2023-09-26): when the page went up, not what the text says
                        r"|(?:(?i:updated|published|posted|released|release\s+date)\s*:?"
                        r"|(?:更新|发布|發布|发表|發表)(?:时间|時間|日期)\s*[:：])"
                        r"\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)"
                        r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?"  # and its time
                        # … or in words after the English label ("Updated: Feb 3, 2020")
                        r"|(?i:updated|published|posted|release\s+date)\s*:\s*"
                        r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?"
                        r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)"
                        r"\s+\d{4}(?!\d)"
                        # a release's issue time ("Issued at HKT 19:40", 香港時間19時40分發出)
                        r"|\b[Ii]ssued\s+at\s+(?:HKT\s+)?\d{1,2}:\d{2}\b"
                        # on a line of its own at the release's end
                        r"|(?m:^[ \t\u3000]*(?:香港|澳门|澳門)(?:时间|時間)"
                        r"\s*\d{1,2}\s*[时時]\s*\d{1,2}\s*分(?:发出|發出)?[ \t\u3000]*$)")
# A footnote mark after the text it annotates: (注7), (註3), [12], 【5】, "(Note 1)" (at
# the start of a line, 【1】 marks an item instead; after a bullet, • [2], a note's entry in
# the list of notes), or a note number the page
# printed straight after a sentence's closing mark ("… jobs in Africa.14 It is …", where the
# superscript lost its formatting), which the segmenter leaves at the start of the next
# sentence ("14 It is …": no count stands before a pronoun or an article). Each edition numbers
# its notes its own way.
_FOOTNOTE = re.compile(r"(?<=\S)(?:[（(]\s*[注註]\s*\d{1,3}\s*[)）]"
                       r"|[\[［【]\s*(?:[注註]\s*)?\d{1,3}\s*[\]］】])"
                       r"|[（(\[]\s*(?:[Nn]otes?|[Nn]\.)\s*\d{1,3}\s*[)）\]]"
                       r"|(?:(?<=[•·‧*])|(?<=[•·‧*][ \t]))[\[［【]\s*\d{1,3}\s*[\]］】]"  # • [2]
                       r"|^\d{1,3}(?=[ \t]+(?:It|The|This|These|That|Those|There|In|On|At|As|By"
                       r"|For|With|From|We|They|He|She|According|However|Since|A|An)\b)")
FOOTNOTE = "a footnote mark, numbered by each edition its own way"
# A printed report's running head or foot, on a line of its own: the report's name with its
# year or the page number, in either order (年報 37, "2006-07 ANNUAL REPORT", "Annual Report
# 37"; a line without the report's name, 36 香港民航處, is none). Each edition sets its pages.
_REPORT_YEAR = r"(?:19|20)\d{2}(?:[ \t]*[-–/][ \t]*\d{2,4})?"
_RUNNING_HEAD = re.compile(rf"^[ \t]*(?:\d{{1,3}}[ \t]+)?(?:{_REPORT_YEAR}[ \t]*)?"
                           r"(?:年報|年报|年度報告|年度报告|[Aa]nnual [Rr]eport|ANNUAL REPORT)"
                           rf"(?:[ \t]+(?:{_REPORT_YEAR}|\d{{1,3}}))?[ \t]*$")
RUNNING_HEAD = "in a running head or foot of the printed page (the report's name, year or page)"
# A news agency's or paper's dateline (新华社北京5月15日电, 香港新聞網5月15日電), wherever the
# reprint ran it into the text: the day the agency filed, not a day the text states.
_WIRE_DATELINE_ZH = re.compile(r"(?:社|网|網|台|报|報)[\u4e00-\u9fff]{0,6}?(?:\d{4}年)?"
                               r"\d{1,2}月\d{1,2}日(?:电|電|讯|訊)")
WIRE_DATELINE = "in a news agency's dateline (the day it filed, which a reprint adds)"
TIMESTAMP = ("a time mark of the page (a transcript's or the site's own), not a time the text "
             "states")


def _line_of(text: str, start: int, end: int) -> tuple[str, int]:
    """The line of ``text`` holding ``start:end`` and where it starts."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first: len(text) if last < 0 else last], first


_LABEL_MARKS = " \t\u3000.．、:：)）(（"


def _alone_on_line(q: Quantity, text: str, printed: str = "") -> bool:
    """Whether ``q`` is all there is on its line of ``text``, or on a line of ``printed`` (the
    sentence as the page printed it, before hard-wrapped lines were joined)."""
    line, _ = _line_of(text, q.start, q.end)
    surface = q.surface.strip()
    return line.strip(_LABEL_MARKS) == surface or (
        "\n" in printed and any(p.strip(_LABEL_MARKS) == surface for p in printed.splitlines()))


def _opens_line(q: Quantity, text: str) -> bool:
    """Whether only a question word (Question, 问) stands before ``q`` on its line."""
    line, first = _line_of(text, q.start, q.end)
    return not _QUESTION_BEFORE.sub("", line[: q.start - first]).strip()


def _inside(text: str, start: int, end: int, pair: tuple[str, str], limit: int | None) -> bool:
    """Whether ``start:end`` lies between an opening and a closing mark of ``pair`` (at most
    ``limit`` characters apart, when given) on its line."""
    opening, closing = pair
    line, first = _line_of(text, start, end)
    s, e = start - first, end - first
    o = line.rfind(opening, 0, s)
    if o < 0 or closing in line[o + 1: s]:
        return False
    c = line.find(closing, e)
    if c < 0 or opening in line[e:c]:
        return False
    return limit is None or c - o - 1 <= limit


_BARE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:\s*[-–—~至到]\s*\d[\d,]*(?:\.\d+)?)?")


def _bare_digits(q: Quantity) -> bool:
    """A count of digits alone (600, 8.8, a range 10.25-26) with no unit or qualifier."""
    return (q.kind == "count" and not q.unit and q.qualifier == "exact"
            and bool(_BARE.fullmatch(q.surface.strip())))


def _contact_label(q: Quantity, text: str) -> str:
    """The contact label before ``q`` on its line ("Tel", "Postal Code"), "+" when ``q`` is part
    of a telephone number in international form, or "" (see ``_PHONE``)."""
    if any(m.start() <= q.start and q.end <= m.end()
           for m in _PHONE.finditer(text, max(0, q.start - 24), min(len(text), q.end + 24))):
        return "+"
    labels = [m for m in _CONTACT_LABEL_EN.finditer(text, max(0, q.start - 90), q.end)
              if m.start() < q.start]
    if not labels or _SENTENCE_BREAK.search(text, labels[-1].end(), q.start):
        return ""
    return labels[-1].group().strip().rstrip(":：").strip()


def _impossible_date(q: Quantity) -> bool:
    if q.kind != "date":
        return False
    for value in (q.value, q.high):
        if value is None:
            continue
        _, month, day = date_parts(value)
        if "m" in q.unit and not 1 <= month <= 12 or "d" in q.unit and not 1 <= day <= 31:
            return True
    return False


def _digits_before_date_mark(q: Quantity) -> bool:
    """A count of days or months written like a date whose digits cannot be one (1023日,
    201896日, 92日): the page ran a month and day, or a whole date, into one digit run."""
    digits = q.surface.strip().rstrip("日号號月")
    limit = 12 if q.surface.strip().endswith("月") else 31
    return (q.kind == "count" and q.unit in ("日", "号", "號", "月") and digits.isascii()
            and digits.isdigit() and int(digits) > limit)


def _position_doubt(q: Quantity, text: str, printed: str) -> str:
    """Doubts of place, shared by both languages: where numbers label or name."""
    if q.kind in ("time", "date") and any(
            m.start() <= q.start and q.end <= m.end()
            for m in _TIMESTAMP.finditer(text, max(0, q.start - 18), q.end + 12)):
        return TIMESTAMP
    if any(m.start() <= q.start and q.end <= m.end()
           for m in _FOOTNOTE.finditer(text, max(0, q.start - 10), q.end + 4)):
        return FOOTNOTE
    if q.kind == "date" and any(m.start() <= q.start and q.end <= m.end()
                                for m in _WIRE_DATELINE_ZH.finditer(text, max(0, q.start - 20),
                                                                    q.end + 2)):
        return WIRE_DATELINE
    line_start = text.rfind("\n", 0, q.start) + 1
    line_end = text.find("\n", q.end)
    if _RUNNING_HEAD.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
        return RUNNING_HEAD
    label = _bare_digits(q) or _ROMAN.fullmatch(q.surface.strip())
    if label and _alone_on_line(q, text, printed):
        return "alone on its line (a question or list number)"
    if (label or _QUARTER_LABEL.fullmatch(q.surface.strip())) and _opens_line(q, text) and (
            _LABEL_CLOSE_AFTER.match(text, q.end)) and (
            _QUARTER_LABEL.fullmatch(q.surface.strip())
            or _QUESTION_BEFORE.search(text, max(0, q.start - 10), q.start)):
        return "a question number (Q1., Question 3.)"
    if label and len(q.surface.strip()) <= 3 and _LIST_MARK.match(text, q.end):
        return "a list number before a heading (2. Integrated …, 2.扩大…)"
    if _QUESTION_MARK_AFTER.match(text, q.end) and (
            label and _QUESTION_BEFORE.search(text, max(0, q.start - 10), q.start)
            or _QUARTER_LABEL.fullmatch(q.surface.strip())):
        return "a question number (问题2：, Q2:)"
    for m in _NUMBER_LABEL.finditer(text, max(0, q.start - 12), min(len(text), q.end + 12)):
        if m.start() <= q.start and q.end <= m.end():
            return f"inside a bracketed label of numbers {m.group(0)!r}"
    return ""


# A Chinese table row printed as one line of digit groups with nothing between the cells but
# spaces (1 48876 1 564 for the cells 1 488 / 76 / 1 564; 總數1 491 701 561): where one cell ends
# and the next begins cannot be told, so no number of it is read with confidence.
TABLE_ROW = "read from a table row whose cells the page ran together"
_CELL = r"(?:[-—–]?\d[\d,.]*|[-—–]+)"
_RUN_TOGETHER_ROW = re.compile(rf"[ \t]*[\u4e00-\u9fff]{{0,4}}[ \t]*{_CELL}"
                               rf"(?:[ \t]+{_CELL}){{2,}}[ \t]*")


def run_together_rows(text: str) -> list[str]:
    """The digits of each run-together table row of ``text`` (``TABLE_ROW``), spaces taken out:
    a number of the other language's table that is a cell of one is among them."""
    return ["".join(c for c in m.group() if c.isdigit())
            for m in re.finditer(r"[^\n]+", text) if _RUN_TOGETHER_ROW.fullmatch(m.group())]


def _in_run_together_row(q: Quantity, text: str, printed: str) -> bool:
    """Whether ``q`` is read from a line of ``text`` that is a table row of three or more digit
    groups (or dashes) apart only by spaces, with at most a short label (``TABLE_ROW``), or
    from such a line as the page printed it (the segmenter may join a table's lines)."""
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    if _RUN_TOGETHER_ROW.fullmatch(text, start, len(text) if end < 0 else end):
        return True
    surface = q.surface.strip()
    return bool(surface) and any(surface in line and _RUN_TOGETHER_ROW.fullmatch(line)
                                 for line in printed.split("\n"))


# How a fragile reading of a digit run with nothing after it that says what it counts begins
# (``doubt_zh``, ``doubt_en``).
BARE_RUN = "read from a bare digit run"
# How the fragile reading of a contact line's digits begins (``_contact_label``).
CONTACT_CODE = "a code in a contact line"


def year_digits(q: Quantity) -> str:
    """The digits of a Chinese count of years written as a bare run of digit characters
    (二九年 -> "29"), "" for any other quantity (see ``DIGIT_RUN_YEAR``)."""
    m = DIGIT_RUN_YEAR.fullmatch(q.surface.strip())
    if not m or q.kind != "count" or q.unit != "年" or q.qualifier != "exact" or q.high:
        return ""
    return "".join(str("〇零一二三四五六七八九".index(c) - 1 if c not in "〇零" else 0)
                   for c in m[1])


def doubt_zh(q: Quantity, text: str, printed: str = "") -> str:
    """Why the reading of the Chinese quantity ``q``, read from ``text``, is fragile; "" when
    the number carries its own meaning. ``printed``: the sentence as its page printed it,
    line breaks and all, when it may differ from ``text``."""
    if why := _position_doubt(q, text, printed):
        return why
    if _inside(text, q.start, q.end, _TITLE_ZH, None):
        return "inside a title 《…》 (a name, rendered by its own English name)"
    if any(_inside(text, q.start, q.end, p, QUOTED_TERM_CHARS) for p in _QUOTES):
        return "inside a short quoted term (a name, rendered by its own English name)"
    if _impossible_date(q) or _digits_before_date_mark(q):
        return "a date mark after digits that are no month or day (a date run together)"
    if year_digits(q):
        return YEAR_DIGITS
    if _in_run_together_row(q, text, printed):
        return TABLE_ROW
    if q.kind == "count" and q.unit in ("号", "號"):
        return "a number before 号, which marks a day (10号) or a name (3号线), not a count"
    if _bare_digits(q) and not _SCALE_ZH.search(q.surface) \
            and not _LATIN_UNIT_ZH.match(text[q.end: q.end + 3]):
        return f"{BARE_RUN}, with no measure word, unit or date mark"
    return ""


def doubt_en(q: Quantity, text: str, printed: str = "") -> str:
    """Why the reading of the English quantity ``q``, read from ``text``, is fragile; "" when
    the number carries its own meaning (``printed`` as for ``doubt_zh``)."""
    if why := _position_doubt(q, text, printed):
        return why
    if _impossible_date(q):
        return "a date with an impossible month or day"
    surface = q.surface.strip()
    before = text[max(0, q.start - 24): q.start]
    after = text[q.end: q.end + 24]
    if q.kind in ("count", "ordinal") and q.high is None and (
            surface.isdigit() or _ROMAN.fullmatch(surface)) and _DESIGNATOR_EN.search(before) \
            and not _COUNTED_NOUN_EN.match(after):
        return f"a number that names something ({before.split()[-1]} {surface}), not a count"
    if q.kind == "count" and q.high is None and (label := _contact_label(q, text)):
        return (f"{CONTACT_CODE} ({label} …), not a count" if label != "+" else
                f"{CONTACT_CODE} (a telephone number in international form), not a count")
    if any(_inside(text, q.start, q.end, p, QUOTED_TERM_CHARS)
           for p in (("“", "”"), ('"', '"'))):
        return "inside a short quoted term"
    if _bare_digits(q) and _LOST_DECIMALS.match(after):
        return LOST_DECIMALS
    if _bare_digits(q) and not _SCALE_EN.search(q.surface) and not _COUNTED_WORD_EN.match(
            after) and not _LATIN_UNIT.match(after):
        return f"{BARE_RUN}, with no unit or counted noun after it"
    return ""


def certain(q: Quantity, text: str, lang: str) -> bool:
    """Whether the reading of ``q`` carries its own meaning (see the module's docstring)."""
    return not (doubt_zh(q, text) if lang == "zh" else doubt_en(q, text))


__all__ = ["BARE_RUN", "CONTACT_CODE", "FOOTNOTE", "LOST_DECIMALS", "QUOTED_TERM_CHARS",
           "RUNNING_HEAD", "TIMESTAMP", "WIRE_DATELINE",
           "YEAR_DIGITS", "certain", "doubt_en", "doubt_zh", "year_digits"]
