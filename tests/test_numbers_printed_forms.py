"""Numbers as real pages print them (issue 14, thirteenth session): years written digit by
digit with ○ for 〇, typesetting spaces between digits and characters, amounts converted into
another currency, days said relative to the dateline, dates that lost 月 and decimals that lost
their digits. Each faithful pair gives no finding at warning or above; a changed number still
does. Sentences written for these tests."""

import datetime
from decimal import Decimal

import pytest
from conftest import loud_numbers as loud

from align.checks.numbers.compare import compare, exchange_rate
from align.checks.numbers.relative import dateline_days, relative_day
from align.model import Severity
from align.numbers import extract_en, extract_zh
from align.numbers.zh import zeros_read


def read(text: str) -> list[tuple[str, str, str]]:
    return [(q.kind, q.normalised(), q.surface) for q in extract_zh(text)]


# -- years written digit by digit with a circle for 〇 ------------------------------------------


@pytest.mark.parametrize(("zh", "value"), [
    ("二○○九年九月", "2009-09 date"),             # U+25CB WHITE CIRCLE
    ("二◯一九年十月一日", "2019-10-01 date"),        # U+25EF LARGE CIRCLE
    ("二〇一九年", "2019 date"),                     # the numeral itself
    ("二零零九年九月二十一日", "2009-09-21 date"),
    ("一九四九年十月一日", "1949-10-01 date"),
    ("二○一○年三月", "2010-03 date"),
    ("二Ｏ○五年", "2005 date"),                      # full-width letter O
    ("二O一九年", "2019 date"),                      # Latin O in a year before 年
    ("二0二一年五月", "2021-05 date"),               # digit 0 in a year before 年
])
def test_a_year_with_a_printed_zero_is_one_date(zh: str, value: str) -> None:
    found = read(zh)
    assert [v for _, v, _ in found] == [value]
    assert found[0][2] == zh  # the surface is the page's own text


def test_a_decade_with_a_printed_zero() -> None:
    assert [v for _, v, _ in read("一九四○年代")] == ["1940 decade"]


@pytest.mark.parametrize("zh", ["某○○同志", "第○○号文件", "○○公司", "O型血", "2009年"])
def test_circles_without_chinese_digits_are_left_alone(zh: str) -> None:
    assert zeros_read(zh) == zh


def test_the_circle_reading_keeps_offsets() -> None:
    text = "于二○○九年九月发表"
    assert len(zeros_read(text)) == len(text)


def test_a_year_with_circles_matches_its_english_date() -> None:
    assert loud(["中华人民共和国国务院新闻办公室二○○九年九月"],
                ["Information Office of the State Council, September 2009"]) == []


def test_a_wrong_year_with_circles_is_still_found() -> None:
    found = loud(["二○○九年九月，白皮书发表。"],
                 ["The white paper was published in September 2008."])
    assert found and all(rule.startswith("number-") for rule, _ in found)


# -- typesetting spaces between digits and characters -------------------------------------------


@pytest.mark.parametrize(("zh", "want"), [
    ("那时还是 20 世纪 60 年代后期", ["1960 decade"]),
    ("——2025 年 3 月 5 日在第十四届全国人民代表大会", ["2025-03-05 date", "14 ordinal"]),
    ("（2022 年 4 月）", ["2022-04 date"]),
    ("2007年 3月", ["2007-03 date"]),
    ("共有 120 人参加", ["120 count"]),
])
def test_spaces_between_digits_and_characters_are_read_through(zh: str, want: list[str]) -> None:
    assert [v for _, v, _ in read(zh)] == want


def test_spaces_keep_the_pages_offsets_and_surface() -> None:
    text = "他说 20 世纪 60 年代很难"
    (q,) = extract_zh(text)
    assert text[q.start:q.end] == q.surface == "20 世纪 60 年代"


def test_a_space_between_two_digit_runs_still_parts_them() -> None:
    assert [v for _, v, _ in read("表 1 2020年")] == ["1 count", "2020 date"]


def test_a_spaced_decade_matches_the_english_decade() -> None:
    assert loud(["那时还是 20 世纪 60 年代后期，外国人很少见。"],
                ["That was in the late 1960s, when foreigners were rarely seen."]) == []


def test_a_spaced_decade_that_differs_is_still_found() -> None:
    assert loud(["那时还是 20 世纪 60 年代后期，外国人很少见。"],
                ["That was in the late 1970s, when foreigners were rarely seen."])


# -- amounts converted into another currency ---------------------------------------------------


