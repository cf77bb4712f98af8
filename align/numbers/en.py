"""Quantities in an English sentence.

The same scheme as ``zh.py``: recognisers run in order over a working copy of the text and blank
what they consume, so "October 1, 2024" is one date and not three numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from align.numbers.quantity import (
    DOCUMENT_SYMBOLS,
    FORMAT_NAMES,
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
from align.scripts import is_pinyin

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90,
         "fourty": 40}  # fmt: skip  (a misspelling official pages print: "Fourty-fifth")
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "bn": 10**9, "mn": 10**6, "tn": 10**12}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "fourtieth": 40,
    "thousandth": 1000, "millionth": 10**6,
    "inaugural": 1,  # the inaugural Expo: 第一届, 首届
}  # fmt: skip
_ORDINAL_WORDS_ALL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
# "fourth" too: "one-fourth", "three fourths", "a fourth of" (American usage beside "quarter").
_DENOMINATORS.update({w: v for w, v in _ORDINALS.items() if 3 <= v <= 100})
_DENOMINATORS.update({w + "s": v for w, v in _ORDINALS.items() if 3 <= v <= 100})
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
             "saturday": 6, "sunday": 7}  # fmt: skip

_WORD = "|".join(sorted([*_SMALL, *_TENS, "hundred", "dozen", *list(_SCALES)[:4]], key=len,
                        reverse=True))  # fmt: skip
_W = rf"(?:{_WORD})"
_AFTER_SCALE = "|".join(f"(?<={w})" for w in ("hundred", "thousand", "million", "billion"))
# "two hundred and thirty-five thousand", "a dozen", "a million", "one and a half"
_HEAD = "|".join(sorted([*_SMALL, *_TENS], key=len, reverse=True))
WORDS = (
    rf"\b(?:a\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b){_W}|(?:{_HEAD})\b)"
    rf"(?:(?:\s+|-){_W}|(?:{_AFTER_SCALE})\s+and\s+{_W})*(?:\s+and\s+a\s+half)?\b"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d]|[.,:]\d)"
DIGITS = rf"(?<![\w.,/:]){_DIGITS}"
# A scale word glued to the next word on a page that lost its spaces ("US$ 2.3 billioninvested")
# is still the scale; its own suffixes ("billions", "millionth", "billionfold", "millionaire")
# are not that.
_SCALE = (r"(?:\s+|-)?(?:(?:thousand|million|billion|trillion)"
          r"(?:\b|(?=[a-z]{3})(?!aire|fold|ths?\b))|(?:bn|mn|tn)\b)")
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
)
_MONTH = rf"(?:{_MONTH_NAMES})(?![A-Za-z])"
_MONTH_ANY_CASE = rf"(?i:{_MONTH_NAMES})(?![A-Za-z])"
# After a day number a month may be written in capitals, as a heading or a title block sets
# it ("WEDNESDAY, 22 OCTOBER 1997"); "the 22 MAY ..." of running text has no such form.
_MONTH_OR_CAPS = rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})(?![A-Za-z])"
# Longest first where one ends another: NT$ (New Taiwan dollars) before the bare $.
_CUR_SYMBOLS = (("US$", "USD"), ("HK$", "HKD"), ("MOP$", "MOP"), ("NT$", "TWD"), ("NZ$", "NZD"),
                ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"), ("$", "USD"),
                ("€", "EUR"), ("£", "GBP"), ("¥", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"),
                ("USD", "USD"), ("EUR", "EUR"), ("HKD", "HKD"), ("MOP", "MOP"), ("TWD", "TWD"),
                ("NTD", "TWD"))  # fmt: skip
_CUR_SYM = "|".join(re.escape(s) for s, _ in _CUR_SYMBOLS)
# The symbols that are letters (USD, RMB, MOP): a page may glue them to the digits (USD86.6),
# which then are an amount, not a code such as G20.
_CUR_CODES = "|".join(s for s, _ in _CUR_SYMBOLS if s.isalpha())
_CUR_WORDS = (
    (r"yuan|renminbi|RMB|CNY", "CNY"), (r"(?:US|U\.S\.|American) dollars?|USD", "USD"),
    (r"(?:Hong Kong|HK) dollars?|HKD", "HKD"), (r"patacas?|MOP", "MOP"),
    (r"(?:New Taiwan|NT) dollars?|TWD|NTD", "TWD"), (r"Australian dollars?|AUD", "AUD"),
    (r"Canadian dollars?|CAD", "CAD"), (r"Singapore dollars?|SGD", "SGD"),
    (r"New Zealand dollars?|NZD", "NZD"), (r"dollars?", "USD"),
    (r"euros?|EUR", "EUR"),
    (r"pounds? sterling|pounds?", "GBP"), (r"yen", "JPY"), (r"roubles?|rubles?", "RUB"),
)  # fmt: skip

# Phrases with number words that are not quantities.
_NOT_QUANTITY = re.compile(
    r"\b(?:one of|one another|no one|one-on-one|one by one|one day|"
    r"one or two(?!\s+(?:hundred|thousand|million|billion|trillion)\b)|one-stop|"
    r"one-off|one-time|at one point|one way or another|Belt and Road|"
    r"one country,? two systems|dozens|hundreds|thousands|millions|billions|"
    r"Two Sessions|first-hand|second-hand|at first|first of all|second to none|"
    r"a second|one second|third[- ]part(?:y|ies)|third person|(?:one|two)-way|"
    r"Double Tenth?)\b",  # the Double Tenth: the Republic of China's National Day, a name
    re.IGNORECASE,
)
# A word the page ran into the reading after it ("Chek Lap Kok16 degrees", "Tai Po25 degrees":
# a table's cells set without their space): a code is never followed by degrees or per cent,
# so the word is blanked and the reading stands alone.
_GLUED_WORD = re.compile(r"\b[A-Za-z]{2,}(?=\d+(?:\.\d+)?(?:\s*(?:degrees?|per\s*cent|percent)\b"
                         r"|\s*(?:%|°)))")
# A reprint's vocabulary-note marker glued to the end of an English word ("implement5",
# "aspiration5", "Opium3"): no number of the text (but a reading glued to its station's name,
# "Observatory81 per cent", is one: _GLUED_WORD's).
_NOTE_MARK = re.compile(r"(?<=[A-Za-z][a-z]{3})\d{1,2}\b"
                        r"(?!\s*(?:degrees?|per\s*cent|percent)\b|\s*(?:%|°))")
# Latin-and-digit tokens (5G, G20, COVID-19, 802.11n) are names, not numbers.
_ALNUM_TOKEN = re.compile(
    rf"\b(?!(?:{_CUR_CODES})\d)(?!(?i:level|class|grade|tier|phase|stage|type|rank)-\d{{1,2}}\b)"
    r"(?:[A-Z][A-Za-z]{0,5}|[a-z]{1,2})-?\d[\w.\-]*"  # not USD86.6, nor a grade (Level-2)
    # a letter glued to digits (5G, 3D) but not a unit's symbol (0.7m, 10L, 5g, 3t, 24h)
    r"|\b\d+(?:\.\d+)*(?![mgtLh]\b)[A-Za-z]\b|\b\d+[A-Za-z]+\d[\w.\-]*"
    r"|\b\d+(?::\d+)+\b"  # what is left of colon groups after times: scores, ratios, codes
    # the disease's name: set apart by a page (COVID -19, Covid 19) or in full
    r"|\b(?i:covid)\s?-?\s?19\b|(?i:coronavirus\s+disease)\s+2019\b"
    # a year-first code whose letters change case inside (2019-nCoV): a name, not a date; a
    # compound of a count (24-hour, 5-Year) has no such letters
    r"|\b\d+-(?=[A-Za-z]*[a-z][A-Z])[A-Za-z]+(?:-?\d+)?\b"
)

# Any word a recogniser starts from; a text without one has no quantity.
_MAYBE = re.compile(
    r"\d|\b(?:"
    + "|".join([*_SMALL, *_TENS, *_SCALES, "hundred", "dozen", *_ORDINALS, *_DENOMINATORS])
    + r"|once|twice|thrice|doubled|tripled|trebled|quadrupled|\w+fold|both|decades?|century"
    + r"|centuries|millenni\w*|(?:bi|tri|quadr|quinqu|dec)enni\w*"
    + r"|dozens|scores?|tens|hundreds|thousands|millions|billions"
    + r"|(?:semi|sesqui|bi|ter|quin)?centen(?:ary|nial)|jubilee|noon|midday|midnight"
    + r"|"
    + "|".join(m.capitalize() for m in _MONTHS if len(m) > 3)
    + r"|May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    + "|".join(d.capitalize() for d in _WEEKDAYS)
    + r")|\b[A-Z][a-z'’]{1,30}[\s-]+[IVXLC]+\b"  # bounded: linear on "'A'A'A…"
    + r"|\b(?:an?|one)\s+(?:[a-z'’,-]+\s+){0,3}?(?:year|month)\b",
    re.IGNORECASE,
)
_PREFIX_QUALIFIERS = re.compile(
    r"\b(?P<q>about|around|approximately|roughly|some|an estimated|nearly|almost|close to|"
    r"approaching|more than|over|above|exceeding|exceeded|exceeds|exceed|surpassed|surpassing|"
    r"surpass|topped|in excess of|upwards of|just over|well over|at least|no less than|"
    r"not less than|no fewer than|less than|fewer than|under|below|just under|at most|up to|"
    r"no more than|not more than|as many as|as much as|as high as)"
    r"\s+(?:the age of\s+|an? )?$",
    re.IGNORECASE,
)
# A count that points back or ahead to a list ("the above three items", "the following five
# measures"): a translation often makes the list's length explicit. After a determiner "above"
# and "below" are adjectives, no bounds.
_POINTS_BACK = re.compile(r"\b(?:the|these|those|all)\s+(?:above|below|following|aforementioned|"
                          r"aforesaid|above-mentioned|said)\s+$", re.IGNORECASE)
_QUALIFIER_OF = {
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "nearly": "nearly", "almost": "nearly",
    "close to": "nearly", "approaching": "nearly", "at least": "at-least",
    "no less than": "at-least", "not less than": "at-least", "no fewer than": "at-least",
    "less than": "less-than", "fewer than": "less-than", "under": "less-than",
    "below": "less-than", "just under": "less-than", "at most": "at-most", "up to": "at-most",
    "no more than": "at-most", "not more than": "at-most", "as many as": "exact",
    "as much as": "exact", "as high as": "exact",
}  # fmt: skip
# A bound negated before it: "will not exceed 40%", "must not be less than 5", "never fell
# below 2%" bound the other way (不得超过, 不低于).
_NEGATION_BEFORE = re.compile(r"(?:\b(?:not|never|cannot)|n['’]t)\s+(?:be\s+|have\s+|\w+ly\s+)?$",
                              re.I)
_NEGATED_BOUND = {"more-than": "at-most", "less-than": "at-least"}
_UNQUALIFIED = ("ordinal", "date", "period", "weekday", "decade")
# A unit of time between a number and the qualifier after it ("20 years and more", "60 years
# or so").
_TIME_UNIT = r"(?:\s+(?:years?|months?|weeks?|days?|hours?|decades?|centuries))?"
_SUFFIX_QUALIFIERS = (
    (re.compile(rf"{_TIME_UNIT}\s*(?:or|and)\s+(?:more|over|above|older|higher|greater)\b"),
     "at-least"),
    (re.compile(r"\s*(?:or|and)\s+(?:less|fewer|under|below|younger|lower)\b"), "at-most"),
    (re.compile(rf"{_TIME_UNIT}\s*or\s+so\b"), "approx"),
    (re.compile(r"-?odd\b"), "more-than"),  # "100-odd": a little over 100
    (re.compile(r"(?:-plus\b|\+)"), "more-than"),
)


# "and over", "or more" bound the number before them only when they end the phrase ("aged 60
# and over", "five or more"): "over" that governs a noun phrase is a preposition ("in 2022 and
# over the past five years"), and "more" before "than" or an adverb compares ("and more
# importantly").
_NOT_A_BOUND = re.compile(
    r"(?<=over|bove|nder|elow)\s+(?:(?i:the|a|an|this|that|these|those|its|their|our|his|her|"
    r"my|your|all|each|every|past|last|next|recent|many|several|some)\b|[A-Z0-9])"
    r"|\s+(?:than\b|[a-z]+ly\b)")


# A space a page put after a decimal point ("$1. 275 billion" for $1.275 billion): before a
# scale word the point is no full stop (no sentence opens with digits and a scale).
# (One to three digits before the point: "in 2019. 300 million people" is two sentences.) The
# segmenter reads the same form as no sentence end (``align.segment.en``).
_SPLIT_DECIMAL = re.compile(r"(?<![\d,])\d{1,3}\.([ \u00a0])"
                            r"(?=\d{1,3}\s+(?:million|billion|trillion)\b)")
# A space (or a no-break or thin space) as the thousands separator, as Hong Kong's and the
# SI's style writes it: "191 816", "3 481", "1 178 400". Only after one to three digits and
# before groups of exactly three, so "in 2019 100 people" stays two numbers.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?=[ \u00a0\u2009\u202f]\d{3}(?![\d.,]\d|\d))")
_GROUP_SPACE = re.compile(r"(?<=\d)([ \u00a0\u2009\u202f])(?=\d{3}(?![\d.,]\d|\d))")


def extract_en(text: str) -> list[Quantity]:
    """Every quantity in ``text`` (a sentence or a few), in order of position. A decimal
    split by a stray space ("$1. 275 billion") and a number grouped by spaces ("191 816") are
    read whole; offsets and surfaces are the text's own."""
    if not _MAYBE.search(text):
        return []  # most sentences have no number: one search instead of a dozen
    spaces = {m.start(1) for m in _SPLIT_DECIMAL.finditer(text)}
    for m in _SPACED_THOUSANDS.finditer(text):
        at = m.end()  # the run of three-digit groups after it, each after one space
        while (g := _GROUP_SPACE.match(text, at)) is not None:
            spaces.add(g.start(1))
            at = g.end() + 3
    if not spaces:
        return _extract(text)
    at = [i for i in range(len(text)) if i not in spaces]
    found = _extract("".join(text[i] for i in at))
    return [replace(q, start=at[q.start], end=at[q.end - 1] + 1,
                    surface=text[at[q.start]:at[q.end - 1] + 1]) if q.end > q.start else q
            for q in found]


