"""Forms of food-safety bulletins and departmental history pages (twenty-second session): a year
said relative to one the sentence names (1903年…翌年 "in 1904"), 十分之 as "very", 百分百 as
100%, the disease name 2019冠状病毒病 (COVID-19), a web address with underscores, and a term
the English abbreviates after defining it once (中華肝吸蟲, "CS"). Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers
from test_names_own_country import _missing

from align.model import Severity
from align.numbers.tokens import latin_tokens, missing_tokens
from align.numbers.zh import extract_zh

# --- a year relative to a year the sentence names -----------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("该处于1903年成立,翌年改名为船政厅。", "The office was set up in 1903 and renamed in 1904."),
    ("该处于1903年成立,次年改名。", "The office was set up in 1903 and renamed in 1904."),
    ("大楼于1988年落成,同年启用。", "The building was completed and opened in 1988."),
])
def test_a_year_said_from_a_named_year_is_no_extra(zh, en):
    assert loud_numbers([zh], [en]) == []


@pytest.mark.parametrize(("zh", "en"), [
    ("该处于1903年成立,翌年改名为船政厅。", "The office was set up in 1903 and renamed in 1905."),
    ("该处于1903年成立,后来改名。", "The office was set up in 1903 and renamed in 1904."),
])
def test_a_year_the_chinese_does_not_imply_is_still_extra(zh, en):
    assert ("number-extra", Severity.WARNING) in loud_numbers([zh], [en]) or \
        ("number-extra", Severity.ERROR) in loud_numbers([zh], [en])


# --- words with numerals in them ------------------------------------------------------------------

@pytest.mark.parametrize(("zh", "expected"), [
    ("生蚝在本港十分之流行", []),
    ("这一点十分重要", []),
    ("十分之一的人", [("0.1", "fraction")]),
    ("十分之三", [("0.3", "fraction")]),
    ("比赛还剩十分钟", [("10", "count")]),
    ("百分百安全", [("100", "percent")]),
    ("达到百分之百", [("100", "percent")]),
    ("2019冠狀病毒病疫情", []),
    ("2019 冠状病毒病", []),
    ("2019年冠状病毒疫情", [("20190000", "date")]),  # a year before the words, as before
])
def test_words_with_numerals(zh, expected):
    assert [(str(q.value), q.kind) for q in extract_zh(zh)] == expected


@pytest.mark.parametrize(("zh", "en"), [
    ("航班时刻使用率达到百分百。", "Slot usage reached 100%."),
    ("2019冠狀病毒病疫情持续。", "The COVID -19 epidemic continues."),
    ("生蚝在本港十分之流行。", "Raw oysters are very popular in Hong Kong."),
])
def test_these_raise_no_number_finding(zh, en):
    assert loud_numbers([zh], [en]) == []


# --- a web address with underscores is one token --------------------------------------------------

def test_an_address_with_underscores_is_one_token():
    tokens = [t for t, _, _ in latin_tokens("详情: https://www.cfs.gov.hk/tc_chi/press/2024_1.html")]
    assert "www.cfs.gov.hk/tc_chi/press/2024_1.html" in tokens


@pytest.mark.parametrize(("zh", "en", "missing"), [
    ("详情: https://www.cfs.gov.hk/tc_chi/press/2024_1.html",
     "Details: https://www.cfs.gov.hk/english/press/2024_1.html", []),
    ("详情: https://www.cfs.gov.hk/tc_chi/press/2024_1.html",
     "Details: https://www.fehd.gov.hk/english/press/2024_1.html",
     ["www.cfs.gov.hk/tc_chi/press/2024_1.html"]),
])
def test_a_language_folder_is_the_same_site(zh, en, missing):
    assert [t for t, _, _ in missing_tokens(zh, en)] == missing


# --- a term the English abbreviates after defining it ---------------------------------------------

# (a title first: the document's first English is read as its heading, which may name anything)
_FLUKE_ZH = ["食物安全", "海产中的寄生虫包括中华肝吸虫。", "天气很好。", "大家辛苦了。", "谢谢。"]
_FLUKE_EN = ["Food Safety", "The parasites in seafood include Clonorchis sinensis (CS) (also "
             "known as the Chinese liver fluke).", "The weather is fine.", "Thank you all.",
             "Thanks."]


def test_a_name_inside_a_term_the_english_abbreviates_is_info():
    found = _missing(_FLUKE_ZH + ["至于中华肝吸虫,它可寄生在淡水鱼体内。"],
                     _FLUKE_EN + ["CS can be found in freshwater fish."])
    assert [s for s, _ in found] == ["info"]
    assert "abbreviation 'CS'" in found[0][1]


def test_an_abbreviation_defined_for_something_else_says_nothing_of_the_name():
    zh = ["食物安全", "海产中的寄生虫包括肺吸虫。", "天气很好。", "大家辛苦了。", "谢谢。",
          "至于中华肝吸虫,它可寄生在淡水鱼体内。"]
    en = ["Food Safety", "The parasites in seafood include Paragonimus westermani (PW), a lung "
          "fluke.", "The weather is fine.", "Thank you all.", "Thanks.",
          "PW can be found in freshwater fish."]
    assert [s for s, _ in _missing(zh, en)] == ["warning"]


# --- the disease's English names, and an officer's English given name ----------------------------

@pytest.mark.parametrize("en", [
    "The COVID -19 epidemic", "Covid 19 cases rose", "the COVID- 19 pandemic",
    "the latest situation of coronavirus disease 2019 (COVID-19)",
])
def test_the_disease_name_holds_no_number(en):
    from align.numbers.en import extract_en

    assert extract_en(en) == []


def test_a_year_beside_the_disease_is_still_read():
    from align.numbers.en import extract_en

    assert [int(q.value) for q in extract_en("In 2019 the disease spread.")] == [20190000]


def _unmatched(zh, en):
    from test_names_evidence import _findings

    return [(s, msg) for r, s, _, msg in _findings(zh, en) if r == "name-unmatched"]


@pytest.mark.parametrize(("zh", "en"), [
    (["科学主任游天颂先生报告。"], ["Scientific Officer Mr Arthur YAU reported."]),
])
def test_an_english_given_name_with_the_chinese_surname_is_info(zh, en):
    found = _unmatched(zh, en)
    assert found and all(s == "info" for s, _ in found)
    assert "bears the surname" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    (["科学主任游天颂先生报告。"], ["Scientific Officer Mr Arthur CHAN reported."]),
    (["科学主任游天颂先生报告。"], ["Scientific Officer Mr Peter LAM reported."]),
    (["高级主任陈国华先生报告。"], ["Senior Officer Mr Eric WONG reported."]),
])
def test_an_english_name_with_another_surname_is_still_a_warning(zh, en):
    assert [s for s, _ in _unmatched(zh, en)] == ["warning"]


# --- a web address holds no quantity ------------------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("详情请参阅 https://www.cfs.gov.hk/tc_chi/press/20241231_11374.html 。",
     "For details: https://www.cfs.gov.hk/english/press/20241231_11374.html."),
    ("资料: www.cfs.gov.hk/tc_chi/files/Advice_2020_1.pdf",
     "Information: https://www.cfs.gov.hk/english/files/Advice_on_COVID-19_rev_20200228.pdf"),
])
def test_digits_of_web_addresses_are_no_numbers(zh, en):
    from align.numbers.en import extract_en

    assert extract_zh(zh) == [] and extract_en(en) == []


def test_a_number_beside_an_address_is_still_read():
    from align.numbers.en import extract_en

    [q] = extract_en("See https://www.cfs.gov.hk/e.html for 3 items.")
    assert int(q.value) == 3


@pytest.mark.parametrize("zh", ["2019年冠狀病毒病與食品安全", "有关2019冠状病毒病的资料"])
def test_the_disease_name_with_or_without_nian_is_no_year(zh):
    assert extract_zh(zh) == []
