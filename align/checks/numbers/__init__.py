"""Numbers: every quantity of a Chinese sentence must reach its English translation unchanged.

Each aligned bead's quantities are extracted on both sides (``zh.py``, ``en.py``), normalised to
a value, a kind and a qualifier (``quantity.py``), and compared (``compare.py``): 1.6万 and
"16,000" are the same number, 0.2个百分点 and "0.2%" are not. Latin tokens (5G, G20, APEC) are
compared as they are written (``tokens.py``).

Translators restructure, so before a number is called missing or extra the neighbourhood is
searched: the same quantity in the beads up to ``NEIGHBOURHOOD`` away (a quantity moved to the
next sentence), or already matched in the same bead (said twice in the Chinese, once in the
English), turns the finding into info with a ``matched_in`` evidence saying where. An English
year with no Chinese counterpart is info when the Chinese says it relatively (去年, 今年, 过去一年)
and it agrees with the document's dateline (the first year in its opening sentences), or when it
is the dateline's year itself; a plain English word quoted in the Chinese and found in a
neighbouring English sentence is info (a code such as 5G or G20 is not: it belongs in its own
sentence). A quantity one side says by naming it (a year by its zodiac animal, months said
together, the year of an event's edition) is matched by ``restated.py``.
"""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from functools import cached_property

from align.checks.base import CheckContext
from align.checks.coverage import (
    DATED_LEAD,
    HEADING_LINES,
    NEWS_LEAD,
    NEXT_DOOR_MARGIN,
    SENTENCE_END,  # the page head's own test
    PageHead,
    bead_blocks,
    furniture_en,
    furniture_zh,
    header_fields,
    header_fields_en,
    signature_block,
    wire_dateline,
)
from align.checks.entities import caption
from align.checks.lexical import run_together
from align.checks.numbers.anchors import anchored, counted_years, span_fits
from align.checks.numbers.compare import UNMARKED_ROUNDING, Discrepancy, compare, same_quantity
from align.checks.numbers.currency import page_currency
from align.checks.numbers.direction import direction_conflicts, zh_moves
from align.checks.numbers.relative import (
    dateline_days,
    is_heading,
    relative_day,
    relative_month,
)
from align.checks.numbers.render import render_en
from align.checks.numbers.restated import (
    all_day_said,
    base_of_comparison,
    count_against_year,
    days_named,
    days_of_range,
    edition_named,
    ends_at_midnight,
    in_spaceless_run,
    is_time,
    length_against_date,
    month_in_span,
    next_day,
    occasions_dated,
    others_beside_named,
    span_of_an_event,
    span_of_months,
    terms_served,
    time_said_otherwise,
    weekend_said,
    year_in_event_name_zh,
    year_of_this_edition,
    year_opens_event_name,
    years_of_range,
    zodiac_year_en,
    zodiac_year_zh,
)
from align.checks.numbers.words import FREQUENCY_WORDS, ONCE_AFTER, respect_words
from align.furniture import EN_WIRE_DATELINE, is_credit
from align.lexicon.names import COUNTRY_CHARS
from align.lexicon.respace import respaced
from align.model import Alignment, Document, Finding, Segment, Severity, Span
from align.numbers.daypart import daypart_conflict
from align.numbers.en import extract_en, mangled_numerals, mangled_reads_as
from align.numbers.quantity import Quantity, date_parts
from align.numbers.reading import (
    BARE_RUN,
    CONTACT_CODE,
    FOOTNOTE,
    LOST_DECIMALS,
    RUNNING_HEAD,
    TABLE_ROW,
    TIMESTAMP,
    WIRE_DATELINE,
    YEAR_DIGITS,
    doubt_en,
    doubt_zh,
    run_together_rows,
    year_digits,
)
from align.numbers.tokens import (
    FILE_LABEL_EN,
    file_number,
    look_alike,
    missing_tokens,
    without_readings,
)
from align.numbers.zh import UNITS_EN, extract_zh, parse_zh_number
from align.rules import (
    NUMBER_EXTRA,
    NUMBER_KIND,
    NUMBER_MISMATCH,
    NUMBER_MISSING,
    NUMBER_QUALIFIER,
    NUMBER_ROUNDED,
    TOKEN_MISSING,
    Rule,
)
from align.scripts import EN_ADDRESSED, HAN, is_traditional, unspaced_zh
from align.vectors import group_vector


class NumbersCheck:
    """Compares the quantities and Latin tokens of the two sides of every two-sided bead."""

    rules: tuple[Rule, ...] = (
        NUMBER_MISSING, NUMBER_MISMATCH, NUMBER_KIND, NUMBER_QUALIFIER, NUMBER_EXTRA,
        NUMBER_ROUNDED, TOKEN_MISSING,
    )  # fmt: skip

    def run(self, ctx: CheckContext) -> Iterable[Finding]:
        disabled = ctx.settings.disabled_rules
        if all(r.id in disabled for r in self.rules):
            return
        a = ctx.alignment
        hood = _Neighbourhood(a)
        hood.head = PageHead.of(a, ctx.similarity.median)
        found_in = {index: compare(hood.zh[index], hood.en[index])
                    for index, _ in ctx.two_sided()}
        rounds_throughout = sum(UNMARKED_ROUNDING in d.extra for ds in found_in.values()
                                for d in ds) >= ROUNDED_THROUGHOUT
        for index, bead in ctx.two_sided():
            zh_segs = [a.zh.segments[i] for i in bead.zh]
            en_segs = [a.en.segments[i] for i in bead.en]
            zh_span, en_span = Span.of(a.zh, bead.zh), Span.of(a.en, bead.en)
            said: set[tuple[str, str, str]] = set()
            found = found_in[index]
            unpaired_en = [d.en for d in found if d.rule is NUMBER_EXTRA and d.en is not None]
            for d in found:
                key = (d.rule.id, _said(d.zh), _said(d.en))
                if d.rule.id in disabled or key in said:
                    continue  # 50所 … 50所 both missing, or a repeated caption: said once
                said.add(key)
                d = hood.regrade(d, index)
                if rounds_throughout and UNMARKED_ROUNDING in d.extra:
                    d = replace(d, severity=Severity.INFO, message=d.message + (
                        " The page rounds its figures so throughout (a statistics release's "
                        "convention)."))
                if d.severity is not Severity.INFO:
                    d = hood.set_aside(d, index, ctx.mismatched(index))
                if d.severity is not Severity.INFO:
                    d = _in_stray_sentence(ctx, hood, d, index)
                loose = bead.score < ctx.similarity.median - SPREADS_FOR_ERROR * \
                    ctx.similarity.spread
                if d.severity is not Severity.INFO:
                    d = hood.doubted(d, index, loose)
                if d.severity is Severity.ERROR and loose:
                    d = _loose(d)
                if d.severity is not Severity.INFO:
                    d = hood.mangled(d, index)
                if d.severity is Severity.ERROR:
                    d = hood.uncertain(d, index, unpaired_en)
                yield _finding(d, zh_span, en_span, index)
            if NUMBER_MISMATCH.id not in disabled and (conflict := daypart_conflict(
                    " ".join(s.text for s in zh_segs), " ".join(s.text for s in en_segs))):
                yield NUMBER_MISMATCH.finding(
                    f"The Chinese says {conflict[0]}; the English says {conflict[1]!r}: another "
                    "part of the day.",
                    zh=zh_span, en=en_span, severity=Severity.WARNING,
                    evidence=(("zh", conflict[0]), ("en", conflict[1]), ("kind", "daypart")),
                    suggestion=f"say the part of the day {conflict[0]} names", bead=index)
            if NUMBER_MISMATCH.id not in disabled:
                yield from _moved_the_other_way(zh_segs, en_segs, zh_span, en_span, index)
            if TOKEN_MISSING.id not in disabled:
                en_text = " ".join(s.text for s in en_segs)
                # the English speaker label says a code too ("TVBS:" opening the turn whose
                # Chinese label, 台湾无线卫星电视台(TVBS)记者:, stayed in the text)
                labels = " ".join(dict.fromkeys(s.speaker for s in en_segs if s.speaker))
                seen: set[str] = set()
                zh_text = " ".join(s.text for s in zh_segs)
                for token, start, _ in missing_tokens(zh_text, f"{en_text} {labels}".strip()):
                    if token in seen:
                        continue
                    seen.add(token)
                    instead = look_alike(token, en_text)  # 4G for 5G: changed, not moved
                    if instead and instead in zh_text:
                        instead = None  # M2 beside M1 in both: its own token, no substitute
                    where = (hood.token_nearby(token, index, merged=not instead)
                             or hood.code_said(token, index)
                             or (hood.file_number_said(token) if file_number(zh_text, start)
                                 else ""))
                    instead = None if where else instead
                    yield TOKEN_MISSING.finding(
                        f"The Chinese {token} does not appear in the English"
                        + (f", only in the {where}." if where else
                           f"; it has {instead} instead." if instead else "."),
                        zh=zh_span,
                        en=en_span,
                        severity=Severity.INFO if where else None,
                        evidence=(("zh", token),) + ((("matched_in", where),) if where else ())
                        + ((("en", instead),) if instead else ()),
                        suggestion=f"keep {token} as written",
                        bead=index,
                    )


def _moved_the_other_way(zh_segs: list[Segment], en_segs: list[Segment], zh_span: Span,
                         en_span: Span, index: int) -> Iterator[Finding]:
    """A number both sides state alike whose change goes the other way in the English
    (比上年增长9.45% "a decrease of 9.45%")."""
    moves = zh_moves(readable_zh(" ".join(s.text for s in zh_segs)), read_zh)
    if not moves:
        return  # the English is read only where the Chinese says a change
    en = readable_en(" ".join(s.text for s in en_segs))
    for z, e, z_word, e_words in direction_conflicts(moves, en, extract_en, same_quantity):
        yield NUMBER_MISMATCH.finding(
            f"The Chinese says {z_word}{z.surface}; the English says '{e_words} {e.surface}': "
            "the change goes the other way.",
            zh=zh_span, en=en_span,
            evidence=(("zh", f"{z_word}{z.surface}"), ("en", f"{e_words} {e.surface}"),
                      ("kind", "direction of change")),
            suggestion=f"say the change as the Chinese does ({z_word})", bead=index)


# How a message names the sort of an amount set against a year (count_against_year).
_SORT = {"money": "a sum of money", "multiple": "a multiple", "percent": "a percentage",
         "points": "a number of percentage points"}
# A year written with its last two digits (像96年的那次行动, 九七年): read as a span of years, it is
# the English year that ends in those digits.
_TWO_DIGIT_YEAR = re.compile(r"(?:\d\d|[〇零一二三四五六七八九]{2})年")


def _two_digit_year(z: Quantity, e: Quantity) -> str:
    """The Chinese NN年, read as NN years, that is the English year ending in NN ("in 1996")."""
    if e.kind != "date" or e.unit != "y" or e.high is not None or z.high is not None:
        return ""
    if not _TWO_DIGIT_YEAR.fullmatch(z.surface.strip()) or z.unit not in ("年", "y"):
        return ""
    year = int(e.value) // 10000
    return f"Chinese {z.surface.strip()}, the year {year} by its last two digits" if (
        year % 100 == int(z.value) and 1900 <= year < 2100) else ""


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def _in_table_row(d: Discrepancy) -> Discrepancy:
    """``d`` as info: its Chinese number is read from a table row whose cells the page ran
    together (``reading.TABLE_ROW``), which any cell of the other table may render."""
    return replace(d, severity=Severity.INFO, message=f"{d.message} The Chinese number is "
                   f"{TABLE_ROW} (only spaces between them), so where a cell ends is unknown.",
                   extra=d.extra + (("reading", f"fragile: {TABLE_ROW}"),))


def _said(q: Quantity | None) -> str:
    """A quantity as a finding states it (its words and value), to report each only once."""
    return "" if q is None else f"{q.surface}={q.normalised()}"


def read_zh(text: str) -> list[Quantity]:
    """The quantities of a (repaired) Chinese text, read with the words around them: a unit
    that begins another word does not attach (``words.respect_words``)."""
    quantities = extract_zh(text)
    if not quantities:
        return quantities
    from align.lexicon import lexicon  # the dictionary loads only for a text with numbers

    return respect_words(quantities, text, lexicon().dictionary)


def _pool(segments: list[Segment], extract, doc: Document | None = None) -> list[Quantity]:
    """The quantities of a bead's sentences, each with the doubt of its reading
    (``align.numbers.reading``), judged on the text it was read from and on the lines the
    page printed it on (the segmenter joins hard-wrapped lines: a question number alone on
    its line joins the heading above it)."""
    def printed(s: Segment) -> str:
        return doc.text[s.start:s.end] if doc is not None else ""

    if extract is extract_zh:
        texts = [(readable_zh(s.text), printed(s)) for s in segments]
        read = [[replace(q, doubt=doubt_zh(q, t, lines)) for q in read_zh(t)]
                for t, lines in texts]
        return [q for pool in _headline_restated(read, [t for t, _ in texts]) for q in pool]
    # the sentences of a bead whose page lost its spaces (a short heading among glued lines
    # too), or a glued line within a spaced bead (a title block "...ofChinaOctober2019")
    bead = run_together(" ".join(s.text for s in segments))
    texts = [(readable_en(unglued(s.text, bead)), printed(s)) for s in segments]
    return [replace(q, doubt=doubt_en(q, t, lines), weak=q.weak or _in_wire_dateline(q, t))
            for t, lines in texts for q in extract(t)]


def _headline_restated(pools: list[list[Quantity]], texts: list[str]) -> list[list[Quantity]]:
    """The quantities of a bead's sentences, those of a headline (a line with no closing stop)
    that a sentence of the same bead says again made weak: a release's Chinese headline that
    restates its first sentence's figure (居民消费价格同比上涨3.8% above 全国居民消费价格同比上涨
    3.8%。) has no English line of its own, and its copy is no second figure to find or to set
    against another one. Weak, it is still matched where the English has a headline too."""
    if len(pools) < 2:
        return pools
    out = []
    for k, (pool, text) in enumerate(zip(pools, texts, strict=True)):
        if SENTENCE_END.search(text):
            out.append(pool)
            continue
        said = {_key(q) for j, other in enumerate(pools) if j != k for q in other if not q.weak}
        out.append([replace(q, weak=True) if _key(q) in said else q for q in pool])
    return out


def _key(q: Quantity) -> tuple:
    return q.kind, q.value, q.high, q.unit, q.qualifier


def _in_wire_dateline(q: Quantity, text: str) -> bool:
    """Whether ``q`` is the day of an English wire dateline opening its sentence ("MACAU,
    December 21 - …"): weak, matched where the Chinese gives the day, never reported alone
    nor paired with another date of the text."""
    m = EN_WIRE_DATELINE.match(text)
    return m is not None and q.end <= m.end()


# Quirks of published Chinese text, repaired before reading: a date spaced out by a layout
# ("2025 年 3 月 5 日"); a date whose 年 and 月 a web page lost ("1023日" for 10月23日,
# "2010913日" or "201896日" for a full date, "2022217" standing alone, "201814月" for
# 2018年1—4月), repaired only when the digits split into a valid date one way alone; a day of a
# lunar month (正月初八, the 8th day).
_SPACED_DATE = re.compile(r"(\d)\s+(?=[年月日])|(?<=[年月])\s+(?=\d)")
# Digits a page parted with a space: the thousands separator of Hong Kong's style (超過3 500名,
# 1 178 400), before a group of exactly three digits; a year broken by a line's justification
# (199 9年), where the two runs make a year of 19xx or 20xx before 年.
_SPACED_THOUSANDS_ZH = re.compile(r"(?<![\d.])(\d{1,3})[ \u00a0\u2009\u202f](?=\d{3}(?![\d.]))")
_BROKEN_YEAR = re.compile(r"(?<![\d.])(\d{1,3}) (\d{1,3})(?=年)")
# 周年报告, Hong Kong's word for an annual report, after the year it covers (2013-14週年報告):
# the year's 周年 is no anniversary.
_ANNUAL_REPORT = re.compile(r"((?:19|20)\d{2}(?:[-–/](?:\d{2}|\d{4}))?)\s*[周週]年(?=[报報]告)")
_LOST_YM = re.compile(r"(?<![\d年月.])((?:19|20)\d\d)(\d{2,4})日(?!元)"
                      r"|(?:^|(?<=\s))()((?:19|20)\d\d)(\d{2,4})(?=\s|$)")
_LOST_Y_MONTHS = re.compile(r"(?<![\d年月.])((?:19|20)\d\d)(\d{1,4})月")
# ... a span of months that kept its dash (20181—8月 for 2018年1—8月), and a day range that
# lost its first 日 (10月20至21日).
_LOST_Y_SPAN = re.compile(r"(?<![\d年月.])((?:19|20)\d\d)(1[0-2]|[1-9])(\s*[—–\-至到]\s*)"
                          r"(1[0-2]|[1-9])月")
_DAY_SPAN = re.compile(r"(\d{1,2}月\d{1,2})(\s*(?:至|到|—|–|-)\s*\d{1,2}日)")
_LOST_M = re.compile(r"(?<![\d年月.])(1[0-2]|0[1-9])([0-3]\d)日(?!元)")
# ... and a day range whose first date lost its 月: 92日至4日 for 9月2日至4日.
_LOST_M_RANGE = re.compile(r"(?<![\d年月.])(\d{2,4})日(\s*(?:至|到|-|—|–)\s*)(\d{1,4})日")
# ... a day range whose last day lost its 日 (10月25日至26 for 10月25日至26日; "1025日至26" once
# the 月 is restored): the end must be a later day of the month, and nothing may follow it
# that makes it another quantity.
_DAY_SPAN_END = re.compile(r"(\d{1,2}月(\d{1,2})日\s*(?:至|到|—|–|-)\s*)(\d{1,2})"
                           r"(?![\d.．%％年月日号號时時点點:：万亿千百个多余])")
# A format label whose plus sign a page lost to a space when it was percent-decoded:
# 中国—东盟(10 1) for (10+1), like (10+3) beside it. In Chinese, two numbers in brackets with
# only a space between them are no quantities.
_LOST_PLUS = re.compile(r"([（(]\s*\d{1,2})\s+(\d{1,2}\s*[)）])")
# An event's date written month·day with a middle dot (5·12汶川地震, 9·11事件, 7·20特大暴雨):
# the month and day of a name, as the English says them ("the May 12 earthquake").
_DOTTED_MONTH_DAY = re.compile(r"(?<![\d.·•・])(1[0-2]|0?[1-9])[·•・](3[01]|[12]\d|0?[1-9])"
                               r"(?![\d.·•・])")
# ... or with a full stop, alone in quotation marks (the “6.18” outbreak): no decimal is quoted
# so, an event's name is.
_QUOTED_DOTTED_DATE = re.compile(r"(?<=[“\"「『])(1[0-2]|0?[1-9])\.(3[01]|[12]\d|0?[1-9])"
                                 r"(?=[”\"」』])")
_LUNAR_DAY = re.compile(r"(?<=月)初([一二三四五六七八九十])(?![一二三四五六七八九十日号])")
_LUNAR = "一二三四五六七八九十"
# A list label opening a sentence ("3. China is ...", "IV. Balancing ...") is no quantity.
_EN_LABEL = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|[IVX]{1,5}\.)\s+(?=[A-Z])")


