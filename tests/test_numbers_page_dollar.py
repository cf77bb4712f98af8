"""A page's own conventions for money and numbers (issue 14, batch AE: Hong Kong budget
speeches): bare 元 and bare "$" as the page's one dollar, when the whole document equates them;
a space as the thousands separator. Sentences written for these tests."""

import pytest
from conftest import loud_numbers as loud
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.checks.numbers.currency import page_currency
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en
from align.numbers.zh import extract_zh

_ZH = ["总收入预计为六千二百六十一亿元。", "经营开支预计为五千零一十五亿元。",
       "地价收入预算为一千四百三十亿元。"]
_EN = ["Total revenue is estimated at $626.1 billion.", "Operating expenditure is estimated at "
       "$501.5 billion.", "Land premium is estimated at $143 billion."]


def test_a_page_that_writes_its_yuan_as_dollars_throughout_names_one_currency() -> None:
    assert loud(_ZH, _EN) == []


def test_one_dollar_amount_for_yuan_is_still_a_currency_mismatch() -> None:
    # a mainland page: one amount given in dollars establishes no convention
    assert ("number-mismatch", Severity.ERROR) in loud(_ZH[:1], _EN[:1])


def test_several_amounts_of_one_sentence_establish_the_page_dollar() -> None:
    # a short statement: one sentence, four amounts, each the English "$" of its 元
    zh = ["预算案投入六百亿元,包括注资一百五十亿元、注资五十亿元及预留一百亿元。"]
    en = ["The Budget provides $60 billion, including $15 billion, $5 billion and $10 billion."]
    assert loud(zh, en) == []


def test_one_amount_of_one_sentence_is_no_page_dollar() -> None:
    assert ("number-mismatch", Severity.ERROR) in loud(["预算案投入六百亿元。"],
                                                       ["The Budget provides $60 billion."])


def test_an_english_page_that_names_the_yuan_keeps_dollars_apart() -> None:
    en = [*_EN[:2], "Land premium is estimated at 143 billion yuan, or $143 billion."]
    zh, currency = page_currency([extract_zh(t) for t in _ZH], [extract_en(t) for t in en],
                                 " ".join(en))
    assert currency is None and zh[0][0].unit == "CNY"


def test_a_named_currency_keeps_its_own() -> None:
    zh = [*_ZH, "另有人民币50亿元。", "另有50亿美元。"]
    en = [*_EN, "There is another $5 billion.", "There is another US$5 billion."]
    zp, currency = page_currency([extract_zh(t) for t in zh], [extract_en(t) for t in en],
                                 " ".join(en))
    assert currency == "USD" and [q.unit for q in zp[0]] == ["USD"]
    assert [q.unit for q in zp[3]] == ["CNY"] and [q.unit for q in zp[4]] == ["USD"]
    assert any(r == "number-mismatch" for r, _ in loud(zh, en))  # 人民币 against "$"


def test_a_macao_page_writes_its_patacas_as_yuan() -> None:
    zh = ["货物出口总额为11.8億元。", "进口总额为120.5億元。"]
    en = ["Value of merchandise export totalled MOP1.18 billion.",
          "Value of merchandise import totalled MOP12.05 billion."]
    assert loud(zh, en) == []
    assert extract_zh("11.8億澳門元")[0].unit == "MOP"


def test_the_page_dollar_still_compares_values() -> None:
    en = [*_EN[:2], "Land premium is estimated at $134 billion."]
    assert ("number-mismatch", Severity.ERROR) in loud(_ZH, en)


@pytest.mark.parametrize(("text", "value"), [
    ("a total of 191 816 posts", "191816"), ("3 481 posts", "3481"),
    ("1 178 400 people", "1178400"), ("2\u00a0800 beds", "2800"), ("12\u202f345 tonnes", "12345"),
])
def test_a_space_as_the_thousands_separator(text: str, value: str) -> None:
    assert [str(q.value) for q in extract_en(text)] == [value]


