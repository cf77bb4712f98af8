"""Numbering and mangled numerals on real pages (issue 14, J2): a question number that opens
its line ("Q1.", "Question 3)") is numbering, not the first quarter; a numeral the English page
mangled ("the t4th Meeting", "2O19") makes a number missing beside it uncertain, or accounts
for it when its digits agree; the span naming a series of plans ("Five-Year Plan") is a weak
count that meets a 五年 of the Chinese. Sentences written for these tests."""

from decimal import Decimal

import pytest
from conftest import make_document as doc

from align.checks.base import CheckContext
from align.checks.numbers import NumbersCheck
from align.model import Alignment, Bead, Settings, Severity
from align.numbers.en import extract_en, mangled_numerals, mangled_reads_as
from align.numbers.reading import doubt_en


def found(zh: list[str], en: list[str], beads: tuple[Bead, ...] | None = None) -> list:
    beads = beads or tuple(Bead((i,), (i,), 0.8) for i in range(len(zh)))
    a = Alignment(zh=doc("zh", zh), en=doc("en", en), beads=beads)
    return list(NumbersCheck().run(CheckContext(alignment=a, settings=Settings())))


def above_info(findings: list) -> list:
    return [f for f in findings if f.severity is not Severity.INFO]


def _doubt(text: str, surface: str) -> str:
    (q,) = [q for q in extract_en(text) if q.surface == surface]
    return doubt_en(q, text)


# -- question labels -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Q1. How do you see the relationship?", "Q1"),
    ("Q3.", "Q3"),
    ("Q2) What comes next for the talks?", "Q2"),
    ("Q4\nWhat is your message to young people?", "Q4"),
    ("  Q1 . On the trade figures", "Q1"),
    ("Question 3. Your view on the summit?", "3"),
    ("Question 12) On climate finance", "12"),
])
def test_a_question_label_opening_its_line_is_numbering(text, surface):
    assert "question number" in _doubt(text, surface)


@pytest.mark.parametrize("text, surface", [
    ("Revenue rose in Q1 2024.", "Q1"),
    ("Sales fell in Q3.", "Q3"),
    ("Q3 2023 was the strongest quarter.", "Q3"),
    ("Q1 revenue rose by 5 percent.", "Q1"),
    ("In Q2, exports recovered.", "Q2"),
    ("Growth slowed to 4.5 percent in Q4.", "Q4"),
])
def test_a_quarter_is_still_a_quarter(text, surface):
    (q,) = [q for q in extract_en(text) if q.surface == surface]
    assert q.kind == "period" and q.unit == "quarter"
    assert _doubt(text, surface) == ""


@pytest.mark.parametrize("en", ["Q1.", "Q2. What do you expect from the visit?"])
def test_a_question_label_is_not_an_extra_quarter(en):
    assert above_info(found(["问：您对此访有何期待？"], [en])) == []


def test_an_extra_quarter_in_a_sentence_is_still_reported():
    got = found(["出口有所回升。"], ["Exports recovered in Q2."])
    assert [f.rule for f in above_info(got)] == ["number-extra"]


# -- mangled numerals ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, tokens", [
    ("Adopted at the t4th Meeting of the Committee", ["t4th"]),
    ("the l5th session", ["l5th"]),
    ("in 2O19 the plan began", ["2O19"]),
    ("about 1O people", ["1O"]),
    ("founded in 19l5", ["19l5"]),
    ("in 2OO8 and 2O10", ["2OO8", "2O10"]),
    ("5G, G20, COVID-19, CO2, MH370, the 1st and 10th, 802.11n", []),
    ("the 3rd plenary session of 2019", []),
])
def test_mangled_numerals_are_found(text, tokens):
    assert mangled_numerals(text) == tokens


@pytest.mark.parametrize("token, value, reads", [
    ("t4th", 14, True), ("t4th", 24, True), ("t4th", 4, False), ("t4th", 114, False),
    ("2O19", 2019, True), ("2O19", 2009, False), ("1O", 10, True), ("l5th", 15, True),
    ("19l5", 1915, True), ("2OO8", 2008, True),
])
def test_a_mangled_numeral_reads_as_the_numbers_its_digits_allow(token, value, reads):
    assert mangled_reads_as(token, Decimal(value)) is reads


@pytest.mark.parametrize("zh, en", [
    ("本法经全国人大常委会第十四次会议通过。",
     "This Law was adopted at the t4th Meeting of the Standing Committee."),
    ("该项目于2019年启动。", "The project was launched in 2O19."),
    ("会场约有10人。", "About 1O people were in the hall."),
])
def test_a_number_a_mangled_numeral_renders_is_not_reported(zh, en):
    assert above_info(found([zh], [en])) == []


def test_a_number_missing_beside_an_unrelated_mangled_numeral_is_a_warning():
    got = above_info(found(["第三次会议于2019年举行。"],
                           ["The t4th Meeting was held in 2019."]))
    assert [(f.rule, f.severity) for f in got] == [("number-missing", Severity.WARNING)]
    assert "mangled numeral" in got[0].message


def test_without_a_mangled_numeral_a_missing_number_stays_an_error():
    got = above_info(found(["第三次会议于2019年举行。"], ["The Meeting was held in 2019."]))
    assert [(f.rule, f.severity) for f in got] == [("number-missing", Severity.ERROR)]