# A table's unit in brackets at the end of its header line or cell, a power of ten and the
# measure ("Sown area (1000 hectares)", "(10,000 tons) |", "(100 million yuan)"), as the
# Chinese header writes it with a scale and no numeral ((千公顷), (万吨), (亿元)): weak, matched
# when the Chinese has the figure, never reported alone.
_UNIT_HEADER_RE = re.compile(
    r"\(\s*(?:in\s+)?(?:(?:RMB|HK\$|US\$|MOP)\s*)?"
    r"(?P<n>1(?:0{1,2}|,?000(?:,?000)*)|10{1,2}(?:,000)*)"
    r"(?:\s+(?P<scale>thousand|million|billion))?(?!\s+(?:per|percent|times|years?|points?)\b)"
    r"(?:\s+[A-Za-z][a-z]*){1,2}\s*\)(?=[ \t]*(?:\||$))", re.M)
# A table's unit on a line of its own, a column header ("RMB 100 million", "USD 100 million",
# "Unit: 10,000 tons"), where the Chinese writes the unit with no numeral (亿元, 亿美元, 万吨)
_UNIT_LINE_RE = re.compile(
    r"^[ \t]*(?P<unit>(?:unit|units|in)\s*:?\s*)?(?P<cur>(?:RMB|USD|US\$|HK\$|MOP|SDR|EUR|HKD)"
    r"\s*)?(?P<n>1(?:0{1,2}|,?000(?:,?000)*)|10{1,2}(?:,000)*)"
    r"(?:\s+(?P<scale>thousand|million|billion))?"
    r"(?!\s+(?:per|percent|times|years?|points?|days?)\b)(?:\s+[A-Za-z][a-z]*){0,2}[ \t]*$",
    re.M | re.I)
_SCALE_WORDS = {None: 1, "thousand": 1000, "million": 10**6, "billion": 10**9}


def _unit_headers(scan: _Scan) -> Iterator[Quantity]:
    # a unit line needs a "Unit:", a currency or a scale word: a bare 100 or "1,000 tons" on its
    # line may be a table's value
    lines = [m for m in _UNIT_LINE_RE.finditer(scan.work) if m["unit"] or m["cur"] or m["scale"]]
    for m in (*lines, *_UNIT_HEADER_RE.finditer(scan.work)):
        value = Decimal(m["n"].replace(",", "")) * _SCALE_WORDS[m["scale"] and m["scale"].lower()]
        end = m.end("scale") if m["scale"] else m.end("n")
        yield scan.q(m.start("n"), end, value, "count", weak=True)


# A year said in words, as a speech's transcript writes it: "nineteen ninety-seven", "twenty
# twenty-one", "nineteen eighty" (the century's two words, then the year's).
_SPELLED_YEAR_RE = re.compile(
    r"\b(?P<c>nineteen|twenty)[\s-]+(?P<y>(?:ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen)|(?:" + "|".join(_TENS) + r")(?:[\s-](?:one|two|three"
    r"|four|five|six|seven|eight|nine))?)\b(?![\s-](?:years?|hundred|thousand|percent|per\s+cent)"
    r"\b)", re.I)


# A chapter of Hong Kong's laws with no space after the abbreviation ("Cap.139", as "Cap. 139"
# reads): its number, which a designator's doubt marks as naming, not counting.
_CHAPTER_RE = re.compile(r"\bCap\.(\d{1,4})(?=[A-Z]?\b)")


# A provision numbered with dots after the word that numbers it ("paragraph 7.3", "Article 2.1",
# "section 4.2.1"): the article and its paragraph, as the Chinese writes them one by one
# (第七条第三款), not a decimal. Weak: a label, never reported alone (第4.2.1节 is no count).
_PROVISION_RE = re.compile(r"\b(?:[Pp]aragraphs?|[Pp]aras?\.?|[Aa]rticles?|[Ss]ections?|"
                           r"[Cc]lauses?|[Rr]ules?|[Ii]tems?|[Cc]hapters?)\s+"
                           r"(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?(?![.\d])"
                           r"(?!\s*(?:%|percent|per\s+cent|thousand|million|billion)\b)")


def _chapters(scan: _Scan) -> Iterator[Quantity]:
    for m in _CHAPTER_RE.finditer(scan.work):
        yield scan.q(m.start(1), m.end(1), Decimal(m[1]), "count")
    for m in _PROVISION_RE.finditer(scan.work):
        for g in (1, 2, 3):
            if m[g]:
                yield scan.q(m.start(g), m.end(g), Decimal(m[g]), "count", weak=True)


# A craft or mission numbered in its name ("Chang'e-6", "Shenzhou-6", "Tianwen-1"): a name, as
# the Chinese 嫦娥六号 is, whose number is weak: it meets the Chinese one, never reported alone.
_DESIGNATION_RE = re.compile(
    r"\b(?!(?i:level|class|grade|tier|phase|stage|type|rank|article|section|chapter|room)-)"
    r"(?!(?:January|February|March|April|June|July|August|September|October|November|December)-)"
    r"[A-Z][a-z]{3,}(?:['’][a-z]+)?-(\d{1,2})\b(?![-./]\d)"  # not Su-27: a code, no number
    r"|\b[A-Z][a-z]{2,}['’][a-z]+-(\d{1,2})\b(?![-./]\d)")


def _designations(scan: _Scan) -> Iterator[Quantity]:
    for m in _DESIGNATION_RE.finditer(scan.work):
        g = 1 if m[1] else 2
        yield scan.q(m.start(g), m.end(g), Decimal(m[g]), "count", weak=True)


# Alternatives joined by slashes ("24/72/144-hour visa-free transit", "72/144-hour"), as the
# Chinese writes them (24/72/144小时): each a count, not a fraction (72/144) nor a date (numeric
# dates are read before).
_SLASH_SERIES_RE = re.compile(
    r"(?<![\d/.])\d+(?:/\d+){2,}(?![\d/.])"
    r"|(?<![\d/.])\d+/\d+(?=-(?:hours?|days?|weeks?|months?|years?|minutes?)\b)")


def _slash_series(scan: _Scan) -> Iterator[Quantity]:
    for m in _SLASH_SERIES_RE.finditer(scan.work):
        for n in re.finditer(r"\d+", m.group()):
            yield scan.q(m.start() + n.start(), m.start() + n.end(), Decimal(n.group()), "count")


def _spelled_years(scan: _Scan) -> Iterator[Quantity]:
    for m in _SPELLED_YEAR_RE.finditer(scan.work):
        century = _SMALL.get(m["c"].lower()) or _TENS[m["c"].lower()]
        parts = re.split(r"[\s-]+", m["y"].lower())
        year = century * 100 + sum(_SMALL.get(w) or _TENS[w] for w in parts)
        value, unit = make_date(year)
        yield scan.q(m.start(), m.end(), value, "date", unit=unit)


def _extract(text: str) -> list[Quantity]:
    scan = _Scan(text)
    scan.blank(DOCUMENT_SYMBOLS)  # before the labels: the (98) of CR 2/3231/97(98) Pt. 9
    scan.blank(_LABELS)
    scan.blank(FORMAT_NAMES)
    scan.blank(WEB_ADDRESSES)
    scan.blank(_NOTE_MARK)
    for recogniser in (numeric_dates, _slash_series, _chapters, _unit_headers, _designations,
                       _spelled_years, _periods, _times, _decades, _ratios, _vague_amounts,
                       _anniversaries, _vague_spans):
        scan.apply(recogniser)
    scan.blank(_GLUED_WORD)
    scan.blank(_ALNUM_TOKEN)
    scan.apply(_formula_counts)
    scan.blank(_NOT_QUANTITY)
    for recogniser in (
        _ordinal_dates, _month_ranges, _dates, _year_ranges, _weekdays, _and_a_half, _decade_words,
        _scores, _periodic, _bare_scales,
        _roman_numerals, _fraction_points, _fractions, _ordinals,
        _multiples, _both, _a_year, _vague, _general,
    ):  # fmt: skip
        scan.apply(recogniser)
    return shared_units(sorted(scan.found, key=lambda q: q.start), text, _LIST_JOINER)


# What joins the members of a list of numbers that states their unit once ("3 and 5 per cent").
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*")


