"""Number forms of Hong Kong bulletins, blogs and press releases (twenty-third session): 四周 as
"all around" beside 四周 as four weeks, a nutrient scheme's "1 + 7" written with spaces, noon in
words against 中午12时, 倍增 against "doubled", 百份之 (份 for 分) as a percentage. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers

from align.numbers.en import extract_en
from align.numbers.zh import extract_zh


def _zh(text: str) -> list[tuple[str, str, str, bool]]:
    return [(q.surface, q.kind, str(q.value), q.weak) for q in extract_zh(text)]


def _en(text: str) -> list[tuple[str, str, str, bool]]:
    return [(q.surface, q.kind, str(q.value), q.weak) for q in extract_en(text)]


# --- 四周: around, or four weeks ------------------------------------------------------------------

@pytest.mark.parametrize("zh", ["他在屋子四周种了花草。", "校园四周的环境很好。",
                                "湖泊四週都是树林。"])
def test_around_a_place_is_no_count_of_weeks(zh):
    assert extract_zh(zh) == []


@pytest.mark.parametrize("zh", ["为期四周的课程", "四周后复诊", "过去四周", "他用了四周时间",
                                "连续四周上升", "四周内完成"])
def test_four_weeks_stay_four_weeks(zh):
    assert [(q.kind, str(q.value), q.unit) for q in extract_zh(zh)] == [("count", "4", "周")]


def test_four_weeks_missing_from_the_english_is_reported():
    assert loud_numbers(["课程为期四周。"], ["The course lasts a month."]) != []


# --- a format's name, with or without spaces ------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("标签须列出能量及七种营养素(即“1+7”)的含量。",
     'The label must list energy and seven nutrients (i.e. "1 + 7").'),
    ("中国—东盟(10+1)领导人会议", "the 10 + 1 leaders' meeting"),
])
def test_a_format_name_is_no_quantity_in_either_spelling(zh, en):
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize("en", ['"1 + 7"', "the 10+3 summit", "a 2 + 2 dialogue"])
def test_format_names_are_blanked_in_english(en):
    assert extract_en(en) == []


def test_a_plus_sign_beside_other_digits_is_no_format_name():
    assert [q.surface for q in extract_en("it rose by 12.5 + 3 points")] != []


# --- noon --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("en", "expected"), [
    ("from noon on July 24", [("noon", "time", "12", True), ("July 24", "date", "724", False)]),
    ("from 12 noon today", [("12 noon", "time", "12", False)]),
    ("at midday", [("midday", "time", "12", True)]),
    ("in the afternoon", []),
])
def test_noon_in_words(en, expected):
    assert _en(en) == expected


def test_noon_matches_twelve_oclock():
    zh = ["中心公布由7月24日中午12时起准许进口。"]
    assert loud_numbers(zh, ["The Centre said imports are allowed from noon on July 24."]) == []


def test_noon_alone_is_never_an_extra_number():
    assert loud_numbers(["我们中午见面。"], ["We met at noon."]) == []


def test_another_hour_against_noon_is_still_reported():
    assert loud_numbers(["由7月24日下午3时起准许进口。"],
                        ["Imports are allowed from 12 noon on July 24."]) != []


# --- 倍增 and 百份之 ------------------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "expected"), [
    ("旅客量倍增", [("倍增", "multiple", "2", True)]),
    ("成倍增长", []),
    ("百份之五", [("百份之五", "percent", "5", False)]),
    ("增加百份之五十", [("百份之五十", "percent", "50", False)]),
])
def test_doubling_and_a_miswritten_percentage(zh, expected):
    assert _zh(zh) == expected


def test_doubled_matches_the_chinese_doubling():
    assert loud_numbers(["旅客量倍增至1亿9 000万人次。"],
                        ["Passenger trips doubled to 190 million."]) == []


def test_a_doubling_the_english_leaves_out_is_not_reported_alone():
    assert loud_numbers(["旅客量倍增。"], ["Passenger trips grew fast."]) == []
