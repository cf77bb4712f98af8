"""Number forms that fooled the engine on pages nobody had tuned on (issue 14, pairs 315-434):
a year before "to" and an amount, a scale word glued to the next word, "one-fourth", a lunar
day in digits (初10日), "the tenth day in the lunar new year", a count of one said by an
article, a count of two said by contrast, the numbers of "one country, two systems"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from align.checks.numbers import one_said_by_article, read_zh, two_said_by_contrast
from align.numbers import extract_en, extract_zh


def _read(text: str) -> list[tuple[str, str, Decimal]]:
    return [(q.surface, q.kind, q.value) for q in extract_en(text)]


@pytest.mark.parametrize("text, year", [
    ("exports rose from US$40 million in 2005 to US$9.2 billion in 2017", "2005"),
    ("trade grew in 2011to US$ 3.5 billion", "2011"),
    ("from 1998 to RMB 4 trillion", "1998"),
])
def test_a_year_before_to_and_an_amount_stays_a_year(text: str, year: str) -> None:
    found = {s: (k, v) for s, k, v in _read(text)}
    assert found[year] == ("date", Decimal(year) * 10000)


@pytest.mark.parametrize("text, low, high", [
    ("3 to 5 million people", Decimal(3_000_000), Decimal(5_000_000)),
    ("US$3 billion to US$5 billion", Decimal(3 * 10**9), Decimal(5 * 10**9)),
    ("between 20 and 30 thousand", Decimal(20_000), Decimal(30_000)),
])
def test_a_range_still_takes_the_scale_of_its_end(text: str, low: Decimal, high: Decimal) -> None:
    q = extract_en(text)[0]
    assert (q.value, q.high) == (low, high)


@pytest.mark.parametrize("text, value", [
    ("US$ 2.3 billioninvested in ports", Decimal("2.3e9")),
    ("some 4 millionpeople visited", Decimal("4e6")),
    ("a 1.5 trillionyuan package", Decimal("1.5e12")),
])
def test_a_scale_glued_to_the_next_word_is_the_scale(text: str, value: Decimal) -> None:
    assert any(q.value == value for q in extract_en(text))


@pytest.mark.parametrize("text", ["the 2 millionth visitor", "3 millionaires came",
                                  "5 thousandths of a second", "a billionfold rise"])
def test_a_scale_words_own_suffix_is_no_scale(text: str) -> None:
    assert all(q.value < 1000 for q in extract_en(text) if q.kind != "ordinal")


@pytest.mark.parametrize("text, value", [
    ("nearly one-fourth of the world population", Decimal("0.25")),
    ("one fourth of the land", Decimal("0.25")),
    ("three-fourths of the members", Decimal("0.75")),
    ("a fourth of the budget", Decimal("0.25")),
])
def test_fourths_are_fractions(text: str, value: Decimal) -> None:
    assert [(k, v) for _, k, v in _read(text)] == [("fraction", value)]


@pytest.mark.parametrize("text, value", [
    ("a fourth term in office", Decimal(4)), ("the twenty-fourth session", Decimal(24)),
    ("the fourth plenary session", Decimal(4)),
])
def test_fourth_as_an_ordinal_stays_one(text: str, value: Decimal) -> None:
    assert [(k, v) for _, k, v in _read(text)] == [("ordinal", value)]


@pytest.mark.parametrize("zh, value", [
    ("今天是农历正月初10日", Decimal(110)), ("腊月初8日", Decimal(1208)),
    ("正月初十", Decimal(110)), ("正月初一", Decimal(101)), ("八月初3", Decimal(803)),
])
def test_a_lunar_day_in_digits_reads_whole(zh: str, value: Decimal) -> None:
    dates = [q for q in read_zh(zh) if q.kind == "date"]
    assert [q.value for q in dates] == [value]
    assert not [q for q in read_zh(zh) if q.kind != "date"]


@pytest.mark.parametrize("text, value", [
    ("Today is the tenth day in the Chinese lunar New Year.", Decimal(110)),
    ("the fifth day in the eighth lunar month", Decimal(805)),
    ("the sixth day of the lunar new year", Decimal(106)),
])
def test_a_lunar_date_said_by_ordinals(text: str, value: Decimal) -> None:
    assert [(k, v) for _, k, v in _read(text)] == [("date", value)]


def test_a_day_in_a_row_is_no_date() -> None:
    assert [k for _, k, _ in _read("the third day in a row")] == ["ordinal"]


def _one(zh: str):
    return next(q for q in extract_zh(zh) if q.value == 1)


@pytest.mark.parametrize("zh, en", [
    ("不会比任何一年轻松", "will be no easier than any of the previous years"),
    ("疫情发生一年了", "what has changed in the last year"),
    ("每一年都有进步", "progress is made every year"),
    ("这一次", "each time the talks resumed"),  # 一次又一次 is no count at all now
    ("过去一个月", "over the past month"),
    ("一年来", "over a full year"),
])
def test_a_count_of_one_said_by_an_article_is_matched(zh: str, en: str) -> None:
    assert one_said_by_article(_one(zh), en)


@pytest.mark.parametrize("zh, en", [
    ("我在那里学习一年", "I studied there about 20 years ago."),  # a numeral: another count
    ("我在那里学习一年", "I studied there."),  # the span left out
    ("一年", "a month later"),  # another unit
    ("一年", "one of the years"),
])
def test_a_count_of_one_without_its_unit_word_is_still_missing(zh: str, en: str) -> None:
    assert not one_said_by_article(_one(zh), en)


def test_a_count_of_three_is_no_article() -> None:
    three = extract_zh("三年")[0]
    assert not one_said_by_article(three, "a year")


@pytest.mark.parametrize("en", [
    "some people say the policy works, while others think it is too strict",
    "Some argue for it; others against.",
    "one side wants a deal and the other side wants time",
])
def test_a_count_of_two_said_by_contrast(en: str) -> None:
    two = next(q for q in extract_zh("有两种截然不同的看法") if q.value == 2)
    assert two_said_by_contrast(two, en)


@pytest.mark.parametrize("en", ["some people say the policy works.",
                                "There are others who disagree."])
def test_no_contrast_leaves_two_missing(en: str) -> None:
    two = next(q for q in extract_zh("有两种看法") if q.value == 2)
    assert not two_said_by_contrast(two, en)


def test_three_is_not_said_by_contrast() -> None:
    three = next(q for q in extract_zh("有三种看法") if q.value == 3)
    assert not two_said_by_contrast(three, "some say yes, while others say no")


@pytest.mark.parametrize("text", ["“One country, two systems” is a basic policy",
                                  "the One Country, Two Systems principle",
                                  "one country two systems"])
def test_one_country_two_systems_reads_weak_counts(text: str) -> None:
    found = extract_en(text)
    assert [(q.value, q.weak) for q in found] == [(Decimal(1), True), (Decimal(2), True)]


def _run_together(zh: str, en: str) -> list[tuple[str, str]]:
    from align.checks.numbers import readable_zh, run_together_dates

    pool = read_zh(readable_zh(zh))
    dates = [q for q in extract_en(en) if q.kind == "date"]
    return [(q.surface, q.kind) for q in run_together_dates(pool, dates, zh)]


@pytest.mark.parametrize("zh, en", [
    ("对话将于625日在北京举行", "The dialogue will be held on June 25 in Beijing."),
    ("白宫619日发布报告", "On June 19th the White House released a report."),
    ("会议于1130日闭幕", "The meeting closed on 30 November."),
])
def test_a_day_mark_after_a_date_that_lost_its_month_reads_as_the_english_date(
        zh: str, en: str) -> None:
    assert [k for _, k in _run_together(zh, en)] == ["date"]


@pytest.mark.parametrize("zh, en", [
    ("活动持续了625日", "It lasted 625 days."),  # no English date: a count of days stays
    ("对话将于625日举行", "The dialogue will be held in June 2018."),  # a month alone
    ("对话将于625日举行", "The dialogue will be held on June 26."),  # another day
])
def test_a_day_mark_after_digits_no_english_date_spells_stays_a_count(zh: str, en: str) -> None:
    assert [k for s, k in _run_together(zh, en) if s.startswith("625")] == ["count"]


@pytest.mark.parametrize("zh", ["3月23日0-24时，新增病例39例", "5月2日0—24时", "当日0时至24时"])
def test_the_whole_day_as_a_clock_span_is_weak(zh: str) -> None:
    spans = [q for q in read_zh(zh) if q.kind == "time"]
    assert [(q.value, q.high, q.weak) for q in spans] == [(Decimal(0), Decimal(24), True)]
    assert not [q for q in read_zh(zh) if q.kind == "count" and q.value == 0]


@pytest.mark.parametrize("zh, en", [
    ("3月23日0-24时，新增病例39例", "March 23 saw 39 new cases."),
    ("3月23日0-24时，新增病例39例", "From 0:00 to 24:00 on March 23, 39 new cases were found."),
])
def test_the_whole_day_meets_the_date_or_the_hours(zh: str, en: str) -> None:
    from align.checks.numbers.compare import compare

    assert compare(read_zh(zh), extract_en(en)) == []


@pytest.mark.parametrize("zh", ["8-12时", "10时至24时"])
def test_another_clock_span_is_not_the_whole_day(zh: str) -> None:
    assert not [q for q in read_zh(zh) if q.weak and q.kind == "time"]


@pytest.mark.parametrize("zh, en", [
    ("欢迎参加一年一度的开放日", "welcome to our annual open day"),
    ("论坛一年一次", "the forum meets yearly"),
    ("一个月一次的例会", "the monthly meeting"),
    ("一周一次", "once every week"),
])
def test_once_a_unit_said_by_its_frequency_word(zh: str, en: str) -> None:
    from align.checks.numbers import once_a_unit

    one = next(q for q in read_zh(zh) if q.value == 1)
    assert once_a_unit(one, zh, en)


@pytest.mark.parametrize("zh, en", [
    ("我在那里学习一年", "an annual course"),  # a span, no frequency
    ("欢迎参加一年一度的开放日", "welcome to the open day"),  # no frequency word
    ("一个月一次的例会", "the annual meeting"),  # another unit's frequency
])
def test_no_frequency_word_leaves_the_count(zh: str, en: str) -> None:
    from align.checks.numbers import once_a_unit

    one = next(q for q in read_zh(zh) if q.value == 1)
    assert not once_a_unit(one, zh, en)


@pytest.mark.parametrize("zh, value", [
    ("在“五四”青年节即将到来之际", Decimal(504)), ("纪念“五四”运动一百周年", Decimal(504)),
    ("“一二·九”运动", Decimal(1209)), ("「三八」妇女节", Decimal(308)),
])
def test_an_event_named_by_quoted_digits_is_a_weak_date(zh: str, value: Decimal) -> None:
    dates = [q for q in read_zh(zh) if q.kind == "date"]
    assert [(q.value, q.weak) for q in dates] == [(value, True)]


@pytest.mark.parametrize("zh", ["纪念“五四”", "“五四”之后", "“五四”以来"])
def test_quoted_digits_without_an_event_word_stay_unread(zh: str) -> None:
    assert not [q for q in read_zh(zh) if q.kind == "date"]
