"""Number readings that respect words (issue 14, eleventh session): dates of the Chinese
calendar on both sides, the English article that says 一 before a measure word, and a measure
character that begins another word. Sentences written for these tests."""

import pytest
from test_numbers_structure import findings, loud

from align.model import Severity
from align.numbers.en import extract_en
from align.numbers.zh import extract_zh


def read(extract, text):
    return [(q.surface, q.normalised()) for q in extract(text) if not q.weak]


# -- dates of the Chinese calendar --------------------------------------------------------------


@pytest.mark.parametrize("text, date", [
    ("今天是正月十五", ("正月十五", "01-15 date")),
    ("农历八月十五中秋节", ("八月十五", "08-15 date")),
    ("五月初五端午节", ("五月初五", "05-05 date")),
    ("五月初5日端午节", ("五月初5日", "05-05 date")),  # the checks' repair of 初五
    ("腊月三十晚上", ("腊月三十", "12-30 date")),
    ("臘月二十三", ("臘月二十三", "12-23 date")),
    ("冬月初一", ("冬月初一", "11-01 date")),
    ("十二月廿三", ("十二月廿三", "12-23 date")),
    ("农历九月初九重阳节", ("九月初九", "09-09 date")),
])
def test_a_chinese_calendar_date_is_one_date(text, date):
    assert read(extract_zh, text) == [date]


@pytest.mark.parametrize("text, expected", [
    ("正月里大家走亲访友", []),  # a month alone is no date
    ("8月初，会议召开", [("8月", "08 date")]),  # 月初: early in the month
    ("八月十五个省份参加", [("八月", "08 date"), ("十五个", "15 count")]),  # a count after a month
    ("2019年9月15日", [("2019年9月15日", "2019-09-15 date")]),
    ("三月十五日", [("三月十五日", "03-15 date")]),
])
def test_what_is_no_chinese_calendar_date(text, expected):
    assert read(extract_zh, text) == expected


@pytest.mark.parametrize("text, date", [
    ("today is the sixth day of the eighth month", "08-06 date"),
    ("on the 15th day of the first month", "01-15 date"),
    ("the fifteenth day of the first lunar month", "01-15 date"),
    ("the twenty-third day of the twelfth month", "12-23 date"),
    ("It falls on the 5th day of the 5th month of the Chinese lunar calendar", "05-05 date"),
    ("Today is the 6th day of the lunar new year.", "01-06 date"),
    ("the ninth day of the Chinese New Year", "01-09 date"),
    ("the eighth lunar month", "08 date"),
    ("in the first month of the lunar calendar", "01 date"),
])
def test_an_english_date_said_by_ordinals(text, date):
    assert [v for _, v in read(extract_en, text)] == [date]


@pytest.mark.parametrize("text, expected", [
    ("for the third month in a row", ["3 ordinal"]),
    ("on the third day of the conference", ["3 ordinal"]),
    ("the first month of work", ["1 ordinal"]),
])
def test_ordinals_that_are_no_date(text, expected):
    assert [q.normalised() for q in extract_en(text)] == expected


@pytest.mark.parametrize("zh, en", [
    ("我们的第八届校友会定在农历八月初六。",
     "Our eighth alumni gathering falls on the sixth day of the eighth month."),
    ("今天是农历八月初六。",
     "Todayisthesixthdayoftheeighthmonthofthelunarcalendar."),  # a page that lost its spaces
    ("今天是正月十五。", "Today is the 15th day of the first lunar month."),
    ("镇上正月十五元宵节有灯会。", "The town holds a lantern show at the Lantern Festival."),
    ("八月十五是中秋节。", "The Mid-Autumn Festival is a time for family."),
    ("五月初五，我们一起包粽子。", "At the Dragon Boat Festival we make rice dumplings together."),
    ("腊月三十，全家吃年夜饭。", "On New Year's Eve the whole family has dinner together."),
])
def test_a_chinese_calendar_date_matches_its_english(zh, en):
    assert loud(findings([zh], [en])) == []


def test_a_chinese_calendar_date_the_english_drops_is_reported():
    assert loud(findings(["今天是正月十五。"], ["Today is a holiday."])) == [
        ("number-missing", Severity.ERROR)]
    # the festival of another day says nothing about this one
    assert loud(findings(["今天是八月十五。"], ["Today is the Lantern Festival."])) == [
        ("number-missing", Severity.ERROR)]


def test_a_missing_calendar_date_is_said_by_ordinals():
    found = findings(["今天是正月十五。"], ["Today is a holiday."])
    assert "the 15th day of the 1st month" in found[0].message


# -- 一 before a measure word: the English article ------------------------------------------------


