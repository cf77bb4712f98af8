"""Forms of legislative briefs and legal pages (twenty-second session): a term limit the Chinese
states positively (只可连任一次) and the English as a negative count of terms ("cannot serve more
than two consecutive terms"), a statute book's place in a chapter citation (香港法例第53章 as
"(Chapter 53)"), the subsection of a section citation (section 18(4)) and a page number a page
break left inside an English sentence. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest
from conftest import loud_numbers, number_findings
from test_names_evidence import _findings

from align.checks.polarity import negation_mismatch
from align.model import Severity
from align.numbers.en import extract_en


def _values(quantities) -> list[int]:
    return [int(q.value) for q in quantities]


# --- the subsection of a citation and a page break's page number are no quantities -----------

@pytest.mark.parametrize(("en", "values"), [
    ("in accordance with section 18(4) of the Ordinance.", [18]),
    ("as provided in Article 23(1) of the Basic Law.", [23]),
    ("under section 4(1)(2) of the Rules", [4]),
    ("under sections 5(2) and 7(3) of the Ordinance", [5, 7]),
    ("under regulation 12(3A) of the Regulation", [12]),
    ("the Electoral Provisions (Miscellaneous - 2 - Amendments) Ordinance", []),
    ("the Revenue (Tax Concessions - 14 - and Amendments) Bill", []),
    ("which was effected by the Electoral Provisions (Miscellaneous - 2 -", []),  # a line's end
])
def test_citation_parts_are_not_read(en, values):
    assert _values(extract_en(en)) == values


@pytest.mark.parametrize(("en", "values"), [
    ("the score was 3 - 2 - 1 at the end", [3, 2, 1]),  # digits on both sides: not a page mark
    ("he bought 3 (4) apples", [3]),  # a bracketed item number before a word, as before
    ("prices rose by 5 (5%) this year", [5, 5]),
    ("the 2(3) ratio", [2]),
    ("about 40 - 50 people came", [40]),  # a range, read as one quantity
])
def test_other_bracketed_and_dashed_numbers_keep_their_reading(en, values):
    assert _values(extract_en(en))[:len(values)] == values


@pytest.mark.parametrize(("zh", "en"), [
    ("行政长官按照《选管会条例》第 18(4) 条,延长提交报告的期限。",
     "The Chief Executive extended the period in accordance with section 18(4) of the Ordinance."),
    ("按照《条例》第18(4)条延长期限。",
     "The period was extended under section 18(4) of the Ordinance."),
    ("根据《条例》第 4(a) 条,委员会负责检讨分界。",
     "Under section 4(a) of the Ordinance, the Commission reviews the boundaries."),
])
def test_a_section_and_subsection_citation_raises_nothing(zh, en):
    assert loud_numbers([zh], [en]) == []


def test_a_different_section_is_still_a_mismatch():
    found = loud_numbers(["按照《条例》第 18(4) 条延长期限。"],
                         ["The period was extended under section 19(4) of the Ordinance."])
    assert any(rule == "number-mismatch" for rule, _ in found)


# --- a term limit: 连任 N 次 is N + 1 terms -----------------------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("行政长官任期五年,可连任一次。",
     "The Chief Executive serves five years and may serve not more than two consecutive terms."),
    ("主席只可连任一次。", "The chairman cannot serve for more than two consecutive terms."),
    ("委员可連任兩次。", "A member may serve up to three terms."),
    ("会长可以连任一届。", "The president may serve two successive terms."),
])
def test_terms_counted_with_the_first_are_no_extra_number(zh, en):
    assert loud_numbers([zh], [en]) == []
    matched = [f for f in number_findings([zh], [en]) if f.rule == "number-extra"]
    assert all("terms with the first" in f.message for f in matched)


@pytest.mark.parametrize(("zh", "en"), [
    ("主席只可连任一次。", "The chairman cannot serve for more than three consecutive terms."),
    ("委员可连任两次。", "A member may serve four terms."),
    ("主席只可连任一次。", "The chairman may stay for two more years."),
])
def test_a_term_count_that_does_not_add_up_is_still_flagged(zh, en):
    found = number_findings([zh], [en])
    assert any(f.severity is not Severity.INFO and f.rule in ("number-extra", "number-mismatch")
               for f in found)


# --- a positive limit (只可, 最多, 仅限) said as a negative --------------------------------------

@pytest.mark.parametrize(("zh", "en"), [
    ("他只可连任一次。", "He cannot serve for more than two consecutive terms."),
    ("每人只能申请一次。", "No one may apply more than once."),
    ("每户最多可领取两张。", "No household may take more than two."),
    ("本优惠仅限本人使用。", "The offer is not transferable."),
    ("只在周末开放。", "It is not open on weekdays."),
])
def test_a_limit_said_positively_may_be_rendered_negatively(zh, en):
    assert negation_mismatch(zh, en) is None


@pytest.mark.parametrize(("zh", "en"), [
    ("他买了三只猫。", "He did not buy three cats."),  # 只 the measure word: no limit
    ("这只鸟会说话。", "This bird cannot talk."),
    ("政府支持这项计划。", "The government does not support the plan."),
])
def test_a_negation_against_no_limit_is_still_found(zh, en):
    assert negation_mismatch(zh, en) is not None


# --- the statute book's place in a chapter citation ---------------------------------------------

def _missing(zh, en):
    return [(s, msg) for r, s, _, msg in _findings(zh, en) if r == "name-missing"]


@pytest.mark.parametrize(("zh", "en"), [
    (["根据《古物及古迹条例》(香港法例第53章),这些建筑获得保护。"],
     ["These buildings are protected under the Antiquities and Monuments Ordinance (Chapter 53)."]),
    (["《雇佣条例》(香港法例第57章)规定雇主须支付工资。"],
     ["The Employment Ordinance (Cap. 57) requires employers to pay wages."]),
    (["根據《區議會條例》(香港法例第547章)作出命令。"],
     ["The order is made under the District Councils Ordinance (Cap 547)."]),
])
def test_the_place_of_a_statute_book_cited_by_chapter_is_info(zh, en):
    found = _missing(zh, en)
    assert [s for s, _ in found] == ["info"]
    assert "citation 香港法例第" in found[0][1]


@pytest.mark.parametrize(("zh", "en"), [
    # another chapter in the English: the citation is not the same
    (["根据《古物及古迹条例》(香港法例第53章),这些建筑获得保护。"],
     ["These buildings are protected under the Antiquities and Monuments Ordinance (Chapter 35)."]),
    # 香港 outside a citation, left out
    (["香港的古迹获得法律保护。"], ["The monuments are protected by law."]),
])
def test_other_missing_places_are_still_warnings(zh, en):
    assert [s for s, _ in _missing(zh, en)] == ["warning"]