def _day_ok(month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _splits(digits: str) -> list[tuple[str, str]]:
    """Every way to cut ``digits`` into two numbers of one or two digits."""
    return [(digits[:i], digits[i:]) for i in (1, 2)
            if 0 < i < len(digits) and len(digits) - i <= 2]


def _month_day(digits: str) -> tuple[int, int] | None:
    """The one (month, day) the digits of a date that lost its 月 can be, or None."""
    valid = [(int(a), int(b)) for a, b in _splits(digits) if _day_ok(a, b)]
    return valid[0] if len(valid) == 1 else None


def _months(digits: str) -> str | None:
    """The one month ("4") or span of months ("1—4") the digits before a 月 can be, or None."""
    valid = [digits.lstrip("0")] if 1 <= int(digits) <= 12 else []
    valid += [f"{int(a)}—{int(b)}" for a, b in _splits(digits) if 1 <= int(a) < int(b) <= 12]
    return valid[0] if len(valid) == 1 else None


def _lost_ymd(m: re.Match[str]) -> str:
    year, digits, lead = (m[1], m[2], "") if m[1] else (m[4], m[5], m[3])
    md = _month_day(digits)
    return f"{lead}{year}年{md[0]}月{md[1]}日" if md else m[0]


def _lost_md(m: re.Match[str]) -> str:
    """92日至4日, 828日至91日: a day that cannot be a day (92, 91) is a month and a day, and
    the range must run forwards."""
    first = _month_day(m[1]) if int(m[1]) > 31 else None
    last = _month_day(m[3]) if int(m[3]) > 31 else None
    if first is None or int(m[3]) > 31 and last is None:
        return m[0]
    end = last or (first[0], int(m[3]))
    if end <= first:
        return m[0]
    tail = f"{last[0]}月{last[1]}日" if last else f"{m[3]}日"
    return f"{first[0]}月{first[1]}日{m[2]}{tail}"


def _lost_y_months(m: re.Match[str]) -> str:
    months = _months(m[2])
    return f"{m[1]}年{months}月" if months else m[0]


def readable_zh(text: str) -> str:
    """``text`` with the layout quirks of published Chinese that hide a date repaired, and
    without the pinyin readings a reprint puts after characters (二十世紀(jì)20年代: the
    reading parts the century from its decade)."""
    text = without_readings(text, whole_only=False)[0]
    text = _BROKEN_YEAR.sub(lambda m: m[1] + m[2] if len(m[1] + m[2]) == 4
                            and (m[1] + m[2]).startswith(("19", "20")) else m[0], text)
    text = _SPACED_THOUSANDS_ZH.sub(r"\1", text)
    text = _ANNUAL_REPORT.sub(r"\1年度", text)
    text = _SPACED_DATE.sub(lambda m: m.group(1) or "", text)
    text = _LOST_YM.sub(_lost_ymd, text)
    text = _LOST_Y_MONTHS.sub(_lost_y_months, text)
    text = _LOST_Y_SPAN.sub(lambda m: f"{m[1]}年{m[2]}{m[3]}{m[4]}月" if int(m[2]) < int(m[4])
                            else m[0], text)
    text = _DAY_SPAN.sub(r"\1日\2", text)
    text = _LOST_M.sub(lambda m: f"{int(m[1])}月{m[2]}日" if _day_ok(m[1], m[2]) else m[0],
                       text)
    text = _LOST_M_RANGE.sub(_lost_md, text)
    text = _DAY_SPAN_END.sub(lambda m: f"{m[1]}{m[3]}日" if int(m[2]) < int(m[3]) <= 31
                             else m[0], text)
    text = _LOST_PLUS.sub(r"\1+\2", text)
    text = _DOTTED_MONTH_DAY.sub(lambda m: f"{int(m[1])}月{int(m[2])}日", text)
    text = _QUOTED_DOTTED_DATE.sub(lambda m: f"{int(m[1])}月{int(m[2])}日", text)
    return _LUNAR_DAY.sub(lambda m: f"初{_LUNAR.index(m[1]) + 1}日", text)


_GLUED_EN = re.compile(r"\b(in|on|at|to|of|by|for|from|with|and|since|until)(?=[A-Z][a-z])")
# An abbreviation that introduces a number, its point glued to the digits ("Order No.17",
# "Art.5"): the point is no decimal point.
_GLUED_NUMBER_MARK = re.compile(r"\b(No|Nos|no|NO|NOS|Art|Arts|Vol|Para|Paras|pp|p)\.(?=\d)")


# A day, a comma and a year run together ("June12,2019"): the year parted from the comma.
_DAY_COMMA_YEAR = re.compile(r"(?<![\d,])(\d{1,2}),(?=(?:19|20)\d\d(?!\d))")


# A note marker a reprint glues to the end of a word (a vocabulary site's "aspiration5 of the
# Chinese people"): one or two digits right after a lower-case word of four or more letters,
# before a space or a stop, never a number the word introduces ("than1,200", "over20 years").
_NOTE_MARKER = re.compile(r"\b([a-z]{4,})(\d{1,2})(?=\s+[a-z]|[;:!?)]|[,.](?!\d)|$)")
_BEFORE_NUMBERS = frozenset(
    "than over about around nearly almost some under only just from with since until into "
    "upon past last next more less least most exceeding reaching totalling totaling "
    "approximately roughly plus minus were each every another number grade level page "
    "phase stage article chapter section volume issue edition round".split())


def _without_note_markers(text: str) -> str:
    """``text`` with note markers glued to words blanked (spaces: offsets stay). Digits the
    English reads with a unit or counted noun after them ("area12 km", "in5 years") lost a
    space before them and are kept."""
    def blank(m: re.Match[str]) -> str:
        if m[1] in _BEFORE_NUMBERS:
            return m[0]
        snippet = text[m.start(2):m.end(2) + 30]
        read = extract_en(snippet)
        if read and read[0].start == 0 and (read[0].end > len(m[2]) or not doubt_en(
                read[0], snippet)):
            return m[0]
        return m[1] + " " * len(m[2])

    return _NOTE_MARKER.sub(blank, text)


def unglued(text: str, glued: bool | None = None) -> str:
    """English run together without spaces read as words (``align.lexicon.respace``: its
    numbers parted from the letters around them, an ordinal suffix that fits kept), and a year
    after a day and a comma parted from the comma, so that its numbers read as numbers. A text
    with spaces comes back as it is, but for a glued stretch inside it; ``glued`` as
    ``respaced`` takes it. A note marker glued to a word is no number (``_NOTE_MARKER``)."""
    text = _without_note_markers(text)
    out = respaced(text, glued)
    return out if out == text else _DAY_COMMA_YEAR.sub(r"\1, ", out)


# Roman numerals written as their own characters (Prince Albert Ⅱ, U+2161), read as letters.
_ROMAN_CHARS = re.compile("[\u2160-\u217f]")


def readable_en(text: str) -> str:
    """``text`` without a list label at its start, with a short word a page glued to the
    next one parted ("inNovember 2018", "inApia") and a number parted from the abbreviation
    glued to it ("No.17"), and Roman numeral characters (Ⅱ) as letters (II)."""
    text = _ROMAN_CHARS.sub(lambda m: unicodedata.normalize("NFKC", m[0]).upper(), text)
    m = _EN_LABEL.match(text)
    text = " " * m.end() + text[m.end():] if m else text
    return _GLUED_NUMBER_MARK.sub(r"\1. ", _GLUED_EN.sub(r"\1 ", text))


# How many beads either side of a finding's bead are searched for a quantity moved there.
NEIGHBOURHOOD = 2
# A congress or plenum named by its kind alone, after the text named it in full.
_EVENT_UNITS = frozenset(("congress", "plenary"))
_EVENT_BY_ITS_KIND = re.compile(r"\b(?:the|that|this)\s+(?:(?:Party|party|national|National)\s+)?"
                                r"(?:congress|Congress|plenum|plenary session|session)\b")
# How many opening sentences of a document are searched for its dateline's year.
DATELINE_SENTENCES = 5
# A year said by its distance from a year the sentence names before it (1903年…翌年 "in 1904").
_YEAR_FROM_NAMED = {"翌年": 1, "次年": 1, "隔年": 1, "第二年": 1, "同年": 0, "当年": 0, "當年": 0,
                    "前一年": -1}
_YEAR_FROM_NAMED_RE = re.compile("|".join(sorted(_YEAR_FROM_NAMED, key=len, reverse=True)))
_NAMED_YEAR_RE = re.compile(r"((?:1[6-9]|20)\d\d)\s*年")


def _year_after_named(year: int, zh: str) -> str:
    """Where the Chinese says the English ``year`` relative to a year it names before it."""
    for m in _YEAR_FROM_NAMED_RE.finditer(zh):
        named = [int(y) for y in _NAMED_YEAR_RE.findall(zh, 0, m.start())]
        if named and named[-1] + _YEAR_FROM_NAMED[m.group()] == year:
            return f"Chinese {m.group()} (relative to {named[-1]}, named before it)"
    return ""


# Chinese words for a year relative to the document's own, by offset.
# In how many English sentences a page whose Chinese states no year repeats a year that is its
# own (``_Neighbourhood._year``).
OWN_YEAR_SENTENCES = 2
# The members of a count of two or three named one by one ("One patient … Another …", "The
# first … the second … the third"), read as one run.
_ONE_BY_ONE = {
    2: re.compile(r"\b(?:One|The first)\b[^.]*?[.;,]\s*(?:Another|The other|The second)\b"
                  r"|\bone\b[^.;]*?\b(?:and|while|whereas)\s+(?:another|the other)\b", re.I),
    3: re.compile(r"\b(?:one|the first)\b[^.]*?\b(?:another|the second)\b[^.]*?"
                  r"\b(?:a third|the third|the last)\b", re.I),
}
# "this year" said by a demonstrative (在这一年里, 这一年来), which RELATIVE_YEARS leaves out: it
# need not be the document's year.
_THIS_YEAR_ZH = re.compile(r"[这這]一?年")
RELATIVE_YEARS = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "过去一年": -1, "過去一年": -1,
                  "过去的一年": -1, "過去的一年": -1, "本周": 0, "本週": 0, "本月": 0,
                  "今年": 0, "本年": 0, "当年": 0, "當年": 0, "明年": 1, "来年": 1, "來年": 1,
                  # during or over the year the text reports on (a yearbook's 年内, 全年)
                  "年内": 0, "年內": 0, "全年": 0, "本年度": 0}
_THIS_EDITION = re.compile(r"(?:本|这|這|此)(届|屆|次|期)")
_MEASURE_FORMS = {"届": ("届", "屆"), "屆": ("届", "屆"), "次": ("次",), "期": ("期",)}
_RELATIVE_RE = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
# "Year on year", compared with the same period of the year before.
_YEAR_ON_YEAR = re.compile(r"同比")
_PREVIOUS_ZH = re.compile(r"上年|去年|上一?季度?|上半年|前一")
_PREVIOUS_EN = re.compile(r"\b(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:quarter|half|"
                          r"period|year|month)\b|\ba (?:quarter|year|month) (?:earlier|before)\b",
                          re.IGNORECASE)
# Where a line of either language is cut into the clauses a notice may be one of.
_CLAUSES = re.compile(r"(?<=[，,。；;：:!！?？])\s*")
_PLAIN_WORD = re.compile(r"[A-Za-z]?[a-z]{1,}")
_CAPITALS = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})*")
_PLACE = {-2: "sentence before the previous one", -1: "previous sentence", 0: "same sentence",
          1: "next sentence", 2: "sentence after the next one"}


# A short term an English document defines in brackets after the words of a full name with a
# number in it ("the 2021 Population Census (Census)", "(the Conference)"): later sentences say
# the term where the Chinese repeats the full name (参与二零二一年人口普查 "participate in the
# Census"). The name is its last few words before the bracket.
_DEFINED_TERM = re.compile(r"((?:[\w'’-]+\s+){0,6}[\w'’-]+)\s*\(\s*(?:the\s+)?[\"“']?"
                           r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})[\"”']?\s*\)")