# -- the Five-Year Plan --------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Five-Year Plan of Action on River Cooperation", 5),
    ("the 14th Five-Year Plan", 5),
    ("a ten-year plan for the region", 10),
    ("the Five-Year Plans of the past", 5),
])
def test_a_plan_series_reads_as_a_weak_count(text, value):
    (q,) = [q for q in extract_en(text) if q.kind == "count"]
    assert q.value == value and q.weak


@pytest.mark.parametrize("zh, en", [
    ("澜沧江湄公河合作五年行动计划。", "Five-Year Plan of Action on Lancang-Mekong Cooperation."),
    ("我们将制定“十四五”规划。", "We will draw up the 14th Five-Year Plan."),
])
def test_a_plan_series_meets_its_chinese_or_stays_silent(zh, en):
    assert above_info(found([zh], [en])) == []


def test_a_count_in_another_compound_adjective_is_still_a_count():
    got = above_info(found(["双方举行了会谈。"], ["The two sides held Two-Day talks."]))
    assert [f.rule for f in got] == ["number-extra"]


# -- a year said relatively in a document dated only by the year it reports on ----------------

def _loud(zh: list[str], en: list[str]) -> list[tuple[str, Severity]]:
    return [(f.rule, f.severity) for f in above_info(found(zh, en))]


@pytest.mark.parametrize("zh, en", [
    (["2019年中国专利发展状况发布会", "本周是专利宣传周，今天介绍2019年专利发展状况。"],
     ["Briefing on China's Patents in 2019",
      "This week marks the 2020 Patent Week; today we present patents in 2019."]),
    (["2022年区域合作进展报告", "今年的论坛将回顾2022年的进展。"],
     ["Report on Regional Cooperation in 2022",
      "The 2023 forum will review progress made in 2022."]),
])
def test_this_year_of_a_report_on_the_year_before_is_the_next_year(zh, en):
    assert _loud(zh, en) == []


@pytest.mark.parametrize("zh, en", [
    # a dated line fixes the year: "this week" of 2020 is not 2021
    (["2020年4月24日 专利发展状况发布会", "本周是专利宣传周。"],
     ["Briefing on Patents, April 24, 2020", "This week marks the 2021 Patent Week."]),
    # two years on is no report's next year
    (["2019年中国专利发展状况发布会", "本周是专利宣传周，今天介绍2019年专利发展状况。"],
     ["Briefing on China's Patents in 2019",
      "This week marks the 2021 Patent Week; today we present patents in 2019."]),
])
def test_a_relative_year_no_reading_bears_out_is_still_reported(zh, en):
    assert ("number-extra", Severity.WARNING) in _loud(zh, en) or \
        ("number-extra", Severity.ERROR) in _loud(zh, en)


# -- a section heading only the English page prints -------------------------------------------

_ZH_BODY = ["一、加强学习，提高认识。", "二、深入基层，调查研究。", "三、弘扬文化，繁荣发展。",
            "四、完善制度，规范工作。"]
_EN_BODY = ["We strengthened study and raised awareness.", "We went to the grassroots to research.",
            "We promoted culture and its development.", "We improved rules and procedures."]


def test_a_number_in_a_section_heading_only_the_english_prints_is_not_reported():
    zh = _ZH_BODY
    en = [*_EN_BODY[:3], "A Review of the Work in 2016", _EN_BODY[3]]
    beads = (*(Bead((i,), (i,), 0.8) for i in range(3)), Bead((3,), (3, 4), 0.8))
    got = found(zh, en, beads)
    assert above_info(got) == []
    assert any(f.rule == "number-extra" for f in got)  # said, at info


def test_a_number_added_to_a_sentence_is_still_reported():
    zh = _ZH_BODY
    en = [*_EN_BODY[:3], "We improved rules and procedures in 2016."]
    assert [f.rule for f in above_info(found(zh, en))] == ["number-extra"]


# -- a wire lead that gives the day alone --------------------------------------------------------

_LEAD_ZH = ["国务院新闻办公室18日发表《边疆发展》白皮书", "边疆发展",
            "中华人民共和国国务院新闻办公室"]


def _lead_beads(n: int) -> tuple[Bead, ...]:
    return (Bead((0, 1, 2), (0,), 0.8), *(Bead((i + 2,), (i,), 0.8) for i in range(1, n)))


@pytest.mark.parametrize("title", [
    "Development of the Border Regions\nThe State Council Information Office\nMarch 2019",
    "Development of the Border Regions\nThe State Council Information Office",
])
def test_the_day_of_a_wire_lead_the_english_page_does_not_print_is_info(title):
    zh = [*_LEAD_ZH, "边疆经济持续发展。"]
    en = [title, "The economy of the border regions keeps growing."]
    got = [f for f in above_info(found(zh, en, _lead_beads(2))) if f.rule == "number-missing"]
    assert got == []


@pytest.mark.parametrize("title", [
    "The State Council Information Office on March 17 published a white paper.",
    "On March 17 the State Council Information Office published a white paper.",
])
def test_a_lead_whose_english_gives_a_day_is_still_compared(title):
    zh = [*_LEAD_ZH, "边疆经济持续发展。"]
    en = [title, "The economy of the border regions keeps growing."]
    assert [f.rule for f in above_info(found(zh, en, _lead_beads(2)))] in (
        ["number-mismatch"], ["number-missing"])
