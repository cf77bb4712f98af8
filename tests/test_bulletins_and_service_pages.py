"""Forms of weather bulletins, health-service pages and annual-report pages (twenty-second
session): 不多于 as a bound, two neighbouring numerals before 日 (两三日, a few days), a range of
days without its month (17至18日), a unit's symbol glued to English digits (0.7m, 10L), "between
… to …", an acronym the English spells out in lower case (GDP, "gross domestic product"), and a
Latin letter inside a Chinese word (X光, B超). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, number_findings
from test_names_evidence import _findings

from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.tokens import missing_tokens
from align.numbers.zh import extract_zh


def _read(quantities) -> list[tuple[str, str, str, str | None]]:
    return [(str(q.value), q.kind, q.qualifier, str(q.high) if q.high is not None else None)
            for q in quantities]


# --- Chinese readings ---------------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "qualifier"), [
    ("每次不多于一名陪同人士", "at-most"),
    ("每次不多於一名陪同人士", "at-most"),
    ("温度不高于三十度", "at-most"),
    ("面积不大于五十平方米", "at-most"),
    ("人数不小于十人", "at-least"),
    ("人数多于十人", "more-than"),  # without 不, as before
])
def test_a_negated_comparison_is_a_bound(zh, qualifier):
    assert extract_zh(zh)[0].qualifier == qualifier


@pytest.mark.parametrize(("zh", "expected"), [
    ("未来两三日天气炎热", [("2", "count", "approx", "3")]),
    ("预计三四日后转晴", [("3", "count", "approx", "4")]),
    ("持续七八日", [("7", "count", "approx", "8")]),
    ("二十三日举行", [("23", "date", "exact", None)]),  # 二十三 is one numeral: the 23rd
    ("十三日举行", [("13", "date", "exact", None)]),
    ("23日举行", [("23", "date", "exact", None)]),
])
def test_two_neighbouring_numerals_before_ri_are_a_few_days(zh, expected):
    assert _read(extract_zh(zh)) == expected


@pytest.mark.parametrize(("zh", "low", "high"), [
    ("本月17至18日有大雨", "17", "18"),
    ("会议于3-5日举行", "3", "5"),
    ("十七至十八日有雨", "17", "18"),
    ("7月17日至18日", "717", "718"),  # with its month, read by the date reader as before
    ("7月17至18日", "717", "718"),
])
def test_a_range_of_days_is_one_date_range(zh, low, high):
    [q] = extract_zh(zh)
    assert (q.kind, str(q.value), str(q.high)) == ("date", low, high)


def test_a_falling_range_of_days_is_no_range():
    assert all(q.high is None for q in extract_zh("18至17日"))


# --- English readings ---------------------------------------------------------------------------

@pytest.mark.parametrize(("en", "values"), [
    ("waves of 0.7m", ["0.7"]),
    ("Let's Save 10L Water", ["10"]),
    ("add 5g of salt", ["5"]),
    ("a load of 3t", ["3"]),
    ("the 5G network", []),  # a letter that names a thing: a token, as before
    ("3D printing", []),
    ("a 4K screen", []),
    ("the G20 summit", []),
])
def test_a_unit_symbol_glued_to_digits_keeps_the_number(en, values):
    assert [str(q.value) for q in extract_en(en)] == values


@pytest.mark.parametrize(("en", "low", "high"), [
    ("waves between 0.3 to 0.7m", "0.3", "0.7"),
    ("between 3 and 5 days", "3", "5"),
    ("between 3 to 5 days", "3", "5"),
])
def test_between_and_to_make_a_range(en, low, high):
    [q] = extract_en(en)
    assert (str(q.value), str(q.high)) == (low, high)


# --- the two sides compared ---------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("每次不多于一名陪同人士。", "No more than one escort each time."),
    ("未来两三日天气炎热。", "It will be hot in the coming few days."),
    ("本月17至18日有大雨。", "Heavy rain is expected on 17th and 18th July."),
    ("本月17至18日有大雨。", "Heavy rain is expected on 17-18 July."),
    ("浪高约0.3-0.7米。", "Waves will be between 0.3 to 0.7m."),
    ("齐来慳水十公升。", "Let us Save 10L Water."),
])
def test_faithful_bulletin_figures_raise_nothing(zh, en):
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("本月17至18日有大雨。", "Heavy rain is expected on 17th and 19th July."),
    ("浪高约0.3-0.7米。", "Waves will be between 0.3 to 0.9m."),
    ("齐来慳水十公升。", "Let us Save 12L Water."),
    ("每次不多于一名陪同人士。", "No more than two escorts each time."),
])
def test_changed_bulletin_figures_are_still_found(zh, en):
    assert any(s is Severity.ERROR or s is Severity.WARNING for _, s in loud_numbers([zh], [en]))


def test_a_bound_turned_around_is_a_qualifier_finding():
    found = number_findings(["每次不多于一名陪同人士。"], ["More than one escort each time."])
    assert any(f.rule == "number-qualifier" and f.severity is not Severity.INFO for f in found)


# --- tokens and names ---------------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("国内生产总值(GDP)增长5%", "The gross domestic product grew by 5%."),
    ("消费物价指数(CPI)上升", "The consumer price index rose."),
    ("乳房X光造影检查", "breast screening by mammography"),
    ("B超检查", "an ultrasound scan"),
])
def test_spelt_out_acronyms_and_letters_inside_words_are_there(zh, en):
    assert missing_tokens(zh, en) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("国内生产总值(GDP)增长5%", "The economy grew by 5%."),
    ("消费物价指数(CPI)上升", "Producer prices rose."),
    ("APEC会议开幕", "The meeting opened."),
])
def test_acronyms_the_english_does_not_spell_are_still_missing(zh, en):
    assert [t for t, _, _ in missing_tokens(zh, en)] == [zh.split("(")[-1].split(")")[0]
                                                          if "(" in zh else "APEC"]


def test_a_letter_inside_a_chinese_word_is_no_name():
    found = _findings(["服务包括乳房X光造影检查。"], ["Services include mammography."])
    assert not [f for f in found if f[0] == "name-missing" and "X光" in f[3]]