# A policy formula whose numbers count its parts: "one country, two systems" (一国两制, or
# spelled out 一个国家，两种制度). Its numbers are weak: they meet the Chinese numerals of the
# formula, and are never reported alone (the formula is a name as often as a count).
_FORMULA_RE = re.compile(r"\b(one)\s+country,?\s+(two)\s+systems\b", re.IGNORECASE)
# So is the span that names a series of plans, "the 14th Five-Year Plan" (十四五规划, which has
# no 五年), which still meets a 五年 of the Chinese (五年行动计划 "Five-Year Plan of Action").
_PLAN_RE = re.compile(rf"\b({_W})-year\s+plans?\b", re.IGNORECASE)


def _formula_counts(scan: _Scan) -> Iterator[Quantity]:
    for m in _FORMULA_RE.finditer(scan.work):
        yield scan.q(m.start(1), m.end(1), Decimal(1), "count", weak=True)
        yield scan.q(m.start(2), m.end(2), Decimal(2), "count", weak=True)
    for m in _PLAN_RE.finditer(scan.work):
        if (value := parse_en_number(m.group(1))) is not None:
            yield scan.q(m.start(1), m.end(1), value, "count", weak=True)


# A numeral a page mangled, which no recogniser reads: a letter glued before an ordinal (the
# "t4th Meeting", "l5th"), or a letter O or l typed among digits ("2O19", "1O", "19l5").
_MANGLED_RE = re.compile(r"\b(?:[A-Za-z]\d{1,3}(?:st|nd|rd|th)|\d+[Ool]+\d*)\b")


def mangled_numerals(text: str) -> list[str]:
    """The mangled numerals of ``text`` (see ``_MANGLED_RE``): the engine reads none of them,
    so a number missing beside one is not certainly missing."""
    return [m.group() for m in _MANGLED_RE.finditer(text)]


def mangled_reads_as(token: str, value: Decimal) -> bool:
    """Whether the mangled numeral ``token`` can be the whole number ``value``: its digits
    agree, each letter standing for one digit (2O19 for 2019, t4th for 14th, 1O for 10)."""
    if value != value.to_integral_value() or value < 0:
        return False
    body = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", token)
    pattern = "".join(c if c.isdigit() else r"\d" for c in body)
    return re.fullmatch(pattern, str(int(value))) is not None


def parse_en_number(s: str) -> Decimal | None:
    """The value of a written number: "4.49 trillion", "1,600", "sixteen thousand",
    "two hundred and five", "a dozen", "two and a half". None if it is not one."""
    s = s.strip().lower().replace(",", "")
    half = Decimal(0)
    if s.endswith("and a half"):
        s, half = s[: -len("and a half")].strip(), Decimal("0.5")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+|-)?([a-z]+)?", s)
    if m:
        value = Decimal(m.group(1))
        if m.group(2):
            if m.group(2) not in _SCALES and m.group(2) != "hundred":
                return None
            value *= _SCALES.get(m.group(2), 100)
        return value + half
    total = current = Decimal(0)
    seen = False
    prev = ""
    for w in re.split(r"[\s-]+", s):
        if w in ("and", ""):
            continue
        if prev in _SMALL and w in _SMALL or w in _TENS and (prev in _SMALL or prev in _TENS) or \
                prev in _TENS and w in _SMALL and _SMALL[w] >= 10:
            return None  # "two three-inch", "one two": two numbers, not one
        prev = w
        if w == "a":
            current = Decimal(1)
        elif w in _SMALL:
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = Decimal(0)
        else:
            return None
        seen = True
    return total + current + half if seen else None


class _Scan(Scanner):
    def __init__(self, text: str) -> None:
        super().__init__(text, text)

    def q(self, start: int, end: int, value: Decimal, kind: str, **kw) -> Quantity:
        """A quantity over ``start:end``, widened to take in qualifiers on either side."""
        qualifier = kw.pop("qualifier", "exact")
        points_back = _POINTS_BACK.search(self.work, max(0, start - 24), start)
        if kind == "count" and points_back:
            kw["weak"] = True  # "the above three items": the list's length, often unsaid
        m = None
        if kind not in _UNQUALIFIED:  # "under the 14th Plan", "over the first half"
            m = _PREFIX_QUALIFIERS.search(self.work, max(0, start - 30), start)
            if m and points_back and m.group("q").lower() in ("above", "below"):
                m = None  # "the above three items", "the below two": an adjective, no bound
        if m:
            word = " ".join(m.group("q").lower().split())
            qual = _QUALIFIER_OF.get(word, "more-than")
            if qual in _NEGATED_BOUND and _NEGATION_BEFORE.search(
                    self.work, max(0, m.start() - 24), m.start()):
                qual = _NEGATED_BOUND[qual]  # "shall not exceed 30 days": at most 30
            start = m.start()
            qualifier = qual if qualifier == "exact" else qualifier
        for pattern, qual in _SUFFIX_QUALIFIERS:
            sm = pattern.match(self.work, end)
            if sm and not _NOT_A_BOUND.match(self.work, sm.end()):
                end = sm.end()
                qualifier = qual
                break
        return Quantity(value=value, kind=kind, surface=self.text[start:end], start=start,
                        end=end, qualifier=qualifier, **kw)  # fmt: skip


def _month(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


_QUARTER = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
_PERIODS_RE = re.compile(
    rf"\b(?:the\s+)?first\s+(?P<n>{_W}|\d+)\s+(?P<what>quarters|months)\b"
    r"|\b(?:the\s+)?(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b"
    r"|\bQ(?P<qn>[1-4])\b|\bH(?P<hn>[12])\b"
    r"|\b(?:the\s+)?(?P<ho>first|second|former|latter)\s+half\b(?!\s+(?:a|an)\b)",
    re.IGNORECASE,
)


_HALF_OF_SPAN = re.compile(r"\s+of\s+(?:the\s+|this\s+|last\s+)?(?:[\w-]+\s+)?"
                           r"(?:century|decade|\d{2,4}[’']?s)\b", re.I)


def _periods(scan: _Scan) -> Iterator[Quantity]:
    for m in _PERIODS_RE.finditer(scan.work):
        g = m.groupdict()
        if g["n"]:
            n = parse_en_number(g["n"])
            if g["what"].lower() == "quarters" and n and 1 <= n <= 4:
                yield scan.q(m.start(), m.end(), Decimal(1), "period", high=3 * n, unit="quarter")
            elif g["what"].lower() == "months" and n and 1 <= n <= 12:
                yield scan.q(m.start(), m.end(), Decimal(1), "period", high=n, unit="month")
        elif g["qo"] or g["qn"]:
            n = int(g["qn"]) if g["qn"] else _ORDINALS.get(g["qo"].lower()) or int(g["qo"][0])
            lo, hi = _QUARTER[n]
            yield scan.q(m.start(), m.end(), Decimal(lo), "period", high=Decimal(hi),
                         unit="quarter")  # fmt: skip
        else:
            if _HALF_OF_SPAN.match(scan.work, m.end()):
                scan.mask(m.start(), m.end())  # the second half of the 16th century: a part
                continue  # of a span, as 下半叶 is, no half of a year and no count
            first = (g["hn"] or g["ho"] or "").lower() in ("1", "first", "former")
            lo, hi = (1, 6) if first else (7, 12)
            yield scan.q(m.start(), m.end(), Decimal(lo), "period", high=Decimal(hi), unit="half")


_TIMES_RE = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?!\d))?\s*(?P<ap>[ap])\.?m\b\.?"
    r"|(?<![\d:.,])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\d:])",
    re.IGNORECASE,
)
_OCLOCK_RE = re.compile(rf"\b(?P<h>\d{{1,2}}|{_W})\s+o'clock\b", re.IGNORECASE)


# Noon said in words: "12 noon" is the clock's 12:00; "noon" or "midday" alone is weak, as the
# Chinese often says 中午 with no hour ("at noon" against 中午12时 is a match; against 中午, no
# extra number).
_NOON_RE = re.compile(r"\b(?:(?P<h>12)\s*)?(?:noon|midday)\b", re.IGNORECASE)
# ... and midnight, 0:00 ("at midnight" for 午夜12時).
_MIDNIGHT_RE = re.compile(r"\b(?:(?P<h>12)\s*)?midnight\b", re.IGNORECASE)


def _times(scan: _Scan) -> Iterator[Quantity]:
    for m in _NOON_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(12), "time", weak=not m.group("h"))
    for m in _MIDNIGHT_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(0), "time", weak=not m.group("h"))
    matches = list(_TIMES_RE.finditer(scan.work))
    if "o'clock" in scan.work:
        matches += _OCLOCK_RE.finditer(scan.work)
    for m in matches:
        g = m.groupdict()
        hour = parse_en_number(g["h"] or g.get("h2") or "")
        minutes = Decimal(g.get("m") or g.get("m2") or 0)
        if hour is None or hour > 24 or minutes >= 60:
            continue
        ap = (g.get("ap") or "").lower()
        if ap == "p" and hour < 12:
            hour += 12
        elif ap == "a" and hour == 12:
            hour = Decimal(0)
        yield scan.q(m.start(), m.end(), hour + minutes / 60, "time")


# Month names that are also names or words: "Theresa May", "may be", "march forward", "Dong Jun",
# "Jan Smith", "August Wilson", "April Ryan". They are months only in a date's company.
_AMBIGUOUS_MONTHS = {"may", "march", "june", "august", "april"}
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:in|since|until|till|by|from|of|early|late|mid|last|next|this|that|through|before|"
    r"after|during|between|every|each|same|throughout|end)[\s-]+$",
    re.IGNORECASE,
)
# What a figure is compared with: "compared with March", "higher than June" (not May: "talks
# with May" names the prime minister as often).
_COMPARED_BEFORE = re.compile(r"\b(?:with|than|against|versus|vs\.?)\s+$", re.IGNORECASE)
# An event a month names when it qualifies it: "their April meeting", "the June summit".
_EVENT_AFTER = re.compile(r"\s+(?:meeting|meetings|summit|session|sessions|visit|talks|"
                          r"election|elections|conference|forum|dialogue|trip|plenum)\b",
                          re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b({_MONTH_NAMES})\s*(?:,|and|or|to|through|-|–)\s*$")
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:\d|(?:this|last|next|that|the same) year\b)", re.IGNORECASE)


def _is_month(scan: _Scan, start: int, end: int, name: str) -> bool:
    """Whether a month name with no day or year beside it is the month. A full name that is
    not also a common name or word (October) always is; an abbreviation (Jan, Jun) never is
    without a number; May, March, June, August and April are months after a date word ("in May",
    "early March", "the end of June"), after another month ("April and May"), before a year
    ("June this year") or, but May, before an event they date ("their April meeting")."""
    for _ in range(12):  # a list of months is no longer than a year: bounded work on "May May…"
        key = name.rstrip(".").lower()
        if _YEAR_AFTER.match(scan.work, end):
            return True
        if key not in _MONTHS or len(key) <= 4 and key not in ("may", "june", "july"):
            return False  # an abbreviation (Jan, Jun, Mar) needs a number beside it
        if key not in _AMBIGUOUS_MONTHS:
            return True
        before = scan.work[max(0, start - 24) : start]
        if _DATE_WORD_BEFORE.search(before):
            return True
        if key != "may" and (_EVENT_AFTER.match(scan.work, end)
                             or _COMPARED_BEFORE.search(before)):
            return True  # "their April meeting", "the June summit" (not "Theresa May meeting")
        prev = _MONTH_BEFORE.search(scan.work, max(0, start - 24), start)
        if not prev:
            return False
        # "April and May" as the month before it is, not "Theresa May and June"
        start, end, name = prev.start(), prev.start() + len(prev.group(1)), prev.group(1)
    return False


