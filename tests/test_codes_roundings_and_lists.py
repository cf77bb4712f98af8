"""Codes that start with a year, roundings that keep the figure, counts a list says, and set
phrases said with a negative word in every tense (twenty-first session)."""

from __future__ import annotations

import pytest
from conftest import loud_numbers

from align.checks.polarity import negation_mismatch
from align.numbers.en import extract_en
from align.numbers.zh import extract_zh


@pytest.mark.parametrize("text", [
    "the novel coronavirus (2019-nCoV) outbreak",
    "the 2019-nCoV epidemic",
    "tests for 2019-nCoV-2 were run",
])
def test_a_year_first_code_is_a_name_in_english(text):
    assert extract_en(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("a 24-hour hotline", 24),
    ("the 5-Year Plan", 5),
    ("a 3-day visit", 3),
    ("THE 10-YEAR REVIEW", 10),
])
def test_a_count_compound_is_still_a_count(text, value):
    assert [q.value for q in extract_en(text)] == [value]


def test_a_year_first_code_is_a_name_in_chinese():
    assert extract_zh("新型冠状病毒(2019-nCoV)感染的肺炎") == []
    assert [q.kind for q in extract_zh("2019年新型冠状病毒感染")] == ["date"]


@pytest.mark.parametrize(("zh", "en"), [
    ("审结案件1977.2万件。", "Courts concluded 19.77 million cases."),
    ("入境1725.4万人次。", "Entries reached 17.25 million."),
    ("签证同比上升了182.9%。", "Visas issued rose 183 percent year-on-year."),
    ("总额为3,456.7亿元。", "The total was 345.7 billion yuan."),
    ("增长了99.96%。", "It grew 100 percent."),
    # the English gives the figure the Chinese rounds, as a release prints it in each language
    ("出口为1.3億澳門元。", "Exports were MOP134 million."),
    ("二次收入顺差0.1亿美元。", "The secondary income surplus was USD 5 million."),
    ("顺差0.06亿美元。", "The surplus was USD 6.5 million."),
])
def test_a_rounding_within_a_thousandth_or_to_fewer_chinese_digits_is_info(zh, en):
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en", "severity"), [
    ("收入达4.49万亿元。", "Revenue reached 4.5 trillion yuan.", "error"),
    ("增长18.3%。", "It grew 18 percent.", "error"),
    ("增长12.5%。", "It grew 13 percent.", "error"),
    ("增长12.4%。", "It grew 13 percent.", "error"),
])
def test_a_rounding_that_moves_the_figure_more_is_still_reported(zh, en, severity):
    assert [s.value for r, s in loud_numbers([zh], [en]) if r == "number-mismatch"] == [severity]


@pytest.mark.parametrize(("zh", "en"), [
    ("顺差0.06亿美元。", "The surplus was USD 6.6 million."),
    ("出口为1.3億澳門元。", "Exports were MOP136 million."),
    ("顺差0.1亿美元。", "The surplus was USD 4.4 million."),
])
def test_an_english_figure_the_chinese_cannot_round_to_is_still_an_error(zh, en):
    assert [s.value for r, s in loud_numbers([zh], [en]) if r == "number-mismatch"] == ["error"]


def test_a_year_is_never_read_as_a_rounding():
    assert loud_numbers(["该项目于2019年启动。"], ["The project began in 2020."]) != []


_GUIDE_ZH = ["1、四种主要交通方式", "手册首页介绍了市内的四种主要交通方式。分别为:",
             "地铁、公交、出租车和共享单车。"]
_GUIDE_EN = ["Main ways to get around", "The first page of the handbook introduces the main ways "
             "to get around the city:", "Metro, bus, taxi and shared bikes."]


def test_a_count_the_next_sentences_list_in_both_languages_is_said():
    assert loud_numbers(_GUIDE_ZH, _GUIDE_EN) == []


def test_a_list_of_another_size_does_not_say_the_count():
    en = [*_GUIDE_EN[:2], "Metro, bus and taxi."]
    zh = [*_GUIDE_ZH[:2], "地铁、公交和出租车。"]
    assert ("number-missing" in [r for r, _ in loud_numbers(zh, en)])


def test_a_list_only_the_english_gives_does_not_say_the_count():
    zh = [*_GUIDE_ZH[:2], "详情请见下文。"]
    assert ("number-missing" in [r for r, _ in loud_numbers(zh, _GUIDE_EN)])


@pytest.mark.parametrize("en", [
    "The city spared no efforts to protect residents.",
    "The city is sparing no effort to protect residents.",
    "The city spares no effort to protect residents.",
    "The city left no stone unturned to protect residents.",
    "The city is leaving no stone unturned to protect residents.",
])
def test_spare_no_and_leave_no_in_every_tense_are_no_negation(en):
    assert negation_mismatch("全市全力以赴保护居民。", en) is None


def test_an_added_negation_beside_spared_no_effort_is_still_found():
    found = negation_mismatch("全市全力以赴，按时完成工程。",
                              "The city spared no effort and did not finish the project on time.")
    assert found is not None and found[0] == "en"


@pytest.mark.parametrize(("zh", "values"), [
    ("六、七十年代,机场客运量急增。", [60, 70]),
    ("三、四十年代的上海", [30, 40]),
])
def test_two_decades_opening_a_line_are_no_list_label(zh, values):
    assert [q.value for q in extract_zh(zh) if q.kind == "decade"] == values


def test_a_list_label_before_a_heading_is_still_a_label():
    assert extract_zh("六、加强管理。") == []
