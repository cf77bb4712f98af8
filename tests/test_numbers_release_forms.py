"""Number forms of statistics releases and speeches that a translation renders faithfully but
the engine read apart (issue 14, fifteenth session): a unit a list of numbers states once
(6.8及71.1個百分點), the base of a comparison said by how far back it is ("year-on-year"), the
day of 今(2)日, a scale that counts a population alone (百万人口). Sentences written for these
tests."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import loud_numbers

from align.checks.numbers import read_zh, readable_zh
from align.checks.numbers.restated import base_of_comparison
from align.numbers import extract_en, extract_zh


def _zh(text: str) -> list[tuple[str, Decimal, bool]]:
    return [(q.kind, q.value, q.weak) for q in read_zh(readable_zh(text))]


# -- a unit a list states once ---------------------------------------------------------------

@pytest.mark.parametrize("text, kinds", [
    ("入住率分別上升6.8及71.1個百分點", ["points", "points"]),
    ("分别增长3、4.5和6.2%", ["percent", "percent", "percent"]),
    ("失业率为2.9%或3.1%", ["percent", "percent"]),
])
def test_a_chinese_list_states_its_unit_once(text: str, kinds: list) -> None:
    assert [k for k, _, _ in _zh(text)] == kinds


@pytest.mark.parametrize("text, kinds", [
    ("rose by 6.8 and 71.1 percentage points", ["points", "points"]),
    ("grew 3, 4.5 and 6.2 percent", ["percent", "percent", "percent"]),
])
def test_an_english_list_states_its_unit_once(text: str, kinds: list) -> None:
    assert [q.kind for q in extract_en(text)] == kinds


@pytest.mark.parametrize("text", ["3人和5%", "2019年和5%", "第3项及5%"])
def test_a_number_with_a_unit_of_its_own_keeps_it(text: str) -> None:
    assert [k for k, _, _ in _zh(text)][0] != "percent"


def test_a_count_before_a_percentage_in_another_clause_stays_a_count() -> None:
    assert extract_zh("共有3家。增长5%")[0].kind == "count"


def test_in_the_check_a_list_with_its_unit_once_meets_the_english() -> None:
    en = "Occupancy rose by 6.8 percentage points and 71.1 percentage points."
    assert loud_numbers(["入住率分別上升6.8及71.1個百分點。"], [en]) == []


# -- the base of a comparison ---------------------------------------------------------------

@pytest.mark.parametrize("zh, en", [
    ("若與2023年同期比較，存款上升5%。", "On an annual basis, deposits rose by 5%."),
    ("较2019年同期增长3%。", "It was up 3% year-on-year."),
    ("比2018年同期减少2%。", "It fell by 2% from a year earlier."),
    ("与9月比较上升19.8%。", "Arrivals rose 19.8% month-on-month."),
    ("旅客较9月增加4.0%。", "Arrivals grew by 4.0% month-on-month."),
    ("與第一季比較增加3%。", "Loans grew 3% quarter-on-quarter."),
])
def test_a_comparison_year_said_year_on_year_is_found(zh: str, en: str) -> None:
    base = next(q for q in extract_zh(zh) if q.kind in ("date", "period"))
    assert base_of_comparison(base, zh, en)


@pytest.mark.parametrize("zh, en", [
    ("较2019年同期增长3%。", "It was up 3% on 2018."),  # no comparison phrase
    ("2019年增长3%。", "It was up 3% year-on-year."),  # no 同期 after the year
    ("与9月比较上升19.8%。", "Arrivals rose 19.8% year-on-year."),  # a month is no year
    ("较2019年增长3%。", "It was up 3% year-on-year."),  # the whole year, not its same period
    ("与9月的数据一致。", "It matches the data of a month earlier."),  # 与 and no comparison
])
def test_a_year_that_is_no_comparison_base_is_not_excused(zh: str, en: str) -> None:
    base = next(q for q in extract_zh(zh) if q.kind in ("date", "period"))
    assert base_of_comparison(base, zh, en) == ""


def test_in_the_check_the_comparison_year_is_info() -> None:
    assert loud_numbers(["若與2023年同期比較，存款上升5%。"],
                        ["On an annual basis, deposits rose by 5%."]) == []


# -- 今(2)日 -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("金融管理局今(2)日公佈", 2), ("特區政府昨（15）日表示", 15), ("明(3)日举行", 3)])
def test_the_day_in_brackets_after_a_relative_word_is_a_date(text: str, day: int) -> None:
    assert _zh(text) == [("date", Decimal(day), False)]


@pytest.mark.parametrize("text", ["（2）日本经济", "今（2）", "(2)第二项"])
def test_a_bracketed_label_is_no_day(text: str) -> None:
    assert all(k != "date" for k, _, _ in _zh(text))


def test_in_the_check_today_with_its_day_meets_the_english_date() -> None:
    assert loud_numbers(["金融管理局今(2)日公佈數據。"],
                        ["The Monetary Authority released the data today (2 August)."]) == []


# -- a scale alone that counts a population ----------------------------------------------------

@pytest.mark.parametrize("text, value", [("百万人口的城市", 10**6), ("千万家庭", 10**7),
                                         ("千万户居民", 10**7)])
def test_a_scale_that_counts_a_population_is_a_weak_count(text: str, value: int) -> None:
    assert _zh(text) == [("count", Decimal(value), True)]


@pytest.mark.parametrize("text", ["千万不要忘记", "百万富翁", "万物生长"])
def test_a_scale_in_a_word_or_an_adverb_is_no_number(text: str) -> None:
    assert _zh(text) == []


def test_in_the_check_the_scales_meet_the_english_figures() -> None:
    assert loud_numbers(["从百万人口到千万人口的城市。"],
                        ["Cities of one million people to ten million."]) == []


# -- a month in digits before a word that starts with 月; a year in an event's English name -----

@pytest.mark.parametrize("text, month", [("10月经陆路入境的旅客", 10), ("11月经香港转运", 11)])
def test_a_month_in_digits_keeps_its_yue(text: str, month: int) -> None:
    assert _zh(text) == [("date", Decimal(month * 100), False)]


def test_a_unit_that_begins_another_word_still_comes_off() -> None:
    assert _zh("五年轻人") == [("count", Decimal(5), True)]


@pytest.mark.parametrize("zh, en", [
    (["出席上海世博会中国国家馆日官方仪式。"],
     ["I attend the official ceremony of China Pavilion Day at Expo 2010 Shanghai."]),
    (["欢迎出席海南自贸区伦敦推介会。"],
     ["Welcome to the 2018 Hainan Free Trade Zone (London) Promotion."]),
    # games said short, without 会
    (["我们成功举办了东亚运。"], ["We successfully hosted the 2009 East Asian Games."]),
    (["全运在天津举行。"], ["The 2017 National Games were held in Tianjin."]),
    (["欢迎各位嘉宾出席北京冬奥会。"],
     ["Welcome to all guests attending the Olympic Winter Games Beijing 2022."]),
])
def test_a_year_in_an_events_english_name_is_no_added_number(zh: list, en: list) -> None:
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    (["在北京2008奥运会闭幕式上的致辞"], ["Speech at the Beijing Olympics Closing Ceremony"]),
    (["欢迎出席北京2022冬奥会。"], ["Welcome to the Beijing Winter Olympics."]),
])
def test_a_year_in_an_events_chinese_name_may_go_unsaid(zh: list, en: list) -> None:
    assert loud_numbers(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    (["2010年上海经济增长较快。"], ["Shanghai's economy grew fast."]),  # no event
    (["2010年上海世博会取得圆满成功。"], ["The Shanghai World Expo was a great success."]),  # 年
])
def test_a_year_that_dates_the_occasion_is_still_missing(zh: list, en: list) -> None:
    assert loud_numbers(zh, en)


def test_a_year_beside_no_event_is_still_added() -> None:
    assert loud_numbers(["我们出席了仪式。"], ["We attended the ceremony in 2010."])
    # 运 of 运输 (transport) is no games
    assert loud_numbers(["我们召开了亚运输会议。"], ["We held the 2010 Asian Transport Forum."])
