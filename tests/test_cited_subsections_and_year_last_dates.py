"""Citations, dates and counts that official Hong Kong pages write their own way: an article's
paragraph glued to its number ("Article 22(4)" for 第二十二條第四款), dates written year last
(5.2.2021, 29/9/2018), a span of years by a slash (2019/2021), and a count whose owners the
Chinese names just before it (A和B的两份报告)."""

from decimal import Decimal

import pytest
from conftest import check_texts

from align.checks.numbers import members_before
from align.numbers import extract_en, extract_zh


def _zh(text: str) -> list[tuple[str, Decimal, bool]]:
    return [(q.surface, q.value, q.weak) for q in extract_zh(text)]


@pytest.mark.parametrize(("text", "article", "part"), [
    ("根據《基本法》第二十二條第四款，", Decimal(22), Decimal(4)),
    ("依照第3条第1款的规定", Decimal(3), Decimal(1)),
    ("第十二條第2項所指的人", Decimal(12), Decimal(2)),
    ("見第五章第二節", Decimal(5), Decimal(2)),
    ("第二十二條 第四款", Decimal(22), Decimal(4)),
    ("第8条第三项", Decimal(8), Decimal(3)),
])
def test_a_subdivision_glued_to_its_article_is_weak(text, article, part):
    found = _zh(text)
    assert [v for _, v, _ in found] == [article, part]
    assert [w for _, _, w in found] == [False, True]


@pytest.mark.parametrize("text", ["第四款規定", "本條例第四項", "在第四段中",
                                  "第三次会议第四项议程"])
def test_a_subdivision_on_its_own_keeps_its_weight(text):
    assert [w for s, _, w in _zh(text) if "四" in s] == [False]


def _number_findings(tmp_path, zh: str, en: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_texts(tmp_path, zh, en)
            if f.rule.startswith("number") and f.severity in ("error", "warning")]


def test_a_paragraph_cited_in_brackets_is_not_missing(tmp_path):
    zh = "根據《基本法》第二十二條第四款，中國其他地區的人進入香港須辦理批准手續。\n"
    en = "Under Article 22(4) of the Basic Law, people from other parts of China must apply " \
         "for approval to enter Hong Kong.\n"
    assert _number_findings(tmp_path, zh, en) == []
    wrong = en.replace("Article 22(4)", "Article 23(4)")
    assert [r for r, _ in _number_findings(tmp_path, zh, wrong)] == ["number-mismatch"]


def test_a_year_last_date_matches_the_date_in_words(tmp_path):
    zh = "會議於二零二一年二月五日舉行，共有十二名委員出席。\n"
    en = "The meeting was held on 5.2.2021, and twelve members attended.\n"
    assert _number_findings(tmp_path, zh, en) == []
    assert _number_findings(tmp_path, zh, en.replace("5.2.2021", "15.2.2021"))


@pytest.mark.parametrize(("text", "value", "weak"), [
    ("The meeting (5.2.2021) was held in public.", Decimal(20210205), True),
    ("Minutes of the meeting held on 14.5.2021.", Decimal(20210514), False),
    ("Latest issue of E-News (1/12/2022)", Decimal(20221201), True),
    ("Date: 29/9/2018", Decimal(20180929), False),
    ("Report (3.4.2000)", Decimal(20000403), True),
    ("dated 27.01.2016", Decimal(20160127), False),
    ("received on 12/29/2018", Decimal(20181229), False),
    ("held on 05.02.2021", Decimal(20210205), True),
])
def test_a_date_written_year_last_is_read_day_first(text, value, weak):
    dates = [q for q in extract_en(text) if q.kind == "date"]
    assert [(q.value, q.unit, q.weak) for q in dates] == [(value, "ymd", weak)]
    assert [(q.value, q.weak) for q in extract_zh(text) if q.kind == "date"] == [(value, weak)]


@pytest.mark.parametrize("text", ["version 1.2.3 released", "on 31/31/2020", "code 40.12.2020",
                                  "scores of 3/4 and 1/2"])
def test_what_is_no_year_last_date_stays_unread(text):
    assert not [q for q in extract_en(text) if q.kind == "date"]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("for the Years 2019/2021", 2019, 2021),
    ("the 2016/2017 school year", 2016, 2017),
    ("in 2019/20", 2019, 2020),
    ("the 2020/2030 plan", 2020, 2030),
])
def test_years_joined_by_a_slash_are_a_span_in_english(text, lo, hi):
    spans = [(q.value, q.high) for q in extract_en(text) if q.kind == "date"]
    assert spans == [(Decimal(lo * 10000), Decimal(hi * 10000))]
    assert not [q for q in extract_en(text) if q.kind == "fraction"]


@pytest.mark.parametrize("text", ["2019/2031", "2016/21 of the cases", "1998/2010"])
def test_years_too_far_apart_are_no_span(text):
    assert not [q for q in extract_en(text) if q.kind == "date" and q.high is not None]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("二零一九/二零二一年度", 2019, 2021),
    ("二〇一九／二〇二〇年度", 2019, 2020),
    ("2019/2021年度", 2019, 2021),
    ("二零一九/二零年度", 2019, 2020),
])
def test_years_joined_by_a_slash_are_a_span_in_chinese(text, lo, hi):
    spans = [(q.value, q.high) for q in extract_zh(text) if q.kind == "date"]
    assert spans == [(Decimal(lo * 10000), Decimal(hi * 10000))]