@pytest.mark.parametrize("zh, en", [
    ("2017年是全面建成小康社会的重要一年。", "2017 is an important year for building prosperity."),
    ("2018年是不平凡一年。", "2018 was an extraordinary, eventful year."),
    ("他在农村工作一年。", "He worked in the countryside for a year."),
    ("他在农村工作一年。", "He worked in the countryside for one full year."),
    ("这是关键一年。", "This is a crucial year."),
    ("我们还有一个月。", "We have one more month."),
])
def test_one_year_is_matched_by_the_article(zh, en):
    assert loud(findings([zh], [en])) == []


@pytest.mark.parametrize("zh, en", [
    ("他在那里学习一年。", "He studied there."),  # a duration the English drops
    ("他在那里学习一年。", "He studied there for a few months."),
    ("计划期限为一年。", "The plan runs for a five-year term."),
])
def test_one_year_the_english_drops_is_still_missing(zh, en):
    assert [f for f in loud(findings([zh], [en])) if f[1] is Severity.ERROR] in (
        [("number-missing", Severity.ERROR)], [("number-mismatch", Severity.ERROR)])


@pytest.mark.parametrize("text", [
    "the year of the tiger", "a few months", "a five-year plan", "a couple of months",
    "a report on the year", "a half year",
])
def test_no_article_year_is_read_where_another_amount_is(text):
    assert [q for q in extract_en(text) if q.value == 1 and q.unit in ("years", "months")] == []


# -- a unit that begins another word ------------------------------------------------------------


def reread(text):
    from align.checks.numbers import read_zh
    return [(q.surface, q.normalised(), q.weak) for q in read_zh(text)]


@pytest.mark.parametrize("text, expected", [
    ("十五元宵节", [("十五", "15 count", True)]),  # 元 of 元宵节: no yuan
    ("二十元旦", [("二十", "20 count", True)]),
    ("一百元首", [("一百", "100 count", True)]),
    ("五年轻人", [("五", "5 count", True)]),  # 年 of 年轻人: no years
    ("15元宵节", [("15", "15 count", False)]),  # digits: a bare count (fragile)
    ("8月球", [("8", "8 count", False)]),
])
def test_a_unit_that_begins_another_word_does_not_attach(text, expected):
    assert reread(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("三年来", ("三年", "3 count")),  # 年来 says years: a unit compound
    ("今年年底", None),
    ("两年间", ("两年", "2 count")),
    ("五年前", ("五年", "5 count")),
    ("两天后", ("两天", "2 count")),  # 天后 "diva": but 后 is a postposition
    ("十天下来", ("十天", "10 count")),
    ("三个人", ("三个", "3 count")),  # 个 is a pure classifier: not 个人 "individual"
    ("五日本报讯", ("五日", "5 count")),  # 本报 after 日 is a word of its own
    ("五元钱", ("五元", "5 money CNY")),
    ("9月6日电", ("9月6日", "09-06 date")),  # a date of several parts
    ("十年时间", ("十年", "10 count")),
    ("人民共和国成立 75 周年", ("75 周年", "75 ordinal")),  # the layout's space
])
def test_a_unit_that_attaches(text, expected):
    found = [(s, v) for s, v, _ in reread(text)]
    assert found == ([expected] if expected else [])


def test_a_unit_in_another_word_reads_no_quantity():
    assert loud(findings(["今天恰逢十五元宵节。"], ["Today is the Lantern Festival."])) == []
    assert loud(findings(["会场来了很多年轻人。"], ["Many young people came."])) == []
    # a real sum of money is still read
    assert loud(findings(["门票十五元。"], ["Tickets cost ten yuan."])) == [
        ("number-mismatch", Severity.ERROR)]


# -- an English number the Chinese says by a word --------------------------------------------------


@pytest.mark.parametrize("zh, en", [
    ("近代以后，这座港口被迫开放通商。", "After 1840, the port was forced open to trade."),
    ("抗战胜利后，人民欢欣鼓舞。", "After victory in 1945, the people rejoiced."),
    ("辛亥革命推翻了帝制。", "The 1911 Revolution overthrew the monarchy."),
    ("文革结束后，教育得到恢复。", "After 1976, education was restored."),
    ("中非友谊源远流长。", "Friendship between two brothers goes back a long way."),
    ("中日韩合作不断深化。", "Cooperation among the three countries keeps deepening."),
])
def test_an_english_number_a_chinese_word_says_is_matched(zh, en):
    assert loud(findings([zh], [en])) == []


@pytest.mark.parametrize("zh, en", [
    ("近代以后，这座港口被迫开放通商。", "After 1960, the port was opened to trade."),
    ("他说，会议很成功。", "He said the 2019 meeting was a success."),
    ("中非友谊源远流长。", "Friendship between three brothers goes back a long way."),
    ("友谊源远流长。", "Friendship between two brothers goes back a long way."),
])
def test_an_english_number_no_chinese_word_says_is_extra(zh, en):
    assert loud(findings([zh], [en])) == [("number-extra", Severity.WARNING)]
