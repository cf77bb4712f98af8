"""Day ranges, fractions beside a code, and dotted dates read alike on both sides (issue 14,
held-out batch 115-134): a faithful pair gives no number finding, a changed number still does.
Sentences written for these tests."""

import pytest
from conftest import quantity_value

from align.checks.numbers.compare import compare
from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.zh import extract_zh


def rules(zh: str, en: str) -> list[str]:
    """The rules of the number findings above info on a pair."""
    return [getattr(d.rule, "id", d.rule) for d in compare(extract_zh(zh), extract_en(en))
            if d.severity is not Severity.INFO]


def en_dates(text: str) -> list[str]:
    return [quantity_value(q) for q in extract_en(text) if q.kind == "date"]


# -- English day ranges with the day before the month -------------------------------------------


@pytest.mark.parametrize(
    "en",
    [
        "On 4-5 September, the leaders will meet in Hangzhou.",
        "On 4–5 September, the leaders will meet in Hangzhou.",
        "From 4 to 5 September, the leaders will meet in Hangzhou.",
        "Between 4 and 5 September, the leaders will meet in Hangzhou.",
        "On the 4th-5th of September, the leaders will meet in Hangzhou.",
        "From the 4th to the 5th of September, the leaders will meet in Hangzhou.",
        "On 4 through 5 September, the leaders will meet in Hangzhou.",
        "On September 4-5, the leaders will meet in Hangzhou.",
        "From September 4 to 5, the leaders will meet in Hangzhou.",
    ],
)
def test_a_day_range_matches_the_chinese_range(en: str) -> None:
    assert rules("9月4日至5日,各国领导人将在杭州会晤。", en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("2016年9月4日至5日举行峰会。", "The summit is held on 4-5 September 2016."),
        ("10月20日至22日在阿皮亚开会。", "The meeting is in Apia from 20 to 22 October."),
        ("会期为3月5日至11日。", "The session runs between 5 and 11 March."),
        ("5月10日至12日访问法国。", "He visits France from the 10th to the 12th of May."),
    ],
)
def test_more_day_ranges_meet_once(zh: str, en: str) -> None:
    assert rules(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("9月4日至5日,各国领导人将在杭州会晤。", "On 4-6 September, the leaders will meet."),
        ("9月4日至5日,各国领导人将在杭州会晤。", "From 3 to 5 September, the leaders meet."),
        ("9月4日至5日,各国领导人将在杭州会晤。", "On 4-5 October, the leaders will meet."),
    ],
)
def test_a_changed_day_range_is_still_found(zh: str, en: str) -> None:
    assert rules(zh, en) != []


def test_two_days_joined_by_and_are_two_dates() -> None:
    assert en_dates("They met on 4 and 11 September.") == ["904", "911"]
    assert en_dates("They met on the 4th and 11th of September 2016.") == [
        "20160904", "20160911"]
    assert rules("他们于9月4日和11日会面。", "They met on 4 and 11 September.") == []


def test_a_reversed_or_counted_pair_is_no_day_range() -> None:
    # "17 and 22 people": counts, the month later is a month alone
    assert en_dates("Some 17 and 22 people came in September.") == ["900"]
    assert "905..904" not in en_dates("on 5-4 September")


# -- fractions and percentages after a Latin-and-digit code -------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("G20人口占全球2/3。", "The G20 accounts for two thirds of the world population."),
        ("G20人口占全球2/3。", "The G20 accounts for two-thirds of the world population."),
        ("G20人口占全球2/3。", "The G20 accounts for 2/3 of the world population."),
        ("G20国内生产总值占全球85%。", "The G20 accounts for 85% of global GDP."),
        ("5G基站达到300万个。", "There are 3 million 5G base stations."),
        ("COVID-19疫情导致3万人失业。", "COVID-19 cost 30,000 people their jobs."),
    ],
)
def test_a_code_does_not_swallow_the_chinese_after_it(zh: str, en: str) -> None:
    assert rules(zh, en) == []


def test_a_changed_fraction_after_a_code_is_found() -> None:
    assert rules("G20人口占全球2/3。", "The G20 accounts for a third of the world population.")
    assert rules("G20国内生产总值占全球85%。", "The G20 accounts for 80% of global GDP.")


def test_codes_stay_tokens() -> None:
    assert extract_zh("G20峰会") == []
    assert extract_zh("采用802.11n标准") == []


# -- dates written with dots --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "value"),
    [
        ("16.5.26王毅部长在吹风会上的讲话", "20160526"),
        ("2022.9.30国庆招待会", "20220930"),
        ("2016.05.26 北京", "20160526"),
        ("98.6.1发布", "19980601"),
    ],
)
def test_a_dotted_date_is_a_date(zh: str, value: str) -> None:
    dates = [quantity_value(q) for q in extract_zh(zh) if q.kind == "date"]
    assert dates == [value]


def test_a_dotted_date_matches_the_english_date() -> None:
    assert rules("2016.5.26 外交部蓝厅", "Lanting, 26 May 2016") == []
    assert rules("2016.5.26 外交部蓝厅", "Lanting, 27 May 2016") != []


@pytest.mark.parametrize("zh", ["增长了6.5%", "16.13.26", "增长6.5倍"])
def test_what_is_no_dotted_date_is_left_alone(zh: str) -> None:
    assert not any(q.kind == "date" for q in extract_zh(zh))


# -- more range and fraction forms --------------------------------------------------------------


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("9月4—5日举行峰会。", "The summit is on 4th to 5th September."),
        ("9月4—5日举行峰会。", "The summit is on September 4-5."),
        ("占2/3。", "Two out of three."),
        ("三分之一的人。", "One in every three people."),
        ("五分之一的企业。", "One out of every five firms."),
        ("十分之九的人。", "Nine out of ten people."),
        ("2019-2021年规划。", "The 2019-21 plan."),
        ("2019年至2021年规划。", "The plan for 2019–21."),
        ("增长2%至5%。", "Growth of 2-5%."),
        ("三到五年。", "Between three and five years."),
        ("5万到10万人。", "Between 50,000 and 100,000 people."),
    ],
)
def test_range_and_fraction_forms_meet_once(zh: str, en: str) -> None:
    assert rules(zh, en) == []


@pytest.mark.parametrize(
    ("zh", "en"),
    [
        ("2019-2022年规划。", "The 2019-21 plan."),
        ("占2/3。", "One out of three."),
        ("9月4—5日举行峰会。", "The summit is on 4th to 6th September."),
    ],
)
def test_a_changed_range_or_fraction_is_found(zh: str, en: str) -> None:
    assert rules(zh, en) != []


def test_a_year_and_a_count_are_no_abbreviated_range() -> None:
    assert [q.kind for q in extract_en("In 2019 to 21 people")] == ["date", "count"]
    assert [q.high for q in extract_en("from 2019-18")] == [None, None]