@pytest.mark.parametrize(("text", "count"), [
    ("这份报告以及新机场调查委员会和申诉专员的两份调查报告所提出的问题", "两份"),
    ("甲部门、乙部门及丙部门的三项建议", "三项"),
    ("教育局与社会福利署的两份文件", "两份"),
    ("以色列和巴勒斯坦的两个代表团", "两个"),
])
def test_a_count_of_things_whose_owners_are_listed_before_it(text, count):
    z = next(q for q in extract_zh(text) if q.surface == count)
    assert "owners named before the count" in members_before(z, text)


@pytest.mark.parametrize(("text", "count"), [
    ("乙部门及丙部门的三项建议", "三项"),  # two owners, three proposals
    ("我们的两份报告", "两份"),
    ("他和我的两个孩子", "两个"),  # one-character owners
    ("、甲部门和乙部门的两份报告", "两份"),  # the list goes on before
    ("甲部门、乙部门和丙部门的两份报告", "两份"),
])
def test_a_count_not_matching_its_owners_stays_a_count(text, count):
    z = next(q for q in extract_zh(text) if q.surface == count)
    assert members_before(z, text) == ""


@pytest.mark.parametrize(("text", "value"), [
    ("午夜12時天文台錄得", 0), ("午 夜 12 時 天 文 台 錄 得", 0), ("午夜十二时", 0),
    ("凌晨12時", 0), ("晚上12点", 0), ("中午12時", 12), ("下 午 3 時", 15), ("凌晨1時", 1),
    ("晚上8:30", Decimal("20.5")), ("截至11月15日24时", 24),
])
def test_the_hour_said_after_its_part_of_the_day(text, value):
    assert [q.value for q in extract_zh(text) if q.kind == "time"] == [Decimal(value)]


@pytest.mark.parametrize(("text", "weak"), [("At midnight the Observatory recorded", True),
                                            ("from 12 midnight", False)])
def test_midnight_in_words_is_0_00(text, weak):
    assert [(q.value, q.weak) for q in extract_en(text) if q.kind == "time"] == [(0, weak)]


def test_midnight_in_both_languages_matches(tmp_path):
    zh = "午夜12時天文台錄得的氣溫為23度。\n"
    en = "At midnight the air temperature at the Observatory was 23 degrees Celsius.\n"
    assert _number_findings(tmp_path, zh, en) == []
    assert _number_findings(tmp_path, zh, en.replace("At midnight", "At 3 p.m."))


@pytest.mark.parametrize("en", [
    "Section 12A of the Ordinance provides that the Secretary may apply.",
    "Please fill in Form 5A, and return it.", "The office in Room 3A is open."])
def test_a_letter_glued_to_a_number_is_no_determiner(en):
    from align.lexicon.syntax import gaps

    assert gaps(en) == []


def test_a_determiner_with_no_noun_is_still_a_gap():
    from align.lexicon.syntax import gaps

    assert [g.pattern for g in gaps("Section 12 provides a of the powers.")] == ["det-no-noun"]


def test_a_rule_of_asterisks_on_both_pages_has_no_length(tmp_path):
    rule = "*" * 45
    zh = ("平機會今天公布年報。\n\n報告列出去年處理的投訴。\n\n"
          f"{rule}\n\n平機會下月舉行公眾論壇。\n\n市民可就政策發表意見。\n")
    en = ("The Equal Opportunities Commission today published its annual report for the "
          "year.\n\nThe report sets out the complaints that the Commission handled during "
          f"the past year.\n\n{rule}\n\nThe Commission will hold a public forum on equal "
          "opportunities next month.\n\nMembers of the public are welcome to give their views "
          "on the policy at the forum.\n")
    assert [f.rule for f in check_texts(tmp_path, zh, en) if f.rule.endswith("translation")] == []


def test_a_date_named_by_its_noun_is_made_explicit(tmp_path):
    zh = "我想解釋政府如何作出新機場啟用日期的決定。\n"
    en = "I would like to explain how the Government decided to open the airport on 6 July.\n"
    found = [(f.rule, f.severity) for f in check_texts(tmp_path, zh, en)
             if f.rule == "number-extra"]
    assert found == [("number-extra", "info")]
    bare = "我想解釋政府如何作出新機場啟用的決定。\n"
    assert [(f.rule, f.severity) for f in check_texts(tmp_path, bare, en)
            if f.rule == "number-extra"] == [("number-extra", "warning")]


@pytest.mark.parametrize(("zh", "reason"), [("條例的生效日期", "生效日期"),
                                            ("会议日期", "会议日期")])
def test_date_named_reads_the_noun(zh, reason):
    from align.checks.numbers import date_named

    day = next(q for q in extract_en("on 6 July 2021") if q.kind == "date")
    year = next(q for q in extract_en("in 2021") if q.kind == "date")
    assert reason in date_named(day, zh)
    assert date_named(year, zh) == ""  # a year alone is no day the noun names
