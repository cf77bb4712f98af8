"""Number forms of real pages whose spacing or punctuation hid the number (issue 14, fifteenth
session): Chinese digits grouped by spaces (超過3 500名) or a year a line broke (199 9年), an
English number glued to the abbreviation that introduces it ("Order No.17"), and the part of
the day that governs both ends of a span of the clock (下午2时35分至2时40分), a financial year
written with a slash ("Annual Report 2016/17", no ratio) and Hong Kong's 周年报告 (an annual
report, no anniversary). Sentences written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers

from align.checks.numbers import read_zh, readable_en, readable_zh
from align.numbers import extract_en, extract_zh


def _zh(text: str) -> list[tuple[str, Decimal]]:
    return [(q.kind, q.value) for q in read_zh(readable_zh(text))]


@pytest.mark.parametrize("text, value", [
    ("走访了超过3 500名市民", Decimal(3500)),
    ("全港共有1 178 400个住户", Decimal(1178400)),
    ("拨款12 000 000元", Decimal(12000000)),
    ("共收到2\u00a0345份意见书", Decimal(2345)),
])
def test_chinese_digits_grouped_by_spaces_read_whole(text: str, value: Decimal) -> None:
    assert [v for k, v in _zh(text) if k in ("count", "money")] == [value]


@pytest.mark.parametrize("text", ["2019 100人参加", "第1 2 3项", "3 50人"])
def test_digits_not_grouped_by_thousands_stay_apart(text: str) -> None:
    assert len(read_zh(readable_zh(text))) >= 2


@pytest.mark.parametrize("text, year", [
    ("主席于199 9年下半年访问", 1999),
    ("双方于20 08年签署协议", 2008),
    ("自2 019年以来", 2019),
])
def test_a_year_broken_by_a_space_reads_whole(text: str, year: int) -> None:
    assert ("date", Decimal(year * 10000)) in _zh(text)


def test_two_runs_that_make_no_year_stay_apart() -> None:
    assert ("date", Decimal(12340000)) not in _zh("共12 34年")


@pytest.mark.parametrize("text, value", [
    ("promulgated by Order No.17 of the President", Decimal(17)),
    ("under Art.5 of the Law", Decimal(5)),
    ("see pp.20 and 21", Decimal(20)),
    ("Nos.3 and 4 are reserved", Decimal(3)),
])
def test_an_english_number_glued_to_its_abbreviation_is_read(text: str, value: Decimal) -> None:
    assert value not in [q.value for q in extract_en(text)]  # unread without the repair
    assert value in [q.value for q in extract_en(readable_en(text))]


def test_a_decimal_stays_a_decimal() -> None:
    assert [q.value for q in extract_en(readable_en("GDP grew 6.5 percent"))] == [Decimal("6.5")]


@pytest.mark.parametrize("text, values", [
    ("(下午2时35分至2时40分)", [Decimal(14) + Decimal(35) / 60, Decimal(14) + Decimal(40) / 60]),
    ("下午2时至4时", [Decimal(14), Decimal(16)]),
    ("晚上8时到10时", [Decimal(20), Decimal(22)]),
    ("下午3:00-4:30", [Decimal(15), Decimal("16.5")]),
    ("上午9时至下午3时", [Decimal(9), Decimal(15)]),
])
def test_the_part_of_the_day_governs_both_ends_of_a_span(text: str, values: list) -> None:
    assert [q.value for q in extract_zh(text) if q.kind == "time"] == values


@pytest.mark.parametrize("text, values", [
    ("晚上8时至次日2时", [Decimal(20), Decimal(2)]),  # the next day's 2 o'clock is at night
    ("下午2时，3时", [Decimal(14), Decimal(3)]),  # a list, no span
])
def test_a_time_that_ends_no_span_keeps_its_own_reading(text: str, values: list) -> None:
    assert [q.value for q in extract_zh(text) if q.kind == "time"] == values


@pytest.mark.parametrize("zh, en", [
    (["议程（下午2时35分至2时40分）"], ["Agenda (2:35 pm - 2:40 pm)"]),
    (["超过3 500名市民参与了活动。"], ["Over 3 500 members of the public took part."]),
    (["中华人民共和国主席令（第17号）"], ["Order No.17 of the President"]),
    (["江泽民主席于199 9年下半年访问英国。"],
     ["President Jiang will visit Britain in the second half of 1999."]),
])
def test_in_the_check_the_repaired_forms_find_their_partners(zh: list, en: list) -> None:
    assert loud_numbers(zh, en) == []


def test_a_wrong_time_in_a_span_is_still_reported() -> None:
    assert loud_numbers(["议程（下午2时35分至2时40分）"], ["Agenda (2:35 pm - 3:40 pm)"])


@pytest.mark.parametrize("text, low, high", [
    ("the Annual Report 2016/17", 2016, 2017),
    ("in the 2019/2020 school year", 2019, 2020),
    ("the 1999/00 budget", 1999, 2000),
])
def test_a_year_and_the_next_by_a_slash_are_a_span_of_years(text: str, low: int, high: int) -> None:
    (q,) = extract_en(text)
    assert (q.kind, q.value, q.high) == ("date", Decimal(low * 10000), Decimal(high * 10000))


@pytest.mark.parametrize("text", ["1/3 of the people", "a 24/7 service", "2016/18"])
def test_other_slashed_numbers_are_no_span_of_years(text: str) -> None:
    assert all(q.kind != "date" for q in extract_en(text))


@pytest.mark.parametrize("text, low, high", [
    ("審議2013-14週年報告", 2013, 2014),
    ("《2016-17周年报告》", 2016, 2017),
])
def test_an_annual_report_names_its_years_not_an_anniversary(text: str, low: int, high: int):
    assert ("date", Decimal(low * 10000)) in _zh(text)
    assert all(k != "ordinal" for k, _ in _zh(text))


def test_an_anniversary_stays_an_anniversary() -> None:
    assert _zh("庆祝成立14周年报告会") == [("ordinal", Decimal(14))]


def test_in_the_check_a_slashed_year_meets_its_chinese() -> None:
    assert loud_numbers(["省覽2016/17年報"], ["Annual Report 2016/17"]) == []