@pytest.mark.parametrize(("zh", "en"), [
    ("国内生产总值突破90万亿元", "GDP exceeded US$13 trillion"),
    ("投资3亿美元", "an investment of 2.1 billion yuan"),
    ("援助100万欧元", "aid of 1.1 million US dollars"),
    ("贸易额达500亿美元", "trade reached 6.8 trillion yen"),
    ("捐款10万元", "donations of 1.4 million yen"),
])
def test_a_plausible_conversion_is_info_that_says_converted(zh: str, en: str) -> None:
    (d,) = compare(extract_zh(zh), extract_en(en))
    assert d.severity is Severity.INFO and "converted?" in d.message


@pytest.mark.parametrize(("zh", "en"), [
    ("国内生产总值突破90万亿元", "GDP exceeded US$90 trillion"),    # same number, wrong currency
    ("投资3亿美元", "an investment of 300 million yuan"),
    ("国内生产总值突破90万亿元", "GDP exceeded US$900 billion"),  # no rate the two ever had
    ("援助100万欧元", "aid of 100 million US dollars"),
])
def test_an_implausible_conversion_is_still_a_mismatch(zh: str, en: str) -> None:
    (d,) = compare(extract_zh(zh), extract_en(en))
    assert d.severity is Severity.ERROR


def test_the_rate_is_said_as_the_weaker_currency_to_the_stronger() -> None:
    (d,) = compare(extract_zh("投资3亿美元"), extract_en("2.1 billion yuan"))
    assert "7 CNY to the USD" in d.message.replace("7.00", "7")


def test_same_currency_has_no_rate() -> None:
    z, e = extract_zh("5亿元")[0], extract_en("500 million yuan")[0]
    assert exchange_rate(z, e) is None


def test_a_dropped_currency_is_still_reported() -> None:
    # the US dollar dropped where the English names only yuan: a currency lost, not converted
    found = compare(extract_zh("进口1549.4亿美元，合人民币1万亿元"),
                    extract_en("imports of 154.94 billion, or 1 trillion yuan"))
    assert any(d.severity is Severity.WARNING and "USD" in d.message for d in found)


# -- days said relative to the dateline --------------------------------------------------------


def test_today_made_explicit_from_the_english_heading() -> None:
    zh = ["外交部发言人主持例行记者会", "记者：今天凌晨，探测器返回地球。外交部有何评论？"]
    en = ["Foreign Ministry Spokesperson's Regular Press Conference on 17 December, 2020",
          "Journalist: In the early hours of December 17, the probe returned to Earth. "
          "Any comment?"]
    assert loud(zh, en) == []


@pytest.mark.parametrize(("word", "date"), [
    ("昨天", "March 4"), ("今天", "March 5"), ("明天", "March 6"), ("后天", "March 7"),
    ("昨晚", "March 4"), ("今晚", "March 5"),
])
def test_each_relative_word_counts_from_the_dateline(word: str, date: str) -> None:
    zh = ["2024年3月5日记者会", f"{word}，代表团抵达北京。"]
    en = ["Press conference, March 5, 2024", f"On {date}, the delegation arrived in Beijing."]
    assert loud(zh, en) == []


def test_a_date_the_relative_word_does_not_bear_out_is_still_extra() -> None:
    zh = ["2024年3月5日记者会", "昨天，代表团抵达北京。"]
    en = ["Press conference, March 5, 2024", "On March 2, the delegation arrived in Beijing."]
    assert ("number-extra", Severity.WARNING) in loud(zh, en)


def test_a_chinese_date_said_today_in_english() -> None:
    zh = ["2024年3月5日记者会", "3月5日，代表团抵达北京。"]
    en = ["Press conference, March 5, 2024", "Today, the delegation arrived in Beijing."]
    assert loud(zh, en) == []


def test_a_chinese_date_said_today_on_another_day_is_still_missing() -> None:
    zh = ["2024年3月5日记者会", "3月9日，代表团抵达北京。"]
    en = ["Press conference, March 5, 2024", "Today, the delegation arrived in Beijing."]
    assert ("number-missing", Severity.ERROR) in loud(zh, en)


def test_a_date_in_a_sentence_is_no_dateline() -> None:
    # the opening sentence's 12月18日 (a sentence, not a heading) does not date the document
    e = extract_en("December 18")[0]
    assert relative_day(e, "今天，会议举行。", dateline_days(extract_zh("12月17日")), True) == ""
    assert relative_day(e, "明天，会议举行。", dateline_days(extract_zh("12月17日")), True)


