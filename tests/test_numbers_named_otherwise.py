"""Numbers said by naming what they count or date (issue 14, pairs 550-609): consecutive days
or years named by their deictic words (今明两年 "this year and next"), a year named by its
zodiac animal, coordinated months read apart on one side and together on the other, a UN
document symbol, a note marker glued to a word, and a range said twice in one language. Each
is left alone when the two sides say it alike, and a real change is still reported. Sentences
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck, readable_en, unglued
from align.checks.numbers.restated import zodiac_of
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh


def loud(zh: list[str], en: list[str]) -> list[tuple[str, str]]:
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    found = NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
    return [(f.rule, f.severity.value) for f in found if f.severity is not Severity.INFO]


# -- consecutive days or years named by their deictic words ---------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("机构调高了对今明两年经济增长的预期。", "The agency raised its growth forecasts for this year "
                                             "and the next."),
    ("预计明后两天将有大雨。", "Heavy rain is expected tomorrow and the day after."),
    ("今明两天会议继续举行。", "The meeting continues today and tomorrow."),
    ("今明后三天气温偏高。", "It will be warm today, tomorrow and the day after."),
    ("去今两年出口稳定增长。", "Exports grew steadily last year and this year."),
    ("昨今两日各方密集磋商。", "The parties held intensive talks yesterday and today."),
])
def test_days_or_years_named_by_their_words_need_no_number(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("text", "weak"), [
    ("今明两年", True), ("明后两天", True), ("今明后三天", True), ("去今两年", True),
    ("今后三年", False),  # "the next three years": a count
    ("今明三年", False),  # three years are not named by two words
    ("前后两次", False),  # 前后 is not two consecutive days
    ("明后两年级", False),
])
def test_only_consecutive_deictic_words_make_the_count_weak(text: str, weak: bool) -> None:
    found = extract_zh(text)
    assert len(found) == 1 and found[0].weak is weak


def test_a_deictic_count_the_english_gives_as_a_number_still_matches() -> None:
    assert loud(["今明两年增长预期上调。"],
                ["Growth forecasts for the next two years were raised."]) == []


# -- a year named by its zodiac animal -------------------------------------------------------------

@pytest.mark.parametrize(("year", "animal"), [
    (2020, 0), (2019, 11), (2021, 1), (2024, 4), (2008, 0), (1990, 6), (2031, 11)])
def test_the_cycle_runs_from_the_rat(year: int, animal: int) -> None:
    assert zodiac_of(year) == animal


@pytest.mark.parametrize(("zh", "en"), [
    ("我谨祝各位来宾2019年万事如意。", "I wish all our guests good luck in the Year of the Pig."),
    ("祝大家2024年身体健康。", "I wish you all good health in the Year of the Dragon."),
    ("祝大家2020年阖家幸福。", "Happiness to your families in the Year of the Rat!"),
    ("祝大家2017年吉祥如意。", "Best wishes for the Rooster Year."),
    ("祝大家2019年万事如意。", "Best wishes for the Year of the Golden Pig."),
])
def test_a_year_said_by_its_animal_is_the_year(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_an_english_year_the_chinese_names_by_its_animal_is_the_year() -> None:
    assert loud(["祝大家猪年吉祥。"], ["Best wishes for 2019."]) == []
    assert loud(["今年是农历金豬年。"], ["2019 is the year of the pig."]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("我谨祝各位来宾2019年万事如意。", "I wish all our guests good luck in the Year of the Dog."),
    ("祝大家2021年身体健康。", "I wish you all good health in the Year of the Rat."),
    ("祝大家2019年万事如意。", "I wish you all the best."),
])
def test_a_year_and_another_animal_is_still_missing(zh: str, en: str) -> None:
    assert ("number-missing", "error") in loud([zh], [en])


def test_an_english_year_and_another_animal_is_still_extra() -> None:
    assert loud(["祝大家狗年吉祥。"], ["Best wishes for 2019."]) != []


# -- coordinated months --------------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("2013年9月和10月，主席先后提出两项倡议。", "In September and October of 2013, the President "
                                                "put forward two initiatives."),
    ("2013年9月和10月，主席先后提出两项倡议。", "In September and October 2013, the President put "
                                                "forward two initiatives."),
    ("3月和4月，雨水偏多。", "It rained more in March and April."),
])
def test_months_said_together_are_the_months_said_apart(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("2013年9月和10月，主席先后提出两项倡议。", "In September and November of 2013, the President "
                                                "put forward two initiatives."),
    ("3月和4月，雨水偏多。", "It rained more in May and June."),
])
def test_another_month_is_still_reported(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


# -- document symbols ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "安理会年度报告A/68/2。", "大会第A/RES/70/1号决议", "安理会第S/RES/2231(2015)号决议",
    "文件E/CN.6/2020/1", "秘书长的信S/2020/123",
])
def test_a_document_symbol_holds_no_chinese_quantity(text: str) -> None:
    assert extract_zh(text) == []


@pytest.mark.parametrize("text", [
    "the report contained in document A/68/2.", "resolution S/RES/2231(2015)",
    "resolution A/RES/70/1 of the General Assembly", "in E/CN.6/2020/1",
])
def test_a_document_symbol_holds_no_english_quantity(text: str) -> None:
    assert extract_en(text) == []


def test_a_changed_document_symbol_is_still_a_missing_token() -> None:
    assert [t for t, _, _ in missing_tokens("年度报告A/68/2。", "the annual report A/68/3.")] == \
        ["A/68/2"]


def test_numbers_beside_a_document_symbol_are_still_read() -> None:
    assert [q.value for q in extract_zh("文件S/2020/123,共3份")] == [Decimal(3)]
    assert [q.value for q in extract_en("three copies of S/2020/123 and 2015/16 figures")][:1] \
        == [Decimal(3)]


# -- a note marker glued to a word -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "the long-cherished common aspiration5 of the Chinese people",
    "the treaty2 and the declaration4.",
    "the sovereignty12 of the state",
])
def test_a_note_marker_glued_to_a_word_is_no_number(text: str) -> None:
    assert extract_en(readable_en(unglued(text))) == []


@pytest.mark.parametrize(("text", "value"), [
    ("more than1,200 exhibitors", Decimal(1200)),
    ("over20 years", Decimal(20)),
    ("lasted for5 years", Decimal(5)),
    ("we have visited12 countries", Decimal(12)),
    ("an area12 square kilometres wide", Decimal(12)),
])
def test_digits_that_lost_their_space_are_still_read(text: str, value: Decimal) -> None:
    assert [q.value for q in extract_en(readable_en(unglued(text)))] == [value]


# -- a range said twice in one language --------------------------------------------------------

def test_a_range_said_twice_in_the_english_is_matched() -> None:
    assert loud(["国家人权行动计划 导言 2016-2020年是决胜阶段。"],
                ["Action Plan (2016-2020) Introduction The period from 2016 to 2020 is a "
                 "decisive stage."]) == []


def test_a_range_with_another_end_is_still_reported() -> None:
    assert loud(["国家人权行动计划 导言 2016-2020年是决胜阶段。"],
                ["Action Plan (2016-2020) Introduction The period from 2016 to 2021 is a "
                 "decisive stage."]) != []


# -- the year of an event's edition --------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("中国还举办了中非合作论坛北京峰会。",
     "China also hosted the 2018 Beijing Summit of the Forum on China-Africa Cooperation."),
    ("我们成功举办了北京冬奥会。", "We successfully hosted the 2022 Beijing Winter Olympics."),
    ("双方在世博会期间举行会谈。", "The two sides held talks during the 2010 Shanghai World Expo."),
    ("全国知识产权宣传周开幕。", "The 2020 National Intellectual Property Publicity Week "
                                "opened."),
    ("知识产权宣传周开幕，请介绍2019年发展状况。", "The 2020 National Intellectual Property "
     "Publicity Week opened; please brief us on progress in 2019."),
])
def test_a_year_opening_an_event_name_is_the_events_edition(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    # the Chinese names another year: the comparison reports the pair
    ("中国还举办了2016年中非合作论坛峰会。", "China also hosted the 2018 Summit of the Forum on "
                                            "China-Africa Cooperation."),
    # not an event's name: a year added to a plain statement
    ("中国还举办了中非合作论坛北京峰会。", "In 2018 China also hosted the summit of the forum."),
])
def test_a_year_not_opening_an_event_name_is_still_extra(zh: str, en: str) -> None:
    assert loud([zh], [en]) != []


_SPEECH = ("在2018年英联邦外交官年度培训会上的主旨演讲",
           "Keynote Speech at the Annual Commonwealth Diplomats Induction Programme")


def test_the_year_of_the_edition_being_held_is_said_by_annual() -> None:
    found = loud([_SPEECH[0], "很高兴出席2018年英联邦外交官年度培训会。"],
                 [_SPEECH[1], "It is a delight to join you at the annual Commonwealth Diplomats "
                              "Induction Programme."])
    assert found == [("number-missing", "error")]  # the title's dropped year alone


def test_another_years_edition_is_still_missing() -> None:
    found = loud([_SPEECH[0], "我曾出席2016年英联邦外交官年度培训会。"],
                 [_SPEECH[1], "I attended the annual Commonwealth Diplomats Induction Programme "
                              "before."])
    assert found.count(("number-missing", "error")) == 2


def test_a_year_of_the_edition_needs_annual_in_the_english() -> None:
    found = loud([_SPEECH[0], "很高兴出席2018年英联邦外交官年度培训会。"],
                 [_SPEECH[1], "It is a delight to join you at the Commonwealth Diplomats "
                              "Induction Programme."])
    assert found.count(("number-missing", "error")) == 2


# -- occasions counted by dating each ----------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("2013年和2017年，主席先后两次访问该国。",
     "The President visited the country in 2013 and again in 2017."),
    ("2013年和2017年，我曾两度到访该校。", "I visited the university in 2013 and in 2017."),
])
def test_occasions_dated_one_by_one_are_the_count(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_a_count_of_occasions_is_no_wrong_year() -> None:
    found = loud(["主席先后两次访问该国。"],
                 ["The President visited the country in 2013 and 2017."])
    assert ("number-mismatch", "error") not in found  # the years are added, not a wrong count
    assert found.count(("number-extra", "warning")) == 2


@pytest.mark.parametrize(("zh", "en"), [
    ("主席先后三次访问该国。", "The President visited the country in 2013 and 2017."),
    ("主席先后两次访问该国。", "The President visited the country in 2013."),
    ("主席先后两次访问该国。", "The President visited the country."),
])
def test_occasions_the_dates_do_not_count_are_still_missing(zh: str, en: str) -> None:
    assert ("number-missing", "error") in loud([zh], [en])