_MONTH_RANGES_RE = re.compile(
    rf"\b(?:from\s+|between\s+)?(?P<a>{_MONTH})\s*(?:to|through|-|–|and)\s*(?P<b>{_MONTH})"
    r"(?!\s*\d{1,2}\b)"
)


def _month_ranges(scan: _Scan) -> Iterator[Quantity]:
    for m in _MONTH_RANGES_RE.finditer(scan.work):
        if m.group().lower().split()[0] == "between" and " and" not in m.group():
            continue
        framed = m.group()[:1].islower() or re.search(r"[-–]", m.group())  # from/between; Jan-Mar
        b = m.group("b").lower()
        if not framed and not (
            _is_month(scan, m.start("a"), m.end("a"), m.group("a"))
            or b in _MONTHS
            and len(b) > 4
            and b not in _AMBIGUOUS_MONTHS
        ):
            continue  # "Theresa May and June Smith"
        lo, hi = _month(m.group("a")), _month(m.group("b"))
        if lo < hi:
            yield scan.q(m.start(), m.end(), Decimal(lo), "period", high=Decimal(hi), unit="month")


_DATES_RE = re.compile(
    rf"\b(?P<mon>{_MONTH_ANY_CASE})(?:(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?:\b|(?=(?:to|and|in|at|on|of|for)\b))"  # "July 19to 22": a space lost
    rf"(?:\s*(?:-|–|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?)?(?:(?:,?\s+|(?<=\.))(?P<y>\d{{4}})\b)?"
    rf"|\b(?:(?P<from>from|between)\s+)?(?:the\s+)?(?P<first>(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?)"
    rf"(?:\s*(?P<sep>-|–|to|through|and)\s*(?:the\s+)?(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"\s+(?:of\s+)?(?P<mon2>{_MONTH_OR_CAPS})(?:,?\s+(?P<y2>\d{{4}})\b)?"
)  # "4-5 September", "from 4 to 5 September", "between the 4th and 5th of September"
# What may follow a day that carries its month over ("July 17 and 22 in Geneva", "September 3
# and 4 under the theme"): the closed classes of prepositions, conjunctions and determiners; any
# other word is what the number counts ("July 17 and 22 people").
_AFTER_DAY = ("and|or|nor|but|when|while|where|respectively|this|that|these|last|next|the|a|an|"
              "about|above|across|after|against|along|amid|among|around|as|at|before|behind|"
              "below|beside|besides|between|beyond|by|during|except|for|from|in|inside|into|"
              "near|of|off|on|onto|over|past|since|through|throughout|till|to|toward|towards|"
              "under|until|upon|via|with|within|without")
_DATES_MORE_DAYS_RE = re.compile(
    r"(?:\s*,\s*|\s+)(?:and\s+|or\s+|&\s+)?(\d{1,2})(?:st|nd|rd|th)?\b"
    rf"(?!\s*(?!(?:{_AFTER_DAY})\b)[\w%$]"
    r"|[.,:]\d)"  # "July 17 and 22 in Geneva", not "July 17 and 22 people"
)



def _dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _DATES_RE.finditer(scan.work):
        group = "mon" if m.group("mon") else "mon2"
        name = m.group(group)
        numbered = m.group("d") or m.group("y") or group == "mon2"
        if not numbered and not _is_month(scan, m.start(group), m.end(group), name):
            continue
        lower_ok = name in _MONTHS and name not in ("may", "march") and m.group("d")
        if not name[0].isupper() and not lower_ok:
            continue  # a lower-case month name counts only as in "july 17"
        month = _month(name)
        day = int(m.group("d") or m.group("d3") or 0)
        year = int(m.group("y") or m.group("y2") or 0)
        if day > 31 or year and not 1000 <= year <= 2199:
            continue
        value, unit = make_date(year, month, day)
        high = None
        if m.group("d2") and day < int(m.group("d2")) <= 31:
            high = make_date(year, month, int(m.group("d2")))[0]
        if m.group("d4"):
            last = int(m.group("d4"))
            if not day < last <= 31:
                continue
            last_date = make_date(year, month, last)[0]
            if m.group("sep") == "and" and not m.group("from"):
                # "4 and 11 September": two days, each a date
                yield scan.q(m.start("d3"), m.end("first"), value, "date", unit=unit)
                yield scan.q(m.start("d4"), m.end(), last_date, "date", unit=unit)
                continue
            high = last_date  # a range of days: "4-5 September", "between 4 and 5 September"
        yield scan.q(m.start(), m.end(), value, "date", unit=unit, high=high)
        end = m.end()
        while (
            day
            and high is None
            and not m.group("y")
            and (more := _DATES_MORE_DAYS_RE.match(scan.work, end))
        ):
            d = int(more.group(1))  # "July 17 and 22": the month carries over
            if not 1 <= d <= 31:
                break
            value, unit = make_date(year, month, d)
            yield scan.q(more.start(1), more.end(), value, "date", unit=unit)
            end = more.end()


_ORD = (rf"(?:(?:{'|'.join(_TENS)})-)?(?:{_ORDINAL_WORDS_ALL})|\d{{1,2}}(?:st|nd|rd|th)")
_LUNAR = r"(?:(?:Chinese\s+)?lunar\s+)"
# A date said by ordinals, as English says a date of the Chinese (lunar) calendar: "the sixth
# day of the eighth month", "the 15th day of the first lunar month", "the sixth day of (or in)
# the lunar new year" (正月初六), and a month alone when it is called lunar ("the eighth lunar
# month", "the eighth month of the lunar calendar"): "the third month in a row" is no date.
_ORDINAL_DATES_RE = re.compile(
    rf"\b(?:[Tt]he\s+)?(?P<d>{_ORD})\s+day\s+(?:of|in)\s+(?:the\s+)?(?:(?P<m>{_ORD})\s+{_LUNAR}?month"
    rf"|{_LUNAR}?(?i:(?:lunar|chinese)\s+)?(?P<ny>(?i:new\s+year)))\b(?!\s+of\s+(?!the\s+{_LUNAR}?"
    rf"(?:calendar|year)))"
    rf"|\b[Tt]he\s+(?P<m2>{_ORD})\s+(?:{_LUNAR}month|month\s+(?:of|in)\s+the\s+{_LUNAR}"
    rf"(?:calendar|year))\b", re.IGNORECASE)


def _ordinal_value(word: str) -> int:
    word = word.lower()
    if word[:1].isdigit():
        return int(word[:-2])
    tens, _, unit = word.rpartition("-")
    return _ORDINALS.get(unit, 0) + _TENS.get(tens, 0)


# A month and a day said by an ordinal word, as names of events say them ("the May Fourth
# Movement" for 五四运动, "the fourth of July"): the month's full name, capitalised.
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|" \
    "December"
_WORD_ORD = rf"(?i:(?:(?:{'|'.join(_TENS)})-)?(?:{_ORDINAL_WORDS_ALL}))"
_MONTH_ORDINAL_RE = re.compile(rf"\b(?P<mon>{_FULL_MONTHS})\s+(?P<d>{_WORD_ORD})\b"
                               rf"|\b(?P<d2>{_WORD_ORD})\s+of\s+(?P<mon2>{_FULL_MONTHS})\b")


def _ordinal_dates(scan: _Scan) -> Iterator[Quantity]:
    for m in _MONTH_ORDINAL_RE.finditer(scan.work):
        day = _ordinal_value(m.group("d") or m.group("d2"))
        if 1 <= day <= 31:
            value, unit = make_date(0, _month(m.group("mon") or m.group("mon2")), day)
            yield scan.q(m.start(), m.end(), value, "date", unit=unit)
    for m in _ORDINAL_DATES_RE.finditer(scan.work):
        if m.group("m2"):
            month, day = _ordinal_value(m.group("m2")), 0
        else:
            day = _ordinal_value(m.group("d"))
            month = 1 if m.group("ny") else _ordinal_value(m.group("m"))
        if not 1 <= month <= 12 or not 0 <= day <= 30:
            continue
        value, unit = make_date(0, month, day)
        yield scan.q(m.start(), m.end(), value, "date", unit=unit)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
# the 1990s, the '90s, the 90s, the nineties (90年代; the century is not said)
_DECADES_RE = re.compile(r"\b(?:the\s+)?(?:(?P<full>1\d|20)(?P<d>\d0)|'(?P<short>\d0))s\b"
                         # "the 1980's", "early 80's": an apostrophe, with a word that says a
                         # decade before it (no possessive "1980's budget")
                         r"|(?:(?<=\b[Tt]he )|(?<=\b[Ee]arly )|(?<=\b[Ll]ate )|(?<=\b[Mm]id )"
                         r"|(?<=\b[Mm]id-))(?:(?P<afull>1\d|20)(?P<ad>\d0)|(?P<a2>[1-9]0))['’]s\b"
                         r"|\b[Tt]he\s+(?:(?P<bare>[1-9]0)s|(?P<word>" + "|".join(_DECADE_WORDS)
                         + r"))\b")


# A second decade joined to the one before it without "the": "the sixties and seventies", "the
# 1960s and 70s" (alone, "in her seventies" is an age).
_NEXT_DECADE_RE = re.compile(r"\s+(?:and|or|to)\s+(?:(?P<word>" + "|".join(_DECADE_WORDS)
                             + r")|'?(?P<bare>[1-9]0)s)\b")


def _decades(scan: _Scan) -> Iterator[Quantity]:
    for q in _first_decades(scan):
        yield q
        if q.kind == "decade" and (m := _NEXT_DECADE_RE.match(scan.work, q.end)):
            value = _DECADE_WORDS[m["word"]] if m["word"] else int(m["bare"])
            if q.value >= 1000:
                value += int(q.value) // 100 * 100  # the 1960s and 70s: the same century
            start = m.start("word") if m["word"] else m.start("bare")
            yield scan.q(start, m.end(), Decimal(value), "decade")


def _first_decades(scan: _Scan) -> Iterator[Quantity]:
    for m in _DECADES_RE.finditer(scan.work):
        if m["afull"]:
            yield scan.q(m.start(), m.end(), Decimal(m["afull"] + m["ad"]), "decade")
            continue
        if m.group("full"):
            value = Decimal(m.group("full") + m.group("d"))
            if value % 100 == 0 and value < 2000:  # "the 1800s" is the 19th century
                yield scan.q(m.start(), m.end(), value / 100 + 1, "ordinal", unit="century")
                continue
        elif m.group("word"):
            value = Decimal(_DECADE_WORDS[m.group("word")])
        else:
            value = Decimal(m.group("short") or m.group("bare") or m.group("a2"))
        yield scan.q(m.start(), m.end(), value, "decade")