@pytest.mark.parametrize(("text", "values"), [
    ("in 2019 100 people came", ["20190000", "100"]),  # a year is no group of three
    ("Aged 15 to 24", ["15"]),
    ("between 300 and 500", ["300"]),
    ("On 12 December 2019", ["20191212"]),
    ("rooms 12 1234", ["12", "12340000"]),  # four digits after the space: no group
])
def test_numbers_a_space_parts_stay_apart(text: str, values: list[str]) -> None:
    assert [str(q.value) for q in extract_en(text)] == values


@pytest.mark.parametrize(("text", "span"), [
    ("二零一九/二零年度的总收入", (2019, 2020)), ("二零一五/一六年度", (2015, 2016)),
    ("二零一五至一八年间", (2015, 2018)), ("2019/20年度", (2019, 2020)),
    ("1999/00财政年度", (1999, 2000)), ("二零一五一六年度", (2015, 2016)),
    ("二零零八零九年度", (2008, 2009)),
])
def test_a_span_of_years_with_the_second_year_short(text: str, span: tuple[int, int]) -> None:
    (q,) = extract_zh(text)
    assert (q.kind, int(q.value) // 10000, int(q.high) // 10000) == ("date", *span)


@pytest.mark.parametrize(("text", "kind"), [
    ("3/4的人", "fraction"), ("二十九年", "count"), ("二零零九年", "date"),
    ("2015/30年", None),  # not a span of at most ten years: nothing read as one
])
def test_no_short_span_where_there_is_none(text: str, kind: str | None) -> None:
    assert all(q.high is None for q in extract_zh(text))
    if kind:
        assert [q.kind for q in extract_zh(text)] == [kind]


def test_a_fiscal_year_matches_the_english_span() -> None:
    assert loud(["二零一九/二零年度的总收入预计增加。"],
                ["Total revenue for 2019-20 is expected to rise."]) == []


def test_a_fiscal_year_said_relatively() -> None:
    zh = ["二零一九/二零年度的总收入预计会增加。",
          "地价收入较上年度修订预算上升百分之二十三点三。"]
    en = ["Total revenue for 2019-20 is expected to rise.",
          "Land premium rises by 23.3 per cent compared with the revised estimate for 2018-19."]
    beads = tuple(Bead((i,), (i,), 0.8) for i in range(2))

    def reasons(english: list[str]) -> list[str]:
        a = Alignment(zh=doc("zh", zh), en=doc("en", english), beads=beads)
        found = NumbersCheck().run(CheckContext(alignment=a, settings=Settings()))
        return [f.message for f in found if f.rule == "number-extra"]

    assert reasons(en) and all("relative to the fiscal year 2019/2020" in m for m in reasons(en))
    wrong = [en[0], en[1].replace("2018-19", "2016-17")]
    assert not any("fiscal year" in m for m in reasons(wrong))


@pytest.mark.parametrize(("text", "span"), [
    ("growth picked up in the latter half of the year", (7, 12)),
    ("exports fell in the former half of 2017", (1, 6)),
    ("in the second half", (7, 12)),
])
def test_a_half_year_said_as_the_former_or_latter_half(text: str, span: tuple[int, int]) -> None:
    halves = [q for q in extract_en(text) if q.unit == "half"]
    assert [(int(q.value), int(q.high)) for q in halves] == [span]


@pytest.mark.parametrize(("text", "unit", "span"), [
    ("第3季本地生產總值", "quarter", (7, 9)), ("首3季", "quarter", (1, 9)),
    ("第一季", "quarter", (1, 3)), ("首兩個月", "month", (1, 2)), ("前三季度", "quarter", (1, 9)),
])
def test_quarters_and_months_as_hong_kong_and_macao_write_them(text: str, unit: str,
                                                               span: tuple[int, int]) -> None:
    (q,) = extract_zh(text)
    assert (q.kind, q.unit, int(q.value), int(q.high)) == ("period", unit, *span)


def test_a_season_is_no_quarter() -> None:
    assert all(q.kind != "period" for q in extract_zh("第3季节"))


@pytest.mark.parametrize(("zh", "en"), [
    ("入境旅客增加3.8倍。", "Visitor arrivals saw an upsurge of 375.1%."),
    ("出口增加2倍。", "Exports rose by 200%."),
    ("出口增加到3倍。", "Exports rose by 200%."),
])
def test_an_increase_by_times_is_a_percentage(zh: str, en: str) -> None:
    assert loud([zh], [en]) == []


def test_a_percentage_that_is_no_such_increase_stays_a_finding() -> None:
    assert loud(["出口增加3倍。"], ["Exports rose by 400%."]) != []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("MOP1.18 billion", "1180000000.00", "MOP"), ("MOP559,495", "559495", "MOP"),
    ("2.3 billion patacas", "2300000000.0", "MOP"), ("HKD5 billion", "5000000000", "HKD"),
])
def test_macao_and_hong_kong_currency_codes(text: str, value: str, unit: str) -> None:
    assert [(str(q.value), q.unit) for q in extract_en(text)] == [(value, unit)]