def test_a_relative_day_crosses_the_month() -> None:
    days = dateline_days(extract_en("March 1, 2024"))
    assert days == [datetime.date(2024, 3, 1)]
    e = extract_en("February 29")[0]
    assert "dateline" in relative_day(e, "昨天，会议闭幕。", days, True)


def test_no_dateline_leaves_the_word_unchecked_but_said() -> None:
    e = extract_en("December 17")[0]
    assert "no dateline" in relative_day(e, "今天凌晨，探测器返回。", [], True)
    assert relative_day(e, "探测器返回地球。", [], True) == ""


# -- a page's own corruption: 月 lost before a day, digits lost after a decimal point ------------


def test_a_two_digit_day_run_is_read_as_the_english_date() -> None:
    # 8月2日 printed as 82日: no day is 82, and the English bead says August 2
    zh = ["美方称将于82日退出条约。"]
    en = ["The US said it would withdraw from the treaty on August 2."]
    assert loud(zh, en) == []


def test_a_two_digit_run_no_english_date_spells_stays_in_doubt() -> None:
    found = loud(["美方称将于82日退出条约。"], ["The US said it would withdraw on September 5."])
    assert found and all(sev is not Severity.ERROR for _, sev in found)


def test_a_day_that_can_be_a_day_is_not_read_as_a_run_together_date() -> None:
    # 12日 is the 12th, not January 2 run together: the English date differs
    assert loud(["会议于12日举行。"], ["The meeting was held on January 2."])


def test_digits_lost_after_a_decimal_point_on_both_sides_is_info() -> None:
    zh = ["财政收入比上年增加769亿元。"]
    en = ["Revenue rose by 769. billion yuan over the previous year."]
    assert loud(zh, en) == []


def test_digits_lost_after_a_decimal_point_that_differ_are_a_warning() -> None:
    zh = ["财政收入比上年增加512亿元。"]
    en = ["Revenue rose by 769. billion yuan over the previous year."]
    assert loud(zh, en) == [("number-mismatch", Severity.WARNING)]


def test_a_full_stop_before_a_capital_is_no_lost_decimal() -> None:
    q = [q for q in extract_en("It happened in 2019. Billions watched.") if q.kind == "date"]
    assert q and q[0].value == Decimal(20190000)


def test_a_chinese_date_said_today_needs_the_dateline() -> None:
    z = extract_zh("12月17日")[0]
    assert relative_day(z, "Today the probe returned.", [], False) == ""


# -- a decimal point a stray space parted from its digits ("$1. 275 billion") --------------------


@pytest.mark.parametrize(("en", "value"), [
    ("The bank approved $1. 275 billion for the line.", "1275000000 money USD"),
    ("Revenue rose by 1. 5 billion yuan.", "1500000000 money CNY"),
    ("a loan of 12. 75 million dollars", "12750000 money USD"),
])
def test_a_decimal_parted_by_a_space_is_one_number(en: str, value: str) -> None:
    assert [q.normalised() for q in extract_en(en)] == [value]


@pytest.mark.parametrize("en", [
    "It was 2019. 300 million people watched.",   # a year ends the sentence
    "It rose to 12,345. 5 billion came later.",   # a number of more than three digits
    "He came first. 300 million people watched.",
])
def test_a_full_stop_before_a_scaled_number_still_ends_a_sentence(en: str) -> None:
    from align.segment import segment

    assert len(segment(en, "en")) == 2


def test_a_parted_decimal_stays_in_its_sentence() -> None:
    from align.segment import segment

    segs = segment("The bank approved $1. 275 billion for the line. It was built.", "en")
    assert [s.text for s in segs] == ["The bank approved $1. 275 billion for the line.",
                                      "It was built."]


def test_a_parted_decimal_matches_the_chinese_amount() -> None:
    assert loud(["银行批准了12.75亿美元贷款。"],
                ["The bank approved a loan of $1. 275 billion."]) == []


@pytest.mark.parametrize(("zh", "years"), [
    ("二○○一年中国加入世界贸易组织。十年来，中国经济快速发展。", {2011}),
    ("一九七八年，改革开放开始。三十年来，变化巨大。", {2008}),
    ("2001年中国加入世界贸易组织。10年来，贸易增长很快。", {2011}),
])
def test_a_year_in_chinese_numerals_dates_a_period_counted_from_it(zh: str, years: set) -> None:
    from align.checks.numbers.anchors import counted_years

    assert counted_years(zh) == years