_YEAR_RANGES_RE = re.compile(
    r"(?<![\d,./])(1\d{3}|20\d{2}|21\d{2})(?:\s*(?:-|–|to)\s*(1\d{3}|20\d{2}|21\d{2})\b"
    r"|[-–](\d{2})\b(?![-–/.]\d)|/(\d{2}|\d{4})\b(?![-–/.]\d))"
)  # 2019-2021, and 2019-21 (the century of the first year; not "2019 to 21 people"); a
# financial or school year by a slash, 2016/17 or 2016/2017, and a term of up to ten years in
# full, 2019/2021 (with two digits only the next year, 2016/17: 2016/21 may be a ratio)


def _year_ranges(scan: _Scan) -> Iterator[Quantity]:
    for m in _YEAR_RANGES_RE.finditer(scan.work):
        lo = int(m.group(1))
        if slashed := m.group(4):
            hi = year_ending(lo, int(slashed)) if len(slashed) == 2 else int(slashed)
            if hi != lo + 1 and not (len(slashed) == 4 and lo < hi <= lo + 10):
                continue  # 2019/2021, a two-year term, is a span too: no fraction is so near 1
        else:
            hi = int(m.group(2)) if m.group(2) else int(m.group(3)) + lo - lo % 100
        if lo < hi:
            yield scan.q(m.start(), m.end(), Decimal(lo * 10000), "date", unit="y",
                         high=Decimal(hi * 10000))  # fmt: skip


_WEEKDAYS_RE = re.compile(r"\b(" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")s?\b")


# A weekday's short form in brackets after a date: "April 24 (Sun.)", "1 May(Tue)".
_WEEKDAY_SHORT = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4,
                  "fri": 5, "sat": 6, "sun": 7}  # fmt: skip
_WEEKDAY_SHORT_RE = re.compile(r"(?<=\()(" + "|".join(_WEEKDAY_SHORT) + r")\.?(?=\))",
                               re.IGNORECASE)


def _weekdays(scan: _Scan) -> Iterator[Quantity]:
    for m in _WEEKDAYS_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(_WEEKDAYS[m.group(1).lower()]), "weekday")
    if "(" in scan.work:
        for m in _WEEKDAY_SHORT_RE.finditer(scan.work):
            yield scan.q(m.start(), m.end(), Decimal(_WEEKDAY_SHORT[m.group(1).lower()]),
                         "weekday")


_DEN_WORDS = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
# Above this whole, "N out of M" in digits states two counts ("223 out of 298 seats"); at or
# below it, a share ("3 in 10 adults", "one in every five").
COUNTS_NOT_SHARES = 20
_FRACTIONS_RE = re.compile(
    rf"\b(?P<num>a|one|{_W}|\d+)[\s-](?P<den>{_DEN_WORDS})\b"
    r"|(?<![\d/.])(?P<n2>\d+)/(?P<d2>\d+)(?![\d/])"
    rf"|(?<![\d,.])\b(?P<n3>one|\d+|{_W})\s+(?:in|out\s+of)\s+(?:every\s+)?"
    rf"(?P<d3>(?!(?:1[89]|20)\d\d\b)\d+|{_W})\b(?!\s+(?:the|a|an)\b)"  # not "495 in 2023"
    r"|\b(?P<half>half)\b",
    re.IGNORECASE,
)


# What makes "N in M" a rank among M rather than a share: "No. 2 in 15", "ranked 3 in 20".
_RANK_BEFORE = re.compile(r"(?:\bNo\.\s?|\bNumber\s|\b(?:rank|ranks|ranked|ranking|placed)\s+)$",
                          re.IGNORECASE)


# After "a third", "a fifth": a noun makes it an ordinal ("a third country", "a fifth
# option"); "of", a comparison or nothing keeps it a fraction ("a third of", "cut by a third").
_A_NTH_THING = re.compile(r"\s+(?!(?:of|more|less|fewer|as|than|and|or|to|in|on|by|from|at|"
                          r"for|the|a|an|that|this|which|was|is|were|are)\b)[a-z]{2,}")


_HALF_A_SCALE = re.compile(r"\s+a\s+(?:million|billion|trillion)\b", re.I)


def _fractions(scan: _Scan) -> Iterator[Quantity]:
    for m in _FRACTIONS_RE.finditer(scan.work):
        g = m.groupdict()
        weak = False
        if m.group(0).lower().endswith("half") and _HALF_A_SCALE.match(scan.work, m.end()):
            continue  # "half a million": 500,000, read whole by _general
        if g["den"] and g["num"].lower() == "a" and _A_NTH_THING.match(scan.work, m.end()):
            continue  # "via a third country": another one, no fraction
        if g["den"]:
            num = Decimal(1) if g["num"].lower() == "a" else parse_en_number(g["num"])
            den = Decimal(_DENOMINATORS[g["den"].lower()])
            plural = g["den"].lower().endswith("s") and g["den"].lower() != "halves"
            if num is None or (num == 1) == plural and g["den"].lower() != "halves":
                continue  # "the third quarters" is not a fraction, nor is "one thirds"
        elif g["n2"]:
            num, den = Decimal(g["n2"]), Decimal(g["d2"])
            glued = g["n2"][:4] == g["d2"] and number_of_year(g["n2"][4:], g["d2"])
            if glued:  # "Regulation 200558/2005": a title's year glued to the notice number
                num = Decimal(g["n2"][4:])
            if glued or number_of_year(g["n2"], g["d2"]):
                yield scan.q(m.start("n2") + 4 * glued, m.end("n2"), num, "ordinal")
                yield scan.q(m.start("d2"), m.end("d2"), den * 10000, "date", unit="y")
                continue
            weak = is_reference(num, den)
        elif g["n3"]:
            num, den = parse_en_number(g["n3"]), parse_en_number(g["d3"])
            if num is None or den is None or num >= den:
                continue
            if _RANK_BEFORE.search(scan.work, max(0, m.start() - 12), m.start()):
                # "ranking No. 2 in 15 cities" (位居15个城市第二): a rank and a count, no share
                yield scan.q(m.start(), m.start("n3") + len(g["n3"]), num, "ordinal")
                at = m.start("d3")
                yield scan.q(at, at + len(g["d3"]), den, "count")
                continue
            if den > COUNTS_NOT_SHARES and g["n3"].isdigit() and g["d3"].isdigit():
                # "won 223 out of 298 seats": two counts a translation states, not a share
                at = m.start("d3")
                yield scan.q(m.start(), m.start("n3") + len(g["n3"]), num, "count")
                yield scan.q(at, at + len(g["d3"]), den, "count")
                continue
        else:
            num, den, weak = Decimal(1), Decimal(2), True
        if den:
            weak = weak or num / den == Decimal("0.5")  # "half" is used loosely
            yield scan.q(m.start(), m.end(), num / den, "fraction", weak=weak)


_TENS_WORDS = "|".join(_TENS)
_ORDINAL_WORDS = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_ORDINALS_RE = re.compile(
    rf"\b(?:(?P<tens>{_TENS_WORDS})-)?(?P<w>{_ORDINAL_WORDS})\b"
    r"|(?<![\w.,])(?P<d>(?:\d{1,3}(?:,\d{3})+|\d+))(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)


_AFTER_A = re.compile(r"\ban\s+$|\ba\s+$", re.IGNORECASE)
_LONG_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]+[\s-]+[A-Z][a-z]+")


def _ordinals(scan: _Scan) -> Iterator[Quantity]:
    for m in _ORDINALS_RE.finditer(scan.work):
        if m.group("d"):
            value = Decimal(m.group("d").replace(",", ""))
        else:
            value = Decimal(_ORDINALS[m.group("w").lower()])
            if m.group("tens"):
                value += _TENS[m.group("tens").lower()]
        weak = value in (1, 2) and not m.group("d") or bool(_AFTER_A.search(
            scan.work, max(0, m.start() - 3), m.start()))  # "a third country": another one
        if m.group("d"):  # The 21st Century Maritime Silk Road: inside a longer name
            weak = _digits_in_name(scan.work, m.start(), m.end()) and bool(
                _LONG_NAME_AFTER.match(scan.work, m.end()))
        elif scan.work.startswith(",", m.end()):  # "Fifth, we ...": an enumerator, as 一是
            before = scan.work[: m.start()].rstrip(" \0")
            weak = weak or not before or before[-1] in ".!?:;\n"
        yield scan.q(m.start(), m.end(), value, "ordinal", weak=weak)


# (the page may lose the second article: "a year and half")
_AND_A_HALF_RE = re.compile(rf"\b(an?|one|{_HEAD}|\d+)\s+([a-z]+)\s+and\s+(?:a\s+)?half\b"
                            r"(?!\s+(?:of|the|an?)\b)", re.I)
# "a decade", "two decades", "half a century", "a century-old", "over the past century",
# "centuries": spans of years said by a word (a bare "century" after an ordinal, "the 21st
# century", and "the last century" are no span; a bare "century" needs "a", "one", "past" or
# "-old"/"-long").
_SPAN_WORDS = {"decade": 10, "century": 100, "centuries": 100, "millennium": 1000,
               "millennia": 1000}
_DECADE_WORDS_RE = re.compile(
    rf"\b(?:(?P<half>half\s+an?)\s+|(?P<n>{_HEAD}|\d+)\s+|(?P<a>an?|one|past)\s+)?"
    r"(?P<word>decade|century|centuries|millennium|millennia)(?P<plural>s)?"
    r"(?P<old>-(?:old|long))?\b", re.I)
# "one or two decades", "three or four centuries": an estimate in spans of years (一二十年).
_VAGUE_SPAN_RE = re.compile(rf"\b(?P<lo>{_HEAD}|\d+)\s+(?:or|to)\s+(?P<hi>{_HEAD}|\d+)\s+"
                            r"(?P<word>decades|centuries)\b", re.I)
# Roman numerals: after a word that numbers things (Phase II, World War I, Article XIV), any
# numeral; after a word that also takes letters (Class C, Type A), only I..XXXIX and not a lone X;
# after any other capitalised name (Shenzhou VI, Elizabeth II, Apollo XI), II..XXXIX or V, so that
# "I" (the pronoun), "Malcolm X", "Vitamin C", "CIVIL" or "MIX" are never read.
_NUMBERING_WORDS = (
    r"Phase|Stage|Part|Chapter|Volume|Vol\.|Book|Section|Article|Annex|Appendix|Title|Act|"
    r"Round|Level|Tier|Session|Step|Lesson|Unit|Item|Schedule|Protocol|Pillar|World\s+War"
)
# ... in capitals too, as tables of contents and headings print them ("CHAPTER III DUTIES").
_NUMBERING_WORDS += "|" + "|".join(
    w.upper().replace(r"\S", r"\s") for w in _NUMBERING_WORDS.split("|"))
