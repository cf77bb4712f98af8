"""Forms of yearbooks, annual reviews and spaced-out pages (twenty-first session): a year the
Chinese leaves to 年内 or 全年 and the English names, two years that share one 年, a spaced
percentage, a look-alike character, a bare 百万 of people, and negations on a page that spaces
every character. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, number_findings

from align.checks.polarity import negation_mismatch, negation_mismatches
from align.io.chinese import without_look_alikes
from align.model import Severity
from align.numbers.zh import extract_zh
from align.scripts import unspaced_zh

_DATED = ["二○○六年香港年报", "水务署二○○六年的工作"]
_DATED_EN = ["Hong Kong Yearbook 2006", "The work of the Water Supplies Department in 2006"]


@pytest.mark.parametrize(("zh", "en"), [
    ("年内,本港共使用淡水九亿立方米。", "In 2006, Hong Kong used 900 million cubic metres."),
    ("本港全年耗用淡水九亿立方米。", "Fresh water consumed in 2006 was 900 million cubic metres."),
    ("本年度共有六百名青年入读。", "In 2006, six hundred young people enrolled."),
])
def test_a_year_left_to_during_the_year_and_named_in_english_is_no_extra(zh, en):
    assert loud_numbers([*_DATED, zh], [*_DATED_EN, en]) == []


def test_another_year_named_in_english_is_still_extra():
    zh = [*_DATED, "年内,本港共使用淡水九亿立方米。"]
    en = [*_DATED_EN, "In 2004, Hong Kong used 900 million cubic metres."]
    assert ("number-extra", Severity.WARNING) in loud_numbers(zh, en) or \
        ("number-extra", Severity.ERROR) in loud_numbers(zh, en)


@pytest.mark.parametrize(("zh", "years"), [
    ("二○○八及二○○九年", [20080000, 20090000]),
    ("二〇〇八和二〇〇九年", [20080000, 20090000]),
    ("一九九七、一九九八年", [19970000, 19980000]),
    ("2008及2009年", [20080000, 20090000]),
])
def test_two_years_that_share_one_nian_are_both_years(zh, years):
    assert [q.value for q in extract_zh(zh) if q.kind == "date"] == years


def test_counts_joined_before_a_length_of_years_are_no_years():
    assert [q.kind for q in extract_zh("有三及四年")] == ["count"]


@pytest.mark.parametrize("zh", ["用水量增加19 %。", "增加 19 % 。", "占19％"])
def test_a_percentage_with_a_space_before_its_sign_is_read(zh):
    assert [(q.kind, q.value) for q in extract_zh(zh)] == [("percent", 19)]


def test_a_look_alike_of_shi_is_read_as_shi():
    assert without_look_alikes("巿場比例 城巿") == "市場比例 城市"


def test_a_bare_million_of_people_matches_the_english_million_and_is_never_missing():
    zh = ["明朝动用了百万人马修建宫殿。"]
    assert loud_numbers(zh, ["The court put a million workers to building the palace."]) == []
    assert loud_numbers(zh, ["The court put many workers to building the palace."]) == []
    assert [q.weak for q in extract_zh(zh[0])] == [True]


def test_unspaced_chinese_keeps_offsets():
    text, at = unspaced_zh("不 同 状 况 in 2 3")
    assert text == "不同状况 in 2 3"
    assert [text[i] for i in range(4)] == ["不", "同", "状", "况"]
    assert at[:4] == [0, 2, 4, 6]


@pytest.mark.parametrize(("zh", "en"), [
    ("根据不 同 状 况 处理。", "They are handled according to different conditions."),
    ("青少年须接受不超过 3星期的训练。", "Young offenders are trained for a period not exceeding "
                                        "three weeks."),
    ("青 少 年 须 接 受 不 超 过 3 星 期 的 训 练 。",
     "Young offenders are trained for up to three weeks."),
])
def test_a_spaced_page_reads_its_words_whole_for_negation(zh, en):
    assert negation_mismatch(zh, en) is None


def test_a_negation_dropped_on_a_spaced_page_is_still_found_and_placed():
    zh = "他 没 有 来 参 加 会 议 。"
    found = negation_mismatches(zh, "He came to the meeting.")
    assert [m.side for m in found] == ["zh"]
    a, b = found[0].cue_range
    assert zh[a:b].replace(" ", "") == "没有"


def test_a_number_and_a_percentage_on_a_spaced_page():
    zh = ["用 水 量 增 加 19 % 。"]
    assert [f.rule for f in number_findings(zh, ["Water use rose 19 per cent."])
            if f.severity is not Severity.INFO] == []

