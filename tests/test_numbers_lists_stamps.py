"""Lists, page stamps and page addresses real pages print (issue 14, fifteenth session): a list
of parts numbered once (第1、2、12章, "Chapters I, II and XII"), two weekdays under one 周
(周六日, "the weekend"), each page's own posting time, and the address of each language's own
version of a web page. Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers, number_findings

from align.checks.numbers import read_zh, readable_zh
from align.checks.numbers.restated import weekend_said
from align.model import Severity
from align.numbers import extract_en, extract_zh
from align.numbers.tokens import missing_tokens


def _zh(text: str) -> list[tuple[str, Decimal]]:
    return [(q.kind, q.value) for q in read_zh(readable_zh(text))]


# -- a list of parts numbered once ------------------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("报告第1、2、3、12章", [1, 2, 3, 12]),
    ("第三、四条", [3, 4]),
    ("第4和5节", [4, 5]),
])
def test_a_chinese_list_opened_by_di_is_all_ordinals(text: str, values: list) -> None:
    assert _zh(text) == [("ordinal", Decimal(v)) for v in values]


def test_a_count_after_an_ordinal_stays_a_count() -> None:
    assert _zh("第一次会议和3个国家")[1][0] == "count"


@pytest.mark.parametrize("text, values", [
    ("Chapters I, II, III and XII of the report", [1, 2, 3, 12]),
    ("Parts IV to VI", [4, 6]),
    ("Articles X and XI", [10, 11]),
])
def test_roman_numerals_listed_after_a_plural_are_ordinals(text: str, values: list) -> None:
    assert [(q.kind, q.value) for q in extract_en(text)] == [("ordinal", Decimal(v))
                                                             for v in values]


@pytest.mark.parametrize("text, values", [
    ("CHAPTER III OBLIGATIONS AND RIGHTS", [3]),
    ("CHAPTER XVII SUPPLEMENTARY PROVISIONS", [17]),
    ("PART II THE COURTS", [2]),
    ("SECTION IV", [4]),
    ("CHAPTERS I, II AND XII", [1, 2, 12]),
    ("WORLD WAR II", [2]),
])
def test_numbering_words_in_capitals_take_roman_numerals(text: str, values: list) -> None:
    assert [(q.kind, q.value) for q in extract_en(text)] == [("ordinal", Decimal(v))
                                                             for v in values]


@pytest.mark.parametrize("text", ["MIX IT UP", "I CAN SEE IT", "A CIVIL CASE", "CHAPTERED"])
def test_capitals_without_a_numbering_word_read_no_numeral(text: str) -> None:
    assert extract_en(text) == []


def test_a_table_of_contents_in_capitals_agrees_with_the_chinese() -> None:
    assert loud_numbers(["第三章  义务和权利", "第十一章  辞职辞退"],
                        ["CHAPTER III OBLIGATIONS AND RIGHTS", "CHAPTER XI RESIGNATION"]) == []
    assert loud_numbers(["第三章  义务和权利"], ["CHAPTER IV OBLIGATIONS AND RIGHTS"])


def test_in_the_check_chapters_numbered_two_ways_agree() -> None:
    assert loud_numbers(["关于报告第1、2、12章的发言"],
                        ["Statement on Chapters I, II and XII of the report"]) == []


# -- weekdays --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, days", [("下周六日开放", [6, 7]), ("周六、日开放", [6, 7]),
                                        ("星期六日", [6, 7]), ("本周六举行", [6])])
def test_two_weekdays_under_one_zhou(text: str, days: list) -> None:
    assert _zh(text) == [("weekday", Decimal(d)) for d in days]


@pytest.mark.parametrize("text", ["上周六日本首相访华", "周六日程安排"])
def test_a_word_that_begins_with_ri_is_no_sunday(text: str) -> None:
    assert _zh(text) == [("weekday", Decimal(6))]


def test_saturday_and_sunday_may_be_said_as_the_weekend() -> None:
    sat, sun = extract_zh("周六、日开放")
    assert weekend_said(sat, "open at the weekend") and weekend_said(sun, "open on weekends")
    assert weekend_said(extract_zh("周一开放")[0], "open at the weekend") == ""


# -- each page's own posting time --------------------------------------------------------------

def test_two_pages_posting_times_are_no_mismatch() -> None:
    found = number_findings(["大使在联大的发言 |", "2008-10-07 04:32 |"],
                            ["Statement by the Ambassador at the General Assembly",
                             "2008-10-07 04:35"])
    assert found and all(f.severity is Severity.INFO for f in found)


def test_a_time_the_text_states_still_differs() -> None:
    assert loud_numbers(["会议于2018年10月22日6时举行。"],
                        ["The meeting was held at 1:42 on 22 October 2018."])


# -- each language's own web page --------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("详见 www.weather.gov.hk/radarc.htm 网页", "see www.weather.gov.hk/radar.htm"),
    ("网址 www2.sasg.gov.mo/zh", "at www2.sasg.gov.mo/en"),
    ("详见 radar_uc.html", "see radar_e.html"),
])
def test_each_language_links_its_own_page(zh: str, en: str) -> None:
    assert missing_tokens(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    ("网址 www.gov.hk", "at www.info.gov.hk"),  # another host
    ("详见 report.htm", "see budget.htm"),  # another page
    ("使用5G网络", "using 4G networks"),
])
def test_another_address_or_code_is_still_missing(zh: str, en: str) -> None:
    assert missing_tokens(zh, en)


# -- an event's edition the English numbers; an event's date in quotation marks ----------------

@pytest.mark.parametrize("en", [
    "He attended the 16th BRICS Summit and the 31st APEC Economic Leaders' Meeting.",
    "He attended the 19th G20 Summit.",
])
def test_an_edition_the_english_numbers_is_no_added_number(en: str) -> None:
    zh = "他出席了金砖国家领导人会晤、亚太经合组织领导人非正式会议和二十国集团领导人峰会。"
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize("zh, en", [
    ("他出席了第十五次金砖国家领导人会晤。", "He attended the 16th BRICS Summit."),  # its own
    ("他出席了会议。", "He attended the meeting for the 16th time."),  # no event name after it
])
def test_an_ordinal_the_chinese_contradicts_or_no_event_names_is_reported(zh: str,
                                                                          en: str) -> None:
    assert loud_numbers([zh], [en])


@pytest.mark.parametrize("text, month, day", [("受“6.18”疫情冲击", 6, 18),
                                              ("纪念“12.31”事故", 12, 31)])
def test_a_quoted_month_dot_day_is_a_date(text: str, month: int, day: int) -> None:
    assert _zh(text) == [("date", Decimal(month * 100 + day))]


def test_an_unquoted_decimal_stays_a_decimal() -> None:
    assert _zh("增长6.18%") == [("percent", Decimal("6.18"))]