_LETTER_WORDS = r"Class|Type|Category|Grade|Group"
_ROMAN_ANY = r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_SMALL = r"X{0,3}(?:IX|IV|V?I{0,3})"
# ... and between "the" and a capitalised name, the edition of an event ("the XVI BRICS Summit",
# "the XXI Century"): two letters or more, up to 99, so no "the X Games" or "the I".
_ROMAN_EVENT = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?<=[IVXL]{2})"
# ... and a grade in lower case (the rank 二级 of an official as "class-II counsel", 三级 "level
# III", 一类 "category-I"): with a hyphen any numeral, with a space two letters or more (never
# "the class I teach").
_GRADE_WORDS = r"class|grade|level|tier|category|type|phase|stage|rank"
_GRADE_DIGITS_RE = re.compile(rf"\b(?i:{_GRADE_WORDS})-(\d{{1,2}})\b(?![\w-])")
_ROMAN_RE = re.compile(
    rf"\b(?:(?P<num>{_NUMBERING_WORDS})[\s-]+(?P<r1>{_ROMAN_ANY})"
    rf"|(?P<let>{_LETTER_WORDS})[\s-]+(?P<r2>{_ROMAN_SMALL})"
    rf"|(?P<grade>{_GRADE_WORDS})(?:-(?P<r4>{_ROMAN_SMALL})|\s+(?P<r5>{_ROMAN_SMALL}(?<=\w\w)))"
    rf"|(?i:the)\s+(?P<r6>{_ROMAN_EVENT})(?=\s+[A-Z])"
    rf"|(?P<name>[A-Z][a-z'’]+(?:[A-Z][a-z]+)?)[\s-](?=[IVX])(?P<r3>{_ROMAN_SMALL}))"
    r"(?![\w'’-]|\.\d)"
)
# The word after a numeral-looking one: when it is a given name in pinyin (XI Jinping), the
# numeral is a surname in capitals, as official English writes Chinese surnames.
_NEXT_WORD = re.compile(r" ([A-Z][a-z]{1,11})\b(?!-)")


def _before_given_name(text: str, at: int) -> bool:
    m = _NEXT_WORD.match(text, at)
    return bool(m) and is_pinyin(m.group(1), 2)


# Capitalised words that begin a sentence, never a name before a numeral.
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "Of", "And", "Or", "But", "As", "If", "So",
              "To", "By", "For", "With", "From", "When", "Then", "This", "That", "Here", "There",
              "Now", "Yes", "No", "Today", "Yesterday", "Tomorrow", "Should", "Can", "May",
              "Must", "Will", "Shall", "Do", "Did", "Am", "Was", "Have", "Had", "Could",
              "Would", "Might", "Let", "Where", "What", "How", "Why", "Who"}  # fmt: skip
_FRACTION_POINTS_RE = re.compile(
    r"\b(half|a quarter of)\s+an?\s+(?:percentage\s+)?point\b", re.IGNORECASE
)
_BOTH_RE = re.compile(r"\b([Bb]oth)\b")
# "the two countries", "our two sides", "the two events": two things the text names (中澳, 双方,
# 问答和对话) taken up again, not a count; a measure or a time (the two years) stays a count.
_TWO_SIDES_RE = re.compile(
    r"\b(?:the|our|these|those|its|their|your|both)\s+(two)\s+(?!(?:hundred|thousand|million|"
    r"billion|trillion|dozens?|percent|per|times|of|or|and|to|years?|months?|weeks?|days?|hours?|"
    r"minutes?|seconds?|decades?|centuries|quarters?|halves|thirds|points?|met(?:er|re)s?|"
    r"kilomet(?:er|re)s?|miles?|tons?|tonnes?|yuan|dollars?|euros?|pounds?)\b)(?=[a-z])",
    re.IGNORECASE,
)
_MULTIPLES_RE = re.compile(r"\b(once|twice|thrice|doubled|tripled|trebled|quadrupled)\b", re.I)


# "half a year", "half a month"; also "every half month", "a half-month period" (半个月). A bare
# "half year" is left alone: "the first half year" is a period (上半年), read elsewhere.
_HALF_A_RE = re.compile(r"\bhalf(?:\s+an?\s+(year|month)|[\s-](month))\b", re.I)


def _and_a_half(scan: _Scan) -> Iterator[Quantity]:
    """ "an hour and a half", "two years and a half": 1.5, 2.5; "half a year": 0.5."""
    for m in _HALF_A_RE.finditer(scan.work):
        span = m.group(1) or m.group(2)
        yield scan.q(m.start(), m.end(), Decimal("0.5"), "count", unit=span.lower() + "s")
    for m in _AND_A_HALF_RE.finditer(scan.work):
        n = Decimal(1) if m.group(1).lower() in ("a", "an") else parse_en_number(m.group(1))
        span = _SPAN_WORDS.get(m.group(2).lower())
        if n is not None and span:  # "a century and a half": 150 years
            yield scan.q(m.start(), m.end(), (n + Decimal("0.5")) * span, "count", unit="years")
        elif n is not None:
            yield scan.q(m.start(), m.end(), n + Decimal("0.5"), "count", unit=m.group(2))


# A fraction of a span of years: "three quarters of a century" (75 years), "a quarter of a
# century" and "a quarter-century" (25), "a half-century" (50), "half of a decade" (5); the
# article may go: "over the past half century", "the Past Half-century" (半个世纪).
_SPAN_FRACTION_RE = re.compile(
    r"\b(?:(?:(?P<n>an?|one|two|three)[\s-]+)?(?P<d>half|quarters?)\s+of\s+an?"
    r"|(?:(?P<q>an?)\s+)?(?P<e>quarter|half)[\s-])\s*(?P<word>century|decade)\b", re.I)


# Periods of years in one word: "biennial(ly)" (every two years, 每两年), "triennial",
# "quadrennial", "quinquennial", "decennial"; "a biennium". Weak: they match 两年 and the like,
# but a Chinese name may hold the period without a numeral (双年展 "the Biennale").
_PERIODIC = {"bi": 2, "tri": 3, "quadr": 4, "quinqu": 5, "dec": 10}
_PERIODIC_RE = re.compile(r"\b(bi|tri|quadr|quinqu|dec)enni(?:al(?:ly)?|um|a)\b", re.I)


def _periodic(scan: _Scan) -> Iterator[Quantity]:
    for m in _PERIODIC_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(_PERIODIC[m.group(1).lower()]), "count",
                     unit="years", weak=True)


# "hundred" and "thousand" with no numeral, after a determiner and before a unit of time: "the
# past hundred years" (一百年来), "the first thousand days".
_BARE_SCALE_RE = re.compile(
    r"\b(?:the|these|those|its|their|our|his|her)\s+(?:(?:past|last|next|first|coming|previous|"
    r"ensuing|following)\s+)?(?P<s>hundred|thousand)\s+(?=(?:years|days|months|weeks|hours)\b)",
    re.I)


def _bare_scales(scan: _Scan) -> Iterator[Quantity]:
    for m in _BARE_SCALE_RE.finditer(scan.work):
        value = Decimal(100 if m.group("s").lower() == "hundred" else 1000)
        yield scan.q(m.start("s"), m.end("s"), value, "count")


# "score" for twenty: "a score of nations" (about twenty), "four score and seven years" (87). Not
# a game's score ("a score of 3-1"), nor the verb or "on that score".
_SCORE_RE = re.compile(rf"\b(?:(?P<a>a)|(?P<n>{_HEAD}))\s+score\b"
                       rf"(?:\s+and\s+(?P<plus>{_HEAD})\b)?(?=\s+(?:of\s+)?(?!of\b|(?:{_HEAD})\b)[a-z])",
                       re.I)


def _scores(scan: _Scan) -> Iterator[Quantity]:
    """ "a score of" (about 20), "three score and ten" (70): twenty, said as a score."""
    for m in _SCORE_RE.finditer(scan.work):
        if m.group("a"):
            if m.group("plus") or not scan.work.startswith(" of", m.end()):
                continue
            yield scan.q(m.start(), m.end(), Decimal(20), "count", qualifier="approx")
            continue
        n = parse_en_number(m.group("n"))
        plus = parse_en_number(m.group("plus")) if m.group("plus") else Decimal(0)
        if n is not None and plus is not None and plus < 20:
            yield scan.q(m.start(), m.end(), 20 * n + plus, "count")


def _vague_spans(scan: _Scan) -> Iterator[Quantity]:
    """ "one or two decades" (approx 10..20 years), "two to three centuries": read before "one
    or two" is set aside as a phrase."""
    for m in _VAGUE_SPAN_RE.finditer(scan.work):
        lo, hi = parse_en_number(m.group("lo")), parse_en_number(m.group("hi"))
        if lo is not None and hi is not None and lo < hi:
            span = Decimal(_SPAN_WORDS[m.group("word").lower().replace("decades", "decade")])
            yield scan.q(m.start(), m.end(), lo * span, "count", high=hi * span, unit="years",
                         qualifier="approx", weak=True)


def _decade_words(scan: _Scan) -> Iterator[Quantity]:
    """ "a decade" (10 years; it may render 十年 or nothing), "two decades" (20 years), "half a
    century" (50), "three quarters of a century" (75), "in a century" and "centuries" (100
    years; 近百年 or 百年 said loosely)."""
    taken: list[tuple[int, int]] = []
    for m in _SPAN_FRACTION_RE.finditer(scan.work):
        if any(a <= m.start() < b for a, b in taken):
            continue
        span = Decimal(_SPAN_WORDS[m.group("word").lower()])
        numerator = (m.group("n") or "a").lower()
        n = Decimal(1) if numerator in ("a", "an") else parse_en_number(numerator)
        denominator = _DENOMINATORS[(m.group("e") or m.group("d")).lower()]
        if n is None or n >= denominator or (m.group("d") or "").lower() == "half" and n != 1:
            continue
        taken.append((m.start(), m.end()))
        yield scan.q(m.start(), m.end(), n * span / denominator, "count", unit="years")
    for m in _DECADE_WORDS_RE.finditer(scan.work):
        if any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group("word").lower()
        span = Decimal(_SPAN_WORDS[word])
        if m.group("n"):
            n = parse_en_number(m.group("n"))
            if n is not None:
                yield scan.q(m.start(), m.end(), n * span, "count", unit="years")
        elif m.group("half"):
            yield scan.q(m.start(), m.end(), span / 2, "count", unit="years")
        elif word in ("centuries", "millennia") or (not m.group("plural") and (
                word == "decade" or m.group("a") or m.group("old"))):
            yield scan.q(m.start(), m.end(), span, "count", unit="years", weak=True)


# A list of Roman numerals after the plural of a numbering word ("Chapters I, II and XII",
# "Parts IV to VI"): each member an ordinal, as 第1、2、12章 says.
_ROMAN_LIST_RE = re.compile(
    rf"\b(?:{_NUMBERING_WORDS})[sS]\s+(?P<list>(?:{_ROMAN_ANY})(?:(?:\s*,\s*"
    rf"|,?\s+(?:and|to|or|AND|TO|OR)\s+|\s*[-–]\s*)(?:{_ROMAN_ANY}))+)(?![\w'’-])")
_ROMAN_MEMBER = re.compile(r"\b[IVXLC]+\b")