def test_a_number_before_in_and_a_year_is_no_fraction() -> None:
    found = extract_en("Per-capita GDP stood at MOP559,495 in 2023.")
    assert [q.kind for q in found] == ["money", "date"]
    assert [q.kind for q in extract_en("one in every five people")] == ["fraction"]


@pytest.mark.parametrize(("zh", "en", "severity"), [
    ("收入达4.49万亿元。", "Revenue reached 4.5 trillion yuan.", "error"),  # rounded silently
    ("投资6000万元。", "Investment was 56 million yuan.", "error"),  # 6000 is four digits
])
def test_a_rounding_no_side_marks(zh: str, en: str, severity: str) -> None:
    assert [s.value for r, s in loud([zh], [en]) if r == "number-mismatch"] == [severity]


def test_more_digits_in_the_english_than_the_chinese_rounded_to_is_info() -> None:
    zh = ["出口为1.3億澳門元。", "进口为8.6億澳門元。"]
    en = ["Exports were MOP134 million.", "Imports were MOP862 million."]
    assert loud(zh, en) == []


def test_a_page_that_rounds_throughout_reports_it_as_info() -> None:
    zh = ["收入达4.49万亿元。", "支出达3.26万亿元。", "债务达1.74万亿元。"]
    en = ["Revenue reached 4.5 trillion yuan.", "Spending reached 3.3 trillion yuan.",
          "Debt reached 1.7 trillion yuan."]
    assert loud(zh, en) == []
    assert loud(zh[:2], en[:2]) == [("number-mismatch", Severity.ERROR)] * 2


@pytest.mark.parametrize("en", [
    "MACAU, December 21 - Visitor arrivals rose in November 2023.",
    "BEIJING, Dec. 21 (Xinhua) -- Visitor arrivals rose in November 2023.",
])
def test_the_day_of_an_english_wire_dateline_is_no_date_of_the_text(en: str) -> None:
    assert loud(["2023年11月入境旅客增加。"], [en]) == []


def test_a_date_opening_a_sentence_without_a_dateline_is_still_compared() -> None:
    assert loud(["2023年11月入境旅客增加。"], ["On December 21, visitor arrivals rose."]) != []


@pytest.mark.parametrize(("text", "found"), [
    ("the party won 223 out of 298 directly elected seats", [("count", 223), ("count", 298)]),
    ("45 out of 50 delegates voted", [("count", 45), ("count", 50)]),
    ("3 in 10 adults", [("fraction", 0.3)]),
    ("one in every five people", [("fraction", 0.2)]),
])
def test_n_out_of_m_in_large_digits_states_two_counts(text: str, found: list) -> None:
    assert [(q.kind, float(q.value)) for q in extract_en(text)] == \
        [(k, float(v)) for k, v in found]


def test_two_counts_out_of_match_the_chinese_counts() -> None:
    assert loud(["人民联盟在298个直选议席中赢得223席。"],
                ["The party won 223 out of 298 directly elected seats."]) == []


def test_one_amount_on_a_page_whose_english_names_hong_kong_is_its_dollar() -> None:
    zh = ["到明年三月底，预计财政储备约为七千九百九十二亿元。"]
    en = ["Hong Kong's fiscal reserves are estimated at approximately $799.2 billion by "
          "end-March next year."]
    assert loud(zh, en) == []
    # the value is still compared
    en_wrong = [en[0].replace("799.2", "797.2")]
    assert ("number-mismatch", Severity.ERROR) in loud(zh, en_wrong)