class _Neighbourhood:
    """The quantities of every bead, and where a missing or extra one may have moved."""

    def __init__(self, a: Alignment) -> None:
        self.a = a
        self.zh = [_pool([a.zh.segments[i] for i in b.zh], extract_zh, a.zh) for b in a.beads]
        self.en = [_pool([a.en.segments[i] for i in b.en], extract_en, a.en) for b in a.beads]
        self.zh = [run_together_dates(pool, self._dates_near(k), self._zh_text(k))
                   if any(_bare_digits(q) or _run_before_day_mark(q) for q in pool) else pool
                   for k, pool in enumerate(self.zh)]
        self.zh = [digit_run_years(pool, self._dates_near(k))
                   if any(year_digits(q) for q in pool) else pool
                   for k, pool in enumerate(self.zh)]
        self.zh, _ = page_currency(self.zh, self.en, self.en_document,
                                   is_traditional(a.zh.text))
        self._year_known = False
        self._dated: tuple[list[tuple[int, Quantity]], list[tuple[int, Quantity]]] | None = None
        self._doc_years: set[int] | None = None
        self._days: list[datetime.date] | None = None
        self._dateline: int | None = None
        self._beads_of: dict[tuple[str, int], int] | None = None
        self._lines: dict[tuple[str, int], str] = {}
        self._read_cache: dict[tuple[str, int], list[Quantity]] = {}
        self._said_cache: dict[tuple[str, int], set[str]] = {}
        self.head: PageHead | None = None  # the page's head (``coverage.PageHead``), if known

    @cached_property
    def en_document(self) -> str:
        """The English document's sentences, joined once for the checks that read it whole."""
        return " ".join(s.text for s in self.a.en.segments)

    @cached_property
    def defined_terms(self) -> list[tuple[str, str, list[Quantity]]]:
        """The short terms the English document defines after a full name with a number in it:
        (term, full name, the name's quantities)."""
        out = []
        for m in _DEFINED_TERM.finditer(self.en_document):
            if found := [q for q in extract_en(m[1]) if not q.weak]:
                out.append((m[2], m[1], found))
        return out

    def _defined_term(self, q: Quantity, index: int) -> str:
        """Where the English of bead ``index`` says a Chinese number by a term the document
        defined with it ("the Census" for 二零二一年人口普查), or ""."""
        if not self.defined_terms:
            return ""
        text = self._en_text(index)
        for term, full, found in self.defined_terms:
            if any(same_quantity(q, x) for x in found) and re.search(
                    rf"\b{re.escape(term)}\b", text):
                return f"English term '{term}', which the document defines as '{full} ({term})'"
        return ""

    @property
    def year(self) -> int | None:
        """The dateline's year, read only when an English year needs it."""
        if not self._year_known:
            self._dateline, self._year_known = dateline_year(self.a), True
        return self._dateline

    @property
    def dateline_days(self) -> list[datetime.date]:
        """The days the document is dated by: the dates with a month and a day on its opening
        heading lines (no sentence stop), in either language."""
        if self._days is None:
            dates: list[Quantity] = []
            for doc, extract, clean in ((self.a.zh, extract_zh, readable_zh),
                                        (self.a.en, extract_en, readable_en)):
                for seg in doc.segments[:DATELINE_SENTENCES]:
                    if is_heading(seg.text):
                        dates += extract(clean(seg.text))
            self._days = dateline_days(dates)
        return self._days

    @cached_property
    def doc_year(self) -> int | None:
        """The document's year: the dateline's, else the year the Chinese states most often
        (a white paper without a dateline still dates itself by what it reports)."""
        if self.year is not None:
            return self.year
        return self._most_stated_year(lambda z: "y" in z.unit and z.high is None)

    @cached_property
    def fiscal_year(self) -> int | None:
        """The start of the fiscal or school year the Chinese states most often as a span of
        one year (二零一九/二零年度: 2019), or None when it states none."""
        return self._most_stated_year(lambda z: z.unit == "y" and z.high is not None
                                      and int(z.high - z.value) // 10000 == 1)

    def _most_stated_year(self, keep: Callable[[Quantity], bool]) -> int | None:
        """The (start) year of the Chinese dates ``keep`` accepts that the document states most
        often, the latest on a tie; None when it states none."""
        counts = Counter(int(z.value) // 10000 for pool in self.zh for z in pool
                         if z.kind == "date" and keep(z))
        return max(counts, key=lambda y: (counts[y], y)) if counts else None

    @property
    def doc_years(self) -> set[int]:
        """The years the document may be dated by: its year (``doc_year``) and the years it
        implies by counting a period from a year it states (2001年…10年来: 2011)."""
        if self._doc_years is None:
            text = "".join(s.text for s in self.a.zh.segments)
            self._doc_years = counted_years(text) | ({self.doc_year} if self.doc_year else set())
        return self._doc_years

    def _this_edition(self, e: Quantity, index: int) -> str:
        """An English ordinal for an event the Chinese calls 本届 or 这次 (this session, this
        expo): matched when the Chinese names that ordinal elsewhere with the same measure word
        (第三届 in the question for 本届 in the answer)."""
        if e.kind != "ordinal" or e.high is not None:
            return ""
        words = {m.group(0): m.group(1)[-1] for m in _THIS_EDITION.finditer(self._zh_text(index))}
        for pool in self.zh:
            for z in pool:
                for word, measure in words.items():
                    if z.kind == "ordinal" and z.value == e.value and z.surface.endswith(
                            _MEASURE_FORMS[measure]):
                        return (f"Chinese {word} (this edition; the document names it "
                                f"{z.surface} elsewhere)")
        return ""

    def _event_edition_year(self, e: Quantity, index: int) -> str:
        """``restated.year_opens_event_name``, unless the Chinese says the year relatively
        (本周是知识产权宣传周): then the relative word pins the year (``_year``), and an event
        year that disagrees with it is reported."""
        zh = self._zh_text(index)
        return "" if _RELATIVE_RE.search(zh) else year_opens_event_name(
            e, self._en_text(index), zh)

    def _this_edition_year(self, z: Quantity, index: int) -> str:
        """``restated.year_of_this_edition`` in a sentence of the text, not in a heading: a
        title that drops the year of the occasion drops what identifies it."""
        if any(heading_line(self.a.zh.segments[i].text, i, "zh")
               for i in self.a.beads[index].zh):
            return ""
        return year_of_this_edition(z, self._zh_text(index), self._en_text(index), self.year)

    def _heading_dates(self, before: int | None = None) -> Iterator[Quantity]:
        """The English dates of the page's heading: the beads whose English opens the document
        (its first ``HEADING_LINES`` lines), and only those before bead ``before`` if given."""
        for k, (bead, found) in enumerate(zip(self.a.beads, self.en, strict=True)):
            if before is not None and k >= before or bead.en and bead.en[0] >= HEADING_LINES:
                return  # past the heading: beads run in document order
            yield from (e for e in found if e.kind == "date")

    def _quarter_of_the_month(self, z: Quantity) -> str:
        """Where a Chinese quarter (2024年第二季末) is the one of the month the document reports
        on, which its English heading names (a June bulletin: "Monetary and financial
        statistics – June 2024"): "compared with a quarter ago" needs no "at the end of the
        second quarter"."""
        if z.kind != "period" or z.unit != "quarter" or z.high is None or z.high - z.value != 2:
            return ""
        for e in self._heading_dates():
            if e.unit in ("ym", "ymd", "md", "m") and z.value <= (e.value // 100) % 100 <= z.high:
                return f"heading, which names a month of that quarter ({e.surface})"
        return ""

    def _month_of_the_heading(self, z: Quantity, index: int) -> str:
        """Where a Chinese month with no year or day (8月份) in a sentence of the body is the
        month the document reports on, which its English heading names ("Sales Prices … in
        August 2016"): a release's Chinese may say the month in each paragraph, its English
        once, in the title. The heading must come before the month's own bead."""
        if z.kind != "date" or z.unit != "m" or z.high is not None:
            return ""
        month = date_parts(z.value)[1]
        for e in self._heading_dates(before=index):
            if e.unit in ("ym", "m") and date_parts(e.value)[1] == month:
                return f"heading, which names the month the document reports on ({e.surface})"
        return ""

    def _near(self, index: int) -> Iterable[tuple[int, int]]:
        for off in sorted(range(-NEIGHBOURHOOD, NEIGHBOURHOOD + 1), key=abs):
            j = index + off
            if 0 <= j < len(self.a.beads):
                yield off, j

    def regrade(self, d: Discrepancy, index: int) -> Discrepancy:
        """The discrepancy as info, with where its match was found, when the neighbourhood or
        the dateline accounts for it; unchanged otherwise."""
        where = ""
        if d.rule is NUMBER_MISSING and d.zh is not None:
            where = (self._find(d.zh, index, self.en, other_side=True)
                     or self._relative(d.zh, index) or self._relative_year(d.zh, index)
                     or relative_day(d.zh, self._en_text(index), self.dateline_days, False)
                     or relative_month(d.zh, self._en_text(index), self.dateline_days, False)
                     or self._relative_ordinal(d.zh, index) or self._weekday(d.zh, index)
                     or self._weekday_of_date(d.zh, index)
                     or fixed_expression(d.zh, self._zh_text(index))
                     or festival_date(d.zh, self._en_text(index))
                     or zodiac_year_en(d.zh, self._en_text(index))
                     or month_in_span(d.zh, self.en[index])
                     or self._this_edition_year(d.zh, index)
                     or self._quarter_of_the_month(d.zh)
                     or self._month_of_the_heading(d.zh, index)
                     or year_in_event_name_zh(d.zh, self._zh_text(index), self._en_text(index))
                     or self._span_from_start(d.zh, index)
                     or self._span_by_its_start(d.zh, index)
                     or self._congress_by_year(d.zh, index)
                     or self._event_named_before(d.zh, index)
                     or occasions_dated(d.zh, self.en[index])
                     or self._as_written(d.zh, index)
                     or self._signed_in_full(d.zh, index, "zh")
                     or self._in_code(d.zh, index)
                     or self._in_block(d.zh, index, "en")
                     or members_listed(d.zh, self._en_text(index))
                     or self._members_listed_after(d.zh, index)
                     or members_before(d.zh, self._zh_text(index))
                     or one_said_by_article(d.zh, self._en_text(index))
                     or two_said_by_contrast(d.zh, self._en_text(index))
                     or once_a_unit(d.zh, self._zh_text(index), self._en_text(index))
                     or base_of_comparison(d.zh, self._zh_text(index), self._en_text(index))
                     or weekend_said(d.zh, self._en_text(index))
                     or all_day_said(d.zh, self._en_text(index))
                     or span_of_an_event(d.zh, self._zh_text(index), self._en_text(index))
                     or self._midnight_as_next_day(d.zh, index)
                     or days_of_range(d.zh, self.en[index], self._en_text(index), self.doc_year)
                     or years_of_range(d.zh, self.zh[index])
                     or in_spaceless_run(d.zh, self._en_text(index))
                     or self._defined_term(d.zh, index))
        elif d.rule is NUMBER_EXTRA and d.en is not None:
            where = (self._find(d.en, index, self.zh, other_side=False) or self._year(d.en, index)
                     or relative_day(d.en, self._zh_text(index), self.dateline_days, True)
                     or relative_month(d.en, self._zh_text(index), self.dateline_days, True)
                     or self._congress_year(d.en, index)
                     or anchored(d.en, self._zh_text(index), self._en_text(index), self.doc_years)
                     or self._this_edition(d.en, index)
                     or self._period_start(d.en, index)
                     or self._period_of_plan(d.en, index)
                     or legislation_year(d.en, self._en_text(index), self._zh_text(index))
                     or self._section_year(d.en, index)
                     or self._heading(d.en, index)
                     or self._signed_in_full(d.en, index, "en")
                     or numeral_in_word(d.en, self._zh_text(index), self.zh[index])
                     or first_said_by_word(d.en, self._zh_text(index))
                     or year_in_name(d.en, self._zh_text(index))
                     or zodiac_year_zh(d.en, self._zh_text(index))
                     or span_of_months(d.en, self.zh[index])
                     or self._event_edition_year(d.en, index)
                     or self._in_code(d.en, index)
                     or self._in_block(d.en, index, "zh")
                     or self._this_century(d.en, index)
                     or members_counted(d.en, self._zh_text(index))
                     or dated_word(d.en, self._zh_text(index))
                     or date_named(d.en, self._zh_text(index))
                     or edition_named(d.en, self._en_text(index), self._zh_text(index))
                     or in_explanatory_gloss(d.en, self._en_text(index))
                     or days_named(d.en, self.en[index], self._en_text(index))
                     or terms_served(d.en, self._en_text(index), self._zh_text(index))
                     or self._restated_date(d.en, index)
                     or self._relative_year_counted(d.en, index))
        elif d.rule is NUMBER_MISMATCH and d.zh is not None and d.en is not None:
            where = (self._period_said_by_start(d.zh, d.en) or _two_digit_year(d.zh, d.en)
                     or self._years_ago(d.zh, d.en, index)
                     or self._year_earlier_figure(d.zh, d.en, index)
                     or self._regrouped(d.zh, d.en, index)
                     or self._same_span(d.zh, d.en, index) or self._end_of_day(d.zh, d.en, index)
                     or others_beside_named(d.zh, d.en, self._zh_text(index), self._en_text(index))
                     or terms_served(d.en, self._en_text(index), self._zh_text(index), d.zh))
            if not where and (said := one_said_before_its_noun(d.zh, self._zh_text(index),
                                                               self._en_text(index))):
                # then the English number is one the Chinese lacks: an extra, not a change
                return replace(d, severity=Severity.WARNING, message=d.message + (
                    f" But the English '{said}' may say {d.zh.surface} with its article: then "
                    f"{d.en.surface} is a number the Chinese does not have."),
                    extra=d.extra + (("uncertain", "a count of one said by an article"),))
        if not where:
            return self._wrong_weekday(d, index) if d.rule is NUMBER_MISSING else d
        return replace(d, severity=Severity.INFO,
                       message=f"{d.message} It is matched in the {where}.",
                       extra=(("matched_in", where),))

    def _beside_caption(self, d: Discrepancy, index: int) -> bool:
        """Whether a number missing from (or added to) the other side stands beside a photo
        caption or credit of its own side, in another sentence of the bead (a title block with
        the caption printed under its first line): the caption, which each page words its
        own way, may be what makes the bead dissimilar, not a pairing of unrelated sentences."""
        side, q = ("zh", d.zh) if d.rule is NUMBER_MISSING else ("en", d.en)
        if q is None or d.rule not in (NUMBER_MISSING, NUMBER_EXTRA):
            return False
        doc = self.a.zh if side == "zh" else self.a.en
        kind_of = furniture_zh if side == "zh" else furniture_en
        members = getattr(self.a.beads[index], side)
        captions = {i for i in members if kind_of(doc.segments[i].text) in _CAPTION_KINDS}
        holders = self._holders(q, index, side)
        return bool(captions) and bool(holders) and not captions & set(holders)

    def _said_by_parts(self, q: Quantity, index: int, side: str = "zh") -> str:
        """The parts (as "24 + 66") whose sum is the count ``q`` when its bead breaks it down on
        its own side (90个省市, 包括24对友城和66对友好交流城市; "Three posts of one … and two
        …") and the other language gives every part but not the total; "" otherwise. Two to
        four parts, each a count the other side states (a weak "one" for 一个 too: as parts of a
        sum they are read together), no part the total itself."""
        if q.kind != "count" or q.high is not None or q.value < 2:
            return ""
        own, other = (self.zh[index], self.en[index]) if side == "zh" else \
            (self.en[index], self.zh[index])
        parts = [p for p in own if p is not q and p.kind == "count" and p.high is None
                 and 0 < p.value < q.value and any(
                     o.kind == "count" and o.high is None and o.value == p.value for o in other)]
        for size in range(2, min(4, len(parts)) + 1):
            for combo in itertools.combinations(parts, size):
                if sum(p.value for p in combo) == q.value:
                    return " + ".join(p.surface.strip() for p in combo)
        return ""

    def _counted_one_by_one(self, q: Quantity, index: int) -> str:
        """The English words that name the members of a Chinese count of two or three (2名患者 as
        "One patient … Another …", 三位 as "the first …, the second … and the third …"), ""
        when the English of the bead does not."""
        if q.kind != "count" or q.high is not None or q.value not in (2, 3):
            return ""
        m = _ONE_BY_ONE[int(q.value)].search(self._en_text(index))
        if not m:
            return ""
        words = m.group(0).split()
        return f"{words[0]} … {words[-1]}"  # "One … Another"

    def set_aside(self, d: Discrepancy, index: int, mismatched: bool) -> Discrepancy:
        """The discrepancy as info when its bead cannot judge it: the bead pairs sentences that
        translate something else (the mismatch finding reports it), or the quantity missing
        from the English is in an untranslated header field (时间：…) run into a title."""
        side_q = ("zh", d.zh) if d.rule is NUMBER_MISSING and d.zh is not None else \
            ("en", d.en) if d.rule is NUMBER_EXTRA and d.en is not None else None
        if mismatched and not self._beside_caption(d, index):
            why = (" This bead pairs sentences that translate something else (see the mismatch "
                   "finding), so its numbers say little.", ("weak alignment", "mismatch"))
        elif d.rule is NUMBER_MISSING and d.zh is not None and self._in_header(d.zh, index):
            why = (" It is in a header field (time, place, speaker) or a wire dateline that "
                   "the English leaves out.", ("furniture", "header field"))
        elif d.rule is NUMBER_MISMATCH and d.zh is not None and d.en is not None \
                and d.zh.kind == d.en.kind == "date" \
                and wire_dateline(self._zh_text(index).lstrip()) and self._in_header(d.zh, index):
            why = (" The Chinese date is a wire dateline's (the day the reprinting agency filed "
                   "its story), not a date of the text, so it dates something else than the "
                   "English.", ("furniture", "wire dateline"))
        elif d.rule is NUMBER_EXTRA and d.en is not None and self._in_header_en(d.en, index):
            why = (" It is in a header field (\"Date: …\") of the English page that the "
                   "Chinese page does not print.", ("furniture", "header field"))
        elif (d.rule is NUMBER_MISSING and d.zh is not None and self._in_notice_line(
                d.zh, index, "zh")) or (d.rule is NUMBER_EXTRA and d.en is not None
                                        and self._in_notice_line(d.en, index, "en")):
            why = (" It is in the reprint's own lead: its line holds the notice that introduces "
                   "the text (全文如下, \"the following is the full text\"), written by the page's "
                   "editor for one language.", ("furniture", "lead"))
        elif side_q is not None and self._in_salutation(side_q[1], index, side_q[0]):
            why = (" It is in a salutation, whose titles a translation gives in full or "
                   "shortens as its own language addresses people.", ("furniture", "salutation"))
        elif side_q is not None and self._in_editors_lead(side_q[1], index, side_q[0]):
            why = (" It is in the page's own lead (a news lead of the occasion, or a lead "
                   "before the notice that introduces the text, 全文如下), which the other page "
                   "does not print there.", ("furniture", "editor's lead"))
        elif d.rule is NUMBER_MISSING and d.zh is not None and self._one_sided_heading(d.zh,
                                                                                      index):
            why = (" It is in the Chinese page's heading (a title or dateline line), and the "
                   "English beside it has no heading.", ("furniture", "heading"))
        elif d.rule is NUMBER_EXTRA and d.en is not None and (self._one_sided_heading(
                d.en, index, "en") or self._section_heading(d.en, index)) \
                and not self._has_heading("zh"):
            # only where the Chinese page prints no title block at all: a line missing from a
            # title block both pages print is a finding (the English date line of 284)
            why = (" It is in the English page's heading (a title or dateline line), and the "
                   "Chinese page prints no heading at all.", ("furniture", "heading"))
        elif d.rule is NUMBER_EXTRA and d.en is not None and self._year_naming_the_title(
                d.en, index):
            # the other way round, a year the Chinese title names and the English title drops,
            # is a finding: the Chinese prevails
            why = (" It is the year in the name the English title gives the document; the "
                   "Chinese title beside it names the document without its year.",
                   ("furniture", "title year"))
        elif d.rule is NUMBER_EXTRA and d.en is not None and self._year_of_named_document(
                d.en, index):
            why = (" It is the year the English gives a document the Chinese names without it "
                   "(\"the 1943 Cairo Declaration\" for 《开罗宣言》): the document's date made "
                   "explicit.", ("explicit", "a document's year"))
        elif d.rule is NUMBER_EXTRA and d.en is not None and (
                base := self._converted_amount(d.en, index)):
            why = (f" It is {base} converted into another currency, in brackets after it: the "
                   "same amount said twice.", ("explicit", "a currency conversion"))
        elif d.rule is NUMBER_MISSING and d.zh is not None and self._one_sided_lead_date(
                d.zh, index):
            why = (" It is the date of the Chinese page's own news lead (the opening sentence "
                   "that starts with the day it reports), and the English beside it states no "
                   "date: the English page does not print that lead.", ("furniture", "lead"))
        elif d.rule is NUMBER_MISSING and d.zh is not None and (
                parts := self._said_by_parts(d.zh, index)):
            why = (f" It is the total of the Chinese's own breakdown, {parts}, which the English "
                   "gives part by part.", ("total", parts))
        elif d.rule is NUMBER_MISSING and d.zh is not None and (
                named := self._counted_one_by_one(d.zh, index)):
            why = (f" The English names them one by one ({named}): the count is said by its "
                   "members.", ("total", named))
        elif d.rule is NUMBER_EXTRA and d.en is not None and (
                parts := self._said_by_parts(d.en, index, "en")):
            why = (f" It is the total of the English's own breakdown, {parts}, which the Chinese "
                   "gives part by part.", ("total", parts))
        elif self._only_in_caption(d, index):
            why = (" It is only in a photo caption (its line carries a photo or agency credit) "
                   "that the other page does not print as one: each page writes its own "
                   "captions.", ("furniture", "caption"))
        elif d.zh is not None and d.severity is Severity.ERROR \
                and d.rule in (NUMBER_MISSING, NUMBER_MISMATCH) \
                and self._one_sided_caption(d.zh, index):
            # the English may render the caption (a lead written from it) or other text: not
            # confident enough for an error, still worth a look
            return replace(d, severity=Severity.WARNING, message=d.message + (
                " It is in a photo caption (it carries a photo or agency credit) the English "
                "page does not print as one, so the English beside it may be other text."),
                extra=d.extra + (("furniture", "caption"),))
        else:
            return d
        return replace(d, severity=Severity.INFO, message=d.message + why[0],
                       extra=d.extra + (why[1],))

    def doubted(self, d: Discrepancy, index: int, loose: bool) -> Discrepancy:
        """The discrepancy graded by how certain the reading of its number is. A fragile
        reading (``Quantity.doubt``: a bare digit run, a label, a number in a title) is at
        most a warning, and info when its bead is loosely aligned or its sentence is page
        furniture (a heading, dateline, credit, a line that is only a number); a mismatch of
        a fragile Chinese reading pairs two numbers, itself evidence, so it stays a warning.
        A certain reading is left as it is."""
        if d.rule is NUMBER_MISSING:
            side, q = "zh", d.zh
        elif d.rule is NUMBER_EXTRA:
            side, q = "en", d.en
        elif d.rule is NUMBER_MISMATCH and d.zh is not None and d.en is not None:
            if d.en.doubt == LOST_DECIMALS:
                return _lost_digits(d)
            if year := _year_run_in(d.zh.surface, d.en.surface):
                return replace(d, severity=Severity.INFO, message=f"{d.message} The English "
                               f"number is the Chinese one with the year {year} run into its "
                               "digits (the page glued two cells or lines together).",
                               extra=d.extra + (("reading", "fragile: a year run into it"),))
            if d.zh.doubt == TABLE_ROW:
                return _in_table_row(d)
            if run := _list_run_together(d.zh.surface, self.en[index]):
                return replace(d, severity=Severity.INFO, message=f"{d.message} The Chinese "
                               f"number's digits are the English list {run} run together (the "
                               "page lost the marks between its items).",
                               extra=d.extra + (("reading", "fragile: a list run together"),))
            if TIMESTAMP in (d.zh.doubt, d.en.doubt):  # each page's own posting time, or a
                # stamp against a date of the text: the page's stamp renders nothing
                who = "Both are" if d.zh.doubt == d.en.doubt else "One of them is"
                return replace(d, severity=Severity.INFO, message=f"{d.message} {who} "
                               f"{TIMESTAMP}: each page stamps its own.",
                               extra=d.extra + (("reading", f"fragile: {TIMESTAMP}"),))
            if code := next((q.doubt for q in (d.zh, d.en)
                             if q.doubt.startswith(CONTACT_CODE)), ""):
                # a telephone number or postcode paired with another number: codes of a
                # contact block, which each page prints, splits or glues in its own way
                return replace(d, severity=Severity.INFO, message=f"{d.message} One of them "
                               f"is {code}.", extra=d.extra + (("reading", f"fragile: {code}"),))
            if d.zh.doubt == d.en.doubt == RUNNING_HEAD:  # 年報 37 and "2006-07 ANNUAL REPORT"
                return replace(d, severity=Severity.INFO,
                               message=f"{d.message} Both are {RUNNING_HEAD}.",
                               extra=d.extra + (("reading", f"fragile: {RUNNING_HEAD}"),))
            if FOOTNOTE in (d.zh.doubt, d.en.doubt):  # (注7) and the English edition's note 14
                return replace(d, severity=Severity.INFO,
                               message=f"{d.message} One of them is {FOOTNOTE}.",
                               extra=d.extra + (("reading", f"fragile: {FOOTNOTE}"),))
            side, q = "zh", d.zh  # the Chinese is what is compared: an English number it is
            # compared with differs whatever its own reading
        else:
            return d
        if d.rule is NUMBER_EXTRA and q is not None and any(
                _digits(q.surface) in row for row in run_together_rows(self._zh_text(index))):
            return _in_table_row(d)  # 1 491, a cell of the Chinese row 總數1 491 701 561
        if q is None or not q.doubt:
            return d
        if q.doubt == TABLE_ROW:
            return _in_table_row(d)
        if q.doubt == YEAR_DIGITS:  # no count at all, and no English year says which year
            return replace(d, severity=Severity.INFO, message=f"{d.message} The Chinese number "
                           f"is {q.doubt}, and no English year nearby has its digits.",
                           extra=d.extra + (("reading", f"fragile: {q.doubt}"),))
        lang = "Chinese" if side == "zh" else "English"
        doubt = f" The {lang} number is {q.doubt}, so its reading is in doubt"
        extra = d.extra + (("reading", f"fragile: {q.doubt}"),)
        furniture = "" if d.rule is NUMBER_MISMATCH else self._furniture(q, index, side)
        if d.rule is not NUMBER_MISMATCH and q.doubt.startswith((BARE_RUN, CONTACT_CODE)):
            # a digit run that says nothing of what it counts is, on real pages, a label, a
            # code, a list or paragraph number or a piece of a number the page split: of 30
            # such findings judged on real pairs, none was a real discrepancy (a contact line's
            # telephone number or postcode is one of those codes)
            return replace(d, severity=Severity.INFO, message=f"{d.message}{doubt}, and it "
                           "says nothing of what it counts.", extra=extra)
        if furniture or (loose and d.rule is not NUMBER_MISMATCH):
            where = (f"it is in the page's {furniture}" if furniture else
                     "the sentences of its bead are less alike than the document's typical pair")
            return replace(d, severity=Severity.INFO, message=f"{d.message}{doubt}, and {where}.",
                           extra=extra)
        severity = Severity.WARNING if d.severity is Severity.ERROR else d.severity
        return replace(d, severity=severity, message=f"{d.message}{doubt}.", extra=extra)

    def mangled(self, d: Discrepancy, index: int) -> Discrepancy:
        """A missing number beside a numeral the English page mangled ("the t4th Meeting",
        "2O19"), which the engine cannot read: info when its digits, each letter standing for
        one digit, can give the Chinese value (``mangled_reads_as``), else at most a warning
        (the mangled token may be the number)."""
        if d.rule is not NUMBER_MISSING or d.zh is None:
            return d
        tokens = mangled_numerals(self._en_text(index))
        if not tokens:
            return d
        z = d.zh
        wanted = {z.value, z.value // 10000} if z.kind == "date" else {z.value}
        for token in tokens:
            if any(mangled_reads_as(token, v) for v in wanted):
                return replace(d, severity=Severity.INFO, message=f"{d.message} The English "
                               f"{token!r} is a mangled numeral whose digits give it.",
                               extra=d.extra + (("mangled", token),))
        names = ", ".join(repr(t) for t in tokens)
        severity = Severity.WARNING if d.severity is Severity.ERROR else d.severity
        return replace(d, severity=severity, message=f"{d.message} The English has a mangled "
                       f"numeral ({names}) that cannot be read and may render it.",
                       extra=d.extra + (("uncertain", f"mangled numeral {names}"),))

    def uncertain(self, d: Discrepancy, index: int, unpaired_en: list[Quantity]) -> Discrepancy:
        """An error as a warning when the bead offers another reading of it: a missing Chinese
        time the English may state its own way (an unpaired English date, "last month",
        "annual"), a mismatch of a count with an ordinal or of a length of time with a date,
        or a mismatch whose English number renders a Chinese number of a neighbouring sentence
        (so the Chinese one may be left out, or be one-sided furniture, rather than changed).
        Measured on the first counts of unseen real pages, where the known forms had not
        explained them; a warning still shows them."""
        if d.rule is NUMBER_MISSING and d.zh is not None:
            other = time_said_otherwise(d.zh, self._en_text(index), self._zh_text(index),
                                        unpaired_en, bool(self.dateline_days))
            if not other and (far := self._said_far(d.zh, index)):
                return replace(d, severity=Severity.WARNING, message=d.message + (
                    f" The English says it {far} sentences away: the translation may state once "
                    "what the Chinese states twice, or the sentences may be paired out of step."),
                    extra=d.extra + (("uncertain", f"said {far} sentences away"),))
            if not other:
                return d
            why = (f" The English states a time of its own here ({other}), which may say it "
                   "another way.", ("uncertain", f"time said otherwise: {other}"))
        elif d.rule is NUMBER_MISMATCH and d.zh is not None and d.en is not None:
            z, e = d.zh, d.en
            if {z.kind, e.kind} == {"count", "ordinal"}:
                why = (f" {z.surface} and {e.surface} are a count and an ordinal: a "
                       "translation seldom turns one into the other, so the two sentences may "
                       "not be each other's (an English lead or title the Chinese page lacks "
                       "shifts what is paired).", ("uncertain", "a count against an ordinal"))
            elif count_against_year(z, e) or count_against_year(e, z):
                why = (f" {z.surface} is {_SORT.get(z.kind, 'a count of things')} and "
                       f"{e.surface} a year: a translation does not turn one into the other, "
                       "so each may belong to something the other side says elsewhere or not "
                       "at all.", ("uncertain", "a count of things against a year"))
            elif length_against_date(z, e) or length_against_date(e, z) or (
                    z.kind == "date" and (self.year is None or self.year <= z.value // 10000)
                    and self._counted_back(e, index)):  # no dateline after the year counted
                why = (f" {z.surface} and {e.surface} are a length of time and a calendar "
                       "date: one side may date what the other counts (五年内, \"by 2030\"), "
                       "or give a year in short (96年 for 1996).",
                       ("uncertain", "a length of time against a date"))
            elif where := self._find(e, index, self.zh, other_side=False, next_door=True):
                why = (f" The English {e.surface} renders a Chinese number of the {where}, so "
                       f"{z.surface} may be left out rather than changed.",
                       ("uncertain", f"English number matched in the {where}"))
            elif word := numeral_in_word(e, self._zh_text(index), self.zh[index]):
                why = (f" The English {e.surface} may render the {word}, so {z.surface} may be "
                       "left out rather than changed.", ("uncertain", word))
            else:
                return d
        else:
            return d
        return replace(d, severity=Severity.WARNING, message=d.message + why[0],
                       extra=d.extra + (why[1],))

    def _said_far(self, q: Quantity, index: int) -> int:
        """How many beads away the English says the Chinese ``q`` (0: nowhere on the page),
        looked for outwards from the bead, nearest first."""
        for far in range(1, len(self.a.beads)):
            if any(0 <= j < len(self.a.beads) and any(same_quantity(q, o) for o in self.en[j])
                   for j in (index - far, index + far)):
                return far
        return 0

    def _furniture(self, q: Quantity, index: int, side: str) -> str:
        """What page furniture the sentence of the bead holding ``q`` is ("" for content): a
        heading or dateline line, a credit or notice, or a line that is only a number."""
        if q.doubt.startswith(("alone on its line", "a question number", "a list number")):
            return "numbering (a question or list number)"
        if q.doubt == TIMESTAMP:
            return "time marks (a transcript's timestamp)"
        if q.doubt == FOOTNOTE:
            return "footnote marks"
        if q.doubt == RUNNING_HEAD:
            return "a running head or foot (the printed page's)"
        if q.doubt == WIRE_DATELINE:
            return "a news agency's dateline (the reprint's)"
        said = _said(q)
        doc = self.a.zh if side == "zh" else self.a.en
        bead = self.a.beads[index]
        kind_of = furniture_zh if side == "zh" else furniture_en
        for i in (bead.zh if side == "zh" else bead.en):
            text = doc.segments[i].text
            if said not in self._said_in(side, i):
                continue
            if kind := kind_of(self._line(side, i)):
                return kind
            if heading_line(text, i, side):
                return "heading"
        return ""

    def _regrouped(self, z: Quantity, e: Quantity, index: int) -> str:
        """Where a mismatch is two sentences regrouped: the Chinese value is said by an English
        sentence nearby and the English value by a Chinese one (a translation that moves a
        paragraph's facts between sentences pairs each with the other's number)."""
        if same_quantity(z, e):
            return ""  # the same number, another currency or kind: no regrouping explains it
        zh_at = next((_PLACE[off] for off, j in self._near(index) if off
                      and any(same_quantity(z, o) for o in self.en[j])), "")
        if not zh_at or not any(same_quantity(o, e) for off, j in self._near(index) if off
                                for o in self.zh[j]):
            return ""
        return f"{zh_at} (the English regroups the sentences, each number is said nearby)"

    def _members_listed_after(self, z: Quantity, index: int) -> str:
        """A count of kinds or items that a heading or a lead-in says and the sentences after it
        list (1、五种基本支付方式 … 分别为: 银行卡、移动支付、现金、账户和数字人民币 as "Basic
        payment methods … Bank card, mobile payment, cash, bank account and e-CNY"): the list
        says the count, in both languages, within the next two beads."""
        for j in range(index + 1, min(index + 3, len(self.a.beads))):
            listed = members_listed(z, self._en_text(j))
            if listed and any(zh_list_size(clause) == z.value for clause in
                              _CLAUSE_SEP.split(self._zh_text(j))):
                return f"{listed} in the next sentences, which the Chinese lists too"
        return ""

    def _en_text(self, index: int) -> str:
        return " ".join(self.a.en.segments[i].text for i in self.a.beads[index].en)

    def _this_century(self, e: Quantity, index: int) -> str:
        """An English century the Chinese names relatively: 新世纪 / 本世纪 "the 21st century"
        in a text of this century (its dateline's year from 2001 on, or none known)."""
        if e.kind != "ordinal" or e.value != 21 or not re.match(
                r"\s*centur", self._en_text(index)[self._en_text(index).find(e.surface)
                                                   + len(e.surface):]):
            return ""
        m = _THIS_CENTURY.search(self._zh_text(index))
        if m and (self.year is None or self.year > 2000):
            return f"Chinese {m.group(0)} (the present century)"
        return ""

    def _as_written(self, z: Quantity, index: int) -> str:
        """Where the English has a Chinese digit run exactly as written inside a word or name
        the English engine reads no number in ("Exercise Xibu Unity-2021" for 西部·联合-2021)."""
        digits = z.surface.strip()
        if not (digits.isascii() and digits.isdigit() and len(digits) >= 2):
            return ""
        en = self._en_text(index)
        if re.search(rf"(?<![\d.,]){digits}(?![\d]|[.,]\d)", en):
            return f"same sentence, written as {digits} inside a word or name"
        return ""

    def _end_of_day(self, z: Quantity, e: Quantity, index: int) -> str:
        """A Chinese day up to its midnight (截至11月15日24时: the data cut-off) that the English
        dates by the next day (the release's, "Nov 16"): the end of one day is the start of
        the next."""
        if z.kind != e.kind or z.kind != "date" or "d" not in e.unit:
            return ""
        if not ends_at_midnight(z, self._zh_text(index)) or not next_day(z, e):
            return ""
        return "next day, which starts at the Chinese midnight (24时)"

    def _midnight_as_next_day(self, z: Quantity, index: int) -> str:
        """A Chinese midnight (24时) after a day (截至11月15日24时) that the English dates by the
        next day ("Nov 16"): the English says the cut-off by the day it ends on."""
        if z.kind != "time" or z.value != 24 or z.high is not None:
            return ""
        text = self._zh_text(index)
        for day in self.zh[index]:
            if ends_at_midnight(day, text) and any(
                    e.kind == "date" and "d" in e.unit and next_day(day, e)
                    for e in self.en[index]):
                return "English date of the next day, which starts at that midnight"
        return ""

    def _same_span(self, z: Quantity, e: Quantity, index: int) -> str:
        """Where the English gives a Chinese span of time in another unit (一年半 as "eighteen
        months", 半年 as "six months", 两周 as "14 days"): the same length once converted."""
        zu = _SPAN_UNITS.get(z.unit.removeprefix("个"))
        if zu is None or z.kind != "count" or e.kind != "count" or z.high is not None \
                or e.high is not None:
            return ""
        noun = e.unit or (m.group(1) if (m := re.search(
            re.escape(e.surface) + r"[\s-]+(years?|months?|weeks?|days?)\b",
            self._en_text(index), re.IGNORECASE)) else "")
        eu = _SPAN_UNITS.get(noun.lower().rstrip("s"))
        if eu is None or eu[0] != zu[0] or eu[1] == zu[1] or z.value * zu[1] != e.value * eu[1]:
            return ""
        return f"same sentence, as {e.surface} {noun} (the same span in another unit)"

    def _in_code(self, q: Quantity, index: int) -> str:
        """Where the other side of the bead names a count or ordinal by a code that holds it
        (第二十八届联合国气候变化大会 as "COP28"; "the 28th Conference of the Parties" for
        COP28): letters and the number run together, which the engines read as a name."""
        if q.kind not in ("count", "ordinal") or q.high is not None or q.value < CODE_MIN \
                or q.value != q.value.to_integral_value():
            return ""
        other = self._en_text(index) if q in self.zh[index] else self._zh_text(index)
        code = code_holding(int(q.value), other)
        return f"same sentence, inside the code {code}" if code else ""

    def _in_block(self, q: Quantity, index: int, other: str) -> str:
        """Where the bead stands in a block of short lines on both sides (an address, a list,
        a signature: ``coverage.bead_blocks``) and the ``other`` side's block says ``q``, the
        same value exactly (a year is no date of that year), on another of its lines: each
        page orders such lines its own way (香港金鐘道88號 before the addressee, "88 Queensway"
        after)."""
        if q.kind == "date":
            return ""  # a block of headings may say the year on another line, not this one's
        a = self.a
        blocks = bead_blocks(a, a.beads[index])
        if blocks is None:
            return ""
        lines = set(blocks[0 if other == "zh" else 1])
        found = self.zh if other == "zh" else self.en
        reach = len(lines) + NEIGHBOURHOOD
        for j in range(max(0, index - reach), min(len(a.beads), index + reach + 1)):
            if j != index and lines.intersection(getattr(a.beads[j], other)) and any(
                    (o.kind, o.value, o.high) == (q.kind, q.value, q.high) for o in found[j]):
                return "block of short lines around it (an address, list or signature)"
        return ""

    def _zh_text(self, index: int) -> str:
        return "".join(self.a.zh.segments[i].text for i in self.a.beads[index].zh)

    def _dates_near(self, index: int) -> list[Quantity]:
        return [e for _, j in self._near(index) for e in self.en[j] if e.kind == "date"]

    def _congress_year(self, e: Quantity, index: int) -> str:
        """An English year given to a CPC National Congress the Chinese names by its ordinal
        (十八大 "the 18th National Congress ... convened in 2012"): matched when it is the
        congress's year."""
        if e.kind != "date" or e.unit != "y":
            return ""
        year = int(e.value) // 10000
        text = self._zh_text(index)
        for z in self.zh[index]:
            if _congress_met(z, text) == year:
                return f"Chinese {z.surface} (the year that congress met)"
        return ""

    def _congress_by_year(self, z: Quantity, index: int) -> str:
        """A Chinese congress ordinal the English dates by the congress's year instead (十八大以来
        "since 2012")."""
        year = _congress_met(z, self._zh_text(index))
        if year is None:
            return ""
        if any(e.kind == "date" and e.unit == "y" and e.high is None
               and int(e.value) // 10000 == year for e in self.en[index]):
            return f"English {year} (the year the {z.surface} congress met)"
        return ""

    def _event_named_before(self, z: Quantity, index: int) -> str:
        """A congress's or plenum's ordinal (党的二十大) the English calls "the congress" here,
        having named it with its number earlier in the document: a translation names an event
        in full once and then by its kind, where the Chinese repeats the number."""
        if z.kind != "ordinal" or z.unit not in _EVENT_UNITS:
            return ""
        if not _EVENT_BY_ITS_KIND.search(self._en_text(index)):
            return ""
        if any(e.kind == "ordinal" and e.value == z.value and e.high is None
               for j in range(index) for e in self.en[j]):
            return "English text before, which names the event in full (\"the congress\" here)"
        return ""

    def _span_by_its_start(self, z: Quantity, index: int) -> str:
        """A Chinese span of years up to now (改革开放30多年来, 近20年来) the English gives by its
        start instead ("since the late 1970s", "since 2005"): matched when the start, counted to
        the document's year, fits the span as its qualifier allows; with no year for the
        document, when the start plus the span is not in the future."""
        if z.kind != "count" or z.unit != "年" or z.high is not None or not 1 < z.value < 200:
            return ""
        text = self._zh_text(index)
        at = text.find(z.surface)
        if at < 0 or not re.match(r"(?:以)?来", text[at + len(z.surface):]):
            return ""
        en = self._en_text(index)
        for e in self.en[index]:
            if e.kind == "date" and e.unit == "y" and e.high is None:
                starts = [int(e.value) // 10000]
            elif e.kind == "decade":
                starts = list(range(int(e.value), int(e.value) + 10))
            else:
                continue
            at_e = en.find(e.surface)
            if at_e < 0 or not _SINCE_BEFORE.search(en, max(0, at_e - 100), at_e):
                continue
            if self.doc_year is not None:
                fits = any(self._span_started(z, y) for y in starts)
            else:
                fits = min(starts) + int(z.value) <= datetime.date.today().year
            if fits:
                return f"English {e.surface} (the start of the span, said instead of its length)"
        return ""

    def _weekdays_said(self, index: int) -> list[tuple[int, Quantity]]:
        """The English weekdays of a bead and its neighbours, nearest first."""
        return [(off, e) for off, j in self._near(index) for e in self.en[j]
                if e.kind == "weekday"]

    def _year_of(self, z: Quantity, index: int) -> tuple[int | None, str]:
        """The year a Chinese month-and-day date falls in, and where it comes from: its own,
        the one year the bead's Chinese states, or the document's dateline (None, "" when no
        year is known)."""
        year = date_parts(z.value)[0]
        if year:
            return year, "its own"
        stated = {date_parts(q.value)[0] for q in self.zh[index]
                  if q.kind == "date" and "y" in q.unit and q.high is None}
        if len(stated) == 1:
            return stated.pop(), "the bead's"
        return (self.year, "the dateline's") if self.year else (None, "")

    def _weekday_of_date(self, z: Quantity, index: int) -> str:
        """A Chinese weekday written beside its date (2019年1月14日(星期一)) when the English
        states that date: the weekday only restates it. Not when the date, in its known year,
        falls on another day, nor when a time the English leaves out follows the weekday
        (星期三上午11時正: the English has cut the line's day and time down to its date)."""
        if z.kind != "weekday":
            return ""
        text = self._zh_text(index)
        if any(t.kind == "time" and re.search(
                rf"{re.escape(z.surface)}[)）]?\s*{re.escape(t.surface)}", text)
                and not self._find(t, index, self.en, other_side=True) for t in self.zh[index]):
            return ""
        for q in self.zh[index]:
            if q.kind != "date" or "m" not in q.unit or "d" not in q.unit or q.high is not None \
                    or not re.search(rf"{re.escape(q.surface)}\s*[(（]?\s*{re.escape(z.surface)}",
                                     text):
                continue
            year, _ = self._year_of(q, index)
            _, month, day = date_parts(q.value)
            try:
                if year and datetime.date(year, month, day).isoweekday() != (
                        int(z.value) - 1) % 7 + 1:  # 星期日 may be 0 or 7
                    return ""
            except ValueError:
                return ""
            if self._find(q, index, self.en, other_side=True):
                return f"English date it accompanies ({q.surface}, which the English states)"
        return ""

    def _weekday(self, z: Quantity, index: int) -> str:
        """A Chinese date the English says by its weekday ("on Monday" for 6月24日, "was
        published Monday", as news English does), said in this bead's English or a
        neighbour's: matched when the date, in its year (``_year_of``), falls on that weekday;
        when no year is known the weekday cannot be checked, and the date is given as said
        with that reason. A weekday that is not the date's is ``_wrong_weekday``."""
        if z.kind != "date" or "m" not in z.unit or "d" not in z.unit or z.high is not None:
            return ""
        said = self._weekdays_said(index)
        if not said:
            return ""
        year, _ = self._year_of(z, index)
        _, month, day = date_parts(z.value)
        if year is None:
            off, e = said[0]
            return (f"{_PLACE[off]}, as a weekday, {e.surface!r} (no year is known, so whether "
                    "that date fell on it cannot be checked)")
        try:
            weekday = datetime.date(year, month, day).isoweekday()
        except ValueError:  # no such day
            return ""
        for off, e in said:
            if int(e.value) == weekday:
                return f"{_PLACE[off]}, as its weekday {e.surface!r}"
        return ""

    def _wrong_weekday(self, d: Discrepancy, index: int) -> Discrepancy:
        """A Chinese date missing from the English whose own bead's English names a weekday
        (one the bead's Chinese does not name itself) the date did not fall on, in the year
        known for it: a mismatch (an error when the year is the date's own or its bead's, a
        warning when it is the dateline's)."""
        z = d.zh
        if z is None or z.kind != "date" or "m" not in z.unit or "d" not in z.unit \
                or z.high is not None:
            return d
        # a weekday the Chinese of the bead names too (3月17日(週四) "Thursday, March 17")
        # belongs to that day, not to this date
        own = {q.value for q in self.zh[index] if q.kind == "weekday"}
        said = [e for off, e in self._weekdays_said(index) if off == 0 and e.value not in own]
        year, source = self._year_of(z, index)
        if not said or year is None:
            return d
        _, month, day = date_parts(z.value)
        try:
            actual = datetime.date(year, month, day)
        except ValueError:
            return d
        e = said[0]
        dated = _dateline_date(self.a) if source == "the dateline's" else None
        if dated is not None and "d" not in dated.unit:
            # the year is only inferred from a year the opening mentions, no dated dateline: a
            # weekday that fits the year before or after is the date said as its weekday (a
            # letter of 2019 whose opening mentions 2018年11月 first)
            for near in (year + 1, year - 1):
                try:
                    other = datetime.date(near, month, day)
                except ValueError:
                    continue
                if other.isoweekday() == int(e.value):
                    return replace(d, severity=Severity.INFO, message=(
                        f"{d.message} The English says it as its weekday {e.surface!r}, which "
                        f"{z.surface} was in {near} ({source} year, {year}, is only inferred)."),
                        extra=d.extra + (("matched_in", "its weekday, in a year near the "
                                                        "inferred one"),))
        severity = Severity.WARNING if source == "the dateline's" else Severity.ERROR
        return Discrepancy(
            NUMBER_MISMATCH, f"The Chinese {z.surface} ({actual:%B} {actual.day}, {year}, "
            f"{source} year) fell on a {actual:%A}; the English says {e.surface!r}.",
            zh=z, en=e, severity=severity, extra=(("kind", "weekday"),))

    def _relative_year(self, z: Quantity, index: int) -> str:
        """A Chinese year the English says relatively ("this year" for 2020年 in a 2020
        press conference): matched when it agrees with the dateline, or when there is none;
        in the next sentence too when it agrees with the dateline (2024年度颁奖晚宴 "the annual
        Gala Dinner", then "this year's gala")."""
        if z.kind != "date" or z.unit != "y" or z.high is not None:
            return ""
        year = int(z.value) // 10000
        beads = self.a.beads
        for k in (index, index - 1, index + 1):
            if not 0 <= k < len(beads) or k != index and self.year is None:
                continue
            en = " ".join(self.a.en.segments[i].text for i in beads[k].en)
            for m in _RELATIVE_YEAR_EN.finditer(en):
                offset = RELATIVE_YEARS_EN[" ".join(m.group(1).lower().split()[-1:])]
                if self.year is None or self.year + offset == year:
                    return f"English {m.group(0)!r} (relative year" + (
                        f", dateline {self.year})" if self.year is not None else ")") + (
                        "" if k == index else ", in the sentence next to it")
        return ""

    def _section_year(self, e: Quantity, index: int) -> str:
        """An English year that the heading of the Chinese section the bead is in names (一、
        2004年工作回顾, then "GDP in 2004" where the Chinese sentence says only 全市生产总值):
        the translator made the section's year explicit. Only the nearest section heading
        before the bead counts: a year of another section is a year the English added."""
        if e.kind != "date" or e.unit != "y" or e.high is not None:
            return ""
        first = next((b.zh[0] for b in self.a.beads[index::-1] if b.zh), None)
        if first is None:
            return ""
        for i in range(first, -1, -1):
            text = self.a.zh.segments[i].text.strip()
            if _ZH_SECTION_HEADING.match(text) and len(text) <= 40 \
                    and not text.endswith(("。", "！", "？")):
                if any(z.kind == "date" and "y" in z.unit and z.high is None
                       and z.value == e.value for z in read_zh(readable_zh(text))):
                    return f"Chinese section heading {text!r}"
                return ""
        return ""

    def _period_of_plan(self, e: Quantity, index: int) -> str:
        """An English range of years in brackets after a name ("the Fifth Five-Year Reform
        Programme (2019–2023)") as long as a period of years the Chinese bead counts (五年改革纲要):
        the translator dated the plan the Chinese names."""
        if e.kind != "date" or e.unit != "y":
            return ""
        years = {int(e.value) // 10000} | ({int(e.high) // 10000} if e.high is not None else set())
        for m in _BRACKETED_YEARS.finditer(self._en_text(index)):
            start, end = int(m[1]), int(m[2])
            if not years <= {start, end} or end <= start:
                continue  # the English 2019–2023 may be read whole or by its end alone
            for z in self.zh[index]:
                if z.kind == "count" and z.unit == "年" and z.high is None \
                        and z.value == end - start + 1:
                    return f"Chinese {z.surface}, the length of the period the English dates"
        return ""

    def _period_start(self, e: Quantity, index: int) -> str:
        """An English year that dates the start of a period the Chinese counts (新中国成立75年来
        as "over the past 75 years since the founding of the PRC in 1949", 建交50周年 as "50
        years since 1972"): the translator made the start explicit. Matched when the year plus
        the period reaches the dateline's year (within one: an anniversary is counted either
        way), or, with no dateline to check it by, when the English says the same period in
        the clause that leads to the year ("75 years since the founding … in 1949"). So is
        the year the period ends on, when the English names the anniversary after it
        (新中国成立一百年时 "by 2049 when the PRC marks its centenary")."""
        if e.kind != "date" or e.unit != "y" or e.high is not None:
            return ""
        year = int(e.value) // 10000
        periods = [z for z in self.zh[index] if z.unit in ("年", "周年") and z.high is None
                   and z.kind in ("count", "ordinal") and 1 < z.value < 1000]
        en = self._en_text(index)
        said = list(re.finditer(rf"(?<!\d){year}(?!\d)", en))  # where the English says the year
        for z in periods:
            if any(_anniversary_follows(en, m.end(), z.value) for m in said):
                return f"Chinese {z.surface} (the anniversary the year falls on)"
            if self.year is None:
                if any(_period_leads_to(en, m.start(), z.value) for m in said):
                    return f"Chinese {z.surface} (the start of the period it counts)"
            elif self._starts(year, z):
                return f"Chinese {z.surface} (the start of the period, dateline {self.year})"
        return ""

    def _period_said_by_start(self, z: Quantity, e: Quantity) -> str:
        """The Chinese period (新中国成立75年来) said by its start year ("since 1949"), the
        year and the period reaching the dateline's year."""
        if e.kind != "date" or e.unit != "y" or e.high is not None or self.year is None:
            return ""
        if z.unit not in ("年", "周年") or z.high is not None or not 1 < z.value < 1000:
            return ""
        if self._starts(int(e.value) // 10000, z):
            return f"dateline ({self.year}), counted back by the Chinese {z.surface}"
        return ""

    def _years_ago(self, z: Quantity, e: Quantity, index: int) -> str:
        """A Chinese year the English says as a count of years back from the dateline's year
        ("Five years ago" for 2015年 in a message dated 2020): the count is the dateline's
        year less the Chinese year. Without a dateline it cannot be borne out (``uncertain``
        makes it a warning); a count the dateline does not bear out stays."""
        if z.kind != "date" or z.unit != "y" or z.high is not None or self.year is None \
                or not self._counted_back(e, index):
            return ""
        if self.year - int(z.value) // 10000 == e.value:
            return f"English '{e.surface} years ago' (counted back from the dateline, {self.year})"
        return ""

    def _relative_year_counted(self, e: Quantity, index: int) -> str:
        """An English count of years back ("two years ago") that says the Chinese relative year
        of the bead (前年 "the year before last", 去年): the count is the word's distance."""
        if not self._counted_back(e, index):
            return ""
        for m in _RELATIVE_RE.finditer(self._zh_text(index)):
            if RELATIVE_YEARS[m.group()] == -e.value:
                return f"Chinese {m.group()} (said as '{e.surface} years ago')"
        return ""

    def _year_earlier_figure(self, z: Quantity, e: Quantity, index: int) -> str:
        """A Chinese year-on-year difference (减少401亿美元,同比少减111亿美元) the English gives as
        the year-earlier figure ("dropped by USD40.1 billion, compared with a fall of USD51.2
        billion in the same period last year"): the English number is the bead's current
        Chinese figure plus or minus the difference, in the same unit."""
        if z.high is not None or e.high is not None or z.kind != e.kind or z.unit != e.unit \
                or not re.search(_YEAR_ON_YEAR_DIFFERENCE + re.escape(z.surface),
                                 self._zh_text(index)):
            return ""
        for c in self.zh[index]:
            if c is not z and c.kind == z.kind and c.unit == z.unit and c.high is None \
                    and e.value in (c.value + z.value, c.value - z.value):
                return (f"English year-earlier figure: {c.surface} and the difference "
                        f"{z.surface} make {e.surface}")
        return ""

    def _counted_back(self, e: Quantity, index: int) -> bool:
        """Whether the English count ``e`` is a number of years back ("five years ago")."""
        return e.kind == "count" and e.high is None and bool(re.search(
            rf"(?<![\w-]){re.escape(e.surface)}\s+years?\s+(?:ago|earlier|before)\b",
            self._en_text(index), re.IGNORECASE))

    def _span_from_start(self, z: Quantity, index: int) -> str:
        """A Chinese span of years (近200年) its own sentence also gives by its start year
        (自1817年建立以来 … 近200年), the English keeping the year alone ("since its founding in
        1817"): the span is the start year counted to the document's year, as the span's
        qualifier allows (nearly 200 for 193). A span the years do not bear out stays."""
        if z.kind != "count" or z.unit != "年" or z.high is not None or not 1 < z.value < 1000:
            return ""
        doc_year = self.doc_year
        if doc_year is None:
            return ""
        en = self._en_text(index)
        for y in self.zh[index]:
            if y.kind != "date" or y.unit != "y" or y.high is not None:
                continue
            start = int(y.value) // 10000
            if re.search(rf"(?<!\d){start}(?!\d)", en) and self._span_started(z, start):
                return (f"English {start} (the start of the span the Chinese also gives, "
                        f"{doc_year - start} years before the document's year {doc_year})")
        return ""

    def _span_started(self, z: Quantity, start: int) -> bool:
        """Whether the span of years ``z`` (近200年, 30多年) reaches from ``start`` to the
        document's year, as the span's qualifier allows (nearly 200 for 193)."""
        doc_year = self.doc_year
        if doc_year is None or start >= doc_year:
            return False
        qualifier = {"nearly": "less-than"}.get(z.qualifier, z.qualifier)
        return span_fits(doc_year - start, replace(z, qualifier=qualifier))

    def _starts(self, year: int, z: Quantity) -> bool:
        """Whether ``year`` starts the period ``z`` that ends at the dateline's year (within
        one: an anniversary is counted either way; 40多年 any year at least 40 back)."""
        if self.year is None:
            return False
        start = self.year - int(z.value)
        return (z.qualifier == "exact" and abs(start - year) <= 1
                or z.qualifier in ("more-than", "at-least") and year <= start)

    def _relative_ordinal(self, z: Quantity, index: int) -> str:
        """A Chinese ordinal the English says relatively (第73届联大 as "the last GA session" in
        a statement at the 74th): matched when the English bead names a session, meeting or
        the like as the last, this or next one and the document states the ordinal that makes
        it so (74th for "last" 73rd) on either side."""
        if z.kind != "ordinal" or z.high is not None:
            return ""
        en = self._en_text(index)
        stated = {q.value for pool in (*self.zh, *self.en) for q in pool
                  if q.kind == "ordinal" and q is not z and q.high is None}
        for m in _RELATIVE_ORDINAL_EN.finditer(en):
            offset = RELATIVE_ORDINALS_EN[m.group(1).lower()]
            if z.value - offset in stated:
                return (f"English {m.group(0)!r} (relative to the "
                        f"{render_en(replace(z, value=z.value - offset))} the document states)")
        return ""

    def _holders(self, q: Quantity, index: int, side: str) -> list[int]:
        """The sentences of one side of a bead that say ``q``."""
        said = _said(q)
        return [i for i in getattr(self.a.beads[index], side) if said in self._said_in(side, i)]

    def _in_salutation(self, q: Quantity, index: int, side: str) -> bool:
        """Whether every line of the bead that says ``q`` is a salutation (尊敬的…主席汤姆森先生,
        "Your Excellency Mr. Peter Thomson, President of the 71st Session of …,"): titles of
        the people addressed, which each language gives in its own measure."""
        kind_of = furniture_zh if side == "zh" else furniture_en
        addressed = _ADDRESSED_ZH if side == "zh" else EN_ADDRESSED
        holders = self._holders(q, index, side)
        return bool(holders) and all(
            kind_of(line := self._line(side, i)) == "salutation" and addressed.match(line)
            for i in holders)  # a form of address opens it: 我讲三点意见： is no salutation

    def _in_editors_lead(self, q: Quantity, index: int, side: str) -> bool:
        """Whether ``q`` is in the page's head on its side, before the notice that introduces
        the text (``PageHead``: an editor's lead, 王毅表示…。以下为讲话双语全文：), while the
        other side of the bead holds no sentence (title lines, a byline): the other page does
        not print that lead. An English sentence there may translate the lead, and a lead
        before the other page's notice too does. A Chinese news lead in the head (国务院新闻办
        公室于…(星期三)上午10时举行新闻发布会, ``NEWS_LEAD``) is one without a notice: the
        English page beside it gives the occasion as header lines (speakers, a date line)."""
        if self.head is None:
            return False
        holders = self._holders(q, index, side)
        doc, other_doc = (self.a.zh, self.a.en) if side == "zh" else (self.a.en, self.a.zh)
        notice = self.head.notice[0 if side == "zh" else 1]
        other = getattr(self.a.beads[index], "en" if side == "zh" else "zh")
        return bool(holders) and all(i < notice or side == "zh" and NEWS_LEAD.match(
            doc.segments[i].text.lstrip()) for i in holders) and self.head.holds(
            side, tuple(holders)) and not any(
                SENTENCE_END.search(other_doc.segments[i].text) for i in other)

    def _one_sided_heading(self, q: Quantity, index: int, side: str = "zh") -> bool:
        """Whether the line of ``side`` holding ``q`` is a heading (an opening line that is no
        sentence, or a dateline) while no sentence of the other language in the bead is one:
        one page prints a title or dateline the other page does not, and the aligner put it
        with the first sentence of the text (or with the other page's title, when that title
        states no date and the page's head is a dateline alone)."""
        said = _said(q)
        bead = self.a.beads[index]
        other = "en" if side == "zh" else "zh"
        mine, theirs = (bead.zh, bead.en) if side == "zh" else (bead.en, bead.zh)
        doc, other_doc = (self.a.zh, self.a.en) if side == "zh" else (self.a.en, self.a.zh)
        holders = [i for i in mine if said in self._said_in(side, i)] or [
            i for i in mine if q.surface in doc.segments[i].text]  # one end of a range
        if not holders or not all(heading_line(doc.segments[i].text, i, side) for i in holders):
            return False
        if not any(heading_line(other_doc.segments[i].text, i, other) for i in theirs):
            return True
        # a page headed by a date-and-place line alone ((2018年11月8日,布鲁塞尔)), beside the
        # other page's title, which dates nothing: each page heads the text its own way. A
        # title block on both sides, one with a date line the other lacks, is a finding.
        kind_of = furniture_zh if side == "zh" else furniture_en
        if q.kind != "date" or not all(kind_of(self._line(side, i)) == "dateline" for i in mine) \
                or any(o.kind == "date" for o in (self.en if side == "zh" else self.zh)[index]):
            return False
        if not all(_DATE_AND_PLACE.fullmatch(doc.segments[i].text.replace(q.surface, "\x00"))
                   for i in holders):
            return False  # a title run into the date's line
        beside = {j for i in holders for j in (i - 1, i + 1)
                  if 0 <= j < len(doc.segments) and j not in holders}
        return not any(heading_line(doc.segments[j].text, j, side)
                       and kind_of(self._line(side, j)) not in ("dateline", "salutation")
                       for j in beside)  # no title line beside it

    def _year_naming_the_title(self, e: Quantity, index: int) -> bool:
        """Whether ``e`` is a bare year (or span of years) that opens or closes the name of the
        document in the English title line ("2010-11 Policy Address by …", "Report on the
        Work of the Government 2024") while the Chinese title line in the bead names it with
        no date (施政报告全文): each page words its own title, and the English made the year
        of the document's name explicit."""
        if e.kind != "date" or e.unit != "y":
            return False
        bead = self.a.beads[index]
        return any(heading_line(self.a.en.segments[i].text, i, "en") and any(
            m.group(1) == e.surface for names in _EN_YEAR_NAMES
            for m in names.finditer(self.a.en.segments[i].text)) for i in bead.en) and any(
            heading_line(self.a.zh.segments[i].text, i, "zh") and not any(
                said.endswith(" date") for said in self._said_in("zh", i)) for i in bead.zh)

    def _converted_amount(self, e: Quantity, index: int) -> str:
        """The English amount that the money amount ``e`` converts, in brackets right after
        it ("US$79.74 billion (S$112.4 billion)"), or "": a newspaper gives its readers the
        amount in their own currency."""
        if e.kind != "money":
            return ""
        at = re.compile(r"\(\s*(?:about\s+|around\s+|approx\.?\s+|or\s+)?"
                        + re.escape(e.surface.strip()) + r"\s*\)")
        for i in self.a.beads[index].en:
            text = self.a.en.segments[i].text
            for m in at.finditer(text):
                head = text[:m.start()].rstrip()
                before = [q for q in extract_en(head) if q.kind == "money" and q.unit != e.unit]
                if before and head.endswith(before[-1].surface.strip()):
                    return before[-1].surface.strip()
        return ""

    def _year_of_named_document(self, e: Quantity, index: int) -> bool:
        """Whether ``e`` is a bare year right before the name of a declaration, treaty or
        agreement in the English ("the 1943 Cairo Declaration", "the 1982 United Nations
        Convention on the Law of the Sea") while the bead's Chinese names such a document
        (宣言, 公约, 协定…) and says no year: English dates a document by its name, Chinese by
        its title alone."""
        if e.kind != "date" or e.unit != "y" or e.high is not None:
            return False
        bead = self.a.beads[index]
        year = re.escape(e.surface.strip())
        named = re.compile(f"{year}{_DOCUMENT_AFTER_YEAR}|{_DOCUMENT_BEFORE_YEAR}{year}\\b")
        # the Chinese says no year (a dateline's 9月26日 has none)
        return any(named.search(self.a.en.segments[i].text) for i in bead.en) and any(
            _DOCUMENT_ZH.search(self.a.zh.segments[i].text) for i in bead.zh) and not any(
            q.kind == "date" and int(q.value) // 10000 for i in bead.zh
            for q in self._read("zh", i))

    def _section_heading(self, e: Quantity, index: int) -> bool:
        """Whether every English sentence of the bead saying ``e`` is a section heading further
        down the page (a line of its own, in title case, with no sentence stop: "A Review of
        the Work in 2016") while no Chinese sentence of the bead is a line without a stop: the
        English page heads sections the Chinese page runs on without."""
        said = _said(e)
        bead = self.a.beads[index]
        holders = [i for i in bead.en if said in self._said_in("en", i)]
        return bool(holders) and all(
            _section_line(self.a.en.segments[i].text) for i in holders) and not any(
            not SENTENCE_END.search(self.a.zh.segments[i].text) for i in bead.zh)

    def _has_heading(self, side: str) -> bool:
        """Whether the page of ``side`` prints a heading (a title or dateline line) among its
        opening lines or anywhere in its head (``coverage.PageHead``: after a caption or lead)."""
        doc = self.a.zh if side == "zh" else self.a.en
        head = 0 if self.head is None else self.head.zh if side == "zh" else self.head.en
        return any(heading_line(seg.text, 0, side)  # 0: a line of the head is an opening one
                   for seg in doc.segments[:max(HEADING_LINES, head)])

    def _one_sided_lead_date(self, q: Quantity, index: int) -> bool:
        """Whether ``q`` is the date a news lead opens with (2019年10月18日，外交部举行例行记者会…)
        among the document's opening sentences, grouped by the aligner with the Chinese
        sentences after it, while no English sentence of the bead states a date or weekday: a
        reprint's lead the English page does not print, put with the first translated
        sentence. (A lead paired alone with English that drops its date is a finding.) A wire
        lead that gives the day alone after its subject (国务院新闻办公室18日发表…白皮书) is one too
        when no English date of the bead has a day (a title block's "March 2019" cannot say
        the 18th)."""
        bead = self.a.beads[index]
        if q.kind != "date" or len(bead.zh) < 2:
            return False
        dated = [e for e in self.en[index] if e.kind in ("date", "weekday")]
        for i in bead.zh:
            text = self.a.zh.segments[i].text.lstrip()
            if i < HEADING_LINES and DATED_LEAD.match(text) and text.startswith(q.surface):
                return not dated
            if i == 0 and q.unit == "d" and (m := _WIRE_LEAD_DAY.match(text)) \
                    and m.group(1) == q.surface.strip() and not any(
                        e.kind == "weekday" or "d" in e.unit for e in dated):
                return True
        return False

    def _only_in_caption(self, d: Discrepancy, index: int) -> bool:
        """Whether every sentence of the bead that says the finding's number (the Chinese one
        of a missing number or a mismatch, the English one of an extra number) is on a
        caption's line (``entities.caption``: it ends with a photo or agency credit, （新华社记者
        张三摄）, [新华社 李四 摄], "(Xinhua/Li Xueren)"), while the other side of the bead
        carries no caption: a number of page furniture, at most info. A number also said by a
        sentence of the text (a news lead the caption repeats) is not."""
        if d.rule in (NUMBER_MISSING, NUMBER_MISMATCH) and d.zh is not None:
            side, q = "zh", d.zh
        elif d.rule is NUMBER_EXTRA and d.en is not None:
            side, q = "en", d.en
        else:
            return False
        bead = self.a.beads[index]
        other = " ".join(self.a.en.segments[i].text for i in bead.en) if side == "zh" else \
            "".join(self.a.zh.segments[i].text for i in bead.zh)
        if caption(*(("", other) if side == "zh" else (other, ""))):
            return False
        holders = self._holders(q, index, side)
        return bool(holders) and all(self._captioned(side, i) for i in holders)

    def _captioned(self, side: str, segment: int) -> bool:
        """Whether a segment's line is a photo caption: it ends with a photo or agency credit
        (``entities.caption``, ``furniture.is_credit``), or the page's next line is the credit
        alone (新华社记者 谢环驰 摄 on a line of its own under the caption)."""
        line = self._line(side, segment)
        if caption(*((line, "") if side == "zh" else ("", line))) or is_credit(line, side):
            return True  # (a credit at the line's end without brackets: … 新华社记者 谢环驰 摄)
        doc = self.a.zh if side == "zh" else self.a.en
        after = doc.text.find("\n", doc.segments[segment].end)
        while after >= 0:
            start = after + 1
            after = doc.text.find("\n", start)
            nxt = doc.text[start:after if after >= 0 else len(doc.text)].strip()
            if nxt:  # a credit alone, no caption of its own (图为…。中国网 郑亮 摄 is one)
                return is_credit(nxt, side) and not _SENTENCE_INSIDE.search(nxt)
        return False

    def _one_sided_caption(self, q: Quantity, index: int) -> bool:
        """Whether the Chinese sentence holding ``q`` is part of a photo caption (its line
        carries a photo or agency credit: …合影。[新华社 李学仁 摄]) while the English of the
        bead carries none: each page writes its own captions, and the aligner put the Chinese
        one with English text."""
        bead = self.a.beads[index]
        en = " ".join(self.a.en.segments[i].text for i in bead.en)
        if caption("", en):
            return False
        said = _said(q)
        return any(said in self._said_in("zh", i) and self._captioned("zh", i) for i in bead.zh)

    def _in_notice_line(self, q: Quantity, index: int, side: str) -> bool:
        """Whether ``q`` is on a line that also holds the notice introducing the text (…白皮书,
        双语全文如下:; 以下为白皮书前言部分中英文全文。): the line is the reprint's lead paragraph,
        which the other page does not translate, however the aligner paired it. Not when the
        other page introduces the text there too (a sentence ending with a colon, "Edited
        excerpts follow:", in the beads around the notice): then the lead is translated."""
        said = _said(q)
        bead = self.a.beads[index]
        doc, ids, other = (self.a.zh, bead.zh, self.a.en) if side == "zh" else \
            (self.a.en, bead.en, self.a.zh)
        kind_of = furniture_zh if side == "zh" else furniture_en
        for i in ids:
            if said not in self._said_in(side, i) and q.surface not in doc.segments[i].text:
                continue  # (by its words too: a value read again in the bead, 2016-17 as 2017)
            if not any(kind_of(clause) == "notice"
                       for clause in _CLAUSES.split(self._line(side, i)) if clause):
                continue
            line = doc.segments[i].line
            notice = {self._bead_of(side, k)
                      for k in range(max(0, i - 8), min(len(doc.segments), i + 9))
                      if doc.segments[k].line == line or k == i}
            around = {j for b in notice for _, j in self._near(b)}
            return not any(other.segments[k].text.rstrip().endswith((":", "："))
                           for j in around
                           for k in (self.a.beads[j].en if side == "zh" else self.a.beads[j].zh))
        return False

    def _read(self, side: str, segment: int) -> list[Quantity]:
        """The quantities of one sentence, read once: which sentence of a bead holds a
        finding's quantity, and what else it says, is asked by several tests."""
        key = (side, segment)
        if key not in self._read_cache:
            doc, extract, clean = (self.a.zh, read_zh, readable_zh) if side == "zh" else \
                (self.a.en, extract_en, readable_en)
            self._read_cache[key] = extract(clean(doc.segments[segment].text))
        return self._read_cache[key]

    def _said_in(self, side: str, segment: int) -> set[str]:
        """The quantities one sentence says, as findings state them (``_said``)."""
        key = (side, segment)
        if key not in self._said_cache:
            self._said_cache[key] = {_said(o) for o in self._read(side, segment)}
        return self._said_cache[key]

    def _line(self, side: str, segment: int) -> str:
        """``_checked_line`` of a segment, computed once per line of the document: a page
        printed as one huge line has every finding on it."""
        doc = self.a.zh if side == "zh" else self.a.en
        key = (side, doc.segments[segment].line)
        if key not in self._lines:
            self._lines[key] = _checked_line(doc, segment)
        return self._lines[key]

    def _bead_of(self, side: str, segment: int) -> int:
        """The bead holding a segment of one side."""
        if self._beads_of is None:
            self._beads_of = {(s, k): j for j, b in enumerate(self.a.beads)
                              for s, ids in (("zh", b.zh), ("en", b.en)) for k in ids}
        return self._beads_of.get((side, segment), 0)

    def _in_header(self, q: Quantity, index: int) -> bool:
        said = _said(q)
        return any(_said(o) == said
                   for i in self.a.beads[index].zh
                   # a mirror's pinyin readings (時(shí)間:) read through
                   for field in [*header_fields(without_readings(self.a.zh.segments[i].text)[0]),
                                 wire_dateline(self.a.zh.segments[i].text)]
                   for o in read_zh(readable_zh(field)))

    def _in_header_en(self, q: Quantity, index: int) -> bool:
        said = _said(q)
        lines = [self.a.en.segments[i].text for i in self.a.beads[index].en]
        return any(_said(o) == said for field in header_fields_en(lines)
                   for o in extract_en(field))

    def _find(self, q: Quantity, index: int, pools: list[list[Quantity]], other_side: bool,
              next_door: bool = False) -> str:
        """Where ``q`` is said in the neighbourhood's ``pools`` (only in the other beads with
        ``next_door``), or ""."""
        whole = _whole_range(q, other_side)
        if whole is not q:  # the range's other end must agree too (dates compare by start)
            q, pools = whole, [[o for o in pool if o.high == whole.high] for pool in pools]
        for off, j in self._near(index):
            if next_door and off == 0:
                continue
            for o in pools[j]:
                if o is q:
                    continue
                if same_quantity(q, o) if other_side else same_quantity(o, q):
                    return _PLACE[off]
        return ""

    def _restated_date(self, e: Quantity, index: int) -> str:
        """An English date or time the document's Chinese states in another sentence and the
        English states there too, with another date or time of this bead, one of them a clock
        time: the English repeats a time frame here (a report's, in a list's heading, "Between
        00:00 and 24:00, 19 April, Hubei reported: …"), which adds nothing the Chinese text
        lacks. A date alone said twice (a title block's date line) or two dates (a note's
        "adopted on …, in force on …") may be a line the Chinese lacks."""
        if e.kind not in ("date", "time"):
            return ""
        if self._dated is None:  # every date and time of each side, with its bead
            self._dated = tuple([(j, q) for j, pool in enumerate(pools) for q in pool
                                 if q.kind in ("date", "time")] for pools in (self.zh, self.en))
        zh, en = self._dated

        def says(z: Quantity) -> bool:  # the quantity, or one end of a range (0时至24时)
            return same_quantity(z, e) or (z.high is not None and z.kind == e.kind
                                           and e.high is None and e.value in (z.value, z.high))
        others = [o for o in self.en[index] if o is not e and o.kind in ("date", "time")]
        if not any(x.kind == "time" for x in [e, *others]):
            return ""  # a time frame has its clock times; two dates (adopted …, in force …) may
            # be a note's line the Chinese lacks
        beads = {j for j, o in en if j != index and same_quantity(o, e)}
        together = {j for j, o in en if j in beads and any(same_quantity(o, x) for x in others)}
        if together and any(j != index and says(z) for j, z in zh):
            return "Chinese text elsewhere, which the English also states there (said again here)"
        return ""

    def _heading(self, e: Quantity, index: int) -> str:
        """The English page's own heading: an opening line with a full date that is no sentence
        ("Remarks by … 9 September 2010, …", "Delivered at the Second Session … on March 9,
        2009"), which a Chinese page may print without."""
        said = _said(e)
        for i in self.a.beads[index].en:
            text = self.a.en.segments[i].text
            if i >= DATELINE_SENTENCES or text.rstrip().endswith((".", "!", "?")):
                continue
            quantities = extract_en(readable_en(text))
            if any(q.kind == "date" and "d" in q.unit for q in quantities) and any(
                    _said(q) == said for q in quantities):
                return "English heading (title and dateline), which the Chinese lacks"
        return ""

    def _signed_in_full(self, q: Quantity, index: int, side: str) -> str:
        """A page's signature block naming its issuer in full ("Press Center, 4th Session of the
        11th CPPCC" for 政协大会新闻组; 全国政协十一届一次会议秘书处新闻组 for "Press Center")
        with a number the other side's text states: the issuer is the session the text named."""
        bead = self.a.beads[index]
        ids, doc = (bead.en, self.a.en) if side == "en" else (bead.zh, self.a.zh)
        if not ids or signature_block(doc, ids) is None:
            return ""
        if side == "en" and any(same_quantity(z, q) for pool in self.zh for z in pool):
            return "Chinese text (the English signature names its issuer in full)"
        if side == "zh" and any(same_quantity(q, e) for pool in self.en for e in pool):
            return "English text (the Chinese signature names its issuer in full)"
        return ""

    def _year(self, e: Quantity, index: int) -> str:
        """An English year the Chinese says relatively, or the dateline's year."""
        if e.kind != "date" or e.unit != "y":
            return ""
        year = int(e.value) // 10000
        text = unspaced_zh(" ".join(self.a.zh.segments[i].text
                                    for i in self.a.beads[index].zh))[0]  # 年 内: 年内
        if _YEAR_ON_YEAR.search(text):
            # 同比 "compared to 2019": the year before the one the Chinese speaks of (a year it
            # names, else the dateline's)
            named = {int(z.value) // 10000 for z in self.zh[index]
                     if z.kind == "date" and "y" in z.unit and z.high is None}
            for base in sorted(named) or ([self.year] if self.year else []):
                if base - 1 == year:
                    return f"Chinese 同比 (year on year: the year before {base})"
        if said := _year_after_named(year, text):
            return said
        words = _RELATIVE_RE.findall(text)
        if words and (fiscal := self.fiscal_year) is not None:
            # 上年度 "2018-19" on a page about 2019/20年度: a fiscal year said relatively
            for w in words:
                if year in (fiscal + RELATIVE_YEARS[w], fiscal + RELATIVE_YEARS[w] + 1):
                    return f"Chinese {w} (relative to the fiscal year {fiscal}/{fiscal + 1})"
        this = next((w for w in words if RELATIVE_YEARS[w] == 0), None) or next(
            iter(_THIS_YEAR_ZH.findall(text)), None)
        if this and re.search(rf"\bthis\s+year[\s,(（]+{year}\b", self._en_text(index), re.I):
            # "This year 2020, China…" for 今年: the English says which year it means, whatever
            # the dateline (a New Year message dated 1 January looks back on the year before)
            return f"Chinese {this} (the English names the year it means: 'this year {year}')"
        base = self.doc_year  # the dateline's year, else the year the document states most
        if base is None:
            if words:
                return f"Chinese {words[0]} (relative year)"
            # a page whose Chinese states no year at all: the year its English repeats is the
            # page's own (its title's, a newsletter's issue), made explicit
            said = sum(1 for seg in self.a.en.segments if re.search(rf"\b{year}\b", seg.text))
            return (f"the English page's own year (in {said} of its sentences; the Chinese page "
                    "states no year)") if said >= OWN_YEAR_SENTENCES else ""
        # a year no dated line bears out (a bare year in the title, the year the text states
        # most) may be the year the text reports on, given in its own year or the next (a
        # briefing on 2019年…发展状况 given in April 2020: 本周 "this week" is of 2020)
        dated = self.year is not None and "m" in getattr(_dateline_date(self.a), "unit", "")
        for w in words:
            if base + RELATIVE_YEARS[w] == year:
                return f"Chinese {w} (" + (f"dateline {base})" if self.year is not None else
                                           f"the document's year {base})")
            if not dated and RELATIVE_YEARS[w] == 0 and year == base + 1:
                return f"Chinese {w} (the year after {base}, the year the document reports on)"
        return f"dateline ({self.year})" if year == self.year and not words else ""

    def _relative(self, z: Quantity, index: int) -> str:
        """A period the Chinese names (上年四季度) and the English calls relatively ("the
        previous quarter")."""
        if z.kind != "period":
            return ""
        zh = "".join(self.a.zh.segments[i].text for i in self.a.beads[index].zh)
        at = zh.find(z.surface)
        if at < 0 or not _PREVIOUS_ZH.search(zh[max(0, at - 3): at]):
            return ""
        en = self._en_text(index)
        m = _PREVIOUS_EN.search(en)
        return f"English {m.group(0)!r} (relative period)" if m else ""

    def code_said(self, token: str, index: int) -> str:
        """Where the English of the bead says the number of a Chinese code (COP28 as "the 28th
        Conference of the Parties", G20 as "the Group of Twenty")."""
        m = _CODE.fullmatch(token)
        if not m or int(m.group(1)) < CODE_MIN:
            return ""
        value = int(m.group(1))
        said = next((e for e in self.en[index] if e.kind in ("count", "ordinal")
                     and e.high is None and e.value == value), None)
        return f"same sentence, as its number {said.surface!r}" if said else ""

    def file_number_said(self, token: str) -> str:
        """Where the English says a file number the Chinese page's header gives (檔號:…): in
        another sentence (the header paired otherwise), or nowhere, when the English page has
        no file number at all (one-sided header furniture). "" when the English labels a file
        number of its own: a different one is worth a look."""
        text = self.en_document
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", text, re.IGNORECASE):
            return "English header, in another sentence"
        return "" if FILE_LABEL_EN.search(text) else (
            "header of the Chinese page (a file number the English page does not print)")

    def _said_again(self, token: str, j: int) -> bool:
        """Whether bead ``j`` has ``token`` on both sides, the English as written (a code the
        English spells out there, ACD as "the Asia Cooperation Dialogue" in a title, says
        nothing of a mention dropped from a salutation below it)."""
        return token in self._zh_text(j) and bool(re.search(
            rf"(?<![A-Za-z0-9]){re.escape(token)}(?![A-Za-z0-9])", self._en_text(j)))

    def token_nearby(self, token: str, index: int, merged: bool = True) -> str:
        """Where an English word quoted in the Chinese is said in a neighbouring English
        sentence. Codes and names (5G, G20, APEC) must be in their own sentence's translation,
        so only plain words (a quoted English phrase) are searched for next door, and a word
        the Chinese writes in capitals for emphasis (DOUBLE) when the English writes it as a
        word (Double, double): an acronym keeps its capitals in a translation. A lone capital
        letter (会议室A, "Conference Room A") is searched next door too: a room's or a class's
        letter says nothing about its own sentence's pairing. A code the Chinese says again in
        the next or previous sentence is said once for both when that sentence's English has it
        (透過以下連結或QR Code… 按下連結或掃描QR Code: "… the e-application form." "Click the
        link or scan QR Code"): one mention merged into the other, as with a repeated number
        (not ``merged`` where the English has a look-alike instead: 4G for 5G is a change)."""
        plain = bool(_PLAIN_WORD.fullmatch(token))
        letter = len(token) == 1 and token.isupper()
        for off, j in self._near(index):
            if merged and abs(off) == 1 and self._said_again(token, j):
                return f"{_PLACE[off]}, whose Chinese says it again"
        if not plain and not letter and not _CAPITALS.fullmatch(token):
            return ""
        for off, j in self._near(index):
            if off == 0:
                continue
            text = self._en_text(j)
            if not text:
                continue
            if plain and not missing_tokens(token, text):
                return _PLACE[off]
            if letter:
                if re.search(rf"(?<=[A-Za-z] ){token}(?![A-Za-z0-9&'’-])", text):  # Room A
                    return _PLACE[off]
                continue
            if not plain and any(not m.group().isupper() for m in re.finditer(
                    rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", text, re.IGNORECASE)):
                return _PLACE[off]
        return ""


# A Chinese year-on-year difference of an amount: 同比少减, 比上年同期多增, 较去年同期少降 (what
# follows is the difference, not the amount).
_YEAR_ON_YEAR_DIFFERENCE = (r"(?:同比|比上年同期|比去年同期|较上年同期|較上年同期|较去年同期)"
                            r"(?:多|少)(?:增加|减少|減少|增|减|減|降|下降)?\s*")


# An English year said relatively: "this year", "last year", "the previous year", "next year",
# "the new year" in lower case (2017年新年伊始 "at the start of the new year" said in January
# 2017; "New Year" is the holiday: 2019年新年招待会 "New Year Reception" drops its year).
RELATIVE_YEARS_EN = {"this": 0, "current": 0, "new": 0, "last": -1, "previous": -1, "past": -1,
                     "next": 1, "coming": 1, "following": 1}
_RELATIVE_YEAR_EN = re.compile(r"\b((?:the\s+)?(?:this|current|(?-i:new)|last|previous|past|"
                               r"next|coming|following))\s+year\b(?!s)", re.IGNORECASE)


# An English event said relative to the current one: "the last GA session", "the previous
# plenary meeting", "next year's summit" is not one (a year), "the next two sessions" is not one
# (a count follows the adjective).
RELATIVE_ORDINALS_EN = {"last": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0,
                        "current": 0, "present": 0, "next": 1, "coming": 1, "upcoming": 1,
                        "following": 1}
_RELATIVE_ORDINAL_EN = re.compile(
    r"\bthe\s+(" + "|".join(RELATIVE_ORDINALS_EN) + r")\s+"
    r"(?:(?!\d|(?:two|three|four|five|few|several)\b)[\w.-]+\s+){0,2}?"
    r"(?:session|sessions|meeting|plenary|congress|conference|summit|assembly|round|term|"
    r"edition|forum|games|festival)\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r".*[,.;:!?]", re.DOTALL)
_SINCE = re.compile(r"\b(?:since|founding|founded|establishment|established|ago)\b", re.I)


def _period_leads_to(en: str, at: int, length) -> bool:
    """Whether the English clause before position ``at`` counts a period of ``length`` (years,
    an anniversary) from a start: "the past 75 years since the founding of … in" 1949."""
    window = en[max(0, at - 120): at]
    if m := _CLAUSE_END.match(window):
        window = window[m.end():]
    return bool(_SINCE.search(window)) and any(
        q.kind in ("count", "ordinal") and q.value == length for q in extract_en(window))


# A dateline's line (the date blanked to \x00): the date alone, or with a place of at most six
# characters (布鲁塞尔, 日内瓦万国宫) set apart by a comma or a space, in brackets or not; a
# title run into the date (2023年5月政府工作报告) is no dateline of its own.
_DATELINE_PLACE = f"[{HAN}]{{1,6}}"
_DATE_AND_PLACE = re.compile(
    rf"\s*[（(]?\s*(?:\x00|\x00\s*[,，、\s]\s*{_DATELINE_PLACE}"
    rf"|{_DATELINE_PLACE}\s*[,，、\s]\s*\x00)\s*[)）]?\s*")


def _anniversary_follows(en: str, at: int, length) -> bool:
    """Whether the English after position ``at`` names the anniversary of ``length`` years that
    the year before it falls on ("2049 when the PRC marks its centenary", "2022, the 30th
    anniversary of …"), within the sentence."""
    window = re.split(r"[.;!?](?:\s|$)", en[at: at + 90], maxsplit=1)[0]
    return any(q.value == length and (q.unit == "周年" or "anniversar" in window.lower())
               for q in extract_en(window))


# Spans of time by the scale they convert on (months, days) and the size of the unit in it.
_SPAN_UNITS = {"年": ("m", 12), "year": ("m", 12), "月": ("m", 1), "month": ("m", 1),
               "周": ("d", 7), "星期": ("d", 7), "week": ("d", 7), "天": ("d", 1), "日": ("d", 1),
               "day": ("d", 1)}  # fmt: skip
# A Chinese line of address opens with a form of address (the English one: ``EN_ADDRESSED``).
_ADDRESSED_ZH = re.compile(r"\s*(?:各位|诸位|諸位|尊敬|尊贵|尊貴|亲爱|親愛)")
# A code of capital letters and a number (COP28, G20, CIIE 2024 is no code: a space parts them).
# Its number is matched with a quantity from two digits on: a one-digit one (FT2, 5G's 5) is too
# common a number to say the code (长征二号FT2 is not the 2 of "Long March-2F").
CODE_MIN = 10
_CODE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,6}-?(\d{1,4})(?![A-Za-z0-9])")


def _whole_range(q: Quantity, zh_side: bool) -> Quantity:
    """The range ``q`` is one end of, when the comparison split a range it could not match
    whole (2016-2020年 said once in the Chinese, "(2016-2020)" and "from 2016 to 2020" in the
    English: the second is searched for as the range it is, not as its end 2020); ``q``
    otherwise."""
    if q.high is not None:
        return q
    whole = [r for r in (read_zh if zh_side else extract_en)(q.surface)
             if r.high is not None and q.value in (r.value, r.high) and r.kind == q.kind]
    return replace(whole[0], start=q.start, end=q.end) if len(whole) == 1 else q


def code_holding(value: int, text: str) -> str:
    """The first code in ``text`` whose number is ``value`` (COP28 for 28), or ""."""
    return next((m.group(0) for m in _CODE.finditer(text) if int(m.group(1)) == value), "")


def _checked_line(doc: Document, index: int) -> str:
    """The line of ``doc.text`` where segment ``index`` starts, as the checks read it: the
    characters of the segments over it (simplified for a traditional file: 新華社 as 新华社),
    the file's own elsewhere. A caption's credit may close its line yet open the next sentence.
    Only the segments next to ``index`` are looked at (they are in text order)."""
    text, segments = doc.text, doc.segments
    position = segments[index].start
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    chars = list(text[start:end])
    first = index
    while first > 0 and segments[first - 1].end > start:
        first -= 1
    last = index
    while last + 1 < len(segments) and segments[last + 1].start < end:
        last += 1
    for seg in segments[first : last + 1]:
        if seg.end <= start or seg.start >= end or len(seg.text) != seg.end - seg.start:
            continue
        for k in range(max(seg.start, start), min(seg.end, end)):
            chars[k - start] = seg.text[k - seg.start]
    return "".join(chars).strip()


# The name of a document after its year ("1943 Cairo Declaration", "1982 United Nations
# Convention"), and the head words of such names in Chinese (开罗宣言, 联合国海洋法公约).
_DOCUMENT_AFTER_YEAR = (
    r"\s+(?:(?:[A-Z][\w'’.-]*|of|on|the|and|for)\s+){0,8}?(?:Declaration|Proclamation|"
    r"Convention|Treaty|Agreement|Accord|Communiqu[eé]|Charter|Protocol|Resolution|Consensus|"
    r"Constitution|Statement|Act)s?\b")
# ... or after it, as a law's short title ends ("the Hong Kong Human Rights and Democracy Act of
# 2019", "the Treaty of 1842")
_DOCUMENT_BEFORE_YEAR = (r"\b(?:Declaration|Convention|Treaty|Agreement|Accord|Act|Law|Ordinance)"
                         r"\s+(?:of\s+)?")
_DOCUMENT_ZH = re.compile(r"宣言|公告|公约|公約|条约|條約|协定|協定|协议|協議|公报|公報|宪章|憲章|"
                          r"议定书|議定書|决议|決議|共识|共識|宪法|憲法|声明|聲明|法案|条例|條例")


def heading_line(text: str, position: int, lang: str) -> bool:
    """A title or dateline: one of the document's opening lines that ends with no sentence
    stop, or a dateline or a quotation's source line anywhere. A line of address ("Rt Hon
    Christopher Luxon, Prime Minister,", "Mr David Tai, Chairman of …, and Kai Luey, immediate
    past Chair,",
    尊敬的…总理，) ends with no stop either, but with a comma: the speech's opening, no heading."""
    kind = furniture_zh(text) if lang == "zh" else furniture_en(text)
    if kind in ("dateline", "attribution"):  # a quotation's source dates it: "——2019年12月31日…"
        return True
    return kind not in _NO_HEADING and position < HEADING_LINES and (
        not text.rstrip().endswith(tuple(".!?。！？…\"”'’)）,，"))
        or bool(_TITLE_YEARS.search(text) or _TITLE_PART.search(text)))


# Furniture that opens a page without a stop but is no title: a line of address, a photo's
# credit or caption ("Photo by Xinjiang Daily/ Zou Yi").
_NO_HEADING = frozenset(("salutation", "photo credit", "credit", "caption"))


# A title's years in brackets at its end: "Beijing Action Plan (2007-2009)",
# 行动计划（2004至2006年）.
_TITLE_YEARS = re.compile(r"[(（]\s*\d{4}\s*(?:年\s*)?(?:[-–—至到~]\s*\d{2,4}\s*(?:年\s*)?)?"
                          r"[)）]\s*$")


# A title's part number in brackets at its end: "Policy Address by Chief Executive (16)",
# 施政报告全文(十六).
_TITLE_PART = re.compile(r"[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]\s*$")


# A wire story's lead: its subject, then the day alone, of the month of the report, in the
# first clause (国务院新闻办公室18日发表…, 外交部发言人5日表示…), in the third person.
_WIRE_LEAD_DAY = re.compile(r"^(?![我咱])[^\d，,。；;！？!?：:]{2,30}?(?<![年月])(\d{1,2}日)")


# A year that opens or closes a document's name in a title: "2010-11 Policy Address", "2023
# Annual Report", "Report on the Work of the Government 2024".
_EN_YEAR_NAMES = (re.compile(r"(?<![\w,])(\d{4}(?:\s*[-–/]\s*\d{2,4})?)\s+(?=[A-Z][a-z])"),
                  re.compile(r"\b[A-Z][A-Za-z]*\s+(\d{4}(?:\s*[-–/]\s*\d{2,4})?)\s*$", re.M))


# A Chinese section heading: a list number (一、 （二） 3. 第四部分) before its title.
_ZH_SECTION_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]"
                                 r"|[（(][一二三四五六七八九十]+[)）]"
                                 r"|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+(?:部分|章|节))")


def _section_line(text: str) -> bool:
    """An English section heading: a short line that ends with no stop, whose words of four
    letters or more (two at least) are all capitalised ("A Review of the Work in 2016")."""
    t = text.strip()
    content = [w for w in re.findall(r"[A-Za-z]+", t) if len(w) > 3]
    return "\n" not in t and len(t.split()) <= 12 and len(content) >= 2 and all(
        w[0].isupper() for w in content) and not t.endswith(tuple(".!?…\"”'’)：:,;"))


def _bare_digits(q: Quantity) -> bool:
    """A Chinese number read from digits alone, with no measure word, scale or qualifier
    (发布会2021930, 926-29第二届): what a page prints when it lost the 年/月/日 of a date, and
    no quantity whose meaning the engine can vouch for."""
    return (q.kind == "count" and not q.unit and q.high is None and q.qualifier == "exact"
            and q.surface.isascii() and q.surface.isdigit())


def date_spellings(e: Quantity, shortest: int = 3) -> set[str]:
    """The digit runs a page that lost 年, 月 and 日 prints for the date ``e``: September 30,
    2021 as 2021930 or 20210930; September 26 as 926 or 0926; September 2021 as 20219. Runs
    under ``shortest`` digits are left out: a bare 82 is no evidence of August 2, but 82日,
    whose day mark no day 82 can carry, is (``shortest`` 2)."""
    y, m, d = date_parts(e.value)
    parts = [(p, f"{p}", f"{p:02d}") for p in (y, m, d)]
    unit = e.unit
    out: set[str] = set()
    if "m" not in unit or ("y" not in unit and "d" not in unit):
        return out  # a year or a day alone is no run of digits to recognise
    for pm in parts[1][1:]:
        for pd in (parts[2][1:] if "d" in unit else ("",)):
            if "y" in unit:
                out.add(f"{y}{pm}{pd}")
            if "d" in unit:
                out.add(f"{pm}{pd}")
    return {s for s in out if len(s) >= shortest}


_RANGE_END = r"\s*[-–—~至到]\s*(\d{1,2})(?![\d年月])"


def _run_before_day_mark(q: Quantity) -> str:
    """The digits of a count of days whose run is no day (625日, 2018619日, 82日: a date
    whose 月, or 年 and 月, the page lost, where the repair could not tell the split), "" for
    any other quantity. Only an English date of the bead that spells them decides."""
    digits = q.surface[:-1]
    if (q.kind == "count" and q.unit in ("日", "号") and q.high is None and q.qualifier == "exact"
            and q.surface[-1:] == q.unit and digits.isascii() and digits.isdigit()
            and (len(digits) >= 3 or int(digits) > 31)):  # 82日: no day is 82
        return digits
    return ""


def run_together_dates(zh: list[Quantity], en_dates: list[Quantity], text: str
                       ) -> list[Quantity]:
    """The Chinese quantities with a bare run of digits read as the English date it spells
    (2021930 for "September 30, 2021", 926-29 for "September 26 to 29"): the page lost the
    date's 年, 月 and 日, and only the translation says which date the digits are. A run no
    English date nearby spells stays a bare number (at most a warning, see ``doubted``)."""
    out: list[Quantity] = []
    ends: set[int] = set()
    for q in zh:
        digits = q.surface if _bare_digits(q) else _run_before_day_mark(q)
        if digits:
            for e in en_dates:
                day_marked = digits != q.surface
                if digits not in date_spellings(e, 2 if day_marked else 3) or (
                        day_marked and "d" not in e.unit):
                    continue
                high = None
                m = re.search(re.escape(q.surface) + _RANGE_END, text)
                if e.high is not None and m and int(m[1]) == date_parts(e.high)[2]:
                    high = e.high
                q = replace(q, kind="date", value=e.value, unit=e.unit, high=high)
                if high is not None:  # the range's end, 29日, is now part of it
                    ends.add(date_parts(high)[2])
                break
        out.append(q)
    return [q for q in out if not (q.kind == "date" and q.unit == "d" and q.high is None
                                   and date_parts(q.value)[2] in ends)]


def digit_run_years(zh: list[Quantity], en_dates: list[Quantity]) -> list[Quantity]:
    """The Chinese quantities with a year written as a bare run of digit characters
    (``reading.year_digits``: 二九年, 二一一年, 九八年) read as the English year nearby whose
    digits it prints: 2009 without its zeros (the page lost the 〇 of 二〇〇九), or 1998 without
    its century. A month and day read right after it (二九年五月) join it, as in 二〇〇九年五月.
    A run no English year spells keeps its doubt (info, see ``_Neighbourhood.doubted``)."""
    years = {date_parts(e.value)[0] for e in en_dates if "y" in e.unit}
    out: list[Quantity] = []
    skip: set[int] = set()
    for i, q in enumerate(zh):
        if i in skip:
            continue
        digits = year_digits(q)
        year = next((y for y in sorted(years) if digits and (
            str(y).replace("0", "") == digits.replace("0", "")
            or len(digits) == 2 and str(y)[2:] == digits)), None)
        if year is None:
            out.append(q)
            continue
        q = replace(q, kind="date", value=Decimal(year * 10000), unit="y", doubt="")
        nxt = zh[i + 1] if i + 1 < len(zh) else None
        if nxt is not None and nxt.kind == "date" and nxt.start == q.end \
                and "y" not in nxt.unit and "m" in nxt.unit:
            high = q.value + nxt.high if nxt.high is not None else None
            q = replace(q, value=q.value + nxt.value, unit="y" + nxt.unit, high=high,
                        surface=q.surface + nxt.surface, end=nxt.end)
            skip.add(i + 1)
        out.append(q)
    return out


# The festivals of the Chinese calendar by the (lunar) month and day they fall on, as English
# names them: a translation says 正月十五 as "the Lantern Festival", 八月十五 as "Mid-Autumn".
FESTIVALS = {
    (1, 1): r"Spring Festival|(?:Chinese |Lunar )?New Year(?!'s Eve)",
    (1, 15): r"Lantern Festival|Yuanxiao",
    (2, 2): r"Dragon Head|Longtaitou",
    (5, 5): r"Dragon Boat|Duanwu",
    (7, 7): r"Qixi|Double Seventh|Chinese Valentine",
    (7, 15): r"Ghost Festival|Zhongyuan",
    (8, 15): r"Mid-Autumn|Moon Festival|Zhongqiu",
    (9, 9): r"Double Ninth|Chongyang",
    (12, 8): r"Laba",
    (12, 23): r"Little New Year|Kitchen God",
    (12, 29): r"New Year's Eve|Spring Festival Eve|Chuxi",
    (12, 30): r"New Year's Eve|Spring Festival Eve|Chuxi",
}


# ... and the days of the Gregorian calendar that have a name, as English says them: 10月1日
# "National Day", 5月1日 "May Day", 12月25日 "Christmas".
HOLIDAYS = {
    (1, 1): r"New Year's Day", (2, 14): r"Valentine's Day", (3, 8): r"Women's Day",
    (3, 12): r"Tree[- ]Planting Day|Arbou?r Day", (5, 1): r"May Day|Labou?r Day",
    (5, 4): r"Youth Day", (6, 1): r"Children's Day", (8, 1): r"Army Day",
    (9, 3): r"Victory Day", (9, 10): r"Teachers' Day", (9, 30): r"Martyrs' Day",
    (10, 1): r"National Day", (12, 13): r"National Memorial Day",
    (12, 24): r"Christmas Eve", (12, 25): r"Christmas(?! Eve)",
}  # fmt: skip


def festival_date(z: Quantity, en_text: str) -> str:
    """Where the English names the festival or holiday that falls on a Chinese month and day
    (正月十五元宵节 as "Today is the Lantern Festival", 10月1日 as "on National Day"): the
    festival says the date; "" when it does not."""
    if z.kind != "date" or z.unit != "md" or z.high is not None:
        return ""
    _, month, day = date_parts(z.value)
    for table in (FESTIVALS, HOLIDAYS):
        pattern = table.get((month, day))
        m = re.search(rf"\b(?:{pattern})", en_text.replace("’", "'"), re.IGNORECASE) \
            if pattern else None
        if m:
            return f"same sentence, as the festival on that day ({m.group(0)!r})"
    return ""


_CN_NUMERAL = re.compile(r"[〇零一二两三四五六七八九十百千]+")
_HAN_NOT_NUMERAL = r"[^\W\d_〇零一二两三四五六七八九十百千万亿a-zA-Z]"
# A four-character formula of two numbered parts (三严三实, 两学一做, 五讲四美, 五位一体): each
# numeral belongs to the formula, whose English is a name ("Three Stricts and Three Earnests")
# or a paraphrase. Not when a part is a time or frequency (五年一次, 一年一度: real quantities).
_PARALLEL = re.compile(rf"[一二两三四五六七八九十]({_HAN_NOT_NUMERAL})[一二两三四五六七八九十]"
                       rf"({_HAN_NOT_NUMERAL})")
_TIME_OR_FREQUENCY = frozenset("年月日天周时分秒次度回遍岁")
# How far around a quantity a dictionary headword holding it is looked for.
HEADWORD_CHARS = 6


# English words that say "one" of a unit without a numeral: an article or a determiner, with up
# to three words of a closed class between it and the unit ("a year", "any of the previous
# years", "the last year", "each time", "every month", "a full year"); a numeral between them
# ("a student about 20 years") is another count.
_ONE_SAID_BY = r"(?:an?|any|each|every|per|the\s+(?:past|last|previous|whole|entire|same))"
_ONE_SAID_BETWEEN = r"(?:of|the|past|last|previous|whole|full|entire|single|same|calendar|other)"


def one_said_before_its_noun(z: Quantity, zh_text: str, en_text: str) -> str:
    """Where the English says a Chinese count of one with a measure word (1家学校, 一所大学) by an
    article before the noun's rendering: "a school", when the noun after the count is linked
    to an English word with "a" or "an" one or two words before it; "" otherwise."""
    if z.kind != "count" or z.value != 1 or z.high is not None or z.qualifier != "exact" \
            or not z.unit or is_time(z):
        return ""  # 一年 is a length of time, said "a year" or not at all
    from align.lexicon import lexicon  # the dictionary loads only for such a mismatch

    at = zh_text.find(z.surface)
    if at < 0:
        return ""
    c = lexicon().correspond(zh_text, en_text)
    link = next((k for k in c.links if k.zh.start >= at + len(z.surface)), None)
    if link is None or link.zh.start > at + len(z.surface) + 1 or not link.en:
        return ""
    first = min(link.en)
    before = [t.text.lower() for t in c.en[max(0, first - 2):first]]
    article = next((w for w in before if w in ("a", "an")), "")
    return f"{article} {c.en[first].text}" if article else ""


def one_said_by_article(z: Quantity, en_text: str) -> str:
    """Where the English says a Chinese count of one (一年, 一次, 一个月) with an article or a
    determiner before the unit's own word rather than with "one" (任何一年 "any year", 一年了
    "in the last year"); "" when it does not. The unit word must be there: an English that
    leaves the span out ("studied there", for 学习一年) still misses it."""
    if z.kind != "count" or z.value != 1 or z.high is not None or z.qualifier != "exact" \
            or not z.surface.startswith("一") or not z.unit:
        return ""
    words = UNITS_EN.get(z.unit, "").split()
    if not words:
        return ""
    unit = words[0][:-1] if words[0].endswith("s") else words[0]
    m = re.search(rf"\b{_ONE_SAID_BY}(?:\s+{_ONE_SAID_BETWEEN}){{0,3}}\s+{re.escape(unit)}s?\b",
                  en_text, re.IGNORECASE)
    return f"English {m.group(0)!r} (a count of one said by its unit)" if m else ""


def once_a_unit(z: Quantity, zh_text: str, en_text: str) -> str:
    """Where the English says a Chinese frequency of once a unit of time (一年一度) by the
    unit's frequency word ("annual", "yearly", "monthly"); "" when it does not."""
    if z.kind != "count" or z.value != 1 or z.high is not None or not z.unit:
        return ""
    words = UNITS_EN.get(z.unit, "").split()
    unit = words[0].removesuffix("s") if words else ""
    frequency = FREQUENCY_WORDS.get(unit)
    at = zh_text.find(z.surface)
    if not frequency or at < 0 or not ONCE_AFTER.match(zh_text, at + len(z.surface)):
        return ""
    m = re.search(rf"\b(?:{frequency})\b", en_text, re.IGNORECASE)
    return f"English {m.group(0)!r} (once a {unit}: its frequency word)" if m else ""


# Two parts said by the English's own structure rather than by "two": "some … (while) others",
# "one … the other" (有两种看法，有人说…也有人说…).
_TWO_BY_CONTRAST = re.compile(r"\bsome\b[^.?!]*?\bothers\b|\bone\b[^.?!]*?\bthe other\b",
                              re.IGNORECASE)


def two_said_by_contrast(z: Quantity, en_text: str) -> str:
    """Where the English says a Chinese count of two (两种看法, 两类) by contrasting its two
    parts ("some people say …, while others think …"); "" when it does not."""
    if z.kind != "count" or z.value != 2 or z.high is not None or z.qualifier != "exact":
        return ""
    m = _TWO_BY_CONTRAST.search(en_text)
    if not m:
        return ""
    said = m.group(0) if len(m.group(0)) <= 40 else f"{m.group(0)[:18]} … {m.group(0)[-18:]}"
    return f"English {said!r} (two parts said by contrast)"


def fixed_expression(z: Quantity, text: str) -> str:
    """Where a Chinese quantity is bound into a fixed expression: a four-character formula of
    two numbered parts, or a dictionary headword longer than the quantity (四个全面, 三个代表,
    一国两制, 三中全会). Its number is part of a name, which a translation renders by name or
    by sense; "" when it is not."""
    at = text.find(z.surface)
    if at < 0:
        return ""
    end = at + len(z.surface)
    for m in _PARALLEL.finditer(text, max(0, at - 3), min(len(text), end + 3)):
        if m.start() <= at and end <= m.end() and not (
                {m[1], m[2]} & _TIME_OR_FREQUENCY):
            return f"Chinese fixed expression {m.group(0)}"
    from align.lexicon import lexicon  # the dictionary loads only when a number is missing

    words = lexicon().dictionary
    # read without the spaces a page sets inside a word (2019 冠狀 病毒病: COVID-19)
    text, surface = _WORD_SPACES.sub("", text), _WORD_SPACES.sub("", z.surface)
    at = text.find(surface)
    end = at + len(surface)
    for i in range(max(0, at - HEADWORD_CHARS), at + 1):
        for j in range(min(len(text), i + HEADWORD_CHARS + len(surface)), end - 1, -1):
            if j - i > len(surface) and j >= end and text[i:j] in words:
                return f"Chinese fixed expression {text[i:j]} (a dictionary word)"
    return ""


_WORD_SPACES = re.compile(r"(?<=[\w])[ \u3000]+(?=[\w])")


# A translator's gloss in brackets: "the Two Centenary Goals (namely … by the centenary of the
# CPC in 2021 …)", "the 3rd plenum (i.e. the Third Plenary Session …)".
_GLOSS_OPEN = re.compile(r"[(（]\s*(?:i\.\s?e\.|(?:namely|that is|meaning|referring to)\b)",
                         re.IGNORECASE)


def in_explanatory_gloss(e: Quantity, en_text: str) -> str:
    """Where an English number stands inside the translator's explanatory gloss in brackets,
    which spells out what the Chinese only names (两个一百年 as "the Two Centenary Goals
    (namely … in 2021 … in 2049)"): an explicitation, not a number the Chinese lacks."""
    at = en_text.find(e.surface)
    if at < 0:
        return ""
    for m in _GLOSS_OPEN.finditer(en_text, 0, at):
        close = en_text.find(")", m.end())
        close = len(en_text) if close < 0 else close
        if at < close and "(" not in en_text[m.end():at]:
            return "English gloss in brackets (namely …), explaining a Chinese name"
    return ""


def _congress_met(z: Quantity, zh_text: str) -> int | None:
    """The year the CPC National Congress a Chinese ordinal names met (十八大: 2012), or None
    when it names none. Since the 12th (1982) the Party Constitution has the congress meet
    once every five years, so the Nth met in 1982 + 5 * (N - 12)."""
    if z.kind != "ordinal" or z.high is not None or z.value < 12:
        return None
    if z.unit != "congress" and not zh_text.startswith(
            "全国代表大会", zh_text.find(z.surface) + len(z.surface)):
        return None
    return 1982 + 5 * (int(z.value) - 12)


# "since the late 1970s", "ever since 2012", "from 2005 on": a span of years given by its start.
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\b[^.;!?\d]{0,90}$", re.IGNORECASE)


_CAPTION_KINDS = frozenset(("photo credit", "credit", "caption"))
_SENTENCE_INSIDE = re.compile(r"[。！？!?]|\.\s")


def numeral_in_word(e: Quantity, zh_text: str, zh: list[Quantity]) -> str:
    """Where the Chinese says an English count or ordinal inside a word the number engine does
    not read as a quantity: "Three Stricts and Three Earnests" for 三严三实, "the two sides" for
    两岸, "the eight major initiatives" for 八大行动. A numeral the engine read (三个月) is no
    such word; one (一) is everywhere and proves nothing."""
    if e.kind not in ("count", "ordinal", "multiple") or e.high is not None or e.value < 2 \
            or e.value != e.value.to_integral_value() or e.kind == "multiple" and e.value < 10:
        return ""  # an idiom's multiple too ("hearing it one hundred times" for 百闻 of
        # 百闻不如一见), but not "doubled", which a 两 or 二 of any word would seem to say
    runs = [m.group() for m in _CN_NUMERAL.finditer(zh_text)]
    # a run of digit characters is a name's digits as well as a number: 八八战略 "the
    # Double-Eight Strategy", 九二共识; each digit may be what the English says
    # (not a year written digit by digit, 二〇二一年)
    runs += [c for r in runs if len(r) in (2, 3) and all(ch in _ZH_DIGIT_CHARS[1:] for ch in r)
             for c in r]
    words = [r for r in runs if parse_zh_number(r) == e.value]
    read = sum(1 for q in zh if q.value == e.value and q.kind in ("count", "ordinal"))
    if len(words) > read:
        return f"Chinese {words[0]}, a numeral inside a word (not read as a quantity)"
    return ""


_ZH_DIGIT_CHARS = "〇一二三四五六七八九"

# 首 before a measure word says "the first" without a numeral: 首届 "the 1st", 首次, 首批.
_FIRST_WORD_ZH = re.compile(r"首(?:届|屆|次|个|個|批|位|家|座|条|條|项|項|艘|架|台|部"
                            r"|轮|輪|场|場|期)")


def first_said_by_word(e: Quantity, zh_text: str) -> str:
    """Where the Chinese says an English "1st" or "first" with 首 (首届部长级会议 "the 1st
    ministerial meeting"), which the number engine does not read as a quantity."""
    if e.kind != "ordinal" or e.value != 1 or e.high is not None:
        return ""
    m = _FIRST_WORD_ZH.search(zh_text)
    return f"Chinese {m.group()} (the first)" if m else ""


# A piece of legislation's English title, which in Hong Kong and the UK ends with its year
# ("the Fugitive Offenders … (Amendment) Bill 2019"), and the Chinese names of legislation.
_LEGISLATION_EN = r"\b(?:Bill|Ordinance|Act|Regulations?|Rules|Order)\s+"
_LEGISLATION_ZH = re.compile(r"《[^》]{1,40}(?:条例|條例|法|规例|規例|草案|规则|規則|命令)"
                             r"[^》]{0,6}》")


def legislation_year(e: Quantity, en_text: str, zh_text: str) -> str:
    """Where an English year ends the title of a piece of legislation the Chinese names by its
    title without the year (修订《逃犯条例》 as "… (Amendment) Bill 2019")."""
    if e.kind != "date" or e.unit != "y" or e.high is not None:
        return ""
    year = int(e.value) // 10000
    if not re.search(rf"{_LEGISLATION_EN}{year}\b", en_text) or not (
            m := _LEGISLATION_ZH.search(zh_text)):
        return ""
    return f"Chinese {m.group()}, whose English title ends with its year"


def year_in_name(e: Quantity, zh_text: str) -> str:
    """Where the Chinese names an English year by its last two digits, one character each,
    inside a name (九二共识 "the 1992 Consensus", 八二宪法 "the 1982 Constitution", 九七回归
    "the return in 1997"): the year is in the Chinese name."""
    if e.kind != "date" or e.unit != "y" or e.high is not None:
        return ""
    year = int(e.value) // 10000
    short = "".join(_ZH_DIGIT_CHARS[int(c)] for c in f"{year % 100:02d}")
    m = re.search(rf"(?<![{_ZH_DIGIT_CHARS}十百千万]){short}(?![{_ZH_DIGIT_CHARS}十百千万年])",
                  zh_text)
    return f"Chinese {short} in {zh_text[m.start():m.end() + 2]} (the year's last digits)" if m \
        else ""


# Closed sets a Chinese text names by all their members, one character each, in a run
# (一年四季春夏秋冬, 东南西北): an English count of the set's size says the same ("the four
# seasons", "all four directions"). Only the whole set: 东西 alone is "thing".
_CLOSED_SETS = ("春夏秋冬", "东南西北", "東南西北")
# An enumeration of three or more items in one clause: 政治、经济、文化、社会、生态文明建设.
_LIST_ITEM_SEP = "、"
_CLAUSE_SEP = re.compile(r"[，,。；;：:！!？?\n]")


_THIS_CENTURY = re.compile(r"新世纪|新世紀|本世纪|本世紀|这个世纪|這個世紀")
# An English enumeration in one clause: "the path, theory, system and culture" (commas and a
# last "and"/"or").
_EN_ITEMS = re.compile(r"[^,;:.!?]+(?:,\s*[^,;:.!?]+)+,?\s+(?:and|or)\s+[^,;:.!?]+")
_EN_CLAUSE_SEP = re.compile(r"[;:.!?]\s")
_LISTED_UNITS = frozenset(("", "个", "個", "种", "種", "类", "類", "项", "項"))


def members_listed(z: Quantity, en_text: str) -> str:
    """Where the English says a small Chinese count by naming that many items in one clause
    (四个自信 "confidence in the path, theory, system and culture"): the count is in the list.
    Only a plain count of 3 to 9 with a classifier of kinds or items (个, 种, 类, 项) or none;
    one list of exactly that many items (黄、粉红和浅蓝三种颜色 "yellow, pink and light blue")."""
    if z.kind != "count" or z.unit not in _LISTED_UNITS or z.high is not None \
            or not 3 <= z.value <= 9 or z.value != z.value.to_integral_value():
        return ""
    n = int(z.value)
    for clause in _EN_CLAUSE_SEP.split(en_text):
        for m in _EN_ITEMS.finditer(clause):
            items = [i for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group(0))
                     if i.strip()]
            if len(items) == n or len(items) > n and _LIST_OPENS.search(items[-n]):
                return f"English list of {n} items ({m.group(0).strip()[:30]}…)"
    return ""


# A word after which a list is the object of a phrase ("based on the level of oxygen, BOD and
# ammonia"): a list of that many items may follow other parts of its clause set off by commas.
_LIST_OPENS = re.compile(r"\b(?:of|on|as|including|namely|like|between|from|with)\s")


# One-character members a Chinese count may follow and sum up (县乡两级 "the county and
# township levels", 省市县三级, 党政两个, 中美两国): administrative levels, sectors and the
# country characters.
_MEMBER_CHARS = frozenset("省市县縣乡鄉镇鎮村区區党黨政军軍民城企校工农農商学學兵海陆陸空"
                          + "".join(COUNTRY_CHARS))
_COUNT_CHARS = {"两": 2, "兩": 2, "二": 2, "三": 3, "四": 4}


def zh_list_size(clause: str) -> int:
    """How many items a Chinese clause enumerates with 、 and a last 和/及/与 (银行卡、现金、账户和
    数字人民币: 4); 0 for a clause with no 、."""
    items = clause.split(_LIST_ITEM_SEP)
    if len(items) < 2:
        return 0
    return len(items) + (1 if re.search(r"(?<=.)(?:以及|和|及|与|與)(?=.)", items[-1]) else 0)


def members_before(z: Quantity, zh_text: str) -> str:
    """Where a small Chinese count sums up the one-character members just before it (县乡两级):
    naming the members, as an English rendering does ("at the county and township levels"),
    says the count."""
    n = _COUNT_CHARS.get(z.surface[:1])
    if z.kind != "count" or n is None or z.value != n or z.high is not None:
        return ""
    for m in re.finditer(re.escape(z.surface), zh_text):
        run = zh_text[max(0, m.start() - n) : m.start()]
        if len(run) == n and len(set(run)) == n and all(ch in _MEMBER_CHARS for ch in run):
            return f"Chinese {run}{z.surface}, the {n} members named before the count"
        if owners := _owners_listed(zh_text[max(0, m.start() - 40) : m.start()], n):
            return f"Chinese {owners}{z.surface}, the {n} owners named before the count"
    return _list_summed(z, zh_text)


def _list_summed(z: Quantity, zh_text: str) -> str:
    """Where the count sums up, after 等, the list of as many items just before it in its
    clause (人流密集场所、通风不良场所和医疗机构等三类场所): a translation that names the items
    ("crowded and poorly ventilated places and hospitals") has said the count."""
    if z.kind != "count" or z.high is not None or not 2 <= z.value <= 9:
        return ""
    for m in re.finditer(re.escape(z.surface), zh_text):
        if not zh_text.endswith("等", 0, m.start()):
            continue
        clause = _CLAUSE_SEP.split(zh_text[: m.start() - 1])[-1]
        if zh_list_size(clause) == z.value:
            return f"Chinese list of {int(z.value)} items before 等{z.surface}, which it sums up"
    return ""


# The owners of the counted things, listed just before the count: 调查委员会和申诉专员的两份报告
# ("the Reports of the Commission of Inquiry and the Ombudsman"), 甲、乙及丙的三项建议. The last
# of them joined by a conjunction, the others by 、; a longer list has a 、 before the first.
_OWNER = r"[^\W\d_和及与與]{2,12}"
_OWNER_LIST_END = re.compile(rf"((?:{_OWNER}、){{0,2}}{_OWNER}(?:和|及|与|與){_OWNER})的$")


def _owners_listed(before: str, n: int) -> str:
    """The list of exactly ``n`` owners that ``before`` ends with (and 的), or ''."""
    m = _OWNER_LIST_END.search(before)
    if not m or before[: m.start()].endswith("、"):
        return ""
    items = re.split(r"、|和|及|与|與", m.group(1))
    return m.group(0) if len(items) == n and all(len(i) >= 2 for i in items) else ""


# A run of country characters (中美, 中非, 中日韩): each names one party, as English counts
# them ("the two countries", "between two brothers" for 中非).
_COUNTRY_RUN = re.compile(f"[{''.join(COUNTRY_CHARS)}]{{2,4}}")


def members_counted(e: Quantity, zh_text: str) -> str:
    """Where the Chinese says an English count by naming the members it counts: the parties a
    run of country characters names (中非 "two brothers"), the whole of a closed set (春夏秋冬 as
    "the four seasons") or a list of that many items in one clause (政治、经济、文化、社会、
    生态文明建设 as "the five spheres")."""
    if e.kind != "count" or e.high is not None or e.value < 2 \
            or e.value != e.value.to_integral_value():
        return ""
    n = int(e.value)
    for m in _COUNTRY_RUN.finditer(zh_text):
        if len(m.group()) == n and len(set(m.group())) == n:
            return f"Chinese {m.group()}, {n} parties named by one character each"
    for members in _CLOSED_SETS:
        if len(members) == n and re.search(f"[{members}]{{{n}}}", zh_text):
            run = re.search(f"[{members}]{{{n}}}", zh_text).group()
            if len(set(run)) == n:
                return f"Chinese {run}, the {n} members of a closed set"
    for clause in _CLAUSE_SEP.split(zh_text) if n >= 3 else ():
        if clause.count(_LIST_ITEM_SEP) + 1 == n:
            return f"Chinese list of {n} items ({clause.strip()[:20]}…)"
    for m in _QUOTED_RUN.finditer(zh_text):
        if len(_QUOTED_ITEM.findall(m.group())) == n:
            return f"Chinese list of {n} quoted items ({m.group()[:20]}…)"
    return ""


# Quoted items one after another (“大国关系与国际秩序”“亚太地区安全风险管控”…, “站在中国看世界”和
# “站在世界看中国”): a list of named topics, which English may count ("four sessions",
# "two perspectives").
_QUOTED_ITEM = re.compile(r"[“「][^”」“「]{1,40}[”」]")
_QUOTED_RUN = re.compile(r"[“「][^”」“「]{1,40}[”」](?:\s*(?:和|与|與|及|以及|、)?\s*"
                         r"[“「][^”」“「]{1,40}[”」])+")


# A range of years in brackets after a name: "Programme (2019–2023)", "Plan (2021-2025)".
_BRACKETED_YEARS = re.compile(r"\(\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*\)")
_SENSE_YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")
_SENSE_SHORT_END = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)[-–](\d\d)(?!\d)")  # 1966-76
_SENSE_CENTURY = re.compile(r"\b(early|mid|late)?-?(\d{1,2})(?:st|nd|rd|th)[ -]century\b", re.I)
_CENTURY_PART = {"early": (0, 33), "mid": (30, 70), "late": (67, 100), None: (0, 100)}


def _sense_span(sense: str) -> tuple[int, int] | None:
    """The years a dictionary sense dates its word to: the years it states and the parts of
    centuries it names, first to last ("1937-1945", "1966-76"; "mid-19th century to 1919":
    1830-1919)."""
    ends = [int(y) for y in _SENSE_YEAR.findall(sense)]
    ends += [int(m[1]) // 100 * 100 + int(m[2]) for m in _SENSE_SHORT_END.finditer(sense)]
    for m in _SENSE_CENTURY.finditer(sense):
        lo, hi = _CENTURY_PART[m.group(1).lower() if m.group(1) else None]
        base = (int(m.group(2)) - 1) * 100
        ends += [base + lo, base + hi]
    return (min(ends), max(ends)) if ends else None


# A date the Chinese names by what it is the date of (启用日期 "the opening date", 生效日期): an
# English that gives the day itself ("to open the airport on 6 July") says the same date.
_DATE_NOUN = re.compile(f"[{HAN}]{{1,4}}日期")


def date_named(e: Quantity, zh_text: str) -> str:
    """Where the Chinese sentence names a date by its noun (新機場啟用日期, 生效日期) and the
    English gives a day of a month: the translator made the date explicit."""
    if e.kind != "date" or "d" not in e.unit or not (m := _DATE_NOUN.search(zh_text)):
        return ""
    return f"Chinese {m.group()} (the date, named by what it is the date of)"


def dated_word(e: Quantity, zh_text: str) -> str:
    """Where a Chinese word of the sentence is an event or era its dictionary sense dates, and
    the English year falls in those dates: the translator made the year explicit (近代以后
    "after 1840": the dictionary's 近代 runs from the mid-19th century to 1919; 抗战 1937-1945;
    辛亥革命 1911)."""
    if e.kind != "date" or e.unit != "y" or e.high is not None:
        return ""
    year = int(e.value) // 10000
    from align.lexicon import lexicon  # the dictionary loads only for an unmatched year

    words = lexicon().dictionary
    seen: set[str] = set()
    for run in re.finditer(f"[{HAN}]{{2,}}", zh_text):
        for backward in (False, True):
            for a, b in words.max_match(zh_text, run.start(), run.end(), backward):
                word = zh_text[a:b]
                if b - a < 2 or word in seen:
                    continue
                seen.add(word)
                entry = words.get(word)
                for sense in entry.senses if entry is not None else ():
                    span = _sense_span(sense)
                    if span and span[0] <= year <= span[1]:
                        return f"Chinese {word} (the dictionary dates it: {sense[:60]})"
    return ""


# A missing number is an error only when it is confident: the number was read with its
# meaning (``Quantity.doubt`` is empty, see ``_Neighbourhood.doubted``), no neighbour holds it
# (``regrade``), and its bead is well aligned: not below the document's typical similarity by
# more than SPREADS_FOR_ERROR robust spreads (a loose bead may have put the sentence that
# renders it elsewhere). A mismatch pairs two comparable numbers, itself evidence that the two
# sides correspond: a loose bead leaves it as it is.
SPREADS_FOR_ERROR = 1.0


def _year_run_in(zh: str, en: str) -> str:
    """The year (as digits) that one side's number has run into the other's digits, which it
    otherwise repeats ("200558/2005" for 58/2005: L.N. 58/2005 glued to its title's year), or
    "". Only a year of 1900-2099 before or after the whole of the other's digits."""
    zh_digits, en_digits = re.sub(r"\D", "", zh), re.sub(r"\D", "", en)
    short, long = sorted((zh_digits, en_digits), key=len)
    if not short or len(long) != len(short) + 4:
        return ""
    for year in (long[:4], long[-4:]):
        if long in (year + short, short + year) and 1900 <= int(year) <= 2099:
            return year
    return ""


def _list_run_together(zh: str, en: list[Quantity]) -> str:
    """The English numbers, in a row, whose digits the Chinese number's are (1042倍 for "10, 4,
    and 2 times": the page lost the list's 、), or "". Two to five whole numbers."""
    digits = "" if "." in zh else re.sub(r"\D", "", zh)
    whole = [re.sub(r"\D", "", e.surface) for e in en]
    for n in range(2, 6):
        for k in range(len(whole) - n + 1):
            run = whole[k:k + n]
            if all(run) and "".join(run) == digits:
                return ", ".join(e.surface for e in en[k:k + n])
    return ""


def _lost_digits(d: Discrepancy) -> Discrepancy:
    """A mismatch whose English number lost the digits after its decimal point on the page
    ("769. billion yuan"): its value is unknown. Info when the digits it kept are the Chinese
    number's (769亿元: the page lost a digit on both sides), a warning otherwise."""
    zh_digits = re.sub(r"\D", "", d.zh.surface) if d.zh is not None else ""
    en_digits = re.sub(r"\D", "", d.en.surface) if d.en is not None else ""
    extra = d.extra + (("reading", f"fragile: {LOST_DECIMALS}"),)
    message = f"{d.message} The English number is {LOST_DECIMALS}, so its value is unknown"
    if zh_digits and en_digits and (zh_digits.startswith(en_digits)
                                    or en_digits.startswith(zh_digits)):
        return replace(d, severity=Severity.INFO, extra=extra, message=(
            f"{message}; it keeps the Chinese number's digits ({en_digits})."))
    severity = Severity.WARNING if d.severity is Severity.ERROR else d.severity
    return replace(d, severity=severity, message=message + ".", extra=extra)


# Unmarked roundings (compare's UNMARKED_ROUNDING) a page must have for them to be its
# convention rather than a slip: a statistics release rounds every figure one way.
ROUNDED_THROUGHOUT = 3


def _in_stray_sentence(ctx: CheckContext, hood: _Neighbourhood, d: Discrepancy, index: int
                       ) -> Discrepancy:
    """A missing or extra number as info when the sentences of its side of a merged bead that
    say it take away from how alike the bead's two sides are: without them the rest matches
    the other side clearly better (by ``NEXT_DOOR_MARGIN``, the margin the coverage check
    asks of a member closer to the bead beside it): an English-only editor's note, title or
    question number the aligner attached to a translated sentence. The number then belongs to
    a sentence the other side does not translate, which the coverage check judges as a
    sentence; counted against the bead's numbers it is a false alarm."""
    side, q = ("zh", d.zh) if d.rule is NUMBER_MISSING else \
        ("en", d.en) if d.rule is NUMBER_EXTRA else ("", None)
    if q is None or ctx.zh_vectors is None or ctx.en_vectors is None:
        return d
    bead = ctx.alignment.beads[index]
    own = getattr(bead, side)
    holders = hood._holders(q, index, side)
    rest = [i for i in own if i not in holders]
    if not holders or not rest:
        return d
    mine, theirs = (ctx.zh_vectors, ctx.en_vectors) if side == "zh" else \
        (ctx.en_vectors, ctx.zh_vectors)
    other = group_vector(theirs, bead.en if side == "zh" else bead.zh)
    whole = float(group_vector(mine, own) @ other)
    without = float(group_vector(mine, rest) @ other)
    if without < whole + NEXT_DOOR_MARGIN:
        return d
    lang = "Chinese" if side == "zh" else "English"
    return replace(d, severity=Severity.INFO, message=d.message + (
        f" The {lang} sentence that says it makes this bead's two sides less alike "
        f"({without:.2f} without it, {whole:.2f} with it): the other side does not translate "
        "it, so its numbers are the sentence's matter."),
        extra=d.extra + (("stray sentence", f"{without:.2f} without it, {whole:.2f} with it"),))


def _loose(d: Discrepancy) -> Discrepancy:
    """A missing number's error as a warning when its bead is loosely aligned."""
    if d.rule is not NUMBER_MISSING:
        return d
    return replace(d, severity=Severity.WARNING, message=d.message + (
        " The sentences of this bead are less alike than the document's typical pair, so the "
        "pairing itself may be loose."), extra=d.extra + (("uncertain", "weak bead"),))


def dateline_year(a: Alignment) -> int | None:
    """The year of the document's dateline: the first date with year and month in the opening
    sentences of the Chinese, then of the English ("Munich, February 17, 2024"), and failing
    both the first year of the Chinese opening (2024年政府工作报告). A bare year is more often
    one the text talks about (回顾2023年 in a speech of 2024; "I came to office in 2021"), so a
    full date on either side comes first."""
    q = _dateline_date(a)
    return int(q.value) // 10000 if q is not None else None


def _dateline_date(a: Alignment) -> Quantity | None:
    """The date ``dateline_year`` reads its year from."""
    bare: Quantity | None = None
    for doc, extract, clean in ((a.zh, extract_zh, readable_zh), (a.en, extract_en, readable_en)):
        for seg in doc.segments[:DATELINE_SENTENCES]:
            for q in extract(clean(seg.text)):
                if q.kind != "date" or "y" not in q.unit or q.high is not None:
                    continue
                if "m" in q.unit:
                    return q
                if bare is None and doc is a.zh:
                    bare = q  # in the English, a bare year is one it mentions
    return bare


def _finding(d: Discrepancy, zh_span: Span | None, en_span: Span | None, bead: int) -> Finding:
    evidence: list[tuple[str, str]] = []
    if d.zh is not None:
        evidence += [("zh", d.zh.surface), ("zh_value", d.zh.normalised())]
    if d.en is not None:
        evidence += [("en", d.en.surface), ("en_value", d.en.normalised())]
    evidence += d.extra
    if d.zh is not None:
        suggestion = render_en(d.zh)
    else:
        suggestion = f"remove {d.en.surface!r} or check it against the Chinese"
    return d.rule.finding(
        d.message,
        zh=zh_span,
        en=en_span,
        severity=d.severity,
        evidence=tuple(evidence),
        suggestion=suggestion,
        bead=bead,
    )


__all__ = ["NumbersCheck", "Quantity", "compare", "extract_en", "extract_zh", "render_en"]