def _roman_numerals(scan: _Scan) -> Iterator[Quantity]:
    """Phase II, World War II, Chapter IV, Shenzhou VI, Elizabeth II, the XVI BRICS Summit: Roman
    numerals after a word that numbers things or a capitalised name, or an event's edition,
    read as ordinals (神舟六号 and 第二次 read as 6 and 2, a count and an ordinal of the same
    class); so is each member of a list after a plural ("Chapters I, II and XII")."""
    lists = []
    for m in _ROMAN_LIST_RE.finditer(scan.work):
        lists.append((m.start("list"), m.end("list")))
        for r in _ROMAN_MEMBER.finditer(m.group("list")):
            at = m.start("list") + r.start()
            yield scan.q(at, at + len(r.group()), Decimal(roman_value(r.group())), "ordinal")
    for m in _ROMAN_RE.finditer(scan.work):
        group = next(g for g in ("r1", "r2", "r3", "r4", "r5", "r6") if m.group(g) is not None)
        numeral = m.group(group)
        if not numeral or any(a <= m.start(group) < b for a, b in lists):
            continue
        if len(numeral) == 1 and numeral not in ("IVX" if group == "r1" else "IV") \
                or group == "r5" and len(numeral) < 2:
            continue  # Section C, Type X, Generation X
        if group == "r3":
            if numeral in ("I", "X") or m.group("name") in _NOT_NAMES:
                continue
            if m.group("name").isupper():
                continue
        if group in ("r3", "r6") and _before_given_name(scan.work, m.end(group)):
            continue  # President XI Jinping: a surname in capitals, as official English writes it
        yield scan.q(m.start(group), m.end(group), Decimal(roman_value(numeral)), "ordinal")
    for m in _GRADE_DIGITS_RE.finditer(scan.work):  # a grade in digits: Level-2, class-1
        yield scan.q(m.start(1), m.end(1), Decimal(int(m.group(1))), "ordinal")


# "three per thousand", "5 per mille", "3‰", "2 per ten thousand", "2‱": 千分之三, 万分之二.
_PER_MILLE_RE = re.compile(rf"\b({_HEAD}|\d+(?:\.\d+)?)(?:\s+per\s+(thousand|mille|ten\s+thousand)"
                           r"\b|\s?(‰|‱))", re.I)


def _fraction_points(scan: _Scan) -> Iterator[Quantity]:
    """ "half a percentage point": 0.5 points; "three per thousand": 0.003."""
    for m in _FRACTION_POINTS_RE.finditer(scan.work):
        value = Decimal("0.5") if m.group(1).lower() == "half" else Decimal("0.25")
        yield scan.q(m.start(), m.end(), value, "points")
    for m in _PER_MILLE_RE.finditer(scan.work):
        n = parse_en_number(m.group(1))
        per = (m.group(2) or m.group(3)).lower()
        if n is not None:
            yield scan.q(m.start(), m.end(), n / (10000 if per in ("‱",) or "ten" in per
                                                    else 1000), "fraction")


def _both(scan: _Scan) -> Iterator[Quantity]:
    """ "Both" often renders 两 (两国 "both countries"): it can match a 2, never stands alone.
    So does "two" in "our two countries", "the two sides": the parties of a bilateral relation,
    which the Chinese names (中澳, 双方, 中美关系) rather than counts."""
    for pattern in (_BOTH_RE, _TWO_SIDES_RE):
        for m in pattern.finditer(scan.work):
            yield scan.q(m.start(1), m.end(1), Decimal(2), "count", weak=True)


# Words that may stand between the article and "year": lower-case modifiers, not the closed
# class of function words, nor a number or an amount word ("a five-year plan", "a few months",
# "a half year" say other amounts).
_NOT_MODIFIER = ("the|of|on|in|at|to|for|by|with|from|and|or|but|as|than|that|this|which|who|"
                 "is|was|are|were|be|been|has|have|had|will|would|per|more|less|few|couple|"
                 "half|quarter|dozen|hundred|thousand|million|billion|single|" + _WORD + "|"
                 + _ORDINAL_WORDS_ALL)
_A_YEAR_RE = re.compile(
    r"\b(?i:a|an|one)\s+"
    rf"(?:(?!(?:{_NOT_MODIFIER})\b)[a-z][a-z'’]*(?:-[a-z]+)*,?\s+(?:and\s+)?){{0,2}}?"
    r"(?i:(year|month))\b(?!-old)")


def _a_year(scan: _Scan) -> Iterator[Quantity]:
    """ "for a year", "a month later", "an important year", "a tough but rewarding year": the 1
    of 学习一年, 一个月后, 重要一年 (the article English uses for 一 before a measure word), never
    reported alone."""
    for m in _A_YEAR_RE.finditer(scan.work):
        yield scan.q(m.start(), m.end(), Decimal(1), "count", unit=m.group(1).lower() + "s",
                     weak=True)


# "twofold", "a threefold increase", "tenfold", "a 20-fold rise": a multiple, as 三倍 says it.
_FOLD_RE = re.compile(rf"\b((?:{_HEAD})|\d+(?:\.\d+)?)[\s-]?fold\b", re.I)


def _multiples(scan: _Scan) -> Iterator[Quantity]:
    values = {"once": 1, "twice": 2, "thrice": 3, "doubled": 2, "tripled": 3, "trebled": 3,
              "quadrupled": 4}  # fmt: skip
    for m in _MULTIPLES_RE.finditer(scan.work):
        value = values[m.group(1).lower()]
        yield scan.q(m.start(), m.end(), Decimal(value), "multiple", weak=value == 1)
    for m in _FOLD_RE.finditer(scan.work):
        n = parse_en_number(m.group(1))
        if n is not None and n >= 2:
            yield scan.q(m.start(), m.end(), n, "multiple")


# List markers opening a sentence or a line ("1.", "(2)", "a)", "IV.") and a parenthesised
# item number inside one ("(1) growth; (2) jobs"): labels, not quantities. So is the subsection
# of a citation, glued to its section's number ("section 18(4)", "4(1)(b)"), and the page
# number a document's page break left inside a sentence ("(Miscellaneous - 2 - Amendments)").
# A paragraph number may also go without its stop ("3 FSD commissioned a study in 1995 …", as
# Hong Kong papers print it): a number before a capitalised word opening a long line that ends a
# sentence; a title ("70 Years of Friendship") has no stop, a date ("3 March") is left alone.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
_LABELS = re.compile(
    r"(?m:^)[^\S\n]*(?:\(?\d{1,2}\)|\d{1,2}\.(?=\s)|\(?[a-zA-Z]\)|\(?[IVXivx]{1,4}[.)](?=\s))"
    rf"|(?m:^)[^\S\n]*\d{{1,2}}(?=[^\S\n]+(?!{_MONTH_ABBR})[A-Z][A-Za-z]*\b[^\n]{{40,}}[.;:][\"”’)]?$)"
    r"|(?<=[:;]\s)(?:\(?\d{1,2}\)|\d{1,2}\.(?=\s))"
    r"|(?<![\w(])\(\d{1,2}\)(?=\s*[A-Za-z])"
    r"|(?<=[\d)])\(\d{1,3}[A-Za-z]?\)(?![\w%])"
    r"|(?<=[A-Za-z]\s)[-–]\s\d{1,3}\s[-–](?=\s+[A-Za-z(]|\s*$)"
)
# A score or ratio, read as one quantity with both terms (value, high; high may be the smaller):
# "4-to-7", "3:1", "won 3-1". The Chinese 4比7 and 3:1 read the same way.
_RATIOS_RE = re.compile(
    r"(?<![\w.,:/-])(\d{1,6})(?:-to-|\s+to\s+(?=\d+\s+(?:vote|win|loss|defeat|victory|score)s?\b)"
    r"|:|[-–](?=\d{1,3}\b(?![-–.,:]\d)))(\d{1,6})(?![\w:%]|[.,]\d)"
)


def _ratios(scan: _Scan) -> Iterator[Quantity]:
    if (
        ":" not in scan.work
        and "-" not in scan.work
        and "–" not in scan.work
        and " to " not in scan.work
    ):
        return
    for m in _RATIOS_RE.finditer(scan.work):
        a, b = Decimal(m.group(1)), Decimal(m.group(2))
        sep = scan.work[m.end(1) : m.start(2)]
        if sep in ("-", "–") and (b > a or len(m.group(1)) > 3):
            continue  # "4-7 days" is a range
        yield scan.q(m.start(), m.end(), a, "count", high=b, unit="ratio")


# Vague amounts: "dozens of", "scores of", "tens of thousands", "hundreds of millions": a weak
# range of multiples of the scale (2..9 tens, hundreds, ...), as the Chinese 数十, 数百万, 几十.
_VAGUE_SCALES = {"dozens": 10, "scores": 10, "tens": 10, "hundreds": 100, "thousands": 1000,
                 "millions": 10**6, "billions": 10**9}  # fmt: skip
_VAGUE_AMOUNTS_RE = re.compile(
    r"\b(?:(?:several|many)\s+)?(?P<s>dozens|scores|tens|hundreds|thousands|millions|billions)"
    r"(?:\s+of\s+(?P<s2>thousands|millions|billions)(?=\s+of\b|\s+(?!of\b)[a-z]))?"
    r"(?P<of>\s+of\b)?",
    re.IGNORECASE,
)


def _vague_amounts(scan: _Scan) -> Iterator[Quantity]:
    low = scan.work.lower()
    if not any(w in low for w in _VAGUE_SCALES):
        return
    for m in _VAGUE_AMOUNTS_RE.finditer(scan.work):
        word = m.group("s").lower()
        if word in ("tens", "scores") and not m.group("of"):
            continue  # "the tens digit", "test scores"
        scale = Decimal(_VAGUE_SCALES[word])
        if m.group("s2"):
            scale *= _VAGUE_SCALES[m.group("s2").lower()]
        end = m.end("of") if m.group("of") else m.end()
        yield scan.q(m.start(), end, 2 * scale, "count", high=9 * scale, qualifier="approx",
                     weak=True)  # fmt: skip


# Anniversaries named by a word: 一百周年 "the centenary", 五十周年 "the golden jubilee".
_ANNIVERSARIES = {"semicentennial": 50, "centenary": 100, "centennial": 100,
                  "sesquicentennial": 150, "sesquicentenary": 150, "bicentenary": 200,
                  "bicentennial": 200, "tercentenary": 300, "tercentennial": 300,
                  "quincentenary": 500, "quincentennial": 500, "millennial": 1000,
                  "silver jubilee": 25, "golden jubilee": 50, "diamond jubilee": 60,
                  "platinum jubilee": 70}  # fmt: skip
_ANNIVERSARIES_RE = re.compile(
    r"\b(" + "|".join(sorted(_ANNIVERSARIES, key=len, reverse=True)) + r")(?:s|ies)?\b",
    re.IGNORECASE,
)


def _anniversaries(scan: _Scan) -> Iterator[Quantity]:
    low = scan.work.lower()
    if "centen" not in low and "jubilee" not in low:
        return
    for m in _ANNIVERSARIES_RE.finditer(scan.work):
        value = Decimal(_ANNIVERSARIES[" ".join(m.group(1).lower().split())])
        yield scan.q(m.start(), m.end(), value, "ordinal", unit="周年")


_TAIL = rf"(?:{_SCALE})?(?:\s+and\s+a\s+half)?"
_OTHER = rf"{WORDS}|half\s+a\s+(?:million|billion|trillion)"
_VAGUE_RE = re.compile(
    rf"\b(?:(?P<lo>{_HEAD}|\d+)|(?P<a>an?)\s+[a-z]+)\s+or\s+(?P<hi>{_HEAD}|\d+)\b(?!\s*%)",
    re.IGNORECASE,
)
_GENERAL_RE = re.compile(
    rf"(?P<between>between\s+)?(?:(?P<cur>{_CUR_SYM})\s?)?"
    rf"(?P<num>(?:(?<={_CUR_CODES})|(?<![\w.,/:])){_DIGITS}{_TAIL}|{_OTHER})"
    r"(?:\s*(?(between)(?:and|to|-|–)|(?:-|–|to))\s*"
    rf"(?:{_CUR_SYM})?\s?(?P<high>{_DIGITS}{_TAIL}|{_OTHER}))?",
    re.IGNORECASE,
)


# After a number word in title case, a word that makes it a quantity: "the Past Five Years",
# "Ten Years of the Belt and Road", "Three Times a Day".
_MEASURE_AFTER = re.compile(
    r"[\s-]+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|centuries|times|percent|"
    r"per\s+cent|points?|million|billion|trillion|thousand|hundred)\b",
    re.IGNORECASE,
)


def _is_name(work: str, start: int, word: str) -> bool:
    """A capitalised number word inside a sentence is part of a name (Two Dukes Street, the
    Three Gorges, the Four Modernizations): read as a weak number, one that matches a number of
    the Chinese (四个现代化) but is never reported alone; before a measure word it is a title's
    number ("the Past Five Years") and reads in full."""
    if not word[0].isupper() or word.isupper():
        return False
    before = work[:start].rstrip(" \0")
    if before[-1:] in ("\"", "“", "‘", "'"):  # “Three Stricts and Three Earnests”
        return bool(re.match(r"[\s-]+[A-Z][a-z]", work[start + len(word):]))
    return bool(before) and before[-1] not in ".!?:;\"“”'‘’(—-\n"


# Digits inside a capitalised name: between "the" (or a capitalised word) and a capitalised word
# ("The 100 Group", "the 17 Sustainable Development Goals"), or after a capitalised word inside a
# sentence, with or without "of" ("Fortune 500", "the FTSE 100", "Group of 77"). Such a number is
# weak: it matches the Chinese one (财富500强, 七十七国集团) but is never reported alone (百校组织
# names the 100 Group with no numeral). A word that numbers things (Article 5, Phase 2, No. 3,
# Room 101), a month and a word that opens a sentence ("In 30 Cities") keep the number a number.
_NAME_AFTER = re.compile(r"\s+(?![A-Z][a-z]*\.?\s*\d)(?P<w>[A-Z][a-z]+)(?![\w'’-]*\s*%)"
                         r"(?P<more>\s+[a-z])?")
# A capitalised adjective before a common noun is no name: "the 10 Chinese cities".
_ADJECTIVE = re.compile(r"(?:ese|an|ish|ic|ch|i)$")
_NAME_BEFORE = re.compile(r"(?:(?P<the>\b[Tt]he)|(?P<cap>(?<![\w&'’.])[A-Z][\w&'’.]*?)"
                          r"(?P<of>\s+of)?)\s+$")
_NUMBERS_THINGS = re.compile(
    rf"(?:{_NUMBERING_WORDS}|No\.?|Nos\.?|Number|Room|Line|Route|Highway|Flight|Platform|Gate|"
    rf"Rule|Paragraph|Para|Clause|Point|Resolution|Decree|Order|Case|Page|Figure|Table|"
    rf"{_MONTH_NAMES}|" + "|".join(d.capitalize() for d in _WEEKDAYS) + r")$"
)


# A house number: digits before a street's name ("No. 10 Downing Street", "1600 Pennsylvania
# Avenue", "12 Rue de la Paix"): an address, which a translation gives by the building's name
# (唐宁街首相府) as often as by its number. Weak, as a number inside a name.
_STREET_WORDS = (r"Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Square|Place|Drive|"
                 r"Way|Terrace|Court|Crescent|Gardens|Row|Embankment|Strasse|Straße|Rue|Via|Calle")
_ADDRESS_BEFORE = re.compile(r"(?:\bNo\.?|\bat)\s*$")  # a four-digit house number needs it
_ADDRESS_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}?\s+(?:{_STREET_WORDS})(?![\w-])"
                            rf"|\s+(?:Rue|Via|Calle)\s")


def _digits_in_name(work: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` are part of a capitalised name (see ``_NAME_AFTER``)."""
    before = _NAME_BEFORE.search(work, max(0, start - 40), start)
    if not before:
        return False
    am = _NAME_AFTER.match(work, end)
    after = bool(am) and not (am.group("more") and _ADJECTIVE.search(am.group("w")))
    if before.group("the"):
        return after
    word = before.group("cap")
    if word in _NOT_NAMES or _NUMBERS_THINGS.match(word):
        return False
    preceding = work[: before.start()].rstrip(" \0")
    opening = not preceding or preceding[-1] in ".!?:;\"“”'‘’(—\n"  # "Nearly 100 came"
    return after or bool(before.group("of")) or not opening


_SCALE_AFTER = re.compile(r"\s+(hundred|thousand|million|billion|trillion)\b", re.I)


def _vague(scan: _Scan) -> Iterator[Quantity]:
    """ "two or three", "a day or two": estimates that a translation adds freely; with a scale
    word after them ("one or two hundred", "two or three thousand") the scale is both ends'."""
    for m in _VAGUE_RE.finditer(scan.work):
        lo = Decimal(1) if m.group("a") else parse_en_number(m.group("lo"))
        hi = parse_en_number(m.group("hi"))
        if lo is not None and hi is not None and lo < hi <= 2 * lo + 1:
            end, weak = m.end(), True
            if (scale := _SCALE_AFTER.match(scan.work, end)) and not m.group("a"):
                factor = parse_en_number("1 " + scale[1])
                lo, hi, end, weak = lo * factor, hi * factor, scale.end(), False
            yield scan.q(m.start(), end, lo, "count", high=hi, qualifier="approx", weak=weak)


def _general(scan: _Scan) -> Iterator[Quantity]:
    pos, endpos = 0, len(scan.work)
    while m := _GENERAL_RE.search(scan.work, pos, endpos):
        pos, endpos = m.end("num"), len(scan.work)  # past the range too, once it proves to be one
        num_s, high_s = m.group("num"), m.group("high")
        start_of_num = m.start("num")
        if num_s.lower().startswith("half"):
            value = Decimal("0.5") * _SCALES[num_s.split()[-1].lower()]
        else:
            value = parse_en_number(num_s)
        if value is None:
            first = re.match(r"[A-Za-z]+", num_s)
            if first and first.end() < len(num_s) and not any(c.isdigit() for c in num_s):
                pos, endpos = m.start(), start_of_num + first.end()  # "two three-inch": "two"
            continue
        name = _is_name(scan.work, start_of_num, num_s) and not _MEASURE_AFTER.match(
            scan.work, m.end("num")
        )
        address = False
        high = parse_en_number(high_s) if high_s else None
        if high is not None:
            scale = re.search(rf"(?:{_SCALE}|(?:\s+|-)hundred)$", high_s, re.I)
            scaled = value
            if scale and not re.search(rf"(?:{_SCALE}|hundred)$", num_s, re.I):
                scaled = value * parse_en_number("1 " + scale.group().strip(" -"))  # 3 to 5 million
            if high <= scaled:
                high = None  # no range ("in 2003 to US$16.98 billion"): the low keeps its own scale
            else:
                value = scaled
        if high is not None:
            pos = m.end()
        end = m.end() if high is not None else m.end("num")
        rest = scan.work[end:]
        kind, unit = "count", ""
        cur = m.group("cur")
        if cur:
            kind, unit = "money", next(c for s, c in _CUR_SYMBOLS if s.lower() == cur.lower())
        words_only = not any(c.isdigit() for c in num_s)
        # "PCT", "pct": per cent as financial releases abbreviate it ("About 7 PCT")
        if km := re.match(r"\s?%|\s?(?:percent|per cent)\b|-percent\b|\s(?:PCT|pct)\b", rest,
                          re.I):
            kind, end = "percent", end + km.end()
        elif km := re.match(r"\s(?:percentage|percent) points?\b", rest, re.I):
            kind, end = "points", end + km.end()
        elif km := re.match(r"\sbasis points?\b", rest, re.I):
            kind, end = "points", end + km.end()
            value, high = value / 100, high / 100 if high is not None else None
        elif km := re.match(r"\s?(?:times\b|-fold\b|fold\b)", rest, re.I):
            kind, end = "multiple", end + km.end()
        elif km := re.match(r"\spoints?\b", rest, re.I):
            unit, end = "points", end + km.end()
        elif kind != "money":
            for words, code in _CUR_WORDS:
                km = re.match(rf"\s(?:{words})\b", rest, re.I)
                if km:
                    kind, unit, end = "money", code, end + km.end()
                    break
        if not scan.work[:start_of_num].strip() and re.match(r"[.)]\s", scan.work[end:]):
            continue  # "6. The Studio": the number of a heading or list item
        if not words_only and kind == "count" and not unit and high is None:
            name = _digits_in_name(scan.work, start_of_num, m.end("num"))  # The 100 Group
            address = bool(_ADDRESS_AFTER.match(scan.work, m.end("num"))) and (  # 10 Downing St
                not re.fullmatch(r"1\d{3}|20\d\d|21\d\d", num_s)  # "In 2019 Wall Street rose"
                or bool(_ADDRESS_BEFORE.search(scan.work, 0, start_of_num)))
            name = name or address
        # "one" (a, the one), "zero" (零关税 "zero tariffs", 净零 "net zero": 零 is no numeral the
        # Chinese engine reads), Two Dukes Street, the Four Modernizations: weak
        weak = words_only and value in (0, 1) or name
        start = m.start() if high is not None else m.start("cur" if cur else "num")
        q = scan.q(start, end, value, kind, unit=unit, high=high, weak=weak)
        # a year (one in a name too: the 2008 Olympic Games), or the year a change is compared
        # with ("up 5% over 2017")
        if _is_year(q, num_s) and not address or _year_compared_with(q, num_s, scan.work):
            q = replace(q, kind="date", unit="y", value=value * 10000, weak=False,
                        qualifier="exact")
        yield q


# "an increase of 60,900, or 11.73%, over 2018", "up 5% over 2017 levels": "over" before a year
# names the year compared with (较上年), no bound; the change is said before it.
_CHANGE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\b(?:increase|increased|rise|rose|growth|grew|"
                            r"up|down|decrease|decreased|decline|declined|drop|dropped|fall|fell|"
                            r"higher|lower|gain|gained)\b)[^.;]{0,40}$", re.I)
_AFTER_COMPARED_YEAR = re.compile(r"\s*(?:$|[.,;:)]|(?:levels?|figures?|and|or)\b)")


def _year_compared_with(q: Quantity, num_s: str, text: str) -> bool:
    """Whether ``q`` is "over" + a year compared with, after a change (see above)."""
    return (q.kind == "count" and not q.unit and q.high is None and q.qualifier == "more-than"
            and q.surface.lower().startswith("over ")
            and bool(re.fullmatch(r"(?:19|20)\d\d", num_s))
            and bool(_AFTER_COMPARED_YEAR.match(text, q.end))
            and bool(_CHANGE_BEFORE.search(text, max(0, q.start - 60), q.start)))


def _is_year(q: Quantity, num_s: str) -> bool:
    """A bare four-digit number from 1000 to 2199, with no unit or qualifier, is a year."""
    plain_count = q.kind == "count" and not q.unit and q.high is None and q.qualifier == "exact"
    return plain_count and bool(re.fullmatch(r"\d{4}", num_s)) and 1000 <= q.value <= 2199
